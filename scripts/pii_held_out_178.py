"""held_out_178 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Ontario's Retirement Homes Regulatory Authority's public register of
licensed retirement homes; Canada's earlier parts took Ontario's COVID-19 testing locations,
British Columbia's WorkBC Centres and the City of Toronto's licensed child care centres) exactly
as published, in layouts no earlier part has, beside the register's own names, addresses,
postal codes and licence numbers.

The procedure of ``held_out_124``, on another register and other layouts; earlier parts took
national numbers from registers of CA (Ontario's testing locations, WorkBC Centres, Toronto's
child care centres), US and many others; here:

* the values are the ``phone_number``, ``fax_number`` and ``email_address`` fields of 400
  licensed retirement homes (``scripts/data/pii_ca_rhra_retirement_homes.json``, written by
  ``scripts/ca_rhra_retirement_homes_data.py``; source and licence in that file): North
  American numbers with no ``+1`` as the register writes them, area code, exchange and line
  joined by hyphens (``416-631-0405``; one ``613 809-2212``, one ``6138452200``, two with an
  extension, ``416-499-2020 ext 502``, the extension outside the label), faxes in the same
  shapes (one ``705 268 7133``, one ``905-88-8808``, a digit short, labelled as written) or
  ``N/A`` (unlabelled), the homes' mailboxes or ``N/A``; each copy labelled (a fax equal to
  the phone is labelled as the phone);
* the text around them is the same row's real fields: the home's name, street address, city
  or town, postal code (``M3H 5G9``, written ``M3H5G9`` where Canada Post wants it), licence
  number (``T0179``) and status, suites and resident capacity, with invented shipment and
  contract ids (Canada Post's ten-digit ``contract-id``), order ids, vault data keys, client
  and facility ids, UUIDs, amounts, weights and dates, unlabelled and scored;
* in layouts no earlier part has, Canadian business formats of the homes' suppliers, text in
  English: Canada Post Web Services shipment requests (``shipment-v8``: the home as the
  ``sender`` of a return parcel with its ``contact-phone``, its mailbox as the
  ``notification`` address), Moneris Gateway XML ``res_purchase_cc`` requests (a supply order
  charged to the home's vaulted card, ``cust_info`` with its ``email``, ``instructions`` and a
  ``billing`` block with ``company_name``, ``phone_number`` and ``fax``), FreshBooks API
  client resources (``bus_phone``, ``fax``, ``email``, ``p_*`` address fields, a ``note``
  repeating the number) and PointClickCare facility resources (``facilityName``, ``phone``,
  ``fax``, ``bedCount``, ``lineOfBusiness``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_178.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_rhra_retirement_homes.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_178.jsonl.gz"
SPLIT = "held_out_178"

LAYOUTS = ("canada_post_shipment", "moneris_purchase", "freshbooks_client", "pcc_facility")
PHONE, FAX = "phone_number", "fax_number"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
EMPTY = ("", "N/A")  # the register's empty field

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers of the homes (no real firm is meant) and their Ontario addresses
SUPPLIERS = (
    ("Lakeshore Care Supply", "1180 Meyerside Drive", "Mississauga", "L5T1R2"),
    ("Trillium Health Products", "45 Ashwarren Road", "North York", "M3J1Z5"),
    ("Northway Medical Distribution", "2200 Midland Avenue", "Scarborough", "M1P3E7"),
    ("Grand River Nursing Supplies", "505 Dotzert Court", "Waterloo", "N2L6A7"),
    ("Rideau Senior Living Supply", "2750 Sheffield Road", "Ottawa", "K1B3V9"),
)  # fmt: skip
# invented supply lines a retirement home orders: (name, product code prefix, unit price)
ITEMS = (
    ("Incontinence briefs, medium, case of 80", "INC", 64.5),
    ("Nitrile examination gloves, box of 100", "GLV", 11.25),
    ("Disposable underpads 30 x 36, case of 150", "UPD", 48.9),
    ("Hand sanitizer 70% 1 L refill", "SAN", 9.75),
    ("Bedside commode liners, pack of 24", "CMD", 18.4),
    ("Blood glucose test strips, box of 100", "GLU", 36.0),
    ("Skin barrier cream 120 mL", "SKN", 7.85),
    ("Wheelchair cushion, gel, 18 in", "WCC", 89.0),
)  # fmt: skip
RETURNS = ("RMA", "RTN", "CR")
SPOTS = ("Reception", "Front Desk", "Wellness Office", "Business Office", "Administration")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax_field(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped (a number or ``N/A``)."""
    return _f(row, FAX)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field where it gives a number of six digits or more ("" otherwise)."""
    value = fax_field(row)
    return value if sum(c.isdigit() for c in value) >= 6 else ""


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address ("" where the register gives ``N/A``)."""
    value = _f(row, "email_address")
    return "" if value in EMPTY else value


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the register's does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field, of its fax field where that
    is a number (and not the phone again), and of its e-mail address labelled. Each copy stands
    apart (no digit next to a number, no address character next to an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    if fax(row) and fax(row) != phone(row):
        values.append(("fax", fax(row)))
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Eastern time, EST or EDT by the date)."""
    start = dt.datetime(2024, 1, 8, 8, 0)
    moment = start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))
    dst = dt.datetime(2024, 3, 10, 2) <= moment < dt.datetime(2024, 11, 3, 2)
    return moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=-4 if dst else -5)))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _postal(row: dict[str, Any]) -> str:
    """The postal code as the register writes it (``M3H 5G9``)."""
    return _f(row, "postal")


def _int(row: dict[str, Any], key: str) -> int | None:
    """A count of the register (suites, capacity) as a number, None where it gives none."""
    value = _f(row, key)
    return int(value) if value.isdigit() else None


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def canada_post_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Canada Post Web Services "Create Shipment" request (``shipment-v8``) for a return
    parcel an invented supplier's contract pays: the home as ``sender`` (a desk as ``name``,
    the home as ``company``, its phone field as ``contact-phone``, its address with the
    postal code run together as Canada Post wants it), the supplier as ``destination``, an
    invented group id, mailing date, weight and dimensions, references (an invented return
    number and the home's licence number), the home's mailbox as ``notification`` address
    (left out where the register has none) and an invented ten-digit ``contract-id``."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    supplier, street, city, code = rng.choice(SUPPLIERS)
    when = _when(rng)
    postal = _postal(row).replace(" ", "")
    return_ref = f"{rng.choice(RETURNS)}-{rng.randint(100000, 999999)}"
    notification = (
        [
            "    <notification>",
            f"      <email>{_x(mail)}</email>",
            "      <on-shipment>true</on-shipment>",
            "      <on-exception>true</on-exception>",
            "      <on-delivery>true</on-delivery>",
            "    </notification>",
        ]
        if mail
        else []
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<shipment xmlns="http://www.canadapost.ca/ws/shipment-v8">',
        f"  <group-id>returns-{when:%Y%m%d}</group-id>",
        f"  <requested-shipping-point>{postal}</requested-shipping-point>",
        "  <cpc-pickup-indicator>true</cpc-pickup-indicator>",
        f"  <expected-mailing-date>{when:%Y-%m-%d}</expected-mailing-date>",
        "  <delivery-spec>",
        f"    <service-code>{rng.choice(('DOM.EP', 'DOM.RP', 'DOM.XP'))}</service-code>",
        "    <sender>",
        f"      <name>{rng.choice(SPOTS)}</name>",
        f"      <company>{_x(name[:44])}</company>",
        f"      <contact-phone>{_x(tel)}</contact-phone>",
        "      <address-details>",
        f"        <address-line-1>{_x(_f(row, 'streetaddress')[:44])}</address-line-1>",
        f"        <city>{_x(_f(row, 'citytown')[:40])}</city>",
        "        <prov-state>ON</prov-state>",
        "        <country-code>CA</country-code>",
        f"        <postal-zip-code>{postal}</postal-zip-code>",
        "      </address-details>",
        "    </sender>",
        "    <destination>",
        "      <name>Returns Department</name>",
        f"      <company>{supplier}</company>",
        "      <address-details>",
        f"        <address-line-1>{street}</address-line-1>",
        f"        <city>{city}</city>",
        "        <prov-state>ON</prov-state>",
        "        <country-code>CA</country-code>",
        f"        <postal-zip-code>{code}</postal-zip-code>",
        "      </address-details>",
        "    </destination>",
        "    <options>",
        "      <option>",
        "        <option-code>DC</option-code>",
        "      </option>",
        "    </options>",
        "    <parcel-characteristics>",
        f"      <weight>{rng.randint(5, 180) / 10:.1f}</weight>",
        "      <dimensions>",
        f"        <length>{rng.choice((30, 40, 45, 60))}</length>",
        f"        <width>{rng.choice((20, 25, 30, 40))}</width>",
        f"        <height>{rng.choice((10, 15, 20, 30))}</height>",
        "      </dimensions>",
        "      <unpackaged>false</unpackaged>",
        "      <mailing-tube>false</mailing-tube>",
        "    </parcel-characteristics>",
        *notification,
        "    <print-preferences>",
        "      <output-format>4x6</output-format>",
        "    </print-preferences>",
        "    <preferences>",
        "      <show-packing-instructions>true</show-packing-instructions>",
        "      <show-postage-rate>false</show-postage-rate>",
        "      <show-insured-value>false</show-insured-value>",
        "    </preferences>",
        "    <references>",
        f"      <customer-ref-1>{return_ref}</customer-ref-1>",
        f"      <customer-ref-2>{_x(_f(row, 'lic_number'))}</customer-ref-2>",
        "    </references>",
        "    <settlement-info>",
        f"      <contract-id>00{rng.randint(40000000, 49999999)}</contract-id>",
        "      <intended-method-of-payment>Account</intended-method-of-payment>",
        "    </settlement-info>",
        "  </delivery-spec>",
        "</shipment>",
        "",
    ]
    return "\n".join(lines)


def moneris_purchase(row: dict[str, Any], rng: random.Random) -> str:
    """A Moneris Gateway (Canada) XML request charging a supply order to the home's card kept
    in the Moneris Vault (``res_purchase_cc``: an invented store id, API token, 25-character
    ``data_key``, order id and amount; the licence number as ``cust_id``), with ``cust_info``:
    the home's mailbox as ``email`` (empty where the register has none), delivery
    ``instructions`` naming the home, a ``billing`` block with the home as ``company_name``,
    its address and postal code, its phone field as ``phone_number`` and its fax field as
    ``fax`` (``N/A`` as published where it has none), the 13% HST as ``tax1``, and one to three
    ``item`` lines."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    items = rng.sample(ITEMS, rng.randint(1, 3))
    lines_xml, subtotal = [], 0.0
    for title, prefix, price in items:
        quantity = rng.randint(1, 12)
        amount = round(quantity * price, 2)
        subtotal += amount
        lines_xml += [
            "      <item>",
            f"        <name>{title}</name>",
            f"        <quantity>{quantity}</quantity>",
            f"        <product_code>{prefix}-{rng.randint(1000, 9999)}</product_code>",
            f"        <extended_amount>{amount:.2f}</extended_amount>",
            "      </item>",
        ]
    tax = round(subtotal * 0.13, 2)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<request>",
        f"  <store_id>monca{rng.randint(10000, 99999)}</store_id>",
        f"  <api_token>{_alnum(rng, 20)}</api_token>",
        "  <res_purchase_cc>",
        f"    <data_key>{_alnum(rng, 25)}</data_key>",
        f"    <order_id>SO-{when:%Y%m%d}-{rng.randint(1000, 9999)}</order_id>",
        f"    <cust_id>{_x(_f(row, 'lic_number'))}</cust_id>",
        f"    <amount>{subtotal + tax:.2f}</amount>",
        "    <crypt_type>1</crypt_type>",
        "    <cust_info>",
        f"      <email>{_x(email(row))}</email>",
        f"      <instructions>Deliver to {rng.choice(SPOTS).lower()}, {_x(name.rstrip('.'))}. "
        "Standing order, ship weekly.</instructions>",
        "      <billing>",
        "        <first_name></first_name>",
        "        <last_name></last_name>",
        f"        <company_name>{_x(name)}</company_name>",
        f"        <address>{_x(_f(row, 'streetaddress'))}</address>",
        f"        <city>{_x(_f(row, 'citytown'))}</city>",
        "        <province>ON</province>",
        f"        <postal_code>{_x(_postal(row))}</postal_code>",
        "        <country>Canada</country>",
        f"        <phone_number>{_x(tel)}</phone_number>",
        f"        <fax>{_x(fax_field(row))}</fax>",
        f"        <tax1>{tax:.2f}</tax1>",
        "        <tax2></tax2>",
        "        <tax3></tax3>",
        "        <shipping_cost>0.00</shipping_cost>",
        "      </billing>",
        *lines_xml,
        "    </cust_info>",
        "  </res_purchase_cc>",
        "</request>",
        "",
    ]
    return "\n".join(lines)


def freshbooks_client(row: dict[str, Any], rng: random.Random) -> str:
    """A FreshBooks API client resource as ``GET .../users/clients/{id}`` returns it
    (``{"response": {"result": {"client": ...}}}``, keys in the API's order): the home as
    ``organization``, its phone field as ``bus_phone``, its fax field as ``fax`` (empty where
    the register gives ``N/A``), its mailbox as ``email``, its address as the ``p_*`` fields,
    ``CAD``, an invented id, ``accounting_systemid`` and dates, and a ``note`` with the
    licence number, suites and the number again."""
    name, tel = _f(row, "name"), phone(row)
    signup = _when(rng)
    updated = signup + dt.timedelta(days=rng.randint(1, 40), seconds=rng.randint(0, 86400))
    client_id = rng.randint(100000, 999999)
    suites = f"{_f(row, 'number_of_suites')} suites" if _f(row, "number_of_suites") else ""
    note = f"RHRA licence {_f(row, 'lic_number')}"
    note += f", {suites}" if suites else ""
    note += f". Invoices to the business office; call {tel} before delivery."
    client = {
        "accounting_systemid": _alnum(rng, 5),
        "allow_email_include_pdf": False,
        "allow_late_fees": rng.random() < 0.5,
        "allow_late_notifications": True,
        "bus_phone": tel,
        "company_industry": None,
        "company_size": None,
        "currency_code": "CAD",
        "direct_link_token": None,
        "email": email(row),
        "fax": fax_field(row) if fax_field(row) not in EMPTY else "",
        "fname": "",
        "has_retainer": None,
        "home_phone": None,
        "id": client_id,
        "language": "en",
        "last_activity": None,
        "last_login": None,
        "level": 0,
        "lname": "",
        "mob_phone": "",
        "note": note,
        "notified": False,
        "num_logins": 0,
        "organization": name,
        "p_city": _f(row, "citytown"),
        "p_code": _postal(row),
        "p_country": "Canada",
        "p_province": "Ontario",
        "p_street": _f(row, "streetaddress"),
        "p_street2": "",
        "pref_email": True,
        "pref_gmail": False,
        "s_city": "",
        "s_code": "",
        "s_country": "",
        "s_province": "",
        "s_street": "",
        "s_street2": "",
        "signup_date": f"{signup:%Y-%m-%d %H:%M:%S}",
        "statement_token": None,
        "subdomain": None,
        "updated": f"{updated:%Y-%m-%d %H:%M:%S}",
        "userid": client_id,
        "username": None,
        "vat_name": None,
        "vat_number": "",
        "vis_state": 0,
    }
    return json.dumps({"response": {"result": {"client": client}}}, ensure_ascii=False, indent=2)


def pcc_facility(row: dict[str, Any], rng: random.Random) -> str:
    """A PointClickCare facility resource (``GET /public/preview1/orgs/{orgUuid}/facs/{facId}``)
    in the API's field order: an invented org id, UUID and facility id, the home as
    ``facilityName`` and ``orgName``, its address, postal code, city and ``ON``, its phone
    field as ``phone``, its fax field as ``fax`` (empty where the register gives ``N/A``), its
    resident capacity as ``bedCount``, a senior-living line of business, its licence number as
    ``facilityCode``, Toronto's time zone."""
    name = _f(row, "name")
    facility = {
        "orgId": rng.randint(10000, 99999),
        "orgUuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper(),
        "facId": rng.randint(1, 60),
        "facilityName": name,
        "country": "Canada",
        "addressLine1": _f(row, "streetaddress"),
        "postalCode": _postal(row),
        "phone": phone(row),
        "city": _f(row, "citytown"),
        "state": "ON",
        "fax": fax_field(row) if fax_field(row) not in EMPTY else "",
        "bedCount": _int(row, "resident_capacity"),
        "lineOfBusiness": {"shortDesc": "SL", "longDesc": "Senior Living"},
        "healthType": "SENIOR_LIVING",
        "facilityCode": _f(row, "lic_number"),
        "orgName": name,
        "environment": "PROD",
        "facilityStatus": "Active",
        "countryId": 2,
        "timeZoneOffset": -5,
        "orgDbType": "Production",
        "billingStyleCountry": "CA",
        "timeZone": "America/Toronto",
        "active": True,
        "headOffice": False,
    }
    return json.dumps(facility, ensure_ascii=False, indent=2)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "canada_post_shipment": canada_post_shipment,
    "moneris_purchase": moneris_purchase,
    "freshbooks_client": freshbooks_client,
    "pcc_facility": pcc_facility,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    and of its e-mail address labelled."""
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
