"""held_out_29 of the PII evaluation set (scripts/pii_held_out_29.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the establishment's unique code and UBIGEO are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pe_ipress_hospitals_data as ipress  # noqa: E402
import pii_held_out_29 as h29  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the establishment's unique code and its district's UBIGEO, in every layout
IDENTIFIERS = ("Codigo Unico", "UBIGEO")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h29.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h29.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h29.data()["rows"]) == 233
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h29.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "places_details_json": 59, "rss_item_cdata": 58, "soap_ipress_response": 58,
        "access_text_export": 58,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (as published: ``5374552 / 5374316 /5374313`` holds
    three) is labelled wherever the field stands if a person could hold it, a distractor if
    not (a six-digit line without its area code), and nothing else is a phone."""
    for r in records:
        value = h29.phone(_row(r))
        assert value in r["text"] and re.search(r"\d", value), r["id"]
        copies = r["text"].count(value)
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "PE") else short)[number] += copies
        labelled = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(r["text"][s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        # one field holds a radio frequency, no number: ``RADIO: 6286 - NOVEMBER 2``
        assert r["spans"] or r["distractors"] or not numbers(value), r["id"]
        assert not r["unscored"]


def test_no_addresses_and_phones_keep_their_kind(records):
    for r in records:
        assert all(t == "PHONE_NUMBER" for _, _, t, _ in r["spans"]), r["id"]
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":Teléfono"


def test_the_establishments_codes_are_in_the_text_and_unlabelled(records):
    """The unique code (``2941``) and the UBIGEO (``210201``) stand in every record's text,
    outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h29._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){value}(?!\d)", r["text"])]
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


def test_the_documents_are_well_formed(records):
    """The Places answer is JSON whose ``formatted_phone_number`` is the row's field; the RSS
    feed and the SOAP envelope are XML, the item's description a CDATA section naming the
    phone, the SOAP ``telefono`` element the field; the Access export frames its one row in
    ``|`` between lines of dashes, CRLF-ended."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "places_details_json":
            answer = json.loads(text)
            assert answer["status"] == "OK"
            assert answer["result"]["formatted_phone_number"] == h29.phone(row)
        elif r["layout"] == "rss_item_cdata":
            item = ET.fromstring(text).find("channel/item")
            assert (
                "<![CDATA[" in text
                and f"Teléfono: {h29.phone(row)}" in item.find("description").text
            )
        elif r["layout"] == "soap_ipress_response":
            root = ET.fromstring(text)
            telefono = root.find(".//telefono")
            assert telefono is not None and telefono.text == h29.phone(row)
        else:
            lines = text.split("\r\n")
            assert lines[0] == lines[2] == lines[4] and set(lines[0]) == {"-"}
            assert lines[1].startswith("| Nº") and lines[3].startswith("|")
            assert len(lines[1]) == len(lines[3]) == len(lines[0])


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h29.data()["sources"]
    assert set(sources) == {"PE"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h29.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PE": 233}
    assert all(ipress.has_contact(r["fields"]) for r in rows)
    assert not any(ipress.PERSON in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h29.write(rebuilt)
    assert rebuilt.read_bytes() == h29.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_29"
