"""held_out_221 of the PII evaluation set: real phone fields of a directory no earlier part used
(the museums of the Museumkaart, the Dutch museum pass of the Museumvereniging; the
Netherlands' earlier parts took DUO's schools, the municipalities and the childcare register)
exactly as published, in layouts no earlier part has, beside the directory's own names,
addresses and places.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of NL (DUO's secondary schools, the municipalities' general
numbers, the LRK's day-care centres), BE, DE, FR, JP and many others; here:

* the values are the telephone numbers of 563 museums (``scripts/data/pii_nl_museumkaart.json``,
  written by ``scripts/nl_museumkaart_data.py``; source and licence in that file), the third
  line of each museum's address paragraph on museumkaart.nl: Dutch numbers with the trunk
  ``0`` in some forty shapes as each museum gave them, the area code in brackets
  (``(0511) 46 55 44``), apart by a hyphen between spaces (``0595 - 57 14 30``), by an en dash
  (``026 – 364 4645``), by a hyphen, a space or nothing (``026-3031400``, ``040 2266019``,
  ``0880042800``), one with ``+31``; each field is one number and is labelled whole, the area
  code with it, wherever it is copied;
* the text around them is the same row's real fields: the name (cut at 30 characters as the
  directory gives it), the street and number, the postcode (``2851BE``, ``3981 HB``), the
  place in capitals and, in Adlib records, the page's path, with invented record numbers,
  contact, customer and order ids, invoice and order amounts, weights, dates and times,
  unlabelled and scored;
* in layouts no earlier part has, formats of Dutch collection management, book-keeping and
  shipping, text in Dutch: Adlib XML (Axiell) records of a collection's persons and
  institutions database (the museum as lending institution: ``name.type`` ``INST``, an
  ``Address`` group, ``phone``, a ``notes`` line repeating the number, the ``diagnostic``
  block), Moneybird API v2 contacts (the museum as customer of an invented educational
  publisher: ``company_name``, ``address1``, ``zipcode``, ``city``, ``phone``, a note
  repeating the number), Sendcloud API v2 parcel requests (two parcels of an order to the
  museum shop, each with ``telephone``) and Twinfield XML ``dimension`` documents (a ``DEB``
  customer with an invoice and a postal address, each with ``telephone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_221.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nl_museumkaart.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_221.jsonl.gz"
SPLIT = "held_out_221"

LAYOUTS = ("adlib_xml", "moneybird_contact", "sendcloud_parcels", "twinfield_dimension")
PHONE = "telefoon"

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods an educational publisher sends a museum shop (description, grams, euros)
GOODS = (
    ("Educatieve lespakketten primair onderwijs", 1850, "64.50"),
    ("Kijkwijzers groep 5-8 (set van 30)", 920, "27.00"),
    ("Ansichtkaarten collectie (pak van 100)", 640, "18.95"),
    ("Catalogus vaste presentatie", 1240, "34.95"),
    ("Posters tentoonstelling A2 (10 stuks)", 780, "22.50"),
    ("Speurtochtboekjes kinderen (set van 50)", 1100, "41.00"),
)  # fmt: skip
NOTES = (
    "Bruikleen: contact met de afdeling collecties via {tel}.",
    "Bij vragen over bruiklenen bellen naar {tel} (receptie).",
    "Transport van bruiklenen altijd vooraf telefonisch afstemmen: {tel}.",
)  # fmt: skip
MONEYBIRD_NOTES = (
    "Bestellingen lespakketten gaan via de museumwinkel, telefoon {tel}.",
    "Factuur per e-mail; voor afleverafspraken bellen met {tel}.",
    "Levering alleen op werkdagen, vooraf bellen: {tel}.",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return value if isinstance(value, str) else ""


def _lines(row: dict[str, Any]) -> list[str]:
    return _f(row, "address").split("\n")


def phone(row: dict[str, Any]) -> str:
    """The museum's number: the third line of its address paragraph as published, stripped."""
    return _lines(row)[2].strip()


def street(row: dict[str, Any]) -> str:
    """The street and number (``Hoogstraat 166``)."""
    return _lines(row)[0]


def postcode(row: dict[str, Any]) -> str:
    """The postcode as the directory writes it (``2851BE``, ``3981 HB``)."""
    return re.match(r"\d{4} ?[A-Z]{2}", _lines(row)[1]).group()


def place(row: dict[str, Any]) -> str:
    """The place as the directory writes it, in capitals (``HAASTRECHT``)."""
    return _lines(row)[1][len(postcode(row)) :].strip()


def international(value: str) -> bool:
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field marked (each copy stands
    apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def labelled_record(where: tuple[str, str, str, int], row: dict[str, Any], block: Record) -> dict:
    """The evaluation record of one row's block: each copy of the phone field labelled whole
    (the directory writes one number per field, its area code apart by brackets, a hyphen or
    a dash between spaces, which ``pii_held_out_11.numbers`` would cut off; a number no person
    holds would only be a distractor)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        kind = "international" if international(field) else "national"
        span = [at, at + len(field), "PHONE_NUMBER", f"{kind}:{column}"]
        if personal_phone(field, row["country"]):
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
    """An invented moment of 2019 (CET)."""
    start = dt.datetime(2019, 1, 7, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: Any) -> str:
    """``value`` as a JSON literal."""
    return json.dumps(value, ensure_ascii=False)


def _house(row: dict[str, Any]) -> tuple[str, str]:
    """The street and the house number apart (``Hoogstraat``, ``166``); the whole line and ""
    where the line has no number."""
    m = re.fullmatch(r"(.*?\S)\s+(\d.*)", street(row))
    return (m.group(1), m.group(2)) if m else (street(row), "")


def adlib_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An Adlib XML (Axiell) search result in grouped form, one record of a collection's
    persons and institutions database (``people``): an invented ``priref`` and creation and
    modification times, the museum's ``name``, ``name.type`` ``INST`` with its neutral, English
    and Dutch values, an ``Address`` group (street, postcode, place, country), ``phone``, the
    page's path as ``url``, a ``notes`` line repeating the number, input and edit names and
    dates, and the ``diagnostic`` block of the search."""
    name, tel = _f(row, "name"), phone(row)
    priref = rng.randint(10000, 99999)
    created = _when(rng)
    edited = created + dt.timedelta(days=rng.randint(1, 60), seconds=rng.randint(0, 30000))
    note = rng.choice(NOTES).format(tel=tel)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<adlibXML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://www.adlibsoft.com/adlibXML.xsd">',
        "  <recordList>",
        f'    <record priref="{priref}" created="{created:%Y-%m-%dT%H:%M:%S}" '
        f'modification="{edited:%Y-%m-%dT%H:%M:%S}" selected="False">',
        f"      <priref>{priref}</priref>",
        f"      <name>{_x(name)}</name>",
        '      <name.type option="INST" value="INST">',
        '        <value lang="neutral">INST</value>',
        '        <value lang="0">institution</value>',
        '        <value lang="3">instelling</value>',
        "      </name.type>",
        "      <Address>",
        f"        <address>{_x(street(row))}</address>",
        f"        <address.postal_code>{_x(postcode(row))}</address.postal_code>",
        f"        <address.place>{_x(place(row))}</address.place>",
        "        <address.country>Nederland</address.country>",
        "      </Address>",
        f"      <phone>{_x(tel)}</phone>",
        f"      <url>https://www.museumkaart.nl{_x(_f(row, 'details'))}</url>",
        f"      <notes>{_x(note)}</notes>",
        "      <input.name>registratie</input.name>",
        f"      <input.date>{created:%Y-%m-%d}</input.date>",
        "      <edit.name>collectiebeheer</edit.name>",
        f"      <edit.date>{edited:%Y-%m-%d}</edit.date>",
        f"      <edit.time>{edited:%H:%M:%S}</edit.time>",
        "    </record>",
        "  </recordList>",
        "  <diagnostic>",
        "    <hits>1</hits>",
        "    <xmltype>Grouped</xmltype>",
        f"    <link_resolve_time>{rng.randint(0, 9)}</link_resolve_time>",
        "    <first_item>1</first_item>",
        f"    <search>priref={priref}</search>",
        "    <sort />",
        "    <limit>1</limit>",
        "    <hits_on_display>1</hits_on_display>",
        f"    <response_time>{rng.randint(4, 60)}</response_time>",
        f"    <xml_creation_time>{rng.randint(0, 9)}</xml_creation_time>",
        "    <dbname>people</dbname>",
        "    <dsname>people</dsname>",
        "  </diagnostic>",
        "</adlibXML>",
        "",
    ]
    return "\n".join(lines)


def _moneybird_id(rng: random.Random) -> str:
    """An invented Moneybird id (18 digits)."""
    return str(rng.randint(240000000000000000, 259999999999999999))


def moneybird_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Moneybird API v2 contact (``GET /api/v2/{administration_id}/contacts/{id}.json``), the
    museum as customer of an invented educational publisher: invented ids, administration,
    customer number and times, ``company_name``, ``address1``, ``zipcode``, ``city``,
    ``country`` ``NL``, ``phone``, empty e-mail fields, the SEPA fields unset, one note
    repeating the number."""
    name, tel = _f(row, "name"), phone(row)
    admin = rng.randint(100000000000000000, 199999999999999999)
    cid = _moneybird_id(rng)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(0, 40), seconds=rng.randint(0, 50000))
    ts = "%Y-%m-%dT%H:%M:%S.000Z"
    c_utc, u_utc = created.astimezone(dt.UTC), updated.astimezone(dt.UTC)
    note = {
        "id": _moneybird_id(rng),
        "administration_id": admin,
        "entity_id": cid,
        "entity_type": "Contact",
        "user_id": rng.randint(10**17, 2 * 10**17),
        "assignee_id": None,
        "todo": False,
        "note": rng.choice(MONEYBIRD_NOTES).format(tel=tel),
        "completed_at": None,
        "completed_by_id": None,
        "todo_type": None,
        "data": {},
        "created_at": f"{u_utc:{ts}}",
        "updated_at": f"{u_utc:{ts}}",
    }
    contact = {
        "id": cid,
        "administration_id": admin,
        "company_name": name,
        "firstname": None,
        "lastname": None,
        "address1": street(row),
        "address2": "",
        "zipcode": postcode(row),
        "city": place(row),
        "country": "NL",
        "phone": tel,
        "delivery_method": "Email",
        "customer_id": str(rng.randint(1000, 4999)),
        "tax_number": "",
        "chamber_of_commerce": "",
        "bank_account": "",
        "attention": "t.a.v. museumwinkel",
        "email": "",
        "email_ubl": True,
        "send_invoices_to_attention": "",
        "send_invoices_to_email": "",
        "send_estimates_to_attention": "",
        "send_estimates_to_email": "",
        "sepa_active": False,
        "sepa_iban": "",
        "sepa_iban_account_name": "",
        "sepa_bic": "",
        "sepa_mandate_id": "",
        "sepa_mandate_date": None,
        "sepa_sequence_type": "RCUR",
        "credit_card_number": "",
        "credit_card_reference": "",
        "credit_card_type": None,
        "tax_number_validated_at": None,
        "tax_number_valid": None,
        "invoice_workflow_id": None,
        "estimate_workflow_id": None,
        "si_identifier": "",
        "si_identifier_type": None,
        "moneybird_payments_mandate": False,
        "created_at": f"{c_utc:{ts}}",
        "updated_at": f"{u_utc:{ts}}",
        "version": int(updated.timestamp()),
        "sales_invoices_url": f"https://moneybird.com/{admin}/sales_invoices/"
        f"{rng.getrandbits(128):032x}/all",
        "notes": [note],
        "custom_fields": [],
        "contact_people": [],
        "archived": False,
        "events": [],
    }
    return json.dumps(contact, ensure_ascii=False, indent=2) + "\n"


def sendcloud_parcels(row: dict[str, Any], rng: random.Random) -> str:
    """A Sendcloud API v2 request creating parcels (``POST /api/v2/parcels``, the ``parcels``
    array): two parcels of one invented order of an educational publisher to the museum shop,
    each with ``name`` (the shop), ``company_name``, ``address``, ``house_number``, ``city``,
    ``postal_code``, ``telephone``, ``country`` ``NL``, an invented shipping method, weight,
    order number, order value and ``parcel_items``."""
    name, tel = _f(row, "name"), phone(row)
    road, number = _house(row)
    order = f"EDU-{_when(rng):%Y}-{rng.randint(10000, 99999)}"
    goods = rng.sample(GOODS, 2)
    parcels = []
    for i, (what, grams, price) in enumerate(goods, 1):
        quantity = rng.randint(1, 4)
        weight = f"{(grams * quantity + rng.randint(150, 400)) / 1000:.3f}"
        value = f"{float(price) * quantity:.2f}"
        parcels.append(
            {
                "name": "Museumwinkel",
                "company_name": name,
                "address": road,
                "house_number": number,
                "city": place(row),
                "postal_code": postcode(row),
                "telephone": tel,
                "request_label": False,
                "country": "NL",
                "shipment": {"id": rng.choice((8, 1317, 2395))},
                "weight": weight,
                "order_number": f"{order}-{i}",
                "insured_value": 0,
                "total_order_value_currency": "EUR",
                "total_order_value": value,
                "parcel_items": [
                    {
                        "description": what,
                        "quantity": quantity,
                        "weight": f"{grams / 1000:.3f}",
                        "value": price,
                        "sku": f"EDU{rng.randint(1000, 9999)}",
                    }
                ],
            }
        )
    return json.dumps({"parcels": parcels}, ensure_ascii=False, indent=2) + "\n"


def twinfield_dimension(row: dict[str, Any], rng: random.Random) -> str:
    """A Twinfield XML ``dimension`` (the web services' ``ProcessXml`` message creating a
    customer): an invented office and code, type ``DEB``, the museum as ``name`` and
    ``shortname``, ``financials`` with invented payment terms, two ``address``es (``invoice``
    and ``postal``) each with ``name``, ``country``, ``city``, ``postcode``, ``telephone``, empty
    ``telefax`` and ``email``, the street in ``field2``, and ``remittanceadvice``."""
    name, tel = _f(row, "name"), phone(row)
    office = f"NLA{rng.randint(100000, 999999)}"
    short = re.sub(r"[^A-Z0-9]", "", name.upper())[:10] or "MUSEUM"

    def address(kind: str, default: str, contact: str) -> list[str]:
        return [
            f'    <address id="{1 if kind == "invoice" else 2}" type="{kind}" default="{default}">',
            f"      <name>{_x(name)}</name>",
            "      <country>NL</country>",
            f"      <city>{_x(place(row))}</city>",
            f"      <postcode>{_x(postcode(row))}</postcode>",
            f"      <telephone>{_x(tel)}</telephone>",
            "      <telefax></telefax>",
            "      <email></email>",
            f"      <contact>{contact}</contact>",
            "      <field1></field1>",
            f"      <field2>{_x(street(row))}</field2>",
            "      <field3></field3>",
            "      <field4></field4>",
            "      <field5></field5>",
            "      <field6></field6>",
            "    </address>",
        ]

    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<dimension status="active">',
        f"  <office>{office}</office>",
        "  <type>DEB</type>",
        f"  <code>{rng.randint(10000, 19999)}</code>",
        f"  <name>{_x(name)}</name>",
        f"  <shortname>{short}</shortname>",
        "  <financials>",
        f"    <duedays>{rng.choice((14, 30, 30, 60))}</duedays>",
        "    <payavailable>false</payavailable>",
        "    <meansofpayment>none</meansofpayment>",
        "    <ebilling>false</ebilling>",
        "    <vatcode></vatcode>",
        "  </financials>",
        "  <addresses>",
        *address("invoice", "true", "Crediteurenadministratie"),
        *address("postal", "false", "Museumwinkel"),
        "  </addresses>",
        "  <remittanceadvice>",
        "    <sendtype>ToFileManager</sendtype>",
        "    <sendmail></sendmail>",
        "  </remittanceadvice>",
        "</dimension>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "adlib_xml": adlib_xml,
    "moneybird_contact": moneybird_contact,
    "sendcloud_parcels": sendcloud_parcels,
    "twinfield_dimension": twinfield_dimension,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
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
