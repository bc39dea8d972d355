"""held_out_464 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (National Bank Limited's directory of its branches; Bangladesh's earlier parts
took a mobile phone brand's list of retail outlets and the contact directory of Bangladesh
Police's Rajshahi Range) exactly as published, in layouts no earlier part has, beside the
directory's own branch names, codes, addresses, districts, divisions and SWIFT codes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the lines of the ``phone`` field of 170 branches (each number of seven digits
  or more the free-text field writes, after commas, with its notes left aside: ``0541-62531``,
  ``(0821) - 728604``, ``880-521-65749``, ``88-07527 - 64560``, ``7316505``,
  ``01730-330476``, runs written as a range, ``8849296-7``; not a placeholder whose subscriber
  part is zeros, ``01730000000``, not an abbreviated line that gives only the last digits of
  the line before, ``62532`` after ``0541-62531``, which is never written), the lines of their
  ``fax`` that are lines of their own (not the branch's phone line again with the country
  code, ``88-0541-62531`` beside ``0541-62531``) and their ``email`` where it holds one
  well-formed address (``gaibandha@nblbd.com``; two are written with a space before the ``@``
  and left out) (``scripts/data/pii_bd_nbl_branches.json``, written by
  ``scripts/bd_nbl_branches_data.py``; source and licence in that file); every copy labelled;
* the text around them is the same row's real fields: the branch's name, code, street
  address, district, division and SWIFT code where it has one (``NBLBBDDH``), with an invented
  bank stationer's order numbers, invoice and transaction ids, API keys and tokens, hub and
  area ids, amounts in taka, weights, counts and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Bangladesh's couriers and payment services, text
  in English as the register's: RedX OpenAPI parcel requests as HTTP messages (``POST
  /v1.0.0-beta/parcel`` to openapi.redx.com.bd, ``API-ACCESS-TOKEN``: ``customer_phone`` the
  branch's contact line, an ``instruction`` giving its other lines, fax and mailbox), eCourier
  order-place requests as ``curl`` commands (``POST /api/order-place`` of
  backoffice.ecourier.com.bd, ``API-KEY``, ``API-SECRET`` and ``USER-ID`` headers, a JSON body
  with ``recipient_mobile`` and ``comments``), aamarPay JSON payment requests (the body of
  ``POST https://secure.aamarpay.com/jsonpost.php``: ``cus_phone``, ``cus_email``, ``opt_b``
  and ``opt_c`` the other lines and fax) and bKash tokenized checkout create-payment requests
  as HTTP messages (``POST /v1.2.0-beta/tokenized/checkout/create`` to tokenized.pay.bka.sh,
  ``payerReference`` the contact line).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (each written value is one
number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_464.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bd_nbl_branches_data import lines as field_lines
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_bd_nbl_branches.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_464.jsonl.gz"
SPLIT = "held_out_464"

LAYOUTS = ("redx_parcel_http", "ecourier_curl", "aamarpay_json", "bkash_create_http")
PHONE, FAX, EMAIL = "phone", "fax", "email"
EDGES = {PHONE: r"\d", FAX: r"\d", EMAIL: r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
BDT = dt.timezone(dt.timedelta(hours=6))
BANK = "National Bank Limited"

# data file (read once) and rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the invented stationer the branches order from, and what they order (no person is named)
SHOP = "Karnaphuli Bank Stationers"
SITE = "https://karnaphulistationers.com.bd"
ITEMS = (
    ("Cheque book, savings (25 leaves)", 95),
    ("Cheque book, current (50 leaves)", 160),
    ("Deposit slip pad (100 sets)", 220),
    ("Pay-in slip pad, online deposit (100 sets)", 240),
    ("Passbook, savings account", 55),
    ("Debit/credit voucher pad (100)", 180),
    ("Cash bundle strap (1000)", 450),
    ("Security envelope, A4 (100)", 520),
)
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _national(value: str) -> str:
    """A line's digits with the country code read as the trunk 0 (``880-521-65749`` as
    ``052165749``, ``88-0601-51235`` as ``060151235``; ``880-02-9117072`` as ``029117072``)."""
    digits = _digits(value)
    if digits.startswith("8800"):
        return "0" + digits[4:]
    if digits.startswith("880"):
        return "0" + digits[3:]
    return digits


def placeholder(value: str) -> bool:
    """Whether a line is a placeholder: its subscriber part all zeros (``01730000000``)."""
    return _digits(value).endswith("000000")


def _same(a: str, b: str) -> bool:
    """Whether two lines are one line (the same national digits, or one the other with its area
    code: ``7390609`` and ``880-2-7390609``)."""
    x, y = _national(a), _national(b)
    return x == y or x.endswith(y) or y.endswith(x)


def _own(value: str, before: list[str]) -> list[str]:
    """The lines of a field that are lines of their own: not a placeholder, not a line of
    ``before`` or written before them in the field."""
    out: list[str] = []
    for line in field_lines(value):
        if placeholder(line) or any(_same(line, b) for b in [*before, *out]):
            continue
        out.append(line)
    return out


def phones(row: dict[str, Any]) -> list[str]:
    """The branch's phone lines as published, each once, in the field's order."""
    return _own(_f(row, PHONE), [])


def faxes(row: dict[str, Any]) -> list[str]:
    """The branch's fax lines that are lines of their own (not a phone line again)."""
    return _own(_f(row, FAX), phones(row))


def email(row: dict[str, Any]) -> str:
    """The branch's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if MAIL.fullmatch(value) else ""


def international(value: str) -> bool:
    """Whether a number is written with the country code (``880-521-65749``, ``88-0541-62531``;
    not a Dhaka line that begins with 88, ``8849296-7``)."""
    return value.startswith(("+", "00")) or bool(re.match(r"880|88\D", value))


def mobile(value: str) -> bool:
    """Whether a line is a mobile line (``01730-330476``: 11 digits after the trunk 0 and 1)."""
    digits = _national(value)
    return len(digits) == 11 and digits.startswith("01")


def contact(row: dict[str, Any]) -> str:
    """The line a courier or a wallet is given: the branch's first mobile line, else its first
    line."""
    lines = phones(row)
    return next((v for v in lines if mobile(v)), lines[0])


def others(row: dict[str, Any]) -> list[str]:
    """The branch's phone lines other than its contact line, in the field's order."""
    return [v for v in phones(row) if v != contact(row)]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of each of the row's written numbers and its mailbox."""
    found = [(PHONE, v) for v in phones(row)] + [(FAX, v) for v in faxes(row)]
    return [*found, (EMAIL, email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and mailbox labelled (each copy
    stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def branch(row: dict[str, Any]) -> str:
    """The branch as the directory names it (``Gaibandha Branch``)."""
    return _f(row, "branch_name")


def code(row: dict[str, Any]) -> str:
    return _f(row, "branch_code")


def district(row: dict[str, Any]) -> str:
    return _f(row, "district")


def division(row: dict[str, Any]) -> str:
    return _f(row, "division")


def swift(row: dict[str, Any]) -> str:
    """The branch's SWIFT code where the field holds one (``NBLBBDDH060``; not ``N/A``)."""
    value = _f(row, "swift")
    return value if re.fullmatch(r"[A-Z0-9]{8}(?:[A-Z0-9]{3})?", value) else ""


def address(row: dict[str, Any]) -> str:
    """The branch's street address as published, its district after it where the address does
    not name it."""
    text = _f(row, "address").rstrip(" ,.")
    if district(row) and district(row).lower() not in text.lower():
        text = f"{text}, {district(row)}"
    return text


def notes(row: dict[str, Any]) -> str:
    """The branch's other lines, fax and mailbox in one line, as the stationer's dispatch desk
    writes them for the courier."""
    parts = ["Deliver to the branch during banking hours (Sun-Thu 10:00-16:00)"]
    if others(row):
        parts.append(f"other lines: {', '.join(others(row))}")
    if faxes(row):
        parts.append(f"fax: {', '.join(faxes(row))}")
    if email(row):
        parts.append(f"send the delivery note to {email(row)}")
    return "; ".join(parts)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a banking day of 2024 (Bangladesh time; Friday and Saturday off)."""
    day = dt.datetime(2024, 1, 7, tzinfo=BDT) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() in (4, 5):
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(10, 15), minutes=rng.randint(0, 59))


def _order(rng: random.Random) -> tuple[str, list[tuple[str, int, int]], int]:
    """An invented order: its number, items (name, count, price) and total in taka."""
    number = f"KBS-{rng.randint(24001, 24999)}-{rng.randint(100, 999)}"
    picked = rng.sample(ITEMS, rng.randint(1, 3))
    items = [(name, rng.randint(2, 40), price) for name, price in picked]
    return number, items, sum(count * price for _, count, price in items)


def _token(rng: random.Random, n: int, alphabet: str = "0123456789abcdef") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _jwt(rng: random.Random) -> str:
    """An invented token in a JWT's three dotted parts."""
    alphabet = ALNUM + "-_"
    return f"eyJhbGciOiJIUzI1NiJ9.{_token(rng, 86, alphabet)}.{_token(rng, 43, alphabet)}"


def _http(head: list[str], body: Any) -> str:
    """An HTTP request message: the head's lines, ``Content-Length`` of the JSON body, the body."""
    content = json.dumps(body, ensure_ascii=False, indent=2)
    head = [*head, f"Content-Length: {len(content.encode('utf-8'))}"]
    return "\r\n".join(head) + "\r\n\r\n" + content + "\n"


def redx_parcel_http(row: dict[str, Any], rng: random.Random) -> str:
    """A RedX OpenAPI parcel request as an HTTP message (``POST /v1.0.0-beta/parcel`` to
    openapi.redx.com.bd, an invented ``API-ACCESS-TOKEN``, a JSON body): the branch as
    ``customer_name``, its contact line as ``customer_phone``, its district as
    ``delivery_area`` with an invented ``delivery_area_id``, its address, an invented
    ``merchant_invoice_id``, ``cash_collection_amount`` 0 (paid), the weight in grams, an
    ``instruction`` giving its other lines, fax and mailbox, the declared value, the items as
    ``parcel_details_json``."""
    number, items, total = _order(rng)
    body = {
        "customer_name": f"{branch(row)}, {BANK}",
        "customer_phone": contact(row),
        "delivery_area": district(row) or division(row),
        "delivery_area_id": rng.randint(1, 1400),
        "customer_address": address(row),
        "merchant_invoice_id": number,
        "cash_collection_amount": "0",
        "parcel_weight": str(rng.choice((500, 1000, 1500, 2000, 3000, 5000))),
        "instruction": notes(row),
        "value": str(total),
        "is_closed_box": True,
        "parcel_details_json": [
            {"name": name, "category": "Stationery", "value": count * price}
            for name, count, price in items
        ],
    }
    head = [
        "POST /v1.0.0-beta/parcel HTTP/1.1",
        "Host: openapi.redx.com.bd",
        f"API-ACCESS-TOKEN: Bearer {_jwt(rng)}",
        "Content-Type: application/json",
        "Accept: application/json",
    ]
    return _http(head, body)


def ecourier_curl(row: dict[str, Any], rng: random.Random) -> str:
    """An eCourier order-place request as a ``curl`` command (``POST
    https://backoffice.ecourier.com.bd/api/order-place``, invented ``API-KEY``, ``API-SECRET``
    and ``USER-ID`` headers, a JSON body): the stationer's pickup hub and address, the branch as
    ``recipient_name``, its contact line as ``recipient_mobile``, its division, district and
    address, an invented ``package_code``, the items, ``payment_method`` CCRD (paid by card,
    ``product_price`` 0), the order's value, and ``comments`` giving its other lines, fax and
    mailbox."""
    number, items, total = _order(rng)
    body = {
        "ep_name": SHOP,
        "pick_contact_person": "Dispatch desk",
        "pick_division": "Dhaka",
        "pick_district": "Dhaka",
        "pick_thana": "Tejgaon",
        "pick_hub": str(rng.choice((18488, 18490, 18492, 18495))),
        "pick_union": "Tejgaon Industrial Area",
        "pick_address": "Plot 21, Tejgaon Industrial Area, Dhaka-1208",
        "recipient_name": f"{branch(row)}, {BANK}",
        "recipient_mobile": contact(row),
        "recipient_division": division(row),
        "recipient_district": district(row),
        "recipient_city": district(row),
        "recipient_area": branch(row).removesuffix(" Branch").strip(),
        "recipient_address": address(row),
        "package_code": f"#{rng.choice((2416, 2443, 2447, 2450))}",
        "parcel_detail": "; ".join(f"{name} x {count}" for name, count, _ in items),
        "number_of_item": str(sum(count for _, count, _ in items)),
        "product_price": "0",
        "payment_method": "CCRD",
        "ep_id": number,
        "actual_product_price": str(total),
        "comments": notes(row),
    }
    lines = [
        "curl -X POST 'https://backoffice.ecourier.com.bd/api/order-place'",
        f"  -H {shlex.quote(f'API-KEY: {_token(rng, 4, ALNUM)}')}",
        f"  -H {shlex.quote(f'API-SECRET: {_token(rng, 5, ALNUM)}')}",
        f"  -H {shlex.quote(f'USER-ID: U{rng.randint(1000, 9999)}')}",
        "  -H 'Content-Type: application/json'",
        f"  --data-raw {shlex.quote(json.dumps(body, ensure_ascii=False))}",
    ]
    return " \\\n".join(lines) + "\n"


def aamarpay_json(row: dict[str, Any], rng: random.Random) -> str:
    """An aamarPay JSON payment request (the body of ``POST
    https://secure.aamarpay.com/jsonpost.php``): an invented ``store_id``, ``signature_key``
    and ``tran_id``, the stationer's callback URLs, the total in taka, ``BDT``, a description,
    the branch as the customer (``cus_name``, ``cus_email`` where it has a mailbox, its address,
    district, division, ``cus_phone`` its contact line), the order number as ``opt_a``, its other
    lines as ``opt_b`` and its fax as ``opt_c`` where it has them, ``type`` json."""
    number, items, total = _order(rng)
    when = _when(rng)
    doc: dict[str, Any] = {
        "store_id": f"karnaphuli{_token(rng, 4)}",
        "tran_id": f"KBS{when:%y%m%d}{rng.randint(10000, 99999)}",
        "success_url": f"{SITE}/payment/success",
        "fail_url": f"{SITE}/payment/fail",
        "cancel_url": f"{SITE}/payment/cancel",
        "amount": f"{total}.00",
        "currency": "BDT",
        "signature_key": _token(rng, 32),
        "desc": f"{SHOP} order {number}: " + ", ".join(name for name, _, _ in items),
        "cus_name": f"{branch(row)}, {BANK}",
    }
    if email(row):
        doc["cus_email"] = email(row)
    doc |= {
        "cus_add1": address(row),
        "cus_add2": f"Branch code {code(row)}",
        "cus_city": district(row),
        "cus_state": division(row),
        "cus_country": "Bangladesh",
        "cus_phone": contact(row),
        "opt_a": number,
    }
    if others(row):
        doc["opt_b"] = ", ".join(others(row))
    if faxes(row):
        doc["opt_c"] = ", ".join(faxes(row))
    if swift(row):
        doc["opt_d"] = swift(row)
    doc["type"] = "json"
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def bkash_create_http(row: dict[str, Any], rng: random.Random) -> str:
    """A bKash tokenized checkout create-payment request as an HTTP message (``POST
    /v1.2.0-beta/tokenized/checkout/create`` to tokenized.pay.bka.sh, an invented id token as
    ``Authorization`` and ``X-APP-Key``, a JSON body): ``mode`` 0011 (without agreement), the
    branch's contact line as ``payerReference``, the stationer's callback URL, the total in
    taka, ``BDT``, ``intent`` sale, the order number as ``merchantInvoiceNumber``."""
    number, _, total = _order(rng)
    body = {
        "mode": "0011",
        "payerReference": contact(row),
        "callbackURL": f"{SITE}/bkash/callback?branch={code(row)}",
        "amount": f"{total}.00",
        "currency": "BDT",
        "intent": "sale",
        "merchantInvoiceNumber": number,
    }
    head = [
        "POST /v1.2.0-beta/tokenized/checkout/create HTTP/1.1",
        "Host: tokenized.pay.bka.sh",
        f"Authorization: {_jwt(rng)}",
        f"X-APP-Key: {_token(rng, 26, ALNUM)}",
        "Content-Type: application/json",
        "Accept: application/json",
    ]
    return _http(head, body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "redx_parcel_http": redx_parcel_http,
    "ecourier_curl": ecourier_curl,
    "aamarpay_json": aamarpay_json,
    "bkash_create_http": bkash_create_http,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers and mailbox
    labelled."""
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
