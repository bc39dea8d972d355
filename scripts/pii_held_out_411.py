"""held_out_411 of the PII evaluation set: real phone fields of a register of a kind no earlier
part used (Takamatsu City's directory of its own organisation, Kagawa: its divisions, offices and
outposts with their direct lines; Japan's earlier parts took other registers, among them the
same city's hospitals, care homes, lodging licences and schools, and the main offices of all
municipalities) exactly as published, in layouts no earlier part has, beside the list's own
names of the units and of the bureaus and divisions they belong to.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Takamatsu's hospitals, care homes, lodgings, baths
and schools, Toyama's, Iizuka's and many other lists) and many others; here:

* the values are the ``電話番号`` fields of 186 units of Takamatsu City's government: 94
  divisions (課), 91 offices and outposts (室・出先: branch offices, community centres, health
  centres, the archives and the like) and one committee
  (``scripts/data/pii_jp_takamatsu_organization.json``, written by
  ``scripts/jp_takamatsu_organization_data.py``; source and licence in that file): Japanese
  numbers as the city writes them, the area code ``087``, the exchange and the line joined by
  hyphens (``087-839-2135``), each copy labelled;
* the text around them is the same row's real fields: the unit's full name (``所属名称``,
  ``政策局政策課地域活力推進室``), its bureau and division, with the city's local-government code
  (``372013``) and invented subsidy ids and numbers, amounts, rates, dates and times, event
  numbers, capacities, job reference numbers and wages, unlabelled and scored;
* in layouts no earlier part has, formats of Japanese public administration and of the city's
  telephone system, text in Japanese: jGrants public API subsidy-detail answers (the Digital
  Agency's 補助金電子申請システム, ``GET /exp/v1/public/subsidies/id/{id}``: ``metadata`` and
  one ``result`` whose HTML ``detail`` names the unit and its number as the inquiry desk), rows
  of the recommended local open data set イベント一覧 (自治体標準オープンデータセット, event
  list CSV: the unit as ``連絡先名称`` with ``連絡先電話番号``, a ``説明`` repeating the
  number), Fanvil IP phone remote phonebook XML (``FanvilIPPhoneDirectory`` with a ``Title``
  and one ``DirectoryEntry``: ``Name`` and ``Telephone``) and Indeed XML job feeds (``source``
  with ``publisher``, ``lastBuildDate`` and one ``job`` of a fixed-term municipal post at the
  unit, its CDATA ``description`` giving the number for inquiries).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_411.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_takamatsu_organization.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_411.jsonl.gz"
SPLIT = "held_out_411"

LAYOUTS = ("jgrants_subsidy_json", "event_list_csv", "fanvil_directory_xml", "indeed_job_xml")
PHONE = "電話番号"
CITY, PREF = "高松市", "香川県"
# Takamatsu's local-government code (全国地方公共団体コード, 37201 and its check digit)
CITY_CODE = "372013"
CITY_SITE = "https://www.city.takamatsu.kagawa.jp/"

# data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented subsidy programmes: (title, purpose, industry, rate)
PROGRAMMES = (
    ("地域コミュニティ活動支援補助金", "地域づくり・まちづくり", "複合サービス事業", "2/3以内"),
    ("中小企業デジタル化推進補助金", "設備整備・IT導入をしたい", "製造業", "1/2以内"),
    ("創業支援事業補助金", "新たな事業を行いたい", "サービス業（他に分類されないもの）", "1/2以内"),
    ("省エネルギー設備導入支援補助金", "エコ・SDGs活動支援がほしい", "宿泊業", "1/3以内"),
    ("空き店舗活用支援補助金", "販路拡大・海外展開をしたい", "卸売業、小売業", "1/2以内"),
    ("防災・減災対策支援補助金", "安全・防災対策支援がほしい", "不動産業、物品賃貸業", "1/2以内"),
)
# invented events: (name, kana, description)
EVENTS = (
    ("市民向け説明会", "シミンムケセツメイカイ", "制度の概要と手続きを職員が説明します。"),
    ("出前講座", "デマエコウザ", "市の取組を職員が分かりやすく紹介します。"),
    ("個別相談会", "コベツソウダンカイ", "予約制で、お一人30分程度の相談をお受けします。"),
    ("パネル展", "パネルテン", "事業の紹介パネルを展示します。"),
    ("施設見学会", "シセツケンガクカイ", "普段は公開していない業務の現場をご案内します。"),
)
# invented fixed-term posts: (title, duties)
POSTS = (
    ("会計年度任用職員（一般事務）", "窓口での受付、書類の整理、パソコンによるデータ入力など"),
    ("会計年度任用職員（事務補助）", "電話応対、文書の発送、資料の作成補助など"),
    ("会計年度任用職員（専門職）", "相談業務の補助、記録の作成、関係機関との連絡調整など"),
)
EVENT_HEADER = [
    "都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "イベント名",
    "イベント名_カナ", "イベント名_英語", "開始日", "終了日", "開始時間", "終了時間",
    "開始日時特記事項", "説明", "料金(基本)", "料金(詳細)", "連絡先名称", "連絡先電話番号",
    "連絡先内線番号", "主催者", "場所名称", "住所", "方書", "緯度", "経度", "アクセス方法",
    "駐車場情報", "定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考",
]  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The unit's phone field as published, stripped."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The unit's full name as the list gives it (``政策局政策課地域活力推進室``)."""
    return _f(row, "所属名称")


def unit(row: dict[str, Any]) -> str:
    """The unit's own name, the lowest level the list fills (``地域活力推進室``)."""
    for level in ("室・出先", "課", "部", "局"):
        if _f(row, level):
            return _f(row, level)
    return name(row)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (none of this register's)."""
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _day(rng: random.Random) -> dt.date:
    """An invented working day of the 2025 fiscal year."""
    day = dt.date(2025, 4, 14) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day


def _csv(lines: list[list[str]]) -> str:
    """``lines`` as CSV text (minimal quoting, CRLF line ends)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(lines)
    return out.getvalue()


def jgrants_subsidy_json(row: dict[str, Any], rng: random.Random) -> str:
    """A jGrants public API subsidy-detail answer (``GET /exp/v1/public/subsidies/id/{id}``,
    JSON): ``metadata`` with the count and one ``result``, an invented id of 18 characters and
    management number (``S-00012345``), the city's programme of the fiscal year, catch phrase,
    an HTML ``detail`` ending in the inquiry desk (the unit's full name and its number), the
    purpose, industry, area, rate, an invented maximum, acceptance dates and page URL, and
    empty attachment lists."""
    title, purpose, industry, rate = rng.choice(PROGRAMMES)
    sid = "a0W" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(15))
    opens = _day(rng)
    closes = opens + dt.timedelta(days=rng.choice((30, 45, 60, 90)))
    detail = (
        f"<p>{CITY}では、{title.removesuffix('補助金')}に要する経費の一部を補助します。</p>"
        f"<p>対象経費や申請方法は公募要領をご確認ください。予算の範囲内で交付を決定します。</p>"
        f"<p>【お問い合わせ先】<br>{CITY} {name(row)}<br>電話：{phone(row)}"
        f"（平日8時30分～17時15分）</p>"
    )
    result = {
        "id": sid,
        "name": f"S-{rng.randint(1, 99999):08d}",
        "title": f"令和7年度 {CITY}{title}",
        "subsidy_catch_phrase": f"{CITY}内で取り組む事業を支援します",
        "detail": detail,
        "use_purpose": purpose,
        "industry": industry,
        "target_area_search": PREF,
        "target_area_detail": f"{PREF}{CITY}",
        "target_number_of_employees": "従業員の制約なし",
        "subsidy_rate": rate,
        "subsidy_max_limit": rng.choice((100000, 200000, 300000, 500000, 1000000)),
        "acceptance_start_datetime": f"{opens:%Y-%m-%d}T00:00:00.000Z",
        "acceptance_end_datetime": f"{closes:%Y-%m-%d}T08:15:00.000Z",
        "project_end_deadline": f"{dt.date(2026, 2, 27):%Y-%m-%d}T08:15:00.000Z",
        "request_reception_presence": "有",
        "is_enable_multiple_request": False,
        "front_subsidy_detail_page_url": f"https://www.jgrants-portal.go.jp/subsidy/{sid}",
        "application_guidelines": [],
        "outline_of_grant": [],
        "application_form": [],
    }
    doc = {"metadata": {"type": "application/json", "resultset": {"count": 1}}, "result": [result]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def event_list_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A file of the recommended local open data set イベント一覧 (the event-list CSV of the
    自治体標準オープンデータセット, its columns in their order): the header row and one event
    of the unit, the city's code, an invented number, name and kana, dates and times, a
    ``説明`` ending in the unit and its number, a fee of 0, the unit as ``連絡先名称`` with
    its number as ``連絡先電話番号``, the city as organiser, the unit as the venue
    (``場所名称``, its address and coordinates left blank), an invented capacity and closing
    date of applications, the city's site as ``URL``."""
    event, kana, text = rng.choice(EVENTS)
    day = _day(rng)
    start = rng.choice(("09:30", "10:00", "13:30", "14:00"))
    end = {"09:30": "11:30", "10:00": "12:00", "13:30": "15:30", "14:00": "16:00"}[start]
    due = day - dt.timedelta(days=rng.choice((7, 10, 14)))
    line = [
        CITY_CODE, f"{day:%Y}{rng.randint(1, 9999):04d}", PREF, CITY, f"{unit(row)}{event}",
        kana, "", f"{day:%Y-%m-%d}", f"{day:%Y-%m-%d}", start, end, "",
        f"{text}お問い合わせは{CITY}{name(row)}（電話 {phone(row)}）まで。", "0", "",
        f"{CITY}{name(row)}", phone(row), "", CITY, f"{CITY}{unit(row)}", "", "", "", "",
        "", "", str(rng.choice((10, 20, 30, 50))), f"{due:%Y-%m-%d}", "17:15",
        "電話または窓口でお申し込みください", CITY_SITE, "",
    ]  # fmt: skip
    return _csv([EVENT_HEADER, line])


def fanvil_directory_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Fanvil IP phone remote phonebook (XML, ``FanvilIPPhoneDirectory`` with
    ``clearlight``): a ``Title`` naming the city's directory and the unit's bureau, and one
    ``DirectoryEntry`` with the unit's full name as ``Name`` and its number as ``Telephone``."""
    bureau = _f(row, "局") or CITY
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<FanvilIPPhoneDirectory clearlight="true">',
        f"  <Title>{escape(CITY)} 庁内電話帳（{escape(bureau)}）</Title>",
        "  <DirectoryEntry>",
        f"    <Name>{escape(name(row))}</Name>",
        f"    <Telephone>{escape(phone(row))}</Telephone>",
        "  </DirectoryEntry>",
        "</FanvilIPPhoneDirectory>",
        "",
    ]
    return "\n".join(lines)


def _cdata(value: str) -> str:
    return f"<![CDATA[{value}]]>"


def indeed_job_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An Indeed XML job feed (``source`` with ``publisher``, ``publisherurl`` and
    ``lastBuildDate``, one ``job``): a fixed-term post of the city at the unit, an invented
    date and reference number, the city's site as ``url``, the city as ``company``, the
    prefecture, ``JP``, a CDATA ``description`` of the duties, the workplace (the unit's full
    name) and the number for inquiries, an invented hourly wage, the job type and category."""
    title, duties = rng.choice(POSTS)
    day = _day(rng)
    when = dt.datetime(day.year, day.month, day.day, rng.randint(0, 8), rng.choice((0, 30)))
    description = (
        f"<p>【業務内容】{duties}</p>"
        f"<p>【勤務先】{CITY}{name(row)}</p>"
        f"<p>【勤務時間】8時30分～17時15分のうち1日6時間程度（土日祝日を除く）</p>"
        f"<p>【お問い合わせ】{CITY}{name(row)}　電話 {phone(row)}</p>"
    )
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<source>",
        f"<publisher>{CITY}</publisher>",
        f"<publisherurl>{CITY_SITE}</publisherurl>",
        f"<lastBuildDate>{when:%a, %d %b %Y %H:%M:%S} GMT</lastBuildDate>",
        "<job>",
        f"<title>{_cdata(f'{title}／{unit(row)}')}</title>",
        f"<date>{_cdata(f'{when:%a, %d %b %Y %H:%M:%S} GMT')}</date>",
        f"<referencenumber>{_cdata(f'TKM{day:%Y}-{rng.randint(1, 9999):04d}')}</referencenumber>",
        f"<url>{_cdata(CITY_SITE)}</url>",
        f"<company>{_cdata(CITY)}</company>",
        f"<city>{_cdata(CITY)}</city>",
        f"<state>{_cdata(PREF)}</state>",
        f"<country>{_cdata('JP')}</country>",
        f"<description>{_cdata(description)}</description>",
        f"<salary>{_cdata(f'時給 {rng.randint(1000, 1300):,}円')}</salary>",
        f"<jobtype>{_cdata('parttime')}</jobtype>",
        f"<category>{_cdata('公務員・団体職員')}</category>",
        "</job>",
        "</source>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "jgrants_subsidy_json": jgrants_subsidy_json,
    "event_list_csv": event_list_csv,
    "fanvil_directory_xml": fanvil_directory_xml,
    "indeed_job_xml": indeed_job_xml,
}


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
