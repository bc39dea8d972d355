"""held_out_329 of the PII evaluation set: real phone fields of a register no earlier part used
(Takamatsu City's schools, kindergartens and other education facilities, Kagawa; Japan's earlier
parts took other registers, among them the same city's hospitals, care homes and lodging
licences) exactly as published, in layouts no earlier part has, beside the lists' own names,
addresses, kinds, web pages and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Takamatsu's hospitals, care homes, lodgings and
baths, Toyama's, Iizuka's and many other lists) and many others; here:

* the values are the ``telephoneNumber`` fields of 179 education facilities of Takamatsu City:
  50 primary schools, 28 lower and 19 upper secondary schools, 65 kindergartens and certified
  children's centres, 5 universities, 5 libraries and 7 school-lunch kitchens
  (``scripts/data/pii_jp_takamatsu_schools.json``, written by
  ``scripts/jp_takamatsu_schools_data.py``; source and licence in that file): Japanese numbers as
  the city writes them, the area code ``087``, the exchange and the line joined by hyphens
  (``087-851-1316``), each copy labelled; five numbers stand for two rows each (a school and
  its branch or its sister school);
* the text around them is the same row's real fields: the name, the address
  (``高松市錦町二丁目14-1``), the kind (the list's, or the kindergarten list's ``note``), the web
  page, the coordinates and, for the libraries, the opening days and hours and their notes, with
  invented file names, customer codes, credit limits, spot codes and years, unlabelled and
  scored;
* in layouts no earlier part has, Japanese software of a school's or a supplier's office, text
  in Japanese: SHIRASAGI CMS facility-page import CSV files (シラサギ, the open-source CMS of
  many Japanese municipalities and schools: ``ファイル名``, ``施設名``, ``住所``, ``電話番号``,
  ``URL`` and ``追加情報：`` columns, one repeating the number), NAVITIME API spot-search
  responses (JSON: ``items`` with ``name``, ``coord``, ``address_name``, ``phone``,
  ``categories``; ``count``), 筆まめ (Fudemame) address-book CSV exports of a New Year's card
  list (the school as ``会社名`` with ``敬称`` 御中, ``会社電話``, a ``メモ1`` repeating the
  number) and 弥生販売 (Yayoi Sales) customer-master CSV files of a school-supplies dealer
  (``得意先コード``, ``得意先名1``, ``電話番号``, closing and collection days, a credit limit and
  a ``備考`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_329.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_takamatsu_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_329.jsonl.gz"
SPLIT = "held_out_329"

LAYOUTS = ("shirasagi_facility_csv", "navitime_spot_json", "fudemame_csv", "yayoi_customer_csv")
PHONE = "telephoneNumber"

# data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# each list's kind, by its folder in the city's repository
KINDS = {
    "primary_school": "小学校",
    "middle_school": "中学校",
    "high_school": "高等学校など",
    "kindergarten": "幼稚園・認定こども園",
    "university": "大学",
    "library": "図書館",
    "school_lunch_kitchen": "学校給食施設",
}
# invented NAVITIME category codes, one per kind (no real code list is meant)
CATEGORY_CODES = {
    "primary_school": "0813001",
    "middle_school": "0813002",
    "high_school": "0813003",
    "kindergarten": "0813005",
    "university": "0813004",
    "library": "0816001",
    "school_lunch_kitchen": "0813009",
}
# the office a letter or an invoice goes to, by list
OFFICES = {
    "primary_school": ("事務室", "職員室"),
    "middle_school": ("事務室", "職員室"),
    "high_school": ("事務室", "事務部"),
    "kindergarten": ("職員室", "園長室"),
    "university": ("総務課", "学務課"),
    "library": ("事務室", "管理係"),
    "school_lunch_kitchen": ("事務室", "管理係"),
}


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def list_of(row: dict[str, Any]) -> str:
    """The list the row comes from: its folder (``primary_school``, ``kindergarten`` ...)."""
    return row["path"].split("/")[1]


def kind(row: dict[str, Any]) -> str:
    """What the row is: the kindergarten list's ``note`` where it gives one, else the list's
    kind."""
    return _f(row, "note") or KINDS[list_of(row)]


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


def _csv(lines: list[list[str]]) -> str:
    """``lines`` as CSV text (minimal quoting, CRLF line ends, as both programs write it)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(lines)
    return out.getvalue()


def _hours(row: dict[str, Any]) -> str:
    """A library's opening days and hours (``火水木金土日 09:30-19:00``), "" for other rows."""
    if not _f(row, "startTime"):
        return ""
    return f"{_f(row, 'availableDate')} {_f(row, 'startTime')}-{_f(row, 'endTime')}"


def _short(name: str) -> str:
    """A short name for a customer list (the owner's prefix left off)."""
    for prefix in ("高松市立", "香川県立", "高松市"):
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            return name[len(prefix) :]
    return name


SHIRASAGI_HEADER = [
    "ファイル名", "施設名", "レイアウト", "施設名ふりがな", "郵便番号", "住所", "電話番号", "FAX",
    "URL", "追加情報：種別", "追加情報：開館日・時間", "追加情報：休館日など",
    "追加情報：お問い合わせ", "追加情報：位置",
]  # fmt: skip


def shirasagi_facility_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A SHIRASAGI CMS facility-page import CSV file (the columns its ``Facility::Node::Importer``
    reads: ``ファイル名``, ``施設名``, ``レイアウト``, ``施設名ふりがな``, ``郵便番号``,
    ``住所``, ``電話番号``, ``FAX``, ``URL`` and ``追加情報：<項目名>`` columns): an invented
    page file name, the name, the address, the number, the web page, the kind, a library's
    days, hours and notes, an inquiry line repeating the number and the coordinates; the
    reading, postcode and fax left blank as the list gives none."""
    name, tel = _f(row, "name"), phone(row)
    filename = f"{list_of(row).replace('_', '-')}-{rng.randint(100, 999)}.html"
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    line = [
        filename, name, "施設ページ", "", "", _f(row, "address"), tel, "",
        _f(row, "referenceObject"), kind(row), _hours(row), _f(row, "availableDateNote"),
        f"お問い合わせは{name}（電話 {tel}）まで", f"{lat},{lon}" if lat and lon else "",
    ]  # fmt: skip
    return _csv([SHIRASAGI_HEADER, line])


def navitime_spot_json(row: dict[str, Any], rng: random.Random) -> str:
    """A NAVITIME API spot-search response (JSON, two-space indented): ``count``, one item with
    an invented spot ``code``, the name, the coordinates, the address under the prefecture as
    ``address_name``, the city's code ``37201``, the number as ``phone`` and the kind as a
    category (an invented category code), and the ``unit`` of the coordinates."""
    item: dict[str, Any] = {
        "code": f"02{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
        "name": _f(row, "name"),
        "coord": {"lat": float(_f(row, "latitude")), "lon": float(_f(row, "longitude"))},
        "address_name": f"香川県{_f(row, 'address')}",
        "address_code": "37201",
        "phone": phone(row),
        "categories": [{"code": CATEGORY_CODES[list_of(row)], "name": kind(row)}],
    }
    if _f(row, "referenceObject"):
        item["url"] = _f(row, "referenceObject")
    doc = {
        "count": {"total": 1, "offset": 0, "limit": rng.choice((10, 20, 50))},
        "items": [item],
        "unit": {"datum": "wgs84", "coord_unit": "degree"},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


FUDEMAME_HEADER = [
    "氏名", "氏名フリガナ", "敬称", "会社名", "部署名1", "役職名", "会社〒", "会社住所1",
    "会社住所2", "会社電話", "会社FAX", "会社URL", "グループ", "メモ1", "メモ2",
]  # fmt: skip


def fudemame_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A 筆まめ (Fudemame) address-book CSV export of a New Year's card list: the header row
    and one entry, the school or facility as ``会社名`` with ``敬称`` 御中 and its office as
    ``部署名1``, no person's name, the address, the number as ``会社電話``, the web page, the
    group, a ``メモ1`` repeating the number and a ``メモ2`` with an invented year."""
    name, tel = _f(row, "name"), phone(row)
    year = rng.randint(2019, 2026)
    line = [
        "", "", "御中", name, rng.choice(OFFICES[list_of(row)]), "", "", _f(row, "address"), "",
        tel, "", _f(row, "referenceObject"), "学校関係", f"代表 {tel}",
        f"{year}年 年賀状送付済",
    ]  # fmt: skip
    return _csv([FUDEMAME_HEADER, line])


YAYOI_HEADER = [
    "得意先コード", "得意先名1", "得意先名2", "得意先略称", "フリガナ", "郵便番号", "住所1",
    "住所2", "電話番号", "FAX番号", "締日", "回収月", "回収日", "回収方法", "与信限度額", "備考",
]  # fmt: skip


def yayoi_customer_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A 弥生販売 (Yayoi Sales) customer-master CSV file of a school-supplies dealer: the
    header row and one customer, an invented ``得意先コード``, the name, its office, a short
    name, the address, the number as ``電話番号``, closing and collection days, the payment
    method, an invented credit limit and a ``備考`` repeating the number."""
    name, tel = _f(row, "name"), phone(row)
    office = rng.choice(OFFICES[list_of(row)])
    line = [
        f"{rng.randint(1, 99999):06d}", name, f"{office} 御中", _short(name)[:12], "", "",
        _f(row, "address"), "", tel, "", rng.choice(("20", "25", "末")), "翌月",
        rng.choice(("10", "20", "末")), "振込", str(rng.choice((100000, 200000, 300000, 500000))),
        f"教材納品・請求書送付先 {office}（TEL {tel}）",
    ]  # fmt: skip
    return _csv([YAYOI_HEADER, line])


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "shirasagi_facility_csv": shirasagi_facility_csv,
    "navitime_spot_json": navitime_spot_json,
    "fudemame_csv": fudemame_csv,
    "yayoi_customer_csv": yayoi_customer_csv,
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
