"""held_out_467 of the PII evaluation set: real phone fields of a register no earlier part used
(the State of Hesse's list of COVID-19 rapid-test stations, corona-test-hessen.de: pharmacies,
practices, aid organisations and test centres; Germany's earlier parts took Berlin's Kitas,
Heimaufsicht, Hilf-mir and LEZ city guides, Chemnitz's Kitas, the Finanzämter, Hamburg's and
North Rhine-Westphalia's schools, the Hochschulkompass, the LUP care portal, the RKI's health
offices, the Weisse Liste's hospitals and Datenanfragen.de's companies and public bodies)
exactly as published, in layouts no earlier part has, beside the list's own names, addresses,
postcodes, station ids and coordinates.

The procedure of ``held_out_352``, on another register and other layouts; here:

* the values are the ``telephone`` of 300 test stations (``scripts/data/pii_de_hessen_
  teststellen.json``, written by ``scripts/de_hessen_teststellen_data.py``; source and licence
  in that file): German numbers as the operators entered them, national (``06081 66742``,
  ``069-233047``, ``06142/3308650``, ``02772 – 23 22``, mobile lines ``0176-55920220``) and a
  few with the calling code (``+49 611 300332``, ``0049 6167 79000``), written stripped of the
  blanks some fields begin or end with; every copy labelled; the list has no e-mail field;
* the text around them is the same row's real fields: the station's name, street, postcode and
  town (split from the list's one ``location`` string), its ``stationid``, the date the state
  last changed it and its coordinates, with invented customer and order numbers, VAT ids,
  amounts and dates of a medical wholesaler's shop that sells the stations antigen rapid tests,
  unlabelled and scored;
* in layouts no earlier part has, formats of German e-commerce software, text in German:
  plentymarkets REST answers (``GET /rest/accounts/contacts/{contactId}?with[]=addresses&with[]
  =options``: the contact, its ``options`` with the telephone as type 1, and one address whose
  ``options`` repeat it as type 4), Gambio GX REST API v2 customer answers (``GET
  /api/v2/customers/{id}``: ``telephone``, ``fax`` empty, the ``address`` with ``company``,
  ``street``, ``houseNumber``, ``postcode``, ``city``, ``b2bStatus``), OXID eShop GraphQL
  Storefront answers (``query customer``: ``invoiceAddress`` with ``company``, ``street``,
  ``streetNumber``, ``zipCode``, ``city``, ``phone``; an order's ``remark`` repeating the
  number) and JTL-Wawi customer import files for JTL-Ameise (semicolon-separated CSV, a header
  and one row: ``Kundennummer``, ``Firma``, ``Straße``, ``PLZ``, ``Ort``, ``Land``,
  ``Telefon``, ``Anmerkung`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_467.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_hessen_teststellen.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_467.jsonl.gz"
SPLIT = "held_out_467"

LAYOUTS = ("plenty_contact", "gambio_customer", "oxid_graphql_customer", "jtl_ameise_csv")
PHONE = "telephone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
BERLIN = ZoneInfo("Europe/Berlin")
SHOP = "Medizinbedarf Rhein-Main"

# data of the register's file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods the stations order (antigen rapid tests and what a test station uses)
GOODS = (
    ("SARS-CoV-2 Antigen-Schnelltest, 25 Stück", 62.50),
    ("Einmalhandschuhe Nitril, Gr. M, 100 Stück", 7.90),
    ("FFP2-Atemschutzmasken, 20 Stück", 14.80),
    ("Händedesinfektion 1 Liter", 6.45),
    ("Abstrichtupfer steril, 100 Stück", 18.20),
    ("Schutzkittel Einweg, 10 Stück", 12.30),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The station's telephone as published, stripped of blanks at its ends."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a calling code (``+49``, ``0049``)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    """The station's name as the list gives it."""
    return _f(row, "title")


def address(row: dict[str, Any]) -> tuple[str, str, str]:
    """(street, postcode, town) of the list's one ``location`` string (``Hainer Weg 144, 60599
    Frankfurt am Main``); the whole string as the street where it names no postcode."""
    loc = _f(row, "location")
    m = re.fullmatch(r"(.*?),?\s*(\d{5})\s+(.+)", loc)
    return (m.group(1).strip(), m.group(2), m.group(3).strip()) if m else (loc, "", "")


def street_and_number(row: dict[str, Any]) -> tuple[str, str]:
    """The street split from its house number where it ends in one (``Hainer Weg``, ``144``)."""
    street = address(row)[0]
    m = re.fullmatch(r"(.+?)\s+(\d+\s?[a-zA-Z]?(?:\s?-\s?\d+\s?[a-zA-Z]?)?)", street)
    return (m.group(1), m.group(2)) if m else (street, "")


def changed(row: dict[str, Any]) -> str:
    """The date the state last changed the station (``2021-04-09``), else ""."""
    return _f(row, "modified")[:10]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of spring 2021 (German time)."""
    day = dt.datetime(2021, 3, 8, tzinfo=BERLIN) + dt.timedelta(days=rng.randint(0, 90))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _vat(rng: random.Random) -> str:
    """An invented German VAT id (``DE`` and nine digits)."""
    return f"DE{rng.randint(100_000_000, 399_999_999)}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def note(row: dict[str, Any]) -> str:
    """A note on the station, as the shop's staff write it: its id in the state's list, the
    date the list last changed it, its coordinates."""
    text = f"Teststelle Hessen Nr. {_f(row, 'stationid')}"
    if changed(row):
        text += f", Stand {changed(row)}"
    return f"{text}; Geo {_f(row, 'lat')}, {_f(row, 'lon')}"


def plenty_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A plentymarkets REST answer (``GET /rest/accounts/contacts/{contactId}?with[]=addresses
    &with[]=options``): the contact (an invented id and number, ``typeId`` 1 customer, class,
    referrer, timestamps), its ``options`` (the telephone as ``typeId`` 1 with ``subTypeId``
    4, business), and one invoice address (``name1`` the station, ``address1`` and ``address2``
    street and house number, ``postalCode``, ``town``, ``countryId`` 1 Germany) whose
    ``options`` repeat the telephone as ``typeId`` 4."""
    when = _when(rng)
    cid, aid = rng.randint(10_000, 99_999), rng.randint(100_000, 999_999)
    street, number = street_and_number(row)
    _, postcode, town = address(row)
    stamp = when.isoformat()
    doc = {
        "id": cid,
        "number": f"K-{rng.randint(20_000, 29_999)}",
        "externalId": _f(row, "stationid"),
        "typeId": 1,
        "firstName": "",
        "lastName": name(row),
        "gender": None,
        "title": "",
        "formOfAddress": "Firma",
        "classId": 3,
        "blocked": 0,
        "rating": rng.randint(0, 5),
        "bookAccount": str(rng.randint(10_000, 19_999)),
        "lang": "de",
        "referrerId": 1,
        "plentyId": rng.choice((1000, 54_017)),
        "createdAt": stamp,
        "updatedAt": (when + dt.timedelta(days=rng.randint(1, 30))).isoformat(),
        "options": [
            {
                "id": rng.randint(1_000_000, 9_999_999),
                "contactId": cid,
                "typeId": 1,
                "subTypeId": 4,
                "value": phone(row),
                "priority": 0,
                "createdAt": stamp,
                "updatedAt": stamp,
            }
        ],
        "addresses": [
            {
                "id": aid,
                "gender": None,
                "name1": name(row),
                "name2": "",
                "name3": "",
                "name4": note(row),
                "address1": street,
                "address2": number,
                "address3": "",
                "postalCode": postcode,
                "town": town,
                "countryId": 1,
                "stateId": 7,
                "readOnly": False,
                "createdAt": stamp,
                "updatedAt": stamp,
                "pivot": {"contactId": cid, "addressId": aid, "typeId": 1, "isPrimary": 1},
                "options": [
                    {
                        "id": rng.randint(1_000_000, 9_999_999),
                        "addressId": aid,
                        "typeId": 4,
                        "value": phone(row),
                        "position": 0,
                        "createdAt": stamp,
                        "updatedAt": stamp,
                    }
                ],
            }
        ],
    }
    return _json(doc)


def gambio_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Gambio GX REST API v2 customer answer (``GET /api/v2/customers/{id}``): an invented
    id and customer number, ``gender`` empty, the station as ``lastname``, an invented VAT
    id, ``telephone`` the station's, ``fax`` empty, an ``email`` left empty (the list has
    none), ``type`` registree, and the ``address`` (``company``, ``street``, ``houseNumber``,
    ``postcode``, ``city``, ``countryId`` 81 Germany, ``zoneId`` of Hesse, ``b2bStatus``)."""
    street, number = street_and_number(row)
    _, postcode, town = address(row)
    cid = rng.randint(1_000, 9_999)
    doc = {
        "id": cid,
        "number": str(rng.randint(30_000, 39_999)),
        "gender": "",
        "firstname": "",
        "lastname": name(row),
        "dateOfBirth": None,
        "vatNumber": _vat(rng),
        "vatNumberStatus": 1,
        "telephone": phone(row),
        "fax": "",
        "email": "",
        "statusId": 3,
        "isGuest": False,
        "addressId": cid + rng.randint(1, 50),
        "address": {
            "company": name(row),
            "street": street,
            "houseNumber": number,
            "additionalAddressInfo": note(row),
            "suburb": "",
            "postcode": postcode,
            "city": town,
            "countryId": 81,
            "zoneId": 85,
            "b2bStatus": True,
        },
        "addonValues": {"customerRegistrationDate": _when(rng).strftime("%Y-%m-%d %H:%M:%S")},
    }
    return _json(doc)


def oxid_graphql_customer(row: dict[str, Any], rng: random.Random) -> str:
    """An OXID eShop GraphQL Storefront answer (``query customer { id customerNumber
    invoiceAddress { ... } orders { ... } }``): an invented id and customer number, the
    ``invoiceAddress`` (``salutation`` empty, ``company`` the station, ``street``,
    ``streetNumber``, ``zipCode``, ``city``, ``phone``, ``country.isoAlpha2`` DE) and one
    order (an invented number, date, amount, the goods) whose ``remark`` repeats the
    telephone for the delivery."""
    street, number = street_and_number(row)
    _, postcode, town = address(row)
    when = _when(rng)
    goods, price = rng.choice(GOODS)
    qty = rng.randint(2, 40)
    doc = {
        "data": {
            "customer": {
                "id": "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                "customerNumber": str(rng.randint(1_000, 9_999)),
                "invoiceAddress": {
                    "salutation": "",
                    "firstName": "",
                    "lastName": "",
                    "company": name(row),
                    "additionalInfo": note(row),
                    "street": street,
                    "streetNumber": number,
                    "zipCode": postcode,
                    "city": town,
                    "phone": phone(row),
                    "mobile": "",
                    "fax": "",
                    "country": {"isoAlpha2": "DE"},
                },
                "orders": [
                    {
                        "id": "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                        "orderNumber": rng.randint(10_000, 99_999),
                        "ordered": when.isoformat(),
                        "cost": {"total": round(qty * price, 2), "currency": {"name": "EUR"}},
                        "items": [{"title": goods, "amount": qty}],
                        "remark": f"Lieferung an {name(row)}, Anlieferung bitte vorher unter "
                        f"{phone(row)} ankündigen.",
                    }
                ],
            }
        }
    }
    return _json(doc)


def jtl_ameise_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A JTL-Wawi customer import file for JTL-Ameise (semicolon-separated CSV, CRLF): a header
    and one row, ``Kundennummer`` invented, ``Firma`` the station, ``Straße``, ``PLZ``,
    ``Ort``, ``Land`` Deutschland, ``Telefon`` the station's, ``Kundengruppe`` and ``USt-ID``
    invented, ``Anmerkung`` repeating the telephone with the station's id and coordinates."""
    street, postcode, town = address(row)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        ["Kundennummer", "Firma", "Straße", "PLZ", "Ort", "Land", "Telefon", "Kundengruppe",
         "USt-ID", "Anmerkung"]
    )  # fmt: skip
    writer.writerow(
        [
            f"K{rng.randint(100_000, 199_999)}",
            name(row),
            street,
            postcode,
            town,
            "Deutschland",
            phone(row),
            rng.choice(("Apotheken", "Testzentren", "Praxen")),
            _vat(rng),
            f"{note(row)}; Rückfragen {phone(row)}",
        ]
    )
    return out.getvalue()


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "plenty_contact": plenty_contact,
    "gambio_customer": gambio_customer,
    "oxid_graphql_customer": oxid_graphql_customer,
    "jtl_ameise_csv": jtl_ameise_csv,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
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
