"""held_out_417 of the PII evaluation set: real phone fields of a register no earlier part used
(Taipei City's parking lots as the Department of Transportation's Parking Management and
Development Office publishes them, 臺北市停車場資訊; Taiwan's earlier parts took the National
Health Insurance Administration's mask-stock list and home-care institutions, the Ministry of
Education's schools, preschools and universities, Hsinchu City's medical institutions, the
National Police Agency's stations, Taipei's elder-care providers and hotels, Chunghwa Post's
post offices, the Financial Supervisory Commission's financial institutions, the Tourism
Bureau's restaurants, the Taiwan Stock Exchange's securities branches, cram schools, infant
child-care centres, national civil associations, MOS Burger's stores, veterinary practices,
the DGPA's agencies, Kaohsiung's temples and the household registration offices) exactly as
published, in layouts no earlier part has, beside the register's own lot ids, names,
districts, addresses, spaces, hours and fees.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``tel`` of 400 parking lots (``scripts/data/pii_tw_taipei_parking_lots.json``,
  written by ``scripts/tw_taipei_parking_lots_data.py``; source and licence in that file):
  Taiwanese fixed lines as the office writes them, most of them Taipei's eight digits without
  the area code (``2722-0152``, ``27057716``), some with it (``02-2559-1772``,
  ``(06)263-6288``, ``03-3332157``); every copy labelled whole;
* the text around them is the same row's real fields: the lot's id (``001``), name, district,
  address, summary of its spaces, counts of car and motorcycle spaces, service hours, fee text
  and the first entrance's coordinates, with invented record ids, timestamps, dates and
  counters, unlabelled and scored (the one fee text of the kept lots that holds a time range in
  a phone's shape, ``(0730-1830)``, falls to the DingTalk layout, which writes no fee text);
* in layouts no earlier part has, text in Chinese (Traditional): OGC API - Features answers
  (``GET /collections/{collectionId}/items`` of Part 1: Core, a GeoJSON ``FeatureCollection``
  of one feature, the lot, with ``links``, ``timeStamp``, ``numberMatched`` and
  ``numberReturned``), PocketBase record lists (``GET /api/collections/{collection}/records``:
  ``page``, ``perPage``, ``totalItems``, ``totalPages`` and one item with ``collectionId``,
  ``collectionName``, ``id``, ``created``, ``updated`` and the lot's columns), Amelia API
  location bodies (``POST /locations`` of the WordPress booking plugin's API: ``name``,
  ``status``, ``description``, ``address``, ``phone``, ``latitude``, ``longitude``,
  ``pictureFullPath``, ``pictureThumbPath``, ``pin``: a car-care service's pick-up point at the
  lot) and DingTalk custom robot messages (``msgtype`` ``markdown`` with ``title`` and ``text``
  and an ``at`` block of no one: a notice to a group of the lot's works).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_417.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_taipei_parking_lots.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_417.jsonl.gz"
SPLIT = "held_out_417"

LAYOUTS = ("ogcapi_features", "pocketbase_records", "amelia_location", "dingtalk_markdown")
PHONE = "tel"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
TZ = dt.timezone(dt.timedelta(hours=8))
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented works of a lot announced to a group (what, how long)
WORKS = (
    ("地坪重新劃線", "2"),
    ("消防設備年度檢修", "1"),
    ("照明設備更換為LED燈具", "3"),
    ("車道防滑鋪面整修", "2"),
    ("車牌辨識系統更新", "1"),
)
# invented car-care services offered at a lot (the Amelia location's description)
SERVICES = ("到府洗車", "車內清潔", "打蠟鍍膜", "輪胎檢查")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the lot has no such field)."""
    value = row["fields"].get(key)
    return "" if value is None else str(value).strip()


def phone(row: dict[str, Any]) -> str:
    """The lot's telephone as published (one lot's has a tab before it, not written)."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the lot's telephone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def place(row: dict[str, Any]) -> str:
    """The lot's address with the city and district before it where the register leaves them
    out (``松壽路1號地下`` as ``臺北市信義區松壽路1號地下``)."""
    address, area = _f(row, "address"), _f(row, "area")
    if address.startswith(("臺北市", "台北市")):
        return address
    if address.startswith(area):
        return f"臺北市{address}"
    return f"臺北市{area}{address}"


def entrance(row: dict[str, Any]) -> tuple[float, float]:
    """The first entrance's latitude and longitude (the register's ``Xcod`` and ``Ycod``)."""
    info = (row["fields"].get("EntranceCoord") or {}).get("EntrancecoordInfo") or [{}]
    return float(info[0].get("Xcod") or 25.0375), float(info[0].get("Ycod") or 121.5637)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taipei time)."""
    start = dt.datetime(2024, 1, 8, 8, tzinfo=TZ)
    return start + dt.timedelta(days=rng.randint(0, 330), minutes=rng.randint(0, 600))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _count(row: dict[str, Any], key: str) -> int:
    """A count of spaces as a number (0 where the register gives none)."""
    value = _f(row, key)
    return int(value) if value.isdigit() else 0


def ogcapi_features(row: dict[str, Any], rng: random.Random) -> str:
    """An OGC API - Features answer (Part 1: Core, ``GET /collections/{collectionId}/items``
    with a filter on the lot's id): a GeoJSON ``FeatureCollection`` of one ``Feature`` (the
    register's id, a ``Point`` at the first entrance, the lot's name, district, address,
    telephone, summary, spaces, hours and fees as ``properties``, a ``contact`` sentence
    repeating the telephone, a ``self`` link), the collection's ``links``, ``timeStamp``,
    ``numberMatched`` and ``numberReturned``."""
    lat, lon = entrance(row)
    lot = _f(row, "id")
    base = f"https://geo{rng.randint(1, 9)}.parkmap-tw.org/ogcapi/collections/taipei_parking"
    when = _when(rng)
    props = {
        "id": lot,
        "name": _f(row, "name"),
        "area": _f(row, "area"),
        "address": place(row),
        "tel": phone(row),
        "summary": _f(row, "summary"),
        "totalcar": _count(row, "totalcar"),
        "totalmotor": _count(row, "totalmotor"),
        "serviceTime": _f(row, "serviceTime"),
        "payex": _f(row, "payex"),
        "contact": f"停車場管理單位電話：{phone(row)}",
        "updated": f"{when:%Y-%m-%dT%H:%M:%S+08:00}",
    }
    feature = {
        "type": "Feature",
        "id": lot,
        "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
        "properties": props,
        "links": [
            {"href": f"{base}/items/{lot}?f=json", "rel": "self",
             "type": "application/geo+json", "title": "This feature"},
        ],
    }  # fmt: skip
    doc = {
        "type": "FeatureCollection",
        "features": [feature],
        "links": [
            {"href": f"{base}/items?f=json&id={lot}", "rel": "self",
             "type": "application/geo+json", "title": "This document"},
            {"href": f"{base}/items?f=html&id={lot}", "rel": "alternate",
             "type": "text/html", "title": "This document as HTML"},
            {"href": f"{base}?f=json", "rel": "collection", "type": "application/json",
             "title": "臺北市停車場"},
        ],
        "timeStamp": f"{when:%Y-%m-%dT%H:%M:%S}Z",
        "numberMatched": 1,
        "numberReturned": 1,
    }  # fmt: skip
    return _json(doc)


def pocketbase_records(row: dict[str, Any], rng: random.Random) -> str:
    """A PocketBase record list (``GET /api/collections/parking_lots/records`` filtered on the
    lot's id): ``page``, ``perPage``, ``totalItems``, ``totalPages`` and one item with an
    invented ``collectionId`` (``pbc_`` and ten digits) and fifteen-character ``id``, the
    collection's name, ``created`` and ``updated`` in PocketBase's datetime shape, and the
    lot's columns (its id, name, district, address, telephone, hours, spaces, fees and the
    entrance's coordinates)."""
    lat, lon = entrance(row)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 40), seconds=rng.randint(0, 86399))
    utc = dt.UTC
    item = {
        "collectionId": f"pbc_{rng.randint(10**9, 10**10 - 1)}",
        "collectionName": "parking_lots",
        "id": "".join(rng.choice(ALNUM) for _ in range(15)),
        "lot_id": _f(row, "id"),
        "name": _f(row, "name"),
        "district": _f(row, "area"),
        "address": place(row),
        "tel": phone(row),
        "service_time": _f(row, "serviceTime"),
        "car_spaces": _count(row, "totalcar"),
        "motor_spaces": _count(row, "totalmotor"),
        "fee_note": _f(row, "payex"),
        "lat": round(lat, 6),
        "lng": round(lon, 6),
        "created": f"{created.astimezone(utc):%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999):03d}Z",
        "updated": f"{updated.astimezone(utc):%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999):03d}Z",
    }
    return _json({"page": 1, "perPage": 30, "totalItems": 1, "totalPages": 1, "items": [item]})


def amelia_location(row: dict[str, Any], rng: random.Random) -> str:
    """An Amelia API location body (``POST /locations`` of the booking plugin's API, whose
    documented properties these are): the lot's name as ``name``, ``status`` ``visible``, a
    ``description`` of an invented car-care service waiting at the lot (its hours, spaces and
    the lot's telephone), the address, ``phone`` the lot's telephone, the entrance's
    coordinates, no pictures and the default ``pin``."""
    lat, lon = entrance(row)
    service = rng.choice(SERVICES)
    spaces = _count(row, "totalcar")
    description = (
        f"{service}服務定點：{_f(row, 'name')}（{_f(row, 'area')}）。"
        f"停車場營業時間 {_f(row, 'serviceTime') or '依現場公告'}"
        + (f"，小型車位 {spaces} 格" if spaces else "")
        + f"。預約車輛請停放後告知管理員，現場洽詢電話 {phone(row)}"
    )
    doc = {
        "name": _f(row, "name"),
        "status": "visible",
        "description": description,
        "address": place(row),
        "phone": phone(row),
        "latitude": round(lat, 7),
        "longitude": round(lon, 7),
        "pictureFullPath": None,
        "pictureThumbPath": None,
        "pin": "",
    }
    return _json(doc)


def dingtalk_markdown(row: dict[str, Any], rng: random.Random) -> str:
    """A DingTalk custom robot message (``POST /robot/send``, ``msgtype`` ``markdown``): a
    ``title`` and a markdown ``text`` announcing invented works at the lot (the lot's id, name,
    district, address, the days closed, the telephone twice) and an ``at`` block that names no
    one."""
    work, days = rng.choice(WORKS)
    start = _when(rng).date()
    end = start + dt.timedelta(days=int(days) - 1)
    title = f"停車場施工公告｜{_f(row, 'name')}"
    text = (
        f"#### {_f(row, 'name')}（編號 {_f(row, 'id')}）施工公告\n"
        f"> 行政區：{_f(row, 'area')}\n\n"
        f"> 地址：{place(row)}\n\n"
        f"> 施工項目：{work}\n\n"
        f"> 施工期間：{start:%Y/%m/%d} 至 {end:%Y/%m/%d}，期間部分車格暫停使用\n\n"
        f"> 停車場電話：{phone(row)}\n\n"
        f"如有月票延期或退費需求，請於上班時間致電 {phone(row)} 洽詢。\n\n"
        f"###### {start - dt.timedelta(days=rng.randint(3, 10)):%m月%d日} 發布"
    )
    doc = {
        "msgtype": "markdown",
        "markdown": {"title": title, "text": text},
        "at": {"atMobiles": [], "atUserIds": [], "isAtAll": False},
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ogcapi_features": ogcapi_features,
    "pocketbase_records": pocketbase_records,
    "amelia_location": amelia_location,
    "dingtalk_markdown": dingtalk_markdown,
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
