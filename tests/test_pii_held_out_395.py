"""held_out_395 of the PII evaluation set (scripts/pii_held_out_395.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
office mailbox, unchanged, each copy labelled; the group's name and postcode are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules hold on
a few rows. No recognizer runs here: the part is scored from its committed file."""

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

import de_berlin_lez_stadtfuehrer_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_395 as h395  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (telefon, e-mail)
COPIES = {
    "billomat_client": (2, 1),
    "fastbill_customer": (1, 1),
    "pretix_order": (2, 1),
    "betterplace_organisation": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h395.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h395.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h395.data()["rows"]) == 159
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h395.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:DE"
    # the pipeline's langid reads the formats' English keys: German only where the
    # betterplace description's prose outweighs them
    assert Counter(r["language"] for r in records) == {"en": 144, "de": 15}
    assert Counter(r["layout"] for r in records) == {
        "billomat_client": 40,
        "fastbill_customer": 40,
        "pretix_order": 40,
        "betterplace_organisation": 39,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and the office mailbox (where the entry has one) are labelled wherever
    they stand, each whole; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h395.phone(row), h395.email(row)
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
    kinds = phone_kinds(records, h395.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefon": 239, "register": 72}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one number with the area code in brackets, a number a person
    could hold, no two alike; the mailboxes name an office; the fields are strings."""
    rows = h395.data()["rows"]
    tels = [h395.phone(row) for row in rows]
    assert all(re.fullmatch(r"\(0\d{2,5}\) \d[\d ]*\d(?: ?- ?\d+)?", tel) for tel in tels)
    assert all(personal_phone(tel, "DE") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 159
    mails = [h395.email(row) for row in rows if h395.email(row)]
    assert len(mails) == 72 and all(extractor.office_mailbox(m) for m in mails)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert not any("Ansprechpartner" in v for row in rows for v in row["fields"].values())


def test_the_extractor_rules_on_a_few_lines():
    """A telephone line with one number is taken as written; two numbers, ``oder``, a note
    or a fax line are not; a person's mailbox is not an office's."""
    assert extractor.phone_line("X\nTel.: (030) 282 39 73\nFax: (030) 1") == "(030) 282 39 73"
    assert extractor.phone_line("Tel./Fax: (030) 612 34 56") == "(030) 612 34 56"
    assert extractor.phone_line("Tel.: (030) 3973 - 2346") == "(030) 3973 - 2346"
    assert extractor.phone_line("Tel.: (030) 123 45 67 oder 0171/123 45 67") == ""
    assert extractor.phone_line("Tel.: derzeit nur über das Bonner Büro") == ""
    assert extractor.phone_line("Fax: (030) 282 39 73") == ""
    assert extractor.address_line("c/o A\nEmdener Str. 31, 10551 Berlin") == (
        "Emdener Str. 31, 10551 Berlin"
    )
    assert extractor.office_mailbox("info@agef.de")
    assert not extractor.office_mailbox("egringmuth@aol.com")
    assert not extractor.office_mailbox("markus.lackamp@cdu.de")


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "billomat_client":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The group's name and postcode (where the guide gives one) stand in every record's
    text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (row["fields"]["name"], h395.address(row)[1]):
            if not value:
                continue
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h395.phone(row), h395.email(row), row["fields"]["name"]
        street, zipcode, _ = h395.address(row)
        if r["layout"] == "billomat_client":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "client"
            assert root.findtext("phone") == tel and (root.findtext("email") or "") == mail
            assert root.findtext("name") == name and root.findtext("country_code") == "DE"
            assert root.findtext("client_number") == "KD" + root.findtext("number")
            assert (root.findtext("zip") or "") == zipcode
            assert root.findtext("note").endswith(f"unter {tel}.")
        elif r["layout"] == "fastbill_customer":
            doc = json.loads(text)
            assert doc["REQUEST"]["SERVICE"] == "customer.get"
            (customer,) = doc["RESPONSE"]["CUSTOMERS"]
            assert customer["CUSTOMER_NUMBER"] == doc["REQUEST"]["FILTER"]["CUSTOMER_NUMBER"]
            assert customer["PHONE"] == tel and customer["EMAIL"] == mail
            assert customer["ORGANIZATION"] == name and customer["ZIPCODE"] == zipcode
            assert customer["CUSTOMER_TYPE"] == "business"
        elif r["layout"] == "pretix_order":
            doc = json.loads(text)
            assert re.fullmatch(r"[A-Z0-9]{5}", doc["code"]) and doc["status"] == "p"
            assert doc["phone"] == tel and doc["email"] == (mail or None)
            assert doc["invoice_address"]["company"] == name
            assert doc["invoice_address"]["zipcode"] == zipcode
            (position,) = doc["positions"]
            assert position["order"] == doc["code"] and position["price"] == doc["total"]
            assert position["answers"][0]["answer"].endswith(f"unter {tel}")
        else:
            doc = json.loads(text)
            assert doc["name"] == name and doc["country"] == "Deutschland"
            assert (doc["zip"] or "") == zipcode and (doc["street"] or "") == street
            assert doc["description"].endswith(f", E-Mail {mail}" if mail else f"Tel. {tel}")
            rels = [link["rel"] for link in doc["links"]]
            assert rels[:3] == ["self", "platform", "projects"]
            assert doc["links"][0]["href"].endswith(f"/organisations/{doc['id']}.json")


def test_provenance():
    sources = h395.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "tursics/kiez-karte"
    assert de["commit"] == "a0ae35aa597b2d78a7e53478a4cd7f32648cd9be"
    assert de["paths"] == ["rawdata/euro-inter-lez-stadtfuehrer-lez.json"]
    assert "not confirmed" in de["licence"] and de["publisher"]
    rows = h395.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DE": 159}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h395, "held_out_395", tmp_path)
