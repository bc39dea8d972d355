"""held_out_42 of the PII evaluation set (scripts/pii_held_out_42.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; each copy of the row's e-mail address labelled;
the SIRUTA code is in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_42 as h42  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h42.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h42.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h42.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h42.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "xlsx_inline_sheet": 100, "sheets_batch_get": 100, "excel_csv_sep": 100,
        "outlook_html_table": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field (``0234228001; 0234228222`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not, each copy of the
    e-mail address is labelled, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h42.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "RO") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        addresses = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert addresses == [h42.email(row)] * text.count(h42.email(row)) != [], r["id"]
        assert not r["unscored"]


def test_the_part_counts_its_labels():
    """457 numbers in 400 phone fields, the address once in each record and twice in an
    Outlook table (its link's target and its text), no short number."""
    records = h42.committed()
    kinds = Counter(t for r in records for _, _, t, _ in r["spans"])
    assert kinds == {"PHONE_NUMBER": 457, "EMAIL_ADDRESS": 500}
    assert not any(r["distractors"] for r in records)


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind == ("international" if intl else "national") + ":Telefon"


def test_the_siruta_code_is_in_the_text_and_unlabelled(records):
    """The SIRUTA code (``1151``) stands in every record's text, outside the labels, whole."""
    for r in records:
        value = h42._f(_row(r), "SIRUTA")
        found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _sheet_cells(text: str) -> dict[str, str]:
    """A worksheet part's cells by reference: an inline string's text or a number's value."""
    root = ET.fromstring(text.encode("utf-8"))
    out = {}
    for c in root.iter(f"{SHEET}c"):
        inline, number = c.find(f"{SHEET}is/{SHEET}t"), c.find(f"{SHEET}v")
        out[c.get("r")] = inline.text if c.get("t") == "inlineStr" else number.text
    return out


def test_the_documents_are_well_formed(records):
    """The worksheet parses, its header's ``Telefon`` column holding the phone field as an
    inline string; the Sheets answer is JSON whose second range is the row's sheet row; the CSV
    file reads back as ``;`` CSV after its ``sep=;`` line; the Outlook table gives the phone
    after its ``Telefon`` label cell and the address in a ``mailto:`` link."""
    for r in records:
        row, text = _row(r), r["text"]
        values = [h42._f(row, c) for c in h42.COLUMNS]
        if r["layout"] == "xlsx_inline_sheet":
            cells = _sheet_cells(text)
            assert cells["H1"] == "Telefon" and cells["H2"] == h42.phone(row)
            assert cells["G2"] == h42.email(row) and cells["D2"] == h42._f(row, "SIRUTA")
        elif r["layout"] == "sheets_batch_get":
            answer = json.loads(text)
            header, data = answer["valueRanges"]
            assert header["values"] == [list(h42.COLUMNS)] and data["values"] == [values]
            assert data["range"].endswith(f"!A{h42.sheet_row(row)}:H{h42.sheet_row(row)}")
        elif r["layout"] == "excel_csv_sep":
            assert text.startswith("\ufeffsep=;\r\n") and text.endswith("\r\n")
            body = text.removeprefix("\ufeffsep=;\r\n")
            header, line = list(csv.reader(io.StringIO(body, newline=""), delimiter=";"))
            assert header[1:] == list(h42.COLUMNS) and line[1:] == values
        else:
            assert text.startswith('<html xmlns:v="urn:schemas-microsoft-com:vml"')
            assert text.count("<tr>") == text.count("</tr>") >= 6
            assert '<p class="MsoNormal"><b>Telefon</b><o:p></o:p></p>' in text
            assert f'<p class="MsoNormal">{h42.phone(row)}<o:p></o:p></p>' in text
            mail = h42.email(row)
            assert f'<a href="mailto:{mail}">{mail}</a>' in text


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h42.data()["sources"]
    assert set(sources) == {"RO"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h42.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"RO": 400}
    assert all(sum(c.isdigit() for c in r["fields"]["Telefon"]) >= 6 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h42.write(rebuilt)
    assert rebuilt.read_bytes() == h42.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_42"
