"""held_out_457 of the PII evaluation set: real phone fields of a register no earlier part used
(a neighbourhood business directory of Kurudu, in the Abuja Municipal Area Council of the
Federal Capital Territory: its churches, schools, clinics, shops, salons, restaurants, POS agents
and workshops; Nigeria's earlier parts took a volunteer team's hospital directory, the Federal
Ministry of Health's Health Facility Registry for Kebbi and a food manufacturer's store
locator) exactly as published, in layouts no earlier part has, beside the directory's own
names, address lines and categories.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 218 entries (``scripts/data/pii_ng_kurudu_businesses.json``,
  written by ``scripts/ng_kurudu_businesses_data.py``; source and licence in that file):
  Nigerian mobile numbers as the directory writes them, eleven digits with the trunk ``0`` and
  no spaces (``08037491032``), seven of them a digit short or long as typed (``0803554936``,
  ``070366334002``); every copy labelled; the directory has no e-mail field, and the formats'
  e-mail fields are left empty rather than invented;
* the text around them is the same entry's real fields: the business's name (lower case as
  typed), its address lines and its category, with invented order ids, RRRs, service type and
  merchant ids, SHA-512 request hashes, Paga and NUBAN account numbers, bank ids, prepaid meter
  numbers of eleven digits (``45...``, phone-shaped, unlabelled on purpose: a meter, not a
  line), Quickteller request references, amounts and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Nigeria's payment trade, text in English: Remita
  invoice requests (SystemSpecs' ``echannelsvc`` "Generate RRR" call: ``serviceTypeId``,
  ``amount``, ``orderId``, ``payerName``, ``payerEmail``, ``payerPhone``, ``description``, and
  its ``jsonp (...)`` answer with the ``RRR``) for the council's business premises levy, Paga
  Collect ``paymentRequest`` calls (``referenceNumber``, ``amount``, ``currency``, a ``payer``
  with ``name`` and ``phoneNumber``, a ``payee``, ``expiryDateTimeUTC``, the fee shares,
  ``paymentMethods``) from a wholesaler to the business, Interswitch Quickteller bills payment
  exchanges (``POST /api/v2/quickteller/customers/validations`` for the shop's prepaid meter,
  then ``POST /api/v2/quickteller/payments/advices`` with ``paymentCode``, ``customerId``,
  ``customerEmail``, ``customerMobile``, ``amount`` in kobo and ``requestReference``, answered
  ``90000``) and Monnify web checkout pages (``MonnifySDK.initialize`` with ``amount``,
  ``currency``, ``reference``, ``customerFullName``, ``customerEmail``,
  ``customerMobileNumber``, ``apiKey``, ``contractCode``, ``paymentDescription``,
  ``metadata`` and ``paymentMethods``) for the renewal of the entry's listing.

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_457.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import uuid
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ng_kurudu_businesses.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_457.jsonl.gz"
SPLIT = "held_out_457"

LAYOUTS = ("remita_rrr", "paga_collect", "quickteller_advice", "monnify_checkout")
PHONE = "phone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
WAT = dt.timezone(dt.timedelta(hours=1))
UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented wholesalers that request payment from the businesses (no person is named)
WHOLESALERS = (
    "Nyanya Wholesale Distributors Ltd",
    "Karu Modern Market Traders Depot",
    "Mararaba Building Materials Depot",
    "Jikwoyi General Merchandise Ltd",
    "Area 1 Cosmetics and Provisions Depot",
    "Kugbo Electrical Supplies Ltd",
)
# the Quickteller payment item of Abuja Electricity Distribution Company's prepaid tokens
AEDC_PREPAID = ("AEDC Prepaid", "04256201")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The entry's phone as published."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The business's name as published."""
    return _f(row, "name")


def category(row: dict[str, Any]) -> str:
    """The business's category in the directory (``wears and fabrics``)."""
    return _f(row, "business")


def address(row: dict[str, Any]) -> str:
    """The entry's address lines that hold something, joined, then Kurudu, Abuja."""
    lines = [_f(row, k) for k in ("address1", "address2", "address3") if _f(row, k)]
    return ", ".join([*lines, "Kurudu, Abuja"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (West Africa Time)."""
    day = dt.datetime(2025, 1, 13, tzinfo=WAT) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    """``n`` invented digits, the first of ``first``."""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _uuid(rng: random.Random) -> str:
    """An invented upper-case UUID (Paga's bank ids are written so)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _http_date(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def remita_rrr(row: dict[str, Any], rng: random.Random) -> str:
    """A Remita invoice request and its answer (SystemSpecs' ``echannelsvc`` "Generate RRR"
    call, ``POST .../merchant/api/paymentinit``): an invented merchant id and the SHA-512
    ``remitaConsumerToken`` of merchant id, service type, order id, amount and an invented API
    key in the ``Authorization`` header; a JSON body with the council's levy as
    ``serviceTypeId``, the amount, an order id, the business as ``payerName`` and
    ``payerPhone`` (``payerEmail`` empty: the directory has none) and a ``description``
    naming the business, its address and category and giving the phone again; the ``jsonp``
    answer with status ``025`` and a twelve-digit RRR."""
    when = _when(rng)
    merchant, service = _digits(rng, 13, "1"), _digits(rng, 13, "1")
    order = f"AMAC-BPL-{when.year}-{rng.randint(1, 99999):05d}"
    amount = str(rng.choice((5000, 7500, 10000, 15000, 20000, 25000)))
    key = "".join(rng.choice(UPPER_ALNUM) for _ in range(8))
    token = hashlib.sha512(f"{merchant}{service}{order}{amount}{key}".encode()).hexdigest()
    body = {
        "serviceTypeId": service,
        "amount": amount,
        "orderId": order,
        "payerName": name(row),
        "payerEmail": "",
        "payerPhone": phone(row),
        "description": f"AMAC business premises levy {when.year}: {name(row)}, {address(row)} "
        f"({category(row)}); payer tel {phone(row)}",
    }
    rrr = _digits(rng, 12, "123")
    answer = json.dumps(
        {"statuscode": "025", "RRR": rrr, "status": "Payment Reference generated"},
        separators=(",", ":"),
    )
    lines = [
        "POST /remita/exapp/api/v1/send/api/echannelsvc/merchant/api/paymentinit HTTP/1.1",
        "Host: login.remita.net",
        "Content-Type: application/json",
        f"Authorization: remitaConsumerKey={merchant},remitaConsumerToken={token}",
        "",
        _json(body),
        "",
        "HTTP/1.1 200 OK",
        "Content-Type: text/html;charset=UTF-8",
        f"Date: {_http_date(when)}",
        "",
        f"jsonp ({answer})",
        "",
    ]
    return "\n".join(lines)


def paga_collect(row: dict[str, Any], rng: random.Random) -> str:
    """A Paga Collect ``paymentRequest`` call (``POST /paymentRequest`` of Paga's Collect API):
    the ``principal``, ``credentials`` and SHA-512 ``hash`` headers, and a JSON body with an
    invented ``referenceNumber``, amount in naira, the business as ``payer`` (``name``,
    ``phoneNumber``, an invented ``bankId``), an invented wholesaler as ``payee`` (a Paga
    ``accountNumber``, ``bankId`` and ``bankAccountNumber``), the expiry in UTC, the fee
    shares, ``isAllowPartialPayments``, a ``callBackUrl`` and the payment methods."""
    when = _when(rng)
    ref = f"KRD{when:%y%m%d}{rng.randint(1000, 9999)}"
    amount = f"{rng.randint(40, 900) * 250}.00"
    principal = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    body = {
        "referenceNumber": ref,
        "amount": amount,
        "currency": "NGN",
        "payer": {"name": name(row), "phoneNumber": phone(row), "bankId": _uuid(rng)},
        "payee": {
            "name": rng.choice(WHOLESALERS),
            "accountNumber": _digits(rng, 10, "1"),
            "bankId": _uuid(rng),
            "bankAccountNumber": _digits(rng, 10, "0"),
        },
        "expiryDateTimeUTC": (when + dt.timedelta(days=rng.choice((3, 7, 14))))
        .astimezone(dt.UTC)
        .strftime("%Y-%m-%dT%H:%M:%S"),
        "isSuppressMessages": False,
        "payerCollectionFeeShare": 0.0,
        "payeeCollectionFeeShare": 1.0,
        "isAllowPartialPayments": False,
        "callBackUrl": "https://orders.example-wholesale.ng/paga/collect/callback",
        "paymentMethods": ["BANK_TRANSFER", "FUNDING_USSD_CODE"],
        "displayBankDetailToPayer": False,
    }
    digest = hashlib.sha512(f"{ref}{amount}NGN{principal}".encode()).hexdigest()
    credentials = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(14))
    lines = [
        "POST /paymentRequest HTTP/1.1",
        "Host: collect.paga.com",
        "Content-Type: application/json",
        "Accept: application/json",
        f"principal: {principal}",
        f"credentials: {credentials}",
        f"hash: {digest}",
        "",
        _json(body),
        "",
    ]
    return "\n".join(lines)


def quickteller_advice(row: dict[str, Any], rng: random.Random) -> str:
    """An Interswitch Quickteller bills payment exchange: ``POST
    /api/v2/quickteller/customers/validations`` for the business's prepaid meter (an invented
    eleven-digit meter number, AEDC's payment code), answered with the business's name as
    ``fullName`` and ``90000``, then ``POST /api/v2/quickteller/payments/advices`` with
    ``paymentCode``, ``customerId``, ``customerEmail`` (empty), ``customerMobile`` (the phone),
    ``amount`` in kobo and a ``requestReference`` with the merchant prefix, answered with a
    ``transactionRef`` and ``90000``."""
    when = _when(rng)
    item, code = AEDC_PREPAID
    meter = _digits(rng, 11, "4")
    meter = "45" + meter[2:]
    naira = rng.choice((5000, 10000, 15000, 20000, 30000, 50000))
    reference = f"1453{when:%y%m%d%H%M}{rng.randint(100, 999)}"
    token = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(64))  # fmt: skip
    head = [
        "Host: sandbox.interswitchng.com",
        f"Authorization: Bearer {token}",
        "TerminalId: 3PBL0001",
        "Content-Type: application/json",
    ]
    validation = {"paymentCode": code, "customerId": meter, "amount": naira * 100}
    validated = {
        "paymentCode": code,
        "customerId": meter,
        "fullName": name(row),
        "paymentItem": item,
        "amount": naira * 100,
        "responseCode": "90000",
        "responseDescription": "Success",
    }
    advice = {
        "paymentCode": code,
        "customerId": meter,
        "customerEmail": "",
        "customerMobile": phone(row),
        "amount": naira * 100,
        "requestReference": reference,
    }
    paid = {
        "transactionRef": f"ISW|{_digits(rng, 10, '1')}|{reference}",
        "requestReference": reference,
        "approvedAmount": naira * 100,
        "responseCode": "90000",
        "responseCodeGrouping": "SUCCESSFUL",
    }
    date = f"Date: {_http_date(when)}"
    lines = [
        "POST /api/v2/quickteller/customers/validations HTTP/1.1",
        *head,
        "",
        _json(validation),
        "",
        "HTTP/1.1 200 OK",
        "Content-Type: application/json",
        date,
        "",
        _json(validated),
        "",
        "POST /api/v2/quickteller/payments/advices HTTP/1.1",
        *head,
        "",
        _json(advice),
        "",
        "HTTP/1.1 200 OK",
        "Content-Type: application/json",
        date,
        "",
        _json(paid),
        "",
    ]
    return "\n".join(lines)


def _js(value: str) -> str:
    """``value`` as a JavaScript string literal (a JSON string)."""
    return json.dumps(value, ensure_ascii=False)


def monnify_checkout(row: dict[str, Any], rng: random.Random) -> str:
    """A Monnify web checkout page for the renewal of the entry's listing: the SDK's script
    (``https://sdk.monnify.com/plugin/monnify.js``) and ``MonnifySDK.initialize`` with the
    amount, ``NGN``, an invented reference, the business as ``customerFullName`` and
    ``customerMobileNumber`` (``customerEmail`` empty), an invented ``apiKey`` and ten-digit
    ``contractCode``, a ``paymentDescription``, ``metadata`` with the entry's id and category,
    the payment methods and the callbacks; the page shows the listing (name, address,
    category) and the phone it lists."""
    when = _when(rng)
    months = rng.choice((6, 12))
    amount = 3000 if months == 6 else 5000
    reference = f"KBD-{when:%Y%m%d}-{rng.randint(100000, 999999)}"
    key = "MK_PROD_" + "".join(rng.choice(UPPER_ALNUM) for _ in range(10))
    contract = _digits(rng, 10, "123456789")
    metadata = {"listingId": _f(row, "id"), "category": category(row)}
    text = lambda value: escape(value, quote=False)  # noqa: E731 - HTML text
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>Renew your listing - {text(name(row))} - Kurudu Business Directory</title>",
        '  <script type="text/javascript" src="https://sdk.monnify.com/plugin/monnify.js">'
        "</script>",
        "  <script>",
        "    function payWithMonnify() {",
        "      MonnifySDK.initialize({",
        f"        amount: {amount},",
        '        currency: "NGN",',
        f"        reference: {_js(reference)},",
        f"        customerFullName: {_js(name(row))},",
        '        customerEmail: "",',
        f"        customerMobileNumber: {_js(phone(row))},",
        f"        apiKey: {_js(key)},",
        f"        contractCode: {_js(contract)},",
        f"        paymentDescription: {_js(f'Listing renewal ({months} months): {name(row)}')},",
        f"        metadata: {json.dumps(metadata, ensure_ascii=False)},",
        '        paymentMethods: ["CARD", "ACCOUNT_TRANSFER", "USSD"],',
        "        onLoadStart: () => {},",
        "        onLoadComplete: () => {},",
        "        onComplete: function (response) {",
        '          window.location.href = "/directory/renewal/done?ref=" + '
        "response.transactionReference;",
        "        },",
        "        onClose: function (data) {}",
        "      });",
        "    }",
        "  </script>",
        "</head>",
        "<body>",
        "  <h1>Renew your listing</h1>",
        f"  <p><strong>{text(name(row))}</strong><br>{text(address(row))}</p>",
        f"  <p>Category: {text(category(row))}</p>",
        f"  <p>Phone on your listing: {text(phone(row))}</p>",
        f"  <p>Listing valid until {when + dt.timedelta(days=14):%d/%m/%Y}. Renew for "
        f"{months} months: &#8358;{amount:,}.</p>",
        '  <button type="button" onclick="payWithMonnify()">Pay with Monnify</button>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "remita_rrr": remita_rrr,
    "paga_collect": paga_collect,
    "quickteller_advice": quickteller_advice,
    "monnify_checkout": monnify_checkout,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone labelled."""
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
