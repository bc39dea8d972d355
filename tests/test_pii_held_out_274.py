"""held_out_274 of the PII evaluation set (scripts/pii_held_out_274.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real operating
or managing body's telephone field, copied unchanged, each copy labelled; the name and address
are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_274 as h274  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how many copies of each telephone field every layout writes
COPIES = 2


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h274.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h274.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h274.data()["rows"]) == 308
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h274.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {layout: 77 for layout in h274.LAYOUTS}


def test_every_copy_of_the_two_telephone_fields_is_labelled_unchanged(records):
    """Each number of the operating and managing bodies' telephones is labelled wherever the
    field stands, under its column (a managing body's number equal to the operating body's
    under the latter's); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mgr = h274.phone(row), h274.manager(row)
        if mgr == tel or not mgr:
            copies = 2 * COPIES if mgr else COPIES
            assert text.count(tel) == copies, r["id"]
            fields = [(tel, h274.PHONE, copies)]
        else:
            assert text.count(tel) == COPIES, r["id"]
            assert text.count(mgr) == COPIES, r["id"]
            fields = [(tel, h274.PHONE, COPIES), (mgr, h274.MANAGER, COPIES)]
        expected: Counter = Counter()
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
    kinds = phone_kinds(records, h274.international)
    assert kinds == {"national:운영기관전화번호": 856, "national:관리기관전화번호": 324}


def test_the_data_keeps_the_published_shape():
    """308 rows, each with the operating body's telephone as the file writes it (area code,
    exchange and line joined by hyphens, or eight digits in two groups), the managing body's
    in the same shapes or empty (26); 120 equal; every field a string as published, no e-mail
    address."""
    rows = h274.data()["rows"]
    shapes: Counter = Counter()
    for row in rows:
        for column in (h274.PHONE, h274.MANAGER):
            value = row["fields"][column]
            if column == h274.MANAGER and not value:
                shapes["empty"] += 1
                continue
            assert value == value.strip()
            assert re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}|\d{4}-\d{4}", value), value
            shapes[len(value.split("-"))] += 1
    assert shapes == {3: 587, 2: 3, "empty": 26}
    assert sum(h274.phone(row) == h274.manager(row) for row in rows) == 120
    assert Counter(row["fields"]["치매센터유형"] for row in rows) == {
        "치매안심센터": 298, "광역치매센터": 8, "치매상담전화센터": 2,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JavaScript or JSON string, or XML text, the
    Tistory post's HTML escaped twice)."""
    if layout == "tistory_post":
        return escape(escape(value))
    if layout == "kakao_share":
        return value.replace("\\", "\\\\").replace("'", "\\'")
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and the road address stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h274.name(row), h274._address(row)):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _js_string(text: str, key: str) -> str:
    """The single-quoted JavaScript string after ``key:`` in ``text``."""
    m = re.search(rf"\b{key}: '((?:[^'\\\n]|\\.)*)'", text)
    assert m, key
    return re.sub(r"\\(.)", r"\1", m.group(1))


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library, the Kakao
    script and the curl command by their fixed shapes), the row's numbers where the format
    puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mgr, name = h274.phone(row), h274.manager(row), h274.name(row)
        if r["layout"] == "kakao_share":
            assert "Kakao.Share.sendDefault({\n    objectType: 'location',\n" in text
            assert _js_string(text, "addressTitle") == name
            assert _js_string(text, "address") == h274._address(row)
            description = _js_string(text, "description")
            assert description.startswith("운영기관 ") and f"☎ {tel}" in description
            assert _js_string(text, "operatorTel") == tel
            if mgr:
                assert description.endswith(f"☎ {mgr}") and _js_string(text, "managerTel") == mgr
            url = _js_string(text, "webUrl")
            assert url.startswith("https://map.kakao.com/link/map/")
            assert url.endswith(f",{row['fields']['위도']},{row['fields']['경도']}")
            assert text.count("(") == text.count(")") and text.count("{") == text.count("}")
        elif r["layout"] == "channel_talk":
            head, rest = text.split(" <<'JSON'\n", 1)
            assert re.match(
                r"curl -X POST 'https://api\.channel\.io/open/v5/user-chats/[0-9a-f]{24}/"
                r"messages\?botName=[%0-9A-F]+' \\\n",
                head,
            )
            assert '-H "x-access-secret: $CHANNEL_ACCESS_SECRET"' in head
            payload, tail = rest.rsplit("\nJSON\n", 1)
            assert tail == ""
            body = json.loads(payload)
            assert body["options"] == ["actAsManager"]
            kinds = [b["type"] for b in body["blocks"]]
            assert kinds == ["text", "text", "bullets"] + (["text"] if mgr else [])
            assert f"<b>{name}</b>" in body["blocks"][1]["value"]
            bullets = [b["value"] for b in body["blocks"][2]["blocks"]]
            assert any(b.startswith("운영기관: ") and b.endswith(f"({tel})") for b in bullets)
            if mgr:
                assert body["blocks"][3]["value"].endswith(f" {mgr}로 문의하세요.")
        elif r["layout"] == "tistory_post":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "tistory" and root.findtext("status") == "200"
            item = root.find("item")
            assert item.findtext("postUrl") == f"{item.findtext('url')}/{item.findtext('id')}"
            content = item.findtext("content")
            html = ET.fromstring(f"<div>{content}</div>")
            cells = {tr.findtext("th"): tr.findtext("td") for tr in html.find("table/tbody")}
            assert cells[f"운영기관 ({h274._body(row, '운영기관명')})"] == tel
            if mgr:
                assert cells[f"관리기관 ({h274._body(row, '관리기관명')})"] == mgr
            assert f"방문 전에 {tel}로 예약하시면" in content
        else:
            doc = json.loads(text)
            assert doc["currentCount"] == doc["totalCount"] == len(doc["data"]) == 1
            (item,) = doc["data"]
            contacts = item["문의처"].split("||")
            assert contacts[0] == f"{h274._body(row, '운영기관명')}/{tel}"
            assert len(contacts) == (2 if mgr else 1)
            assert item["신청방법"].endswith(f"사전 전화 예약 {tel}")
            assert item["접수기관명"] == name
            assert re.fullmatch(r"\d{12}", item["서비스ID"])
            assert re.fullmatch(r"2024\d{10}", item["수정일시"])
            if mgr:
                assert item["지원내용"].endswith(f"({mgr})") and contacts[1].endswith(f"/{mgr}")


def test_provenance():
    sources = h274.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "kkonji/optimizer"
    assert kr["commit"] == "16b1e5af6dfd4c48995c848fee352470c6366412"
    assert kr["path"] == "data/전국치매센터표준데이터.csv" and kr["encoding"] == "utf-8"
    assert "not confirmed" in kr["licence"] and "전국치매센터표준데이터" in kr["publisher"]
    rows = h274.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 308}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())
    assert all(len(r["fields"]) == 14 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h274, "held_out_274", tmp_path)
