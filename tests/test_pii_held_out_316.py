"""held_out_316 of the PII evaluation set (scripts/pii_held_out_316.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name and street are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_316 as h316  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the restaurant's identifiers, in every layout
IDENTIFIERS = ("DBA", "STREET")
EMPTY_NAMES = 1
COPIES = {"lives_feed": 1, "socrata_soda": 2, "power_query_m": 2, "datasette_json": 3}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h316.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h316.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h316.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h316.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "lives_feed": 120, "socrata_soda": 120, "power_query_m": 120, "datasette_json": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each copy of the phone field is labelled under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h316.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected = Counter()
        for s, e in numbers(value):
            assert personal_phone(value[s:e], "US"), r["id"]
            expected[(value[s:e], h316.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h316.international)
    assert kinds == {"national:PHONE": 960}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ten digits in one run, no number shared by three rows, none
    of one repeated digit; 180 Manhattan, 156 Brooklyn, 111 Queens and 33 Bronx restaurants;
    the fields are strings as the file gives them (a name empty where DOHMH gives none)."""
    rows = h316.data()["rows"]
    assert Counter(h316._f(row, "BORO") for row in rows) == {
        "Manhattan": 180, "Brooklyn": 156, "Queens": 111, "Bronx": 33,
    }  # fmt: skip
    shared = Counter(h316.phone(row) for row in rows)
    for row in rows:
        assert re.fullmatch(r"\d{10}", row["fields"]["PHONE"])
        assert len(set(h316.phone(row))) > 1 and shared[h316.phone(row)] <= 2
        assert list(row["fields"]) == list(h316.COLUMNS)
    assert sum(n == 2 for n in shared.values()) == 1
    assert sum(not row["fields"]["DBA"] for row in rows) == EMPTY_NAMES


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, an M text literal's body, CSV text)."""
    if layout in ("socrata_soda", "datasette_json"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value.replace('"', '""')


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h316._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _lives(text: str) -> dict[str, list[dict[str, str]]]:
    """The three files of a LIVES feed as ``head`` prints them, each read as CSV."""
    files = {}
    for part in text.split("\n\n"):
        head, body = part.split("\n", 1)
        name = re.fullmatch(r"==> (\w+\.csv) <==", head).group(1)
        files[name] = list(csv.DictReader(io.StringIO(body, newline="")))
    return files


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (CSV and JSON by the standard library; the M query
    read by its fixed shape), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h316.phone(row), h316._f(row, "DBA")
        if r["layout"] == "lives_feed":
            files = _lives(text)
            assert list(files) == ["businesses.csv", "inspections.csv", "violations.csv"]
            (business,) = files["businesses.csv"]
            assert business["phone_number"] == tel and business["name"] == name
            assert business["postal_code"] == h316._f(row, "ZIPCODE")
            (inspection,) = files["inspections.csv"]
            assert inspection["business_id"] == business["business_id"]
            assert 0 <= int(inspection["score"]) <= 100 and re.fullmatch(
                r"\d{8}", inspection["date"]
            )
            assert len(files["violations.csv"]) == 2
        elif r["layout"] == "socrata_soda":
            assert text.startswith("[{") and "\n,{" in text
            rows = json.loads(text)
            assert len(rows) == 2 and all(isinstance(v, str) for d in rows for v in d.values())
            assert {d["phone"] for d in rows} == {tel} and {d["dba"] for d in rows} == {name}
            assert rows[0]["violation_code"] != rows[1]["violation_code"]
            assert rows[0]["bbl"][0] == rows[0]["bin"][0] == rows[0]["community_board"][0]
        elif r["layout"] == "power_query_m":
            assert text.splitlines()[0].startswith(f"// Pinned row: {name} (")
            assert "let\n    Source = #table(\n" in text and '\nin\n    #"Added Zone"\n' in text
            literal = re.search(r"\n        \{\{(.*)\}\}\n", text).group(1)
            assert f'"{tel}"' in literal and literal.startswith('"' + name.replace('"', '""'))
            assert text.count("(") == text.count(")") and text.count("[") == text.count("]")
        else:
            doc = json.loads(text)
            assert doc["human_description_en"] == f"where PHONE = {tel}"
            assert doc["query"]["params"] == {"p0": tel}
            (values,) = doc["rows"]
            assert dict(zip(doc["columns"][1:], values[1:], strict=True)) == row["fields"]
            assert values[0] == int(row["path"].rsplit("#", 1)[1]) + 1


def test_provenance():
    sources = h316.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "fabricio-neves/BI-Project"
    assert us["commit"] == "115262c5fd5d3a2d0c418a144dfbad03a2d9bc99"
    assert us["path"] == "DOHMH_New_York_City_Restaurant_Inspection_Results.csv"
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h316.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h316, "held_out_316", tmp_path)
