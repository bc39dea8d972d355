"""held_out_298 of the PII evaluation set (scripts/pii_held_out_298.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real telephone
field, copied unchanged, each copy labelled; the name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data, and the data from the
fetched mirror where it is on the machine. No recognizer runs here: the part is scored from its
committed file."""

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

import kr_animal_hospitals_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_298 as h298  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/devhump+MungJipsa/repo")
# how many copies of the telephone each layout writes
COPIES = {"localdata_xml": 1, "apms_xml": 1, "namumark": 2, "talktalk_json": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h298.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h298.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h298.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h298.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h298.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The telephone field is one number, labelled whole wherever the field stands, under its
    column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h298.phone(row)
        copies = COPIES[r["layout"]]
        assert text.count(tel) == copies, r["id"]
        assert numbers(tel) == [(0, len(tel))], r["id"]
        assert personal_phone(tel, "KR"), r["id"]
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == {(tel, h298.PHONE): copies}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h298.international)
    assert kinds == {"national:소재지전화": 500}


def test_the_data_keeps_the_published_shape():
    """400 open hospitals, each with one fixed-line number as the licensing office typed it,
    400 distinct; every field a string as published, no e-mail address, no mobile number."""
    rows = h298.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h298.PHONE]
        assert value == value.strip()
        assert extractor.SHAPE.fullmatch(value), value
        assert not re.match(r"01[016-9]", value), value
        assert row["fields"]["영업상태명"] == "영업/정상"
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "999-999-9999": 177, "999-9999": 137, "99-999-9999": 33, "9999999999": 15,
        "9999-9999": 14, "99-9999-9999": 11, "999-9999-9999": 7, "999)999-9999": 4,
        "999999999": 2,
    }  # fmt: skip
    assert len({h298.phone(row) for row in rows}) == 400


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, within a JSON string, or as it is)."""
    if layout in ("localdata_xml", "apms_xml"):
        return escape(value)
    if layout == "talktalk_json":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and the road (or lot-number) address stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h298.name(row), h298.address(row)):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML by the standard library, the event as JSON, the
    wiki source by its table rows and headings), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h298.phone(row), h298.name(row)
        if r["layout"] == "localdata_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "result" and root.findtext("header/process/code") == "00"
            (item,) = root.findall("body/rows/row")
            assert item.findtext("siteTel") == tel and item.findtext("bplcNm") == name
            assert item.findtext("opnSvcId") == "02_03_01_P"
            assert item.findtext("rowNum") == root.findtext("header/paging/pageIndex")
            for tag, column in h298.API_FIELDS:
                assert item.findtext(tag) == row["fields"][column].strip(), (r["id"], tag)
        elif r["layout"] == "apms_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.findtext("header/resultCode") == "00"
            (item,) = root.findall("body/items/item")
            assert item.findtext("careTel") == tel and item.findtext("careNm") == name
            assert item.findtext("careAddr") == h298.address(row)
            assert re.fullmatch(r"\d{15}", item.findtext("desertionNo"))
            assert re.fullmatch(r"\S+-\S+-20\d\d-\d{5}", item.findtext("noticeNo"))
            assert item.findtext("happenDt") < item.findtext("noticeSdt")
            assert item.findtext("noticeSdt") < item.findtext("noticeEdt")
            assert item.findtext("popfile").replace(".jpg", "_s.jpg") == item.findtext("filename")
        elif r["layout"] == "namumark":
            lines = text.splitlines()
            assert lines[:3] == ["[include(틀:상위 문서, top1=동물병원)]", "[목차]", "== 개요 =="]
            assert f"|| '''전화번호''' || {tel} ||" in lines
            assert all(line.endswith("||") for line in lines if line.startswith("||"))
            assert lines[-1].startswith("[[분류:") or lines[-2].startswith("[[분류:")
            assert f"예약은 전화({tel})로 받는다." in text
        else:
            event = json.loads(text)
            assert event["event"] == "send" and re.fullmatch(r"[\w-]{22}", event["user"])
            (card,) = event["compositeContent"]["compositeList"]
            assert card["title"] == name and card["description"].endswith(f"☎ {tel}")
            assert [b["type"] for b in card["buttonList"]] == ["TEXT", "LINK"]


def test_provenance():
    sources = h298.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "devhump/MungJipsa"
    assert kr["commit"] == "40d88977f119075d537cf1c8a19b5491f0b024dd"
    assert kr["path"] == "animal_hospital.csv" and kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "LOCALDATA" in kr["publisher"]
    rows = h298.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())
    assert all("" not in r["fields"] for r in rows)


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h298, "held_out_298", tmp_path)
