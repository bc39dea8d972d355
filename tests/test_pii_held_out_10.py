"""held_out_10 of the PII evaluation set (scripts/pii_held_out_10.py): its committed records
keep the generator's invariants (every labelled value is a value of its object's real
OpenStreetMap tags, copied unchanged; phones labelled by the policy, one span per value of a
field; nothing outside the data labelled) and are rebuilt byte for byte from the committed
data. No recognizer runs here: the part is scored once, from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_10 as h10  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h10.committed()


def _poi(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h10.by_locale()[locale][n]


def test_every_object_of_the_data_is_one_record_in_the_layout_its_index_gives(records):
    assert len(records) == len(h10.pois())
    assert sorted(r["source"] for r in records) == sorted(p["path"] for p in h10.pois())
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h10.LAYOUTS[n % len(h10.LAYOUTS)]
        assert r["source"] == _poi(r)["path"]
        assert r["locale"] == f"osm:{_poi(r)['country']}"


def test_labelled_values_are_the_objects_tag_values_unchanged(records):
    for r in records:
        poi = _poi(r)
        phone_values = {field[s:e] for _, field in poi["phones"] for s, e in h10.parts(field)}
        emails = set(re.findall(r"[^@\s;,<>]+@[^@\s;,<>]+\.[^@\s;,<>]+", " ".join(poi["emails"])))
        for start, end, entity, detail in r["spans"]:
            value = r["text"][start:end]
            assert value == value.strip() and value
            if entity == "PHONE_NUMBER":
                assert value in phone_values
                assert personal_phone(value, poi["country"])
                assert detail.startswith("osm_")
            else:
                assert entity == "EMAIL_ADDRESS" and value in emails
        for start, end, entity, _ in r["distractors"]:
            assert entity == "PHONE_NUMBER"
            assert not personal_phone(r["text"][start:end], poi["country"])


def test_every_value_of_every_field_is_written_once(records):
    for r in records:
        poi = _poi(r)
        written = Counter(r["text"][s:e] for s, e, *_ in (*r["spans"], *r["distractors"]))
        wanted = Counter(field[s:e] for _, field in poi["phones"] for s, e in h10.parts(field))
        wanted += Counter(
            re.findall(r"[^@\s;,<>]+@[^@\s;,<>]+\.[^@\s;,<>]+", " ".join(poi["emails"]))
        )
        assert written == wanted


def test_spans_do_not_overlap_and_lie_in_the_scored_region(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        lo, hi = r["region"]
        assert all(lo <= s < e <= hi for s, e, *_ in spans)


def test_a_field_of_several_numbers_gives_one_span_per_number():
    field = "+41 56 442 04 45; +41 79 956 70 59"
    assert [field[s:e] for s, e in h10.parts(field)] == ["+41 56 442 04 45", "+41 79 956 70 59"]


def test_the_part_covers_many_countries(records):
    phones = Counter(r["locale"] for r in records for s in r["spans"] if s[2] == "PHONE_NUMBER")
    assert sum(phones.values()) >= 1500
    assert sum(1 for n in phones.values() if n >= 20) >= 12


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h10.write(rebuilt)
    assert rebuilt.read_bytes() == h10.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_10"
