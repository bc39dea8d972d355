"""held_out_180 of the PII evaluation set: real phone fields of a register no earlier part used
(the National Health Insurance Administration's list of the medical institutions of its
Integrated Home-Based Medical Care plan, Taiwan; Taiwan's earlier parts took the same
administration's mask-stock list of pharmacies and health centres, the Ministry of Education's
elementary schools and Hsinchu City's medical institutions) exactly as published, in layouts no
earlier part has, beside the list's own codes, names, addresses, dates and care teams.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, TW (pharmacies and health centres,
elementary schools, Hsinchu's medical institutions) and many others; here:

* the values are the ``醫事機構電話`` fields of 500 clinics and hospitals of the plan
  (``scripts/data/pii_tw_nhi_home_care.json``, written by ``scripts/tw_nhi_home_care_data.py``;
  source and licence in that file): Taiwanese numbers as the administration writes them, the
  area code in brackets and the subscriber's digits with no separator (``(02)29716626``,
  ``(04)7776789``, ``(037)670166``, ``(049)2307728``, one ``(037)37558666`` with a digit too
  many, kept as published), each copy labelled;
* the text around them is the same row's real fields: the ten-digit institution code
  (``0140010028``), the name, whether it leads its care team (``V``), the address, the effective
  dates (``20170627``, ``29101231``) and the care team's code (``HM40010002``) and name, with
  invented document numbers, article ids, dates, times and cell positions, unlabelled and
  scored; one invented address of the documentation range (``203.0.113.0/24``) in each PTT
  article's signature line, which the part does not label;
* in layouts no earlier part has, formats of Taiwan's offices and networks, text in
  Traditional Chinese: official documents (公文) in the exchange XML of the National Archives
  Administration's 文書及檔案管理電子化作業規範 (a ``函`` by the DTD ``104_2_utf8.dtd``: the
  institution's ``聯絡方式`` with the number, a ``說明`` item repeating it), PTT bulletin-board
  articles as the BBS stores them (``作者``/``看板``/``標題``/``時間`` header, the number in the
  body and in the author's reply to a push), HackMD notes (YAML metadata, ``[TOC]``, ``:::info``
  and ``:::warning`` containers, a Markdown table with the number and a task item repeating it)
  and EtherCalc rooms in SocialCalc's save format (the multipart
  ``SocialCalcSpreadsheetControlSave`` with ``cell:D2:t:`` holding the number and a note cell
  repeating it, colons escaped ``\\c``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_180.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_nhi_home_care.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_180.jsonl.gz"
SPLIT = "held_out_180"

LAYOUTS = ("gongwen_di", "ptt_article", "hackmd_note", "ethercalc_save")
PHONE = "醫事機構電話"

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the administration's regional divisions (業務組), by the county or city an address starts with
DIVISIONS = {
    "臺北業務組": ("臺北市", "台北市", "新北市", "基隆市", "宜蘭縣", "金門縣", "連江縣"),
    "北區業務組": ("桃園市", "新竹縣", "新竹市", "苗栗縣"),
    "中區業務組": ("臺中市", "台中市", "彰化縣", "彰化市", "南投縣"),
    "南區業務組": ("雲林縣", "嘉義縣", "嘉義市", "臺南市", "台南市"),
    "高屏業務組": ("高雄市", "屏東縣", "澎湖縣"),
    "東區業務組": ("花蓮縣", "臺東縣", "台東縣"),
}  # fmt: skip
NHIA = "衛生福利部中央健康保險署"

# invented PTT ids (letters only) and boards of the field
PTT_IDS = (
    "lumiere", "skywalkr", "okaerii", "meowmeow", "tsubasa", "nightowl", "yuzuchan",
    "kaelan", "bluefish", "mochimo", "sunnyday", "pinkpanda",
)  # fmt: skip
PTT_BOARDS = ("Nurse", "Doctor-Info")
PUSHES = ("感謝分享", "推推 家裡長輩剛好需要", "請問收案範圍有到鄰近鄉鎮嗎", "好資訊 先收藏")
WEEKDAYS_ZH = "一二三四五六日"


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def lead(row: dict[str, Any]) -> bool:
    """Whether the institution leads its care team (``主責機構註記`` is ``V``)."""
    return _f(row, "主責機構註記") == "V"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def division(row: dict[str, Any]) -> str:
    """The administration's regional division of the row's address (the administration's
    name where the address starts otherwise)."""
    address = _f(row, "醫事機構地址")
    for name, places in DIVISIONS.items():
        if address.startswith(places):
            return f"{NHIA}{name}"
    return NHIA


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (Taiwan time)."""
    start = dt.datetime(2025, 1, 6, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return start + dt.timedelta(seconds=rng.randint(0, 320 * 86400))


def _ymd(value: str) -> str:
    """A list date (``20160301``) as ``2016-03-01``."""
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _role(row: dict[str, Any]) -> str:
    """The institution's part in its team, in words."""
    return "主責機構" if lead(row) else "團隊成員"


def gongwen_di(row: dict[str, Any], rng: random.Random) -> str:
    """The institution's letter (函) to its regional division on its part in the plan, in the
    official-document exchange XML (DI) of the ``函`` DTD: the institution's address and
    ``聯絡方式`` with the number, a ``說明`` item repeating it."""
    name, tel, when = _f(row, "醫事機構名稱"), phone(row), _when(rng)
    roc = when.year - 1911
    serial = f"{roc}{rng.randint(0, 9999999):07d}"
    team, team_code = _f(row, "整合團隊名稱"), _f(row, "整合團隊代碼")
    start = _f(row, "生效起日")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<!DOCTYPE 函 SYSTEM "104_2_utf8.dtd">',
        "<函>",
        "<發文機關>",
        f"<全銜>{_x(name)}</全銜>",
        "</發文機關>",
        '<函類別 代碼="函"/>',
        f"<地址>{_x(_f(row, '醫事機構地址'))}</地址>",
        f"<聯絡方式>承辦單位：{rng.choice(('居家醫療小組', '社區醫療部', '行政室'))}</聯絡方式>",
        f"<聯絡方式>電話：{_x(tel)}</聯絡方式>",
        "<受文者>",
        f"<全銜>{_x(division(row))}</全銜>",
        "</受文者>",
        "<發文日期>",
        f"<年月日>中華民國{roc}年{when.month}月{when.day}日</年月日>",
        "</發文日期>",
        "<發文字號>",
        f"<字>{rng.choice(('居醫', '醫行', '院醫'))}</字>",
        "<文號>",
        f"<年度>{roc}</年度>",
        f"<流水號>{serial}</流水號>",
        "<支號/>",
        "</文號>",
        "</發文字號>",
        '<速別 代碼="普通件"/>',
        "<密等及解密條件或保密期限>",
        "<密等/>",
        "<解密條件或保密期限/>",
        "</密等及解密條件或保密期限>",
        "<附件>",
        "<文字>團隊成員名冊1份</文字>",
        "</附件>",
        "<主旨>",
        f"<文字>檢送本院（所）參與全民健康保險居家醫療照護整合計畫「{_x(team)}」"
        f"（團隊代碼{_x(team_code)}）之成員名冊，請 查照。</文字>",
        "</主旨>",
        '<段落 段名="說明：">',
        '<條列 序號="一、">',
        "<文字>依全民健康保險居家醫療照護整合計畫辦理。</文字>",
        "</條列>",
        '<條列 序號="二、">',
        f"<文字>本院（所）醫事機構代碼{_x(_f(row, '醫事機構代碼'))}，自{_x(_ymd(start))}起"
        f"以{_role(row)}身分參與旨揭團隊。</文字>",
        "</條列>",
        '<條列 序號="三、">',
        f"<文字>如有疑義，請逕洽本院（所）居家醫療聯繫窗口，電話{_x(tel)}。</文字>",
        "</條列>",
        "</段落>",
        "<正本>",
        f"<全銜>{_x(division(row))}</全銜>",
        "</正本>",
        "<副本>",
        f"<全銜>{_x(name)}</全銜>",
        "</副本>",
        "<署名/>",
        "</函>",
        "",
    ]
    return "\n".join(lines)


def ptt_article(row: dict[str, Any], rng: random.Random) -> str:
    """A PTT article as the BBS stores it, sharing the institution's home-care service: the
    header lines, the number in the body, pushes and the author's reply repeating it."""
    name, tel, when = _f(row, "醫事機構名稱"), phone(row), _when(rng)
    author = rng.choice(PTT_IDS)
    nick = rng.choice(("路過護理師", "居家小護士", "長照新手", "夜班人"))
    board = rng.choice(PTT_BOARDS)
    place = _f(row, "醫事機構地址")[:3]
    epoch = int(when.timestamp())
    aid = f"M.{epoch}.A.{rng.randint(0, 0xFFF):03X}"
    pushers = rng.sample([p for p in PTT_IDS if p != author], 2)
    later = when + dt.timedelta(minutes=rng.randint(5, 200))
    stamp = later.strftime("%m/%d %H:%M")
    reply = (when + dt.timedelta(minutes=rng.randint(205, 600))).strftime("%m/%d %H:%M")
    lines = [
        f"作者: {author} ({nick}) 看板: {board}",
        f"標題: [{rng.choice(('情報', '分享'))}] {place}居家醫療照護整合計畫院所 {name}",
        f"時間: {when.strftime('%a %b %d %H:%M:%S %Y')}",
        "",
        "最近在幫家裡長輩找居家醫療，整理一下查到的健保居家醫療照護整合計畫院所，",
        "給有需要的板友參考：",
        "",
        f"院所名稱：{name}",
        f"醫事機構代碼：{_f(row, '醫事機構代碼')}",
        f"地址：{_f(row, '醫事機構地址')}",
        f"電話：{tel}",
        f"整合團隊：{_f(row, '整合團隊名稱')}（{_f(row, '整合團隊代碼')}）",
        f"計畫生效日：{_f(row, '生效起日')}",
        "",
        "收案前要先請醫師評估，詳細還是以健保署公告為準。",
        "",
        "--",
        f"※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 203.0.113.{rng.randint(1, 254)} (臺灣)",
        f"※ 文章網址: https://www.ptt.cc/bbs/{board}/{aid}.html",
        f"推 {pushers[0]}: {rng.choice(PUSHES):<40} {stamp}",
        f"→ {pushers[1]}: 請問要先打去哪裡問？{'':<26} {stamp}",
        f"→ {author}: 直接打院所電話{tel}問居家醫療就可以{'':<8} {reply}",
        "",
    ]
    return "\n".join(lines)


def hackmd_note(row: dict[str, Any], rng: random.Random) -> str:
    """A HackMD note of a care team's partner institution: YAML metadata, ``[TOC]``, an
    ``:::info`` container, a Markdown table with the number and a task item repeating it."""
    name, tel, when = _f(row, "醫事機構名稱"), phone(row), _when(rng)
    team = _f(row, "整合團隊名稱")
    place = _f(row, "醫事機構地址")[:3]
    lines = [
        "---",
        f"title: {name}｜居家醫療合作院所",
        f"tags: 居家醫療, {place}, {team}",
        f"description: {team} 合作院所聯繫資料",
        "lang: zh-tw",
        "---",
        "",
        f"# {name}",
        "",
        "[TOC]",
        "",
        ":::info",
        f"**整合團隊**：{team}（`{_f(row, '整合團隊代碼')}`）",
        f"**角色**：{_role(row)}",
        f"**最後更新**：{when:%Y-%m-%d}",
        ":::",
        "",
        "## 基本資料",
        "",
        "| 項目 | 內容 |",
        "| --- | --- |",
        f"| 醫事機構代碼 | {_f(row, '醫事機構代碼')} |",
        f"| 地址 | {_f(row, '醫事機構地址')} |",
        f"| 電話 | {tel} |",
        f"| 生效期間 | {_f(row, '生效起日')} ~ {_f(row, '生效迄日')} |",
        "",
        "## 轉介流程",
        "",
        f"- [x] 確認個案符合收案條件（{rng.choice(('失能', '行動不便', '出院準備'))}）",
        f"- [ ] 電話聯繫 {tel} 預約首次訪視",
        "- [ ] 上傳轉介單至團隊共用資料夾",
        "",
        ":::warning",
        "收案條件以健保署公告之計畫內容為準。",
        ":::",
        "",
    ]
    return "\n".join(lines)


def _sc(value: str) -> str:
    """``value`` as SocialCalc's save format writes a text cell (``\\`` as ``\\b``, ``:`` as
    ``\\c``, a line break as ``\\n``)."""
    return value.replace("\\", "\\b").replace(":", "\\c").replace("\n", "\\n")


def ethercalc_save(row: dict[str, Any], rng: random.Random) -> str:
    """A care team's EtherCalc room in SocialCalc's save format: a header row, the
    institution's row with the number in ``D2`` and a note cell repeating it."""
    tel = phone(row)
    opens = rng.choice(("08:30", "09:00"))
    closes = rng.choice(("17:00", "17:30", "18:00"))
    headers = ("醫事機構代碼", "醫事機構名稱", "醫事機構地址", "醫事機構電話", "主責機構註記",
               "生效起日", "整合團隊名稱", "備註")  # fmt: skip
    cells = [f"cell:{col}1:t:{_sc(h)}:f:1" for col, h in zip("ABCDEFGH", headers, strict=True)]
    cells += [
        f"cell:A2:t:{_sc(_f(row, '醫事機構代碼'))}",
        f"cell:B2:t:{_sc(_f(row, '醫事機構名稱'))}",
        f"cell:C2:t:{_sc(_f(row, '醫事機構地址'))}",
        f"cell:D2:t:{_sc(tel)}",
    ]
    if lead(row):
        cells.append("cell:E2:t:V")
    cells += [
        f"cell:F2:v:{_f(row, '生效起日')}",
        f"cell:G2:t:{_sc(_f(row, '整合團隊名稱'))}",
        f"cell:H2:t:{_sc(f'收案前請先來電 {tel} 確認（平日 {opens}-{closes}）')}",
    ]
    widths = (110, 220, 320, 120, 90, 90, 160, 300)
    lines = [
        "socialcalc:version:1.0",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=SocialCalcSpreadsheetControlSave",
        "--SocialCalcSpreadsheetControlSave",
        "Content-type: text/plain; charset=UTF-8",
        "",
        "# SocialCalc Spreadsheet Control Save",
        "version:1.0",
        "part:sheet",
        "part:edit",
        "part:audit",
        "--SocialCalcSpreadsheetControlSave",
        "Content-type: text/plain; charset=UTF-8",
        "",
        "version:1.5",
        *cells,
        *(f"col:{col}:w:{w}" for col, w in zip("ABCDEFGH", widths, strict=True)),
        "sheet:c:8:r:2",
        "font:1:normal bold * *",
        "--SocialCalcSpreadsheetControlSave",
        "Content-type: text/plain; charset=UTF-8",
        "",
        "version:1.0",
        "rowpane:0:1:14",
        "colpane:0:1:16",
        f"ecell:{rng.choice(('D2', 'H2', 'A1'))}",
        "--SocialCalcSpreadsheetControlSave",
        "Content-type: text/plain; charset=UTF-8",
        "",
        "--SocialCalcSpreadsheetControlSave--",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "gongwen_di": gongwen_di,
    "ptt_article": ptt_article,
    "hackmd_note": hackmd_note,
    "ethercalc_save": ethercalc_save,
}


def international(value: str) -> bool:
    """Whether a number is written in international form (none of the list's is)."""
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
