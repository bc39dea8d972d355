"""held_out_321 of the PII evaluation set: real phone fields of a register no earlier part used
(Chiba City's nurseries, kindergartens and unlicensed childcare facilities, Chiba Prefecture;
Japan's earlier parts took other registers) exactly as published, in layouts no earlier part
has, beside the list's own names, kinds, addresses, hours, capacities and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of JP (among them Toyama's, Sapporo's, Koriyama's and the Tokyo
Metropolitan Government's nursery lists) and many other countries; here:

* the values are the ``Tel`` and ``Fax`` fields of 366 childcare facilities of Chiba City
  (``scripts/data/pii_jp_chiba_nurseries.json``, written by
  ``scripts/jp_chiba_nurseries_data.py``; source and licence in that file): Japanese numbers
  as the list writes them, the area code ``043``, the exchange and the line joined by hyphens
  (``043-261-2916``; one free dial, ``0120-993-952``), each copy labelled under ``Tel``; the fax
  of the 68 rows whose ``Fax`` is a number of its own, each copy labelled under ``Fax`` (where
  the fax is the phone's own number, 62 rows, every copy of it is labelled under ``Tel``);
* the text around them is the same row's real fields: the name, the kind, public or private,
  the address, the capacity, the ages taken, the opening hours, the vacancy and its date, the
  remarks and the coordinates, with invented dates, Unix times, comment numbers, thread and user
  ids, playback positions, dictionary costs and connection ids, unlabelled and scored;
* in layouts no earlier part has, Japanese formats, text in Japanese: tDiary data files
  (``.td2``: the ``TDIARY2.01.00`` header, a day's ``Date:``, ``Title:``, ``Last-Modified:``,
  ``Visible:`` and ``Format: tDiary`` headers, the body in tDiary style, a section's first line
  its subtitle, and the closing ``.``) of a parent's nursery-hunting diary, niconico comment
  XML (``packet`` of a ``thread`` element and ``chat`` elements with ``no``, ``vpos``,
  ``date``, ``mail="184"``, hashed ``user_id``s, the broadcaster's comments ``premium="3"``)
  of a timeshifted live briefing on nursery places, pixiv novel texts (pixiv's novel markup:
  ``[chapter:]``, ``[[rb: > ]]`` ruby, ``[newpage]``, ``[[jumpuri: > ]]`` links) of an essay
  on nursery hunting and Sudachi user dictionary sources (the CSV that ``sudachipy ubuild``
  reads: the name and the numbers as proper-noun entries, the trie headword normalised, the
  connection ids, cost, part of speech, reading, normalised form and split fields).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_321.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_chiba_nurseries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_321.jsonl.gz"
SPLIT = "held_out_321"

LAYOUTS = ("tdiary_td2", "niconico_comments", "pixiv_novel", "sudachi_user_dict")
PHONE, FAX = "Tel", "Fax"
EDGES = {"phone": r"\d", "fax": r"\d"}
JST = dt.timezone(dt.timedelta(hours=9))

# invented purposes of the calls (no real call is meant)
PURPOSES = (
    "見学の申し込み", "入所の相談", "一時預かりの問い合わせ", "延長保育の確認",
    "空き状況の確認", "説明会の予約",
)  # fmt: skip
# invented viewers' comments of the briefing (no real comment is meant)
CHATTER = (
    "わこつ", "こんばんは", "資料どこ？", "点数の話きた", "メモメモ", "うちも申し込み予定",
    "二次募集あるの？", "わかりやすい", "画面見えない", "育休延長…", "88888888",
)  # fmt: skip
# the katakana reading of each character of a number (a hyphen read ノ)
READINGS = {
    "0": "ゼロ", "1": "イチ", "2": "ニ", "3": "サン", "4": "ヨン", "5": "ゴ", "6": "ロク",
    "7": "ナナ", "8": "ハチ", "9": "キュウ", "-": "ノ",
}  # fmt: skip
# Sudachi's left and right connection id of 名詞,固有名詞,一般 in its system dictionary
PROPER_NOUN_ID = 4786

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's ``Tel`` field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's ``Fax`` field as published, stripped ("" where the row has none)."""
    return _f(row, FAX)


def own_fax(row: dict[str, Any]) -> bool:
    """Whether the row has a fax of its own (not the phone's number)."""
    return bool(fax(row)) and fax(row) != phone(row)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the list's do)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's ``Tel`` and of its ``Fax`` labelled (a fax
    that is the phone's own number is the phone's). Each copy stands apart (no digit next to
    it)."""
    values = [("phone", phone(row))]
    if own_fax(row):
        values.append(("fax", fax(row)))
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the winter of 2018-19, the season of applications (JST)."""
    start = dt.datetime(2018, 11, 5, 9, 0, tzinfo=JST)
    return start + dt.timedelta(seconds=rng.randint(0, 120 * 86400))


def ages(row: dict[str, Any]) -> str:
    """The ages taken (``0歳～5歳``), "" where the row gives none."""
    if not _f(row, "AgeS"):
        return ""
    return f"{_f(row, 'AgeS')}歳～{_f(row, 'AgeE')}歳"


def hours(row: dict[str, Any]) -> str:
    """The opening hours (``7:00～19:00``), "" where the row gives none."""
    if not _f(row, "Open"):
        return ""
    return f"{_f(row, 'Open')}～{_f(row, 'Close')}"


def capacity(row: dict[str, Any]) -> str:
    """The capacity (``160人``), "" where the row gives none."""
    return f"{_f(row, 'Full')}人" if _f(row, "Full") else ""


def vacancy(row: dict[str, Any]) -> str:
    """The vacancy and its date (``空きあり（2018/11/1現在）``), "" where the row gives none."""
    if not _f(row, "Vacancy"):
        return ""
    state = "空きあり" if _f(row, "Vacancy") == "Y" else "空きなし"
    return f"{state}（{_f(row, 'VacancyDate')}現在）" if _f(row, "VacancyDate") else state


def kind(row: dict[str, Any]) -> str:
    """The kind and public or private (``認可保育施設（公立）``)."""
    return f"{_f(row, 'Type')}（{_f(row, 'Ownership')}）"


def facts(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's facts other than its numbers that it gives, as (label, text) pairs."""
    pairs = [
        ("種別", kind(row)),
        ("所在地", _f(row, "Address")),
        ("定員", capacity(row)),
        ("受入年齢", ages(row)),
        ("開所時間", hours(row)),
        ("空き状況", vacancy(row)),
        ("備考", _f(row, "Remarks")),
    ]
    return [(k, v) for k, v in pairs if v]


def _hash_id(rng: random.Random) -> str:
    """An invented hashed niconico user id of an anonymous (``184``) comment."""
    return "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(27))


def tdiary_td2(row: dict[str, Any], rng: random.Random) -> str:
    """A tDiary data file (``.td2``, as tDiary's default IO writes a month's diary) holding one
    day of a parent's nursery-hunting diary: the ``TDIARY2.01.00`` header line, the day's
    ``Date:``, ``Title:``, ``Last-Modified:`` (Unix time), ``Visible:`` and ``Format: tDiary``
    headers and a blank line, the body in tDiary style (sections apart by a blank line, each
    one's first line its subtitle): the visit with the name, kind, address, capacity, ages,
    hours and vacancy, the number and the fax where the row has one, and a to-do section
    repeating the number; the closing ``.`` line."""
    name, tel = _f(row, "Name"), phone(row)
    when = _when(rng)
    modified = int((when + dt.timedelta(hours=rng.randint(1, 30))).timestamp())
    visit = [
        f"{name}を見学",
        f"{kind(row)}。{_f(row, 'Address')}。",
    ]
    if _f(row, "Y"):
        visit.append(f"<p>地図：{_f(row, 'Y')},{_f(row, 'X')}</p>")
    detail = "、".join(f"{k}{v}" for k, v in facts(row)[2:6])
    if detail:
        visit.append(f"{detail}。")
    contact = f"電話 {tel}"
    if fax(row):
        contact += f"、FAX {fax(row)}"
    visit.append(f"{contact}。園庭{'あり' if _f(row, 'Playground') == 'Y' else 'なし'}。")
    todo = [
        "やること",
        f"{rng.choice(PURPOSES)}は平日の昼に{tel}へ。",
        "申込書の希望順位をもう一度考える。",
    ]
    lines = [
        "TDIARY2.01.00",
        f"Date: {when:%Y%m%d}",
        f"Title: 保活日記 {when.month}月{when.day}日",
        f"Last-Modified: {modified}",
        "Visible: true",
        "Format: tDiary",
        "",
        *visit,
        "",
        *todo,
        ".",
        "",
    ]
    return "\n".join(lines)


def niconico_comments(row: dict[str, Any], rng: random.Random) -> str:
    """A niconico comment log (the XML ``packet`` the legacy comment server returns) of a
    timeshifted live briefing on nursery places: the ``thread`` element (an invented thread id,
    server time, last comment number and ticket), and ``chat`` elements in order of ``no``,
    each with ``thread``, ``no``, ``vpos`` (hundredths of a second into the broadcast),
    ``date``, ``date_usec``, ``mail`` and a hashed ``user_id``: viewers' anonymous (``184``)
    comments, two of the broadcaster's (``premium="3"``) giving the name, kind, address, the
    number and the fax where the row has one, and a viewer's repeating the number; invented
    ids, times and positions."""
    name, tel = _f(row, "Name"), phone(row)
    when = _when(rng)
    thread = str(rng.randint(1_600_000_000, 1_699_999_999))
    staff = f"【{name}】{kind(row)} {_f(row, 'Address')} TEL {tel}"
    if fax(row):
        staff += f" FAX {fax(row)}"
    more = "・".join(v for _, v in facts(row)[2:5])
    said = [
        ("184", None, rng.choice(CHATTER)),
        ("184", None, rng.choice(CHATTER)),
        ("", "3", staff),
        ("184", None, rng.choice(CHATTER)),
        ("", "3", f"{name}：{more}" if more else f"{name}：詳細は各施設へ"),
        ("184", None, f"{name}、{tel}に電話したら見学できた"),
        ("184", None, rng.choice(CHATTER)),
    ]
    chats = []
    vpos, date = rng.randint(6000, 30000), int(when.timestamp())
    for no, (mail, premium, text) in enumerate(said, start=rng.randint(10, 400)):
        vpos += rng.randint(300, 4000)
        date += rng.randint(3, 40)
        attrs = (
            f'thread="{thread}" no="{no}" vpos="{vpos}" date="{date}" '
            f'date_usec="{rng.randint(0, 999999)}"'
        )
        if mail:
            attrs += f' mail="{mail}"'
        attrs += f' user_id="{_hash_id(rng)}"'
        attrs += f' premium="{premium}"' if premium else ' anonymity="1"'
        chats.append(f"<chat {attrs}>{escape(text)}</chat>")
    last = no
    head = (
        f'<thread resultcode="0" thread="{thread}" last_res="{last}" '
        f'ticket="0x{rng.getrandbits(32):08x}" revision="1" '
        f'server_time="{date + rng.randint(600, 86400)}"/>'
    )
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', "<packet>", head, *chats,
                      "</packet>", ""])  # fmt: skip


def pixiv_novel(row: dict[str, Any], rng: random.Random) -> str:
    """The body of a pixiv novel (pixiv's novel markup), an essay on nursery hunting: a
    ``[chapter:]`` of the call with ``[[rb: > ]]`` ruby and the number in the prose, a
    ``[newpage]``, a ``[chapter:]`` of the facility's facts with the number and the fax where
    the row has one, and a ``[[jumpuri: > ]]`` link to its web page where the row gives one."""
    name, tel = _f(row, "Name"), phone(row)
    when = _when(rng)
    first = [
        "[chapter:一　電話]",
        "",
        f"　{when.month}月{when.day}日、[[rb:保活 > ほかつ]]の手帳を開いて、{name}に電話をかけた。",
        f"　番号は{tel}。{rng.choice(PURPOSES)}だと伝えると、受話器の向こうの声はやわらかかった。",
        "　切ったあとで、息をしていなかったことに気づいた。",
        "",
        "[newpage]",
        "",
        f"[chapter:二　{name}]",
        "",
    ]
    info = [f"　{k}：{v}" for k, v in facts(row)]
    if _f(row, "Y"):
        info.append(f"　位置：北緯{_f(row, 'Y')}、東経{_f(row, 'X')}")
    info.append(f"　電話：{tel}")
    if fax(row):
        info.append(f"　FAX：{fax(row)}")
    tail = ["", "　※施設の情報は千葉市の公開データ（2018年11月時点）によります。"]
    if _f(row, "Url"):
        tail.append(f"　[[jumpuri:{name}のサイト > {_f(row, 'Url')}]]")
    return "\n".join([*first, *info, *tail, ""])


def _reading(number: str) -> str:
    """The katakana reading of a number, digit by digit (``ゼロヨンサンノ...``)."""
    return "".join(READINGS[c] for c in number)


def _entry(surface: str, cost: int, reading: str) -> str:
    """One Sudachi user dictionary line of a proper noun (名詞,固有名詞,一般): the trie headword
    (NFKC, lower case, as Sudachi normalises its input), the connection ids, the cost, the
    headword as shown, the part of speech, the reading, the normalised form, no dictionary form
    id, split type ``A`` and no splits."""
    trie = unicodedata.normalize("NFKC", surface).lower()
    ids = [str(PROPER_NOUN_ID), str(PROPER_NOUN_ID), str(cost)]
    pos = ["名詞", "固有名詞", "一般", "*", "*", "*"]
    cells = [trie, *ids, surface, *pos, reading, surface, "*", "A", "*", "*", "*"]
    return ",".join(cells)


def sudachi_user_dict(row: dict[str, Any], rng: random.Random) -> str:
    """A Sudachi user dictionary source (the CSV ``sudachipy ubuild`` reads), of a city
    chatbot's dictionary of childcare facilities: the name as a proper noun (its reading
    unknown, ``*``), the number as a proper noun so that it is never split, with its reading
    digit by digit, and the fax the same way where the row has one of its own; invented costs."""
    name, tel = _f(row, "Name"), phone(row)
    lines = [
        _entry(name, rng.randint(3000, 7000), "*"),
        _entry(tel, rng.randint(2000, 6000), _reading(tel)),
    ]
    if own_fax(row):
        lines.append(_entry(fax(row), rng.randint(2000, 6000), _reading(fax(row))))
    return "\n".join([*lines, ""])


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "tdiary_td2": tdiary_td2,
    "niconico_comments": niconico_comments,
    "pixiv_novel": pixiv_novel,
    "sudachi_user_dict": sudachi_user_dict,
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
