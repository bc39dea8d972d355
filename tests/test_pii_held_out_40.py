"""held_out_40 of the PII evaluation set (scripts/pii_held_out_40.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's address and coordinates are in the text
and unlabelled; each dump loads back to the row's fields) and are rebuilt byte for byte from
the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_40 as h40  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

# the school's address and coordinates, in every layout where the row has them
DISTRACTORS = ("address", "lat", "lng")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h40.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h40.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h40.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h40.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "mongoexport_json": 100, "sqlite_dump": 100, "redis_aof": 100, "cql_insert": 100,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("4177828", ["4177828"]),
        ("3380538/2878457", ["3380538", "2878457"]),
        ("6763865--6763864--676006", ["6763865", "6763864", "676006"]),
        ("2273796-5351264", ["2273796", "5351264"]),
        ("7829545/7829529/7", ["7829545", "7829529/7"]),
        ("7187796--7168033/34", ["7187796", "7168033/34"]),
        ("7907093/7619522/", ["7907093", "7619522"]),
        ("7449190--7449188EXT109", ["7449190", "7449188"]),
        ("2036923¿2030434-7208601", ["2036923", "2030434", "7208601"]),
        ("79203887920390/93", ["79203887920390/93"]),
    ],
)
def test_a_phone_field_is_cut_into_its_numbers(field, expected):
    """Two full numbers joined by ``--``, ``/`` or ``-`` are two numbers; a piece too short
    for a line stays with the number before it; a run with no joiner stays whole."""
    assert [field[s:e] for s, e in h40.phone_numbers(field)] == expected


def test_every_number_of_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``6763865--6763864`` holds two) is labelled wherever
    the field stands if a person could hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h40.phone(row)
        copies = text.count(value)
        assert copies == 1 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in h40.phone_numbers(value):
            piece = value[s:e]
            for a, b in numbers(piece):
                number = piece[a:b]
                (expected if personal_phone(number, "CO") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        assert all(kind == "national:phone" for *_, kind in r["spans"])


def test_the_address_and_coordinates_are_in_the_text_and_unlabelled(records):
    """The street address with its numbers (``CARRERA 53 222 76  BOGOTA CO``) and the
    coordinates stand in the record's text wherever the row has them, outside the labels."""
    for r in records:
        for column in DISTRACTORS:
            value = h40._f(_row(r), column)
            if not value:
                continue
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
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


def _resp_commands(text: str) -> list[list[str]]:
    """The commands of an append-only file: RESP arrays of bulk strings, whose lengths are
    UTF-8 bytes, with ``#TS:`` annotations between them."""
    data, at, out = text.encode("utf-8"), 0, []
    while at < len(data):
        line_end = data.index(b"\r\n", at)
        line = data[at:line_end].decode()
        at = line_end + 2
        if line.startswith("#TS:"):
            assert line[4:].isdigit()
            continue
        assert line.startswith("*"), line
        args = []
        for _ in range(int(line[1:])):
            line_end = data.index(b"\r\n", at)
            size = int(data[at:line_end].decode().removeprefix("$"))
            at = line_end + 2
            args.append(data[at : at + size].decode("utf-8"))
            assert data[at + size : at + size + 2] == b"\r\n"
            at += size + 2
        out.append(args)
    return out


def test_the_dumps_load_back_to_the_row(records):
    """The mongoexport line parses as JSON whose ``telefono`` is the field; the SQLite dump
    runs in SQLite and its row holds the field; the append-only file parses as RESP, its
    ``HSET`` giving ``telefono``; the CQL script inserts the field as a text literal."""
    for r in records:
        row, text = _row(r), r["text"]
        field = h40._f(row, "phone")
        if r["layout"] == "mongoexport_json":
            first, doc, last = text.splitlines()
            assert first.endswith("\tconnected to: mongodb://localhost/")
            assert last.endswith("\texported 1 record")
            parsed = json.loads(doc)
            assert parsed["telefono"] == field and parsed["nombre"] == h40._f(row, "name")
            assert re.fullmatch(r"[0-9a-f]{24}", parsed["_id"]["$oid"])
        elif r["layout"] == "sqlite_dump":
            db = sqlite3.connect(":memory:")
            db.executescript(text)
            (got,) = db.execute("SELECT id, nombre, telefono FROM colegios").fetchall()
            assert got == (h40.row_number(row), h40._f(row, "name"), field)
        elif r["layout"] == "redis_aof":
            commands = _resp_commands(text)
            assert commands[0] == ["SELECT", "0"] and commands[1][0] == "HSET"
            pairs = commands[1][2:]
            assert dict(zip(pairs[::2], pairs[1::2], strict=True))["telefono"] == field
        else:
            assert "USE bogota;\n\nINSERT INTO colegios (id, nombre" in text
            assert f"'{field}'" in text and text.endswith(");\n")
            assert text.count("'") % 2 == 0


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h40.data()["sources"]
    assert set(sources) == {"CO"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h40.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CO": 400}
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h40.write(rebuilt)
    assert rebuilt.read_bytes() == h40.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_40"
