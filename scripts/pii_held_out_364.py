"""held_out_364 of the PII evaluation set: real phone fields of a register no earlier part used
(the public library outlets of the IMLS's Public Libraries Survey: central libraries, branches
and bookmobiles of the 50 states and DC; the United States' earlier parts took government lists
of hospitals, schools, colleges, health facilities, museums, parks and offices and the
directories of Open Brewery DB, Starbucks and Target) exactly as published, in layouts no
earlier part has, beside the survey's own names, system ids, counties, addresses and ZIP codes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` fields of 400 library outlets
  (``scripts/data/pii_us_public_libraries.json``, written by
  ``scripts/us_public_libraries_data.py``; source and licence in that file): North American
  numbers as the file writes them, ten digits run together with no ``+1`` (``2625328930``);
  every copy labelled;
* the text around them is the same row's real fields: the outlet's name, the survey's system id
  (FSCS key, ``WI0191``), county, street, city, state and ZIP code and coordinates, with
  invented order numbers, ids, amounts, weights, hours and dates, unlabelled and scored; no
  other number of seven digits or more and no e-mail address is written (the shipper of the
  two shipping layouts has no phone);
* where the file runs street and city together (``455 ELM STREET ELK CREEK\\nCA 95939``, 50 of
  the 400), the whole of it before the state is the street line and the city is left empty;
* in layouts no earlier part has, formats of the library trade and of US shippers, text in
  English: Authentication for OPDS 1.0 documents (the ``application/opds-authentication+json``
  document of a library's e-book circulation server: a ``help`` link ``tel:`` with the number
  and a ``service_description`` giving it again), UPS Shipping API requests (``POST
  /api/shipments/v2409/ship``, a ``ShipmentRequest`` of library supplies to the outlet, the
  number as ``ShipTo.Phone.Number``), ShipStation API orders (``POST /orders/createorder`` of
  the v1 API, the outlet as ``shipTo`` with its ``phone`` and the number again in
  ``internalNotes``) and SurveyMonkey API response details (``GET
  /v3/surveys/{id}/responses/{id}/details`` of an invented state library outlet survey, a
  contact-information question answered with the outlet's name, address and phone, and a
  comment answer repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_364.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_public_libraries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_364.jsonl.gz"
SPLIT = "held_out_364"

LAYOUTS = ("opds_authentication", "ups_shipment", "shipstation_order", "surveymonkey_response")
PHONE = "phone"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented library suppliers that ship to the outlets (no real company is meant)
VENDORS = (
    ("Prairie Book Supply", "1850 Enterprise Dr", "Lincoln", "NE", "68521"),
    ("Lakeshore Library Goods", "640 Commerce St", "Sheboygan", "WI", "53081"),
    ("Blue Ridge Bindery Supply", "212 Mill Race Rd", "Lynchburg", "VA", "24502"),
    ("Cascade Shelf & Label", "7710 SE Foster Rd", "Portland", "OR", "97206"),
    ("Gulf Coast Library Products", "3300 Airline Dr", "Metairie", "LA", "70001"),
)  # fmt: skip
# invented supplies (sku, name, unit price in USD, weight in ounces)
SUPPLIES = (
    ("MJC-10-100", "Mylar book jacket covers, 10 in., box of 100", 38.95, 64),
    ("SPL-1000", "Spine labels, white, roll of 1,000", 12.50, 10),
    ("BKT-2-15", "Clear book repair tape, 2 in. x 15 yd", 6.75, 6),
    ("DDS-500", "Date due slips, pack of 500", 9.40, 18),
    ("PBK-HD-12", "Heavy-duty paperback covers, pack of 12", 21.60, 14),
    ("CDC-25", "DVD security cases, pack of 25", 44.25, 90),
)
QUESTIONS = ("Outlet name", "Address", "City/Town", "State/Province", "ZIP/Postal Code", "Phone")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The outlet's phone as the file writes it (ten digits)."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone labelled (each copy stands
    apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the file's is)."""
    return value.startswith(("+", "1-", "001"))


def state(row: dict[str, Any]) -> str:
    """The outlet's state: the FSCS key's first two letters."""
    return _f(row, "id")[:2]


def address(row: dict[str, Any]) -> tuple[str, str, str]:
    """(street, city, ZIP code) of the ``location``: ``725 PEKIN STREET\\nLINCOLN, IL 62656`` as
    its parts; where the file runs street and city together, all before the state as the street
    and no city."""
    loc = _f(row, "location")
    m = re.fullmatch(r"([^\n]+)\n([^\n,]+), [A-Z]{2} (\d{5})", loc)
    if m:
        return m.group(1).strip(), m.group(2).strip(), m.group(3)
    m = re.fullmatch(r"(.+?)(?:,\s*|\s*\n)[A-Z]{2} (\d{5})", loc, re.S)
    assert m, (row["path"], loc)
    return m.group(1).replace("\n", " ").strip(), "", m.group(2)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 14, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _json(value: Any, indent: int | None = 2) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


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


def _slug(row: dict[str, Any]) -> str:
    """The outlet's host label (``wi0191``) on an invented e-book server."""
    return _f(row, "id").lower()


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def opds_authentication(row: dict[str, Any], rng: random.Random) -> str:
    """An Authentication for OPDS 1.0 document as the outlet's e-book circulation server serves
    it (``id``, ``title``, ``description``, ``links`` with ``logo``, ``help`` as ``tel:`` with
    the number and as a web page, ``register`` and ``start``; one Basic authentication flow with
    the library card labels; the Library Simplified extensions ``inputs``, ``service_description``
    (the address, county and the number again), ``color_scheme``, ``audience``,
    ``service_area`` (the county) and ``features``)."""
    base = f"https://{_slug(row)}.circulation.example.org"
    street, city, zipcode = address(row)
    where = f"{street}, {city + ', ' if city else ''}{state(row)} {zipcode}"
    scheme = rng.choice(("blue", "red", "teal", "green", "purple"))
    pin = rng.choice((4, 4, 6))
    doc = {
        "id": f"{base}/{_f(row, 'id')}/authentication_document",
        "title": _f(row, "name"),
        "description": f"Enter your library card number and {pin}-digit PIN.",
        "links": [
            {
                "rel": "logo",
                "href": f"{base}/images/logo-{_hex(rng, 8)}.png",
                "type": "image/png",
                "width": 135,
                "height": 135,
            },
            {"rel": "help", "href": f"tel:{phone(row)}"},
            {"rel": "help", "href": f"{base}/help", "type": "text/html"},
            {
                "rel": "register",
                "href": f"{base}/{_f(row, 'id')}/patrons/signup",
                "type": "text/html",
            },
            {
                "rel": "start",
                "href": f"{base}/{_f(row, 'id')}/groups/",
                "type": "application/atom+xml;profile=opds-catalog;kind=navigation",
            },
        ],
        "authentication": [
            {
                "type": "http://opds-spec.org/auth/basic",
                "description": "Library Barcode",
                "labels": {"login": "Library Card", "password": "PIN"},
                "inputs": {
                    "login": {"keyboard": "Number pad", "maximum_length": 14},
                    "password": {"keyboard": "Number pad", "maximum_length": pin},
                },
            }
        ],
        "service_description": f"E-books and audiobooks from {_f(row, 'name')}, "
        f"{where} ({_f(row, 'county').title()} County). Card or PIN questions: call "
        f"{phone(row)} during open hours.",
        "color_scheme": scheme,
        "audience": ["public"],
        "service_area": {"US": [f"{_f(row, 'county').title()} County, {state(row)}"]},
        "features": {"enabled": ["https://librarysimplified.org/rel/feature/reservations"]},
    }
    return _json(doc) + "\n"


def _lines(rng: random.Random) -> list[tuple[str, str, float, int, int]]:
    """Two or three invented supply lines (sku, name, price, weight, quantity)."""
    return [(*item, rng.randint(1, 6)) for item in rng.sample(SUPPLIES, rng.randint(2, 3))]


def ups_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A UPS Shipping API request (``POST /api/shipments/v2409/ship``): a ``ShipmentRequest``
    of an invented supplier (``Shipper`` with an invented shipper number, no phone) to the
    outlet (``ShipTo`` with its name, ``AttentionName`` 'Technical Services', the street, city,
    state, ZIP code, ``Phone.Number`` and the FSCS key as ``LocationID``), bill shipper, UPS
    Ground, one package of supplies with an invented weight and the invented order number as
    its reference, a ZPL label."""
    vendor = rng.choice(VENDORS)
    street, city, zipcode = address(row)
    account = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6))
    order = f"SO-{rng.randint(100000, 999999)}"
    weight = sum(w * q for *_, w, q in _lines(rng)) / 16
    body = {
        "ShipmentRequest": {
            "Request": {"SubVersion": "2409", "RequestOption": "nonvalidate",
                        "TransactionReference": {"CustomerContext": order}},
            "Shipment": {
                "Description": "Library supplies",
                "Shipper": {
                    "Name": vendor[0],
                    "ShipperNumber": account,
                    "Address": {"AddressLine": [vendor[1]], "City": vendor[2],
                                "StateProvinceCode": vendor[3], "PostalCode": vendor[4],
                                "CountryCode": "US"},
                },
                "ShipTo": {
                    "Name": _f(row, "name"),
                    "AttentionName": "Technical Services",
                    "Phone": {"Number": phone(row)},
                    "LocationID": _f(row, "id"),
                    "Address": {"AddressLine": [street], "City": city,
                                "StateProvinceCode": state(row), "PostalCode": zipcode,
                                "CountryCode": "US"},
                },
                "PaymentInformation": {
                    "ShipmentCharge": [{"Type": "01", "BillShipper": {"AccountNumber": account}}]
                },
                "Service": {"Code": "03", "Description": "Ground"},
                "Package": [
                    {
                        "Description": "Library supplies",
                        "Packaging": {"Code": "02", "Description": "Customer Supplied Package"},
                        "Dimensions": {"UnitOfMeasurement": {"Code": "IN", "Description": "Inches"},
                                       "Length": str(rng.choice((12, 14, 16, 18))),
                                       "Width": str(rng.choice((10, 12))),
                                       "Height": str(rng.choice((4, 6, 8)))},
                        "PackageWeight": {"UnitOfMeasurement": {"Code": "LBS",
                                                                "Description": "Pounds"},
                                          "Weight": f"{max(weight, 1):.1f}"},
                        "ReferenceNumber": [{"Code": "PO", "Value": order}],
                    }
                ],
            },
            "LabelSpecification": {"LabelImageFormat": {"Code": "ZPL", "Description": "ZPL"},
                                   "LabelStockSize": {"Height": "6", "Width": "4"}},
        }
    }  # fmt: skip
    extra = (
        "Authorization: Bearer [redacted]",
        f"transId: {_hex(rng, 8)}-{_hex(rng, 4)}",
        "transactionSrc: library-supply-orders",
    )
    return _http("POST", "/api/shipments/v2409/ship", "onlinetools.ups.com", _json(body), extra)


def shipstation_order(row: dict[str, Any], rng: random.Random) -> str:
    """A ShipStation API order (``POST /orders/createorder`` of the v1 API): an invented order
    number, key and dates, ``awaiting_shipment``, ``billTo`` and ``shipTo`` (the outlet as
    ``company``, a department as ``name``, its street, city, state and ZIP code; ``phone`` in
    ``shipTo``), two or three invented supply lines, amounts, ``internalNotes`` repeating the
    number, the FSCS key as ``customField1`` and the county as ``customField2``."""
    when = _when(rng)
    street, city, zipcode = address(row)
    lines = _lines(rng)
    total = round(sum(p * q for _, _, p, _, q in lines), 2)
    ship = round(rng.uniform(9, 32), 2)

    def party(name: str, tel: str | None) -> dict[str, Any]:
        return {
            "name": name, "company": _f(row, "name"), "street1": street, "street2": None,
            "street3": None, "city": city, "state": state(row), "postalCode": zipcode,
            "country": "US", "phone": tel, "residential": False,
        }  # fmt: skip

    body = {
        "orderNumber": f"LS{when:%y}-{rng.randint(10000, 99999)}",
        "orderKey": f"{_hex(rng, 8)}{_hex(rng, 4)}{_hex(rng, 4)}",
        "orderDate": f"{when:%Y-%m-%dT%H:%M:%S}.0000000",
        "paymentDate": f"{when + dt.timedelta(hours=2):%Y-%m-%dT%H:%M:%S}.0000000",
        "shipByDate": f"{when + dt.timedelta(days=3):%Y-%m-%d}T00:00:00.0000000",
        "orderStatus": "awaiting_shipment",
        "customerUsername": _f(row, "id"),
        "billTo": party("Accounts Payable", None),
        "shipTo": party("Technical Services", phone(row)),
        "items": [
            {"lineItemKey": f"{sku}-{_hex(rng, 6)}", "sku": sku, "name": name, "weight":
             {"value": w, "units": "ounces"}, "quantity": q, "unitPrice": p}
            for sku, name, p, w, q in lines
        ],
        "amountPaid": round(total + ship, 2),
        "taxAmount": 0.0,
        "shippingAmount": ship,
        "customerNotes": "Tax-exempt public library purchase.",
        "internalNotes": f"Receiving desk at {_f(row, 'name')}; call {phone(row)} if the "
        "delivery arrives after closing.",
        "paymentMethod": "Net 30",
        "requestedShippingService": "UPS Ground",
        "carrierCode": "ups",
        "serviceCode": "ups_ground",
        "packageCode": "package",
        "confirmation": "none",
        "weight": {"value": sum(w * q for *_, w, q in lines), "units": "ounces"},
        "advancedOptions": {"storeId": rng.randint(10000, 99999), "source": "library-portal",
                            "customField1": _f(row, "id"),
                            "customField2": f"{_f(row, 'county').title()} County"},
    }  # fmt: skip
    extra = ("Authorization: Basic [redacted]",)
    return _http("POST", "/orders/createorder", "ssapi.shipstation.com", _json(body), extra)


def surveymonkey_response(row: dict[str, Any], rng: random.Random) -> str:
    """A SurveyMonkey API response with details (``GET /v3/surveys/{id}/responses/{id}/
    details``) of an invented state library survey of its outlets: ids, times, a fully
    anonymous web link collector (no IP address, no respondent's name), ``custom_variables``
    with the FSCS key, one page whose contact-information question is answered row by row with
    the outlet's name, street, city, state, ZIP code and phone, a choice question, an open
    count and a comment answer repeating the number."""
    when = _when(rng)
    survey, response = rng.randint(300000000, 599999999), rng.randint(110000000000, 119999999999)
    collector, page = rng.randint(400000000, 499999999), rng.randint(30000000, 39999999)
    street, city, zipcode = address(row)
    values = (_f(row, "name"), street, city, state(row), zipcode, phone(row))
    contact = [{"row_id": str(rng.randint(100000000, 999999999)), "text": v} for v in values if v]
    qid = iter(rng.sample(range(100000000, 199999999), 4))
    hours = rng.choice((38, 40, 44, 48, 52, 56, 60))
    total = rng.randint(90, 900)
    doc = {
        "total_time": total,
        "custom_value": "",
        "edit_url": f"https://www.surveymonkey.com/r/?sm={_hex(rng, 24)}",
        "analyze_url": f"https://www.surveymonkey.com/analyze/browse/{_hex(rng, 20)}"
        f"?respondent_id={response}",
        "ip_address": "",
        "custom_variables": {"fscs": _f(row, "id")},
        "logic_path": {},
        "metadata": {"contact": {}},
        "response_status": "completed",
        "page_path": [],
        "recipient_id": "",
        "collector_id": str(collector),
        "date_created": f"{when:%Y-%m-%dT%H:%M:%S}+00:00",
        "survey_id": str(survey),
        "collection_mode": "default",
        "date_modified": f"{when + dt.timedelta(seconds=total):%Y-%m-%dT%H:%M:%S}+00:00",
        "pages": [
            {
                "id": str(page),
                "questions": [
                    {"id": str(next(qid)), "answers": contact},
                    {"id": str(next(qid)),
                     "answers": [{"choice_id": str(rng.randint(900000000, 999999999))}]},
                    {"id": str(next(qid)), "answers": [{"text": str(hours)}]},
                    {"id": str(next(qid)),
                     "answers": [{"text": f"Main desk line {phone(row)} is unchanged; "
                                  "the bookmobile schedule is on our website."}]},
                ],
            }
        ],
        "id": str(response),
        "href": f"https://api.surveymonkey.com/v3/surveys/{survey}/responses/{response}",
    }  # fmt: skip
    return _json(doc) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "opds_authentication": opds_authentication,
    "ups_shipment": ups_shipment,
    "shipstation_order": shipstation_order,
    "surveymonkey_response": surveymonkey_response,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone labelled."""
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
