"""held_out_265 of the PII evaluation set: real phone fields of a register no earlier part used
(the Ministry of Health, Labour and Welfare's open data of Japan's special elderly nursing homes
and long-term care health facilities; Japan's earlier parts took city and prefectural lists, the
roadside stations and the municipal offices) exactly as published, in layouts no earlier part
has, beside the lists' own names, addresses, office numbers and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of JP (Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's,
Yuzawa's and Kumamoto's lists, the Hokkaido, Tokyo, Kyoto and Osaka governments' lists, the
roadside stations and the municipal offices) and many other countries; here:

* the values are the ``電話番号`` fields of 380 special elderly nursing homes (介護老人福祉施設)
  and 180 long-term care health facilities (介護老人保健施設) of all 47 prefectures
  (``scripts/data/pii_jp_care_facilities.json``, written by
  ``scripts/jp_care_facilities_data.py``; source and licence in that file): Japanese numbers as
  the operators entered them, the area code, exchange and line joined by hyphens
  (``011-733-1010``, ``0138-85-2893``, ``04-2966-7171``, ``01632-7-3402``; one IP phone,
  ``050-3776-9972``), one written without its leading zero and hyphens as the ministry's
  spreadsheet lost them (``742401177``, nine digits run together), each copy labelled;
* the text around them is the same row's real fields: the facility's name and kana reading,
  the kind of service, prefecture, municipality, address and building, coordinates, capacity,
  web page, the local government code and the ministry's office number (``事業所番号``, ten
  digits run together, nine where the spreadsheet lost Hokkaido's leading zero: an id,
  unlabelled), with invented topic, post, bot, channel and
  establishment ids and times, unlabelled and scored;
* in layouts no earlier part has, tools Japanese offices use, text in Japanese: Typetalk API
  topic responses (Nulab's chat: a bot's post with the facility's details and a reply of the
  consultation desk's account repeating the number), LINE WORKS API 2.0 bot message requests
  (an HTTP ``POST`` to a channel, a ``button_template`` whose text gives the number and whose
  ``uri`` action calls it as ``tel:``), GROWI API v3 page-create requests (the wiki page's
  path by prefecture and municipality, a Markdown body with a table of the facility's fields
  and a note repeating the number, ``grant``) and SmartHR API v1 business-establishment
  responses (the facility as a 事業所 of an operator's HR account: ``soc_ins_*`` and
  ``lab_ins_*`` names, addresses and ``tel_number``s, the number in both).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_265.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_care_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_265.jsonl.gz"
SPLIT = "held_out_265"

LAYOUTS = ("typetalk_topic", "lineworks_bot_message", "growi_page", "smarthr_establishment")
PHONE = "電話番号"
JST = dt.timezone(dt.timedelta(hours=9))

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented reasons a care manager's team looks a facility up (no real case is meant)
REASONS = (
    "ショートステイの空き状況の確認", "入所申込書類の送付先の確認", "見学の日程調整",
    "退院後の受け入れ相談", "家族向け説明会の日程確認",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (none of this list is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (JST)."""
    start = dt.datetime(2025, 7, 1, 8, 30, tzinfo=JST)
    return start + dt.timedelta(seconds=rng.randint(0, 150 * 86400))


def _utc(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _capacity(row: dict[str, Any]) -> str:
    """The capacity as the list gives it (``90`` -> ``90人``), "" where it gives none or 0."""
    value = _f(row, "定員")
    return f"{value}人" if value and value != "0" else ""


def _place(row: dict[str, Any]) -> str:
    """The address, and the building where the list names one the address does not end
    with."""
    address, building = _f(row, "住所"), _f(row, "方書（ビル名等）")
    if building and not address.endswith(building):
        return f"{address} {building}"
    return address


def _street(row: dict[str, Any]) -> str:
    """The address without its prefecture and municipality where it begins with them."""
    address = _f(row, "住所")
    for head in (_f(row, "都道府県名"), _f(row, "市区町村名")):
        if head and address.startswith(head):
            address = address[len(head) :]
    return address


def _web(row: dict[str, Any]) -> str:
    """The web page where the list gives one ("" where it gives none, or, in three rows, an
    e-mail address in the ``URL`` column: not written, so no record holds an address)."""
    value = _f(row, "URL")
    return value if value.startswith("http") else ""


def _dump(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def typetalk_topic(row: dict[str, Any], rng: random.Random) -> str:
    """A Typetalk API response of ``GET /api/v1/topics/{topicId}`` (Nulab's chat): the topic
    of a care manager office's facility desk, two posts, a bot's with the facility's name,
    kind, address, number, capacity and office number, and a reply of the desk's shared
    account repeating the number; invented ids and times."""
    name, tel = _f(row, "事業所名"), phone(row)
    when = _when(rng)
    topic_id, post_id = rng.randint(80000, 99999), rng.randint(4_000_000, 4_999_999)
    bot = {
        "id": rng.randint(10000, 19999),
        "name": "shisetsu-bot",
        "fullName": "施設情報ボット",
        "suggestion": "施設情報ボット",
        "imageUrl": "https://typetalk.com/accounts/bot/profile_image.png",
        "createdAt": "2024-04-01T00:00:00Z",
        "updatedAt": "2024-04-01T00:00:00Z",
    }
    desk = {
        "id": rng.randint(20000, 29999),
        "name": "soudan-desk",
        "fullName": "相談窓口（共有）",
        "suggestion": "相談窓口（共有）",
        "imageUrl": "https://typetalk.com/accounts/desk/profile_image.png",
        "createdAt": "2024-04-01T00:00:00Z",
        "updatedAt": "2024-04-01T00:00:00Z",
    }
    lines = [
        f"【{_f(row, 'サービスの種類')}】{name}（{_f(row, '事業所名カナ')}）",
        f"所在地：{_place(row)}",
        f"電話：{tel}",
    ]
    if _capacity(row):
        lines.append(f"定員：{_capacity(row)}")
    lines.append(f"事業所番号：{_f(row, '事業所番号')}")
    if _web(row):
        lines.append(_web(row))
    reply = f"{rng.choice(REASONS)}は、{name}の代表番号 {tel} へ平日日中にお願いします。"
    later = when + dt.timedelta(minutes=rng.randint(3, 90))

    def post(pid: int, reply_to: int | None, message: str, account: dict, at: dt.datetime):
        return {
            "id": pid,
            "topicId": topic_id,
            "replyTo": reply_to,
            "message": message,
            "account": account,
            "mention": None,
            "attachments": [],
            "likes": [],
            "talks": [],
            "links": [],
            "createdAt": _utc(at),
            "updatedAt": _utc(at),
        }

    doc = {
        "topic": {
            "id": topic_id,
            "name": f"施設照会_{_f(row, '都道府県名')}",
            "suggestion": f"施設照会_{_f(row, '都道府県名')}",
            "lastPostedAt": _utc(later),
            "createdAt": "2024-04-01T00:00:00Z",
            "updatedAt": _utc(later),
        },
        "bookmark": {"postId": post_id, "updatedAt": _utc(when)},
        "posts": [
            post(post_id, None, "\n".join(lines), bot, when),
            post(post_id + rng.randint(1, 40), post_id, reply, desk, later),
        ],
        "hasNext": False,
    }
    return _dump(doc)


def lineworks_bot_message(row: dict[str, Any], rng: random.Random) -> str:
    """A LINE WORKS API 2.0 request sending a bot's message to a channel (``POST
    /v1.0/bots/{botId}/channels/{channelId}/messages``): the request line and headers, then a
    ``button_template`` content whose ``contentText`` gives the facility's name, address and
    number and whose actions call the number (``uri`` ``tel:``), open its web page and post a
    ``message`` back; invented bot and channel ids."""
    name, tel = _f(row, "事業所名"), phone(row)
    bot_id = rng.randint(2_000_000, 9_999_999)
    channel = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    text = f"{name}（{_f(row, 'サービスの種類')}）\n{_place(row)}\nTEL {tel}"
    if _capacity(row):
        text += f"\n定員 {_capacity(row)}"
    actions: list[dict[str, str]] = [{"type": "uri", "label": "電話する", "uri": f"tel:{tel}"}]
    if _web(row):
        actions.append({"type": "uri", "label": "ホームページ", "uri": _web(row)})
    actions.append(
        {
            "type": "message",
            "label": "担当に転送",
            "postback": f"forward:{_f(row, '事業所番号')}",
        }
    )
    body = {"content": {"type": "button_template", "contentText": text, "actions": actions}}
    payload = json.dumps(body, ensure_ascii=False, indent=2)
    head = [
        f"POST /v1.0/bots/{bot_id}/channels/{channel}/messages HTTP/1.1",
        "Host: www.worksapis.com",
        "Content-Type: application/json; charset=UTF-8",
        f"Content-Length: {len(payload.encode('utf-8'))}",
    ]
    return "\r\n".join(head) + "\r\n\r\n" + payload


def growi_page(row: dict[str, Any], rng: random.Random) -> str:
    """A GROWI API v3 request body creating a wiki page (``POST /_api/v3/page``): the page's
    ``path`` by prefecture, municipality and name, a Markdown ``body`` with a heading, a table
    of the facility's fields (kind, office number, address, number, capacity, coordinates, web
    page), a note repeating the number and an ``$lsx`` list of the municipality's pages, and
    ``grant`` 1 (public)."""
    name, tel = _f(row, "事業所名"), phone(row)
    when = _when(rng)
    base = f"/介護施設/{_f(row, '都道府県名')}/{_f(row, '市区町村名')}"
    table = [
        "| 項目 | 内容 |",
        "| --- | --- |",
        f"| 種別 | {_f(row, 'サービスの種類')} |",
        f"| 事業所番号 | {_f(row, '事業所番号')} |",
        f"| 所在地 | {_place(row)} |",
        f"| 電話番号 | {tel} |",
    ]
    if _capacity(row):
        table.append(f"| 定員 | {_capacity(row)} |")
    table.append(f"| 緯度・経度 | {_f(row, '緯度')}, {_f(row, '経度')} |")
    if _web(row):
        table.append(f"| ホームページ | {_web(row)} |")
    body = "\n".join(
        [
            f"# {name}",
            "",
            f"読み：{_f(row, '事業所名カナ')}",
            "",
            "## 基本情報",
            "",
            *table,
            "",
            "## メモ",
            "",
            f"- {rng.choice(REASONS)}は生活相談員あて、電話 {tel} で。",
            f"- 最終確認：{when:%Y/%m/%d}（介護サービス情報公表システムのオープンデータより）",
            "",
            "## 同じ市区町村の施設",
            "",
            f"$lsx({base}, depth=1)",
            "",
        ]
    )
    return _dump({"path": f"{base}/{name}", "body": body, "grant": 1})


def smarthr_establishment(row: dict[str, Any], rng: random.Random) -> str:
    """A SmartHR API v1 response of ``GET /api/v1/biz_establishments/{id}``: the facility as
    a business establishment (事業所) of its operator's HR account, with its social-insurance
    and labour-insurance names, addresses (prefecture, municipality, street, building) and
    ``tel_number``s, the same number in both; an invented id and times."""
    name, tel = _f(row, "事業所名"), phone(row)
    when = _when(rng)
    address = {
        "zip_code": None,
        "pref": _f(row, "都道府県名"),
        "city": _f(row, "市区町村名"),
        "street": _street(row),
        "building": _f(row, "方書（ビル名等）") or None,
    }
    doc = {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "name": name,
        "soc_ins_name": name,
        "soc_ins_owner_id": None,
        "soc_ins_address": address,
        "soc_ins_tel_number": tel,
        "lab_ins_name": name,
        "lab_ins_owner_id": None,
        "lab_ins_address": address,
        "lab_ins_tel_number": tel,
        "updated_at": when.isoformat(timespec="milliseconds"),
        "created_at": (when - dt.timedelta(days=rng.randint(30, 700))).isoformat(
            timespec="milliseconds"
        ),
    }
    return _dump(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "typetalk_topic": typetalk_topic,
    "lineworks_bot_message": lineworks_bot_message,
    "growi_page": growi_page,
    "smarthr_establishment": smarthr_establishment,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its phone field labelled."""
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
