"""held_out_332 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Texas Department of Family and Protective Services' Child Care Licensing register
of licensed child-care centres; the United States' earlier parts took other registers) exactly
as published, every row once in each of four layouts no earlier part has, beside the register's
own names, addresses and operation numbers.

The procedure of ``held_out_328``, on another register and other layouts; earlier parts took
numbers from registers of the US (CMS's hospitals, New York City's high schools and restaurants,
the Texas Education Agency's AskTED directory, federal lists and others) and of many other
countries; here:

* the values are the ``Phone`` and ``Email Address`` fields of the 121 licensed child-care
  centres of DFPS's operations data (``scripts/data/pii_us_tx_dfps_child_care.json``, written
  by ``scripts/us_tx_dfps_child_care_data.py``; source and licence in that file): ten-digit
  North American numbers as DFPS writes them, area code, exchange and line joined by hyphens
  (``214-942-6319``, no ``+1``), each copy labelled; the 89 e-mail addresses (``hpdir@...``,
  ``...@yahoo.com``) each copy labelled; 32 centres have none;
* the text around them is the same row's real fields: the centre's name, street, city, ZIP code
  (``75208-4516``), county, DFPS operation number (``99``, ``6668- 667``), capacity, hours,
  ages served, service flags, website, modification date and coordinates, with invented
  database keys, response ids, durations, project and message ids and dates, unlabelled and
  scored;
* every row once in each of four layouts no earlier part has, formats of the United States and
  of its early-childhood field, in English: Common Education Data Standards (CEDS) Integrated
  Data Store T-SQL load batches (``dbo.Organization``, ``OrganizationIdentifier``,
  ``OrganizationTelephone``, ``OrganizationEmail``, ``LocationAddress``...), Qualtrics survey
  response exports as CSV (the three header rows, ``ImportId`` JSON in the third, one response),
  Basecamp 3 API ``POST .../messages.json`` requests (a message-board post whose rich-text
  ``content`` holds the number and a ``mailto:`` link) and Klaviyo API ``POST /api/profiles/``
  JSON:API bodies (``email`` and ``external_id``, the number in ``properties``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_332.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_tx_dfps_child_care.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_332.jsonl.gz"
SPLIT = "held_out_332"

LAYOUTS = ("ceds_ids_sql", "qualtrics_csv", "basecamp_message", "klaviyo_profile")
PHONE = "Phone"
EMAIL = "Email Address"
TZ = dt.timezone(dt.timedelta(hours=-6))  # Central Time (winter)
EDGES = {"phone": r"\d", "email": r"[\w.+@-]"}
FLAGS = (
    "Special needs", "Accredited", "Get Well Care", "After School Care", "Drop-in Care",
    "Pre-K Programs", "Special Skills", "Part Time Care", "Transportation provided",
)  # fmt: skip

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def entries() -> dict[str, list[dict[str, Any]]]:
    """Each row of the register once per layout, in the file's order: the ``n``-th entry is
    row ``n // 4`` in layout ``n % 4``."""
    return {loc: [row for row in rows for _ in LAYOUTS] for loc, rows in by_locale().items()}


def layout_of(n: int) -> str:
    """The layout of the ``n``-th entry."""
    return LAYOUTS[n % len(LAYOUTS)]


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped."""
    return row["fields"][key].strip()


def name(row: dict[str, Any]) -> str:
    return _f(row, "Operation Name")


def phone(row: dict[str, Any]) -> str:
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address, "" where it has none."""
    return _f(row, EMAIL)


def street(row: dict[str, Any]) -> str:
    """The street as DFPS writes it, its trailing comma left off (``125 SUNSET AVE``)."""
    return _f(row, "Address").rstrip(",").strip()


def city(row: dict[str, Any]) -> str:
    return _f(row, "City")


def flags(row: dict[str, Any]) -> list[str]:
    """The services the centre offers, by the register's Y/N columns."""
    return [flag for flag in FLAGS if _f(row, flag) == "Y"]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of spring 2015 (Central Time)."""
    start = dt.datetime(2015, 2, 2, 8, 0, tzinfo=TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 100 * 86400))


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


# -- CEDS IDS ------------------------------------------------------------------------------------


def _n(value: str) -> str:
    """``value`` as a T-SQL Unicode literal (``N'...'``, quotes doubled), NULL where empty."""
    return "N'" + value.replace("'", "''") + "'" if value else "NULL"


def ceds_ids_sql(row: dict[str, Any], rng: random.Random) -> str:
    """A T-SQL batch that loads the centre into a Common Education Data Standards (CEDS)
    Integrated Data Store: a header comment (the source operation and its modification date),
    ``dbo.Organization`` (an early-learning organization type), the DFPS operation number in
    ``OrganizationIdentifier``, the number in ``OrganizationTelephone`` (main telephone, the
    primary indicator set), the address in ``OrganizationEmail`` (where the row has one), the
    website in ``OrganizationWebsite`` (where it has one), a ``Location`` with its
    ``LocationAddress`` (street, city, state, ZIP, county, coordinates) and
    ``OrganizationLocation``; invented reference ids of the instance and batch number, and a
    closing comment repeating the number."""
    tel, mail, site = phone(row), email(row), _f(row, "Website")
    batch = rng.randint(1000, 9999)
    when = _when(rng)
    lines = [
        f"-- CEDS IDS load, early learning organizations, batch {batch} ({when:%Y-%m-%d})",
        f"-- source: DFPS Child Care Licensing operation {_f(row, 'Operation Number')}, "
        f"{_f(row, 'Operation Type')}, modified {_f(row, 'Date Last Modified')[:10]}",
        "SET XACT_ABORT ON;",
        "BEGIN TRANSACTION;",
        "DECLARE @OrganizationId int, @LocationId int;",
        "",
        "INSERT INTO dbo.Organization (Name, RefOrganizationTypeId, ShortName)",
        f"VALUES ({_n(name(row))}, {rng.choice((28, 29, 30))}, NULL);",
        "SET @OrganizationId = SCOPE_IDENTITY();",
        "",
        "INSERT INTO dbo.OrganizationIdentifier",
        "    (OrganizationId, Identifier, RefOrganizationIdentificationSystemId,"
        " RefOrganizationIdentifierTypeId)",
        f"VALUES (@OrganizationId, {_n(_f(row, 'Operation Number'))}, {rng.randint(40, 60)},"
        f" {rng.randint(10, 25)});",
        "",
        "INSERT INTO dbo.OrganizationTelephone",
        "    (OrganizationId, TelephoneNumber, PrimaryTelephoneNumberIndicator,"
        " RefInstitutionTelephoneTypeId)",
        f"VALUES (@OrganizationId, {_n(tel)}, 1, 2);",
    ]
    if mail:
        lines += [
            "",
            "INSERT INTO dbo.OrganizationEmail (OrganizationId, ElectronicMailAddress,"
            " RefEmailTypeId)",
            f"VALUES (@OrganizationId, {_n(mail)}, {rng.choice((3, 4))});",
        ]
    if site:
        lines += [
            "",
            "INSERT INTO dbo.OrganizationWebsite (OrganizationId, Website)",
            f"VALUES (@OrganizationId, {_n(site)});",
        ]
    lines += [
        "",
        "INSERT INTO dbo.Location DEFAULT VALUES;",
        "SET @LocationId = SCOPE_IDENTITY();",
        "",
        "INSERT INTO dbo.LocationAddress",
        "    (LocationId, StreetNumberAndName, City, RefStateId, PostalCode, CountyName,"
        " Latitude, Longitude)",
        f"VALUES (@LocationId, {_n(street(row))}, {_n(city(row))}, 44,"
        f" {_n(_f(row, 'ZIP'))}, {_n(_f(row, 'County'))},"
        f" {_f(row, 'Latitude - DFPS Provided')[:12]},"
        f" {_f(row, 'Longitude - DFPS Provided')[:13]});",
        "",
        "INSERT INTO dbo.OrganizationLocation (OrganizationId, LocationId,"
        " RefOrganizationLocationTypeId)",
        "VALUES (@OrganizationId, @LocationId, 1);",
        "",
        "COMMIT TRANSACTION;",
        f"-- loaded: {name(row)}, capacity {_f(row, 'Capacity')}, "
        f"{_f(row, 'Hours of operation')}, main telephone {tel}",
        "GO",
        "",
    ]
    return "\n".join(lines)


# -- Qualtrics -----------------------------------------------------------------------------------

QUALTRICS_META = (
    ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"America/Chicago"}'),
    ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"America/Chicago"}'),
    ("Status", "Response Type", '{"ImportId":"status"}'),
    ("IPAddress", "IP Address", '{"ImportId":"ipAddress"}'),
    ("Progress", "Progress", '{"ImportId":"progress"}'),
    ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
    ("Finished", "Finished", '{"ImportId":"finished"}'),
    ("RecordedDate", "Recorded Date",
     '{"ImportId":"recordedDate","timeZone":"America/Chicago"}'),
    ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
    ("RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'),
    ("RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'),
    ("RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'),
    ("ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'),
    ("LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'),
    ("LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'),
    ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
    ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}'),
)  # fmt: skip
QUALTRICS_QUESTIONS = (
    ("Q1", "Name of your child-care operation (as licensed)", "QID1_TEXT"),
    ("Q2", "DFPS operation number", "QID2_TEXT"),
    ("Q3", "Street address", "QID3_TEXT"),
    ("Q4", "City", "QID4_TEXT"),
    ("Q5", "Best phone number to reach the center director", "QID5_TEXT"),
    ("Q6", "E-mail address for program updates", "QID6_TEXT"),
    ("Q7", "Licensed capacity (number of children)", "QID7_TEXT"),
    ("Q8", "Which services do you currently offer? - Selected Choice", "QID8"),
    ("Q9", "Anything else we should know before scheduling a visit?", "QID9_TEXT"),
)


def qualtrics_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A Qualtrics survey's responses as its 'Export Data' CSV writes them (choice text): the
    three header rows (column names, question texts, ``ImportId`` JSON), then one response of
    an invented provider survey: anonymized (no IP address or location), sent by e-mail to the
    centre's address where the row has one (``RecipientEmail``), an anonymous link otherwise;
    invented dates, duration and response id; the answers the row's name, operation number,
    street, city, number, address, capacity, services and a comment repeating the number."""
    tel, mail = phone(row), email(row)
    start = _when(rng)
    duration = rng.randint(95, 1400)
    end = start + dt.timedelta(seconds=duration)
    services = ",".join(flags(row))
    comment = rng.choice(
        (
            f"Please call the front desk at {tel} between {_f(row, 'Hours of operation')}.",
            f"Best to call {tel} after nap time.",
            f"Our hours are {_f(row, 'Hours of operation')}. Call {tel} to set a time.",
        )
    )
    values = [
        f"{start:%Y-%m-%d %H:%M:%S}",
        f"{end:%Y-%m-%d %H:%M:%S}",
        "IP Address",
        "",
        "100",
        str(duration),
        "True",
        f"{end + dt.timedelta(seconds=rng.randint(1, 3)):%Y-%m-%d %H:%M:%S}",
        f"R_{_token(rng, 15)}",
        "",
        "",
        mail,
        "",
        "",
        "",
        "email" if mail else "anonymous",
        "EN",
        name(row),
        _f(row, "Operation Number"),
        street(row),
        city(row).title(),
        tel,
        mail,
        _f(row, "Capacity"),
        services,
        comment,
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c for c, _, _ in QUALTRICS_META] + [c for c, _, _ in QUALTRICS_QUESTIONS])
    writer.writerow([t for _, t, _ in QUALTRICS_META] + [t for _, t, _ in QUALTRICS_QUESTIONS])
    writer.writerow(
        [i for _, _, i in QUALTRICS_META]
        + [json.dumps({"ImportId": i}, separators=(",", ":")) for _, _, i in QUALTRICS_QUESTIONS]
    )
    writer.writerow(values)
    return out.getvalue()


# -- Basecamp ------------------------------------------------------------------------------------


def basecamp_message(row: dict[str, Any], rng: random.Random) -> str:
    """A Basecamp 3 API request that posts to a project's message board
    (``POST /{account}/buckets/{project}/message_boards/{board}/messages.json`` on
    ``3.basecampapi.com``, the headers the API asks for: a bearer token, JSON, a ``User-Agent``
    naming the app and a contact URL), the body a message of an invented outreach project: the
    ``subject`` naming the centre and city, the rich-text ``content`` (Trix HTML: the street,
    city and ZIP, a ``Phone:`` line, a ``mailto:`` link where the row has an address (its text
    'Email the center'), the capacity, hours and ages served, the planned visit), ``status`` active
    and an invented ``category_id``; invented ids and token."""
    tel, mail = phone(row), email(row)
    account, project = rng.randint(3000000, 5999999), rng.randint(10000000, 39999999)
    board = rng.randint(1000000000, 4999999999)
    when = _when(rng)
    h = escape
    parts = [
        f"<div><strong>{h(name(row))}</strong><br>",
        f"{h(street(row))}, {h(city(row).title())}, TX {h(_f(row, 'ZIP'))}<br>",
        f"Phone: {tel}<br>",
    ]
    if mail:
        parts.append(f'<a href="mailto:{mail}">Email the center</a><br>')
    parts += [
        f"Licensed capacity: {h(_f(row, 'Capacity'))}<br>",
        f"Hours: {h(_f(row, 'Hours of operation'))}, {h(_f(row, 'Operating Days'))}<br>",
        f"Ages: {h(_f(row, 'Ages served'))}</div>",
        f"<div><br>Visit planned for {when:%B} {when.day}. "
        "If the director is out, ask for the assistant director.</div>",
    ]
    body = {
        "subject": f"Site visit: {name(row)} ({city(row).title()})",
        "content": "".join(parts),
        "status": "active",
        "category_id": rng.randint(800000000, 899999999),
    }
    raw = json.dumps(body, ensure_ascii=False)
    lines = [
        f"POST /{account}/buckets/{project}/message_boards/{board}/messages.json HTTP/1.1",
        "Host: 3.basecampapi.com",
        f"Authorization: Bearer {_token(rng, 48)}",
        "Content-Type: application/json; charset=utf-8",
        "User-Agent: Provider Outreach Sync (https://outreach.example.org/about)",
        f"Content-Length: {len(raw.encode('utf-8'))}",
        "",
        raw,
    ]
    return "\r\n".join(lines) + "\n"


# -- Klaviyo -------------------------------------------------------------------------------------


def klaviyo_profile(row: dict[str, Any], rng: random.Random) -> str:
    """A Klaviyo API ``POST /api/profiles/`` body (JSON:API, revision 2024-10-15): a
    ``profile`` with the centre's ``email`` where the row has one, an ``external_id`` of its
    operation number, ``organization``, the ``location`` (street, city, region, ZIP, country,
    coordinates) and custom ``properties`` (the number as ``center_phone``, county, capacity,
    ages, hours, services, website and the register's modification date); an invented list
    signup date."""
    tel, mail = phone(row), email(row)
    attributes: dict[str, Any] = {}
    if mail:
        attributes["email"] = mail
    attributes |= {
        "external_id": f"txdfps-{_f(row, 'Operation Number').replace(' ', '')}",
        "organization": name(row),
        "location": {
            "address1": street(row),
            "city": city(row).title(),
            "region": "TX",
            "zip": _f(row, "ZIP"),
            "country": "United States",
            "latitude": _f(row, "Latitude - DFPS Provided"),
            "longitude": _f(row, "Longitude - DFPS Provided"),
            "timezone": "America/Chicago",
        },
        "properties": {
            "center_phone": tel,
            "county": _f(row, "County").title(),
            "licensed_capacity": int(_f(row, "Capacity")),
            "ages_served": _f(row, "Ages served"),
            "hours": _f(row, "Hours of operation"),
            "services": flags(row),
            "website": _f(row, "Website") or None,
            "dfps_last_modified": _f(row, "Date Last Modified")[:10],
            "signup_source": rng.choice(("provider-fair-2015", "newsletter-form", "site-visit")),
            "signup_date": f"{_when(rng):%Y-%m-%d}",
        },
    }
    return _j({"data": {"type": "profile", "attributes": attributes}}) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ceds_ids_sql": ceds_ids_sql,
    "qualtrics_csv": qualtrics_csv,
    "basecamp_message": basecamp_message,
    "klaviyo_profile": klaviyo_profile,
}


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and of its e-mail address
    labelled (each copy stands apart: no digit next to the number, no address character next
    to the address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th entry: row ``n // 4`` of the register in layout ``n % 4``, each copy of its
    number and address labelled."""
    from make_pii_eval import coordinates_rng

    row = entries()[locale][n]
    layout = layout_of(n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once per layout, the committed records, a rebuild, the command line
generate, committed, write, main = register_part(DATA, entries, record, __doc__)

if __name__ == "__main__":
    main()
