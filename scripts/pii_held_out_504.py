"""held_out_504 of the PII evaluation set: real contact and e-mail fields of a register no
earlier part used (the Department of Budget and Management's government directory's local
government units: the offices of the mayors and vice mayors of the Philippines' cities and
municipalities; the Philippines' earlier parts took the Department of Health's National Health
Facility Registry and the same directory's executive departments' offices and diplomatic
missions) exactly as published, in layouts no earlier part has, beside the directory's own
names of the cities and municipalities, provinces, regions and ZIP codes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``contact`` and ``email`` fields of 300 offices
  (``scripts/data/pii_ph_lgu_offices.json``, written by ``scripts/ph_lgu_offices_data.py``;
  source and licence in that file): one or more Philippine numbers as the directory writes
  them, ``;`` between them, some with local extensions (``(036) 621-2049``, ``(034) 495-0587;
  495-0061; 495-5269``, ``5310-8531; 8288-8811 loc. 2223, 2224``), written whole where a format
  takes free text and one number at a time where it takes one (the first lines), each number
  labelled on its own (``labelled_record``: the extensions after ``loc.`` are no number); and
  the office's address where the directory gives one (``omm@balaoanlaunion.gov.ph``); every
  copy of every number and address labelled;
* the text around them is the same row's real fields: the office, the city's or
  municipality's name, its province, region and ZIP code, with invented order, invoice and
  reference numbers, merchant codes, signatures, amounts and dates, unlabelled and scored; the
  other party of each record is an invented office-supplies company (Bayanihan Office Systems
  Trading) given no phone and no e-mail address;
* in layouts no earlier part has, formats of Southeast Asia's e-commerce and payments and of a
  Philippine bank, text in English (the company sells each office a queue-ticket printer and
  records supplies): Lazada Open Platform ``GET /order/get`` answers (``code``, ``data`` with
  the order's ids, dates, amounts, ``statuses``, ``remarks`` giving the contact field, and
  ``address_billing`` and ``address_shipping`` with ``phone`` and ``phone2``, the office's
  first lines, ``city`` and ``post_code``; ``request_id``), iPay88 Philippines payment
  requests (the HTML form a merchant's page posts to ``epayment/entry.asp``: ``MerchantCode``,
  ``PaymentId``, ``RefNo``, ``Amount``, ``Currency`` PHP, ``ProdDesc``, ``UserName``,
  ``UserEmail``, ``UserContact`` the first line, ``Remark`` giving the contact field,
  ``SignatureType`` SHA256 and its ``Signature``, the return URLs), 2C2P PGW 4.3 payment-token
  requests (the decoded payload of ``POST /payment/4.3/paymentToken``: ``merchantID``,
  ``invoiceNo``, ``description``, ``amount``, ``currencyCode``, ``paymentChannel``, return
  URLs, ``userDefined1`` to ``userDefined3`` with the office, its city or municipality and the
  contact field, ``uiParams.userInfo`` with ``name``, ``email`` and ``mobileNo`` the first
  line) and UnionBank merchant payment requests (``PaymentRequestV5``: ``senderRefId``,
  ``tranRequestDate``, ``requestId``, ``otp``, ``amount`` with ``currency`` and ``value``,
  ``remarks``, ``particulars``, ``info`` name/value pairs with the payor, its address, the
  contact field and the mailbox).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_504.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ph_lgu_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_504.jsonl.gz"
SPLIT = "held_out_504"

LAYOUTS = ("lazada_order", "ipay88_entry", "twoc2p_payment_token", "unionbank_payment")
CONTACT, EMAIL, LINE = "contact", "email", "line"
EDGES = {CONTACT: r"\d", LINE: r"\d", EMAIL: r"[\w.@+-]"}
COLUMNS = {CONTACT: CONTACT, LINE: CONTACT}
PHT = dt.timezone(dt.timedelta(hours=8))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the invented company that sells to the offices, and what it sells (name, unit price)
COMPANY = "Bayanihan Office Systems Trading"
SHOP = "https://bayanihanoffice.example.ph"
GOODS = (
    ("Thermal queue-ticket printer with 20 paper rolls", 6850.00),
    ("Archival document boxes, legal size (pack of 25)", 1375.50),
    ("Frontline service counter number display", 9420.00),
    ("Citizen's Charter tarpaulin, 4 x 6 ft, printed", 1180.00),
    ("Logbook and records folder set for the public assistance desk", 845.75),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def contact(row: dict[str, Any]) -> str:
    """The office's contact field as published (one or more numbers)."""
    return _f(row, CONTACT)


def email(row: dict[str, Any]) -> str:
    """The office's address as published ("" where the directory gives none)."""
    return _f(row, EMAIL)


def lines(row: dict[str, Any]) -> list[str]:
    """The numbers of the contact field as written (``numbers``), in its order."""
    field = contact(row)
    return [field[s:e] for s, e in numbers(field)]


def international(value: str) -> bool:
    """Whether a number is written with the country code (none of the directory's is)."""
    return value.startswith(("+", "00", "(63"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's contact field, each number in it and its address, longest
    first (a copy inside a longer one is that one's)."""
    values = [(CONTACT, contact(row)), (EMAIL, email(row))]
    values += [(LINE, v) for v in dict.fromkeys(lines(row))]
    return sorted(values, key=lambda kv: -len(kv[1]))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's contact field, its numbers and its
    address labelled (each copy stands apart: no digit next to a number, no address character
    next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def lgu(row: dict[str, Any]) -> str:
    """The city or municipality as a local government unit (``Municipality of Dao``, ``City of
    Roxas``; a name that ends in ``City`` as it stands)."""
    name = _f(row, "lgu")
    return name if name.endswith("City") else f"{_f(row, 'lgu_type')} of {name}"


def office(row: dict[str, Any]) -> str:
    """The office (``Office of the Mayor, Municipality of Dao``)."""
    return f"{_f(row, 'office')}, {lgu(row)}"


def hall(row: dict[str, Any]) -> str:
    """Where the office sits: the city or municipal hall."""
    return "City Hall" if _f(row, "lgu_type") == "City" else "Municipal Hall"


def province(row: dict[str, Any]) -> str:
    """The province, or the region where the directory names none (the National Capital
    Region's cities)."""
    return _f(row, "province") or _f(row, "region")


def address(row: dict[str, Any]) -> str:
    """The office's address in one line: office, hall, city or municipality, province, ZIP."""
    parts = [_f(row, "office"), hall(row), lgu(row), province(row)]
    zip_code = _f(row, "zip_code")
    return ", ".join(parts) + (f" {zip_code}" if zip_code else "")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Philippine time)."""
    day = dt.datetime(2025, 3, 3, tzinfo=PHT) + dt.timedelta(days=rng.randint(0, 240))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _goods(rng: random.Random) -> tuple[str, int, float]:
    """An invented purchase: (item, quantity, total in pesos)."""
    item, price = rng.choice(GOODS)
    qty = rng.randint(1, 4)
    return item, qty, round(price * qty, 2)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def lazada_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Lazada Open Platform ``GET /order/get`` answer (Lazada Philippines): ``code`` 0,
    ``data`` with an invented ``order_id`` and ``order_number``, dates in Philippine time,
    the price, shipping fee and vouchers, ``payment_method``, ``statuses``, the office as
    ``customer_first_name``, ``remarks`` giving the contact field, and ``address_billing``
    and ``address_shipping`` (the office, its hall, city or municipality, province, ZIP code,
    ``phone`` its first line and ``phone2`` its second or ""), and a ``request_id``."""
    when = _when(rng)
    item, qty, total = _goods(rng)
    order_id = rng.randint(10**14, 10**15 - 1)
    phones = lines(row)
    place = {
        "first_name": office(row),
        "last_name": "",
        "phone": phones[0],
        "phone2": phones[1] if len(phones) > 1 else "",
        "address1": f"{_f(row, 'office')}, {hall(row)}",
        "address2": "",
        "address3": province(row),
        "address4": lgu(row),
        "address5": "",
        "city": _f(row, "lgu"),
        "post_code": _f(row, "zip_code"),
        "country": "Philippines",
    }
    fee = rng.choice((0.0, 58.0, 95.0, 120.0))
    doc = {
        "code": "0",
        "data": {
            "voucher_platform": 0.0,
            "voucher": 0.0,
            "warehouse_code": "dropshipping",
            "order_number": order_id,
            "voucher_seller": 0.0,
            "created_at": f"{when:%Y-%m-%d %H:%M:%S} +0800",
            "voucher_code": "",
            "gift_option": False,
            "shipping_fee_discount_platform": 0.0,
            "customer_last_name": "",
            "promised_shipping_times": "",
            "updated_at": f"{when + dt.timedelta(hours=rng.randint(1, 30)):%Y-%m-%d %H:%M:%S}"
            " +0800",
            "price": f"{total:.2f}",
            "national_registration_number": "",
            "shipping_fee_original": fee,
            "payment_method": rng.choice(("COD", "MIXEDCARD", "PAYMENT_ACCOUNT")),
            "customer_first_name": office(row),
            "shipping_fee_discount_seller": 0.0,
            "shipping_fee": fee,
            "branch_number": "",
            "tax_code": "",
            "items_count": qty,
            "delivery_info": "",
            "statuses": [rng.choice(("pending", "packed", "ready_to_ship"))],
            "address_billing": dict(place),
            "extra_attributes": json.dumps({"item": item}),
            "order_id": order_id,
            "remarks": f"For the {_f(row, 'office')}, {hall(row)}. Call {contact(row)} on "
            "arrival; deliveries are received on weekdays, 8:00 AM to 5:00 PM.",
            "gift_message": "",
            "address_shipping": dict(place),
        },
        "request_id": f"2101{_hex(rng, 22)}",
    }
    return _json(doc)


def ipay88_entry(row: dict[str, Any], rng: random.Random) -> str:
    """An iPay88 Philippines payment request: the HTML page a merchant's checkout returns,
    whose form posts to ``https://payment.ipay88.com.ph/epayment/entry.asp`` on load, its
    hidden fields ``MerchantCode``, ``PaymentId``, ``RefNo``, ``Amount`` (``6,850.00``),
    ``Currency`` PHP, ``ProdDesc``, ``UserName`` the office, ``UserEmail`` its address (or
    empty), ``UserContact`` its first line, ``Remark`` giving the contact field, ``Lang``,
    ``SignatureType`` SHA256, ``Signature`` (SHA-256 of an invented merchant key, the code,
    reference, amount's digits and currency) and ``ResponseURL`` and ``BackendURL``."""
    when = _when(rng)
    item, qty, total = _goods(rng)
    code = f"PH{rng.randint(0, 99999):05d}"
    ref = f"BOST-{when:%y%m}-{rng.randint(1, 99999):05d}"
    amount = f"{total:,.2f}"
    key = _hex(rng, 10).upper()
    signature = hashlib.sha256(
        f"{key}{code}{ref}{amount.replace(',', '').replace('.', '')}PHP".encode()
    ).hexdigest()
    fields = [
        ("MerchantCode", code),
        ("PaymentId", str(rng.choice((1, 5, 6, 38)))),
        ("RefNo", ref),
        ("Amount", amount),
        ("Currency", "PHP"),
        ("ProdDesc", f"{item} x {qty}"),
        ("UserName", office(row)),
        ("UserEmail", email(row)),
        ("UserContact", lines(row)[0]),
        ("Remark", f"{lgu(row)}, {province(row)}. Office lines: {contact(row)}"),
        ("Lang", "UTF-8"),
        ("SignatureType", "SHA256"),
        ("Signature", signature),
        ("ResponseURL", f"{SHOP}/checkout/ipay88/response"),
        ("BackendURL", f"{SHOP}/checkout/ipay88/backend"),
    ]
    inputs = [
        f'    <input type="hidden" name="{k}" value="{escape(v, quote=True)}">' for k, v in fields
    ]
    page = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '  <meta charset="UTF-8">',
        f"  <title>{escape(COMPANY)} - Redirecting to iPay88</title>",
        "</head>",
        "<body onload=\"document.forms['ePayment'].submit();\">",
        '  <form method="post" name="ePayment" '
        'action="https://payment.ipay88.com.ph/epayment/entry.asp">',
        *inputs,
        '    <noscript><input type="submit" value="Proceed with Payment"></noscript>',
        "  </form>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(page)


def twoc2p_payment_token(row: dict[str, Any], rng: random.Random) -> str:
    """A 2C2P PGW 4.3 payment-token request, the JSON payload that ``POST
    /payment/4.3/paymentToken`` carries signed as a JWT: an invented 15-digit ``merchantID``,
    ``invoiceNo``, ``description``, ``amount``, ``currencyCode`` PHP, ``paymentChannel``,
    ``request3DS``, the return URLs, ``locale``, ``userDefined1`` to ``userDefined3`` (the
    office, its city or municipality with province and ZIP code, the contact field) and
    ``uiParams.userInfo`` with the office as ``name``, its address as ``email`` (where it has
    one) and its first line as ``mobileNo``."""
    when = _when(rng)
    item, qty, total = _goods(rng)
    info: dict[str, Any] = {"name": office(row)}
    if email(row):
        info["email"] = email(row)
    info["mobileNo"] = lines(row)[0]
    info["countryCode"] = "PH"
    zip_code = _f(row, "zip_code")
    doc = {
        "merchantID": f"608608{rng.randint(0, 10**9 - 1):09d}",
        "invoiceNo": f"BOST{when:%Y%m%d}{rng.randint(1, 9999):04d}",
        "description": f"{item} x {qty}",
        "amount": total,
        "currencyCode": "PHP",
        "paymentChannel": ["CC", "DPAY", "QR"],
        "request3DS": "Y",
        "frontendReturnUrl": f"{SHOP}/checkout/2c2p/return",
        "backendReturnUrl": f"{SHOP}/api/2c2p/notify",
        "locale": "en",
        "userDefined1": office(row),
        "userDefined2": f"{lgu(row)}, {province(row)}" + (f" {zip_code}" if zip_code else ""),
        "userDefined3": contact(row),
        "uiParams": {"userInfo": info},
    }
    return _json(doc)


def unionbank_payment(row: dict[str, Any], rng: random.Random) -> str:
    """A UnionBank merchant payment request (``PaymentRequestV5``: the office pays the
    company from its account): ``senderRefId``, ``tranRequestDate``, an invented
    ``requestId`` and six-digit ``otp``, ``amount`` with ``currency`` PHP and ``value``,
    ``remarks``, ``particulars`` (the invoice) and ``info``: index, name and value of the
    payor, its address, its contact field and its mailbox (where it has one)."""
    when = _when(rng)
    item, qty, total = _goods(rng)
    invoice = f"SI-{when:%Y}-{rng.randint(1, 99999):05d}"
    info = [("Payor", office(row)), ("Address", address(row)), ("Contact", contact(row))]
    if email(row):
        info.append(("Email", email(row)))
    doc = {
        "senderRefId": f"BOST{rng.randint(0, 10**8 - 1):08d}",
        "tranRequestDate": f"{when:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}",
        "requestId": f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}",
        "otp": f"{rng.randint(0, 999999):06d}",
        "amount": {"currency": "PHP", "value": f"{total:.2f}"},
        "remarks": f"Payment to {COMPANY}",
        "particulars": f"{invoice} {item} x {qty}",
        "info": [{"index": i, "name": k, "value": v} for i, (k, v) in enumerate(info, 1)],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "lazada_order": lazada_order,
    "ipay88_entry": ipay88_entry,
    "twoc2p_payment_token": twoc2p_payment_token,
    "unionbank_payment": unionbank_payment,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its contact field (each
    number in it) and of its address labelled."""
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
