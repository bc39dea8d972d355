"""held_out_293 of the PII evaluation set (scripts/pii_held_out_293.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name, school code, address and postal code are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_293 as h293  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers, in every layout but Open511's (a road event names the school, its
# street and its city: ``OPEN511``)
IDENTIFIERS = ("Name", "School Code", "Address", "Postal")
OPEN511 = ("Name", "City")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h293.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h293.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h293.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h293.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "gcweb_page": 100, "open511_event": 100, "jotform_submission": 100,
        "freshdesk_ticket": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h293.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "CA") else short)[(number, h293.PHONE)] += copies
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
    kinds = phone_kinds(records, h293.international)
    assert kinds == {"national:Phone": 800}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is a North American number as the layer writes it, area code, a
    space, exchange and line joined by a hyphen (200 in 250, 199 in 604, one in 778); 64
    independent schools (district ``null``); each row's description is its fields run together
    under the layer's labels, unchanged."""
    rows = h293.data()["rows"]
    phones = [row["fields"]["Phone"] for row in rows]
    assert all(re.fullmatch(r"\d{3} \d{3}-\d{4}", p) for p in phones)
    assert Counter(p[:3] for p in phones) == {"250": 200, "604": 199, "778": 1}
    assert sum(c == 2 for c in Counter(phones).values()) == 7
    assert sum(h293.independent(row) for row in rows) == 64
    for row in rows:
        f = row["fields"]
        assert f["Description"] == (
            f"District Number: {f['District Number']} School Code: {f['School Code']} "
            f"School Name: {f['School Name']} Address: {f['Address']} City: {f['City']} "
            f"Postal: {f['Postal']} Phone: {f['Phone']}"
        )
        assert f["Name"] == f["School Name"]
        assert re.fullmatch(r"[A-Z]\d[A-Z]\d[A-Z]\d", f["Postal"])
        assert -140 < float(f["longitude"]) < -114 and 48 < float(f["latitude"]) < 60
        assert h293.phone(row) == f["Phone"]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (HTML text or a JSON string)."""
    if layout == "gcweb_page":
        return escape(value, {'"': "&quot;"})
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, school code, address and postal code stand in every record's text (the name
    and city in Open511 events), outside the labels."""
    for r in records:
        for column in OPEN511 if r["layout"] == "open511_event" else IDENTIFIERS:
            value = _encoded(r["layout"], h293._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Properties(HTMLParser):
    """The text of each RDFa ``property`` span and the ``content`` of each ``meta``
    property of a page, and its ``wb-dtmd`` date."""

    def __init__(self) -> None:
        super().__init__()
        self.props: dict[str, str] = {}
        self.open: list[str | None] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "meta" and "property" in a:
            self.props[a["property"]] = a["content"]
        elif tag in {"span", "time", "h1", "abbr"}:
            self.open.append(a.get("property"))

    def handle_endtag(self, tag):
        if tag in {"span", "time", "h1", "abbr"}:
            self.open.pop()

    def handle_data(self, data):
        if self.open and self.open[-1]:
            self.props.setdefault(self.open[-1], data)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the GCWeb page by the standard library's HTML
    parser, the JSON bodies by its JSON module), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h293.phone(row), h293._f(row, "Name")
        if r["layout"] == "gcweb_page":
            assert text.startswith('<!DOCTYPE html>\n<html class="no-js" lang="en" dir="ltr">')
            page = _Properties()
            page.feed(text)
            assert page.props["telephone"] == tel and page.props["name"] == name
            assert page.props["postalCode"] == h293._f(row, "Postal")
            assert page.props["latitude"] == h293._f(row, "latitude")
            assert page.props["longitude"] == h293._f(row, "longitude")
            assert re.fullmatch(r"2024-\d\d-\d\d", page.props["dateModified"])
            assert '<dl id="wb-dtmd">' in text and f"Call the school at {tel} " in text
        elif r["layout"] == "open511_event":
            doc = json.loads(text)
            (event,) = doc["events"]
            assert doc["meta"]["version"] == "v1"
            assert event["id"].startswith("drivebc.ca/DBC-") and event["status"] == "ACTIVE"
            assert event["description"].endswith(f"School office: {tel}.")
            assert event["+ivr_message"].endswith(f"call {tel}.")
            assert event["geography"]["coordinates"] == [
                float(h293._f(row, "longitude")),
                float(h293._f(row, "latitude")),
            ]
            start, end = event["schedule"]["intervals"][0].split("/")
            assert start < end
        elif r["layout"] == "jotform_submission":
            doc = json.loads(text)
            assert doc["responseCode"] == 200
            answers = doc["content"]["answers"]
            assert answers["7"]["type"] == "control_textbox" and answers["7"]["answer"] == tel
            assert answers["3"]["answer"] == name
            assert tel in answers["9"]["answer"]
            assert answers["6"]["answer"]["postal"] == h293._f(row, "Postal")
            assert re.fullmatch(r"\d{19}", doc["content"]["id"])
        else:
            doc = json.loads(text)
            assert doc["phone"] == tel and doc["name"] == f"{name} (main office)"
            assert doc["source"] == 3 and doc["status"] == 2
            assert doc["description"].endswith(f"<div>Call back the office at {tel}.</div>")
            fields = doc["custom_fields"]
            assert fields["cf_school_code"] == h293._f(row, "School Code")
            assert fields["cf_school_district"] == h293._f(row, "District Number")


def test_provenance():
    sources = h293.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "johnkabler/meteor-voter-map"
    assert ca["commit"] == "8aeb185874b1804e36eea3770273da6ac02ccf1f"
    assert ca["paths"] == ["server/data.js"]
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h293.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    # no e-mail address (two schools' names hold an ``@``: ``Learn @ Home 8-12``, ``@ KOOL``)
    assert not any(re.search(r"\S@\S", v) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h293, "held_out_293", tmp_path)
