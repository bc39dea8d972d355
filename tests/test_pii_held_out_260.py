"""held_out_260 of the PII evaluation set (scripts/pii_held_out_260.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the park's and managing body's names are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_260 as h260  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

CAFE = re.compile(
    r'curl -X POST "https://openapi\.naver\.com/v1/cafe/(\d+)/menu/(\d+)/articles" \\\n'
    r'  -H "Authorization: Bearer \$\{NAVER_ACCESS_TOKEN\}" \\\n'
    r'  --data-urlencode "subject=(.*)" \\\n'
    r'  --data-urlencode "content=(.*)"\n'
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h260.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h260.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h260.data()["rows"]) == 528
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h260.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "tmap_poi": 132, "disaster_msg": 132, "kakaowork_bot": 132, "naver_cafe": 132,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h260.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "KR") else short)[(number, h260.PHONE)] += copies
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
    kinds = phone_kinds(records, h260.international)
    assert kinds == {"national:전화번호": 1056}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, each a distinct one, as the
    file writes it (hyphenated, no blanks around it); one national representative number of
    eight digits; the first row of each number in the file's order; no e-mail address."""
    rows = h260.data()["rows"]
    phones = [row["fields"]["전화번호"] for row in rows]
    assert len(set(phones)) == len(phones) == 528
    assert all(re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}|1\d{3}-\d{4}", p) for p in phones)
    assert [p for p in phones if p.startswith("1")] == ["1670-8114"]
    assert all(h260.phone(row) == row["fields"]["전화번호"] for row in rows)
    order = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert order == sorted(order)
    assert Counter(row["fields"]["공원구분"] for row in rows).most_common(3) == [
        ("근린공원", 217), ("어린이공원", 117), ("소공원", 75),
    ]  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or shell double-quoted text)."""
    if layout == "naver_cafe":
        return h260._sh(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The park's and the managing body's names stand in every record's text, outside the
    labels (the disaster messages name the first managing body, less its department)."""
    for r in records:
        row = _row(r)
        manager = h260._sender(row) if r["layout"] == "disaster_msg" else h260._manager(row)
        for value in (h260._f(row, "공원명"), manager):
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; the curl request by
    its fixed shape), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h260.phone(row), h260._f(row, "공원명")
        if r["layout"] == "tmap_poi":
            info = json.loads(text)["searchPoiInfo"]
            (poi,) = info["pois"]["poi"]
            assert info["totalCount"] == "1" and poi["name"] == name and poi["telNo"] == tel
            assert poi["desc"].endswith(f"(☎ {tel})")
            assert all(isinstance(v, str) for k, v in poi.items() if k != "newAddressList")
            assert poi["frontLat"] == h260._f(row, "위도")
            if h260._f(row, "소재지도로명주소"):
                (road,) = poi["newAddressList"]["newAddress"]
                assert road["fullAddressRoad"] == h260._f(row, "소재지도로명주소")
        elif r["layout"] == "disaster_msg":
            head, rows = json.loads(text)["DisasterMsg"]
            assert head["head"][0] == {"totalCount": 2}
            assert head["head"][2]["RESULT"]["resultCode"] == "INFO-0"
            newest, oldest = rows["row"]
            assert newest["create_date"] > oldest["create_date"]
            for message in rows["row"]:
                assert message["msg"].startswith(f"[{h260._sender(row)}] ")
                assert message["msg"].endswith(f" 문의 {tel}") and name in message["msg"]
                assert message["location_name"] == h260._region(row)
                assert message["send_platform"] == "cbs"
        elif r["layout"] == "kakaowork_bot":
            body = json.loads(text)
            blocks = body["blocks"]
            assert blocks[0]["type"] == "header" and blocks[-1]["type"] == "button"
            assert blocks[-1]["action_type"] == "open_system_browser"
            terms = {b["term"]: b["content"]["text"] for b in blocks if b["type"] == "description"}
            assert terms["연락처"] == tel and terms["관리기관"] == h260._manager(row)
            assert re.fullmatch(r"[12]AA-\d{4}-\d{7}", terms["민원번호"])
            assert f"(☎ {tel})" in blocks[-2]["text"]
            assert body["text"].startswith(f"[민원 배정] {name} ")
        else:
            match = CAFE.fullmatch(text)
            assert match, r["id"]
            content = match.group(4)
            assert content.startswith("<p>") and content.endswith("기준)</p>")
            assert content.count(tel) == 2 and f"({tel})</p>" in content
            assert match.group(3).startswith(f"[공원 소식] {h260._sh(name)} ")


def test_provenance():
    sources = h260.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "kkwakkwake/ParkNearMyHouse"
    assert kr["commit"] == "f3f43474f025993260ff5735cb2e9b508ac928c0"
    assert kr["path"] == "전국도시공원정보표준데이터.csv"
    assert "not confirmed" in kr["licence"] and kr["publisher"]
    rows = h260.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 528}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h260, "held_out_260", tmp_path)
