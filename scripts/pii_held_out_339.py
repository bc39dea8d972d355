"""held_out_339 of the PII evaluation set: real phone fields of a register no earlier part used
(MOS Burger Taiwan's store locator, the chain's restaurants; Taiwan's earlier parts took public
lists) exactly as published, in layouts no earlier part has, beside the list's own codes, names,
addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of TW (the NHIA's mask-stock list and home-care institutions,
the Ministry of Education's schools, the National Police Agency's stations, Chunghwa Post's
offices, the Ministry of the Interior's civil associations and others), JP, KR and many more;
here:

* the values are the ``tel`` fields of 268 MOS Burger restaurants
  (``scripts/data/pii_tw_mos_burger_stores.json``, written by
  ``scripts/tw_mos_burger_stores_data.py``; source and licence in that file): Taiwanese numbers
  as the chain writes them, the area code with its trunk 0 in brackets, one blank (or two) and
  the line with a hyphen (``(02) 2311-4676``, ``(037) 350-612``, ``(02)  2351-4560``), each
  copy labelled whole as one number (the two blanks are no gap between two numbers);
* the text around them is the same store's real fields: its code (``B049``), name, postcode,
  county or city, district, street address, coordinates and flags, with invented order,
  business-partner and task ids, amounts, quantities, dates and durations, unlabelled and
  scored; no short number, fax or e-mail address;
* in layouts no earlier part has, text in Chinese (Traditional): WooCommerce REST API v3 order
  objects of an invented supplies web shop (the store as ``billing`` and ``shipping``
  ``company`` with ``phone``), SAP Business One Service Layer ``BusinessPartners`` creation
  bodies of an invented food distributor (``Phone1``, a ``bo_ShipTo`` address, a ``FreeText``
  repeating the number, user-defined coordinate fields), ClickUp API v2 create-task bodies of a
  maintenance list (a ``description`` with the number, a custom field holding it) and Prisma
  seed scripts (``prisma/seed.ts``: an ``upsert`` of the store with its ``tel`` and a notice
  whose text repeats it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_339.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_mos_burger_stores.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_339.jsonl.gz"
SPLIT = "held_out_339"

LAYOUTS = ("woocommerce_order", "sap_b1_partner", "clickup_task", "prisma_seed")
PHONE = "tel"
# one number as the chain writes it: the area code in brackets, one or two blanks, the line
ONE_NUMBER = re.compile(r"\(0[2-8]\d?\) {1,2}\d{3,4}-\d{3,4}")
TAIPEI = dt.timezone(dt.timedelta(hours=8))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented supplies of a restaurant supplies web shop: (name, SKU stem, unit price in NT$)
SUPPLIES = (
    ("外帶紙袋（中）500入", "BAG-M", 680), ("熱感應收銀紙捲 57mm 50捲", "RLL-57", 1150),
    ("飲料杯蓋 90口徑 1000入", "LID-90", 920), ("食品級丁腈手套 M 100入", "GLV-M", 260),
    ("廚房擦拭布 20入", "CLT-20", 180), ("防油漢堡包裝紙 2000張", "WRP-20", 1480),
    ("紙吸管 6mm 2500支", "STR-06", 1350), ("中性清潔劑 4L", "DET-4L", 420),
)  # fmt: skip
# invented maintenance tasks of a store: (title, what to do)
TASKS = (
    ("冷凍櫃定期保養", "檢查冷凍櫃溫度紀錄、清潔冷凝器並更換門封條。"),
    ("製冰機濾心更換", "更換製冰機濾心並清洗儲冰槽，完成後記錄水質。"),
    ("油炸機清潔檢查", "排油、清洗油槽並檢查溫控器，確認油溫誤差在 3°C 內。"),
    ("空調濾網清洗", "清洗用餐區與廚房空調濾網，檢查排水管是否堵塞。"),
    ("POS 主機更新", "於打烊後更新 POS 主機與出單機韌體，隔日開店前測試出單。"),
    ("排油煙管清洗", "清洗排油煙管與集油槽，保留清洗前後照片。"),
)  # fmt: skip
# invented notices of the stores' site
NOTICES = (
    ("門市整修公告", "門市將於 {date} 進行設備整修，暫停營業一天，造成不便敬請見諒。"),
    ("外送服務說明", "門市提供外送服務，訂購請來電門市 {tel}。"),
    ("早餐時段調整", "自 {date} 起早餐供應時間調整，詳情請洽門市 {tel}。"),
    ("團體訂餐", "十份以上團體訂餐請於前一日來電 {tel} 預訂。"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A string field as published ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return value if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (none here is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def store_name(row: dict[str, Any]) -> str:
    """The store as the chain names it to customers (``摩斯漢堡 誠品站前店(東三門)``)."""
    return f"摩斯漢堡 {_f(row, 'title')}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taipei time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=TAIPEI)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _json(doc: Any) -> str:
    """A JSON document as the APIs' examples print it (two-space indent, text unescaped)."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def woocommerce_order(row: dict[str, Any], rng: random.Random) -> str:
    """A WooCommerce REST API v3 order object (``GET /wp-json/wc/v3/orders/<id>``) of an
    invented restaurant supplies web shop: an invented id, key and dates, TWD amounts at 5%
    tax that add up, the store as ``billing`` and ``shipping`` ``company`` (district and street
    address, county or city, postcode, ``TW``) with the store's ``phone`` in both, a customer
    note naming its code, one to three invented line items and a flat-rate shipping line."""
    tel, when = phone(row), _when(rng)
    oid = rng.randint(18000, 48000)
    items, subtotal, taxes = [], 0, 0
    for k, (name, sku, price) in enumerate(rng.sample(SUPPLIES, rng.randint(1, 3))):
        quantity = rng.randint(1, 6)
        total = price * quantity
        subtotal += total
        tax = round(total - total / 1.05)
        taxes += tax
        items.append({
            "id": oid * 10 + k, "name": name, "product_id": rng.randint(300, 990),
            "variation_id": 0, "quantity": quantity, "tax_class": "",
            "subtotal": f"{total - tax}.00", "subtotal_tax": f"{tax}.00",
            "total": f"{total - tax}.00", "total_tax": f"{tax}.00",
            "taxes": [{"id": 1, "total": f"{tax}.00", "subtotal": f"{tax}.00"}],
            "meta_data": [], "sku": f"{sku}-{rng.randint(10, 99)}", "price": price,
        })  # fmt: skip
    shipping = 0 if subtotal >= 3000 else 120
    grand = subtotal + shipping
    address = {
        "first_name": "", "last_name": "", "company": store_name(row),
        "address_1": f"{_f(row, 'area')}{_f(row, 'addr')}", "address_2": "",
        "city": _f(row, "city"), "state": "", "postcode": _f(row, "zipCode"), "country": "TW",
    }  # fmt: skip
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S")
    gmt = when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    paid = (when + dt.timedelta(minutes=rng.randint(5, 600))).strftime("%Y-%m-%dT%H:%M:%S")
    doc = {
        "id": oid, "parent_id": 0, "status": "processing", "currency": "TWD",
        "version": "8.9.1", "prices_include_tax": True, "date_created": stamp,
        "date_modified": stamp, "discount_total": "0.00", "discount_tax": "0.00",
        "shipping_total": f"{shipping}.00", "shipping_tax": "0.00", "cart_tax": f"{taxes}.00",
        "total": f"{grand}.00", "total_tax": f"{taxes}.00",
        "customer_id": rng.randint(40, 900), "order_key": f"wc_order_{rng.getrandbits(48):012x}",
        "billing": {**address, "email": "", "phone": tel},
        "shipping": {**address, "phone": tel},
        "payment_method": "bacs", "payment_method_title": "銀行轉帳",
        "transaction_id": "", "customer_ip_address": "", "customer_user_agent": "",
        "created_via": "checkout",
        "customer_note": f"門市代號 {_f(row, 'id')}，請於上午十點前送達，送達前先電話聯絡門市。",
        "date_completed": None, "date_paid": paid, "cart_hash": f"{rng.getrandbits(128):032x}",
        "number": str(oid), "meta_data": [], "line_items": items, "tax_lines": [],
        "shipping_lines": [{
            "id": oid * 10 + 9, "method_title": "宅配", "method_id": "flat_rate",
            "instance_id": "2", "total": f"{shipping}.00", "total_tax": "0.00", "taxes": [],
            "meta_data": [],
        }],
        "fee_lines": [], "coupon_lines": [], "refunds": [], "currency_symbol": "NT$",
        "date_created_gmt": gmt, "date_modified_gmt": gmt,
    }  # fmt: skip
    return _json(doc)


def sap_b1_partner(row: dict[str, Any], rng: random.Random) -> str:
    """A SAP Business One Service Layer ``POST /b1s/v2/BusinessPartners`` body of an invented
    food distributor's customer master: an invented card code built on the store's code, the
    store's name, ``Phone1`` with its number, a ``FreeText`` repeating it, an invented group,
    payment terms and sales employee, the store's address as a ``bo_ShipTo`` row of
    ``BPAddresses`` and its coordinates in user-defined fields (``U_Lat``, ``U_Lng``)."""
    tel, code = phone(row), f"C-MOS-{_f(row, 'id')}"
    when = _when(rng)
    doc = {
        "CardCode": code,
        "CardName": store_name(row),
        "CardType": "cCustomer",
        "GroupCode": rng.choice((102, 103, 107)),
        "Currency": "TWD",
        "Phone1": tel,
        "PayTermsGrpCode": rng.choice((3, 5, 6)),
        "SalesPersonCode": rng.randint(2, 14),
        "Notes": f"{_f(row, 'city')}{_f(row, 'area')} 門市",
        "FreeText": f"冷凍品請於 07:00 前送達{_f(row, 'title')}，到店前請來電 {tel}。",
        "Valid": "tYES",
        "Frozen": "tNO",
        "ValidFrom": when.strftime("%Y-%m-%d"),
        "U_StoreCode": _f(row, "id"),
        "U_Lat": _f(row, "lat"),
        "U_Lng": _f(row, "lng"),
        "BPAddresses": [
            {
                "AddressName": "門市",
                "AddressType": "bo_ShipTo",
                "Street": _f(row, "addr"),
                "Block": _f(row, "area"),
                "City": _f(row, "city"),
                "ZipCode": _f(row, "zipCode"),
                "Country": "TW",
                "BPCode": code,
                "RowNum": 0,
            }
        ],
    }
    return _json(doc)


def clickup_task(row: dict[str, Any], rng: random.Random) -> str:
    """A ClickUp API v2 ``POST /api/v2/list/{list_id}/task`` body of a store maintenance
    list: the task's name with the store's code and name, a plain-text ``description`` of what
    to do and the store's address, coordinates and number, invented assignees, tags, priority,
    start and due dates (Unix milliseconds), time estimate and custom-field ids, and custom
    fields holding the store's code and number."""
    tel, when = phone(row), _when(rng)
    title, todo = rng.choice(TASKS)
    start = int(when.timestamp()) * 1000
    due = start + rng.randint(2, 14) * 86400 * 1000
    description = "\n".join(
        [
            f"門市：{store_name(row)}（{_f(row, 'id')}）",
            f"地址：{_f(row, 'zipCode')} {_f(row, 'city')}{_f(row, 'area')}{_f(row, 'addr')}",
            f"座標：{_f(row, 'lat')}, {_f(row, 'lng')}",
            f"門市電話：{tel}",
            "",
            todo,
            "到店前請先與門市確認時段。",
        ]
    )
    doc = {
        "name": f"【{_f(row, 'id')}】{_f(row, 'title')} {title}",
        "description": description,
        "assignees": sorted(rng.sample(range(81000000, 81999999), rng.randint(1, 2))),
        "tags": ["設備保養", _f(row, "city")],
        "status": "to do",
        "priority": rng.randint(2, 3),
        "due_date": due,
        "due_date_time": False,
        "time_estimate": rng.choice((2, 3, 4, 6)) * 3600 * 1000,
        "start_date": start,
        "start_date_time": False,
        "notify_all": True,
        "parent": None,
        "links_to": None,
        "check_required_custom_fields": True,
        "custom_fields": [
            {"id": _uuid(rng), "value": _f(row, "id")},
            {"id": _uuid(rng), "value": tel},
        ],
    }
    return _json(doc)


def _ts(value: Any) -> str:
    """``value`` as a TypeScript literal (a string in double quotes, a boolean)."""
    return json.dumps(value, ensure_ascii=False)


def prisma_seed(row: dict[str, Any], rng: random.Random) -> str:
    """A Prisma seed script (``prisma/seed.ts``, run by ``prisma db seed``): a ``PrismaClient``,
    an ``upsert`` of the store by its code with all of its fields (the coordinates as number
    literals as published, the flags as booleans), a notice of the store whose invented text
    repeats the number, and the ``main()`` call with its ``$disconnect`` as Prisma's guide
    writes it."""
    tel, when = phone(row), _when(rng)
    delivers = row["fields"]["is_Delivery"] is True
    title, body = rng.choice(
        [n for n in NOTICES if "{tel}" in n[1] and (delivers or "外送" not in n[0])]
    )
    day = when + dt.timedelta(days=rng.randint(3, 40))
    later = f"{day.month} 月 {day.day} 日"
    flags = {"isLane": "is_lane", "isDelivery": "is_Delivery", "isPay": "is_Pay"}
    fields = [
        ("code", _ts(_f(row, "id"))),
        ("name", _ts(_f(row, "title"))),
        ("zipCode", _ts(_f(row, "zipCode"))),
        ("city", _ts(_f(row, "city"))),
        ("area", _ts(_f(row, "area"))),
        ("address", _ts(_f(row, "addr"))),
        ("tel", _ts(tel)),
        ("latitude", _f(row, "lat")),
        ("longitude", _f(row, "lng")),
        *((key, _ts(bool(row["fields"][column]))) for key, column in flags.items()),
    ]
    lines = [
        'import { PrismaClient } from "@prisma/client";',
        "",
        "const prisma = new PrismaClient();",
        "",
        "async function main() {",
        f"  // {_f(row, 'city')}{_f(row, 'area')}：{_f(row, 'title')}",
        "  const store = await prisma.store.upsert({",
        f"    where: {{ code: {_ts(_f(row, 'id'))} }},",
        "    update: {},",
        "    create: {",
        *(f"      {key}: {value}," for key, value in fields),
        "    },",
        "  });",
        "",
        "  await prisma.notice.create({",
        "    data: {",
        "      storeId: store.id,",
        f"      title: {_ts(title)},",
        f"      body: {_ts(body.format(tel=tel, date=later))},",
        f'      publishedAt: new Date("{when.isoformat(timespec="seconds")}"),',
        "    },",
        "  });",
        f"  console.log(`seeded ${{store.code}} {_f(row, 'title')}`);",
        "}",
        "",
        "main()",
        "  .then(async () => {",
        "    await prisma.$disconnect();",
        "  })",
        "  .catch(async (e) => {",
        "    console.error(e);",
        "    await prisma.$disconnect();",
        "    process.exit(1);",
        "  });",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "woocommerce_order": woocommerce_order,
    "sap_b1_partner": sap_b1_partner,
    "clickup_task": clickup_task,
    "prisma_seed": prisma_seed,
}


def labelled_record(where: tuple[str, str, str, int], row: dict[str, Any], block: Record):
    """The evaluation record of one row's block: every copy of its phone field labelled
    whole, as one number (the field is one number: the bracketed area code, one or two
    blanks, the line; two blanks are no gap between two numbers here)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    spans = []
    for at, column, field in block.phones:
        assert ONE_NUMBER.fullmatch(field) and personal_phone(field, row["country"]), field
        kind = "international" if international(field) else "national"
        spans.append([at, at + len(field), "PHONE_NUMBER", f"{kind}:{column}"])
    text = block.text
    fields = record_fields(where, text, sorted(spans), [], (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
