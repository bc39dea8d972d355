"""held_out_267 of the PII evaluation set (scripts/pii_held_out_267.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and community area are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_267 as h267  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the clinic's identifiers, in every layout
IDENTIFIERS = ("facility",)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h267.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h267.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_each_layout(records):
    assert len(h267.data()["rows"]) == 120
    assert len(records) == 4 * 120 == len(h267.by_locale()["reg:US"])
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h267.layout_of(_row(r), n) == h267.LAYOUTS[n % 4]
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 120 for layout in h267.LAYOUTS}
    paths = Counter(r["source"] for r in records)
    assert len(paths) == 120 and set(paths.values()) == {4}


def test_every_copy_of_each_number_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the layout writes the field, under
    its column; nothing else is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        expected: Counter = Counter()
        for number in h267.phones(row):
            copies = text.count(number)
            assert copies == h267.COPIES[r["layout"]], (r["id"], number)
            assert personal_phone(number, "US"), number
            expected[(number, h267.PHONE)] += copies
        labelled = [(text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"]]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]
        # no digit touches a labelled number
        for s, e, *_ in r["spans"]:
            assert not text[s - 1 : s].isdigit() and not text[e : e + 1].isdigit(), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h267.international)
    assert kinds == {"national:phone": 847}


def test_the_data_keeps_the_published_shape():
    """All 120 rows hold a number; the fields are strings as the view gives them (one phone
    with a leading blank, one of two numbers on two lines); 26 sites share the ACCESS
    network's toll-free number; 96 FQHCs, 6 look-alikes, 18 others."""
    rows = h267.data()["rows"]
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    shape = re.compile(r"\(\d{3}\) ?\d{3}-\d{4}")
    for row in rows:
        assert all(shape.fullmatch(number) for number in h267.phones(row)), row["path"]
    raw = [row["fields"]["phone"] for row in rows]
    assert sum(value != value.strip() for value in raw) == 1
    assert [value for value in raw if "\n" in value] == ["(773)646-3960\n(773)646-0480"]
    assert Counter(raw)["(866) 882-2237"] == 26
    assert Counter(h267.status(row) for row in rows) == {"FQHC": 96, "Look-alike": 6, "neither": 18}
    assert all(re.fullmatch(r"\d{5}", h267.zip_code(row)) for row in rows)


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The clinic's name stands in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h267._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _luhn_npi(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed("80840" + number)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's phone field where the format puts it."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h267.phone(row), h267._f(row, "facility")
        if r["layout"] == "nppes_npi_api":
            (result,) = doc["results"]
            assert doc["result_count"] == 1 and result["enumeration_type"] == "NPI-2"
            assert re.fullmatch(r"1\d{9}", result["number"]) and _luhn_npi(result["number"])
            purposes = [a["address_purpose"] for a in result["addresses"]]
            assert purposes == ["LOCATION", "MAILING"]
            assert {a["telephone_number"] for a in result["addresses"]} == {tel}
            assert result["basic"]["organization_name"] == name
            assert result["addresses"][0]["postal_code"] == h267.zip_code(row)
        elif r["layout"] == "athena_department":
            (department,) = doc
            assert department["phone"] == tel and department["patientdepartmentname"] == name
            assert department["timezonename"] == "America/Chicago"
            assert department["latitude"] == h267._f(row, "location_latitude")
        elif r["layout"] == "smartsheet_sheet":
            titles = {c["id"]: c["title"] for c in doc["columns"]}
            assert [c for c in doc["columns"] if c.get("primary")][0]["title"] == "Facility"
            (sheet_row,) = doc["rows"]
            cells = {titles[c["columnId"]]: c for c in sheet_row["cells"]}
            assert cells["Phone"]["value"] == cells["Phone"]["displayValue"] == tel
            assert cells["Facility"]["value"] == name
            assert cells["ZIP"]["value"] == int(h267.zip_code(row))
        else:
            messages = doc["response"]["messages"]
            assert len(messages) == 2 and doc["meta"] == {"code": 200}
            assert messages[0]["created_at"] > messages[1]["created_at"]
            assert all(m["sender_type"] == "bot" for m in messages)
            call = " or ".join(h267.phones(row))
            assert all(call in m["text"] for m in messages)
            (location,) = messages[1]["attachments"]
            assert location["type"] == "location" and location["name"] == name


def test_provenance():
    sources = h267.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "Stanwar/UI_Builder"
    assert us["commit"] == "a4fde22d7c67c0f7c4bd16a5fa37845c9adfae43"
    assert us["paths"] == ["examples/imariViz/test_CPAR/data/community_centers.js"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h267.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 120}
    # no e-mail address (an ``@`` stands in two names: ``Mercy Family Health Center @ ...``)
    email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
    assert not any(email.search(v) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h267, "held_out_267", tmp_path)
