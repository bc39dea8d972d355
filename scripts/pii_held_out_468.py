"""held_out_468 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Ayuntamiento de Madrid's open-data directory of the sports centres and
spaces in the city that are not its own: sports clubs and schools, gyms, football grounds,
pools, tennis courts, golf courses; Spain's earlier parts took XTEC's, the Comunidad de
Madrid's and Galicia's schools, GISCO's hospitals, Castilla y León's libraries, restaurants and
museums, the CGPJ's courts, the BDGEL's councils, the Ayuntamiento de Madrid's elderly centres,
registered entities, medical care centres, hotels, embassies, universities and theatres,
Tenerife's centres and Euskadi's restaurants; no Spanish part took sports clubs, gyms or
grounds) exactly as published, in layouts no earlier part has, beside the list's own names,
streets, postcodes, districts, page addresses and record ids.

The procedure of ``held_out_420``, on another register and other layouts; here:

* the values are the ``TELEFONO`` of 196 clubs and centres, their ``FAX`` where the list gives
  a number there and their ``EMAIL`` where it holds one well-formed address
  (``scripts/data/pii_es_madrid_espacios_deporte.json``, written by
  ``scripts/es_madrid_espacios_deporte_data.py``; source and licence in that file): Spanish
  numbers as the city writes them, nine digits in groups of three (``913 085 405``), of two
  and three (``91 359 33 39``) or together (``685534621``), fields of two or three numbers
  joined by `` / `` or `` - `` (``914 016 452 / 696 255 021``), some with the line's use in
  brackets (``619 889 465 (Club de natación)``), and the clubs' and centres' mailboxes
  (``idmmoratalaz@madrid.es``); each number of each copy labelled on its own, the words around
  them not; the first number of the phone field, written alone where a layout has room for one
  number only, is labelled too;
* the text around them is the same row's real fields: the centre's name, street (``CALLE
  BLANCA DE NAVARRA 7``), postcode (``28010``), neighbourhood and district, the city's page
  address and record id (``PK``, ``5949026``) and kind, with invented customer numbers, payment
  terms, billing days, tags and notes, unlabelled and scored (the list's descriptions, hours
  and transport are not written);
* in layouts no earlier part has, formats of the billing and proposal software a supplier of
  sports equipment and services keeps the clubs and centres it bills in, text in Spanish
  where the format has free text: Invoiced customer-creation commands as its API reference
  writes them (``curl "https://api.invoiced.com/customers" -u {API_KEY}:`` and one ``-d
  key="value"`` line per attribute: ``name``, ``number``, ``type`` ``company``, ``email``,
  ``collection_mode``, ``payment_terms``, ``address1``, ``city``, ``state``, ``postal_code``,
  ``country``, ``phone`` (the first number), ``other_phone`` and ``notes``), Lago
  customer-creation requests (``POST /api/v1/customers`` with a JSON ``customer``:
  ``external_id``, ``name``, ``customer_type``, ``email``, ``phone``, ``address_line1``,
  ``city``, ``zipcode``, ``state``, ``country``, ``currency``, ``timezone``, ``url``,
  ``net_payment_term`` and ``metadata`` of ``key``/``value``/``display_in_invoice``), Kill Bill
  account-creation bodies (the ``Account`` JSON of ``POST /1.0/kb/accounts``: ``name``,
  ``externalKey``, ``email``, ``currency``, ``billCycleDayLocal``, ``timeZone``, ``address1``,
  ``address2``, ``postalCode``, ``company``, ``city``, ``state``, ``country``, ``locale``,
  ``phone``, ``notes``) and Offorte contact-organisation bodies (``POST
  https://connect.offorte.com/api/v2/{account}/contacts``: ``name``, ``type``
  ``organisation``, ``street``, ``zipcode``, ``city``, ``state``, ``country``, ``phone``,
  ``fax``, ``email``, ``internet``, ``tags``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_468.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_madrid_espacios_deporte.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_468.jsonl.gz"
SPLIT = "held_out_468"

LAYOUTS = ("invoiced_customer", "lago_customer", "killbill_account", "offorte_organisation")
PHONE, FAX, EMAIL = "TELEFONO", "FAX", "EMAIL"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
# a mailbox as the list writes one (a local part that ends in a dot is not written)
ADDRESS = re.compile(r"[\w+-]+(?:\.[\w+-]+)*@[\w-]+(?:\.[\w-]+)+")
# the first number of a phone field: nine digits as the list groups them
FIRST = re.compile(r"\d{3} \d{3} \d{3}|\d{2} \d{3} \d{2} \d{2}|\d{9}")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented matters a supplier bills a club or centre for (no real matter is meant)
MATTERS = (
    "equipación de la temporada", "revisión de máquinas de gimnasio", "redes y porterías",
    "material de natación", "marcaje de pistas", "cronometraje de competiciones",
    "mantenimiento de césped", "botiquines y desfibrilador",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The centre's phone field as published."""
    return _f(row, PHONE)


def first_number(row: dict[str, Any]) -> str:
    """The first number of the phone field as the list writes it (``619 889 465`` of ``619 889
    465 (Club de natación)``), for a place that holds one number."""
    return FIRST.search(phone(row)).group(0)


def fax(row: dict[str, Any]) -> str:
    """The centre's fax field as published, where it holds a number (else "")."""
    value = _f(row, FAX)
    return value if sum(c.isdigit() for c in value) >= 7 else ""


def email(row: dict[str, Any]) -> str:
    """The centre's mailbox where the field holds one well-formed address, else "" (a local
    part ending in a dot, ``grupo.alpino.@gmail.com``, is not written)."""
    value = _f(row, EMAIL)
    return value if ADDRESS.fullmatch(value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
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


def name(row: dict[str, Any]) -> str:
    """The centre's name as the list gives it."""
    return _f(row, "NOMBRE")


def kind(row: dict[str, Any]) -> str:
    """The list's kind of the centre, the last part of its ``TIPO`` (``Gimnasios``)."""
    return _f(row, "TIPO").rsplit("/", 1)[-1]


def street(row: dict[str, Any]) -> str:
    """The street as the list gives it in its parts (``CALLE BLANCA DE NAVARRA 7``)."""
    parts = (_f(row, "CLASE-VIAL"), _f(row, "NOMBRE-VIA"), _f(row, "NUM"))
    return " ".join(p for p in parts if p)


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "CODIGO-POSTAL")


def town(row: dict[str, Any]) -> str:
    """The town as the list gives it (``MADRID``, ``POZUELO DE ALARCÓN``)."""
    return _f(row, "LOCALIDAD") or "MADRID"


def district(row: dict[str, Any]) -> str:
    """The neighbourhood and district (``ALMAGRO, CHAMBERI``), where the list gives them."""
    return ", ".join(p for p in (_f(row, "BARRIO"), _f(row, "DISTRITO")) if p)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _shell(value: str) -> str:
    """``value`` inside a double-quoted shell word."""
    return re.sub(r'(["\\$`])', r"\\\1", value)


def invoiced_customer(row: dict[str, Any], rng: random.Random) -> str:
    """An Invoiced customer-creation command as its API reference writes one (``curl
    "https://api.invoiced.com/customers" -u {API_KEY}:`` and a ``-d key="value"`` line per
    attribute): the centre as a ``company`` with an invented dashboard ``number`` and payment
    terms, its mailbox (where it has one), street, town and postcode, the phone field's first
    number as ``phone``, the whole field as ``other_phone`` (where it holds more than that
    number) and ``notes`` with the kind, district, the city's record id and the fax (where it
    has one)."""
    notes = f"{kind(row)}; {district(row)}; ficha {_f(row, 'PK')}"
    if fax(row):
        notes += f"; fax {fax(row)}"
    notes += f"; pedido: {rng.choice(MATTERS)}"
    attrs = [
        ("name", name(row)),
        ("number", f"CUST-{rng.randint(1, 9999):04d}"),
        ("type", "company"),
        ("email", email(row)),
        ("collection_mode", "manual"),
        ("payment_terms", rng.choice(("NET 30", "NET 15", "NET 60"))),
        ("address1", street(row)),
        ("city", town(row)),
        ("state", "Madrid"),
        ("postal_code", postcode(row)),
        ("country", "ES"),
        ("phone", first_number(row)),
        ("other_phone", phone(row) if phone(row) != first_number(row) else ""),
        ("notes", notes),
    ]
    lines = ['curl "https://api.invoiced.com/customers"', "  -u {API_KEY}:"]
    lines += [f'  -d {k}="{_shell(v)}"' for k, v in attrs if v]
    return " \\\n".join(lines) + "\n"


def lago_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Lago customer-creation request (``POST /api/v1/customers`` with a JSON ``customer``):
    an ``external_id`` made of the city's record id, the centre's name as ``name`` and
    ``legal_name``, ``customer_type`` ``company``, its mailbox (where it has one), its phone
    field as ``phone``, its street, town, postcode and country, ``EUR``, ``Europe/Madrid``, its
    city page as ``url``, an invented payment term and ``metadata`` with its kind, district
    and fax (where it has one)."""
    meta = [
        {"key": "tipo", "value": kind(row), "display_in_invoice": False},
        {"key": "distrito", "value": district(row), "display_in_invoice": False},
    ]
    if fax(row):
        meta.append({"key": "fax", "value": fax(row), "display_in_invoice": True})
    customer: dict[str, Any] = {
        "external_id": f"edm_{_f(row, 'PK')}",
        "name": name(row),
        "legal_name": name(row),
        "customer_type": "company",
    }
    if email(row):
        customer["email"] = email(row)
    customer |= {
        "phone": phone(row),
        "address_line1": street(row),
        "city": town(row),
        "zipcode": postcode(row),
        "state": "Madrid",
        "country": "ES",
        "currency": "EUR",
        "timezone": "Europe/Madrid",
        "url": _f(row, "CONTENT-URL"),
        "net_payment_term": rng.choice((15, 30, 45, 60)),
        "metadata": meta,
    }
    head = [
        "POST /api/v1/customers HTTP/1.1",
        "Host: api.getlago.com",
        f"Authorization: Bearer {rng.getrandbits(128):032x}",
        "Content-Type: application/json",
        "",
        "",
    ]
    return "\r\n".join(head) + _json({"customer": customer})


def killbill_account(row: dict[str, Any], rng: random.Random) -> str:
    """A Kill Bill account-creation body (the ``Account`` JSON of ``POST /1.0/kb/accounts``):
    the centre as ``name`` and ``company``, an ``externalKey`` made of the city's record id, its
    mailbox (where it has one), ``EUR``, an invented billing day, ``Europe/Madrid``, its street
    and district as ``address1`` and ``address2``, postcode, town and country, ``es_ES``, its
    phone field as ``phone`` and ``notes`` with the kind and the fax (where it has one)."""
    notes = f"{kind(row)}. {rng.choice(MATTERS).capitalize()}."
    if fax(row):
        notes += f" Fax: {fax(row)}."
    account: dict[str, Any] = {"name": name(row), "externalKey": f"EDM-{_f(row, 'PK')}"}
    if email(row):
        account["email"] = email(row)
    account |= {
        "currency": "EUR",
        "billCycleDayLocal": rng.randint(1, 28),
        "timeZone": "Europe/Madrid",
        "address1": street(row),
        "address2": district(row),
        "postalCode": postcode(row),
        "company": name(row),
        "city": town(row),
        "state": "Madrid",
        "country": "ES",
        "locale": "es_ES",
        "phone": phone(row),
        "notes": notes,
    }
    return _json(account)


def offorte_organisation(row: dict[str, Any], rng: random.Random) -> str:
    """An Offorte contact-organisation body (``POST https://connect.offorte.com/api/v2/
    {account}/contacts``): the centre's ``name``, ``type`` ``organisation``, its street,
    postcode, town, region and country, its phone field as ``phone``, its fax (where it has
    one), its mailbox (where it has one), its city page as ``internet`` and invented tags."""
    body: dict[str, Any] = {
        "name": name(row),
        "type": "organisation",
        "street": street(row),
        "zipcode": postcode(row),
        "city": town(row),
        "state": "Madrid",
        "country": "ES",
        "phone": phone(row),
    }
    if fax(row):
        body["fax"] = fax(row)
    if email(row):
        body["email"] = email(row)
    body |= {
        "internet": _f(row, "CONTENT-URL"),
        "tags": [
            kind(row).lower(),
            f"campaña-{rng.randint(2024, 2026)}",
            f"zona-{rng.randint(1, 21)}",
        ],
    }
    return _json(body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "invoiced_customer": invoiced_customer,
    "lago_customer": lago_customer,
    "killbill_account": killbill_account,
    "offorte_organisation": offorte_organisation,
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
