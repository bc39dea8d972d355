"""held_out_409 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Land Berlin's Heimaufsicht, the LAGeSo's supervisory authority of residential
homes, and its list of the care homes and homes of the Eingliederungshilfe it inspects;
Germany's earlier parts took Berlin's, North Rhine-Westphalia's and Hamburg's schools, the
day-care centres of Chemnitz and Berlin, farm shops on OpenStreetMap, the HRK's
Hochschulkompass, the RKI's health offices, the BZSt's tax offices, the care portal of the
Landkreis Ludwigslust-Parchim, the Weisse Liste's hospitals and the LEZ's Stadtführer
Entwicklungspolitik) exactly as published, in layouts no earlier part has, beside the list's
own names, streets, house numbers, postcodes, districts, places and operators.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefon`` of 349 homes (one Berlin number without its area code, as
  the list writes it: ``46 40 06 - 0``, ``7 71 09 40``, ``9 62  49 - 700``) and their
  ``e_mail`` where it is an office's mailbox (``info@schrippenkirche.de``)
  (``scripts/data/pii_de_berlin_heimaufsicht.json``, written by
  ``scripts/de_berlin_heimaufsicht_data.py``; source and licence in that file); every copy
  labelled;
* the text around them is the same row's real fields: the home's name, kind, places, street,
  house number, postcode, district and operator, with invented customer numbers, ids, amounts
  and dates, unlabelled and scored;
* in layouts no earlier part has, formats of German software a supplier, a caterer or a
  telephone system of a home would keep its contacts in, text in German: easybill REST API
  customers (``GET /rest/v1/customers/{id}``: ``number``, ``company_name``, ``street``,
  ``zip_code``, ``city``, ``country``, ``phone_1``, ``emails``, ``note`` repeating the
  telephone, payment and tax fields), Placetel API contacts (``GET /api/v2/contacts/{id}``:
  ``company``, ``address_work``, ``phone_work``, ``email_work``, empty private fields,
  ``speeddial``, ``blocked``), MOCO API companies (``GET /api/v1/companies/{id}``: ``type``
  customer, ``name``, ``email``, ``phone``, ``address`` in lines, ``tags``, an ``info`` that
  gives the telephone again, ``identifier``, ``currency``, ``country_code``) and Gigaset
  online-directory answers (the XML ``<list response="get_list" type="pb">`` a Gigaset base
  station reads: one ``entry`` with ``ln``, ``st``, ``nr``, ``zc``, ``ct``, ``hm`` and
  ``em``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_409.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_berlin_heimaufsicht.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_409.jsonl.gz"
SPLIT = "held_out_409"

LAYOUTS = ("easybill_customer", "placetel_contact", "moco_company", "gigaset_directory")
PHONE, EMAIL = "telefon", "e_mail"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented supplies a home is billed for (easybill notes, MOCO tags)
SUPPLIES = (
    "Wäscheservice",
    "Speiseversorgung",
    "Inkontinenzmaterial",
    "Hausnotruf-Wartung",
    "Fußpflege vor Ort",
    "Reinigung Gemeinschaftsräume",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The home's telephone as the list writes it (no area code)."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The home's office mailbox, where the extract kept one; else ""."""
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


def street_line(row: dict[str, Any]) -> str:
    """Street and house number as one line (``Ackerstr. 136-137``)."""
    return f"{_f(row, 'strasse')} {_f(row, 'hnr')}".strip()


def places(row: dict[str, Any], word: str) -> str:
    """`` für 21 Plätze``-like words on the home's places (``word`` the phrase before the
    number); "" where the list gives none or 0."""
    n = _f(row, "platzzahl")
    return f" {word} {n} Plätze{'n' if word == 'mit' else ''}" if n.isdigit() and int(n) else ""


def kind(row: dict[str, Any]) -> str:
    """The home's kind in a word: Pflegeheim or Eingliederungshilfe."""
    return "Pflegeheim" if "Pflege" in _f(row, "versorgungsform") else "Eingliederungshilfe"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (UTC)."""
    day = dt.datetime(2024, 1, 8, tzinfo=dt.UTC) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(7, 16), minutes=rng.randint(0, 59))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def easybill_customer(row: dict[str, Any], rng: random.Random) -> str:
    """An easybill REST API customer (``GET /rest/v1/customers/{id}``, the fields of the API's
    ``Customer`` model): an invented id, ``number`` and ``group_id``, the home as
    ``company_name`` (salutation 3, company), its street, postcode, ``city`` Berlin, ``country``
    DE, ``phone_1``, ``emails`` (empty where the list gives no office mailbox), a ``note`` that
    names the operator and gives the telephone again, payment terms and ``created_at``."""
    when = _when(rng)
    supply = rng.choice(SUPPLIES)
    note = (
        f"{supply}{places(row, 'für')}, Träger: {_f(row, 'traeger')}. "
        f"Lieferscheine an die Verwaltung, Rückfragen unter {phone(row)}."
    )
    doc = {
        "id": rng.randint(100000000, 999999999),
        "number": f"K{rng.randint(10000, 99999)}",
        "display_name": _f(row, "name"),
        "salutation": 3,
        "title": None,
        "first_name": None,
        "last_name": None,
        "company_name": _f(row, "name"),
        "suffix_1": None,
        "suffix_2": None,
        "street": street_line(row),
        "zip_code": _f(row, "plz"),
        "city": "Berlin",
        "state": None,
        "country": "DE",
        "phone_1": phone(row),
        "phone_2": None,
        "fax": None,
        "mobile": None,
        "emails": [email(row)] if email(row) else [],
        "internet": None,
        "note": note,
        "group_id": rng.randint(100000, 999999),
        "tax_options": "sStfr" if rng.random() < 0.5 else None,
        "cash_discount": 2.0,
        "cash_discount_type": "PERCENT",
        "grace_period": str(rng.choice((14, 30))),
        "payment_options": 1,
        "sale_price_level": None,
        "since_date": f"{when - dt.timedelta(days=rng.randint(100, 2000)):%Y-%m-%d}",
        "created_at": f"{when:%Y-%m-%d %H:%M:%S}",
        "updated_at": f"{when + dt.timedelta(days=rng.randint(1, 90)):%Y-%m-%d %H:%M:%S}",
    }
    return _json(doc)


def placetel_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Placetel API contact of the shared phone book (``GET /api/v2/contacts/{id}``): an
    invented id and user id, the home as ``company`` with no person's name, its work address in
    one line, ``phone_work``, ``email_work`` (null where none), the private and mobile fields
    null, a ``speeddial`` code, ``blocked`` false and the times."""
    when = _when(rng)
    doc = {
        "id": rng.randint(1000000, 9999999),
        "user_id": rng.randint(10000, 99999),
        "speeddial": f"*{rng.randint(10, 99)}",
        "first_name": None,
        "last_name": None,
        "email": None,
        "email_work": email(row) or None,
        "company": _f(row, "name"),
        "address": None,
        "address_work": f"{street_line(row)}, {_f(row, 'plz')} Berlin",
        "phone_work": phone(row),
        "mobile_work": None,
        "phone": None,
        "mobile": None,
        "fax": None,
        "fax_work": None,
        "facebook_url": None,
        "linkedin_url": None,
        "xing_url": None,
        "twitter_account": None,
        "blocked": False,
        "updated_at": f"{when + dt.timedelta(days=rng.randint(1, 200)):%Y-%m-%dT%H:%M:%S.000Z}",
        "created_at": f"{when:%Y-%m-%dT%H:%M:%S.000Z}",
    }
    return _json(doc)


def moco_company(row: dict[str, Any], rng: random.Random) -> str:
    """A MOCO API company (``GET /api/v1/companies/{id}``): an invented id, ``type`` customer,
    the home as ``name``, ``email`` and ``phone``, ``address`` in lines (name, street, postcode
    and place), ``tags`` (kind and district), an ``info`` giving the operator, the places and
    the telephone again, an invented ``identifier``, currency EUR, ``country_code`` DE, due
    days, no projects, and the times."""
    when = _when(rng)
    info = (
        f"{_f(row, 'versorgungsform')}{places(row, 'mit')}, Träger "
        f"{_f(row, 'traeger')}. Zentrale: {phone(row)}"
    )
    doc = {
        "id": rng.randint(100000000, 999999999),
        "type": "customer",
        "name": _f(row, "name"),
        "website": "",
        "email": email(row),
        "billing_email_cc": "",
        "phone": phone(row),
        "fax": "",
        "address": f"{_f(row, 'name')}\n{street_line(row)}\n{_f(row, 'plz')} Berlin",
        "tags": [kind(row), _f(row, "bezirk"), rng.choice(SUPPLIES)],
        "user": {"id": rng.randint(100000000, 999999999), "firstname": "", "lastname": ""},
        "info": info,
        "custom_properties": {"Heimaufsicht-Nr.": _f(row, "id")},
        "identifier": f"K{rng.randint(1000, 9999)}",
        "intern": False,
        "billing_tax": 0,
        "currency": "EUR",
        "country_code": "DE",
        "default_invoice_due_days": rng.choice((14, 30)),
        "projects": [],
        "created_at": f"{when:%Y-%m-%dT%H:%M:%SZ}",
        "updated_at": f"{when + dt.timedelta(days=rng.randint(1, 300)):%Y-%m-%dT%H:%M:%SZ}",
    }
    return _json(doc)


def gigaset_directory(row: dict[str, Any], rng: random.Random) -> str:
    """A Gigaset online-directory answer (the XML a Gigaset base station reads from a phone-book
    server: ``<list response="get_list" type="pb">`` with ``total``, ``first`` and ``last`` 1):
    one ``entry`` with the home as ``ln``, its street as ``st``, house number as ``nr``,
    postcode as ``zc``, ``ct`` Berlin, the telephone as ``hm`` and the mailbox as ``em`` (left
    out where none)."""
    fields = [
        ("ln", _f(row, "name")),
        ("st", _f(row, "strasse")),
        ("nr", _f(row, "hnr")),
        ("zc", _f(row, "plz")),
        ("ct", "Berlin"),
        ("hm", phone(row)),
        ("em", email(row)),
    ]
    entry = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in fields if v)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\r\n\r\n'
        '<list response="get_list" type="pb" total="1" first="1" last="1">'
        f"<entry>{entry}</entry></list>"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "easybill_customer": easybill_customer,
    "placetel_contact": placetel_contact,
    "moco_company": moco_company,
    "gigaset_directory": gigaset_directory,
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
