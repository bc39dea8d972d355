"""held_out_434 of the PII evaluation set (scripts/pii_held_out_434.py): its committed records
keep the generator's invariants (every labelled value is a copy of the homestay's real
telephone, unchanged, each copy labelled; the homestay's name and licence number are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_434 as h434  # noqa: E402 - the scripts folder's modules
import tw_yilan_homestays_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the telephone a record of each layout writes
COPIES = {
    "hostaway_listing": 2,
    "feishu_post": 2,
    "wecom_markdown": 2,
    "amap_place_text": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h434.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h434.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h434.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h434.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:TW"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h434.LAYOUTS}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, whole; nothing else is labelled and no
    distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h434.phone(row)
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:tel"): COPIES[r["layout"]]}, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h434.international) == {"national:tel": 700}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one fixed line as published (no mobile, no second
    number), a number a person could hold, no two alike; the homestays are the register's
    objects with their eight keys as published."""
    rows = h434.data()["rows"]
    tels = [h434.phone(row) for row in rows]
    assert tels == [row["fields"]["電話或手機"] for row in rows]
    assert all(extractor.is_kept_phone(tel) for tel in tels)
    assert all(personal_phone(tel, "TW") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 400
    shapes = Counter(re.sub(r"\d", "9", tel) for tel in tels)
    assert shapes == {"99-9999999": 393, "99-99999999": 7}
    assert sum(tel.startswith("03-9") for tel in tels) == 392, (
        "Yilan's lines; 8 of offices elsewhere"
    )
    keys = {"登記證核准日期", "民宿登記證核准編號", "營業現狀", "中文名稱", "英文名稱",
            "電話或手機", "營業地址", "英文地址"}  # fmt: skip
    for row in rows:
        assert set(row["fields"]) == keys
        assert row["fields"]["營業現狀"] == "合法/營業"


def test_the_extractor_keeps_fixed_lines_only():
    keep = ("03-9222000", "03-95001234", "039222000", "02-2559-1772")
    drop = ("0938-199320", "0916220518", "03-9779837、 0966-226228", "", "03-9222000#12")
    assert all(extractor.is_kept_phone(v) for v in keep)
    assert not any(extractor.is_kept_phone(v) for v in drop)


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The homestay's Chinese name stands in every record's text outside the labels, its
    licence number in every layout but AMap's (whose POI has no field for it)."""
    for r in records:
        row = _row(r)
        columns = (
            ("中文名稱",)
            if r["layout"] == "amap_place_text"
            else ("中文名稱", "民宿登記證核准編號")
        )
        for value in (h434._f(row, column) for column in columns):
            found = [m.start() for m in re.finditer(re.escape(_encoded(value)), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document is JSON of its format, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h434.phone(row), h434._f(row, "中文名稱")
        if r["layout"] == "hostaway_listing":
            assert doc["status"] == "success"
            listing = doc["result"]
            assert listing["contactPhone1"] == tel and listing["name"] == name
            assert listing["countryCode"] == "TW" and listing["currencyCode"] == "TWD"
            assert listing["propertyLicenseNumber"] == h434.licence(row)
            assert listing["propertyLicenseIssueDate"] == h434._f(row, "登記證核准日期").replace(
                "/", "-"
            )
            assert listing["contactAddress"] == h434._f(row, "營業地址")
            assert tel in listing["keyPickup"]
            assert re.fullmatch(r"\d{3}", listing["zipcode"])
        elif r["layout"] == "feishu_post":
            assert doc["msg_type"] == "post"
            post = doc["content"]["post"]["zh_cn"]
            assert post["title"].endswith(name)
            tags = [item for line in post["content"] for item in line]
            assert {item["tag"] for item in tags} == {"text", "a"}
            assert {"tag": "text", "text": f"聯絡電話：{tel}"} in tags
        elif r["layout"] == "wecom_markdown":
            assert set(doc) == {"msgtype", "markdown"} and doc["msgtype"] == "markdown"
            content = doc["markdown"]["content"]
            assert content.startswith(f"### 新上架民宿：{name}\n")
            assert f"> 電話：{tel}\n" in content and f"聯絡民宿 {tel}。" in content
        else:
            assert (doc["status"], doc["info"], doc["infocode"], doc["count"]) == (
                "1", "OK", "10000", "1",
            )  # fmt: skip
            poi = doc["pois"][0]
            assert re.fullmatch(r"B0FF[0-9A-Z]{6}", poi["id"])
            assert poi["tel"] == tel and poi["name"] == name
            lon, lat = map(float, poi["location"].split(","))
            assert 121.6 < lon < 121.9 and 24.5 < lat < 24.9
            assert poi["adname"] == h434.township(row)


def test_provenance():
    sources = h434.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "JohnnyHuang0515/TravelAI"
    assert tw["commit"] == "9830068ea42f908bfeea61aee25dae0398a69596"
    assert tw["paths"] == ["docs/宜蘭縣民宿名冊.json"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h434.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 400}
    assert all(r["path"].startswith("docs/宜蘭縣民宿名冊.json#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h434, "held_out_434", tmp_path)
