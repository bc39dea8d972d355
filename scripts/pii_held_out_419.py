"""held_out_419 of the PII evaluation set: real phone fields of a register no earlier part used
(the New York City Department for the Aging's (NYC Aging, DFTA) list of its contracted
providers on NYC Open Data: older adult centers, NORC programs, home delivered meal, case
management and other contracts; the United States' earlier parts took CMS's hospitals, New York
City's DOE high schools and restaurant inspections, Puerto Rico's voter centres, the TEA's
AskTED directory, HIFLD's colleges, Cambridge's facilities, New York State's health facilities,
the FOIA contacts, IMLS's museums, HUD's housing authorities, the NPS's parks, Chicago's health
centers, SAMHSA's locator, the AFDC's stations, the Open Brewery DB, Starbucks's and Target's
stores, Congress's district offices, Texas DFPS's child care, the CDE's schools, the public
libraries, Maine's HRSA health centers, Hawaii's school facilities and Nebraska DHHS's assisted
living facilities) exactly as published, in layouts no earlier part has, beside the list's own
names, addresses, postcodes and city identifiers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``ProgramPhone`` of 300 programs
  (``scripts/data/pii_us_nyc_aging_providers.json``, written by
  ``scripts/us_nyc_aging_providers_data.py``; source and licence in that file): US numbers as
  the list writes them, hyphenated with no country code (``347-938-8453``; one with a line of
  three digits, ``718-726--964``, and one with its area code run on, ``718547-8827``); every
  copy labelled (the list gives no e-mail addresses);
* the text around them is the same row's real fields: the program's and sponsor's names, DFTA
  id (``C9002``), street, city, postcode, borough, provider type, hours, latitude and
  longitude, council district, community board, NTA, and the building's BIN (seven digits) and
  the lot's BBL (ten digits), phone-shaped city identifiers left unlabelled on purpose, with
  invented ids, dates, times, amounts and temperatures, unlabelled and scored;
* in layouts no earlier part has, formats of US city government and civic technology, text in
  English: Legistar Web API event answers (``GET /v1/nyc/events/{id}`` of the New York City
  Council's Legistar: a Committee on Aging hearing held at the program's site, its
  ``EventLocation`` the site and its ``EventComment`` the program's telephone for accessible
  seating), SeeClickFix API v2 issue answers (``GET /api/v2/issues/{id}``: a sidewalk or
  street-light request at the site's address and point, its ``description`` giving the
  program's telephone), Opsgenie Alert API requests (the JSON body of ``POST /v2/alerts``: a
  walk-in freezer alarm at the program's kitchen, the telephone in ``description`` and in
  ``details``) and Accela Civic Platform v4 record answers (``GET /v4/records/{id}`` with
  ``expand=addresses,contacts``: a food service establishment permit of the site, the
  telephone in ``description`` and as the sponsor contact's ``phone1``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_419.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_nyc_aging_providers.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_419.jsonl.gz"
SPLIT = "held_out_419"

LAYOUTS = ("legistar_event", "seeclickfix_issue", "opsgenie_alert", "accela_record")
PHONE = "ProgramPhone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
SCF_ASSETS = "https://seeclickfix.com/assets"
EDT = dt.timezone(dt.timedelta(hours=-4))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented hearing topics of the Council's Committee on Aging
HEARINGS = (
    "Oversight - Older Adult Center Meal Programs",
    "Oversight - Services for Older Adults Living Alone",
    "Oversight - Transportation Options for Older New Yorkers",
    "Oversight - Elder Abuse Prevention Services",
    "Oversight - Digital Access at Older Adult Centers",
)
# invented service requests of the sites (SeeClickFix request types of a city)
REQUESTS = (
    ("Sidewalk Damage", "Raised sidewalk slab by the entrance", "Department of Transportation"),
    ("Street Light Out", "Street light out on the corner by the center", "Department of "
     "Transportation"),
    ("Missing Curb Cut", "No curb cut at the crosswalk our members use", "Department of "
     "Transportation"),
    ("Catch Basin Clogged", "Catch basin flooding at the front door", "Department of "
     "Environmental Protection"),
    ("Snow Removal", "Sidewalk not cleared outside the center", "Department of Sanitation"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The program's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2023 (New York time, daylight saving)."""
    day = dt.datetime(2023, 4, 3, tzinfo=EDT) + dt.timedelta(days=rng.randint(0, 190))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 16), minutes=rng.randint(0, 59))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def place(row: dict[str, Any]) -> str:
    """The site's address in one line: street, city, state and postcode."""
    return (
        f"{_f(row, 'ProgramAddress')}, {_f(row, 'ProgramCity')}, {_f(row, 'ProgramState')} "
        f"{_f(row, 'Postcode')}"
    )


def _coordinate(row: dict[str, Any], key: str) -> float | None:
    value = _f(row, key)
    return float(value) if value else None


def hours(row: dict[str, Any]) -> str:
    """The program's Monday hours as the list gives them (``09:00-05:00``), or ""."""
    opens, closes = _f(row, "MonHourOpen"), _f(row, "MonHourClose")
    return f"{opens}-{closes}" if opens and closes and opens != closes else ""


def legistar_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Legistar Web API event answer of the New York City Council (``GET
    /v1/nyc/events/{id}``): an invented id, GUID, row version and dates, the Committee on Aging
    as the body, a hearing of an invented topic held at the program's site (``EventLocation``:
    the program's name and address), its ``EventComment`` giving the program's telephone for
    accessible seating, agenda file and InSite links, no items."""
    when = _when(rng)
    eid, gid = rng.randint(300000, 399999), _guid(rng)
    day = when + dt.timedelta(days=14)
    comment = (
        f"{rng.choice(HEARINGS)}. Off-site hearing hosted by {_f(row, 'SponsorName')} (DFTA "
        f"program {_f(row, 'DFTA ID')}). Older adults who need accessible seating may call the "
        f"center at {phone(row)}."
    )
    doc = {
        "EventId": eid,
        "EventGuid": gid,
        "EventLastModifiedUtc": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S.%f}"[:-3],
        "EventRowVersion": "AAAAAA" + "".join(rng.choice("ABCDEFGHIJKLMNOP") for _ in range(6)),
        "EventBodyId": 5232,
        "EventBodyName": "Committee on Aging",
        "EventDate": f"{day:%Y-%m-%d}T00:00:00",
        "EventTime": rng.choice(("10:00 AM", "11:00 AM", "1:00 PM")),
        "EventVideoStatus": "Public",
        "EventAgendaStatusId": 2,
        "EventAgendaStatusName": "Final",
        "EventMinutesStatusId": 1,
        "EventMinutesStatusName": "Draft",
        "EventLocation": f"{_f(row, 'ProgramName')} - {place(row)}",
        "EventAgendaFile": f"https://legistar2.granicus.com/nyc/meetings/{day.year}/"
        f"{day.month}/{eid}_A_Committee_on_Aging_{day:%y-%m-%d}_Committee_Agenda.pdf",
        "EventMinutesFile": None,
        "EventAgendaLastPublishedUTC": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.000",
        "EventMinutesLastPublishedUTC": None,
        "EventComment": comment,
        "EventVideoPath": None,
        "EventMedia": None,
        "EventInSiteURL": f"https://legistar.council.nyc.gov/MeetingDetail.aspx?LEGID={eid}"
        f"&GID=61&G={gid}",
        "EventItems": [],
    }
    return _json(doc)


def seeclickfix_issue(row: dict[str, Any], rng: random.Random) -> str:
    """A SeeClickFix API v2 issue answer (``GET /api/v2/issues/{id}``): an invented id, status,
    times and counts, a request of an invented type at the site (``address``, ``lat``/``lng``
    and a GeoJSON ``point`` from the list), its ``description`` naming the program, its DFTA id
    and hours, and the program's telephone; the reporter the program's sponsor."""
    when = _when(rng)
    iid, rid = rng.randint(14000000, 15999999), rng.randint(100, 9999)
    title, summary, agency = rng.choice(REQUESTS)
    lat, lng = _coordinate(row, "Latitude"), _coordinate(row, "Longitude")
    open_ = f" (open {hours(row)} weekdays)" if hours(row) else ""
    description = (
        f"{summary} at {_f(row, 'ProgramName')}{open_}. Many of our members use walkers. "
        f"DFTA program {_f(row, 'DFTA ID')}; questions to the center at {phone(row)}."
    )
    base = "https://seeclickfix.com/api/v2"
    acknowledged = when + dt.timedelta(hours=rng.randint(2, 70))
    doc = {
        "id": iid,
        "status": rng.choice(("Open", "Acknowledged")),
        "summary": title,
        "description": description,
        "rating": rng.randint(1, 6),
        "lat": lat,
        "lng": lng,
        "address": place(row),
        "created_at": when.isoformat(),
        "acknowledged_at": acknowledged.isoformat(),
        "closed_at": None,
        "reopened_at": None,
        "updated_at": acknowledged.isoformat(),
        "shortened_url": None,
        "url": f"{base}/issues/{iid}",
        "point": {"type": "Point", "coordinates": [lng, lat]} if lat is not None else None,
        "private_visibility": False,
        "html_url": f"https://seeclickfix.com/issues/{iid}",
        "request_type": {
            "id": rid,
            "title": title,
            "organization": f"New York City {agency}",
            "url": f"{base}/request_types/{rid}",
            "related_issues_url": f"{base}/issues?lat={lat}&lng={lng}&request_types={rid}"
            "&sort=distance",
        },
        "comment_url": f"{base}/issues/{iid}/comments",
        "flag_url": f"{base}/issues/{iid}/flag",
        "transitions": {"close_url": f"{base}/issues/{iid}/close"},
        "reporter": {
            "id": rng.randint(1000000, 4999999),
            "name": _f(row, "SponsorName").title(),
            "witty_title": "",
            "role": "Registered User",
            "civic_points": rng.randint(0, 400),
            "avatar": {
                "full": f"{SCF_ASSETS}/no-avatar-100.png",
                "square_100x100": f"{SCF_ASSETS}/no-avatar-100.png",
            },
            "html_url": f"https://seeclickfix.com/users/{rng.randint(1000000, 4999999)}",
        },
        "media": {
            "video_url": None,
            "image_full": None,
            "image_square_100x100": None,
            "representative_image_url": f"{SCF_ASSETS}/categories/sidewalk.png",
        },
    }
    return _json(doc)


def opsgenie_alert(row: dict[str, Any], rng: random.Random) -> str:
    """An Opsgenie Alert API request, the JSON body of ``POST /v2/alerts``: a walk-in freezer
    alarm (an invented sensor, temperature and time) at the program's kitchen, ``alias`` of the
    DFTA id, the program as ``entity``, its telephone in ``description`` and ``details`` beside
    the address, borough, BIN and BBL, a team as responder, tags, ``priority`` P2."""
    when = _when(rng)
    temp = round(rng.uniform(12.0, 38.0), 1)
    sensor = f"FRZ-{rng.randint(1000, 9999)}"
    details = {
        "dfta_id": _f(row, "DFTA ID"),
        "provider_type": _f(row, "ProviderType"),
        "site_phone": phone(row),
        "address": place(row),
        "borough": _f(row, "Borough"),
        "bin": _f(row, "BIN"),
        "bbl": _f(row, "BBL"),
        "sensor_id": sensor,
        "temperature_f": f"{temp}",
        "reading_time": when.isoformat(),
    }
    doc = {
        "message": f"Walk-in freezer at {temp}°F - {_f(row, 'ProgramName')}",
        "alias": f"freezer-{_f(row, 'DFTA ID').lower()}-{sensor.lower()}",
        "description": (
            f"Sensor {sensor} at {place(row)} has read above 0°F for "
            f"{rng.randint(20, 90)} minutes. Call the site at {phone(row)} before dispatching a "
            "technician; move meal stock to the backup unit if the door is closed."
        ),
        "responders": [{"name": "Nutrition Program Facilities", "type": "team"}],
        "visibleTo": [{"name": "Nutrition Program Facilities", "type": "team"}],
        "actions": ["Call site", "Dispatch technician", "Log food loss"],
        "tags": ["freezer", "meals", _f(row, "Borough").lower() or "nyc"],
        "details": details,
        "entity": _f(row, "ProgramName"),
        "source": "coldchain-monitor",
        "priority": "P2",
        "user": "coldchain-monitor",
        "note": f"Reading {rng.randint(100000, 999999)} of the gateway.",
    }
    return _json(doc)


def accela_record(row: dict[str, Any], rng: random.Random) -> str:
    """An Accela Civic Platform v4 record answer (``GET /v4/records/{id}?expand=addresses,
    contacts``): ``status`` 200 and one record (an invented id, custom id, tracking id, fees
    and dates), a food service establishment permit of the program's site (``name`` the
    program, ``description`` the meals served and the program's telephone, ``shortNotes`` the
    BIN and BBL), its address from the list (with the point as ``xCoordinate``/
    ``yCoordinate``) and the sponsor as an organisation contact whose ``phone1`` is the
    program's telephone."""
    when = _when(rng)
    year = when.year % 100
    seq = rng.randint(1, 99999)
    rid = f"NYC-{year}CAP-00000-{seq:05X}"
    meals = rng.choice(("congregate breakfast and lunch", "congregate lunch",
                        "home delivered meals packed on site"))  # fmt: skip
    fee = rng.choice((280.0, 330.0, 455.0))
    kind = _f(row, "ProviderType").removesuffix(" CONTRACTS").title()
    lat, lng = _coordinate(row, "Latitude"), _coordinate(row, "Longitude")
    notes = f"BIN {_f(row, 'BIN')}, BBL {_f(row, 'BBL')}" if _f(row, "BIN") else ""
    record = {
        "id": rid,
        "customId": f"FSE{year}-{seq:05d}",
        "serviceProviderCode": "NYC",
        "module": "Licenses",
        "type": {
            "module": "Licenses",
            "group": "Licenses",
            "type": "Health",
            "subType": "Food Service",
            "category": "Permit",
            "value": "Licenses/Health/Food Service/Permit",
            "text": "Food Service Establishment Permit",
            "alias": "Food Service Permit",
            "id": "Licenses-Health-Food.cService-Permit",
        },
        "name": _f(row, "ProgramName"),
        "description": (
            f"{kind} site serving {meals} ({_f(row, 'DFTA ID')}). Site telephone {phone(row)}."
        ),
        "shortNotes": notes,
        "openedDate": f"{when:%Y-%m-%d} 00:00:00",
        "status": {"value": "Issued", "text": "Issued"},
        "statusDate": f"{when + dt.timedelta(days=rng.randint(5, 40)):%Y-%m-%d} 00:00:00",
        "initiatedProduct": "AV360",
        "trackingId": rng.randint(10**11, 10**12 - 1),
        "totalFee": fee,
        "totalPay": fee,
        "balance": 0.0,
        "publicOwned": False,
        "housingUnits": 0,
        "numberOfBuildings": 1,
        "addresses": [
            {
                "id": rng.randint(10**6, 10**7 - 1),
                "isPrimary": "Y",
                "streetAddress": _f(row, "ProgramAddress"),
                "city": _f(row, "ProgramCity"),
                "state": {"value": _f(row, "ProgramState"), "text": _f(row, "ProgramState")},
                "postalCode": _f(row, "Postcode"),
                "county": _f(row, "Borough"),
                "xCoordinate": lng,
                "yCoordinate": lat,
                "recordId": {"id": rid, "serviceProviderCode": "NYC"},
            }
        ],
        "contacts": [
            {
                "id": str(rng.randint(10**6, 10**7 - 1)),
                "type": {"value": "Business Owner", "text": "Business Owner"},
                "isPrimary": "Y",
                "businessName": _f(row, "SponsorName"),
                "phone1CountryCode": "1",
                "phone1": phone(row),
                "status": {"value": "A", "text": "Active"},
                "recordId": {"id": rid, "serviceProviderCode": "NYC"},
            }
        ],
    }
    return _json({"status": 200, "result": [record]})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "legistar_event": legistar_event,
    "seeclickfix_issue": seeclickfix_issue,
    "opsgenie_alert": opsgenie_alert,
    "accela_record": accela_record,
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
