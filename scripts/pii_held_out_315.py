"""held_out_315 of the PII evaluation set: real phone fields of a register no earlier part used
(Taiwan's registered short-term cram schools, 短期補習班, as the national cram-school
information system lists them; Taiwan's earlier parts took other registers) exactly as
published, in layouts no earlier part has, beside the list's own names, addresses, codes and
registration numbers and dates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of Taiwan (the NHI Administration's pharmacies and home-care
institutions, the Ministry of Education's elementary schools and preschools, Hsinchu City's
clinics, the police's stations, Taipei's elder-care providers and hotels, Chunghwa Post's
offices, the FSC's financial institutions, the Tourism Bureau's restaurants, the exchange's
securities branches) and many other countries; here:

* the values are the ``電話`` fields of 500 cram schools (``scripts/data/pii_tw_cram_schools.json``,
  written by ``scripts/tw_cram_schools_data.py``; source and licence in that file): Taiwanese
  fixed lines as the counties' and cities' education departments write them, the area code in
  brackets (``(049)2654643``, ``(02)2295-3465``, ``(03)-6685581``), before a hyphen
  (``04-26223202``), in one run with the line (``032878126``) or left out (``22427509``,
  ``365-9509``), each copy labelled;
* the text around them is the same row's real fields: the school's name, county (from its
  file), address, district, fourteen-digit code, registration document number (``府教社字第
  1050154661號``) and date, with invented course names, rooms, order numbers, user and item ids,
  amounts, customer ids, ad schedules, article ids, view counts and dates, unlabelled and scored;
* in layouts no earlier part has, services that Taiwanese cram schools, shops and parents use,
  text in Chinese (Traditional): Google Classroom API ``courses.create`` request bodies (a class
  of the school, the number in its ``descriptionHeading`` and ``description``), Shopee Open
  Platform v2 ``get_order_detail`` responses (an order of teaching supplies shipped to the
  school: ``recipient_address.phone`` and a ``message_to_seller`` repeating it), Google Ads API
  ``assets:mutate`` request bodies (the school's ``callAsset`` with ``countryCode`` ``TW`` and
  its raw ``phoneNumber``, and a ``sitelinkAsset`` whose ``description1`` repeats it) and PIXNET
  blog API article responses (a parent's post about the school, the number twice in its HTML
  ``body``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_315.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_tw_cram_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_315.jsonl.gz"
SPLIT = "held_out_315"

LAYOUTS = ("classroom_course", "shopee_order", "google_ads_assets", "pixnet_article")
PHONE = "電話"
TZ = dt.timezone(dt.timedelta(hours=8))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented classes, goods, ad texts and blog phrases (no real course, product or post is meant)
GRADES = ("國小五年級", "國小六年級", "國一", "國二", "國三", "高一", "高二", "高三")
SUBJECTS = ("數學", "英文", "國文", "自然", "理化", "作文", "英語會話", "程式設計")
SECTIONS = ("A 班", "B 班", "週六班", "週三晚間班", "寒假衝刺班", "暑期先修班")
ROOMS = ("2 樓 201 教室", "3 樓 301 教室", "3 樓 302 教室", "4 樓自習室", "1 樓大教室")
GOODS = (
    ("白板筆（12 支入）", 189), ("磁性白板 90x120cm", 1680), ("A4 影印紙（5 包）", 599),
    ("學生課桌椅", 2450), ("桌上型削鉛筆機", 420), ("計時器（教室用）", 260),
    ("原子筆（50 支入）", 350), ("檔案夾（20 入）", 240), ("投影布幕 100 吋", 2990),
    ("無線麥克風組", 3280),
)  # fmt: skip
CARRIERS = ("黑貓宅急便", "新竹物流", "中華郵政", "蝦皮店到店")
PAYMENTS = ("信用卡", "貨到付款", "銀行轉帳", "蝦皮錢包")
LINKS = ("預約免費試聽", "課程介紹", "師資陣容", "交通資訊")
ARTICLE_CATEGORIES = ("親子教養", "學習心得", "生活日記", "孩子的學習")
DAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")
MINUTES = {0: "ZERO", 15: "FIFTEEN", 30: "THIRTY", 45: "FORTY_FIVE"}


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has no such field)."""
    return row["fields"].get(key) or ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number is written with a country code (none of this list's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def county(row: dict[str, Any]) -> str:
    """The county or city whose file the row is of (``data/raw/臺北市.csv#12``: 臺北市)."""
    return row["path"].split("/")[-1].split(".csv")[0]


def _street(row: dict[str, Any]) -> str:
    """The address after a leading postcode (``406``) and county (``臺中市`` or ``台中市``), as
    far as the list writes them."""
    rest = re.sub(r"^\d{3,6}", "", _f(row, "班址"))
    for name in (county(row), county(row).replace("臺", "台")):
        if rest.startswith(name):
            return rest[len(name) :]
    return rest


def address(row: dict[str, Any]) -> str:
    """The address as published, with its county in front where the list leaves it out."""
    published = _f(row, "班址")
    if re.sub(r"^\d{3,6}", "", published) != _street(row):
        return published
    return county(row) + published


def district(row: dict[str, Any]) -> str:
    """The township or district the address names after the county ("" if none)."""
    found = re.match(r"(.{1,3}?[鄉鎮市區])(?!區)", _street(row))
    return found.group(1) if found else ""


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taipei time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def classroom_course(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON body of a Google Classroom API ``courses.create`` request (``POST
    https://classroom.googleapis.com/v1/courses``) of one class of the school: an invented
    grade, subject and section as ``name`` and ``section``, the school and its number as
    ``descriptionHeading``, a ``description`` of the address, the registration and the number
    again, an invented ``room``, ``ownerId`` ``me`` and ``courseState`` ``PROVISIONED``."""
    name, tel = _f(row, "補習班"), phone(row)
    grade, subject = rng.choice(GRADES), rng.choice(SUBJECTS)
    start = _when(rng)
    times, minutes = rng.randint(1, 3), rng.choice((90, 120, 150))
    description = "\n".join(
        [
            f"{name}｜{grade}{subject}",
            f"上課地點：{address(row)}",
            f"開課日期：{start:%Y/%m/%d}，每週 {times} 次，每次 {minutes} 分鐘",
            f"立案文號：{_f(row, '立案文號')}（補習班代號 {_f(row, '代號')}）",
            f"請假、調課請於上課前來電 {tel} 告知櫃台。",
        ]
    )
    body = {
        "name": f"{grade}{subject} {rng.choice(SECTIONS)}",
        "section": name,
        "descriptionHeading": f"{name} 洽詢電話 {tel}",
        "description": description,
        "room": rng.choice(ROOMS),
        "ownerId": "me",
        "courseState": "PROVISIONED",
    }
    return _json(body)


def shopee_order(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON response of a Shopee Open Platform v2 ``get_order_detail`` call (``GET
    /api/v2/order/get_order_detail``) of an invented shop in the TW region: one order of one to
    three invented teaching supplies (amounts that add up), an invented order number, buyer id
    and username, shipping carrier and payment method, the school as ``recipient_address`` (its
    name, ``phone``, district, county as ``city``, ``region`` ``TW`` and its address as
    ``full_address``, no zipcode), a ``message_to_seller`` repeating the number, the seller's
    ``note`` naming the school's code, and an invented ``request_id``."""
    name, tel = _f(row, "補習班"), phone(row)
    created = _when(rng)
    paid = created + dt.timedelta(minutes=rng.randint(1, 40))
    items = []
    for item_name, price in rng.sample(GOODS, rng.randint(1, 3)):
        quantity = rng.randint(1, 6)
        items.append(
            {
                "item_id": int(_digits(rng, 11)),
                "item_name": item_name,
                "item_sku": "",
                "model_id": 0,
                "model_name": "",
                "model_sku": "",
                "model_quantity_purchased": quantity,
                "model_original_price": price,
                "model_discounted_price": price,
                "wholesale": False,
                "weight": round(rng.uniform(0.1, 9.5), 2),
            }
        )
    subtotal = sum(i["model_discounted_price"] * i["model_quantity_purchased"] for i in items)
    fee = rng.choice((0, 60, 65, 100))
    order_sn = f"{created:%y%m%d}" + "".join(
        rng.choice("0123456789ABCDEFGHJKMNPQRSTUVWXY") for _ in range(8)
    )
    order = {
        "order_sn": order_sn,
        "region": "TW",
        "currency": "TWD",
        "cod": False,
        "total_amount": subtotal + fee,
        "order_status": rng.choice(("READY_TO_SHIP", "PROCESSED", "SHIPPED")),
        "shipping_carrier": rng.choice(CARRIERS),
        "payment_method": rng.choice(PAYMENTS),
        "estimated_shipping_fee": fee,
        "message_to_seller": f"請送至{name}櫃台，送達前請先撥 {tel} 聯絡。",
        "create_time": int(created.timestamp()),
        "update_time": int(paid.timestamp()),
        "days_to_ship": rng.choice((2, 3, 5)),
        "ship_by_date": int((created + dt.timedelta(days=3)).timestamp()),
        "buyer_user_id": int(_digits(rng, 9)),
        "buyer_username": f"cram{_digits(rng, 6)}",
        "recipient_address": {
            "name": name,
            "phone": tel,
            "town": "",
            "district": district(row),
            "city": county(row),
            "state": "",
            "region": "TW",
            "zipcode": "",
            "full_address": address(row),
        },
        "item_list": items,
        "pay_time": int(paid.timestamp()),
        "note": f"補習班採購，開立三聯式發票（補習班代號 {_f(row, '代號')}）",
        "note_update_time": int(paid.timestamp()),
    }
    body = {
        "error": "",
        "message": "",
        "response": {"order_list": [order]},
        "request_id": "".join(rng.choice("0123456789abcdef") for _ in range(32)),
    }
    return _json(body)


def google_ads_assets(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON body of a Google Ads API ``assets:mutate`` request (``POST
    https://googleads.googleapis.com/v17/customers/{customerId}/assets:mutate``) of the school's
    advertiser account: a ``callAsset`` with ``countryCode`` ``TW``, the raw ``phoneNumber``
    as published, the account's call conversion setting and an invented ad schedule, and a
    ``sitelinkAsset`` (an invented link text, ``description1`` naming the number,
    ``description2`` the district) with an invented final URL."""
    name, tel = _f(row, "補習班"), phone(row)
    days = sorted(rng.sample(range(len(DAYS)), rng.randint(2, 5)))
    start_hour, end_hour = rng.choice((9, 10, 13, 14)), rng.choice((20, 21))
    schedule = [
        {
            "dayOfWeek": DAYS[d],
            "startHour": start_hour,
            "startMinute": MINUTES[0],
            "endHour": end_hour,
            "endMinute": MINUTES[rng.choice((0, 30))],
        }
        for d in days
    ]
    where = f"{county(row)}{district(row)}"
    body = {
        "operations": [
            {
                "create": {
                    "name": f"{name} 來電",
                    "callAsset": {
                        "countryCode": "TW",
                        "phoneNumber": tel,
                        "callConversionReportingState": "USE_ACCOUNT_LEVEL_CALL_CONVERSION_ACTION",
                        "adScheduleTargets": schedule,
                    },
                }
            },
            {
                "create": {
                    "finalUrls": [f"https://www.example.com/tw/{_f(row, '代號')}/trial"],
                    "sitelinkAsset": {
                        "linkText": rng.choice(LINKS),
                        "description1": f"試聽專線 {tel}",
                        "description2": f"{where} 立案補習班",
                    },
                }
            },
        ],
        "partialFailure": False,
        "validateOnly": False,
    }
    return _json(body)


def pixnet_article(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON response of the PIXNET API's ``GET /blog/articles/{id}`` (``format=json``) of an
    invented parent's blog: an invented article id, category, public time and view and comment
    counts, the title naming the school, an HTML ``body`` listing its address, number and
    registration and code and closing with the number again, tags of the county and district, the
    article's link, ``message`` and ``error`` ``0``."""
    name, tel = _f(row, "補習班"), phone(row)
    user = f"{rng.choice(('mama', 'papa', 'kidsnote', 'family'))}{_digits(rng, 4)}"
    article_id = _digits(rng, 8)
    when = _when(rng)
    grade, subject = rng.choice(GRADES), rng.choice(SUBJECTS)
    body_html = "".join(
        [
            f"<p>孩子升上{grade}之後，{subject}開始跟不上，朋友推薦了{name}，"
            "這週帶孩子去試聽了一堂課，記錄一下心得。</p>",
            "<ul>",
            f"<li>補習班：{name}</li>",
            f"<li>地址：{address(row)}</li>",
            f"<li>電話：{tel}</li>",
            f"<li>立案文號：{_f(row, '立案文號')}（{_f(row, '立案日期')} 立案）</li>",
            f"<li>補習班代號：{_f(row, '代號')}</li>",
            "</ul>",
            f"<p>整體感覺老師很用心，教室也乾淨明亮。想試聽的家長可以先打 {tel} "
            "問時段，櫃台會幫忙安排。</p>",
        ]
    )
    tags = [t for t in (county(row), district(row), f"{subject}補習") if t]
    article = {
        "id": article_id,
        "site_category_id": str(rng.randint(1, 30)),
        "category_id": _digits(rng, 7),
        "category": rng.choice(ARTICLE_CATEGORIES),
        "status": "2",
        "is_top": "0",
        "comment_perm": "1",
        "public_at": str(int(when.timestamp())),
        "last_modified": str(int((when + dt.timedelta(hours=rng.randint(1, 72))).timestamp())),
        "title": f"【{county(row)}補習】{name}{subject}試聽心得",
        "body": body_html,
        "link": f"https://{user}.pixnet.net/blog/post/{article_id}",
        "tags": [{"tag": tag, "user": user} for tag in tags],
        "hits": {
            "daily": rng.randint(0, 40),
            "weekly": rng.randint(10, 300),
            "total": rng.randint(300, 9000),
        },
        "info": {"comments_count": rng.randint(0, 25), "trackbacks_count": 0},
        "user": {"name": user, "display_name": f"{user} 的育兒日記"},
    }
    return _json({"article": article, "message": "", "error": 0})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "classroom_course": classroom_course,
    "shopee_order": shopee_order,
    "google_ads_assets": google_ads_assets,
    "pixnet_article": pixnet_article,
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
