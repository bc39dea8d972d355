"""held_out_190 of the PII evaluation set (scripts/pii_held_out_190.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and city are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

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

import pii_held_out_190 as h190  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("nameoftheorganisation", "category")
# how many times each layout writes the field's numbers, by position (the rest once)
LEADING_COPIES = {
    "ogd_api_json": (),
    "frappe_contact": (2,),
    "zoho_crm_account": (2,),
    "sahana_s3xml": (2, 2),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h190.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h190.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h190.data()["rows"]) == 248
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h190.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "ogd_api_json": 62, "frappe_contact": 62, "zoho_crm_account": 62, "sahana_s3xml": 62,
    }  # fmt: skip


def _expected(record: dict) -> tuple[Counter, Counter]:
    """The labels and short-number distractors a record must hold: each number of the field
    as often as its layout writes it."""
    labels, short = Counter(), Counter()
    leading = LEADING_COPIES[record["layout"]]
    for i, number in enumerate(h190.pieces(_row(record))):
        if sum(c.isdigit() for c in number) < 6:
            continue
        copies = leading[i] if i < len(leading) else 1
        (labels if personal_phone(number, "IN") else short)[number] += copies
    return labels, short


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the layout writes it if a person
    could hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        labels, short = _expected(r)
        got = Counter(r["text"][s:e] for s, e, *_ in r["spans"])
        assert got == labels, r["id"]
        assert {kind.split(":")[1] for *_, kind in r["spans"]} <= {h190.PHONE}
        assert Counter(r["text"][s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        for number in labels:
            found = [m.start() for m in re.finditer(rf"(?<!\d){number}(?!\d)", r["text"])]
            assert len(found) == labels[number], (r["id"], number)
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h190.international)
    assert kinds == {"national:phonenumber": 519}
    assert sum(len(r["distractors"]) for r in records) == 4


def test_the_data_keeps_the_published_shape():
    """248 entries of Telangana; every kept field holds a number of six digits or more; its
    numbers are ten digits (313) or eleven (11, all toll-free ``1800``), with two six-digit and
    three four-digit service numbers, set apart by ``,\\n``, ``,\\r`` or ``, ``; the fields are
    the list's seven strings."""
    rows = h190.data()["rows"]
    assert Counter(row["fields"]["category"] for row in rows) == {
        "Free Food": 134, "Government Helpline": 34, "Hospitals and Centers": 27, "Police": 13,
        "Ambulance": 9, "Transportation": 9, "Fundraisers": 7, "CoVID-19 Testing Lab": 6,
        "Fire Brigade": 3, "Other": 3, "Accommodation and Shelter Homes": 3,
    }  # fmt: skip
    pieces = [p for row in rows for p in h190.pieces(row)]
    assert all(p.isdigit() for p in pieces)
    assert Counter(len(p) for p in pieces) == {10: 313, 11: 11, 6: 2, 4: 3}
    assert all(p.startswith("1800") for p in pieces if len(p) == 11)
    separators = Counter(s for row in rows for s in re.findall(r",\s*", h190.phone(row)))
    assert separators == {",\n": 74, ", ": 5, ",\r": 2}
    for row in rows:
        assert set(row["fields"]) == {
            "category", "city", "contact", "descriptionandorserviceprovided",
            "nameoftheorganisation", "phonenumber", "state",
        }  # fmt: skip
        assert row["fields"]["state"] == "Telangana"
        assert sum(c.isdigit() for c in row["fields"]["phonenumber"]) >= 6


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (JSON string content or XML text)."""
    if layout == "sahana_s3xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The organisation's name and category stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h190._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    field or numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, numbers, name = (
            h190.phone(row),
            h190.pieces(row),
            h190._f(row, "nameoftheorganisation"),
        )
        if r["layout"] == "ogd_api_json":
            doc = json.loads(text)
            assert doc["status"] == "ok" and doc["count"] == 1 and doc["total"] == 248
            (record,) = doc["records"]
            assert set(record) == {f["id"] for f in doc["field"]}
            assert record["phone_number"].strip() == tel
            assert record["name_of_the_organisation"] == row["fields"]["nameoftheorganisation"]
            assert doc["offset"] == r["id"].rsplit("/", 1)[1]
        elif r["layout"] == "frappe_contact":
            doc = json.loads(text)["data"]
            assert doc["doctype"] == "Contact" and doc["first_name"] == name
            assert [p["phone"] for p in doc["phone_nos"]] == numbers
            assert doc["phone"] == numbers[0]
            assert [p["is_primary_phone"] for p in doc["phone_nos"]] == [1] + [0] * (
                len(numbers) - 1
            )
            assert all(p["parent"] == doc["name"] for p in doc["phone_nos"])
            assert not any(p["name"].isdigit() for p in doc["phone_nos"])
        elif r["layout"] == "zoho_crm_account":
            doc = json.loads(text)
            (account,) = doc["data"]
            assert account["Account_Name"] == name and account["Phone"] == numbers[0]
            assert account["Description"].endswith(f"Phone: {tel}")
            assert re.fullmatch(r"\d{19}", account["id"])
            assert doc["info"]["count"] == 1
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "s3xml"
            (office,) = root.findall("resource")
            assert office.get("name") == "org_office"
            fields = {d.get("field"): d.text for d in office.findall("data")}
            assert fields["name"] == name and fields["phone1"] == numbers[0]
            assert fields.get("phone2") == (numbers[1] if len(numbers) > 1 else None)
            assert fields["comments"].endswith(f"Call {', '.join(numbers)}.")
            refs = {ref.get("field"): ref.get("resource") for ref in office.findall("reference")}
            assert refs == {
                "organisation_id": "org_organisation",
                "office_type_id": "org_office_type",
                "location_id": "gis_location",
            }


def test_provenance():
    sources = h190.data()["sources"]
    assert set(sources) == {"IN"}
    source = sources["IN"]
    assert source["repository"] == "kamalesh10/angular"
    assert source["commit"] == "991deb6bec4ea844729f55c16c68e5b01a640c9d"
    assert source["path"] == "telangana/src/app/covid19.service.ts"
    assert "not confirmed" in source["licence"] and source["publisher"]
    rows = h190.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 248}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())
    paths = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert paths == sorted(paths) and paths[-1] == 271


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h190, "held_out_190", tmp_path)
