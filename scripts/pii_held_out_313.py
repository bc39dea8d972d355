"""held_out_313 of the PII evaluation set: real phone fields of a register no earlier part used
(the Tokyo Metropolitan Government's list of its public facilities, 公共施設一覧: libraries,
museums, halls, parks and gardens; Japan's earlier parts took other registers, among them the
same government's nurseries) exactly as published, in layouts no earlier part has, beside the
list's own names, addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of JP (Takamatsu's, Toyama's, Iizuka's, Koriyama's lists, the
Tokyo Metropolitan Government's nurseries and others) and many other countries; here:

* the values are the ``電話番号`` fields of 134 metropolitan facilities
  (``scripts/data/pii_jp_tokyo_public_facilities.json``, written by
  ``scripts/jp_tokyo_public_facilities_data.py``; source and licence in that file): Japanese
  numbers as the list writes them, area code, exchange and line joined by hyphens
  (``03-3442-8451``, ``042-359-4020``, ``0422-47-6900``, ``04998-2-7170``; one without its area
  code, ``3636-9365``), each copy labelled; a number is the same for several parks that one
  park office manages, and it is labelled wherever it stands;
* the text around them is the same row's real fields: the name, the POI code (``1003a``), the
  address (``東京都港区南麻布5-7-13``), coordinates, the days and closing days, the
  description, web page, access, parking and fees, with invented entity ids, sequence numbers,
  dictionary costs and dates, unlabelled and scored;
* in layouts no earlier part has, text in Japanese: NGSI-LD entities of a FIWARE smart-city
  data platform in the recommended data set's data model of NEC's ``cio`` smart data models
  (``公共施設一覧``, the number as ``電話番号`` Property and again in ``備考``), FreeStyleWiki
  (FSWiki) pages of a facility wiki (``!!!`` headings, ``,`` table rows, ``*`` lists, a bold
  inquiry line), MeCab user-dictionary source CSV of a facility-name dictionary (the name as
  ``名詞,固有名詞,組織`` and the number as its own noun entry, surface and base form), and
  SATySFi documents of the ``stdja`` class (a guide sheet: a ``+listing`` and the paragraph's
  ``\\footnote`` naming the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_313.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_tokyo_public_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_313.jsonl.gz"
SPLIT = "held_out_313"

LAYOUTS = ("ngsi_ld_entity", "fswiki_page", "mecab_user_dic", "satysfi_doc")
PHONE = "電話番号"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# what the list's POI codes stand for, read off the rows that carry them
KINDS = {
    "1512a": "図書館", "0801a": "博物館", "0802a": "美術館", "1012a": "文化会館・劇場",
    "1002a": "自然公園", "1003a": "都立公園", "1004a": "都立庭園",
}  # fmt: skip
# the NGSI-LD core context and the cio data model's context (NEC-FIWARE/smart-data-models)
CONTEXT = [
    "https://raw.githubusercontent.com/NEC-FIWARE/smart-data-models/master/cio/"
    "12_公共施設一覧/datamodels.context-ngsi.jsonld",
    "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.6.jsonld",
]
# SATySFi's reserved characters in inline text, each written with a backslash
SATYSFI_SPECIAL = set("\\{}<>|*;%#$@`")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped (four end in a blank or an ideographic
    space)."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def kind(row: dict[str, Any]) -> str:
    """What the facility is, by its POI code (``都立公園``)."""
    return KINDS.get(_f(row, "POIコード"), "公共施設")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _index(row: dict[str, Any]) -> int:
    """The row's place in the list's file (its ``path``'s ``#`` number)."""
    return int(row["path"].rsplit("#", 1)[1])


def ngsi_ld_entity(row: dict[str, Any], rng: random.Random) -> str:
    """An NGSI-LD entity (``POST /ngsi-ld/v1/entities``, ``application/ld+json``) of type
    ``公共施設一覧`` in the recommended data set's data model of NEC's ``cio`` smart data models:
    the Tokyo code ``130001`` and an ``NO`` by the row's place, the list's fields as Properties
    (coordinates as numbers), the number as ``電話番号`` and again in ``備考``, the point as the
    ``location`` GeoProperty, and an invented ``observedAt`` on the phone."""
    tel, name = phone(row), _f(row, "名称")
    no = f"{_index(row) + 1:04d}"
    when = _when(rng)

    def prop(value: Any) -> dict[str, Any]:
        return {"type": "Property", "value": value}

    entity: dict[str, Any] = {
        "id": f"urn:ngsi-ld:公共施設一覧:130001-{no}",
        "type": "公共施設一覧",
        "都道府県コード又は市区町村コード": prop("130001"),
        "NO": prop(no),
        "都道府県名": prop(_f(row, "都道府県名")),
        "名称": prop(name),
        "POIコード": prop(_f(row, "POIコード")),
        "住所": prop(_f(row, "住所")),
        "緯度": prop(float(_f(row, "緯度"))),
        "経度": prop(float(_f(row, "経度"))),
        "電話番号": {
            **prop(tel),
            "observedAt": when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        },
    }
    for key in ("利用可能曜日", "利用可能日時特記事項", "説明", "URL"):
        if _f(row, key):
            entity[key] = prop(_f(row, key))
    entity["備考"] = prop(f"{kind(row)}。お問い合わせは{tel}（{name}）まで。")
    entity["location"] = {
        "type": "GeoProperty",
        "value": {"type": "Point", "coordinates": [float(_f(row, "経度")), float(_f(row, "緯度"))]},
    }
    entity["@context"] = CONTEXT
    return json.dumps(entity, ensure_ascii=False, indent=2) + "\n"


def _fswiki_cell(value: str) -> str:
    """``value`` as an FSWiki table cell (quoted, inner quotes doubled, where it holds a comma
    or a quote)."""
    if "," in value or '"' in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def fswiki_page(row: dict[str, Any], rng: random.Random) -> str:
    """A FreeStyleWiki (FSWiki) page of a facility wiki: a ``!!!`` heading with the name, a bold
    (``'''``) inquiry line with the number, a ``!!`` section with a ``,``-separated table of the
    address, number, kind and POI code, days, hours, coordinates, parking and fees, a ``*`` list
    repeating the number beside the access and the web page as ``[label|url]``, and a
    ``[[ ]]`` link back to the list page; an invented last-checked date."""
    tel, name = phone(row), _f(row, "名称")
    when = _when(rng)
    cells = [
        ("所在地", _f(row, "住所")),
        ("電話番号", tel),
        ("区分", f"{kind(row)}（POIコード {_f(row, 'POIコード')}）"),
        ("利用可能曜日", _f(row, "利用可能曜日")),
        ("利用可能日時特記事項", _f(row, "利用可能日時特記事項")),
        ("緯度・経度", f"{_f(row, '緯度')}, {_f(row, '経度')}"),
        (
            "駐車場",
            _f(row, "駐車場情報") or ("あり" if _f(row, "駐車場_有無") == "True" else "なし"),
        ),
        ("料金", _f(row, "料金(詳細)") or ("有料" if _f(row, "料金_要否") == "True" else "無料")),
    ]
    lines = [
        f"!!!{name}",
        "",
        f"'''お問い合わせ：{tel}'''",
        "",
    ]
    if _f(row, "説明"):
        lines += [_f(row, "説明"), ""]
    lines += ["!!施設情報", ",項目,内容"]
    lines += [f",{key},{_fswiki_cell(value)}" for key, value in cells if value]
    lines += ["", "!!メモ"]
    if _f(row, "アクセス方法"):
        lines.append(f"*アクセス：{_f(row, 'アクセス方法')}")
    lines.append(f"*電話での問い合わせ先は {tel} です（{when:%Y年%m月%d日}確認）。")
    if _f(row, "URL"):
        lines.append(f"*[公式サイト|{_f(row, 'URL')}]")
    lines += ["", "----", "[[都立施設一覧]]に戻る", ""]
    return "\n".join(lines)


def mecab_user_dic(row: dict[str, Any], rng: random.Random) -> str:
    """A MeCab user-dictionary source CSV (the input of ``mecab-dict-index``) of a facility
    dictionary: the name as ``名詞,固有名詞,組織`` and the number as a noun of its own
    (``名詞,固有名詞,一般``, surface and base form), left and right context ids left empty for
    ``mecab-dict-index`` to fill, invented costs, readings unknown (``*``); a comment-free CSV
    as MeCab takes it, one entry a line."""
    tel, name = phone(row), _f(row, "名称")
    lines = [
        f"{name},,,{rng.randint(2000, 6000)},名詞,固有名詞,組織,*,*,*,{name},*,*",
        f"{tel},,,{rng.randint(2000, 6000)},名詞,固有名詞,一般,*,*,*,{tel},*,*",
        "",
    ]
    return "\n".join(lines)


def _saty(value: str) -> str:
    """``value`` as SATySFi inline text (reserved characters written with a backslash)."""
    return "".join(f"\\{c}" if c in SATYSFI_SPECIAL else c for c in value)


def satysfi_doc(row: dict[str, Any], rng: random.Random) -> str:
    """A SATySFi document of the ``stdja`` class, a one-page guide sheet: the document record
    (title, author, ``show-title``, ``show-toc``), a ``+section`` with the name, a
    ``+listing`` of the address, number, kind, days and closing days, and a ``+p`` paragraph
    with the description and a ``\\footnote`` repeating the number; an invented edition date."""
    tel, name = phone(row), _f(row, "名称")
    when = _when(rng)
    items = [
        f"所在地：{_saty(_f(row, '住所'))}",
        f"電話：{tel}",
        f"区分：{kind(row)}（POIコード {_saty(_f(row, 'POIコード'))}）",
    ]
    if _f(row, "利用可能曜日"):
        items.append(f"利用可能曜日：{_saty(_f(row, '利用可能曜日'))}")
    if _f(row, "利用可能日時特記事項"):
        items.append(f"特記事項：{_saty(_f(row, '利用可能日時特記事項'))}")
    para = _saty(_f(row, "説明")) if _f(row, "説明") else f"{_saty(name)}のご案内です。"
    lines = [
        "@require: stdja",
        "",
        "document (|",
        f"  title = {{{_saty(name)} ご案内}};",
        "  author = {東京都};",
        "  show-title = true;",
        "  show-toc = false;",
        "|) '<",
        f"  +section{{{_saty(name)}}}<",
        "    +listing{",
        *[f"      * {item}" for item in items],
        "    }",
        "    +p{",
        f"      {para}\\footnote{{お問い合わせは{tel}まで（{when:%Y年%m月%d日}現在）。}}",
        "    }",
        "  >",
        ">",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ngsi_ld_entity": ngsi_ld_entity,
    "fswiki_page": fswiki_page,
    "mecab_user_dic": mecab_user_dic,
    "satysfi_doc": satysfi_doc,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the list's does)."""
    return value.startswith("+")


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
