"""held_out_369 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Ministry of Health, Labour and Welfare's open data of Japan's offices of
regular-patrol and on-call home care and nursing, 定期巡回・随時対応型訪問介護看護; Japan's
earlier parts took city and prefectural lists, the roadside stations, the municipal offices, the
ministry's nursing homes, care health facilities, pharmacies and online-care lists, NII's
libraries and MEXT's universities) exactly as published, in layouts no earlier part has, beside
the list's own names, addresses, office numbers and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``電話番号`` fields of 300 offices of 46 prefectures and, for five of them,
  the e-mail address the ministry's ``URL`` column gives instead of a web page
  (``scripts/data/pii_jp_regular_patrol_care.json``, written by
  ``scripts/jp_regular_patrol_care_data.py``; source and licence in that file): Japanese numbers
  as the operators entered them, the area code, exchange and line joined by hyphens
  (``011-738-9918``, ``0138-45-1011``; four mobiles on ``070`` and ``080``, ten IP phones on
  ``050``), five written without their leading zero and hyphens as the ministry's spreadsheet
  lost them (``116692006``, nine digits run together) and one IP phone a digit short
  (``050-1752-129``), every copy labelled;
* the text around them is the same row's real fields: the office's name and kana reading, the
  kind of service, prefecture, municipality and its local government code, address and
  building, coordinates, capacity, web page and the ministry's office number (``事業所番号``,
  ten digits run together, nine where the spreadsheet lost Hokkaido's leading zero: a
  phone-shaped id, unlabelled), with invented page, project, task, query, table and record ids,
  query hashes, runtimes, dates and times, unlabelled and scored;
* in layouts no earlier part has, tools a care manager's office or a municipality's care
  insurance section uses, text in Japanese: Microsoft Graph OneNote page-create requests
  (``POST /v1.0/me/onenote/sections/{id}/pages``, ``text/html``: the page's ``title`` and
  ``created`` ``meta``, a table of the office's fields, a ``data-tag="to-do"`` paragraph
  repeating the number, a ``mailto:`` link where the office has a mailbox), TickTick Open API
  task-create requests (``POST /open/v1/task``: a call to the office as a task with its
  ``content`` giving the office's details and a checklist ``items`` entry repeating the
  number), Redash query results (``GET /api/queries/{id}/results.json``: a ``query_result``
  whose ``query`` selects the office by its number and whose ``data`` has the ``columns`` and
  the one row, the number once) and NocoDB API v2 record lists (``GET
  /api/v2/tables/{tableId}/records``: one record of a facility table, the number in its
  ``電話番号`` field and again in a memo, and ``pageInfo``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one number
of nine to eleven digits, labelled whole). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_369.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_regular_patrol_care.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_369.jsonl.gz"
SPLIT = "held_out_369"

LAYOUTS = ("onenote_page", "ticktick_task", "redash_query_result", "nocodb_records")
PHONE, EMAIL = "電話番号", "email"
EDGES = {PHONE: r"\d", EMAIL: r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
JST = dt.timezone(dt.timedelta(hours=9))
MAILBOX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented reasons a care manager calls an office (no real case is meant)
REASONS = (
    "夜間の随時訪問の対応範囲の確認", "サービス担当者会議の日程調整",
    "退院前カンファレンスの参加依頼", "新規利用の受け入れ可否の確認",
    "訪問回数変更の相談", "計画作成責任者への連絡",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The mailbox the ``URL`` column gives where it holds one well-formed address, else ""."""
    value = _f(row, "URL")
    return value if MAILBOX.fullmatch(value) else ""


def web(row: dict[str, Any]) -> str:
    """The ``URL`` column as published where it holds a web page ("" where it is empty or holds
    an ``@``: a mailbox, or, in one row, ``https://www.nishiageohpc@sykz.co.jp``, which is
    neither, so not written)."""
    value = _f(row, "URL")
    return "" if "@" in value else value


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (none of this list is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's phone and mailbox (an empty one is skipped)."""
    return [(PHONE, phone(row)), (EMAIL, email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and mailbox labelled (each copy
    stands apart: no digit next to the number, no address character next to the address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented working-day moment of 2025 (JST)."""
    day = dt.datetime(2025, 7, 1, tzinfo=JST) + dt.timedelta(days=rng.randint(0, 150))
    return day.replace(hour=rng.randint(9, 17), minute=rng.choice((0, 10, 15, 20, 30, 40, 45)))


def _capacity(row: dict[str, Any]) -> int | None:
    """The capacity as the list gives it, None where it gives none or 0."""
    value = _f(row, "定員")
    return int(value) if value.isdigit() and int(value) else None


def _place(row: dict[str, Any]) -> str:
    """The address, and the building where the list names one the address does not end
    with."""
    address, building = _f(row, "住所"), _f(row, "方書（ビル名等）")
    if building and not address.endswith(building):
        return f"{address} {building}"
    return address


def _coordinate(row: dict[str, Any], key: str) -> float | None:
    """A coordinate as a number (None where the list gives none)."""
    value = _f(row, key)
    return float(value) if value else None


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def onenote_page(row: dict[str, Any], rng: random.Random) -> str:
    """A Microsoft Graph request creating a OneNote page (``POST
    /v1.0/me/onenote/sections/{id}/pages``, ``Content-Type: text/html``): the request line and
    headers, then the page's XHTML, its ``title`` the office's name and the call's reason, a
    ``created`` ``meta``, a table of the office's kind, office number, address, number,
    capacity, coordinates and web page, a ``data-tag="to-do"`` paragraph repeating the number
    and, where the office has a mailbox, a ``mailto:`` link to it; an invented section id and
    date."""
    name, tel, when = _f(row, "事業所名"), phone(row), _when(rng)
    reason = rng.choice(REASONS)
    cells = [
        ("サービスの種類", _f(row, "サービスの種類")),
        ("事業所番号", _f(row, "事業所番号")),
        ("所在地", _place(row)),
        ("電話番号", tel),
    ]
    if _capacity(row):
        cells.append(("定員", f"{_capacity(row)}人"))
    if _f(row, "緯度"):
        cells.append(("緯度・経度", f"{_f(row, '緯度')}, {_f(row, '経度')}"))
    if web(row):
        cells.append(("ホームページ", web(row)))
    table = "\n".join(f"      <tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in cells)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ja-JP">',
        "  <head>",
        f"    <title>{escape(name)}（{escape(reason)}）</title>",
        f'    <meta name="created" content="{when.isoformat()}" />',
        "  </head>",
        "  <body>",
        f"    <h1>{escape(name)}</h1>",
        f"    <p>{escape(_f(row, '事業所名カナ'))}</p>",
        '    <table border="1">',
        table,
        "    </table>",
        f'    <p data-tag="to-do">{escape(reason)}：{escape(tel)} に電話する</p>',
    ]
    if email(row):
        mail = email(row)
        lines.append(f"    <p>メール：<a href={quoteattr('mailto:' + mail)}>{escape(mail)}</a></p>")
    lines += ["  </body>", "</html>", ""]
    body = "\n".join(lines)
    section = f"1-{uuid.UUID(int=rng.getrandbits(128), version=4)}"
    head = [
        f"POST /v1.0/me/onenote/sections/{section}/pages HTTP/1.1",
        "Host: graph.microsoft.com",
        "Content-Type: text/html",
        f"Content-Length: {len(body.encode('utf-8'))}",
    ]
    return "\r\n".join(head) + "\r\n\r\n" + body


def ticktick_task(row: dict[str, Any], rng: random.Random) -> str:
    """A TickTick Open API request creating a task (``POST /open/v1/task``): the call to the
    office as a task of a care manager's project, its ``content`` giving the office's name,
    kind, address, number, mailbox where it has one and office number, a start and due time in
    Asia/Tokyo, a reminder, and two checklist ``items``, the first repeating the number; an
    invented project id and times."""
    name, tel, when = _f(row, "事業所名"), phone(row), _when(rng)
    reason = rng.choice(REASONS)
    content = [
        f"{name}（{_f(row, 'サービスの種類')}）",
        f"所在地：{_place(row)}",
        f"電話：{tel}",
    ]
    if email(row):
        content.append(f"メール：{email(row)}")
    content.append(f"事業所番号：{_f(row, '事業所番号')}")

    def stamp(at: dt.datetime) -> str:
        return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")

    due = when + dt.timedelta(minutes=30)
    doc = {
        "title": f"{name}へ電話：{reason}",
        "projectId": _hex(rng, 24),
        "content": "\n".join(content),
        "desc": "",
        "isAllDay": False,
        "startDate": stamp(when),
        "dueDate": stamp(due),
        "timeZone": "Asia/Tokyo",
        "reminders": ["TRIGGER:PT0S"],
        "priority": rng.choice((1, 3, 5)),
        "sortOrder": -rng.randint(1, 9) * 1_099_511_627_776,
        "items": [
            {
                "title": f"{tel} に電話（{reason}）",
                "status": 0,
                "isAllDay": False,
                "sortOrder": 0,
                "startDate": stamp(when),
                "timeZone": "Asia/Tokyo",
            },
            {
                "title": "結果を支援経過記録に入力",
                "status": 0,
                "isAllDay": False,
                "sortOrder": 1,
                "startDate": stamp(due),
                "timeZone": "Asia/Tokyo",
            },
        ],
    }
    return _json(doc)


# the Redash query's columns: (column, Redash type)
REDASH_COLUMNS = (
    ("都道府県コード又は市町村コード", "string"),
    ("事業所番号", "string"),
    ("事業所名", "string"),
    ("サービスの種類", "string"),
    ("住所", "string"),
    ("電話番号", "string"),
    ("定員", "integer"),
    ("緯度", "float"),
    ("経度", "float"),
    ("URL", "string"),
)


def redash_query_result(row: dict[str, Any], rng: random.Random) -> str:
    """A Redash API response of ``GET /api/queries/{id}/results.json``: a ``query_result`` whose
    ``query`` selects the office from a care office table by its office number, whose ``data``
    gives the ``columns`` (name, friendly name, type) and the one row (the office's local
    government code, number, name, kind, address, phone, capacity, coordinates and ``URL``
    column, a mailbox where the list gives one there, an ``@``-holding value that is neither
    written as null), with an invented result id, ``query_hash``, data source id, runtime and
    retrieval time."""
    when = _when(rng)
    office = _f(row, "事業所番号")
    query = (
        "SELECT " + ", ".join(c for c, _ in REDASH_COLUMNS) + "\n"
        "FROM kaigo_jigyosho_760\n"
        f"WHERE 事業所番号 = '{office}';"
    )
    values: dict[str, Any] = {}
    for column, _ in REDASH_COLUMNS:
        if column == "定員":
            values[column] = _capacity(row) or 0
        elif column in ("緯度", "経度"):
            values[column] = _coordinate(row, column)
        elif column == "URL":
            values[column] = email(row) or web(row) or None
        else:
            values[column] = _f(row, column) or None
    doc = {
        "query_result": {
            "id": rng.randint(100_000, 999_999),
            "query_hash": hashlib.md5(query.encode("utf-8")).hexdigest(),
            "query": query,
            "data": {
                "columns": [{"name": c, "friendly_name": c, "type": t} for c, t in REDASH_COLUMNS],
                "rows": [values],
            },
            "data_source_id": rng.randint(1, 12),
            "runtime": round(rng.uniform(0.004, 0.9), 6),
            "retrieved_at": when.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        }
    }
    return _json(doc)


def nocodb_records(row: dict[str, Any], rng: random.Random) -> str:
    """A NocoDB API v2 response of ``GET /api/v2/tables/{tableId}/records`` (filtered by the
    office number): a ``list`` of one record of a care office table (``Id``, the office's
    number, name and kana, kind, prefecture, municipality, address, building, phone, mailbox
    where it has one, capacity, coordinates, web page, a memo repeating the number,
    ``CreatedAt`` and ``UpdatedAt``) and ``pageInfo``; an invented record id, memo date and
    times."""
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(20, 400), minutes=rng.randint(0, 600))

    def stamp(at: dt.datetime) -> str:
        return at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S+00:00")

    record = {
        "Id": rng.randint(1, 1400),
        "事業所番号": _f(row, "事業所番号"),
        "事業所名": _f(row, "事業所名"),
        "事業所名カナ": _f(row, "事業所名カナ"),
        "サービスの種類": _f(row, "サービスの種類"),
        "都道府県名": _f(row, "都道府県名"),
        "市区町村名": _f(row, "市区町村名"),
        "住所": _f(row, "住所"),
        "方書": _f(row, "方書（ビル名等）") or None,
        "電話番号": phone(row),
        "メール": email(row) or None,
        "定員": _capacity(row),
        "緯度": _coordinate(row, "緯度"),
        "経度": _coordinate(row, "経度"),
        "ホームページ": web(row) or None,
        "連絡メモ": f"{rng.choice(REASONS)}は {phone(row)} へ（{when:%m/%d} 確認）",
        "CreatedAt": stamp(created),
        "UpdatedAt": stamp(when),
    }
    doc = {
        "list": [record],
        "pageInfo": {
            "totalRows": 1,
            "page": 1,
            "pageSize": 25,
            "isFirstPage": True,
            "isLastPage": True,
        },
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "onenote_page": onenote_page,
    "ticktick_task": ticktick_task,
    "redash_query_result": redash_query_result,
    "nocodb_records": nocodb_records,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and mailbox
    labelled."""
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
