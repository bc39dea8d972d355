"""held_out_267 of the PII evaluation set: real phone fields of a register no earlier part used
(the City of Chicago Department of Public Health's list of Chicago primary care community health
centers; the United States' earlier parts took CMS's hospitals, New York City's and Texas's
schools, Puerto Rico's voter centres, HIFLD's colleges, Cambridge's facilities, New York State's
health facilities, the federal FOIA offices, IMLS's museums, HUD's housing agencies and the
NPS's parks) exactly as published, in layouts no earlier part has, beside the list's own names,
community areas, notes and addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` fields of all 120 clinics of the list
  (``scripts/data/pii_us_chicago_health_centers.json``, written by
  ``scripts/us_chicago_health_centers_data.py``; source and licence in that file): US numbers
  with no ``+1`` as the city writes them, the area code in brackets, a blank, the exchange and
  the line joined by a hyphen (``(773) 268-7600``; toll-free ``(866) 882-2237``, the ACCESS
  network's 26 sites, and ``(877) 692-8686``), one field of two numbers on two lines with no
  blank after the bracket (``(773)646-3960`` and ``(773)646-0480``, each labelled on its own;
  the line break kept, as JSON writes it), one field's leading blank stripped; every copy of
  each number labelled;
* the text around them is the same row's real fields: the clinic's name, community area
  (``OAKLAND (36)``), the notes column (``FQHC``, ``Look-alike`` or ``neither`` and what the
  clinic is: school-based, county, free clinic, with days and hours for some), street, ZIP
  code (``60653``) and coordinates, with invented NPIs (ten digits, the Luhn check of the
  ``80840`` prefix right), Medicaid ids, department, sheet, column, row, group, message and
  bot ids, epoch times and dates, unlabelled and scored;
* in layouts no earlier part has, US health-care and US workplace formats, text in English:
  NPPES NPI Registry API 2.1 responses (an ``NPI-2`` organization: ``basic``, ``LOCATION`` and
  ``MAILING`` ``addresses`` each with ``telephone_number``, a ``taxonomies`` entry by the
  clinic's kind, a Medicaid ``identifiers`` entry), athenahealth athenaOne API
  ``GET /v1/{practiceid}/departments/{departmentid}`` responses (the clinic as a department
  with ``phone``, address, coordinates, ``America/Chicago`` time zone and the CMS place of
  service by its kind), Smartsheet API 2.0 ``GET /sheets/{sheetId}`` responses of a referral
  list (columns, one row whose ``cells`` give the phone as ``value`` and ``displayValue``) and
  GroupMe API ``GET /groups/:group_id/messages`` responses (two posts of a referral bot in a
  community health workers' group, a ``location`` attachment, each post giving the number).

The NPPES API writes ``telephone_number`` as ``773-268-7600`` and the others keep what was
typed; the numbers here stay as the city published them. Phones are labelled by the policy of
``make_pii_eval.personal_phone``. Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_267.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_chicago_health_centers.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_267.jsonl.gz"
SPLIT = "held_out_267"

LAYOUTS = ("nppes_npi_api", "athena_department", "smartsheet_sheet", "groupme_messages")
PHONE = "phone"
# how many copies of each number of the phone field each layout writes
COPIES = {"nppes_npi_api": 2, "athena_department": 1, "smartsheet_sheet": 2, "groupme_messages": 2}
CHICAGO = dt.timezone(dt.timedelta(hours=-5))

# the list's data file (read once) and its rows by country (``register_rows``)
data, _rows_by_locale = register_rows(ROWS)


def by_locale() -> dict[str, list[dict[str, Any]]]:
    """Every row of the list four times in a row, once for each layout, by ``reg:<country>``."""
    return {
        locale: [row for row in rows for _ in LAYOUTS] for locale, rows in _rows_by_locale().items()
    }


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped (one field holds two numbers on two
    lines)."""
    return _f(row, PHONE)


def phones(row: dict[str, Any]) -> list[str]:
    """Each number of the row's phone field (one per line)."""
    return [line.strip() for line in phone(row).split("\n") if line.strip()]


def notes(row: dict[str, Any]) -> str:
    return _f(row, "fqhc_look_alike_or_neither_special_notes")


def status(row: dict[str, Any]) -> str:
    """``FQHC``, ``Look-alike`` or ``neither``: the notes column's first word."""
    return re.split(r"[;,]", notes(row))[0].strip()


def school(row: dict[str, Any]) -> bool:
    return "school-based" in notes(row).lower()


def street(row: dict[str, Any]) -> str:
    return json.loads(_f(row, "location_address"))["address"]


def zip_code(row: dict[str, Any]) -> str:
    return json.loads(_f(row, "location_address"))["zip"]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th record: each row's four records take the four layouts."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each number of the row's phone field labelled
    (each copy stands apart: no digit next to it)."""
    values = [("phone", number) for number in phones(row)]
    return field_copies(text, values, {"phone": r"\d"}, {"phone": PHONE}, row["path"])


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each copy of each number labelled (one no person holds is a distractor), national (none
    begins with ``+``)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, value in block.phones:
        kind = "international" if international(value) else "national"
        span = [at, at + len(value), "PHONE_NUMBER", f"{kind}:{column}"]
        if personal_phone(value, row["country"]):
            spans.append(span)
        else:
            distractors.append([*span[:3], "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Chicago, CDT)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=CHICAGO)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def npi(rng: random.Random) -> str:
    """An invented NPI: ten digits beginning with 1, its check digit the Luhn digit of the
    ``80840`` prefix and the first nine."""
    body = "1" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    total = 0
    for i, c in enumerate(reversed("80840" + body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _kind(row: dict[str, Any]) -> str:
    """What the clinic is, in words."""
    words = {"FQHC": "federally qualified health center", "Look-alike": "FQHC look-alike"}
    return words.get(status(row), "community clinic")


def _taxonomy(row: dict[str, Any]) -> tuple[str, str]:
    """The NUCC taxonomy code and description of the clinic's kind."""
    if status(row) in ("FQHC", "Look-alike"):
        return "261QF0400X", "Clinic/Center, Federally Qualified Health Center (FQHC)"
    return "261QP2300X", "Clinic/Center, Primary Care"


def _place_of_service(row: dict[str, Any]) -> tuple[str, str]:
    """The CMS place of service code and name of the clinic's kind."""
    if status(row) in ("FQHC", "Look-alike"):
        return "50", "FEDERALLY QUALIFIED HEALTH CENTER"
    if school(row):
        return "03", "SCHOOL"
    if "county" in notes(row).lower():
        return "71", "STATE OR LOCAL PUBLIC HEALTH CLINIC"
    return "49", "INDEPENDENT CLINIC"


def nppes_npi_api(row: dict[str, Any], rng: random.Random) -> str:
    """An NPPES NPI Registry API 2.1 response (``/api/?version=2.1&number=...``) for an invented
    ``NPI-2`` record of the clinic: ``LOCATION`` and ``MAILING`` addresses, each with the phone
    field as ``telephone_number``; ``basic`` with the name, enumeration and update dates and
    status; a taxonomy by its kind; an invented Illinois Medicaid identifier."""
    created = _when(rng) - dt.timedelta(days=rng.randint(2500, 6000))
    updated = _when(rng)
    code, desc = _taxonomy(row)
    address = {
        "country_code": "US",
        "country_name": "United States",
        "address_purpose": "LOCATION",
        "address_type": "DOM",
        "address_1": street(row),
        "address_2": "",
        "city": "CHICAGO",
        "state": "IL",
        "postal_code": zip_code(row),
        "telephone_number": phone(row),
    }
    body = {
        "result_count": 1,
        "results": [
            {
                "created_epoch": str(int(created.timestamp()) * 1000),
                "enumeration_type": "NPI-2",
                "last_updated_epoch": str(int(updated.timestamp()) * 1000),
                "number": npi(rng),
                "addresses": [address, {**address, "address_purpose": "MAILING"}],
                "practiceLocations": [],
                "basic": {
                    "organization_name": _f(row, "facility"),
                    "organizational_subpart": "YES" if " - " in _f(row, "facility") else "NO",
                    "enumeration_date": f"{created:%Y-%m-%d}",
                    "last_updated": f"{updated:%Y-%m-%d}",
                    "certification_date": f"{updated:%Y-%m-%d}",
                    "status": "A",
                },
                "taxonomies": [
                    {
                        "code": code,
                        "taxonomy_group": "",
                        "desc": desc,
                        "state": "IL",
                        "license": None,
                        "primary": True,
                    }
                ],
                "identifiers": [
                    {
                        "code": "05",
                        "desc": "MEDICAID",
                        "issuer": "",
                        "identifier": _digits(rng, 9),
                        "state": "IL",
                    }
                ],
                "endpoints": [],
                "other_names": [],
            }
        ],
    }
    return _json(body)


def athena_department(row: dict[str, Any], rng: random.Random) -> str:
    """An athenahealth athenaOne API ``GET /v1/{practiceid}/departments/{departmentid}``
    response (a list of one department): the clinic's name, address, ``phone``, coordinates,
    Chicago's time zone, the CMS place of service of its kind, an invented provider group and
    department id."""
    pos, pos_name = _place_of_service(row)
    group = re.split(r"\s*-+\s*|-", _f(row, "facility"))[0].strip()
    department = {
        "departmentid": str(rng.randint(2, 180)),
        "name": _f(row, "facility").upper()[:30].strip(),
        "patientdepartmentname": _f(row, "facility"),
        "address": street(row),
        "city": "CHICAGO",
        "state": "IL",
        "zip": zip_code(row),
        "phone": phone(row),
        "latitude": _f(row, "location_latitude"),
        "longitude": _f(row, "location_longitude"),
        "timezone": "-6",
        "timezoneoffset": "-6",
        "timezonename": "America/Chicago",
        "doesnotobservedst": "false",
        "clinicals": "ON",
        "providergroupid": str(rng.randint(1, 9)),
        "providergroupname": group,
        "placeofservicefacility": "false",
        "placeofservicetypeid": pos,
        "placeofservicetypename": pos_name,
        "servicedepartment": "true",
        "ishospitaldepartment": "false",
        "medicationhistoryconsent": "true",
        "singleappointmentcontractmax": "1",
        "chartsharinggroupid": str(rng.randint(1, 4)),
        "communicatorbrandid": str(rng.randint(1, 3)),
        "ecommercecreditcardtypes": ["AX", "DI", "MC", "VI"],
    }
    return _json([department])


SHEET_COLUMNS = (
    ("Facility", "TEXT_NUMBER"),
    ("Community Area", "TEXT_NUMBER"),
    ("Phone", "TEXT_NUMBER"),
    ("FQHC / Look-alike", "PICKLIST"),
    ("Notes", "TEXT_NUMBER"),
    ("Street", "TEXT_NUMBER"),
    ("ZIP", "TEXT_NUMBER"),
    ("Referral status", "PICKLIST"),
    ("Last verified", "DATE"),
)
REFERRAL = ("Accepting referrals", "Call first", "Waitlist")


def smartsheet_sheet(row: dict[str, Any], rng: random.Random) -> str:
    """A Smartsheet API 2.0 ``GET /sheets/{sheetId}`` response of an invented community
    referral sheet: the sheet's id, name, version, access level and dates, its ``columns``
    (the primary ``Facility``, the phone a ``TEXT_NUMBER`` column, two picklists, a date) and
    the clinic's one row, each cell's ``value`` and ``displayValue`` (the phone in both, the
    ZIP code a number and its text)."""
    created, modified = _when(rng), _when(rng)
    if modified < created:
        created, modified = modified, created
    verified = modified - dt.timedelta(days=rng.randint(0, 40))
    sheet_id = int(_digits(rng, 16))
    columns = []
    for i, (title, kind) in enumerate(SHEET_COLUMNS):
        column: dict[str, Any] = {"id": int(_digits(rng, 16)), "version": 0, "index": i}
        column.update(title=title, type=kind)
        if kind == "PICKLIST":
            column["options"] = ["FQHC", "Look-alike", "neither"] if i == 3 else list(REFERRAL)
        if i == 0:
            column["primary"] = True
        column.update(validation=False, width=rng.choice((90, 150, 210, 280)))
        columns.append(column)
    values: list[Any] = [
        _f(row, "facility"), _f(row, "community_area"), phone(row), status(row), notes(row),
        street(row), int(zip_code(row)), rng.choice(REFERRAL), f"{verified:%Y-%m-%d}",
    ]  # fmt: skip
    cells = []
    for column, value in zip(columns, values, strict=True):
        cell: dict[str, Any] = {"columnId": column["id"], "value": value}
        if column["type"] != "DATE":
            cell["displayValue"] = str(value)
        cells.append(cell)
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    body = {
        "id": sheet_id,
        "name": "CDPH Primary Care Referral List",
        "version": rng.randint(3, 90),
        "totalRowCount": 1,
        "accessLevel": "EDITOR",
        "effectiveAttachmentOptions": ["FILE", "GOOGLE_DRIVE", "LINK", "ONEDRIVE"],
        "ganttEnabled": False,
        "dependenciesEnabled": False,
        "resourceManagementEnabled": False,
        "cellImageUploadEnabled": True,
        "userSettings": {"criticalPathEnabled": False, "displaySummaryTasks": True},
        "permalink": f"https://app.smartsheet.com/sheets/{_token(rng, 26)}",
        "createdAt": created.astimezone(dt.UTC).strftime(stamp),
        "modifiedAt": modified.astimezone(dt.UTC).strftime(stamp),
        "isMultiPicklistEnabled": True,
        "columns": columns,
        "rows": [
            {
                "id": int(_digits(rng, 16)),
                "rowNumber": 1,
                "expanded": True,
                "createdAt": created.astimezone(dt.UTC).strftime(stamp),
                "modifiedAt": modified.astimezone(dt.UTC).strftime(stamp),
                "cells": cells,
            }
        ],
    }
    return _json(body)


def _token(rng: random.Random, n: int) -> str:
    alphabet = "23456789BCDFGHJMPQRVWXcfghjmpqrvwx"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _call(row: dict[str, Any]) -> str:
    """The phone field as a sentence gives it (two numbers joined by ``or``)."""
    return " or ".join(phones(row))


def groupme_messages(row: dict[str, Any], rng: random.Random) -> str:
    """A GroupMe API ``GET /groups/:group_id/messages`` response of an invented community
    health workers' group: two posts of its referral bot (newest first), the first naming the
    clinic, what it is, its community area, street and ZIP code and the number to call, with a
    ``location`` attachment at the clinic's coordinates; the second a reminder giving the
    number again, with the notes where they say more than the clinic's kind."""
    group_id = _digits(rng, 8)
    bot_id = _digits(rng, 6)
    first = _when(rng)
    second = first + dt.timedelta(minutes=rng.randint(30, 2000))
    name = _f(row, "facility")
    text1 = (
        f"Primary care referral: {name} ({_kind(row)}), {street(row)}, Chicago, IL "
        f"{zip_code(row)} - {_f(row, 'community_area').title()}. Call {_call(row)} to book."
    )
    extra = notes(row).split(";", 1)[1].strip() if ";" in notes(row) else ""
    text2 = f"Reminder: {name} takes new patients by phone at {_call(row)}."
    if extra:
        text2 += f" Note: {extra}"

    def message(at: dt.datetime, text: str, attachments: list[Any]) -> dict[str, Any]:
        stamp = int(at.timestamp())
        return {
            "attachments": attachments,
            "avatar_url": None,
            "created_at": stamp,
            "favorited_by": [],
            "group_id": group_id,
            "id": f"{stamp}{_digits(rng, 8)}",
            "name": "CHW Referral Bot",
            "platform": "gm",
            "sender_id": bot_id,
            "sender_type": "bot",
            "source_guid": "".join(rng.choice("0123456789abcdef") for _ in range(32)),
            "system": False,
            "text": text,
            "user_id": bot_id,
        }

    location = {
        "type": "location",
        "lat": _f(row, "location_latitude"),
        "lng": _f(row, "location_longitude"),
        "name": name,
    }
    body = {
        "response": {
            "count": rng.randint(40, 900),
            "messages": [message(second, text2, []), message(first, text1, [location])],
        },
        "meta": {"code": 200},
    }
    return _json(body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nppes_npi_api": nppes_npi_api,
    "athena_department": athena_department,
    "smartsheet_sheet": smartsheet_sheet,
    "groupme_messages": groupme_messages,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th record of the list: its row in its layout, each copy of each number of its
    phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every record once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
