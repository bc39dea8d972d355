"""held_out_13 of the PII evaluation set (scripts/pii_held_out_13.py): its committed records
keep the generator's invariants (every labelled value is a number of its row's real phone
field, copied unchanged; phones labelled by the policy, one span per number of the field; the
street field's long numbers unscored; nothing outside the data labelled) and are rebuilt byte
for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import asia_registers_data as ard  # noqa: E402 - the scripts folder's modules
import pii_held_out_13 as h13  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h13.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h13.by_locale()[locale][n]


def _phone_field(row: dict) -> str:
    return row["fields"][h13._role(row, "phone")]


def test_every_row_of_the_data_is_one_record_in_the_layout_its_index_gives(records):
    assert len(records) == len(h13.data()["rows"])
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h13.LAYOUTS[n % len(h13.LAYOUTS)]
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"


def test_every_number_of_the_phone_field_is_labelled_once_and_unchanged(records):
    for r in records:
        row = _row(r)
        field = _phone_field(row)
        wanted = Counter(
            field[s:e] for s, e in (h13._without_placeholder(field, *n) for n in numbers(field))
        )
        written = Counter(r["text"][s:e] for s, e, *_ in (*r["spans"], *r["distractors"]))
        assert written == wanted, r["id"]
        for start, end, entity, _ in r["spans"]:
            assert entity == "PHONE_NUMBER"
            assert personal_phone(r["text"][start:end], row["country"])
        for start, end, *_ in r["distractors"]:
            assert not personal_phone(r["text"][start:end], row["country"])


def test_a_placeholder_zero_after_a_number_is_left_out_of_its_span():
    field = "2368555, 6698666  0"
    spans = [h13._without_placeholder(field, *n) for n in numbers(field)]
    assert [field[s:e] for s, e in spans] == ["2368555", "6698666"]


def test_unscored_spans_never_touch_a_labelled_value(records):
    for r in records:
        for us, ue in r["unscored"]:
            assert not any(s < ue and us < e for s, e, *_ in (*r["spans"], *r["distractors"]))


def test_spans_do_not_overlap_and_lie_in_the_scored_region(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        lo, hi = r["region"]
        assert all(lo <= s < e <= hi for s, e, *_ in spans)


def test_the_data_names_each_register_its_commit_publisher_and_licence():
    sources = h13.data()["sources"]
    assert set(sources) == {"IN", "TW"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = Counter(r["country"] for r in h13.data()["rows"])
    assert rows == {"IN": ard.CAP, "TW": ard.CAP}


def test_the_values_are_national_numbers_of_two_countries(records):
    phones = Counter(r["locale"] for r in records for s in r["spans"])
    kinds = Counter(s[3].split(":")[0] for r in records for s in r["spans"])
    assert phones == {"reg:IN": 539, "reg:TW": 400}
    assert kinds == {"national": 939}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h13.write(rebuilt)
    assert rebuilt.read_bytes() == h13.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_13"
