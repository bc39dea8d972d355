"""held_out_172 of the PII evaluation set: real phone fields of a register no earlier part used
(the Central Board of Secondary Education's directory of affiliated schools, India; India's
earlier parts took the National Health Portal's hospital and blood bank directories) exactly as
published, in layouts no earlier part has, beside the directory's own names, addresses and
states.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of IN (the National Health Portal's directories), PK, BD, LK,
NP and many others; here:

* the values are the ``Phone`` fields of 480 CBSE-affiliated schools
  (``scripts/data/pii_in_cbse_schools.json``, written by ``scripts/in_cbse_schools_data.py``;
  source and licence in that file): the directory's two parts of a number, the STD code and
  the number, joined by a comma as the directory prints them, each field unchanged: an STD code
  and a landline (``0884,2357693``; the trunk ``0`` often missing, ``3192,232915``: 365), no
  STD code before a number that carries it (``,04023038644``, ``,06422-221040``: 53), an STD
  code (or the country code ``91``) before a ten-digit mobile number (``0641,8877380002``:
  62); each copy of a field labelled as ``NUMBERS`` reads it: the STD code and the landline
  as one number (the two parts of one line), the number alone where no STD code stands before
  it, the mobile number alone where an STD code stands before it (an area code is no part of a
  mobile number), the code then left unlabelled;
* the text around them is the same row's real fields: the school's name, its address with
  the PIN code after its last comma (``HADDO POST PORT BLAIR A & N ISLANDS,744102``) and its
  state, with invented GSTINs, invoice and order numbers, amounts, HSN codes, UUIDs, weights,
  bag sizes and octet counts, and dates, unlabelled and scored;
* in layouts no earlier part has, Indian commerce and school-records formats, text in English:
  GST e-invoice JSON as a supplier's billing system sends it to the Invoice Registration
  Portal (schema version 1.1: the school as ``BuyerDtls`` with its ``Ph``, the invoice remark
  ``RefDtls.InvRm`` repeating the number), Beckn protocol 1.1 ``on_search`` responses of the
  DSEP (education) domain (the school as catalogue ``provider``, a fulfilment's
  ``contact.phone``, an item's ``long_desc`` repeating the number), Delhivery B2C
  order-creation (CMU) payloads of a textbook consignment to the school (``shipments[].phone``,
  once) and BagIt ``bag-info.txt`` tag files (RFC 8493) of the school's scanned registers sent
  to its regional office (``Contact-Phone``, an ``External-Description`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_172.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import textwrap
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from in_cbse_schools_data import SHAPES, shape
from make_pii_eval import (
    page_languages,
    personal_phone,
    record_fields,
    register_part,
    register_rows,
)
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_cbse_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_172.jsonl.gz"
SPLIT = "held_out_172"

LAYOUTS = ("gst_einvoice", "beckn_on_search", "delhivery_cmu", "bagit_info")
PHONE = "Phone"

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# each state of the directory (as it writes it, stripped): its name, its GST state code and the
# CBSE regional office that serves it
STATES = {
    "ANDAMAN & NICOBAR": ("Andaman and Nicobar Islands", "35", "Chennai"),
    "ANDHRA PRADESH": ("Andhra Pradesh", "37", "Vijayawada"),
    "ARUNACHAL PRADESH": ("Arunachal Pradesh", "12", "Guwahati"),
    "ASSAM": ("Assam", "18", "Guwahati"),
    "BIHAR": ("Bihar", "10", "Patna"),
    "CHANDIGARH": ("Chandigarh", "04", "Chandigarh"),
    "CHATTISGARH": ("Chhattisgarh", "22", "Bhubaneswar"),
    "DADAR & NAGAR HAVELI": ("Dadra and Nagar Haveli", "26", "Pune"),
    "DELHI": ("Delhi", "07", "Delhi"),
    "GOA": ("Goa", "30", "Pune"),
    "GUJARAT": ("Gujarat", "24", "Ajmer"),
    "HARYANA": ("Haryana", "06", "Panchkula"),
    "HIMACHAL PRADESH": ("Himachal Pradesh", "02", "Chandigarh"),
    "JAMMU & KASHMIR": ("Jammu and Kashmir", "01", "Chandigarh"),
    "JHARKHAND": ("Jharkhand", "20", "Patna"),
    "KARNATAKA": ("Karnataka", "29", "Bengaluru"),
    "KERALA": ("Kerala", "32", "Thiruvananthapuram"),
    "MADHYA PRADESH": ("Madhya Pradesh", "23", "Bhopal"),
    "MAHARASHTRA": ("Maharashtra", "27", "Pune"),
    "MANIPUR": ("Manipur", "14", "Guwahati"),
    "NAGALAND": ("Nagaland", "13", "Guwahati"),
    "ODISHA": ("Odisha", "21", "Bhubaneswar"),
    "PUNJAB": ("Punjab", "03", "Chandigarh"),
    "RAJASTHAN": ("Rajasthan", "08", "Ajmer"),
    "SIKKIM": ("Sikkim", "11", "Guwahati"),
    "TAMILNADU": ("Tamil Nadu", "33", "Chennai"),
    "TELANGANA": ("Telangana", "36", "Chennai"),
    "UTTAR PRADESH": ("Uttar Pradesh", "09", "Prayagraj"),
    "UTTARAKHAND": ("Uttarakhand", "05", "Dehradun"),
    "WEST BENGAL": ("West Bengal", "19", "Bhubaneswar"),
}

# the invented supplier of the invoices and consignments (no real firm is meant)
SUPPLIER = {
    "name": "Vidyarthi Book Distributors Pvt Ltd",
    "address": "Plot 14, Okhla Industrial Area Phase II",
    "city": "New Delhi",
    "pin": "110020",
    "state": "07",
    "warehouse": "VIDYARTHI-OKHLA-WH1",
}
# invented goods: (description, HSN code, GST rate in per cent, unit price range in rupees)
GOODS = (
    ("NCERT textbooks, Class IX (set)", "4901", 0, (450, 900)),
    ("NCERT textbooks, Class X (set)", "4901", 0, (480, 950)),
    ("Sample question papers, Class XII (set)", "4901", 0, (250, 400)),
    ("Exercise notebooks, 172 pages", "4820", 12, (35, 60)),
    ("Laboratory record books", "4820", 12, (60, 110)),
    ("Geometry boxes", "9017", 12, (90, 180)),
    ("School uniform shirts", "6205", 5, (280, 520)),
)  # fmt: skip
# invented programmes the schools list on the education network (no real course is meant)
PROGRAMMES = (
    ("Summer science camp", "Hands-on experiments in physics, chemistry and biology."),
    ("Coding club, Classes VI to VIII", "Weekend sessions on block coding and Python."),
    ("Spoken English bridge course", "A four-week course before the new session."),
    ("Board examination revision classes", "Revision for Classes X and XII, with mock tests."),
    ("Robotics workshop", "Build and program a line-following robot in teams."),
)  # fmt: skip
REGISTERS = (
    "admission and withdrawal registers",
    "examination result registers",
    "transfer certificate counterfoils",
    "attendance registers",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's ``Phone`` field as published (never with blanks around it)."""
    return _f(row, PHONE)


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of the number a ``Phone`` field of a kept shape holds: the STD code and the
    landline together (``0884,2357693``: the directory's two parts of one line), the number
    alone where no STD code stands before it (``,04023038644``), the mobile number alone where
    an STD code stands before it (``0641,8877380002``)."""
    name = shape(field)
    m = dict(SHAPES)[name].fullmatch(field)
    if name == "std_landline":
        return [(0, len(field))]
    return [m.span("number")]


def state(row: dict[str, Any]) -> tuple[str, str, str]:
    """The row's state: its name, GST state code and CBSE regional office."""
    return STATES[_f(row, "State")]


def pin(row: dict[str, Any]) -> str:
    """The PIN code after the address's last comma ("" where there is none)."""
    m = re.search(r",(\d{6})$", _f(row, "Address"))
    return m.group(1) if m else ""


def address(row: dict[str, Any]) -> str:
    """The address before its PIN code, its runs of blanks one space."""
    text = _f(row, "Address")
    if pin(row):
        text = text[: -len(pin(row)) - 1]
    return " ".join(text.split()).strip(" ,")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this directory's does: a
    ``91`` before a mobile number is the field's first part, never labelled)."""
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field marked (each copy stands
    apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def labelled_record(where: tuple[str, str, str, int], row: dict[str, Any], block: Record) -> dict:
    """The evaluation record of one row's block: in each copy of the phone field the number
    ``numbers`` reads labelled under its column (a number no person could hold only a
    distractor)."""
    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the 2024-25 session (IST)."""
    start = dt.datetime(2024, 4, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


_GSTIN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _gstin(code: str, rng: random.Random, kind: str = "A") -> str:
    """An invented GSTIN of a state: its code, an invented PAN (``kind`` its fourth letter: A
    an association, C a company), the entity number, ``Z`` and the check character."""
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
    pan = f"{letters[:3]}{kind}{letters[3]}{rng.randint(1000, 9999)}{rng.choice('ABCDEFGHJKLMN')}"
    body = f"{code}{pan}1Z"
    total = 0
    for i, c in enumerate(body):
        product = _GSTIN_CHARS.index(c) * (2 if i % 2 else 1)
        total += product // 36 + product % 36
    return body + _GSTIN_CHARS[(36 - total % 36) % 36]


def _dumps(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _items(rng: random.Random) -> list[tuple[str, str, int, int, int]]:
    """Two or three invented lines of goods: (description, HSN, GST rate, quantity, price)."""
    chosen = rng.sample(GOODS, rng.randint(2, 3))
    return [(d, h, r, rng.choice((20, 40, 60, 80, 120)), rng.randint(*p)) for d, h, r, p in chosen]


def gst_einvoice(row: dict[str, Any], rng: random.Random) -> str:
    """A GST e-invoice (schema version 1.1) as the supplier's billing system sends it to the
    Invoice Registration Portal: ``TranDtls`` (B2B), ``DocDtls`` (an invented number and date),
    the supplier as ``SellerDtls``, the school as ``BuyerDtls`` (an invented GSTIN, its name,
    address, state, PIN and ``Ph``), ``ItemList`` with HSN codes and GST, ``ValDtls``, and the
    invoice remark ``RefDtls.InvRm`` repeating the number."""
    name, tel = _f(row, "Name"), phone(row)
    title, code, _ = state(row)
    when = _when(rng)
    inter = code != SUPPLIER["state"]
    items, totals = [], {"AssVal": 0.0, "CgstVal": 0.0, "SgstVal": 0.0, "IgstVal": 0.0}
    for i, (desc, hsn, rate, qty, price) in enumerate(_items(rng), 1):
        amount = float(qty * price)
        tax = round(amount * rate / 100, 2)
        igst = tax if inter else 0.0
        half = 0.0 if inter else round(tax / 2, 2)
        items.append({
            "SlNo": str(i), "PrdDesc": desc, "IsServc": "N", "HsnCd": hsn, "Qty": qty,
            "Unit": "NOS", "UnitPrice": float(price), "TotAmt": amount, "Discount": 0,
            "AssAmt": amount, "GstRt": rate, "IgstAmt": igst, "CgstAmt": half, "SgstAmt": half,
            "TotItemVal": round(amount + igst + 2 * half, 2),
        })  # fmt: skip
        totals["AssVal"] += amount
        totals["IgstVal"] += igst
        totals["CgstVal"] += half
        totals["SgstVal"] += half
    values = {k: round(v, 2) for k, v in totals.items()}
    values["TotInvVal"] = round(sum(values.values()), 2)
    buyer = {"Gstin": _gstin(code, rng), "LglNm": name, "Pos": code, "Addr1": address(row)[:100]}
    if len(address(row)) > 100:
        buyer["Addr2"] = address(row)[100:200]
    buyer["Loc"] = title
    if pin(row):
        buyer["Pin"] = int(pin(row))
    buyer.update({"Stcd": code, "Ph": tel})
    doc = {
        "Version": "1.1",
        "TranDtls": {"TaxSch": "GST", "SupTyp": "B2B", "RegRev": "N", "IgstOnIntra": "N"},
        "DocDtls": {
            "Typ": "INV",
            "No": f"VBD/24-25/{rng.randint(100, 9999):04d}",
            "Dt": f"{when:%d/%m/%Y}",
        },
        "SellerDtls": {
            "Gstin": _gstin(SUPPLIER["state"], rng, "C"),
            "LglNm": SUPPLIER["name"],
            "Addr1": SUPPLIER["address"],
            "Loc": SUPPLIER["city"],
            "Pin": int(SUPPLIER["pin"]),
            "Stcd": SUPPLIER["state"],
        },
        "BuyerDtls": buyer,
        "ItemList": items,
        "ValDtls": values,
        "RefDtls": {"InvRm": f"Deliver to the school office; call {tel} before dispatch"},
    }
    return _dumps(doc)


def beckn_on_search(row: dict[str, Any], rng: random.Random) -> str:
    """A Beckn protocol 1.1 ``on_search`` response of the DSEP (education) domain: the
    ``context`` (invented BAP and BPP ids, transaction and message UUIDs, the time), and a
    ``catalog`` with the school as ``provider`` (its name, a location with its address, state
    and PIN as ``area_code``), one invented programme as ``item`` whose ``long_desc`` repeats
    the number, and a fulfilment whose ``contact.phone`` is the number."""
    name, tel = _f(row, "Name"), phone(row)
    title, _, _ = state(row)
    when = _when(rng)
    programme, blurb = rng.choice(PROGRAMMES)
    provider = f"cbse-school-{rng.randint(10000, 99999)}"
    location = {"id": "L1", "address": address(row), "state": {"name": title}}
    if pin(row):
        location["area_code"] = pin(row)
    doc = {
        "context": {
            "domain": "dsep:courses",
            "action": "on_search",
            "version": "1.1.0",
            "bap_id": "learner-app.example.in",
            "bap_uri": "https://learner-app.example.in/beckn",
            "bpp_id": "school-catalogue.example.in",
            "bpp_uri": "https://school-catalogue.example.in/beckn",
            "transaction_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "message_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "timestamp": when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "location": {"country": {"code": "IND"}},
            "ttl": "PT30S",
        },
        "message": {
            "catalog": {
                "descriptor": {"name": "School programmes"},
                "providers": [
                    {
                        "id": provider,
                        "descriptor": {"name": name, "short_desc": f"CBSE school, {title}"},
                        "locations": [location],
                        "items": [
                            {
                                "id": f"{provider}-item-{rng.randint(1, 40)}",
                                "descriptor": {
                                    "name": programme,
                                    "long_desc": f"{blurb} Enquiries: the school office, {tel}.",
                                },
                                "price": {
                                    "currency": "INR",
                                    "value": str(rng.randint(5, 40) * 100),
                                },
                                "location_ids": ["L1"],
                                "fulfillment_ids": ["F1"],
                            }
                        ],
                        "fulfillments": [
                            {"id": "F1", "type": "OFFLINE", "contact": {"phone": tel}}
                        ],
                    }
                ],
            }
        },
    }
    return _dumps(doc)


def delhivery_cmu(row: dict[str, Any], rng: random.Random) -> str:
    """A Delhivery B2C order-creation (CMU) payload, the ``data`` of a ``format=json`` request
    that books a textbook consignment to the school: one shipment (the school as consignee with
    its name, address, PIN, state and ``phone``; an invented order number, date, contents, HSN
    code, quantity, amount, dimensions and weight, the supplier as seller with an invented
    GSTIN) and the supplier's ``pickup_location``."""
    name, tel = _f(row, "Name"), phone(row)
    title, _, _ = state(row)
    when = _when(rng)
    desc, hsn, _, qty, price = _items(rng)[0]
    shipment = {
        "name": name,
        "add": address(row),
        "pin": pin(row),
        "state": title,
        "country": "India",
        "phone": tel,
        "order": f"VBD-{when:%y%m}-{rng.randint(10000, 99999)}",
        "payment_mode": "Prepaid",
        "return_pin": SUPPLIER["pin"],
        "return_city": SUPPLIER["city"],
        "return_add": SUPPLIER["address"],
        "return_state": "Delhi",
        "return_country": "India",
        "products_desc": desc,
        "hsn_code": hsn,
        "cod_amount": "0",
        "order_date": f"{when:%Y-%m-%d %H:%M:%S}",
        "total_amount": str(qty * price),
        "seller_add": f"{SUPPLIER['address']}, {SUPPLIER['city']}",
        "seller_name": SUPPLIER["name"],
        "seller_inv": f"VBD/24-25/{rng.randint(100, 9999):04d}",
        "quantity": str(qty),
        "waybill": "",
        "shipment_width": str(rng.choice((30, 40, 45))),
        "shipment_height": str(rng.choice((20, 25, 30))),
        "weight": str(qty * rng.randint(150, 600)),
        "seller_gst_tin": _gstin(SUPPLIER["state"], rng, "C"),
        "shipping_mode": "Surface",
        "address_type": "office",
    }
    if not shipment["pin"]:
        del shipment["pin"]
    doc = {"shipments": [shipment], "pickup_location": {"name": SUPPLIER["warehouse"]}}
    return _dumps(doc)


def _tag(label: str, value: str) -> list[str]:
    """A ``bag-info.txt`` element, its long value folded onto indented continuation lines."""
    lines = textwrap.wrap(
        f"{label}: {value}", 79, subsequent_indent="  ", break_long_words=False,
        break_on_hyphens=False,
    )  # fmt: skip
    return lines


def bagit_info(row: dict[str, Any], rng: random.Random) -> str:
    """A BagIt ``bag-info.txt`` tag file (RFC 8493, reserved elements) of the school's scanned
    registers sent to its CBSE regional office: ``Source-Organization`` (the school),
    ``Organization-Address`` (its address, PIN and state), ``Contact-Name`` (the office, no
    person), ``Contact-Phone`` (the number), an ``External-Description`` repeating it, the
    bagging date, an invented external identifier, bag size, ``Payload-Oxum``, group id and
    count."""
    name, tel = _f(row, "Name"), phone(row)
    title, _, office = state(row)
    when = _when(rng)
    register = rng.choice(REGISTERS)
    first = rng.randint(2012, 2019)
    place = ", ".join(p for p in (address(row), pin(row), title) if p)
    octets = rng.randint(80_000_000, 4_000_000_000)
    files = rng.randint(40, 2400)
    group = f"RO-{office[:3].upper()}-{when:%Y}-B{rng.randint(1, 60)}"
    count = rng.randint(1, 6)
    lines = [
        *_tag("Source-Organization", name),
        *_tag("Organization-Address", place),
        "Contact-Name: Office of the Principal",
        f"Contact-Phone: {tel}",
        *_tag(
            "External-Description",
            f"Scanned {register} of {name}, sessions {first}-{(first + 1) % 100:02d} to "
            f"{first + 2}-{(first + 3) % 100:02d}, for the records of the CBSE Regional "
            f"Office, {office}. Queries to the school office, telephone {tel}.",
        ),
        f"Bagging-Date: {when:%Y-%m-%d}",
        f"External-Identifier: cbse-ro-{office.lower()}-{when:%Y}-{rng.randint(1000, 99999)}",
        f"Bag-Size: {octets / 1e9:.1f} GB" if octets >= 1e9 else f"Bag-Size: {octets / 1e6:.0f} MB",
        f"Payload-Oxum: {octets}.{files}",
        f"Bag-Group-Identifier: {group}",
        f"Bag-Count: {count} of {count + rng.randint(0, 4)}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "gst_einvoice": gst_einvoice,
    "beckn_on_search": beckn_on_search,
    "delhivery_cmu": delhivery_cmu,
    "bagit_info": bagit_info,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
