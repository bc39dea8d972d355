"""held_out_466 of the PII evaluation set: real phone fields of a register of a country no
earlier part used (Egypt: Helwan University's directory of the medical service providers of its
staff's health insurance in Cairo and Giza, its hospitals, laboratories and radiology centres,
specialised clinics and pharmacies) exactly as published, in layouts no earlier part has,
beside the directory's own names, kinds, addresses and districts.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` fields of 154 providers (``scripts/data/
  pii_eg_helwan_providers.json``, written by ``scripts/eg_helwan_providers_data.py``; source and
  licence in that file): Egyptian numbers as the directory prints them, Cairo's eight-digit
  lines with no trunk prefix (``24143931``), eleven-digit mobiles (``01020333865``), lines with
  the trunk prefix (``0226252400``), several in one field after `` - `` or ``-`` and a second
  line shortened after a slash (``24306833/32``); every copy of a field labelled, each number
  in it on its own (``labelled_record``); a five-digit hotline some fields carry beside a line
  after `` - `` (``16259``) is no one's line and stays unlabelled, as earlier parts leave them
  (two joined to a line by ``-`` fall inside its label);
* the text around them is the same row's real fields: the provider's name, kind, street
  address, district and governorate, with invented tax registration numbers, invoice and
  order references, item codes, amounts, dates and tokens, unlabelled and scored;
* in layouts no earlier part has, formats of Egypt's tax administration, couriers and payment
  providers, text in Arabic: e-invoice documents of the Egyptian Tax Authority's e-invoicing
  API (document version 1.0, ``documentType`` ``I``: the provider as issuer, its address with
  the telephone in ``additionalInformation``, Helwan University as receiver, one line of
  medical services with VAT exempt), Bosta delivery requests (``POST /api/v2/deliveries``:
  a ``SEND`` of the insurance's documents to the provider, ``receiver.phone`` the telephone
  and the ``notes`` giving it again), Paymob Accept payment-key requests (``POST
  /api/acceptance/payment_keys``: the provider's network fee, its ``billing_data`` with
  ``phone_number``, ``NA`` where a field is unknown) and FawryPay charge requests (the
  provider as customer, ``customerMobile`` the telephone, a ``PayAtFawry`` reference and its
  SHA-256 signature).

Each record is seeded by its own (split, locale, layout, index). Committed with its data before
it was ever scored.

    python scripts/pii_held_out_466.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_eg_helwan_providers.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_466.jsonl.gz"
SPLIT = "held_out_466"

LAYOUTS = ("eta_einvoice_document", "bosta_delivery_request", "paymob_payment_key_request",
           "fawry_charge_request")  # fmt: skip
PHONE = "phone"
EDGES = {"phone": r"\d"}
CAIRO = dt.timezone(dt.timedelta(hours=2))
ALPHANUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the ETA activity code (ISIC rev. 4) of each of the directory's kinds of provider
ACTIVITY = {"hospitals": "8610", "clinics": "8620", "labs": "8690", "pharmacies": "4772"}
# invented services of a provider's monthly claim
SERVICES = {
    "hospitals": ("إقامة وعلاج داخلي لمنتفعي التأمين الصحي", "عمليات جراحية لمنتفعي التأمين"),
    "clinics": ("كشوف ومتابعة لمنتفعي التأمين الصحي", "جلسات علاج لمنتفعي التأمين"),
    "labs": ("تحاليل طبية لمنتفعي التأمين الصحي", "أشعة وفحوص لمنتفعي التأمين الصحي"),
    "pharmacies": ("صرف أدوية لمنتفعي التأمين الصحي", "صرف أدوية أمراض مزمنة لمنتفعي التأمين"),
}


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The provider's phone field as published."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The provider's name as published (``مستشفى كليوباترا``)."""
    return _f(row, "name")


def kind(row: dict[str, Any]) -> str:
    """The provider's kind as the directory gives it (``مستشفي``, ``معمل تحاليل``)."""
    return _f(row, "specialty")


def table(row: dict[str, Any]) -> str:
    """The directory's table the row comes from (``hospitals``, ``labs``, ``clinics``,
    ``pharmacies``)."""
    return row["path"].split("/")[-1].split(".")[0]


def street(row: dict[str, Any]) -> str:
    """The street address as published."""
    return _f(row, "address")


def area(row: dict[str, Any]) -> str:
    """The district as published (``مصر الجديدة``)."""
    return _f(row, "area")


def governorate(row: dict[str, Any]) -> str:
    """The governorate as published (``القاهرة``)."""
    return _f(row, "governorate")


def building(row: dict[str, Any]) -> str:
    """The building number that opens the street address (``39 شارع كليوباترا``), else ""."""
    m = re.match(r"\s*(\d+)\s", street(row))
    return m.group(1) if m else ""


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this directory's does)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled under its column
    (each number in it on its own, by ``labelled_record``); each copy stands apart: no digit
    next to it."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day (Sunday to Thursday) of 2025, Cairo time."""
    day = dt.datetime(2025, 1, 5, tzinfo=CAIRO) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() in (4, 5):
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 16), minutes=rng.randint(0, 59))


def _tax_id(rng: random.Random) -> str:
    """An invented tax registration number (nine digits)."""
    return str(rng.randint(100_000_000, 999_999_999))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _token(rng: random.Random, n: int, alphabet: str = ALPHANUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def eta_einvoice_document(row: dict[str, Any], rng: random.Random) -> str:
    """An e-invoice document of the Egyptian Tax Authority's e-invoicing API (``POST
    /api/v1/documentsubmissions``, one of its ``documents``, version 1.0): the provider as
    issuer (``type`` ``B``, an invented tax registration number, its name, its address with
    the district as ``regionCity``, the street, the building number the street opens with and
    the telephone in ``additionalInformation``), Helwan University as receiver, ``I``, the
    provider's activity code, an invented internal id and purchase order, one line of medical
    services (``EGS`` item code, VAT type ``T1`` sub-type ``V004``, exempt) and the totals."""
    when = _when(rng)
    issuer_id = _tax_id(rng)
    amount = round(rng.uniform(8_000, 240_000), 2)
    qty = rng.randint(3, 60)
    unit = round(amount / qty, 5)
    total = round(unit * qty, 5)
    service = rng.choice(SERVICES[table(row)])
    doc = {
        "issuer": {
            "address": {
                "branchID": "0",
                "country": "EG",
                "governate": governorate(row),
                "regionCity": area(row),
                "street": street(row),
                "buildingNumber": building(row) or "0",
                "postalCode": "",
                "floor": "",
                "room": "",
                "landmark": "",
                "additionalInformation": f"هاتف: {phone(row)}",
            },
            "type": "B",
            "id": issuer_id,
            "name": name(row),
        },
        "receiver": {
            "address": {
                "country": "EG",
                "governate": "القاهرة",
                "regionCity": "حلوان",
                "street": "شارع شريف",
                "buildingNumber": "1",
            },
            "type": "B",
            "id": _tax_id(rng),
            "name": "جامعة حلوان - إدارة التأمين الصحي للعاملين",
        },
        "documentType": "I",
        "documentTypeVersion": "1.0",
        "dateTimeIssued": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
        "taxpayerActivityCode": ACTIVITY[table(row)],
        "internalID": f"INV-{when:%Y%m}-{rng.randint(1, 9999):04d}",
        "purchaseOrderReference": f"HU-INS/{when.year}/{rng.randint(100, 9999)}",
        "purchaseOrderDescription": f"مطالبة شهر {when:%m/%Y} - {kind(row)}",
        "salesOrderReference": "",
        "salesOrderDescription": "",
        "proformaInvoiceNumber": "",
        "payment": {
            "bankName": "",
            "bankAddress": "",
            "bankAccountNo": "",
            "bankAccountIBAN": "",
            "swiftCode": "",
            "terms": "خلال 60 يوما",
        },
        "delivery": {
            "approach": "",
            "packaging": "",
            "dateValidity": "",
            "exportPort": "",
            "grossWeight": 0,
            "netWeight": 0,
            "terms": "",
        },
        "invoiceLines": [
            {
                "description": service,
                "itemType": "EGS",
                "itemCode": f"EG-{issuer_id}-{rng.randint(1, 999):03d}",
                "unitType": "EA",
                "quantity": qty,
                "internalCode": f"SRV{rng.randint(100, 999)}",
                "salesTotal": total,
                "total": total,
                "valueDifference": 0,
                "totalTaxableFees": 0,
                "netTotal": total,
                "itemsDiscount": 0,
                "unitValue": {"currencySold": "EGP", "amountEGP": unit},
                "discount": {"rate": 0, "amount": 0},
                "taxableItems": [{"taxType": "T1", "amount": 0, "subType": "V004", "rate": 0}],
            }
        ],
        "totalDiscountAmount": 0,
        "totalSalesAmount": total,
        "netAmount": total,
        "taxTotals": [{"taxType": "T1", "amount": 0}],
        "totalAmount": total,
        "extraDiscountAmount": 0,
        "totalItemsDiscountAmount": 0,
    }
    return _json(doc)


def bosta_delivery_request(row: dict[str, Any], rng: random.Random) -> str:
    """A Bosta delivery request (``POST https://app.bosta.co/api/v2/deliveries``): ``type`` 10
    (``SEND``) of the insurance's documents, ``specs`` with the package's items and description,
    ``notes`` asking the courier to call the telephone before delivery, ``cod`` 0, the
    ``dropOffAddress`` (city ``EG-01``, an invented district id, the street as ``firstLine``, the
    district as ``secondLine``, the building number), an invented ``businessReference`` and the
    ``receiver`` (the provider's name and kind, its telephone)."""
    count = rng.randint(1, 4)
    doc = {
        "type": 10,
        "specs": {
            "size": "SMALL",
            "packageType": "Document",
            "packageDetails": {
                "itemsCount": count,
                "description": rng.choice(
                    (
                        "بطاقات تأمين صحي للمنتفعين",
                        "مطالبات معتمدة ومستندات مراجعة",
                        "عقد التعاقد السنوي للتوقيع",
                        "دفاتر خطابات تحويل المرضى",
                    )
                ),
            },
        },
        "notes": f"برجاء الاتصال على {phone(row)} قبل التسليم - التسليم لشؤون التعاقدات",
        "cod": 0,
        "dropOffAddress": {
            "city": "EG-01",
            "districtId": _token(rng, 12, "0123456789abcdef"),
            "firstLine": street(row),
            "secondLine": area(row),
            "buildingNumber": building(row),
            "floor": "",
            "apartment": "",
        },
        "businessReference": f"HU-INS-{_when(rng):%y%m}-{rng.randint(1000, 99999)}",
        "receiver": {"firstName": name(row), "lastName": kind(row), "phone": phone(row)},
        "allowToOpenPackage": False,
    }
    return _json(doc)


def paymob_payment_key_request(row: dict[str, Any], rng: random.Random) -> str:
    """A Paymob Accept payment-key request (``POST https://accept.paymob.com/api/acceptance/
    payment_keys``): an invented ``auth_token``, the provider's yearly network fee in
    ``amount_cents``, ``expiration``, an invented ``order_id``, ``billing_data`` (the name and
    kind as first and last name, the street, the district as city, the governorate as state,
    ``EG``, the telephone as ``phone_number``, ``NA`` where the provider has no value), ``EGP``
    and an invented ``integration_id``."""
    doc = {
        "auth_token": "ZXlKaGJHY2lPaUpJVXpVeE1pSXNJblI1Y0NJNklrcFhWQ0o5." + _token(rng, 86),
        "amount_cents": str(rng.choice((150_000, 250_000, 300_000, 500_000))),
        "expiration": 3600,
        "order_id": str(rng.randint(100_000_000, 399_999_999)),
        "billing_data": {
            "apartment": "NA",
            "email": "NA",
            "floor": "NA",
            "first_name": name(row),
            "street": street(row),
            "building": building(row) or "NA",
            "phone_number": phone(row),
            "shipping_method": "NA",
            "postal_code": "NA",
            "city": area(row),
            "country": "EG",
            "last_name": kind(row),
            "state": governorate(row),
        },
        "currency": "EGP",
        "integration_id": rng.randint(4_000_000, 4_999_999),
        "lock_order_when_paid": "false",
    }
    return _json(doc)


def fawry_charge_request(row: dict[str, Any], rng: random.Random) -> str:
    """A FawryPay charge request (``POST /ECommerceWeb/Fawry/payments/charge``): an invented
    ``merchantCode`` and ``merchantRefNum``, the provider as customer (``customerProfileId``,
    ``customerName``, ``customerMobile`` the telephone, no e-mail), ``PayAtFawry`` with its
    expiry in milliseconds, ``ar-eg``, one charge item (the network's renewal fee), the return
    URL and the request's SHA-256 ``signature`` over merchant code, reference, profile id,
    return URL, item, quantity, price and an invented secure key."""
    when = _when(rng)
    merchant = _token(rng, 24, ALPHANUM)
    ref = f"HUINS{when:%y%m%d}{rng.randint(1000, 9999)}"
    profile = str(rng.randint(10_000, 99_999))
    item, qty = f"NET-{when.year}-{table(row)[:3].upper()}", 1
    price = f"{rng.choice((1500, 2500, 3000)):.2f}"
    url = "https://hu-insurance.example/payments/fawry/return"
    key = _token(rng, 36, HEX + "-")
    signature = hashlib.sha256(f"{merchant}{ref}{profile}{url}{item}{qty}{price}{key}".encode())
    doc = {
        "merchantCode": merchant,
        "merchantRefNum": ref,
        "customerProfileId": profile,
        "customerMobile": phone(row),
        "customerEmail": "",
        "customerName": name(row),
        "paymentMethod": "PayAtFawry",
        "paymentExpiry": int((when + dt.timedelta(days=3)).timestamp() * 1000),
        "language": "ar-eg",
        "chargeItems": [
            {
                "itemId": item,
                "description": "رسوم تجديد التعاقد مع شبكة مقدمي الخدمة - "
                f"{kind(row)} - {area(row)}",
                "price": price,
                "quantity": qty,
            }
        ],
        "returnUrl": url,
        "authCaptureModePayment": False,
        "description": f"تجديد تعاقد {name(row)} لعام {when.year}",
        "signature": signature.hexdigest(),
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "eta_einvoice_document": eta_einvoice_document,
    "bosta_delivery_request": bosta_delivery_request,
    "paymob_payment_key_request": paymob_payment_key_request,
    "fawry_charge_request": fawry_charge_request,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled,
    each number in it on its own."""
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
