"""held_out_222 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Sport England's Active Places, the sports facilities of Trafford, Greater Manchester;
the United Kingdom's earlier parts took NHS England's pharmacies and GP practices, HM Courts &
Tribunals Service's courts and the Care Quality Commission's care homes) exactly as published,
in layouts no earlier part has, beside the list's own site names, addresses and codes.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of GB (ODS's pharmacies and GP practices, HMCTS's courts, the
CQC's care homes), IE and many others; here:

* the values are the ``telephone`` and ``email`` fields of 255 facilities at 124 sites
  (``scripts/data/pii_gb_active_places.json``, written by ``scripts/gb_active_places_data.py``;
  source and licence in that file): British numbers as Active Places holds them, most the
  area code ``0161``, a space, then the line in two groups (``0161 928 1765``), some grouped
  otherwise or run together (``01619 288 907``, ``0161 9697582``, ``01619737061``), the
  non-geographic ``0333``, ``0343`` and ``0330`` lines of leisure operators (5), and 14 mobiles
  (``07782172694``, ``07977 047182``); 120 distinct numbers; e-mail addresses of 233 rows (107
  distinct, ``admin@acrehall.trafford.sch.uk``); a site's
  number and address stand on each of its facilities' rows; each copy labelled;
* the text around them is the same row's real fields: the site's name and Active Places id
  (seven or eight digits, ``1043459``, ``30005894``), facility type and access type, street,
  town and postcode (``WA14 4NS``), web address, coordinates, ward code (``E05015239``), the
  count of facility areas and the car park's capacity, with invented registration, shipment,
  order, notice and application references, Companies House numbers, UPRNs, CPV codes,
  amounts in pounds, weights and dates, unlabelled and scored;
* in layouts no earlier part has, British formats of the public and trade bodies such a site
  deals with, text in British English: Food Standards Agency Register a Food Business
  registrations as its collections API returns them (the site's café or bar: the
  establishment's and operator's numbers and e-mail addresses, the premise, activities and
  opening days), DPD UK shipping API shipment requests (``POST /shipping/shipment``: a
  consignment of equipment to the site, the number in ``contactDetails`` and in the delivery
  instructions, the e-mail address and, for a mobile, the number again in
  ``notificationDetails``), planning applications in the Open Digital Planning schema as PlanX
  submits them (the club or operator as company applicant with ``phone.primary`` and
  ``email``, the site's address and coordinates, a proposal for the facility, the answers
  repeating the contact details) and Contracts Finder published notices (API v2 JSON: an
  opportunity of the site's operator, ``contactDetails`` with ``phone`` and ``email``, CPV
  code, values, dates and a description naming the number and address for site visits).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``; e-mail addresses are
labelled. Each record is seeded by its own (split, locale, layout, index). Committed with its
data before it was ever scored.

    python scripts/pii_held_out_222.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_active_places.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_222.jsonl.gz"
SPLIT = "held_out_222"

LAYOUTS = ("fsa_food_registration", "dpd_shipment", "odp_planning_application", "cf_notice")
PHONE = "telephone"
EDGES = {"phone": r"\d", "email": r"[\w.@+-]"}
EMPTY = ("", "NA")

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented applicants' and contacts' names (no real person is meant)
FIRST = ("Sarah", "James", "Helen", "David", "Emma", "Paul", "Rachel", "Mark", "Claire", "Ian")
LAST = ("Hughes", "Walker", "Turner", "Brennan", "Shaw", "Kelly", "Lloyd", "Patel", "Ward")
ROLES = ("Facilities Manager", "Club Secretary", "Business Manager", "Centre Manager")
# invented equipment suppliers (no real company is meant): name, street, town, postcode
SUPPLIERS = (
    ("Pennine Sports Supplies Ltd", "Unit 4, Canal Side", "Huddersfield", "HD1 6RT"),
    ("Midland Leisure Equipment Ltd", "12 Fosse Way", "Leicester", "LE3 9QD"),
    ("Northern Pitchcare Ltd", "Moss Lane Industrial Estate", "Warrington", "WA3 6PL"),
)  # fmt: skip
# what a consignment to the site holds, by facility type (invented)
GOODS = {
    "Grass pitches": "Goal nets and corner flags",
    "Artificial grass pitches": "Rubber crumb infill and drag brush",
    "Sports halls": "Badminton posts and nets",
    "Health and fitness gym stations": "Replacement cable and grips",
    "Outdoor tennis courts": "Tennis nets and winders",
    "Swimming pools": "Lane ropes and reel",
    "Studios": "Exercise mats and steps",
    "Golf": "Flagsticks and hole cups",
}
# an invented proposal and a contract's object and CPV code, by facility type
PROPOSALS = {
    "Grass pitches": "Installation of drainage and a new changing pavilion beside the pitches",
    "Artificial grass pitches": "Replacement of the floodlighting columns and lamps of the "
    "existing artificial grass pitch",
    "Sports halls": "Single-storey extension to the sports hall to form a store and toilets",
    "Outdoor tennis courts": "Resurfacing of the tennis courts and erection of 3m fencing",
    "Swimming pools": "Installation of solar panels on the roof of the pool hall",
}
CONTRACTS = {
    "Grass pitches": ("Grounds maintenance of the playing fields", "77313000"),
    "Artificial grass pitches": ("Maintenance and rejuvenation of the artificial grass pitch",
                                 "50870000"),
    "Sports halls": ("Refurbishment of the sports hall floor", "45432100"),
    "Swimming pools": ("Servicing of the pool plant and water treatment", "50530000"),
    "Health and fitness gym stations": ("Supply and servicing of gym equipment", "37440000"),
}  # fmt: skip
OTHER_CONTRACT = ("Cleaning of the changing rooms and pavilion", "90911200")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _value(row: dict[str, Any], key: str) -> str:
    """A field as published, "" where the file writes ``NA``."""
    value = _f(row, key)
    return "" if value in EMPTY else value


def phone(row: dict[str, Any]) -> str:
    """The site's number as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The site's e-mail address ("" where the file writes ``NA``)."""
    return _value(row, "email")


def mobile(row: dict[str, Any]) -> bool:
    """Whether the number is a mobile's (``07``)."""
    return phone(row).startswith("07")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00", "44"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and e-mail address labelled
    (each copy stands apart: no digit, or no address character, next to it)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (UTC), on a weekday's working hours."""
    start = dt.datetime(2025, 1, 6, 8, 0, tzinfo=dt.UTC)
    when = start + dt.timedelta(days=rng.randint(0, 300), minutes=rng.randint(0, 540))
    while when.weekday() >= 5:
        when += dt.timedelta(days=1)
    return when


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    """``doc`` as indented JSON (UTF-8 kept), ending in a newline."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _iso(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def _facility(row: dict[str, Any]) -> str:
    """The facility type in words of the sentence (``grass pitches``)."""
    kind = _f(row, "facility_type")
    return kind[:1].lower() + kind[1:]


def _club(row: dict[str, Any]) -> bool:
    return _f(row, "access_type") == "Sports Club / Community Association"


def fsa_food_registration(row: dict[str, Any], rng: random.Random) -> str:
    """A Food Standards Agency Register a Food Business registration as the collections API
    returns it to the council (an array of one): an invented id and ``fsa_rn``, the council,
    timestamps, the ``establishment`` (the site's café or bar under the site's name, its
    ``establishment_primary_number`` and ``establishment_email``), the ``operator`` (a company
    or charity under the site's name with an invented Companies House or charity number, its
    ``operator_primary_number`` and ``operator_email`` the same), the ``premise`` (street,
    town, postcode), the ``activities`` (business type, opening days) and the declarations."""
    name, tel, mail = _f(row, "site_name"), phone(row), email(row)
    when = _when(rng)
    letters = "ABCDEFGHJKLMNPQRSTVWXYZ0123456789"
    fsa_rn = "-".join("".join(rng.choice(letters) for _ in range(6)) for _ in range(3))
    opened = when.date() + dt.timedelta(days=rng.randint(14, 60))
    if _club(row):
        operator: dict[str, Any] = {
            "operator_type": "A charity",
            "operator_charity_name": name,
            "operator_charity_number": str(rng.randint(500000, 1199999)),
        }
    else:
        operator = {
            "operator_type": "A company",
            "operator_company_name": name,
            "operator_company_house_number": f"{rng.randint(1000000, 15999999):08d}",
        }
    operator |= {
        "operator_postcode": _f(row, "postcode"),
        "operator_first_line": name,
        "operator_street": _f(row, "street"),
        "operator_town": _f(row, "town"),
        "operator_primary_number": tel,
        "operator_email": mail or None,
    }
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    opening = {f"opening_day_{d}": d in ("saturday", "sunday") or rng.random() < 0.6 for d in days}
    hours = {
        f"opening_hours_{d}": rng.choice(("9:00 to 17:00", "10:00 to 14:00", "17:00 to 22:00"))
        for d in days
        if opening[f"opening_day_{d}"]
    }
    doc = [
        {
            "id": rng.randint(20000, 99999),
            "fsa_rn": fsa_rn,
            "council": "Trafford Metropolitan Borough Council",
            "collected": False,
            "collected_at": None,
            "createdAt": _iso(when),
            "updatedAt": _iso(when),
            "establishment": {
                "establishment_trading_name": name,
                "establishment_opening_date": opened.isoformat(),
                "establishment_primary_number": tel,
                "establishment_secondary_number": None,
                "establishment_email": mail or None,
                "operator": operator,
                "premise": {
                    "establishment_postcode": _f(row, "postcode"),
                    "establishment_first_line": name,
                    "establishment_street": _f(row, "street"),
                    "establishment_town": _f(row, "town"),
                    "establishment_type": "Place of business",
                },
                "activities": {
                    "customer_type": "End consumer",
                    "business_type": rng.choice(
                        ("Restaurant, cafe, canteen or fast food", "Pub, bar or nightclub")
                    ),
                    "business_type_search_term": "clubhouse bar" if _club(row) else "cafe",
                    "import_export_activities": "None",
                    "water_supply": "Public",
                    "business_other_details": f"Refreshments for users of the "
                    f"{_facility(row)} ({_f(row, 'access_type')})",
                    "opening_days_irregular": None,
                    **opening,
                    **hours,
                },
            },
            "metadata": {
                "declaration1": "I declare that the information I have given is correct.",
                "declaration2": "I understand that it is an offence to give false information.",
                "declaration3": "I understand that I must tell my local council of changes.",
            },
            "local_council_url": "trafford",
        }
    ]
    return _json(doc)


def dpd_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A DPD UK shipping API shipment request (``POST /shipping/shipment``): an invented
    supplier's collection from its depot to the site, ``deliveryDetails`` with the site's
    ``contactDetails`` (its reception and number), address and ``notificationDetails`` (its
    e-mail address, and the number as ``mobile`` where it is a mobile's), the network code,
    parcel count and weight, references (an invented order number and the Active Places site
    id), delivery instructions repeating the number and a parcel description."""
    name, tel, mail = _f(row, "site_name"), phone(row), email(row)
    supplier = rng.choice(SUPPLIERS)
    when = _when(rng) + dt.timedelta(days=1)
    goods = GOODS.get(_f(row, "facility_type"), "Sports equipment")
    notify: dict[str, str] = {}
    if mail:
        notify["email"] = mail
    if mobile(row):
        notify["mobile"] = tel
    doc = {
        "jobId": None,
        "collectionOnDelivery": False,
        "invoice": None,
        "collectionDate": when.strftime("%Y-%m-%dT09:00:00"),
        "consolidate": False,
        "consignment": [
            {
                "consignmentNumber": None,
                "consignmentRef": None,
                "parcel": [],
                "collectionDetails": {
                    "contactDetails": {"contactName": "Despatch", "telephone": ""},
                    "address": {
                        "organisation": supplier[0],
                        "countryCode": "GB",
                        "postcode": supplier[3],
                        "street": supplier[1],
                        "locality": "",
                        "town": supplier[2],
                        "county": "",
                    },
                },
                "deliveryDetails": {
                    "contactDetails": {"contactName": "Reception", "telephone": tel},
                    "address": {
                        "organisation": name,
                        "countryCode": "GB",
                        "postcode": _f(row, "postcode"),
                        "street": _f(row, "street"),
                        "locality": "",
                        "town": _f(row, "town"),
                        "county": "Greater Manchester",
                    },
                    "notificationDetails": notify,
                },
                "networkCode": rng.choice(("1^12", "1^32", "2^12")),
                "numberOfParcels": (parcels := rng.randint(1, 4)),
                "totalWeight": round(parcels * rng.uniform(2.0, 14.0), 1),
                "shippingRef1": f"SO{rng.randint(100000, 999999)}",
                "shippingRef2": _f(row, "site_id"),
                "shippingRef3": "",
                "customsValue": None,
                "deliveryInstructions": f"Deliver to reception, not to the {_facility(row)}. "
                f"If closed call {tel}",
                "parcelDescription": goods,
                "liabilityValue": None,
                "liability": False,
            }
        ],
    }
    return _json(doc)


def odp_planning_application(row: dict[str, Any], rng: random.Random) -> str:
    """A planning application in the Open Digital Planning schema as PlanX submits it: the
    application type and fee, the site's club or operator as ``company`` applicant (an
    invented contact's name, ``email``, ``phone.primary``, the site as its address), the
    property's address (an invented UPRN, the site's street, town and postcode, its
    coordinates), the local authority district and region, the proposal for the facility,
    ``responses`` to the service's questions repeating the contact details, and ``metadata``
    (an invented id, the service and the submission time)."""
    name, tel, mail = _f(row, "site_name"), phone(row), email(row)
    first, last = _person(rng)
    when = _when(rng)
    street, town, postcode = _f(row, "street"), _f(row, "town"), _f(row, "postcode")
    proposal = PROPOSALS.get(
        _f(row, "facility_type"),
        f"Erection of a storage building for {_facility(row)} equipment",
    )
    contact = {"name": {"first": first, "last": last}, "email": mail, "phone": {"primary": tel}}
    if not mail:
        del contact["email"]
    lat, lon = _f(row, "lat"), _f(row, "lon")
    doc = {
        "data": {
            "application": {
                "type": {
                    "value": "pp.full.minor",
                    "description": "Planning Permission - Full planning permission",
                },
                "fee": {"calculated": 293, "payable": 293, "category": {"sixAndSeven": 293}},
                "declaration": {"accurate": True, "connection": {"value": "none"}},
            },
            "user": {"role": "applicant"},
            "applicant": {
                "type": "company",
                "company": {"name": name},
                **contact,
                "address": {"sameAsSiteAddress": True},
                "siteContact": {"role": "applicant"},
                "ownership": {"interest": "owner"},
            },
            "property": {
                "address": {
                    "latitude": float(lat) if lat else None,
                    "longitude": float(lon) if lon else None,
                    "title": f"{name}, {street}, {town}",
                    "singleLine": f"{name}, {street}, {town}, {postcode}",
                    "source": "Ordnance Survey",
                    "uprn": f"{rng.randint(10000000000, 10099999999):012d}",
                    "pao": name,
                    "street": street,
                    "town": town,
                    "postcode": postcode,
                },
                "localAuthorityDistrict": ["Trafford"],
                "region": "North West",
                "type": "leisure.sport",
                "planning": {"sources": ["https://www.planning.data.gov.uk"]},
            },
            "proposal": {"projectType": ["alter"], "description": f"{proposal}."},
        },
        "responses": [
            {"question": "Is the applicant an individual or a company?",
             "responses": [{"value": "Company"}]},
            {"question": "Your contact details",
             "responses": [{"value": f"{first} {last}, {name}"}]},
            {"question": "Your phone number", "responses": [{"value": tel}]},
            *([{"question": "Your email address", "responses": [{"value": mail}]}] if mail else []),
            {"question": "Describe the project", "responses": [{"value": f"{proposal}."}]},
        ],
        "files": [],
        "metadata": {
            "organisation": "TRF",
            "id": _uuid(rng),
            "source": "PlanX",
            "service": {
                "flowId": _uuid(rng),
                "url": "https://planningservices.trafford.gov.uk/trafford/apply-for-planning-permission",
                "fee": {"calculated": 293, "payable": 293},
            },
            "submittedAt": _iso(when),
            "schema": "https://theopensystemslab.github.io/digital-planning-data-schemas/"
            "v0.7.1/schemas/application.json",
        },
    }  # fmt: skip
    return _json(doc)


def cf_notice(row: dict[str, Any], rng: random.Random) -> str:
    """A Contracts Finder published notice as its API v2 returns it: an invented opportunity of
    the site's operator (``noticeIdentifier``, title, description naming the number and the
    site's address for site visits, a CPV code, low and high values, postcode, coordinates,
    dates, status, region) and ``contactDetails`` (an invented contact's role, ``email``,
    ``address1``, ``town``, ``postcode``, ``country``, ``phone``, ``webAddress``)."""
    name, tel, mail = _f(row, "site_name"), phone(row), email(row)
    title, cpv = CONTRACTS.get(_f(row, "facility_type"), OTHER_CONTRACT)
    when = _when(rng)
    low = rng.choice((10000, 15000, 20000, 25000, 30000))
    street, town, postcode = _f(row, "street"), _f(row, "town"), _f(row, "postcode")
    visit = f"Site visits can be arranged by calling {tel}"
    if mail:
        visit += f" or by e-mail to {mail}"
    spaces = _value(row, "car_park_capacity")
    parking = f"; car park for {spaces} vehicles" if spaces not in ("", "0") else ""
    desc = (
        f"{title} at {name}, {street}, {town} {postcode} "
        f"({_f(row, 'facility_areas_on_site')} {_facility(row)}{parking}). {visit} "
        f"before the deadline; quotations must be returned by the deadline below."
    )
    deadline = when + dt.timedelta(days=rng.randint(14, 35))
    start = deadline + dt.timedelta(days=rng.randint(20, 45))
    ident = f"tender_{rng.randint(300000, 599999)}/{rng.randint(1000000, 1599999)}"
    doc = {
        "notice": {
            "id": _uuid(rng),
            "parentId": None,
            "noticeIdentifier": ident,
            "noticeType": "Contract",
            "organisationName": name,
            "title": f"{title} - {name}",
            "description": desc,
            "cpvCodes": cpv,
            "publishedDate": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "deadlineDate": deadline.strftime("%Y-%m-%dT12:00:00Z"),
            "valueLow": float(low),
            "valueHigh": float(low + rng.choice((5000, 10000, 15000))),
            "postcode": postcode,
            "coordinates": f"{_f(row, 'lat')},{_f(row, 'lon')}",
            "isSuitableForSme": True,
            "isSuitableForVco": _club(row),
            "isSubContract": False,
            "start": start.strftime("%Y-%m-%dT00:00:00Z"),
            "end": (start + dt.timedelta(days=365)).strftime("%Y-%m-%dT00:00:00Z"),
            "status": "Open",
            "procedureType": "Open",
            "regionText": "North West",
            "contactDetails": {
                "name": rng.choice(ROLES),
                "email": mail or None,
                "address1": street,
                "address2": None,
                "town": town,
                "postcode": postcode,
                "country": "United Kingdom",
                "phone": tel,
                "webAddress": _value(row, "website") or None,
            },
        },
        "awards": [],
        "attachments": [],
        "links": [],
    }  # fmt: skip
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "fsa_food_registration": fsa_food_registration,
    "dpd_shipment": dpd_shipment,
    "odp_planning_application": odp_planning_application,
    "cf_notice": cf_notice,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its number and e-mail address
    labelled."""
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
