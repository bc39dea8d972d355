"""held_out_234 of the PII evaluation set (scripts/pii_held_out_234.py): its committed records
keep the generator's invariants (every labelled phone is a number of a line of the office's real
phone cell, copied unchanged, each copy labelled; every e-mail address is the office's own; the
place and address are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_234 as h234  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the office's identifiers, in every layout
IDENTIFIERS = ("lugar", "domicilio")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h234.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h234.by_locale()[locale][n]


def _numbers(line: str) -> list[str]:
    return [line[s:e] for s, e in h234.numbers_of(line)]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h234.data()["rows"]) == 185
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h234.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:MX"
    assert Counter(r["layout"] for r in records) == {
        "hropen_position": 47, "jobposting_jsonld": 46, "bitrix24_company": 46,
        "kommo_company": 46,
    }  # fmt: skip


def test_numbers_of_parts_a_line_as_the_policy_says():
    """Each number of seven digits or more on its own, the prefix ``01`` and the area code
    with it; endings after ``al``, extensions and notes left out."""
    assert _numbers("(449) 971-94-01 al 04") == ["(449) 971-94-01"]
    assert _numbers("01 (844) 412-56-76, 410-52-49") == ["01 (844) 412-56-76", "410-52-49"]
    assert _numbers("412-71-88, 412-89-85 y 412-96-56") == ["412-71-88", "412-89-85", "412-96-56"]
    assert _numbers("722 213-33-30 y 722 213-11-57.") == ["722 213-33-30", "722 213-11-57"]
    assert _numbers("317 38 11127 o 317 38 13231") == ["317 38 11127", "317 38 13231"]
    assert _numbers("33 2976 7708 terminación 01, 10 y 11") == ["33 2976 7708"]
    assert _numbers("669 118 4144 Red: 82455 y 82456") == ["669 118 4144"]
    assert _numbers("(311) 2-11-84-11 (directo)") == ["(311) 2-11-84-11"]
    assert _numbers("(613) 1351144 Directo") == ["(613) 1351144"]
    assert _numbers("(961)\xa0 6189440") == ["(961)\xa0 6189440"]
    assert _numbers("Ext. 55409, 55542, 55555, 55556, 55580, 55558") == []
    assert _numbers("Red: 825 400") == []


def test_every_copy_of_the_phone_cell_is_labelled_unchanged(records):
    """Every number of the cell is labelled twice (once where the layout's phone field holds
    its line, once in the text that repeats the whole cell), but for the JSON-LD page, whose
    one ``telephone`` holds the first line; each is a number a person could hold, under the
    cell's column; nothing else is."""
    for r in records:
        row = _row(r)
        cell = Counter(n for line in h234.lines(row) for n in _numbers(line))
        if r["layout"] == "jobposting_jsonld":
            expected = cell + Counter(_numbers(h234.numbered(row)[0]))
        else:
            expected = cell + cell
        labelled = Counter(r["text"][s:e] for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER")
        assert labelled == expected, r["id"]
        assert all(personal_phone(n, "MX") for n in labelled), r["id"]
        assert {k for *_, t, k in r["spans"] if t == "PHONE_NUMBER"} == {"national:telefonos"}
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_every_email_address_is_the_offices_own_and_labelled(records):
    for r in records:
        row = _row(r)
        emails = h234.emails(row)
        if r["layout"] == "jobposting_jsonld":
            emails = emails[:1]
        labelled = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert labelled == emails, r["id"]
        found = re.findall(r"[\w.+-]+@[\w.-]+\.\w+", r["text"])
        assert found == emails, r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h234.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefonos": 553, "register": 93}


def test_the_data_keeps_the_published_shape():
    """185 offices of 32 states; 299 lines in their cells as the page prints them, 273 with a
    number, 289 numbers; the prefix ``01`` on 70 lines; a no-break space kept; e-mail addresses
    only on government domains."""
    rows = h234.data()["rows"]
    assert len({row["fields"]["entidad"] for row in rows}) == 32
    lines = [line for row in rows for line in h234.lines(row)]
    assert len(lines) == 299
    assert sum(bool(h234.numbers_of(line)) for line in lines) == 273
    assert sum(len(h234.numbers_of(line)) for line in lines) == 289
    assert sum(line.startswith("01") for line in lines) == 70
    assert any("\xa0" in line for line in lines)
    for row in rows:
        assert h234.numbered(row), row["path"]
        assert all(e.lower().endswith(".gob.mx") for e in h234.emails(row)), row["path"]
        assert "Responsable" not in json.dumps(row["fields"], ensure_ascii=False)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The place and the address stand in every record's text, outside the labels (a place
    may stand inside an e-mail address too: ``CE1Calvillo@stps.gob.mx``)."""
    for r in records:
        for column in IDENTIFIERS:
            raw = h234._f(_row(r), column)
            if not raw:
                continue
            value = h234._x(raw) if r["layout"] == "hropen_position" else h234._j(raw)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_the_layouts_are_well_formed(records):
    """The HR-XML documents parse as XML and name the office's numbers as
    ``oa:FormattedNumber``; the JSON-LD, Bitrix24 and Kommo records parse as JSON and give the
    number lines in their phone fields."""
    oa = "{http://www.openapplications.org/oagis/9}"
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "hropen_position":
            root = ET.fromstring(text.encode("utf-8"))
            numbers = [e.text for e in root.iter(f"{oa}FormattedNumber")]
        elif r["layout"] == "jobposting_jsonld":
            body = text.removeprefix('<script type="application/ld+json">\n')
            posting = json.loads(body.removesuffix("</script>\n"))
            assert posting["@type"] == "JobPosting"
            numbers = [posting["applicationContact"]["telephone"]]
            assert numbers == h234.numbered(row)[:1]
            continue
        elif r["layout"] == "bitrix24_company":
            company = json.loads(text)["result"][0]
            numbers = [p["VALUE"] for p in company["PHONE"]]
        else:
            company = json.loads(text)
            field = next(f for f in company["custom_fields_values"] if f["field_code"] == "PHONE")
            numbers = [v["value"] for v in field["values"]]
        assert numbers == h234.numbered(row), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h234, "held_out_234", tmp_path)
