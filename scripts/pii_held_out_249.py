"""held_out_249 of the PII evaluation set: real phone fields of a register no earlier part used
(the Reserve Bank of India's list of bank branches by IFSC, as Razorpay's IFSC project
republishes it; India's earlier parts took hospitals, blood banks, CBSE schools and a
crowdsourced Telangana list) exactly as published, in layouts no earlier part has, beside the
list's own bank and branch names, addresses, IFSC and MICR codes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of IN (the National Health Portal's directories, CBSE) and
many others; here:

* the values are the ``CONTACT`` fields of 480 bank branches
  (``scripts/data/pii_in_ifsc_branches.json``, written by ``scripts/in_ifsc_branches_data.py``;
  source and licence in that file): 240 in E.164 without spaces (``+912224702643``,
  ``+919653261383``), 60 each with the trunk ``0`` (``02262307000``), bare mobiles
  (``9310898326``) and eight- and seven-digit local numbers without their STD code
  (``28803811``, ``2454824``), each copy labelled;
* the text around them is the same row's real fields: the bank, the branch, its address (with
  its PIN code where the list gives one), city, district and state, its IFSC code and its
  nine-digit MICR code (``400065001``, unlabelled and scored: a bank's clearing code, no
  phone), with invented contact ids, lead ids (ten digits), timestamps, amounts and product
  names, unlabelled and scored;
* in layouts no earlier part has, Indian fintech and business-software payloads, text in
  English: RazorpayX Contacts API contact entities (the branch as a ``vendor`` contact, its
  number in ``contact`` and again in a ``notes`` remark), IndiaMART Lead Manager (CRM Listing
  API v2) responses (the branch as the enquiring buyer, its number in ``SENDER_MOBILE`` or
  ``SENDER_PHONE`` and again in ``QUERY_MESSAGE``), Shiprocket "add pickup location" requests
  as a curl command (the branch as pickup address, ``phone``) and Freshsales (Freshworks CRM)
  sales-account create requests (``phone``, the IFSC and MICR as custom fields).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_249.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_ifsc_branches.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_249.jsonl.gz"
SPLIT = "held_out_249"

LAYOUTS = ("razorpayx_contact", "indiamart_lead", "shiprocket_pickup", "freshsales_account")
PHONE = "CONTACT"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented products a branch might enquire about or pay a vendor for (no real order is meant)
PRODUCTS = (
    ("Currency Counting Machine", "Note Counting Machine"),
    ("Fake Note Detector", "Currency Detector"),
    ("Fire Proof Safe", "Safe Locker"),
    ("Token Display System", "Queue Management System"),
    ("Office Chair", "Revolving Chair"),
    ("UPS System 5 kVA", "Online UPS"),
    ("CCTV Camera Installation", "CCTV Installation Service"),
    ("Passbook Printer", "Passbook Printer"),
)  # fmt: skip
REMARKS = (
    "Locker maintenance vendor",
    "Branch premises rent",
    "Housekeeping services, monthly",
    "Security guard services",
    "Stationery supply",
)  # fmt: skip
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is null)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return row["fields"][PHONE]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code."""
    return value.startswith("+")


def mobile(value: str) -> bool:
    """Whether the number is an Indian mobile (ten digits from 6, after ``+91`` if any)."""
    return re.fullmatch(r"(\+91)?[6-9]\d{9}", value) is not None


def pincode(row: dict[str, Any]) -> str:
    """The PIN code the address ends with (``400024``, ``400 078``), "" if it gives none."""
    found = re.findall(r"(?<!\d)(\d{3} ?\d{3})(?!\d)", _f(row, "ADDRESS"))
    return found[-1].replace(" ", "") if found else ""


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (IST)."""
    start = dt.datetime(2024, 1, 8, 9, 30, tzinfo=IST)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _token(rng: random.Random, n: int) -> str:
    """An invented alphanumeric id of ``n`` characters."""
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def _branch_name(row: dict[str, Any]) -> str:
    """The bank and the branch (``Abhyudaya Co-operative Bank, FORT Branch``; the branch alone
    where the row names no bank)."""
    return ", ".join(part for part in (_f(row, "BANK"), f"{_f(row, 'BRANCH')} Branch") if part)


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def razorpayx_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A RazorpayX Contacts API contact entity (``GET /v1/contacts/:id``): an invented
    ``cont_`` id, the branch as ``name``, its number in ``contact``, no e-mail, ``type``
    ``vendor``, the IFSC as ``reference_id``, ``notes`` with the IFSC, MICR, address and a
    remark repeating the number, an invented ``created_at``."""
    tel = phone(row)
    notes = {"ifsc": _f(row, "IFSC")}
    if _f(row, "MICR"):
        notes["micr"] = _f(row, "MICR")
    notes["address"] = _f(row, "ADDRESS")
    notes["remarks"] = f"{rng.choice(REMARKS)}; confirm with branch on {tel} before payout"
    doc = {
        "id": f"cont_{_token(rng, 14)}",
        "entity": "contact",
        "name": _branch_name(row),
        "contact": tel,
        "email": None,
        "type": "vendor",
        "reference_id": _f(row, "IFSC"),
        "batch_id": None,
        "active": True,
        "notes": notes,
        "created_at": int(_when(rng).timestamp()),
    }
    return _j(doc) + "\n"


def indiamart_lead(row: dict[str, Any], rng: random.Random) -> str:
    """An IndiaMART Lead Manager CRM Listing API (v2) response of one enquiry: ``CODE`` 200,
    the lead with an invented ten-digit ``UNIQUE_QUERY_ID`` and ``QUERY_TIME``, the branch as
    ``SENDER_COMPANY`` with its address, city, state, PIN code and the number in
    ``SENDER_MOBILE`` (a mobile) or ``SENDER_PHONE`` (else), an invented product, and a
    ``QUERY_MESSAGE`` repeating the number."""
    tel = phone(row)
    product, mcat = rng.choice(PRODUCTS)
    qty = rng.choice((1, 2, 3, 4, 5, 10))
    message = (
        f"I am interested in {product}. Quantity: {qty}. Required for "
        f"{_branch_name(row)}, IFSC {_f(row, 'IFSC')}. Please call {tel} with your best "
        "price and delivery time."
    )
    lead = {
        "UNIQUE_QUERY_ID": str(rng.randint(2_600_000_000, 2_799_999_999)),
        "QUERY_TYPE": rng.choice(("W", "B", "P")),
        "QUERY_TIME": f"{_when(rng):%Y-%m-%d %H:%M:%S}",
        "SENDER_NAME": "Branch Manager",
        "SENDER_MOBILE": tel if mobile(tel) else "",
        "SENDER_EMAIL": "",
        "SUBJECT": f"Requirement for {product}",
        "SENDER_COMPANY": _branch_name(row),
        "SENDER_ADDRESS": _f(row, "ADDRESS"),
        "SENDER_CITY": _f(row, "CITY"),
        "SENDER_STATE": _f(row, "STATE").title(),
        "SENDER_PINCODE": pincode(row),
        "SENDER_COUNTRY_ISO": "IN",
        "SENDER_MOBILE_ALT": "",
        "SENDER_PHONE": "" if mobile(tel) else tel,
        "SENDER_PHONE_ALT": "",
        "SENDER_EMAIL_ALT": "",
        "QUERY_PRODUCT_NAME": product,
        "QUERY_MESSAGE": message,
        "QUERY_MCAT_NAME": mcat,
        "CALL_DURATION": "",
        "RECEIVER_MOBILE": None,
    }
    doc = {"CODE": 200, "STATUS": "SUCCESS", "MESSAGE": "", "TOTAL_RECORDS": 1, "RESPONSE": [lead]}
    return _j(doc) + "\n"


def shiprocket_pickup(row: dict[str, Any], rng: random.Random) -> str:
    """A Shiprocket "add new pickup location" request as a curl command (``POST
    /v1/external/settings/company/addpickup`` with a bearer token variable): the IFSC as
    ``pickup_location``, the bank as ``name``, the number in ``phone``, the address, the branch
    as ``address_2``, city, state, country and the PIN code where the address gives one."""
    body: dict[str, Any] = {
        "pickup_location": _f(row, "IFSC"),
        "name": _f(row, "BANK") or _branch_name(row),
        "phone": phone(row),
        "address": _f(row, "ADDRESS"),
        "address_2": f"{_f(row, 'BRANCH')} Branch",
        "city": _f(row, "CITY") or _f(row, "DISTRICT"),
        "state": _f(row, "STATE").title(),
        "country": "India",
    }
    if pincode(row):
        body["pin_code"] = pincode(row)
    payload = json.dumps(body, ensure_ascii=False, indent=2).replace("'", "'\\''")
    lines = [
        f"# pickup for branch stationery returns, added {_when(rng):%d %b %Y}",
        "curl --location 'https://apiv2.shiprocket.in/v1/external/settings/company/addpickup' \\",
        "--header 'Content-Type: application/json' \\",
        '--header "Authorization: Bearer $SHIPROCKET_TOKEN" \\',
        f"--data-raw '{payload}'",
        "",
    ]
    return "\n".join(lines)


def freshsales_account(row: dict[str, Any], rng: random.Random) -> str:
    """A Freshsales (Freshworks CRM) "create a sales account" request body (``POST
    /api/sales_accounts``): the branch as ``name``, its address, city, state, PIN code as
    ``zipcode``, country, the number in ``phone``, invented employee count and annual revenue,
    and ``custom_field`` with the IFSC, MICR, district and payment systems."""
    systems = [k for k in ("NEFT", "RTGS", "IMPS", "UPI") if row["fields"].get(k) is True]
    custom = {"cf_ifsc": _f(row, "IFSC"), "cf_micr": _f(row, "MICR")}
    custom["cf_district"] = _f(row, "DISTRICT")
    custom["cf_payment_systems"] = ", ".join(systems)
    account = {
        "name": _branch_name(row),
        "address": _f(row, "ADDRESS"),
        "city": _f(row, "CITY"),
        "state": _f(row, "STATE").title(),
        "zipcode": pincode(row),
        "country": "India",
        "phone": phone(row),
        "number_of_employees": rng.randint(4, 40),
        "annual_revenue": rng.choice((250000, 500000, 750000, 1200000)),
        "custom_field": custom,
    }
    return _j({"sales_account": account}) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "razorpayx_contact": razorpayx_contact,
    "indiamart_lead": indiamart_lead,
    "shiprocket_pickup": shiprocket_pickup,
    "freshsales_account": freshsales_account,
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
