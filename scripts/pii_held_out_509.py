"""held_out_509 of the PII evaluation set: real phone fields of a register no earlier part used
(the Government of Rajasthan's list of the hospitals that took COVID-19 patients, each with its
helpline and its district's control room, as its portal covidinfo.rajasthan.gov.in published
them in 2021; India's earlier parts took the National Health Portal's Hospital and Blood Bank
Directories, CBSE's schools, covid19india.org's Telangana list, RBI's bank branches by IFSC, NHM
Madhya Pradesh's COVID-19 facilities, JoSAA's institutes, Bhuvan's vaccination centres,
Bangalore's restaurants, the blood centres' list, the RTO offices, Bangalore's police stations,
Tamil Nadu's Uzhavar Sandhais and Punjab's urban local bodies) exactly as published, in layouts
no earlier part has, beside the register's own hospital names, districts, UIDs, bed counts,
map links and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``HOSPITAL_HELPLINE_NO`` of 300 hospitals and their district's
  ``DISTRICT_CONTROL_ROOM`` (``scripts/data/pii_in_rajasthan_covid_hospitals.json``, written by
  ``scripts/in_rajasthan_covid_hospitals_data.py``; source and licence in that file): Indian
  numbers as the portal writes them, landlines with the trunk ``0`` run together or hyphenated
  (``01477223137``, ``0141-2246161``, ``02982 -230462``), mobiles (``9982023749``, ``83021
  99357``, ``+917976969998``), and fields of two or three numbers (``9928100292, 9928100262``,
  ``07432-233279\\n07432-230009``); each number of a field is a value of its own (the field
  written whole where the layout holds the field, each number in it labelled, a separator, an
  extension or hours beside it not), every copy labelled; a number both fields hold is
  labelled as the helpline's;
* the text around them is the same row's real fields: the hospital's name, district, UID, bed
  counts (general, oxygen, ICU and ventilator beds: total, occupied, available), its flags,
  Google Maps place link and coordinates, with invented request ids, storage ids, API keys,
  amounts and times, unlabelled and scored;
* in layouts no earlier part has, three of India's delivery and messaging platforms and the
  spreadsheet API the volunteers' site read the list through, in English (their fields written
  from the helper's memory of the formats, not checked against their documentation when the
  part was made): Porter API order requests (``POST /v1/orders/create``, an oxygen cylinder
  run from the district's control room, ``pickup_details``, to the hospital,
  ``drop_details``, each with ``contact_details.phone_number``), Dunzo for Business task
  requests (``POST /api/v2/tasks``, a sample run from the hospital to the district's control
  room, ``pickup_details`` and ``drop_details`` with their ``contact_details``), Interakt Track
  User API requests (``curl`` to ``/v1/public/track/users/`` with the hospital's helpline as
  ``phoneNumber``, ``countryCode`` ``+91``, its beds and the control room as ``traits``) and
  Stein API answers (``GET /v1/storages/{id}/Rajasthan`` with a ``search`` on the UID: the row
  as the sheet holds it, every value a string).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every value is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_509.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_rajasthan_covid_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_509.jsonl.gz"
SPLIT = "held_out_509"

LAYOUTS = ("porter_order", "dunzo_task", "interakt_user", "stein_rows")
PHONE, CONTROL = "HOSPITAL_HELPLINE_NO", "DISTRICT_CONTROL_ROOM"
EDGES = {PHONE: r"\d", CONTROL: r"\d"}
COLUMNS = {PHONE: PHONE, CONTROL: CONTROL}
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
# one number of a field: digits, joined by a hyphen or one space (a run of more than 13 digits
# is numbers side by side, split at its spaces)
NUMBER = re.compile(r"\+?\d+(?:(?: ?- ?| )\d+)*")
BEDS = ("GENERAL", "OXYGEN", "ICU", "VENTILATOR")
ALNUM = string.ascii_letters + string.digits

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, as text (a JSON number as its digits), stripped."""
    value = row["fields"].get(key)
    return "" if value is None else str(value).strip()


def helpline(row: dict[str, Any]) -> str:
    """The hospital's helpline field as published (a JSON number as its digits)."""
    return _f(row, PHONE)


def control(row: dict[str, Any]) -> str:
    """The district control room's field as published."""
    return _f(row, CONTROL)


def numbers_of(value: str) -> list[str]:
    """Each number of seven digits or more in a field, as written (``9928100292, 9928100262``
    is two; ``0744-2326000. Extension- 213`` is one, the extension not a number of its own)."""
    found = []
    for m in NUMBER.finditer(value):
        text = m.group(0)
        found += text.split() if len(re.sub(r"\D", "", text)) > 13 else [text]
    return [n for n in found if len(re.sub(r"\D", "", n)) >= 7]


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+917976969998``)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, number) of each number of the helpline, then of the control room, longest
    first within each (a number both hold is the helpline's)."""
    out = [(PHONE, n) for n in sorted(numbers_of(helpline(row)), key=len, reverse=True)]
    return out + [(CONTROL, n) for n in sorted(numbers_of(control(row)), key=len, reverse=True)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the row's numbers labelled (each copy
    stands apart: no digit next to it)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the spring of 2021 (India Standard Time)."""
    day = dt.datetime(2021, 4, 20, tzinfo=IST) + dt.timedelta(days=rng.randint(0, 30))
    return day + dt.timedelta(hours=rng.randint(7, 21), minutes=rng.randint(0, 59))


def _code(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any, indent: int | None = 2) -> str:
    if indent is None:
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(doc, ensure_ascii=False, indent=indent) + "\n"


def name(row: dict[str, Any]) -> str:
    """The hospital's name as the list gives it (``Sub District Hospital Nimbahera``)."""
    return _f(row, "HOSPITAL_NAME")


def district(row: dict[str, Any]) -> str:
    return _f(row, "DISTRICT")


def coordinates(row: dict[str, Any]) -> tuple[float | None, float | None]:
    """The hospital's latitude and longitude (None where the list gives none)."""
    lat, lng = row["fields"].get("LAT"), row["fields"].get("LONG")
    return (lat if isinstance(lat, float) else None, lng if isinstance(lng, float) else None)


def beds(row: dict[str, Any], kind: str, what: str) -> int:
    """A bed count of the list (``OXYGEN``, ``AVAILABLE``)."""
    return int(row["fields"].get(f"{kind}_BEDS_{what}") or 0)


def _address(
    place: str, street: str, row: dict[str, Any], lat: float | None, lng: float | None
) -> dict[str, Any]:
    return {
        "apartment_address": place,
        "street_address1": street,
        "street_address2": "",
        "landmark": "",
        "city": district(row),
        "state": "Rajasthan",
        "pincode": "",
        "country": "India",
        "lat": lat,
        "lng": lng,
    }


def porter_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Porter API order request (``POST /v1/orders/create``): an invented ``request_id``, a run
    of filled oxygen cylinders from the district's oxygen control room (``pickup_details``, its
    ``contact_details`` the control room's number) to the hospital (``drop_details``, its
    coordinates and its helpline), ``delivery_instructions`` and ``additional_comments`` with
    the hospital's oxygen beds and UID."""
    lat, lng = coordinates(row)
    cylinders = rng.choice((10, 15, 20, 25, 30))
    pickup = _address("District Oxygen Control Room", f"Collectorate, {district(row)}", row,
                      None, None)  # fmt: skip
    pickup["contact_details"] = {
        "name": f"Control Room {district(row)}",
        "phone_number": control(row),
    }
    drop = _address(name(row), f"{name(row)}, {district(row)}", row, lat, lng)
    drop["contact_details"] = {"name": f"Helpline {name(row)}", "phone_number": helpline(row)}
    doc = {
        "request_id": f"RJO2-{_when(rng):%y%m%d}-{rng.randint(1000, 9999)}",
        "delivery_instructions": {
            "instructions_list": [
                {
                    "type": "text",
                    "description": f"{cylinders} filled D-type oxygen cylinders for the COVID "
                    "ward store; collect the empties against the challan.",
                }
            ]
        },
        "pickup_details": {"address": pickup},
        "drop_details": {"address": drop},
        "additional_comments": f"Oxygen beds {beds(row, 'OXYGEN', 'OCCUPIED')} occupied of "
        f"{beds(row, 'OXYGEN', 'TOTAL')}; hospital UID {_f(row, 'UID')}.",
    }
    head = [
        "POST /v1/orders/create HTTP/1.1",
        "Host: pfe-apigw.porter.in",
        f"x-api-key: {_uuid(rng)}",
        "Content-Type: application/json",
        "",
        "",
    ]
    return "\n".join(head) + _json(doc)


def dunzo_task(row: dict[str, Any], rng: random.Random) -> str:
    """A Dunzo for Business task request (``POST /api/v2/tasks``): an invented ``request_id``
    and ``reference_id``, a run of sealed sample boxes from the hospital (``pickup_details``,
    its coordinates, its helpline as ``contact_details``) to the district's control room
    (``drop_details``, its number), the package's content and value, ``special_instructions``
    with the hospital's ICU beds."""
    lat, lng = coordinates(row)
    when = _when(rng)
    pick = {
        "reference_id": f"PU-{rng.randint(10**6, 10**7 - 1)}",
        "address": {
            "apartment_address": name(row),
            "street_address_1": name(row),
            "street_address_2": district(row),
            "landmark": "",
            "city": district(row),
            "state": "Rajasthan",
            "pincode": "",
            "country": "India",
            "lat": lat,
            "lng": lng,
            "contact_details": {"name": f"{name(row)} helpdesk", "phone_number": helpline(row)},
        },
    }
    drop = {
        "reference_id": f"DR-{rng.randint(10**6, 10**7 - 1)}",
        "address": {
            "apartment_address": "District Control Room",
            "street_address_1": f"Collectorate, {district(row)}",
            "street_address_2": "",
            "landmark": "Collectorate",
            "city": district(row),
            "state": "Rajasthan",
            "pincode": "",
            "country": "India",
            "lat": None,
            "lng": None,
            "contact_details": {
                "name": f"Control Room {district(row)}",
                "phone_number": control(row),
            },
        },
    }
    doc = {
        "request_id": _uuid(rng),
        "reference_id": f"RJCOVID{when:%Y%m%d}{rng.randint(100, 999)}",
        "pickup_details": [pick],
        "optimised_route": True,
        "drop_details": [drop],
        "payment_method": "DUNZO_CREDIT",
        "package_content": ["Documents | Books"],
        "package_approx_value": rng.choice((200, 250, 500)),
        "special_instructions": f"Sealed bed-status returns of {name(row)} (UID "
        f"{_f(row, 'UID')}; ICU beds {beds(row, 'ICU', 'AVAILABLE')} free of "
        f"{beds(row, 'ICU', 'TOTAL')}); hand over at the control room desk.",
        "schedule_time": int(when.timestamp()),
    }
    head = [
        "POST /api/v2/tasks HTTP/1.1",
        "Host: api.dunzo.in",
        f"client-id: {_uuid(rng)}",
        f"Authorization: {_code(rng, 40)}",
        "Accept-Language: en_US",
        "Content-Type: application/json",
        "",
        "",
    ]
    return "\n".join(head) + _json(doc)


def interakt_user(row: dict[str, Any], rng: random.Random) -> str:
    """An Interakt Track User API request (``curl`` to ``/v1/public/track/users/``): the
    hospital's UID as ``userId``, its helpline as ``phoneNumber`` with ``countryCode`` ``+91``,
    its name, district, free beds of each kind, flags, map link and the district control room as
    ``traits``, and ``tags``."""
    traits: dict[str, Any] = {"name": name(row), "district": district(row), "state": "Rajasthan"}
    for kind in BEDS:
        traits[f"{kind.lower()}_beds_available"] = beds(row, kind, "AVAILABLE")
    traits.update(
        {
            "has_icu_beds": _f(row, "HAS_ICU_BEDS"),
            "has_ventilators": _f(row, "HAS_VENTILATORS"),
            "district_control_room": control(row),
            "maps_link": _f(row, "LOCATION"),
            "last_synced_at": _when(rng).isoformat(timespec="seconds"),
        }
    )
    doc = {
        "userId": _f(row, "UID"),
        "phoneNumber": helpline(row),
        "countryCode": "+91",
        "traits": traits,
        "tags": ["covid-hospital", district(row).lower().replace(" ", "-")],
    }
    body = _json(doc, None).replace("'", "'\\''")
    lines = [
        "curl --location 'https://api.interakt.ai/v1/public/track/users/' \\",
        f"--header 'Authorization: Basic {_code(rng, 48)}==' \\",
        "--header 'Content-Type: application/json' \\",
        f"--data '{body}'",
        "",
    ]
    return "\n".join(lines)


def stein_rows(row: dict[str, Any], rng: random.Random) -> str:
    """A Stein API answer (``GET /v1/storages/{id}/Rajasthan`` with a ``search`` on the UID): the
    request line and headers, then the row as the sheet holds it, every value a string (a
    number as its digits, an empty cell ``null``)."""
    sheet = {}
    for key, value in row["fields"].items():
        sheet[key] = None if value == "" else str(value)
    search = quote(json.dumps({"UID": _f(row, "UID")}, separators=(",", ":")), safe="")
    lines = [
        f"GET /v1/storages/{_code(rng, 24, '0123456789abcdef')}/Rajasthan?search={search} HTTP/1.1",
        "Host: api.steinhq.com",
        "Accept: application/json",
        "",
        "HTTP/1.1 200 OK",
        "Content-Type: application/json; charset=utf-8",
        "",
        "",
    ]
    return "\n".join(lines) + _json([sheet])


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "porter_order": porter_order,
    "dunzo_task": dunzo_task,
    "interakt_user": interakt_user,
    "stein_rows": stein_rows,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of each of its numbers
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
