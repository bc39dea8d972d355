"""held_out_12 of the PII evaluation set (scripts/pii_held_out_12.py): its committed records
keep the generator's invariants (every labelled value is a number of its row's real phone
field, copied unchanged; phones labelled by the policy, one span per number of a field;
free-text fields unscored; nothing outside the data labelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_12 as h12  # noqa: E402 - the scripts folder's modules
import register_contacts_data as rcd  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h12.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h12.by_locale()[locale][n]


def _phone_numbers(row: dict) -> list[str]:
    return [
        row["fields"][c][s:e] for c in h12.role(row, "phone") for s, e in numbers(row["fields"][c])
    ]


def test_every_row_of_the_data_is_one_record_in_the_layout_its_index_gives(records):
    assert len(records) == len(h12.data()["rows"])
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h12.LAYOUTS[n % len(h12.LAYOUTS)]
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"


def test_labelled_values_are_the_rows_phone_fields_unchanged(records):
    for r in records:
        row = _row(r)
        for start, end, entity, detail in r["spans"]:
            value = r["text"][start:end]
            assert entity == "PHONE_NUMBER"
            assert value in _phone_numbers(row)
            assert personal_phone(value, row["country"])
            assert detail.split(":", 1)[0] in ("national", "international")
        for start, end, entity, _ in r["distractors"]:
            assert entity == "PHONE_NUMBER"
            assert not personal_phone(r["text"][start:end], row["country"])


def test_every_number_of_every_written_phone_field_is_labelled_once(records):
    for r in records:
        written = Counter(r["text"][s:e] for s, e, *_ in (*r["spans"], *r["distractors"]))
        row = _row(r)
        if r["layout"] in ("tsv_export", "xml_record"):  # every field of the row
            columns = h12.role(row, "phone")
        else:  # the fields the footer prints, the first the infobox prints
            columns = h12._phone_columns(row)
            if r["layout"] == "wiki_infobox":
                columns = columns[:1]
        wanted = Counter(
            row["fields"][c][s:e] for c in columns for s, e in numbers(row["fields"][c])
        )
        assert written == wanted, r["id"]


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


def test_the_data_names_each_register_its_commit_and_licence():
    sources = h12.data()["sources"]
    assert set(sources) == {"US", "AU"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["repository"]
    rows = Counter(r["country"] for r in h12.data()["rows"])
    assert all(n == rcd.CAP for n in rows.values())


def test_the_values_are_national_numbers_of_two_countries(records):
    phones = Counter(r["locale"] for r in records for s in r["spans"])
    kinds = Counter(s[3].split(":")[0] for r in records for s in r["spans"])
    assert phones == {"reg:US": 400, "reg:AU": 400}
    assert kinds == {"national": 800}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h12.write(rebuilt)
    assert rebuilt.read_bytes() == h12.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_12"
