"""held_out_404 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (the Nebraska Department of Health and Human Services' roster of licensed assisted
living facilities; the United States' earlier parts took CMS's hospitals, New York City's high
schools and restaurant inspections, Puerto Rico's voter centres, the TEA's AskTED directory,
HIFLD's colleges, Cambridge's facilities, New York State's health facilities, the FOIA
contacts, IMLS's museums, HUD's housing authorities, the NPS's parks, Chicago's health
centers, SAMHSA's locator, the AFDC's stations, the Open Brewery DB, Starbucks's and Target's
stores, Congress's district offices, Texas DFPS's child care, the CDE's schools, the public
libraries, Maine's HRSA health centers and Hawaii's school facilities) exactly as published, in
layouts no earlier part has, beside the roster's own names, addresses, ZIP codes and licence
numbers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 267 assisted living facilities and their ``fax`` where the
  roster gives one that is a line of its own (not the telephone again)
  (``scripts/data/pii_us_ne_dhhs_assisted_living.json``, written by
  ``scripts/us_ne_dhhs_assisted_living_data.py``; source and licence in that file): United
  States numbers as the DHHS roster writes them, the area code in brackets (``(402)
  988-7115``); every copy labelled; the roster has no e-mail column;
* the text around them is the same row's real fields: the facility's name, street address,
  town, county, ZIP code (``68301``), licence number (``ALF066``), total beds and services
  (``AGED/DISABLED MED WVR CER``), with invented ids of each service (Lob's ``ltr_``/``adr_``,
  Onfleet's 24-character ids and short ids, Coda's ``i-`` row ids, Close's ``lead_``/``stat_``
  ids), Unix-millisecond and ISO timestamps, coordinates, amounts and dates, unlabelled and
  scored;
* in layouts no earlier part has, formats of United States services that an assisted living
  facility's suppliers and agencies use, text in English: Lob Print & Mail API letter objects
  (``GET /v1/letters/{id}``: a licensure notice mailed by USPS first class to the facility, its
  ``to`` address with the facility's ``phone``, ``merge_variables`` repeating the telephone and
  fax), Onfleet API task objects (``GET /api/v2/tasks/{id}``: a long-term-care pharmacy's
  delivery to the facility, its ``notes``, ``destination.notes`` and ``metadata`` giving the
  telephone and the fax for medication orders), Coda API row lists (``GET
  /docs/{docId}/tables/{tableId}/rows?useColumnNames=true``: one row of a surveyor's facility
  tracker, its ``values`` the facility's columns with ``Phone``, ``Fax`` and a call note) and
  Close API lead objects (``GET /api/v1/lead/{id}/``: a home-care agency's referral lead for
  the facility, its ``description`` and two ``custom.cf_`` fields giving the lines, no
  ``contacts``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_404.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_ne_dhhs_assisted_living.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_404.jsonl.gz"
SPLIT = "held_out_404"

LAYOUTS = ("lob_letter", "onfleet_task", "coda_rows", "close_lead")
PHONE, FAX = "phone", "fax"
EDGES = {PHONE: r"\d", FAX: r"\d"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
CDT = dt.timezone(dt.timedelta(hours=-5))
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented subjects of the letters and leads (no person is named in these records)
NOTICES = (
    "Annual licensure renewal reminder",
    "Notice of scheduled relicensure inspection",
    "Memory care endorsement documentation request",
    "Medicaid waiver certification review",
)
PHARMACIES = ("Heartland LTC Pharmacy", "Prairie Long Term Care Rx", "Platte Valley Senior Rx")
AGENCIES = ("Sandhills Home Care", "Cornhusker Home Health Partners", "Bluestem In-Home Care")


def _f(row: dict[str, Any], key: str) -> str:
    """A column's value as the roster gives it, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The facility's telephone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The facility's fax where it is a line of its own (a number, not the telephone again);
    else ""."""
    value = _f(row, FAX)
    digits = sum(c.isdigit() for c in value)
    return value if digits >= 7 and value != phone(row) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the roster's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone and fax (an empty fax is skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and fax labelled (each copy
    stands apart: no digit next to a number)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _token(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2026 (Nebraska's Central time)."""
    day = dt.datetime(2026, 1, 5, tzinfo=CDT) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _iso(moment: dt.datetime) -> str:
    """A UTC timestamp with milliseconds (``2026-03-04T15:22:09.412Z``)."""
    utc = moment.astimezone(dt.UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"


def _ms(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


def beds(row: dict[str, Any]) -> int:
    """The facility's total beds (0 where the roster gives none)."""
    value = _f(row, "total_beds")
    return int(value) if value.isdigit() else 0


def street(row: dict[str, Any]) -> str:
    """The street address as the roster writes it (empty for a few whose address the parse
    left in the services column)."""
    return _f(row, "address")


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, town, NE and ZIP."""
    head = f"{street(row)}, " if street(row) else ""
    return f"{head}{_f(row, 'town')}, NE {_f(row, 'zip_code')}"


def lines(row: dict[str, Any]) -> str:
    """The facility's lines as a phrase (``phone (402) 988-7115, fax (402) 988-2087``)."""
    return f"phone {phone(row)}" + (f", fax {fax(row)}" if fax(row) else "")


def lob_letter(row: dict[str, Any], rng: random.Random) -> str:
    """A Lob Print & Mail API letter object (``GET /v1/letters/{id}``): an invented ``ltr_`` id,
    a description, ``metadata`` with the licence number, the ``to`` address (an ``adr_`` id,
    the facility as ``company``, its ``phone``, street, town, state, ZIP, country), the ``from``
    address of the DHHS Licensure Unit with no phone, the PDF ``url``, ``carrier`` USPS,
    ``usps_first_class``, the dates, and ``merge_variables`` with the facility's name, licence,
    beds, telephone and fax (where it has one)."""
    when = _when(rng)
    lid, aid = f"ltr_{_token(rng, 16, HEX)}", f"adr_{_token(rng, 16, HEX)}"
    notice = rng.choice(NOTICES)
    sent = when + dt.timedelta(days=1)
    merge = {
        "facility_name": _f(row, "facility_name"),
        "license_number": _f(row, "license_number"),
        "total_beds": beds(row),
        "facility_phone": phone(row),
    }
    if fax(row):
        merge["facility_fax"] = fax(row)
    merge["roster_date"] = _f(row, "roster_date")
    to = {
        "id": aid,
        "description": None,
        "name": "Administrator",
        "company": _f(row, "facility_name"),
        "phone": phone(row),
        "email": None,
        "address_line1": street(row) or None,
        "address_line2": None,
        "address_city": _f(row, "town"),
        "address_state": "NE",
        "address_zip": _f(row, "zip_code"),
        "address_country": "UNITED STATES",
        "metadata": {"county": _f(row, "county")},
        "date_created": _iso(when),
        "date_modified": _iso(when),
        "object": "address",
    }
    sender = {
        "id": f"adr_{_token(rng, 16, HEX)}",
        "description": "DHHS Licensure Unit",
        "name": "Licensure Unit",
        "company": "Nebraska DHHS Division of Public Health",
        "phone": None,
        "email": None,
        "address_line1": "301 CENTENNIAL MALL S",
        "address_line2": None,
        "address_city": "LINCOLN",
        "address_state": "NE",
        "address_zip": "68508",
        "address_country": "UNITED STATES",
        "metadata": {},
        "date_created": "2025-11-03T16:40:12.118Z",
        "date_modified": "2025-11-03T16:40:12.118Z",
        "object": "address",
    }
    doc = {
        "id": lid,
        "description": f"{notice} - {_f(row, 'license_number')}",
        "metadata": {"license_number": _f(row, "license_number"), "batch": f"{when:%Y%m}"},
        "to": to,
        "from": sender,
        "url": f"https://lob-assets.com/letters/{lid}.pdf?version=v1&expires="
        f"{int(when.timestamp()) + 2_592_000}&signature={_token(rng, 43)}",
        "carrier": "USPS",
        "tracking_events": [],
        "thumbnails": [
            {
                "small": f"https://lob-assets.com/letters/{lid}_thumb_small_1.png",
                "medium": f"https://lob-assets.com/letters/{lid}_thumb_medium_1.png",
                "large": f"https://lob-assets.com/letters/{lid}_thumb_large_1.png",
            }
        ],
        "merge_variables": merge,
        "template_id": f"tmpl_{_token(rng, 16, HEX)}",
        "template_version_id": f"vrsn_{_token(rng, 16, HEX)}",
        "expected_delivery_date": f"{sent + dt.timedelta(days=rng.randint(3, 5)):%Y-%m-%d}",
        "date_created": _iso(when),
        "date_modified": _iso(when),
        "send_date": _iso(sent),
        "mail_type": "usps_first_class",
        "color": False,
        "double_sided": True,
        "address_placement": "top_first_page",
        "return_envelope": False,
        "perforated_page": None,
        "extra_service": None,
        "use_type": "operational",
        "object": "letter",
    }
    return _json(doc)


def onfleet_task(row: dict[str, Any], rng: random.Random) -> str:
    """An Onfleet API task object (``GET /api/v2/tasks/{id}``): invented 24-character ids of the
    task, organization and creator, a ``shortId`` and ``trackingURL``, the delivery window in
    Unix milliseconds, ``notes`` from the pharmacy naming the facility's licence, telephone and
    fax for medication orders, ``completionDetails`` not yet filled, ``metadata`` with the
    licence and the telephone, no ``recipients``, and the ``destination`` (an id, invented
    coordinates, the address as the roster writes it, its notes asking to call the telephone on
    arrival)."""
    when = _when(rng)
    org, tid, short = _token(rng, 24), _token(rng, 24), _token(rng, 8, HEX)
    after = when + dt.timedelta(hours=rng.randint(2, 20))
    pharmacy = rng.choice(PHARMACIES)
    totes = rng.randint(1, 6)
    notes = (
        f"{pharmacy} cycle fill for {_f(row, 'facility_name')} ({_f(row, 'license_number')}): "
        f"{totes} tote(s), deliver to the med room. Questions: call the facility at {phone(row)}"
    )
    if fax(row):
        notes += f"; new orders and MAR changes by fax to {fax(row)}"
    notes += "."
    lon = round(rng.uniform(-103.9, -95.4), 7)
    lat = round(rng.uniform(40.1, 42.9), 7)
    doc = {
        "id": tid,
        "timeCreated": _ms(when),
        "timeLastModified": _ms(when) + rng.randint(200, 9000),
        "organization": org,
        "shortId": short,
        "trackingURL": f"https://onf.lt/{_token(rng, 10)}",
        "worker": None,
        "merchant": org,
        "executor": org,
        "creator": _token(rng, 24),
        "dependencies": [],
        "state": 0,
        "completeAfter": _ms(after),
        "completeBefore": _ms(after + dt.timedelta(hours=2)),
        "pickupTask": False,
        "notes": notes,
        "completionDetails": {
            "failureNotes": "",
            "failureReason": "NONE",
            "events": [],
            "actions": [],
            "time": None,
            "firstLocation": [],
            "lastLocation": [],
            "unavailableAttachments": [],
        },
        "feedback": [],
        "metadata": [
            {
                "name": "licenseNumber",
                "type": "string",
                "value": _f(row, "license_number"),
                "visibility": ["api", "dashboard"],
            },
            {
                "name": "facilityPhone",
                "type": "string",
                "value": phone(row),
                "visibility": ["api", "dashboard", "worker"],
            },
        ],  # fmt: skip
        "overrides": {},
        "quantity": totes,
        "serviceTime": 10,
        "identity": {"failedScanCount": 0, "checksum": None},
        "appearance": {"triangleColor": None},
        "scanOnlyRequiredBarcodes": False,
        "container": {"type": "ORGANIZATION", "organization": org},
        "recipients": [],
        "eta": None,
        "trackingViewed": False,
        "destination": {
            "id": _token(rng, 24),
            "timeCreated": _ms(when),
            "timeLastModified": _ms(when),
            "location": [lon, lat],
            "address": {
                "apartment": "",
                "state": "Nebraska",
                "postalCode": _f(row, "zip_code"),
                "country": "United States",
                "city": _f(row, "town"),
                "street": street(row),
                "number": "",
                "unparsed": place(row),
            },
            "notes": f"{_f(row, 'facility_name')}, {_f(row, 'county')} County. Use the main "
            f"entrance and call {phone(row)} on arrival.",
            "metadata": [],
            "warnings": [],
        },
    }
    return _json(doc)


def coda_rows(row: dict[str, Any], rng: random.Random) -> str:
    """A Coda API row list (``GET /docs/{docId}/tables/{tableId}/rows?useColumnNames=true``):
    one item (an invented ``i-`` row id, ``type`` row, its ``href``, ``name``, ``index``,
    ``browserLink``, creation and update times) whose ``values`` are the facility's columns of
    a surveyor's tracker (licence, name, town, county, ZIP, address, ``Phone``, ``Fax``, beds,
    services, roster date, next survey, and a note of the last call to the telephone), and the
    list's ``href`` and ``nextSyncToken``."""
    when = _when(rng)
    doc_id, table = _token(rng, 10), f"grid-{_token(rng, 10)}"
    rid = f"i-{_token(rng, 10)}"
    index = rng.randint(1, 400)
    base = f"https://coda.io/apis/v1/docs/{doc_id}/tables/{table}"
    survey = when + dt.timedelta(days=rng.randint(30, 200))
    values = {
        "License #": _f(row, "license_number"),
        "Facility": _f(row, "facility_name"),
        "Town": _f(row, "town"),
        "County": _f(row, "county"),
        "ZIP": _f(row, "zip_code"),
        "Address": street(row),
        "Phone": phone(row),
        "Fax": fax(row),
        "Beds": beds(row),
        "Services": _f(row, "services"),
        "Roster date": _f(row, "roster_date"),
        "Next survey": f"{survey:%Y-%m-%d}",
        "Call log": f"{when:%m/%d} called {phone(row)}, confirmed bed count and endorsements.",
    }
    item = {
        "id": rid,
        "type": "row",
        "href": f"{base}/rows/{rid}",
        "name": _f(row, "license_number"),
        "index": index,
        "browserLink": f"https://coda.io/d/_d{doc_id}#_tu{table[5:]}/_ru{rid[2:]}",
        "createdAt": _iso(when - dt.timedelta(days=rng.randint(20, 300))),
        "updatedAt": _iso(when),
        "values": values,
    }
    return _json(
        {
            "items": [item],
            "href": f"{base}/rows?useColumnNames=true&limit=1",
            "nextSyncToken": _token(rng, 40),
        }
    )


def close_lead(row: dict[str, Any], rng: random.Random) -> str:
    """A Close API lead object (``GET /api/v1/lead/{id}/``): an invented ``lead_`` id, the
    facility as ``display_name`` and ``name``, a status, a ``description`` giving its licence,
    beds and lines, one business address, no contacts, three ``custom.cf_`` fields (licence,
    facility phone, beds), the dates, the users' and organization's ids and the
    ``html_url``."""
    when = _when(rng)
    lead = f"lead_{_token(rng, 43)}"
    user = f"user_{_token(rng, 43)}"
    agency = rng.choice(AGENCIES)
    desc = (
        f"Referral partner for {agency}: licensed assisted living facility "
        f"{_f(row, 'license_number')}, {beds(row)} beds, {_f(row, 'county')} County. "
        f"Main line {lines(row).removeprefix('phone ')}."
    )
    field_ids = [f"cf_{_token(rng, 43)}" for _ in range(3)]
    doc = {
        "id": lead,
        "display_name": _f(row, "facility_name"),
        "name": _f(row, "facility_name"),
        "status_id": f"stat_{_token(rng, 43)}",
        "status_label": rng.choice(("Potential", "Qualified", "Interested")),
        "description": desc,
        "url": None,
        "addresses": [
            {
                "label": "business",
                "address_1": street(row),
                "address_2": "",
                "city": _f(row, "town"),
                "state": "NE",
                "zipcode": _f(row, "zip_code"),
                "country": "US",
            }
        ],
        "contacts": [],
        "opportunities": [],
        "tasks": [],
        f"custom.{field_ids[0]}": _f(row, "license_number"),
        f"custom.{field_ids[1]}": phone(row),
        f"custom.{field_ids[2]}": beds(row),
        "date_created": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S.%f+00:00}",
        "date_updated": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S.%f+00:00}",
        "created_by": user,
        "updated_by": user,
        "organization_id": f"orga_{_token(rng, 43)}",
        "html_url": f"https://app.close.com/lead/{lead}/",
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "lob_letter": lob_letter,
    "onfleet_task": onfleet_task,
    "coda_rows": coda_rows,
    "close_lead": close_lead,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone and fax
    labelled."""
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
