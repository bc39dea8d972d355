"""held_out_372 of the PII evaluation set: real phone fields of a register no earlier part used
(the Health Resources and Services Administration's health center service delivery and
look-alike sites in Maine, the federally qualified health centers' clinics, school-based sites,
nursing-home sites and mobile vans; the United States' earlier parts took CMS's hospitals, New
York City's high schools and restaurants, Puerto Rico's voter centres, the TEA's AskTED
directory, HIFLD's colleges, Cambridge's facilities, New York State's health facilities, 18F's
FOIA offices, IMLS's museums, HUD's public housing agencies, the NPS's parks, Chicago's primary
care health centers, SAMHSA's treatment locator, the AFDC's fuel stations, Open Brewery DB's
breweries, Starbucks' and Target's stores, the House's district offices, California's schools,
Texas's child care operations and the public libraries) exactly as published, in layouts no
earlier part has, beside the sites' own names, addresses, ZIP codes, grant and site numbers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Site Telephone Number`` of 125 sites, one per line
  (``scripts/data/pii_us_me_hrsa_health_centers.json``, written by
  ``scripts/us_me_hrsa_health_centers_data.py``; source and licence in that file): ten-digit
  numbers as HRSA's data warehouse writes them, hyphenated (``207-897-4345``), two with an
  extension after `` x`` (``207-755-3160 x20751``, labelled whole); every copy labelled; the
  register has no e-mail field and no layout writes an e-mail address;
* the text around them is the same row's real fields: the site's name, street, city, ZIP+4 code
  (``04254-1311``), BPHC site number (``BPS-H80-012419``), the grant number (``H80CS00797``),
  the BHCMIS organization id, the grantee's name, the web address, weekly hours, setting,
  location type, county, rural flag and geocoded coordinates, with invented ids, revision ids,
  times and dates, unlabelled and scored;
* in layouts no earlier part has, formats of US ambulatory-care software and of the web
  services around it, text in English: drchrono API office answers (``GET /api/offices/{id}``
  of the drchrono EHR: the site as an office of an invented doctor id, its address, ZIP code,
  ``phone_number``, hours and exam rooms), VCR cassettes (the YAML fixtures of Ruby's ``vcr``
  gem: one recorded ``http_interaction``, a ``GET /api/offices`` list call to drchrono with its
  request and response headers and the answer's JSON as the body string), Typesense document
  import requests (``POST /collections/{name}/documents/import?action=upsert`` as an HTTP/1.1
  message: one JSONL document of a site finder's collection with the site's fields and a
  geopoint) and Alembic migration scripts (a revision of an SQLAlchemy application whose
  ``upgrade`` runs ``op.bulk_insert`` of the site into a ``health_center_sites`` table and whose
  ``downgrade`` deletes it by its BPHC number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, an extension after two, labelled whole). Each record is seeded by its own
(split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_372.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_me_hrsa_health_centers.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_372.jsonl.gz"
SPLIT = "held_out_372"

LAYOUTS = ("drchrono_office", "vcr_cassette", "typesense_import", "alembic_migration")
PHONE = "Site Telephone Number"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: "phone"}
EASTERN = dt.timezone(dt.timedelta(hours=-4))
STATE = "ME"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

ROOMS = ("Exam", "Exam Room", "Room")
HEX = "0123456789abcdef"


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The site's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the file's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Eastern time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=EASTERN) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(
        hours=rng.randint(8, 17), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
    )


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def hours(row: dict[str, Any]) -> tuple[str, str]:
    """Opening and closing times of an invented day that fits the site's weekly hours
    (``49.5`` hours a week as ``08:00:00`` to ``18:00:00``)."""
    weekly = float(_f(row, "Operating Hours per Week") or "0")
    daily = max(4, min(12, round(weekly / 5)))
    start = 8 if daily <= 10 else 7
    return f"{start:02d}:00:00", f"{start + daily:02d}:00:00"


def office(row: dict[str, Any], rng: random.Random, doctor: int) -> dict[str, Any]:
    """The site as a drchrono office object (the fields of ``/api/offices``)."""
    start, end = hours(row)
    scheduling = _f(row, "Health Center Location Type Description") == "Permanent"
    rooms = [
        {"index": i, "name": f"{rng.choice(ROOMS)} {i}", "online_scheduling": scheduling}
        for i in range(1, rng.randint(2, 6))
    ]
    return {
        "id": rng.randint(200_000, 399_999),
        "doctor": doctor,
        "name": _f(row, "Site Name"),
        "address": _f(row, "Site Address"),
        "city": _f(row, "Site City"),
        "state": STATE,
        "zip_code": _f(row, "Site Postal Code"),
        "country": "US",
        "phone_number": phone(row),
        "start_time": start,
        "end_time": end,
        "online_scheduling": scheduling,
        "exam_rooms": rooms,
    }


def drchrono_office(row: dict[str, Any], rng: random.Random) -> str:
    """A drchrono API answer to ``GET /api/offices/{id}``: the site as an office of an invented
    doctor id, with its address, ZIP code, ``phone_number``, hours fitting its weekly hours and
    one to four exam rooms, online scheduling where the site is permanent."""
    return _json(office(row, rng, rng.randint(100_000, 999_999)))


def vcr_cassette(row: dict[str, Any], rng: random.Random) -> str:
    """A VCR cassette (Ruby's ``vcr`` gem, YAML): one ``http_interaction``, a ``GET
    /api/offices?doctor=`` call to drchrono by an invented Faraday client with a filtered
    bearer token, and its answer (200, headers, a request id) whose body string is the compact
    JSON of the page (``previous``, ``results`` with the site's office, ``next``)."""
    when = _when(rng)
    doctor = rng.randint(100_000, 999_999)
    page = {"previous": None, "results": [office(row, rng, doctor)], "next": None}
    body = json.dumps(page, ensure_ascii=False, separators=(",", ":")).replace("'", "''")
    stamp = format_datetime(when.astimezone(dt.UTC), usegmt=True)
    lines = [
        "---",
        "http_interactions:",
        "- request:",
        "    method: get",
        f"    uri: https://app.drchrono.com/api/offices?doctor={doctor}",
        "    body:",
        "      encoding: US-ASCII",
        "      string: ''",
        "    headers:",
        "      Authorization:",
        "      - Bearer <DRCHRONO_ACCESS_TOKEN>",
        "      User-Agent:",
        "      - Faraday v2.9.0",
        "      Accept:",
        "      - application/json",
        "  response:",
        "    status:",
        "      code: 200",
        "      message: OK",
        "    headers:",
        "      Date:",
        f"      - {stamp}",
        "      Content-Type:",
        "      - application/json",
        "      Vary:",
        "      - Accept, Authorization",
        "      X-Request-Id:",
        f"      - {_hex(rng, 32)}",
        "    body:",
        "      encoding: UTF-8",
        f"      string: '{body}'",
        f"  recorded_at: {stamp}",
        "recorded_with: VCR 6.2.0",
        "",
    ]
    return "\n".join(lines)


def site_document(row: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The site as a document of a site finder's collection: its BPHC number as ``id``, the
    file's fields under short names, a geopoint and an invented update time."""
    lat = float(_f(row, "Geocoding Artifact Address Primary Y Coordinate"))
    lon = float(_f(row, "Geocoding Artifact Address Primary X Coordinate"))
    return {
        "id": _f(row, "BPHC Assigned Number"),
        "site_name": _f(row, "Site Name"),
        "health_center": _f(row, "Health Center Name"),
        "grant_number": _f(row, "Health Center Number"),
        "center_type": _f(row, "Health Center Type"),
        "street": _f(row, "Site Address"),
        "city": _f(row, "Site City"),
        "state": STATE,
        "zip": _f(row, "Site Postal Code"),
        "county": _f(row, "Complete County Name"),
        "phone": phone(row),
        "website": _f(row, "Site Web Address"),
        "setting": _f(row, "Health Center Service Delivery Site Location Setting Description"),
        "location_type": _f(row, "Health Center Location Type Description"),
        "hours_per_week": float(_f(row, "Operating Hours per Week") or "0"),
        "rural": _f(row, "Geocoding Artifact Rural Status Indicator") == "Y",
        "location": [lat, lon],
        "updated_at": int(_when(rng).timestamp()),
    }


def typesense_import(row: dict[str, Any], rng: random.Random) -> str:
    """A Typesense import request as an HTTP/1.1 message (``POST /collections/{name}/documents/
    import?action=upsert``, the API key header left as a placeholder, ``text/plain``): one
    JSONL line, the site's document."""
    line = json.dumps(site_document(row, rng), ensure_ascii=False, separators=(",", ":"))
    body = line + "\n"
    head = [
        "POST /collections/me_health_center_sites/documents/import?action=upsert HTTP/1.1",
        "Host: search.example.org:8108",
        "X-TYPESENSE-API-KEY: ${TYPESENSE_API_KEY}",
        "Content-Type: text/plain",
        f"Content-Length: {len(body.encode('utf-8'))}",
    ]
    return "\r\n".join(head) + "\r\n\r\n" + body


def _py(value: Any) -> str:
    """``value`` as a Python literal (strings double-quoted as JSON writes them)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


COLUMNS_SQL = (
    ("bphc_number", "sa.String", "BPHC Assigned Number"),
    ("grant_number", "sa.String", "Health Center Number"),
    ("bhcmis_id", "sa.String", "BHCMIS Organization Identification Number"),
    ("name", "sa.String", "Site Name"),
    ("street", "sa.String", "Site Address"),
    ("city", "sa.String", "Site City"),
    ("zip_code", "sa.String", "Site Postal Code"),
    ("phone", "sa.String", PHONE),
    ("website", "sa.String", "Site Web Address"),
    ("hours_per_week", "sa.Numeric", "Operating Hours per Week"),
    ("setting", "sa.String", "Health Center Service Delivery Site Location Setting Description"),
    ("county", "sa.String", "Complete County Name"),
)


def alembic_migration(row: dict[str, Any], rng: random.Random) -> str:
    """An Alembic migration script (``versions/<rev>_add_site_<bphc>.py``): the docstring with
    the revision, its parent and the creation time, the revision identifiers, a lightweight
    ``sa.table`` of ``health_center_sites``, an ``upgrade`` that runs ``op.bulk_insert`` of the
    site's row (the file's fields unchanged, the hours as a number, the website ``None`` where
    the file has none) and a ``downgrade`` that deletes it by its BPHC number."""
    when = _when(rng)
    rev, down = _hex(rng, 12), _hex(rng, 12)
    bphc = _f(row, "BPHC Assigned Number")
    values = []
    for column, _, key in COLUMNS_SQL:
        value: Any = _f(row, key)
        if column == "hours_per_week":
            value = float(value or "0")
        elif not value:
            value = None
        values.append((column, value))
    lines = [
        f'"""add HRSA site {bphc} ({_f(row, "Site Name")})'.replace("\\", ""),
        "",
        f"Revision ID: {rev}",
        f"Revises: {down}",
        f"Create Date: {when:%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999_999):06d}",
        "",
        '"""',
        "",
        "import sqlalchemy as sa",
        "from alembic import op",
        "",
        "# revision identifiers, used by Alembic.",
        f'revision = "{rev}"',
        f'down_revision = "{down}"',
        "branch_labels = None",
        "depends_on = None",
        "",
        "sites = sa.table(",
        '    "health_center_sites",',
        *(f'    sa.column("{c}", {t}),' for c, t, _ in COLUMNS_SQL),
        ")",
        "",
        "",
        "def upgrade():",
        "    op.bulk_insert(",
        "        sites,",
        "        [",
        "            {",
        *(f'                "{c}": {_py(v)},' for c, v in values),
        "            }",
        "        ],",
        "    )",
        "",
        "",
        "def downgrade():",
        f"    op.execute(sites.delete().where(sites.c.bphc_number == {_py(bphc)}))",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "drchrono_office": drchrono_office,
    "vcr_cassette": vcr_cassette,
    "typesense_import": typesense_import,
    "alembic_migration": alembic_migration,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
