"""held_out_305 of the PII evaluation set: real phone fields of a register no earlier part used
(Takamatsu City's licences of lodging businesses and public baths, Kagawa; the city's hospitals
and care homes went into an earlier part, Japan's other parts took other registers) exactly as
published, in layouts no earlier part has, beside the lists' own names, addresses, postcodes and
licence numbers.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of JP (Takamatsu's hospitals, Toyama's, Iizuka's, Yaizu's,
Sapporo's, Yuzawa's, Kumamoto's and Koriyama's lists and others), KR, TW and many others; here:

* the values are the ``施設電話番号`` fields of 228 lodging businesses (hotels, ryokan and simple
  lodgings) and 74 public baths (``scripts/data/pii_jp_takamatsu_lodging.json``, written by
  ``scripts/jp_takamatsu_lodging_data.py``; source and licence in that file): Japanese numbers
  as the city's public health centre writes them, the area code, the exchange and the line
  joined by hyphens (``087-841-9464``; three IP phones ``050-5847-7445``; four of operators
  elsewhere, ``092-292-3160``, ``0875-89-1774``, ``06-6751-8888``, ``03-6875-3754``), each copy
  labelled (two in each record);
* the text around them is the same row's real fields: the facility's name, the address and
  building, the postcode (``761-0111``), the kind of business and licence, the licence number
  (``第590号``) and its date in the Japanese era (``S38.01.14``), with invented hotel numbers,
  prices, file paths, dates and times, unlabelled and scored;
* in layouts no earlier part has, lodging and personal-notes formats of Japan, text in
  Japanese: Rakuten Travel Web Service SimpleHotelSearch responses (楽天トラベル施設検索API, JSON
  of ``formatVersion`` 1: ``pagingInfo`` and one ``hotelBasicInfo`` with ``postalCode``,
  ``address1``/``address2``, ``telephoneNo`` and a ``hotelSpecial`` text repeating the number;
  the lodging rows only), Microsoft IME user-dictionary text exports (the ``!Microsoft IME
  Dictionary Tool`` header, then tab-separated reading, word, ``短縮よみ`` and comment, CRLF: the
  name with the number in its comment, the number as a word of its own, the address), howm
  memos (Emacs howm: a ``=`` title line, the ``[YYYY-MM-DD HH:MM]`` creation stamp, ``<<<`` and
  ``>>>`` links, the facts, a ``[YYYY-MM-DD]+`` to-do or ``[YYYY-MM-DD]-`` reminder repeating the
  number) and Hatena Blog AtomPub entries (the ``entry`` document POSTed to
  ``https://blog.hatena.ne.jp/{id}/{blog}/atom/entry``: title, author, Markdown ``content`` with
  a table holding the number and a sentence repeating it, ``updated``, ``category`` and
  ``app:control``/``app:draft``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_305.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_takamatsu_lodging.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_305.jsonl.gz"
SPLIT = "held_out_305"

LODGING_LAYOUTS = ("rakuten_travel", "msime_dictionary", "howm_memo", "hatena_atompub")
BATH_LAYOUTS = ("msime_dictionary", "howm_memo", "hatena_atompub")
LAYOUTS = LODGING_LAYOUTS
PHONE = "施設電話番号"

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented account and blog names of the notes' writers (no real account is meant)
USERS = ("owner", "user01", "takamatsu", "office", "pc-user")
BLOGS = (
    ("sanuki_tabi", "sanuki-tabi.hatenablog.com"), ("udon_walker", "udon-walker.hatenablog.jp"),
    ("setouchi_log", "setouchi-log.hateblo.jp"), ("yashima_note", "yashima-note.hatenablog.com"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def bath(row: dict[str, Any]) -> bool:
    """Whether the row is of the public baths' list (else the lodging businesses')."""
    return row["path"].startswith("data/new_public_baths/")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index: the baths take no hotel-search answer."""
    layouts = BATH_LAYOUTS if bath(row) else LODGING_LAYOUTS
    return layouts[n % len(layouts)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of this register's is)."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2026 (JST)."""
    start = dt.datetime(2026, 1, 6, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 320 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _name(row: dict[str, Any]) -> str:
    return _f(row, "施設名称１")


def _kind(row: dict[str, Any]) -> str:
    """The licence's kind (``旅館・ホテル``, ``簡易宿所``, ``一般公衆浴場``, ...)."""
    return _f(row, "営業の種別") if bath(row) else _f(row, "旅館業の種別")


def _address(row: dict[str, Any]) -> str:
    """The address and, where the list gives one, its second line (building, floor)."""
    return "　".join(p for p in (_f(row, "施設所在地１"), _f(row, "施設所在地２")) if p)


def _licence(row: dict[str, Any]) -> str:
    """The licence number and date as the list writes them (``第590号（S38.01.14）``)."""
    return f"{_f(row, '許可番号')}（{_f(row, '許可日')}）"


def rakuten_travel(row: dict[str, Any], rng: random.Random) -> str:
    """A Rakuten Travel SimpleHotelSearch answer (``formatVersion`` 1) of one hotel: the
    ``pagingInfo`` and one ``hotelBasicInfo`` with an invented hotel number and its page URLs,
    the name, a ``hotelSpecial`` text naming the licence and repeating the number, an invented
    lowest charge, the postcode, ``address1`` (the prefecture) and ``address2``, the number as
    ``telephoneNo`` and an empty ``faxNo``."""
    no = rng.randint(10000, 199999)
    special = (
        f"{_kind(row)}（高松市 旅館業許可 {_licence(row)}）。"
        f"ご予約・お問い合わせはお電話（{phone(row)}）でも承ります。"
    )
    info = {
        "hotelNo": no,
        "hotelName": _name(row),
        "hotelInformationUrl": f"https://travel.rakuten.co.jp/HOTEL/{no}/{no}.html",
        "planListUrl": f"https://hotel.travel.rakuten.co.jp/hotelinfo/plan/{no}",
        "dpPlanListUrl": f"https://travel.rakuten.co.jp/package/hotel/{no}/",
        "reviewUrl": f"https://travel.rakuten.co.jp/HOTEL/{no}/review.html",
        "hotelKanaName": "",
        "hotelSpecial": special,
        "hotelMinCharge": rng.choice((3500, 4800, 6000, 6600, 7700, 8800, 9900, 12100)),
        "postalCode": _f(row, "施設郵便番号"),
        "address1": "香川県",
        "address2": _address(row),
        "telephoneNo": phone(row),
        "faxNo": "",
        "access": "",
        "parkingInformation": "",
        "nearestStation": "",
        "reviewCount": rng.randint(0, 240),
    }
    answer = {
        "pagingInfo": {"recordCount": 1, "pageCount": 1, "page": 1, "first": 1, "last": 1},
        "hotels": [{"hotel": [{"hotelBasicInfo": info}]}],
    }
    return json.dumps(answer, ensure_ascii=False, indent=2) + "\n"


def _reading(row: dict[str, Any]) -> str:
    """The short reading the dictionary's owner types for the place (hiragana)."""
    if bath(row):
        return "おふろ" if _kind(row) == "一般公衆浴場" else "おんせん"
    return "ほてる" if _kind(row) == "旅館・ホテル" else "やど"


def msime_dictionary(row: dict[str, Any], rng: random.Random) -> str:
    """A Microsoft IME user dictionary as its dictionary tool exports it to text: the
    ``!Microsoft IME Dictionary Tool`` header lines (an invented user's dictionary and output
    paths and time), a blank line, then one word a line, reading, word, part of speech
    (``短縮よみ``) and comment, tab-separated, CRLF: the name with the number in its comment,
    the number as a word of its own with the name as comment, the address with the postcode."""
    user, when = rng.choice(USERS), _when(rng)
    base = _reading(row)
    lines = [
        "!Microsoft IME Dictionary Tool",
        "!Version:",
        "!Format:WORDLIST",
        f"!User Dictionary Name: C:\\Users\\{user}\\AppData\\Roaming\\Microsoft\\IME\\15.0\\"
        "IMEJP\\UserDict\\imjp15cu.dic",
        f"!Output File Name: C:\\Users\\{user}\\Documents\\ユーザー辞書_{when:%Y%m%d}.txt",
        f"!DateTime: {when:%Y/%m/%d %H:%M:%S}",
        "",
        f"{base}\t{_name(row)}\t短縮よみ\tTEL {phone(row)}",
        f"{base}でんわ\t{phone(row)}\t短縮よみ\t{_name(row)}",
        f"{base}じゅうしょ\t香川県{_address(row)}\t短縮よみ\t〒{_f(row, '施設郵便番号')}",
        "",
    ]
    return "\r\n".join(lines)


def howm_memo(row: dict[str, Any], rng: random.Random) -> str:
    """A howm memo (Emacs howm): a ``=`` title line, the ``[YYYY-MM-DD HH:MM]`` stamp, a
    ``<<<`` come-from keyword (the name), the kind, address, postcode, number and licence, a
    ``>>>`` goto link, and a to-do (``+``, a lodging) or reminder (``-``, a bath) dated a few
    weeks on, repeating the number."""
    when = _when(rng)
    later = when + dt.timedelta(days=rng.randint(3, 40))
    topic = "風呂" if bath(row) else "宿"
    if bath(row):
        task = f"[{later:%Y-%m-%d}]- {_name(row)} 営業時間を電話で確認 {phone(row)}"
    else:
        task = f"[{later:%Y-%m-%d}]+ {_name(row)} に予約の電話 {phone(row)}"
    lines = [
        f"= 高松 {topic}メモ {_name(row)}",
        f"[{when:%Y-%m-%d %H:%M}]",
        f"<<< {_name(row)}",
        f"種別: {_f(row, '業務種別')}（{_kind(row)}）",
        f"住所: 〒{_f(row, '施設郵便番号')} 香川県{_address(row)}",
        f"TEL: {phone(row)}",
        f"許可: {_licence(row)}",
        f">>> 高松{'の銭湯・温泉' if bath(row) else '出張'}",
        task,
        "",
    ]
    return "\n".join(lines)


def hatena_atompub(row: dict[str, Any], rng: random.Random) -> str:
    """A Hatena Blog AtomPub entry as POSTed to the blog's collection URI: the Atom ``entry``
    with the title, an invented Hatena ID as author, Markdown ``content`` (a heading, a
    sentence, a table of kind, address, number and licence, and a line repeating the number),
    an invented ``updated`` time, two ``category`` terms and ``app:control`` keeping it a
    draft."""
    (author, _), when = rng.choice(BLOGS), _when(rng)
    name, tel = _name(row), phone(row)
    what = "銭湯・温泉" if bath(row) else "宿"
    body = "\n".join(
        [
            f"## {name}",
            "",
            f"高松で立ち寄った{what}のメモ。{_kind(row)}です。",
            "",
            "| 項目 | 内容 |",
            "|---|---|",
            f"| 種別 | {_kind(row)} |",
            f"| 住所 | 〒{_f(row, '施設郵便番号')} 香川県{_address(row)} |",
            f"| 電話 | {tel} |",
            f"| 許可 | {_licence(row)} |",
            "",
            f"行く前に電話（{tel}）で確認するのがおすすめ。",
        ]
    )
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<entry xmlns="http://www.w3.org/2005/Atom"',
        '       xmlns:app="http://www.w3.org/2007/app">',
        f"  <title>{_x(name)}（高松）</title>",
        f"  <author><name>{author}</name></author>",
        f'  <content type="text/plain">{_x(body)}</content>',
        f"  <updated>{when:%Y-%m-%dT%H:%M:%S}</updated>",
        '  <category term="香川" />',
        f'  <category term="{"銭湯" if bath(row) else "旅行"}" />',
        "  <app:control>",
        "    <app:draft>yes</app:draft>",
        "  </app:control>",
        "</entry>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "rakuten_travel": rakuten_travel,
    "msime_dictionary": msime_dictionary,
    "howm_memo": howm_memo,
    "hatena_atompub": hatena_atompub,
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
