"""held_out_420 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (two lists of the Ayuntamiento de Madrid's open-data directory of entities and
bodies: the universities, faculties, colegios mayores and other higher-education centres in the
city, and its theatres and performance halls; Spain's earlier parts took XTEC's, the Comunidad
de Madrid's and Galicia's schools, GISCO's hospitals, Castilla y León's libraries, restaurants
and museums, the CGPJ's courts, the BDGEL's councils, the Ayuntamiento de Madrid's elderly
centres, registered entities, medical care centres, hotels and embassies, Tenerife's centres and
Euskadi's restaurants; no Spanish part took universities or theatres) exactly as published, in
layouts no earlier part has, beside the lists' own names, streets, postcodes, districts, page
addresses and record ids.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``TELEFONO`` of 211 centres and halls (118 higher-education centres, 93
  theatres), their ``FAX`` where the list gives one and their ``EMAIL`` where it holds one
  well-formed address (``scripts/data/pii_es_madrid_universidades.json``, written by
  ``scripts/es_madrid_universidades_data.py``; source and licence in that file): Spanish
  numbers as the city writes them, nine digits in groups of three (``913 942 999``) or of three
  and two (``636 54 68 50``), fields of two to five numbers joined by `` / ``, ``,`` or ``y``
  (``915 336 812, 915 338 602 y 915 338 603``), some with the line's use in brackets (``913 184
  528 (taquilla)``), and the centres' and halls' mailboxes (``info@ucjc.edu``); each number of
  each copy labelled on its own, the words around them not; the first number of the phone
  field, written alone where a layout has room for one number only, is labelled too;
* the text around them is the same row's real fields: the centre's name, street (``AVENIDA
  SENECA 2``), postcode (``28040``), neighbourhood and district, the city's page address and
  record id (``PK``, ``6696``), with invented contact ids, lead and status ids, extensions,
  tags, dates and times, unlabelled and scored (the lists' descriptions, hours and transport
  are not written);
* in layouts no earlier part has, formats of the telephony and CRM software an office keeps the
  numbers of the centres and halls it deals with in (a ticket agency, a student-housing
  agency), text in Spanish: 3CX phone-book CSV import files (header ``FirstName,LastName,
  Company,Mobile,Mobile2,Home,Home2,Business,Business2,Email,Other,BusinessFax,HomeFax,
  Pager``), MicroSIP ``Contacts.xml`` address books (``contact`` elements with ``name``,
  ``number``, ``phone``, ``email``, ``address``, ``city``, ``zip``, ``comment`` and ``info``
  attributes), Agile CRM company-creation bodies (``POST /dev/api/contacts`` with ``type``
  ``COMPANY`` and ``properties`` of ``name``, ``url``, ``email``, ``phone`` by ``subtype`` and
  ``address`` as a JSON string) and Close API lead-creation bodies (``POST /api/v1/lead/`` with
  ``name``, ``url``, ``description``, ``status_id``, ``contacts`` with typed ``phones`` and
  ``emails``, ``addresses`` and a ``custom.cf_...`` field).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_420.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_madrid_universidades.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_420.jsonl.gz"
SPLIT = "held_out_420"

LAYOUTS = ("threecx_phonebook", "microsip_contacts", "agilecrm_company", "close_lead")
PHONE, FAX, EMAIL = "TELEFONO", "FAX", "EMAIL"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
CET = dt.timezone(dt.timedelta(hours=1))
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the header of 3CX's phone-book CSV import file, as 3CX documents it
THREECX = [
    "FirstName", "LastName", "Company", "Mobile", "Mobile2", "Home", "Home2", "Business",
    "Business2", "Email", "Other", "BusinessFax", "HomeFax", "Pager",
]  # fmt: skip
# the first number of a phone field: nine digits as the lists group them
FIRST = re.compile(r"\d{3} \d{3} \d{3}|\d{3} \d{2} \d{2} \d{2}|\d{9}")
BASE62 = string.ascii_letters + string.digits

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented matters an office calls a university about (no real matter is meant)
STUDIES = (
    "plazas de residencia para el curso", "convenio de prácticas", "jornada de puertas abiertas",
    "matrícula de estudiantes de intercambio", "alquiler de aulas para un congreso",
    "certificados académicos",
)  # fmt: skip
# invented matters a ticket agency calls a hall about (no real matter is meant)
SHOWS = (
    "venta de entradas para grupos", "reserva de la sala para un estreno", "liquidación de "
    "taquilla", "cartelería de la temporada", "invitaciones de prensa", "función escolar",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The centre's phone field as published."""
    return _f(row, PHONE)


def first_number(row: dict[str, Any]) -> str:
    """The first number of the phone field as the list writes it (``913 184 528`` of ``913 184
    528 (taquilla)``), for a place that holds one number."""
    return FIRST.search(phone(row)).group(0)


def fax(row: dict[str, Any]) -> str:
    """The centre's fax field as published, where it holds a number (else "")."""
    value = _f(row, FAX)
    return value if sum(c.isdigit() for c in value) >= 7 else ""


def email(row: dict[str, Any]) -> str:
    """The centre's mailbox where the field holds one well-formed address, else "" (fields of
    two addresses, a malformed one and a phone number written in the field are not written)."""
    value = _f(row, EMAIL)
    return value if ADDRESS.fullmatch(value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the lists' is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's phone field, fax field, mailbox and the phone field's first
    number, in that order (a copy inside one taken before it is that one's)."""
    return [(PHONE, phone(row)), (FAX, fax(row)), ("email", email(row)), (PHONE, first_number(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field, fax field and mailbox
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def theatre(row: dict[str, Any]) -> bool:
    """Whether the row is one of the theatres' list (else a higher-education centre)."""
    return "ocio_salas" in row["path"]


def name(row: dict[str, Any]) -> str:
    """The centre's name as the list gives it."""
    return _f(row, "NOMBRE")


def desk(row: dict[str, Any]) -> str:
    """Who answers the phone: a hall's box office or a centre's secretariat."""
    return "Taquilla" if theatre(row) else "Secretaría"


def street(row: dict[str, Any]) -> str:
    """The street as the list gives it in its parts (``AVENIDA SENECA 2``)."""
    parts = (_f(row, "CLASE-VIAL"), _f(row, "NOMBRE-VIA"), _f(row, "NUM"))
    return " ".join(p for p in parts if p)


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "CODIGO-POSTAL")


def district(row: dict[str, Any]) -> str:
    """The neighbourhood and district (``CIUDAD UNIVERSITARIA, MONCLOA-ARAVACA``), where the
    list gives them."""
    return ", ".join(p for p in (_f(row, "BARRIO"), _f(row, "DISTRITO")) if p)


def matter(row: dict[str, Any], rng: random.Random) -> str:
    """An invented matter to call the centre or hall about."""
    return rng.choice(SHOWS if theatre(row) else STUDIES)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Madrid, CET)."""
    day = dt.datetime(2024, 1, 8, 9, 0, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 330))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(minutes=rng.randint(0, 8 * 60))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _id(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(BASE62) for _ in range(n))


def threecx_phonebook(row: dict[str, Any], rng: random.Random) -> str:
    """A 3CX phone-book CSV import file (its header and one contact): ``FirstName`` the desk,
    ``LastName`` an invented note of the contact's group, ``Company`` the centre, the phone
    field's first number as ``Business`` and the whole field as ``Other`` (where it holds more
    than that number), the mailbox as ``Email`` (where it has one) and the fax as
    ``BusinessFax`` (where it has one)."""
    line = {k: "" for k in THREECX}
    line |= {
        "FirstName": desk(row),
        "LastName": f"({'Teatros' if theatre(row) else 'Universidades'} {rng.randint(1, 9)})",
        "Company": name(row),
        "Business": first_number(row),
        "Email": email(row),
        "Other": phone(row) if phone(row) != first_number(row) else "",
        "BusinessFax": fax(row),
    }
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=THREECX, lineterminator="\r\n")
    writer.writeheader()
    writer.writerow(line)
    return out.getvalue()


def microsip_contacts(row: dict[str, Any], rng: random.Random) -> str:
    """A MicroSIP ``Contacts.xml`` address book: one ``contact`` for the centre (``name``, the
    phone field's first number as the ``number`` to dial, the whole field as ``phone``, the
    mailbox as ``email`` where it has one, the street, town and postcode, a ``comment`` with
    the district and the city's record id and an ``info`` with an invented matter) and one for
    its fax (where it has one)."""
    when = _when(rng)
    entries = [
        {
            "name": f"{name(row)} ({desk(row)})",
            "number": first_number(row),
            "firstname": desk(row),
            "lastname": "",
            "phone": phone(row),
            "mobile": "",
            "email": email(row),
            "address": street(row),
            "city": "Madrid",
            "state": "Madrid",
            "zip": postcode(row),
            "comment": f"{district(row)} - ficha {_f(row, 'PK')}",
            "id": str(rng.randint(100, 999)),
            "info": f"{matter(row, rng)}, llamada del {when:%d/%m/%Y %H:%M}",
            "presence": "0",
            "starred": str(rng.randint(0, 1)),
            "directory": "0",
        }
    ]
    if fax(row):
        entries.append(
            {
                "name": f"{name(row)} (Fax)",
                "number": fax(row),
                "comment": f"fax - ficha {_f(row, 'PK')}",
                "presence": "0",
                "starred": "0",
                "directory": "0",
            }
        )
    lines = ['<?xml version="1.0"?>', "<contacts>"]
    for entry in entries:
        attrs = " ".join(f"{k}={quoteattr(v)}" for k, v in entry.items())
        lines.append(f"<contact {attrs} />")
    lines += ["</contacts>", ""]
    return "\n".join(lines)


def agilecrm_company(row: dict[str, Any], rng: random.Random) -> str:
    """An Agile CRM company-creation body (``POST https://{domain}.agilecrm.com/dev/api/
    contacts``, ``type`` ``COMPANY``): ``properties`` of the centre's ``name``, its city page as
    ``url``, its mailbox as ``email`` (where it has one), its phone field as a ``phone`` of
    subtype ``work`` and its fax of subtype ``work fax`` (where it has one), its ``address`` as
    the JSON string Agile CRM keeps, and custom fields with the city's record id and district,
    beside invented tags and a star value."""
    address = {
        "address": street(row),
        "city": "Madrid",
        "state": "Madrid",
        "zip": postcode(row),
        "country": "ES",
    }
    props: list[dict[str, str]] = [
        {"type": "SYSTEM", "name": "name", "value": name(row)},
        {"type": "SYSTEM", "name": "url", "value": _f(row, "CONTENT-URL")},
    ]
    if email(row):
        props.append({"type": "SYSTEM", "name": "email", "subtype": "work", "value": email(row)})
    props.append({"type": "SYSTEM", "name": "phone", "subtype": "work", "value": phone(row)})
    if fax(row):
        props.append({"type": "SYSTEM", "name": "phone", "subtype": "work fax", "value": fax(row)})
    props += [
        {"type": "SYSTEM", "name": "address", "value": json.dumps(address, ensure_ascii=False)},
        {"type": "CUSTOM", "name": "Ficha Ayuntamiento", "value": _f(row, "PK")},
        {"type": "CUSTOM", "name": "Distrito", "value": _f(row, "DISTRITO")},
    ]
    star = str(rng.randint(0, 5))
    group = "teatros" if theatre(row) else "universidades"
    body = {
        "type": "COMPANY",
        "star_value": star,
        "tags": ["madrid", group, f"lote-{rng.randint(1, 40)}"],
        "properties": props,
    }
    return _json(body)


def close_lead(row: dict[str, Any], rng: random.Random) -> str:
    """A Close API lead-creation body (``POST https://api.close.com/api/v1/lead/``): the centre
    as the lead's ``name``, its city page as ``url``, a ``description`` with the district and
    the first number to call, an invented ``status_id``, one contact (the desk) with its phone
    field as an ``office`` phone, its fax as a ``fax`` phone (where it has one) and its mailbox
    as an ``office`` e-mail (where it has one), one business address and a custom field with
    the city's record id."""
    when = _when(rng)
    phones = [{"type": "office", "phone": phone(row)}]
    if fax(row):
        phones.append({"type": "fax", "phone": fax(row)})
    contact: dict[str, Any] = {"name": desk(row), "title": desk(row), "phones": phones}
    if email(row):
        contact["emails"] = [{"type": "office", "email": email(row)}]
    body = {
        "name": name(row),
        "url": _f(row, "CONTENT-URL"),
        "description": f"{district(row)}. Llamar al {first_number(row)} por: {matter(row, rng)} "
        f"(pendiente desde el {when:%d/%m/%Y}).",
        "status_id": f"stat_{_id(rng, 43)}",
        "contacts": [contact],
        "addresses": [
            {
                "label": "business",
                "address_1": street(row),
                "city": "Madrid",
                "state": "Madrid",
                "zipcode": postcode(row),
                "country": "ES",
            }
        ],
        f"custom.cf_{_id(rng, 43)}": _f(row, "PK"),
    }
    return _json(body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "threecx_phonebook": threecx_phonebook,
    "microsip_contacts": microsip_contacts,
    "agilecrm_company": agilecrm_company,
    "close_lead": close_lead,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field, fax field
    and mailbox (and of the phone field's first number) labelled."""
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
