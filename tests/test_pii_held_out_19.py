"""held_out_19 of the PII evaluation set (scripts/pii_held_out_19.py): its committed records
keep the generator's invariants (every labelled phone is a number of its row's real phone
field, copied unchanged, labelled by the policy; every labelled e-mail is the row's real
address; the holder's identifiers are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_19 as h19  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h19.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h19.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h19.data()["rows"])
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h19.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert {r["layout"] for r in records} == set(h19.LAYOUTS)


def test_every_number_of_the_phone_field_is_labelled_unchanged(records):
    for r in records:
        row = _row(r)
        field = h19.phone(row)
        wanted = [field[s:e] for s, e in numbers(field)]
        spans = [s for s in r["spans"] if s[2] == "PHONE_NUMBER"]
        phones = [r["text"][s:e] for s, e, *_ in spans]
        assert sorted(phones) == sorted(wanted), r["id"]
        assert all(personal_phone(p, row["country"]) for p in phones)


def test_every_e_mail_label_is_the_rows_address_and_every_copy_is_labelled(records):
    for r in records:
        address = h19.email(_row(r))
        emails = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert set(emails) == ({address} - {""}), r["id"]
        assert len(emails) == (r["text"].count(address) if address else 0), r["id"]


def test_the_holders_identifiers_are_in_the_text_and_unlabelled(records):
    """The registry code (eight digits) and ADS id (seven) have an Estonian number's length."""
    seen = 0
    for r in records:
        code = _row(r)["fields"]["ariregistri_kood"]
        if not code:
            continue
        seen += 1
        at = r["text"].find(code)
        assert at >= 0, r["id"]
        assert not any(s <= at < e for s, e, *_ in r["spans"])
    assert seen > 300


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h19.data()["sources"]
    assert set(sources) == {"EE"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    assert Counter(r["country"] for r in h19.data()["rows"]) == {"EE": 497}


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert labels == {("reg:EE", "PHONE_NUMBER"): 117, ("reg:EE", "EMAIL_ADDRESS"): 497}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h19.write(rebuilt)
    assert rebuilt.read_bytes() == h19.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_19"
