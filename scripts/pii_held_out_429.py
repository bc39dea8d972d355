"""held_out_429 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Land Berlin's directory of psychosocial and health-related help services behind
hilf-mir.berlin: counselling centres, crisis services, addiction counselling, contact points,
the districts' sociopsychiatric services and clinics' outpatient departments; Germany's earlier
parts took schools, day-care centres, farm shops, universities, health offices, tax offices, a
care portal, hospitals, development groups and supervised homes) exactly as published, in
layouts no earlier part has, beside the directory's own names, operators, categories,
addresses and districts.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Telefonnummer`` of 231 services and their ``EMail`` where it holds an
  office's address (``scripts/data/pii_de_berlin_hilfmir.json``, written by
  ``scripts/de_berlin_hilfmir_data.py``; source and licence in that file): Berlin numbers with
  the area code as the directory writes them (``030 66633488``, ``030 325136-10``, ``030 233
  240 260``, mobiles ``0176 15167857``), fields of two or three numbers apart by commas (each
  number labelled on its own, a note after them unlabelled text), and the services' mailboxes
  (``u25@caritas-berlin.de``; one field two addresses apart by a semicolon, each labelled);
  every copy labelled;
* the text around them is the same row's real fields: the service's name, operator, category,
  target group, ways of counselling, languages, street, house number, postcode (``10115``),
  district and web site, with invented record ids, sequence numbers, user ids, row ids, UUIDs,
  Unix timestamps (ten digits, ``1697012345``), dates and group ids, unlabelled and scored;
* in layouts no earlier part has, formats of German software, text in German: Ninox REST API
  answers (the Berlin low-code database's ``GET /v1/teams/{teamId}/databases/{dbId}/tables/
  {tableId}/records``: one record with ``id``, ``sequence``, ``createdAt``, ``createdBy``,
  ``modifiedAt``, ``modifiedBy`` and its ``fields``), SeaTable API answers (the Mainz
  spreadsheet database's list of rows, ``{"rows": [...]}``: ``_id``, ``_ctime``, ``_mtime`` and
  the columns), Kirby CMS content files (the Mannheim flat-file CMS's ``.txt`` page: fields
  ``Name: value`` apart by ``----`` lines, a ``Text`` with the KirbyTags ``(tel: ...)`` and
  ``(email: ...)``, a ``Uuid``) and CleverReach REST API v3 answers (the Rastede e-mail
  marketing service's ``GET /v3/groups.json/{id}/receivers``: one receiver, the service's
  mailbox, with Unix-time ``registered`` and ``activated``, ``source``, group ``attributes``
  naming the service and repeating its phone field, ``global_attributes`` and ``tags``; rows
  without a mailbox are laid out as Kirby pages instead).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (each number of a field on
its own, by ``pii_held_out_14.labelled_record``). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_429.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_berlin_hilfmir.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_429.jsonl.gz"
SPLIT = "held_out_429"

LAYOUTS = ("ninox_records", "seatable_rows", "kirby_content", "cleverreach_receivers")
PHONE, EMAIL = "Telefonnummer", "EMail"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
BERLIN = dt.timezone(dt.timedelta(hours=2))
EMPTY = ("", "0")  # the directory's empty field

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

NETWORKS = (
    "Netzwerk Psychosoziale Versorgung Berlin",
    "Fachrunde Suchthilfe",
    "Rundbrief Krisenhilfe Berlin",
    "Verteiler Gemeindepsychiatrie",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none or the directory's ``0``)."""
    value = (row["fields"].get(key) or "").strip()
    return "" if value in EMPTY else value


def phone(row: dict[str, Any]) -> str:
    """The service's phone field as published (one number or several apart by commas)."""
    return _f(row, PHONE)


def phone_numbers(row: dict[str, Any]) -> list[str]:
    """Each number of the phone field, as ``pii_held_out_11.numbers`` finds them."""
    return [phone(row)[s:e] for s, e in numbers(phone(row))]


def first_phone(row: dict[str, Any]) -> str:
    """The field's first number (the field itself where it holds one)."""
    return phone_numbers(row)[0]


def email(row: dict[str, Any]) -> str:
    """The service's e-mail field as published ("" where it has none)."""
    return _f(row, EMAIL)


def mailboxes(row: dict[str, Any]) -> list[str]:
    """Each address of the e-mail field (one field holds two apart by a semicolon)."""
    return [m.strip() for m in email(row).split(";") if m.strip()]


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index (a CleverReach receiver needs a mailbox: a
    row without one is a Kirby page)."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    return "kirby_content" if layout == "cleverreach_receivers" and not email(row) else layout


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field, of each of its numbers
    written alone and of each mailbox labelled (a number inside a copy of the whole field is
    that copy's)."""
    values = [(PHONE, phone(row)), *((PHONE, n) for n in phone_numbers(row))]
    values += [("email", m) for m in mailboxes(row)]
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2023 (Berlin summer time)."""
    day = dt.datetime(2023, 3, 6, tzinfo=BERLIN) + dt.timedelta(days=rng.randint(0, 200))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def street(row: dict[str, Any]) -> str:
    """Street and house number (``Große Hamburger Straße 18``)."""
    return " ".join(v for v in (_f(row, "Strasse"), _f(row, "Hausnummer")) if v)


def place(row: dict[str, Any]) -> str:
    """The postcode and town with the district (``10115 Berlin (Mitte)``)."""
    district = _f(row, "Bezirk")
    return f"{_f(row, 'PLZ')} Berlin" + (f" ({district})" if district else "")


def ninox_records(row: dict[str, Any], rng: random.Random) -> str:
    """A Ninox REST API answer (``GET /v1/teams/{teamId}/databases/{dbId}/tables/{tableId}/
    records``): a list of one record, an invented ``id`` and ``sequence``, ``createdAt`` and
    ``modifiedAt`` and the users' ids, its ``fields`` the service's name, operator, category,
    target group, address, district, phone field, mailbox, web site and an invented check
    date."""
    made = _when(rng)
    changed = made + dt.timedelta(days=rng.randint(1, 90), minutes=rng.randint(1, 600))
    fields = {
        "Einrichtung": _f(row, "Einrichtung"),
        "Träger": _f(row, "Träger"),
        "Kategorie": _f(row, "Kategorie"),
        "Zielgruppe": _f(row, "Zielgruppe"),
        "Straße": street(row),
        "PLZ": _f(row, "PLZ"),
        "Bezirk": _f(row, "Bezirk"),
        "Telefon": phone(row),
    }
    if email(row):
        fields["E-Mail"] = email(row)
    if _f(row, "Website"):
        fields["Webseite"] = _f(row, "Website")
    fields["Zuletzt geprüft"] = f"{changed:%Y-%m-%d}"
    fields["Anzeigen"] = True
    users = [_token(rng, 12, string.ascii_lowercase + string.digits) for _ in range(2)]
    record = {
        "id": rng.randint(1, 900),
        "sequence": rng.randint(900, 9000),
        "createdAt": f"{made:%Y-%m-%dT%H:%M:%S}",
        "createdBy": users[0],
        "modifiedAt": f"{changed:%Y-%m-%dT%H:%M:%S}",
        "modifiedBy": users[1],
        "fields": fields,
    }
    return _json([record])


def seatable_rows(row: dict[str, Any], rng: random.Random) -> str:
    """A SeaTable API answer listing rows (``{"rows": [...]}``): one row with an invented
    ``_id`` (22 characters) and ``_ctime``/``_mtime`` in UTC, the service's columns (name,
    operator, category, ways of counselling, languages, address, district, phone field, mailbox,
    web site)."""
    made = _when(rng).astimezone(dt.UTC)
    changed = made + dt.timedelta(days=rng.randint(1, 120), seconds=rng.randint(1, 86000))
    item: dict[str, Any] = {
        "_id": _token(rng, 22, string.ascii_letters + string.digits + "-_"),
        "_ctime": f"{made:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}+00:00",
        "_mtime": f"{changed:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}+00:00",
        "Einrichtung": _f(row, "Einrichtung"),
        "Träger": _f(row, "Träger"),
        "Kategorie": _f(row, "Kategorie"),
        "Beratung": [v.strip() for v in _f(row, "Beratungsmöglichkeiten").split(",") if v.strip()],
        "Sprachen": [v.strip() for v in _f(row, "Sprachen").split(",") if v.strip()],
        "Adresse": f"{street(row)}, {_f(row, 'PLZ')} Berlin",
        "Bezirk": _f(row, "Bezirk"),
        "Telefon": phone(row),
        "E-Mail": email(row) or None,
        "Webseite": _f(row, "Website") or None,
    }
    return _json({"rows": [item]})


def kirby_field(key: str, value: str) -> str:
    """One field as Kirby's ``Txt`` data handler writes it: the key, a colon, then a space and
    the value, or two line breaks before a value of several lines."""
    value = value.strip()
    return f"{key}:" + ("\n\n" if "\n" in value else " ") + value


def kirby_content(row: dict[str, Any], rng: random.Random) -> str:
    """A Kirby CMS content file of the service's page (``einrichtung.txt``): fields
    ``Name: value`` apart by ``----`` lines (title, operator, category, target group, address,
    district, phone field, mailbox, web site), a ``Text`` whose contact line uses the KirbyTags
    ``(tel: ...)`` with the first number and ``(email: ...)``, an invented ``Uuid``."""
    fields = [
        ("Title", _f(row, "Einrichtung")),
        ("Traeger", _f(row, "Träger")),
        ("Kategorie", _f(row, "Kategorie")),
        ("Zielgruppe", _f(row, "Zielgruppe")),
        ("Adresse", f"{street(row)}\n{place(row)}"),
        ("Telefon", phone(row)),
    ]
    if email(row):
        fields.append(("Email", email(row)))
    if _f(row, "Website"):
        fields.append(("Website", _f(row, "Website")))
    contact = f"Telefon: (tel: {first_phone(row)})"
    if mailboxes(row):
        contact += f"\nE-Mail: (email: {mailboxes(row)[0]})"
    ways = _f(row, "Beratungsmöglichkeiten") or "Vor Ort in der Einrichtung"
    text = f"## Kontakt\n\n{contact}\n\nBeratung: {ways}."
    fields += [("Text", text), ("Uuid", _token(rng, 16))]
    return "\n\n----\n\n".join(kirby_field(k, v) for k, v in fields) + "\n"


def cleverreach_receivers(row: dict[str, Any], rng: random.Random) -> str:
    """A CleverReach REST API v3 answer (``GET /v3/groups.json/{id}/receivers``): a list of one
    receiver, the service's first mailbox, an invented id, Unix-time ``registered`` and
    ``activated``, ``deactivated`` 0, the import as ``source``, the group's ``attributes``
    (service, operator, district, category, phone field), ``global_attributes`` (the operator as
    company, the postcode) and ``tags``."""
    made = _when(rng)
    group = rng.randint(100000, 999999)
    receiver = {
        "id": rng.randint(10**8, 10**9 - 1),
        "email": mailboxes(row)[0],
        "activated": int(made.timestamp()) + rng.randint(60, 3600),
        "registered": int(made.timestamp()),
        "deactivated": 0,
        "source": f"Import {rng.choice(NETWORKS)} {made:%d.%m.%Y}",
        "attributes": {
            "einrichtung": _f(row, "Einrichtung"),
            "traeger": _f(row, "Träger"),
            "bezirk": _f(row, "Bezirk"),
            "kategorie": _f(row, "Kategorie"),
            "telefon": phone(row),
        },
        "global_attributes": {
            "firstname": "",
            "lastname": "",
            "company": _f(row, "Träger"),
            "zip": _f(row, "PLZ"),
        },
        "tags": [f"gruppe_{group}", f"bezirk.{_f(row, 'Bezirk').lower() or 'berlin'}"],
    }
    return _json([receiver])


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ninox_records": ninox_records,
    "seatable_rows": seatable_rows,
    "kirby_content": kirby_content,
    "cleverreach_receivers": cleverreach_receivers,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field, of its
    numbers and of its mailboxes labelled."""
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
