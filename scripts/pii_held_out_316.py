"""held_out_316 of the PII evaluation set: real phone fields of a register no earlier part used
(the New York City Department of Health and Mental Hygiene's restaurant register, the
restaurants and bars it permits and inspects; the United States' earlier parts took other
registers) exactly as published, in layouts no earlier part has, beside the register's own
names, streets, ZIP codes and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of the US (CMS's hospitals, NYC's DOE high schools, Texas's
schools, Starbucks' stores, the congressional district offices and others) and many other
countries; here:

* the values are the ``PHONE`` fields of 480 restaurants of the five boroughs (180 Manhattan,
  156 Brooklyn, 111 Queens, 33 Bronx: ``scripts/data/pii_us_nyc_restaurants.json``, written by
  ``scripts/us_nyc_restaurants_data.py``; source and licence in that file): North American
  numbers as DOHMH publishes them, ten digits with no ``+1`` and no separator (``7187932984``;
  one number shared by two restaurants), each copy labelled;
* the text around them is the same row's real fields: the name as permitted (``DBA``; one
  empty as published), borough, street (``WEST   71 STREET``), ZIP code, cuisine and
  coordinates, with invented CAMIS record ids (eight digits, ``41234567``), BINs (seven digits)
  and BBLs (ten digits, the borough's digit first), census tracts, community boards and council
  districts, inspection dates, scores and grades, index ids and query times, unlabelled and
  scored; DOHMH's own violation codes and texts (``10F``, ``04L``);
* in layouts no earlier part has, of the US open-data and food-inspection field, text in
  English: LIVES (Yelp's Local Inspector Value-entry Specification) feeds as ``head`` prints
  their ``businesses.csv``, ``inspections.csv`` and ``violations.csv`` (the number as
  ``phone_number``), Socrata SODA API responses of the register's own NYC Open Data resource
  (``/resource/43nn-pn8j.json``: two violation rows of one inspection, each with ``phone``),
  Power Query M queries of a Power BI report (a ``#table`` row with ``PHONE`` and a comment
  naming the number) and Datasette table JSON of the register filtered by ``?PHONE=`` (the number
  in ``human_description_en``, the row and the query's ``params``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_316.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_nyc_restaurants.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_316.jsonl.gz"
SPLIT = "held_out_316"

LAYOUTS = ("lives_feed", "socrata_soda", "power_query_m", "datasette_json")
PHONE = "PHONE"
COLUMNS = (
    "DBA", "BORO", "STREET", "ZIPCODE", "PHONE", "CUISINE DESCRIPTION", "Latitude", "Longitude",
    "PREP_TIME",
)  # fmt: skip

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the borough's digit of NYC's BIN and BBL, and its community boards
BORO_CODE = {"Manhattan": 1, "Bronx": 2, "Brooklyn": 3, "Queens": 4, "Staten Island": 5}
BOARDS = {"Manhattan": 12, "Bronx": 12, "Brooklyn": 18, "Queens": 14, "Staten Island": 3}

# DOHMH violation codes with their texts and critical flags as the register gives them
VIOLATIONS = (
    ("02B", "Hot food item not held at or above 140º F.", "Critical"),
    ("02G", "Cold food item held above 41º F (smoked fish and reduced oxygen packaged foods "
     "above 38 ºF) except during necessary preparation.", "Critical"),
    ("04L", "Evidence of mice or live mice present in facility's food and/or non-food areas.",
     "Critical"),
    ("04M", "Live roaches present in facility's food and/or non-food areas.", "Critical"),
    ("06C", "Food not protected from potential source of contamination during storage, "
     "preparation, transportation, display or service.", "Critical"),
    ("06D", "Food contact surface not properly washed, rinsed and sanitized after each use and "
     "following any activity when contamination may have occurred.", "Critical"),
    ("06E", "Sanitized equipment or utensil, including in-use food dispensing utensil, "
     "improperly used or stored.", "Critical"),
    ("08A", "Facility not vermin proof. Harborage or conditions conducive to attracting vermin "
     "to the premises and/or allowing vermin to exist.", "Not Critical"),
    ("10B", "Plumbing not properly installed or maintained; anti-siphonage or backflow "
     "prevention device not provided where required; equipment or floor not properly drained; "
     "sewage disposal system in disrepair or not functioning properly.", "Not Critical"),
    ("10F", "Non-food contact surface improperly constructed. Unacceptable material used. "
     "Non-food contact surface or equipment improperly maintained and/or not properly sealed, "
     "raised, spaced or movable to allow accessibility for cleaning on all sides, above and "
     "underneath the unit.", "Not Critical"),
    ("10H", "Proper sanitization not provided for utensil ware washing operation.",
     "Not Critical"),
)  # fmt: skip
INSPECTION_TYPES = (
    "Cycle Inspection / Initial Inspection", "Cycle Inspection / Re-inspection",
    "Pre-permit (Operational) / Initial Inspection",
)  # fmt: skip


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


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+1``): none of the register's is."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented inspection day of 2021 (the register's copy is of December 2021)."""
    return dt.datetime(2021, 1, 4) + dt.timedelta(days=rng.randint(0, 330))


def _camis(rng: random.Random) -> str:
    """An invented CAMIS record id (eight digits, as DOHMH numbers its restaurants)."""
    return str(rng.randint(40000000, 50110000))


def _inspection(rng: random.Random) -> tuple[int, str, list[tuple[str, str, str]]]:
    """An invented inspection's score (DOHMH's points, fewer is better), grade and two
    distinct violations."""
    score = rng.choice((2, 5, 7, 9, 10, 11, 12, 13, 13, 16, 19, 22, 27, 31))
    grade = "A" if score <= 13 else "B" if score <= 27 else "C"
    return score, grade, rng.sample(VIOLATIONS, 2)


def lives_feed(row: dict[str, Any], rng: random.Random) -> str:
    """A LIVES 2.0 feed of the restaurant as ``head`` prints its three files:
    ``businesses.csv`` (an invented CAMIS as ``business_id``, the name, street, borough as
    ``city``, ``NY``, ZIP code, coordinates and the number as ``phone_number``),
    ``inspections.csv`` (the invented inspection's score on LIVES's 100 scale, ``YYYYMMDD``
    date and ``routine`` type) and ``violations.csv`` (its two DOHMH violations)."""
    camis = _camis(rng)
    when = _when(rng)
    score, _, violations = _inspection(rng)

    def table(header: list[str], lines: list[list[str]]) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(lines)
        return out.getvalue()

    business = [
        camis, _f(row, "DBA"), _f(row, "STREET"), _f(row, "BORO"), "NY", _f(row, "ZIPCODE"),
        _f(row, "Latitude"), _f(row, "Longitude"), phone(row),
    ]  # fmt: skip
    day = f"{when:%Y%m%d}"
    kind = rng.choice(("routine", "routine", "followup", "complaint"))
    parts = [
        "==> businesses.csv <==\n"
        + table(
            [
                "business_id",
                "name",
                "address",
                "city",
                "state",
                "postal_code",
                "latitude",
                "longitude",
                "phone_number",
            ],
            [business],
        ),  # fmt: skip
        "==> inspections.csv <==\n"
        + table(["business_id", "score", "date", "type"], [[camis, str(100 - score), day, kind]]),
        "==> violations.csv <==\n"
        + table(
            ["business_id", "date", "code", "description"],
            [[camis, day, code, text] for code, text, _ in violations],
        ),
    ]
    return "\n".join(parts)


def _soda_row(row: dict[str, Any], common: dict[str, str], violation: tuple[str, ...]) -> str:
    code, text, flag = violation
    doc = {
        "camis": common["camis"],
        "dba": _f(row, "DBA"),
        "boro": _f(row, "BORO"),
        "street": _f(row, "STREET"),
        "zipcode": _f(row, "ZIPCODE"),
        "phone": phone(row),
        "cuisine_description": _f(row, "CUISINE DESCRIPTION"),
        "inspection_date": common["date"],
        "action": "Violations were cited in the following area(s).",
        "violation_code": code,
        "violation_description": text,
        "critical_flag": flag,
        "score": common["score"],
        "grade": common["grade"],
        "grade_date": common["date"],
        "record_date": "2021-12-10T06:00:09.000",
        "inspection_type": common["type"],
        "latitude": _f(row, "Latitude"),
        "longitude": _f(row, "Longitude"),
        "community_board": common["board"],
        "council_district": common["district"],
        "census_tract": common["tract"],
        "bin": common["bin"],
        "bbl": common["bbl"],
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def socrata_soda(row: dict[str, Any], rng: random.Random) -> str:
    """A Socrata SODA 2.1 response of the register's NYC Open Data resource
    (``GET /resource/43nn-pn8j.json?camis=...``): a JSON array of the two violation rows of one
    invented inspection, each object with its keys in the table's field names and every value a
    string (``phone`` included), one object to a line after a leading comma as Socrata writes
    them; an invented CAMIS, date, score and grade, community board, council district, census
    tract, BIN and BBL."""
    boro = _f(row, "BORO")
    digit = BORO_CODE[boro]
    score, grade, violations = _inspection(rng)
    common = {
        "camis": _camis(rng),
        "date": f"{_when(rng):%Y-%m-%d}T00:00:00.000",
        "score": str(score),
        "grade": grade if rng.random() < 0.8 else "",
        "type": rng.choice(INSPECTION_TYPES),
        "board": f"{digit}{rng.randint(1, BOARDS[boro]):02d}",
        "district": f"{rng.randint(1, 51):02d}",
        "tract": f"{rng.randint(1, 1600):04d}00",
        "bin": f"{digit}{rng.randint(0, 999999):06d}",
        "bbl": f"{digit}{rng.randint(1, 16000):05d}{rng.randint(1, 200):04d}",
    }
    if not common["grade"]:
        common["grade"] = "Z" if "Re-inspection" in common["type"] else "N"
    lines = [_soda_row(row, common, v) for v in violations]
    return "[" + "\n,".join(lines) + "]\n"


def _m(value: str) -> str:
    """``value`` as an M text literal (a double quote doubled)."""
    return '"' + value.replace('"', '""') + '"'


def _m_number(value: str) -> str:
    """A coordinate as an M number literal (``null`` where the row has none)."""
    return value if value else "null"


def power_query_m(row: dict[str, Any], rng: random.Random) -> str:
    """A Power Query M query of a Power BI report's pinned-restaurant table (as the Advanced
    Editor shows it): a comment naming the restaurant and its DOHMH number and an invented
    check date, a ``#table`` with the register's columns typed (``PHONE = text``) and the row as
    published, an added index from an invented first id and a custom delivery-zone column."""
    name = _f(row, "DBA")
    checked = _when(rng) + dt.timedelta(days=rng.randint(0, 20))
    values = [
        _m(name), _m(_f(row, "BORO")), _m(_f(row, "STREET")), _m(_f(row, "ZIPCODE")),
        _m(phone(row)), _m(_f(row, "CUISINE DESCRIPTION")), _m_number(_f(row, "Latitude")),
        _m_number(_f(row, "Longitude")), _f(row, "PREP_TIME"),
    ]  # fmt: skip
    first = rng.randint(1000, 1990)
    zone = rng.choice(("Core", "Zone 1", "Zone 2"))
    lines = [
        f"// Pinned row: {name} ({_f(row, 'BORO')}), DOHMH phone {phone(row)}, checked "
        f"{checked:%Y-%m-%d}",
        "let",
        "    Source = #table(",
        "        type table [DBA = text, BORO = text, STREET = text, ZIPCODE = text, "
        'PHONE = text, #"CUISINE DESCRIPTION" = text, Latitude = number, Longitude = number, '
        "PREP_TIME = number],",
        f"        {{{{{', '.join(values)}}}}}",
        "    ),",
        f'    #"Added Index" = Table.AddIndexColumn(Source, "RestaurantID", {first}, 1, '
        "Int64.Type),",
        '    #"Added Zone" = Table.AddColumn(#"Added Index", "Zone", each if [BORO] = '
        f'"Manhattan" then {_m(zone)} else "Outer boroughs", type text)',
        "in",
        '    #"Added Zone"',
        "",
    ]
    return "\n".join(lines)


def datasette_json(row: dict[str, Any], rng: random.Random) -> str:
    """Datasette's JSON of the register's table (``/nyc_restaurants/
    DOHMH_New_York_City_Restaurant_Inspection_Results.json?PHONE=...``, the CSV loaded as it
    is): the filter in ``human_description_en``, the row as an array after its ``rowid`` (the
    register row's line), the columns, the SQL with the number as ``params.p0``, and an invented
    query time."""
    table = "DOHMH_New_York_City_Restaurant_Inspection_Results"
    rowid = int(row["path"].rsplit("#", 1)[1]) + 1
    columns = ["rowid", *COLUMNS]
    quoted = ", ".join(f'"{c}"' if " " in c else c for c in columns)
    doc = {
        "database": "nyc_restaurants",
        "table": table,
        "is_view": False,
        "human_description_en": f"where PHONE = {phone(row)}",
        "rows": [[rowid, *(row["fields"][c] for c in COLUMNS)]],
        "truncated": False,
        "filtered_table_rows_count": 1,
        "expanded_columns": [],
        "expandable_columns": [],
        "columns": columns,
        "primary_keys": [],
        "units": {},
        "query": {
            "sql": f'select {quoted} from {table} where "PHONE" = :p0 order by rowid limit 101',
            "params": {"p0": phone(row)},
        },
        "facet_results": {},
        "suggested_facets": [],
        "next": None,
        "next_url": None,
        "private": False,
        "allow_execute_sql": True,
        "query_ms": round(rng.uniform(0.8, 9.5), 3),
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, indent=4) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "lives_feed": lives_feed,
    "socrata_soda": socrata_soda,
    "power_query_m": power_query_m,
    "datasette_json": datasette_json,
}


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
