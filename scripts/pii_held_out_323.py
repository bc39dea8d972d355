"""held_out_323 of the PII evaluation set: real phone fields of a register no earlier part used
(Taiwan's infant child-care centres, 托嬰中心, as the Social and Family Affairs Administration's
child-care matching platform lists them; Taiwan's earlier parts took other registers) exactly as
published, in layouts no earlier part has, beside the list's own names, districts, addresses,
codes and counts.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of Taiwan (the NHI Administration's pharmacies and home-care
institutions, the Ministry of Education's elementary schools and preschools, Hsinchu City's
clinics, the police's stations, Taipei's elder-care providers and hotels, Chunghwa Post's
offices, the FSC's financial institutions, the Tourism Bureau's restaurants, the exchange's
securities branches, the cram schools) and many other countries; here:

* the values are the ``phone`` fields of 500 child-care centres
  (``scripts/data/pii_tw_sfaa_childcare_centres.json``, written by
  ``scripts/tw_sfaa_childcare_centres_data.py``; source and licence in that file): Taiwanese
  fixed lines as the counties' and cities' social-affairs departments write them, the area code
  before a hyphen (``03-9313992``, ``02-86606655``, ``037-667524``, ``02-2992-3676``), in ASCII
  brackets (``(02)2709-3131``, ``(03)5382223``, ``(02)-2791-1133``), in one run with the line
  (``0224271608``, ``089341187``) or left out (``88097335``, ``8282-7702``, ``3973193``), each
  copy labelled;
* the text around them is the same row's real fields: the centre's name, county and district,
  address (with its postcode), ``CW`` code, licensed capacity and enrolment, with invented goods,
  order numbers, customer ids, amounts, video and blog ids, dates and opening hours, unlabelled
  and scored;
* in layouts no earlier part has, services that Taiwanese child-care centres, their suppliers
  and parents use, text in Chinese (Traditional): SHOPLINE Open API order objects (an order of
  baby supplies from an invented shop, the centre as ``customer_phone`` and as the
  ``delivery_address``'s ``recipient_phone``), YouTube Data API ``videos.insert`` request bodies
  (the centre's open-house video, the number twice in ``snippet.description``), Google Docs API
  ``documents.batchUpdate`` request bodies (an enrolment notice inserted with ``insertText``
  and styled, the number twice in the text) and Blogger API v3 ``posts.insert`` request bodies
  (a parent's post about the centre, the number twice in its HTML ``content``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_323.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_tw_sfaa_childcare_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_323.jsonl.gz"
SPLIT = "held_out_323"

LAYOUTS = ("shopline_order", "youtube_video", "google_docs_notice", "blogger_post")
PHONE = "phone"
TZ = dt.timezone(dt.timedelta(hours=8))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods, hours, video and blog phrases (no real product, video or post is meant)
GOODS = (
    ("嬰兒紙尿褲 M 號（箱購）", 1290), ("濕紙巾 80 抽（24 包）", 699),
    ("防滑遊戲地墊 4 片組", 1580), ("嬰兒餐椅", 2380), ("學習水杯（6 入）", 540),
    ("嬰兒安撫巾", 320), ("布書繪本組", 890), ("奶瓶消毒烘乾鍋", 3280), ("午睡小棉被", 760),
    ("圍兜（10 入）", 450),
)  # fmt: skip
PAYMENTS = ("credit_card", "bank_transfer", "cash_on_delivery")
DELIVERIES = ("黑貓宅配", "新竹物流", "7-11 取貨", "全家取貨")
HOURS = ("07:30-17:30", "07:30-18:00", "08:00-17:30", "08:00-18:00")
VIDEO_THEMES = ("環境介紹", "開放參觀日", "一日作息", "副食品製作", "感統遊戲時間")
BLOG_THEMES = ("參觀心得", "托嬰日記", "入托第一個月", "找托嬰中心紀錄")


def _f(row: dict[str, Any], key: str) -> str:
    """A string field as published ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return value if isinstance(value, str) else ""


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
    """The county or city of the row's ``city`` (``新北市淡水區``: 新北市)."""
    found = re.match(r".{2}[縣市]", _f(row, "city"))
    return found.group(0) if found else ""


def district(row: dict[str, Any]) -> str:
    """The township or district of the row's ``city`` after its county ("" if none)."""
    return _f(row, "city")[len(county(row)) :]


def postcode(row: dict[str, Any]) -> str:
    """The postcode leading the address ("" if none)."""
    found = re.match(r"\d{3,6}", _f(row, "address"))
    return found.group(0) if found else ""


def street(row: dict[str, Any]) -> str:
    """The address as published, less its leading postcode."""
    return _f(row, "address")[len(postcode(row)) :]


def counts(row: dict[str, Any]) -> tuple[int, int]:
    """The licensed capacity and the children enrolled, as published."""
    return int(row["fields"]["capacity"]), int(row["fields"]["status"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taipei time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _money(amount: int) -> dict[str, Any]:
    """A SHOPLINE money object of ``amount`` New Taiwan dollars."""
    return {
        "cents": amount * 100,
        "currency_symbol": "NT$",
        "currency_iso": "TWD",
        "label": f"NT${amount:,}",
        "dollars": float(amount),
    }


def shopline_order(row: dict[str, Any], rng: random.Random) -> str:
    """An order object of the SHOPLINE Open API (``GET https://open.shopline.io/v1/orders/{id}``)
    of an invented baby-supplies shop: one to three invented goods (amounts that add up), an
    invented order id and number, customer id, payment and delivery, the centre as the customer
    (``customer_name``, ``customer_phone``, no e-mail) and as the ``delivery_address`` (its
    name, ``recipient_phone`` with ``recipient_phone_country_code`` ``886``, county as ``city``,
    district, postcode and the address as ``address_1``), and ``order_remarks`` naming its
    code."""
    name, tel = _f(row, "name"), phone(row)
    created = _when(rng)
    updated = created + dt.timedelta(minutes=rng.randint(5, 600))
    items = []
    for title, price in rng.sample(GOODS, rng.randint(1, 3)):
        quantity = rng.randint(1, 8)
        items.append(
            {
                "id": _hex(rng, 24),
                "item_type": "Product",
                "item_id": _hex(rng, 24),
                "title_translations": {"zh-hant": title},
                "quantity": quantity,
                "item_price": _money(price),
                "total": _money(price * quantity),
            }
        )
    subtotal = sum(i["item_price"]["dollars"] * i["quantity"] for i in items)
    fee = rng.choice((0, 80, 100, 120))
    order = {
        "id": _hex(rng, 24),
        "order_number": f"{created:%Y%m%d}{_digits(rng, 6)}",
        "status": rng.choice(("pending", "confirmed", "completed")),
        "currency_iso": "TWD",
        "customer_id": _hex(rng, 24),
        "customer_name": name,
        "customer_email": None,
        "customer_phone": tel,
        "delivery_address": {
            "country": "台灣",
            "country_code": "TW",
            "city": county(row),
            "district": district(row),
            "state": "",
            "postcode": postcode(row),
            "address_1": street(row),
            "address_2": "",
            "recipient_name": name,
            "recipient_phone": tel,
            "recipient_phone_country_code": "886",
        },
        "order_delivery": {
            "status": rng.choice(("pending", "shipping", "shipped")),
            "delivery_type": "custom",
            "name_translations": {"zh-hant": rng.choice(DELIVERIES)},
        },
        "order_payment": {
            "payment_type": rng.choice(PAYMENTS),
            "status": rng.choice(("pending", "completed")),
            "total": _money(int(subtotal) + fee),
        },
        "subtotal_items": items,
        "subtotal": _money(int(subtotal)),
        "order_delivery_fee": _money(fee),
        "total": _money(int(subtotal) + fee),
        "order_remarks": f"托嬰中心採購，請開立三聯式發票（中心代碼 {_f(row, 'id')}）",
        "created_at": created.isoformat(),
        "updated_at": updated.isoformat(),
    }
    return _json(order)


def youtube_video(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON body of a YouTube Data API ``videos.insert`` request (``POST
    https://www.googleapis.com/upload/youtube/v3/videos?part=snippet,status,recordingDetails``)
    of the centre's channel: an invented theme in the ``title``, a ``description`` of the
    centre's address, number, capacity, enrolment, invented hours and code, closing with the
    number again, tags of the county and district, ``categoryId`` ``27`` (Education), languages,
    a public ``status`` not made for children and an invented recording date."""
    name, tel = _f(row, "name"), phone(row)
    capacity, enrolled = counts(row)
    theme = rng.choice(VIDEO_THEMES)
    recorded = _when(rng)
    description = "\n".join(
        [
            f"{name}｜{theme}",
            "",
            f"📍 地址：{_f(row, 'address')}",
            f"☎ 電話：{tel}",
            f"👶 核定收托 {capacity} 名，目前收托 {enrolled} 名（0 至未滿 2 歲）",
            f"🕗 收托時間：週一至週五 {rng.choice(HOURS)}",
            f"中心代碼：{_f(row, 'id')}",
            "",
            f"歡迎家長預約參觀，請於上班時間來電 {tel} 洽詢。",
        ]
    )
    body = {
        "snippet": {
            "title": f"【{name}】{theme}",
            "description": description,
            "tags": [t for t in ("托嬰中心", county(row), district(row), theme) if t],
            "categoryId": "27",
            "defaultLanguage": "zh-Hant",
            "defaultAudioLanguage": "zh-TW",
        },
        "status": {
            "privacyStatus": "public",
            "license": "youtube",
            "embeddable": True,
            "selfDeclaredMadeForKids": False,
        },
        "recordingDetails": {
            "recordingDate": recorded.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        },
    }
    return _json(body)


def _utf16(text: str) -> int:
    """The length of ``text`` in UTF-16 code units, as the Docs API counts indexes."""
    return len(text.encode("utf-16-le")) // 2


def google_docs_notice(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON body of a Google Docs API ``documents.batchUpdate`` request (``POST
    https://docs.googleapis.com/v1/documents/{documentId}:batchUpdate``) writing the centre's
    enrolment notice into an empty document: one ``insertText`` at index 1 (the title, the
    centre's address, number, capacity, enrolment, invented hours and dates, the code and a
    closing line repeating the number), an ``updateParagraphStyle`` making the title
    ``HEADING_1`` and an ``updateTextStyle`` setting the closing line bold; the ranges in UTF-16
    code units, as the API counts them."""
    name, tel = _f(row, "name"), phone(row)
    capacity, enrolled = counts(row)
    year = rng.choice((113, 114))
    opens = _when(rng)
    title = f"{name} {year} 年度招生公告\n"
    closing = f"名額有限，請先來電 {tel} 預約參觀。\n"
    lines = [
        title,
        f"一、收托對象：0 至未滿 2 歲之幼兒，核定收托 {capacity} 名（目前收托 {enrolled} 名）。\n",
        f"二、收托時間：週一至週五 {rng.choice(HOURS)}，國定假日休托。\n",
        f"三、中心地址：{_f(row, 'address')}\n",
        f"四、聯絡電話：{tel}\n",
        f"五、報名日期：{opens:%Y 年 %m 月 %d 日}起，額滿為止。\n",
        f"六、中心代碼：{_f(row, 'id')}（{_f(row, 'city')}）\n",
        closing,
    ]
    text = "".join(lines)
    end = 1 + _utf16(text)
    body = {
        "requests": [
            {"insertText": {"location": {"index": 1}, "text": text}},
            {
                "updateParagraphStyle": {
                    "range": {"startIndex": 1, "endIndex": 1 + _utf16(title)},
                    "paragraphStyle": {"namedStyleType": "HEADING_1"},
                    "fields": "namedStyleType",
                }
            },
            {
                "updateTextStyle": {
                    "range": {"startIndex": end - _utf16(closing), "endIndex": end - 1},
                    "textStyle": {"bold": True},
                    "fields": "bold",
                }
            },
        ],
    }
    return _json(body)


def blogger_post(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON body of a Blogger API v3 ``posts.insert`` request (``POST
    https://www.googleapis.com/blogger/v3/blogs/{blogId}/posts``) of an invented parent's blog:
    ``kind`` ``blogger#post``, the blog's invented id, a title naming the centre, HTML
    ``content`` listing its district, address, number, capacity and code and closing with the
    number again, and labels of the county, district and an invented theme."""
    name, tel = _f(row, "name"), phone(row)
    capacity, enrolled = counts(row)
    theme = rng.choice(BLOG_THEMES)
    months = rng.randint(4, 14)
    content = "".join(
        [
            f"<p>寶寶 {months} 個月大，準備回職場，這陣子在{_f(row, 'city')}附近找托嬰中心，"
            f"這篇是{theme}：{name}。</p>",
            "<ul>",
            f"<li>名稱：{name}</li>",
            f"<li>地址：{_f(row, 'address')}</li>",
            f"<li>電話：{tel}</li>",
            f"<li>核定收托：{capacity} 名（參觀當時收托 {enrolled} 名）</li>",
            f"<li>中心代碼：{_f(row, 'id')}</li>",
            "</ul>",
            f"<p>老師很有耐心，環境也整理得很乾淨。想參觀的爸媽記得先打 {tel} 預約時段喔！</p>",
        ]
    )
    body = {
        "kind": "blogger#post",
        "blog": {"id": _digits(rng, 19)},
        "title": f"{theme}｜{name}",
        "content": content,
        "labels": [t for t in (county(row), district(row), "托嬰中心", theme) if t],
    }
    return _json(body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "shopline_order": shopline_order,
    "youtube_video": youtube_video,
    "google_docs_notice": google_docs_notice,
    "blogger_post": blogger_post,
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
