"""held_out_401 of the PII evaluation set: real phone fields of a directory no earlier part used
(the Uganda Health Directory's pharmacies, drug shops and pharmaceutical wholesalers as the
BloodMatch app lists them; Uganda's earlier part took the same app's hospitals, health centres
and clinics) exactly as published, in layouts no earlier part has, beside the directory's own
names, towns, regions and links.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 432 entries (``scripts/data/pii_ug_uhd_pharmacies.json``,
  written by ``scripts/ug_uhd_pharmacies_data.py``; source and licence in that file): Ugandan
  numbers as the directory's call button gives them, ``Call:`` and the number in the
  international format without spaces (``Call:+256772947163``); the records write the number
  after ``Call:`` unchanged (``+256772947163``), every copy labelled; the directory gives no
  e-mail address;
* the text around them is the same row's real fields: the entry's name, its town and region
  (``Hoima, Western Region,Uganda``) and its directory link, with invented TINs, EFRIS device
  numbers, Beyonic ids, Pesapal references, Telnyx message ids, medicines, amounts in UGX and
  dates, unlabelled and scored;
* in layouts no earlier part has, formats of Uganda's tax administration and of the payment and
  messaging services its pharmacies and their wholesalers use, text in English: URA EFRIS T109
  invoice uploads (the decrypted ``content`` of the Electronic Fiscal Receipting and Invoicing
  Solution's ``Invoice Upload`` interface: a receipt the pharmacy issues to a walk-in customer,
  its ``sellerDetails.mobilePhone`` the number and the ``summary.remarks`` giving it again),
  Beyonic collection requests (``GET /api/collectionrequests/{id}``: a wholesaler's request
  for payment of an invoice from the pharmacy's mobile-money line, ``phonenumber`` and the
  ``contact``'s ``phone_number``), Pesapal API 3.0 order requests (``POST
  /api/Transactions/SubmitOrderRequest``: the pharmacy's order on a wholesaler's shop, its
  ``billing_address.phone_number`` the number) and Telnyx message detail records (``GET
  /v2/messages/{id}``: a wholesaler's dispatch SMS from an alphanumeric sender to the
  pharmacy, the ``to`` entry's ``phone_number`` the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every copy is one number
of the calling code and nine digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_401.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ug_uhd_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_401.jsonl.gz"
SPLIT = "held_out_401"

LAYOUTS = ("efris_t109", "beyonic_collection", "pesapal_order", "telnyx_mdr")
PHONE = "phone"
CALL = "Call:"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
EAT = dt.timezone(dt.timedelta(hours=3))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented lines of a pharmacy's sales and a wholesaler's orders: (item, UNSPSC commodity
# code, unit of measure code, unit price in UGX)
MEDICINES = (
    ("Paracetamol 500mg tablets x100", "51142106", "102", 6500),
    ("Amoxicillin 250mg capsules x100", "51101511", "102", 18000),
    ("Oral rehydration salts sachet", "51191905", "101", 500),
    ("Artemether/Lumefantrine 20/120mg x24", "51101805", "102", 9500),
    ("Metronidazole 200mg tablets x100", "51101607", "102", 7000),
    ("Zinc sulphate 20mg dispersible x10", "51191602", "102", 2500),
    ("Cetirizine 10mg tablets x10", "51161808", "102", 1500),
    ("Ferrous sulphate + folic acid x100", "51191603", "102", 8000),
)
# invented wholesalers (the counterparties: no real business is named)
WHOLESALERS = (
    ("Nile Medisupplies Ltd", "nilemedisupplies.co.ug", "NILEMEDS"),
    ("Kampala Pharma Distributors", "kampalapharma.co.ug", "KPDPHARMA"),
    ("Rwenzori Drug Wholesalers", "rwenzoridrugs.co.ug", "RWENZORIRX"),
    ("Lakeside Medical Stores", "lakesidemedstores.co.ug", "LAKESIDEMS"),
)
# Ugandan mobile prefixes (after +256) and their networks
NETWORKS = {
    "77": "MTN Uganda", "78": "MTN Uganda", "76": "MTN Uganda", "39": "MTN Uganda",
    "70": "Airtel Uganda", "75": "Airtel Uganda", "74": "Airtel Uganda", "20": "Airtel Uganda",
    "71": "Uganda Telecom", "41": "Uganda Telecom", "79": "Africell Uganda",
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The entry's number as published after the call button's ``Call:``."""
    value = _f(row, PHONE)
    assert value.startswith(CALL), row["path"]
    return value[len(CALL) :]


def name(row: dict[str, Any]) -> str:
    """The entry's name as the directory gives it."""
    return _f(row, "name")


def address(row: dict[str, Any]) -> str:
    """The entry's place as the directory gives it (``Hoima, Western Region,Uganda``)."""
    return _f(row, "address")


def town(row: dict[str, Any]) -> str:
    """The entry's town: the first part of its place (``Hoima``)."""
    return address(row).split(",")[0].strip()


def region(row: dict[str, Any]) -> str:
    """The entry's region where its place names one (``Western Region``), else ""."""
    parts = [p.strip() for p in address(row).split(",")]
    return parts[1] if len(parts) == 3 else ""


def link(row: dict[str, Any]) -> str:
    """The entry's page of the Uganda Health Directory."""
    return _f(row, "link")


def international(value: str) -> bool:
    """Whether a number is written with a country code (every one of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (East Africa Time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=EAT) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 5:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 19), minutes=rng.randint(0, 59),
                              seconds=rng.randint(0, 59))  # fmt: skip


def _utc(moment: dt.datetime) -> str:
    """A moment in UTC with milliseconds and ``Z`` (``2024-05-14T07:12:40.512Z``)."""
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID drawn from ``rng``."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _lines(rng: random.Random, low: int, high: int) -> list[tuple[str, str, str, int, int]]:
    """Invented lines: (item, commodity code, unit code, unit price, quantity)."""
    picked = rng.sample(MEDICINES, rng.randint(low, high))
    return [(*line, rng.randint(1, 12)) for line in picked]


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def efris_t109(row: dict[str, Any], rng: random.Random) -> str:
    """The decrypted ``content`` of a URA EFRIS T109 ``Invoice Upload``: a receipt
    (``invoiceKind`` 2) the pharmacy issues to a walk-in customer (``buyerType`` 1), its
    ``sellerDetails`` the pharmacy's name, place and ``mobilePhone``, medicines exempt from
    VAT (tax category 03), paid in cash (payment mode 102), the ``summary.remarks`` giving the
    number again."""
    when = _when(rng)
    lines = _lines(rng, 1, 3)
    goods, total = [], 0
    for i, (item, code, unit, price, qty) in enumerate(lines):
        amount = price * qty
        total += amount
        goods.append(
            {
                "item": item,
                "itemCode": f"MED{rng.randint(1000, 9999)}",
                "qty": str(qty),
                "unitOfMeasure": unit,
                "unitPrice": f"{price:.2f}",
                "total": f"{amount:.2f}",
                "taxRate": "-",
                "tax": "0.00",
                "discountTotal": "",
                "discountTaxRate": "",
                "orderNumber": str(i),
                "discountFlag": "2",
                "deemedFlag": "2",
                "exciseFlag": "2",
                "categoryId": "",
                "categoryName": "",
                "goodsCategoryId": code,
                "goodsCategoryName": "",
                "exciseRate": "",
                "exciseRule": "",
                "exciseTax": "",
                "pack": "",
                "stick": "",
                "exciseUnit": "",
                "exciseCurrency": "",
                "exciseRateName": "",
            }
        )
    doc = {
        "sellerDetails": {
            "tin": f"100{rng.randint(0, 9_999_999):07d}",
            "ninBrn": "",
            "legalName": name(row),
            "businessName": name(row),
            "address": address(row),
            "mobilePhone": phone(row),
            "linePhone": "",
            "emailAddress": "",
            "placeOfBusiness": address(row),
            "referenceNo": f"RCT{when:%y%m%d}{rng.randint(1, 999):04d}",
            "branchId": "",
            "isCheckReferenceNo": "0",
        },
        "basicInformation": {
            "invoiceNo": "",
            "antifakeCode": "",
            "deviceNo": f"TCS{rng.getrandbits(56):014x}",
            "issuedDate": f"{when:%Y-%m-%d %H:%M:%S}",
            "operator": "Dispensary POS 1",
            "currency": "UGX",
            "oriInvoiceId": "",
            "invoiceType": "1",
            "invoiceKind": "2",
            "dataSource": "103",
            "invoiceIndustryCode": "101",
            "isBatch": "0",
        },
        "buyerDetails": {
            "buyerTin": "",
            "buyerNinBrn": "",
            "buyerPassportNum": "",
            "buyerLegalName": "Walk-in customer",
            "buyerBusinessName": "",
            "buyerAddress": "",
            "buyerEmail": "",
            "buyerMobilePhone": "",
            "buyerLinePhone": "",
            "buyerPlaceOfBusi": "",
            "buyerType": "1",
            "buyerCitizenship": "",
            "buyerSector": "1",
            "buyerReferenceNo": "",
        },
        "goodsDetails": goods,
        "taxDetails": [
            {
                "taxCategoryCode": "03",
                "netAmount": f"{total:.2f}",
                "taxRate": "-",
                "taxAmount": "0.00",
                "grossAmount": f"{total:.2f}",
                "exciseUnit": "",
                "exciseCurrency": "",
                "taxRateName": "Exempt",
            }
        ],
        "summary": {
            "netAmount": f"{total:.2f}",
            "taxAmount": "0.00",
            "grossAmount": f"{total:.2f}",
            "itemCount": str(len(goods)),
            "modeCode": "1",
            "remarks": f"Thank you for choosing {name(row)}, {town(row)}. Keep this receipt "
            f"for returns within 7 days. Enquiries: {phone(row)}",
            "qrCode": "",
        },
        "payWay": [{"paymentMode": "102", "paymentAmount": f"{total:.2f}", "orderNumber": "a"}],
        "extend": {"reason": "", "reasonCode": ""},
    }
    return _json(doc)


def beyonic_collection(row: dict[str, Any], rng: random.Random) -> str:
    """A Beyonic collection request as ``GET /api/collectionrequests/{id}`` returns it: a
    wholesaler's request for payment of an invoice in UGX from the pharmacy's mobile-money
    line (``phonenumber``), the ``contact`` the pharmacy (its name, ``phone_number``, town in
    its metadata), ``pending`` with instructions sent."""
    when = _when(rng)
    seller, domain, _ = rng.choice(WHOLESALERS)
    invoice = f"INV-{when:%Y}-{rng.randint(1, 99999):05d}"
    amount = sum(price * qty for *_, price, qty in _lines(rng, 2, 5))
    org, author = rng.randint(1000, 9999), rng.randint(10000, 99999)
    modified = when + dt.timedelta(seconds=rng.randint(2, 40))
    doc = {
        "id": rng.randint(3_000_000, 9_999_999),
        "organization": org,
        "amount": f"{amount:.2f}",
        "currency": "UGX",
        "phonenumber": phone(row),
        "contact": {
            "id": rng.randint(1_000_000, 9_999_999),
            "organization": org,
            "first_name": name(row),
            "last_name": "",
            "email": None,
            "phone_number": phone(row),
            "status": "active",
            "metadata": {"town": town(row), "directory": link(row)},
            "created": _utc(when - dt.timedelta(days=rng.randint(30, 400))),
            "modified": _utc(when),
        },
        "reason": f"{invoice} {seller}",
        "metadata": {
            "invoice": invoice,
            "customer_code": f"C{rng.randint(1000, 9999)}",
            "seller": domain,
        },
        "instructions": f"Please approve the payment prompt to settle {invoice}.",
        "created": _utc(when),
        "author": author,
        "modified": _utc(modified),
        "updated_by": author,
        "collection": None,
        "success_message": f"Thank you. Payment for {invoice} has been received by {seller}.",
        "send_instructions": True,
        "status": "pending",
        "error_message": None,
        "error_details": None,
        "expiry_date": _utc(when + dt.timedelta(days=1)),
    }
    return _json(doc)


def pesapal_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Pesapal API 3.0 ``SubmitOrderRequest`` body: the pharmacy's order on a wholesaler's
    online shop, in UGX, its ``billing_address`` the pharmacy's name, ``phone_number``, town
    and region, country ``UG``."""
    when = _when(rng)
    _, domain, _ = rng.choice(WHOLESALERS)
    lines = _lines(rng, 2, 6)
    amount = sum(price * qty for *_, price, qty in lines)
    ref = f"SO{when:%y%m}{rng.randint(1, 99999):05d}"
    doc = {
        "id": ref,
        "currency": "UGX",
        "amount": float(amount),
        "description": f"Order {ref}: {len(lines)} lines of medicines, delivery to {town(row)}",
        "callback_url": f"https://shop.{domain}/checkout/pesapal/return?order={ref}",
        "redirect_mode": "",
        "notification_id": _uuid(rng),
        "branch": f"{domain.split('.')[0]} online",
        "billing_address": {
            "email_address": "",
            "phone_number": phone(row),
            "country_code": "UG",
            "first_name": name(row),
            "middle_name": "",
            "last_name": "",
            "line_1": address(row),
            "line_2": "",
            "city": town(row),
            "state": region(row),
            "postal_code": "",
            "zip_code": "",
        },
    }
    return _json(doc)


def network(value: str) -> tuple[str, str]:
    """The network and line type of a Ugandan number by its prefix after ``+256``."""
    prefix = value[4:6]
    kind = "Wireline" if prefix[0] in "34" else "Wireless"
    return NETWORKS.get(prefix, ""), kind


def telnyx_mdr(row: dict[str, Any], rng: random.Random) -> str:
    """A Telnyx message detail record as ``GET /v2/messages/{id}`` returns it: an outbound SMS
    from a wholesaler's alphanumeric sender to the pharmacy (the ``to`` entry's
    ``phone_number``, its network and line type), delivered, announcing the dispatch of an
    order to the pharmacy's town."""
    when = _when(rng)
    _, _, sender = rng.choice(WHOLESALERS)
    ref = f"SO{when:%y%m}{rng.randint(1, 99999):05d}"
    parcels = rng.randint(1, 6)
    day = when + dt.timedelta(days=rng.randint(1, 3))
    text = (
        f"{name(row)}: order {ref} ({parcels} parcel{'s' if parcels > 1 else ''}) left our "
        f"store today and reaches {town(row)} on {day:%a %d %b}. Reply HELP for support."
    )
    gsm = all(ord(c) < 128 for c in text)
    per_part = (160, 153) if gsm else (70, 67)
    parts = 1 if len(text) <= per_part[0] else -(-len(text) // per_part[1])
    carrier, line_type = network(phone(row))
    sent = when + dt.timedelta(seconds=rng.randint(1, 5))
    done = sent + dt.timedelta(seconds=rng.randint(2, 90))
    doc = {
        "data": {
            "record_type": "message",
            "direction": "outbound",
            "id": _uuid(rng),
            "type": "SMS",
            "messaging_profile_id": _uuid(rng),
            "organization_id": _uuid(rng),
            "from": {"phone_number": sender, "carrier": "", "line_type": ""},
            "to": [
                {
                    "phone_number": phone(row),
                    "status": "delivered",
                    "carrier": carrier,
                    "line_type": line_type,
                }
            ],
            "cc": [],
            "text": text,
            "subject": None,
            "media": [],
            "webhook_url": f"https://hooks.{rng.choice(WHOLESALERS)[1]}/telnyx/status",
            "webhook_failover_url": "",
            "encoding": "GSM-7" if gsm else "UCS-2",
            "parts": parts,
            "tags": ["dispatch", ref],
            "cost": {"amount": f"{0.0295 * parts:.4f}", "currency": "USD"},
            "received_at": _utc(when),
            "sent_at": _utc(sent),
            "completed_at": _utc(done),
            "valid_until": _utc(when + dt.timedelta(days=1)),
            "errors": [],
        }
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "efris_t109": efris_t109,
    "beyonic_collection": beyonic_collection,
    "pesapal_order": pesapal_order,
    "telnyx_mdr": telnyx_mdr,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number labelled."""
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
