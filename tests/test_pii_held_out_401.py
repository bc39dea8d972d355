"""held_out_401 of the PII evaluation set (scripts/pii_held_out_401.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real number,
unchanged, each copy labelled; the entry's name, town and directory link are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules hold on
its rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import uuid
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_401 as h401  # noqa: E402 - the scripts folder's modules
import ug_uhd_pharmacies_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the number a record of each layout writes
COPIES = {"efris_t109": 2, "beyonic_collection": 2, "pesapal_order": 1, "telnyx_mdr": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h401.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h401.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h401.data()["rows"]) == 432
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h401.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:UG"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 108 for layout in h401.LAYOUTS}


def test_every_copy_of_the_number_is_labelled_unchanged(records):
    """The number after the call button's ``Call:`` is labelled wherever it stands, whole,
    under its column; nothing else is labelled, no distractor is, and no address is in any
    text (the directory gives none)."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h401.phone(row)
        assert row["fields"]["phone"] == f"Call:{tel}"
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        assert "Call:" not in text and "@" not in text, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "international:phone"): COPIES[r["layout"]]}
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h401.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"international:phone": 648}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is ``Call:+256`` and nine digits, a number a person could hold, no two
    alike and none an earlier Ugandan part holds; every entry links its page of the Uganda
    Health Directory; the free text and reviews are left out; the fields are strings."""
    rows = h401.data()["rows"]
    assert all(re.fullmatch(r"Call:\+256\d{9}", row["fields"]["phone"]) for row in rows)
    assert all(personal_phone(h401.phone(row), "UG") for row in rows)
    assert len({digits_of(h401.phone(row)) for row in rows}) == 432
    earlier = earlier_numbers(ROOT / "scripts" / "data", extractor.EARLIER, "256")
    for row in rows:
        number = digits_of(h401.phone(row))
        assert number not in earlier and "0" + number[3:] not in earlier, row["path"]
    assert all(
        row["fields"]["link"].startswith("https://www.ughealthdirectory.com/") for row in rows
    )
    assert all(set(row["fields"]) == {"name", "link", "address", "specialties", "image_url",
                                      "phone"} for row in rows)  # fmt: skip
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert Counter(h401.town(row) for row in rows).most_common(1) == [("Kampala", 251)]


def test_the_extractor_keeps_its_rules_on_a_few_entries(monkeypatch):
    """The extractor keeps an entry with a number of seven digits or more, not an earlier
    part's (with the calling code or the trunk 0) and not one kept before; it drops the
    free text and the reviews and keeps the rest unchanged."""
    entries = [
        {"name": "A Pharmacy", "address": "Kampala, Central Region,Uganda", "phone": "N/A",
         "description": "call 0772000000"},
        {"name": "B Pharmacy", "address": "Mbale, Eastern Region,Uganda",
         "phone": "Call:+256772947163", "description": "WHATSAPP:+256 770 434 568",
         "rating": "4.5", "reviews": [{"author": "Someone"}]},
        {"name": "C Pharmacy", "address": "Gulu,Uganda", "phone": "Call:+256772947163"},
        {"name": "D Pharmacy", "address": "Jinja,Uganda", "phone": "Call:+256414000111"},
        {"name": "E Pharmacy", "address": "Lira,Uganda", "phone": ""},
    ]  # fmt: skip
    text = "// list\nexport const pharmacies = " + json.dumps(entries) + "\n"
    monkeypatch.setattr(extractor, "_git", lambda *_: text.encode())
    monkeypatch.setattr(extractor, "earlier_numbers", lambda *_: {"0414000111"})
    got = extractor.extract({"UG": Path("unused")})["rows"]
    assert [r["path"] for r in got] == [f"{extractor.PATH}#1"]
    assert got[0]["fields"] == {"name": "B Pharmacy", "address": "Mbale, Eastern Region,Uganda",
                                "phone": "Call:+256772947163"}  # fmt: skip


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The entry's name and town stand in every record's text, and its directory link in the
    Beyonic requests, outside the labels."""
    for r in records:
        row = _row(r)
        values = [h401.name(row), h401.town(row)]
        if r["layout"] == "beyonic_collection":
            values.append(h401.link(row))
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(_encoded(value)), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its format puts them, the sums
    and identifiers in their shapes."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h401.phone(row), h401.name(row)
        if r["layout"] == "efris_t109":
            seller = doc["sellerDetails"]
            assert seller["mobilePhone"] == tel and seller["legalName"] == name
            assert seller["address"] == h401.address(row)
            assert re.fullmatch(r"100\d{7}", seller["tin"])
            assert re.fullmatch(r"TCS[0-9a-f]{14}", doc["basicInformation"]["deviceNo"])
            assert doc["basicInformation"]["invoiceKind"] == "2"
            assert doc["buyerDetails"]["buyerType"] == "1"
            goods = doc["goodsDetails"]
            total = sum(float(g["total"]) for g in goods)
            assert all(float(g["total"]) == float(g["unitPrice"]) * int(g["qty"]) for g in goods)
            assert float(doc["summary"]["grossAmount"]) == total
            assert doc["summary"]["itemCount"] == str(len(goods))
            assert doc["summary"]["remarks"].endswith(f"Enquiries: {tel}")
            assert doc["taxDetails"][0]["taxCategoryCode"] == "03"
        elif r["layout"] == "beyonic_collection":
            assert doc["phonenumber"] == doc["contact"]["phone_number"] == tel
            assert doc["contact"]["first_name"] == name and doc["currency"] == "UGX"
            assert doc["status"] == "pending" and doc["collection"] is None
            assert doc["metadata"]["invoice"] in doc["reason"]
        elif r["layout"] == "pesapal_order":
            billing = doc["billing_address"]
            assert billing["phone_number"] == tel and billing["first_name"] == name
            assert billing["country_code"] == "UG" and billing["city"] == h401.town(row)
            assert doc["currency"] == "UGX" and len(doc["description"]) <= 100
            assert uuid.UUID(doc["notification_id"]).version == 4
        else:
            msg = doc["data"]
            assert msg["record_type"] == "message" and msg["direction"] == "outbound"
            assert [t["phone_number"] for t in msg["to"]] == [tel]
            assert re.fullmatch(r"[A-Z]{3,11}", msg["from"]["phone_number"])
            assert msg["text"].startswith(f"{name}: order ")
            assert msg["parts"] == (1 if len(msg["text"]) <= 160 else 2)
            assert uuid.UUID(msg["id"]).version == 4


def test_provenance():
    sources = h401.data()["sources"]
    assert set(sources) == {"UG"}
    ug = sources["UG"]
    assert ug["repository"] == "jjingofarouk/saveme"
    assert ug["commit"] == "bd52bc928dd9ad333922a561f7a8e0bce42d68db"
    assert ug["paths"] == ["src/components/common/DataPharmacies.js"]
    assert "not confirmed" in ug["licence"] and ug["publisher"]
    assert Counter(r["country"] for r in h401.data()["rows"]) == {"UG": 432}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h401, "held_out_401", tmp_path)
