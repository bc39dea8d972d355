"""held_out_144 of the PII evaluation set: real phone fields of a register no earlier part used
(the HIFLD layer of Colleges and Universities, drawn from NCES's IPEDS; the United States'
earlier parts took other registers) exactly as published, in layouts no earlier part has,
beside the layer's own names, addresses, ids, coordinates and counts.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of US (the CMS hospital file, New York City's high schools,
Puerto Rico's voter centres, the Texas Education Agency's AskTED schools), CA, MX, PR, JM and
many others; here:

* the values are the ``TELEPHONE`` fields of 600 postsecondary institutions
  (``scripts/data/pii_us_hifld_colleges.json``, written by ``scripts/us_hifld_colleges_data.py``;
  source and licence in that file): North American numbers as IPEDS writes them, the area code
  in brackets, a blank, the exchange and the line joined by a hyphen (``(301) 985-7000``), 54
  with an extension after them (``(503) 652-2668 EXT 650``, the extension no number of its own
  and unlabelled), each copy of a field labelled;
* the text around them is the same row's real fields: the name, alias, street, city, state,
  ZIP code (``2818`` as the layer lost its leading zero), county, coordinates, IPEDS unit id
  (``163204``), NAICS code, web site and enrolment, with invented GUIDs, ETags, timestamps,
  dates, option values and colours, unlabelled and scored;
* in layouts no earlier part has, text in English: Ed-Fi ODS/API resources of a
  ``postSecondaryInstitution`` (JSON: the number once, in ``institutionTelephones`` with the
  ``Main`` type descriptor), Oracle SQL*Loader control files with their data inline after
  ``BEGINDATA`` (a ``--`` comment naming the number, and the number again as a quoted field of
  the ``|``-delimited data line), CZML documents of a campus map (a packet with the number in
  its HTML ``description`` and again in ``properties``) and PowerShell data files (``.psd1``,
  a hashtable with the number as ``Telephone`` and again in a reminder's ``Body``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_144.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_hifld_colleges.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_144.jsonl.gz"
SPLIT = "held_out_144"

LAYOUTS = ("edfi_api_json", "sqlldr_control", "czml_document", "powershell_psd1")
PHONE = "TELEPHONE"
MISSING = ("", "NOT AVAILABLE")  # the layer's empty field

# the layer's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# Ed-Fi's descriptors for the layer's ``TYPE`` (control) and ``LEVEL_`` codes
FUNDING = {"1": "Public School", "2": "Private School", "3": "Private School"}
LEVELS = {
    "1": "Four or more years",
    "2": "At least 2 but less than 4 years",
    "3": "Less than 2 years",
}
KINDS = {"1": "public", "2": "private nonprofit", "3": "private for-profit"}
EDFI = "uri://ed-fi.org/"

# invented purposes of the campus-directory tooling (no real job is meant)
PURPOSES = (
    "annual directory refresh", "campus contact audit", "transfer-guide update",
    "financial-aid outreach list", "accreditation contact check",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or the layer writes
    ``NOT AVAILABLE``)."""
    value = (row["fields"].get(key) or "").strip()
    return "" if value in MISSING else value


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
    """Whether a number is written with a country code (none of the layer's is)."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 13, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _kind(row: dict[str, Any]) -> str:
    """The institution's control in words (``public``), "" where the layer has none."""
    return KINDS.get(_f(row, "TYPE"), "")


def _count(row: dict[str, Any], key: str) -> str:
    """A count as published, "" where the layer writes a negative code for none (``-999``)."""
    value = _f(row, key)
    return value if value.isdigit() else ""


def _place(row: dict[str, Any]) -> str:
    """The street, city, state and ZIP code on one line as the layer writes them."""
    city = ", ".join(v for v in (_f(row, "CITY"), _f(row, "STATE")) if v)
    return ", ".join(v for v in (_f(row, "ADDRESS"), f"{city} {_f(row, 'ZIP')}".strip()) if v)


def edfi_api_json(row: dict[str, Any], rng: random.Random) -> str:
    """An Ed-Fi ODS/API resource as ``GET /ed-fi/postSecondaryInstitutions/{id}`` returns it:
    an invented resource id (32 hex digits), the IPEDS unit id as
    ``postSecondaryInstitutionId`` and as an NCES identification code, the physical address
    with county and coordinates, the category, the institution's telephone with the ``Main``
    type descriptor, its name, alias and web site, its funding control and level descriptors,
    an invented ``_etag`` and ``_lastModifiedDate``."""
    when = _when(rng)
    address: dict[str, Any] = {
        "addressTypeDescriptor": f"{EDFI}AddressTypeDescriptor#Physical",
        "stateAbbreviationDescriptor": f"{EDFI}StateAbbreviationDescriptor#{_f(row, 'STATE')}",
        "city": _f(row, "CITY"),
        "postalCode": _f(row, "ZIP"),
        "streetNumberName": _f(row, "ADDRESS"),
    }
    if _f(row, "COUNTY"):
        address["nameOfCounty"] = _f(row, "COUNTY")
    address.update(latitude=_f(row, "LATITUDE"), longitude=_f(row, "LONGITUDE"), periods=[])
    resource: dict[str, Any] = {
        "id": uuid.UUID(int=rng.getrandbits(128), version=4).hex,
        "postSecondaryInstitutionId": int(_f(row, "IPEDSID")),
        "addresses": [address],
        "categories": [
            {
                "educationOrganizationCategoryDescriptor": f"{EDFI}"
                "EducationOrganizationCategoryDescriptor#Post Secondary Institution"
            }
        ],
        "identificationCodes": [
            {
                "educationOrganizationIdentificationSystemDescriptor": f"{EDFI}"
                "EducationOrganizationIdentificationSystemDescriptor#NCES",
                "identificationCode": _f(row, "IPEDSID"),
            }
        ],
        "institutionTelephones": [
            {
                "institutionTelephoneNumberTypeDescriptor": f"{EDFI}"
                "InstitutionTelephoneNumberTypeDescriptor#Main",
                "telephoneNumber": phone(row),
            }
        ],
        "nameOfInstitution": _f(row, "NAME"),
    }
    if _f(row, "ALIAS"):
        resource["shortNameOfInstitution"] = _f(row, "ALIAS")
    if _f(row, "WEBSITE"):
        resource["webSite"] = _f(row, "WEBSITE")
    if _f(row, "TYPE") in FUNDING:
        resource["administrativeFundingControlDescriptor"] = (
            f"{EDFI}AdministrativeFundingControlDescriptor#{FUNDING[_f(row, 'TYPE')]}"
        )
    if _f(row, "LEVEL_") in LEVELS:
        resource["postSecondaryInstitutionLevelDescriptor"] = (
            f"{EDFI}PostSecondaryInstitutionLevelDescriptor#{LEVELS[_f(row, 'LEVEL_')]}"
        )
    resource["_etag"] = str(rng.randint(10**18, 9 * 10**18))
    resource["_lastModifiedDate"] = f"{when:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z"
    return json.dumps(resource, ensure_ascii=False, indent=2) + "\n"


def _sql_field(value: str) -> str:
    """``value`` as an optionally enclosed SQL*Loader field (in double quotes, a quote
    doubled)."""
    return '"' + value.replace('"', '""') + '"'


def sqlldr_control(row: dict[str, Any], rng: random.Random) -> str:
    """An Oracle SQL*Loader control file with its data inline (``INFILE *``): ``--`` comments
    naming the extract and the institution's main number, ``OPTIONS`` with invented limits,
    ``LOAD DATA`` ``APPEND`` into a directory table, ``FIELDS TERMINATED BY '|'`` and
    ``OPTIONALLY ENCLOSED BY '"'``, the column list with its types and a ``DATE`` mask, and
    after ``BEGINDATA`` the institution's one data line (IPEDS id, name, street, city, state,
    ZIP code, the quoted telephone field, web site, enrolment, an invented load date)."""
    name, tel = _f(row, "NAME"), phone(row)
    when = _when(rng)
    purpose = rng.choice(PURPOSES)
    state = _f(row, "STATE").lower()
    fields = [
        _f(row, "IPEDSID"),
        _sql_field(name),
        _sql_field(_f(row, "ADDRESS")),
        _sql_field(_f(row, "CITY")),
        _f(row, "STATE"),
        _f(row, "ZIP"),
        _sql_field(tel),
        _f(row, "WEBSITE"),
        _count(row, "TOT_ENROLL"),
        f"{when:%Y-%m-%d}",
    ]
    lines = [
        f"-- campus_dir_{state}.ctl: {purpose}, generated {when:%Y-%m-%d %H:%M} UTC",
        f"-- {name} ({_f(row, 'CITY')}, {_f(row, 'STATE')}): main number {tel}",
        f"OPTIONS (SKIP=0, ERRORS={rng.choice((10, 25, 50))}, ROWS={rng.choice((64, 500, 1000))})",
        "LOAD DATA",
        "INFILE *",
        f"BADFILE 'campus_dir_{state}.bad'",
        f"DISCARDFILE 'campus_dir_{state}.dsc'",
        "APPEND",
        "INTO TABLE campus_directory",
        "FIELDS TERMINATED BY '|' OPTIONALLY ENCLOSED BY '\"'",
        "TRAILING NULLCOLS",
        "( ipeds_unitid    INTEGER EXTERNAL,",
        "  inst_name       CHAR(120),",
        "  street          CHAR(120),",
        "  city            CHAR(60),",
        "  state_code      CHAR(2),",
        "  zip_code        CHAR(10),",
        "  telephone       CHAR(30),",
        "  web_site        CHAR(200),",
        "  total_enroll    INTEGER EXTERNAL,",
        '  load_date       DATE "YYYY-MM-DD"',
        ")",
        "BEGINDATA",
        "|".join(fields),
        "",
    ]
    return "\n".join(lines)


def czml_document(row: dict[str, Any], rng: random.Random) -> str:
    """A CZML document of a campus map (Cesium): the ``document`` packet (name, version
    ``1.0``, an invented clock interval), then the institution's packet with an id from its
    IPEDS unit id, its name, an HTML ``description`` (name, address, ``Telephone:`` and the
    number, kind and enrolment), its position in ``cartographicDegrees``, a ``point`` with an
    invented colour, a ``label`` and custom ``properties`` repeating the number."""
    name, tel = _f(row, "NAME"), phone(row)
    when = _when(rng)
    until = when + dt.timedelta(days=rng.randint(30, 365))
    lines = [f"<h3>{html.escape(name, quote=False)}</h3>"]
    lines.append(f"<p>{html.escape(_place(row), quote=False)}</p>")
    lines.append(f"<p>Telephone: {tel}</p>")
    about = [f"{_kind(row).capitalize()} institution." if _kind(row) else ""]
    if _count(row, "TOT_ENROLL"):
        about.append(f"Total enrollment {_f(row, 'TOT_ENROLL')}.")
    if " ".join(a for a in about if a):
        lines.append(f"<p>{' '.join(a for a in about if a)}</p>")
    if _f(row, "WEBSITE"):
        lines.append(f"<p>Web: {html.escape(_f(row, 'WEBSITE'), quote=False)}</p>")
    position: list[Any] = [float(_f(row, "LONGITUDE")), float(_f(row, "LATITUDE")), 0]
    properties: dict[str, Any] = {
        "ipedsUnitId": _f(row, "IPEDSID"),
        "telephone": tel,
        "naicsCode": _f(row, "NAICS_CODE"),
    }
    if _f(row, "COUNTY"):
        properties["county"] = _f(row, "COUNTY")
    doc = [
        {
            "id": "document",
            "name": f"Campus map {_f(row, 'STATE')}",
            "version": "1.0",
            "clock": {
                "interval": f"{when:%Y-%m-%dT%H:%M:%SZ}/{until:%Y-%m-%dT%H:%M:%SZ}",
                "currentTime": f"{when:%Y-%m-%dT%H:%M:%SZ}",
            },
        },
        {
            "id": f"ipeds-{_f(row, 'IPEDSID')}",
            "name": name,
            "description": "".join(lines),
            "position": {"cartographicDegrees": position},
            "point": {
                "pixelSize": rng.choice((6, 8, 10)),
                "color": {"rgba": [rng.randint(0, 255), rng.randint(0, 255), 255, 255]},
                "outlineWidth": 1,
            },
            "label": {
                "text": _f(row, "ALIAS") or name,
                "font": "12pt sans-serif",
                "pixelOffset": {"cartesian2": [0, -14]},
            },
            "properties": properties,
        },
    ]
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _ps(value: str) -> str:
    """``value`` as a PowerShell single-quoted string (a quote doubled)."""
    return "'" + value.replace("'", "''") + "'"


def powershell_psd1(row: dict[str, Any], rng: random.Random) -> str:
    """A PowerShell data file (``.psd1``, read with ``Import-PowerShellDataFile``) of a
    directory-sync job: ``#`` comments, a hashtable with an invented job name, schedule and
    retry count, the institution as a nested hashtable (IPEDS unit id, name, alias, street,
    city, state, ZIP code, ``Telephone``, web site, coordinates), and a ``Reminder`` whose
    ``Body`` repeats the number; every string single-quoted."""
    name, tel = _f(row, "NAME"), phone(row)
    when = _when(rng)
    purpose = rng.choice(PURPOSES)
    inst = [
        f"        IpedsUnitId = {_ps(_f(row, 'IPEDSID'))}",
        f"        Name        = {_ps(name)}",
    ]
    if _f(row, "ALIAS"):
        inst.append(f"        Alias       = {_ps(_f(row, 'ALIAS'))}")
    inst += [
        f"        Street      = {_ps(_f(row, 'ADDRESS'))}",
        f"        City        = {_ps(_f(row, 'CITY'))}",
        f"        State       = {_ps(_f(row, 'STATE'))}",
        f"        Zip         = {_ps(_f(row, 'ZIP'))}",
        f"        Telephone   = {_ps(tel)}",
    ]
    if _f(row, "WEBSITE"):
        inst.append(f"        WebSite     = {_ps(_f(row, 'WEBSITE'))}")
    inst += [
        f"        Latitude    = {_f(row, 'LATITUDE')}",
        f"        Longitude   = {_f(row, 'LONGITUDE')}",
    ]
    job = f"CampusDir-{_f(row, 'STATE')}-{rng.randint(100, 999)}"
    body = f"Please call {name} at {tel} to confirm the listing before {when:%B} {when.day}."
    lines = [
        f"# CampusDirectory.{_f(row, 'IPEDSID')}.psd1: {purpose}",
        "# Read with Import-PowerShellDataFile; edit the Institution block only.",
        "@{",
        f"    JobName     = {_ps(job)}",
        f"    ScheduleUtc = '{when:%Y-%m-%dT%H:%M:%SZ}'",
        f"    RetryCount  = {rng.randint(1, 5)}",
        f"    DryRun      = ${rng.choice(('true', 'false'))}",
        "    Institution = @{",
        *inst,
        "    }",
        "    Reminder = @{",
        f"        Subject = {_ps('Directory check: ' + name)}",
        f"        Body    = {_ps(body)}",
        "    }",
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "edfi_api_json": edfi_api_json,
    "sqlldr_control": sqlldr_control,
    "czml_document": czml_document,
    "powershell_psd1": powershell_psd1,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the layer in its layout: each copy of its phone field labelled."""
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
