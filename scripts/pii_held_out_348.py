"""held_out_348 of the PII evaluation set: real phone fields of a directory no earlier part used
(Target Corporation's store directory, its general-merchandise stores; the United States'
earlier parts took other registers) exactly as published, in layouts no earlier part has,
beside the directory's own store names, numbers, streets, ZIP codes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of US (CMS's hospitals, Starbucks' stores, the Texas DFPS's
child-care centres, California's public schools and others), CA, GB and many others; here:

* the values are the ``phone`` fields of 480 active Target stores in 45 states and DC
  (``scripts/data/pii_us_target_stores.json``, written by ``scripts/us_target_stores_data.py``;
  source and licence in that file): North American numbers as the directory writes them, no
  ``+1``, ten bare digits (``9516967527``; one store's with hyphens, ``202-892-3794``), each
  copy labelled;
* the text around them is the same row's real fields: the store's name (``Murrieta``), its
  number (``1283``), street line, city, state, ZIP+4 (``92562-5749``) and coordinates, with
  invented source codes, purchase-order, invoice and reference numbers, parcel sizes and
  weights, opening hours, time zones and dates, unlabelled and scored;
* in layouts no earlier part has, retail-commerce platform formats of US vendors, text in
  English: Salesforce B2C Commerce (Demandware) store import files (``stores.xml`` in the
  ``impex/store/2007-04-30`` namespace: the store's ``phone`` and a ``custom-attribute`` of
  pickup instructions repeating it), Adobe Commerce (Magento 2) Multi-Source Inventory source
  requests (``POST /rest/default/V1/inventory/sources``: a pickup source with the number as
  ``phone`` and again in its ``description``), EasyPost shipment requests (``POST
  /v2/shipments``: the store as ``to_address`` with its ``phone``, ``options.print_custom_1``
  repeating it on the label) and BigCommerce Locations API requests (``POST
  /stores/{store_hash}/v3/inventory/locations``: a ``PHYSICAL`` location whose ``address``
  holds the number, the ``description`` repeating it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_348.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_target_stores.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_348.jsonl.gz"
SPLIT = "held_out_348"

LAYOUTS = ("sfcc_stores_xml", "magento_msi_source", "easypost_shipment", "bigcommerce_location")
PHONE = "phone"

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the IANA time zone of each state's largest part (a store's own zone is not in the directory)
ZONES = {
    "AL": "America/Chicago", "AR": "America/Chicago", "AZ": "America/Phoenix",
    "CA": "America/Los_Angeles", "CO": "America/Denver", "CT": "America/New_York",
    "DC": "America/New_York", "DE": "America/New_York", "FL": "America/New_York",
    "GA": "America/New_York", "HI": "Pacific/Honolulu", "IA": "America/Chicago",
    "ID": "America/Boise", "IL": "America/Chicago", "IN": "America/Indiana/Indianapolis",
    "KS": "America/Chicago", "KY": "America/New_York", "LA": "America/Chicago",
    "MA": "America/New_York", "MD": "America/New_York", "ME": "America/New_York",
    "MI": "America/Detroit", "MN": "America/Chicago", "MO": "America/Chicago",
    "MS": "America/Chicago", "MT": "America/Denver", "NC": "America/New_York",
    "ND": "America/Chicago", "NE": "America/Chicago", "NH": "America/New_York",
    "NJ": "America/New_York", "NM": "America/Denver", "NV": "America/Los_Angeles",
    "NY": "America/New_York", "OH": "America/New_York", "OK": "America/Chicago",
    "OR": "America/Los_Angeles", "PA": "America/New_York", "RI": "America/New_York",
    "SC": "America/New_York", "SD": "America/Chicago", "TN": "America/Chicago",
    "TX": "America/Chicago", "UT": "America/Denver", "VA": "America/New_York",
    "VT": "America/New_York", "WA": "America/Los_Angeles", "WI": "America/Chicago",
    "WV": "America/New_York", "WY": "America/Denver",
}  # fmt: skip

# invented vendors that ship to or pick up at the stores (no real company is meant)
VENDORS = (
    ("Northfield Home Goods", "2200 Commerce Pkwy", "Eagan", "MN", "55121"),
    ("Harbor Lane Kitchenware", "415 Industrial Dr", "Elk Grove Village", "IL", "60007"),
    ("Bluebird Paper Co.", "88 Riverside Ave", "Lowell", "MA", "01852"),
    ("Canyon Trail Outdoor", "9100 W Sahara Ave", "Las Vegas", "NV", "89117"),
    ("Sunday Morning Candles", "1620 Peachtree Industrial Blvd", "Duluth", "GA", "30097"),
)  # fmt: skip
HOURS = (
    ("07:00", "22:00"), ("08:00", "22:00"), ("08:00", "21:00"), ("07:00", "23:00"),
    ("08:00", "23:00"),
)  # fmt: skip
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


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
    """Whether a number is written with a country code (``+1``, ``1-``, ``001``)."""
    return value.lstrip("(").startswith(("+", "1-", "001"))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 22, 14, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 320 * 86400))


def _j(value: Any) -> str:
    """``value`` as JSON (UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _number(row: dict[str, Any]) -> str:
    """The store number (the directory's ``location_id``)."""
    return _f(row, "location_id")


def _title(row: dict[str, Any]) -> str:
    """The store as the vendors' systems title it (``Target Murrieta``)."""
    return f"Target {_f(row, 'location_name')}"


def _zone(row: dict[str, Any]) -> str:
    return ZONES.get(_f(row, "region"), "America/Chicago")


def _http(method: str, path: str, host: str, body: str, extra: tuple[str, ...] = ()) -> str:
    """An HTTP/1.1 request with a JSON body, as a client's debug log prints it (credentials
    redacted)."""
    head = [
        f"{method} {path} HTTP/1.1",
        f"Host: {host}",
        *extra,
        "Content-Type: application/json",
        "Accept: application/json",
        f"Content-Length: {len(body.encode('utf-8'))}",
    ]
    return "\n".join(head) + "\n\n" + body + "\n"


def sfcc_stores_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Salesforce B2C Commerce (Demandware) store import file, ``stores.xml`` of a site
    archive: one ``store`` (``store-id`` from the store number) with its name, street, city,
    ZIP code, state and country, ``phone``, invented ``store-hours``, an inventory list id,
    coordinates and the locator flags, and ``custom-attributes`` with the store number, an
    invented sync date and pickup instructions repeating the number."""
    name, tel, number = _title(row), phone(row), _number(row)
    opening, closing = rng.choice(HOURS)
    when = _when(rng)
    pickup = f"Order Pickup is at the Guest Services counter of {name}. Questions? Call {tel}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<stores xmlns="http://www.demandware.com/xml/impex/store/2007-04-30">',
        f'    <store store-id="T-{number}">',
        f"        <name>{_x(name)}</name>",
        f"        <address1>{_x(_f(row, 'address_line_1'))}</address1>",
        f"        <city>{_x(_f(row, 'city'))}</city>",
        f"        <postal-code>{_f(row, 'postal_code')}</postal-code>",
        f"        <state-code>{_f(row, 'region')}</state-code>",
        "        <country-code>US</country-code>",
        f"        <phone>{tel}</phone>",
        f'        <store-hours xml:lang="x-default">Mon-Sun {opening}-{closing}</store-hours>',
        f"        <inventory-list-id>inventory_T{number}</inventory-list-id>",
        f"        <latitude>{_f(row, 'latitude')}</latitude>",
        f"        <longitude>{_f(row, 'longitude')}</longitude>",
        "        <store-locator-enabled-flag>true</store-locator-enabled-flag>",
        "        <demandware-pos-enabled-flag>false</demandware-pos-enabled-flag>",
        "        <pos-enabled-flag>false</pos-enabled-flag>",
        "        <custom-attributes>",
        f'            <custom-attribute attribute-id="storeNumber">{number}</custom-attribute>',
        f'            <custom-attribute attribute-id="pickupInstructions">{_x(pickup)}'
        "</custom-attribute>",
        '            <custom-attribute attribute-id="lastSyncDate">'
        f"{when:%Y-%m-%dT%H:%M:%S.000Z}</custom-attribute>",
        "        </custom-attributes>",
        "    </store>",
        "</stores>",
        "",
    ]
    return "\n".join(lines)


def magento_msi_source(row: dict[str, Any], rng: random.Random) -> str:
    """An Adobe Commerce (Magento 2) Multi-Source Inventory request creating a pickup source
    for the store (``POST /rest/default/V1/inventory/sources``, an invented shop's host): the
    ``source`` with an invented ``source_code`` from the store number, its name, a
    ``description`` repeating the number, coordinates, country, state, city, street, ZIP code
    and ``phone``, carrier defaults on."""
    name, tel, number = _title(row), phone(row), _number(row)
    vendor = rng.choice(VENDORS)[0]
    source = {
        "source_code": f"tgt_{number}",
        "name": name,
        "enabled": True,
        "description": f"{vendor} partner pickup at {name} (store {number}). Store phone {tel}.",
        "latitude": float(_f(row, "latitude")),
        "longitude": float(_f(row, "longitude")),
        "country_id": "US",
        "region": _f(row, "region"),
        "city": _f(row, "city"),
        "street": _f(row, "address_line_1"),
        "postcode": _f(row, "postal_code"),
        "phone": tel,
        "use_default_carrier_config": True,
        "carrier_links": [],
    }
    body = json.dumps({"source": source}, ensure_ascii=False, indent=4)
    host = vendor.lower().replace(" ", "").replace(".", "") + ".example"
    return _http(
        "POST", "/rest/default/V1/inventory/sources", host, body,
        ("Authorization: Bearer [REDACTED]",),
    )  # fmt: skip


def easypost_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """An EasyPost request creating a shipment to the store (``POST /v2/shipments``): an
    invented purchase-order ``reference``, the store as ``to_address`` (company, street, city,
    state, ZIP code, country, ``phone``), an invented vendor as ``from_address``, an invented
    ``parcel`` (inches and ounces) and ``options`` whose ``print_custom_1`` repeats the
    number on the label, ``print_custom_2`` the purchase order and an invented label date."""
    name, tel, number = _title(row), phone(row), _number(row)
    vendor, street, city, state, zip_code = rng.choice(VENDORS)
    po = f"{rng.randint(4500000000, 4599999999)}"
    when = _when(rng)
    shipment = {
        "reference": f"PO-{po}",
        "to_address": {
            "company": f"{name} #{number}",
            "street1": _f(row, "address_line_1"),
            "city": _f(row, "city"),
            "state": _f(row, "region"),
            "zip": _f(row, "postal_code"),
            "country": "US",
            "phone": tel,
        },
        "from_address": {
            "company": vendor,
            "street1": street,
            "city": city,
            "state": state,
            "zip": zip_code,
            "country": "US",
        },
        "parcel": {
            "length": round(rng.uniform(10, 30), 1),
            "width": round(rng.uniform(8, 20), 1),
            "height": round(rng.uniform(4, 16), 1),
            "weight": round(rng.uniform(16, 900), 1),
        },
        "options": {
            "label_format": "PDF",
            "label_date": f"{when:%Y-%m-%dT%H:%M:%SZ}",
            "print_custom_1": f"RECEIVING T-{number} {tel}",
            "print_custom_2": f"PO {po}",
            "invoice_number": f"INV-{rng.randint(100000, 999999)}",
        },
    }
    body = json.dumps({"shipment": shipment}, ensure_ascii=False, indent=2)
    return _http(
        "POST", "/v2/shipments", "api.easypost.com", body,
        ("Authorization: Basic [REDACTED]",),
    )  # fmt: skip


def bigcommerce_location(row: dict[str, Any], rng: random.Random) -> str:
    """A BigCommerce Locations API request (``POST /stores/{store_hash}/v3/inventory/
    locations``, an invented store hash): one ``PHYSICAL`` location with an invented ``code``
    from the store number, the store as ``label``, a ``description`` repeating the number,
    invented ``operating_hours``, the state's ``time_zone`` and the ``address`` (street, city,
    state, ZIP code, ``phone``, ``geo_coordinates``, country)."""
    name, tel, number = _title(row), phone(row), _number(row)
    opening, closing = rng.choice(HOURS)
    store_hash = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
    location = {
        "code": f"TGT-{number}",
        "label": name,
        "description": f"Pickup counter at {name}, {_f(row, 'city')}. Call {tel} before "
        "collecting large orders.",
        "managed_by_external_source": False,
        "type_id": "PHYSICAL",
        "enabled": True,
        "operating_hours": {
            day: {"open": True, "opening": opening, "closing": closing} for day in DAYS
        },
        "time_zone": _zone(row),
        "address": {
            "address1": _f(row, "address_line_1"),
            "address2": "",
            "city": _f(row, "city"),
            "state": _f(row, "region"),
            "zip": _f(row, "postal_code"),
            "email": "",
            "phone": tel,
            "geo_coordinates": {
                "latitude": float(_f(row, "latitude")),
                "longitude": float(_f(row, "longitude")),
            },
            "country_code": "US",
        },
        "storefront_visibility": True,
    }
    body = json.dumps([location], ensure_ascii=False, indent=2)
    return _http(
        "POST", f"/stores/{store_hash}/v3/inventory/locations", "api.bigcommerce.com", body,
        ("X-Auth-Token: [REDACTED]",),
    )  # fmt: skip


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sfcc_stores_xml": sfcc_stores_xml,
    "magento_msi_source": magento_msi_source,
    "easypost_shipment": easypost_shipment,
    "bigcommerce_location": bigcommerce_location,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
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
