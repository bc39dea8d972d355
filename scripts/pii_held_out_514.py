"""held_out_514 of the PII evaluation set: real phone fields of a register no earlier part used
(Bolivia, a neighbour of Chile and Argentina: the health establishments of the Ministerio de
Salud y Deportes's register as its Bolivia Segura platform served them) exactly as published,
in layouts no earlier part has, beside the register's own names, types, municipalities and
departments.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``numero_contacto`` of 240 health establishments (``scripts/data/
  pii_bo_establecimientos.json``, written by ``scripts/bo_establecimientos_data.py``; source
  and licence in that file): Bolivian numbers as the register writes them, mostly mobiles of
  eight digits (``68288725``), seven-digit lines, and 15 fields with two numbers after a slash,
  a hyphen or two blanks; the field is written whole wherever it stands and each number in it
  is labelled on its own (the separator between two numbers is not), every copy;
* the text around them is the same row's real fields: the establishment's name, type, level,
  subsector, municipality, department, coordinates and register id, with invented RUTs, NITs,
  order, customer and client ids, amounts, weights, dates and postcodes, unlabelled and scored;
  no e-mail address is written (the register has none);
* in layouts no earlier part has, of the region's trade (their fields written from memory of
  the providers' public API documentation, not re-checked against it), Spanish values under
  the APIs' English keys (the records' detected language is mostly ``en``):
  Chilexpress transport-order requests (``POST /transport-orders``: a ``header`` with
  certificate and customer card numbers, ``details`` with the destination ``addresses``, the
  establishment's line in the ``contacts``' ``phoneNumber``, ``packages`` of medical
  supplies), Tiendanube (Nuvemshop) REST API customer objects (``GET /v1/{store_id}/customers/
  {id}``: the line in ``phone`` and in ``default_address``'s ``phone``), Bsale API client
  objects (``GET /v1/clients/{id}.json``: ``code`` an invented NIT, ``company`` the
  establishment, ``phone`` its line) and Jumpseller API customer objects (``GET /v1/customers/
  {id}.json``: the line in its ``shipping_address`` and ``billing_address``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every number is one of
seven digits or more, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_514.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bo_farmacias_data import contact_numbers
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_bo_establecimientos.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_514.jsonl.gz"
SPLIT = "held_out_514"

LAYOUTS = ("chilexpress_order", "tiendanube_customer", "bsale_client", "jumpseller_customer")
PHONE = "numero_contacto"
COLUMN = "numero_contacto"
EDGES = {COLUMN: r"\d"}
BOT = dt.timezone(dt.timedelta(hours=-4))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented contents of the parcels sent to the establishments
SUPPLIES = (
    "Insumos médicos: jeringas y agujas",
    "Reactivos de laboratorio",
    "Material de curación",
    "Equipos de protección personal",
    "Medicamentos esenciales",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The establishment's contact field as published (one number, or two with their
    separator)."""
    return _f(row, PHONE)


def lines_of(row: dict[str, Any]) -> list[str]:
    """The numbers of the contact field, each as written (``contact_numbers``)."""
    return contact_numbers(phone(row))


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each number of the row's contact field labelled
    (each copy stands apart: no digit next to it)."""
    values = [(COLUMN, line) for line in dict.fromkeys(lines_of(row))]
    return field_copies(text, values, EDGES, {COLUMN: COLUMN}, row["path"])


def name(row: dict[str, Any]) -> str:
    """The establishment's name as published (``INST. PSICOPEDAGOGICO``)."""
    return _f(row, "nombre_establecimiento")


def kind(row: dict[str, Any]) -> str:
    """The establishment's type as published (``C.S. AMBULATORIO``)."""
    return _f(row, "tipo")


def town(row: dict[str, Any]) -> str:
    """The municipality as published (``SUCRE``)."""
    return _f(row, "municipio")


def department(row: dict[str, Any]) -> str:
    """The department as published (``CHUQUISACA``)."""
    return _f(row, "departamento")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a day of 2024 (Bolivian time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=BOT) + dt.timedelta(days=rng.randint(0, 330))
    return day + dt.timedelta(hours=rng.randint(8, 20), minutes=rng.randint(0, 59))


def nit(rng: random.Random) -> str:
    """An invented NIT of a taxpayer (ten digits)."""
    return str(rng.randint(1_000_000_000, 9_999_999_999))


def rut(rng: random.Random) -> str:
    """An invented Chilean RUT with its check digit (``76543210-K``)."""
    body = rng.randint(76_000_000, 77_999_999)
    total, factor = 0, 2
    for d in reversed(str(body)):
        total += int(d) * factor
        factor = 2 if factor == 7 else factor + 1
    check = 11 - total % 11
    return f"{body}-{'0' if check == 11 else 'K' if check == 10 else check}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _address(row: dict[str, Any]) -> str:
    return f"{kind(row)} {name(row)}"


def chilexpress_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Chilexpress transport-order request (``POST /transport-orders``) of an invented
    medical-supplies distributor: a ``header`` (certificate number, customer card number, the
    origin's coverage code, label type, seller RUT), one ``details`` entry with the
    establishment's address (its type and name as ``streetName``, its municipality and
    department as ``supplement``), its contact (the establishment's name, ``phoneNumber`` its
    contact field, no mail) and one or two packages (weights, sizes, declared value)."""
    packages = [
        {
            "weight": f"{rng.uniform(0.5, 18):.1f}",
            "height": str(rng.randint(10, 60)),
            "width": str(rng.randint(10, 60)),
            "length": str(rng.randint(10, 80)),
            "serviceDeliveryCode": rng.choice(("3", "4", "5")),
            "productCode": "3",
            "deliveryReference": f"OC-{rng.randint(100000, 999999)}",
            "groupReference": f"GR-{rng.randint(1000, 9999)}",
            "declaredValue": str(rng.randint(20, 900) * 1000),
            "declaredContent": rng.choice(SUPPLIES),
            "extendedCoverageAreaIndicator": False,
            "receivableAmountInDelivery": 0,
        }
        for _ in range(rng.randint(1, 2))
    ]
    note = (
        f"Entregar en la recepción del establecimiento ({_f(row, 'subsector')}) en horario de "
        "atención; llamar al contacto antes de la visita."
    )
    doc = {
        "header": {
            "certificateNumber": rng.randint(10**7, 10**8 - 1),
            "customerCardNumber": str(rng.randint(10**7, 10**8 - 1)),
            "countyOfOriginCoverageCode": "STGO",
            "labelType": 2,
            "marketplaceRut": None,
            "sellerRut": rut(rng),
        },
        "details": [
            {
                "addresses": [
                    {
                        "addressId": 0,
                        "countyCoverageCode": town(row)[:4].upper(),
                        "streetName": _address(row),
                        "streetNumber": 0,
                        "supplement": f"{town(row)}, {department(row)}, Bolivia",
                        "addressType": "DEST",
                        "deliveryOnCommercialOffice": False,
                        "commercialOfficeId": "",
                        "observation": note,
                    }
                ],
                "contacts": [
                    {
                        "name": name(row),
                        "phoneNumber": phone(row),
                        "mail": "",
                        "contactType": "D",
                    }
                ],
                "packages": packages,
            }
        ],
    }
    return _json(doc)


def tiendanube_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Tiendanube (Nuvemshop) REST API customer object (``GET /v1/{store_id}/customers/{id}``)
    of an invented medical-supplies store: the establishment as customer (``name``, ``phone``
    its contact field, no e-mail), an invented NIT as ``identification``, order totals, and
    its ``default_address`` (its type and name as ``address``, municipality, department,
    ``phone`` its contact field again)."""
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 200))
    cid, aid = rng.randint(10**7, 10**8 - 1), rng.randint(10**7, 10**8 - 1)
    address = {
        "address": _address(row),
        "city": town(row).title(),
        "country": "BO",
        "created_at": f"{created:%Y-%m-%dT%H:%M:%S%z}",
        "default": True,
        "floor": None,
        "id": aid,
        "locality": town(row).title(),
        "name": name(row),
        "number": "S/N",
        "phone": phone(row),
        "province": department(row).title(),
        "updated_at": f"{updated:%Y-%m-%dT%H:%M:%S%z}",
        "zipcode": "0000",
    }
    doc = {
        "id": cid,
        "name": name(row),
        "email": None,
        "phone": phone(row),
        "identification": nit(rng),
        "note": f"Cliente institucional: {kind(row)}, {_f(row, 'nivel')}, dependencia "
        f"{_f(row, 'dependencia')}. Facturar a nombre del establecimiento y coordinar la entrega "
        "con la administración.",
        "default_address": address,
        "addresses": [address],
        "billing_address": _address(row),
        "billing_number": "S/N",
        "billing_floor": None,
        "billing_locality": town(row).title(),
        "billing_zipcode": "0000",
        "billing_city": town(row).title(),
        "billing_province": department(row).title(),
        "billing_country": "BO",
        "extra": {},
        "total_spent": f"{rng.uniform(300, 48000):.2f}",
        "total_spent_currency": "BOB",
        "last_order_id": rng.randint(10**8, 10**9 - 1),
        "active": True,
        "first_interaction": f"{created:%Y-%m-%dT%H:%M:%S%z}",
        "created_at": f"{created:%Y-%m-%dT%H:%M:%S%z}",
        "updated_at": f"{updated:%Y-%m-%dT%H:%M:%S%z}",
    }
    return _json(doc)


def bsale_client(row: dict[str, Any], rng: random.Random) -> str:
    """A Bsale API client object (``GET /v1/clients/{id}.json``) of an invented distributor's
    account: ``code`` an invented NIT, ``company`` the establishment, its type as
    ``activity``, ``phone`` its contact field, no e-mail, its municipality and department as
    ``municipality`` and ``city``, the ``href``s of its contacts, attributes and addresses."""
    cid = rng.randint(100, 99999)
    base = f"https://api.bsale.io/v1/clients/{cid}"
    doc = {
        "href": f"{base}.json",
        "id": cid,
        "firstName": "",
        "lastName": "",
        "email": "",
        "code": nit(rng),
        "phone": phone(row),
        "company": name(row),
        "note": f"Establecimiento de salud del subsector {_f(row, 'subsector')}, dependencia "
        f"{_f(row, 'dependencia')}. Cliente extranjero: documentos sin envío al SII.",
        "facebook": "",
        "twitter": "",
        "hasCredit": 1,
        "maxCredit": rng.randint(5, 80) * 1000,
        "state": 0,
        "activity": kind(row),
        "city": department(row),
        "municipality": town(row),
        "address": _address(row),
        "companyOrPerson": 1,
        "accumulatePoints": 0,
        "points": 0,
        "pointsUpdated": None,
        "sendDte": 0,
        "isForeigner": 1,
        "prestashopClienId": 0,
        "createdAt": int(_when(rng).timestamp()),
        "updatedAt": int(_when(rng).timestamp()),
        "contacts": {"href": f"{base}/contacts.json"},
        "attributes": {"href": f"{base}/attributes.json"},
        "addresses": {"href": f"{base}/addresses.json"},
    }
    return _json(doc)


def jumpseller_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Jumpseller API customer object (``GET /v1/customers/{id}.json``) of an invented
    medical-supplies store: the establishment as a business customer (no e-mail), an invented
    NIT as ``tax_id``, its ``shipping_address`` and ``billing_address`` (its type and name as
    ``address``, municipality, department, coordinates, ``phone`` its contact field in each)."""
    cid = rng.randint(10**6, 10**7 - 1)

    def address(billing: bool) -> dict[str, Any]:
        out = {
            "name": name(row),
            "surname": "",
            "address": _address(row),
            "city": town(row).title(),
            "postal": "",
            "municipality": town(row).title(),
            "region": department(row).title(),
            "region_code": _f(row, "id_dpto"),
            "country": "Bolivia",
            "country_code": "BO",
            "phone": phone(row),
        }
        if billing:
            out |= {"taxid": nit(rng), "company": name(row)}
        else:
            out |= {"latitude": _f(row, "latitud"), "longitude": _f(row, "longitud")}
        return out

    doc = {
        "customer": {
            "id": cid,
            "email": None,
            "phone": None,
            "status": "approved",
            "customer_category": [{"id": rng.randint(1000, 9999), "name": kind(row)}],
            "shipping_address": address(False),
            "billing_address": address(True),
            "customer_additional_fields": [
                {"label": "Registro", "value": _f(row, "id")},
                {"label": "Nivel", "value": _f(row, "nivel")},
                {
                    "label": "Observaciones",
                    "value": "Compra institucional; la entrega se coordina "
                    "con la administración del establecimiento.",
                },
            ],
        }
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "chilexpress_order": chilexpress_order,
    "tiendanube_customer": tiendanube_customer,
    "bsale_client": bsale_client,
    "jumpseller_customer": jumpseller_customer,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of each number of its contact
    field labelled."""
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
