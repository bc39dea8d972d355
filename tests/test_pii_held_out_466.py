"""held_out_466 of the PII evaluation set (scripts/pii_held_out_466.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real phone
field, unchanged, each copy of the field labelled number by number; the provider's name and
district are in the text and unlabelled), each document parses as its format, the extractor's
rules hold on its rows, and the records are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import eg_helwan_providers_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_466 as h466  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the phone field a record of each layout writes
COPIES = {
    "eta_einvoice_document": 1,
    "bosta_delivery_request": 2,
    "paymob_payment_key_request": 1,
    "fawry_charge_request": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h466.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h466.by_locale()[locale][n]


def _labelled_numbers(field: str) -> list[str]:
    """The numbers of a phone field that are labelled: each piece ``numbers`` finds that a
    person could hold (a five-digit hotline is none)."""
    return [field[s:e] for s, e in numbers(field) if personal_phone(field[s:e], "EG")]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h466.data()["rows"]) == 154
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h466.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}" == "reg:EG"
        assert r["split"] == "held_out_466"
    assert Counter(r["layout"] for r in records) == {
        "eta_einvoice_document": 39,
        "bosta_delivery_request": 39,
        "paymob_payment_key_request": 38,
        "fawry_charge_request": 38,
    }


def test_every_copy_of_the_field_is_labelled_unchanged(records):
    """The phone field stands in each record as many times as its layout writes it, and each
    number of it a person could hold is labelled in every copy, under the ``phone`` column;
    nothing else is labelled and no distractor is."""
    for r in records:
        tel, text = h466.phone(_row(r)), r["text"]
        copies = COPIES[r["layout"]]
        assert text.count(tel) == copies, r["id"]
        expected = Counter(
            {(n, "PHONE_NUMBER", "national:phone"): 0 for n in _labelled_numbers(tel)}
        )
        for n in _labelled_numbers(tel):
            expected[(n, "PHONE_NUMBER", "national:phone")] += copies
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        at = [m.start() for m in re.finditer(re.escape(tel), text)]
        assert all(any(a <= s and e <= a + len(tel) for a in at) for s, e, *_ in r["spans"])
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h466.international) == {"national:phone": 221}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a run of seven digits or more, no two fields alike; its
    numbers are as the directory prints them (no country code); the rows come from the four
    tables of places, none from the doctors' table; the fields are strings as published."""
    rows = h466.data()["rows"]
    tels = [h466.phone(row) for row in rows]
    assert all(extractor.has_number(tel) for tel in tels)
    assert len(set(tels)) == len(tels) == 154
    assert all(re.fullmatch(r"[\d /-]+", tel) for tel in tels)
    assert not any(h466.international(n) for tel in tels for n in _labelled_numbers(tel))
    assert Counter(row["path"].split("#")[0] for row in rows) == {
        "data/hospitals.json": 44,
        "data/labs.json": 45,
        "data/clinics.json": 26,
        "data/pharmacies.json": 39,
    }
    assert all(set(row["fields"]) == set(extractor.KEYS) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert {row["fields"]["governorate"] for row in rows} == {"القاهرة", "الجيزة"}
    # fields with several numbers, and a hotline beside a line, are kept as published
    assert "24504905 - 24509800 - 24507500" in tels and "16259 - 0226252400" in tels
    assert _labelled_numbers("16259 - 0226252400") == ["0226252400"]
    assert _labelled_numbers("24306833/32") == ["24306833/32"]


def test_the_extractor_keeps_lines_not_hotlines():
    """The extractor's rule on a few fields as the directory writes them: a field with a run of
    seven digits or more is kept, a hotline alone is not."""
    assert extractor.has_number("24143931")
    assert extractor.has_number("16259 - 0226252400")
    assert extractor.has_number("2754623 - 25178376")
    assert not extractor.has_number("19885")
    assert not extractor.has_number("")
    assert "data/doctors.json" not in extractor.PATHS


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The provider's name and district stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h466.name(row), h466.area(row)):
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            outside = [a for a in found if not any(s <= a < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h466.phone(row), h466.name(row)
        if r["layout"] == "eta_einvoice_document":
            issuer = doc["issuer"]
            assert issuer["type"] == "B" and re.fullmatch(r"\d{9}", issuer["id"])
            assert issuer["name"] == name
            assert issuer["address"]["additionalInformation"] == f"هاتف: {tel}"
            assert issuer["address"]["regionCity"] == h466.area(row)
            assert doc["documentType"] == "I" and doc["documentTypeVersion"] == "1.0"
            assert doc["taxpayerActivityCode"] == h466.ACTIVITY[h466.table(row)]
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", doc["dateTimeIssued"])
            line = doc["invoiceLines"][0]
            assert line["itemType"] == "EGS" and line["itemCode"].startswith(f"EG-{issuer['id']}-")
            assert doc["totalAmount"] == line["total"]
        elif r["layout"] == "bosta_delivery_request":
            assert doc["type"] == 10 and doc["cod"] == 0
            assert doc["receiver"] == {"firstName": name, "lastName": h466.kind(row), "phone": tel}
            assert doc["dropOffAddress"]["city"] == "EG-01"
            assert doc["dropOffAddress"]["firstLine"] == h466.street(row)
            assert f"على {tel} قبل" in doc["notes"]
        elif r["layout"] == "paymob_payment_key_request":
            billing = doc["billing_data"]
            assert billing["phone_number"] == tel and billing["first_name"] == name
            assert billing["country"] == "EG" and doc["currency"] == "EGP"
            assert doc["expiration"] == 3600 and re.fullmatch(r"\d+", doc["order_id"])
        else:
            assert doc["customerMobile"] == tel and doc["customerName"] == name
            assert doc["paymentMethod"] == "PayAtFawry" and doc["language"] == "ar-eg"
            assert re.fullmatch(r"[0-9a-f]{64}", doc["signature"])
            assert doc["chargeItems"][0]["quantity"] == 1


def test_provenance():
    sources = h466.data()["sources"]
    assert set(sources) == {"EG"}
    eg = sources["EG"]
    assert eg["repository"] == "louai111/helwan-insurance-website"
    assert eg["commit"] == "e4bd6ad8a057b113964c327439c84474bdc86ec9"
    assert eg["paths"] == list(extractor.PATHS)
    assert "not confirmed" in eg["licence"] and eg["publisher"]
    assert Counter(r["country"] for r in h466.data()["rows"]) == {"EG": 154}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h466, "held_out_466", tmp_path)
