"""held_out_21 of the PII evaluation set (scripts/pii_held_out_21.py): its committed records
keep the generator's invariants (every labelled phone is its row's real phone field, copied
unchanged, each copy labelled; every labelled e-mail address is the row's, each copy labelled;
the institution's identifiers are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed
file."""

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

import pii_held_out_21 as h21  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

PHONE_COPIES = {"atom_entry": 1, "notebook_dict": 2, "phonebook_leaders": 1, "spreadsheetml": 1}
EMAIL_COPIES = {"atom_entry": 2, "notebook_dict": 2, "phonebook_leaders": 1, "spreadsheetml": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h21.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h21.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h21.data()["rows"])
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h21.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert {r["layout"] for r in records} == set(h21.LAYOUTS)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    for r in records:
        field = h21.phone(_row(r))
        phones = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert phones == [field] * r["text"].count(field), r["id"]
        assert personal_phone(field, "DK")
        assert len(phones) == PHONE_COPIES[r["layout"]], r["id"]


def test_every_e_mail_label_is_the_rows_address_and_every_copy_is_labelled(records):
    for r in records:
        address = h21.email(_row(r))
        emails = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert address and set(emails) == {address}, r["id"]
        assert len(emails) == r["text"].count(address) == EMAIL_COPIES[r["layout"]], r["id"]


def test_the_institutions_identifiers_are_in_the_text_and_unlabelled(records):
    """The six-digit institution number, the eight-digit CVR number and the three-digit
    municipality number are written outside the labels (an address may hold one too:
    ``principal.101152@b-i-s.dk``)."""
    seen = Counter()
    for r in records:
        for column in ("INST_NR", "CVR_NR", "KOMMUNE_NR"):
            value = _row(r)["fields"][column].strip()
            if not value:
                continue
            found = [m.start() for m in re.finditer(rf"(?<!\d){value}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)
            seen[column] += 1
    assert seen["INST_NR"] == len(records) and seen["CVR_NR"] >= len(records) - 4


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)


def test_the_notebook_and_the_spreadsheet_are_well_formed(records):
    """A notebook record is the JSON of an nbformat 4 notebook, a spreadsheet record XML."""
    from xml.etree import ElementTree

    for r in records:
        if r["layout"] == "notebook_dict":
            assert json.loads(r["text"])["nbformat"] == 4
        elif r["layout"] in ("spreadsheetml", "atom_entry"):
            ElementTree.fromstring(r["text"].encode("utf-8"))


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h21.data()["sources"]
    assert set(sources) == {"DK"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    assert Counter(r["country"] for r in h21.data()["rows"]) == {"DK": 600}


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert labels == {("reg:DK", "PHONE_NUMBER"): 750, ("reg:DK", "EMAIL_ADDRESS"): 1050}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h21.write(rebuilt)
    assert rebuilt.read_bytes() == h21.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_21"
