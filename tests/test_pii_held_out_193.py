"""held_out_193 of the PII evaluation set (scripts/pii_held_out_193.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged and labelled whole, each copy labelled; the office, station and address are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_193 as h193  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

XML_LAYOUTS = ("lost112_detail", "pubdoc_xml", "hwpml_document")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h193.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h193.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h193.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h193.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "lost112_detail": 125, "pubdoc_xml": 125, "kakaotalk_export": 125,
        "hwpml_document": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_whole_and_unchanged(records):
    """The phone field stands twice in each record, each copy labelled whole under its column;
    nothing else is labelled; the only distractor is the emergency number 112."""
    for r in records:
        value = h193.phone(_row(r))
        assert r["text"].count(value) == 2, r["id"]
        labelled = [(r["text"][s:e], kind) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"]
        assert labelled == [(value, "national:전화번호")] * 2, r["id"]
        short = [r["text"][s:e] for s, e, *_ in r["distractors"]]
        assert short == (["112"] if r["layout"] == "hwpml_document" else []), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, lambda value: value.startswith("+"))
    assert kinds == {"national:전화번호": 1000}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds one number of nine to eleven digits as the agency writes
    it; 498 in hyphenated groups, one with a blank on each side of each hyphen, one with a
    doubled hyphen; one that lost its trunk 0; 150 지구대 and 350 파출소."""
    rows = h193.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h193.phone(row)) for row in rows)
    assert shapes == {
        "999-999-9999": 425, "99-9999-9999": 33, "99-999-9999": 22, "999-9999-9999": 17,
        "999--999-9999": 1, "999 - 999 - 9999": 1, "999999999": 1,
    }  # fmt: skip
    assert Counter(row["fields"]["구분"] for row in rows) == {
        "파출소": 350, "지구대": 150,
    }  # fmt: skip
    assert all(row["fields"]["전화번호"] == h193.phone(row) for row in rows)


def _encoded(layout: str, value: str) -> str:
    return escape(value) if layout in XML_LAYOUTS else value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's name, its station and its address stand in every record's text, outside
    the labels."""
    for r in records:
        row = _row(r)
        for value in (h193.office(row), h193._f(row, "주소")):
            pattern = re.escape(_encoded(r["layout"], value))
            found = [m.start() for m in re.finditer(pattern, r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)
        if r["layout"] != "kakaotalk_export":
            assert h193.station(row) in r["text"], r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML by the standard library; the KakaoTalk export
    by its fixed lines), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h193.phone(row), h193.office(row)
        if r["layout"] == "lost112_detail":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.findtext("header/resultCode") == "00"
            item = root.find("body/item")
            assert item.findtext("tel") == tel and item.findtext("depPlace") == name
            assert item.findtext("orgNm") == h193.station(row)
            assert re.fullmatch(r"F\d{16}", item.findtext("atcId"))
            assert tel in item.findtext("uniq")
            assert [child.tag for child in item] == sorted(child.tag for child in item)
        elif r["layout"] == "pubdoc_xml":
            assert '<!DOCTYPE pubdoc SYSTEM "pubdoc.dtd">' in text
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "pubdoc"
            assert root.findtext("head/organ") == h193.station(row)
            assert root.findtext("foot/sendinfo/telephone") == tel
            assert root.findtext("foot/sendername") == f"{h193.station(row)}장"
            assert tel in root.findall("body/content/p")[2].text
        elif r["layout"] == "hwpml_document":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "HWPML" and root.get("Version") == "2.8"
            chars = [c.text for c in root.iter("CHAR")]
            assert f"○ 연락처: ☎ {tel}" in chars
            assert root.findtext("HEAD/DOCSUMMARY/AUTHOR") == name
        else:
            lines = text.split("\n")
            assert lines[0].endswith(" 님과 카카오톡 대화")
            assert re.fullmatch(r"저장한 날짜 : \d{4}-\d\d-\d\d \d\d:\d\d:\d\d", lines[1])
            assert re.fullmatch(r"-{15} \d{4}년 \d{1,2}월 \d{1,2}일 [월화수목금토일]요일 -{15}",
                                lines[3])  # fmt: skip
            talk = [line for line in lines[4:] if line]
            assert all(re.match(r"\[[^\]]+\] \[오[전후] \d{1,2}:\d\d\] ", line) for line in talk)
            assert sum(tel in line for line in talk) == 2


def test_provenance():
    sources = h193.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "bumjinDev/wherehouse_SpringBoot"
    assert kr["commit"] == "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa"
    assert kr["path"].endswith("경찰청_전국 지구대 파출소 주소 현황_20250604.csv")
    assert "not confirmed" in kr["licence"] and kr["publisher"]
    rows = h193.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 500}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h193, "held_out_193", tmp_path)
