"""held_out_68 of the PII evaluation set (scripts/pii_held_out_68.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's coordinates and Baidu uid are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_68 as h68  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the institution's coordinates and Baidu place id, in every layout
IDENTIFIERS = ("location.lat", "location.lng", "uid")
VOID = {"meta", "link", "br", "img", "input"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h68.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h68.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h68.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h68.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "baidu_place_api": 150, "wxml_page": 150, "mybatis_mapper": 150, "vue_sfc": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``(0532)58078181,(0532)58577777`` holds two) is
    labelled wherever the field stands if a person could hold it, a distractor if not, and
    nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h68.phone(row)
        copies = text.count(value)
        assert copies >= (1 if r["layout"] == "baidu_place_api" else 2), r["id"]
        assert re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "CN") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The latitude (``44.083711141069294``), longitude and Baidu uid stand in every record's
    text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h68._f(_row(r), column)
            found = [
                m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(value)}(?![\w])", r["text"])
            ]
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


class _Tags(HTMLParser):
    """The open-tag stack of an HTML-like document; ``ok`` while every end tag closes the last
    open one."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        self.ok = self.ok and bool(self.stack) and self.stack.pop() == tag


def test_the_documents_are_well_formed(records):
    """The Place API answer is JSON whose one result's ``telephone`` is the field and whose
    coordinates are the row's; the WXML page is XML (in one root) whose button's
    ``data-phone`` and ``<text>`` are the field; the mapper is XML whose ``<insert>`` SQL has
    the field as a string literal; the Vue component's tags nest, its ``school`` literal is
    JSON with the field, and ``uni.makePhoneCall`` dials it."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h68.phone(row)
        lat, lng = h68._f(row, "location.lat"), h68._f(row, "location.lng")
        if r["layout"] == "baidu_place_api":
            body = json.loads(text, parse_float=str)
            assert body["status"] == 0 and len(body["results"]) == 1
            result = body["results"][0]
            assert result["telephone"] == value and result["uid"] == h68._f(row, "uid")
            assert result["location"] == {"lat": lat, "lng": lng}
        elif r["layout"] == "wxml_page":
            root = ET.fromstring(f"<page>{text}</page>")
            assert root.find(".//button").get("data-phone") == value
            shown = [t.text for t in root.iter("text") if t.get("selectable") == "true"]
            assert shown == [value]
            assert root.find(".//map").get("latitude") == lat
        elif r["layout"] == "mybatis_mapper":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "mapper"
            sql = root.find("insert").text
            assert f"'{value}'," in sql and f"{lat},\n" in sql
        else:
            tags = _Tags()
            tags.feed(text)
            assert tags.ok and not tags.stack
            assert [t for t in ("template", "script", "style") if f"<{t}" in text] == [
                "template", "script", "style",
            ]  # fmt: skip
            literal = text.split("school: ", 1)[1].split("\n      },", 1)[0] + "}"
            school = json.loads(literal, parse_float=str)
            assert school["telephone"] == value and school["latitude"] == lat
            assert f"uni.makePhoneCall({{ phoneNumber: {json.dumps(value)} }});" in text


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h68.data()["sources"]
    assert set(sources) == {"CN"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h68.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CN": 600}
    assert len({r["fields"]["uid"] for r in rows}) == 600
    assert all(sum(c.isdigit() for c in r["fields"]["telephone"]) >= 6 for r in rows)
    # values as published: strings, and JSON null where the list has no address
    assert all(
        isinstance(v, str) or (k == "address" and v is None)
        for r in rows
        for k, v in r["fields"].items()
    )


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h68.write(rebuilt)
    assert rebuilt.read_bytes() == h68.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_68"
