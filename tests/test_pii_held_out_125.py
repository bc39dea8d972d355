"""held_out_125 of the PII evaluation set (scripts/pii_held_out_125.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and district are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import json
import math
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_125 as h125  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

DDI = "{ddi:codebook:2_5}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h125.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h125.by_locale()[locale][n]


def _as_written(layout: str, value: str) -> str:
    """A real field as the layout writes it (MATLAB doubles a quote, XML escapes ``&<>``)."""
    if layout == "matlab_script":
        return value.replace("'", "''")
    if layout == "ddi_codebook":
        return escape(value)
    return value


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h125.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h125.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "matlab_script": 150, "csvw_metadata": 150, "jsonstat_dataset": 150, "ddi_codebook": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h125.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "LB") else short)[(number, h125.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one to five Lebanese numbers joined by ``; ``, each the
    two-digit prefix and the line joined by a slash or written as one run of digits; 600 of
    the list's rows, three of its four columns (``Address`` left out)."""
    rows = h125.data()["rows"]
    one = r"(?:\d{1,2}/\d{5,6}|\d{8})"
    assert all(re.fullmatch(rf"{one}(?:; {one}){{0,4}}", h125.phone(row)) for row in rows)
    assert all(row["fields"][h125.PHONE] == h125.phone(row) for row in rows)
    assert all(set(row["fields"]) == {"District", "Pharmacy Name", "Phone"} for row in rows)
    assert sum(len(numbers(h125.phone(row))) for row in rows) == 1089


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The pharmacy's name and district stand in every record's text (as the format writes
    them), outside the labels."""
    for r in records:
        for value in (h125.name(_row(r)), h125.district(_row(r))):
            written = _as_written(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(written), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _matlab_code(text: str) -> str:
    """A MATLAB script's code with its character vectors (``'...'``, a quote doubled inside)
    emptied and its comments (``%`` to the line's end, outside a vector) cut."""
    lines = []
    for line in text.splitlines():
        code = re.sub(r"'(?:[^'\n]|'')*'", "''", line)
        assert code.count("'") % 2 == 0, line
        lines.append(code.split("%", 1)[0])
    return "\n".join(lines)


def _matlab(text: str, row: dict, tel: str) -> None:
    """No parser for MATLAB in the standard library: the struct's fields, the vectors and the
    comment where the script writes them; its quotes close on their line and its brackets
    balance."""
    assert f"    'phone', '{tel}', ..." in text.splitlines()
    assert f"    'name', '{_as_written('matlab_script', h125.name(row))}', ..." in text
    assert re.search(r"^scanned = \[\d+(?: \d+){5}\];", text, re.M)
    assert re.search(r"^months = \{'\d{4}-\d\d'(?:, '\d{4}-\d\d'){5}\};$", text, re.M)
    assert text.splitlines()[0].startswith("% meditrack_mt_lb_")
    comments = [line for line in text.splitlines() if line.startswith("%")]
    assert any(line.endswith(tel) for line in comments)
    depth = 0
    for c in _matlab_code(text):
        depth += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(c, 0)
        assert depth >= 0
    assert depth == 0


def test_the_documents_parse_in_their_format(records):
    """JSON documents parse as JSON and XML as XML, the row's number where the format puts
    it; the MATLAB scripts hold their struct (``_matlab``)."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h125.phone(row), h125.name(row)
        if r["layout"] == "matlab_script":
            _matlab(text, row, tel)
        elif r["layout"] == "csvw_metadata":
            doc = json.loads(text)
            assert doc["@context"][0] == "http://www.w3.org/ns/csvw"
            assert doc["dc:publisher"]["schema:telephone"] == tel
            assert doc["dc:publisher"]["schema:name"] == name
            assert doc["dc:description"].endswith(f"للاستفسار: {tel}")
            columns = [c["name"] for c in doc["tableSchema"]["columns"]]
            assert columns == ["month", "scanned", "alerts", "licence"]
            assert re.fullmatch(r"MT-LB-\d{5}", doc["dc:identifier"])
        elif r["layout"] == "jsonstat_dataset":
            doc = json.loads(text)
            assert doc["version"] == "2.0" and doc["class"] == "dataset"
            assert math.prod(doc["size"]) == len(doc["value"]) == 12
            assert doc["id"] == list(doc["dimension"])
            assert doc["extension"]["telephone"] == tel
            assert doc["note"][0].endswith(f"هاتف {tel}")
            (code,) = doc["dimension"]["pharmacy"]["category"]["label"]
            assert doc["dimension"]["pharmacy"]["category"]["label"][code] == name
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{DDI}codeBook" and root.get("version") == "2.5"
            citation = root.find(f"{DDI}stdyDscr/{DDI}citation")
            assert citation.findtext(f"{DDI}rspStmt/{DDI}AuthEnty") == name
            contact = citation.find(f"{DDI}distStmt/{DDI}contact")
            assert contact.text == f"{name} - هاتف: {tel}"
            assert contact.get("affiliation") == h125.district(row)
            notes = root.findtext(f"{DDI}stdyDscr/{DDI}method/{DDI}notes")
            assert f": {tel}." in notes
            assert len(root.findall(f"{DDI}dataDscr/{DDI}var")) == 2


def test_provenance():
    sources = h125.data()["sources"]
    assert set(sources) == {"LB"}
    lb = sources["LB"]
    assert lb["repository"] == "Mohammad-Mahdi-Shokor/pharmacies"
    assert lb["commit"] == "e03e247cbd54034e573a2c2e326937778badd19e"
    assert lb["paths"] == ["pharmacies.csv"]
    assert lb["columns_left_out"] == ["Address"]
    assert "not confirmed" in lb["licence"] and lb["publisher"]
    rows = h125.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"LB": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h125, "held_out_125", tmp_path)
