"""held_out_403 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the City of Buenos Aires's layer of its theatres, the ``teatros`` of the USIG, the
city's Unidad de Sistemas de Información Geográfica; Argentina's earlier parts took a
vaccination app's hospitals, the city government's hospital register, CONABIP's popular
libraries, the cultural map's museums and INCAA's cinemas; no Argentine or Brazilian part took
theatres) exactly as published, in layouts no earlier part has, beside the layer's own names,
streets, door numbers and feature ids.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefono`` of 147 theatres and their ``email`` where the layer gives one
  well-formed address (``scripts/data/pii_ar_usig_teatros.json``, written by
  ``scripts/ar_usig_teatros_data.py``; source and licence in that file): Buenos Aires numbers
  as the city writes them, eight digits without the area code, hyphenated or spaced
  (``4812-4518``, ``4583 8525``), a few fields of two numbers or of a number and the last digits
  of its neighbours (``4784-9871 / 4783-151``, ``4302-8866/9042``), one with an extension
  (``4374-4448 int. 6404``), one mobile (``15 4065 3965``); the two mailboxes the layer gives
  (``info@crearcultura.com.ar``; a third field, with a blank inside the address, is not
  written); each number of each copy labelled on its own (a fragment that is no number a person
  holds, ``4783-151``, is a distractor), each copy of a mailbox labelled;
* the text around them is the same row's real fields: the theatre's official and display
  names, street and door number (``PACHECO DE MELO``, ``1818``) and the layer's feature id,
  with invented CUITs (check digit right), order and customer numbers, postcodes, IIBB numbers,
  weights, sizes, amounts, dates and ids, unlabelled and scored;
* in layouts no earlier part has, formats of Argentine couriers and business software, text in
  Spanish: MiCorreo API shipping imports (Correo Argentino's ``POST /shipping/import``: the
  theatre as ``sender`` with ``name``, ``phone``, ``cellPhone``, ``email`` and
  ``originAddress``, an invented recipient without contacts, ``shipping`` to a branch), Ando
  shipment quotes (``POST https://api.ando.la/v1/shipment/quote`` of the Buenos Aires courier:
  the theatre as ``shipTo_`` with ``shipTo_phone``, ``shipTo_email`` and ``shipTo_instructions``
  repeating the phone field), Cianbox API v2 customer records (``POST
  /api/v2/clientes/alta``: ``razon``, ``condicion``, ``tipo_documento``, ``numero_documento``,
  ``telefono``, ``celular``, ``email``, ``domicilio``, ``localidad``, ``provincia``,
  ``codigo_postal``, ``observaciones`` repeating the phone field) and Cianbox API v2 supplier
  records (``POST /api/v2/proveedores/alta``: the theatre as a supplier of hall hire, with
  ``nombre``, ``numero_iibb``, ``telefono``, ``email``, ``observaciones`` and one
  ``contactos`` entry repeating the phone field and the mailbox).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_403.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_ar_usig_teatros.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_403.jsonl.gz"
SPLIT = "held_out_403"

LAYOUTS = ("micorreo_envio", "ando_cotizacion", "cianbox_cliente", "cianbox_proveedor")
PHONE, EMAIL = "telefono", "email"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
ART = dt.timezone(dt.timedelta(hours=-3))
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CITY = "Ciudad Autónoma de Buenos Aires"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented senders and recipients (firms, no person), and what travels
FIRMS = (
    "Vestuario Escénico Palermo S.R.L.", "Iluminación Teatral del Sur S.A.",
    "Escenografías Boedo S.R.L.", "Sonido Integral Almagro S.A.", "Imprenta Gráfica Once S.R.L.",
)  # fmt: skip
GOODS = (
    "programas de mano impresos", "vestuario alquilado", "tachos de iluminación LED",
    "cables y conectores de sonido", "telones ignífugos", "entradas preimpresas",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The theatre's phone field as published."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The theatre's mailbox where the field holds one well-formed address, else "" (one field
    has a blank inside the address and is not written)."""
    value = _f(row, EMAIL)
    return value if ADDRESS.fullmatch(value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the layer's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's phone field and mailbox."""
    return [(PHONE, phone(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and mailbox labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    """The theatre's official name (``ARGENTORES``)."""
    return _f(row, "nom_oficial")


def street(row: dict[str, Any]) -> str:
    return _f(row, "calle_1")


def door(row: dict[str, Any]) -> str:
    """The door number (``0`` where the layer gives a corner instead)."""
    return _f(row, "altura")


def address(row: dict[str, Any]) -> str:
    """The address as the layer writes it (``1818 PACHECO DE MELO``)."""
    return _f(row, "domicilio")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Buenos Aires time)."""
    day = dt.datetime(2024, 3, 4, 9, 0, tzinfo=ART) + dt.timedelta(days=rng.randint(0, 270))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(minutes=rng.randint(0, 9 * 60))


def cuit(rng: random.Random, kind: int = 30) -> str:
    """An invented CUIT of a company (``30``), eleven digits, its check digit right."""
    body = [int(c) for c in f"{kind}{rng.randint(50_000_000, 71_999_999)}"]
    rest = 11 - sum(d * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    if rest == 10:
        return cuit(rng, kind)
    return "".join(map(str, body)) + str(0 if rest == 11 else rest)


def postcode(rng: random.Random) -> str:
    """An invented postcode of the city (the layer gives none): ``C`` and four digits."""
    return f"C{rng.randint(1000, 1499)}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def micorreo_envio(row: dict[str, Any], rng: random.Random) -> str:
    """A MiCorreo API shipping import body (Correo Argentino's ``POST /shipping/import``): the
    theatre as ``sender`` (``name``, ``phone`` the phone field, ``cellPhone`` empty, ``email``
    where it has one, ``originAddress`` its street and door number), an invented firm as
    ``recipient`` without contacts, ``shipping`` to a branch with invented size, weight and
    declared value."""
    when = _when(rng)
    body = {
        "customerId": f"{rng.randint(1, 9_999_999):010d}",
        "extOrderId": f"TEA-{when:%Y%m%d}-{rng.randint(100, 999)}",
        "orderNumber": str(rng.randint(10_000, 99_999)),
        "sender": {
            "name": name(row),
            "phone": phone(row),
            "cellPhone": "",
            "email": email(row),
            "originAddress": {
                "streetName": street(row),
                "streetNumber": door(row),
                "floor": "",
                "apartment": "",
                "city": CITY,
                "provinceCode": "C",
                "postalCode": postcode(rng),
            },
        },
        "recipient": {"name": rng.choice(FIRMS), "phone": "", "cellPhone": "", "email": ""},
        "shipping": {
            "deliveryType": "S",
            "productType": "CP",
            "agency": f"C{rng.randint(1, 99):03d}",
            "address": {
                "streetName": "",
                "streetNumber": "",
                "floor": "",
                "apartment": "",
                "city": "",
                "provinceCode": "B",
                "postalCode": str(rng.randint(1600, 1900)),
            },
            "weight": rng.randint(5, 250) * 100,
            "declaredValue": float(rng.randint(20, 900) * 1000),
            "height": rng.randint(10, 60),
            "length": rng.randint(20, 80),
            "width": rng.randint(10, 50),
        },
    }
    return _json(body)


def ando_cotizacion(row: dict[str, Any], rng: random.Random) -> str:
    """An Ando shipment quote body (``POST https://api.ando.la/v1/shipment/quote`` of the
    Buenos Aires courier): an invented firm's street as ``shipFrom_``, the theatre's box office
    as ``shipTo_`` (``shipTo_firstName`` the desk, ``shipTo_lastName`` the theatre,
    ``shipTo_email`` where it has one, ``shipTo_phone`` the phone field, its street and door
    number, ``shipTo_instructions`` repeating the phone field), invented package sizes."""
    body = {
        "shipFrom_province": "Buenos Aires",
        "shipFrom_addressStreet": rng.choice(("Av. Córdoba", "Av. Rivadavia", "Sarmiento")),
        "shipFrom_addressNumber": str(rng.randint(100, 6000)),
        "shipFrom_city": "Buenos Aires",
        "shipFrom_country": "Argentina",
        "shipTo_firstName": "Boletería",
        "shipTo_lastName": name(row),
        "shipTo_email": email(row),
        "shipTo_phone": phone(row),
        "shipTo_addressStreet": street(row),
        "shipTo_addressNumber": door(row),
        "shipTo_city": "Buenos Aires",
        "shipTo_province": "Buenos Aires",
        "shipTo_country": "Argentina",
        "shipTo_instructions": f"Entregar {rng.choice(GOODS)} en la boletería de "
        f"{_f(row, 'nombre')} ({address(row)}). Avisar antes al {phone(row)}.",
        "packageWidth": rng.randint(10, 60),
        "packageLarge": rng.randint(10, 80),
        "packageHeight": rng.randint(5, 40),
        "packageWeight": rng.randint(2, 90) * 100,
        "sender_userID": rng.randint(100, 9999),
        "shippingMethod": rng.choice(("MOTO", "BICICLETA")),
        "digitalSignature": rng.random() < 0.5,
        "currency": "ARS",
    }
    return _json(body)


def cianbox_cliente(row: dict[str, Any], rng: random.Random) -> str:
    """A Cianbox API v2 customer body (``POST /api/v2/clientes/alta`` of a theatre supplier's
    point-of-sale account): the theatre as ``razon``, ``condicion`` and an invented CUIT,
    ``telefono`` the phone field, ``celular`` empty, ``email`` where it has one, its address,
    an invented postcode, ``observaciones`` repeating the phone field with the layer's id."""
    body = {
        "razon": name(row),
        "condicion": rng.choice(("RI", "EXE", "MT")),
        "tipo_documento": "CUIT",
        "numero_documento": cuit(rng),
        "telefono": phone(row),
        "celular": "",
        "email": email(row),
        "domicilio": f"{street(row)} {door(row)}",
        "localidad": CITY,
        "provincia": "Capital Federal",
        "codigo_postal": int(postcode(rng)[1:]),
        "observaciones": f"Sala teatral (capa USIG teatros, id {_f(row, 'id')}). Boletería: "
        f"{phone(row)}.",
        "id_categoria": rng.randint(1, 9),
        "ids_listas_precio": sorted(rng.sample(range(6), 2)),
    }
    return _json(body)


def cianbox_proveedor(row: dict[str, Any], rng: random.Random) -> str:
    """A Cianbox API v2 supplier body (``POST /api/v2/proveedores/alta`` of a production
    company's account): the theatre as a supplier of hall hire, ``razon`` and ``nombre`` its
    official and display names, an invented CUIT and IIBB number, ``telefono`` the phone field,
    ``email`` where it has one, current-account terms, ``observaciones`` with an invented
    booking and one ``contactos`` entry repeating the phone field and the mailbox."""
    when = _when(rng)
    body = {
        "razon": name(row),
        "condicion": "RI",
        "tipo_documento": "CUIT",
        "numero_documento": cuit(rng),
        "nombre": _f(row, "nombre"),
        "numero_iibb": str(rng.randint(900_000_000, 901_999_999)),
        "domicilio": address(row),
        "id_localidad": rng.randint(1, 48),
        "telefono": phone(row),
        "celular": "",
        "email": email(row),
        "cta_cte": True,
        "plazo": rng.choice((15, 30, 45)),
        "monto": rng.randint(5, 80) * 10_000,
        "id_cuenta": 0,
        "id_credito_fiscal": 0,
        "id_categoria_compra": rng.randint(1, 12),
        "observaciones": f"Alquiler de sala para función del {when:%d/%m/%Y} a las "
        f"{when:%H}:00 hs. Reserva SAL-{rng.randint(1000, 9999)}.",
        "actualiza_costos": True,
        "prorratea_iva": True,
        "contactos": [
            {"nombre": "Boletería", "telefono1": phone(row), "telefono2": "", "email": email(row)}
        ],
    }
    return _json(body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "micorreo_envio": micorreo_envio,
    "ando_cotizacion": ando_cotizacion,
    "cianbox_cliente": cianbox_cliente,
    "cianbox_proveedor": cianbox_proveedor,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and
    mailbox labelled."""
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
