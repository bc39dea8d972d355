"""held_out_235 of the PII evaluation set (scripts/pii_held_out_235.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name, address, postcode and code are in the text and
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

import pii_held_out_235 as h235  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the office's identifiers, in every layout
IDENTIFIERS = ("jititai", "address", "zip", "code")
# the fields a layout has no place for (the dictionary names no code, the message no postcode)
SKIPPED = {("code", "atok_dictionary"), ("zip", "commons_xml")}
PC = "{http://xml.publiccommons.ne.jp/pcxml1/}"
IB = "{http://xml.publiccommons.ne.jp/pcxml1/informationBasis1/}"
EB = "{http://xml.publiccommons.ne.jp/pcxml1/elementBasis1/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h235.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h235.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h235.data()["rows"]) == 576
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h235.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "commons_xml": 144, "connpass_event": 144, "atok_dictionary": 144, "docbase_post": 144,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field stands twice in each record, each copy labelled under its column (a
    distractor if no person could hold it); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h235.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "JP") else short)[(number, h235.PHONE)] += copies
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
    kinds = phone_kinds(records, h235.international)
    assert kinds == {"national:tel": 1152}


def test_the_data_keeps_the_published_shape():
    """576 of the list's 1,741 offices; every kept phone field a number of ten or eleven digits,
    area code, exchange and line joined by hyphens, as published (no blanks to strip); the
    coordinates JSON numbers, the other fields strings."""
    rows = h235.data()["rows"]
    assert len(rows) == 576
    for row in rows:
        fields = row["fields"]
        assert re.fullmatch(r"0\d{1,4}-\d{1,4}-\d{4}", fields["tel"]), fields["tel"]
        assert len([c for c in fields["tel"] if c.isdigit()]) in (10, 11)
        assert re.fullmatch(r"\d{3}-\d{4}", fields["zip"])
        assert re.fullmatch(r"\d{6}", fields["code"])
        assert isinstance(fields["latitude"], float) and isinstance(fields["longitude"], float)
        assert all(isinstance(fields[k], str) for k in fields if k not in ("latitude", "longitude"))
    paths = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert paths == sorted(paths) and paths[-1] < 1741


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or plain text)."""
    if layout == "commons_xml":
        return escape(value)
    if layout in ("connpass_event", "docbase_post"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, the postcode and code where the
    layout has a place for them, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            if (column, r["layout"]) in SKIPPED:
                continue
            value = _encoded(r["layout"], h235._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the ATOK
    export read by its fixed shape), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h235.phone(row), h235._f(row, "jititai")
        if r["layout"] == "commons_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{PC}Report"
            assert root.findtext(f"{PC}Control/{PC}Status") == "訓練"
            office = root.find(f"{PC}Control/{PC}PublishingOffice")
            assert office.findtext(f"{EB}OrganizationCode") == h235._f(row, "code")
            assert office.findtext(f"{EB}ContactInfo/{EB}Phone") == tel
            headline = root.findtext(f"{IB}Head/{IB}Headline/{IB}Text")
            assert headline.startswith(f"【訓練】{name}は") and f"（電話 {tel}）" in headline
        elif r["layout"] == "connpass_event":
            doc = json.loads(text)
            assert doc["results_returned"] == len(doc["events"]) == 1
            event = doc["events"][0]
            assert event["place"] == h235.office(row)
            assert event["lat"] == str(row["fields"]["latitude"])
            assert f"<td>{tel}</td>" in event["description"]
            assert f"代表 {tel}（" in event["description"]
            assert event["url"] == f"{event['group']['url']}event/{event['id']}/"
        elif r["layout"] == "atok_dictionary":
            lines = text.split("\r\n")
            assert lines[0] == "!!ATOK_TANGO_TEXT_HEADER_1" and lines[-1] == ""
            entries = [line.split("\t") for line in lines[1:-1]]
            assert len(entries) == 5 and all(len(e) == 3 for e in entries)
            assert all(re.fullmatch(r"[ぁ-ゖー]+", reading) for reading, _, _ in entries)
            words = {word: pos for _, word, pos in entries}
            assert words[tel] == "名詞" and words[name] == "固有地名"
        else:
            doc = json.loads(text)
            assert doc["url"].endswith(f"/posts/{doc['id']}")
            assert f"| 代表電話 | {tel} |" in doc["body"]
            assert f"- [ ] 代表電話 {tel} から" in doc["body"]
            assert {t["name"] for t in doc["tags"]} == {h235._f(row, "prefecture"), "自治体"}


def test_provenance():
    sources = h235.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "y-kawakami/harekaze_server"
    assert jp["commit"] == "db01b2245c870647a089df59477926786ee39ded"
    assert jp["paths"] == ["master/municipalities.json"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h235.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 576}
    assert not any("@" in str(v) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h235, "held_out_235", tmp_path)
