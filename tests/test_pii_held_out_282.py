"""held_out_282 of the PII evaluation set (scripts/pii_held_out_282.py): its committed records
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

import kr_traditional_markets_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_282 as h282  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/hwruchan+Traditional-Market-Infrastructure-Review-Analysis/repo")
# how many copies of the telephone each layout writes
COPIES = {
    "datagokr_xml": 1,
    "popbill_taxinvoice": 2,
    "coupang_product": 2,
    "naver_product": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h282.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h282.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h282.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h282.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h282.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the telephone field is labelled wherever the field stands, under its
    column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h282.phone(row)
        copies = COPIES[r["layout"]]
        assert text.count(tel) == copies, r["id"]
        expected: Counter = Counter()
        for s, e in numbers(tel):
            assert personal_phone(tel[s:e], "KR"), r["id"]
            expected[(tel[s:e], h282.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h282.international)
    assert kinds == {"national:전화번호": 700}


def test_the_data_keeps_the_published_shape():
    """400 rows, each with one telephone as the file writes it: area code, exchange and line
    joined by hyphens, 400 distinct; every field a string as published, no e-mail address."""
    rows = h282.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h282.PHONE]
        assert value == value.strip()
        assert re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}", value), value
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "999-999-9999": 329, "99-999-9999": 36, "99-9999-9999": 25, "999-9999-9999": 10,
    }  # fmt: skip
    assert len({h282.phone(row) for row in rows}) == 400
    assert Counter(row["fields"]["시장유형"] for row in rows) == {
        "상설장": 307, "상설장+5일장": 82, "5일장": 11,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "datagokr_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and the road (or lot-number) address stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h282.name(row), h282._address(row)):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library, the HTTP
    request by its head and its JSON body), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h282.phone(row), h282.name(row)
        if r["layout"] == "datagokr_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "response" and root.findtext("header/resultCode") == "00"
            (item,) = root.findall("body/items/item")
            assert item.findtext("mrktNm") == name and item.findtext("phoneNumber") == tel
            assert item.findtext("insttCode") == "B553077"
            assert [child.tag for child in item] == [tag for tag, _ in h282.API_FIELDS]
        elif r["layout"] == "popbill_taxinvoice":
            doc = json.loads(text)
            assert doc["invoicerTEL"] == tel and doc["invoicerCorpName"] == f"{name} 상인회"
            assert doc["remark1"].endswith(f"(문의 ☎ {tel})")
            assert re.fullmatch(r"\d{10}", doc["invoicerCorpNum"])
            assert re.fullmatch(r"\d{10}", doc["invoiceeCorpNum"])
            supply, tax = int(doc["supplyCostTotal"]), int(doc["taxTotal"])
            assert int(doc["totalAmount"]) == supply + tax and tax == supply // 10
        elif r["layout"] == "coupang_product":
            head, body = text.split("\r\n\r\n", 1)
            lines = head.split("\r\n")
            assert lines[0] == (
                "POST /v2/providers/seller_api/apis/api/v1/marketplace/seller-products HTTP/1.1"
            )
            length = int(dict(line.split(": ", 1) for line in lines[1:])["Content-Length"])
            assert length == len(body.rstrip("\n").encode("utf-8"))
            doc = json.loads(body)
            assert doc["companyContactNumber"] == doc["afterServiceContactNumber"] == tel
            assert doc["brand"] == name and re.fullmatch(r"\d{5}", doc["returnZipCode"])
            assert re.fullmatch(r"A00\d{6}", doc["vendorId"])
        else:
            doc = json.loads(text)
            attrs = doc["originProduct"]["detailAttribute"]
            assert attrs["afterServiceInfo"]["afterServiceTelephoneNumber"] == tel
            notice = attrs["productInfoProvidedNotice"]
            assert notice["productInfoProvidedNoticeType"] == "ETC"
            assert notice["etc"]["customerServicePhoneNumber"] == tel
            assert doc["originProduct"]["name"].startswith(f"[{name}] ")


def test_provenance():
    sources = h282.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "hwruchan/Traditional-Market-Infrastructure-Review-Analysis"
    assert kr["commit"] == "8be12391793e6d3dc7d3c94b2a3b525c7df9b0d7"
    assert kr["path"] == "data/전국전통시장표준데이터.csv" and kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "소상공인시장진흥공단" in kr["publisher"]
    rows = h282.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())
    assert {r["fields"]["제공기관명"] for r in rows} == {"소상공인시장진흥공단"}


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h282, "held_out_282", tmp_path)
