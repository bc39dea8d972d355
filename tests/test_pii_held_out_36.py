"""held_out_36 of the PII evaluation set (scripts/pii_held_out_36.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the local id and the coordinates are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_36 as h36  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the pharmacy's local id and its latitude, in every layout
IDENTIFIERS = ("im", "lat")
VCARD = "{urn:ietf:params:xml:ns:vcard-4.0}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h36.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h36.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h36.data()["rows"]) == 190
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h36.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "jcard": 48, "xcard": 48, "outlook_csv": 47, "jcal_event": 47,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``+56+56965200798`` holds one, after a bare ``+56``) is
    labelled wherever the field stands if a person could hold it, a distractor if not, and
    nothing else is; the register gives no e-mail address."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h36.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "CL") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected != Counter(), r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}, r["id"]
        assert not r["unscored"]


def test_the_double_calling_code_keeps_only_its_number_labelled(records):
    """``+56+56965200798`` as published: the number after the second ``+56`` is labelled, the
    bare first one stands outside every span."""
    doubled = [r for r in records if h36.phone(_row(r)).startswith("+56+")]
    assert len(doubled) == 3
    for r in doubled:
        value = h36.phone(_row(r))
        at = r["text"].index(value)
        spans = [(s, e) for s, e, *_ in r["spans"]]
        assert (at + 3, at + len(value)) in spans, r["id"]
        assert not any(s <= at < e for s, e in spans), r["id"]


def test_phones_keep_their_kind(records):
    for r in records:
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":tl"


def test_the_local_id_and_latitude_are_in_the_text_and_unlabelled(records):
    """The pharmacy's local id (``3401``) and its latitude (``-20.2413563``) stand in every
    record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h36._f(_row(r), column)
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


def _property(items: list, name: str) -> list:
    return next(p for p in items if p[0] == name)


def test_the_documents_are_well_formed(records):
    """The jCard is JSON whose ``tel`` is the row's phone field as ``text``; the xCard is XML
    in the vCard 4.0 namespace whose ``<tel><text>`` is the field; the Outlook export is a CSV
    of 92 quoted columns and CRLF line ends whose ``Business Phone`` is the field; the jCal is
    JSON whose ``vevent`` ``description`` gives ``Teléfono:`` and the field and whose ``geo``
    is the row's coordinates."""
    for r in records:
        row, text, value = _row(r), r["text"], h36.phone(_row(r))
        if r["layout"] == "jcard":
            kind, props = json.loads(text)
            assert kind == "vcard"
            assert _property(props, "tel") == ["tel", {"type": ["work", "voice"]}, "text", value]
            geo = f"geo:{h36._f(row, 'lat')},{h36._f(row, 'lng')}"
            assert _property(props, "geo")[3] == geo
        elif r["layout"] == "xcard":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{VCARD}vcards"
            assert root.find(f"{VCARD}vcard/{VCARD}tel/{VCARD}text").text == value
            assert root.find(f"{VCARD}vcard/{VCARD}org/{VCARD}text").text == h36._f(row, "nm")
        elif r["layout"] == "outlook_csv":
            assert text.endswith('"\r\n') and text.count("\r\n") == 3  # one inside ``Notes``
            header, line = list(csv.reader(io.StringIO(text, newline="")))
            assert header == list(h36.OUTLOOK_COLUMNS) and len(line) == 92
            assert dict(zip(header, line, strict=True))["Business Phone"] == value
            assert all(f.startswith('"') for f in re.split(r',(?=")', text.split("\r\n")[1]))
        else:
            kind, props, [event] = json.loads(text)
            assert kind == "vcalendar" and event[0] == "vevent" and event[2] == []
            assert f"\nTeléfono: {value}\n" in _property(event[1], "description")[3]
            lat, lng = _property(event[1], "geo")[3]
            assert (lat, lng) == (float(row["fields"]["lat"]), float(row["fields"]["lng"]))


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h36.data()["sources"]
    assert set(sources) == {"CL"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h36.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CL": 190}
    assert all(sum(c.isdigit() for c in r["fields"]["tl"]) >= 6 for r in rows)
    assert {r["fields"]["rg"] for r in rows} <= set(h36.REGIONS)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h36.write(rebuilt)
    assert rebuilt.read_bytes() == h36.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_36"
