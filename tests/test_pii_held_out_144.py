"""held_out_144 of the PII evaluation set (scripts/pii_held_out_144.py): its committed records
keep the generator's invariants (every labelled phone is the number of the row's real phone
field, copied unchanged, each copy labelled, an extension left out; the name and city are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_144 as h144  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the institution's identifiers, in every layout
IDENTIFIERS = ("NAME", "CITY")
# how many copies of the phone field each layout writes
COPIES = {"edfi_api_json": 1, "sqlldr_control": 2, "czml_document": 2, "powershell_psd1": 2}
# a PowerShell data file's single-quoted string assignment
PS_STRING = re.compile(r"^\s+(\w+)\s+= '((?:[^']|'')*)'$", re.M)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h144.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h144.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h144.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h144.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "edfi_api_json": 150, "sqlldr_control": 150, "czml_document": 150,
        "powershell_psd1": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The number of the phone field is labelled wherever the field stands (its extension
    outside the label), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h144.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "US") else short)[(number, h144.PHONE)] += copies
        assert sum(expected.values()) == copies and not short, r["id"]
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = Counter()
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            value = r["text"][s:e]
            assert re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", value), (r["id"], value)
            kinds[kind] += 1
    assert kinds == {"national:TELEPHONE": 1050}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is a North American number with the area code in brackets, 54
    with an extension after ``EXT``; the fields are strings as the file gives them; 582
    institutions of the states and 18 of Puerto Rico."""
    rows = h144.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"]["TELEPHONE"]
        assert value == h144.phone(row)
        m = re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}( EXT \d{1,5})?", value)
        assert m, value
        shapes[bool(m.group(1))] += 1
    assert shapes == {False: 546, True: 54}
    assert Counter(row["fields"]["COUNTRY"] for row in rows) == {"USA": 582, "PRI": 18}
    assert len({row["fields"]["IPEDSID"] for row in rows}) == 600


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, a PowerShell single-quoted string's
    text, or as is in a SQL*Loader comment)."""
    if layout in ("edfi_api_json", "czml_document"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "powershell_psd1":
        return value.replace("'", "''")
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and city stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h144._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; the SQL*Loader data
    line as a ``|``-delimited CSV row; the PowerShell data file's strings by their fixed
    shape), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h144.phone(row), h144._f(row, "NAME")
        if r["layout"] == "edfi_api_json":
            doc = json.loads(text)
            assert doc["postSecondaryInstitutionId"] == int(row["fields"]["IPEDSID"])
            assert doc["nameOfInstitution"] == name
            (phone,) = doc["institutionTelephones"]
            assert phone["telephoneNumber"] == tel
            assert phone["institutionTelephoneNumberTypeDescriptor"].endswith("Descriptor#Main")
            assert re.fullmatch(r"[0-9a-f]{32}", doc["id"])
        elif r["layout"] == "sqlldr_control":
            head, data = text.split("BEGINDATA\n")
            assert "LOAD DATA\nINFILE *\n" in head and data.count("\n") == 1
            assert f"): main number {tel}\n" in head
            (fields,) = csv.reader([data.rstrip("\n")], delimiter="|", quotechar='"')
            assert len(fields) == 10
            assert fields[0] == row["fields"]["IPEDSID"] and fields[1] == name
            assert fields[6] == tel
        elif r["layout"] == "czml_document":
            doc = json.loads(text)
            assert doc[0]["id"] == "document" and doc[0]["version"] == "1.0"
            packet = doc[1]
            assert packet["name"] == name and packet["properties"]["telephone"] == tel
            assert f"<p>Telephone: {tel}</p>" in packet["description"]
            lon, lat, _ = packet["position"]["cartographicDegrees"]
            assert lat == float(row["fields"]["LATITUDE"])
            assert lon == float(row["fields"]["LONGITUDE"])
        else:
            assert text.count("@{") == text.count("\n    }") + 1 == 3
            strings = {k: v.replace("''", "'") for k, v in PS_STRING.findall(text)}
            assert strings["Telephone"] == tel and strings["Name"] == name
            assert f" at {tel} to confirm" in strings["Body"]


def test_provenance():
    sources = h144.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "alexandster/covid19sentiment"
    assert us["commit"] == "245e784f2a74e6e44eadd2bc3b1a2178f79af1ac"
    assert us["path"] == "Colleges_and_Universities.csv"
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h144.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h144, "held_out_144", tmp_path)
