"""held_out_337 of the PII evaluation set: real phone fields of a register no earlier part used
(Kawasaki City's licensed nurseries, Kanagawa; Japan's earlier parts took other registers, among
them the nurseries of Toyama, Sapporo, Tokyo, Koriyama and Chiba) exactly as published, in
layouts no earlier part has, beside the list's own names, addresses, postcodes and web pages.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Takamatsu's, Iizuka's, Chiba's and many other lists)
and many others; here:

* the values are the ``phone`` fields of Kawasaki City's 394 licensed nurseries (認可保育所) of
  its seven wards (``scripts/data/pii_jp_kawasaki_nurseries.json``, written by
  ``scripts/jp_kawasaki_nurseries_data.py``; source and licence in that file): Japanese numbers
  as the list writes them, the area code ``044``, the exchange and the line joined by hyphens
  (``044-222-7252``), each copy labelled; one number stands for two nurseries of one building;
* the text around them is the same row's real fields: the name, the address as the ward page
  writes it (``川崎区大島4-17-2（川崎区保育・子育て総合支援センター内）``), the postcode
  (``210-0834``; left out where the list has none, ``-``, or where the scraper took the
  number's own last digits for it) and the nursery's page on the city's site, with invented
  calendar, user, order, product and record ids, amounts, times and dates, unlabelled and
  scored;
* in layouts no earlier part has, Japanese software a parent, a supplier or the city's
  information desk would use, text in Japanese: TimeTree API event-creation requests (a shared
  family calendar's nursery visit, JSON:API ``data.attributes`` with ``title``, ``location``,
  ``url`` and a ``description`` naming the number twice), カラーミーショップ (Color Me Shop)
  API sale objects of a nursery-supplies web shop (the nursery as ``customer`` and as the
  ``sale_deliveries`` address, ``tel`` in both), Groonga command files (``table_create``,
  ``column_create``, ``load --table`` of the nursery as a JSON object with ``tel``, then a
  ``select --filter`` on the number) and Fluentd ``out_file`` buffers of the desk's inquiry log
  (the time, the tag and the compact JSON record a line: the lookup with ``tel``, then a
  callback note repeating it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_337.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_kawasaki_nurseries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_337.jsonl.gz"
SPLIT = "held_out_337"

LAYOUTS = ("timetree_event", "colorme_sale", "groonga_load", "fluentd_out_file")
PHONE = "phone"
JST = dt.timezone(dt.timedelta(hours=9))

# data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented products of a nursery-supplies web shop (no real catalogue is meant)
PRODUCTS = (
    ("お昼寝布団カバー（70×120cm）", 2980), ("名前スタンプセット", 3480),
    ("おむつ用ビニール袋 100枚", 880), ("園児用上履き 15cm", 1650), ("連絡帳（年間）", 550),
    ("保育用エプロン", 2200), ("着替え袋（巾着）", 990), ("食事用スタイ 3枚組", 1320),
)  # fmt: skip
DELIVERIES = ("ヤマト運輸", "佐川急便", "ゆうパック")
PAYMENTS = ("銀行振込", "クレジットカード", "請求書払い（後払い）")
VISIT_NOTES = (
    "持ち物：上履き、母子手帳", "園庭と給食の様子を確認する", "0歳児クラスの空き状況を聞く",
    "駐輪場の有無を確認", "延長保育の時間と料金を聞く",
)  # fmt: skip
TOPICS = ("入所申込", "空き状況", "見学予約", "一時保育", "延長保育")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def postcode(row: dict[str, Any]) -> str:
    """The row's postcode as published (``210-0834``), "" where the list has none (``-``) or
    where it is the number's own last seven digits (the scraper's slip on one row)."""
    value = _f(row, "postcode")
    if not re.fullmatch(r"\d{3}-\d{4}", value) or phone(row).endswith(value):
        return ""
    return value


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
    """An invented weekday moment of 2025 (JST), on the quarter hour."""
    start = dt.datetime(2025, 4, 7, 9, 0, tzinfo=JST)
    day = start + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(minutes=15 * rng.randint(0, 28))


def _token(rng: random.Random, size: int) -> str:
    """An invented id of letters and digits (a letter first, no run of digits)."""
    out = []
    for i in range(size):
        pool = string.ascii_letters if i % 2 == 0 else string.ascii_letters + string.digits
        out.append(rng.choice(pool))
    return "".join(out)


def _json(doc: Any) -> str:
    """``doc`` as two-space indented JSON, UTF-8 unescaped."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def timetree_event(row: dict[str, Any], rng: random.Random) -> str:
    """A TimeTree API request creating an event on a family's shared calendar (``POST
    /calendars/{calendar_id}/events``, ``application/vnd.timetree.v1+json``): a JSON:API
    ``data`` object of ``attributes`` (``category`` ``schedule``, the visit's ``title`` with the
    name, times in UTC with ``Asia/Tokyo`` zones, a ``description`` giving the number and
    repeating it, the postcode and address as ``location``, the nursery's page as ``url``) and
    ``relationships`` (an invented label and attendee of the calendar)."""
    name, tel = _f(row, "name"), phone(row)
    calendar = _token(rng, 12)
    code, place = postcode(row), _f(row, "address")
    start = _when(rng)
    end = start + dt.timedelta(minutes=rng.choice((30, 45, 60)))
    utc = dt.UTC
    lines = [
        f"{name}の見学（{rng.choice(('午前', '午後', '園長先生が案内'))}）",
        f"電話：{tel}",
        rng.choice(VISIT_NOTES),
        f"遅れるときは{tel}に連絡",
    ]
    body = {
        "data": {
            "attributes": {
                "category": "schedule",
                "title": f"保育園見学 {name}",
                "all_day": False,
                "start_at": start.astimezone(utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "start_timezone": "Asia/Tokyo",
                "end_at": end.astimezone(utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "end_timezone": "Asia/Tokyo",
                "description": "\n".join(lines),
                "location": f"〒{code} {place}" if code else place,
                "url": _f(row, "link"),
            },
            "relationships": {
                "label": {"data": {"id": f"{calendar},{rng.randint(1, 10)}", "type": "label"}},
                "attendees": {
                    "data": [{"id": f"{calendar},{rng.randint(1000, 99999)}", "type": "user"}]
                },
            },
        }
    }
    head = [
        f"POST /calendars/{calendar}/events HTTP/1.1",
        "Host: timetreeapis.com",
        "Accept: application/vnd.timetree.v1+json",
        "Content-Type: application/json",
        "",
        "",
    ]
    return "\r\n".join(head) + _json(body)


def colorme_sale(row: dict[str, Any], rng: random.Random) -> str:
    """A カラーミーショップ (Color Me Shop) API sale object (``GET /v1/sales/{id}.json``) of
    a nursery-supplies web shop: invented sale, account and customer ids and Unix times, the
    payment and carrier, the nursery as ``customer`` (``name``, ``postal``, ``pref_name``,
    ``address1``, ``tel``) and as the delivery address in ``sale_deliveries`` (``tel`` again),
    the ordered items with invented prices, and the totals."""
    name, tel = _f(row, "name"), phone(row)
    account = f"PA{rng.randint(10000000, 99999999):08d}"
    sale_id = rng.randint(200000000, 299999999)
    made = _when(rng)
    items = rng.sample(PRODUCTS, rng.randint(1, 3))
    details = []
    for product, price in items:
        count = rng.randint(1, 20)
        details.append(
            {
                "id": rng.randint(400000000, 499999999),
                "sale_id": sale_id,
                "account_id": account,
                "product_id": rng.randint(100000000, 199999999),
                "product_name": product,
                "price": price,
                "product_num": count,
                "subtotal_price": price * count,
            }
        )
    subtotal = sum(d["subtotal_price"] for d in details)
    charge = 0 if subtotal >= 11000 else 880
    customer = {
        "id": rng.randint(50000000, 59999999),
        "account_id": account,
        "name": name,
        "furigana": None,
        "postal": postcode(row) or None,
        "pref_id": 14,
        "pref_name": "神奈川県",
        "address1": _f(row, "address"),
        "address2": None,
        "mail": None,
        "tel": tel,
    }
    delivery = {
        "id": rng.randint(300000000, 399999999),
        "account_id": account,
        "sale_id": sale_id,
        "delivery_id": rng.randint(1000000, 1999999),
        "name": f"{name} 御中",
        "postal": postcode(row) or None,
        "pref_id": 14,
        "pref_name": "神奈川県",
        "address1": _f(row, "address"),
        "address2": None,
        "tel": tel,
        "preferred_date": (made + dt.timedelta(days=rng.randint(3, 10))).strftime("%Y-%m-%d"),
        "preferred_period": rng.choice(("午前中", "14時～16時", None)),
        "delivery_charge": charge,
    }
    sale = {
        "sale": {
            "id": sale_id,
            "account_id": account,
            "make_date": int(made.timestamp()),
            "update_date": int(made.timestamp()) + rng.randint(60, 86400),
            "memo": None,
            "payment_name": rng.choice(PAYMENTS),
            "delivery_name": rng.choice(DELIVERIES),
            "product_total_price": subtotal,
            "delivery_total_charge": charge,
            "total_price": subtotal + charge,
            "canceled": False,
            "customer": customer,
            "details": details,
            "sale_deliveries": [delivery],
        }
    }
    return _json(sale)


GROONGA_SCHEMA = (
    "table_create Nurseries TABLE_HASH_KEY ShortText",
    "column_create Nurseries name COLUMN_SCALAR ShortText",
    "column_create Nurseries address COLUMN_SCALAR ShortText",
    "column_create Nurseries postcode COLUMN_SCALAR ShortText",
    "column_create Nurseries tel COLUMN_SCALAR ShortText",
    "column_create Nurseries url COLUMN_SCALAR ShortText",
    "column_create Nurseries updated_at COLUMN_SCALAR Time",
)


def groonga_load(row: dict[str, Any], rng: random.Random) -> str:
    """A Groonga command file of a nursery search index: the schema (``table_create``,
    ``column_create``), a ``load --table Nurseries`` of the nursery as one JSON object (an
    invented ``_key``, the name, address, postcode, number as ``tel``, page and an invented
    update time in Unix seconds), then a ``select`` filtering on the number."""
    name, tel = _f(row, "name"), phone(row)
    record = {
        "_key": f"kawasaki-{_token(rng, 8)}",
        "name": name,
        "address": _f(row, "address"),
        "postcode": postcode(row),
        "tel": tel,
        "url": _f(row, "link"),
        "updated_at": int(_when(rng).timestamp()),
    }
    lines = [
        *GROONGA_SCHEMA,
        "load --table Nurseries",
        "[",
        json.dumps(record, ensure_ascii=False),
        "]",
        f"select Nurseries --filter 'tel == {json.dumps(tel)}' "
        "--output_columns _key,name,address,tel",
        "",
    ]
    return "\n".join(lines)


def fluentd_out_file(row: dict[str, Any], rng: random.Random) -> str:
    """A Fluentd ``out_file`` buffer of the city's childcare desk's inquiry log (the default
    format: the time in ISO 8601 with its offset, a tab, the tag, a tab, the record as compact
    JSON): a call received, the lookup of the nursery (postcode, address, its number as
    ``tel``, page), and a callback note repeating the number; an invented inquiry id and
    desk."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    inquiry = f"INQ-{when:%Y%m%d}-{_token(rng, 6)}"
    desk = rng.choice(("kodomo-soudan-1", "kodomo-soudan-2", "hoiku-madoguchi"))
    topic = rng.choice(TOPICS)
    events = [
        ("kawasaki.hoiku.call", {"inquiry_id": inquiry, "desk": desk, "topic": topic}),
        (
            "kawasaki.hoiku.lookup",
            {
                "inquiry_id": inquiry,
                "facility": name,
                "postcode": postcode(row) or None,
                "address": _f(row, "address"),
                "tel": tel,
                "url": _f(row, "link"),
            },
        ),
        (
            "kawasaki.hoiku.note",
            {
                "inquiry_id": inquiry,
                "message": f"{topic}について{name}（{tel}）に直接確認するよう案内",
                "status": "closed",
            },
        ),
    ]
    lines = []
    for tag, body in events:
        when += dt.timedelta(seconds=rng.randint(5, 240))
        record = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        lines.append(f"{when.isoformat()}\t{tag}\t{record}")
    return "\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "timetree_event": timetree_event,
    "colorme_sale": colorme_sale,
    "groonga_load": groonga_load,
    "fluentd_out_file": fluentd_out_file,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
