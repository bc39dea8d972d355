"""held_out_142 of the PII evaluation set: real phone fields of a list no earlier part used
(Yaizu City's shops and restaurants that take the city's digital coupon, Shizuoka; Japan's
earlier parts took other registers) exactly as published, in layouts no earlier part has, beside
the list's own names, postcodes, addresses, descriptions and coordinates.

The procedure of ``held_out_122``, on another list and other layouts; earlier parts took
national numbers from registers of JP (Takamatsu's hospitals, Toyama City's nurseries, Iizuka
City's medical institutions and public facilities) and many other countries; here:

* the values are the ``電話番号`` fields of 532 shops of the list
  (``scripts/data/pii_jp_yaizu_coupon_shops.json``, written by
  ``scripts/jp_yaizu_coupon_shops_data.py``; source and licence in that file): Japanese numbers
  as the city writes them, area code, exchange and line joined by hyphens (``054-629-2000``,
  ``0547-46-4545``), mobiles (``090-4238-8087``), IP phones (``050-1195-0242``), free dials
  (``0120-956-940``), a Navi Dial (``0570-000-090``) and one seven-digit local number with no
  area code (``631-5417``), each copy labelled (two shops' descriptions repeat the number: those
  copies are labelled too);
* the text around them is the same row's real fields: the shop's name and kana reading, trade,
  coupon, postcode (``425-0022``), address, description (hours, closing days), web page,
  Instagram account (left out where its handle holds the shop's number), picture, sort number
  and coordinates, with invented user ids, document ids, anchors, times and dates, unlabelled
  and scored;
* in layouts no earlier part has, text in Japanese: LINE Messaging API push-message bodies with
  a Flex Message bubble (the number in a body row and in a ``tel:`` button), Cloud Firestore
  REST API documents (``fields`` of typed values, the number as ``stringValue`` under ``tel``
  and in a ``contacts`` array's map, the coordinates as a ``geoPointValue``), PukiWiki page
  sources (``#author``, headings with anchors, a ``|~...|`` table, a memo line repeating the
  number) and Movable Type import/export entries as Hatena Blog exports them (the header
  fields, an HTML ``BODY`` with a table and a paragraph repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_142.py   # rewrites the committed file
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
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_yaizu_coupon_shops.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_142.jsonl.gz"
SPLIT = "held_out_142"

LAYOUTS = ("line_flex_message", "firestore_document", "pukiwiki_page", "movable_type_export")
PHONE = "電話番号"
JST = dt.timezone(dt.timedelta(hours=9))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written in international form (none of the list's are)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def instagram(row: dict[str, Any]) -> str:
    """The Instagram account's address, "" where the row has none or where its handle holds
    the shop's number run together (one shop's does: a handle is no phone field)."""
    value = _f(row, "インスタグラムのアカウント")
    digits = re.sub(r"\D", "", phone(row))
    return "" if digits and digits in re.sub(r"\D", "", value) else value


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between February and November 2026 (JST)."""
    start = dt.datetime(2026, 2, 2, 8, 0, tzinfo=JST)
    return start + dt.timedelta(seconds=rng.randint(0, 280 * 86400))


def _token(rng: random.Random, length: int, alphabet: str) -> str:
    """An invented id of ``length`` characters of ``alphabet`` whose first is a letter and no
    run of four digits (so no id reads as a number)."""
    while True:
        body = rng.choice(string.ascii_letters[:26]) + "".join(
            rng.choice(alphabet) for _ in range(length - 1)
        )
        if not re.search(r"\d{4}", body):
            return body


def _postal_address(row: dict[str, Any]) -> str:
    """``〒425-0022 静岡県焼津市本町2丁目11番5号``."""
    return f"〒{_f(row, '郵便番号')} {_f(row, '店舗住所')}"


def _map_url(row: dict[str, Any]) -> str:
    return f"https://www.google.com/maps/search/?api=1&query={_f(row, '緯度')},{_f(row, '経度')}"


def _raw_numbers(text: str, numbers: dict[str, str]) -> str:
    """JSON text with each placeholder string replaced by the number as published."""
    for key, value in numbers.items():
        text = text.replace(json.dumps(key), value)
    return text


def line_flex_message(row: dict[str, Any], rng: random.Random) -> str:
    """A LINE Messaging API push-message request body (``POST /v2/bot/message/push``) of the
    city's coupon account: an invented user id as ``to`` and one ``flex`` message whose
    ``bubble`` has the shop's picture as ``hero`` (where it has one), a ``body`` box of the
    name, trade, coupon, a baseline row for the address and one for the phone and the
    description, and a ``footer`` of ``uri`` buttons, ``tel:`` with the number and a map
    search at the coordinates."""
    name, tel = _f(row, "クーポン名"), phone(row)

    def row_box(label: str, value: str) -> dict[str, Any]:
        return {
            "type": "box",
            "layout": "baseline",
            "spacing": "sm",
            "contents": [
                {"type": "text", "text": label, "color": "#aaaaaa", "size": "sm", "flex": 2},
                {"type": "text", "text": value, "wrap": True, "color": "#666666", "size": "sm",
                 "flex": 5},
            ],
        }  # fmt: skip

    rows = [row_box("住所", _postal_address(row)), row_box("電話", tel)]
    if _f(row, "店舗説明"):
        rows.append(row_box("営業", _f(row, "店舗説明")))
    bubble: dict[str, Any] = {"type": "bubble"}
    if _f(row, "店舗画像"):
        bubble["hero"] = {
            "type": "image",
            "url": _f(row, "店舗画像"),
            "size": "full",
            "aspectRatio": "20:13",
            "aspectMode": "cover",
        }
    bubble["body"] = {
        "type": "box",
        "layout": "vertical",
        "contents": [
            {"type": "text", "text": name, "weight": "bold", "size": "xl", "wrap": True},
            {"type": "text", "text": _f(row, "業種"), "size": "xs", "color": "#999999"},
            {"type": "text", "text": _f(row, "クーポン名表示用"), "size": "md",
             "color": "#e60012", "margin": "md", "wrap": True},
            {"type": "box", "layout": "vertical", "margin": "lg", "spacing": "sm",
             "contents": rows},
        ],
    }  # fmt: skip
    buttons = [
        {"type": "button", "style": "primary", "height": "sm",
         "action": {"type": "uri", "label": "電話する", "uri": f"tel:{tel}"}},
        {"type": "button", "style": "link", "height": "sm",
         "action": {"type": "uri", "label": "地図を見る", "uri": _map_url(row)}},
    ]  # fmt: skip
    if _f(row, "店舗URL"):
        buttons.append(
            {"type": "button", "style": "link", "height": "sm",
             "action": {"type": "uri", "label": "お店のサイト", "uri": _f(row, "店舗URL")}}
        )  # fmt: skip
    bubble["footer"] = {"type": "box", "layout": "vertical", "spacing": "sm",
                        "contents": buttons, "flex": 0}  # fmt: skip
    body = {
        "to": "U" + "".join(rng.choice("0123456789abcdef") for _ in range(32)),
        "messages": [
            {
                "type": "flex",
                "altText": f"【焼津市デジタルクーポン】{name}のご案内",
                "contents": bubble,
            }
        ],
        "notificationDisabled": rng.random() < 0.5,
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def firestore_document(row: dict[str, Any], rng: random.Random) -> str:
    """A Cloud Firestore REST API document (``projects.databases.documents.get``) of the coupon
    app's ``shops`` collection: the document's ``name`` with an invented id, its ``fields`` as
    typed values (the sort number and discount as ``integerValue`` strings, the texts as
    ``stringValue``, an absent web page or account as ``nullValue``, the coordinates as a
    ``geoPointValue``, the number under ``tel`` and again in a ``contacts`` array's map), and
    invented ``createTime`` and ``updateTime``."""
    tel = phone(row)
    created = _when(rng)
    updated = created + dt.timedelta(seconds=rng.randint(3600, 40 * 86400))

    def text(value: str) -> dict[str, Any]:
        return {"stringValue": value} if value else {"nullValue": None}

    def stamp(moment: dt.datetime) -> str:
        utc = moment.astimezone(dt.UTC)
        return f"{utc:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999999):06d}Z"

    fields = {
        "sortNo": {"integerValue": _f(row, "ソート番号")},
        "name": {"stringValue": _f(row, "クーポン名")},
        "nameKana": text(_f(row, "クーポン名カナ")),
        "category": {"stringValue": _f(row, "業種")},
        "discount": {"integerValue": _f(row, "クーポンの割引金額")},
        "couponLabel": {"stringValue": _f(row, "クーポン名表示用")},
        "postalCode": {"stringValue": _f(row, "郵便番号")},
        "address": {"stringValue": _f(row, "店舗住所")},
        "tel": {"stringValue": tel},
        "description": text(_f(row, "店舗説明")),
        "url": text(_f(row, "店舗URL")),
        "instagram": text(instagram(row)),
        "imageUrl": text(_f(row, "店舗画像")),
        "location": {"geoPointValue": {"latitude": "@lat", "longitude": "@lon"}},
        "contacts": {"arrayValue": {"values": [{"mapValue": {"fields": {
            "type": {"stringValue": "phone"},
            "label": {"stringValue": "店舗代表"},
            "value": {"stringValue": tel},
        }}}]}},
        "active": {"booleanValue": True},
    }  # fmt: skip
    doc_id = _token(rng, 20, string.ascii_letters + string.digits)
    doc = {
        "name": f"projects/yaizu-coupon/databases/(default)/documents/shops/{doc_id}",
        "fields": fields,
        "createTime": stamp(created),
        "updateTime": stamp(updated),
    }
    out = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return _raw_numbers(out, {"@lat": _f(row, "緯度"), "@lon": _f(row, "経度")})


def _anchor(rng: random.Random) -> str:
    """An invented PukiWiki heading anchor (``[#x8a7b3f2]``)."""
    return f"[#{_token(rng, 8, string.ascii_lowercase + string.digits)}]"


def pukiwiki_page(row: dict[str, Any], rng: random.Random) -> str:
    """A PukiWiki 1.5 page source of a local wiki's shop page: the ``#author`` line (an
    invented time and editor), a heading with its anchor, ``#contents``, an information
    heading over a ``|~...|`` header-cell table (name and kana, trade, coupon, postcode and
    address, phone, description, web page and Instagram as bracket links), a map heading with
    the coordinates and a memo heading whose list repeats the number, then ``#comment``."""
    name, tel = _f(row, "クーポン名"), phone(row)
    when = _when(rng)
    editor = rng.choice(("yaizu-wiki", "minato", "katsuo", "sakuraebi", "admin"))
    kana = _f(row, "クーポン名カナ")
    cells = [
        ("店名", f"{name}（{kana}）" if kana else name),
        ("業種", _f(row, "業種")),
        ("クーポン", _f(row, "クーポン名表示用")),
        ("住所", _postal_address(row)),
        ("電話番号", tel),
    ]
    if _f(row, "店舗説明"):
        cells.append(("営業時間など", _f(row, "店舗説明")))
    if _f(row, "店舗URL"):
        cells.append(("Webサイト", f"[[公式サイト>{_f(row, '店舗URL')}]]"))
    if instagram(row):
        cells.append(("Instagram", f"[[Instagram>{instagram(row)}]]"))
    lines = [
        f'#author("{when.isoformat()}","default:{editor}","{editor}")',
        f"*{name} {_anchor(rng)}",
        f"RIGHT:最終更新：{when:%Y-%m-%d}",
        "#contents",
        "",
        f"**店舗情報 {_anchor(rng)}",
        *(f"|~{label}|{value}|" for label, value in cells),
        "",
        f"**地図 {_anchor(rng)}",
        f"緯度・経度：{_f(row, '緯度')}, {_f(row, '経度')}",
        f"[[Googleマップで見る>{_map_url(row)}]]",
        "",
        f"**メモ {_anchor(rng)}",
        f"-焼津市デジタルクーポン対象店舗（ソート番号 {_f(row, 'ソート番号')}）。",
        f"-営業日はお店に電話（{tel}）で確認してから行くと安心です。",
        "",
        "#comment",
        "",
    ]
    return "\n".join(lines)


def movable_type_export(row: dict[str, Any], rng: random.Random) -> str:
    """One entry of a blog's export in the Movable Type import/export format as Hatena Blog
    writes it: ``AUTHOR``, ``TITLE``, ``BASENAME`` (an invented date path), ``STATUS``,
    ``ALLOW COMMENTS``, ``CONVERT BREAKS``, ``DATE`` (``MM/DD/YYYY hh:mm:ss``), two
    ``CATEGORY`` lines and the picture as ``IMAGE``, then a ``BODY`` section of HTML: an
    introduction, a ``table`` of the shop's fields (the phone in one row) and a paragraph
    repeating the number, ended by the entry separators."""
    name, tel = _f(row, "クーポン名"), phone(row)
    when = _when(rng)
    author = rng.choice(("yaizu_gourmet", "katsuo-blog", "minato_aruki", "oigawa_life"))
    table = [
        ("店名", name),
        ("業種", _f(row, "業種")),
        ("クーポン", _f(row, "クーポン名表示用")),
        ("住所", _postal_address(row)),
        ("電話番号", tel),
    ]
    if _f(row, "店舗説明"):
        table.append(("営業時間など", _f(row, "店舗説明")))
    cells = [f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in table]
    links = []
    if _f(row, "店舗URL"):
        links.append(f'<a href="{escape(_f(row, "店舗URL"))}">お店のサイト</a>')
    if instagram(row):
        links.append(f'<a href="{escape(instagram(row))}">Instagram</a>')
    header = [
        f"AUTHOR: {author}",
        f"TITLE: 【焼津市デジタルクーポン】{name}",
        f"BASENAME: {when:%Y/%m/%d/%H%M%S}",
        "STATUS: Publish",
        "ALLOW COMMENTS: 1",
        "CONVERT BREAKS: 0",
        f"DATE: {when:%m/%d/%Y %H:%M:%S}",
        "CATEGORY: 焼津市デジタルクーポン",
        f"CATEGORY: {_f(row, '業種')}",
    ]
    if _f(row, "店舗画像"):
        header.append(f"IMAGE: {_f(row, '店舗画像')}")
    body = [
        f"<p>焼津市デジタルクーポンが使えるお店、{escape(name)}を紹介します。</p>",
        f'<h3 id="shop">{escape(name)}</h3>',
        "<table>",
        *cells,
        "</table>",
        f"<p>お問い合わせは{tel}まで（営業時間はお店に確認してください）。</p>",
    ]
    if links:
        body.append(f"<p>{' / '.join(links)}</p>")
    lines = [*header, "-----", "BODY:", *body, "-----", "--------", ""]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "line_flex_message": line_flex_message,
    "firestore_document": firestore_document,
    "pukiwiki_page": pukiwiki_page,
    "movable_type_export": movable_type_export,
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
