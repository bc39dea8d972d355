"""held_out_284 of the PII evaluation set (scripts/pii_held_out_284.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the station's name and street are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_284 as h284  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the station's identifiers, in every layout
IDENTIFIERS = ("Station Name", "Street Address")
# how many times each layout writes the phone field
COPIES = {"afdc_api_json": 1, "ocm_poi_json": 1, "keep_note_json": 2, "gcal_event_json": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h284.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h284.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h284.data()["rows"]) == 314
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h284.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        if not h284.electric(_row(r)):
            assert r["layout"] != "ocm_poi_json"
    assert Counter(r["layout"] for r in records) == {
        "keep_note_json": 84, "afdc_api_json": 83, "gcal_event_json": 83, "ocm_poi_json": 64,
    }  # fmt: skip


def _access_copies(record: dict) -> int:
    """How many copies of the phone field the access text holds (the layouts write the access
    text beside each copy of the number)."""
    row = _row(record)
    return h284._f(row, h284.ACCESS).count(h284.phone(row))


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (the layout's
    copies, and the access text's where it repeats the number), under its column; nothing
    else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h284.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]] * (1 + _access_copies(r)), r["id"]
        assert not h284.access_numbers(row)
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "US") else short)[(number, h284.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h284.international)
    assert kinds == {"national:Station Phone": 547}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; 262 electric stations and
    52 others; 116 fields hold two numbers joined by two blanks; three begin with blanks (kept
    as published); no field is shared by ten rows; no column holds an e-mail address."""
    rows = h284.data()["rows"]
    assert Counter(h284.electric(row) for row in rows) == {True: 262, False: 52}
    shapes = Counter(re.sub(r"\d", "9", h284.phone(row)) for row in rows)
    assert shapes == {
        "999-999-9999": 198, "999-999-9999  999-999-9999": 114, "9999999999  999-999-9999": 2,
    }  # fmt: skip
    assert sum(row["fields"]["Station Phone"] != h284.phone(row) for row in rows) == 3
    assert max(Counter(row["fields"]["Station Phone"] for row in rows).values()) < 10
    assert not any("@" in v for row in rows for v in row["fields"].values())
    assert all(isinstance(v, str) and v for row in rows for v in row["fields"].values())


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h284._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's number where the format puts it."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h284.phone(row), h284._f(row, "Station Name")
        if r["layout"] == "afdc_api_json":
            station = doc["alt_fuel_station"]
            assert station["station_phone"] == tel and station["station_name"] == name
            assert station["id"] == int(h284._f(row, "ID"))
            assert station["zip"] == h284._f(row, "ZIP") and station["state"] == "WA"
            assert isinstance(station["latitude"], float)
        elif r["layout"] == "ocm_poi_json":
            (poi,) = doc
            info = poi["AddressInfo"]
            assert info["ContactTelephone1"] == tel and info["Title"] == name
            assert poi["DataProviderID"] == 2 and poi["DataProvidersReference"] == h284._f(
                row, "ID"
            )
            assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", poi["UUID"])
            assert poi["Connections"] and all(c["StatusTypeID"] == 50 for c in poi["Connections"])
        elif r["layout"] == "keep_note_json":
            assert f"Phone: {tel}" in doc["textContent"].split("\n")
            assert doc["textContent"].startswith(name + "\n")
            paragraphs = re.findall(r"<span>(.*?)</span></p>", doc["textContentHtml"])
            assert [html.unescape(p) for p in paragraphs] == doc["textContent"].split("\n")
            assert doc["isTrashed"] is False and len(str(doc["createdTimestampUsec"])) == 16
        else:
            assert doc["kind"] == "calendar#event" and doc["status"] == "confirmed"
            assert doc["description"].split("\n")[:2] == [name, f"Phone: {tel}"]
            assert doc["location"].startswith(h284._f(row, "Street Address"))
            assert doc["iCalUID"] == f"{doc['id']}@google.com"
            assert re.fullmatch(r"[0-9a-v]{26}", doc["id"])
            assert doc["start"]["dateTime"] < doc["end"]["dateTime"]


def test_provenance():
    sources = h284.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "chiawang/EV-charing-station"
    assert us["commit"] == "2b5d2e9b34e6cf721eb8512f6b9776c62f065250"
    assert us["paths"] == ["alt_fuel_stations.csv"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h284.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 314}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h284, "held_out_284", tmp_path)
