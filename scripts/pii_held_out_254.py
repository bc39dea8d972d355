"""held_out_254 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Charity Commission for England and Wales' register of charities, its charities
that name Trafford in their area of operation; the United Kingdom's earlier parts took other
registers) exactly as published, in layouts no earlier part has, beside the register's own
names, numbers, dates, addresses and web sites.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB (NHS England's pharmacies and GP practices, HMCTS's
courts, the CQC's care homes, Sport England's Active Places) and many other countries; here:

* the values are the ``charity_contact_phone`` and ``charity_contact_email`` fields of 204
  registered charities (``scripts/data/pii_gb_trafford_charities.json``, written by
  ``scripts/gb_trafford_charities_data.py``; source, licence and the rule that keeps an
  office's number and mailbox, not a person's, in that file): British numbers as the register
  holds them, most run together with the trunk ``0`` (``01612238974``), some grouped
  (``0161 980 6090``, ``01606 74975``), one with ``0044`` (``00441618348221``), each copy
  labelled; the e-mail addresses are role mailboxes (``info@cheshirewt.org.uk``), each copy
  labelled;
* the text around them is the same row's real fields: the registered charity number
  (``214927``), company number (``00738693``), name, type, date of registration, contact
  address, postcode (``SY14 8EF``) and web site, with invented organisation numbers, accounts
  dates, incomes, references, contract numbers, weights and times, unlabelled and scored;
* in layouts no earlier part has, of the charity sector and of British services, text in
  British English: Charity Commission Register of Charities API ``allcharitydetailsV2``
  responses (JSON: ``reg_charity_number``, ``address_line_one`` to ``_five``,
  ``address_post_code``, ``phone``, ``email``, ``web``), Sage Business Cloud Accounting API
  v3.1 ``POST /contacts`` requests (the charity as a customer with ``main_address`` and
  ``main_contact_person`` ``telephone`` and ``email``, ``notes`` repeating both), Parcelforce
  Worldwide ExpressLink v14 ``CreateShipmentRequest`` SOAP messages (the charity as
  ``RecipientContact`` with ``Telephone`` and ``EmailAddress``, ``SpecialInstructions1``
  repeating the number) and CiviCRM APIv4 PHP calls (``civicrm_api4('Contact', 'create')``
  with chained ``Phone``, ``Email``, ``Address`` and ``Website`` records, a comment repeating
  the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_254.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_trafford_charities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_254.jsonl.gz"
SPLIT = "held_out_254"

LAYOUTS = ("ccew_charity_details", "sage_contact", "parcelforce_shipment", "civicrm_api4")
PHONE = "charity_contact_phone"
EMAIL = "charity_contact_email"
EDGES = {"phone": r"\d", "email": r"[\w.@'+-]"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented senders of a parcel to a charity (no real organisation is meant)
SENDERS = (
    ("Trafford Community Store", "Unit 4, Atlantic Street", "Altrincham", "WA14 5DH"),
    ("North West Charity Supplies", "12 Trafford Park Road", "Manchester", "M17 1HG"),
    ("Mersey Valley Print Co-operative", "7 Cross Street", "Sale", "M33 7AE"),
)
# invented contents of a parcel, with a weight in kilograms
PARCELS = (
    ("Leaflets and posters", 4.5), ("Collection tins", 2.0), ("Event banners", 6.0),
    ("Volunteer T-shirts", 3.5), ("Annual report copies", 8.0), ("First aid kits", 5.0),
)  # fmt: skip
# invented purposes of a CRM import (no real campaign is meant)
IMPORTS = (
    "the winter grants mailing", "the volunteering fair invitations",
    "the community partners list", "the funding newsletter",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is ``NA``)."""
    value = (row["fields"].get(key) or "").strip()
    return "" if value == "NA" else value


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published, stripped."""
    return _f(row, EMAIL)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (``+44`` or ``0044``)."""
    return value.startswith(("+", "00"))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and e-mail address
    labelled (each copy stands apart: no digit next to the number, no address character next
    to the address)."""
    values = [("email", email(row)), ("phone", phone(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def address_lines(row: dict[str, Any]) -> list[str]:
    """The contact address's parts as the register joins them with ``, `` (the town last)."""
    return [p.strip() for p in _f(row, "charity_contact_address").split(",") if p.strip()]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _php(value: str) -> str:
    """``value`` as a PHP double-quoted string (a single quote would stand next to an e-mail
    address as one of its own characters)."""
    out = value.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$")
    return f'"{out}"'


def ccew_charity_details(row: dict[str, Any], rng: random.Random) -> str:
    """A Charity Commission Register of Charities API response
    (``GET /register/api/allcharitydetailsV2/{number}/0``): an invented organisation number,
    the register's number, name, type, registration date, address lines, postcode, phone,
    e-mail address, web site and company number, invented accounts dates, income and
    expenditure and modification time."""
    kind = _f(row, "charity_type")
    lines = address_lines(row)[:5]
    year_end = dt.date(rng.choice((2022, 2023)), rng.choice((3, 6, 8, 12)), 1)
    year_end = (year_end.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    year_end -= dt.timedelta(days=1)
    income = rng.randint(8, 2_400) * 1000 + rng.randint(0, 999)
    doc: dict[str, Any] = {
        "organisation_number": rng.randint(200_000, 5_300_000),
        "reg_charity_number": int(_f(row, "registered_charity_number")),
        "group_subsid_suffix": 0,
        "charity_name": _f(row, "charity_name"),
        "charity_type": kind,
        "insolvent": False,
        "in_administration": False,
        "prev_excepted_ind": kind == "Previously excepted",
        "cio_type": rng.choice(("Foundation", "Association")) if kind == "CIO" else None,
        "cio_dissolution_ind": False,
        "interim_manager_ind": False,
        "date_of_interim_manager_appt": None,
        "reg_status": "R",
        "date_of_registration": f"{_f(row, 'date_of_registration')}T00:00:00",
        "date_of_removal": None,
        "latest_acc_fin_year_start_date": f"{year_end - dt.timedelta(days=364):%Y-%m-%d}T00:00:00",
        "latest_acc_fin_year_end_date": f"{year_end:%Y-%m-%d}T00:00:00",
        "latest_income": income,
        "latest_expenditure": int(income * rng.uniform(0.7, 1.1)),
    }
    for i, name in enumerate(("one", "two", "three", "four", "five")):
        doc[f"address_line_{name}"] = lines[i] if i < len(lines) else None
    doc |= {
        "address_post_code": _f(row, "charity_contact_postcode"),
        "phone": phone(row),
        "email": email(row),
        "web": _f(row, "charity_contact_web") or None,
        "charity_co_reg_number": _f(row, "charity_company_registration_number") or None,
        "reporting_status": "Submission Received",
        "removal_reason": None,
        "last_modified_time": f"{_when(rng):%Y-%m-%dT%H:%M:%S}",
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def sage_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Sage Business Cloud Accounting API v3.1 ``POST /contacts`` request: the charity as a
    customer with an invented reference, its address as ``main_address``, its number and
    mailbox as the ``main_contact_person``'s, ``notes`` repeating both."""
    lines = address_lines(row)
    regno, tel, mail = _f(row, "registered_charity_number"), phone(row), email(row)
    street = lines[:-1] or lines
    body = {
        "contact": {
            "name": _f(row, "charity_name"),
            "contact_type_ids": ["CUSTOMER"],
            "reference": f"CH{regno}",
            "notes": f"Registered charity no. {regno}. Office telephone {tel}; remittances "
            f"and invoices by e-mail to {mail}",
            "currency_id": "GBP",
            "credit_limit": float(rng.choice((250, 500, 1000))),
            "credit_days": rng.choice((14, 30)),
            "main_address": {
                "address_type_id": "DELIVERY",
                "address_line_1": street[0],
                "address_line_2": ", ".join(street[1:]),
                "city": lines[-1],
                "postal_code": _f(row, "charity_contact_postcode"),
                "country_id": "GB",
                "is_main_address": True,
            },
            "main_contact_person": {
                "contact_person_type_ids": ["ACCOUNTS"],
                "name": "Accounts Office",
                "telephone": tel,
                "email": mail,
                "is_main_contact": True,
            },
        }
    }
    business = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    head = [
        "POST /accounts/v3.1/contacts HTTP/1.1",
        "Host: api.accounting.sage.com",
        "Accept: application/json",
        "Content-Type: application/json",
        f"X-Business: {business}",
        "",
    ]
    return "\n".join(head) + "\n" + json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def parcelforce_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Parcelforce Worldwide ExpressLink v14 ``CreateShipmentRequest`` SOAP message: an
    invented sender's account, contract number and date, the charity as ``RecipientContact``
    (``BusinessName``, ``EmailAddress``, ``Telephone``) and ``RecipientAddress``, an invented
    parcel and reference, ``SpecialInstructions1`` repeating the number."""
    lines = address_lines(row)
    street = (lines[:-1] or lines)[:3]
    sender = rng.choice(SENDERS)
    what, weight = rng.choice(PARCELS)
    when = _when(rng)
    address = [
        f"          <v14:AddressLine{i}>{_x(line)}</v14:AddressLine{i}>"
        for i, line in enumerate(street, 1)
    ]
    lines_out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:v14="http://www.parcelforce.net/ws/ship/v14">',
        "  <soapenv:Header/>",
        "  <soapenv:Body>",
        "    <v14:CreateShipmentRequest>",
        "      <v14:Authentication>",
        f"        <v14:UserName>{_x(sender[0].upper().replace(' ', '')[:12])}</v14:UserName>",
        "        <v14:Password>********</v14:Password>",
        "      </v14:Authentication>",
        "      <v14:RequestedShipment>",
        "        <v14:DepartmentId>1</v14:DepartmentId>",
        "        <v14:ShipmentType>DELIVERY</v14:ShipmentType>",
        f"        <v14:ContractNumber>P{rng.randint(100000, 999999)}</v14:ContractNumber>",
        f"        <v14:ServiceCode>{rng.choice(('SND', 'S09', 'S12'))}</v14:ServiceCode>",
        f"        <v14:ShippingDate>{when:%Y-%m-%d}</v14:ShippingDate>",
        "        <v14:RecipientContact>",
        f"          <v14:BusinessName>{_x(_f(row, 'charity_name'))}</v14:BusinessName>",
        "          <v14:ContactName>The Office Manager</v14:ContactName>",
        f"          <v14:EmailAddress>{_x(email(row))}</v14:EmailAddress>",
        f"          <v14:Telephone>{_x(phone(row))}</v14:Telephone>",
        "          <v14:NotificationType>",
        "            <v14:NotificationType>EMAIL</v14:NotificationType>",
        "          </v14:NotificationType>",
        "        </v14:RecipientContact>",
        "        <v14:RecipientAddress>",
        *address,
        f"          <v14:Town>{_x(lines[-1])}</v14:Town>",
        f"          <v14:Postcode>{_x(_f(row, 'charity_contact_postcode'))}</v14:Postcode>",
        "          <v14:Country>GB</v14:Country>",
        "        </v14:RecipientAddress>",
        "        <v14:TotalNumberOfParcels>1</v14:TotalNumberOfParcels>",
        "        <v14:ShipmentInformation>",
        f"          <v14:ShipmentDate>{when:%Y-%m-%d}</v14:ShipmentDate>",
        f"          <v14:Description>{_x(what)}</v14:Description>",
        f"          <v14:Weight>{weight}</v14:Weight>",
        "        </v14:ShipmentInformation>",
        f"        <v14:ReferenceNumber1>CH{_f(row, 'registered_charity_number')}"
        "</v14:ReferenceNumber1>",
        f"        <v14:SpecialInstructions1>Ring {_x(phone(row))}</v14:SpecialInstructions1>",
        "      </v14:RequestedShipment>",
        "    </v14:CreateShipmentRequest>",
        "  </soapenv:Body>",
        "</soapenv:Envelope>",
        "",
    ]
    return "\n".join(lines_out)


def civicrm_api4(row: dict[str, Any], rng: random.Random) -> str:
    """A CiviCRM APIv4 call in PHP (``civicrm_api4('Contact', 'create', ...)``) of an
    invented import: the charity as an ``Organization`` with its register number as
    ``external_identifier``, chained ``Phone``, ``Email``, ``Address`` and ``Website``
    records, a comment above it repeating the number."""
    lines = address_lines(row)
    street = lines[:-1] or lines
    regno, tel, web = (
        _f(row, "registered_charity_number"),
        phone(row),
        _f(row, "charity_contact_web"),
    )
    when = _when(rng)
    chain = [
        "    'phone' => ['Phone', 'create', ['values' => [",
        "      'contact_id' => '$id',",
        f"      'phone' => {_php(tel)},",
        "      'location_type_id:name' => 'Work',",
        "      'phone_type_id:name' => 'Phone',",
        "      'is_primary' => TRUE,",
        "    ]]],",
        "    'email' => ['Email', 'create', ['values' => [",
        "      'contact_id' => '$id',",
        f"      'email' => {_php(email(row))},",
        "      'location_type_id:name' => 'Work',",
        "      'is_primary' => TRUE,",
        "    ]]],",
        "    'address' => ['Address', 'create', ['values' => [",
        "      'contact_id' => '$id',",
        f"      'street_address' => {_php(street[0])},",
        *(
            [f"      'supplemental_address_1' => {_php(', '.join(street[1:]))},"]
            if street[1:]
            else []
        ),
        f"      'city' => {_php(lines[-1])},",
        f"      'postal_code' => {_php(_f(row, 'charity_contact_postcode'))},",
        "      'country_id:name' => 'GB',",
        "      'location_type_id:name' => 'Work',",
        "      'is_primary' => TRUE,",
        "    ]]],",
    ]
    if web:
        chain += [
            "    'website' => ['Website', 'create', ['values' => [",
            "      'contact_id' => '$id',",
            f"      'url' => {_php(web)},",
            "      'website_type_id:name' => 'Work',",
            "    ]]],",
        ]
    out = [
        "<?php",
        f"// Import for {rng.choice(IMPORTS)}, {when:%d %B %Y}: registered charity {regno}",
        f"// ({_f(row, 'charity_type')}), office telephone {tel}",
        "$result = civicrm_api4('Contact', 'create', [",
        "  'values' => [",
        "    'contact_type' => 'Organization',",
        f"    'organization_name' => {_php(_f(row, 'charity_name'))},",
        f"    'external_identifier' => 'CCEW-{regno}',",
        "    'source' => 'Charity Commission register of charities',",
        "  ],",
        "  'chain' => [",
        *chain,
        "  ],",
        "  'checkPermissions' => FALSE,",
        "]);",
        "",
    ]
    return "\n".join(out)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ccew_charity_details": ccew_charity_details,
    "sage_contact": sage_contact,
    "parcelforce_shipment": parcelforce_shipment,
    "civicrm_api4": civicrm_api4,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of its
    e-mail address labelled."""
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
