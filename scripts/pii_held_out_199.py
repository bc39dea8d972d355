"""held_out_199 of the PII evaluation set: real phone, fax and office e-mail fields of a register
no earlier part used (the Dubai Chamber of Commerce and Industry's commercial directory of its
member companies, United Arab Emirates; the UAE's earlier parts took the Dubai Health Authority's
Sheryan register and KHDA's schools) exactly as published, in layouts no earlier part has, beside
the directory's own company names and web sites.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AE (health facilities, private schools)
and many others; here:

* the values are the ``phone``, ``fax`` and ``email`` fields of 373 member companies
  (``scripts/data/pii_ae_dubai_chamber.json``, written by ``scripts/ae_dubai_chamber_data.py``;
  source and licence in that file): UAE numbers as the directory writes them, Dubai's area code
  without its trunk ``0`` joined to the line by a hyphen (``4-3935262``, most), mobiles the same
  way (``50-6450153``), with the trunk ``0`` (``042854565``), with the calling code
  (``+971-4-3935262``, ``+97165680777``, ``971509920625``), faxes with a ``?`` before a kept
  trunk ``0`` (``+971-?04-2582865``: only the part after the ``?`` is a number of its own) or
  in a garbled mask (``+971-(497) 127-2407 x9``), each number of each copy labelled; the fax only
  where it is a number of seven digits or more beside the calling code, not all zeros, and not
  the phone again; the office e-mail addresses (``info@``, ``sales@``) where the directory has
  one, each copy labelled;
* the text around them is the same row's real fields (the company's trade name, its web site
  where it has one) with invented account numbers and PINs, pickup and cart references, Aramex
  ``/Date(...)/`` timestamps, store and profile ids, amounts in AED, Trakheesi permit numbers,
  broker licence numbers, sizes and dates, unlabelled and scored;
* in layouts no earlier part has, of the UAE's logistics, payment and property trades, text in
  English with Arabic where the format carries it: Aramex Shipping Services API ``CreatePickup``
  requests (JSON; the company as ``PickupContact``, the number again in the ``Comments``),
  PayTabs PT2 payment requests (JSON; the company in ``customer_details`` and
  ``shipping_details``), Property Finder XML listing feeds (the company as the listing's
  ``agent``, the number again in the Arabic ``description_ar``) and Telr hosted payment page
  ``create`` requests (JSON; the company as ``customer``, the number again in the order's
  ``description``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_199.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ae_dubai_chamber.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_199.jsonl.gz"
SPLIT = "held_out_199"

LAYOUTS = ("aramex_pickup", "paytabs_request", "propertyfinder_xml", "telr_order")
PHONE, FAX = "phone", "fax"

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented purposes of the payments (no real invoice is meant)
PURPOSES = (
    "Dubai Chamber membership renewal", "Certificate of origin fees",
    "ATA Carnet application fee", "Document attestation fees", "Trade event stand booking",
)  # fmt: skip
# Dubai's communities an invented listing stands in (English, Arabic)
COMMUNITIES = (
    ("Deira", "ديرة"), ("Al Quoz Industrial Area 3", "القوز الصناعية 3"),
    ("Business Bay", "الخليج التجاري"), ("Al Qusais Industrial Area", "القصيص الصناعية"),
    ("Jebel Ali Industrial Area", "جبل علي الصناعية"), ("Ras Al Khor", "رأس الخور"),
    ("Dubai Investments Park", "مجمع دبي للاستثمار"), ("Bur Dubai", "بر دبي"),
)  # fmt: skip
# Property Finder's commercial property types (code, English, Arabic)
PROPERTY_TYPES = (("WH", "Warehouse", "مستودع"), ("OF", "Office", "مكتب"), ("SH", "Shop", "محل"))


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it holds a number of seven digits or
    more beside the calling code ``971``, not all zeros, and is not the phone again; else ""."""
    value = _f(row, FAX)
    digits = "".join(c for c in value if c.isdigit())
    digits = digits[3:] if digits.startswith("971") else digits
    if len(digits) < 7 or set(digits) == {"0"} or value == phone(row):
        return ""
    return value


def email(row: dict[str, Any]) -> str:
    """The row's office e-mail address as published, stripped ("" where it has none)."""
    return _f(row, "email")


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+971``, ``971 50``, ``00971``)."""
    return value.lstrip("(").startswith(("+", "971", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone, fax and e-mail fields labelled
    (each copy stands apart: no digit, or no address character, next to it); a copy inside a
    longer field's copy (``4-3935262`` in ``+971-4-3935262``) is the longer field's."""
    values = sorted([(PHONE, phone(row)), (FAX, fax(row)), ("email", email(row))],
                    key=lambda kv: -len(kv[1]))  # fmt: skip
    edges = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.+-]"}
    return field_copies(text, values, edges, {PHONE: PHONE, FAX: FAX}, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Gulf Standard Time)."""
    start = dt.datetime(2024, 1, 7, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=4)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _amount(rng: random.Random) -> str:
    """An invented fee in AED with fils (``1250.00``)."""
    return f"{rng.choice((150, 250, 375, 500, 750, 1250, 2100, 3400))}.{rng.choice(('00', '50'))}"


def _ref(rng: random.Random, prefix: str) -> str:
    return f"{prefix}-2024-{rng.randint(1000, 99999):05d}"


def _aramex_date(moment: dt.datetime) -> str:
    """A moment as Aramex's WCF JSON writes a date (``/Date(1717041600000+0400)/``)."""
    return f"/Date({int(moment.timestamp() * 1000)}+0400)/"


def aramex_pickup(row: dict[str, Any], rng: random.Random) -> str:
    """An Aramex Shipping Services API ``CreatePickup`` request (JSON): ``ClientInfo`` with an
    invented account number, PIN and entity ``DXB``, the ``Pickup`` with the company's address
    lines and its ``PickupContact`` (``CompanyName``, ``PhoneNumber1``, ``FaxNumber``,
    ``EmailAddress``), pickup date and times as ``/Date(...)/``, a comment repeating the number,
    an invented reference and one ``PickupItems`` entry, and the ``Transaction`` references."""
    name, tel = _f(row, "company_name"), phone(row)
    when = _when(rng).replace(minute=0, second=0)
    ref = _ref(rng, "PU")
    contact = {
        "Department": "Logistics",
        "PersonName": "Shipping desk",
        "Title": "",
        "CompanyName": name,
        "PhoneNumber1": tel,
        "PhoneNumber1Ext": "",
        "PhoneNumber2": "",
        "PhoneNumber2Ext": "",
        "FaxNumber": fax(row),
        "CellPhone": "",
        "EmailAddress": email(row),
        "Type": "",
    }
    doc = {
        "ClientInfo": {
            "UserName": f"api.{rng.randint(10000, 99999)}",
            "Password": "********",
            "Version": "v1.0",
            "AccountNumber": str(rng.randint(100000, 999999)),
            "AccountPin": str(rng.randint(100000, 999999)),
            "AccountEntity": "DXB",
            "AccountCountryCode": "AE",
            "Source": 24,
        },
        "LabelInfo": None,
        "Pickup": {
            "PickupAddress": {
                "Line1": name,
                "Line2": _f(row, "url"),
                "Line3": "",
                "City": "Dubai",
                "StateOrProvinceCode": "",
                "PostCode": "",
                "CountryCode": "AE",
            },
            "PickupContact": contact,
            "PickupLocation": "Reception",
            "PickupDate": _aramex_date(when),
            "ReadyTime": _aramex_date(when),
            "LastPickupTime": _aramex_date(when + dt.timedelta(hours=4)),
            "ClosingTime": _aramex_date(when + dt.timedelta(hours=6)),
            "Comments": f"Please call {tel} on arrival",
            "Reference1": ref,
            "Reference2": "",
            "Vehicle": "Car",
            "Shipments": None,
            "PickupItems": [
                {
                    "ProductGroup": "DOM",
                    "ProductType": "ONP",
                    "NumberOfShipments": rng.randint(1, 4),
                    "PackageType": "Box",
                    "Payment": "P",
                    "ShipmentWeight": {"Unit": "KG", "Value": rng.randint(5, 250) / 10},
                    "NumberOfPieces": rng.randint(1, 6),
                    "Comments": "",
                }
            ],
            "Status": "Ready",
        },
        "Transaction": {
            "Reference1": ref,
            "Reference2": "",
            "Reference3": "",
            "Reference4": "",
            "Reference5": "",
        },  # fmt: skip
    }
    return _json(doc)


def paytabs_request(row: dict[str, Any], rng: random.Random) -> str:
    """A PayTabs PT2 payment request (JSON, ``POST /payment/request``): an invented
    ``profile_id`` and cart id, ``tran_type`` ``sale`` and ``tran_class`` ``ecom``, a fee in
    AED, a description naming the company, and the company as ``customer_details`` and
    ``shipping_details`` (``name``, ``email`` where it has one, ``phone``, street, city, state
    ``DU``, country ``AE``), with callback and return URLs."""
    name, tel = _f(row, "company_name"), phone(row)
    cart = _ref(rng, "DCCI")
    party = {"name": name}
    if email(row):
        party["email"] = email(row)
    party |= {"phone": tel, "street1": "Dubai", "city": "Dubai", "state": "DU", "country": "AE"}
    doc = {
        "profile_id": rng.randint(40000, 139999),
        "tran_type": "sale",
        "tran_class": "ecom",
        "cart_id": cart,
        "cart_currency": "AED",
        "cart_amount": float(_amount(rng)),
        "cart_description": f"{rng.choice(PURPOSES)} - {name}",
        "paypage_lang": "en",
        "customer_details": party,
        "shipping_details": dict(party),
        "callback": f"https://payments.example.ae/paytabs/ipn/{cart}",
        "return": f"https://payments.example.ae/paytabs/return/{cart}",
    }
    return _json(doc)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def propertyfinder_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Property Finder XML listing feed of one commercial listing the company lets: the
    ``list`` with ``last_update`` and ``listing_count``, the ``property`` with an invented
    reference, Trakheesi permit number, offering type ``CR`` (commercial rent), type, yearly
    price, city and community, English and Arabic titles and descriptions (the English one
    naming the fax where there is one, the Arabic one repeating the number), size, and the
    company as ``agent`` (``id``, ``name``, ``email`` where it has one, ``phone``, an invented
    ``license_no``)."""
    name, tel = _f(row, "company_name"), phone(row)
    when = _when(rng)
    code, kind_en, kind_ar = rng.choice(PROPERTY_TYPES)
    where_en, where_ar = rng.choice(COMMUNITIES)
    size = rng.randint(40, 900) * 10
    about = f"{kind_en} of {size} sq ft in {where_en}, let directly by {name}."
    if fax(row):
        about += f" Offers by fax to {fax(row)}."
    agent = [
        "    <agent>",
        f"      <id>{rng.randint(10000, 99999)}</id>",
        f"      <name>{_x(name)}</name>",
    ]
    if email(row):
        agent.append(f"      <email>{_x(email(row))}</email>")
    agent += [
        f"      <phone>{tel}</phone>",
        f"      <license_no>{rng.randint(10000, 79999)}</license_no>",
        "    </agent>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<list last_update="{when:%Y-%m-%d %H:%M:%S}" listing_count="1">',
        f'  <property last_update="{when:%Y-%m-%d %H:%M:%S}">',
        f"    <reference_number>CR-{rng.randint(1000, 9999)}-{code}</reference_number>",
        f"    <permit_number>{rng.randint(7100000000, 7199999999)}</permit_number>",
        "    <offering_type>CR</offering_type>",
        f"    <property_type>{code}</property_type>",
        "    <price_on_application>No</price_on_application>",
        f"    <price><yearly>{rng.randint(30, 400) * 1000}</yearly></price>",
        "    <city>Dubai</city>",
        f"    <community>{where_en}</community>",
        f"    <title_en>{kind_en} for rent in {where_en}</title_en>",
        f"    <title_ar>{kind_ar} للإيجار في {where_ar}</title_ar>",
        f"    <description_en>{_x(about)}</description_en>",
        f"    <description_ar>{kind_ar} بمساحة {size} قدم مربع في {where_ar}. "
        f"للاستفسار يرجى الاتصال على {tel}</description_ar>",
        f"    <size>{size}</size>",
        "    <completion_status>completed</completion_status>",
        *agent,
        "  </property>",
        "</list>",
        "",
    ]
    return "\n".join(lines)


def telr_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Telr hosted payment page ``create`` request (JSON, ``order.json``): an invented store
    id and masked auth key, the ``order`` (invented cart id, ``test``, amount in AED, a
    description naming the company and repeating the number) and the company as ``customer``
    (``ref``, ``email`` where it has one, ``address`` with its name as ``line1``, ``phone``),
    with the three return URLs."""
    name, tel = _f(row, "company_name"), phone(row)
    cart = _ref(rng, "TLR")
    key = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(5))
    customer: dict[str, Any] = {"ref": f"DCCI{rng.randint(100000, 999999)}"}
    if email(row):
        customer["email"] = email(row)
    customer |= {"address": {"line1": name, "city": "Dubai", "country": "AE"}, "phone": tel}
    base = "https://payments.example.ae/telr"
    doc = {
        "method": "create",
        "store": rng.randint(15000, 29999),
        "authkey": f"{key}~****************",
        "framed": 0,
        "order": {
            "cartid": cart,
            "test": "1",
            "amount": _amount(rng),
            "currency": "AED",
            "description": f"{rng.choice(PURPOSES)} - {name} (tel. {tel})",
        },
        "customer": customer,
        "return": {
            "authorised": f"{base}/authorised/{cart}",
            "declined": f"{base}/declined/{cart}",
            "cancelled": f"{base}/cancelled/{cart}",
        },
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "aramex_pickup": aramex_pickup,
    "paytabs_request": paytabs_request,
    "propertyfinder_xml": propertyfinder_xml,
    "telr_order": telr_order,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone, fax and e-mail
    fields labelled."""
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
