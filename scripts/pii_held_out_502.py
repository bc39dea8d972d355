"""held_out_502 of the PII evaluation set: real phone and e-mail fields of two lists no earlier
part used (the Senior+ day homes and clubs and the universities of the third age of Poland's
Małopolskie voivodeship; Poland's earlier parts took Eurostat GISCO's hospitals, the Mobberizer
app's courts and sanitary-epidemiological stations, the contact database of local-government
units, the State Forests' offices and two lists of social-assistance centres) exactly as
published, in layouts no earlier part has, beside the lists' own names, streets, postcodes and
towns.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the telephone and e-mail fields of 104 centres
  (``scripts/data/pii_pl_malopolska_seniors.json``, written by
  ``scripts/pl_malopolska_seniors_data.py``; source and licence in that file): Polish numbers as
  the lists write them (``33 432 27 23``, ``(14) 68 496 60``, ``667-202-570``, ``781784956``),
  several numbers of one centre joined by commas (``601 866 870, 18 206 67 74``), and the
  centres' mailboxes, several joined by ``; `` where the list gives several; every copy
  labelled, each number and each address of a field on its own;
* the text around them is the same row's real fields: the centre's (or its commune's) name,
  street and number, postcode (``34-120``), town, with invented order, offer, parcel and contact
  ids, NIPs (check digits right), amounts, weights, dimensions, Unix times and dates,
  unlabelled and scored;
* in layouts no earlier part has, formats of Polish e-commerce, logistics, marketing and SMS
  services, text in Polish: Allegro checkout forms (``GET /order/checkout-forms/{id}``: the
  centre as ``buyer`` with ``email`` and ``phoneNumber`` and as the ``delivery.address``),
  Apaczka API v2 ``order_send`` requests (the centre as ``receiver`` with ``phone`` and
  ``email``, one parcel), SALESmanago ``contact/upsert`` requests (the centre's mailbox as the
  contact's ``email``, its ``phone``, ``company`` and ``address``, tags) and SMSAPI.pl contact
  answers (``GET /contacts``: one contact with ``phone_number``, ``email``, ``city`` and
  ``description``). The fields of the SALESmanago and SMSAPI layouts were written from memory
  of their documentation (the search tools found SALESmanago's client code, not its reference;
  SMSAPI's not at all).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, before it was ever scored.

    python scripts/pii_held_out_502.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pl_malopolska_seniors.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_502.jsonl.gz"
SPLIT = "held_out_502"

LAYOUTS = ("allegro_checkout_form", "apaczka_order_send", "salesmanago_upsert", "smsapi_contacts")
EDGES = {"phone": r"\d", "email": r"[\w.@'+-]"}
WARSAW = dt.timezone(dt.timedelta(hours=1))
# (Senior+ list's column, UTW list's column) of each role
COLUMNS = {
    "name": ("Nazwa jednostki samorządu terytorialnego", "nazwa"),
    "kind": ("Rodzaj ośrodka wsparcia", "typ_placowki"),
    "street": ("Adres", "ulica"),
    "postcode": ("Kod", "kod_pocztowy"),
    "town": ("Miejscowość", "miejscowosc"),
    "phone": ("Telefon", "telefon"),
    "email": ("Email", "email"),
}

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods a centre orders (name, gross price in PLN)
GOODS = (
    ("Gra planszowa dla seniorów, zestaw 3 gier", 129.99),
    ("Ciśnieniomierz naramienny automatyczny", 159.00),
    ("Kije do nordic walking, para", 89.90),
    ("Zestaw do arteterapii: farby, pędzle, płótna", 74.50),
    ("Mata do ćwiczeń rehabilitacyjnych 180 x 60 cm", 49.99),
    ("Czajnik elektryczny 1,7 l", 119.00),
)  # fmt: skip
TAGS = ("SENIOR_PLUS", "UTW", "MALOPOLSKA", "NEWSLETTER_SENIOR", "WYDARZENIA_2024")


def _f(row: dict[str, Any], role: str) -> str:
    """A role's field as published, stripped ("" where the list has no such field)."""
    utw = row["path"].startswith("raw_dane/utw")
    return (row["fields"].get(COLUMNS[role][utw]) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The centre's telephone field as published (several numbers joined by commas)."""
    return _f(row, "phone")


def email(row: dict[str, Any]) -> str:
    """The centre's e-mail field as published (several addresses joined by ``; ``)."""
    return _f(row, "email")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: each copy of each address of the row's e-mail field and each copy
    of its telephone field labelled (each number of it on its own by ``labelled_record``)."""
    values = [("email", a) for a in email(row).split("; ")] + [("phone", phone(row))]
    column = COLUMNS["phone"][row["path"].startswith("raw_dane/utw")]
    return field_copies(text, values, EDGES, {"phone": column}, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Warsaw, CET)."""
    day = dt.datetime(2024, 1, 8, tzinfo=WARSAW) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 15), minutes=rng.randint(0, 59))


def _nip(rng: random.Random) -> str:
    """An invented NIP (ten digits, its check digit right)."""
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = sum(d * w for d, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
        if check != 10:
            return "".join(map(str, body)) + str(check)


def _uuid(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def first_email(row: dict[str, Any]) -> str:
    return email(row).split("; ")[0]


def allegro_checkout_form(row: dict[str, Any], rng: random.Random) -> str:
    """An Allegro checkout form (``GET /order/checkout-forms/{id}``): an invented form id, the
    centre as ``buyer`` (``email``, an invented ``login``, ``companyName``, ``phoneNumber``,
    ``address``) and as ``delivery.address``, a bank-transfer ``payment``, one line item (an
    invented offer id, price and quantity) and ``summary.totalToPay``."""
    when = _when(rng)
    name, price = rng.choice(GOODS)
    qty = rng.randint(1, 6)
    address = {
        "street": _f(row, "street"),
        "city": _f(row, "town"),
        "postCode": _f(row, "postcode"),
        "countryCode": "PL",
    }
    doc = {
        "id": _uuid(rng),
        "messageToSeller": f"Prosimy o fakturę. Kontakt w sprawie dostawy: {phone(row)}.",
        "buyer": {
            "id": str(rng.randint(10**7, 10**8)),
            "email": first_email(row),
            "login": f"senior_{rng.randint(100, 9999)}",
            "firstName": "",
            "lastName": "",
            "companyName": _f(row, "name"),
            "guest": False,
            "phoneNumber": phone(row),
            "address": address,
        },
        "payment": {
            "id": _uuid(rng),
            "type": "ONLINE",
            "provider": "P24",
            "finishedAt": when.isoformat(timespec="seconds"),
            "paidAmount": {"amount": f"{price * qty:.2f}", "currency": "PLN"},
        },
        "status": "READY_FOR_PROCESSING",
        "delivery": {
            "address": {
                "firstName": "",
                "lastName": "",
                "street": _f(row, "street"),
                "city": _f(row, "town"),
                "zipCode": _f(row, "postcode"),
                "countryCode": "PL",
                "companyName": _f(row, "name"),
                "phoneNumber": phone(row),
            },
            "method": {"id": _uuid(rng), "name": "Allegro Kurier DPD"},
            "cost": {"amount": "14.99", "currency": "PLN"},
        },
        "invoice": {
            "required": True,
            "address": {"company": {"name": _f(row, "name"), "taxId": _nip(rng)}},
        },
        "lineItems": [
            {
                "id": _uuid(rng),
                "offer": {"id": str(rng.randint(10**10, 10**11)), "name": name},
                "quantity": qty,
                "price": {"amount": f"{price:.2f}", "currency": "PLN"},
                "boughtAt": when.isoformat(timespec="seconds"),
            }
        ],
        "summary": {"totalToPay": {"amount": f"{price * qty + 14.99:.2f}", "currency": "PLN"}},
        "updatedAt": when.isoformat(timespec="seconds"),
    }
    return _json(doc)


def apaczka_order_send(row: dict[str, Any], rng: random.Random) -> str:
    """An Apaczka API v2 ``order_send`` request (``POST /api/v2/order_send/``): ``app_id``,
    ``expires`` (a Unix time), ``signature`` and ``request``, whose ``order`` has a
    ``service_id``, the ``address`` of an invented sender and of the centre as ``receiver``
    (``name``, ``line1``, ``postal_code``, ``city``, ``country_code``, ``phone``, ``email``),
    an ``option`` list, a ``shipment`` of one parcel and a ``comment``."""
    when = _when(rng)
    order = {
        "service_id": rng.choice((21, 41, 82)),
        "address": {
            "sender": {
                "country_code": "PL",
                "name": "Hurtownia Senior-Market Sp. z o.o.",
                "line1": "ul. Zakopiańska 62",
                "line2": "",
                "postal_code": "30-418",
                "city": "Kraków",
                "is_residential": 0,
                "contact_person": "Dział wysyłek",
                "email": "",
                "phone": "",
            },
            "receiver": {
                "country_code": "PL",
                "name": _f(row, "name"),
                "line1": _f(row, "street"),
                "line2": "",
                "postal_code": _f(row, "postcode"),
                "city": _f(row, "town"),
                "is_residential": 0,
                "contact_person": "",
                "email": first_email(row),
                "phone": phone(row),
            },
        },
        "option": {"31": 0, "19": 1},
        "shipment_value": rng.choice((20000, 50000, 100000)),
        "cod": {"amount": 0, "bankaccount": ""},
        "pickup": {
            "type": "SELF",
            "date": f"{when:%Y-%m-%d}",
            "hours_from": "09:00",
            "hours_to": "15:00",
        },
        "shipment": [
            {
                "dimension1": rng.choice((30, 40, 60)),
                "dimension2": rng.choice((20, 30, 40)),
                "dimension3": rng.choice((10, 20, 30)),
                "weight": round(rng.uniform(1.0, 20.0), 1),
                "is_nstd": 0,
                "shipment_type_code": "PACZKA",
            }
        ],
        "comment": f"ZAM/{when.year}/{rng.randint(100, 9999):04d}",
        "content": "materiały na zajęcia",
    }
    request = json.dumps({"order": order}, ensure_ascii=False)
    doc = {
        "app_id": f"{rng.randint(10**5, 10**6)}_{rng.randint(10**7, 10**8)}",
        "request": request,
        "expires": int(when.timestamp()) + 600,
        "signature": hashlib.sha256(request.encode()).hexdigest(),
    }
    return _json(doc)


def salesmanago_upsert(row: dict[str, Any], rng: random.Random) -> str:
    """A SALESmanago ``contact/upsert`` request (``POST /api/contact/upsert``): ``clientId``,
    ``apiKey``, ``requestTime`` (Unix milliseconds), ``sha`` (no ``owner``: an account's mailbox
    would be an address no row holds), the ``contact`` (``email``, ``name``, ``phone``,
    ``company``, ``address``), ``tags`` and ``properties`` naming the centre's kind."""
    when = _when(rng)
    doc = {
        "clientId": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16)),
        "apiKey": "".join(rng.choice("0123456789abcdef") for _ in range(20)),
        "requestTime": int(when.timestamp()) * 1000,
        "sha": "".join(rng.choice("0123456789abcdef") for _ in range(40)),
        "contact": {
            "email": first_email(row),
            "name": _f(row, "name"),
            "phone": phone(row),
            "company": _f(row, "name"),
            "state": "CUSTOMER",
            "address": {
                "streetAddress": _f(row, "street"),
                "zipCode": _f(row, "postcode"),
                "city": _f(row, "town"),
                "country": "PL",
            },
        },
        "tags": rng.sample(TAGS, 2),
        "properties": {"rodzaj": _f(row, "kind") or "UTW", "wojewodztwo": "małopolskie"},
        "forceOptIn": True,
        "forcePhoneOptIn": False,
    }
    return _json(doc)


def smsapi_contacts(row: dict[str, Any], rng: random.Random) -> str:
    """An SMSAPI.pl contacts answer (``GET /contacts``): ``size`` 1 and a ``collection`` of one
    contact: an invented ``id``, ``phone_number`` (the centre's field), ``email`` (the whole
    field), ``city``, ``description`` naming the centre and its address, dates and one
    invented group."""
    when = _when(rng)
    doc = {
        "size": 1,
        "collection": [
            {
                "id": "".join(rng.choice("0123456789abcdef") for _ in range(24)),
                "first_name": "",
                "last_name": "",
                "phone_number": phone(row),
                "email": email(row),
                "gender": "undefined",
                "city": _f(row, "town"),
                "country": "Poland",
                "description": f"{_f(row, 'name')}, {_f(row, 'street')}, "
                f"{_f(row, 'postcode')} {_f(row, 'town')}",
                "source": "import",
                "date_created": when.isoformat(timespec="seconds"),
                "date_updated": when.isoformat(timespec="seconds"),
                "groups": [
                    {
                        "id": "".join(rng.choice("0123456789abcdef") for _ in range(24)),
                        "name": "Seniorzy Małopolska",
                        "contacts_count": rng.randint(40, 400),
                    }
                ],
            }
        ],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "allegro_checkout_form": allegro_checkout_form,
    "apaczka_order_send": apaczka_order_send,
    "salesmanago_upsert": salesmanago_upsert,
    "smsapi_contacts": smsapi_contacts,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its telephone field and of
    each of its addresses labelled, each number of the field on its own."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
