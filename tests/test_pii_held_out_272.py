"""held_out_272 of the PII evaluation set (scripts/pii_held_out_272.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real telephone or
fax field, copied unchanged, each copy labelled; the name and address are in the text and
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

import pii_held_out_272 as h272  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how many copies of the telephone and of the fax each layout writes
COPIES = {
    "naver_local": (1, 1),
    "worknet_wanted": (2, 2),
    "naverworks_bot": (1, 1),
    "band_posts": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h272.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h272.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h272.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h272.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h272.LAYOUTS}


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the telephone and fax fields is labelled wherever the field stands,
    under its column (a fax equal to the telephone under the telephone's); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h272.phone(row), h272.fax(row)
        tel_copies, fax_copies = COPIES[r["layout"]]
        expected: Counter = Counter()
        if fax == tel:
            assert text.count(tel) == tel_copies + fax_copies, r["id"]
            fields = [(tel, h272.PHONE, tel_copies + fax_copies)]
        else:
            assert text.count(tel) == tel_copies, r["id"]
            assert text.count(fax) == fax_copies, r["id"]
            fields = [(tel, h272.PHONE, tel_copies), (fax, h272.FAX, fax_copies)]
        for value, column, copies in fields:
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "KR"), r["id"]
                expected[(value[s:e], column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h272.international)
    assert kinds == {"national:대표전화번호": 502, "national:대표팩스번호": 498}


def test_the_data_keeps_the_published_shape():
    """400 rows, each with a telephone and a fax as the file writes them: area code, exchange
    and line joined by hyphens, or an eight-digit national representative number (7 telephones);
    one fax equal to its telephone; every field a string as published, no e-mail address."""
    rows = h272.data()["rows"]
    shapes = Counter()
    for row in rows:
        for column in (h272.PHONE, h272.FAX):
            value = row["fields"][column]
            assert value == value.strip()
            assert re.fullmatch(r"0\d{1,3}-\d{3,4}-\d{4}|1\d{3}-\d{4}", value), value
            shapes[(column, len(value.split("-")))] += 1
    assert shapes[(h272.PHONE, 2)] == 7 and shapes[(h272.FAX, 2)] == 0
    assert sum(h272.phone(row) == h272.fax(row) for row in rows) == 1
    assert Counter(row["fields"]["대학구분명"] for row in rows) == {
        "대학원": 317, "대학": 57, "전문대학": 26,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "worknet_wanted":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and the road (or lot-number) address stand in every record's text, outside the
    labels (Naver's title with the query in ``<b>``, its address less the building's name in
    brackets)."""
    for r in records:
        row = _row(r)
        name, address = h272.name(row), h272._address(row)
        if r["layout"] == "naver_local":
            query = name.split()[0]
            name, address = name.replace(query, f"<b>{query}</b>", 1), h272._road(row)
        for value in (name, address):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library, the HTTP
    request by its head and its JSON body), the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h272.phone(row), h272.fax(row), h272.name(row)
        if r["layout"] == "naver_local":
            doc = json.loads(text)
            assert doc["total"] == doc["display"] == len(doc["items"]) == 1
            item = doc["items"][0]
            assert item["telephone"] == tel and item["description"].endswith(f"팩스 {fax}")
            assert re.sub(r"</?b>", "", item["title"]) == name
            assert item["category"].startswith("교육,학문>")
            assert re.fullmatch(r"1[2-3]\d{8}", item["mapx"]), item["mapx"]
            assert re.fullmatch(r"3[3-8]\d{7}", item["mapy"]), item["mapy"]
        elif r["layout"] == "worknet_wanted":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "wantedDtl"
            assert re.fullmatch(r"K\d{15}", root.findtext("wantedAuthNo"))
            assert root.findtext("corpInfo/corpNm") == name
            assert root.findtext("empchargeInfo/contactTelno") == tel
            assert root.findtext("empchargeInfo/chargerFaxNo") == fax
            assert root.findtext("wantedInfo/rcptMthd") == f"이메일, 팩스({fax})"
            assert f"({tel})으로 문의" in root.findtext("wantedInfo/etcHopeCont")
        elif r["layout"] == "naverworks_bot":
            head, body = text.split("\r\n\r\n", 1)
            lines = head.split("\r\n")
            assert re.fullmatch(
                r"POST /v1\.0/bots/\d{7}/channels/[0-9a-f-]{36}/messages HTTP/1\.1", lines[0]
            )
            length = int(dict(line.split(": ", 1) for line in lines[1:])["Content-Length"])
            assert length == len(body.rstrip("\n").encode("utf-8"))
            content = json.loads(body)["content"]
            assert content["type"] == "button_template"
            assert content["contentText"].startswith(f"[{name}] ")
            assert content["contentText"].endswith(f"문의: 행정실 {tel} / 팩스 {fax}")
        else:
            doc = json.loads(text)
            assert doc["result_code"] == 1
            (item,) = doc["result_data"]["items"]
            assert item["author"] == {**item["author"], "name": f"{name} 행정실", "role": "leader"}
            assert f"☎ {tel}  팩스 {fax}" in item["content"]
            assert 1704067200000 <= item["created_at"] < 1735689600000


def test_provenance():
    sources = h272.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "junho-kim79/ipsspass"
    assert kr["commit"] == "b32326f85fe6ba311383c1954937443f3a13c0fd"
    assert kr["path"] == "전국대학및전문대학정보표준데이터.csv" and kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "한국대학교육협의회" in kr["publisher"]
    rows = h272.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())
    assert {r["fields"]["제공기관명"] for r in rows} == {"한국대학교육협의회"}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h272, "held_out_272", tmp_path)
