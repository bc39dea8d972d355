"""held_out_306 of the PII evaluation set (scripts/pii_held_out_306.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real telephone
field, copied unchanged, each copy labelled; the name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data, and the data from the
fetched mirror where it is on the machine. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import datetime as dt
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

import kr_cultural_festivals_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_306 as h306  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/sukyung23-create+culture-hunter/repo")
# how many copies of the telephone each layout writes
COPIES = {
    "kcisa_xml": 2,
    "kakaostory_json": 1,
    "clova_tuning_jsonl": 3,
    "naverworks_http": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h306.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h306.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h306.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h306.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {layout: 125 for layout in h306.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the telephone field is labelled wherever the field stands, under its
    column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h306.phone(row)
        copies = COPIES[r["layout"]]
        assert text.count(tel) == copies, r["id"]
        expected: Counter = Counter()
        for s, e in numbers(tel):
            assert personal_phone(tel[s:e], "KR"), r["id"]
            expected[(tel[s:e], h306.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h306.international)
    assert kinds == {"national:전화번호": 875}


def test_the_data_keeps_the_published_shape():
    """500 rows, each with one telephone as the file writes it: area code (or a nationwide
    prefix), exchange and line joined by hyphens, 500 distinct; every field a string as
    published, no e-mail address, no mobile number, no placeholder."""
    rows = h306.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h306.PHONE]
        assert value == value.strip() and extractor.kept(value)
        assert re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}|1[5-8]\d\d-\d{4}", value), value
        assert not re.match(r"01[016-9]|000|067", value), value
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "999-999-9999": 417, "99-9999-9999": 41, "99-999-9999": 21, "999-9999-9999": 18,
        "9999-9999": 3,
    }  # fmt: skip
    assert len({h306.phone(row) for row in rows}) == 500
    assert sum(h306.phone(row).startswith("070-") for row in rows) == 8


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or within a JSON string)."""
    if layout == "kcisa_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and the road (or lot-number) address stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h306.name(row), h306.address(row)):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML by the standard library, JSON and JSON Lines
    by ``json``, the HTTP message's head by its lines and its body by ``json`` with the length
    it states), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h306.phone(row), h306.name(row)
        fields = row["fields"]
        if r["layout"] == "kcisa_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "response"
            assert root.findtext("comMsgHeader/SuccessYN") == "Y"
            assert root.findtext("comMsgHeader/ReturnCode") == "00"
            info = root.find("msgBody/perforInfo")
            assert info.findtext("seq") == root.findtext("msgBody/seq")
            assert info.findtext("title") == name and info.findtext("phone") == tel
            assert info.findtext("contents1").endswith(f"문의: {tel}")
            assert info.findtext("startDate") == fields["축제시작일자"].replace("-", "")
            assert info.findtext("gpsX") == fields["경도"].strip()
            assert info.findtext("gpsY") == fields["위도"].strip()
            assert info.findtext("placeAddr") == h306.address(row)
            assert len(info.findtext("area")) == 2
        elif r["layout"] == "kakaostory_json":
            story = json.loads(text)
            assert story["media_type"] == "NOTE" and story["permission"] == "PUBLIC"
            profile, activity = story["id"].split(".")
            assert story["url"] == f"https://story.kakao.com/{profile}/{activity}"
            assert story["content"].startswith(f"[{name}]\n")
            assert f"\n☎ 문의: {tel}\n" in story["content"]
            dt.datetime.strptime(story["created_at"], "%Y-%m-%dT%H:%M:%SZ")
        elif r["layout"] == "clova_tuning_jsonl":
            lines = text.splitlines()
            turns = [json.loads(line) for line in lines]
            assert [t["T_ID"] for t in turns] == [0, 1]
            assert len({t["C_ID"] for t in turns}) == 1
            for t in turns:
                assert set(t) == {"System_Prompt", "C_ID", "T_ID", "Text", "Completion"}
                assert f"\n전화번호: {tel}" in t["System_Prompt"]
            assert turns[1]["Completion"].endswith(f"문의 전화는 {tel}입니다.")
            assert tel not in turns[0]["Completion"]
        else:
            head, body = text.split("\n\n", 1)
            lines = head.split("\n")
            assert lines[0] == "POST /v1.0/users/me/calendar/events HTTP/1.1"
            assert "Host: www.worksapis.com" in lines
            (length,) = [line.split(": ")[1] for line in lines if line.startswith("Content-")
                         and "Length" in line]  # fmt: skip
            assert int(length) == len(body.encode("utf-8"))
            (event,) = json.loads(body)["eventComponents"]
            assert event["summary"] == name and event["location"] == h306.address(row)
            assert f"\n문의: {tel}" in event["description"]
            start = dt.date.fromisoformat(event["start"]["date"])
            end = dt.date.fromisoformat(event["end"]["date"])
            assert start.isoformat() == fields["축제시작일자"] and start < end


def test_provenance():
    sources = h306.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "sukyung23-create/culture-hunter"
    assert kr["commit"] == "a0a8c3edb086b1e5b59b31a0fa183a190f9409dd"
    assert kr["path"] == "전국문화축제표준데이터.csv" and kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "전국문화축제표준데이터" in kr["publisher"]
    rows = h306.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 500}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h306, "held_out_306", tmp_path)
