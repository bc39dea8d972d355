"""held_out_210 of the PII evaluation set: real phone fields of a register no earlier part used
(the Care Quality Commission's care directory, its nursing and residential care homes of
Greater Manchester; the United Kingdom's earlier parts took NHS England's pharmacies and GP
practices and HM Courts & Tribunals Service's court finder) exactly as published, in layouts no
earlier part has, beside the list's own names, addresses, postcodes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB (NHS pharmacies, GP practices, courts), IE and many
others; here:

* the values are the ``telephone`` fields of 538 care homes
  (``scripts/data/pii_gb_cqc_care_homes.json``, written by ``scripts/gb_cqc_care_homes_data.py``;
  source and licence in that file): British numbers as the CQC file holds them, a run of digits
  that lost its trunk ``0`` (``1619282514``, ``1942497114``; mobiles ``7976848608``; two of
  nine digits, ``120462150``), each copy labelled;
* the text around them is the same row's real fields: the home's name, service types, address,
  postcode (``WA14 2SN``), borough and its code (``E0800009``) and coordinates, with invented
  template ids, UUIDs, references, order numbers, contact ids, weights, amounts, times and
  dates, unlabelled and scored;
* in layouts no earlier part has, British services' documented formats, text in British
  English: GOV.UK Notify API letter requests (``POST /v2/notifications/letter``: a template id,
  a reference and ``personalisation`` with the address lines, the postcode as the last line,
  and the home's number), OpenActive RPDE feed pages of ``SessionSeries`` (a chair-based
  exercise series at the home: the home as ``location`` ``Place`` with ``PostalAddress``,
  ``telephone`` and ``geo``, a ``description`` repeating the number), Royal Mail Click & Drop
  API order requests (``POST /api/v1/orders``: the home as business ``recipient`` with its
  ``phoneNumber``, packages and contents of invented leaflet packs, ``postageDetails``,
  ``specialInstructions`` repeating the number) and FreeAgent API contact responses
  (``GET /v2/contacts/:id``: ``organisation_name``, ``phone_number``, address fields, payment
  terms, balance and times).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored: no recognizer ever ran on it.

    python scripts/pii_held_out_210.py   # rewrites the committed file
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
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_cqc_care_homes.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_210.jsonl.gz"
SPLIT = "held_out_210"

LAYOUTS = ("notify_letter", "openactive_rpde", "clickdrop_order", "freeagent_contact")
PHONE = "telephone"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented letters, sessions and parcels of an invented falls-prevention programme
LETTERS = (
    "Annual fire safety visit", "Flu vaccination clinic for residents",
    "Falls prevention training for staff", "Hydration and nutrition review",
    "Safeguarding adults awareness session",
)  # fmt: skip
SESSIONS = (
    "Chair-based exercise", "Seated strength and balance", "Gentle movement to music",
    "Chair yoga", "Seated tai chi",
)  # fmt: skip
PACKS = (
    ("Falls prevention leaflets (pack of 50)", "FPL-50", 600),
    ("Hydration chart pads (pack of 10)", "HCP-10", 850),
    ("Exercise resistance bands (set of 5)", "ERB-05", 400),
    ("Large-print activity calendars (pack of 25)", "LAC-25", 700),
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


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
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00", "44"))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    """``doc`` as indented JSON (UTF-8 kept), ending in a newline."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def address_parts(row: dict[str, Any]) -> list[str]:
    """The address as its comma-separated parts (the last is the town)."""
    return [part.strip() for part in _f(row, "address").split(",") if part.strip()]


def website(row: dict[str, Any]) -> str:
    """The home's web address ("" where the file writes ``NA``)."""
    value = _f(row, "website")
    return "" if value == "NA" else value


def _types(row: dict[str, Any]) -> str:
    """The service types in words (``Residential homes and homecare agencies``)."""
    kinds = _f(row, "type").split("|")
    words = [kinds[0], *(k[:1].lower() + k[1:] for k in kinds[1:])]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def notify_letter(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON body of a GOV.UK Notify API letter request (``POST /v2/notifications/letter``
    as the Python client sends it): an invented ``template_id`` and ``reference`` and the
    ``personalisation``: ``address_line_1`` the home's name, the address's parts, the postcode
    as the last line, the visit, its date and the home's number as ``home_telephone``."""
    when = _when(rng)
    lines = [_f(row, "name"), *address_parts(row), _f(row, "postcode")]
    personalisation = {f"address_line_{i}": line for i, line in enumerate(lines[:7], 1)}
    personalisation |= {
        "home_name": _f(row, "name"),
        "visit": rng.choice(LETTERS),
        "visit_date": f"{when.day} {when:%B %Y}",
        "borough": _f(row, "area_name"),
        "home_telephone": phone(row),
    }
    body = {
        "template_id": _uuid(rng),
        "reference": f"GMASC-{when:%Y%m}-{rng.randint(1000, 9999)}",
        "personalisation": personalisation,
    }
    return _json(body)


def openactive_rpde(row: dict[str, Any], rng: random.Random) -> str:
    """A page of an OpenActive RPDE feed of ``SessionSeries`` (Realtime Paged Data Exchange
    1.0, Modelling Opportunity Data 2.0): one ``updated`` item with an invented id and
    ``modified`` stamp, its ``data`` a series held at the home, the home as ``location``
    ``Place`` (``PostalAddress``, ``telephone``, ``geo`` from the row's coordinates), a
    ``description`` repeating the number, a weekly ``PartialSchedule`` and a free ``Offer``;
    the ``next`` page URL after it."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    session = rng.choice(SESSIONS)
    ident = f"{rng.randint(10000, 99999)}"
    modified = int(when.timestamp() * 1000) + rng.randint(0, 999)
    base = "https://opendata.gmactiveageing.org.uk/api/session-series"
    parts = address_parts(row)
    address = {
        "@type": "PostalAddress",
        "streetAddress": ", ".join(parts[:-1]) or parts[0],
        "addressLocality": parts[-1],
        "addressRegion": "Greater Manchester",
        "postalCode": _f(row, "postcode"),
        "addressCountry": "GB",
    }
    place: dict[str, Any] = {"@type": "Place", "name": name, "address": address, "telephone": tel}
    place["geo"] = {
        "@type": "GeoCoordinates",
        "latitude": float(_f(row, "lat")),
        "longitude": float(_f(row, "lon")),
    }
    if website(row):
        place["url"] = website(row)
    start = when.date() + dt.timedelta(days=rng.randint(7, 40))
    hour = rng.choice((10, 11, 14, 15))
    series = {
        "@context": ["https://openactive.io/", "https://openactive.io/ns-beta"],
        "@type": "SessionSeries",
        "@id": f"{base}/{ident}",
        "name": f"{session} at {name}",
        "description": f"A weekly {session.lower()} class for residents and their visitors at "
        f"{name} ({_types(row).lower()}, {_f(row, 'area_name')}). Places are limited: "
        f"please call the home on {tel} to book.",
        "activity": [
            {
                "@type": "Concept",
                "@id": f"https://openactive.io/activity-list#{_uuid(rng)}",
                "prefLabel": "Chair Based Exercise",
                "inScheme": "https://openactive.io/activity-list",
            }
        ],
        "ageRange": {"@type": "QuantitativeValue", "minValue": 60},
        "location": place,
        "eventSchedule": [
            {
                "@type": "PartialSchedule",
                "repeatFrequency": "P1W",
                "byDay": [f"https://schema.org/{rng.choice(WEEKDAYS)}"],
                "startDate": start.isoformat(),
                "startTime": f"{hour:02d}:00",
                "endTime": f"{hour:02d}:45",
                "scheduleTimezone": "Europe/London",
            }
        ],
        "offers": [
            {
                "@type": "Offer",
                "@id": f"{base}/{ident}#/offers/0",
                "name": "Free session",
                "price": 0,
                "priceCurrency": "GBP",
            }
        ],
    }
    page = {
        "next": f"{base}?afterTimestamp={modified}&afterId={ident}",
        "items": [
            {
                "state": "updated",
                "kind": "SessionSeries",
                "id": ident,
                "modified": modified,
                "data": series,
            }
        ],
        "license": "https://creativecommons.org/licenses/by/4.0/",
    }
    return _json(page)


def clickdrop_order(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON body of a Royal Mail Click & Drop API order request (``POST /api/v1/orders``):
    one item with an invented ``orderReference``, the home as business ``recipient`` (``The
    Manager``, ``companyName``, address lines, ``city``, ``postcode``, ``countryCode``) with its
    ``phoneNumber``, an invented order date, a package of one or two invented packs with their
    weights and values, ``postageDetails`` (Tracked 24, ``TPN24``), ``specialInstructions``
    repeating the number and the label options."""
    tel = phone(row)
    when = _when(rng)
    parts = address_parts(row)
    address = {"fullName": "The Manager", "companyName": _f(row, "name")}
    for i, line in enumerate(parts[:-1][:3], 1):
        address[f"addressLine{i}"] = line
    if len(parts) == 1:
        address["addressLine1"] = parts[0]
    address |= {"city": parts[-1], "postcode": _f(row, "postcode"), "countryCode": "GB"}
    contents = []
    for pack, sku, grams in rng.sample(PACKS, rng.randint(1, 2)):
        contents.append(
            {
                "name": pack,
                "SKU": sku,
                "quantity": rng.randint(1, 4),
                "unitValue": rng.choice((4.5, 6.0, 7.25, 9.99, 12.0)),
                "unitWeightInGrams": grams,
            }
        )
    weight = sum(c["quantity"] * c["unitWeightInGrams"] for c in contents) + 120
    subtotal = round(sum(c["quantity"] * c["unitValue"] for c in contents), 2)
    order = {
        "orderReference": f"GMFP-{when:%y%m}-{rng.randint(100, 999)}",
        "isRecipientABusiness": True,
        "recipient": {"address": address, "phoneNumber": tel},
        "orderDate": f"{when:%Y-%m-%dT%H:%M:%SZ}",
        "subtotal": subtotal,
        "shippingCostCharged": 0,
        "total": subtotal,
        "currencyCode": "GBP",
        "packages": [
            {
                "weightInGrams": weight,
                "packageFormatIdentifier": "smallParcel" if weight <= 2000 else "parcel",
                "contents": contents,
            }
        ],
        "postageDetails": {
            "sendNotificationsTo": "recipient",
            "serviceCode": "TPN24",
            "receiveEmailNotification": False,
            "receiveSmsNotification": False,
            "requestSignatureUponDelivery": True,
        },
        "specialInstructions": f"Deliver to reception. If no answer, ring the home on {tel}.",
        "label": {"includeLabelInResponse": True, "includeCN": False},
    }
    return _json({"items": [order]})


def freeagent_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A FreeAgent API contact response (``GET /v2/contacts/:id``): an invented contact URL,
    the home as ``organisation_name`` with its ``phone_number``, ``address1`` to ``address3``,
    ``town``, ``region``, ``postcode`` and ``country``, invoice settings, an invented balance,
    status and creation and update times."""
    when = _when(rng)
    parts = address_parts(row)
    contact: dict[str, Any] = {
        "url": f"https://api.freeagent.com/v2/contacts/{rng.randint(1000000, 9999999)}",
        "organisation_name": _f(row, "name"),
        "phone_number": phone(row),
        "contact_name_on_invoices": False,
    }
    lines = parts[:-1] or parts[:1]
    for i, line in enumerate(lines[:3], 1):
        contact[f"address{i}"] = line
    contact |= {
        "town": parts[-1],
        "region": "Greater Manchester",
        "postcode": _f(row, "postcode"),
        "country": "United Kingdom",
        "default_payment_terms_in_days": rng.choice((14, 30)),
        "locale": "en",
        "account_balance": f"{rng.choice((0, 1)) * rng.randint(40, 900)}.0",
        "uses_contact_invoice_sequence": False,
        "charge_sales_tax": "Auto",
        "status": "Active",
        "active_projects_count": 0,
        "created_at": f"{when:%Y-%m-%dT%H:%M:%S}.000Z",
        "updated_at": f"{when + dt.timedelta(days=rng.randint(0, 60)):%Y-%m-%dT%H:%M:%S}.000Z",
    }
    return _json({"contact": contact})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "notify_letter": notify_letter,
    "openactive_rpde": openactive_rpde,
    "clickdrop_order": clickdrop_order,
    "freeagent_contact": freeagent_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
