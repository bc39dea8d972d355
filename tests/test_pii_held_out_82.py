"""held_out_82 of the PII evaluation set (scripts/pii_held_out_82.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's coordinates are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_82 as h82  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the institution's coordinates, in every layout
IDENTIFIERS = ("latitude", "longitude")
SSML = "{http://www.w3.org/2001/10/synthesis}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h82.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h82.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h82.data()["rows"]) == 286
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h82.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "osm_xml": 72, "ssml_prompt": 72, "mongoexport": 71, "airtable_records": 71,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``(+994 12) 440 11 37 • (+994 50) 314 93 02`` holds
    two) is labelled wherever the field stands if a person could hold it, a distractor if not,
    and nothing else is; short codes (``*0777``) are no number."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h82.phone(row)
        copies = text.count(value)
        assert copies == (2 if r["layout"] == "ssml_prompt" else 1), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "AZ") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 505
    assert sum(len(r["distractors"]) for r in records) == 1


def test_phones_keep_their_kind(records):
    """Only phone numbers are labelled (the register has no e-mail or fax field); one field,
    ``(022) 310``, holds only a number too short for a line, a distractor."""
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == ({"PHONE_NUMBER"} if r["spans"] else set())
        assert r["spans"] or [d[3] for d in r["distractors"]] == ["short"]
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_coordinates_are_in_the_text_and_unlabelled(records):
    """The latitude (``41.6294932``) and longitude stand in every record's text, outside the
    labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h82._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def test_the_documents_are_well_formed(records):
    """The OSM file parses as XML with one node at the row's coordinates whose ``phone`` tag is
    the field; the SSML prompt parses with the field in both ``say-as`` telephone elements; the
    mongoexport line is one JSON document with a GeoJSON point; the Airtable response is JSON
    whose one record's ``Telefon`` is the field."""
    for r in records:
        row, text = _row(r), r["text"]
        lat, lon = float(h82._f(row, "latitude")), float(h82._f(row, "longitude"))
        if r["layout"] == "osm_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "osm" and root.get("version") == "0.6"
            (node,) = root.findall("node")
            assert int(node.get("id")) < 0
            assert (float(node.get("lat")), float(node.get("lon"))) == (lat, lon)
            tags = {t.get("k"): t.get("v") for t in node.findall("tag")}
            assert tags["phone"] == h82.phone(row) and tags["name"] == h82._f(row, "name")
            assert tags["amenity"] in ("hospital", "clinic")
        elif r["layout"] == "ssml_prompt":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{SSML}speak" and root.get("version") == "1.1"
            phones = [
                e.text for e in root.iter(f"{SSML}say-as") if e.get("interpret-as") == "telephone"
            ]
            assert phones == [h82.phone(row)] * 2
            metas = {m.get("name"): m.get("content") for m in root.iter(f"{SSML}meta")}
            assert metas["geo.position"] == f"{h82._f(row, 'latitude')};{h82._f(row, 'longitude')}"
        elif r["layout"] == "mongoexport":
            assert text.endswith("\n") and text.count("\n") == 1
            doc = json.loads(text)
            assert re.fullmatch(r"[0-9a-f]{24}", doc["_id"]["$oid"])
            assert doc["phone"] == h82.phone(row) and doc["name"] == h82._f(row, "name")
            assert doc["location"] == {"type": "Point", "coordinates": [lon, lat]}
            assert doc["subsidiaries"] == h82.subsidiaries(row)
            assert doc["subsidiaryCount"] == int(h82._f(row, "subsidiary_count"))
        else:
            body = json.loads(text)
            (rec,) = body["records"]
            assert re.fullmatch(r"rec[0-9A-Za-z]{14}", rec["id"])
            assert rec["fields"]["Telefon"] == h82.phone(row)
            assert (rec["fields"]["Enlik"], rec["fields"]["Uzunluq"]) == (lat, lon)
            assert rec["fields"]["Ad"] == h82._f(row, "name")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h82.data()["sources"]
    assert set(sources) == {"AZ"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
        assert meta["repository"] == "scraper-bots/its_gov_az"
    rows = h82.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AZ": 286}
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h82.write(rebuilt)
    assert rebuilt.read_bytes() == h82.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_82"
