"""held_out_450 of the PII evaluation set: real phone and e-mail fields of a register no
earlier part used (Food Oasis Los Angeles's directory of free food resources of Los Angeles
County: food pantries, meal programs and shelters' kitchens; the United States's earlier parts
took CMS's hospitals, New York City's high schools, restaurants and aging providers, Puerto
Rico's voter centres, the TEA's AskTED schools, HIFLD's colleges, Cambridge's facilities, New
York State's health facilities, the FOIA contacts, IMLS's museums, HUD's housing authorities,
the NPS's parks, Chicago's health centers, SAMHSA's locator, the AFDC's stations, the Open
Brewery DB, Starbucks's and Target's stores, the CDE's schools, the public libraries, HRSA's
health centers in Maine, Hawaii's schools, the Texas DFPS's child care, Nebraska's assisted
living, New York's farmers markets and CountyOffice's health departments) exactly as
published, in layouts no earlier part has, beside the directory's own names, streets, cities,
ZIP codes, websites and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 300 food resources (one ten-digit number each, as the
  directory writes it: ``(213)483-5821``, ``(626) 852-7630``, ``323-255-6806``,
  ``626.794.4875``; surrounding blanks dropped) and their ``email`` where the directory gives
  one (``info@fdccla.net``) (``scripts/data/pii_us_food_oasis_la.json``, written by
  ``scripts/us_food_oasis_la_data.py``; source and licence in that file); every copy
  labelled;
* the text around them is the same row's real fields: the resource's name, street, suite,
  city, state, ZIP code, website and coordinates, with invented ids, account numbers, plan and
  stop ids, pound weights, case counts, amounts, times and dates, unlabelled and scored;
* in layouts no earlier part has, formats of the United States's nonprofit and food-bank trade
  (their fields written from the helper's memory of the vendors' documentation, which could
  not be read when the part was made), text in English: Bloomerang REST API v2 constituent
  answers (``GET /v2/constituent/{id}`` of the nonprofit CRM: an ``Organization`` with
  ``PrimaryPhone``, ``PrimaryEmail`` and ``PrimaryAddress`` objects, ids, ``AuditTrail``),
  DonorPerfect XML API answers (``dp_donorsearch``: a ``result`` whose ``record`` is a list of
  ``field`` elements with ``name``, ``id`` and ``value``, an organisation record, ``org_rec``
  ``Y``, the phone as ``business_phone``, a ``narrative`` repeating it), Circuit for Teams API
  stops (``GET /api/v0.2b/plans/{plan}/stops/{stop}`` of the route planner: a food bank's
  delivery to the resource, ``recipient`` with its name, phone and mailbox, ``notes`` repeating
  the phone, ``address`` with the coordinates, ``orderInfo``, ``timing``) and iCarol resource
  exports (the information-and-referral software's agency CSV: a header and the resource's
  row, ``Phone1Number``, ``EmailAddressMain``, physical address, coordinates, an AIRS/211 LA
  taxonomy code).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_450.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_food_oasis_la.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_450.jsonl.gz"
SPLIT = "held_out_450"

LAYOUTS = ("bloomerang_constituent", "donorperfect_search", "circuit_stop", "icarol_export")
PHONE, EMAIL = "phone", "email"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
PT = dt.timezone(dt.timedelta(hours=-8))
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

# invented loads of a food bank's deliveries to its partner agencies
PRODUCTS = (
    "Fresh produce (mixed)",
    "Canned vegetables",
    "Shelf-stable milk",
    "Frozen chicken",
    "Rice, 25 lb bags",
    "Peanut butter",
    "Bread and bakery",
    "Dry pasta",
)
# AIRS/211 LA taxonomy terms of food resources
TAXONOMY = (
    ("BD-1800.2000", "Food Pantries"),
    ("BD-5000.8300", "Soup Kitchens"),
    ("BD-1800.1900", "Food Banks/Food Distribution Warehouses"),
    ("BD-5000.1500", "Brown Bag Food Programs"),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The resource's telephone as published, surrounding blanks dropped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The resource's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone and mailbox (an empty one is skipped)."""
    return [(PHONE, phone(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and mailbox labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Pacific time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=PT) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.choice((0, 15, 30, 45)))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _token(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(ALNUM) for _ in range(size))


def state(row: dict[str, Any]) -> str:
    """The state as a two-letter code (one row writes ``California``)."""
    value = _f(row, "state")
    return "CA" if value == "California" else value


def street(row: dict[str, Any]) -> str:
    """The street and suite in one line."""
    return ", ".join(v for v in (_f(row, "address_1"), _f(row, "address_2")) if v)


def coordinate(row: dict[str, Any], key: str) -> float | None:
    """The resource's latitude or longitude as a number (None where none is given)."""
    value = _f(row, key)
    return round(float(value), 7) if value else None


def bloomerang_constituent(row: dict[str, Any], rng: random.Random) -> str:
    """A Bloomerang REST API v2 constituent answer (``GET /v2/constituent/{id}``): an
    ``Organization`` of an invented id and account number, ``Active``, its name, website,
    ``PrimaryEmail`` (where the resource has a mailbox), ``PrimaryPhone`` of type ``Work`` and
    ``PrimaryAddress``, the ids of its addresses, e-mails and phones, an empty list of custom
    values and an ``AuditTrail`` of invented times by the API integration."""
    cid = rng.randint(10**8, 10**9 - 1)
    created = _when(rng)
    modified = created + dt.timedelta(days=rng.randint(1, 40), minutes=rng.randint(1, 600))
    address_id, phone_id = rng.randint(10**8, 10**9 - 1), rng.randint(10**8, 10**9 - 1)
    email_id = rng.randint(10**8, 10**9 - 1)
    doc: dict[str, Any] = {
        "Id": cid,
        "AccountNumber": rng.randint(1000, 48000),
        "IsInHousehold": False,
        "IsHeadOfHousehold": False,
        "IsFavorite": False,
        "FullCustomProfileImageId": None,
        "CroppedCustomProfileImageId": None,
        "Type": "Organization",
        "Status": "Active",
        "FullName": _f(row, "name"),
        "SortName": _f(row, "name"),
        "InformalName": None,
        "FormalName": None,
        "EnvelopeName": _f(row, "name"),
        "RecognitionName": _f(row, "name"),
        "Website": _f(row, "website") or None,
        "FacebookId": None,
        "TwitterId": None,
        "LinkedInId": None,
        "PrimaryEmail": None,
        "PrimaryPhone": {
            "Id": phone_id,
            "AccountId": cid,
            "Type": "Work",
            "Extension": "",
            "Number": phone(row),
            "IsPrimary": True,
        },
        "PrimaryAddress": {
            "Id": address_id,
            "AccountId": cid,
            "Type": "Work",
            "Street": street(row),
            "City": _f(row, "city"),
            "State": state(row),
            "PostalCode": _f(row, "zip"),
            "Country": "United States",
            "IsPrimary": True,
            "IsBad": False,
            "StateAbbreviation": state(row),
            "CountryCode": "US",
        },
        "AddressIds": [address_id],
        "EmailIds": [],
        "PhoneIds": [phone_id],
        "CustomValues": [],
        "AuditTrail": {
            "CreatedDate": f"{created.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
            "CreatedName": "API Integration",
            "LastModifiedDate": f"{modified.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
            "LastModifiedName": "API Integration",
        },
    }
    if email(row):
        doc["PrimaryEmail"] = {
            "Id": email_id,
            "AccountId": cid,
            "Type": "Work",
            "Value": email(row),
            "IsPrimary": True,
            "IsBad": False,
        }
        doc["EmailIds"] = [email_id]
    return _json(doc)


def donorperfect_search(row: dict[str, Any], rng: random.Random) -> str:
    """A DonorPerfect XML API answer (``action=dp_donorsearch``): a ``result`` with one
    ``record`` of ``field`` elements (``name``, ``id``, ``value``): an invented donor id, the
    organisation's name as ``last_name`` and ``opt_line``, its street, city, state and ZIP,
    ``business_phone`` and ``email``, ``org_rec`` ``Y``, ``donor_type`` ``CO``, a
    ``narrative`` of an invented in-kind pickup naming the phone again."""
    when = _when(rng)
    pounds = rng.randint(120, 2400)
    narrative = (
        f"Partner agency since {when.year - rng.randint(1, 12)}. In-kind pickup of "
        f"{pounds} lbs on {when:%m/%d/%Y}; call {phone(row)} to schedule."
    )
    fields = [
        ("donor_id", str(rng.randint(10000, 299999))),
        ("first_name", ""),
        ("last_name", _f(row, "name")),
        ("middle_name", ""),
        ("suffix", ""),
        ("title", ""),
        ("salutation", "Friends"),
        ("prof_title", ""),
        ("opt_line", _f(row, "name")),
        ("address", _f(row, "address_1")),
        ("address2", _f(row, "address_2")),
        ("city", _f(row, "city")),
        ("state", state(row)),
        ("zip", _f(row, "zip")),
        ("country", "US"),
        ("address_type", "BUSINESS"),
        ("home_phone", ""),
        ("business_phone", phone(row)),
        ("fax_phone", ""),
        ("mobile_phone", ""),
        ("email", email(row)),
        ("org_rec", "Y"),
        ("donor_type", "CO"),
        ("nomail", "N"),
        ("nomail_reason", ""),
        ("narrative", narrative),
        ("donor_rcpt_type", "I"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<result>",
        "<record>",
        *(
            f"<field name={quoteattr(k)} id={quoteattr(k)} value={quoteattr(v)}/>"
            for k, v in fields
        ),
        "</record>",
        "</result>",
        "",
    ]
    return "\n".join(lines)


def circuit_stop(row: dict[str, Any], rng: random.Random) -> str:
    """A Circuit for Teams API stop (``GET /api/v0.2b/plans/{plan}/stops/{stop}``): invented
    plan and stop ids, the resource's ``address`` (one line, the street and suite, the
    coordinates), ``recipient`` with its name, mailbox (or null), phone and an invented
    external id, ``orderInfo`` of invented products and the food bank as seller, invented
    package count and ``timing``, ``notes`` naming the phone again, ``activity``
    ``delivery``."""
    plan, stop = _token(rng, 20), _token(rng, 20)
    hour = rng.randint(8, 13)
    products = rng.sample(PRODUCTS, rng.randint(2, 4))
    cases = rng.randint(6, 48)
    doc = {
        "id": f"plans/{plan}/stops/{stop}",
        "address": {
            "address": f"{street(row)}, {_f(row, 'city')}, {state(row)} {_f(row, 'zip')}, USA",
            "addressLineOne": street(row),
            "addressLineTwo": f"{_f(row, 'city')}, {state(row)} {_f(row, 'zip')}",
            "latitude": coordinate(row, "latitude"),
            "longitude": coordinate(row, "longitude"),
            "placeId": None,
            "placeTypes": [],
        },
        "barcodes": [],
        "driverIdentifier": None,
        "allowedDrivers": [],
        "estimatedTravelDuration": rng.randint(300, 2700),
        "estimatedTravelDistance": rng.randint(1500, 42000),
        "notes": f"{cases} cases on pallet. Use the side entrance; call {phone(row)} on arrival.",
        "orderInfo": {
            "products": products,
            "sellerName": "Regional Food Bank Partner Deliveries",
            "sellerOrderId": f"PO-{rng.randint(100000, 999999)}",
            "sellerWebsite": None,
        },
        "paymentOnDelivery": None,
        "proofOfAttemptRequirements": {"enabled": True},
        "packageCount": cases,
        "packageLabel": f"{rng.choice('ABCDEFG')}{rng.randint(1, 40)}",
        "recipient": {
            "email": email(row) or None,
            "externalId": f"AGY-{rng.randint(1000, 9999)}",
            "name": _f(row, "name"),
            "phone": phone(row),
        },
        "activity": "delivery",
        "optimizationOrder": "default",
        "timing": {
            "earliestAttemptTime": {"hour": hour, "minute": 0},
            "latestAttemptTime": {"hour": hour + rng.randint(2, 4), "minute": 0},
            "estimatedAttemptDuration": rng.choice((300, 600, 900)),
        },
        "webAppLink": f"https://dispatch.spoke.com/plans/{plan}/stops/{stop}",
    }
    return _json(doc)


ICAROL_COLUMNS = (
    "ResourceAgencyNum", "PublicName", "AlternateName", "AgencyStatus", "PhysicalAddress1",
    "PhysicalAddress2", "PhysicalCity", "PhysicalCounty", "PhysicalStateProvince",
    "PhysicalPostalCode", "PhysicalCountry", "Latitude", "Longitude", "Phone1Name",
    "Phone1Number", "Phone1Description", "Phone1Type", "EmailAddressMain", "WebsiteAddress",
    "TaxonomyTerm", "TaxonomyCodes", "LanguagesOffered", "LastVerifiedOn", "UpdatedOn",
)  # fmt: skip


def icarol_export(row: dict[str, Any], rng: random.Random) -> str:
    """An iCarol resource export (the information-and-referral software's agency CSV, CRLF
    line ends): the header and the resource's row, an invented agency number, its name,
    ``Active``, physical address in Los Angeles County, coordinates, ``Phone1Number`` the
    telephone (``Main``, ``Voice``), ``EmailAddressMain``, the website, an AIRS/211 LA taxonomy
    term and code, languages and invented verification dates."""
    when = _when(rng)
    code, term = rng.choice(TAXONOMY)
    languages = ", ".join(
        x.strip() for x in re.split(r"[,\n]", _f(row, "languages") or "English") if x.strip()
    )
    values = [
        str(rng.randint(40000000, 49999999)),
        _f(row, "name"),
        "",
        "Active",
        _f(row, "address_1"),
        _f(row, "address_2"),
        _f(row, "city"),
        "Los Angeles",
        state(row),
        _f(row, "zip"),
        "United States",
        _f(row, "latitude"),
        _f(row, "longitude"),
        "Main",
        phone(row),
        "Call for distribution days and hours",
        "Voice",
        email(row),
        _f(row, "website"),
        term,
        code,
        languages,
        f"{when:%m/%d/%Y}",
        f"{when + dt.timedelta(days=rng.randint(0, 30)):%m/%d/%Y %I:%M:%S %p}",
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ICAROL_COLUMNS)
    writer.writerow(values)
    return out.getvalue()


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "bloomerang_constituent": bloomerang_constituent,
    "donorperfect_search": donorperfect_search,
    "circuit_stop": circuit_stop,
    "icarol_export": icarol_export,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone and mailbox
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
