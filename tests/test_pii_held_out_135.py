"""held_out_135 of the PII evaluation set (scripts/pii_held_out_135.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone, fax
or free-line field, copied unchanged, each copy labelled; the bank's and branch's names are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

import configparser
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_135 as h135  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h135.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h135.by_locale()[locale][n]


def _fields(row: dict) -> list[tuple[str, str]]:
    """(column, value) of each number field the row's documents carry."""
    out = [(h135.PHONE, h135.phone(row)), (h135.FAX, h135.fax(row)), (h135.FREE, h135.free(row))]
    return [(column, value) for column, value in out if value]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h135.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h135.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "devicetree_dts": 150, "arduino_sketch": 150, "kicad_schematic": 150, "platformio_ini": 150,
    }  # fmt: skip


def test_every_copy_of_the_number_fields_is_labelled_unchanged(records):
    """Each number of the phone, fax and free-line fields is labelled wherever the field
    stands if a person could hold it (a distractor if not), under its column; nothing else
    is. Every field stands twice in its document."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for column, value in _fields(row):
            copies = text.count(value)
            assert copies == 2, (r["id"], column)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "IL") else short)[(number, column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])
    columns = Counter(k.split(":")[1] for r in records for *_, k in r["spans"])
    assert columns == {h135.PHONE: 1200, h135.FAX: 102, h135.FREE: 160}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is an Israeli number as the banks gave it: an area code and the line
    joined by a hyphen, or a national number in four groups; faxes alike; free lines a star
    code or a number."""
    rows = h135.data()["rows"]
    shape = r"0\d{1,2}-\d{7}|1-\d{3}-\d{3}-\d{3}"
    assert all(re.fullmatch(shape, h135.phone(row)) for row in rows)
    assert all(re.fullmatch(shape, h135._f(row, h135.FAX)) for row in rows if h135.fax(row))
    assert all(
        re.fullmatch(rf"\*\d{{4}}|{shape}", h135.free(row)) for row in rows if h135.free(row)
    )
    assert sum(bool(h135.fax(row)) for row in rows) == 51
    assert sum(bool(h135.free(row)) for row in rows) == 277
    assert sum(h135.free(row).startswith("*") for row in rows) == 197


def test_the_names_are_in_the_text_and_unlabelled(records):
    """The bank's name and the branch's name (as each format escapes it) stand in every
    record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h135._f(row, "Bank_Name"), h135._c(h135._name(row))):
            if r["layout"] == "platformio_ini":
                value = value.replace('\\"', '"')
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _sexp(text: str) -> list:
    """A KiCad S-expression read into nested lists (strings with their escapes undone)."""
    tokens = re.findall(r'\(|\)|"(?:[^"\\]|\\.)*"|[^\s()"]+', text)
    stack: list[list] = [[]]
    for token in tokens:
        if token == "(":
            stack.append([])
        elif token == ")":
            done = stack.pop()
            stack[-1].append(done)
        elif token.startswith('"'):
            stack[-1].append(re.sub(r"\\(.)", lambda m: "\n" if m[1] == "n" else m[1], token[1:-1]))
        else:
            stack[-1].append(token)
    assert len(stack) == 1 and len(stack[0]) == 1
    return stack[0][0]


def _c_strings(text: str) -> list[str]:
    """The double-quoted string literals of a C or devicetree source, escapes undone."""
    return [re.sub(r"\\(.)", r"\1", s) for s in re.findall(r'"((?:[^"\\\n]|\\.)*)"', text)]


def test_the_documents_keep_their_format(records):
    """PlatformIO files parse as INI (configparser); KiCad schematics read as one balanced
    S-expression; sketches and devicetree sources balance their braces; each gives the row's
    numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        fields = dict(_fields(row))
        tel = fields[h135.PHONE]
        if r["layout"] == "platformio_ini":
            ini = configparser.RawConfigParser()
            ini.read_string(text)
            env = ini["env:esp32dev"]
            assert env["custom_telephone"] == tel
            assert env.get("custom_fax", "") == fields.get(h135.FAX, "")
            assert env.get("custom_free_telephone", "") == fields.get(h135.FREE, "")
            assert f"BRANCH_CODE={int(h135._f(row, 'Branch_Code'))}" in env["build_flags"]
        elif r["layout"] == "kicad_schematic":
            tree = _sexp(text)
            assert tree[0] == "kicad_sch"
            block = next(x for x in tree if isinstance(x, list) and x[0] == "title_block")
            comments = [x[2] for x in block if x[0] == "comment"]
            assert f"Branch line: {tel}" in comments
            note = next(x for x in tree if isinstance(x, list) and x[0] == "text")[1]
            assert note.splitlines()[0] == f"Branch line: {tel}"
        else:
            assert text.count("{") == text.count("}")
            strings = _c_strings(text)
            if r["layout"] == "devicetree_dts":
                assert text.count("/*") == text.count("*/") == 1
                assert f'telephone = "{tel}";' in text
                assert h135._name(row) in strings
            else:
                assert f'const char BRANCH_PHONE[] = "{tel}";' in text
                assert h135._name(row) in strings
                assert "void setup() {" in text and "void loop() {" in text


def test_provenance():
    sources = h135.data()["sources"]
    assert set(sources) == {"IL"}
    il = sources["IL"]
    assert il["repository"] == "EladHarizy/fluffy-octo-robot"
    assert il["commit"] == "2b365edeff9a3fb56b596381fa18d5cc8ddc79c6"
    assert il["paths"] == ["data_files/bank_branches.xml"]
    assert "not confirmed" in il["licence"] and "Bank of Israel" in il["publisher"]
    rows = h135.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IL": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h135, "held_out_135", tmp_path)
