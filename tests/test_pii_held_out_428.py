"""held_out_428 of the PII evaluation set (scripts/pii_held_out_428.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone field,
unchanged, each copy labelled whole; the dealer's name and address are in the text and
unlabelled; each layout parses as its format) and are rebuilt byte for byte from the committed
data; the extractor's rules hold on the data and on a few made-up rows. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import jp_takamatsu_bag_dealers_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_428 as h428  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the phone field a record of each layout writes
COPIES = {
    "eccube_order_csv": 4,
    "next_engine_receive_order": 2,
    "yahoo_shopping_order_info": 2,
    "sp_api_order_address": 1,
}
FIELDS = ["property", "latitude", "longitude", "name", "address", "telephoneNumber"]


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h428.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h428.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h428.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h428.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:JP"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h428.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field is labelled whole wherever it stands (its U+2010 hyphen too), under its
    column; nothing else is labelled and nothing is a distractor."""
    for r in records:
        tel, text = h428.phone(_row(r)), r["text"]
        n = COPIES[r["layout"]]
        assert text.count(tel) == n, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:telephoneNumber"): n}, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h428.international)
    assert kinds == {"national:telephoneNumber": 900}


def test_the_data_keeps_the_published_shape():
    """Every kept number is one a person could hold, no two alike, none an earlier Japanese part
    holds; nearly all are ``087-NNN-NNNN``, the others kept as published (a U+2010 hyphen,
    NaviDial, another area, a misprint); the rows are in the workbook's order, all six columns
    strings as the workbook gives them."""
    rows = h428.data()["rows"]
    tels = [h428.phone(row) for row in rows]
    assert all(personal_phone(tel, "JP") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 400
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "81")
    assert not {digits_of(tel) for tel in tels} & earlier
    assert extractor.OUT.name not in extractor.EARLIER
    assert all((extractor.DATA / name).exists() for name in extractor.EARLIER)
    odd = [tel for tel in tels if not re.fullmatch(r"087-\d{3}-\d{4}", tel)]
    assert sorted(odd) == sorted([
        "084-982-9744", "087-7843-1001", "087-814‐4444", "0570-025-311", "0570-050-561",
        "0570-058-107", "0877-59-4001",
    ])  # fmt: skip
    at = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert at == sorted(at)
    for row in rows:
        assert list(row["fields"]) == FIELDS
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert Counter(h428.city_and_rest(row)[0] for row in rows) == {"高松市": 399, "さぬき市": 1}


def test_the_extractor_keeps_new_numbers_only(monkeypatch, tmp_path):
    """On made-up rows: a dealer with ``-``, one with a number an earlier part holds and one with
    a number too short are left out; the others are kept whole, in order."""
    earlier_tel = "087-811-0000"
    monkeypatch.setattr(extractor, "earlier_numbers", lambda *a: {digits_of(earlier_tel)})

    def dealer(n: int, tel: str) -> dict[str, str]:
        where = {"property": str(n), "latitude": "34.3", "longitude": "134.0"}
        return {
            **where,
            "name": f"商店{n}",
            "address": f"高松市番町{n}番地",
            "telephoneNumber": tel,
        }

    made_up = [
        dealer(1, "-"),
        dealer(2, "087-851-0001"),
        dealer(3, earlier_tel),
        dealer(4, "087-851"),
        dealer(5, "087-814‐0002"),
    ]
    monkeypatch.setattr(extractor, "_git", lambda *a: b"")
    monkeypatch.setattr(extractor, "sheet_rows", lambda raw: made_up)
    out = extractor.extract({"JP": tmp_path})
    assert [r["fields"]["name"] for r in out["rows"]] == ["商店2", "商店5"]
    assert [r["path"].rsplit("#", 1)[1] for r in out["rows"]] == ["1", "4"]
    assert out["rows"][1]["fields"] == made_up[4]


def test_the_dealer_is_named_in_the_text_and_unlabelled(records):
    """The dealer's name and the rest of its address stand in every record, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h428.name(row), h428.city_and_rest(row)[1]):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (CSV, JSON and XML by the standard library), the
    row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h428.phone(row), h428.name(row)
        city, rest = h428.city_and_rest(row)
        if r["layout"] == "eccube_order_csv":
            lines = list(csv.reader(io.StringIO(text, newline="")))
            assert lines[0] == h428.ECCUBE_HEADER and len(lines[0]) == 70
            assert text.endswith("\r\n")
            body = [dict(zip(lines[0], line, strict=True)) for line in lines[1:]]
            assert [line["明細区分(名称)"] for line in body] == ["商品", "送料"]
            for line in body:
                assert line["TEL"] == line["配送先_TEL"] == tel
                assert line["会社名"] == line["配送先_会社名"] == name
                assert (line["都道府県(名称)"], line["住所1"], line["住所2"]) == (
                    "香川県",
                    city,
                    rest,
                )
                assert re.fullmatch(r"76\d-\d{4}", line["郵便番号"])
                assert re.fullmatch(r"\d{12}", line["出荷伝票番号"])
                assert int(line["合計"]) == int(line["小計"]) + int(line["送料"])
        elif r["layout"] == "next_engine_receive_order":
            doc = json.loads(text)
            assert doc["result"] == "success" and doc["count"] == "1" and len(doc["data"]) == 1
            order = doc["data"][0]
            assert all(isinstance(v, str) for v in order.values())
            assert (
                order["receive_order_purchaser_tel"] == order["receive_order_consignee_tel"] == tel
            )
            assert order["receive_order_purchaser_name"] == name
            assert order["receive_order_consignee_address1"] == f"香川県{h428.address(row)}"
            total = int(order["receive_order_goods_amount"])
            total += int(order["receive_order_delivery_fee_amount"])
            assert int(order["receive_order_total_amount"]) == total
        elif r["layout"] == "yahoo_shopping_order_info":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "ResultSet" and root.get("totalResultsReturned") == "1"
            assert root.findtext("Result/Status") == "OK"
            info = root.find("Result/OrderInfo")
            assert (
                info.findtext("Pay/BillPhoneNumber") == info.findtext("Ship/ShipPhoneNumber") == tel
            )
            assert info.findtext("Pay/BillLastName") == info.findtext("Ship/ShipLastName") == name
            assert (info.findtext("Ship/ShipCity"), info.findtext("Ship/ShipAddress1")) == (
                city,
                rest,
            )
            assert re.fullmatch(r"[a-z-]+-\d{8}", info.findtext("OrderId"))
        else:
            doc = json.loads(text)
            address = doc["payload"]["ShippingAddress"]
            assert re.fullmatch(r"\d{3}-\d{7}-\d{7}", doc["payload"]["AmazonOrderId"])
            assert address["Phone"] == tel and address["Name"] == name
            assert (address["City"], address["AddressLine1"]) == (city, rest)
            assert address["CountryCode"] == "JP" and address["StateOrRegion"] == "香川県"


def test_provenance():
    sources = h428.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "takamatsu-city/opendata"
    assert jp["commit"] == "6fc71c75406e9f2687e84076558cb497c2ce0570"
    assert jp["paths"] == ["data/list_of_designated_collection_bag_dealers/data.xlsx"]
    assert "CC BY 4.0" in jp["licence"] and jp["publisher"]
    assert Counter(r["country"] for r in h428.data()["rows"]) == {"JP": 400}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h428, "held_out_428", tmp_path)
