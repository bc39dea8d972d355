"""held_out_428 of the PII evaluation set: real phone fields of a register of a kind no earlier
part used (Takamatsu City's dealers of its designated refuse-collection bags, Kagawa: the shops
licensed to sell the city's 指定収集袋; Japan's earlier parts took other registers, among them
the same city's hospitals, care homes, lodging licences, schools and own organisation, and
other publishers' lists of shops) exactly as published, in layouts no earlier part has, beside
the list's own names and addresses of the shops.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Takamatsu's hospitals, care homes, lodgings, baths,
schools and divisions, Toyama's, Iizuka's and many other lists) and many others; here:

* the values are the ``telephoneNumber`` fields of 400 of the city's bag dealers
  (``scripts/data/pii_jp_takamatsu_bag_dealers.json``, written by
  ``scripts/jp_takamatsu_bag_dealers_data.py``; source and licence in that file): Japanese
  numbers as the city writes them, the area code, the exchange and the line joined by hyphens
  (``087-851-2366``; two with a U+2010 hyphen, three NaviDial ``0570`` numbers, one misprinted
  with a four-digit exchange), each copy labelled;
* the text around them is the same row's real fields: the shop's name and address (split into
  prefecture, city and the rest where a layout asks for it), with invented postcodes in the
  city's ranges (``760-``, ``761-``), order ids and numbers, Amazon order ids
  (``503-1234567-1234567``, phone-shaped), tracking numbers, product codes, amounts and dates,
  unlabelled and scored;
* in layouts no earlier part has, formats of Japanese e-commerce back offices (the shop as the
  buyer of shop supplies, a rack for the bags, bag holders, price cards), text in Japanese:
  EC-CUBE 4 order CSV exports (受注CSV, the columns of EC-CUBE's ``dtb_csv`` for
  ``csv_type`` 3 in their order: the order, its buyer with ``TEL``, one line per order item, a
  product and the shipping fee, each repeating the shipment with ``配送先_TEL``), Next Engine
  API answers (ネクストエンジン, ``/api_v1_receiveorder_base/search``: ``result``, ``count``
  and one ``receive_order_*`` record whose purchaser and consignee are the shop, with
  ``receive_order_purchaser_tel`` and ``receive_order_consignee_tel``), Yahoo!ショッピング
  order-detail API answers (注文詳細API ``orderInfo``, XML: ``ResultSet`` and one
  ``OrderInfo`` with ``Pay`` and ``Ship`` naming the shop, ``BillPhoneNumber`` and
  ``ShipPhoneNumber``, ``Detail`` and ``Item``) and Amazon Selling Partner API order-address
  answers (Orders API v0 ``getOrderAddress``, ``GET /orders/v0/orders/{orderId}/address``:
  ``payload`` with the ``AmazonOrderId`` and a ``ShippingAddress`` of the shop, its ``Phone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole, its U+2010 hyphen too). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_428.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, phone_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_takamatsu_bag_dealers.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_428.jsonl.gz"
SPLIT = "held_out_428"

LAYOUTS = (
    "eccube_order_csv", "next_engine_receive_order", "yahoo_shopping_order_info",
    "sp_api_order_address",
)  # fmt: skip
PHONE = "telephoneNumber"
PREF, PREF_ID = "香川県", "37"
JST = dt.timezone(dt.timedelta(hours=9))
# the first three digits of the invented postcodes of each city of the list
POSTCODES = {"高松市": ("760", "761"), "さぬき市": ("769",)}

# data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented shop supplies a dealer orders: (product name, code, unit price in yen)
PRODUCTS = (
    ("指定ごみ袋陳列用ワイヤーラック 3段", "WR-300", 6800),
    ("ごみ袋ホルダー 壁掛けタイプ", "GH-120", 2480),
    ("プライスカード L判 100枚入", "PC-L100", 880),
    ("POPスタンド A5 ヨコ", "PS-A5Y", 1350),
    ("レジ袋 乳白 30号 100枚×10袋", "RB-30W", 2200),
    ("陳列用S字フック 50本入", "SH-050", 990),
)
SLOTS = ("午前中", "14時～16時", "16時～18時", "18時～20時")
# EC-CUBE 4's order CSV (dtb_csv, csv_type 3): its columns in their sort order
ECCUBE_HEADER = [
    "注文ID", "注文番号", "会員ID", "お名前(姓)", "お名前(名)", "お名前(セイ)", "お名前(メイ)",
    "会社名", "郵便番号", "都道府県(ID)", "都道府県(名称)", "住所1", "住所2", "メールアドレス",
    "TEL", "性別(ID)", "性別(名称)", "職業(ID)", "職業(名称)", "誕生日", "ショップ用メモ欄",
    "小計", "値引き", "送料", "税金", "合計", "支払合計", "対応状況(ID)", "対応状況(名称)",
    "支払方法(ID)", "支払方法(名称)", "受注日", "入金日", "注文詳細ID", "商品ID", "商品規格ID",
    "商品名", "商品コード", "規格名1", "規格名2", "規格分類名1", "規格分類名2", "価格", "個数",
    "税率", "税率ルール(ID)", "明細区分(ID)", "明細区分(名称)", "出荷ID", "配送先_お名前(姓)",
    "配送先_お名前(名)", "配送先_お名前(セイ)", "配送先_お名前(メイ)", "配送先_会社名",
    "配送先_郵便番号", "配送先_都道府県(ID)", "配送先_都道府県(名称)", "配送先_住所1",
    "配送先_住所2", "配送先_TEL", "配送業者(ID)", "配送業者(名称)", "お届け時間ID",
    "お届け時間(名称)", "お届け希望日", "送料", "発送日", "出荷伝票番号", "配達用メモ",
    "出荷メール送信日",
]  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The dealer's phone field as published, stripped."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The dealer's name as the list gives it (``西村ジョイ成合店``)."""
    return _f(row, "name")


def address(row: dict[str, Any]) -> str:
    """The dealer's address as the list gives it (``高松市成合町812番地1``)."""
    return _f(row, "address")


def city_and_rest(row: dict[str, Any]) -> tuple[str, str]:
    """The address split into its city and the rest (``高松市``, ``成合町812番地1``)."""
    m = re.match(r"(?:香川県)?(.+?市)(.*)", address(row))
    return m.group(1), m.group(2).strip()


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (none of this register's)."""
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of an order in 2025 (Japan time)."""
    day = dt.datetime(2025, 1, 6, tzinfo=JST) + dt.timedelta(days=rng.randint(0, 330))
    return day + dt.timedelta(
        hours=rng.randint(8, 21), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
    )


def _postcode(row: dict[str, Any], rng: random.Random) -> str:
    """An invented postcode in the range of the dealer's city (``760-0017``)."""
    head = rng.choice(POSTCODES.get(city_and_rest(row)[0], ("760",)))
    return f"{head}-{rng.randint(1, 99) * 10 + rng.choice((0, 1, 2, 3)):04d}"


def _order(rng: random.Random) -> tuple[str, str, int, int, int]:
    """An invented order: a product's name, code, quantity, goods amount and shipping fee."""
    product, code, price = rng.choice(PRODUCTS)
    qty = rng.choice((1, 1, 2, 3, 5))
    return product, code, qty, price * qty, rng.choice((0, 770, 880, 1100))


def _tracking(rng: random.Random) -> str:
    """An invented twelve-digit tracking number."""
    return str(rng.randint(10**11, 10**12 - 1))


def _csv(lines: list[list[str]]) -> str:
    """``lines`` as CSV text (minimal quoting, CRLF line ends)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(lines)
    return out.getvalue()


def eccube_order_csv(row: dict[str, Any], rng: random.Random) -> str:
    """An EC-CUBE 4 order CSV export (受注CSV: the header of ``dtb_csv``'s ``csv_type`` 3 and
    one line per order item): an invented order of a supplies shop, the dealer as the buyer
    (its name as ``会社名`` and ``お名前(姓)``, an invented postcode, Kagawa, the address, the
    number as ``TEL``), amounts with 10 % tax, 発送済み, bank transfer, order and payment
    dates, and two items (the product, then the shipping fee), each line repeating the shipment
    to the dealer (``配送先_TEL``), ゆうパック, a time slot and an invented tracking number."""
    when = _when(rng)
    paid = when + dt.timedelta(days=rng.randint(1, 3))
    sent = paid + dt.timedelta(days=1)
    product, code, qty, goods, fee = _order(rng)
    tax = (goods + fee) // 11
    order_id = rng.randint(1000, 9999)
    shipping_id = order_id + rng.randint(0, 40)
    item_id = order_id * 3 + rng.randint(0, 2)
    postcode = _postcode(row, rng)
    city, rest = city_and_rest(row)
    slot = rng.randrange(len(SLOTS))
    tracking = _tracking(rng)
    head = [
        str(order_id), str(order_id), str(rng.randint(100, 2999)), name(row), "ご担当者", "",
        "", name(row), postcode, PREF_ID, PREF, city, rest, "", phone(row), "", "", "", "", "",
        "", str(goods), "0", str(fee), str(tax), str(goods + fee), str(goods + fee), "5",
        "発送済み", "3", "銀行振込", f"{when:%Y-%m-%d %H:%M:%S}", f"{paid:%Y-%m-%d %H:%M:%S}",
    ]  # fmt: skip
    ship = [
        str(shipping_id), name(row), "ご担当者", "", "", name(row), postcode, PREF_ID, PREF,
        city, rest, phone(row), "2", "ゆうパック", str(slot + 1), SLOTS[slot], "", str(fee),
        f"{sent:%Y-%m-%d %H:%M:%S}", tracking, "", f"{sent:%Y-%m-%d %H:%M:%S}",
    ]  # fmt: skip
    lines = [
        [*head, str(item_id), str(rng.randint(1, 60)), str(rng.randint(1, 200)), product, code,
         "", "", "", "", str(goods // qty), str(qty), "10", "1", "1", "商品", *ship],
        [*head, str(item_id + 1), "", "", "送料", "", "", "", "", "", str(fee), "1", "10", "1",
         "2", "送料", *ship],
    ]  # fmt: skip
    return _csv([ECCUBE_HEADER, *lines])


def next_engine_receive_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Next Engine API answer (ネクストエンジン, ``/api_v1_receiveorder_base/search``, JSON):
    ``result`` ``success``, ``count`` ``1`` and one ``data`` record, every value a string as
    the API gives them: an invented order id, shop id and mall order number, the order and
    last-modified times, the status, delivery and payment, the amounts, the dealer as both
    purchaser and consignee (name, an invented postcode, ``address1`` with the prefecture and
    the address, an empty ``address2``, ``receive_order_purchaser_tel`` and
    ``receive_order_consignee_tel``), an empty mail address and a note."""
    when = _when(rng)
    sent = when + dt.timedelta(days=rng.randint(1, 4))
    product, code, qty, goods, fee = _order(rng)
    tax = (goods + fee) // 11
    postcode = _postcode(row, rng)
    record = {
        "receive_order_id": str(rng.randint(10000, 99999)),
        "receive_order_shop_id": str(rng.randint(1, 6)),
        "receive_order_shop_cut_form_id": f"{when:%Y%m%d}-{rng.randint(100000, 999999)}",
        "receive_order_date": f"{when:%Y-%m-%d %H:%M:%S}",
        "receive_order_order_status_id": "50",
        "receive_order_order_status_name": "出荷確定済（完了）",
        "receive_order_delivery_name": "ゆうパック",
        "receive_order_payment_method_name": "銀行振込",
        "receive_order_goods_amount": str(goods),
        "receive_order_tax_amount": str(tax),
        "receive_order_delivery_fee_amount": str(fee),
        "receive_order_total_amount": str(goods + fee),
        "receive_order_purchaser_name": name(row),
        "receive_order_purchaser_kana": "",
        "receive_order_purchaser_zip_code": postcode,
        "receive_order_purchaser_address1": f"{PREF}{address(row)}",
        "receive_order_purchaser_address2": "",
        "receive_order_purchaser_tel": phone(row),
        "receive_order_purchaser_mail_address": "",
        "receive_order_consignee_name": name(row),
        "receive_order_consignee_kana": "",
        "receive_order_consignee_zip_code": postcode,
        "receive_order_consignee_address1": f"{PREF}{address(row)}",
        "receive_order_consignee_address2": "",
        "receive_order_consignee_tel": phone(row),
        "receive_order_note": f"{product}（{code}）×{qty} 店舗宛て・平日午前着希望",
        "receive_order_send_date": f"{sent:%Y-%m-%d} 00:00:00",
        "receive_order_last_modified_date": f"{sent:%Y-%m-%d %H:%M:%S}",
    }
    doc = {"result": "success", "count": "1", "data": [record]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def yahoo_shopping_order_info(row: dict[str, Any], rng: random.Random) -> str:
    """A Yahoo!ショッピング order-detail API answer (注文詳細API ``orderInfo``, XML):
    ``ResultSet`` with its counts, ``Result`` with ``Status`` OK and one ``OrderInfo`` (an
    invented store-prefixed ``OrderId``, device, time and status ``5``), ``Pay`` with the
    dealer as the payer (``BillLastName`` its name, an invented postcode, prefecture, city,
    the rest of the address, ``BillPhoneNumber``), ``Ship`` with the dealer as the consignee
    (``ShipPhoneNumber``, a requested date and time slot), ``Detail`` with the charges and
    total, and one ``Item``."""
    when = _when(rng)
    product, code, qty, goods, fee = _order(rng)
    postcode = _postcode(row, rng)
    city, rest = city_and_rest(row)
    store = rng.choice(("shop-supply-jp", "tenpo-shizai", "kanamono-online"))
    wish = when + dt.timedelta(days=rng.randint(3, 7))
    x = escape
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ResultSet totalResultsAvailable="1" totalResultsReturned="1" firstResultPosition="1">',
        "  <Result>",
        "    <Status>OK</Status>",
        "    <OrderInfo>",
        f"      <OrderId>{store}-{rng.randint(10000000, 10099999)}</OrderId>",
        "      <DeviceType>1</DeviceType>",
        f"      <OrderTime>{when:%Y-%m-%dT%H:%M:%S}+09:00</OrderTime>",
        "      <OrderStatus>5</OrderStatus>",
        "      <BuyerComments>店舗宛てにお届けください。</BuyerComments>",
        "      <Pay>",
        "        <PayType>0</PayType>",
        "        <PayMethod>payment_b1</PayMethod>",
        f"        <PayDate>{when + dt.timedelta(days=1):%Y-%m-%d}</PayDate>",
        f"        <BillLastName>{x(name(row))}</BillLastName>",
        "        <BillFirstName>ご担当者</BillFirstName>",
        f"        <BillZipCode>{postcode}</BillZipCode>",
        f"        <BillPrefecture>{PREF}</BillPrefecture>",
        f"        <BillCity>{x(city)}</BillCity>",
        f"        <BillAddress1>{x(rest)}</BillAddress1>",
        "        <BillAddress2></BillAddress2>",
        f"        <BillPhoneNumber>{x(phone(row))}</BillPhoneNumber>",
        "      </Pay>",
        "      <Ship>",
        f"        <ShipRequestDate>{wish:%Y-%m-%d}</ShipRequestDate>",
        f"        <ShipRequestTime>{rng.choice(SLOTS)}</ShipRequestTime>",
        f"        <ShipLastName>{x(name(row))}</ShipLastName>",
        "        <ShipFirstName>ご担当者</ShipFirstName>",
        f"        <ShipZipCode>{postcode}</ShipZipCode>",
        f"        <ShipPrefecture>{PREF}</ShipPrefecture>",
        f"        <ShipCity>{x(city)}</ShipCity>",
        f"        <ShipAddress1>{x(rest)}</ShipAddress1>",
        "        <ShipAddress2></ShipAddress2>",
        f"        <ShipPhoneNumber>{x(phone(row))}</ShipPhoneNumber>",
        "      </Ship>",
        "      <Detail>",
        "        <PayCharge>0</PayCharge>",
        f"        <ShipCharge>{fee}</ShipCharge>",
        "        <GiftWrapCharge>0</GiftWrapCharge>",
        "        <Discount>0</Discount>",
        "        <UsePoint>0</UsePoint>",
        f"        <TotalPrice>{goods + fee}</TotalPrice>",
        "      </Detail>",
        "      <Item>",
        "        <LineId>1</LineId>",
        f"        <ItemId>{code.lower()}</ItemId>",
        f"        <Title>{x(product)}</Title>",
        f"        <UnitPrice>{goods // qty}</UnitPrice>",
        f"        <Quantity>{qty}</Quantity>",
        "      </Item>",
        "    </OrderInfo>",
        "  </Result>",
        "</ResultSet>",
        "",
    ]
    return "\n".join(lines)


def sp_api_order_address(row: dict[str, Any], rng: random.Random) -> str:
    """An Amazon Selling Partner API order-address answer (Orders API v0 ``getOrderAddress``,
    ``GET /orders/v0/orders/{orderId}/address``, JSON): ``payload`` with an invented
    ``AmazonOrderId`` of the Japanese marketplace (``503-1234567-1234567``) and the
    ``ShippingAddress`` of the dealer (its name, the rest of the address, city, prefecture, an
    invented postcode, ``JP``, the number as ``Phone``, ``Commercial``)."""
    city, rest = city_and_rest(row)
    market = rng.choice((249, 250, 503))
    order = f"{market}-{rng.randint(10**6, 10**7 - 1)}-{rng.randint(10**6, 10**7 - 1)}"
    doc = {
        "payload": {
            "AmazonOrderId": order,
            "ShippingAddress": {
                "Name": name(row),
                "AddressLine1": rest,
                "City": city,
                "StateOrRegion": PREF,
                "PostalCode": _postcode(row, rng),
                "CountryCode": "JP",
                "Phone": phone(row),
                "AddressType": "Commercial",
            },
        }
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "eccube_order_csv": eccube_order_csv,
    "next_engine_receive_order": next_engine_receive_order,
    "yahoo_shopping_order_info": yahoo_shopping_order_info,
    "sp_api_order_address": sp_api_order_address,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled
    whole."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
