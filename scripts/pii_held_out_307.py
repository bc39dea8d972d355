"""held_out_307 of the PII evaluation set: real phone fields of a register no earlier part used
(Taiwan's preschools, 幼兒園, as the Ministry of Education's National Early Childhood Educare
information system lists them; Taiwan's earlier parts took other registers) exactly as
published, in layouts no earlier part has, beside the list's own names, districts, addresses and
approved places.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of Taiwan (the NHI Administration's pharmacies and home-care
institutions, the Ministry of Education's elementary schools, Hsinchu City's clinics, the
police's stations, Taipei's elder-care providers and hotels, Chunghwa Post's offices, the FSC's
financial institutions, the Tourism Bureau's restaurants, the exchange's securities branches) and
many other countries; here:

* the values are the ``電話`` fields of 480 preschools in operation
  (``scripts/data/pii_tw_ece_preschools.json``, written by ``scripts/tw_ece_preschools_data.py``;
  source and licence in that file): Taiwanese numbers as the system writes them, the area code
  with its trunk 0 in brackets and the line in one run (``(02)24254518``, ``(037)864283``), each
  copy labelled;
* the text around them is the same row's real fields: the preschool's name, county, district,
  address (its three-digit postcode apart) and approved places, with invented order, task,
  board, item and post ids, product codes, amounts, quantities and dates, unlabelled and scored
  (the register's penalty columns are not written into the text);
* in layouts no earlier part has, services that Taiwanese shops, sales staff and parenting blogs
  use, text in Chinese (Traditional): LINE Pay Online API v3 payment requests (``POST
  /v3/payments/request`` of a teaching-supply shop, the preschool as the recipient of a
  ``FIXED_ADDRESS`` shipment with its ``phoneNo``), Todoist REST API v2 tasks (a sales
  representative's call to the preschool: ``content`` and ``description`` naming the number),
  monday.com API ``create_item`` mutations (a board item of the preschool, the number in a phone
  column's JSON and again in a long-text column, the column values a JSON string) and Ghost
  Admin API post requests (a parenting blog's draft about the preschool, the number in the
  ``html`` and the ``custom_excerpt``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_307.py   # rewrites the committed file
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
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_ece_preschools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_307.jsonl.gz"
SPLIT = "held_out_307"

LAYOUTS = ("linepay_request", "todoist_task", "monday_create_item", "ghost_post")
PHONE = "電話"
TZ = dt.timezone(dt.timedelta(hours=8))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented teaching-supply shops and their goods (no real shop or product is meant)
SHOPS = ("童趣教具屋", "小樹苗教材行", "彩虹積木教具", "快樂園教具社", "森林小學堂教材")
PRODUCTS = (
    ("木製積木組（100 塊）", 1280), ("幼兒安全剪刀（10 入）", 350), ("蒙特梭利數棒", 1650),
    ("繪本：四季的顏色", 320), ("桌遊：動物配對卡", 480), ("彩色黏土組（24 色）", 560),
    ("感覺統合平衡木", 2380), ("幼兒午睡墊", 890), ("手指畫顏料（12 色）", 420),
    ("拼圖：台灣地圖", 680),
)  # fmt: skip
TASKS = ("確認教具到貨", "安排新品試用", "回覆報價單", "預約園所參訪", "確認發票抬頭")
STATUSES = ("待聯絡", "已聯絡", "已報價", "已成交")
TOPICS = ("參訪紀錄", "招生說明會整理", "家長分享", "環境與交通整理")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has no such field)."""
    return row["fields"].get(key) or ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def postcode_and_street(row: dict[str, Any]) -> tuple[str, str]:
    """The address's three-digit postcode (the system's brackets dropped) and the rest."""
    found = re.fullmatch(r"\[(\d{3})\](.*)", _f(row, "住址"))
    return (found.group(1), found.group(2)) if found else ("", _f(row, "住址"))


def district(row: dict[str, Any]) -> str:
    """The district, "" where the list gives the city itself (Chiayi City's rows)."""
    return "" if _f(row, "鄉鎮市區") == _f(row, "縣市") else _f(row, "鄉鎮市區")


def place(row: dict[str, Any]) -> str:
    """The county and district (the county alone where the list gives no district)."""
    return f"{_f(row, '縣市')}{district(row)}"


def address(row: dict[str, Any]) -> str:
    """The full address: county, district and street, with no postcode."""
    return f"{place(row)}{postcode_and_street(row)[1]}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taipei time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def linepay_request(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON body of a LINE Pay Online API v3 payment request (``POST
    /v3/payments/request``) of an invented teaching-supply shop: the total in TWD, an invented
    order id, one package of one to three invented products (amounts that add up), and
    ``options``: capture, the ``zh_TW`` display locale and a ``FIXED_ADDRESS`` shipment to the
    preschool (postcode, county as ``state``, district as ``city``, street as ``detail``, the
    preschool and its office as ``recipient`` with its ``phoneNo``); the shop's redirect URLs."""
    name, tel = _f(row, "學校"), phone(row)
    when = _when(rng)
    shop = rng.choice(SHOPS)
    products = [
        {
            "id": f"EDU-{_digits(rng, 5)}",
            "name": product,
            "quantity": rng.randint(1, 4),
            "price": price,
        }
        for product, price in rng.sample(PRODUCTS, rng.randint(1, 3))
    ]
    amount = sum(p["quantity"] * p["price"] for p in products)
    postcode, street = postcode_and_street(row)
    body = {
        "amount": amount,
        "currency": "TWD",
        "orderId": f"ORD{when:%Y%m%d}{_digits(rng, 6)}",
        "packages": [
            {"id": f"PKG{_digits(rng, 4)}", "amount": amount, "name": shop, "products": products}
        ],
        "options": {
            "payment": {"capture": True},
            "display": {"locale": "zh_TW"},
            "shipping": {
                "type": "FIXED_ADDRESS",
                "feeAmount": 0,
                "address": {
                    "country": "TW",
                    "postalCode": postcode,
                    "state": _f(row, "縣市"),
                    "city": _f(row, "鄉鎮市區"),
                    "detail": street,
                    "recipient": {"firstName": "園務辦公室", "lastName": name, "phoneNo": tel},
                },
            },
        },
        "redirectUrls": {
            "confirmUrl": "https://shop.example.com.tw/linepay/confirm",
            "cancelUrl": "https://shop.example.com.tw/linepay/cancel",
        },
    }
    return _json(body)


def todoist_task(row: dict[str, Any], rng: random.Random) -> str:
    """A Todoist REST API v2 task (``GET /rest/v2/tasks/{id}``) of an invented sales
    representative: invented ids, ``content`` asking to call the preschool at its number, a
    ``description`` of its address, number, kind and approved places, labels, priority, a due
    date (``string`` in Chinese), order and creation time."""
    name, tel = _f(row, "學校"), phone(row)
    when = _when(rng)
    due = when + dt.timedelta(days=rng.randint(1, 14))
    task_id = _digits(rng, 10)
    description = "\n".join(
        [
            f"園所：{name}（{_f(row, '公私立')}）",
            f"地址：{address(row)}",
            f"電話：{tel}",
            f"核定人數：{_f(row, '核定人數')} 人",
        ]
    )
    body = {
        "creator_id": _digits(rng, 8),
        "created_at": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.{_digits(rng, 6)}Z",
        "assignee_id": None,
        "assigner_id": None,
        "comment_count": rng.randint(0, 3),
        "is_completed": False,
        "content": f"致電{name} {tel}，{rng.choice(TASKS)}",
        "description": description,
        "due": {
            "date": f"{due:%Y-%m-%d}",
            "is_recurring": False,
            "datetime": None,
            "string": f"{due.month}月{due.day}日",
            "timezone": None,
        },
        "duration": None,
        "id": task_id,
        "labels": ["幼兒園", _f(row, "縣市")],
        "order": rng.randint(1, 40),
        "priority": rng.randint(1, 4),
        "project_id": _digits(rng, 10),
        "section_id": None,
        "parent_id": None,
        "url": f"https://app.todoist.com/app/task/{task_id}",
    }
    return _json(body)


MONDAY_MUTATION = (
    "mutation ($boardId: ID!, $groupId: String!, $itemName: String!, $columnValues: JSON!) "
    "{ create_item (board_id: $boardId, group_id: $groupId, item_name: $itemName, "
    "column_values: $columnValues) { id name } }"
)


def monday_create_item(row: dict[str, Any], rng: random.Random) -> str:
    """A monday.com API request (``POST https://api.monday.com/v2``) creating a board item for
    the preschool: the GraphQL ``create_item`` mutation and its variables, an invented board and
    group, the name as the item's name and ``columnValues`` as a JSON string (a phone column
    with the number and ``countryShortName`` ``TW``, text columns of the county, district and
    address, the approved places as a number, a status label, a follow-up date and a long-text
    note repeating the number)."""
    name, tel = _f(row, "學校"), phone(row)
    when = _when(rng)
    columns = {
        "phone": {"phone": tel, "countryShortName": "TW"},
        "text": _f(row, "縣市"),
        "text0": _f(row, "鄉鎮市區"),
        "text1": address(row),
        "numbers": _f(row, "核定人數"),
        "status": {"label": rng.choice(STATUSES)},
        "date4": {"date": f"{when:%Y-%m-%d}"},
        "long_text": {"text": f"{_f(row, '公私立')}幼兒園，總機 {tel}，請於上午聯繫。"},
    }
    body = {
        "query": MONDAY_MUTATION,
        "variables": {
            "boardId": int(_digits(rng, 10)),
            "groupId": "topics",
            "itemName": name,
            "columnValues": json.dumps(columns, ensure_ascii=False),
        },
    }
    return _json(body)


def ghost_post(row: dict[str, Any], rng: random.Random) -> str:
    """A Ghost Admin API request body creating a draft post of an invented parenting blog
    (``POST /ghost/api/admin/posts/?source=html``): the title, an invented slug, the ``html``
    (a paragraph and a list of the kind, address, number and approved places), a
    ``custom_excerpt`` repeating the number, tags of the county and district (the county alone
    where the list gives the city as its district), and an invented
    ``updated_at``."""
    name, tel = _f(row, "學校"), phone(row)
    when = _when(rng)
    topic = rng.choice(TOPICS)
    html = (
        f"<p>這次整理了{place(row)}的{name}，"
        "提供家長選園時參考，實際招生資訊請以園方公告為準。</p>"
        "<ul>"
        f"<li>類型：{_f(row, '公私立')}</li>"
        f"<li>地址：{address(row)}</li>"
        f"<li>電話：{tel}</li>"
        f"<li>核定人數：{_f(row, '核定人數')} 人</li>"
        "</ul>"
    )
    body = {
        "posts": [
            {
                "title": f"{name}｜{topic}",
                "slug": f"preschool-{_digits(rng, 6)}",
                "html": html,
                "custom_excerpt": f"{place(row)}的{name}，洽詢電話 {tel}。",
                "status": "draft",
                "tags": [
                    {"name": tag} for tag in (_f(row, "縣市"), district(row), "幼兒園") if tag
                ],
                "updated_at": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.000Z",
            }
        ]
    }
    return _json(body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "linepay_request": linepay_request,
    "todoist_task": todoist_task,
    "monday_create_item": monday_create_item,
    "ghost_post": ghost_post,
}


def international(value: str) -> bool:
    """Whether a labelled number carries its country code (none of this list's does)."""
    return value.startswith("+")


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
