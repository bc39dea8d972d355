"""held_out_257 of the PII evaluation set: real phone fields of a register no earlier part used
(Taipei's hotels, the Department of Information and Tourism's accommodation list of the Taipei
Travel Net; Taiwan's earlier parts took other registers) exactly as published, in layouts no
earlier part has, beside the list's own names, addresses and room counts.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from Taiwan's registers of pharmacies, home-care institutions, elementary
schools, Hsinchu's medical institutions, police stations and Taipei's elder-care providers, and
from many other countries' registers; here:

* the values are the ``電話或手機號碼`` fields of 440 of the list's 620 hotels, hostels and
  hot-spring inns (``scripts/data/pii_tw_taipei_hotels.json``, written by
  ``scripts/tw_taipei_hotels_data.py``; source and licence in that file): Taiwanese numbers as
  the list writes them, the area code ``02`` and the eight-digit line joined by a hyphen
  (``02-23886813``; five mobiles, ``0970-939898``), each copy labelled;
* the text around them is the same row's real fields: the Chinese and English names, the
  Chinese and English addresses (``臺北市萬華區忠孝西路2段38號``) and the room count, with the
  district's postcode (``108``, Chunghwa Post's three-digit code of each of Taipei's twelve
  districts), invented record ids, merchant and logistics ids, trade numbers, amounts, check
  values and dates, unlabelled and scored;
* in layouts no earlier part has, of Taiwan's travel and commerce services and of the hotel
  trade, text in Chinese: responses of the Ministry of Transportation and Communications'
  Transport Data eXchange (TDX) tourism API ``/v2/Tourism/Hotel/Taipei`` (``Phone`` and a
  ``Description`` repeating it), Cloudbeds API ``getHotelDetails`` responses of a property
  management system (``propertyPhone``, a ``propertyDescription`` repeating it), ECPay (綠界科技)
  logistics status notifications to a shop's ``ServerReplyURL`` (an
  ``application/x-www-form-urlencoded`` body, the hotel as receiver of a home delivery,
  ``ReceiverPhone`` or, for a mobile, ``ReceiverCellPhone``) and Hexo blog posts (YAML front
  matter, a Markdown list of the hotel's facts and a ``{% blockquote %}`` tag repeating the
  number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_257.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_taipei_hotels.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_257.jsonl.gz"
SPLIT = "held_out_257"

LAYOUTS = ("tdx_tourism_hotel", "cloudbeds_hotel_details", "ecpay_logistics_notify", "hexo_post")
PHONE = "電話或手機號碼"

# Chunghwa Post's three-digit postcodes of Taipei's twelve districts
POSTCODES = {
    "中正區": "100", "大同區": "103", "中山區": "104", "松山區": "105", "大安區": "106",
    "萬華區": "108", "信義區": "110", "士林區": "111", "北投區": "112", "內湖區": "114",
    "南港區": "115", "文山區": "116",
}  # fmt: skip

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods an e-shop sends a hotel (no real order is meant)
GOODS = ("客房備品一批", "浴巾與毛巾組", "床單被套組", "咖啡膠囊補貨", "盥洗用品補充包")
SHOPS = ("旅宿好物補給站", "飯店備品直送", "宿舍寢具專賣")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def mobile(row: dict[str, Any]) -> bool:
    """Whether the row's number is a mobile's (``09``)."""
    return phone(row).startswith("09")


def district(row: dict[str, Any]) -> str:
    """The district of the row's Chinese address (``中山區``)."""
    return re.match(r"臺北市(..區)", _f(row, "地址")).group(1)


def postcode(row: dict[str, Any]) -> str:
    return POSTCODES[district(row)]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taiwan time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def tdx_tourism_hotel(row: dict[str, Any], rng: random.Random) -> str:
    """A response of TDX's tourism API ``GET /v2/Tourism/Hotel/Taipei`` (``$format=JSON``),
    an array of one hotel: an invented ``HotelID`` of the tourism data's ``C4_`` records, the
    Chinese name, a ``Description`` naming the district, room count and number, the address,
    the district's postcode, ``Phone``, an empty ``Fax``, ``Spec`` with the room count, the
    city and invented source and update times."""
    tel, rooms = phone(row), _f(row, "房間數")
    src = _when(rng)
    hotel = {
        "HotelID": f"C4_315080000H_{rng.randint(1000, 99999):06d}",
        "HotelName": _f(row, "旅宿名稱"),
        "Description": f"位於臺北市{district(row)}的旅館，共有客房{rooms}間，"
        f"英文名稱{_f(row, 'hotel name')}。訂房專線：{tel}",
        "Grade": "",
        "Address": _f(row, "地址"),
        "ZipCode": postcode(row),
        "Phone": tel,
        "Fax": "",
        "WebsiteUrl": "",
        "Picture": {},
        "Spec": f"客房數：{rooms}間",
        "ServiceInfo": "",
        "ParkingInfo": "",
        "City": "臺北市",
        "SrcUpdateTime": src.isoformat(),
        "UpdateTime": (src + dt.timedelta(minutes=rng.randint(20, 90))).isoformat(),
    }
    return _json([hotel])


def cloudbeds_hotel_details(row: dict[str, Any], rng: random.Random) -> str:
    """A Cloudbeds API ``getHotelDetails`` response: an invented ``propertyID``, the Chinese
    name, an HTML ``propertyDescription`` naming the English name, the Chinese address, the
    room count and the number, the time zone and currency, ``propertyPhone``, an empty
    ``propertyEmail``, the English address in ``propertyAddress`` with the district's
    postcode, and invented check-in and check-out times."""
    tel, rooms = phone(row), _f(row, "房間數")
    desc = (
        f"<p>{_f(row, '旅宿名稱')}（{_f(row, 'hotel name')}）位於{_f(row, '地址')}，"
        f"共{rooms}間客房。</p><p>訂房及入住問題請來電 {tel}。</p>"
    )
    details = {
        "success": True,
        "data": {
            "propertyID": str(rng.randint(150000, 329999)),
            "propertyName": _f(row, "旅宿名稱"),
            "propertyImage": [],
            "propertyDescription": desc,
            "propertyTimezone": "Asia/Taipei",
            "propertyCurrency": {
                "currencyCode": "TWD",
                "currencySymbol": "NT$",
                "currencyPosition": "before",
            },  # fmt: skip
            "propertyPrimaryLanguage": "zh-tw",
            "propertyAdditionalPhotos": [],
            "propertyPhone": tel,
            "propertyEmail": "",
            "propertyAddress": {
                "propertyAddress1": _f(row, "address"),
                "propertyAddress2": "",
                "propertyCity": "Taipei City",
                "propertyState": "Taipei",
                "propertyZip": postcode(row),
                "propertyCountry": "TW",
                "propertyLatitude": "",
                "propertyLongitude": "",
            },
            "propertyPolicy": {
                "propertyCheckInTime": rng.choice(("14:00", "15:00", "16:00")),
                "propertyCheckOutTime": rng.choice(("11:00", "12:00")),
                "propertyLateCheckOutAllowed": False,
                "propertyTermsAndConditions": "入住時請出示身分證件；全館禁菸。",
            },
            "propertyAmenities": [],
        },
    }
    return _json(details)


def ecpay_logistics_notify(row: dict[str, Any], rng: random.Random) -> str:
    """An ECPay logistics status notification as an e-shop's ``ServerReplyURL`` receives it:
    the request line and headers, and an ``application/x-www-form-urlencoded`` body of the
    notification's fields (an invented logistics id, amount, merchant id and trade number,
    home delivery by T-Cat, the hotel as receiver: its name, Chinese address, and
    ``ReceiverPhone``, or ``ReceiverCellPhone`` for a mobile; the status code and message, the
    update time and an invented ``CheckMacValue``)."""
    tel = phone(row)
    when = _when(rng)
    fields = {
        "AllPayLogisticsID": str(rng.randint(1500000, 2999999)),
        "BookingNote": "",
        "CVSPaymentNo": "",
        "CVSValidationNo": "",
        "GoodsAmount": str(rng.choice((680, 1280, 1560, 2400, 3350, 4800))),
        "LogisticsSubType": "TCAT",
        "LogisticsType": "Home",
        "MerchantID": str(rng.randint(3000000, 3499999)),
        "MerchantTradeNo": f"HT{when:%Y%m%d}{rng.randint(1000, 9999)}",
        "ReceiverAddress": _f(row, "地址"),
        "ReceiverCellPhone": tel if mobile(row) else "",
        "ReceiverEmail": "",
        "ReceiverName": _f(row, "旅宿名稱"),
        "ReceiverPhone": "" if mobile(row) else tel,
        "RtnCode": "300",
        "RtnMsg": "訂單處理中(已收到訂單資料)",
        "UpdateStatusDate": f"{when:%Y/%m/%d %H:%M:%S}",
    }
    mac = hashlib.sha256(f"{SPLIT}:{row['path']}:{when}".encode()).hexdigest()[:64].upper()
    body = urlencode({**fields, "CheckMacValue": mac})
    lines = [
        "POST /ecpay/logistics/notify HTTP/1.1",
        "Host: shop.example.com",
        "Content-Type: application/x-www-form-urlencoded",
        f"Content-Length: {len(body.encode())}",
        "",
        body,
        "",
    ]
    return "\n".join(lines)


def hexo_post(row: dict[str, Any], rng: random.Random) -> str:
    """A Hexo blog post (``source/_posts``): YAML front matter (title, date, tags,
    categories), an introduction naming the hotel and its district, a ``<!-- more -->``
    excerpt mark, a Markdown list of the address with its postcode, the number, the room count
    and the English name and address, and a ``{% blockquote %}`` tag repeating the number."""
    tel, name, rooms = phone(row), _f(row, "旅宿名稱"), _f(row, "房間數")
    when = _when(rng)
    nights = rng.randint(1, 3)
    price = rng.choice((1680, 1980, 2280, 2600, 3200, 3880, 4500))
    lines = [
        "---",
        f"title: {json.dumps(f'台北住宿筆記｜{name}', ensure_ascii=False)}",
        f"date: {when:%Y-%m-%d %H:%M:%S}",
        "tags:",
        "  - 台北住宿",
        f"  - {district(row)}",
        "categories:",
        "  - 旅遊",
        "  - 台北",
        "---",
        "",
        f"這次到台北住了{nights}晚，選的是位在{district(row)}的{name}，平日一晚大約 NT${price:,}。",
        "",
        "<!-- more -->",
        "",
        "## 基本資料",
        "",
        f"- 地址：{_f(row, '地址')}（郵遞區號 {postcode(row)}）",
        f"- 電話：{tel}",
        f"- 房間數：{rooms} 間",
        f"- 英文名稱：{_f(row, 'hotel name')}",
        f"- 英文地址：{_f(row, 'address')}",
        "",
        "{% blockquote %}",
        f"假日房間比較搶手，建議先打 {tel} 確認還有沒有空房。",
        "{% endblockquote %}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "tdx_tourism_hotel": tdx_tourism_hotel,
    "cloudbeds_hotel_details": cloudbeds_hotel_details,
    "ecpay_logistics_notify": ecpay_logistics_notify,
    "hexo_post": hexo_post,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
