"""held_out_180 of the PII evaluation set (scripts/pii_held_out_180.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the code, name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_180 as h180  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the institution's identifiers, in every layout
IDENTIFIERS = ("醫事機構代碼", "醫事機構名稱", "醫事機構地址")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h180.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h180.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h180.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h180.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "gongwen_di": 125, "ptt_article": 125, "hackmd_note": 125, "ethercalc_save": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h180.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "TW") else short)[(number, h180.PHONE)] += copies
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
    kinds = phone_kinds(records, h180.international)
    assert kinds == {"national:醫事機構電話": 1000}


def test_the_data_keeps_the_published_shape():
    """500 institutions, each once, with a number of six digits or more, none of the kinds or
    the city Taiwan's earlier parts took; every number the area code in brackets and the
    subscriber's digits (one with a digit too many, ``(037)37558666``, kept as published)."""
    rows = h180.data()["rows"]
    assert len({row["fields"]["醫事機構代碼"] for row in rows}) == 500
    for row in rows:
        tel = row["fields"][h180.PHONE]
        assert tel == h180.phone(row)
        assert re.fullmatch(r"\(0\d{1,2}\)\d{6,8}", tel), tel
        assert not any(
            k in row["fields"]["醫事機構名稱"] for k in ("衛生所", "藥局", "健康服務中心")
        )
        assert not row["fields"]["醫事機構地址"].startswith("新竹市")
        assert set(row["fields"]) == {
            "醫事機構代碼", "醫事機構名稱", "主責機構註記", "醫事機構地址", "醫事機構電話",
            "生效起日", "生效迄日", "整合團隊代碼", "整合團隊名稱",
        }  # fmt: skip
    assert len({h180.phone(row) for row in rows}) == 500
    assert sum(h180.lead(row) for row in rows) == 31


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, SocialCalc's escapes, or as it is)."""
    if layout == "gongwen_di":
        return escape(value)
    if layout == "ethercalc_save":
        return h180._sc(value)
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The code, name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h180._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _socialcalc_cells(text: str) -> dict[str, tuple[str, str]]:
    """The sheet part's cells of a SocialCalc save: coordinate -> (type, value unescaped)."""
    sheet = text.split("--SocialCalcSpreadsheetControlSave\n")[2]
    out = {}
    for line in sheet.splitlines():
        if line.startswith("cell:"):
            _, coord, kind, value, *_ = line.split(":")
            out[coord] = (kind, value.replace("\\c", ":").replace("\\n", "\n").replace("\\b", "\\"))
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the DI letter by the standard library's XML parser;
    the PTT article, HackMD note and SocialCalc save by their fixed shapes), the row's number
    where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h180.phone(row), h180._f(row, "醫事機構名稱")
        if r["layout"] == "gongwen_di":
            assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE 函 SYSTEM')
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "函"
            assert root.findtext("發文機關/全銜") == name
            assert [e.text for e in root.findall("聯絡方式")][1] == f"電話：{tel}"
            items = root.findall("段落/條列")
            assert [i.get("序號") for i in items] == ["一、", "二、", "三、"]
            assert items[2].findtext("文字").endswith(f"電話{tel}。")
            assert root.findtext("受文者/全銜") == root.findtext("正本/全銜")
            assert root.findtext("受文者/全銜").startswith(h180.NHIA)
        elif r["layout"] == "ptt_article":
            head = text.splitlines()[:3]
            assert re.fullmatch(r"作者: [a-z]+ \(.+\) 看板: (Nurse|Doctor-Info)", head[0])
            assert head[1].startswith("標題: [") and head[1].endswith(name)
            assert re.fullmatch(r"時間: \w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} 2025", head[2])
            assert f"\n電話：{tel}\n" in text
            assert "\n--\n※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 203.0.113." in text
            assert re.search(
                r"https://www\.ptt\.cc/bbs/[\w-]+/M\.\d{10}\.A\.[0-9A-F]{3}\.html", text
            )
            author = re.match(r"作者: (\w+)", text).group(1)
            assert re.search(rf"\n→ {author}: 直接打院所電話{re.escape(tel)}問", text)
        elif r["layout"] == "hackmd_note":
            assert text.startswith("---\ntitle: ") and "\nlang: zh-tw\n---\n" in text
            assert f"\n# {name}\n\n[TOC]\n\n:::info\n" in text
            assert f"\n| 電話 | {tel} |\n" in text
            assert f"\n- [ ] 電話聯繫 {tel} 預約首次訪視\n" in text
            assert text.count("\n:::\n") == 2
        else:
            assert text.startswith("socialcalc:version:1.0\nMIME-Version: 1.0\n")
            assert text.endswith("--SocialCalcSpreadsheetControlSave--\n")
            cells = _socialcalc_cells(text)
            assert cells["D1"] == ("t", "醫事機構電話") and cells["D2"] == ("t", tel)
            assert cells["B2"] == ("t", name)
            assert cells["F2"] == ("v", h180._f(row, "生效起日"))
            assert cells["H2"][1].startswith(f"收案前請先來電 {tel} 確認")
            assert ("E2" in cells) == h180.lead(row)


def test_provenance():
    sources = h180.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "kileyou123-maker/health-dashboard"
    assert tw["commit"] == "c275d1ddc3b620681e4015ad12a64419d94419ea"
    assert tw["paths"] == ["A21030000I-D2000H-001.csv"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h180.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 500}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h180, "held_out_180", tmp_path)
