"""held_out_355 of the PII evaluation set: real phone fields of a register no earlier part used
(the Ministry of Education's directory of Taiwan's universities, colleges and junior colleges,
大專校院名錄; Taiwan's earlier parts took the National Health Insurance Administration's
mask-stock list and home-care institutions, the ministry's elementary schools and preschools,
Hsinchu City's medical institutions, the National Police Agency's stations, Taipei's elder-care
providers and hotels, Chunghwa Post's post offices, the Financial Supervisory Commission's
financial institutions, the Tourism Bureau's restaurants, the Taiwan Stock Exchange's
securities branches, cram schools, infant child-care centres, national civil associations, MOS
Burger's stores and veterinary practices) exactly as published, in layouts no earlier part
has, beside the directory's own school codes, names, addresses, postcodes and web sites.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``電話`` of 153 institutions (``scripts/data/pii_tw_moe_universities.json``,
  written by ``scripts/tw_moe_universities_data.py``; source and licence in that file):
  Taiwanese numbers as the ministry writes them, the area code in brackets and the subscriber's
  digits with no separator (``(02)29393091``, ``(037)381000``); every copy labelled;
* the text around them is the same row's real fields: the four-digit school code (``0001``),
  the name, the county (``臺北市``, the list's code in brackets dropped), the address and its
  three-digit postcode (``116``), the web site and the system (一般, 技職, 師範), with invented
  ids, coordinates, dates and times, unlabelled and scored;
* in layouts no earlier part has, text in Chinese (Traditional): Mapbox Geocoding API v5
  forward-geocoding answers (a GeoJSON ``FeatureCollection`` whose one ``poi`` feature gives the
  institution's ``properties.tel``), Asana task answers (``GET /tasks/{task_gid}``: a campus
  recruitment fair task whose ``notes`` and ``html_notes`` give the switchboard twice), llms.txt
  files (llmstxt.org: an H1, a blockquote summary, a contact paragraph and H2 file lists, the
  number in the paragraph and in a link's note) and SurveyJS form definitions (a campus visit
  booking form whose ``html`` element and ``completedHtml`` give the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_355.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_moe_universities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_355.jsonl.gz"
SPLIT = "held_out_355"

LAYOUTS = ("mapbox_geocoding", "asana_task", "llms_txt", "surveyjs_form")
PHONE = "電話"
TZ = dt.timezone(dt.timedelta(hours=8))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented fair stages of the recruitment tasks (section names of an Asana project)
SECTIONS = ("待聯絡", "已寄送邀請", "確認攤位中")
CAMPUS_AREAS = ("行政大樓", "圖書館", "學生活動中心", "體育館", "教學大樓", "綜合大樓")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The institution's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with its country code (none of this register's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "學校名稱")


def code(row: dict[str, Any]) -> str:
    """The four-digit school code (``0001``)."""
    return _f(row, "代碼")


def county(row: dict[str, Any]) -> str:
    """The county or city, the list's code in brackets dropped (``[38]臺北市`` -> ``臺北市``)."""
    return re.sub(r"^\[\d+\]", "", _f(row, "縣市名稱"))


def postcode(row: dict[str, Any]) -> str:
    """The address's three-digit postcode (``[116]...`` -> ``116``), "" where it has none."""
    m = re.match(r"\[(\d+)\]", _f(row, "地址"))
    return m.group(1) if m else ""


def address(row: dict[str, Any]) -> str:
    """The address after its postcode in brackets (``臺北市文山區指南路二段64號``)."""
    return re.sub(r"^\[\d+\]", "", _f(row, "地址")).strip()


def street(row: dict[str, Any]) -> str:
    """The address after its county or city (``文山區指南路二段64號``)."""
    full = address(row)
    return full[len(county(row)) :] if full.startswith(county(row)) else full


def system(row: dict[str, Any]) -> str:
    """The system without its code (``[2]技職`` -> ``技職``)."""
    return re.sub(r"^\[\d+\]", "", _f(row, "體系別"))


def site(row: dict[str, Any]) -> str:
    """The web site as published."""
    return _f(row, "網址")


def host(row: dict[str, Any]) -> str:
    """The web site's scheme and host (``http://www.nccu.edu.tw``); the published value where
    it names no host with a dot."""
    parts = urlsplit(site(row))
    if "." in parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return site(row).rstrip("/")


def _when(rng: random.Random) -> dt.datetime:
    """An invented working-day moment of 2025 (Taiwan time)."""
    day = dt.datetime(2025, 1, 6, 9, 0, tzinfo=TZ) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(minutes=rng.randint(0, 8 * 60), seconds=rng.randint(0, 59))


def _iso(moment: dt.datetime) -> str:
    """A moment in UTC as Asana writes it (``2025-03-14T02:06:58.147Z``)."""
    utc = moment.astimezone(dt.UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"


def _gid(rng: random.Random) -> str:
    """An invented Asana global id (sixteen digits, ``12``...)."""
    return f"12{rng.randint(10**13, 10**14 - 1)}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def mapbox_geocoding(row: dict[str, Any], rng: random.Random) -> str:
    """A Mapbox Geocoding API v5 forward-geocoding answer (``GET /geocoding/v5/mapbox.places/
    {search_text}.json?language=zh-Hant&country=tw&types=poi``): a GeoJSON ``FeatureCollection``
    with the query's words, one ``poi`` feature (an invented id, relevance and point, the name
    as ``text``, ``place_name`` with the address, ``properties`` with an invented Foursquare
    id, ``landmark``, the street address, ``category`` and the institution's ``tel``), its
    ``context`` (the postcode, the county and the country with invented ids) and Mapbox's
    attribution."""
    lon = round(rng.uniform(120.2, 121.8), 6)
    lat = round(rng.uniform(22.0, 25.2), 6)
    feature = {
        "id": f"poi.{rng.randint(10**11, 10**12 - 1)}",
        "type": "Feature",
        "place_type": ["poi"],
        "relevance": 1,
        "properties": {
            "foursquare": "".join(rng.choice("0123456789abcdef") for _ in range(24)),
            "landmark": True,
            "address": street(row),
            "category": "university, college, school, education",
            "tel": phone(row),
        },
        "text_zh-Hant": name(row),
        "place_name_zh-Hant": f"{name(row)}, {postcode(row)}{address(row)}, 臺灣",
        "text": name(row),
        "place_name": f"{name(row)}, {postcode(row)}{address(row)}, 臺灣",
        "center": [lon, lat],
        "geometry": {"coordinates": [lon, lat], "type": "Point"},
        "context": [
            {"id": f"postcode.{rng.randint(10**6, 10**7 - 1)}", "text_zh-Hant": postcode(row),
             "text": postcode(row)},
            {"id": f"place.{rng.randint(10**6, 10**7 - 1)}", "text_zh-Hant": county(row),
             "language_zh-Hant": "zh-Hant", "text": county(row), "language": "zh-Hant"},
            {"id": "country.8714", "short_code": "tw", "wikidata": "Q865",
             "text_zh-Hant": "臺灣", "language_zh-Hant": "zh-Hant", "text": "臺灣",
             "language": "zh-Hant"},
        ],
    }  # fmt: skip
    doc = {
        "type": "FeatureCollection",
        "query": [name(row)],
        "features": [feature],
        "attribution": "NOTICE: © 2025 Mapbox and its suppliers. All rights reserved. Use of "
        "this data is subject to the Mapbox Terms of Service (https://www.mapbox.com/about/maps/"
        "). This response and the information it contains may not be retained. POI(s) "
        "provided by Foursquare.",
    }
    return _json(doc)


def asana_task(row: dict[str, Any], rng: random.Random) -> str:
    """An Asana task answer (``GET /tasks/{task_gid}``, ``{"data": {...}}``): a task of an
    invented company's campus recruitment project (invented gids, dates and section) to book a
    stand at the institution's career fair, its ``notes`` and ``html_notes`` giving the school
    code, address, web site and the switchboard twice, custom fields with the school code and
    system, and the permalink."""
    when = _when(rng)
    due = (when + dt.timedelta(days=rng.randint(7, 30))).date()
    task, project, workspace = _gid(rng), _gid(rng), _gid(rng)
    section = rng.choice(SECTIONS)
    year = when.year
    tel = phone(row)
    notes = (
        f"學校：{name(row)}（學校代碼 {code(row)}，{system(row)}）\n"
        f"地址：{postcode(row)} {address(row)}\n"
        f"總機：{tel}\n"
        f"網站：{site(row)}\n\n"
        f"請於 {due:%Y/%m/%d} 前致電總機 {tel} 轉職涯發展中心，確認 {year} 年度校園徵才"
        "博覽會攤位與電力需求。"
    )
    html_notes = (
        f"<body><strong>學校</strong>：{name(row)}（學校代碼 {code(row)}，{system(row)}）\n"
        f"<strong>地址</strong>：{postcode(row)} {address(row)}\n"
        f"<strong>總機</strong>：{tel}\n"
        f'<strong>網站</strong>：<a href="{site(row)}">{site(row)}</a>\n\n'
        f"請於 {due:%Y/%m/%d} 前致電總機 {tel} 轉職涯發展中心，確認 {year} 年度校園徵才"
        "博覽會攤位與電力需求。</body>"
    )
    created = when - dt.timedelta(days=rng.randint(1, 6), minutes=rng.randint(0, 600))
    doc = {
        "data": {
            "gid": task,
            "resource_type": "task",
            "name": f"{name(row)}：{year} 校園徵才攤位報名",
            "resource_subtype": "default_task",
            "approval_status": None,
            "assignee_status": "upcoming",
            "completed": False,
            "completed_at": None,
            "created_at": _iso(created),
            "modified_at": _iso(when),
            "due_at": None,
            "due_on": f"{due:%Y-%m-%d}",
            "start_on": None,
            "hearted": False,
            "hearts": [],
            "liked": False,
            "likes": [],
            "num_hearts": 0,
            "num_likes": 0,
            "notes": notes,
            "html_notes": html_notes,
            "memberships": [
                {
                    "project": {"gid": project, "resource_type": "project",
                                "name": f"{year} 校園徵才"},
                    "section": {"gid": _gid(rng), "resource_type": "section", "name": section},
                }
            ],
            "projects": [{"gid": project, "resource_type": "project", "name": f"{year} 校園徵才"}],
            "tags": [],
            "followers": [],
            "parent": None,
            "custom_fields": [
                {"gid": _gid(rng), "resource_type": "custom_field", "name": "學校代碼",
                 "type": "text", "resource_subtype": "text", "text_value": code(row),
                 "display_value": code(row)},
                {"gid": _gid(rng), "resource_type": "custom_field", "name": "體系別",
                 "type": "enum", "resource_subtype": "enum",
                 "enum_value": {"gid": _gid(rng), "resource_type": "enum_option",
                                "name": system(row), "enabled": True, "color": "blue"},
                 "display_value": system(row)},
            ],
            "workspace": {"gid": workspace, "resource_type": "workspace", "name": "人資部"},
            "permalink_url": f"https://app.asana.com/0/{project}/{task}",
        }
    }  # fmt: skip
    return _json(doc)


def llms_txt(row: dict[str, Any], rng: random.Random) -> str:
    """An llms.txt file (llmstxt.org) of the institution's web site: an H1 with its name, a
    blockquote summary (county, system, school code), a paragraph with the address and the
    switchboard, an invented update date, and H2 file lists of Markdown pages on its host, the
    traffic page's note repeating the number; an ``Optional`` list last."""
    when = _when(rng)
    base = host(row)
    tel = phone(row)
    lines = [
        f"# {name(row)}",
        "",
        f"> {name(row)}是位於{county(row)}的{system(row)}體系大專校院（教育部學校代碼 "
        f"{code(row)}），本檔案整理招生、交通與行政資訊的頁面，供語言模型查詢。",
        "",
        f"校本部地址：{postcode(row)}{address(row)}。總機：{tel}。官方網站：{site(row)}",
        "",
        f"最後更新：{when:%Y-%m-%d}",
        "",
        "## 招生資訊",
        "",
        f"- [招生簡章]({base}/llms/admission.md): 各學制招生簡章與重要日程",
        f"- [學雜費]({base}/llms/tuition.md): {when.year - 1911} 學年度學雜費收費標準",
        "",
        "## 校園與交通",
        "",
        f"- [交通資訊]({base}/llms/traffic.md): 校區位置與大眾運輸，洽詢請撥總機 {tel}",
        f"- [校園地圖]({base}/llms/campus.md): {rng.choice(CAMPUS_AREAS)}與各系館位置",
        "",
        "## Optional",
        "",
        f"- [校史]({base}/llms/history.md): 學校沿革",
        "",
    ]
    return "\n".join(lines)


def surveyjs_form(row: dict[str, Any], rng: random.Random) -> str:
    """A SurveyJS form definition (the Form Library's JSON schema: ``pages`` of ``elements``)
    of a campus visit booking for the institution: an ``html`` element with the address and
    the switchboard, text questions (the visiting group, the date with ``inputType`` date and
    ``minValueExpression``, the contact's own number with ``inputType`` tel), a dropdown of
    places to visit, a comment, and ``completedHtml`` repeating the switchboard."""
    when = _when(rng)
    tel = phone(row)
    places = rng.sample(CAMPUS_AREAS, 3)
    doc = {
        "title": f"{name(row)} 校園參訪預約",
        "description": f"{when.year - 1911} 學年度高中職師生校園參訪，請於參訪日前十四天提出申請。",
        "locale": "zh-tw",
        "showQuestionNumbers": "off",
        "completeText": "送出申請",
        "pages": [
            {
                "name": "visit",
                "elements": [
                    {"type": "html", "name": "school_contact",
                     "html": f"<p>參訪地點：{postcode(row)}{address(row)}</p><p>承辦窗口："
                     f"招生組，電話 {tel}（週一至週五 08:30–17:00）</p>"},
                    {"type": "text", "name": "group_name", "title": "參訪學校／單位名稱",
                     "isRequired": True},
                    {"type": "text", "name": "visit_date", "title": "預計參訪日期",
                     "inputType": "date", "isRequired": True,
                     "minValueExpression": "today(14)"},
                    {"type": "text", "name": "headcount", "title": "參訪人數",
                     "inputType": "number", "min": 10, "max": rng.choice((80, 100, 120))},
                    {"type": "dropdown", "name": "place", "title": "希望參訪地點",
                     "choices": places},
                    {"type": "text", "name": "contact_tel", "title": "聯絡人電話",
                     "inputType": "tel", "isRequired": True},
                    {"type": "comment", "name": "note", "title": "備註"},
                ],
            }
        ],
        "completedHtml": f"<h4>已收到您的參訪申請</h4><p>{name(row)}招生組將於三個工作天內回覆；"
        f"如需更改，請來電 {tel}。</p>",
    }  # fmt: skip
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mapbox_geocoding": mapbox_geocoding,
    "asana_task": asana_task,
    "llms_txt": llms_txt,
    "surveyjs_form": surveyjs_form,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field
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
