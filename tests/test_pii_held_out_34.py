"""held_out_34 of the PII evaluation set (scripts/pii_held_out_34.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's coordinates are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

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

import pii_held_out_34 as h34  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the hospital's coordinates, in every layout
IDENTIFIERS = ("lat", "long")
GPX = "{http://www.topografix.com/GPX/1/1}"
GPXX = "{http://www.garmin.com/xmlschemas/GpxExtensions/v3}"
VCARD = "{vcard-temp}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h34.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h34.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h34.data()["rows"]) == 125
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h34.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "matrix_event": 32, "xmpp_vcard_temp": 31, "gpx_waypoint": 31, "sms_backup_xml": 31,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``(021) 5523507 / (021)  5512948 / (021) 5513709``
    holds three) is labelled wherever the field stands if a person could hold it, a distractor
    if not (``EXT. 533781``), and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h34.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "ID") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_the_matrix_event_gives_the_phone_twice(records):
    """``body`` and ``formatted_body`` each hold the field, so a Matrix record labels it twice."""
    for r in records:
        if r["layout"] == "matrix_event":
            assert r["text"].count(h34.phone(_row(r))) == 2, r["id"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_coordinates_are_in_the_text_and_unlabelled(records):
    """The latitude (``-6.1697843``) and longitude stand in every record's text, outside the
    labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h34._f(_row(r), column)
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


def test_the_documents_are_well_formed(records):
    """The Matrix event is JSON whose ``body`` gives ``Telp:`` and the field; the vCard stanza,
    the GPX file and the SMS backup parse as XML, their ``<NUMBER>``, ``<gpxx:PhoneNumber>``
    and the SMS ``body`` holding the field, the GPX waypoint's attributes the coordinates."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h34.phone(row)
        if r["layout"] == "matrix_event":
            event = json.loads(text)
            assert event["type"] == "m.room.message"
            assert f"\nTelp: {value}\n" in event["content"]["body"]
            assert value in event["content"]["formatted_body"]
        elif r["layout"] == "xmpp_vcard_temp":
            iq = ET.fromstring(text)
            assert iq.get("type") == "result"
            assert iq.find(f"{VCARD}vCard/{VCARD}TEL/{VCARD}NUMBER").text == value
            assert iq.find(f"{VCARD}vCard/{VCARD}GEO/{VCARD}LAT").text == h34._f(row, "lat")
        elif r["layout"] == "gpx_waypoint":
            wpt = ET.fromstring(text.encode("utf-8")).find(f"{GPX}wpt")
            assert (wpt.get("lat"), wpt.get("lon")) == (h34._f(row, "lat"), h34._f(row, "long"))
            assert wpt.find(f".//{GPXX}PhoneNumber").text == value
        else:
            smses = ET.fromstring(text.encode("utf-8"))
            (sms,) = smses.findall("sms")
            assert smses.get("count") == "1" and f"Telp {value}." in sms.get("body")
            assert len(sms.get("date")) == len(sms.get("date_sent")) == 13


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h34.data()["sources"]
    assert set(sources) == {"ID"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h34.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ID": 125}
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h34.write(rebuilt)
    assert rebuilt.read_bytes() == h34.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_34"
