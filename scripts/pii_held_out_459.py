"""held_out_459 of the PII evaluation set: real phone fields of a register no earlier part used
(the Province of Santa Fe police's telephone list of its stations: comisarías, subcomisarías,
destacamentos, Rosario's and Santa Fe's seccionales and the unidades regionales' offices;
Argentina's earlier parts took a vaccination app's hospitals, the Buenos Aires city
government's hospital register, CONABIP's popular libraries, the cultural map's museums,
INCAA's cinemas and USIG's theatres) exactly as published, in layouts no earlier part has,
beside the list's own station names, street addresses, localities, area codes, Centrex
extensions, unidades regionales and departamentos.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefono`` of 129 stations (``scripts/data/pii_ar_santafe_policia.json``,
  written by ``scripts/ar_santafe_policia_data.py``; source and licence in that file): the
  subscriber's number as the sheet writes it, hyphenated or not (``457-2837``, ``4906155``), a
  few mobiles with their ``15`` (``15474280``), and some cells of two lines (``472-9535 /
  463-6995``, each labelled) or of a line and an abbreviated second line or extension
  (``457-2806 / 2899``, ``495-6473 - 4110``: the short one is no number, unlabelled); the area
  code (``característica``, ``342``) is a field of its own, never joined to the number, as the
  sheet keeps it; every copy labelled; no mailbox (the list gives none);
* the text around them is the same row's real fields: station, street, locality, area code,
  Centrex extension (``2837``, often the number's last four digits: unlabelled, an internal
  extension), unidad regional and departamento, with invented CUITs (check digit right), order
  numbers, ids, amounts, hours and dates, unlabelled and scored;
* in layouts no earlier part has, text in Spanish: Mercado Pago Checkout Pro preferences
  (``POST /checkout/preferences``: an invented office-supplies shop's order, the station as
  ``payer`` with ``phone.area_code`` the area code and ``phone.number`` the phone field, a CUIT
  as ``identification``, its street as ``address.street_name``), Shipday delivery orders (the
  ``insert delivery order`` body: an invented rotisería's meal for the station's guard, the
  station as customer with ``customerPhoneNumber`` and a ``deliveryInstruction`` repeating
  area code and number), OptimoRoute orders (``POST /create_order``: a delivery of forms and
  supplies to the station as ``location``, its ``phone`` and ``notes`` repeating the number) and
  Google Tasks ``tasks#task`` resources (a task to call the station, its ``notes`` giving area
  code, number, Centrex extension, street and unidad regional).

Phones are labelled by the policy of ``pii_held_out_14.labelled_record`` (each number of seven
digits or more in a phone field labelled on its own, a shorter one a distractor). Each record
is seeded by its own (split, locale, layout, index). Committed with its data before it was ever
scored.

    python scripts/pii_held_out_459.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ar_santafe_policia.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_459.jsonl.gz"
SPLIT = "held_out_459"

LAYOUTS = ("mp_preferencia", "shipday_pedido", "optimoroute_pedido", "google_tarea")
PHONE = "telefono"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
ART = dt.timezone(dt.timedelta(hours=-3))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented shops, goods and dishes (no person is named in these records)
SHOPS = (
    ("Librería Comercial del Litoral", "libreriadellitoral"),
    ("Papelera Santafesina", "papelerasantafesina"),
    ("Insumos de Oficina Paraná", "insumosparana"),
    ("Distribuidora Escolar Rosario", "distriescolarrosario"),
)
GOODS = (
    ("Resma papel A4 75 g (500 hojas)", 8950.0),
    ("Tóner compatible para impresora láser", 27400.0),
    ("Bibliorato oficio lomo ancho", 3150.0),
    ("Caja de biromes azules x 50", 9800.0),
    ("Sobres manila oficio x 100", 12600.0),
    ("Sello fechador automático", 18900.0),
)
KITCHENS = ("Rotisería El Puerto", "Rotisería La Costanera", "Parrilla Don Bosco", "Minutas 25")
DISHES = (
    ("Milanesa napolitana con papas", 7900.0),
    ("Empanadas de carne (docena)", 14400.0),
    ("Pollo al spiedo entero", 11500.0),
    ("Sándwich de lomito completo", 8600.0),
    ("Tarta de jamón y queso", 6800.0),
)
SUPPLIES = (
    "formularios de denuncia y actas",
    "chalecos reflectivos y conos",
    "cartuchos y resmas",
    "botiquines de primeros auxilios",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The station's phone field as published."""
    return _f(row, PHONE)


def area(row: dict[str, Any]) -> str:
    """The station's area code (característica) as published ("" in one row)."""
    return _f(row, "caracteristica")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def station(row: dict[str, Any]) -> str:
    """The station's name (the one above it where the sheet leaves the row's blank, a station's
    second line; the Jefatura's fax line, named ``Fax``, as the Jefatura's)."""
    name = _f(row, "dependencia_arriba")
    return "Jefatura de Policía (Fax)" if name == "Fax" else name


def town(row: dict[str, Any]) -> str:
    """The station's locality (the one above it where the sheet leaves the row's blank)."""
    return _f(row, "localidad_arriba")


def region(row: dict[str, Any]) -> str:
    """The unidad regional and departamento (``UNIDAD REGIONAL I - LA CAPITAL``)."""
    return " - ".join(v for v in (_f(row, "unidad_regional"), _f(row, "departamento")) if v)


def place(row: dict[str, Any]) -> str:
    """The address in one line: street where the sheet gives one, locality, province."""
    street = _f(row, "domicilio")
    return ", ".join(v for v in (street, town(row), "Santa Fe", "Argentina") if v)


def lines(row: dict[str, Any]) -> str:
    """Area code and phone as a phrase, never joined (``característica 342, teléfono
    457-2837``)."""
    head = f"característica {area(row)}, " if area(row) else ""
    return f"{head}teléfono {phone(row)}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Argentine time)."""
    day = dt.datetime(2024, 2, 5, tzinfo=ART) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.choice((0, 15, 30, 45)))


def cuit(rng: random.Random) -> str:
    """An invented CUIT of a legal person (``30``), its check digit right (``30-71234567-8``)."""
    body = [3, 0] + [rng.randint(0, 9) for _ in range(8)]
    rest = 11 - sum(d * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    if rest == 10:
        return cuit(rng)
    digits = "".join(map(str, body))
    return f"{digits[:2]}-{digits[2:]}-{0 if rest == 11 else rest}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def mp_preferencia(row: dict[str, Any], rng: random.Random) -> str:
    """A Mercado Pago Checkout Pro preference (``POST /checkout/preferences``): an invented
    shop's order of office supplies (``items`` with ids, titles, ``category_id``, quantities,
    ``currency_id`` ARS, prices), the station as ``payer`` (``name`` the station, ``surname`` the
    police, ``phone`` with ``area_code`` and ``number`` the phone field, a CUIT as
    ``identification``, ``address.street_name`` its street), ``back_urls``, ``auto_return``,
    ``external_reference``, ``notification_url``, ``statement_descriptor``, an expiry and
    ``metadata`` with the locality and unidad regional."""
    when = _when(rng)
    shop, slug = rng.choice(SHOPS)
    order = f"OC-{when.year}-{rng.randint(1, 99999):05d}"
    items = [
        {
            "id": f"SKU-{rng.randint(10000, 99999)}",
            "title": title,
            "description": f"{title}. Entrega en {town(row) or 'Santa Fe'}.",
            "category_id": "others",
            "quantity": rng.randint(1, 12),
            "currency_id": "ARS",
            "unit_price": price,
        }
        for title, price in rng.sample(GOODS, rng.randint(1, 3))
    ]
    payer: dict[str, Any] = {
        "name": station(row),
        "surname": "Policía de la Provincia de Santa Fe",
        "phone": {"area_code": area(row), "number": phone(row)},
        "identification": {"type": "CUIT", "number": cuit(rng)},
    }
    if _f(row, "domicilio"):
        payer["address"] = {"street_name": _f(row, "domicilio")}
    doc = {
        "items": items,
        "payer": payer,
        "back_urls": {
            "success": f"https://www.{slug}.com.ar/checkout/exito",
            "failure": f"https://www.{slug}.com.ar/checkout/error",
            "pending": f"https://www.{slug}.com.ar/checkout/pendiente",
        },
        "auto_return": "approved",
        "external_reference": order,
        "notification_url": f"https://www.{slug}.com.ar/webhooks/mercadopago",
        "statement_descriptor": shop.upper()[:22].strip(),
        "expires": True,
        "expiration_date_from": f"{when:%Y-%m-%dT%H:%M:%S.000-03:00}",
        "expiration_date_to": f"{when + dt.timedelta(days=3):%Y-%m-%dT%H:%M:%S.000-03:00}",
        "payment_methods": {"excluded_payment_types": [{"id": "ticket"}], "installments": 1},
        "metadata": {"localidad": town(row), "unidad_regional": region(row), "pedido": order},
    }
    return _json(doc)


def shipday_pedido(row: dict[str, Any], rng: random.Random) -> str:
    """A Shipday delivery order (the body of its ``insert delivery order`` call): an invented
    order number, the station as customer (``customerName``, ``customerAddress``,
    ``customerPhoneNumber`` the phone field), an invented rotisería as restaurant (name and
    address, no phone), the expected date and times, invented ``orderItem``s, tax, fee, tip and
    total, ``paymentMethod`` cash and a ``deliveryInstruction`` repeating area code and
    number."""
    when = _when(rng)
    kitchen = rng.choice(KITCHENS)
    items = [
        {"name": name, "unitPrice": price, "quantity": rng.randint(1, 6)}
        for name, price in rng.sample(DISHES, rng.randint(1, 3))
    ]
    subtotal = sum(i["unitPrice"] * i["quantity"] for i in items)
    fee = float(rng.choice((1500, 1800, 2200, 2500)))
    doc = {
        "orderNumber": f"R{rng.randint(100000, 999999)}",
        "customerName": f"{station(row)} - Policía de Santa Fe",
        "customerAddress": place(row),
        "customerPhoneNumber": phone(row),
        "restaurantName": kitchen,
        "restaurantAddress": f"{rng.choice(('Bv. Gálvez', 'San Martín', 'Rivadavia', 'Belgrano'))}"
        f" {rng.randint(100, 3999)}, {town(row) or 'Santa Fe'}, Santa Fe, Argentina",
        "expectedDeliveryDate": f"{when:%Y-%m-%d}",
        "expectedPickupTime": f"{when:%H:%M:%S}",
        "expectedDeliveryTime": f"{when + dt.timedelta(minutes=40):%H:%M:%S}",
        "tips": 0.0,
        "tax": round(subtotal * 0.21, 2),
        "discountAmount": 0.0,
        "deliveryFee": fee,
        "totalOrderCost": round(subtotal + fee, 2),
        "deliveryInstruction": f"Entregar en la guardia de la {station(row)}. Ante cualquier "
        f"demora llamar: {lines(row)}.",
        "orderSource": "Pedido telefónico",
        "paymentMethod": "cash",
        "orderItem": items,
    }
    return _json(doc)


def optimoroute_pedido(row: dict[str, Any], rng: random.Random) -> str:
    """An OptimoRoute order (``POST /create_order``): ``operation`` SYNC, an invented
    ``orderNo``, ``type`` D (a delivery of forms and supplies to the station), its ``date``, the
    station as ``location`` (``locationNo``, ``locationName``, ``address``), ``duration``,
    ``priority``, a time window, ``load1``, ``phone`` the phone field and ``notes`` giving the
    unidad regional, the Centrex extension and area code and number again."""
    when = _when(rng)
    notes = (
        f"Entrega de {rng.choice(SUPPLIES)} para la {station(row)} ({region(row) or 'Jefatura'})."
        f" Avisar a la guardia al llegar: {lines(row)}"
    )
    if _f(row, "centrex"):
        notes += f"; interno Centrex {_f(row, 'centrex')}"
    notes += "."
    start = rng.choice((8, 9, 10, 13, 14))
    doc = {
        "operation": "SYNC",
        "orderNo": f"SF-{when:%y%m%d}-{rng.randint(100, 999)}",
        "type": "D",
        "date": f"{when:%Y-%m-%d}",
        "location": {
            "locationNo": f"DEP-{rng.randint(1000, 9999)}",
            "locationName": station(row),
            "address": place(row),
            "acceptPartialMatch": True,
        },
        "duration": rng.choice((5, 10, 15, 20)),
        "priority": rng.choice(("L", "M", "H")),
        "timeWindows": [{"twFrom": f"{start:02d}:00", "twTo": f"{start + 3:02d}:00"}],
        "load1": rng.randint(1, 12),
        "phone": phone(row),
        "notes": notes,
    }
    return _json(doc)


def google_tarea(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Tasks ``tasks#task`` resource (``GET /tasks/v1/lists/{tasklist}/tasks/{task}``):
    invented ids, ``etag``, ``updated``, ``selfLink``, ``position``, the title (call the
    station), ``notes`` giving area code, number, Centrex extension, street, locality and unidad
    regional, ``status`` needsAction, ``due``, ``links`` and ``webViewLink``."""
    when = _when(rng)
    task, tasklist = _token(rng, 22), _token(rng, 22)
    notes = [f"Característica: {area(row)}" if area(row) else "", f"Teléfono: {phone(row)}"]
    if _f(row, "centrex"):
        notes.append(f"Interno Centrex: {_f(row, 'centrex')}")
    if _f(row, "domicilio"):
        notes.append(f"Domicilio: {_f(row, 'domicilio')}")
    notes += [f"Localidad: {town(row)}", region(row)]
    doc = {
        "kind": "tasks#task",
        "id": task,
        "etag": f'"{_token(rng, 15)}"',
        "title": f"Llamar a {station(row)} ({town(row)}) por la nota "
        f"{rng.randint(100, 9999)}/{when.year}",
        "updated": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S.000Z}",
        "selfLink": f"https://www.googleapis.com/tasks/v1/lists/{tasklist}/tasks/{task}",
        "position": f"{rng.randint(0, 99):020d}",
        "notes": "\n".join(v for v in notes if v),
        "status": "needsAction",
        "due": f"{when + dt.timedelta(days=rng.randint(1, 10)):%Y-%m-%d}T00:00:00.000Z",
        "links": [],
        "webViewLink": f"https://tasks.google.com/task/{task}",
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mp_preferencia": mp_preferencia,
    "shipday_pedido": shipday_pedido,
    "optimoroute_pedido": optimoroute_pedido,
    "google_tarea": google_tarea,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
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
