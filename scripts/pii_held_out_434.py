"""held_out_434 of the PII evaluation set: real phone fields of a register no earlier part used
(Yilan County's licensed homestays as the county government publishes them, 宜蘭縣民宿名冊;
Taiwan's earlier parts took the National Health Insurance Administration's mask-stock list and
home-care institutions, the Ministry of Education's schools, preschools and universities,
Hsinchu City's medical institutions, the National Police Agency's stations, Taipei's
elder-care providers, hotels and parking lots, Chunghwa Post's post offices, the Financial
Supervisory Commission's financial institutions, the Tourism Bureau's restaurants, the Taiwan
Stock Exchange's securities branches, cram schools, infant child-care centres, national civil
associations, MOS Burger's stores, veterinary practices, the DGPA's agencies, Kaohsiung's
temples and the household registration offices) exactly as published, in layouts no earlier
part has, beside the register's own licence numbers and dates, names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``電話或手機`` of 400 homestays (``scripts/data/pii_tw_yilan_homestays.json``,
  written by ``scripts/tw_yilan_homestays_data.py``; source and licence in that file): fixed
  lines as the county writes them, the area code hyphenated before the line, 392 of Yilan
  (``03-9222000``), seven of Taipei's eight digits (``02-27931169``) and one of Hsinchu
  (``03-6675523``); every copy labelled whole;
* the text around them is the same row's real fields: the homestay's Chinese and English
  names, licence number (``001``, written ``宜蘭縣民宿001號``) and licence date
  (``2002/10/24``), the address with its postcode and the English address, with invented
  record ids, prices, timestamps and coordinates, unlabelled and scored;
* in layouts no earlier part has, text in Chinese (Traditional, with the Simplified names a
  mainland map service gives the province and county): Hostaway Public API listing answers
  (``GET /v1/listings/{listingId}``: ``status`` ``success`` and a ``result`` listing object
  with the documented keys, the homestay's telephone as ``contactPhone1`` and in
  ``keyPickup``, its licence as ``propertyLicenseNumber``), Feishu custom bot rich-text
  messages (``msg_type`` ``post`` to a group's webhook: a ``zh_cn`` title and lines of ``text``
  and ``a`` tags announcing an invented listing review), WeCom group robot markdown messages
  (``msgtype`` ``markdown`` with a ``content`` of quoted lines and ``<font color>``) and AMap
  (高德) Web Service keyword search answers (``GET /v3/place/text``: ``status``, ``count``,
  ``info``, ``infocode``, ``suggestion`` and one POI with ``id``, ``name``, ``type``,
  ``typecode``, ``address``, ``location``, ``tel``, ``pname``, ``cityname``, ``adname``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_434.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_yilan_homestays.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_434.jsonl.gz"
SPLIT = "held_out_434"

LAYOUTS = ("hostaway_listing", "feishu_post", "wecom_markdown", "amap_place_text")
PHONE = "電話或手機"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: "tel"}
TZ = dt.timezone(dt.timedelta(hours=8))
HEX = "0123456789abcdef"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented reasons a listing is reviewed (the chat messages)
REVIEWS = ("房型照片更新", "入住須知修訂", "房價調整", "消防安全檢查結果登錄", "訂房頁面上架")
# invented room counts and nightly prices (TWD) of a listing
ROOMS = (2, 3, 4, 5)
PRICES = (1800, 2200, 2600, 2800, 3200, 3600, 4200)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped."""
    return str(row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The homestay's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the homestay's telephone labelled (each copy
    stands apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def licence(row: dict[str, Any]) -> str:
    """The licence as the county writes it on a homestay's certificate (``宜蘭縣民宿001號``)."""
    return f"宜蘭縣民宿{_f(row, '民宿登記證核准編號')}號"


def address(row: dict[str, Any]) -> str:
    """The address without the postcode the register puts before it."""
    return re.sub(r"^\d{3,6}", "", _f(row, "營業地址"))


def postcode(row: dict[str, Any]) -> str:
    """The three-digit postcode before the register's address."""
    found = re.match(r"\d{3}", _f(row, "營業地址"))
    return found.group(0) if found else ""


def township(row: dict[str, Any]) -> str:
    """The township, town or city of the address (``員山鄉``)."""
    found = re.search(r"宜蘭縣(.{1,3}?[鄉鎮市])", _f(row, "營業地址"))
    return found.group(1) if found else "宜蘭市"


def street(row: dict[str, Any]) -> str:
    """The address after the township."""
    return address(row).split(township(row), 1)[-1]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (Taipei time)."""
    start = dt.datetime(2025, 1, 6, 8, tzinfo=TZ)
    return start + dt.timedelta(days=rng.randint(0, 320), minutes=rng.randint(0, 600))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _point(rng: random.Random) -> tuple[float, float]:
    """An invented point in the Lanyang plain (longitude, latitude)."""
    return round(rng.uniform(121.68, 121.86), 6), round(rng.uniform(24.58, 24.86), 6)


def hostaway_listing(row: dict[str, Any], rng: random.Random) -> str:
    """A Hostaway Public API answer to ``GET /v1/listings/{listingId}``: ``status`` and the
    listing object with the documented keys (an invented id, the homestay's Chinese name as
    ``name``, its English name as ``externalListingName``, the address, postcode, an invented
    price and capacity, check-in hours, ``contactPhone1`` the telephone, a ``keyPickup`` note
    repeating it, the licence as ``propertyLicenseNumber`` with the licence date)."""
    lon, lat = _point(rng)
    rooms = rng.choice(ROOMS)
    issued = _f(row, "登記證核准日期").replace("/", "-")
    listing = {
        "id": rng.randint(100000, 399999),
        "propertyTypeId": 22,
        "name": _f(row, "中文名稱"),
        "externalListingName": _f(row, "英文名稱") or _f(row, "中文名稱"),
        "internalListingName": f"YL-{_f(row, '民宿登記證核准編號')}",
        "description": f"宜蘭{township(row)}合法民宿（{licence(row)}），共 {rooms} 間客房。",
        "houseRules": "室內全面禁菸，22:00 後請降低音量。",
        "keyPickup": f"請於抵達前 30 分鐘來電 {phone(row)}，民宿主人將於門口迎接。",
        "country": "Taiwan",
        "countryCode": "TW",
        "state": "宜蘭縣",
        "city": township(row),
        "street": street(row),
        "address": address(row),
        "publicAddress": f"{township(row)}, 宜蘭縣 {postcode(row)}, Taiwan",
        "zipcode": postcode(row),
        "price": float(rng.choice(PRICES)),
        "personCapacity": rooms * 2 + rng.randint(0, 2),
        "lat": lat,
        "lng": lon,
        "checkInTimeStart": 15,
        "checkInTimeEnd": 21,
        "checkOutTime": 11,
        "roomType": "private_room",
        "bedroomsNumber": rooms,
        "minNights": 1,
        "maxNights": 30,
        "cleaningFee": None,
        "contactName": None,
        "contactPhone1": phone(row),
        "contactPhone2": None,
        "contactLanguage": "zh",
        "contactEmail": None,
        "contactAddress": _f(row, "營業地址"),
        "language": "zh",
        "currencyCode": "TWD",
        "timeZoneName": "Asia/Taipei",
        "propertyLicenseNumber": licence(row),
        "propertyLicenseType": "民宿登記證",
        "propertyLicenseIssueDate": issued,
        "propertyLicenseExpirationDate": None,
    }
    return _json({"status": "success", "result": listing})


def feishu_post(row: dict[str, Any], rng: random.Random) -> str:
    """A Feishu custom bot rich-text message (``msg_type`` ``post``): a ``zh_cn`` title and
    lines of ``text`` tags (the homestay's names, licence and its date, address, telephone, an
    invented review and its date) and an ``a`` tag linking an invented back-office page."""
    review = rng.choice(REVIEWS)
    when = _when(rng)
    page = "".join(rng.choice(HEX) for _ in range(12))
    lines = [
        [{"tag": "text", "text": f"民宿名稱：{_f(row, '中文名稱')}（{_f(row, '英文名稱')}）"}],
        [
            {
                "tag": "text",
                "text": f"登記證號：{licence(row)}，核准日期 {_f(row, '登記證核准日期')}",
            }
        ],
        [{"tag": "text", "text": f"地址：{_f(row, '營業地址')}"}],
        [{"tag": "text", "text": f"聯絡電話：{phone(row)}"}],
        [{"tag": "text", "text": f"待辦：{review}，請於 {when:%m/%d} 前致電 {phone(row)} 確認。"}],
        [
            {
                "tag": "a",
                "text": "開啟房源後台",
                "href": f"https://pms.lanyang-stay.tw/listings/{page}",
            }
        ],
    ]
    title = f"房源審核｜{_f(row, '中文名稱')}"
    doc = {"msg_type": "post", "content": {"post": {"zh_cn": {"title": title, "content": lines}}}}
    return _json(doc)


def wecom_markdown(row: dict[str, Any], rng: random.Random) -> str:
    """A WeCom group robot markdown message (``msgtype`` ``markdown``): a heading, quoted lines
    with ``<font color>`` (the homestay's names, licence, address, telephone twice) and an
    invented count of bookings."""
    bookings = rng.randint(2, 18)
    when = _when(rng)
    content = (
        f"### 新上架民宿：{_f(row, '中文名稱')}\n"
        f'> 英文名稱：<font color="comment">{_f(row, "英文名稱")}</font>\n'
        f'> 登記證號：<font color="info">{licence(row)}</font>\n'
        f"> 地址：{_f(row, '營業地址')}\n"
        f"> 電話：{phone(row)}\n"
        f'本週已有 <font color="warning">{bookings}</font> 筆訂單，'
        f"房況異動請直接聯絡民宿 {phone(row)}。\n"
        f"{when:%Y-%m-%d %H:%M} 同步"
    )
    return _json({"msgtype": "markdown", "markdown": {"content": content}})


def amap_place_text(row: dict[str, Any], rng: random.Random) -> str:
    """An AMap Web Service keyword search answer (``GET /v3/place/text``): ``status``,
    ``count``, ``info``, ``infocode``, an empty ``suggestion`` and one POI: an invented
    ``B0FF`` id and point, the homestay's Chinese name, the lodging type and its code, the
    address without postcode, the telephone as ``tel``, the province, county and township."""
    lon, lat = _point(rng)
    poi = {
        "id": "B0FF"
        + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(6)),
        "parent": [],
        "name": _f(row, "中文名稱"),
        "type": "住宿服务;旅馆招待所;旅馆招待所",
        "typecode": "100200",
        "biz_type": [],
        "address": street(row),
        "location": f"{lon:.6f},{lat:.6f}",
        "tel": phone(row),
        "distance": [],
        "biz_ext": [],
        "pname": "台湾省",
        "cityname": "宜兰县",
        "adname": township(row),
        "importance": [],
        "shopid": [],
        "shopinfo": "0",
        "poiweight": [],
    }
    doc = {
        "suggestion": {"keywords": [], "cities": []},
        "count": "1",
        "infocode": "10000",
        "pois": [poi],
        "status": "1",
        "info": "OK",
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "hostaway_listing": hostaway_listing,
    "feishu_post": feishu_post,
    "wecom_markdown": wecom_markdown,
    "amap_place_text": amap_place_text,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
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
