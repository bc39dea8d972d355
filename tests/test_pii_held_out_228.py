"""held_out_228 of the PII evaluation set (scripts/pii_held_out_228.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled whole; the name and district are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_228 as h228  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the institution's identifiers, in every layout
IDENTIFIERS = ("보건기관명", "시군구")
# how many copies of the phone field each layout writes
COPIES = {"hira_hosp_basis": 1, "kakao_local": 1, "koneps_bid": 1, "sami_captions": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h228.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h228.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h228.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h228.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "kakao_local": 153, "koneps_bid": 150, "sami_captions": 150, "hira_hosp_basis": 147,
    }  # fmt: skip
    # a health-living support centre is no medical institution of HIRA's list
    assert not any(
        r["layout"] == "hira_hosp_basis" and _row(r)["fields"]["기관유형"] == "건강생활지원센터"
        for r in records
    )


def test_every_copy_of_the_phone_field_is_labelled_whole_and_unchanged(records):
    """The phone field is labelled whole wherever it stands (one number, however its groups
    are joined), under its column; nothing else is labelled or a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h228.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        assert personal_phone(value, "KR"), r["id"]
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == Counter({(value, h228.PHONE): copies}), r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, lambda value: value.startswith("+"))
    assert kinds == {"national:대표 전화번호": 750}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, hyphenated as the register
    writes it (one with a doubled hyphen); the kinds of the sample; three names with a trailing
    blank, kept as published; no e-mail address."""
    rows = h228.data()["rows"]
    assert Counter(row["fields"]["기관유형"] for row in rows) == {
        "보건진료소": 318, "일반보건지소": 225, "보건소": 44, "건강생활지원센터": 9,
        "통합보건지소": 3, "보건의료원": 1,
    }  # fmt: skip
    for row in rows:
        tel = row["fields"][h228.PHONE]
        assert re.fullmatch(r"0\d{1,2}-\d{3,4}--?\d{4}", tel), tel
    assert [r["fields"][h228.PHONE] for r in rows if "--" in r["fields"][h228.PHONE]] == [
        "061-390--7905"
    ]
    assert sum(row["fields"]["보건기관명"] != h228.name(row) for row in rows) == 3
    assert Counter(row["fields"]["도서지역 여부"] for row in rows) == {"아니오": 577, "예": 23}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML/SAMI text)."""
    if layout in ("hira_hosp_basis", "sami_captions"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and district stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h228._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), (
                r["id"],
                column,
            )


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; SAMI by its
    SYNC lines), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h228.phone(row), h228.name(row)
        if r["layout"] == "hira_hosp_basis":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "response" and root.findtext("header/resultCode") == "00"
            item = root.find("body/items/item")
            assert item.findtext("telno") == tel and item.findtext("yadmNm") == name
            code, kind = h228.HIRA_KINDS[row["fields"]["기관유형"]]
            assert item.findtext("clCd") == code and item.findtext("clCdNm") == kind
            assert item.findtext("addr") == h228._f(row, "주소")
            assert root.findtext("body/totalCount") == "1"
        elif r["layout"] == "kakao_local":
            doc = json.loads(text)
            (place,) = doc["documents"]
            assert place["phone"] == tel and place["place_name"] == name
            assert place["place_url"] == f"http://place.map.kakao.com/{place['id']}"
            assert place["road_address_name"] == h228.road_address(row)
            assert doc["meta"]["same_name"]["keyword"] == name
        elif r["layout"] == "koneps_bid":
            doc = json.loads(text)
            assert doc["response"]["header"]["resultCode"] == "00"
            (item,) = doc["response"]["body"]["items"]
            assert item["ntceInsttOfclTelNo"] == tel and item["dminsttNm"] == name
            assert re.fullmatch(r"2024\d{7}", item["bidNtceNo"])
            assert f"bidno={item['bidNtceNo']}&" in item["bidNtceDtlUrl"]
            assert int(item["presmptPrce"]) < int(item["asignBdgtAmt"])
        else:
            assert text.startswith("<SAMI>\n<HEAD>\n") and text.endswith("</BODY>\n</SAMI>\n")
            syncs = re.findall(r"^<SYNC Start=(\d+)><P Class=KRCC>(.*)$", text, re.M)
            starts = [int(s) for s, _ in syncs]
            assert starts == sorted(set(starts))
            captions = [c for _, c in syncs]
            assert captions[1::2] == ["&nbsp;"] * (len(captions) // 2)
            assert captions[-2] == f"문의: {escape(name)} {tel}"
            assert f"☎ {tel}로 문의해 주십시오." in text


def test_provenance():
    sources = h228.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "KoJiHyeok/pest-sns"
    assert kr["commit"] == "f234107e3c5f60a7270fc5f56e9ccd4a4649b1dc"
    assert kr["path"] == "data/health_orgs_raw.csv" and kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "15107750" in kr["publisher"]
    rows = h228.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h228, "held_out_228", tmp_path)
