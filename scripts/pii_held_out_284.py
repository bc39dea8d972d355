"""held_out_284 of the PII evaluation set: real phone fields of a register no earlier part used
(the US Department of Energy's Alternative Fuels Data Center station locator, alternative
fuelling stations of Washington State; the United States' earlier parts took other registers)
exactly as published, in layouts no earlier part has, beside the locator's own names, addresses,
hours, prices and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
US numbers from CMS's hospitals, New York City's high schools, the Texas Education Agency,
HIFLD's colleges, Cambridge's facilities, New York State's health facilities, the FOIA offices,
IMLS's museums, HUD's housing agencies, the NPS's parks, Chicago's health centres and SAMHSA's
locator; here:

* the values are the ``Station Phone`` fields of 314 stations
  (``scripts/data/pii_us_afdc_stations.json``, written by ``scripts/us_afdc_stations_data.py``;
  source and licence in that file): 262 electric-vehicle charging sites (hotels, wineries, car
  dealers, city halls, colleges, parking garages; the charging networks' shared support lines
  left out) and 52 propane, CNG, LNG, E85 and biodiesel stations; North American numbers with
  no ``+1`` as the locator gives them (``360-757-4055``, ``5095454011``), 116 fields with two
  numbers joined by two blanks (``509-738-6527  800-462-0689``, most a Tesla Destination host's
  number and Tesla's ``877-798-3752``), each number of each copy labelled on its own; where a
  station's ``Access Days Time`` names a number (two Clean Energy stations: ``call
  866-809-4869 for Clean Energy card``, their own phone field's number) and the layout writes
  it, that copy is labelled too (a number other than the phone field's would be labelled under
  ``Access Days Time``; the register has none);
* the text around them is the same row's real fields: the station's name, street, city, state,
  ZIP code, intersection directions, access days and times, pricing, charger counts, connector
  types, network, facility type, coordinates, dates and the AFDC ``ID``, with invented record
  ids, UUIDs, e-tags and timestamps, unlabelled and scored;
* in layouts no earlier part has, in English, of the field's own and the country's services:
  responses of the NREL/AFDC Alternative Fuel Stations API v1 (``GET
  /api/alt-fuel-stations/v1/{id}.json``, the number as ``station_phone``), Open Charge Map API
  v3 POI responses (``/v3/poi?compact=true&verbose=false``, an array of one charge point imported
  from the AFDC, the number as ``AddressInfo.ContactTelephone1``; electric stations only), Google
  Takeout Keep notes (a road-trip note whose ``textContent`` and ``textContentHtml`` each carry
  the number) and Google Calendar API v3 ``Event`` resources (a partial ``events.get`` response:
  a fuelling or charging stop, the address as ``location``, the number in the ``description``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored.

    python scripts/pii_held_out_284.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_afdc_stations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_284.jsonl.gz"
SPLIT = "held_out_284"

LAYOUTS = ("afdc_api_json", "ocm_poi_json", "keep_note_json", "gcal_event_json")
# the layouts of a station that is not an electric one (Open Charge Map lists chargers only)
FUEL_LAYOUTS = ("afdc_api_json", "keep_note_json", "gcal_event_json")
PHONE = "Station Phone"
ACCESS = "Access Days Time"
# a number in a station's access text (``call 866-809-4869 for Clean Energy card``)
ACCESS_NUMBER = re.compile(r"(?<!\d)\d{3}-\d{3}-\d{4}(?!\d)")

# the row's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

FUELS = {
    "ELEC": "EV charging", "LPG": "propane", "CNG": "CNG", "LNG": "LNG", "E85": "E85",
    "BD": "biodiesel",
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def electric(row: dict[str, Any]) -> bool:
    """Whether the row is an electric-vehicle charging station."""
    return _f(row, "Fuel Type Code") == "ELEC"


def access_numbers(row: dict[str, Any]) -> list[str]:
    """The numbers the row's access text names, other than its phone field's."""
    return [m for m in ACCESS_NUMBER.findall(_f(row, ACCESS)) if m != phone(row)]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index (a station that is not electric takes one
    of the three others)."""
    return LAYOUTS[n % len(LAYOUTS)] if electric(row) else FUEL_LAYOUTS[n % len(FUEL_LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled, and of a number
    its access text names (each copy stands apart: no digit next to it)."""
    values = [("phone", phone(row)), *(("access", m) for m in access_numbers(row))]
    return field_copies(
        text,
        values,
        {"phone": r"\d", "access": r"\d"},
        {"phone": PHONE, "access": ACCESS},
        row["path"],
        nested=True,
    )


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of April to October 2023 (UTC)."""
    start = dt.datetime(2023, 4, 3, 15, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 200 * 86400))


def _address(row: dict[str, Any]) -> str:
    """The station's address on one line (``1276 S Burlington Blvd, Burlington, WA 98233``)."""
    return f"{_f(row, 'Street Address')}, {_f(row, 'City')}, {_f(row, 'State')} {_f(row, 'ZIP')}"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _int(value: str) -> int | None:
    return int(value) if value else None


def _iso(updated: str) -> str:
    """The CSV's ``2023-02-14 15:54:11 UTC`` as the API writes it, ``2023-02-14T15:54:11Z``."""
    return updated.replace(" UTC", "Z").replace(" ", "T")


# the CSV's columns as the API names them, where the rule (lower case, ``_`` for a blank,
# ``_fr`` for ``(French)``) does not give the API's key
API_KEYS = {"EV DC Fast Count": "ev_dc_fast_num", "ID": "id"}
API_INTS = ("EV Level1 EVSE Num", "EV Level2 EVSE Num", "EV DC Fast Count", "ID",
            "Federal Agency ID", "CNG Dispenser Num")  # fmt: skip
API_BOOLS = ("LPG Primary", "E85 Blender Pump", "Restricted Access", "Hydrogen Is Retail")
API_LISTS = ("LPG Nozzle Types", "Hydrogen Pressures", "Hydrogen Standards")
API_CORE = (
    "Access Code", "Access Days Time", "Access Detail Code", "Cards Accepted",
    "Date Last Confirmed", "Expected Date", "Fuel Type Code", "Groups With Access Code", "ID",
    "Open Date", "Owner Type Code", "Status Code", "Restricted Access", "Station Name",
    "Station Phone", "Updated At", "Facility Type", "Latitude", "Longitude", "City",
    "Intersection Directions", "Plus4", "State", "Street Address", "ZIP", "Country",
    "EV Connector Types", "EV DC Fast Count", "EV Level1 EVSE Num", "EV Level2 EVSE Num",
    "EV Network", "EV Network Web", "EV Pricing",
)  # fmt: skip


def _api_key(column: str) -> str:
    if column in API_KEYS:
        return API_KEYS[column]
    return column.replace(" (French)", "_fr").lower().replace(" ", "_").replace("-", "_")


def _api_value(column: str, value: str) -> Any:
    """A CSV string as the API's JSON writes it (numbers, booleans, lists, ISO times)."""
    if column in ("Latitude", "Longitude"):
        return float(value)
    if column in API_INTS:
        return _int(value)
    if column in API_BOOLS:
        return value == "true"
    if column in API_LISTS:
        return json.loads(value)
    if column == "EV Connector Types":
        return value.split()
    if column == "Updated At":
        return _iso(value)
    return value


def afdc_api_json(row: dict[str, Any], rng: random.Random) -> str:
    """A response of the NREL/AFDC Alternative Fuel Stations API v1 for one station (``GET
    /api/alt-fuel-stations/v1/{id}.json``): ``alt_fuel_station`` with the row's fields under
    the API's keys, the core keys ``null`` where the row leaves them empty, the number as
    ``station_phone`` and the access text as ``access_days_time``."""
    fields = row["fields"]
    station: dict[str, Any] = {}
    for column in sorted({*API_CORE, *fields}, key=_api_key):
        value = fields.get(column, "")
        station[_api_key(column)] = _api_value(column, value) if value else None
    station["station_phone"] = phone(row)
    station["ev_network_ids"] = None if not electric(row) else {"station": [], "posts": []}
    return _json({"alt_fuel_station": station})


CONNECTORS = {  # AFDC connector code -> Open Charge Map ConnectionTypeID, LevelID, CurrentTypeID
    "J1772": (1, 2, 10), "CHADEMO": (2, 3, 30), "J1772COMBO": (32, 3, 30), "TESLA": (30, 2, 10),
}  # fmt: skip
OCM_OPERATORS = {"Tesla Destination": 23, "Non-Networked": 45}


def _usage_type(row: dict[str, Any]) -> int:
    """Open Charge Map's UsageTypeID: 7 public, call ahead; 6 private, for customers; 1 public."""
    if _f(row, "Access Detail Code") == "CALL":
        return 7
    return 6 if _f(row, "Restricted Access") == "true" else 1


def ocm_poi_json(row: dict[str, Any], rng: random.Random) -> str:
    """An Open Charge Map API v3 POI response (``/v3/poi?compact=true&verbose=false``, empty
    values left out): an array of one charge point imported from the AFDC (``DataProviderID``
    2, the AFDC ``ID`` as ``DataProvidersReference``), an invented OCM ``ID`` and ``UUID``, the
    operator, usage type and the row's ``EV Pricing`` as ``UsageCost``, ``AddressInfo`` with the
    name, street, town, state, ZIP code, coordinates, the number as ``ContactTelephone1`` and
    the access text as ``AccessComments``, one connection per connector type with the level-2
    or DC fast count, and invented creation and status dates."""
    when = _when(rng)
    poi_id = rng.randint(120000, 269999)
    counts = {2: _int(_f(row, "EV Level2 EVSE Num")), 3: _int(_f(row, "EV DC Fast Count"))}
    connections = []
    for code in _f(row, "EV Connector Types").split():
        type_id, level, current = CONNECTORS.get(code, (0, 1, 10))
        connection: dict[str, Any] = {
            "ID": rng.randint(200000, 499999),
            "ConnectionTypeID": type_id,
            "StatusTypeID": 50,
            "LevelID": level,
            "CurrentTypeID": current,
        }
        if counts.get(level):
            connection["Quantity"] = counts[level]
        connections.append(connection)
    info: dict[str, Any] = {
        "ID": poi_id,
        "Title": _f(row, "Station Name"),
        "AddressLine1": _f(row, "Street Address"),
        "Town": _f(row, "City"),
        "StateOrProvince": _f(row, "State"),
        "Postcode": _f(row, "ZIP"),
        "CountryID": 2,
        "Latitude": float(_f(row, "Latitude")),
        "Longitude": float(_f(row, "Longitude")),
        "ContactTelephone1": phone(row),
        "AccessComments": _f(row, ACCESS),
        "RelatedURL": _f(row, "EV Network Web"),
        "DistanceUnit": 0,
    }
    poi: dict[str, Any] = {
        "ID": poi_id,
        "UUID": str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper(),
        "DataProviderID": 2,
        "DataProvidersReference": _f(row, "ID"),
        "OperatorID": OCM_OPERATORS.get(_f(row, "EV Network"), 1),
        "UsageTypeID": _usage_type(row),
        "UsageCost": _f(row, "EV Pricing"),
        "AddressInfo": {k: v for k, v in info.items() if v != ""},
        "Connections": connections,
        "NumberOfPoints": sum(v or 0 for v in counts.values()) or None,
        "StatusTypeID": 50,
        "DateLastStatusUpdate": f"{when:%Y-%m-%dT%H:%M:%SZ}",
        "DataQualityLevel": 1,
        "DateCreated": _iso(_f(row, "Updated At")),
        "SubmissionStatusTypeID": 100,
    }
    return _json([{k: v for k, v in poi.items() if v not in ("", None)}])


def _note_lines(row: dict[str, Any]) -> list[str]:
    """The lines of a road-trip note about the station."""
    lines = [_f(row, "Station Name"), _address(row)]
    if _f(row, "Intersection Directions"):
        lines.append(_f(row, "Intersection Directions"))
    lines.append(f"Phone: {phone(row)}")
    if _f(row, ACCESS):
        lines.append(f"Hours: {_f(row, ACCESS)}")
    if _f(row, "EV Pricing"):
        lines.append(f"Cost: {_f(row, 'EV Pricing')}")
    if _f(row, "EV Connector Types"):
        lines.append(f"Plugs: {_f(row, 'EV Connector Types')}")
    return lines


def keep_note_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Takeout Keep note (one ``.json`` file of ``Takeout/Keep``): the note's colour,
    trashed, pinned and archived flags, its ``textContent`` (the station's name, address,
    directions, number, hours, cost and plugs, a line each), the same lines as
    ``textContentHtml`` paragraphs, a title naming the fuel and town, a label and the invented
    edit and creation times in microseconds."""
    created = _when(rng)
    edited = created + dt.timedelta(seconds=rng.randint(60, 20 * 86400))
    lines = _note_lines(row)
    fuel = FUELS.get(_f(row, "Fuel Type Code"), _f(row, "Fuel Type Code"))
    html = "".join(
        f'<p dir="ltr" style="line-height:1.38;margin-top:0.0pt;margin-bottom:0.0pt;">'
        f"<span>{escape(line)}</span></p>"
        for line in lines
    )
    note = {
        "color": rng.choice(("DEFAULT", "DEFAULT", "BLUE", "GREEN", "YELLOW")),
        "isTrashed": False,
        "isPinned": rng.random() < 0.3,
        "isArchived": rng.random() < 0.2,
        "textContent": "\n".join(lines),
        "title": f"{fuel[0].upper()}{fuel[1:]} stop – {_f(row, 'City')}",
        "userEditedTimestampUsec": int(edited.timestamp()) * 1_000_000 + rng.randint(0, 999999),
        "createdTimestampUsec": int(created.timestamp()) * 1_000_000 + rng.randint(0, 999999),
        "textContentHtml": html,
        "labels": [{"name": rng.choice(("Road trip", "WA trip", "Fleet", "Fuel stops"))}],
    }
    return _json(note)


def _event_id(rng: random.Random) -> str:
    """An invented Google Calendar event id (base32hex, 26 characters)."""
    return "".join(rng.choice("0123456789abcdefghijklmnopqrstuv") for _ in range(26))


def gcal_event_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Calendar API v3 ``Event`` resource (a partial ``events.get`` response, the
    creator and organizer left out by the ``fields`` selector): an invented id, e-tag and
    times, the stop's summary, the station's address as ``location``, a ``description`` with
    its name, number, hours, cost and AFDC station ID, start and end in
    ``America/Los_Angeles``, default reminders."""
    created = _when(rng)
    start = (created + dt.timedelta(days=rng.randint(1, 30))).astimezone(
        dt.timezone(dt.timedelta(hours=-7))
    )
    start = start.replace(minute=rng.choice((0, 15, 30, 45)), second=0)
    end = start + dt.timedelta(minutes=rng.choice((30, 45, 60, 90)))
    event_id = _event_id(rng)
    updated = created + dt.timedelta(seconds=rng.randint(5, 3600))
    fuel = FUELS.get(_f(row, "Fuel Type Code"), _f(row, "Fuel Type Code"))
    lines = [_f(row, "Station Name"), f"Phone: {phone(row)}"]
    if _f(row, ACCESS):
        lines.append(f"Hours: {_f(row, ACCESS)}")
    if _f(row, "EV Pricing"):
        lines.append(f"Cost: {_f(row, 'EV Pricing')}")
    lines.append(f"AFDC station ID {_f(row, 'ID')}")
    event = {
        "kind": "calendar#event",
        "etag": f'"{int(updated.timestamp()) * 2_000_000 + rng.randint(0, 999_999)}"',
        "id": event_id,
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={event_id}",
        "created": f"{created:%Y-%m-%dT%H:%M:%S}.000Z",
        "updated": f"{updated:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
        "summary": f"{fuel[0].upper()}{fuel[1:]} stop: {_f(row, 'Station Name')}",
        "description": "\n".join(lines),
        "location": f"{_address(row)}, USA",
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Los_Angeles"},
        "iCalUID": f"{event_id}@google.com",
        "sequence": 0,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }  # fmt: skip
    return _json(event)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "afdc_api_json": afdc_api_json,
    "ocm_poi_json": ocm_poi_json,
    "keep_note_json": keep_note_json,
    "gcal_event_json": gcal_event_json,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the register's does)."""
    return value.startswith("+")


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
