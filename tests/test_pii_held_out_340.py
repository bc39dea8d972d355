"""held_out_340 of the PII evaluation set (scripts/pii_held_out_340.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the school's name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_340 as h340  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers, in every layout
IDENTIFIERS = ("school_name", "street", "city")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h340.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h340.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h340.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h340.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "greatschools_xml": 75, "calendly_event": 75, "clickup_task": 75, "dayone_export": 75,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h340.phone(row)
        copies = text.count(value)
        assert copies == h340.COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "US") else short)[(number, h340.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not any(t == "EMAIL_ADDRESS" for _, _, t, _ in r["spans"])
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h340.international)
    assert kinds == {"national:phone": 600}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ``(AAA) EEE-LLLL`` as the directory writes it, each once;
    the fields are strings as the file gives them; 21 charters, 3 rows of ZIP codes without
    the +4."""
    rows = h340.data()["rows"]
    assert len(rows) == 300
    for row in rows:
        assert re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", row["fields"]["phone"])
        assert re.fullmatch(r"\d{14}", row["fields"]["cds"])
    assert len({h340.phone(row) for row in rows}) == 300
    assert sum(row["fields"]["charter_flag"] == "Y" for row in rows) == 21
    assert sum("-" not in row["fields"]["zip"] for row in rows) == 3


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout == "greatschools_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's name, street and city stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h340._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h340.phone(row), h340._f(row, "school_name")
        if r["layout"] == "greatschools_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "school"
            assert root.findtext("phone") == tel and root.findtext("name") == name
            assert root.findtext("lat") == h340._f(row, "latitude")
            assert (root.findtext("website") or "") == h340.website(row)
        elif r["layout"] == "calendly_event":
            resource = json.loads(text)["resource"]
            assert resource["location"] == {"type": "inbound_call", "location": tel}
            assert resource["meeting_notes_plain"].endswith(f"call {tel}.")
            assert f"call {escape(tel)}.</p>" in resource["meeting_notes_html"]
            assert resource["uri"].startswith("https://api.calendly.com/scheduled_events/")
            assert resource["start_time"] < resource["end_time"]
            assert resource["created_at"] <= resource["updated_at"] < resource["start_time"]
        elif r["layout"] == "clickup_task":
            body = json.loads(text)
            values = [field["value"] for field in body["custom_fields"]]
            assert values == [h340._f(row, "cds"), tel]
            assert f"- **Office phone:** {tel}\n" in body["markdown_description"]
            assert body["name"].endswith(f" – {name}")
            assert isinstance(body["due_date"], int)
        else:
            doc = json.loads(text)
            assert doc["metadata"] == {"version": "1.0"}
            (entry,) = doc["entries"]
            assert re.fullmatch(r"[0-9A-F]{32}", entry["uuid"])
            assert entry["location"]["placeName"] == name
            assert entry["location"]["latitude"] == float(h340._f(row, "latitude"))
            assert entry["text"].startswith(f"# {name}\n")
            assert f"\nOffice: {tel}\n" in entry["text"]


def test_provenance():
    sources = h340.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "xta/California_School_Dashboard_Rank"
    assert us["commit"] == "4407b0fc0ff35244974f50a56a99786b5ce7239b"
    assert us["path"] == "data/top_schools_2018_by_math_and_english.csv"
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h340.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 300}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h340, "held_out_340", tmp_path)
