"""held_out_297 of the PII evaluation set: real phone fields of a register no earlier part used
(Koriyama City's nurseries, kindergartens and other childcare facilities, Fukushima; Japan's
earlier parts took other registers) exactly as published, in layouts no earlier part has, beside
the list's own names, kinds, addresses, hours, capacities and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of JP (among them Toyama's, Sapporo's and the Tokyo Metropolitan
Government's nursery lists) and many other countries; here:

* the values are the ``TEL`` and ``FAX`` fields of 153 childcare facilities of Koriyama City
  (``scripts/data/pii_jp_koriyama_nurseries.json``, written by
  ``scripts/jp_koriyama_nurseries_data.py``; source and licence in that file): Japanese numbers
  as the city writes them, the area code ``024``, the exchange and the line joined by hyphens
  (``024-944-3601``; operators' numbers elsewhere, ``022-796-1940``; one IP phone,
  ``050-1226-2134``), each copy labelled under ``TEL``; the fax of the 117 rows that have one,
  each copy labelled under ``FAX`` (where the fax is the phone's own number, 42 rows, every copy
  of it is labelled under ``TEL``);
* the text around them is the same row's real fields: the name, the kind, public or private,
  the address and building, the capacity, the ages taken, the opening hours, the note on
  extended care and the coordinates, with the city's local government code (``072036``, an id)
  and invented row ids, dates, page ids and times, unlabelled and scored;
* in layouts no earlier part has, Japanese formats, text in Japanese: HDML 3.0 decks of an
  EZweb (au) mobile site (``DISPLAY`` cards, ``WRAP``/``BR``, an ``A TASK=CALL NUMBER=`` link
  and the number in the card's text, a second card with the hours and the fax), ARIB STD-B24
  BML documents of a local broadcaster's data broadcast (the ``bml`` DOCTYPE and version
  processing instruction, CSS with ``color-index``, ``div``/``p`` elements at fixed positions,
  the number in a ``p`` and in an inquiry line), rows of the Digital Agency's standard open
  data set for childcare facilities (自治体標準オープンデータセット 子育て施設一覧: its header
  and one row, the number under ``電話番号``, the fax in ``連絡先備考``) and Hiki wiki pages
  (``!`` headings, ``||`` table rows, ``'''`` bold, ``*`` lists, ``[[ ]]`` links).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_297.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_koriyama_nurseries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_297.jsonl.gz"
SPLIT = "held_out_297"

LAYOUTS = ("hdml_deck", "bml_document", "kosodate_opendata_csv", "hiki_page")
PHONE, FAX = "TEL", "FAX"
EDGES = {"phone": r"\d", "fax": r"\d"}
# the city's local government code (全国地方公共団体コード, JIS X 0402 with its check digit)
CITY_CODE = "072036"
CITY = "郡山市"
PREFECTURE = "福島県"

# the columns of the Digital Agency's standard data set of childcare facilities
OPENDATA_COLUMNS = (
    "全国地方公共団体コード", "ID", "地方公共団体名", "名称", "名称_カナ", "名称_英字", "種別",
    "所在地_連結表記", "所在地_都道府県", "所在地_市区町村", "所在地_町字", "所在地_番地以下",
    "建物名等(方書)", "緯度", "経度", "電話番号", "内線番号", "連絡先メールアドレス",
    "連絡先FormURL", "連絡先備考（その他、SNSなど）", "郵便番号", "法人番号", "団体名",
    "利用可能曜日", "開始時間", "終了時間", "利用可能日時特記事項", "定員", "入所参考年齢",
    "画像", "画像_ライセンス", "URL", "備考",
)  # fmt: skip

# invented purposes of the wiki pages and broadcast pages (no real page is meant)
PURPOSES = (
    "見学の申し込み", "入所の相談", "一時預かりの問い合わせ", "延長保育の確認",
    "申請書類の受け取り", "子育て相談",
)  # fmt: skip

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's ``TEL`` field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's ``FAX`` field as published, stripped ("" where the row has none)."""
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
    """``text`` as a record: every copy of the row's ``TEL`` and of its ``FAX`` labelled (a fax
    that is the phone's own number is the phone's). Each copy stands apart (no digit next to
    it)."""
    values = [("phone", phone(row))]
    if own_fax(row):
        values.append(("fax", fax(row)))
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def address(row: dict[str, Any]) -> str:
    """The street address and the building, as the list gives them (``郡山市芳賀二丁目5-6``)."""
    return " ".join(v for v in (_f(row, "Add1"), _f(row, "Add2")) if v)


def ages(row: dict[str, Any]) -> str:
    """The ages taken (``1歳～5歳``), "" where the row gives none."""
    return "～".join(v for v in (_f(row, "AgeS"), _f(row, "AgeE")) if v)


def hours(row: dict[str, Any]) -> str:
    """The opening hours (``7:30～19:30``), "" where the row gives none."""
    if not _f(row, "Open"):
        return ""
    return f"{_f(row, 'Open')}～{_f(row, 'Close')}"


def capacity(row: dict[str, Any]) -> str:
    """The capacity (``90人``), "" where the row gives none."""
    return f"{_f(row, 'Full')}人" if _f(row, "Full") else ""


def extended(row: dict[str, Any]) -> str:
    """The note on extended care (``あり``, ``18：30～19：30``), "" where the row gives none."""
    return _f(row, "Memo")


def facts(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's facts other than its numbers that it gives, as (label, text) pairs."""
    pairs = [
        ("種別", f"{_f(row, 'Type')}（{_f(row, 'Ownership')}）"),
        ("受入年齢", ages(row)),
        ("定員", capacity(row)),
        ("開所時間", hours(row)),
        ("延長保育", extended(row)),
    ]
    return [(k, v) for k, v in pairs if v]


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def hdml_deck(row: dict[str, Any], rng: random.Random) -> str:
    """An HDML 3.0 deck of an EZweb (au) mobile site of the city's childcare guide: a ``top``
    card (``DISPLAY``) with the name, kind and address, the number in the text and in an ``A
    TASK=CALL NUMBER=`` link, a ``GO`` link to an ``info`` card with the ages, capacity, hours,
    extended care and the fax where the row has one, and a ``PREV`` link back; an invented
    deck time-to-live."""
    name, tel = _f(row, "Name"), phone(row)
    ttl = rng.choice((0, 60, 300, 3600))
    info = [f"{k}:{_x(v)}" for k, v in facts(row)[1:]]
    if fax(row):
        info.append(f"FAX:{fax(row)}")
    info_lines = []
    for line in info:
        info_lines += [line, "<BR>"]
    lines = [
        f"<HDML VERSION=3.0 TTL={ttl} PUBLIC=TRUE>",
        f"<DISPLAY NAME=top TITLE={quoteattr(name)}>",
        "<CENTER>郡山市 子育て施設案内",
        "<BR>",
        f"<WRAP><B>{_x(name)}</B>",
        "<BR>",
        f"<WRAP>{_x(_f(row, 'Type'))}（{_x(_f(row, 'Ownership'))}）",
        "<BR>",
        f"<WRAP>住所:{_x(address(row))}",
        "<BR>",
        f"TEL:{tel}",
        "<BR>",
        f'<A TASK=CALL NUMBER="{tel}" LABEL=発信>電話する</A>',
        "<BR>",
        "<A TASK=GO DEST=#info LABEL=詳細>施設の詳細</A>",
        "</DISPLAY>",
        f"<DISPLAY NAME=info TITLE={quoteattr(name + ' 詳細')}>",
        *info_lines,
        f"{_x(rng.choice(PURPOSES))}は各施設へ",
        "<BR>",
        "<A TASK=PREV LABEL=戻る>戻る</A>",
        "</DISPLAY>",
        "</HDML>",
        "",
    ]
    return "\n".join(lines)


def bml_document(row: dict[str, Any], rng: random.Random) -> str:
    """An ARIB STD-B24 BML document of a local broadcaster's data broadcast (the d button's
    childcare page): the BML DOCTYPE and version processing instruction, a ``head`` with the
    title, a script and CSS of fixed-size text with ``color-index``, a ``body`` of 960x540 with
    a ``div`` of ``p`` elements at fixed positions (the name, kind, address, the number after
    ``TEL``, the fax where the row has one, the hours and capacity) and a footer line
    naming the number again; invented element positions and update date."""
    name, tel = _f(row, "Name"), phone(row)
    when = _when(rng)
    top = rng.choice((48, 60, 72))
    lines_text = [
        ("name", _x(name)),
        ("kind", f"{_x(_f(row, 'Type'))}（{_x(_f(row, 'Ownership'))}）"),
        ("addr", f"所在地　{_x(address(row))}"),
        ("tel", f"TEL　{tel}"),
    ]
    if fax(row):
        lines_text.append(("fax", f"FAX　{fax(row)}"))
    detail = "　".join(f"{k} {_x(v)}" for k, v in facts(row)[2:4])
    if detail:
        lines_text.append(("detail", detail))
    paras = []
    for i, (pid, text) in enumerate(lines_text):
        paras.append(
            f'<p id="{pid}" style="left:0px;top:{i * 42}px;width:840px;height:36px;">{text}</p>'
        )
    footer = f"{_x(rng.choice(PURPOSES))}は{_x(name)}（{tel}）へ"
    lines = [
        '<?xml version="1.0" encoding="EUC-JP" ?>',
        '<!DOCTYPE bml PUBLIC "+//ARIB STD-B24:1999//DTD BML Document//JA" "bml_1_0.dtd">',
        '<?bml bml-version="100.0" ?>',
        "<bml>",
        "<head>",
        f"<title>子育て施設案内 {_x(name)}</title>",
        "<script><![CDATA[",
        "function onLoad() {",
        '  document.getElementById("name").normalStyle.colorIndex = "7";',
        "}",
        "]]></script>",
        "<style><![CDATA[",
        "p { font-family: 丸ゴシック; font-size: 24px; line-height: 36px; "
        "color-index: 7; background-color-index: 8; }",
        "#name { font-size: 30px; color-index: 4; }",
        "]]></style>",
        "</head>",
        '<body style="resolution:960x540;displayaspect-ratio:16v9;background-color-index:8;" '
        'onload="onLoad()">',
        f'<div id="main" style="left:60px;top:{top}px;width:840px;height:360px;">',
        *paras,
        "</div>",
        f'<div id="footer" style="left:60px;top:{top + 380}px;width:840px;height:72px;">',
        f'<p id="info" style="left:0px;top:0px;width:840px;height:36px;">{footer}</p>',
        f'<p id="date" style="left:0px;top:36px;width:840px;height:36px;">'
        f"{when.year}年{when.month}月{when.day}日更新　郡山市の公開データより</p>",
        "</div>",
        "</body>",
        "</bml>",
        "",
    ]
    return "\n".join(lines)


def kosodate_opendata_csv(row: dict[str, Any], rng: random.Random) -> str:
    """The Digital Agency's standard open data set of childcare facilities (自治体標準オープン
    データセット 子育て施設一覧) as a city publishes it: the header row and the row's facility
    (CRLF, quoted where a field needs it): the city's local government code, a row id, the
    city, the name, kind, the address joined with the prefecture and its parts, the building,
    the coordinates, the number under ``電話番号``, the fax in ``連絡先備考`` where the row has
    one, the hours, the note on extended care, the capacity, the ages and public or private
    as ``備考``; the fields the list lacks left empty."""
    values = dict.fromkeys(OPENDATA_COLUMNS, "")
    values.update({
        "全国地方公共団体コード": CITY_CODE,
        "ID": f"{CITY_CODE}{int(row['path'].rsplit('#', 1)[1]) + 1:04d}",
        "地方公共団体名": PREFECTURE + CITY,
        "名称": _f(row, "Name"),
        "種別": _f(row, "Type"),
        "所在地_連結表記": PREFECTURE + address(row).replace(" ", ""),
        "所在地_都道府県": PREFECTURE,
        "所在地_市区町村": CITY,
        "建物名等(方書)": _f(row, "Add2"),
        "緯度": _f(row, "Y"),
        "経度": _f(row, "X"),
        "電話番号": phone(row),
        "連絡先備考（その他、SNSなど）": f"FAX {fax(row)}" if fax(row) else "",
        "開始時間": _f(row, "Open"),
        "終了時間": _f(row, "Close"),
        "利用可能日時特記事項": f"延長保育 {extended(row)}" if extended(row) else "",
        "定員": _f(row, "Full"),
        "入所参考年齢": ages(row),
        "備考": _f(row, "Ownership"),
    })  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(OPENDATA_COLUMNS)
    writer.writerow([values[c] for c in OPENDATA_COLUMNS])
    return out.getvalue()


def hiki_page(row: dict[str, Any], rng: random.Random) -> str:
    """A Hiki wiki page (Hiki's text formatting rules) of a parents' circle's wiki about the
    facility: a ``!`` heading, a lead line with ``'''`` bold, a ``!!`` section with ``||`` table
    rows (address, phone, the fax where the row has one, the facts), a ``!!`` section with a
    ``*`` list repeating the number, and ``[[ ]]`` links; an invented visit date."""
    name, tel = _f(row, "Name"), phone(row)
    when = _when(rng)
    table = [f"||所在地||{address(row)}", f"||電話||{tel}"]
    if fax(row):
        table.append(f"||FAX||{fax(row)}")
    table += [f"||{k}||{v}" for k, v in facts(row)[1:]]
    lines = [
        f"! {name}",
        "",
        f"郡山市の'''{_f(row, 'Type')}'''（{_f(row, 'Ownership')}）。"
        f"{when.month}月{when.day}日に見学した記録をもとにまとめています。",
        "",
        "!! 基本情報",
        *table,
        "",
        "!! 問い合わせ",
        f"* {rng.choice(PURPOSES)}は電話（{tel}）で受け付けています。",
        f"* 位置：北緯{_f(row, 'Y')}、東経{_f(row, 'X')}",
        "",
        "[[郡山市の保育施設一覧]] / [[子育てサークル トップ|FrontPage]]",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "hdml_deck": hdml_deck,
    "bml_document": bml_document,
    "kosodate_opendata_csv": kosodate_opendata_csv,
    "hiki_page": hiki_page,
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
