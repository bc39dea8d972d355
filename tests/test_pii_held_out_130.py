"""held_out_130 of the PII evaluation set (scripts/pii_held_out_130.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; the campus's number, name and address are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_130 as h130  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the campus's identifiers, in every layout
IDENTIFIERS = ("School Name", "School Street Address", "School City", "School Zip")
# the comment that starts a line in each layout
COMMENT = {"zig_struct": "//", "nim_object": "#", "fsharp_record": "//", "lisp_defstruct": ";"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h130.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h130.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h130.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h130.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "zig_struct": 150, "nim_object": 150, "fsharp_record": 150, "lisp_defstruct": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands if a
    person could hold it (a distractor if not), under its column (a fax that repeats the
    phone under the phone's); nothing else is. Each field stands twice or more."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h130.phone(row), h130.fax(row)
        expected, short = Counter(), Counter()
        fields = [(tel, h130.PHONE)] + ([(fax, h130.FAX)] if fax and fax != tel else [])
        for value, column in fields:
            copies = text.count(value)
            assert copies >= 2, (r["id"], column)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "US") else short)[(number, column)] += copies
        labelled = [(text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"]]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])
    spans = Counter(kind for r in records for *_, kind in r["spans"])
    assert spans == {"national:School Phone": 1356, "national:School Fax": 1184}
    assert not any(r["distractors"] for r in records)


def test_the_data_keeps_the_published_shape():
    """Every kept phone is the bracketed area code, exchange and line (37 with an extension,
    blanks after it kept as published); faxes the same or blank; no person's column."""
    rows = h130.data()["rows"]
    shape = r"\(\d{3}\) \d{3}-\d{4}"
    assert all(re.fullmatch(shape + r"( ext:\d{1,4})?", h130.phone(row)) for row in rows)
    assert sum("ext:" in h130.phone(row) for row in rows) == 37
    assert sum(row["fields"][h130.PHONE] != h130.phone(row) for row in rows) == 21
    assert all(re.fullmatch(shape, h130.fax(row)) for row in rows if h130.fax(row))
    assert sum(not h130.fax(row) for row in rows) == 5
    assert sum(h130.fax(row) == h130.phone(row) for row in rows) == 3
    dropped = set(h130.data()["sources"]["US"]["dropped"])
    assert {"District Superintendent", "School Principal", "School Email Address"} <= dropped
    assert all(not dropped & set(row["fields"]) for row in rows)
    assert all(row["fields"]["School Number"].startswith("'") for row in rows)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The campus number, name, street, city and ZIP stand in every record's text as string
    literals, outside the labels."""
    for r in records:
        row = _row(r)
        values = [h130._f(row, column) for column in IDENTIFIERS]
        for value in [*values, h130._n(row, "School Number")]:
            found = [m.start() + 1 for m in re.finditer(re.escape(f'"{value}"'), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _code(text: str, comment: str) -> str:
    """The text less its whole-line comments."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(comment))


def _balanced(code: str) -> bool:
    """Whether the brackets outside double-quoted string literals pair up."""
    stack, pairs = [], {")": "(", "]": "[", "}": "{"}
    for token in re.findall(r'"(?:[^"\\]|\\.)*"|[()\[\]{}]', code):
        if token in "([{":
            stack.append(token)
        elif token in pairs and (not stack or stack.pop() != pairs[token]):
            return False
    return not stack


def _sexprs(code: str) -> list:
    """The forms of Lisp source (strings as str, other atoms as their text, lists as lists)."""
    tokens = re.findall(r'"(?:[^"\\]|\\.)*"|[()]|[^\s()"]+', code)
    stack: list[list] = [[]]
    for token in tokens:
        if token == "(":
            stack.append([])
        elif token == ")":
            form = stack.pop()
            stack[-1].append(form)
        elif token.startswith('"'):
            stack[-1].append(json.loads(token))
        else:
            stack[-1].append(token)
    assert len(stack) == 1
    return stack[0]


def test_the_documents_are_well_formed(records):
    """No parser of these languages is in the standard library: each document's brackets
    pair up outside its strings and comments, the Lisp file reads as s-expressions whose
    ``make-campus`` keywords give the row's fields, and each other language's literal gives the
    phone and fax fields where the format puts them."""
    for r in records:
        row, text, layout = _row(r), r["text"], r["layout"]
        tel, fax = h130.phone(row), h130.fax(row)
        code = _code(text, COMMENT[layout])
        assert _balanced(code), r["id"]
        second = text.splitlines()[1]
        assert re.match(r"(//!|##|///|;;;;) (<remarks>)?Office " + re.escape(tel), second)
        if layout == "zig_struct":
            assert 'const std = @import("std");' in code
            assert f"    .phone = {h130._q(tel)},\n" in code
            assert f"    .fax = {h130._q(fax) if fax else 'null'},\n" in code
            assert re.search(r"pub const generated_at: i64 = \d{10};", code)
        elif layout == "nim_object":
            assert "import std/options" in code and "const campus* = Campus(" in code
            assert f"  phone: {h130._q(tel)},\n" in code
            assert f"  fax: {f'some({h130._q(fax)})' if fax else 'none(string)'},\n" in code
        elif layout == "fsharp_record":
            assert code.startswith("module TxSchools.Seed.Campus\n")
            assert f"      Phone = {h130._q(tel)}\n" in code
            assert f"      Fax = {f'Some {h130._q(fax)}' if fax else 'None'}\n" in code
        else:
            forms = _sexprs(code)
            assert forms[0] == ["in-package", "#:tx-school-finder.seed"]
            defparameter = forms[-1]
            assert defparameter[:2] == ["defparameter", "*campus*"]
            call = defparameter[2]
            assert call[0] == "make-campus"
            slots = dict(zip(call[1::2], call[2::2], strict=True))
            assert slots[":phone"] == tel and slots[":fax"] == (fax or "nil")
            assert slots[":number"] == h130._n(row, "School Number")
            assert slots[":name"] == h130._f(row, "School Name")
            assert tel in defparameter[3]


def test_provenance():
    sources = h130.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "texastribune/scuole-data"
    assert us["commit"] == "22b0bbc9200a6ce80bf022ff10f84ecd75fbf041"
    assert us["paths"] == ["askted/directory.csv"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h130.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert len({r["path"] for r in rows}) == 600


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h130, "held_out_130", tmp_path)
