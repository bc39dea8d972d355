"""held_out_266 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (Chunghwa Post's list of its post offices, Taiwan; Taiwan's earlier parts took other
publishers' registers) exactly as published, in layouts no earlier part has, beside the list's
own names, office numbers, postcodes, addresses, coordinates and hours.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of TW (the National Health Insurance Administration's lists,
the Ministry of Education's elementary schools, Hsinchu City's medical institutions, the
National Police Agency's stations, Taipei's elder-care providers and hotels) and many others;
here:

* the values are the ``郵務電話`` (postal counter), ``儲匯電話`` (savings and remittance
  counter) and ``郵務傳真`` (fax) fields of 300 post offices
  (``scripts/data/pii_tw_chunghwa_post_offices.json``, written by
  ``scripts/tw_chunghwa_post_offices_data.py``; source and licence in that file): Taiwanese
  numbers as the post writes them, the area code in brackets and a hyphen before the line's
  last four digits (``(02)2361-5752``, ``(06)226-7962``, ``(049)252-2517``, Kinmen's
  ``(082)32-5823``); the two counters share one number in 243 of the offices; each copy of
  each field labelled (the fax too: a person can be reached on it), a copy of the savings
  number that is the postal one labelled under ``郵務電話``;
* the text around them is the same row's real fields: the name, the six-digit postcode
  (``100053``), the computer office number (``000106-8``) and postal office number
  (``100006``), county, district and address, coordinates, the postal and savings hours and
  the remark on them, with invented post ids, timestamps, tokens, call ids and object
  identifiers, unlabelled and scored;
* in layouts no earlier part has, Taiwan's own and its everyday apps', text in Chinese
  (Traditional): Threads API responses (Meta's ``GET /me/threads`` list: a local information
  account's text post with the office's card, ``permalink``, ``shortcode``, ``timestamp``),
  LINE Notify shell scripts (a cron job's ``curl -F "message=..."`` to
  ``notify-api.line.me/api/notify`` with a sticker), Taiwanese government web pages (the
  office's page with the Dublin Core and 政府資訊分類 ``Category.Theme``/``Cake``/``Service``
  metadata that government sites carry, a table of the numbers and the hours) and OpenAI
  chat fine-tuning examples (one JSONL line: ``messages`` with a function call, the tool's
  JSON result with the three fields and the assistant's answer repeating the postal number,
  and the ``tools`` list).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_266.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_chunghwa_post_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_266.jsonl.gz"
SPLIT = "held_out_266"

LAYOUTS = ("threads_api", "line_notify", "gov_tw_page", "openai_finetune")
POSTAL, SAVINGS, FAX = "郵務電話", "儲匯電話", "郵務傳真"
DAYS = ("一", "二", "三", "四", "五")

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the post's does)."""
    return value.startswith("+")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def postal(row: dict[str, Any]) -> str:
    return _f(row, POSTAL)


def savings(row: dict[str, Any]) -> str:
    return _f(row, SAVINGS)


def fax(row: dict[str, Any]) -> str:
    return _f(row, FAX)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's three number fields labelled, each
    under its column; a copy of the savings number that is the postal one goes to the postal
    column (each copy stands apart: no digit next to it)."""
    values = [("postal", postal(row)), ("savings", savings(row)), ("fax", fax(row))]
    edges = {"postal": r"\d", "savings": r"\d", "fax": r"\d"}
    columns = {"postal": POSTAL, "savings": SAVINGS, "fax": FAX}
    return field_copies(text, values, edges, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taipei time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _address(row: dict[str, Any]) -> str:
    """The county, district and address as one line (``臺北市中正區廈門街76號``)."""
    return f"{_f(row, '縣市')}{_f(row, '鄉鎮市區')}{_f(row, '地址')}"


def _span(row: dict[str, Any], counter: str) -> str:
    """The weekday hours of ``counter`` (郵務 or 儲匯): ``週一至週五 08:30-17:30`` where the
    five days agree, else each day's."""
    hours = [_f(row, f"週{d} {counter}") for d in DAYS]
    if len(set(hours)) == 1:
        return f"週一至週五 {hours[0]}"
    return "、".join(f"週{d} {h}" for d, h in zip(DAYS, hours, strict=True))


def _saturday(row: dict[str, Any]) -> str:
    """The Saturday hours (``09:00-12:00``), or "" where the office is closed."""
    return _f(row, "週六")


def _remark(row: dict[str, Any]) -> str:
    """The remark on the hours with its HTML line breaks dropped ("" where it has none)."""
    return _f(row, "營業時間備註").replace("<br>", " ").strip()


def _hours_lines(row: dict[str, Any]) -> list[str]:
    """The hours as a notice writes them: the postal and savings counters, Saturday and the
    remark."""
    lines = [f"郵務：{_span(row, '郵務')}", f"儲匯：{_span(row, '儲匯')}"]
    lines.append(f"週六：{_saturday(row)}" if _saturday(row) else "週六、週日：不營業")
    if _remark(row):
        lines.append(f"備註：{_remark(row)}")
    return lines


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _token(rng: random.Random, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


ACCOUNTS = ("_daily_info", "_life_news", "_local_notes", "_neighbors")


def threads_api(row: dict[str, Any], rng: random.Random) -> str:
    """A Threads API response of ``GET /me/threads`` (``fields`` id, media_product_type,
    media_type, permalink, owner, username, text, timestamp, shortcode, is_quote_post): a
    local information account's text post with the office's card (name, address, the three
    numbers, the hours), an invented id, shortcode, time and paging cursors."""
    when = _when(rng)
    county = _f(row, "縣市")
    user = f"{rng.choice(('tw', 'my', 'hello'))}_{_f(row, '郵遞區號')[:3]}{rng.choice(ACCOUNTS)}"
    shortcode = _token(rng, 11)
    owner = _digits(rng, 17)
    text = "\n".join([
        f"📮 {_f(row, '局名')} 營業資訊整理",
        f"地址：{_address(row)}",
        f"郵務電話：{postal(row)}",
        f"儲匯電話：{savings(row)}",
        f"傳真：{fax(row)}",
        *_hours_lines(row),
        "",
        f"寄包裹、領掛號前可以先打電話確認 🙏 #{county} #郵局 #中華郵政",
    ])  # fmt: skip
    doc = {
        "data": [
            {
                "id": _digits(rng, 17),
                "media_product_type": "THREADS",
                "media_type": "TEXT_POST",
                "permalink": f"https://www.threads.net/@{user}/post/{shortcode}",
                "owner": {"id": owner},
                "username": user,
                "text": text,
                "timestamp": when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+0000"),
                "shortcode": shortcode,
                "is_quote_post": False,
            }
        ],
        "paging": {"cursors": {"before": _token(rng, 24), "after": _token(rng, 24)}},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def line_notify(row: dict[str, Any], rng: random.Random) -> str:
    """A shell script a community office runs from cron to send the week's post office notice
    to its LINE group through LINE Notify (``curl -F "message=..."`` to
    ``https://notify-api.line.me/api/notify`` with a bearer token from the environment and a
    sticker), the message giving the office's card; an invented crontab line and log path."""
    minute, hour = rng.choice((0, 15, 30)), rng.choice((7, 8, 9))
    weekday = rng.randint(1, 5)
    name = _f(row, "局名")
    script = f"notify_{_f(row, '郵務局號')}.sh"
    message = [
        "",
        f"【本週郵局資訊】{name}",
        f"地址：{_f(row, '郵遞區號')} {_address(row)}",
        f"郵務電話：{postal(row)}",
        f"儲匯電話：{savings(row)}",
        f"郵務傳真：{fax(row)}",
        *_hours_lines(row),
    ]
    package, sticker = rng.choice(((446, 1988), (446, 2010), (789, 10855), (11537, 52002734)))
    lines = [
        "#!/usr/bin/env bash",
        f"# 每週{DAYS[weekday - 1]} {hour:02d}:{minute:02d} 由 cron 執行，"
        "將郵局營業資訊推播到社區 LINE 群組",
        f"# {minute} {hour} * * {weekday} $HOME/bin/{script} >> $HOME/log/notify.log 2>&1",
        "set -euo pipefail",
        "",
        ': "${LINE_NOTIFY_TOKEN:?請先設定 LINE Notify 權杖}"',
        "",
        "curl -sS -X POST https://notify-api.line.me/api/notify \\",
        '  -H "Authorization: Bearer ${LINE_NOTIFY_TOKEN}" \\',
        '  -F "message=' + "\n".join(message) + '" \\',
        f'  -F "stickerPackageId={package}" \\',
        f'  -F "stickerId={sticker}"',
        "",
    ]  # fmt: skip
    return "\n".join(lines)


def gov_tw_page(row: dict[str, Any], rng: random.Random) -> str:
    """A Taiwanese government web page of the office (the post's site): the Dublin Core and
    政府資訊分類 metadata government sites carry (``DC.*``, ``Category.Theme``,
    ``Category.Cake``, ``Category.Service``; an invented object identifier), a breadcrumb, the
    office's table (office numbers, postcode, address, the three numbers, coordinates), the
    hours table and the remark; ``DC.Description`` repeats the postal number; an invented
    update date."""
    when = _when(rng)
    name, e = _f(row, "局名"), escape
    oid = f"2.16.886.101.{_digits(rng, 5)}.{_digits(rng, 5)}"
    desc = f"{name}地址：{_address(row)}，郵務電話：{postal(row)}，營業時間及服務項目。"
    metas = [
        ("DC.Title", name), ("DC.Creator", "中華郵政股份有限公司"),
        ("DC.Subject", "營業據點"), ("DC.Description", desc),
        ("DC.Contributor", "中華郵政股份有限公司"), ("DC.Type", "文字"),
        ("DC.Format", "text/html"), ("DC.Source", "中華郵政股份有限公司"),
        ("DC.Language", "中文"), ("DC.coverage.t.min", f"{when:%Y-%m-%d}"),
        ("DC.coverage.t.max", f"{when.year + 1}-{when:%m-%d}"),
        ("DC.Publisher", "中華郵政股份有限公司"), ("DC.Date", f"{when:%Y-%m-%d}"),
        ("DC.Identifier", oid), ("DC.Relation", ""), ("DC.Rights", "中華郵政股份有限公司"),
        ("Category.Theme", "300"), ("Category.Cake", "600"), ("Category.Service", "I00"),
        ("Keywords", f"{name},{_f(row, '縣市')},{_f(row, '鄉鎮市區')},營業據點,郵局"),
    ]  # fmt: skip
    table = [
        ("局名", name), ("局號", f"{_f(row, '郵務局號')}（電腦局號 {_f(row, '電腦局號')}）"),
        ("郵遞區號", _f(row, "六碼郵遞區號")), ("地址", _address(row)),
        ("郵務電話", postal(row)), ("儲匯電話", savings(row)), ("郵務傳真", fax(row)),
        ("經緯度", f"{_f(row, '緯度')}, {_f(row, '經度')}"),
    ]  # fmt: skip
    hours = [
        f'          <tr><th scope="row">週{d}</th><td>{_f(row, f"週{d} 郵務")}</td>'
        f"<td>{_f(row, f'週{d} 儲匯')}</td></tr>"
        for d in DAYS
    ]
    sat = _saturday(row) or "不營業"
    hours.append(f'          <tr><th scope="row">週六</th><td colspan="2">{sat}</td></tr>')
    hours.append('          <tr><th scope="row">週日</th><td colspan="2">不營業</td></tr>')
    lines = [
        "<!DOCTYPE html>",
        '<html lang="zh-Hant-TW">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{e(name)}－營業據點－中華郵政全球資訊網</title>",
        *(f'  <meta name="{k}" content="{e(v)}">' for k, v in metas),
        "</head>",
        "<body>",
        '  <a href="#C" class="acc" title="中央內容區塊" accesskey="C">:::</a>',
        '  <nav class="breadcrumb" aria-label="麵包屑"><a href="/">首頁</a> &gt; '
        f'<a href="/post/internet/Postal/">營業據點</a> &gt; {e(name)}</nav>',
        '  <main id="C">',
        f"    <h2>{e(name)}</h2>",
        '    <table class="rwd-table">',
        "      <tbody>",
        *(f'        <tr><th scope="row">{k}</th><td>{e(v)}</td></tr>' for k, v in table),
        "      </tbody>",
        "    </table>",
        "    <h3>營業時間</h3>",
        '    <table class="rwd-table">',
        '      <thead><tr><th scope="col">星期</th><th scope="col">郵務</th>'
        '<th scope="col">儲匯</th></tr></thead>',
        "      <tbody>",
        *hours,
        "      </tbody>",
        "    </table>",
        *([f'    <p class="note">{e(_remark(row))}</p>'] if _remark(row) else []),
        f'    <p class="update">更新日期：{when.year - 1911}-{when:%m-%d}</p>',
        "  </main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_post_office",
            "description": "依局名查詢中華郵政營業據點的地址、電話、傳真與營業時間",
            "parameters": {
                "type": "object",
                "properties": {"name": {"type": "string", "description": "郵局局名"}},
                "required": ["name"],
            },
        },
    }
]
ASKS = ("請問{}的電話是多少？幾點開？", "{}的聯絡電話跟營業時間？", "想打電話問{}，號碼幾號？")


def openai_finetune(row: dict[str, Any], rng: random.Random) -> str:
    """One line of an OpenAI chat fine-tuning file with function calling: ``messages`` (a
    system prompt, the user's question, the assistant's ``tool_calls`` of ``get_post_office``
    with an invented call id, the tool's JSON result with the office's fields as the list
    names them, and the answer repeating the postal number and the hours) and ``tools``."""
    name = _f(row, "局名")
    call = f"call_{_token(rng, 24)}"
    result = {
        "局名": name,
        "郵遞區號": _f(row, "六碼郵遞區號"),
        "地址": _address(row),
        POSTAL: postal(row),
        SAVINGS: savings(row),
        FAX: fax(row),
        "郵務": _span(row, "郵務"),
        "儲匯": _span(row, "儲匯"),
        "週六": _saturday(row) or "不營業",
    }
    answer = (
        f"{name}位於{_address(row)}，郵務電話是 {postal(row)}。"
        f"郵務營業時間為{_span(row, '郵務')}，儲匯為{_span(row, '儲匯')}"
        + (f"，週六 {_saturday(row)} 也有營業。" if _saturday(row) else "，週末不營業。")
    )
    doc = {
        "messages": [
            {"role": "system", "content": "你是中華郵政營業據點查詢助理，請以繁體中文簡短回答。"},
            {"role": "user", "content": rng.choice(ASKS).format(name)},
            {
                "role": "assistant",
                "tool_calls": [
                    {
                        "id": call,
                        "type": "function",
                        "function": {
                            "name": "get_post_office",
                            "arguments": json.dumps({"name": name}, ensure_ascii=False),
                        },
                    }
                ],
            },
            {
                "role": "tool",
                "tool_call_id": call,
                "content": json.dumps(result, ensure_ascii=False),
            },
            {"role": "assistant", "content": answer},
        ],
        "tools": TOOLS,
        "parallel_tool_calls": False,
    }
    return json.dumps(doc, ensure_ascii=False) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "threads_api": threads_api,
    "line_notify": line_notify,
    "gov_tw_page": gov_tw_page,
    "openai_finetune": openai_finetune,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its number fields labelled."""
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
