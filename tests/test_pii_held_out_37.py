"""held_out_37 of the PII evaluation set (scripts/pii_held_out_37.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the provider id and postcode are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_37 as h37  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the hospital's provider id and its postcode, in every layout
IDENTIFIERS = ("id", "postcode")
# the end of a data frame's dput: its row name and class, either possibly on a line of its own
DPUT_END = re.compile(r'\), (\n    )?row\.names = \d+L, (\n    )?class = "data\.frame"\)\n$')


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h37.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h37.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h37.data()["rows"]) == 135
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h37.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "r_dput": 34, "sas_datalines": 34, "spss_syntax": 34, "netcdf_cdl": 33,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not, and nothing else is labelled (the register has no e-mail)."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h37.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "HU") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":tel"


def test_the_provider_id_and_postcode_are_in_the_text_and_unlabelled(records):
    """The provider id (``1052``, ``A316``) and the postcode (``7700``, ``7700L`` in R) stand in
    every record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h37._f(_row(r), column)
            pattern = rf"(?<![\dA-Za-z]){re.escape(value)}(?!\d)"
            found = [m.start() for m in re.finditer(pattern, r["text"])]
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


def _data_line(text: str, after: str, delimiter: str) -> list[str]:
    lines = text.split("\n")
    return next(csv.reader([lines[lines.index(after) + 1]], delimiter=delimiter))


def test_the_documents_are_well_formed(records):
    """The dput opens with ``structure(list(`` and closes the data frame, no line (but the
    last) shorter than R's cutoff; the SAS data line read with ``DLM='|' DSD`` and the SPSS
    data line read as ``LIST(",")`` give the row's fields in the declared order; the CDL's
    braces balance and its ``:telefon`` attribute is the phone field."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "r_dput":
            assert text.startswith("structure(list(azonosito = ")
            assert DPUT_END.search(text), r["id"]
            assert f'telefon = "{h37.phone(row)}"' in text
            lines = text.split("\n")[:-2]
            assert all(len(line.encode()) > h37.R_CUTOFF for line in lines)
        elif r["layout"] == "sas_datalines":
            fields = _data_line(text, "datalines;", "|")
            assert fields[0] == h37._f(row, "id") and fields[5] == h37.phone(row)
            assert "        telefon      = 'Telefonszám'" in text
        elif r["layout"] == "spss_syntax":
            fields = _data_line(text, "BEGIN DATA", ",")
            assert fields[0] == h37._f(row, "id") and fields[5] == h37.phone(row)
            assert fields[2] == h37._f(row, "postcode")
        else:
            assert text.startswith("netcdf korhaz_") and text.endswith("}\n")
            assert text.count("{") == text.count("}") == 1
            assert f'\t\t:telefon = "{h37.phone(row)}" ;\n' in text


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h37.data()["sources"]
    assert set(sources) == {"HU"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h37.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"HU": 135}
    assert all(sum(c.isdigit() for c in r["fields"]["tel"]) >= 6 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h37.write(rebuilt)
    assert rebuilt.read_bytes() == h37.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_37"
