"""held_out_198 of the PII evaluation set: real phone and fax fields of a register no earlier part
used (the provincial pharmacy regulators' public rosters of community pharmacies of British
Columbia, Manitoba, New Brunswick, Newfoundland and Labrador and Prince Edward Island; Canada's
earlier parts took Ontario's COVID-19 testing locations, British Columbia's WorkBC Centres, the
City of Toronto's licensed child care centres and Ontario's retirement homes) exactly as
published, in layouts no earlier part has, beside the rosters' own names, streets, cities,
postal codes and ids.

The procedure of ``held_out_178``, on another register and other layouts; earlier parts took
national numbers from registers of CA (Ontario's testing locations, WorkBC Centres, Toronto's
child care centres, Ontario's retirement homes), US and many others; here:

* the values are the ``phone`` and ``fax`` fields of 360 community pharmacies
  (``scripts/data/pii_ca_pharmacy_rosters.json``, written by
  ``scripts/ca_pharmacy_rosters_data.py``; source and licence in that file): North American
  numbers with no ``+1`` as the rosters write them, the area code in brackets, a space, the
  exchange and the line joined by a hyphen (``(604) 957-0711``; Prince Edward Island's
  ``902-853-2808``; toll-free faxes with the trunk ``1``, ``1-855-297-5608``), the blank the
  scraper left around some cells stripped; a fax that is no number (`` Fax: ``, empty) is left
  out; each copy labelled (a fax equal to the phone is labelled as the phone);
* the text around them is the same row's real fields: the pharmacy's name, street (a post
  office box on its own line where the roster gives one), city, province, postal code
  (``V3T 2K1``) and the roster's id, with invented business, customer, contact, record, patient
  and custom-field ids, display ids and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Canadian software a pharmacy's suppliers, clinics
  and lawyers keep it in, text in English: Wave (Wave Financial, Toronto) GraphQL
  ``customerCreate`` requests (``phone`` or ``tollFree``, ``fax``, ``address`` with a
  ``provinceCode``, ``shippingDetails`` repeating the phone), Lightspeed Retail (Montreal)
  R-Series API ``Customer`` XML with its ``Contact`` (``ContactAddress``, ``ContactPhone``
  entries of ``useType`` ``Work`` and ``Fax``), OSCAR EMR (McMaster University) ``pharmacyInfo``
  and ``demographicPharmacy`` rows as MySQL ``INSERT`` statements (``phone1``, ``fax``, a
  ``notes`` line repeating a number) and Clio Manage (Vancouver) API v4 contact requests (a
  ``Company`` with ``addresses`` and ``phone_numbers`` named ``Work`` and ``Fax``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_198.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_pharmacy_rosters.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_198.jsonl.gz"
SPLIT = "held_out_198"

LAYOUTS = ("wave_customer", "lightspeed_customer", "oscar_pharmacy", "clio_contact")
PHONE, FAX = "phone", "fax"
EDGES = {"phone": r"\d", "fax": r"\d"}
PROVINCES = {
    "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "PE": "Prince Edward Island",
}  # fmt: skip
TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented delivery instructions and clinic notes (no real arrangement is meant)
INSTRUCTIONS = (
    "Deliver to the dispensary counter, not the front till.",
    "Cold-chain items: hand to the pharmacist on duty.",
    "Receiving hours 9:00-16:00, weekdays only.",
    "Leave cartons at the back door if closed; call ahead.",
)  # fmt: skip
CLIO_KINDS = ("Community pharmacy", "Pharmacy - records request", "Pharmacy - witness")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field where it gives a number of six digits or more ("" otherwise: MB's
    `` Fax: `` with no number, PE's empty ones)."""
    value = _f(row, FAX)
    return value if sum(c.isdigit() for c in value) >= 6 else ""


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the rosters' does)."""
    return value.startswith("+")


def toll_free(value: str) -> bool:
    """Whether a number is a North American toll-free one (area code 800, 833 ... 888)."""
    digits = "".join(c for c in value if c.isdigit())
    return digits.removeprefix("1")[:3] in TOLL_FREE


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field and of its fax field where that
    is a number (and not the phone again) labelled. Each copy stands apart (no digit next to
    it)."""
    values = [("phone", phone(row))]
    if fax(row) and fax(row) != phone(row):
        values.append(("fax", fax(row)))
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 15, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _street_lines(row: dict[str, Any]) -> list[str]:
    """The street as the roster gives it, one line per line (a post office box on its own)."""
    return [line.strip() for line in _f(row, "street").splitlines() if line.strip()]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _sql(value: str) -> str:
    """``value`` as a MySQL string literal as mysqldump writes it."""
    out = value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{out}'"


def wave_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Wave GraphQL API request creating the pharmacy as a customer of an invented medical
    supplier's business: the ``customerCreate`` mutation and its ``variables``, the input with
    an invented ``businessId`` (base64 of ``Business:<uuid>``) and ``displayId``, the name, the
    phone as ``phone`` (``tollFree`` where it is a toll-free number), the ``fax`` where the row
    has one, the ``address`` (``provinceCode`` ``CA-BC``, ``countryCode`` ``CA``), ``CAD``,
    ``shippingDetails`` repeating the name, phone and address with an instruction, and
    ``internalNotes`` naming the roster's id."""
    name, tel = _f(row, "name"), phone(row)
    lines = _street_lines(row)
    business = base64.b64encode(f"Business:{_uuid(rng)}".encode()).decode()
    address = {
        "addressLine1": lines[0] if lines else "",
        "addressLine2": " ".join(lines[1:]),
        "city": _f(row, "city"),
        "provinceCode": f"CA-{_f(row, 'province')}",
        "countryCode": "CA",
        "postalCode": _f(row, "zip"),
    }
    when = _when(rng)
    customer: dict[str, Any] = {
        "businessId": business,
        "name": name,
        "displayId": f"RX-{rng.randint(1000, 9999)}",
        ("tollFree" if toll_free(tel) else "phone"): tel,
    }
    if fax(row):
        customer["fax"] = fax(row)
    customer |= {
        "address": address,
        "currency": "CAD",
        "shippingDetails": {
            "name": name,
            "phone": tel,
            "instructions": rng.choice(INSTRUCTIONS),
            "address": address,
        },
        "internalNotes": f"{PROVINCES[_f(row, 'province')]} pharmacy roster, id "
        f"{_f(row, 'id')}. Account opened {when:%Y-%m-%d}.",
    }
    query = (
        "mutation ($input: CustomerCreateInput!) {\n  customerCreate(input: $input) {\n"
        "    didSucceed\n    inputErrors {\n      code\n      message\n      path\n    }\n"
        "    customer {\n      id\n      name\n      displayId\n    }\n  }\n}"
    )
    body = {"query": query, "variables": {"input": customer}}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def lightspeed_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Lightspeed Retail R-Series API response (``GET .../Customer/{customerID}.xml`` with
    the ``Contact`` relation loaded): the pharmacy as a business customer of an invented medical
    supply store (``company``, no first or last name), invented ids and times, and its
    ``Contact`` with one ``ContactAddress`` and a ``ContactPhone`` of ``useType`` ``Work`` for
    the phone and one of ``Fax`` where the row has a fax."""
    name, tel = _f(row, "name"), phone(row)
    lines = _street_lines(row)
    created = _when(rng)
    stamp = created + dt.timedelta(minutes=rng.randint(1, 90 * 24 * 60))
    customer_id, contact_id = rng.randint(1200, 48000), rng.randint(1500, 52000)
    phones = [("Work", tel)] + ([("Fax", fax(row))] if fax(row) else [])
    phone_lines = []
    for use, number in phones:
        phone_lines += [
            "      <ContactPhone>",
            f"        <number>{_x(number)}</number>",
            f"        <useType>{use}</useType>",
            "      </ContactPhone>",
        ]
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<Customer>",
        f"  <customerID>{customer_id}</customerID>",
        "  <firstName></firstName>",
        "  <lastName></lastName>",
        "  <title></title>",
        f"  <company>{_x(name)}</company>",
        f"  <createTime>{created:%Y-%m-%dT%H:%M:%S+00:00}</createTime>",
        f"  <timeStamp>{stamp:%Y-%m-%dT%H:%M:%S+00:00}</timeStamp>",
        "  <archived>false</archived>",
        f"  <contactID>{contact_id}</contactID>",
        "  <creditAccountID>0</creditAccountID>",
        f"  <customerTypeID>{rng.randint(2, 4)}</customerTypeID>",
        "  <discountID>0</discountID>",
        "  <taxCategoryID>0</taxCategoryID>",
        "  <Contact>",
        f"    <contactID>{contact_id}</contactID>",
        "    <custom></custom>",
        "    <noEmail>false</noEmail>",
        "    <noPhone>false</noPhone>",
        "    <noMail>false</noMail>",
        "    <Addresses>",
        "      <ContactAddress>",
        f"        <address1>{_x(lines[0] if lines else '')}</address1>",
        f"        <address2>{_x(' '.join(lines[1:]))}</address2>",
        f"        <city>{_x(_f(row, 'city'))}</city>",
        f"        <state>{PROVINCES[_f(row, 'province')]}</state>",
        f"        <zip>{_x(_f(row, 'zip'))}</zip>",
        "        <country>Canada</country>",
        "        <countryCode>CA</countryCode>",
        f"        <stateCode>{_f(row, 'province')}</stateCode>",
        "      </ContactAddress>",
        "    </Addresses>",
        "    <Phones>",
        *phone_lines,
        "    </Phones>",
        "    <Emails></Emails>",
        "    <Websites></Websites>",
        f"    <timeStamp>{stamp:%Y-%m-%dT%H:%M:%S+00:00}</timeStamp>",
        "  </Contact>",
        "</Customer>",
        "",
    ]
    return "\n".join(out)


OSCAR_COLUMNS = (
    "recordID", "ID", "name", "address", "city", "province", "postalCode", "phone1", "phone2",
    "fax", "email", "notes", "addDate", "status",
)  # fmt: skip


def oscar_pharmacy(row: dict[str, Any], rng: random.Random) -> str:
    """OSCAR EMR rows as mysqldump writes them: the pharmacy added to a clinic's
    ``pharmacyInfo`` list (an invented ``recordID``, name, street, city, province, postal code,
    ``phone1``, an empty ``phone2``, ``fax``, no e-mail, a ``notes`` line repeating the fax, or
    the phone where the row has none, ``addDate``, status ``1``) and one invented patient's
    preferred pharmacy in ``demographicPharmacy`` (an invented ``demographic_no``)."""
    tel, fx = phone(row), fax(row)
    record = rng.randint(40, 2400)
    when = _when(rng)
    notes = (
        f"Fax prescriptions to {fx}. Roster id {_f(row, 'id')}."
        if fx
        else f"No fax on the roster; phone {tel}. Roster id {_f(row, 'id')}."
    )
    values = [
        str(record), str(record), _sql(_f(row, "name")), _sql(_f(row, "street")),
        _sql(_f(row, "city")), _sql(_f(row, "province")), _sql(_f(row, "zip")), _sql(tel),
        "''", _sql(fx), "''", _sql(notes), f"'{when:%Y-%m-%d %H:%M:%S}'", "'1'",
    ]  # fmt: skip
    columns = ",".join(f"`{c}`" for c in OSCAR_COLUMNS)
    later = when + dt.timedelta(minutes=rng.randint(1, 600))
    out = [
        "-- OSCAR EMR (oscarRx): pharmacy added to the clinic's pharmacy list",
        "LOCK TABLES `pharmacyInfo` WRITE;",
        f"INSERT INTO `pharmacyInfo` ({columns}) VALUES ({','.join(values)});",
        "UNLOCK TABLES;",
        "LOCK TABLES `demographicPharmacy` WRITE;",
        "INSERT INTO `demographicPharmacy` (`pharmacyID`,`demographic_no`,`status`,`addDate`) "
        f"VALUES ({record},{rng.randint(1000, 98000)},'1','{later:%Y-%m-%d %H:%M:%S}');",
        "UNLOCK TABLES;",
        "",
    ]
    return "\n".join(out)


def clio_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Clio Manage API v4 request creating the pharmacy as a contact of an invented law
    firm (``POST /api/v4/contacts.json``): ``type`` ``Company``, the name, one ``Work``
    address (street, city, province, postal code, ``Canada``), ``phone_numbers`` named
    ``Work`` (the default) and ``Fax`` where the row has a fax, and a custom field value with an
    invented id."""
    tel = phone(row)
    numbers = [{"name": "Work", "number": tel, "default_number": True}]
    if fax(row):
        numbers.append({"name": "Fax", "number": fax(row), "default_number": False})
    body = {
        "data": {
            "type": "Company",
            "name": _f(row, "name"),
            "addresses": [
                {
                    "name": "Work",
                    "street": "\n".join(_street_lines(row)),
                    "city": _f(row, "city"),
                    "province": _f(row, "province"),
                    "postal_code": _f(row, "zip"),
                    "country": "Canada",
                }
            ],
            "phone_numbers": numbers,
            "custom_field_values": [
                {"value": rng.choice(CLIO_KINDS), "custom_field": {"id": rng.randint(10**6, 10**7)}}
            ],
        }
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "wave_customer": wave_customer,
    "lightspeed_customer": lightspeed_customer,
    "oscar_pharmacy": oscar_pharmacy,
    "clio_contact": clio_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the rosters in its layout: each copy of its phone and fax fields
    labelled."""
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
