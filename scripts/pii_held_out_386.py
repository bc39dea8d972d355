"""held_out_386 of the PII evaluation set: real phone and e-mail fields of a register no
earlier part used (a Nigerian food manufacturer's store locator, the distributors and stores
that sell its products by state and town; Nigeria's earlier parts took a volunteer team's
hospital list and the Federal Ministry of Health's facility registry for Kebbi) exactly as
published, in layouts no earlier part has, beside the list's own store names, towns, states and
street addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Phone`` of 300 stores and their ``Email`` where it holds a well-formed
  address (``scripts/data/pii_ng_store_locator.json``, written by
  ``scripts/ng_store_locator_data.py``; source and licence in that file): Nigerian mobile
  numbers as the locator's authors typed them (``0818-6105722``, ``08023226058``,
  ``080-63975322``; two fields two numbers joined by `` - ``, each labelled on its own; the
  invisible bidirectional marks U+202D and U+202C that some fields carry kept outside the
  labels), and the stores' mailboxes (``bofiknigeria@yahoo.com``; of a field naming two, both;
  a malformed one, ``Judeokeke103@gmailcom``, is not written); every copy labelled;
* the text around them is the same row's real fields: the store's name, street address, town
  and state, with invented Paystack subaccount codes and ids, ten-digit NUBAN settlement
  account numbers and three-digit CBN bank codes, Shipbubble address codes, city and state
  codes and coordinates, FIRS invoice reference numbers (IRN), business ids, TINs, HS codes,
  amounts, quantities and dates: unlabelled and scored (the NUBAN numbers are ten digits, as
  long as a national number without its trunk 0: a distractor a real payout record carries);
* in layouts no earlier part has, formats of Nigeria's payment, delivery and tax systems, text
  in English: Paystack Fetch Subaccount answers (``GET /subaccount/:id_or_code``: the store
  as a vendor of split payments, ``primary_contact_phone`` and ``primary_contact_email``),
  Flutterwave Create Subaccount requests (``POST /v3/subaccounts``: ``business_mobile`` and
  ``business_contact_mobile`` the store's number, ``business_email``, ``meta`` naming the
  outlet), Shipbubble Validate Address answers (``POST /v1/shipping/address/validate``: the
  store as a delivery address with its ``address_code``) and FIRS e-invoices of the Merchant
  Buyer Solution's invoice schema (einvoice.firs.gov.ng: a sale of pasta to the store, the
  ``accounting_customer_party`` with its ``telephone`` and ``email``, a delivery ``note``
  repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every number has ten or
eleven digits). Each record is seeded by its own (split, locale, layout, index). Committed with
its data before it was ever scored.

    python scripts/pii_held_out_386.py   # rewrites the committed file
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

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ng_store_locator.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_386.jsonl.gz"
SPLIT = "held_out_386"

LAYOUTS = ("paystack_subaccount", "flutterwave_subaccount", "shipbubble_address", "firs_einvoice")
PHONE = "Phone"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
WAT = dt.timezone(dt.timedelta(hours=1))
MAILBOX = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# settlement banks: CBN bank code and name
BANKS = (
    ("044", "Access Bank"),
    ("058", "Guaranty Trust Bank"),
    ("057", "Zenith Bank"),
    ("011", "First Bank of Nigeria"),
    ("033", "United Bank For Africa"),
    ("232", "Sterling Bank"),
    ("070", "Fidelity Bank"),
)
# invented lines of the invoices: product, HS code, unit price in naira (a carton)
PRODUCTS = (
    ("Spaghetti 500g x 20", "1902.19", 14500),
    ("Macaroni 500g x 20", "1902.19", 14200),
    ("Semolina 10kg", "1103.11", 11800),
    ("Wheat flour 50kg", "1101.00", 52000),
    ("Noodles 70g x 40", "1902.30", 7600),
)
# Shipbubble-style state codes of the states the list names
STATE_CODES = {
    "Lagos": "LA", "Abia": "AB", "Anambra": "AN", "Bauchi": "BA", "Bayelsa": "BY",
    "Benue": "BE", "Borno": "BO", "Delta": "DE", "Ebonyi": "EB", "Edo": "ED", "Ekiti": "EK",
    "Enugu": "EN", "FCT": "FC", "Gombe": "GO", "Imo": "IM", "Jigawa": "JI", "Kaduna": "KD",
    "Kano": "KN", "Katsina": "KT", "Kebbi": "KE", "Kogi": "KO", "Kwara": "KW",
    "Nasarawa": "NA", "Niger": "NI", "Ogun": "OG", "Ondo": "ON", "Osun": "OS", "Oyo": "OY",
    "Plateau": "PL", "Rivers": "RI", "Sokoto": "SO", "Taraba": "TA", "Yobe": "YO",
    "Zamfara": "ZA",
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The store's phone field as published (stripped of the tab some end in)."""
    return _f(row, PHONE)


def emails(row: dict[str, Any]) -> list[str]:
    """The well-formed addresses of the store's e-mail field (one, or two a comma joins)."""
    parts = [p.strip() for p in _f(row, "Email").split(",")]
    return [p for p in parts if re.fullmatch(MAILBOX, p)]


def email(row: dict[str, Any]) -> str:
    """The store's mailbox as the layouts write it: its addresses joined as the list joins
    them, "" where it has none."""
    return ", ".join(emails(row))


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.lstrip("\u202d\u202c").startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's phone field, then of each of its addresses."""
    return [(PHONE, phone(row)), *(("email", m) for m in emails(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and addresses labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (West Africa Time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=WAT) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _z(moment: dt.datetime) -> str:
    """A moment in UTC, as the APIs write it (``2024-03-05T09:41:00.000Z``)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _code(
    rng: random.Random, n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789"
) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def name(row: dict[str, Any]) -> str:
    """The store's name."""
    return _f(row, "Name")


def town(row: dict[str, Any]) -> str:
    """The town the list files the store under."""
    return _f(row, "town")


def state(row: dict[str, Any]) -> str:
    """The store's state, as the list's key names it."""
    return _f(row, "state")


def address(row: dict[str, Any]) -> str:
    """The store's street address."""
    return re.sub(r"\s+", " ", _f(row, "Address"))


def paystack_subaccount(row: dict[str, Any], rng: random.Random) -> str:
    """A Paystack Fetch Subaccount answer: the store as a vendor of split payments."""
    made = _when(rng)
    _, bank = rng.choice(BANKS)
    doc = {
        "status": True,
        "message": "Subaccount retrieved",
        "data": {
            "integration": rng.randint(100000, 999999),
            "domain": "live",
            "subaccount_code": "ACCT_" + _code(rng, 15),
            "business_name": name(row),
            "description": f"Distributor, {town(row)}, {state(row)} - {address(row)}",
            "primary_contact_name": None,
            "primary_contact_email": email(row) or None,
            "primary_contact_phone": phone(row),
            "metadata": {
                "custom_fields": [
                    {"display_name": "Outlet", "variable_name": "outlet", "value": town(row)},
                    {"display_name": "State", "variable_name": "state", "value": state(row)},
                ]
            },
            "percentage_charge": rng.choice((1.5, 2, 2.5, 3)),
            "is_verified": rng.random() < 0.7,
            "settlement_bank": bank,
            "account_number": f"{rng.randint(0, 9_999_999_999):010d}",
            "settlement_schedule": rng.choice(("AUTO", "WEEKLY", "MANUAL")),
            "active": True,
            "migrate": False,
            "currency": "NGN",
            "id": rng.randint(100000, 9_999_999),
            "createdAt": _z(made),
            "updatedAt": _z(made + dt.timedelta(days=rng.randint(0, 60), minutes=17)),
        },
    }
    return _json(doc)


def flutterwave_subaccount(row: dict[str, Any], rng: random.Random) -> str:
    """A Flutterwave Create Subaccount request body: the store's number as its business and
    contact mobile."""
    code, _ = rng.choice(BANKS)
    doc: dict[str, Any] = {
        "account_bank": code,
        "account_number": f"{rng.randint(0, 9_999_999_999):010d}",
        "business_name": name(row),
    }
    if email(row):
        doc["business_email"] = email(row)
    doc |= {
        "business_contact": "Sales desk",
        "business_contact_mobile": phone(row),
        "business_mobile": phone(row),
        "country": "NG",
        "meta": [
            {"meta_name": "outlet_address", "meta_value": address(row)},
            {"meta_name": "outlet_town", "meta_value": town(row)},
            {"meta_name": "outlet_state", "meta_value": state(row)},
            {"meta_name": "distributor_code", "meta_value": f"DST-{rng.randint(1000, 99999)}"},
        ],
        "split_type": "percentage",
        "split_value": rng.choice((0.02, 0.025, 0.03, 0.05)),
    }
    return _json(doc)


def shipbubble_address(row: dict[str, Any], rng: random.Random) -> str:
    """A Shipbubble Validate Address answer: the store as a delivery address."""
    doc = {
        "status": "success",
        "message": "Address successfully validated",
        "data": {
            "name": name(row),
            "email": email(row),
            "phone": phone(row),
            "formatted_address": f"{address(row)}, {town(row)}, {state(row)}, Nigeria",
            "country": "Nigeria",
            "country_code": "NG",
            "city": town(row),
            "city_code": town(row)[:3].upper() + str(rng.randint(10, 99)),
            "state": state(row),
            "state_code": STATE_CODES.get(state(row), state(row)[:2].upper()),
            "postal_code": "",
            "latitude": round(rng.uniform(4.3, 13.8), 7),
            "longitude": round(rng.uniform(2.8, 14.5), 7),
            "address_code": rng.randint(10_000_000, 99_999_999),
        },
    }
    return _json(doc)


def firs_einvoice(row: dict[str, Any], rng: random.Random) -> str:
    """A FIRS e-invoice of the Merchant Buyer Solution's invoice schema: a sale of pasta to
    the store, its number in the customer party and in the delivery note."""
    issued = _when(rng)
    number = f"INV{rng.randint(1000, 99999)}"
    service = _code(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    lines, total = [], 0
    for i, (item, hs, price) in enumerate(rng.sample(PRODUCTS, rng.randint(1, 3)), 1):
        qty = rng.randint(5, 120)
        total += qty * price
        lines.append(
            {
                "hsn_code": hs,
                "product_category": "Food products",
                "invoiced_quantity": qty,
                "line_extension_amount": qty * price,
                "item": {
                    "name": item,
                    "description": item,
                    "sellers_item_identification": f"SKU-{i:02d}{rng.randint(100, 999)}",
                },
                "price": {"price_amount": price, "base_quantity": 1, "price_unit": "NGN per 1"},
            }
        )
    vat = round(total * 0.075, 2)
    customer: dict[str, Any] = {
        "party_name": name(row),
        "tin": f"{rng.randint(10_000_000, 39_999_999)}-0001",
    }
    if email(row):
        customer["email"] = email(row)
    customer |= {
        "telephone": phone(row),
        "business_description": "Distributor of food products",
        "postal_address": {
            "street_name": address(row),
            "city_name": town(row),
            "postal_zone": "",
            "state": state(row),
            "country": "NG",
        },
    }
    doc = {
        "business_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "irn": f"{number}-{service}-{issued:%Y%m%d}",
        "issue_date": f"{issued:%Y-%m-%d}",
        "due_date": f"{issued + dt.timedelta(days=30):%Y-%m-%d}",
        "issue_time": f"{issued:%H:%M:%S}",
        "invoice_type_code": "396",
        "payment_status": "PENDING",
        "note": f"Deliver to {name(row)}, {address(row)}. Call {phone(row)} before dispatch.",
        "document_currency_code": "NGN",
        "tax_currency_code": "NGN",
        "accounting_supplier_party": {
            "party_name": "Flour Mills and Pasta Distribution Desk",
            "tin": f"{rng.randint(10_000_000, 39_999_999)}-0001",
            "business_description": "Manufacture of pasta and flour",
            "postal_address": {
                "street_name": "Apapa Wharf Road",
                "city_name": "Apapa",
                "postal_zone": "102272",
                "country": "NG",
            },
        },
        "accounting_customer_party": customer,
        "tax_total": [
            {
                "tax_amount": vat,
                "tax_subtotal": [
                    {
                        "taxable_amount": total,
                        "tax_amount": vat,
                        "tax_category": {"id": "STANDARD_VAT", "percent": 7.5},
                    }
                ],
            }
        ],
        "legal_monetary_total": {
            "line_extension_amount": total,
            "tax_exclusive_amount": total,
            "tax_inclusive_amount": round(total + vat, 2),
            "payable_amount": round(total + vat, 2),
        },
        "invoice_line": lines,
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "paystack_subaccount": paystack_subaccount,
    "flutterwave_subaccount": flutterwave_subaccount,
    "shipbubble_address": shipbubble_address,
    "firs_einvoice": firs_einvoice,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and
    addresses labelled, each number of the field on its own."""
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
