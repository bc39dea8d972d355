"""held_out_433 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (NHS Choices' register of the dental practices in England; the United
Kingdom's earlier parts took other kinds of institution) exactly as published, in layouts no
earlier part has, beside the register's own names, addresses and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB (ODS's pharmacies and GP practices, HMCTS's courts, the
CQC's care homes, Sport England's Active Places, the Charity Commission's register, RQIA's
services, Scotland's schools, Democracy Club's electoral services offices, the NHS website's
hospitals, Greggs's shops, a list of food banks, NHS Choices' opticians) and many others; here:

* the values are the ``Phone`` of 400 dental practices, their ``Fax`` where it is one number of
  its own (written like the phone, not the phone again) and their ``Email`` where it is one
  well-formed address of a practice's mailbox, not a person's
  (``scripts/data/pii_gb_nhs_dentists.json``, written by ``scripts/gb_nhs_dentists_data.py``;
  source and licence in that file): British numbers as the practices gave them
  (``01908 241000``, ``0121 612 2690``, ``01254691311``), and mailboxes such as ``info@...``,
  ``reception@...``, a practice manager's role box of a group (``cheadle-pm@...``) or a branch's
  (``royton@...``); an e-mail field whose local part names a person (``pat.kilker@``,
  ``n.doherty@``), or is no role, dental trade word or word of the practice's own address by
  which a practice's mailbox is told from a person's (``abl@``), or that is not one address is
  not written; every copy written is labelled;
* the text around them is the same row's real fields: the practice's name, address lines,
  town, county and postcode (``MK10 9NJ``), with invented order numbers, account references,
  VAT registration numbers (``GB`` and nine digits, check digits right), QuickFile account
  numbers (ten digits), SKUs, commodity codes (``30064000``, dental cements), weights, amounts,
  dates and times, unlabelled and scored;
* in layouts no earlier part has, formats of British accounting, warehouse and shipping
  software, text in English, a dental wholesaler's trade with the practices: QuickFile API
  (v1.2) ``Client_Create`` requests in its JSON form (``payload`` with ``Header`` and
  ``Body``: the practice as ``ClientDetails`` and a ``DefaultContact`` with the mailbox and
  the phone under ``TelephoneNumbers``), Zynk Workflow's Mintsoft order import files (XML
  ``Orders``/``Order``: ``CompanyName``, address, ``Email``, ``Phone``, ``Comments`` naming the
  fax), Zynk Workflow's Shiptheory shipment import files (XML ``Shipments``/``Shipment``: a
  Parcelforce service, ``ShipmentDetail``, the practice as ``Recipient`` with ``Telephone``
  and ``Email``, ``Products`` with commodity codes) and Zynk Workflow's ProSKU order import
  files (XML ``orders``/``order`` of lower-case fields: ``delivery_name``, ``company_name``,
  ``phone_number``, ``email``, ``notes`` naming the fax, ``products``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten or eleven digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_433.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_nhs_dentists.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_433.jsonl.gz"
SPLIT = "held_out_433"

LAYOUTS = ("quickfile_client", "mintsoft_order", "shiptheory_shipment", "prosku_order")
PHONE, FAX, EMAIL = "Phone", "Fax", "Email"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@+\-]"}
COLUMNS = {"phone": PHONE, "fax": FAX}
# a number as the register writes it: digits and single spaces, ten or eleven digits
ONE_NUMBER = re.compile(r"0\d+(?: \d+)*")
ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# local parts of a practice's mailbox (a role, not a person)
ROLES = frozenset({
    "info", "enquiries", "enquires", "enquiry", "reception", "mail", "email", "admin", "office",
    "sales", "help", "contact", "contactus", "hello", "appointments", "bookings", "post",
    "practice", "surgery", "studio", "reminder", "reminders", "dentalcare",
})  # fmt: skip
# words of a role in a group's mailbox beside the branch's place (``cheadle-pm``)
ROLE_WORDS = frozenset({"pm", "psm", "reception"})
TRADE = ("dental", "dentist", "teeth", "tooth", "smile", "ortho")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# an invented dental wholesaler's lines: (name, SKU prefix, commodity code, unit price, kg)
GOODS = (
    ("Nitrile examination gloves, medium, box of 100", "GLV", "40151900", 6.45, 0.45),
    ("Alginate impression material, 500 g", "IMP", "30064000", 9.80, 0.55),
    ("Prophy paste, medium grit, 200 g", "PRO", "33069000", 7.25, 0.25),
    ("Sterilisation pouches 90 x 260 mm, box of 200", "STE", "48239085", 11.40, 0.90),
    ("Saliva ejectors, bag of 100", "SAL", "90184900", 3.95, 0.30),
    ("Composite restorative A2, 4 g syringe", "CMP", "30064000", 18.60, 0.05),
    ("Glass ionomer cement, powder and liquid kit", "GIC", "30064000", 42.00, 0.20),
    ("Disposable bibs, two-ply, case of 500", "BIB", "48189010", 14.75, 2.40),
)
# Parcelforce services of the wholesaler's Shiptheory account (invented ids)
SERVICES = ((24, "express48"), (23, "express24"), (27, "expressAM"))
COURIERS = ("Royal Mail Tracked 48", "Royal Mail Tracked 24", "DX Next Day", "Customer Collection")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def one_number(value: str) -> bool:
    """Whether a field is one number of ten or eleven digits, digits and single spaces."""
    return bool(ONE_NUMBER.fullmatch(value)) and len(_digits(value)) in (10, 11)


def phone(row: dict[str, Any]) -> str:
    """The practice's phone as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The practice's fax where it is one number of its own (written like the phone, not the
    phone again), else ""."""
    value = _f(row, FAX)
    return value if one_number(value) and _digits(value) != _digits(phone(row)) else ""


def _address_words(row: dict[str, Any]) -> set[str]:
    keys = ("Address1", "Address2", "Address3", "City", "County")
    return {w for k in keys for w in re.findall(r"[a-z]+", _f(row, k).lower())}


def practice_mailbox(row: dict[str, Any], value: str) -> bool:
    """Whether an address is a practice's mailbox: its local part a role (``info``,
    ``reception``), holding a word of the dental trade (``thegrovedentalcare``, ``topteeth``)
    or, word by word, a place of the practice's own address beside role words (``royton``,
    ``cheadle-pm``, ``barnsley2-pm``)."""
    local = value.split("@")[0].lower()
    if local in ROLES or any(t in local for t in TRADE):
        return True
    words = [w for w in re.split(r"[^a-z]+", local) if w and w not in ROLE_WORDS]
    return bool(words) and all(len(w) >= 4 and w in _address_words(row) for w in words)


def email(row: dict[str, Any]) -> str:
    """The practice's e-mail where the field is one well-formed address of a practice's
    mailbox, else "" (a person's address, or a field that is not one address, is not
    written)."""
    value = _f(row, EMAIL)
    return value if ADDRESS.fullmatch(value) and practice_mailbox(row, value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's phone, fax and mailbox (empty ones are skipped), longest
    first, so a number that another begins with is labelled only where it stands alone."""
    found = [("phone", phone(row)), ("fax", fax(row)), ("email", email(row))]
    return sorted(found, key=lambda kv: -len(kv[1]))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone, fax and mailbox labelled (each
    copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def name(row: dict[str, Any]) -> str:
    return _f(row, "OrganisationName")


def lines(row: dict[str, Any]) -> list[str]:
    """The address lines that are not empty (the town apart)."""
    return [v for v in (_f(row, k) for k in ("Address1", "Address2", "Address3")) if v]


def town(row: dict[str, Any]) -> str:
    return _f(row, "City")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "Postcode")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (UTC)."""
    day = dt.datetime(2024, 1, 8, tzinfo=dt.UTC) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _next_working_day(day: dt.datetime, days: int) -> dt.datetime:
    day += dt.timedelta(days=days)
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day


def vat_number(rng: random.Random) -> str:
    """An invented UK VAT registration number (``GB`` and nine digits), its two check digits
    by the weights 8 to 2, modulus 97."""
    body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
    total = sum(d * w for d, w in zip(body, range(8, 1, -1), strict=True))
    return "GB" + "".join(map(str, body)) + f"{-total % 97:02d}"


def _x(value: str) -> str:
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _lines_of(rng: random.Random) -> list[tuple[str, str, str, int, float, float]]:
    """One to three invented order lines: (name, SKU, commodity code, quantity, unit price,
    unit weight in kg)."""
    out = []
    for item in rng.sample(GOODS, rng.randint(1, 3)):
        title, prefix, code, price, kg = item
        out.append(
            (title, f"{prefix}-{rng.randint(1000, 9999)}", code, rng.randint(1, 12), price, kg)
        )
    return out


def _total(goods: list[tuple[str, str, str, int, float, float]]) -> float:
    return round(sum(q * p for _, _, _, q, p, _ in goods), 2)


def _weight(goods: list[tuple[str, str, str, int, float, float]]) -> float:
    return round(sum(q * kg for _, _, _, q, _, kg in goods) + 0.2, 2)


def quickfile_client(row: dict[str, Any], rng: random.Random) -> str:
    """A QuickFile API (v1.2) ``Client_Create`` request in its JSON form
    (``POST https://api.quickfile.co.uk/1_2/client/create``): ``payload`` with the ``Header``
    (``MessageType`` ``Request``, an invented ``SubmissionNumber``, ``Authentication`` with an
    invented ten-digit ``AccNumber``, the MD5 of account, key and submission number and an
    ``ApplicationID``) and the ``Body``: ``ClientDetails`` (the practice's name, an invented
    ``AccountReference`` and VAT number, its address lines, town, ``CountryISO`` and postcode)
    and ``ClientContacts`` with a ``DefaultContact`` (the practice manager's role, the mailbox
    where it has one, the phone under ``TelephoneNumbers``)."""
    account = f"6131{rng.randint(100000, 999999)}"
    submission = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    key = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    md5 = hashlib.md5(f"{account}{key}{submission}".encode()).hexdigest()
    details: dict[str, Any] = {
        "CompanyName": name(row),
        "AccountReference": f"DP{rng.randint(10000, 99999)}",
    }
    for i, line in enumerate(lines(row)[:3], 1):
        details[f"AddressLine{i}"] = line
    details.update({"Town": town(row), "CountryISO": "GB", "Postcode": postcode(row)})
    details.update({"VatNumber": vat_number(rng), "VatExempt": False, "AllowAttachPDF": True})
    if email(row):
        details["Preferences"] = {"DefaultSendMethod": "EMAIL"}
    contact: dict[str, Any] = {"FirstName": "Practice", "Surname": "Manager"}
    if email(row):
        contact["Email"] = email(row)
    contact["TelephoneNumbers"] = {"Telephone": [phone(row)]}
    doc = {
        "payload": {
            "Header": {
                "MessageType": "Request",
                "SubmissionNumber": submission,
                "Authentication": {
                    "AccNumber": account,
                    "MD5Value": md5,
                    "ApplicationID": str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper(),
                },
            },
            "Body": {"ClientDetails": details, "ClientContacts": {"DefaultContact": contact}},
        }
    }
    return _json(doc)


def _xml_lines(depth: int, pairs: list[tuple[str, Any]], indent: str = "    ") -> list[str]:
    return [f"{indent * depth}<{tag}>{_x(str(value))}</{tag}>" for tag, value in pairs]


def mintsoft_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Zynk Workflow import file of an order into Mintsoft (XML ``Orders``/``Order``, as
    Zynk's Mintsoft connector documents it): an invented ``ExternalID``, ``OrderNumber`` and
    ``ExternalOrderReference``, the practice's ``CompanyName``, address lines, town, county,
    postcode and ``Country`` ``GB``, ``Email`` where it has a mailbox, ``Phone``, a courier
    service, channel, currency, delivery dates, ``Comments`` (the trade account, and the
    practice's fax where it has one), ``DeliveryNotes``, the order's value and VAT."""
    when = _when(rng)
    goods = _lines_of(rng)
    value = _total(goods)
    external = rng.randint(100000, 999999)
    account = f"DP{rng.randint(10000, 99999)}"
    comments = f"Trade order, account {account}, terms 30 days."
    if fax(row):
        comments += f" Practice fax {fax(row)}"
    delivery = _next_working_day(when, rng.randint(1, 3))
    pairs: list[tuple[str, Any]] = [
        ("ExternalID", external),
        ("OrderNumber", f"{when:%y}{rng.randint(10000000, 99999999)}"),
        ("ExternalOrderReference", f"SO-{external}"),
        ("CompanyName", name(row)),
    ]
    for i, line in enumerate(lines(row)[:3], 1):
        pairs.append((f"Address{i}", line))
    if town(row):
        pairs.append(("Town", town(row)))
    if _f(row, "County"):
        pairs.append(("County", _f(row, "County")))
    pairs += [("Postcode", postcode(row)), ("Country", "GB")]
    if email(row):
        pairs.append(("Email", email(row)))
    pairs += [
        ("Phone", phone(row)),
        ("CourierService", rng.choice(COURIERS)),
        ("Channel", "Trade"),
        ("Currency", "GBP"),
        ("DeliveryDate", f"{delivery:%Y-%m-%d}"),
        ("RequiredDeliveryDate", f"{delivery:%Y-%m-%d}"),
        ("Comments", comments),
        ("DeliveryNotes", rng.choice(("Deliver to reception.", "Surgery closed 13:00-14:00.",
                                      "Leave with reception, not in the porch."))),
        ("OrderValue", f"{value * 1.2:.2f}"),
        ("TotalVAT", f"{value * 0.2:.2f}"),
    ]  # fmt: skip
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<Orders",
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '    xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
        "    <Order>",
        *_xml_lines(2, pairs),
        "    </Order>",
        "</Orders>",
        "",
    ]
    return "\n".join(out)


def shiptheory_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Zynk Workflow import file of a shipment into Shiptheory (XML
    ``Shipments``/``Shipment``, as Zynk's Shiptheory connector documents it, two spaces a
    level): an invented ``ExternalId`` and references, a Parcelforce service, the
    ``ShipmentDetail`` (weight, parcels, value, currency, instructions), the practice as
    ``Recipient`` (``Company``, the practice manager's role as ``Firstname`` and
    ``Lastname``, address lines, city, postcode, ``Country``, ``Telephone`` and ``Email``
    where it has a mailbox) and ``Products`` with SKUs and commodity codes."""
    when = _when(rng)
    goods = _lines_of(rng)
    service, code = rng.choice(SERVICES)
    ref = f"SO-{rng.randint(100000, 999999)}"
    recipient: list[tuple[str, Any]] = [
        ("Company", name(row)),
        ("Firstname", "Practice"),
        ("Lastname", "Manager"),
    ]
    for i, line in enumerate(lines(row)[:2], 1):
        recipient.append((f"AddressLine{i}", line))
    if town(row):
        recipient.append(("City", town(row)))
    recipient += [("Postcode", postcode(row)), ("Country", "GB")]
    recipient.append(("Telephone", phone(row)))
    if email(row):
        recipient.append(("Email", email(row)))
    detail = [
        ("Weight", f"{_weight(goods):.2f}"),
        ("Parcels", 1),
        ("Value", f"{_total(goods):.2f}"),
        ("CurrencyCode", "GBP"),
        ("Instructions", "Dental surgery: deliver to reception in opening hours."),
    ]
    products = []
    for title, sku, commodity, qty, price, kg in goods:
        products += ["      <Product>", *_xml_lines(4, [
            ("Name", title), ("Sku", sku), ("Qty", qty), ("Value", f"{price:.2f}"),
            ("Weight", f"{kg:.2f}"), ("CommodityCode", commodity),
            ("CommodityDescription", title.split(",")[0]),
        ], "  "), "      </Product>"]  # fmt: skip
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Shipments xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
        "  <Shipment>",
        *_xml_lines(2, [
            ("ExternalId", ref), ("Reference", ref), ("Reference2", f"{when:%Y%m%d}"),
            ("DeliveryServiceId", service), ("DeliveryServiceIncrement", 1),
            ("DeliveryServiceCarrier", "Parcelforce"), ("DeliveryServiceName", code),
        ], "  "),
        "    <ShipmentDetail>",
        *_xml_lines(3, detail, "  "),
        "    </ShipmentDetail>",
        "    <Recipient>",
        *_xml_lines(3, recipient, "  "),
        "    </Recipient>",
        "    <Products>",
        *products,
        "    </Products>",
        "  </Shipment>",
        "</Shipments>",
        "",
    ]  # fmt: skip
    return "\n".join(out)


def prosku_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Zynk Workflow import file of an order into ProSKU (XML ``orders``/``order`` of the
    lower-case fields Zynk's ProSKU documentation lists): an invented ``order_reference``,
    date and type, ``notes`` (the practice's fax where it has one), the practice's name as
    ``delivery_name`` and ``company_name``, carrier and service, ``phone_number``, ``email``
    where it has a mailbox, address lines, postcode, town, a delivery date and time, country
    and its codes, and ``products`` with invented codes and quantities."""
    when = _when(rng)
    goods = _lines_of(rng)
    delivery = _next_working_day(when, rng.randint(1, 4))
    notes = "Dental surgery, deliver to reception."
    if fax(row):
        notes += f" Confirm by fax on {fax(row)}"
    pairs: list[tuple[str, Any]] = [
        ("order_reference", f"WS{rng.randint(100000, 999999)}"),
        ("order_date", f"{when:%d/%m/%Y}"),
        ("order_type", "Sales"),
        ("notes", notes),
        ("delivery_name", name(row)),
        ("company_name", name(row)),
        ("carrier_code", "Parcelforce"),
        ("service_code", rng.choice(("express24", "express48"))),
        ("phone_number", phone(row)),
    ]
    if email(row):
        pairs.append(("email", email(row)))
    for i, line in enumerate(lines(row)[:3], 1):
        pairs.append((f"address_line_{i}", line))
    if _f(row, "County"):
        pairs.append(("address_line_4", _f(row, "County")))
    pairs += [
        ("post_code", postcode(row)),
        ("town", town(row)),
        ("delivery_date", f"{delivery:%d/%m/%Y}"),
        ("delivery_time", rng.choice(("10:00", "12:00", "17:00"))),
        ("country_name", "United Kingdom"),
        ("iso_2_code", "GB"),
        ("iso_3_code", "GBR"),
    ]
    products = []
    for _, sku, _, qty, _, _ in goods:
        products += ["      <product>", *_xml_lines(4, [
            ("product_code", sku), ("quantity", qty), ("stock_status", "Good"),
        ], "  "), "      </product>"]  # fmt: skip
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<orders>",
        "  <order>",
        *_xml_lines(2, pairs, "  "),
        "    <products>",
        *products,
        "    </products>",
        "  </order>",
        "</orders>",
        "",
    ]
    return "\n".join(out)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "quickfile_client": quickfile_client,
    "mintsoft_order": mintsoft_order,
    "shiptheory_shipment": shiptheory_shipment,
    "prosku_order": prosku_order,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone, fax and mailbox
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
