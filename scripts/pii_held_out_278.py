"""held_out_278 of the PII evaluation set: real phone and fax fields of a register no earlier part
used (the Joint Seat Allocation Authority's list of the participating institutes of its 2022
counselling: IITs, NITs, IIITs and other government-funded technical institutes; India's earlier
parts took hospitals, blood banks, CBSE schools, a crowdsourced Telangana list, RBI's bank
branches and Madhya Pradesh's COVID facilities) exactly as published, in layouts no earlier part
has, beside the list's own institute codes, names, kinds, addresses and websites.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of IN (the National Health Portal's directories, CBSE, RBI and
others) and many other countries; here:

* the values are the phone and fax lines of the ``Phone`` field of 104 institutes
  (``scripts/data/pii_in_josaa_institutes.json``, written by
  ``scripts/in_josaa_institutes_data.py``; source and licence in that file): Indian numbers as
  the list prints them after ``Phone:`` and ``Fax:``, with or without the country code ``91``,
  the STD code apart after a hyphen or not (``91-22-25767916``, ``0495-2286110,2286118``,
  ``0-3222-282074``, ``01744 238050``, ``91-3842- 224797``, ``26738734``), several to a line
  after commas, ten-digit mobiles, a fax noted ``(WhatsApp text only)``; each number of a line
  labelled on its own wherever the line stands, under ``Phone`` or ``Fax``, and the first number
  of the phone line on its own where a layout's field takes one number; the six-digit local
  pieces the list prints after a full number (``01881-231110,231113,231111``) are no subscriber
  line of India's plan and stay unlabelled distractors;
* the text around them is the same row's real fields: the JoSAA institute code (``206``), name,
  kind, address with its six-digit PIN code and website, with invented Zoho Books contact,
  address and organisation ids, Blue Dart customer codes, pickup token numbers, references and
  weights, Account Aggregator account references, masked account numbers, IFSC codes, amounts,
  transaction ids and times, and SSR page numbers, unlabelled and scored;
* in layouts no earlier part has, Indian business, logistics, finance and accreditation
  formats, text in English: Zoho Books API contact creation exchanges (``POST
  /books/v3/contacts`` on the Indian data centre: the institute as a business customer, its
  phone and fax lines as ``billing_address.phone`` and ``fax``, then the response echoing
  them), Blue Dart pickup registration requests (``RegisterPickup``: the institute as the
  pickup customer, ``CustomerTelephoneNumber`` its phone line, ``MobileTelNo`` the line's first
  number, the fax line in ``Remarks``, then the token response), ReBIT Account Aggregator
  deposit FI data (the ``http://api.rebit.org.in/FISchema/deposit`` XML an FIP returns: the
  institute as the ``Holder`` of a current account, its phone line as ``landline``, the account
  summary and a month's transactions) and the "Basic Information" page of a NAAC Self Study
  Report as PDF text extraction gives it (the institution's name, address, PIN and website, and
  the "Contacts for Communication" row of the head of the institution with the telephone and
  fax lines).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each institute is one
record in each layout, each seeded by its own (split, locale, layout, index). Committed with its
data before it was ever scored.

    python scripts/pii_held_out_278.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_josaa_institutes.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_278.jsonl.gz"
SPLIT = "held_out_278"

LAYOUTS = ("zoho_books_contact", "bluedart_pickup", "rebit_aa_deposit", "naac_ssr")
PHONE, FAX = "Phone", "Fax"
LINES = re.compile(r"Phone: (?P<phone>.*)\r\nFax: (?P<fax>.*)\r\nWebsite: (?P<website>.*)")
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
BRANCHES = ("Campus Branch", "Institutional Area", "Main Branch", "Extension Counter")
KINDS = {
    "Iit": "Indian Institute of Technology",
    "Nit": "National Institute of Technology",
    "Iiit": "Indian Institute of Information Technology",
    "Gfti": "Government Funded Technical Institute",
}

# the list's data file (read once) and its rows by country (``register_rows``)
data, rows_by_locale = register_rows(ROWS)


def by_locale() -> dict[str, list[dict[str, Any]]]:
    """Each institute once per layout, in the list's order: the ``n``-th record of a locale is
    its institute ``n // 4`` in layout ``n % 4``."""
    return {
        locale: [row for row in found for _ in LAYOUTS]
        for locale, found in rows_by_locale().items()
    }


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th record, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _f(row: dict[str, Any], key: str) -> Any:
    """A field as published."""
    return row["fields"][key]


def lines(row: dict[str, Any]) -> dict[str, str]:
    """The phone, fax and website lines of the row's ``Phone`` field, as printed."""
    m = LINES.fullmatch(_f(row, "Phone"))
    assert m, row["path"]
    return m.groupdict()


def phone(row: dict[str, Any]) -> str:
    return lines(row)["phone"]


def fax(row: dict[str, Any]) -> str:
    return lines(row)["fax"]


def first_number(row: dict[str, Any]) -> str:
    """The phone line's first number: its text before the first comma (the whole line where it
    has one number)."""
    return phone(row).split(",")[0].strip()


def code(row: dict[str, Any]) -> str:
    """The list's institute code (``206``)."""
    return _f(row, "Institute").split("\n", 1)[0].strip()


def name(row: dict[str, Any]) -> str:
    """The institute's name as the list prints it after its code."""
    return _f(row, "Institute").split("\n", 1)[1].strip()


def address_lines(row: dict[str, Any]) -> list[str]:
    """The address's lines, stripped, empty ones left out."""
    return [p.strip() for p in _f(row, "Address").split("\n") if p.strip()]


def address(row: dict[str, Any]) -> str:
    """The address on one line: its lines joined by a comma (by a blank after one that ends in
    a comma)."""
    out = ""
    for part in address_lines(row):
        out += (" " if out.endswith(",") else ", ") + part if out else part
    return out


def pin(row: dict[str, Any]) -> str:
    """The address's last six-digit PIN code, written in one run (``673601``, ``575025`` for
    ``575 025``), empty where it has none."""
    found = re.findall(r"(?<!\d)(\d{3}) ?(\d{3})(?!\d)", _f(row, "Address"))
    return "".join(found[-1]) if found else ""


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone line, fax line and first phone
    number labelled (a copy inside a longer one is that one's; each number of a line on its
    own, by ``labelled_record``)."""
    values = sorted(
        [(PHONE, phone(row)), (FAX, fax(row)), ("first", first_number(row))],
        key=lambda kv: -len(kv[1]),
    )
    edges = {PHONE: r"\d", FAX: r"\d", "first": r"\d"}
    columns = {PHONE: PHONE, FAX: FAX, "first": PHONE}
    return field_copies(text, values, edges, columns, row["path"], nested=True)


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _js(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def zoho_books_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Zoho Books API exchange of a laboratory-equipment supplier's books (the Indian data
    centre, ``POST /books/v3/contacts``): the institute as a business customer (``contact_name``
    and ``company_name`` its name, ``gst_treatment`` ``business_none``, the JoSAA code and kind
    in ``notes``, its website), ``billing_address`` its address, PIN code, ``phone`` its phone
    line and ``fax`` its fax line; then the ``201`` response echoing the contact with invented
    ``contact_id`` and ``address_id`` and its creation time."""
    org = "60019" + _digits(rng, 6)
    created = dt.datetime(2022, 7, 1, 10, tzinfo=IST) + dt.timedelta(
        days=rng.randint(0, 170), minutes=rng.randint(0, 480), seconds=rng.randint(0, 59)
    )
    billing = {
        "attention": "Accounts Section",
        "address": address(row),
        "city": "",
        "state": "",
        "zip": pin(row),
        "country": "India",
        "phone": phone(row),
        "fax": fax(row),
    }
    request = {
        "contact_name": name(row),
        "company_name": name(row),
        "website": lines(row)["website"],
        "contact_type": "customer",
        "customer_sub_type": "business",
        "currency_id": "",
        "payment_terms": 30,
        "payment_terms_label": "Net 30",
        "gst_treatment": "business_none",
        "notes": f"JoSAA 2022 institute code {code(row)} ({KINDS[_f(row, 'type')]}).",
        "billing_address": billing,
    }
    contact_id = "1742385" + _digits(rng, 12)
    response = {
        "code": 0,
        "message": "The contact has been added.",
        "contact": {
            "contact_id": contact_id,
            "contact_name": name(row),
            "company_name": name(row),
            "contact_type": "customer",
            "customer_sub_type": "business",
            "status": "active",
            "payment_terms": 30,
            "payment_terms_label": "Net 30",
            "currency_code": "INR",
            "gst_treatment": "business_none",
            "website": lines(row)["website"],
            "billing_address": {"address_id": "1742385" + _digits(rng, 12), **billing},
            "notes": request["notes"],
            "created_time": f"{created:%Y-%m-%dT%H:%M:%S%z}",
            "last_modified_time": f"{created:%Y-%m-%dT%H:%M:%S%z}",
        },
    }
    lines_ = [
        f"POST https://www.zohoapis.in/books/v3/contacts?organization_id={org}",
        "Authorization: Zoho-oauthtoken {{access_token}}",
        "Content-Type: application/json",
        "",
        _js(request),
        "",
        "HTTP/1.1 201 Created",
        "Content-Type: application/json;charset=UTF-8",
        "",
        _js(response),
        "",
    ]
    return "\n".join(lines_)


def _address_chunks(row: dict[str, Any], width: int = 30) -> list[str]:
    """The address in three lines of at most ``width`` characters (Blue Dart's
    ``CustomerAddress1`` to ``3``), broken between words; what does not fit is left out."""
    words = address(row).split()
    out = [""]
    for word in words:
        if out[-1] and len(out[-1]) + 1 + len(word) > width:
            if len(out) == 3:
                break
            out.append("")
        out[-1] = f"{out[-1]} {word}".strip()
    return (out + ["", ""])[:3]


def bluedart_pickup(row: dict[str, Any], rng: random.Random) -> str:
    """A Blue Dart pickup registration (``POST .../pickup/v1/RegisterPickup`` of its API
    gateway, a ``JWTToken`` header): the institute as the pickup customer of a document
    shipment (``CustomerName``, ``CustomerAddress1`` to ``3``, ``CustomerPincode``,
    ``CustomerTelephoneNumber`` its phone line, ``MobileTelNo`` the line's first number,
    ``Remarks`` naming its fax line, an invented ``CustomerCode``, ``ReferenceNo`` with its JoSAA
    code, pickup date as ``/Date(ms)/``, time, pieces and weight), then the response with an
    invented ``TokenNumber``."""
    day = dt.datetime(2022, 6, 20, tzinfo=IST) + dt.timedelta(days=rng.randint(0, 60))
    a1, a2, a3 = _address_chunks(row)
    remarks = "Admission documents, JoSAA 2022 reporting."
    if fax(row):
        remarks += f" Fax: {fax(row)}"
    request = {
        "request": {
            "AreaCode": "",
            "CISDDN": False,
            "ContactPersonName": "Academic Section",
            "CustomerAddress1": a1,
            "CustomerAddress2": a2,
            "CustomerAddress3": a3,
            "CustomerCode": "0" + _digits(rng, 5),
            "CustomerName": name(row),
            "CustomerPincode": pin(row),
            "CustomerTelephoneNumber": phone(row),
            "DoxNDox": "1",
            "EmailID": "",
            "IsForcePickup": False,
            "IsReversePickup": False,
            "MobileTelNo": first_number(row),
            "NumberofPieces": rng.randint(1, 4),
            "OfficeCloseTime": rng.choice(("17:00", "17:30", "18:00")),
            "PackType": "",
            "ProductCode": "D",
            "ReferenceNo": f"JOSAA22-{code(row)}-{rng.randint(100, 999)}",
            "Remarks": remarks,
            "RouteCode": "",
            "ShipmentPickupDate": f"/Date({int(day.timestamp()) * 1000})/",
            "ShipmentPickupTime": rng.choice(("11:00", "12:30", "14:00", "15:30")),
            "SubProducts": [],
            "VolumeWeight": round(rng.uniform(0.2, 2.0), 1),
            "WeightofShipment": round(rng.uniform(0.3, 3.0), 1),
            "isToPayShipper": False,
        },
        "profile": {"Api_type": "S", "LicenceKey": "{{licenceKey}}", "LoginID": "{{loginId}}"},
    }
    response = {
        "RegisterPickupResult": {
            "IsError": False,
            "Status": [{"StatusCode": "Valid", "StatusInformation": "Pickup Registered"}],
            "TokenNumber": _digits(rng, 8),
        }
    }
    lines_ = [
        "POST https://apigateway.bluedart.com/in/transportation/pickup/v1/RegisterPickup",
        "JWTToken: {{jwtToken}}",
        "Content-Type: application/json",
        "",
        _js(request),
        "",
        "HTTP/1.1 200 OK",
        "Content-Type: application/json",
        "",
        _js(response),
        "",
    ]
    return "\n".join(lines_)


def rebit_aa_deposit(row: dict[str, Any], rng: random.Random) -> str:
    """The deposit FI data an FIP returns through an Account Aggregator (ReBIT's
    ``http://api.rebit.org.in/FISchema/deposit`` schema, version 1.2): the institute as the
    ``Holder`` of a current account (its name and address, ``landline`` its phone line, empty
    ``mobile``, ``email``, ``dob`` and ``pan``), an invented ``linkedAccRef``, masked account
    number, IFSC code, balances and a month of fee and grant transactions."""
    start = dt.date(2022, rng.randint(6, 11), 1)
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    balance = round(rng.uniform(2e6, 9e7), 2)
    times = sorted(
        dt.datetime.combine(start, dt.time(10), IST)
        + dt.timedelta(days=rng.randint(0, (end - start).days), minutes=rng.randint(0, 420))
        for _ in range(rng.randint(2, 4))
    )
    txns = []
    for when in times:
        credit = rng.random() < 0.6
        amount = round(rng.uniform(5e3, 2.5e6), 2)
        balance = round(balance + (amount if credit else -amount), 2)
        narration = rng.choice(
            ("NEFT-JOSAA SEAT ACCEPTANCE FEE", "RTGS-MOE GRANT-IN-AID", "NEFT-HOSTEL MESS ADVANCE")
            if credit
            else ("NEFT-LAB EQUIPMENT SUPPLY", "RTGS-CPWD CIVIL WORKS", "NEFT-EXAM CELL PRINTING")
        )
        txns.append((when, credit, amount, balance, narration))
    ifsc = rng.choice(("SBIN0", "CNRB0", "UBIN0", "BARB0", "PUNB0")) + _digits(rng, 6)
    attrs = {
        "name": name(row),
        "dob": "",
        "mobile": "",
        "nominee": "NOT-REGISTERED",
        "landline": phone(row),
        "address": address(row),
        "email": "",
        "pan": "",
        "ckycCompliance": "false",
    }
    holder = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Account xmlns="http://api.rebit.org.in/FISchema/deposit" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://api.rebit.org.in/FISchema/deposit ../FISchema/deposit.xsd" '
        f'linkedAccRef="{uuid.UUID(int=rng.getrandbits(128), version=4)}" '
        f'maskedAccNumber="XXXXXXXX{_digits(rng, 4)}" version="1.2" type="deposit">',
        "  <Profile>",
        '    <Holders type="SINGLE">',
        f"      <Holder {holder}/>",
        "    </Holders>",
        "  </Profile>",
        f'  <Summary currentBalance="{balance:.2f}" currency="INR" exchgeRate="" '
        f'balanceDateTime="{end:%Y-%m-%d}T23:59:59+05:30" type="CURRENT" '
        f'branch="{rng.choice(BRANCHES)}" facility="OD" ifscCode="{ifsc}" '
        f'micrCode="" openingDate="{rng.randint(1995, 2016)}-04-01" currentODLimit="0" '
        'drawingLimit="0" status="ACTIVE">',
        '    <Pending transactionType="DEBIT" amount="0"/>',
        "  </Summary>",
        f'  <Transactions startDate="{start:%Y-%m-%d}" endDate="{end:%Y-%m-%d}">',
    ]
    for when, credit, amount, after, narration in txns:
        out.append(
            f'    <Transaction txnId="S{_digits(rng, 8)}" type="{"CREDIT" if credit else "DEBIT"}" '
            f'mode="{narration.split("-")[0]}" amount="{amount:.2f}" '
            f'currentBalance="{after:.2f}" transactionTimestamp="{when:%Y-%m-%dT%H:%M:%S+05:30}" '
            f'valueDate="{when:%Y-%m-%d}" narration="{narration}" '
            f'reference="{ifsc[:4]}{when:%y%j}{_digits(rng, 6)}"/>'
        )
    out += ["  </Transactions>", "</Account>", ""]
    return "\n".join(out)


def naac_ssr(row: dict[str, Any], rng: random.Random) -> str:
    """The "Basic Information" page of a NAAC Self Study Report (the revised accreditation
    framework's SSR as its portal generates it) in the text a PDF extractor gives: the running
    header, the institution's name, address, PIN and website, its nature, then "Contacts for
    Communication" with one row, the head of the institution (no name), the telephone line and
    the fax line, and the page footer."""
    title = name(row).upper()
    nature = (
        "Institution of National Importance"
        if _f(row, "type") in ("Iit", "Nit", "Iiit")
        else "Centrally / State Funded Technical Institution"
    )
    total = rng.randint(90, 180)
    page = rng.randint(5, 8)
    contact = "  ".join(p for p in ("Head of the Institution", phone(row), fax(row)) if p)
    out = [
        f"Self Study Report of {title}",
        "",
        "2. PROFILE",
        "2.1 BASIC INFORMATION",
        "Name and Address of the Institution",
        f"Name                  {name(row)}",
        f"Address               {address(row)}",
        f"Pin                   {pin(row)}",
        f"Website               {lines(row)['website']}",
        f"JoSAA Institute Code  {code(row)}",
        "",
        "Nature of Institution",
        f"Status                {nature}",
        f"Type of Institution   {KINDS[_f(row, 'type')]}",
        "",
        "Contacts for Communication",
        "Designation  Name  Telephone with STD Code  Mobile  Fax  Email",
        contact,
        "",
        f"Page {page}/{total}",
        "",
    ]
    return "\n".join(out)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "zoho_books_contact": zoho_books_contact,
    "bluedart_pickup": bluedart_pickup,
    "rebit_aa_deposit": rebit_aa_deposit,
    "naac_ssr": naac_ssr,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th record: institute ``n // 4`` in layout ``n % 4``, each copy of each of its
    numbers labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


def international(value: str) -> bool:
    """Whether a labelled number carries the country code: a ``+``, ``91`` before a hyphen or a
    blank, or ``91`` before ten digits in one run (``916361751431``)."""
    return value.startswith(("+", "91-", "91 ")) or bool(re.fullmatch(r"91\d{10}", value))


# every record once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
