"""held_out_334 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Basque Government's tourism directory of restaurants, cider houses, asadores and
wineries of Euskadi; Spain's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the directory's own names, addresses and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
numbers from registers of many countries, Spain's among them (XTEC's, the Comunidad de
Madrid's and Galicia's schools, Eurostat GISCO's hospitals, Castilla y León's libraries,
restaurants and museums, the CGPJ's courts, the BDGEL's councils, Madrid's elderly centres and
registered entities, Tenerife's centres); here:

* the values are the ``phone`` and ``tourismEmail`` fields of 600 of the directory's
  businesses (``scripts/data/pii_es_euskadi_restaurants.json``, written by
  ``scripts/es_euskadi_restaurants_data.py``; source and licence in that file): Spanish numbers
  as the directory writes them, nine digits in three groups mostly (``943 693 983``), some in
  other groupings (``944 25 63 45``, ``94 529 9976``, ``943 645400``, ``944-638 325``), run
  together (``945437297``) or after the country code (``+34 943 711 881``, ``(+34) 945 60 90
  85``, ``+34  943 946 810``), each copy labelled; the businesses' own addresses
  (``info@abeletxe.com``), each labelled where the field holds one or two (the field's
  ``Reservas por teléfono`` is no address and is not written);
* the text around them is the same row's real fields: the name, description, kind, address,
  municipality, territory, postcode and coordinates and the portal's page, with invented
  EAN-13 barcodes, offer, store and request ids, UUIDs, dates, Unix times, salaries and
  quantities, unlabelled and scored;
* in layouts no earlier part has, of the hospitality trade's software and of Spain's job
  market, text in Spanish: Open Food Facts product objects (API v2 ``product`` of an invented
  bottle or cake of a sidrería, winery, txakoli winery or pastry shop: ``customer_service_es``
  with the number and addresses; the producers' rows), InfoJobs API offer objects
  (``/api/7/offer``: a hospitality vacancy of the business, its ``profile`` with the web page,
  a ``description`` naming the number and addresses), Microsoft Graph ``bookingBusiness``
  creation requests (the table-booking page of the business: ``phone``, ``email``,
  ``address``, ``businessHours``, ``schedulingPolicy``) and Loyverse POS store objects
  (``/v1.0/stores``: ``phone_number``, the address and a receipt ``description`` naming the
  addresses); the other rows in turn in these three; each number and address once in its
  record.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_334.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_euskadi_restaurants.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_334.jsonl.gz"
SPLIT = "held_out_334"

PRODUCER_LAYOUT = "off_product"
LAYOUTS = ("infojobs_offer", "bookings_business", "loyverse_store")
PHONE = "phone"
EMAIL = "tourismEmail"
EDGES = {"phone": r"\d", "email": r"[\w.+@-]"}
PRODUCERS = ("Sidreria", "Bodega", "Bodega Txakoli", "Pastelería / Confitería")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented vacancies of the hospitality trade (no real offer is meant)
JOBS = (
    ("Camarero/a de sala", "Servicio de sala en comidas y cenas, montaje y atención de mesas."),
    ("Ayudante de cocina", "Apoyo en la preparación de la carta y del menú del día."),
    ("Cocinero/a", "Elaboración de la carta, control de partidas y de pedidos."),
    ("Friegaplatos", "Limpieza de menaje y de la cocina, apoyo al equipo."),
    ("Jefe/a de sala", "Organización del servicio, reservas y coordinación del equipo de sala."),
    ("Camarero/a de barra", "Barra, pintxos y cafés, cobro y cierre de caja."),
)  # fmt: skip
PRODUCTS = {
    "Sidreria": ("Sagardo naturala - Sidra natural", "70 cl",
                 "Bebidas, Bebidas alcohólicas, Sidras, Sidras naturales", "en:ciders"),
    "Bodega": ("Rioja Alavesa tinto", "75 cl",
               "Bebidas, Bebidas alcohólicas, Vinos, Vinos tintos", "en:red-wines"),
    "Bodega Txakoli": ("Txakoli blanco", "75 cl",
                       "Bebidas, Bebidas alcohólicas, Vinos, Vinos blancos, Txakoli",
                       "en:white-wines"),
    "Pastelería / Confitería": ("Pastel vasco", "500 g",
                                "Snacks dulces, Pasteles, Pasteles vascos", "en:cakes"),
}  # fmt: skip
TERRITORIES = {"GIPUZKOA": "Gipuzkoa", "BIZKAIA": "Bizkaia", "ARABA/ÁLAVA": "Araba/Álava"}
PROVINCE_IDS = {"Gipuzkoa": 21, "Bizkaia": 49, "Araba/Álava": 2}  # invented ids of the offer
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where it is empty)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def emails(row: dict[str, Any]) -> list[str]:
    """The addresses the row's e-mail field holds, in order (none where it holds prose)."""
    return _ADDRESS.findall(_f(row, EMAIL))


def producer(row: dict[str, Any]) -> bool:
    """Whether the business sells what it makes (a cider house, winery or pastry shop)."""
    return _f(row, "restorationType") in PRODUCERS


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row: a product for a producer, else by its index."""
    return PRODUCER_LAYOUT if producer(row) else LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and of each of its addresses
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    values = [("phone", phone(row)), *(("email", a) for a in emails(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 7, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _ean13(rng: random.Random) -> str:
    """An invented EAN-13 of Spain's GS1 prefix (``84``), check digit right."""
    body = "84" + "".join(str(rng.randint(0, 9)) for _ in range(10))
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _postcode(row: dict[str, Any]) -> str:
    """The postcode of five digits (the directory pads Gipuzkoa's and Bizkaia's to six with a
    leading zero: ``020159``)."""
    code = _f(row, "postalCode")
    return code[1:] if len(code) == 6 and code.startswith("0") else code


def _street(row: dict[str, Any]) -> str:
    """The address on one line (the directory's ``<br/>`` breaks as commas)."""
    parts = [p.strip(" ,") for p in _f(row, "address").split("<br/>")]
    return ", ".join(p for p in parts if p)


def _town(row: dict[str, Any]) -> str:
    return _f(row, "municipality") or _f(row, "locality")


def _territory(row: dict[str, Any]) -> str:
    """The territory (``Gipuzkoa``, ``Bizkaia``, ``Araba/Álava``; the three rows that write it
    in capitals or twice as the others do)."""
    words = _f(row, "territory").split()
    return TERRITORIES.get(words[0].upper(), words[0]) if words else ""


def _place(row: dict[str, Any]) -> str:
    """The address, postcode, town and territory in one line of prose."""
    town = " ".join(p for p in (_postcode(row), _town(row)) if p)
    where = ", ".join(p for p in (_street(row), town) if p)
    return f"{where} ({_territory(row)})" if _territory(row) else where


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _contact(row: dict[str, Any]) -> str:
    """The number and addresses in a sentence: ``Tel. 943 693 983 · info@abeletxe.com``."""
    return " · ".join([f"Tel. {phone(row)}", *emails(row)])


def off_product(row: dict[str, Any], rng: random.Random) -> str:
    """An Open Food Facts API v2 product object (``/api/v2/product/<code>.json``) of an
    invented product of the producer, Spanish fields: an invented EAN-13 as ``code``, the name,
    brand, quantity and categories by its kind, the town as ``manufacturing_places``,
    ``producer_es`` and ``customer_service_es`` (the address, number and addresses),
    ``other_information_es`` on visits or orders, ``link`` the business's web page, invented
    creation and modification times."""
    name, kind = _f(row, "documentName"), _f(row, "restorationType")
    label, quantity, categories, tag = PRODUCTS[kind]
    code = _ean13(rng)
    created = _when(rng)
    modified = created + dt.timedelta(days=rng.randint(1, 200))
    visit = "Visitas y catas" if kind != "Pastelería / Confitería" else "Encargos"
    product = {
        "_id": code,
        "code": code,
        "lang": "es",
        "lc": "es",
        "product_name": f"{label} {name}",
        "product_name_es": f"{label} {name}",
        "generic_name_es": label,
        "brands": name,
        "brands_tags": [re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")],
        "quantity": quantity,
        "categories": categories,
        "categories_tags": ["en:beverages", tag] if kind != "Pastelería / Confitería" else [tag],
        "countries": "España",
        "countries_tags": ["en:spain"],
        "origins": f"{_town(row)}, País Vasco",
        "manufacturing_places": ", ".join(p for p in (_town(row), _territory(row)) if p),
        "producer_es": f"Elaborado por {name}, {_place(row)}.",
        "customer_service_es": f"{name}. {_place(row)}. {_contact(row)}",
        "other_information_es": f"{visit} con reserva previa.",
        "link": _f(row, "web"),
        "created_t": int(created.timestamp()),
        "last_modified_t": int(modified.timestamp()),
        "states_tags": ["en:to-be-completed", "en:product-name-completed"],
    }
    return _json({"code": code, "product": product, "status": 1,
                  "status_verbose": "product found"})  # fmt: skip


def infojobs_offer(row: dict[str, Any], rng: random.Random) -> str:
    """An InfoJobs API offer object (``/api/7/offer/<id>``) of an invented hospitality vacancy of
    the business: an invented offer id and dates, the title and the vacancy's tasks, the
    business as ``profile`` (its name, description and web page), the province, town,
    postcode and coordinates, an invented salary, and a ``description`` naming the number and
    addresses for applications."""
    name = _f(row, "documentName")
    title, tasks = rng.choice(JOBS)
    created = _when(rng)
    offer_id = "".join(rng.choice("0123456789abcdef") for _ in range(30))
    pay = rng.choice((16000, 18000, 19500, 21000, 23000))
    send = f" o envía tu CV a {' / '.join(emails(row))}" if emails(row) else ""
    description = (
        f"{name} ({_f(row, 'restorationType').lower() or 'restaurante'}, {_town(row)}) busca "
        f"{title.lower()}. {tasks} Jornada completa, incorporación inmediata.\n\n"
        f"Dirección: {_place(row)}.\nInteresados/as llamad al {phone(row)}{send}; indicad el "
        "puesto en el asunto."
    )
    lat, lon = _f(row, "latwgs84"), _f(row, "lonwgs84")
    offer = {
        "id": offer_id,
        "title": f"{title} - {name}",
        "province": {"id": PROVINCE_IDS.get(_territory(row), 0), "value": _territory(row)},
        "city": _town(row),
        "zipCode": _postcode(row),
        "latitude": float(lat) if lat else None,
        "longitude": float(lon) if lon else None,
        "creationDate": _iso(created),
        "updateDate": _iso(created + dt.timedelta(hours=rng.randint(1, 72))),
        "category": {"id": 70, "value": "Turismo y restauración"},
        "subcategory": {"id": 4120, "value": "Hostelería"},
        "contractType": {"id": 1, "value": rng.choice(("Indefinido", "De duración determinada"))},
        "journey": {"id": 1, "value": "Jornada completa"},
        "experienceMin": {"id": 2, "value": "Al menos 1 año"},
        "study": {"id": 1, "value": "Educación Secundaria Obligatoria"},
        "minPay": {
            "amountId": 0,
            "amountValue": f"{pay:,} €".replace(",", "."),
            "periodId": 3,
            "periodValue": "Bruto/año",
        },
        "vacancies": rng.randint(1, 3),
        "description": description,
        "minRequirements": "Experiencia en hostelería. Castellano; se valora euskera.",
        "profile": {
            "id": "".join(rng.choice("0123456789abcdef") for _ in range(30)),
            "name": name,
            "description": _f(row, "documentDescription"),
            "web": _f(row, "web"),
            "typeIndustry": {"id": 64, "value": "Hostelería"},
            "hidden": False,
        },
        "link": f"https://www.infojobs.net/{re.sub(r'[^a-z0-9]+', '-', _town(row).lower())}"
        f"/oferta/of-i{offer_id}",
        "active": True,
        "archived": False,
    }
    return _json(offer)


def bookings_business(row: dict[str, Any], rng: random.Random) -> str:
    """A Microsoft Graph request creating the business's table-booking page (``POST
    /v1.0/solutions/bookingBusinesses``, the HTTP request line and headers, then the JSON
    ``bookingBusiness``): its name, ``businessType``, ``phone``, ``email`` (its first
    address, where it has one), ``webSiteUrl``, ``address``, invented ``businessHours`` of
    lunch and dinner service and ``schedulingPolicy``; invented request id."""
    name = _f(row, "documentName")
    closed = rng.choice(DAYS[:3])
    hours = [
        {"day": day, "timeSlots": [] if day == closed else [
            {"startTime": "13:00:00.0000000", "endTime": "16:00:00.0000000"},
            {"startTime": "20:00:00.0000000", "endTime": "23:00:00.0000000"},
        ]}
        for day in DAYS
    ]  # fmt: skip
    business: dict[str, Any] = {
        "displayName": name,
        "businessType": _f(row, "restorationType") or "Restaurante",
        "phone": phone(row),
    }
    if emails(row):
        business["email"] = emails(row)[0]
    business |= {
        "webSiteUrl": _f(row, "web"),
        "defaultCurrencyIso": "EUR",
        "languageTag": "es-ES",
        "address": {
            "street": _street(row),
            "city": _town(row),
            "state": _territory(row),
            "countryOrRegion": "ES",
            "postalCode": _postcode(row),
        },
        "businessHours": hours,
        "schedulingPolicy": {
            "timeSlotInterval": "PT30M",
            "minimumLeadTime": f"PT{rng.choice((1, 2, 4))}H",
            "maximumAdvance": f"P{rng.choice((30, 60, 90))}D",
            "sendConfirmationsToOwner": True,
            "allowStaffSelection": False,
        },
    }
    body = _json(business)
    head = [
        "POST https://graph.microsoft.com/v1.0/solutions/bookingBusinesses HTTP/1.1",
        "Content-Type: application/json",
        f"client-request-id: {_uuid(rng)}",
        f"Content-Length: {len(body.encode('utf-8'))}",
        "",
        "",
    ]
    return "\r\n".join(head) + body


def loyverse_store(row: dict[str, Any], rng: random.Random) -> str:
    """A Loyverse POS API store object (``GET /v1.0/stores/<id>``): an invented UUID and
    times, the name, the address, town, territory, postcode and country, ``phone_number``, and
    a ``description`` printed on the receipts naming the addresses (``Reservas por teléfono``
    where the row has none)."""
    created = _when(rng)
    footer = "Reservas: " + " · ".join(emails(row)) if emails(row) else "Reservas por teléfono"
    store = {
        "id": _uuid(rng),
        "name": _f(row, "documentName"),
        "address": _street(row),
        "city": _town(row),
        "state": _territory(row),
        "postal_code": _postcode(row),
        "country_code": "ES",
        "phone_number": phone(row),
        "description": f"{_f(row, 'restorationType') or 'Restaurante'} en {_town(row)}. "
        f"{footer}\n¡Eskerrik asko! ¡Gracias por su visita!",
        "created_at": _iso(created),
        "updated_at": _iso(created + dt.timedelta(days=rng.randint(0, 120))),
        "deleted_at": None,
    }
    return _json(store)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "off_product": off_product,
    "infojobs_offer": infojobs_offer,
    "bookings_business": bookings_business,
    "loyverse_store": loyverse_store,
}


def international(value: str) -> bool:
    """Whether a labelled number carries the country code."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its number and addresses
    labelled."""
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
