"""held_out_415 of the PII evaluation set: real phone numbers of a register no earlier part used
(the Bangalore City Police's 2012 list of the police stations of Bangalore City and Bangalore
District; India's earlier parts took the National Health Portal's Hospital and Blood Bank
Directories, CBSE's schools, covid19india.org's Telangana list, RBI's bank branches by IFSC, NHM
Madhya Pradesh's COVID facilities, JoSAA's institutes, Bhuvan's vaccination centres, a blood
centre directory, Zomato's Bengaluru restaurants and the Regional Transport Offices) exactly as
published, in layouts no earlier part has, beside the list's own names, addresses, station
codes, divisions and sub-divisions.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the one or two numbers each of 106 stations' ``Station`` field gives after
  ``Ph no.`` (``scripts/data/pii_in_bangalore_police_stations.json``, written by
  ``scripts/in_bangalore_police_stations_data.py``; source and licence in that file): Indian
  numbers as the list writes them, the city's ``080-22942675``, the district's
  ``(080)78-29335``, ``(080 )28472500``, ``(080)-27952415``; every copy labelled;
* the text around them is the same row's real fields: the station's name and street address
  as the list runs them together (``Cubbon Park # 7 cubbon park police station kasturba road
  bangalore 560001``), its sub-division (ACP), division (DCP), unit and, in the city, its
  seven-digit station code (``1644315``, unlabelled on purpose: it is the register's id, no
  phone), with a PIN code read from the address where it gives one (``560001``,
  ``bangalore-25`` as ``560025``) or invented, and invented air waybill numbers, order numbers,
  ids, weights, amounts and dates, unlabelled and scored;
* in layouts no earlier part has, formats of India's delivery and service trade, as an invented
  Bengaluru supplier of printer consumables and the annual maintenance of the stations'
  computers uses them, text in English: Zoho Desk API account resources (``GET
  /api/v1/accounts/{id}`` of the Chennai help-desk product: the station as an account, its first
  number as ``phone``, its numbers again in the ``description``), XpressBees Push Pre-Ship
  Manifest API 1.1 bodies (the station in ``DropDetails`` with a ``ContactDetails`` entry per
  number, the ``Instruction`` repeating the first), Ecom Express ``manifest_awb`` ``json_input``
  arrays (the station as ``CONSIGNEE``, its first number as ``TELEPHONE`` and its last as
  ``MOBILE``) and DTDC order-upload API bodies (``consignments`` with the station's
  ``destination_details``, its numbers as ``phone`` and ``alternate_phone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every number is one of
ten digits with the trunk 0, labelled whole). No pickup or origin number is written (the
courier bodies leave those fields empty or ``null``), so no invented number stands unlabelled.
Each record is seeded by its own (split, locale, layout, index). Committed with its data before
it was ever scored.

    python scripts/pii_held_out_415.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from in_bangalore_police_stations_data import numbers_of
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_bangalore_police_stations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_415.jsonl.gz"
SPLIT = "held_out_415"

LAYOUTS = ("zoho_desk_account", "xpressbees_manifest", "ecom_manifest", "dtdc_consignment")
FIRST, SECOND = "first", "second"
EDGES = {FIRST: r"\d", SECOND: r"\d"}
COLUMNS = {FIRST: "Station", SECOND: "Station"}
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
MARK = "Ph no."

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# PIN codes of the district's sub-division towns (for stations whose address gives none)
TOWN_PINS = {
    "Anekal": "562106",
    "Attibele": "562107",
    "Hoskote": "562114",
    "Tirumasettihalli": "562114",
    "Nandagudi": "562122",
    "Vijayapura": "562135",
    "Doddaballapura": "561203",
    "Nelamangala": "562123",
}
CITY_PINS = ("560001", "560002", "560009", "560027", "560034", "560041", "560078")
# what the invented supplier sends and services (no person is named in these records)
GOODS = (
    ("Toner cartridges for the CCTNS laser printers", 2, 4850.0),
    ("A4 copier paper, 10 reams", 10, 2650.0),
    ("UPS batteries for the station's computers", 2, 7400.0),
    ("Thermal paper rolls for the e-challan devices", 20, 1180.0),
    ("Register binders and FIR forms stationery", 5, 1925.0),
)
ISSUES = (
    "annual maintenance of the CCTNS terminals",
    "service of the station's CCTV recorder",
    "replacement of printer drums",
    "network switch and cabling checks",
)
SUPPLIER = "Kaveri Office Systems"
SUPPLIER_ADDRESS = ("No. 14, 2nd Cross, Peenya Industrial Area 1st Stage", "Bengaluru", "560058")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def station(row: dict[str, Any]) -> str:
    """The ``Station`` field as published: name, address, ``Ph no.`` and the numbers."""
    return row["fields"]["Station"]


def place(row: dict[str, Any]) -> str:
    """The station's name and street address as the list runs them together (the field before
    ``Ph no.``)."""
    return station(row).partition(MARK)[0].strip()


def phones(row: dict[str, Any]) -> list[str]:
    """The station's numbers as the list writes them (one or two)."""
    return numbers_of(station(row))


def code(row: dict[str, Any]) -> str:
    """The city station's seven-digit code ("" in the district)."""
    return _f(row, "Station Code")


def sub_division(row: dict[str, Any]) -> str:
    """The station's sub-division (``ACP``)."""
    return _f(row, "ACP")


def division(row: dict[str, Any]) -> str:
    """The station's division (``DCP``)."""
    return _f(row, "DCP")


def city(row: dict[str, Any]) -> bool:
    """Whether the station is one of Bangalore City's (not the district's)."""
    return _f(row, "Unit").endswith("City")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def pin(row: dict[str, Any], rng: random.Random) -> str:
    """The station's PIN code: the six digits its address gives (``560001``), or the two
    after ``bangalore-``/``b'lore-`` as ``5600NN``; else its town's (district) or an invented
    one of the city's."""
    found = re.search(r"(?<!\d)(56\d{4})(?!\d)", place(row))
    if found:
        return found.group(1)
    short = re.search(r"(?:bangal\w*|b'lore|bengaluru)\s*-\s*(\d{1,2})(?!\d)", place(row), re.I)
    if short:
        return f"5600{int(short.group(1)):02d}"
    if not city(row):
        return TOWN_PINS.get(sub_division(row), "562123")
    return rng.choice(CITY_PINS)


def name(row: dict[str, Any]) -> str:
    """The account's name: the station of its sub-division and division, with its code where
    the list gives one (``Police Station (Cubbon Park Sub-Division, Central Division, Bangalore
    City) [1644315]``)."""
    label = f"Police Station ({sub_division(row)} Sub-Division, {division(row)})"
    return f"{label} [{code(row)}]" if code(row) else label


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the station's numbers labelled (each copy
    stands apart: no digit next to it)."""
    found = phones(row)
    values = [(FIRST, found[0]), *((SECOND, v) for v in found[1:2])]
    return field_copies(text, values, EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (India Standard Time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=IST) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 5:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 18), minutes=rng.randint(0, 59))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _order(rng: random.Random, when: dt.datetime) -> str:
    """An invented order number of the supplier (``KOS/24-25/01234``)."""
    year = when.year if when.month > 3 else when.year - 1
    return f"KOS/{year % 100:02d}-{(year + 1) % 100:02d}/{rng.randint(100, 9999):05d}"


def zoho_desk_account(row: dict[str, Any], rng: random.Random) -> str:
    """A Zoho Desk API account resource (``GET /api/v1/accounts/{id}``): an invented id and
    owner id, ``accountName`` the station, its first number as ``phone``, no ``fax``, ``email``
    or ``website``, the address in ``street``, ``city``, ``state``, ``code`` and ``country``,
    the service contract in ``description`` (the numbers again), ``industry``, custom fields
    with the station code and sub-division, the ``webUrl`` and the times."""
    when = _when(rng)
    acc = rng.randint(10**17, 10**18 - 1)
    found = phones(row)
    description = (
        f"AMC {when.year}-{when.year + 1 - 2000:02d}: {rng.choice(ISSUES)}. "
        f"Station lines: {', '.join(found)}. {division(row)}."
    )
    doc = {
        "id": str(acc),
        "accountName": name(row),
        "phone": found[0],
        "fax": None,
        "email": None,
        "website": None,
        "street": place(row),
        "city": "Bengaluru" if city(row) else sub_division(row),
        "state": "Karnataka",
        "code": pin(row, rng),
        "country": "India",
        "description": description,
        "industry": "Government",
        "annualrevenue": None,
        "ownerId": str(rng.randint(10**17, 10**18 - 1)),
        "cf": {
            "cf_station_code": code(row) or None,
            "cf_sub_division": sub_division(row),
            "cf_unit": _f(row, "Unit"),
        },
        "customFields": {
            "Station Code": code(row) or None,
            "Sub Division": sub_division(row),
            "Unit": _f(row, "Unit"),
        },
        "createdTime": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S.000Z}",
        "modifiedTime": f"{(when + dt.timedelta(days=rng.randint(1, 90))).astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S.000Z}",  # noqa: E501
        "isFollowing": False,
        "isTrashed": False,
        "layoutId": str(rng.randint(10**17, 10**18 - 1)),
        "webUrl": f"https://desk.zoho.in/support/kaverioffice/ShowHomePage.do#Accounts/dv/{acc}",
    }
    return _json(doc)


def xpressbees_manifest(row: dict[str, Any], rng: random.Random) -> str:
    """An XpressBees Push Pre-Ship Manifest API 1.1 body: an invented air waybill number,
    business account, order and manifest ids, a prepaid order of the supplier's goods, the
    station in ``DropDetails`` (address, city, PIN code, state, a ``ContactDetails`` entry per
    number, ``Primary`` then ``Secondary``), the supplier's warehouse in ``PickupDetails`` (no
    number written), the ``Instruction`` repeating the first number, and the package's
    dimensions and weights."""
    when = _when(rng)
    order = _order(rng, when)
    goods, qty, price = rng.choice(GOODS)
    found = phones(row)
    contacts = [
        {"PhoneNo": v, "Type": t, "VirtualNumber": None}
        for v, t in zip(found, ("Primary", "Secondary"), strict=False)
    ]
    weight = round(rng.uniform(0.8, 9.5), 2)
    doc = {
        "AirWayBillNO": f"14{rng.randint(10**11, 10**12 - 1)}",
        "BusinessAccountName": SUPPLIER,
        "OrderNo": order,
        "SubOrderNo": order,
        "OrderType": "PrePaid",
        "CollectibleAmount": "0",
        "DeclaredValue": f"{qty * price:.1f}",
        "PickupType": "Vendor",
        "Quantity": str(qty),
        "ServiceType": "SD",
        "DropDetails": {
            "Addresses": [
                {
                    "Address": place(row),
                    "City": "Bangalore" if city(row) else sub_division(row),
                    "EmailID": "",
                    "Name": name(row),
                    "PinCode": pin(row, rng),
                    "State": "Karnataka",
                    "Type": "Primary",
                }
            ],
            "ContactDetails": contacts,
            "IsGenSecurityCode": None,
            "SecurityCode": None,
            "IsGeoFencingEnabled": None,
        },
        "PickupDetails": {
            "Addresses": [
                {
                    "Address": SUPPLIER_ADDRESS[0],
                    "City": SUPPLIER_ADDRESS[1],
                    "EmailID": "",
                    "Name": SUPPLIER,
                    "PinCode": SUPPLIER_ADDRESS[2],
                    "State": "Karnataka",
                    "Type": "Primary",
                }
            ],
            "ContactDetails": [{"PhoneNo": None, "Type": "Primary"}],
            "PickupVendorCode": "".join(
                rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(13)
            ),
        },
        "Instruction": f"Deliver at the station writer's desk; call {found[0]} on arrival.",
        "ManifestID": order,
        "IsEssential": "false",
        "IsSecondaryPacking": "false",
        "PackageDetails": {
            "Dimensions": {"Height": rng.randint(10, 40), "Length": rng.randint(20, 60),
                           "Width": rng.randint(15, 45)},
            "Weight": {"BillableWeight": weight, "PhyWeight": weight,
                       "VolWeight": round(weight * 0.8, 2)},
        },
        "GSTMultiSellerInfo": [
            {
                "InvoiceNumber": f"KOS{when:%y%m}{rng.randint(1000, 9999)}",
                "InvoiceDate": f"{when:%d-%m-%Y}",
                "ProductDesc": goods,
                "HSNCode": rng.choice(("8443", "4802", "8507", "4820")),
                "SellerName": SUPPLIER,
                "SellerPincode": SUPPLIER_ADDRESS[2],
            }
        ],
    }  # fmt: skip
    return _json(doc)


def ecom_manifest(row: dict[str, Any], rng: random.Random) -> str:
    """An Ecom Express ``manifest_awb`` ``json_input`` array of one prepaid shipment: an
    invented air waybill and order number, ``CONSIGNEE`` the station, its address in three
    lines (the list's text, the sub-division, the division), city, PIN code and state, its
    first number as ``TELEPHONE`` and its last as ``MOBILE``, the goods, pieces, values,
    weights and dimensions, the supplier as pickup and return party (no number written) and
    ``ADDITIONAL_INFORMATION`` with the invoice."""
    when = _when(rng)
    goods, qty, price = rng.choice(GOODS)
    found = phones(row)
    weight = round(rng.uniform(0.5, 8.0), 2)
    ship = {
        "AWB_NUMBER": str(rng.randint(10**9, 2 * 10**9 - 1)),
        "ORDER_NUMBER": _order(rng, when),
        "PRODUCT": "PPD",
        "CONSIGNEE": name(row),
        "CONSIGNEE_ADDRESS1": place(row),
        "CONSIGNEE_ADDRESS2": f"{sub_division(row)} Sub-Division",
        "CONSIGNEE_ADDRESS3": division(row),
        "DESTINATION_CITY": "BANGALORE" if city(row) else sub_division(row).upper(),
        "PINCODE": pin(row, rng),
        "STATE": "KA",
        "MOBILE": found[-1],
        "TELEPHONE": found[0],
        "ITEM_DESCRIPTION": goods,
        "PIECES": qty,
        "COLLECTABLE_VALUE": 0,
        "DECLARED_VALUE": round(qty * price, 2),
        "ACTUAL_WEIGHT": weight,
        "VOLUMETRIC_WEIGHT": round(weight * 0.9, 2),
        "LENGTH": rng.randint(20, 60),
        "BREADTH": rng.randint(15, 45),
        "HEIGHT": rng.randint(10, 40),
        "PICKUP_NAME": SUPPLIER,
        "PICKUP_ADDRESS_LINE1": SUPPLIER_ADDRESS[0],
        "PICKUP_ADDRESS_LINE2": SUPPLIER_ADDRESS[1],
        "PICKUP_PINCODE": SUPPLIER_ADDRESS[2],
        "PICKUP_PHONE": "",
        "PICKUP_MOBILE": "",
        "RETURN_NAME": SUPPLIER,
        "RETURN_ADDRESS_LINE1": SUPPLIER_ADDRESS[0],
        "RETURN_ADDRESS_LINE2": SUPPLIER_ADDRESS[1],
        "RETURN_PINCODE": SUPPLIER_ADDRESS[2],
        "RETURN_PHONE": "",
        "RETURN_MOBILE": "",
        "DG_SHIPMENT": "false",
        "ADDITIONAL_INFORMATION": {
            "INVOICE_NUMBER": f"KOS{when:%y%m}{rng.randint(1000, 9999)}",
            "INVOICE_DATE": f"{when:%d-%m-%Y}",
            "SELLER_GSTIN": "",
            "ESUGAM_NUMBER": "",
            "ITEM_CATEGORY": "Office supplies",
            "PACKING_TYPE": "Box",
            "PICKUP_TYPE": "WH",
            "RETURN_TYPE": "WH",
        },
    }
    return _json([ship])


def dtdc_consignment(row: dict[str, Any], rng: random.Random) -> str:
    """A DTDC order-upload API body (``consignments``): an invented customer code and
    reference number, the service type and load, dimensions, weight and declared value, the
    supplier's ``origin_details`` (no number written) and the station's ``destination_details``
    (name, its numbers as ``phone`` and ``alternate_phone``, the list's text and the
    sub-division as address lines, PIN code, city and state), and the goods' description."""
    when = _when(rng)
    goods, qty, price = rng.choice(GOODS)
    found = phones(row)
    consignment = {
        "customer_code": f"GL{rng.randint(1000, 9999)}",
        "service_type_id": rng.choice(("B2C PRIORITY", "B2C SMART EXPRESS", "GROUND EXPRESS")),
        "load_type": "NON-DOCUMENT",
        "description": goods,
        "dimension_unit": "cm",
        "length": str(rng.randint(20, 60)),
        "width": str(rng.randint(15, 45)),
        "height": str(rng.randint(10, 40)),
        "weight_unit": "kg",
        "weight": f"{rng.uniform(0.5, 9.0):.1f}",
        "declared_value": f"{qty * price:.2f}",
        "num_pieces": "1",
        "origin_details": {
            "name": SUPPLIER,
            "phone": "",
            "alternate_phone": "",
            "address_line_1": SUPPLIER_ADDRESS[0],
            "address_line_2": "",
            "pincode": SUPPLIER_ADDRESS[2],
            "city": SUPPLIER_ADDRESS[1],
            "state": "Karnataka",
        },
        "destination_details": {
            "name": name(row),
            "phone": found[0],
            "alternate_phone": found[1] if len(found) > 1 else "",
            "address_line_1": place(row),
            "address_line_2": f"{sub_division(row)} Sub-Division, {division(row)}",
            "pincode": pin(row, rng),
            "city": "Bengaluru" if city(row) else sub_division(row),
            "state": "Karnataka",
        },
        "customer_reference_number": _order(rng, when),
        "cod_collection_mode": "",
        "cod_amount": "",
        "commodity_id": rng.choice(("7", "12", "21")),
        "eway_bill": "",
        "is_risk_surcharge_applicable": False,
        "invoice_number": f"KOS{when:%y%m}{rng.randint(1000, 9999)}",
        "invoice_date": f"{when:%d %b %Y}",
        "reference_number": "",
    }
    return _json({"consignments": [consignment]})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "zoho_desk_account": zoho_desk_account,
    "xpressbees_manifest": xpressbees_manifest,
    "ecom_manifest": ecom_manifest,
    "dtdc_consignment": dtdc_consignment,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers labelled."""
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
