"""held_out_510 of the PII evaluation set: real phone fields of a register no earlier part used
(the branches of ASA, the microfinance NGO, that pay out National Bank Limited's remittances, as
the bank's website lists them; Bangladesh's earlier parts took a mobile phone brand's list of
retail outlets, the contact directory of Bangladesh Police's Rajshahi Range and the bank's own
branches) exactly as published, in layouts no earlier part has, beside the list's own branch
names, ids, districts and divisions.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` fields of 288 branches (one line each, as written, its trailing
  spaces left aside: mobile lines, ``01917473395``, but one, ``04435012961``; three of ten
  digits, a digit lost, ``0172272995``) (``scripts/data/pii_bd_asa_branches.json``, written by
  ``scripts/bd_asa_branches_data.py``; source and licence in that file); every copy labelled;
  the branch manager the list names beside each line is not written;
* the text around them is the same row's real fields: the branch's name, id, district and
  division where it has one, with an invented supplier of microfinance forms (its order and
  invoice numbers, tracking ids, API keys and tokens, client IPs, amounts in taka, weights and
  dates), unlabelled and scored; no other run of seven digits or more stands apart in the
  text;
* in layouts no earlier part has, formats of Bangladesh's payment, courier and SMS services,
  text in English as the register's: shurjoPay v2 ``secret-pay`` payment requests as JSON
  (``customer_phone`` the branch's line), Paperfly order-placement requests as HTTP messages
  (``POST /OrderPlacement`` to api.paperfly.com.bd, ``custPhone``), BulkSMSBD send-SMS
  requests as HTTP ``GET`` messages (``/api/smsapi`` of bulksmsbd.net, the line as
  ``number`` in the query) and Alpha SMS (sms.net.bd) send-SMS requests as form-encoded HTTP
  ``POST`` messages (``/sendsms`` of api.sms.net.bd, the line as ``to``). The fields of these
  four were written from memory of the services' public API documentation (the search tools
  were out of budget when the part was made).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (each written value is one
number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_510.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_bd_asa_branches.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_510.jsonl.gz"
SPLIT = "held_out_510"

LAYOUTS = ("shurjopay_json", "paperfly_http", "bulksmsbd_get", "alphasms_post")
PHONE = "phone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
BDT = dt.timezone(dt.timedelta(hours=6))
NGO = "ASA"

# data file (read once) and rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the invented supplier the branches order from, and what they order (no person is named)
SHOP = "Padma Microfinance Forms"
SITE = "https://padmaforms.com.bd"
SENDER = "PadmaForms"
ITEMS = (
    ("Member passbook (100)", 650),
    ("Loan ledger card (500)", 900),
    ("Savings collection sheet pad (50)", 180),
    ("Loan application form (100 sets)", 420),
    ("Daily collection register", 240),
    ("Receipt book, duplicate (50 leaves)", 85),
    ("Cash bundle strap (1000)", 450),
)
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The branch's line as published, its trailing spaces left aside."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with the country code (none of the list's is)."""
    return value.startswith(("+", "00", "880"))


def branch(row: dict[str, Any]) -> str:
    """The branch as the list names it (``KALATIA BRANCH``), its inner spaces as written."""
    return _f(row, "asa_name")


def asa_id(row: dict[str, Any]) -> str:
    return _f(row, "asa_id")


def district(row: dict[str, Any]) -> str:
    return _f(row, "asa_district")


def division(row: dict[str, Any]) -> str:
    return _f(row, "asa_division")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's line labelled (each copy stands apart:
    no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Bangladesh time; Friday off)."""
    day = dt.datetime(2025, 1, 5, tzinfo=BDT) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() == 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 17), minutes=rng.randint(0, 59))


def _order(rng: random.Random) -> tuple[str, list[tuple[str, int, int]], int]:
    """An invented order: its number, items (name, count, price) and total in taka."""
    number = f"PMF-{rng.randint(25001, 25999)}-{rng.randint(100, 999)}"
    picked = rng.sample(ITEMS, rng.randint(1, 3))
    items = [(name, rng.randint(2, 20), price) for name, price in picked]
    return number, items, sum(count * price for _, count, price in items)


def _token(rng: random.Random, n: int, alphabet: str = "0123456789abcdef") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _http(head: list[str], content: str = "") -> str:
    """An HTTP request message: the head's lines, ``Content-Length`` of a body where there is
    one, the body."""
    if content:
        head = [*head, f"Content-Length: {len(content.encode('utf-8'))}"]
    return "\r\n".join(head) + "\r\n\r\n" + content + ("\n" if content else "")


def _place(row: dict[str, Any]) -> str:
    """The branch's district, its division after it where the list gives another one."""
    parts = [district(row).title()]
    if division(row) and division(row) != district(row):
        parts.append(division(row).title())
    return ", ".join(v for v in parts if v)


def shurjopay_json(row: dict[str, Any], rng: random.Random) -> str:
    """A shurjoPay v2 payment request (the JSON body of ``POST
    https://engine.shurjopayment.com/api/secret-pay``): an invented ``token`` and
    ``store_id``, the merchant's ``prefix``, callback URLs, the total in taka, the order
    number, ``BDT``, an invented ``client_ip``, the branch as the customer (``customer_name``,
    its district as ``customer_address`` and ``customer_city``, ``customer_phone`` its line),
    the branch id and order date in ``value1`` and ``value2``."""
    number, items, total = _order(rng)
    when = _when(rng)
    doc = {
        "token": f"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.{_token(rng, 64, ALNUM)}",
        "store_id": rng.randint(100, 999),
        "prefix": "PMF",
        "currency": "BDT",
        "return_url": f"{SITE}/shurjopay/return",
        "cancel_url": f"{SITE}/shurjopay/cancel",
        "amount": total,
        "order_id": f"PMF{when:%y%m%d}-{rng.randint(100, 999)}",
        "client_ip": f"103.{rng.randint(4, 250)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "customer_name": f"{NGO} {branch(row)}",
        "customer_phone": phone(row),
        "customer_email": "",
        "customer_address": _place(row) or "Bangladesh",
        "customer_city": district(row).title(),
        "customer_state": division(row).title(),
        "customer_country": "Bangladesh",
        "value1": f"ASA branch id {asa_id(row)}",
        "value2": f"{number} of {when:%Y-%m-%d}",
        "value3": ", ".join(f"{name} x {count}" for name, count, _ in items),
        "value4": "",
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def paperfly_http(row: dict[str, Any], rng: random.Random) -> str:
    """A Paperfly order-placement request as an HTTP message (``POST /OrderPlacement`` to
    api.paperfly.com.bd, invented Basic credentials and ``paperflykey``, a JSON body): the
    supplier as the pickup merchant (its invented address, thana and district), the order
    number as ``merOrderRef``, the items as ``productBrief``, ``packagePrice`` 0 (paid), the weight
    in kilograms, the branch as ``custname``, its district as ``custaddress`` and
    ``customerDistrict``, its line as ``custPhone``."""
    number, items, _ = _order(rng)
    body = {
        "merOrderRef": number,
        "pickMerchantName": SHOP,
        "pickMerchantAddress": "House 14, Road 3, Block C, Mirpur 10, Dhaka-1216",
        "pickMerchantThana": "Mirpur",
        "pickMerchantDistrict": "Dhaka",
        "productSizeWeight": "standard",
        "productBrief": "; ".join(f"{name} x {count}" for name, count, _ in items),
        "packagePrice": "0",
        "max_weight": str(rng.choice((1, 2, 3, 5))),
        "deliveryOption": "regular",
        "custname": f"{NGO} {branch(row)} (id {asa_id(row)})",
        "custaddress": f"{NGO} {branch(row)}, {_place(row) or 'Bangladesh'}",
        "customerThana": branch(row).title().removesuffix(" Branch").strip(),
        "customerDistrict": district(row).title(),
        "custPhone": phone(row),
    }
    head = [
        "POST /OrderPlacement HTTP/1.1",
        "Host: api.paperfly.com.bd",
        f"Authorization: Basic {_token(rng, 28, ALNUM)}=",
        f"paperflykey: Paperfly_{_token(rng, 12, ALNUM)}",
        "Content-Type: application/json",
    ]
    return _http(head, json.dumps(body, ensure_ascii=False, indent=2))


def _message(row: dict[str, Any], rng: random.Random, when: dt.datetime) -> str:
    """The SMS the supplier sends a branch on ``when``: its order dispatched, the tracking id,
    the total."""
    number, _, total = _order(rng)
    return (
        f"{NGO} {branch(row)}: your order {number} left {SHOP} on {when:%d-%m-%Y}. "
        f"Paperfly tracking {_token(rng, 10, UPPER)}, amount Tk {total}. Thank you."
    )


def bulksmsbd_get(row: dict[str, Any], rng: random.Random) -> str:
    """A BulkSMSBD send-SMS request as an HTTP ``GET`` message (``/api/smsapi`` of
    bulksmsbd.net: an invented ``api_key``, ``type`` text, the branch's line as ``number``, the
    supplier's masking name as ``senderid``, the ``message``)."""
    query = urlencode(
        {
            "api_key": _token(rng, 20, ALNUM),
            "type": "text",
            "number": phone(row),
            "senderid": SENDER,
            "message": _message(row, rng, _when(rng)),
        }
    )
    head = [
        f"GET /api/smsapi?{query} HTTP/1.1",
        "Host: bulksmsbd.net",
        "Accept: application/json",
    ]
    return _http(head)


def alphasms_post(row: dict[str, Any], rng: random.Random) -> str:
    """An Alpha SMS send-SMS request as a form-encoded HTTP ``POST`` message (``/sendsms`` of
    api.sms.net.bd: an invented ``api_key``, the ``msg``, the branch's line as ``to``, the
    supplier's ``sender_id``, the ``schedule`` time of the day the message names)."""
    when = _when(rng)
    body = urlencode(
        {
            "api_key": _token(rng, 40, ALNUM),
            "msg": _message(row, rng, when),
            "to": phone(row),
            "sender_id": SENDER,
            "schedule": f"{when:%Y-%m-%d %H:%M:%S}",
        }
    )
    head = [
        "POST /sendsms HTTP/1.1",
        "Host: api.sms.net.bd",
        "Content-Type: application/x-www-form-urlencoded",
        "Accept: application/json",
    ]
    return _http(head, body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "shurjopay_json": shurjopay_json,
    "paperfly_http": paperfly_http,
    "bulksmsbd_get": bulksmsbd_get,
    "alphasms_post": alphasms_post,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its line labelled."""
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
