"""held_out_11 of the PII evaluation set (scripts/pii_held_out_11.py): its committed records
keep the generator's invariants (every labelled value is a number of its row's real phone
field, copied unchanged; phones labelled by the policy, one span per number of a field; the
words of a phone field and free-text fields unscored; nothing outside the data labelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
once, from its committed file."""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_11 as h11  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h11.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h11.by_locale()[locale][n]


def _phone_numbers(row: dict) -> list[str]:
    return [
        row["fields"][c][s:e]
        for c in h11.role(row, "phone")
        for s, e in h11.numbers(row["fields"][c])
    ]


def test_every_row_of_the_data_is_one_record_in_the_layout_its_index_gives(records):
    assert len(records) == len(h11.data()["rows"])
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h11.LAYOUTS[n % len(h11.LAYOUTS)]
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"nat:{_row(r)['country']}"


def test_labelled_values_are_the_rows_phone_numbers_unchanged(records):
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


def test_every_number_of_every_phone_field_is_written_once(records):
    for r in records:
        written = Counter(r["text"][s:e] for s, e, *_ in (*r["spans"], *r["distractors"]))
        row = _row(r)
        one_field = r["layout"] in ("directory_line", "notice")
        columns = [h11._phone_column(row)] if one_field else h11.role(row, "phone")
        wanted = Counter(
            row["fields"][c][s:e]
            for c in columns
            for s, e in h11.numbers(row["fields"][c])
            if row["fields"][c][s:e].strip("0-. ()")
        )
        assert written == wanted


def test_a_placeholder_of_zeros_is_scored_neither_way():
    record = next(r for r in h11.committed() if "00-000-0000" in r["text"])
    at = record["text"].index("00-000-0000")
    assert [at, at + len("00-000-0000")] in record["unscored"]
    assert not any(s <= at < e for s, e, *_ in (*record["spans"], *record["distractors"]))


def test_unscored_spans_never_touch_a_labelled_number(records):
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


def test_a_field_of_two_numbers_gives_one_span_per_number():
    for field, want in (
        ("0145213132 0145213717", ["0145213132", "0145213717"]),
        ("04 74 27 07 17  -   04 74 93 05 21", ["04 74 27 07 17", "04 74 93 05 21"]),
        ("0238959022 ou 0238959085", ["0238959022", "0238959085"]),
        ("06 80 39 53 66 (à partir du lundi 18 mai)", ["06 80 39 53 66"]),
        ("01638 428022        ", ["01638 428022"]),
        ("01623  656586", ["01623  656586"]),
        ("03\xa081\xa046\xa053\xa054", ["03\xa081\xa046\xa053\xa054"]),
        ("087-841-2146", ["087-841-2146"]),
        ("4121-0700 / 0800", ["4121-0700"]),
        ("4581-0645 / 7766 / 2792  4582-8235 / 1278 (INT. 108)", ["4581-0645", "4582-8235"]),
        ("4303-3655/59", ["4303-3655/59"]),
    ):
        assert [field[s:e] for s, e in h11.numbers(field)] == want


def test_the_values_are_national_numbers_of_several_countries(records):
    phones = Counter(r["locale"] for r in records for s in r["spans"])
    national = Counter(s[3].split(":")[0] for r in records for s in r["spans"])
    assert sum(phones.values()) >= 1500
    assert sum(1 for n in phones.values() if n >= 20) >= 6
    assert national["national"] == sum(national.values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h11.write(rebuilt)
    assert rebuilt.read_bytes() == h11.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_11"
