"""held_out_257 of the PII evaluation set (scripts/pii_held_out_257.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the names and addresses are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, quote_plus

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_257 as h257  # noqa: E402 - the scripts folder's modules
import tw_taipei_hotels_data as source  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

COPIES = {
    "tdx_tourism_hotel": 2, "cloudbeds_hotel_details": 2, "ecpay_logistics_notify": 1,
    "hexo_post": 2,
}  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h257.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h257.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h257.data()["rows"]) == 440
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h257.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:TW"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h257.LAYOUTS, 110)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    for r in records:
        row, text = _row(r), r["text"]
        value = h257.phone(row)
        assert text.count(value) == COPIES[r["layout"]], r["id"]
        labelled = [(text[s:e], kind) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"]
        assert labelled == [(value, f"national:{h257.PHONE}")] * COPIES[r["layout"]], r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, lambda value: value.startswith("+"))
    assert kinds == {f"national:{h257.PHONE}": 770}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ``02-`` and eight digits, or a mobile ``09xx-xxxxxx``; the
    Chinese addresses open with ``臺北市`` and a district of the postcode table; each row's
    columns joined by commas give the file's line back."""
    rows = h257.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h257.phone(row)) for row in rows)
    assert shapes == {"99-99999999": 435, "9999-999999": 5}
    assert sum(h257.mobile(row) for row in rows) == 5
    for row in rows:
        assert list(row["fields"]) == list(source.COLUMNS)
        assert h257.district(row) in h257.POSTCODES
        assert row["fields"]["房間數"].isdigit()
        assert source.split_line(",".join(row["fields"].values())) == row["fields"]


def _identifiers(r: dict) -> list[str]:
    """The row's name and Chinese address as the layout writes them."""
    row = _row(r)
    values = [h257._f(row, "旅宿名稱"), h257._f(row, "地址")]
    if r["layout"] == "ecpay_logistics_notify":
        return [quote_plus(v) for v in values]
    if r["layout"] in ("tdx_tourism_hotel", "cloudbeds_hotel_details"):
        return [json.dumps(v, ensure_ascii=False)[1:-1] for v in values]
    return values


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for value in _identifiers(r):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h257.phone(row), h257._f(row, "旅宿名稱")
        if r["layout"] == "tdx_tourism_hotel":
            (hotel,) = json.loads(text)
            assert hotel["Phone"] == tel and hotel["HotelName"] == name
            assert hotel["Description"].endswith(f"訂房專線：{tel}")
            assert hotel["ZipCode"] == h257.postcode(row) and hotel["City"] == "臺北市"
            assert re.fullmatch(r"C4_315080000H_\d{6}", hotel["HotelID"])
        elif r["layout"] == "cloudbeds_hotel_details":
            doc = json.loads(text)
            assert doc["success"] is True
            prop = doc["data"]
            assert prop["propertyPhone"] == tel and prop["propertyName"] == name
            assert f"請來電 {tel}。" in prop["propertyDescription"]
            assert prop["propertyAddress"]["propertyAddress1"] == h257._f(row, "address")
            assert prop["propertyAddress"]["propertyZip"] == h257.postcode(row)
        elif r["layout"] == "ecpay_logistics_notify":
            head, body = text.split("\n\n", 1)
            assert head.startswith("POST /ecpay/logistics/notify HTTP/1.1\n")
            body = body.rstrip("\n")
            assert f"Content-Length: {len(body.encode())}" in head
            form = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
            key = "ReceiverCellPhone" if h257.mobile(row) else "ReceiverPhone"
            other = "ReceiverPhone" if h257.mobile(row) else "ReceiverCellPhone"
            assert form[key] == tel and form[other] == ""
            assert form["ReceiverName"] == name and form["ReceiverAddress"] == h257._f(row, "地址")
            assert form["RtnCode"] == "300" and re.fullmatch(r"[0-9A-F]{64}", form["CheckMacValue"])
        else:
            assert text.startswith("---\ntitle: ")
            front = text.split("---\n")[1]
            assert json.loads(front.splitlines()[0][len("title: ") :]).endswith(name)
            assert f"\n- 電話：{tel}\n" in text
            assert "\n{% blockquote %}\n" in text and "\n{% endblockquote %}\n" in text
            assert "\n<!-- more -->\n" in text


def test_provenance():
    sources = h257.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "AllenSu-yu/WeHelp_Stage1"
    assert tw["commit"] == "74bc0fdb643ea706d0e56ea5b4fc627babc805b9"
    assert tw["paths"] == ["week3/hotels.csv"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h257.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 440}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h257, "held_out_257", tmp_path)
