"""held_out_17 of the PII evaluation set (scripts/pii_held_out_17.py): its committed records
keep the generator's invariants (every labelled phone is a number of its row's real phone
field, copied unchanged, labelled by the policy; nothing outside the data labelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_17 as h17  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h17.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h17.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_its_index_gives(records):
    assert len(records) == len(h17.data()["rows"])
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h17.LAYOUTS[n % len(h17.LAYOUTS)]
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"


def test_every_number_of_the_phone_field_is_labelled_once_unchanged(records):
    for r in records:
        row = _row(r)
        field = row["fields"][h17.PHONE].strip()
        wanted = [field[s:e] for s, e in numbers(field)]
        phones = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert phones == wanted, r["id"]
        assert all(personal_phone(p, row["country"]) for p in phones)


def test_the_school_code_and_postcode_stay_unlabelled_in_the_text(records):
    """The negatives the part is built to hold: each record shows its row's eight-digit INEP
    code and its address with the CEP postcode, unlabelled."""
    for r in records:
        row = _row(r)
        assert row["fields"]["Código INEP"] in r["text"]
        assert row["fields"]["Endereço"].rstrip(".") in r["text"]
        assert not r["distractors"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h17.data()["sources"]
    assert set(sources) == {"BR"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    assert Counter(r["country"] for r in h17.data()["rows"]) == {"BR": 600}


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert labels == {("reg:BR", "PHONE_NUMBER"): 600}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h17.write(rebuilt)
    assert rebuilt.read_bytes() == h17.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_17"
