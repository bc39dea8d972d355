"""held_out_20 of the PII evaluation set (scripts/pii_held_out_20.py): its committed records
keep the generator's invariants (every labelled phone is its row's real phone field, copied
unchanged, each copy labelled; the one e-mail address is labelled where written; the school's
identifiers are in the text and unlabelled) and are rebuilt byte for byte from the committed
data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_20 as h20  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h20.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h20.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h20.data()["rows"])
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h20.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert {r["layout"] for r in records} == set(h20.LAYOUTS)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    for r in records:
        field = h20.phone(_row(r))
        phones = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert phones == [field] * r["text"].count(field), r["id"]
        assert personal_phone(field, "NL")
        copies = 2 if r["layout"] == "lynx_dump" else 1
        assert len(phones) == copies, r["id"]


def test_every_e_mail_label_is_the_rows_address_and_every_copy_is_labelled(records):
    for r in records:
        address = h20.email(_row(r))
        emails = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert set(emails) == ({address} - {""}), r["id"]
        assert len(emails) == (r["text"].count(address) if address else 0), r["id"]
    assert sum(1 for r in records if h20.email(_row(r))) == 1


def test_the_schools_identifiers_are_in_the_text_and_unlabelled(records):
    """The authority's five digits and the municipality's four, and every invented number of
    seven digits or more (a letter's reference, an RTF revision id) lie outside the labels."""
    seen = Counter()
    for r in records:
        for column in ("BEVOEGD GEZAG NUMMER", "GEMEENTENUMMER", "BRIN NUMMER"):
            value = _row(r)["fields"][column].strip()
            at = r["text"].find(value)
            assert at >= 0, (r["id"], column)
            assert not any(s <= at < e for s, e, *_ in r["spans"])
            seen[column] += 1
    assert set(seen.values()) == {len(records)}


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h20.data()["sources"]
    assert set(sources) == {"NL"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    assert Counter(r["country"] for r in h20.data()["rows"]) == {"NL": 600}


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert labels == {("reg:NL", "PHONE_NUMBER"): 750, ("reg:NL", "EMAIL_ADDRESS"): 2}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h20.write(rebuilt)
    assert rebuilt.read_bytes() == h20.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_20"
