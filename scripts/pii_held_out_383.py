"""held_out_383 of the PII evaluation set: real phone fields of a list no earlier part used (a
sign-up list of Australian community pharmacies for a pharmacy finder of home-delivery
services, 2020; Australia's earlier parts took Western Australia's schools list, the NSW
Department of Education's public schools, the Australian Library Map's public libraries and
Victoria's school locations) exactly as published, in layouts no earlier part has, beside the
list's own names, addresses, towns, postcodes and states.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Phone`` of 312 pharmacies (``scripts/data/pii_au_pharmacy_finder.json``,
  written by ``scripts/au_pharmacy_finder_data.py``; source and licence in that file):
  Australian numbers as the list writes them, the trunk ``0`` and area code, then the line in
  two groups of four (``08 9454 8548``); every copy labelled; the list has no e-mail field;
* the text around them is the same row's real fields: the pharmacy's name, street address,
  town, postcode (``6057``) and state, and whether it delivers, with invented order and
  contact ids, UUIDs, references, invoice numbers, tracking numbers, weights, dimensions,
  amounts and times, unlabelled and scored; no party of a record is a person (the other party
  is an invented wholesaler, laboratory or clinic, given no phone);
* in layouts no earlier part has, JSON of Australian logistics and practice-management APIs,
  text in Australian English: Sendle Orders API answers (``POST /api/orders``, 201: the
  pharmacy as ``sender`` returning stock to a wholesaler, its ``contact.phone`` and the
  pickup ``instructions`` naming the number again), Shippit Orders API requests (``POST
  /api/3/orders``: a wholesaler's delivery to the pharmacy, ``receiver_name``,
  ``receiver_contact_number`` and ``delivery_instructions`` repeating the number), Interparcel
  Shipments API requests (``POST /shipments/add``: the pharmacy as ``collection`` with its
  ``telephone``, a laboratory as ``delivery``) and Cliniko API contacts (``GET
  /v1/contacts/{id}``: a clinic's third-party contact for a patient's pharmacy, its
  ``phone_numbers`` and ``notes`` naming the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_383.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_au_pharmacy_finder.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_383.jsonl.gz"
SPLIT = "held_out_383"

LAYOUTS = ("sendle_order", "shippit_order", "interparcel_shipment", "cliniko_contact")
PHONE = "Phone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
AEST = dt.timezone(dt.timedelta(hours=10))
STATES = {
    "NSW": "New South Wales",
    "QLD": "Queensland",
    "VIC": "Victoria",
    "WA": "Western Australia",
    "SA": "South Australia",
    "ACT": "Australian Capital Territory",
}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented wholesalers, laboratories and clinics (no phone of theirs is written)
WHOLESALERS = (
    ("Southern Cross Pharma Pty Ltd", "14 Kitchener Road", "Erskine Park", "NSW", "2759"),
    ("Coastline Medical Wholesale Pty Ltd", "8 Harvest Court", "Brendale", "QLD", "4500"),
    ("Eastgate Pharma Supplies Pty Ltd", "230 Fairbank Road", "Clayton South", "VIC", "3169"),
    ("Westlink Health Logistics Pty Ltd", "41 Sheffield Road", "Welshpool", "WA", "6106"),
)  # fmt: skip
LABS = (
    ("Harbourside Compounding Laboratory", "Unit 3, 17 Dunning Avenue", "Rosebery", "NSW", "2018"),
    ("Riverbend Sterile Compounding", "5 Enterprise Street", "Richlands", "QLD", "4077"),
    ("Parkline Clinical Laboratory Services", "62 Lorimer Street", "Southbank", "VIC", "3006"),
    ("Swan Coast Pathology Couriers", "12 Collingwood Street", "Osborne Park", "WA", "6017"),
)  # fmt: skip
CLINICS = (
    "Northside Physiotherapy & Sports Injury Clinic",
    "Harbour Allied Health",
    "Bayview Podiatry",
    "Eastside Chiropractic & Wellness",
    "Parklands Psychology Centre",
)
RETURNS = (
    "expired stock return",
    "recalled batch return",
    "short-dated stock return",
    "damaged goods return",
)
LINES = (
    ("Paracetamol 500 mg tablets, 100", "PARA500-100", 3.95),
    ("Ibuprofen 200 mg tablets, 48", "IBU200-48", 5.40),
    ("Cetirizine 10 mg tablets, 30", "CET10-30", 7.10),
    ("Sodium chloride 0.9% nasal spray, 30 mL", "NACL-NS30", 6.25),
    ("Dose administration aids, weekly, 50", "DAA-W50", 38.00),
    ("Nitrile examination gloves, medium, 100", "GLOVE-M100", 9.80),
    ("Oral rehydration sachets, 10", "ORS-10", 8.45),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The pharmacy's phone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def name(row: dict[str, Any]) -> str:
    return _f(row, "Pharmacy Name")


def street(row: dict[str, Any]) -> str:
    return _f(row, "Address")


def town(row: dict[str, Any]) -> str:
    return _f(row, "City")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "Post Code")


def state(row: dict[str, Any]) -> str:
    return _f(row, "State")


def delivers(row: dict[str, Any]) -> bool:
    """Whether the list says the pharmacy offers home delivery."""
    return _f(row, "Home Delivery Service Available") == "Yes"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone labelled (each copy stands apart:
    no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Australian Eastern Standard Time)."""
    day = dt.datetime(2024, 2, 5, tzinfo=AEST) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _workday(day: dt.datetime, days: int) -> dt.date:
    """The working day ``days`` working days after ``day``."""
    out = day.date()
    while days:
        out += dt.timedelta(days=1)
        if out.weekday() < 5:
            days -= 1
    return out


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def _code(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _near(row: dict[str, Any], options: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """The invented party of the pharmacy's state (New South Wales' for the ACT and South
    Australia's neighbours by road: Victoria's for SA)."""
    wanted = {"ACT": "NSW", "SA": "VIC"}.get(state(row), state(row))
    return next(o for o in options if o[3] == wanted)


def sendle_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Sendle Orders API answer (``POST /api/orders``, 201 Created): an invented order id,
    ``Pickup`` state, order and tracking URLs, a Sendle reference, the pharmacy as ``sender``
    (``contact`` with the dispensary as its name, the phone and the pharmacy as ``company``;
    ``address`` with its street, suburb, state, postcode and country; pickup ``instructions``
    naming the number again) returning stock to an invented wholesaler (no phone), a
    description, customer reference, metadata, weight, dimensions, labels, scheduling and
    price (GST of one eleventh)."""
    when = _when(rng)
    oid = _uuid(rng)
    ref = "S" + _code(rng, 5)
    ra = f"RA-{rng.randint(100000, 999999)}"
    w_name, w_street, w_town, w_state, w_post = _near(row, WHOLESALERS)
    gross = round(rng.uniform(9.5, 38.0), 2)
    tax = round(gross / 11, 2)
    pickup = _workday(when, 1)
    doc = {
        "order_id": oid,
        "state": "Pickup",
        "order_url": f"https://api.sendle.com/api/orders/{oid}",
        "sendle_reference": ref,
        "tracking_url": f"https://track.sendle.com/tracking?ref={ref}",
        "metadata": {"return_authority": ra, "store_postcode": postcode(row)},
        "labels": [
            {
                "format": "pdf",
                "size": size,
                "url": f"https://api.sendle.com/api/orders/{oid}/labels/{size}.pdf",
            }
            for size in ("a4", "cropped")
        ],
        "scheduling": {
            "is_cancellable": True,
            "pickup_date": f"{pickup:%Y-%m-%d}",
            "picked_up_on": None,
            "delivered_on": None,
            "estimated_delivery_date_minimum": f"{_workday(when, 2):%Y-%m-%d}",
            "estimated_delivery_date_maximum": f"{_workday(when, 4):%Y-%m-%d}",
        },
        "description": f"{rng.choice(RETURNS).capitalize()} - {ra}",
        "weight": {"value": f"{rng.randint(5, 90) / 10:.1f}", "units": "kg"},
        "dimensions": {
            "length": f"{rng.choice((30, 35, 40, 45)):.1f}",
            "width": f"{rng.choice((20, 25, 30)):.1f}",
            "height": f"{rng.choice((15, 17, 20, 25)):.1f}",
            "units": "cm",
        },
        "customer_reference": f"{name(row)[:40]} {ra}",
        "sender": {
            "contact": {"name": "Dispensary", "phone": phone(row), "company": name(row)},
            "address": {
                "address_line1": street(row),
                "address_line2": None,
                "suburb": town(row),
                "state_name": state(row),
                "postcode": postcode(row),
                "country": "AU",
            },
            "instructions": f"Collect from the dispensary counter. Call {phone(row)} on arrival",
        },
        "receiver": {
            "contact": {"name": "Returns Department", "company": w_name},
            "address": {
                "address_line1": w_street,
                "address_line2": None,
                "suburb": w_town,
                "state_name": w_state,
                "postcode": w_post,
                "country": "AU",
            },
            "instructions": "Returns dock, door 4. Mon-Fri 7am-3pm",
        },
        "price": {
            "gross": {"amount": gross, "currency": "AUD"},
            "net": {"amount": round(gross - tax, 2), "currency": "AUD"},
            "tax": {"amount": tax, "currency": "AUD"},
        },
        "packaging_type": "box",
        "hide_pickup_address": False,
    }
    return _json(doc)


def shippit_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Shippit Orders API request (``POST /api/3/orders``): an invented wholesaler's delivery
    to the pharmacy (``courier_type``, the pharmacy's street, suburb, postcode and state as the
    ``delivery_*`` fields, ``authority_to_leave`` No, its name as ``receiver_name`` and the
    phone as ``receiver_contact_number``, ``delivery_instructions`` naming the number again, an
    invented retailer invoice and reference, parcels and product lines)."""
    when = _when(rng)
    lines = rng.sample(LINES, rng.randint(2, 4))
    products = [
        {
            "title": title,
            "sku": sku,
            "quantity": rng.randint(2, 24),
            "price": price,
            "weight": round(rng.uniform(0.05, 0.6), 2),
        }
        for title, sku, price in lines
    ]
    cartons = rng.randint(1, 3)
    doc = {
        "order": {
            "courier_type": rng.choice(("standard", "express")),
            "delivery_address": street(row),
            "delivery_suburb": town(row),
            "delivery_postcode": postcode(row),
            "delivery_state": state(row),
            "delivery_country_code": "AU",
            "delivery_instructions": f"Pharmacy delivery - leave with dispensary staff only. "
            f"If closed call {phone(row)}",
            "authority_to_leave": "No",
            "receiver_name": name(row),
            "receiver_contact_number": phone(row),
            "retailer_invoice": f"INV{when:%y%m}-{rng.randint(10000, 99999)}",
            "retailer_reference": f"SO-{rng.randint(1000000, 9999999)}",
            "parcel_attributes": [
                {
                    "qty": 1,
                    "length": rng.choice((0.3, 0.4, 0.45)),
                    "width": rng.choice((0.25, 0.3)),
                    "depth": rng.choice((0.2, 0.25, 0.3)),
                    "weight": round(rng.uniform(1.0, 9.5), 1),
                }
                for _ in range(cartons)
            ],
            "product_attributes": products,
        }
    }
    return _json(doc)


def interparcel_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """An Interparcel Shipments API request (``POST /shipments/add``): ``validate``, an
    invented ``reference``, the pharmacy as ``collection`` (the dispensary as its name, the
    pharmacy as ``company``, street, suburb as ``city``, state, postcode, country and its
    ``telephone``), an invented compounding or pathology laboratory as ``delivery`` (no
    telephone), the collection date and parcels."""
    when = _when(rng)
    l_name, l_street, l_town, l_state, l_post = _near(row, LABS)
    doc = {
        "validate": True,
        "reference": f"{postcode(row)}-{_code(rng, 6, '0123456789ABCDEF')}",
        "collection": {
            "name": "Dispensary",
            "company": name(row),
            "add1": street(row),
            "add2": "",
            "city": town(row),
            "state": state(row),
            "postcode": postcode(row),
            "country": "AU",
            "telephone": phone(row),
        },
        "delivery": {
            "name": "Specimen Reception",
            "company": l_name,
            "add1": l_street,
            "add2": "",
            "city": l_town,
            "state": l_state,
            "postcode": l_post,
            "country": "AU",
        },
        "collectionDate": f"{_workday(when, 1):%Y-%m-%d}",
        "parcels": [
            {
                "weight": round(rng.uniform(0.5, 4.0), 1),
                "length": rng.choice((20, 25, 30)),
                "width": rng.choice((15, 20)),
                "height": rng.choice((10, 12, 15)),
            }
        ],
    }
    return _json(doc)


def cliniko_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Cliniko API contact (``GET /v1/contacts/{id}``): a clinic's third-party contact for a
    patient's pharmacy (an invented id and times, the street, town, state and postcode, the
    pharmacy as ``company_name``, the dispensary as ``first_name``, ``notes`` naming the number,
    ``occupation``, the phone in ``phone_numbers`` as ``Work``, type ``Standard`` and the
    contact's link)."""
    when = _when(rng)
    cid = str(rng.randint(10**18, 10**19 - 1))
    created = when - dt.timedelta(days=rng.randint(30, 900), minutes=rng.randint(0, 600))
    note = (
        f"Community pharmacy used by patients of {rng.choice(CLINICS)}. "
        f"{'Offers home delivery. ' if delivers(row) else ''}"
        f"Call the dispensary on {phone(row)} to confirm prescriptions before sending."
    )
    doc = {
        "id": cid,
        "created_at": f"{created.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
        "updated_at": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
        "address_1": street(row),
        "address_2": "",
        "address_3": "",
        "city": town(row),
        "company_name": name(row),
        "country_code": "AU",
        "doctor_type": "",
        "email": "",
        "first_name": "Dispensary",
        "last_name": "",
        "notes": note,
        "occupation": "Community pharmacy",
        "phone_numbers": [{"number": phone(row), "phone_type": "Work"}],
        "post_code": postcode(row),
        "preferred_name": "",
        "provider_number": "",
        "state": STATES[state(row)],
        "title": "",
        "archived_at": None,
        "country": "Australia",
        "deleted_at": None,
        "type": "Standard",
        "type_code": 0,
        "links": {"self": f"https://api.au{rng.randint(1, 4)}.cliniko.com/v1/contacts/{cid}"},
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sendle_order": sendle_order,
    "shippit_order": shippit_order,
    "interparcel_shipment": interparcel_shipment,
    "cliniko_contact": cliniko_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone labelled."""
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
