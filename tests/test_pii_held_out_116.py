"""held_out_116 of the PII evaluation set (scripts/pii_held_out_116.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; the school's DBN and postcode, and its
coordinates and BBL where the row has them, are in the text and unlabelled) and are rebuilt
byte for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_116 as h116  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the school's identifiers, in every layout (coordinates and BBL where the row has them)
IDENTIFIERS = ("dbn", "Postcode", "Latitude", "Longitude", "BBL")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h116.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h116.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h116.data()["rows"]) == 440
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h116.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "r_markdown": 110, "databricks_notebook": 110, "zeppelin_note": 110,
        "pandas_table_json": 110,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands if a
    person could hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for column, value in ((h116.PHONE, h116.phone(row)), (h116.FAX, h116.fax(row))):
            if not value:
                continue
            copies = text.count(value)
            assert copies >= (2 if column == h116.PHONE else 1), (r["id"], column)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "US") else short)[(number, column)] += copies
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
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind.split(":")[0] == ("international" if intl else "national")


def test_the_data_keeps_the_published_shape():
    """Every kept phone is the directory's ``NNN-NNN-NNNN``; the fax column is kept as it is,
    and nearly every row has a fax of its own; no e-mail column is kept."""
    rows = h116.data()["rows"]
    assert all(re.fullmatch(r"\d{3}-\d{3}-\d{4}", h116.phone(row)) for row in rows)
    assert sum(bool(h116.fax(row)) for row in rows) == 438
    assert all("school_email" not in row["fields"] for row in rows)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's DBN, postcode, latitude, longitude and BBL (where it has them) stand in
    every record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h116._f(_row(r), column)
            if not value:
                assert column in ("Latitude", "Longitude", "BBL"), r["id"]
                continue
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _tribble(text: str) -> dict[str, str]:
    """The ``field, value`` pairs of the R Markdown document's ``tribble()`` call."""
    body = text.split("~field, ~value,\n", 1)[1].split("\n)\n", 1)[0]
    pairs = [ast.literal_eval("(" + line.strip().rstrip(",") + ")") for line in body.splitlines()]
    return dict(pairs)


def test_the_documents_are_well_formed(records):
    """Each document parses with its format's parser (YAML front matter and R chunks, Python
    cells, JSON, pandas' table reader), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, dbn = h116.phone(row), h116._f(row, "dbn")
        expected = dict(h116._contact_fields(row))
        if r["layout"] == "r_markdown":
            _, front, body = text.split("---\n", 2)
            meta = yaml.safe_load(front)
            assert meta["params"]["dbn"] == dbn and "html_document" in meta["output"]
            opening = [line for line in body.splitlines() if line.startswith("```{r")]
            closing = [line for line in body.splitlines() if line == "```"]
            mapped = bool(h116._f(row, "Latitude") and h116._f(row, "Longitude"))
            assert len(opening) == len(closing) == 2 + mapped
            assert _tribble(text) == expected
            assert f"The main office answers at {tel} on school days." in body
        elif r["layout"] == "databricks_notebook":
            head, *cells = text.split("\n\n# COMMAND ----------\n\n")
            assert head.startswith("# Databricks notebook source\n# MAGIC %md\n")
            assert len(cells) == 2
            tree = ast.parse(cells[0])
            call = tree.body[1].value.args[0].elts[0]
            got = {k.arg: k.value.value for k in call.keywords if k.arg != "checked_at_ms"}
            assert got == expected
            sql = cells[1].rstrip("\n").splitlines()
            assert all(line.startswith("# MAGIC ") for line in sql)
            assert sql[-1] == f"# MAGIC WHERE phone_number = '{tel}'"
            ast.parse(text)  # the exported source is Python as a whole
        elif r["layout"] == "zeppelin_note":
            note = json.loads(text)
            md, sql = note["paragraphs"]
            assert md["text"].startswith("%md\n") and tel in md["text"]
            assert sql["text"].startswith("%spark.sql\n") and sql["text"].endswith(f"'{dbn}'")
            (result,) = sql["results"]["msg"]
            assert result["type"] == "TABLE"
            (table,) = list(csv.DictReader(io.StringIO(result["data"]), delimiter="\t"))
            assert table == expected
            assert all(p["status"] == "FINISHED" for p in note["paragraphs"])
        else:
            frame = pd.read_json(io.StringIO(text), orient="table", dtype=False)
            assert len(frame) == 2
            for column, value in expected.items():
                assert list(frame[column]) == [value, value], (r["id"], column)
            assert json.loads(text)["schema"]["primaryKey"] == ["index"]


def test_provenance():
    sources = h116.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "kessenma/JPMC_coding_Test"
    assert re.fullmatch(r"[0-9a-f]{40}", us["commit"])
    assert us["path"] == "2017_DOE_High_School_Directory.csv"
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h116.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 440}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(list(r["fields"]) == us["kept_columns"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h116, "held_out_116", tmp_path)
