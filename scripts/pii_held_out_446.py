"""held_out_446 of the PII evaluation set: real phone fields of a register no earlier part used
(Nara City's list of its nurseries, certified centres for early childhood education and care,
kindergartens and unlicensed nurseries, 保育所等一覧; Japan's earlier parts took Takamatsu's,
Toyama's, Iizuka's, Yaizu's, Sapporo's, Yuzawa's, Kumamoto's, Koriyama's, Chiba's, Kawasaki's,
Hachioji's and Namegata's city lists, the Hokkaido, Tokyo, Kyoto and Osaka governments' lists,
the roadside stations, the municipal offices, the health and education ministries' lists, NII's
libraries and Toyota's hydrogen stations) exactly as published, in layouts no earlier part has,
beside the list's own names, kinds, addresses, capacities and hours.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``電話番号`` of 107 facilities (``scripts/data/pii_jp_nara_nurseries.json``,
  written by ``scripts/jp_nara_nurseries_data.py``; source and licence in that file): Japanese
  numbers as the city writes them, area code, exchange and line joined by hyphens
  (``0742-22-7018``); the list has no fax or e-mail field; every copy labelled;
* the text around them is the same row's real fields: the facility's kind, name, address,
  capacity, starting age, opening and closing times, coordinates and web page, with invented
  ids, timestamps, counts, hashes and dates, unlabelled and scored; no e-mail address is written
  (the list has none, and none is invented);
* in layouts no earlier part has, text in Japanese: X API v2 post lookups (``GET
  /2/tweets/:id`` with ``expansions=author_id``: one post of an invented city childcare account
  announcing the facility's open garden day, with its hashtags' entities, public metrics and
  the author in ``includes``), Newt CDN API list answers (the Japanese headless CMS, ``GET
  https://{space}.cdn.newt.so/v1/{app}/{model}``: ``skip``, ``limit``, ``total`` and one item
  with ``_id``, ``_sys`` and the facility's fields, its rich-text ``body`` repeating the
  telephone), Google Keep API notes (``notes.get``: ``name``, ``createTime``, ``updateTime``,
  ``trashed``, ``title`` and a checklist ``body.list.listItems`` of a city clerk's enquiries
  to the facility) and Amazon SQS ``ReceiveMessage`` answers in the JSON protocol (one message
  whose ``Body`` is a facility-update event of an invented city data system as a JSON string,
  its ``MD5OfBody`` right, with ``Attributes``).

The formats' fields were written from the helper's memory of their documentation, which could
not be read when the part was made. Phones are labelled by the policy of
``make_pii_eval.personal_phone`` (every field is one number of ten digits, labelled whole).
Each record is seeded by its own (split, locale, layout, index). Committed with its data before
it was ever scored.

    python scripts/pii_held_out_446.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_nara_nurseries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_446.jsonl.gz"
SPLIT = "held_out_446"

LAYOUTS = ("x_api_post", "newt_cdn_items", "google_keep_note", "sqs_receive_message")
PHONE = "電話番号"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
JST = dt.timezone(dt.timedelta(hours=9))
WEEKDAYS = "月火水木金土日"
# the invented city childcare account of the posts (no person)
AUTHOR = {
    "id": "1183907415520051200",
    "name": "奈良市 子育て情報（架空）",
    "username": "nara_kosodate_demo",
}
# the categories of the CMS entries, by the list's kind
KINDS = {
    "認可保育所": "ninka-hoikusho",
    "認定こども園": "nintei-kodomoen",
    "幼稚園": "yochien",
    "認可外保育施設": "ninkagai",
    "地域型保育事業": "chiikigata",
    "病児保育施設": "byoji",
}
B64 = string.ascii_letters + string.digits + "+/"
SENDER = string.ascii_uppercase + "234567"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The facility's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "施設名称")


def kind(row: dict[str, Any]) -> str:
    return _f(row, "施設種別")


def address(row: dict[str, Any]) -> str:
    return _f(row, "住所")


def hours(row: dict[str, Any]) -> str:
    """The weekday opening hours (``7:30〜18:30``), or "" where the list gives none."""
    start, end = _f(row, "開園時間(平日)"), _f(row, "終園時間(平日)")
    return f"{start}〜{end}" if start and end else ""


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Japan time)."""
    day = dt.datetime(2024, 1, 9, tzinfo=JST) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 17), minutes=rng.randint(0, 59))


def _utc(moment: dt.datetime, millis: bool = True) -> str:
    """``moment`` in UTC as ISO 8601 with a ``Z`` (with milliseconds by default)."""
    text = moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{moment.microsecond // 1000:03d}Z" if millis else f"{text}Z"


def _date(day: dt.datetime) -> str:
    """``5月13日(月)``."""
    return f"{day.month}月{day.day}日({WEEKDAYS[day.weekday()]})"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng: random.Random, variant: str) -> str:
    """An invented version-4 UUID (its variant digit ``variant``)."""
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{variant}{_hex(rng, 3)}-{_hex(rng, 12)}"


def x_api_post(row: dict[str, Any], rng: random.Random) -> str:
    """An X API v2 post lookup answer (``GET /2/tweets/:id`` with ``expansions=author_id``,
    ``tweet.fields=created_at,lang,entities,public_metrics``): ``data`` (an invented snowflake
    id, its ``edit_history_tweet_ids``, the author, ``created_at``, ``lang`` ``ja``, the text of
    the open garden day at the facility with its kind, address and telephone, the hashtags' entities
    by character offsets, public metrics) and the author in ``includes.users``."""
    when = _when(rng)
    day = when + dt.timedelta(days=rng.randint(7, 21))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    post_id = str(rng.randint(1_750_000_000_000_000_000, 1_860_000_000_000_000_000))
    tags = ["奈良市", "子育て", "園庭開放"]
    text = (
        f"【園庭開放のお知らせ】{_date(day)} 10:00〜11:30、{kind(row)}の{name(row)}"
        f"（{address(row)}）で園庭開放を行います。対象は未就園のお子さんと保護者の方です。"
        f"お問い合わせは{name(row)} {phone(row)} まで。" + " ".join(f"#{t}" for t in tags)
    )
    entities = []
    for tag in tags:
        start = text.index(f"#{tag}")
        entities.append({"start": start, "end": start + len(tag) + 1, "tag": tag})
    doc = {
        "data": {
            "id": post_id,
            "edit_history_tweet_ids": [post_id],
            "author_id": AUTHOR["id"],
            "created_at": _utc(when),
            "lang": "ja",
            "text": text,
            "entities": {"hashtags": entities},
            "public_metrics": {
                "retweet_count": rng.randint(0, 40),
                "reply_count": rng.randint(0, 5),
                "like_count": rng.randint(3, 180),
                "quote_count": rng.randint(0, 3),
                "bookmark_count": rng.randint(0, 25),
                "impression_count": rng.randint(800, 24000),
            },
        },
        "includes": {"users": [dict(AUTHOR)]},
    }
    return _json(doc)


def newt_cdn_items(row: dict[str, Any], rng: random.Random) -> str:
    """A Newt CDN API list answer (``GET https://{space}.cdn.newt.so/v1/{app}/{model}``):
    ``skip``, ``limit``, ``total`` and one item (an invented 24-hex ``_id``, ``_sys`` with its
    timestamps, custom order and ``raw`` publication times) with the facility's name, slug,
    category (the list's kind, a referenced entry), address, telephone, capacity, starting age,
    hours, coordinates, web page and a rich-text ``body`` that gives the telephone again."""
    created = _when(rng) - dt.timedelta(days=rng.randint(200, 600))
    updated = _when(rng)
    cat_created = created - dt.timedelta(days=rng.randint(1, 30))
    tel = phone(row)
    body = (
        f"<p>{name(row)}は{kind(row)}です（定員{_f(row, '定員(人)')}人）。</p>"
        f"<p>見学・入園のご相談は、お電話（{tel}）で受け付けています。</p>"
    )
    lat, lng, age = _f(row, "緯度"), _f(row, "経度"), _f(row, "受入開始年齢(歳)")
    item = {
        "_id": _hex(rng, 24),
        "_sys": {
            "createdAt": _utc(created),
            "updatedAt": _utc(updated),
            "customOrder": rng.randint(1, 160),
            "raw": {
                "createdAt": _utc(created),
                "updatedAt": _utc(updated),
                "firstPublishedAt": _utc(created + dt.timedelta(minutes=rng.randint(5, 90))),
                "publishedAt": _utc(updated + dt.timedelta(minutes=rng.randint(1, 30))),
            },
        },
        "name": name(row),
        "slug": f"facility-{rng.randint(1, 9999):04d}",
        "category": {
            "_id": _hex(rng, 24),
            "_sys": {
                "createdAt": _utc(cat_created),
                "updatedAt": _utc(cat_created),
                "customOrder": list(KINDS).index(kind(row)) + 1,
                "raw": {
                    "createdAt": _utc(cat_created),
                    "updatedAt": _utc(cat_created),
                    "firstPublishedAt": _utc(cat_created),
                    "publishedAt": _utc(cat_created),
                },
            },
            "name": kind(row),
            "slug": KINDS[kind(row)],
        },
        "address": address(row),
        "tel": tel,
        "capacity": int(_f(row, "定員(人)") or 0) or None,
        "acceptAge": f"{age}歳から" if age else "",
        "hours": hours(row),
        "location": {"lat": float(lat), "lng": float(lng)} if lat and lng else None,
        "website": _f(row, "公式サイトアドレス"),
        "body": body,
    }
    return _json({"skip": 0, "limit": 100, "total": 1, "items": [item]})


def google_keep_note(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Keep API note (``notes.get``): ``name`` (``notes/`` and an invented id),
    ``createTime``, ``updateTime``, ``trashed`` false, a ``title`` and a checklist
    ``body.list.listItems`` of a city clerk's enquiries to the facility: the call (name and
    telephone), the address, the capacity and hours, each with ``checked``."""
    created = _when(rng)
    updated = created + dt.timedelta(hours=rng.randint(1, 72), minutes=rng.randint(0, 59))
    month, capacity = created.month % 12 + 1, _f(row, "定員(人)")
    items = [
        {"text": {"text": f"{name(row)}（{kind(row)}）に電話 {phone(row)}"}, "checked": True},
        {"text": {"text": f"所在地 {address(row)}"}, "checked": True},
        {"text": {"text": f"定員{capacity}人、{month}月の受入可否を確認"}, "checked": False},
    ]
    if hours(row):
        items.append({"text": {"text": f"平日 {hours(row)} の開園時間を案内"}, "checked": False})
    note_id = "".join(rng.choice(string.ascii_letters + string.digits + "_-") for _ in range(40))
    doc = {
        "name": f"notes/{note_id}",
        "createTime": _utc(created.replace(microsecond=rng.randint(0, 999) * 1000)),
        "updateTime": _utc(updated.replace(microsecond=rng.randint(0, 999) * 1000)),
        "trashed": False,
        "title": f"{month}月入園 確認先（{kind(row)}）",
        "body": {"list": {"listItems": items}},
    }
    return _json(doc)


def sqs_receive_message(row: dict[str, Any], rng: random.Random) -> str:
    """An Amazon SQS ``ReceiveMessage`` answer in the JSON protocol: ``Messages`` with one
    message (an invented UUID ``MessageId``, a ``ReceiptHandle``, ``MD5OfBody`` the MD5 of the
    body, the ``Body`` a facility-update event of an invented city data system as a JSON
    string: the facility's kind, name, address, telephone, capacity and hours, a revision and a
    timestamp; ``Attributes`` with a sender id, receive count and epoch milliseconds)."""
    sent = _when(rng)
    event = {
        "eventType": "facility.updated",
        "eventId": _uuid(rng, "a"),
        "occurredAt": sent.isoformat(timespec="seconds"),
        "source": "kosodate-facility-db",
        "facility": {
            "category": kind(row),
            "name": name(row),
            "address": address(row),
            "tel": phone(row),
            "capacity": _f(row, "定員(人)"),
            "openingHours": hours(row),
            "revision": rng.randint(2, 40),
        },
    }
    body = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
    millis = int(sent.timestamp() * 1000) + rng.randint(0, 999)
    handle = "AQEB" + "".join(rng.choice(B64) for _ in range(168)) + "="
    message = {
        "MessageId": _uuid(rng, "8"),
        "ReceiptHandle": handle,
        "MD5OfBody": hashlib.md5(body.encode("utf-8")).hexdigest(),
        "Body": body,
        "Attributes": {
            "SenderId": "AROA" + "".join(rng.choice(SENDER) for _ in range(17)),
            "ApproximateReceiveCount": "1",
            "SentTimestamp": str(millis),
            "ApproximateFirstReceiveTimestamp": str(millis + rng.randint(40, 4000)),
        },
    }
    return json.dumps({"Messages": [message]}, ensure_ascii=False) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "x_api_post": x_api_post,
    "newt_cdn_items": newt_cdn_items,
    "google_keep_note": google_keep_note,
    "sqs_receive_message": sqs_receive_message,
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
