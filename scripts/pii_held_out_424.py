"""held_out_424 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Silesian Voivode's list of the social-assistance centres of the Śląskie
voivodeship, the municipal and communal ośrodki pomocy społecznej and centra usług
społecznych; Poland's earlier parts took Eurostat GISCO's hospitals, the Mobberizer app's courts
and sanitary-epidemiological stations, the contact database of local-government units and the
State Forests' offices) exactly as published, in layouts no earlier part has, beside the list's
own names, streets, postcodes, towns, communes and counties.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefon`` and ``email`` fields of 165 centres
  (``scripts/data/pii_pl_slaskie_ops.json``, written by ``scripts/pl_slaskie_ops_data.py``;
  source and licence in that file): Polish numbers as the voivode's list writes them, the area
  code in brackets and the line in hyphenated groups (``(32) 296-21-31``), a few in spaces with
  the extensions' range after them (``(32) 649 94 92 (do 97)``), several numbers of one centre
  joined by ``|`` as the table holds them (``(33) 815-29-92 | (33) 815-32-96``), and the
  centres' mailboxes (``sekretariat@mops.bedzin.pl``); every copy labelled, each number of a
  field on its own (the extensions' range is no number and stays unlabelled);
* the text around them is the same row's real fields: the centre's name, street and number,
  postcode (``42-500``), town, commune and county, with invented order and shipment numbers,
  NIPs (check digits right), EANs (check digits right), product codes, list hashes, amounts,
  weights, dimensions, Unix times and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Polish e-commerce, logistics, accounting and
  mailing services, text in Polish: InPost ShipX shipment requests (``POST
  /v1/organizations/{id}/shipments``: the centre as ``receiver`` with its ``phone`` and
  ``email``, a courier parcel of supplies, ``comments`` repeating the telephone), BaseLinker
  ``addOrder`` parameters (an order of office supplies delivered to the centre, ``phone`` and
  ``email``, the commune as the invoice's buyer, ``admin_comments`` repeating the telephone),
  iFirma contractor answers (``GET /iapi/kontrahenci/id/{id}.json``: the centre as a
  ``Wynik`` with ``Telefon``, ``Email`` and ``EmailDlaFaktury``) and FreshMail
  ``subscriber/addMultiple`` requests (the centre's mailbox subscribed to a regional newsletter
  list with ``custom_fields`` giving its name, address and telephone).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, before it was ever scored.

    python scripts/pii_held_out_424.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pl_slaskie_ops.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_424.jsonl.gz"
SPLIT = "held_out_424"

LAYOUTS = ("shipx_shipment", "baselinker_order", "ifirma_kontrahent", "freshmail_subscribers")
PHONE, EMAIL = "telefon", "email"
EDGES = {"phone": r"\d", "email": r"[\w.@'+-]"}
WARSAW = dt.timezone(dt.timedelta(hours=1))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented supplies of a centre (name, SKU stem, gross price in PLN, weight in kg)
SUPPLIES = (
    ("Papier ksero A4 80 g/m², karton 5 ryz", "PAP-A4-80", 119.90, 12.5),
    ("Segregator A4 75 mm, niebieski", "SEG-A4-75", 8.49, 0.45),
    ("Toner do drukarki laserowej, czarny", "TON-BK-26", 289.00, 0.9),
    ("Koperty C4 samoklejące z paskiem, 250 szt.", "KOP-C4-250", 64.50, 3.2),
    ("Środek do dezynfekcji rąk 5 l", "DEZ-5L", 79.99, 5.3),
    ("Niszczarka dokumentów P-4", "NISZ-P4", 649.00, 11.0),
    ("Teczka wiązana biała, 50 szt.", "TECZ-WB-50", 42.00, 2.1),
)  # fmt: skip
# invented contents of a parcel to a centre
PARCELS = (
    "materiały biurowe", "druki i formularze", "środki czystości", "paczki żywnościowe",
    "artykuły higieniczne", "materiały informacyjne",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The centre's telephone field as published (several numbers joined by ``|``)."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The centre's mailbox as published."""
    return _f(row, EMAIL)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: each copy of the row's telephone field and of its mailbox
    labelled. Each copy stands apart (no digit next to a number, no address character next to
    an address)."""
    values = [("email", email(row)), ("phone", phone(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"], nested=True)


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


def _ean(rng: random.Random) -> str:
    """An invented EAN-13 with the GS1 Poland prefix 590, its check digit right."""
    body = [5, 9, 0] + [rng.randint(0, 9) for _ in range(9)]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return "".join(map(str, body)) + str(check)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def street_parts(row: dict[str, Any]) -> tuple[str, str]:
    """The street and the building number of the centre's ``adres`` (``ul. 11 Listopada 1`` as
    ``ul. 11 Listopada`` and ``1``); the town and "" where the list gives no street."""
    address = _f(row, "adres")
    m = re.fullmatch(r"(.*\S)\s+(\d+[A-Za-z]?(?:/\d+[A-Za-z]?)?)", address)
    if m:
        return m.group(1), m.group(2)
    return (address or _f(row, "miejscowosc")), ""


def address_line(row: dict[str, Any]) -> str:
    """The centre's address in one line: street (where the list gives one), postcode, town."""
    street = _f(row, "adres")
    place = f"{_f(row, 'kod_pocztowy')} {_f(row, 'miejscowosc')}"
    return f"{street}, {place}" if street else place


def shipx_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """An InPost ShipX shipment request (``POST /v1/organizations/{id}/shipments``): the centre
    as ``receiver`` (``company_name``, ``email``, ``phone``, ``address`` with street, building
    number, town, postcode, ``PL``), one courier parcel with its dimensions in mm and weight in
    kg, an insurance amount, ``service`` ``inpost_courier_standard``, the e-mail and SMS
    notices, an invented ``reference`` and ``comments`` repeating the telephone."""
    when = _when(rng)
    street, number = street_parts(row)
    what = rng.choice(PARCELS)
    doc = {
        "receiver": {
            "company_name": _f(row, "nazwa"),
            "email": email(row),
            "phone": phone(row),
            "address": {
                "street": street,
                "building_number": number,
                "city": _f(row, "miejscowosc"),
                "post_code": _f(row, "kod_pocztowy"),
                "country_code": "PL",
            },
        },
        "parcels": [
            {
                "id": "1",
                "dimensions": {
                    "length": rng.choice((300, 400, 500, 600)),
                    "width": rng.choice((200, 300, 400)),
                    "height": rng.choice((150, 200, 300)),
                    "unit": "mm",
                },
                "weight": {"amount": round(rng.uniform(1.5, 24.0), 1), "unit": "kg"},
                "is_non_standard": False,
            }
        ],
        "insurance": {"amount": rng.choice((500, 1000, 1500, 2000)), "currency": "PLN"},
        "cod": None,
        "service": "inpost_courier_standard",
        "additional_services": ["email", "sms"],
        "reference": f"ZAM/{when.year}/{rng.randint(100, 9999):04d}",
        "comments": f"Przesyłka: {what}; odbiorca: {_f(row, 'nazwa')} (gmina {_f(row, 'gmina')}). "
        f"Doręczenie w godzinach pracy ośrodka, 7:30-15:30; w razie problemów z doręczeniem "
        f"prosimy o kontakt z sekretariatem: tel. {phone(row)}.",
    }
    return _json(doc)


def baselinker_order(row: dict[str, Any], rng: random.Random) -> str:
    """BaseLinker ``addOrder`` parameters: an invented status id and Unix time, ``phone`` and
    ``email`` of the centre, PLN, a bank transfer, a courier delivery to the centre
    (``delivery_company``, address, postcode, town), the commune as the invoice's buyer
    (``invoice_company`` ``Gmina ...`` with an invented NIP), the centre named in
    ``extra_field_1``, ``admin_comments`` repeating the telephone, and one to three products
    (invented SKUs and EANs, gross prices, VAT 23, quantities, weights)."""
    when = _when(rng)
    commune = _f(row, "gmina")
    picks = rng.sample(SUPPLIES, rng.randint(1, 3))
    products = []
    for name, sku, price, weight in picks:
        products.append(
            {
                "storage": "db",
                "storage_id": 0,
                "product_id": str(rng.randint(1000, 99999)),
                "variant_id": 0,
                "name": name,
                "sku": f"{sku}-{rng.randint(10, 99)}",
                "ean": _ean(rng),
                "location": f"{rng.choice('ABCD')}{rng.randint(1, 9)}-{rng.randint(1, 24):02d}",
                "price_brutto": price,
                "tax_rate": 23,
                "quantity": rng.randint(1, 10),
                "weight": weight,
            }
        )
    doc = {
        "order_status_id": rng.choice((6624, 7301, 8155)),
        "date_add": int(when.timestamp()),
        "user_comments": "Faktura na gminę, odbiorca: ośrodek pomocy społecznej.",
        "admin_comments": f"Zamówienie: {_f(row, 'nazwa')}; potwierdzenie dostawy pod "
        f"numerem {phone(row)}.",
        "phone": phone(row),
        "email": email(row),
        "user_login": "",
        "currency": "PLN",
        "payment_method": "Przelew bankowy",
        "payment_method_cod": "0",
        "paid": "0",
        "delivery_method": "Kurier InPost",
        "delivery_price": rng.choice((0, 14.99, 19.99, 24.99)),
        "delivery_fullname": "",
        "delivery_company": _f(row, "nazwa"),
        "delivery_address": _f(row, "adres"),
        "delivery_city": _f(row, "miejscowosc"),
        "delivery_state": "",
        "delivery_postcode": _f(row, "kod_pocztowy"),
        "delivery_country_code": "PL",
        "invoice_fullname": "",
        "invoice_company": f"Gmina {commune}",
        "invoice_nip": _nip(rng),
        "invoice_address": _f(row, "adres"),
        "invoice_city": _f(row, "miejscowosc"),
        "invoice_postcode": _f(row, "kod_pocztowy"),
        "invoice_country_code": "PL",
        "want_invoice": 1,
        "extra_field_1": f"Odbiorca: {_f(row, 'nazwa')}",
        "extra_field_2": f"powiat {_f(row, 'powiat')}",
        "products": products,
    }
    return _json(doc)


def ifirma_kontrahent(row: dict[str, Any], rng: random.Random) -> str:
    """An iFirma contractor answer (``GET /iapi/kontrahenci/id/{id}.json``): ``response`` with
    ``Kod`` 0 and one ``Wynik``: the centre's name, an invented ``Identyfikator`` and NIP, its
    street, postcode, country and town, ``Email``, ``Telefon``, the e-invoice consent with an
    invented date and ``EmailDlaFaktury`` (the mailbox again), ``JestOdbiorca``, ``Uwagi``
    naming the commune and county, no bank account."""
    when = _when(rng)
    doc = {
        "response": {
            "Kod": 0,
            "Informacja": "",
            "Wynik": [
                {
                    "Nazwa": _f(row, "nazwa"),
                    "Nazwa2": "",
                    "Identyfikator": f"{_f(row, 'typ')}-{rng.randint(1, 9999):04d}",
                    "PrefiksUE": "",
                    "NIP": _nip(rng),
                    "Ulica": _f(row, "adres"),
                    "KodPocztowy": _f(row, "kod_pocztowy"),
                    "Kraj": "Polska",
                    "Miejscowosc": _f(row, "miejscowosc"),
                    "Email": email(row),
                    "Telefon": phone(row),
                    "OsobaFizyczna": False,
                    "ZgodaNaEfaktury": True,
                    "DataUdzieleniaZgody": f"{when:%Y-%m-%d}",
                    "EmailDlaFaktury": email(row),
                    "JestDostawca": False,
                    "JestOdbiorca": True,
                    "AdresZagraniczny": False,
                    "Skype": "",
                    "Faks": "",
                    "Uwagi": f"Jednostka budżetowa gminy {_f(row, 'gmina')}, powiat "
                    f"{_f(row, 'powiat')}.",
                    "Www": "",
                    "NazwaBanku": None,
                    "NumerKonta": None,
                    "DrugiTelefon": "",
                    "AdresKorespondencyjnyUlica": "",
                    "AdresKorespondencyjnyKodPocztowy": "",
                    "AdresKorespondencyjnyKraj": "",
                    "AdresKorespondencyjnyMiejscowosc": "",
                }
            ],
        }
    }
    return _json(doc)


def freshmail_subscribers(row: dict[str, Any], rng: random.Random) -> str:
    """A FreshMail ``subscriber/addMultiple`` request (``POST /rest/subscriber/addMultiple``): an
    invented list hash, ``state`` 1 (active), ``confirm`` 0, and one subscriber, the centre's
    mailbox, whose ``custom_fields`` give its name, type, address, postcode, town, commune,
    county and telephone."""
    street = _f(row, "adres")
    fields = {
        "nazwa": _f(row, "nazwa"),
        "typ_jednostki": _f(row, "typ"),
        "ulica": street,
        "kod_pocztowy": _f(row, "kod_pocztowy"),
        "miejscowosc": _f(row, "miejscowosc"),
        "gmina": _f(row, "gmina"),
        "powiat": _f(row, "powiat"),
        "telefon": phone(row),
    }
    if not street:
        del fields["ulica"]
    doc = {
        "list": _hex(rng, 10),
        "state": 1,
        "confirm": 0,
        "subscribers": [{"email": email(row), "custom_fields": fields}],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "shipx_shipment": shipx_shipment,
    "baselinker_order": baselinker_order,
    "ifirma_kontrahent": ifirma_kontrahent,
    "freshmail_subscribers": freshmail_subscribers,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its telephone field and mailbox
    labelled, each number of the field on its own."""
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
