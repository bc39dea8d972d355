"""held_out_143 of the PII evaluation set (scripts/pii_held_out_143.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
alternate number field, copied unchanged, each copy labelled; every labelled address is the
row's real e-mail field; the facility code, name and ward are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_143 as h143  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the facility's identifiers, in every layout
IDENTIFIERS = ("Facility Code", "Facility Name", "Ward")
CSD = "{urn:ihe:iti:csd:2013}"
DE = "{urn:oasis:names:tc:emergency:EDXL:DE:1.0}"
HAVE = "{urn:oasis:names:tc:emergency:EDXL:HAVE:1.0}"
XPIL = "{urn:oasis:names:tc:ciq:xpil:3}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h143.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h143.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h143.data()["rows"]) == 200
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h143.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "ihe_csd": 50, "edxl_have": 50, "rapidpro_flow": 50, "hsds_json": 50,
    }  # fmt: skip


def test_every_copy_of_the_number_fields_is_labelled_unchanged(records):
    """Each number of the phone and alternate number fields is labelled wherever the field
    stands, under its column, twice in each document; nothing else is a phone."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        for column, value in ((h143.PHONE, h143.phone(row)), (h143.ALTERNATE, h143.alternate(row))):
            if not value:
                continue
            assert text.count(value) == 2, (r["id"], value)
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "NG")
                expected[(value[s:e], column)] += 2
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"]


def test_every_copy_of_the_email_field_is_labelled_or_unscored(records):
    """The facility's mailbox is labelled at both of its copies; the one that ends in no
    top-level domain is unscored instead."""
    unscored = 0
    for r in records:
        row, text = _row(r), r["text"]
        value = h143.email(row)
        got = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if not value:
            assert not got and not r["unscored"], r["id"]
            continue
        assert text.count(value) == 2, r["id"]
        if h143.mistyped(value):
            assert not got and [text[s:e] for s, e in r["unscored"]] == [value, value]
            unscored += 1
        else:
            assert got == [value, value] and not r["unscored"], r["id"]
    assert unscored == 1


def test_the_labels_per_kind(records):
    kinds = Counter(kind for r in records for *_, kind in r["spans"])
    assert kinds == {
        "national:Phone Number": 366, "national:Alternate Number": 224, "register": 290,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """200 facilities, each with a number of six digits or more in a number field, no field
    holding the input mask's ``_``, none of the numbers held_out_46 gives; the numbers as the
    registry's mask writes them (``0813-214-7242``) or in one run."""
    rows = h143.data()["rows"]
    assert len(rows) == 200
    shapes = Counter()
    for row in rows:
        fields = row["fields"]
        assert any(sum(c.isdigit() for c in fields[c]) >= 6 for c in (h143.PHONE, h143.ALTERNATE))
        for column in (h143.PHONE, h143.ALTERNATE):
            assert "_" not in fields[column]
            assert fields[column] not in ("0811-411-7534", "0706-465-8264")
            if fields[column]:
                shapes[re.sub(r"\d", "9", fields[column])] += 1
    assert shapes == {"9999-999-9999": 291, "99999999999": 3, "9999999999": 1}
    assert sum(bool(h143.phone(row)) for row in rows) == 183
    assert sum(bool(h143.alternate(row)) for row in rows) == 112
    assert sum(bool(h143.email(row)) for row in rows) == 146


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout in ("ihe_csd", "edxl_have"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The facility code, name and ward stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h143._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    numbers and mailbox where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tels, mail, name = h143.numbers_of(row), h143.email(row), h143._f(row, "Facility Name")
        if r["layout"] == "ihe_csd":
            root = ET.fromstring(text.encode("utf-8"))
            facility = root.find(f"{CSD}facilityDirectory/{CSD}facility")
            assert facility.findtext(f"{CSD}primaryName") == name
            points = {}
            for point in facility.iter(f"{CSD}codedType"):
                if point.get("codingScheme") == "urn:ihe:iti:csd:2013:contactPoint":
                    points.setdefault(point.get("code"), []).append(point.text)
            assert points.get("BP") == tels
            assert points.get("EMAIL", []) == ([mail] if mail else [])
            assert all(t in facility.findtext(f"{CSD}extension/{CSD}note") for t in tels)
        elif r["layout"] == "edxl_have":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{DE}EDXLDistribution"
            hospital = root.find(f".//{HAVE}HospitalStatus/{HAVE}Hospital")
            got = [e.text for e in hospital.iter(f"{XPIL}ContactNumberElement")]
            assert got == tels
            mails = [e.text for e in hospital.iter(f"{XPIL}ElectronicAddressIdentifier")]
            assert mails == ([mail] if mail else [])
            reason = hospital.findtext(f"{HAVE}EmergencyDepartmentStatus/{HAVE}EMSTraffic/"
                                       f"{HAVE}EMSTrafficReason")  # fmt: skip
            assert all(t in reason for t in tels)
        elif r["layout"] == "rapidpro_flow":
            doc = json.loads(text)
            assert doc["version"] == "13" and len(doc["flows"]) == 1
            flow = doc["flows"][0]
            uuids = {node["uuid"] for node in flow["nodes"]}
            for node in flow["nodes"]:
                for exit_ in node["exits"]:
                    assert exit_["destination_uuid"] in uuids | {None}
            texts = [a["text"] for node in flow["nodes"] for a in node["actions"]]
            assert len(texts) == 2 and all(t in m for t in tels for m in texts)
            assert doc["triggers"][0]["flow"]["uuid"] == flow["uuid"]
        else:
            doc = json.loads(text)
            assert doc["name"] == name and doc["email"] == (mail or None)
            assert [p["number"] for p in doc["phones"]] == tels
            service = doc["services"][0]
            assert [p["number"] for p in service["phones"]] == tels
            assert service["email"] == (mail or None)
            location = doc["locations"][0]
            if h143._f(row, "Latitude"):
                assert f'"latitude": {h143._f(row, "Latitude")},' in text
                assert location["latitude"] == float(h143._f(row, "Latitude"))


def test_provenance():
    sources = h143.data()["sources"]
    assert set(sources) == {"NG"}
    ng = sources["NG"]
    assert ng["repository"] == "musafaila/map-data-scraper"
    assert ng["commit"] == "532b2eb1120d457acdb0219e1ec9eead6f202e6a"
    assert ng["paths"] == ["kebbi-hospitals.json"]
    assert "not confirmed" in ng["licence"] and ng["publisher"]
    rows = h143.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NG": 200}
    for r in rows:
        assert r["path"].startswith("kebbi-hospitals.json#")
        assert all(isinstance(v, str) for k, v in r["fields"].items()
                   if k != "Specific Clinical Services")  # fmt: skip
        assert r["fields"]["State"] == "Kebbi"


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h143, "held_out_143", tmp_path)
