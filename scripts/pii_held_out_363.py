"""held_out_363 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (the Directorate-General of Personnel Administration's code list of Taiwan's central
and local government agencies, 行政院所屬中央及地方機關代碼: township and district offices,
household registration, land and tax offices, health stations, libraries, markets, councils,
courts and the like; Taiwan's earlier parts took the National Health Insurance
Administration's mask-stock list and home-care institutions, the Ministry of Education's
schools, preschools and universities, Hsinchu City's medical institutions, the National Police
Agency's stations, Taipei's elder-care providers and hotels, Chunghwa Post's post offices, the
Financial Supervisory Commission's financial institutions, the Tourism Bureau's restaurants,
the Taiwan Stock Exchange's securities branches, cram schools, infant child-care centres,
national civil associations, MOS Burger's stores and veterinary practices) exactly as
published, in layouts no earlier part has, beside the list's own agency codes, names,
postcodes, addresses and supervising agencies.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``機關電話`` of 400 agencies and their ``傳真`` where the list gives one in
  the same shape that is not the telephone again (``scripts/data/pii_tw_dgpa_agencies.json``,
  written by ``scripts/tw_dgpa_agencies_data.py``; source and licence in that file): Taiwanese
  numbers as the list writes them, the area code and the line joined by a hyphen or the code in
  brackets, often with the hyphen of an empty extension after them (``04-8884166``,
  ``02-28613601-``, ``-(03)4933654-``); the number inside each copy is labelled (an empty
  extension's hyphen lies outside the label), every copy;
* the text around them is the same row's real fields: the ten-character agency code
  (``301021000G``), the name, the postcode and address, the supervising agency's code and name
  and the level, with invented data-set and job ids, dates (Gregorian and ROC), times and
  counts, unlabelled and scored;
* in layouts no earlier part has, text in Chinese (Traditional), formats of Taiwan's public
  administration and of the software built on its open data: dataset metadata records of the
  government open-data platform (data.gov.tw's metadata export: ``提供機關``,
  ``提供機關聯絡人電話`` and the other columns of the platform's list), vacancy records of the
  DGPA's job board (事求人, the fields its open data names: ``ORG_NAME``, ``CONTACT_METHOD``,
  ``WORK_ADDRESS`` and the others), Sequelize seed files (``sequelize-cli``'s seeder module:
  ``queryInterface.bulkInsert`` of the agency, ``bulkDelete`` to undo it) and DbUnit flat XML
  data sets (``<dataset>`` with one element a row, its attributes the columns; a missing fax
  an omitted attribute).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_363.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_dgpa_agencies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_363.jsonl.gz"
SPLIT = "held_out_363"

LAYOUTS = ("datagov_metadata", "dgpa_job_vacancy", "sequelize_seeder", "dbunit_flat_xml")
PHONE, FAX = "機關電話", "傳真"
EDGES = {PHONE: r"\d", FAX: r"\d"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
# the list's common shapes of one number (the extractor's ``SHAPE``)
SHAPE = re.compile(r"-?(?:0\d{1,3}-\d{5,8}|\(0\d{1,3}\)\d{5,8}|0\d-\d{4}-\d{4})-?")
TZ = dt.timezone(dt.timedelta(hours=8))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented data sets an agency publishes (name suffix, fields)
DATASETS = (
    ("業務統計", "年度;月份;項目;件數"),
    ("服務據點", "名稱;地址;電話;服務時間"),
    ("公共設施清冊", "設施名稱;地址;管理單位;面積"),
    ("預算執行情形", "年度;科目;預算數;執行數"),
    ("活動資訊", "活動名稱;日期;地點;聯絡電話"),
)
UNITS = ("秘書室", "行政課", "綜合規劃課", "資訊室", "人事室")
FREQS = ("每年", "每季", "每月", "不定期")
# invented vacancies (title, rank, series, duties)
RANK_56 = "委任第五職等或薦任第六職等至第七職等"
POSTS = (
    ("科員", RANK_56, "一般行政", "辦理公文收發、檔案管理及庶務事項。"),
    ("課員", "委任第三職等至第五職等", "一般行政", "辦理為民服務、櫃檯受理及相關業務。"),
    ("辦事員", "委任第三職等", "一般民政", "辦理民政業務及臨時交辦事項。"),
    ("科員", RANK_56, "會計", "辦理歲計、會計及採購核銷事項。"),
    ("技士", RANK_56, "土木工程", "辦理工程規劃、發包及督導事項。"),
)
COUNTERS = ("服務台", "總機", "為民服務中心", "聯合服務中心")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The agency's telephone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The agency's fax where the list gives one number in the telephone's shapes that is not
    the telephone again (not ``--``, not empty, no extension or stray hyphen inside); else
    ""."""
    value = _f(row, FAX)
    if not SHAPE.fullmatch(value) or _digits(value) == _digits(phone(row)):
        return ""
    return value


def number_of(value: str) -> str:
    """The number a copy of ``value`` is labelled as: the value without the hyphens of an
    empty extension before or after it (``02-28613601-`` -> ``02-28613601``)."""
    return value.strip("-")


def international(value: str) -> bool:
    """Whether a number is written with its country code (none of this register's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and fax labelled (each copy
    stands apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row)), (FAX, fax(row))], EDGES, COLUMNS, row["path"])


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def code(row: dict[str, Any]) -> str:
    """The ten-character agency code (``301021000G``)."""
    return _f(row, "機關代碼")


def name(row: dict[str, Any]) -> str:
    return _f(row, "機關名稱")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "郵遞區號")


def address(row: dict[str, Any]) -> str:
    """The address as published, its trailing tabs stripped."""
    return _f(row, "機關地址")


def place(row: dict[str, Any]) -> str:
    """Postcode and address in one string (``112台北市陽明山竹子湖路1-20號``)."""
    return f"{postcode(row)}{address(row)}"


def county(row: dict[str, Any]) -> str:
    """The county or city the address opens with (its first three characters), else ""."""
    m = re.match(r"(?:..[縣市])", address(row))
    return m.group(0) if m else ""


def parent(row: dict[str, Any]) -> str:
    """The supervising agency's name."""
    return _f(row, "主管機關名稱")


def _when(rng: random.Random) -> dt.datetime:
    """An invented working-day moment of 2025 (Taiwan time)."""
    day = dt.datetime(2025, 1, 6, 8, 30, tzinfo=TZ) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(minutes=rng.randint(0, 8 * 60), seconds=rng.randint(0, 59))


def _roc(day: dt.date) -> str:
    """A date in the ROC calendar as the DGPA writes it (``1140305``)."""
    return f"{day.year - 1911:03d}{day.month:02d}{day.day:02d}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _js(value: str) -> str:
    """``value`` as a JavaScript single-quoted string literal."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def datagov_metadata(row: dict[str, Any], rng: random.Random) -> str:
    """A dataset metadata record of the government open-data platform, as data.gov.tw's
    metadata export writes it (a JSON array of records keyed by the platform's column names):
    an invented data set of the agency (id, name, description naming the enquiry line,
    fields, formats, frequency, dates), ``提供機關`` the agency, ``提供機關聯絡人姓名`` an
    office of it (no person), ``提供機關聯絡人電話`` the telephone and ``備註`` the agency code,
    address and fax."""
    when = _when(rng)
    nid = rng.randint(10000, 180000)
    topic, fields = rng.choice(DATASETS)
    remark = f"機關代碼：{code(row)}；機關地址：{place(row)}"
    if fax(row):
        remark += f"；傳真：{fax(row)}"
    record = {
        "資料集識別碼": nid,
        "資料集名稱": f"{name(row)}{topic}",
        "資料提供屬性": "原始資料",
        "服務分類": "公共資訊",
        "品質檢測": rng.choice(("金標章", "銀標章", "銅標章")),
        "檔案格式": "CSV;JSON",
        "資料下載網址": f"https://data.gov.tw/dataset/{nid}/export.csv;"
        f"https://data.gov.tw/dataset/{nid}/export.json",
        "編碼格式": "UTF-8;UTF-8",
        "資料集上架方式": "手動上架",
        "資料集描述": f"{name(row)}（上級機關：{parent(row)}）公開之{topic}。"
        f"資料內容疑義請洽 {phone(row)}。",
        "主要欄位說明": fields,
        "提供機關": name(row),
        "更新頻率": rng.choice(FREQS),
        "授權方式": "政府資料開放授權條款-第1版",
        "相關網址": f"https://data.gov.tw/dataset/{nid}",
        "計費方式": "免費",
        "提供機關聯絡人姓名": rng.choice(UNITS),
        "提供機關聯絡人電話": phone(row),
        "上架日期": f"{when - dt.timedelta(days=rng.randint(200, 900)):%Y-%m-%d}",
        "詮釋資料更新時間": f"{when:%Y-%m-%d %H:%M:%S}",
        "備註": remark,
        "資料量": rng.randint(12, 4800),
    }
    return _json([record])


def dgpa_job_vacancy(row: dict[str, Any], rng: random.Random) -> str:
    """A vacancy record of the DGPA's job board (事求人), keyed by the field names of its open
    data (``ORG_NAME``, ``PERSON_KIND``, ``RANK``, ``TITLE``, ``SYSNAM``, ``NUMBER_OF``,
    ``GENDER_TYPE``, ``WORK_PLACE_TYPE``, ``DATE_FROM``, ``DATE_TO``, ``TYPE``,
    ``VITAE_EMAIL``, ``WORK_QUALITY``, ``WORK_ITEM``, ``WORK_ADDRESS``, ``CONTACT_METHOD``,
    ``URL_LINK``, ``VIEW_URL``, ``ANNOUNCE_DATE``, ``WORK_TYPE``) in a JSON array: an invented
    vacancy of the agency (title, rank, series, duties, ROC dates, job id), its address, and
    ``CONTACT_METHOD`` giving the personnel office's telephone and the fax; no mailbox."""
    when = _when(rng)
    title, rank, series, duties = rng.choice(POSTS)
    contact = f"一、聯絡電話：{phone(row)}（人事室）"
    if fax(row):
        contact += f"\n二、傳真：{fax(row)}"
    else:
        contact += "\n二、請於上班時間來電洽詢。"
    job = rng.randint(100000, 999999)
    record = {
        "ORG_NAME": name(row),
        "PERSON_KIND": "一般人員",
        "RANK": rank,
        "TITLE": title,
        "SYSNAM": series,
        "NUMBER_OF": "1",
        "GENDER_TYPE": "不限",
        "WORK_PLACE_TYPE": county(row),
        "DATE_FROM": _roc(when.date()),
        "DATE_TO": _roc(when.date() + dt.timedelta(days=rng.choice((7, 10, 14)))),
        "TYPE": "職缺",
        "VITAE_EMAIL": "",
        "WORK_QUALITY": f"一、具公務人員任用資格，{series}職系現職人員。\n"
        "二、具相關工作經驗者尤佳。",
        "WORK_ITEM": duties,
        "WORK_ADDRESS": place(row),
        "CONTACT_METHOD": contact,
        "URL_LINK": "",
        "VIEW_URL": f"https://web3.dgpa.gov.tw/want03front/AP/WANTF00003.aspx?GETJOB={job}",
        "ANNOUNCE_DATE": _roc(when.date()),
        "WORK_TYPE": "全職",
    }
    return _json([record])


def sequelize_seeder(row: dict[str, Any], rng: random.Random) -> str:
    """A Sequelize seed file as ``sequelize-cli seed:generate`` lays it out (``'use strict'``,
    the ``Migration`` type comment, ``async up`` and ``async down``): ``up`` inserts the agency
    into ``Agencies`` with ``queryInterface.bulkInsert`` (code, name, postcode, address,
    telephone, fax where it has one, supervising agency's code and name, level, timestamps),
    ``down`` deletes it by its code; a comment names the file and the list."""
    when = _when(rng)
    stamp = f"{when.astimezone(dt.UTC):%Y%m%d%H%M%S}"
    fields = [
        ("orgCode", _js(code(row))),
        ("name", _js(name(row))),
        ("zipCode", _js(postcode(row))),
        ("address", _js(address(row))),
        ("tel", _js(phone(row))),
    ]
    if fax(row):
        fields.append(("fax", _js(fax(row))))
    fields += [
        ("parentCode", _js(_f(row, "主管機關代碼"))),
        ("parentName", _js(parent(row))),
    ]
    if _f(row, "機關層級"):
        fields.append(("level", _f(row, "機關層級")))
    iso = f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.000Z"
    fields += [("createdAt", f"new Date({_js(iso)})"), ("updatedAt", f"new Date({_js(iso)})")]
    body = ",\n".join(f"      {k}: {v}" for k, v in fields)
    lines = [
        f"// seeders/{stamp}-agency-{code(row).lower()}.js",
        "// 機關資料取自行政院人事行政總處「行政院所屬中央及地方機關代碼」",
        "'use strict';",
        "",
        "/** @type {import('sequelize-cli').Migration} */",
        "module.exports = {",
        "  async up (queryInterface, Sequelize) {",
        "    await queryInterface.bulkInsert('Agencies', [{",
        body,
        "    }], {});",
        "  },",
        "",
        "  async down (queryInterface, Sequelize) {",
        f"    await queryInterface.bulkDelete('Agencies', {{ orgCode: {_js(code(row))} }}, {{}});",
        "  }",
        "};",
        "",
    ]
    return "\n".join(lines)


def dbunit_flat_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A DbUnit flat XML data set (``<dataset>``, one element a table row, its attributes the
    columns; a null value an omitted attribute): the agency as an ``AGENCY`` row (code, name,
    postcode, address, ``TEL``, ``FAX`` where it has one, supervising agency, level) and one
    ``SERVICE_COUNTER`` row of it (an invented id, counter name and hours, ``PHONE`` the
    telephone again)."""
    agency = [
        ("ORG_CODE", code(row)),
        ("ORG_NAME", name(row)),
        ("ZIP_CODE", postcode(row)),
        ("ADDRESS", address(row)),
        ("TEL", phone(row)),
    ]
    if fax(row):
        agency.append(("FAX", fax(row)))
    agency += [("PARENT_CODE", _f(row, "主管機關代碼")), ("PARENT_NAME", parent(row))]
    if _f(row, "機關層級"):
        agency.append(("ORG_LEVEL", _f(row, "機關層級")))
    counter = [
        ("COUNTER_ID", str(rng.randint(1, 9999))),
        ("ORG_CODE", code(row)),
        ("COUNTER_NAME", rng.choice(COUNTERS)),
        ("OPEN_HOURS", rng.choice(("08:00-17:00", "08:30-17:30", "08:00-12:00,13:30-17:30"))),
        ("PHONE", phone(row)),
    ]

    def element(table: str, attrs: list[tuple[str, str]]) -> str:
        inner = "\n".join(f"    {k}={quoteattr(v)}" for k, v in attrs)
        return f"  <{table}\n{inner}/>"

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<dataset>",
        element("AGENCY", agency),
        element("SERVICE_COUNTER", counter),
        "</dataset>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "datagov_metadata": datagov_metadata,
    "dgpa_job_vacancy": dgpa_job_vacancy,
    "sequelize_seeder": sequelize_seeder,
    "dbunit_flat_xml": dbunit_flat_xml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone and fax
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
