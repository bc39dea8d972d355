"""held_out_395 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Land Berlin's Stadtführer Entwicklungspolitik, the city guide of development-
policy groups, associations and NGOs of the Senate's Landesstelle für Entwicklungszusammenarbeit;
Germany's earlier parts took Berlin's, North Rhine-Westphalia's and Hamburg's schools, the
day-care centres of Chemnitz and Berlin, farm shops on OpenStreetMap, the HRK's Hochschulkompass,
the RKI's health offices, the BZSt's tax offices, the care portal of the Landkreis
Ludwigslust-Parchim and the Weisse Liste's hospitals) exactly as published, in layouts no
earlier part has, beside the guide's own names, streets, postcodes and web addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefon`` of 159 entries (the number of the entry's telephone line of
  ``kontakt`` as the guide writes it, the area code in brackets: ``(030) 282 39 73``,
  ``(030) 3973 - 2346``) and their ``e_mail`` where it is an office's mailbox
  (``info@agef.de``) (``scripts/data/pii_de_berlin_lez_stadtfuehrer.json``, written by
  ``scripts/de_berlin_lez_stadtfuehrer_data.py``; source and licence in that file); every copy
  labelled;
* the text around them is the same row's real fields: the group's name, street, postcode,
  place and web address, with invented customer numbers, order codes, ids, amounts and dates,
  unlabelled and scored;
* in layouts no earlier part has, formats of German software a group or a city office would
  keep its contacts in, text in German: Billomat API client resources (``GET
  /api/clients/{id}`` as XML, ``<client>`` with ``client_number``, ``name``, ``street``,
  ``zip``, ``city``, ``country_code``, ``phone``, ``email``, ``www`` and a ``note`` repeating
  the telephone), FastBill API ``customer.get`` answers (``REQUEST`` and ``RESPONSE`` with one
  of ``CUSTOMERS``: ``CUSTOMER_NUMBER``, ``ORGANIZATION``, ``ADDRESS``, ``ZIPCODE``, ``CITY``,
  ``PHONE``, ``EMAIL``, ``WEBSITE``), pretix REST API order resources (``GET
  /api/v1/organizers/{o}/events/{e}/orders/{code}/``: an invented order of the group for a
  development-policy day, ``email``, ``phone``, ``invoice_address`` with the group as
  ``company``, one position whose ``answers`` give the telephone again) and betterplace.org API
  v4 organisation details (``GET /de/api_v4/organisations/{id}.json``: ``street``, ``zip``,
  ``city``, ``name``, a ``description`` ending in the group's telephone and mailbox, ``links``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_395.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_berlin_lez_stadtfuehrer.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_395.jsonl.gz"
SPLIT = "held_out_395"

LAYOUTS = ("billomat_client", "fastbill_customer", "pretix_order", "betterplace_organisation")
PHONE, EMAIL = "telefon", "e_mail"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
CET = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented events of a development-policy calendar (pretix event slugs and titles)
EVENTS = (
    ("eine-welt-tage-2024", "Berliner Eine-Welt-Tage 2024"),
    ("fairtrade-forum-2024", "Forum Fairer Handel Berlin 2024"),
    ("entwicklungspolitische-tage", "Entwicklungspolitische Tage im Rathaus"),
    ("ez-netzwerktreffen", "Netzwerktreffen Entwicklungszusammenarbeit"),
)
TICKETS = (("Stand für Vereine", "35.00"), ("Infotisch", "15.00"), ("Workshop-Teilnahme", "20.00"))


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The group's telephone as the guide writes it."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The group's office mailbox, where the extract kept one; else ""."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the kept ones is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and mailbox labelled."""
    values = [(PHONE, phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"])


def address(row: dict[str, Any]) -> tuple[str, str, str]:
    """(street, postcode, place) of the entry's address line (``Große Hamburger Str. 31,
    10115 Berlin``); the parts it lacks are ""."""
    m = re.fullmatch(r"(?:(.*),\s*)?(?:D-)?(\d{5}) (.+)", _f(row, "adresse"))
    if not m:
        return "", "", "Berlin"
    return (m.group(1) or "").strip(), m.group(2), m.group(3).strip()


def website(row: dict[str, Any]) -> str:
    """The group's web address as published ("" where none)."""
    return _f(row, "internet")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Berlin, winter time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _slug(name: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    return re.sub(r"[^a-z0-9]+", "-", name.lower().translate(table)).strip("-")[:40].strip("-")


def billomat_client(row: dict[str, Any], rng: random.Random) -> str:
    """A Billomat API client resource (``GET /api/clients/{id}`` as XML): an invented id,
    creation time and client number (``number_pre`` ``KD``), the group as ``name``, its street,
    postcode, place, ``country_code`` DE, ``phone``, ``email`` (empty where the guide gives no
    office mailbox), ``www``, due days, locale, currency and revenues, and a ``note`` that gives the
    telephone again."""
    when = _when(rng)
    number = rng.randint(1000, 9999)
    street, zipcode, city = address(row)
    gross = round(rng.uniform(50, 2400), 2)
    note = (
        f"Verein aus dem Stadtführer Entwicklungspolitik (LEZ-Nr. {_f(row, 'id')}). "
        f"Rechnungsfragen telefonisch unter {phone(row)}."
    )
    fields = [
        ("id", str(rng.randint(100000, 999999))),
        ("created", f"{when:%Y-%m-%dT%H:%M:%S+01:00}"),
        ("client_number", f"KD{number}"),
        ("number", str(number)),
        ("number_pre", "KD"),
        ("name", _f(row, "name")),
        ("salutation", ""),
        ("first_name", ""),
        ("last_name", ""),
        ("street", street),
        ("zip", zipcode),
        ("city", city),
        ("state", ""),
        ("country_code", "DE"),
        ("phone", phone(row)),
        ("fax", ""),
        ("mobile", ""),
        ("email", email(row)),
        ("www", website(row)),
        ("tax_number", ""),
        ("vat_number", ""),
        ("tax_rule", "COUNTRY"),
        ("due_days_type", "SETTINGS"),
        ("due_days", "14"),
        ("locale", "de_DE"),
        ("currency_code", "EUR"),
        ("note", note),
        ("revenue_gross", f"{gross:.2f}"),
        ("revenue_net", f"{gross / 1.19:.2f}"),
    ]
    body = [f"  <{k}>{escape(v)}</{k}>" if v else f"  <{k}/>" for k, v in fields]
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', "<client>", *body, "</client>", ""])


def fastbill_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A FastBill API ``customer.get`` answer: the ``REQUEST`` (service, a filter on the
    customer number, limit and offset) and a ``RESPONSE`` with one of ``CUSTOMERS``: an invented
    id and customer number, ``CUSTOMER_TYPE`` business, the group as ``ORGANIZATION``, its
    ``ADDRESS``, ``ZIPCODE``, ``CITY``, ``COUNTRY_CODE``, ``PHONE``, ``EMAIL`` and
    ``WEBSITE``, payment terms, empty bank fields and ``TAGS`` (the field names as FastBill's
    customer fields give them)."""
    number = str(rng.randint(10000, 99999))
    street, zipcode, city = address(row)
    customer = {
        "CUSTOMER_ID": str(rng.randint(1000000, 9999999)),
        "CUSTOMER_NUMBER": number,
        "DAYS_FOR_PAYMENT": "14",
        "PAYMENT_TYPE": "1",
        "BANK_NAME": "",
        "BANK_ACCOUNT_NUMBER": "",
        "BANK_CODE": "",
        "BANK_ACCOUNT_OWNER": "",
        "BANK_IBAN": "",
        "BANK_BIC": "",
        "BANK_ACCOUNT_MANDATE_REFERENCE": "",
        "CUSTOMER_TYPE": "business",
        "ORGANIZATION": _f(row, "name"),
        "POSITION": "",
        "ACADEMIC_DEGREE": "",
        "SALUTATION": "",
        "FIRST_NAME": "",
        "LAST_NAME": "",
        "ADDRESS": street,
        "ADDRESS_2": "",
        "ZIPCODE": zipcode,
        "CITY": city,
        "COUNTRY_CODE": "DE",
        "PHONE": phone(row),
        "MOBILE": "",
        "EMAIL": email(row),
        "WEBSITE": website(row),
        "VAT_ID": "",
        "CURRENCY_CODE": "EUR",
        "TAGS": "Entwicklungspolitik,Stadtführer LEZ",
    }
    request = {
        "SERVICE": "customer.get",
        "FILTER": {"CUSTOMER_NUMBER": number},
        "LIMIT": 1,
        "OFFSET": 0,
    }
    return _json({"REQUEST": request, "RESPONSE": {"CUSTOMERS": [customer]}})


def pretix_order(row: dict[str, Any], rng: random.Random) -> str:
    """A pretix REST API order resource (``GET /api/v1/organizers/{o}/events/{e}/orders/
    {code}/``): an invented order code, event slug, secret, status ``p``, the group's
    ``email`` (null where the guide gives no office mailbox) and ``phone``, ``locale`` de, the
    times, ``total``, an ``invoice_address`` with the group as ``company`` and its street,
    postcode and place, and one position (a stand or workshop ticket) whose ``answers`` give
    the telephone for questions again."""
    when = _when(rng)
    slug, title = rng.choice(EVENTS)
    ticket, price = rng.choice(TICKETS)
    street, zipcode, city = address(row)
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ3789") for _ in range(5))
    secret = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
    paid = when + dt.timedelta(days=rng.randint(1, 6))
    position = {
        "id": rng.randint(10000, 99999),
        "order": code,
        "positionid": 1,
        "item": rng.randint(100, 999),
        "variation": None,
        "price": price,
        "attendee_name": None,
        "attendee_name_parts": {},
        "company": _f(row, "name"),
        "attendee_email": None,
        "voucher": None,
        "tax_rate": "0.00",
        "tax_value": "0.00",
        "secret": "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(32)),
        "addon_to": None,
        "subevent": None,
        "checkins": [],
        "answers": [
            {
                "question": rng.randint(10, 99),
                "answer": f"Rückfragen zum {ticket} bitte unter {phone(row)}",
                "question_identifier": "RUECKFRAGE",
                "options": [],
                "option_identifiers": [],
            }
        ],
        "canceled": False,
    }
    order = {
        "code": code,
        "event": slug,
        "status": "p",
        "testmode": False,
        "secret": secret,
        "email": email(row) or None,
        "phone": phone(row),
        "customer": None,
        "locale": "de",
        "sales_channel": "web",
        "datetime": f"{when:%Y-%m-%dT%H:%M:%S}+01:00",
        "expires": f"{when + dt.timedelta(days=14):%Y-%m-%dT23:59:59}+01:00",
        "payment_date": f"{paid:%Y-%m-%d}",
        "payment_provider": "banktransfer",
        "fees": [],
        "total": price,
        "comment": f"Anmeldung für {title}",
        "checkin_attention": False,
        "require_approval": False,
        "invoice_address": {
            "last_modified": f"{when:%Y-%m-%dT%H:%M:%S}+01:00",
            "is_business": True,
            "company": _f(row, "name"),
            "name": "",
            "name_parts": {},
            "street": street,
            "zipcode": zipcode,
            "city": city,
            "country": "DE",
            "state": "",
            "internal_reference": f"LEZ-{_f(row, 'id')}",
            "vat_id": "",
            "vat_id_validated": False,
        },
        "positions": [position],
        "downloads": [],
        "payments": [],
        "refunds": [],
        "last_modified": f"{paid:%Y-%m-%dT%H:%M:%S}+01:00",
    }
    return _json(order)


def betterplace_organisation(row: dict[str, Any], rng: random.Random) -> str:
    """A betterplace.org API v4 organisation details answer (``GET /de/api_v4/organisations/
    {id}.json``): an invented id, times and coordinates in Berlin, the group's street,
    postcode, place and ``country`` Deutschland, a slug of its name, the name, a
    ``description`` that ends with the group's telephone and mailbox, ``tax_deductible``, a
    ``contact`` with no name, and ``links`` (self, platform, projects, website where the guide
    gives one)."""
    oid = rng.randint(1000, 99999)
    created = _when(rng)
    street, zipcode, city = address(row)
    slug = _slug(_f(row, "name"))
    text = (
        f"{_f(row, 'name')} ist im Stadtführer Entwicklungspolitik des Landes Berlin "
        "eingetragen und engagiert sich in der entwicklungspolitischen Bildungs- und "
        f"Projektarbeit.\r\n\r\nKontakt: Tel. {phone(row)}"
    )
    if email(row):
        text += f", E-Mail {email(row)}"
    base = "https://api.betterplace.org/de/api_v4"
    links = [
        {"rel": "self", "href": f"{base}/organisations/{oid}.json"},
        {"rel": "platform", "href": f"https://www.betterplace.org/de/organisations/{slug}"},
        {"rel": "projects", "href": f"{base}/organisations/{oid}/projects.json"},
    ]
    if website(row):
        links.append({"rel": "website", "href": website(row)})
    doc = {
        "id": oid,
        "created_at": f"{created:%Y-%m-%dT%H:%M:%S}+01:00",
        "updated_at": f"{created + dt.timedelta(days=rng.randint(30, 600)):%Y-%m-%dT%H:%M:%S}"
        "+01:00",
        "latitude": round(rng.uniform(52.45, 52.56), 6),
        "longitude": round(rng.uniform(13.28, 13.5), 6),
        "street": street or None,
        "zip": zipcode or None,
        "city": city,
        "country": "Deutschland",
        "slug": slug,
        "name": _f(row, "name"),
        "description": text,
        "tax_deductible": rng.random() < 0.7,
        "contact": {"name": None, "picture": {"fallback": True, "links": []}, "links": []},
        "picture": {"fallback": True, "links": []},
        "links": links,
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "billomat_client": billomat_client,
    "fastbill_customer": fastbill_customer,
    "pretix_order": pretix_order,
    "betterplace_organisation": betterplace_organisation,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone and mailbox
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
