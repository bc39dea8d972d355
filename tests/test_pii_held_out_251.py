"""held_out_251 of the PII evaluation set (scripts/pii_held_out_251.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data, which is rebuilt from the fetched mirror
where it is on the machine. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import json
import re
import shlex
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_recreational_forests_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_251 as h251  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/kimpgithub+foresting/repo")
# the forest's identifiers, in every layout
IDENTIFIERS = ("휴양림명", "소재지도로명주소")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h251.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h251.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h251.data()["rows"]) == 196
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h251.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "gocamping_json": 49, "tourapi_xml": 49, "dooray_hook": 49, "kakao_calendar": 49,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h251.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "KR") else short)[(number, h251.PHONE)] += copies
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
    kinds = phone_kinds(records, h251.international)
    assert kinds == {"national:휴양림전화번호": 392}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; the numbers are hyphenated
    as published (one 0507 number cut to eleven digits); 150 공유림, 27 국유림, 19 사유림; no
    managing body's name that names a person, no app column."""
    rows = h251.data()["rows"]
    for row in rows:
        tel = row["fields"][h251.PHONE]
        assert tel == h251.phone(row)
        assert re.fullmatch(r"0\d{1,3}-\d{3,4}-\d{3,4}", tel), tel
        assert "이미지URL" not in row["fields"]
        manager = row["fields"].get("관리기관명", "")
        assert not manager.startswith("개인") and "대표" not in manager
    assert Counter(row["fields"]["휴양림구분"] for row in rows) == {
        "공유림": 150, "국유림": 27, "사유림": 19,
    }  # fmt: skip
    assert sum("관리기관명" not in row["fields"] for row in rows) == 4
    assert sum(h251.phone(row) == "0507-1401-583" for row in rows) == 1
    assert len({h251.phone(r) for r in rows}) == 170


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "tourapi_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and road address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h251._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            if column == "휴양림명" and r["layout"] == "dooray_hook":
                assert f"[{value}]" in r["text"], r["id"]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _curl_event(text: str) -> dict:
    """The ``event`` JSON of a Kakao Talk Calendar curl request (read by the shell's rules)."""
    words = shlex.split(text.replace("\\\n", " "))
    assert words[:5] == ["curl", "-v", "-X", "POST",
                         "https://kapi.kakao.com/v2/api/calendar/create/event"]  # fmt: skip
    values = [words[i + 1] for i, w in enumerate(words) if w == "--data-urlencode"]
    assert values[0] == "calendar_id=primary"
    return json.loads(values[1].removeprefix("event="))


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h251.phone(row), h251._f(row, "휴양림명")
        if r["layout"] == "gocamping_json":
            doc = json.loads(text)["response"]
            assert doc["header"] == {"resultCode": "0000", "resultMsg": "OK"}
            item = doc["body"]["items"]["item"][0]
            assert item["tel"] == tel and item["facltNm"] == name
            assert item["intro"].endswith(f"문의 전화 {tel}")
            assert item["mapX"] == h251._f(row, "경도") and item["facltDivNm"] == "자연휴양림"
        elif r["layout"] == "tourapi_xml":
            root = ET.fromstring(text.encode("utf-8"))
            item = root.find("body/items/item")
            assert root.findtext("header/resultCode") == "0000"
            assert item.findtext("tel") == tel and item.findtext("title") == name
            assert f"({tel})로 하면 된다." in item.findtext("overview")
            assert item.findtext("cat3") == "A01010600"
        elif r["layout"] == "dooray_hook":
            doc = json.loads(text)
            assert doc["text"].endswith(f"현장 문의: {tel}")
            attachment = doc["attachments"][0]
            assert attachment["text"].endswith(f"☎ {tel}")
            assert re.fullmatch(r"예약번호 R\d{13}", attachment["title"])
        else:
            event = _curl_event(text)
            assert event["title"].endswith(f"박 ({tel})")
            assert event["description"].endswith(f"휴양림 전화 {tel}")
            assert event["location"]["name"] == name
            assert event["time"]["time_zone"] == "Asia/Seoul"
            assert event["time"]["start_at"].endswith(":00:00Z")


def test_provenance():
    sources = h251.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "kimpgithub/foresting"
    assert kr["commit"] == "5191eb65d2a6381e33b5fef7acc32449605cb69b"
    assert kr["path"] == "app/src/main/assets/hueyanglim_data.json"
    assert "not confirmed" in kr["licence"] and kr["publisher"]
    assert sources == json.loads(json.dumps(extractor.SOURCES, ensure_ascii=False))
    rows = h251.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 196}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h251, "held_out_251", tmp_path)
