"""held_out_171 of the PII evaluation set: real phone fields of a register no earlier part used
(Sapporo City's licensed and unlicensed nurseries, Hokkaido; Japan's earlier parts took other
registers) exactly as published, in layouts no earlier part has, beside the list's own names,
addresses, hours and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Takamatsu's, Toyama's, Iizuka's and Yaizu's lists),
FR, KR, DE and many others; here:

* the values are the ``TEL`` and ``FAX`` fields of 382 nurseries of Sapporo City (269 licensed,
  113 unlicensed; ``scripts/data/pii_jp_sapporo_nurseries.json``, written by
  ``scripts/jp_sapporo_nurseries_data.py``; source and licence in that file): Japanese numbers
  as the list writes them, the area code ``011``, the exchange and the line joined by hyphens
  (``011-511-0447``; a few Tokyo numbers of operators, ``03-5332-7890``; a free-dial number
  written ``0120-0123-13``), each copy labelled under ``TEL``; the fax of the 249 rows that
  have one, its copy labelled under ``FAX`` (where the fax is the phone's own number, 12 rows,
  every copy of it is labelled under ``TEL``);
* the text around them is the same row's real fields: the name and short label, the kind, the
  ages taken, the capacity, the opening hours and the note on extended care, the ward and
  street address (``札幌市中央区`` ``南11条西10丁目1番3号``), the facility id (``HID``, ``1001``),
  the web page and the coordinates, with invented dates, issue keys (``HOIKU-123``), chat
  account, room and message ids, Unix times and table ids, unlabelled and scored;
* in layouts no earlier part has, Japanese writing and team-tool markups, text in Japanese: a
  Re:VIEW chapter of a local open-data guide book (``==`` headings, inline ``@<b>{}``,
  ``@<tt>{}``, ``@<fn>{}``, a tab-separated ``//table`` with its ``.`` empty cell, a
  ``//footnote``), a Backlog wiki page in Backlog notation (``*`` headings, ``#contents``, a
  ``|...|h`` header row, ``''bold''``, issue keys, ``{code}``), a Chatwork message in its
  message notation (``[To:]``, ``[rp aid= to=]``, ``[info][title]``, ``[qt][qtmeta]``,
  ``[hr]``) and a Scrapbox (Cosense) page (the title line, space-indented lines, ``[* ]``,
  ``table:`` and ``code:`` blocks, bracket links and ``#`` tags).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_171.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_sapporo_nurseries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_171.jsonl.gz"
SPLIT = "held_out_171"

LAYOUTS = ("review_chapter", "backlog_wiki", "chatwork_message", "scrapbox_page")
PHONE, FAX = "TEL", "FAX"
EDGES = {"phone": r"\d", "fax": r"\d"}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented purposes of the notes and messages (no real exchange is meant)
PURPOSES = (
    "見学日程の確認", "入所相談の案内", "一時預かりの空き状況の確認", "延長保育の利用条件の確認",
    "提出書類の受け渡し", "防災訓練の日程調整",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, as text and stripped ("" where the row has none: ``null``)."""
    value = row["fields"].get(key)
    return "" if value is None else str(value).strip()


def phone(row: dict[str, Any]) -> str:
    """The row's ``TEL`` field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's ``FAX`` field as published, stripped ("" where the row has none)."""
    return _f(row, FAX)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the list's do)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's ``TEL`` and of its ``FAX`` labelled (a fax
    that is the phone's own number is the phone's). Each copy stands apart (no digit next to
    it)."""
    values = [("phone", phone(row))]
    if fax(row) and fax(row) != phone(row):
        values.append(("fax", fax(row)))
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def address(row: dict[str, Any]) -> str:
    """The ward and the street address joined (``札幌市中央区南11条西10丁目1番3号``)."""
    return _f(row, "Add1") + _f(row, "Add2")


def ages(row: dict[str, Any]) -> str:
    """The ages taken (``1歳10か月〜就学前``), "" where the row gives none."""
    return "〜".join(v for v in (_f(row, "AgeS"), _f(row, "AgeE")) if v)


def hours(row: dict[str, Any]) -> str:
    """The opening hours (``7:00〜19:00``), "" where the row gives none."""
    if not _f(row, "Open"):
        return ""
    return f"{_f(row, 'Open')}〜{_f(row, 'Close')}"


def facts(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's facts other than its numbers that it gives, as (label, text) pairs."""
    pairs = [
        ("種別", _f(row, "Type")),
        ("受入年齢", ages(row)),
        ("定員", f"{_f(row, 'Full')}名" if _f(row, "Full") else ""),
        ("開所時間", hours(row)),
        ("備考", _f(row, "Memo")),
        ("Web", _f(row, "url")),
    ]
    return [(k, v) for k, v in pairs if v]


def _coords(row: dict[str, Any]) -> str:
    """The row's latitude and longitude (``43.045613, 141.343758``), "" where it has none."""
    return f"{_f(row, 'Y')}, {_f(row, 'X')}" if _f(row, "Y") and _f(row, "X") else ""


def review_chapter(row: dict[str, Any], rng: random.Random) -> str:
    """A Re:VIEW chapter (``.re``) of an invented guide book to Sapporo's open data: a ``=``
    chapter and ``==`` section heading, a paragraph with inline ``@<b>{}``, ``@<kw>{}`` and a
    ``@<fn>{}`` reference, a ``//table`` of tab-separated cells (header, dashed rule; a ``.``
    for the empty fax cell) with the numbers, address and coordinates, a paragraph repeating the
    phone in ``@<tt>{}``, and the ``//footnote`` with the facility id."""
    name, tel = _f(row, "Name"), phone(row)
    hid = _f(row, "HID")
    para = f"@<b>{{{name}}}（@<kw>{{{_f(row, 'Type')}}}）は{address(row)}にあります。"
    if _f(row, "Full"):
        para += f"定員は{_f(row, 'Full')}人"
        para += f"、受け入れは{ages(row)}です。" if ages(row) else "です。"
    if hours(row):
        para += f"開所時間は{hours(row)}です"
    para += f"@<fn>{{hid{hid}}}。"
    cells = [("電話", tel), ("FAX", fax(row) or "."), ("所在地", address(row))]
    if _coords(row):
        cells.append(("位置（緯度, 経度）", _coords(row)))
    note = f"施設番号 {hid}。" + (f"{_f(row, 'Memo')}。" if _f(row, "Memo") else "")
    lines = [
        f"= {_f(row, 'Add1').removeprefix('札幌市')}の保育施設",
        "",
        "//lead{",
        "札幌市が公開する保育施設の一覧（認可保育所・認可外保育施設）をもとに、施設ごとの連絡先をまとめます。",
        "//}",
        "",
        f"== {name}",
        "",
        para,
        "",
        f"//table[hoiku-{hid}][{name}の連絡先]{{",
        "項目\t内容",
        "------------",
        *(f"{k}\t{v}" for k, v in cells),
        "//}",
        "",
        f"{rng.choice(PURPOSES)}は電話（@<tt>{{{tel}}}）で受け付けています。",
        "",
        f"//footnote[hid{hid}][{note}]",
        "",
    ]
    return "\n".join(lines)


def backlog_wiki(row: dict[str, Any], rng: random.Random) -> str:
    """A Backlog wiki page in Backlog notation, an invented team's note on the nursery: a ``*``
    title and ``**`` sections, ``#contents``, a table whose first row ends ``|h`` with the
    row's facts and numbers, a history list whose entry gives the phone again in ``''bold''``
    beside an invented date and issue key, and the coordinates in a ``{code}`` block."""
    name, tel = _f(row, "Name"), phone(row)
    when = _when(rng)
    key = f"HOIKU-{rng.randint(12, 480)}"
    table = [
        "|項目|内容|h",
        f"|施設名|{name}|",
        f"|施設番号|{_f(row, 'HID')}|",
        f"|所在地|{address(row)}|",
        f"|電話|{tel}|",
    ]
    if fax(row):
        table.append(f"|FAX|{fax(row)}|")
    table += [f"|{k}|{v}|" for k, v in facts(row)]
    lines = [
        f"* 保育施設メモ：{name}",
        "",
        "#contents",
        "",
        "** 基本情報",
        *table,
        "",
        "** 連絡履歴",
        f"- {when:%Y/%m/%d} 電話（''{tel}''）で{rng.choice(PURPOSES)} → {key}",
        f"- 次回の確認は {(when + dt.timedelta(days=rng.randint(7, 40))):%Y/%m/%d} の予定",
        "",
    ]
    if _coords(row):
        lines += ["** 位置", "{code}", _coords(row).replace(" ", ""), "{/code}", ""]
    lines.append(f"[[保育施設一覧/{_f(row, 'Add1')}]]")
    lines.append("")
    return "\n".join(lines)


def chatwork_message(row: dict[str, Any], rng: random.Random) -> str:
    """A Chatwork message in its message notation, an invented reply in a team's room: a
    ``[rp aid= to=room-message]`` reply header, a ``[To:]`` line to the section, a ``[qt]``
    quote with its ``[qtmeta aid= time=]`` (a Unix time), an ``[info]`` box with a ``[title]``
    listing the nursery's facts and numbers, a sentence repeating the phone, an ``[hr]`` and
    the facility id."""
    name, tel = _f(row, "Name"), phone(row)
    when = _when(rng)
    aid, other = rng.randint(1000000, 9999999), rng.randint(1000000, 9999999)
    room, message = rng.randint(100000000, 399999999), rng.randint(10**18, 2 * 10**18)
    asked = int((when - dt.timedelta(minutes=rng.randint(5, 300))).timestamp())
    purpose = rng.choice(PURPOSES)
    short = _f(row, "Label") or name
    info = [f"施設名：{name}", f"所在地：{address(row)}", f"電話：{tel}"]
    if fax(row):
        info.append(f"FAX：{fax(row)}")
    info += [f"{k}：{v}" for k, v in facts(row) if k != "Web"]
    lines = [
        f"[rp aid={other} to={room}-{message}]保育課ご担当者様",
        f"[To:{aid}]子育て支援係ご担当者様",
        f"[qt][qtmeta aid={other} time={asked}]{short}の連絡先を教えてください。[/qt]",
        f"[info][title]{name}の連絡先[/title]" + "\n".join(info) + "[/info]",
        f"{purpose}の件は、{tel} へお電話いただくよう保護者の方にお伝えしています。",
        f"[hr]施設番号：{_f(row, 'HID')}",
    ]
    return "\n".join(lines)


def scrapbox_page(row: dict[str, Any], rng: random.Random) -> str:
    """A Scrapbox (Cosense) page: the name as its title line, a ``[* ]`` heading and
    space-indented lines with the facts and numbers (the kind as a bracket link), a ``table:``
    block of tab-separated cells repeating the phone, a ``code:`` block of the point as GeoJSON,
    an external link to a map, and ``#`` tags of the ward and kind."""
    name, tel = _f(row, "Name"), phone(row)
    when = _when(rng)
    lines = [
        name,
        "[* 基本情報]",
        f" 種別: [{_f(row, 'Type')}]",
        f" 所在地: {address(row)}",
        f" 電話: {tel}",
    ]
    if fax(row):
        lines.append(f" FAX: {fax(row)}")
    lines += [f" {k}: {v}" for k, v in facts(row) if k != "種別"]
    lines += [
        "",
        "table:連絡先",
        " 項目\t内容",
        f" 電話\t{tel}",
        f" 施設番号\t{_f(row, 'HID')}",
        f" 確認日\t{when:%Y-%m-%d}",
        "",
    ]
    if _coords(row):
        point = {"type": "Point", "coordinates": [row["fields"]["X"], row["fields"]["Y"]]}
        lines += [
            "code:point.geojson",
            f" {json.dumps(point)}",
            f"[https://www.openstreetmap.org/?mlat={_f(row, 'Y')}&mlon={_f(row, 'X')}#map=17 地図]",
            "",
        ]
    lines.append(f"#{_f(row, 'Add1')} #{_f(row, 'Type')} #保育施設")
    lines.append("")
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "review_chapter": review_chapter,
    "backlog_wiki": backlog_wiki,
    "chatwork_message": chatwork_message,
    "scrapbox_page": scrapbox_page,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and fax fields
    labelled."""
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
