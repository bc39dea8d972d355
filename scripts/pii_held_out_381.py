"""held_out_381 of the PII evaluation set: real contact and e-mail fields of a register no
earlier part used (the Department of Budget and Management's government directory of the
executive departments' offices: bureaus, services, regional and field offices, attached
agencies; the Philippines' earlier part took the Department of Health's National Health
Facility Registry) exactly as published, in layouts no earlier part has, beside the directory's
own office names, departments, regions and addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``contact`` and ``email`` fields of 300 offices
  (``scripts/data/pii_ph_dbm_directory_offices.json``, written by
  ``scripts/ph_dbm_directory_offices_data.py``; source and licence in that file): one or more
  Philippine numbers as the directory writes them, ``;`` between them, with local extensions
  and markers (``loc. 8601, 8602; (083) 228-9788; 228-5546 F``, ``8928-8741 to 64``), each
  field written whole and each number in it labelled on its own (``labelled_record``: the
  extensions, ``to 64`` endings and ``TF``/``F`` markers are no number), and one or more
  addresses on the departments' domains (``rbansigan@dbm.gov.ph; rmilanes@dbm.gov.ph``), the
  first alone where a format takes one address and the field whole elsewhere; every copy of
  every address labelled;
* the text around them is the same row's real fields: the office's name (or its department
  and region), department and address, with invented ids, reference numbers, amounts and
  dates, unlabelled and scored;
* in layouts no earlier part has, formats of the Philippines' payment gateways, text in
  English (an invented training provider bills each office for a seminar's registration):
  PayMongo Checkout Session resources (``GET /v1/checkout_sessions/{id}``: ``billing`` with
  the office's name, ``email``, ``phone`` and address), Maya Checkout API requests (``POST
  /checkout/v1/checkouts``: ``buyer.contact`` with ``phone`` and ``email``, the office as the
  billing address), Dragonpay Payment Switch collect requests (``POST
  /api/collect/v1/{txnid}/post``: ``Email``, ``BillingDetails`` with ``TelNo``) and Xendit
  Invoice resources (``GET /v2/invoices/{id}``: ``payer_email``, a ``description`` giving the
  office's lines, ``customer``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_381.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ph_dbm_directory_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_381.jsonl.gz"
SPLIT = "held_out_381"

LAYOUTS = ("paymongo_checkout", "maya_checkout", "dragonpay_collect", "xendit_invoice")
CONTACT, EMAIL = "contact", "email"
EDGES = {CONTACT: r"\d", "email": r"[\w.@-]"}
COLUMNS = {CONTACT: CONTACT}
PHT = dt.timezone(dt.timedelta(hours=8))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the invented provider that bills the offices, and its seminars (fees in pesos)
PROVIDER = "Kapisanan Public Sector Learning Center, Inc."
SEMINARS = (
    ("Seminar-Workshop on the Government Procurement Reform Act (RA 9184 and RA 12009)", 4500),
    ("Training on the Budget Preparation and Execution Process", 3800),
    ("Workshop on Records Management and the Data Privacy Act", 3200),
    ("Seminar on Internal Audit for Government Offices", 4200),
    ("Training on Results-Based Monitoring and Evaluation", 3600),
    ("Seminar on Government Accounting and the Revised Chart of Accounts", 3900),
)
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
BANKS = ("BDO", "BPI", "LANDBANK", "METROBANK", "UNIONBANK", "RCBC")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def contact(row: dict[str, Any]) -> str:
    """The office's contact field as published (one or more numbers)."""
    return _f(row, CONTACT)


def emails(row: dict[str, Any]) -> list[str]:
    """The addresses of the office's e-mail field, in its order (none where it is empty)."""
    return [m for m in _f(row, EMAIL).split("; ") if m]


def international(value: str) -> bool:
    """Whether a number is written with the country code (``+63``, ``(632)``)."""
    return value.startswith(("+", "00", "63", "(63"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's contact field and each of its addresses."""
    return [(CONTACT, contact(row)), *(("email", m) for m in emails(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's contact field and addresses labelled
    (each copy stands apart: no digit next to the field, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def office(row: dict[str, Any]) -> str:
    """The office's name: its own, or its department's with its region (``DEPARTMENT OF
    BUDGET AND MANAGEMENT - Region VI``)."""
    if _f(row, "name"):
        return _f(row, "name")
    return f"{_f(row, 'department')} - {_f(row, 'region') or _f(row, 'city')}"


def address(row: dict[str, Any]) -> str:
    """The office's address, or its region where the directory gives none."""
    return _f(row, "address") or _f(row, "region") or _f(row, "city")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Philippine time)."""
    day = dt.datetime(2025, 1, 13, tzinfo=PHT) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALNUM) for _ in range(n))


def _order(rng: random.Random) -> tuple[str, int, int, dt.datetime]:
    """An invented seminar, its seats, its fee per seat in pesos and the billing time."""
    title, fee = rng.choice(SEMINARS)
    return title, rng.randint(1, 5), fee, _when(rng)


def _ref(rng: random.Random, when: dt.datetime) -> str:
    """An invented billing reference (``KPSLC-2025-004213``)."""
    return f"KPSLC-{when.year}-{rng.randint(1, 9999):06d}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def paymongo_checkout(row: dict[str, Any], rng: random.Random) -> str:
    """A PayMongo Checkout Session resource (``GET /v1/checkout_sessions/{id}``): ``data``
    with an invented ``cs_`` id, ``type`` ``checkout_session`` and ``attributes``: ``billing``
    (the office's address, first mailbox, name and contact field as ``phone``), the checkout
    URL, the seminar as a line item (amount in centavos), payment method types, the reference
    number, ``status`` ``active``, times, and ``metadata`` with the office's department and
    every mailbox."""
    title, seats, fee, when = _order(rng)
    mails = emails(row)
    sid = f"cs_{_alnum(rng, 24)}"
    stamp = int(when.timestamp())
    attributes: dict[str, Any] = {
        "billing": {
            "address": {
                "city": None,
                "country": "PH",
                "line1": address(row),
                "line2": None,
                "postal_code": None,
                "state": None,
            },
            "email": mails[0] if mails else None,
            "name": office(row),
            "phone": contact(row),
        },
        "billing_information_fields_editable": "disabled",
        "cancel_url": "https://learning.example.ph/registration/cancel",
        "checkout_url": f"https://checkout.paymongo.com/{sid}#{_alnum(rng, 16)}",
        "client_key": f"{sid}_client_{_alnum(rng, 24)}",
        "customer_email": mails[0] if mails else None,
        "description": f"Registration for {seats} participant(s): {title}",
        "line_items": [
            {
                "amount": fee * 100,
                "currency": "PHP",
                "description": title,
                "images": [],
                "name": "Registration fee",
                "quantity": seats,
            }
        ],
        "livemode": False,
        "merchant": PROVIDER,
        "payments": [],
        "payment_intent": {"id": f"pi_{_alnum(rng, 24)}", "type": "payment_intent"},
        "payment_method_types": ["gcash", "paymaya", "card", "dob", "qrph"],
        "reference_number": _ref(rng, when),
        "send_email_receipt": True,
        "show_description": True,
        "show_line_items": True,
        "status": "active",
        "success_url": "https://learning.example.ph/registration/success",
        "created_at": stamp,
        "updated_at": stamp,
        "metadata": {"department": _f(row, "department"), "office_emails": _f(row, EMAIL)},
    }
    return _json({"data": {"id": sid, "type": "checkout_session", "attributes": attributes}})


def maya_checkout(row: dict[str, Any], rng: random.Random) -> str:
    """A Maya Checkout API request (``POST /checkout/v1/checkouts``): ``totalAmount`` with
    its details, ``buyer`` (the office's cashier, ``contact`` with the contact field as
    ``phone`` and the first mailbox, the office and its address as ``billingAddress``), the
    seminar as an item, ``redirectUrl``s, an invented ``requestReferenceNumber`` and
    ``metadata`` with the department."""
    title, seats, fee, when = _order(rng)
    mails = emails(row)
    total = f"{fee * seats:.2f}"
    buyer: dict[str, Any] = {
        "firstName": "Cashier",
        "lastName": "Section",
        "contact": {"phone": contact(row)},
        "billingAddress": {
            "line1": office(row),
            "line2": address(row),
            "countryCode": "PH",
        },
    }
    if mails:
        buyer["contact"]["email"] = mails[0]
    doc = {
        "totalAmount": {
            "value": float(total),
            "currency": "PHP",
            "details": {"discount": 0, "serviceCharge": 0, "shippingFee": 0, "tax": 0,
                        "subtotal": float(total)},
        },
        "buyer": buyer,
        "items": [
            {
                "name": title,
                "quantity": seats,
                "code": f"SEM-{rng.randint(100, 999)}",
                "description": "Registration fee per participant",
                "amount": {"value": float(fee)},
                "totalAmount": {"value": float(total)},
            }
        ],
        "redirectUrl": {
            "success": "https://learning.example.ph/pay/success",
            "failure": "https://learning.example.ph/pay/failure",
            "cancel": "https://learning.example.ph/pay/cancel",
        },
        "requestReferenceNumber": _ref(rng, when),
        "metadata": {"department": _f(row, "department"), "batch": f"{when:%Y-%m}"},
    }  # fmt: skip
    return _json(doc)


def dragonpay_collect(row: dict[str, Any], rng: random.Random) -> str:
    """A Dragonpay Payment Switch collect request (``POST /api/collect/v1/{txnid}/post``, its
    JSON body): ``Amount``, ``Currency``, ``Description`` naming the office, ``Email`` (the
    first mailbox, where the office has one), ``ProcId`` a bank, ``Param1`` the reference,
    ``Param2`` the department, ``Expiry`` and ``BillingDetails`` (the office as first name,
    its address, ``Country`` PH, its contact field as ``TelNo``, the mailbox)."""
    title, seats, fee, when = _order(rng)
    mails = emails(row)
    billing: dict[str, Any] = {
        "FirstName": office(row),
        "LastName": "",
        "Address1": address(row),
        "Address2": "",
        "City": "",
        "Province": "",
        "Country": "PH",
        "ZipCode": "",
        "TelNo": contact(row),
    }
    doc: dict[str, Any] = {
        "Amount": f"{fee * seats:.2f}",
        "Currency": "PHP",
        "Description": f"{title} - {seats} participant(s) - {office(row)}",
    }
    if mails:
        doc["Email"] = mails[0]
        billing["Email"] = mails[0]
    doc.update(
        {
            "ProcId": rng.choice(BANKS)[:3],
            "Param1": _ref(rng, when),
            "Param2": _f(row, "department"),
            "Expiry": f"{when + dt.timedelta(days=7):%Y-%m-%dT%H:%M:%S}",
            "BillingDetails": billing,
        }
    )
    head = f"POST /api/collect/v1/{_ref(rng, when)}-{rng.randint(1, 9)}/post HTTP/1.1\n"
    return head + "Host: test.dragonpay.ph\nContent-Type: application/json\n\n" + _json(doc)


def xendit_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A Xendit Invoice resource (``GET /v2/invoices/{id}``): invented ids, ``external_id``
    the reference, ``status`` ``PENDING``, the provider as ``merchant_name``, the amount,
    ``payer_email`` (the first mailbox), a ``description`` naming the office and giving its
    contact field and mailboxes, the expiry and invoice URL, the banks, outlets and e-wallets,
    ``customer`` (the office's name and address), the seminar as an item and ``metadata``
    with the department."""
    title, seats, fee, when = _order(rng)
    mails = emails(row)
    iid = _hex(rng, 24)
    expiry = (when + dt.timedelta(days=14)).astimezone(dt.UTC)
    desc = f"{title}, {seats} participant(s) of {office(row)}. Office contact: {contact(row)}"
    if mails:
        desc += f"; e-mail: {_f(row, EMAIL)}"
    customer: dict[str, Any] = {
        "given_names": office(row),
        "addresses": [{"country": "PH", "street_line1": address(row)}],
    }
    if mails:
        customer["email"] = mails[0]
    doc: dict[str, Any] = {
        "id": iid,
        "external_id": _ref(rng, when),
        "user_id": _hex(rng, 24),
        "status": "PENDING",
        "merchant_name": PROVIDER,
        "amount": fee * seats,
        "description": desc,
        "expiry_date": f"{expiry:%Y-%m-%dT%H:%M:%S}.000Z",
        "invoice_url": f"https://checkout-staging.xendit.co/web/{iid}",
        "available_banks": [
            {"bank_code": b, "collection_type": "POOL", "transfer_amount": fee * seats,
             "bank_branch": "Virtual Account", "account_holder_name": PROVIDER.upper(),
             "identity_amount": 0}
            for b in ("BPI", "UNIONBANK")
        ],
        "available_retail_outlets": [{"retail_outlet_name": "7ELEVEN"}],
        "available_ewallets": [{"ewallet_type": e} for e in ("GCASH", "PAYMAYA", "GRABPAY")],
        "should_exclude_credit_card": False,
        "should_send_email": bool(mails),
        "created": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
        "updated": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
        "currency": "PHP",
        "customer": customer,
        "items": [{"name": title, "quantity": seats, "price": fee, "category": "Training"}],
        "metadata": {"department": _f(row, "department")},
    }  # fmt: skip
    if mails:
        doc["payer_email"] = mails[0]
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "paymongo_checkout": paymongo_checkout,
    "maya_checkout": maya_checkout,
    "dragonpay_collect": dragonpay_collect,
    "xendit_invoice": xendit_invoice,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its contact field (each
    number in it) and of its addresses labelled."""
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
