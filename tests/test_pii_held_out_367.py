"""held_out_367 of the PII evaluation set (scripts/pii_held_out_367.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone or
office mailbox, unchanged, each copy labelled; the hospital's name, postcode and town are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

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

import de_weisse_liste_hospitals_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_367 as h367  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the hospital's identifiers, in every layout
IDENTIFIERS = ("name", "postcode", "city")
OT = "{http://www.opentrans.org/XMLSchema/2.1}"
BME = "{http://www.bmecat.org/bmecat/2005}"
# copies of each value a record of each layout writes: (phone, e-mail where there is one)
COPIES = {
    "opentrans_order": (3, 2),
    "billbee_order": (3, 3),
    "sevdesk_communication_ways": (1, 1),
    "shipcloud_shipment": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h367.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h367.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h367.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h367.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h367.LAYOUTS}
    # the pipeline's language identification reads these machine documents as English
    assert Counter(r["language"] for r in records) == {"en": 300}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone and the mailbox (where the hospital has one) are labelled wherever they stand,
    each whole, the phone under its column; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h367.phone(row), h367.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        kind = "international" if h367.international(tel) else "national"
        expected = Counter({(tel, "PHONE_NUMBER", f"{kind}:phone"): n_tel})
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, k) for s, e, t, k in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h367.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 672, "international:phone": 3, "register": 180}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is the portal's ``AREA / NUMBER - EXTENSION`` (or without extension),
    a number a person could hold, no two alike, none an earlier German part holds; the
    mailboxes kept are office mailboxes; the fields are the file's values."""
    rows = h367.data()["rows"]
    tels = [h367.phone(row) for row in rows]
    assert all(re.fullmatch(r"\d{3,6} / \d+(?: - \d+)?", tel) for tel in tels)
    assert all(personal_phone(tel, "DE") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 300
    assert [tel for tel in tels if h367.international(tel)] == ["0049 / 8038 - 901293"]
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "49")
    earlier |= extractor.osm_numbers()
    assert not {re.sub(r"\D", "", tel) for tel in tels} & earlier
    mails = [h367.email(row) for row in rows if h367.email(row)]
    assert len(mails) == 96 and all(extractor.office_mailbox(m) for m in mails)
    assert all(set(row["fields"]) <= {*extractor.SOURCES["DE"]["roles"]["coordinates"],
               "name", "type", "street", "city", "postcode", "phone", "email", "website",
               "comment"} for row in rows)  # fmt: skip
    assert sum(bool(h367.website(row)) for row in rows) == sum(
        (row["fields"]["website"] or "").startswith("http") for row in rows
    )


def test_the_extractor_keeps_office_mailboxes_only():
    """A mailbox is kept where its local part names an office and no person beside it."""
    assert extractor.office_mailbox("info@ahrtal-klinik.de")
    assert extractor.office_mailbox("geschaeftsfuehrung@rku.de")
    assert extractor.office_mailbox("sekretariat.vorstand@klinik-bogen.de")
    assert not extractor.office_mailbox("michael.kneis@artemed.de")
    assert not extractor.office_mailbox("sekr.w.schreiber@example.de")
    assert not extractor.office_mailbox("info@ahrtal-klinik.de, kontakt@x.de")
    assert not extractor.office_mailbox(None)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "opentrans_order":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The hospital's name, postcode and town stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h367._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _gln_right(value: str) -> bool:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(value[:-1]))
    return len(value) == 13 and -total % 10 == int(value[-1])


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them, the invented GLNs' check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h367.phone(row), h367.email(row), row["fields"]["name"]
        if r["layout"] == "opentrans_order":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{OT}ORDER" and root.get("version") == "2.1"
            parties = root.findall(f"{OT}ORDER_HEADER/{OT}ORDER_INFO/{OT}PARTIES/{OT}PARTY")
            roles = {p.findtext(f"{OT}PARTY_ROLE"): p for p in parties}
            assert set(roles) == {"buyer", "supplier", "delivery"}
            buyer = roles["buyer"].find(f"{OT}ADDRESS")
            assert buyer.findtext(f"{BME}NAME") == name
            assert buyer.findtext(f"{BME}PHONE") == tel
            assert buyer.findtext(f"{BME}EMAIL", "") == mail
            assert roles["delivery"].find(f"{OT}ADDRESS").findtext(f"{BME}PHONE") == tel
            assert roles["supplier"].find(f"{OT}ADDRESS").find(f"{BME}PHONE") is None
            assert _gln_right(roles["supplier"].findtext(f"{BME}PARTY_ID"))
            assert re.fullmatch(r"26\d{7}", roles["buyer"].findtext(f"{BME}PARTY_ID"))
            items = root.findall(f"{OT}ORDER_ITEM_LIST/{OT}ORDER_ITEM")
            assert int(root.findtext(f"{OT}ORDER_SUMMARY/{OT}TOTAL_ITEM_NUM")) == len(items)
            total = sum(float(i.findtext(f"{OT}PRICE_LINE_AMOUNT")) for i in items)
            assert f"{total:.2f}" == root.findtext(f"{OT}ORDER_SUMMARY/{OT}TOTAL_AMOUNT")
        elif r["layout"] == "billbee_order":
            doc = json.loads(text)
            assert doc["ErrorCode"] == 0 and doc["ErrorMessage"] is None
            order = doc["Data"]
            for key in ("InvoiceAddress", "ShippingAddress"):
                address = order[key]
                assert address["Company"] == name and address["Phone"] == tel
                assert (address["Email"] or "") == mail
                assert not address["FirstName"] and not address["LastName"]
                assert address["Zip"] == row["fields"]["postcode"]
            assert order["Customer"]["Tel1"] == tel and order["Customer"]["Name"] == name
            total = sum(i["TotalPrice"] for i in order["OrderItems"]) + order["ShippingCost"]
            assert round(total, 2) == order["TotalCost"]
        elif r["layout"] == "sevdesk_communication_ways":
            doc = json.loads(text)
            ways = {o["type"]: o["value"] for o in doc["objects"]}
            assert ways.pop("PHONE") == tel and ways.pop("EMAIL", "") == mail
            assert ways.pop("WEB", "") == h367.website(row) and not ways
            assert all(o["objectName"] == "CommunicationWay" for o in doc["objects"])
            assert all(o["contact"]["name"] == name for o in doc["objects"])
        else:
            doc = json.loads(text)
            assert doc["to"]["company"] == name and doc["to"]["phone"] == tel
            assert doc["to"]["country"] == "DE" and doc["create_shipping_label"] is True
            assert doc.get("notification_email", "") == mail
            assert doc["description"].endswith(f"Avis unter {tel}")
            street = " ".join(filter(None, (doc["to"]["street"], doc["to"]["street_no"])))
            assert street == row["fields"]["street"].strip()


def test_provenance():
    sources = h367.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "krankenhausnavi/database-feed"
    assert de["commit"] == "78a3239c9f961ba40f30d701a2d294934f428cb3"
    assert de["paths"] == ["scraper/hospitals_from_weisse_liste.json"]
    assert "not confirmed" in de["licence"] and de["publisher"]
    rows = h367.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DE": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h367, "held_out_367", tmp_path)
