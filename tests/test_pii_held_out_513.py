"""held_out_513 of the PII evaluation set (scripts/pii_held_out_513.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
mailbox, unchanged, each copy labelled; the facility's name, street and postcode are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules
hold on a few rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import de_berlin_lichtenberg_jugend_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_513 as h513  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (telefon, e-mail where the row has one)
COPIES = {
    "ba_jobsuche_jobdetails": (2, 1),
    "hermes_hsi_order": (1, 1),
    "papierkram_company": (1, 1),
    "afterbuy_sold": (3, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h513.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h513.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h513.data()["rows"]) == 78
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h513.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    # the page's language as the stage reads it: the job descriptions' German prose, the
    # other layouts' English keys
    assert Counter((r["layout"], r["language"]) for r in records) == {
        ("ba_jobsuche_jobdetails", "de"): 20,
        ("hermes_hsi_order", "en"): 20,
        ("papierkram_company", "en"): 19,
        ("afterbuy_sold", "en"): 19,
    }
    assert Counter(r["layout"] for r in records) == {
        "ba_jobsuche_jobdetails": 20,
        "hermes_hsi_order": 20,
        "papierkram_company": 19,
        "afterbuy_sold": 19,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and the mailbox (where the row keeps one) are labelled wherever they
    stand, each whole; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h513.phone(row), h513.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:telefon"): n_tel})
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h513.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefon": 136, "register": 64}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one Berlin landline (``030``, the line in groups, an extension
    after a hyphen), a number a person could hold, no two alike; the kept mailboxes name no
    person; the fields are strings as the lists give them."""
    rows = h513.data()["rows"]
    tels = [h513.phone(row) for row in rows]
    assert all(re.fullmatch(r"030 +\d+(?: +\d+)*(?:-\d+)?", tel) for tel in tels)
    assert all(personal_phone(tel, "DE") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 78
    assert " 030 55 97668" in {row["fields"]["telefon"] for row in rows}, "kept as published"
    mails = [h513.email(row) for row in rows if h513.email(row)]
    assert len(mails) == 64
    assert all("." not in m.split("@")[0] and "_" not in m.split("@")[0] for m in mails)
    assert not any(m.lower().endswith("@t-online.de") for m in mails)
    assert Counter(row["fields"]["liste"] for row in rows) == {
        "freizeit-sport-jfe": 58,
        "freizeit-sport-ja-jsa": 20,
    }
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractors_rules_on_a_few_values():
    """One landline is kept as written; two numbers, a shortened second line, a fax, a mobile
    are not; a mailbox naming a person or on t-online.de is emptied."""
    assert extractor.landline("030 98695843") == "030 98695843"
    assert extractor.landline(" 030 55 97668") == "030 55 97668"
    assert extractor.landline("030 52280899-11") == "030 52280899-11"
    for value in (
        "030 5125119/ 030 5123006",
        "030 97606063/64",
        "030 9720995 oder 0162 2439026",
        "030 5106 2056, Fax: 030 5106 5802",
        "0177 713544",
        "",
        None,
    ):
        assert extractor.landline(value) == "", value
    assert extractor.mailbox("info@arche.libg-jugend.de") == "info@arche.libg-jugend.de"
    assert extractor.mailbox("Schulstation@gmx.net ") == "Schulstation@gmx.net"
    for value in (
        "m.bautz@jugendetage-berlin.de",
        "I.vonluebke_caritas@gmx.de",
        "romund@t-online.de",
        "spik-schulstation@gmx.de, www.spikev.de",
        "",
    ):
        assert extractor.mailbox(value) == "", value


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "afterbuy_sold":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The facility's name, street and postcode stand in every record's text, outside the
    labels (Hermes writes the street without its house number)."""
    for r in records:
        row = _row(r)
        street = h513.street_and_number(row)[0]
        for value in (h513.name(row), street, h513.postcode(row)):
            encoded = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h513.phone(row), h513.email(row), h513.name(row)
        if r["layout"] == "afterbuy_sold":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "Afterbuy" and root.findtext("CallStatus") == "Success"
            assert root.findtext("CallName") == "GetSoldItems"
            order = root.find("Result/Orders/Order")
            billing = order.find("BuyerInfo/BillingAddress")
            shipping = order.find("BuyerInfo/ShippingAddress")
            assert billing.findtext("Phone") == shipping.findtext("Phone") == tel
            assert (billing.findtext("Mail") or "") == mail
            assert billing.findtext("Company") == h513.operator(row)
            assert shipping.findtext("Company") == name
            assert order.findtext("UserComment").endswith(tel)
            assert re.fullmatch(r"\d+,\d\d", order.findtext("PaymentInfo/FullAmount"))
            continue
        doc = json.loads(text)
        if r["layout"] == "ba_jobsuche_jobdetails":
            assert re.fullmatch(r"10001-\d{10}-S", doc["refnr"])
            assert doc["firma"] == h513.operator(row)
            assert doc["arbeitsorte"][0]["plz"] == h513.postcode(row)
            description = doc["stellenangebotsBeschreibung"]
            assert f"Telefon {tel}." in description and description.endswith(tel)
            assert (f"E-Mail an {mail} " in description) == bool(mail)
            assert doc["stellenangebotsTitel"].endswith(name)
        elif r["layout"] == "hermes_hsi_order":
            assert doc["receiverContact"] == {"phone": tel, "mobile": "", "mail": mail}
            assert doc["receiverName"]["lastname"] == name
            address = doc["receiverAddress"]
            assert address["zipCode"] == h513.postcode(row) and address["countryCode"] == "DE"
            assert h513.street(row).startswith(address["street"])
            assert h513.street(row).endswith(address["houseNumber"])
        else:
            assert doc["type"] == "company" and doc["name"] == name
            assert doc["phone"] == tel and doc["email"] == mail
            assert doc["physical_postal_code"] == h513.postcode(row)
            assert doc["delivery_method"] == ("email" if mail else "post")


def test_provenance():
    sources = h513.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "tursics/kiez-karte"
    assert de["commit"] == "a0ae35aa597b2d78a7e53478a4cd7f32648cd9be"
    assert de["paths"] == [
        "rawdata/freizeit-sport-jfe.json",
        "rawdata/freizeit-sport-ja-jsa.json",
    ]
    assert "not confirmed" in de["licence"] and de["publisher"]
    rows = h513.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DE": 78}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h513, "held_out_513", tmp_path)
