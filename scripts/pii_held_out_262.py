"""held_out_262 of the PII evaluation set: real phone fields of a list no earlier part used
(Alberta's schools, the Ventilate Schools project's Alberta pages; Canada's earlier parts took
other registers) exactly as published, in layouts no earlier part has, beside the list's own
names, divisions, addresses, postal codes, kinds and web sites.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
North American numbers from Canadian registers of Ontario's COVID-19 testing locations, WorkBC
Centres, Toronto's and British Columbia's child care facilities, Ontario's retirement homes and
provincial pharmacy rosters; here:

* the values are the ``Phone`` fields of 480 Alberta schools
  (``scripts/data/pii_ca_ab_schools.json``, written by ``scripts/ca_ab_schools_data.py``; source
  and licence in that file): North American numbers with no ``+1`` as the pages write them, area
  code, exchange and line joined by hyphens (``780-372-3800``; one ``(780) 484-3585``), one
  school per number, each copy labelled;
* the text around them is the same row's real fields: the school's name, its division's folder,
  its street, town, province and postal code (``T0B 0H0``; one page's school in Sifton,
  ``MB``), its web site and, where the page has them, its kind (``Public``,
  ``Separate/Catholic``, ``Francophone``, ...) and student count, with invented object ids,
  ten-digit Schoology ids, four-digit school codes, seven-digit SIS ids, building codes, grade
  ranges and dates, unlabelled and scored;
* in layouts no earlier part has, the school systems' own formats, text in English: Clever API
  v3.0 ``GET /v3.0/schools/{id}`` responses (``data`` with ``phone`` and ``location``),
  PowerSchool API ``GET /ws/v1/district/school`` responses as XML (``phones/main/number``,
  ``addresses/physical``), Schoology API v1 ``GET /v1/schools/{id}`` responses (``phone``,
  ``address1``, ``postal_code``) and Microsoft School Data Sync v1 ``School.csv`` files (the
  school's row under the documented header, its number in ``Phone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_262.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_ab_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_262.jsonl.gz"
SPLIT = "held_out_262"

LAYOUTS = ("clever_school", "powerschool_xml", "schoology_school", "sds_school_csv")
PHONE = "Phone"
POSTAL = re.compile(r"^(?:(.*?) )?([A-Z]\d[A-Z] ?\d[A-Z]\d)$")
SDS_HEADER = (
    "SIS ID", "Name", "School Number", "School NCES_ID", "State ID", "Grade Low", "Grade High",
    "Principal SIS ID", "Principal Name", "Principal Secondary Email", "Address", "City",
    "State", "Country", "Zip", "Phone", "Zone",
)  # fmt: skip

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the kept pages' does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def address_parts(row: dict[str, Any]) -> dict[str, str]:
    """The page's address split as the school systems file it: street, city, province and
    postal code (``5213 52 Ave``, ``Bashaw``, ``AB``, ``T0B 0H0``); a part the address lacks is
    "" (the street keeps what stands before the town)."""
    parts = _f(row, "Address").split(", ")
    last = POSTAL.match(parts[-1])
    if last and len(parts) >= 3:
        province = {"Alberta": "AB"}.get(last.group(1) or "", last.group(1) or "")
        return {
            "street": ", ".join(parts[:-2]),
            "city": parts[-2],
            "province": province,
            "postal": last.group(2),
        }
    province = parts[-1] if len(parts) == 2 else ""
    return {"street": "", "city": parts[0], "province": province, "postal": ""}


def website(row: dict[str, Any]) -> str:
    """The page's web site without the Markdown autolink's angle brackets ("" where the page
    has none but ``TODO``)."""
    value = _f(row, "Website")
    return value.strip("<>") if value.startswith("<http") else ""


def division(row: dict[str, Any]) -> str:
    """The division's folder as a name (``Battle_River`` -> ``Battle River``)."""
    return _f(row, "division").replace("_", " ").strip()


def students(row: dict[str, Any]) -> str:
    """The page's student count where it gives one in digits, else ""."""
    value = _f(row, "Student Count")
    return value if value.isdigit() else ""


def grades(row: dict[str, Any], rng: random.Random) -> tuple[str, str]:
    """An invented grade range by the school's name (a high school 10-12, ...)."""
    name = _f(row, "title").lower()
    if "high" in name or "secondary" in name or "composite" in name:
        return rng.choice((("10", "12"), ("7", "12"), ("9", "12")))
    if "junior" in name or "middle" in name:
        return rng.choice((("7", "9"), ("6", "9"), ("5", "8")))
    if "elementary" in name:
        return rng.choice((("K", "6"), ("K", "5"), ("1", "6")))
    return rng.choice((("K", "9"), ("K", "12"), ("K", "6"), ("1", "9")))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024-2025 (UTC)."""
    start = dt.datetime(2024, 8, 19, 6, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _school_code(rng: random.Random) -> str:
    """An invented four-digit Alberta Education school code."""
    return f"{rng.randint(1000, 9899)}"


def clever_school(row: dict[str, Any], rng: random.Random) -> str:
    """A Clever API v3.0 ``GET /v3.0/schools/{id}`` response: ``data`` with an invented
    object id, its district's id, the name, grades, ``location`` (address, city, state, zip),
    ``phone``, invented ``school_number``, ``sis_id`` and ``state_id``, created and modified
    times, the district's ``ext`` fields (the division, the page's kind and student count where
    it has them, the web site) and the ``self`` link."""
    sid, district = _hex(rng, 24), _hex(rng, 24)
    low, high = grades(row, rng)
    made = _when(rng)
    code = _school_code(rng)
    where = address_parts(row)
    grade = {"K": "Kindergarten"}
    ext = {
        "authority": division(row),
        "school_type": _f(row, "Type"),
        "enrollment": students(row),
        "website": website(row),
    }
    ext = {key: value for key, value in ext.items() if value}
    body = {
        "data": {
            "created": f"{made:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
            "district": district,
            "high_grade": grade.get(high, high),
            "last_modified": f"{made + dt.timedelta(days=rng.randint(1, 60)):%Y-%m-%dT%H:%M:%S}"
            f".{rng.randint(0, 999):03d}Z",
            "location": {
                "address": where["street"] or _f(row, "Address"),
                "city": where["city"],
                "state": where["province"],
                "zip": where["postal"],
            },
            "low_grade": grade.get(low, low),
            "name": _f(row, "title"),
            "phone": phone(row),
            "school_number": code,
            "sis_id": f"{rng.randint(100, 999)}{code}",
            "state_id": code,
            "id": sid,
            "ext": ext,
        },
        "links": [{"rel": "self", "uri": f"/v3.0/schools/{sid}"}],
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def powerschool_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A PowerSchool API ``GET /ws/v1/district/school`` response as XML (``Accept:
    application/xml``) listing the one school: ``id``, ``name``, an invented
    ``school_number``, grades, ``addresses/physical`` (street, city, state_province,
    postal_code) and ``phones/main/number``."""
    low, high = grades(row, rng)
    where = address_parts(row)
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<schools expansions="school_boundary, full_time_equivalencies, school_terms">',
        "    <school>",
        f"        <id>{rng.randint(2, 180)}</id>",
        f"        <name>{_x(_f(row, 'title'))}</name>",
        f"        <school_number>{_school_code(rng)}</school_number>",
        f"        <low_grade>{'0' if low == 'K' else low}</low_grade>",
        f"        <high_grade>{high}</high_grade>",
        "        <alternate_school_number>0</alternate_school_number>",
        "        <addresses>",
        "            <physical>",
        f"                <street>{_x(where['street'] or _f(row, 'Address'))}</street>",
        f"                <city>{_x(where['city'])}</city>",
        f"                <state_province>{_x(where['province'])}</state_province>",
        f"                <postal_code>{where['postal']}</postal_code>",
        "            </physical>",
        "        </addresses>",
        "        <phones>",
        "            <main>",
        f"                <number>{_x(phone(row))}</number>",
        "            </main>",
        "        </phones>",
        "    </school>",
        "</schools>",
        "",
    ]
    return "\n".join(lines)


def schoology_school(row: dict[str, Any], rng: random.Random) -> str:
    """A Schoology API v1 ``GET /v1/schools/{id}`` response: an invented numeric ``id``, the
    ``title``, ``address1``/``address2``, ``city``, ``state``, ``postal_code``, ``country``,
    ``website``, ``phone``, an empty ``fax``, an invented ``building_code`` and the default
    ``picture_url``, and the ``links.self`` URL."""
    sid = str(rng.randint(10**9, 4 * 10**9))
    where = address_parts(row)
    body = {
        "id": sid,
        "title": _f(row, "title"),
        "address1": where["street"] or _f(row, "Address"),
        "address2": "",
        "city": where["city"],
        "state": where["province"],
        "postal_code": where["postal"],
        "country": "Canada",
        "website": website(row),
        "phone": phone(row),
        "fax": "",
        "building_code": f"{division(row)[:3].upper()}-{_school_code(rng)}",
        "picture_url": "https://asset-cdn.schoology.com/sites/all/themes/schoology_theme/"
        "images/school-default.svg",
        "links": {"self": f"https://api.schoology.com/v1/schools/{sid}"},
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def sds_school_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A Microsoft School Data Sync (v1 CSV format) ``School.csv``: the documented header and
    the school's row: an invented ``SIS ID``, ``School Number`` and ``State ID`` (its
    four-digit Alberta code), grades, empty principal columns, the address's parts, ``Country``
    ``CA``, ``Zip``, ``Phone`` and the division as ``Zone``; CRLF lines as Excel saves them."""
    low, high = grades(row, rng)
    code = _school_code(rng)
    where = address_parts(row)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(SDS_HEADER)
    writer.writerow(
        (
            f"{rng.randint(1000, 9899)}-{code}", _f(row, "title"), code, "", code, low, high,
            "", "", "", where["street"] or _f(row, "Address"), where["city"],
            where["province"], "CA", where["postal"], phone(row), division(row),
        )
    )  # fmt: skip
    return out.getvalue()


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "clever_school": clever_school,
    "powerschool_xml": powerschool_xml,
    "schoology_school": schoology_school,
    "sds_school_csv": sds_school_csv,
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
