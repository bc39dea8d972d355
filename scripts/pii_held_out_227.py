"""held_out_227 of the PII evaluation set: real phone fields of a register no earlier part used
(Japan's roadside stations, 道の駅, as the National Council of Roadside Stations lists them;
Japan's earlier parts took city and prefectural lists) exactly as published, in layouts no
earlier part has, beside the register's own names, addresses, hours and mapcodes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of JP (Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's and
Yuzawa's city lists, the Hokkaido Government's hospitals, the Tokyo Metropolitan Government's
nurseries) and many other countries; here:

* the values are the ``tel`` fields of 540 roadside stations
  (``scripts/data/pii_jp_michi_no_eki.json``, written by ``scripts/jp_michi_no_eki_data.py``;
  source and licence in that file): Japanese numbers as the council's site writes them, the
  area code, exchange and line joined by hyphens (``01267-2-5775``, ``0124-23-1437``), a few
  run together (``0243613100``), a few with words around them or two numbers in one field
  (``0772-25-1382(FAX 0772-45-1388)``, ``道の駅事務室　0957-48-0088　...　直売所　0957-48-2242``);
  the field copied whole (stripped of blanks at its ends), each number in it labelled;
* the text around them is the same row's real fields: the station's name, prefecture, postcode
  and address (``068-2165 北海道三笠市岡山1056-1``), opening hours, Denso mapcode
  (``180 276 269``), the council's station id and page and the coordinates, with invented
  article, user, partner and department ids, thread keys, poster ids, dates and times,
  unlabelled and scored;
* in layouts no earlier part has, Japanese platforms' formats, text in Japanese: Qiita API v2
  item responses (``GET /api/v2/items/:item_id``: a Markdown ``body`` with a table of the
  station's fields and a ``:::note info`` block, its ``rendered_body`` HTML, tags, an invented
  user), Money Forward Cloud Invoice API v2 partner responses (``GET /api/v2/partners/:id``,
  JSON:API: the station as a partner with the ``御中`` suffix and a memo repeating the number,
  its department in ``included`` with ``zip``, ``tel``, ``prefecture`` and ``address1``),
  5ch (2ch) thread ``.dat`` files (``name<>mail<>date ID<>body<>title`` lines, ``<br>`` line
  breaks, ``&gt;&gt;`` anchors, HTML entities) and Hatena notation (はてな記法) blog entry
  sources (``[:contents]``, ``*``/``**`` headings, a ``|*...|`` table, ``-`` lists, a ``((...))``
  footnote, a ``[URL:title=...]`` link).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_227.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_michi_no_eki.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_227.jsonl.gz"
SPLIT = "held_out_227"

LAYOUTS = ("qiita_item", "mf_invoice_partner", "fivech_dat", "hatena_notation")
PHONE = "tel"
JST = dt.timezone(dt.timedelta(hours=9))
WEEKDAYS = "月火水木金土日"
POSTCODE = re.compile(r"(\d{3}-\d{4}) (.*)")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def postcode_and_rest(row: dict[str, Any]) -> tuple[str, str]:
    """The address's postcode (``068-2165``, "" where it has none) and the rest of it."""
    m = POSTCODE.fullmatch(_f(row, "address"))
    return (m.group(1), m.group(2)) if m else ("", _f(row, "address"))


def place(row: dict[str, Any]) -> str:
    """The address without the postcode (``北海道三笠市岡山1056-1``)."""
    return postcode_and_rest(row)[1]


def lat_lon(row: dict[str, Any]) -> tuple[str, str]:
    """The point's latitude and longitude as the register's file writes them."""
    lon, lat = row["coordinates"]
    return json.dumps(lat), json.dumps(lon)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=JST)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _iso(when: dt.datetime) -> str:
    """``2024-05-03T10:12:33+09:00``."""
    return when.isoformat(timespec="seconds")


def _token(rng: random.Random, n: int) -> str:
    """An invented URL-safe id of ``n`` characters (Money Forward's ids)."""
    raw = bytes(rng.randrange(256) for _ in range(n))
    return base64.urlsafe_b64encode(raw).decode()[:n]


def _h(value: str) -> str:
    """``value`` as HTML text."""
    return html.escape(value, quote=False)


def _station(row: dict[str, Any]) -> str:
    """The station's name with its prefix (``道の駅 三笠``)."""
    return f"道の駅 {_f(row, 'name')}"


def qiita_item(row: dict[str, Any], rng: random.Random) -> str:
    """A Qiita API v2 item as ``GET /api/v2/items/:item_id`` returns it (JSON): an invented
    20-hex-digit id, the title, a Qiita Markdown ``body`` (a heading, a table of the address,
    ``TEL``, hours, mapcode and coordinates, a ``:::note info`` block naming the council's
    page) and its ``rendered_body`` HTML, tags with empty ``versions``, invented counts, times
    and user."""
    name, pref, tel = _f(row, "name"), _f(row, "prefName"), phone(row)
    lat, lon = lat_lon(row)
    created = _when(rng)
    updated = created + dt.timedelta(minutes=rng.randint(5, 60 * 24 * 40))
    item_id = "".join(rng.choice("0123456789abcdef") for _ in range(20))
    user = rng.choice(("michieki_log", "roadside_memo", "drive_tabi", "eki_stamp"))
    fields = [
        ("所在地", _f(row, "address")),
        ("TEL", tel),
        ("営業時間", _f(row, "hours")),
        ("マップコード", _f(row, "mapcode")),
        ("座標", f"{lat}, {lon}"),
    ]
    fields = [(k, v) for k, v in fields if v]
    title = f"道の駅「{name}」（{pref}）の基本情報メモ"
    heading = f"# {_station(row)}（{pref}）"
    body = "\n".join(
        [
            heading,
            "",
            "ドライブの途中で寄った道の駅の情報を、公式サイトの掲載どおりにまとめたメモです。",
            "",
            "| 項目 | 内容 |",
            "|:--|:--|",
            *(f"| {k} | {v} |" for k, v in fields),
            "",
            ":::note info",
            f"掲載内容は道の駅公式ホームページ（{_f(row, 'uri')}）によります。",
            ":::",
            "",
        ]
    )
    anchor = re.sub(r"\s+", "-", heading[2:])
    rendered = "".join(
        [
            f'\n<h1 data-sourcepos="1:1-1:{len(heading.encode())}">\n<span id="{_h(anchor)}" '
            f'class="fragment"></span><a href="#{_h(anchor)}"><i class="fa fa-link"></i></a>'
            f"{_h(_station(row))}（{_h(pref)}）</h1>\n",
            "<p>ドライブの途中で寄った道の駅の情報を、公式サイトの掲載どおりにまとめたメモです。</p>\n",
            "<table>\n<thead>\n<tr>\n<th>項目</th>\n<th>内容</th>\n</tr>\n</thead>\n<tbody>\n",
            *(f"<tr>\n<td>{_h(k)}</td>\n<td>{_h(v)}</td>\n</tr>\n" for k, v in fields),
            "</tbody>\n</table>\n",
            '<div class="note info">\n<span class="fa fa-fw fa-check-circle"></span><div>\n',
            f'<p>掲載内容は道の駅公式ホームページ（<a href="{_h(_f(row, "uri"))}" rel="nofollow '
            f'noopener" target="_blank">{_h(_f(row, "uri"))}</a>）によります。</p>\n',
            "</div>\n</div>\n",
        ]
    )
    doc = {
        "rendered_body": rendered,
        "body": body,
        "coediting": False,
        "comments_count": rng.randint(0, 3),
        "created_at": _iso(created),
        "group": None,
        "id": item_id,
        "likes_count": rng.randint(0, 40),
        "private": False,
        "reactions_count": 0,
        "stocks_count": rng.randint(0, 25),
        "tags": [
            {"name": "道の駅", "versions": []},
            {"name": pref, "versions": []},
            {"name": "オープンデータ", "versions": []},
        ],
        "title": title,
        "updated_at": _iso(updated),
        "url": f"https://qiita.com/{user}/items/{item_id}",
        "user": {
            "description": "道の駅めぐりの記録",
            "facebook_id": "",
            "followees_count": rng.randint(0, 80),
            "followers_count": rng.randint(0, 300),
            "github_login_name": None,
            "id": user,
            "items_count": rng.randint(10, 400),
            "linkedin_id": "",
            "location": "",
            "name": "",
            "organization": "",
            "permanent_id": rng.randint(100000, 3999999),
            "profile_image_url": f"https://qiita-image-store.s3.amazonaws.com/0/"
            f"{rng.randint(100000, 3999999)}/profile-images/{rng.randint(1500000000, 1720000000)}",
            "team_only": False,
            "twitter_screen_name": None,
            "website_url": "",
        },
        "page_views_count": None,
        "team_membership": None,
        "organization_url_name": None,
        "slide": False,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def mf_invoice_partner(row: dict[str, Any], rng: random.Random) -> str:
    """A Money Forward Cloud Invoice API v2 partner as ``GET /api/v2/partners/:id`` returns it
    (JSON:API): the station as a partner of a producer who invoices it (an invented id and
    ``code`` from the station id, the name, the ``御中`` suffix, a ``memo`` with the hours,
    mapcode and the number again, invented times) and its department in ``included`` (``zip``
    from the address's postcode, ``tel`` as published, ``prefecture``, ``address1`` the rest
    of the address without the prefecture, other fields ``null``)."""
    pref, tel = _f(row, "prefName"), phone(row)
    created = _when(rng)
    updated = created + dt.timedelta(minutes=rng.randint(5, 60 * 24 * 90))
    partner_id, department_id = _token(rng, 22), _token(rng, 22)
    postcode, rest = postcode_and_rest(row)
    address1 = rest[len(pref) :] if rest.startswith(pref) else rest
    memo = f"直売所へ納品。営業時間：{_f(row, 'hours')}／電話 {tel}"
    if _f(row, "mapcode"):
        memo += f"／マップコード {_f(row, 'mapcode')}"
    stamp = "%Y-%m-%dT%H:%M:%S.000+09:00"
    doc = {
        "data": {
            "id": partner_id,
            "type": "partner",
            "attributes": {
                "code": f"MNE-{_f(row, 'stationId')}",
                "name": _station(row),
                "name_kana": "",
                "name_suffix": "御中",
                "memo": memo,
                "created_at": created.strftime(stamp),
                "updated_at": updated.strftime(stamp),
            },
            "relationships": {
                "departments": {"data": [{"id": department_id, "type": "department"}]}
            },
        },
        "included": [
            {
                "id": department_id,
                "type": "department",
                "attributes": {
                    "zip": postcode or None,
                    "tel": tel,
                    "prefecture": pref,
                    "address1": address1,
                    "address2": None,
                    "person_name": None,
                    "person_title": None,
                    "name": None,
                    "email": None,
                    "cc_emails": None,
                    "created_at": created.strftime(stamp),
                    "updated_at": created.strftime(stamp),
                },
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _dat_date(when: dt.datetime, rng: random.Random) -> str:
    """A 5ch post's date and poster id (``2024/05/03(金) 10:12:33.45 ID:AbC1dEf20``)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    poster = "".join(rng.choice(alphabet) for _ in range(8)) + rng.choice(("0", "", "a"))
    return (
        f"{when:%Y/%m/%d}({WEEKDAYS[when.weekday()]}) {when:%H:%M:%S}."
        f"{rng.randint(0, 99):02d} ID:{poster}"
    )


def _dat(value: str) -> str:
    """``value`` as a .dat body writes it (HTML entities)."""
    return html.escape(value, quote=True).replace("&#x27;", "'")


def fivech_dat(row: dict[str, Any], rng: random.Random) -> str:
    """A 5ch (2ch) thread as its ``.dat`` file stores it, one post a line
    (``name<>mail<>date ID<> body <>title``, the title on the first line only, ``<br>`` line
    breaks, ``&gt;&gt;n`` anchors, HTML entities): a thread on the station on an invented
    travel board, the council's page, the address, number and hours in a reply, the mapcode,
    and a reply that gives the number again; invented times and poster ids."""
    name, pref, tel = _f(row, "name"), _f(row, "prefName"), phone(row)
    nanashi = "名無しさん@お腹いっぱい。"
    when = _when(rng)
    posts = []
    info = [f"&gt;&gt;1 <br> 所在地 {_dat(_f(row, 'address'))}", f"TEL {_dat(tel)}"]
    if _f(row, "hours"):
        info.append(f"営業時間 {_dat(_f(row, 'hours'))}")
    bodies = [
        ("", f"{_dat(pref)}の道の駅{_dat(name)}について語りましょう <br> 公式 <br> "
         f"{_dat(_f(row, 'uri'))}"),
        ("sage", " <br> ".join(info)),
        ("", f"マップコードは {_f(row, 'mapcode')} でナビに入れると一発"
         if _f(row, "mapcode") else "駐車場広いから休憩にちょうどいい"),
        ("sage", f"&gt;&gt;2 <br> 時期で営業時間変わるから {_dat(tel)} に"
         "電話して確認したほうがいい"),
    ]  # fmt: skip
    for i, (mail, body) in enumerate(bodies):
        title = f"【{_dat(pref)}】道の駅{_dat(name)} Part1" if i == 0 else ""
        posts.append(f"{nanashi}<>{mail}<>{_dat_date(when, rng)}<> {body} <>{title}\n")
        when += dt.timedelta(seconds=rng.randint(60, 3 * 86400))
    return "".join(posts)


def _hatena(value: str) -> str:
    """``value`` as Hatena notation text (HTML passes through it, so ``<`` and ``&`` as
    entities)."""
    return html.escape(value, quote=False)


def hatena_notation(row: dict[str, Any], rng: random.Random) -> str:
    """A Hatena Blog entry's source in Hatena notation (はてな記法): ``[:contents]``, a ``*``
    heading, a paragraph, a ``**`` heading over a ``|*項目|*内容|`` table of the address,
    number, hours and mapcode, a ``-`` list with the visit date, a footnote ``((...))`` and
    the number again, and a ``[URL:title=...]`` link to the council's page."""
    name, pref, tel = _f(row, "name"), _f(row, "prefName"), phone(row)
    when = _when(rng)
    table = [
        "|*項目|*内容|",
        f"|所在地|{_hatena(_f(row, 'address'))}|",
        f"|電話|{_hatena(tel)}|",
    ]
    if _f(row, "hours"):
        table.append(f"|営業時間|{_hatena(_f(row, 'hours'))}|")
    if _f(row, "mapcode"):
        table.append(f"|マップコード|{_f(row, 'mapcode')}|")
    lines = [
        "[:contents]",
        "",
        f"*道の駅「{_hatena(name)}」",
        "",
        f"{_hatena(pref)}の道の駅「{_hatena(name)}」に立ち寄りました。スタンプも押してきました。",
        "",
        "**基本情報",
        "",
        *table,
        "",
        "**メモ",
        "",
        f"-立ち寄った日：{when.year}年{when.month}月{when.day}日",
        f"-問い合わせ先：{_hatena(tel)}((営業時間や休館日は季節で変わるので、"
        "行く前に公式ページで確認を。))",
        f"-[{_f(row, 'uri')}:title=道の駅「{_hatena(name)}」（道の駅公式ホームページ）]",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "qiita_item": qiita_item,
    "mf_invoice_partner": mf_invoice_partner,
    "fivech_dat": fivech_dat,
    "hatena_notation": hatena_notation,
}


def international(value: str) -> bool:
    """Whether a labelled number is written with a country code (none in this register)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
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
