"""held_out_456 of the PII evaluation set: real phone fields of a register no earlier part used
(Correos de México's list of its post offices and postal units, the Servicio Postal Mexicano's
administraciones postales, sucursales and centros operativos; Mexico's earlier parts took the
Secretaría de Cultura's museums, INEGI's DENUE, the State of Chiapas's schools, the municipality
of Jesús María, the STPS's employment offices, Mexico City's information officers and the
verificentros) exactly as published, in layouts no earlier part has, beside the list's own
names, addresses, postcodes and codes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefono`` of 300 postal units (``scripts/data/pii_mx_correos_oficinas
  .json``, written by ``scripts/mx_correos_oficinas_data.py``; source and licence in that file):
  Mexican national numbers as the list writes them, in groups joined by hyphens, most with the
  old long-distance prefix (``01-449-913-4400``, ``449-965-0199``, ``55-55-31-81-72``, one with
  an extension, ``Ext 1143``, which stays outside the label); every copy labelled, each number
  in it on its own (``labelled_record``); the list gives no mailboxes;
* the text around them is the same row's real fields: the unit's name (``Jesús María, Ags.``),
  its kind (``Administración Postal``), street, colonia, municipality and state, postcode (five
  digits), its CUO key (``02783``) and coordinates, with invented
  delivery references, ids, tokens, dates, hours, weights, sizes and amounts, unlabelled and
  scored;
* in layouts no earlier part has, formats of Mexico's parcel and last-mile trade, text in
  Spanish: SimpliRoute ``POST /v1/routes/visits/`` bodies (one visit of a supplies delivery to
  the unit: ``title``, ``address``, coordinates, ``planned_date``, time window, ``contact_name``
  the unit's counter, ``contact_phone``, ``reference``, ``notes`` repeating the number), VTEX
  pickup-point bodies (``PUT /api/logistics/pvt/configuration/pickuppoints/{id}``: the unit as a
  store's pickup point, its ``address`` with ``location``, ``businessHours``, ``tagsLabel``,
  ``instructions`` giving the number), Envia.com ``POST /ship/generate/`` requests (an invented
  supplier's warehouse as ``origin`` with no phone and no mailbox, the unit as ``destination``
  with ``phone``, one package, ``settings.comments`` repeating the number) and Skydropx
  ``POST /api/v1/shipments`` requests (the unit as ``address_from`` returning equipment to an
  invented supplier, ``address_to`` with no phone and no mailbox, one package with its Carta
  Porte ``consignment_note`` and ``package_type``).

Each record is seeded by its own (split, locale, layout, index). Committed with its data before
it was ever scored.

    python scripts/pii_held_out_456.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_mx_correos_oficinas.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_456.jsonl.gz"
SPLIT = "held_out_456"

LAYOUTS = ("simpliroute_visit", "vtex_pickup_point", "envia_ship_generate", "skydropx_shipment")
PHONE = "telefono"
EDGES = {"phone": r"\d"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers' warehouses (no phone, no mailbox): name, company, street, number,
# colonia, city, state (name, code), postcode
SUPPLIERS = (
    ("Almacén Central", "Papelería y Formas del Bajío S.A. de C.V.", "Av. 5 de Febrero",
     "1808", "Zona Industrial Benito Juárez", "Querétaro", "Querétaro", "QT", "76120"),
    ("Centro de Distribución", "Suministros Gráficos del Norte S.A. de C.V.",
     "Av. Ruiz Cortines", "4120", "Valle de Infonavit", "Monterrey", "Nuevo León", "NL", "64350"),
    ("Bodega 3", "Insumos para Oficina Tlaquepaque S.A. de C.V.", "Calle Periférico Sur",
     "7980", "Santa María Tequepexpan", "San Pedro Tlaquepaque", "Jalisco", "JA", "45601"),
    ("Almacén General", "Equipos Postales y Logística S.A. de C.V.", "Calle Norte 45", "1022",
     "Industrial Vallejo", "Azcapotzalco", "Ciudad de México", "DF", "02300"),
)  # fmt: skip
CONTENTS = (
    ("Formas valoradas y papelería postal", "14111500"),
    ("Etiquetas térmicas y rollos para impresora", "44103100"),
    ("Sobres y bolsas de seguridad", "14111800"),
    ("Básculas digitales de mostrador", "41111500"),
)
RETURNS = (
    ("Terminal punto de venta en devolución", "43211500"),
    ("Impresora de etiquetas en garantía", "43212100"),
    ("Lector de código de barras en reparación", "43211700"),
)
CARRIERS = (("estafeta", "ground"), ("paquetexpress", "ground"), ("fedex", "express"),
            ("dhl", "express"), ("redpack", "ground"))  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The unit's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def postcode(row: dict[str, Any]) -> str:
    """The postcode with its five digits (a leading zero restored where the list drops it)."""
    return _f(row, "codigo_postal").zfill(5)


def address_parts(row: dict[str, Any]) -> tuple[str, str, str, str]:
    """The street, number, colonia and state code of ``domicilio`` (``Zaragoza 212a Int.
    Col.Calvillo Centro, Calvillo, AGS``); the whole field as the street, ``S/N`` and "" where
    it does not have that shape."""
    text = _f(row, "domicilio")
    m = re.fullmatch(r"(.*?)\s*Col\.(.*?), .*, ([A-Z]+)", text)
    street, colonia, state = (m.group(1), m.group(2), m.group(3)) if m else (text, "", "")
    street = re.sub(r"\s+Int\.$", "", street).strip()
    s = re.fullmatch(r"(.*?)\s+(S/N|\S*\d\S*)((?:\s+Int\..*)?)", street)
    if s and s.group(1):
        return re.sub(r"\s+", " ", s.group(1)), s.group(2) + s.group(3), colonia.strip(), state
    return re.sub(r"\s+", " ", street), "S/N", colonia.strip(), state


def town(row: dict[str, Any]) -> str:
    return _f(row, "nombre_municipio")


def state(row: dict[str, Any]) -> str:
    return _f(row, "nombre_entidad")


def _day(rng: random.Random) -> dt.date:
    """An invented working day of 2025."""
    day = dt.date(2025, 2, 3) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _coordinate(row: dict[str, Any], key: str) -> float | None:
    """A coordinate of the unit (``None`` where the list gives ``null``)."""
    value = _f(row, key)
    return None if value in ("", "null") else float(value)


def simpliroute_visit(row: dict[str, Any], rng: random.Random) -> str:
    """A SimpliRoute ``POST /v1/routes/visits/`` body: one visit of a supplies delivery to the
    unit (``title`` with its name, ``address`` the published address with its postcode and
    state, its coordinates, an invented ``planned_date``, ``load``, time window and duration,
    ``contact_name`` the unit's counter, ``contact_phone``, an invented ``reference`` and
    ``notes`` with the unit's kind, CUO key and the number again)."""
    day = _day(rng)
    start = rng.choice((8, 9, 10))
    what, _ = rng.choice(CONTENTS)
    visit = {
        "title": f"Correos de México - {_f(row, 'nombre_cuo')}",
        "address": f"{_f(row, 'domicilio')}, C.P. {postcode(row)}, {state(row)}, México",
        "latitude": _coordinate(row, "latitud"),
        "longitude": _coordinate(row, "longitud"),
        "load": round(rng.uniform(2, 60), 1),
        "window_start": f"{start:02d}:00:00",
        "window_end": f"{start + rng.choice((3, 4, 5)):02d}:00:00",
        "duration": f"00:{rng.choice((10, 15, 20)):02d}:00",
        "contact_name": f"Ventanilla {_f(row, 'tipo_cuo')}",
        "contact_phone": phone(row),
        "reference": f"REM-{day:%y%m}-{rng.randint(1, 99999):05d}",
        "notes": f"{what}. Entregar en {_f(row, 'tipo_cuo')} (clave CUO {_f(row, 'clave_cuo')}) "
        f"en horario de ventanilla; llamar al {phone(row)} antes de llegar.",
        "planned_date": f"{day:%Y-%m-%d}",
        "priority_level": rng.randint(1, 3),
        "skills_required": [],
        "tags": [],
    }
    return _json([visit])


def vtex_pickup_point(row: dict[str, Any], rng: random.Random) -> str:
    """A VTEX Logistics ``PUT /api/logistics/pvt/configuration/pickuppoints/{id}`` body: the
    unit as a store's pickup point (an ``id`` of its CUO key, ``name``, ``description`` its kind,
    ``instructions`` giving the number, ``formatted_address``, ``address`` with the published
    street, colonia, municipality, state and postcode, a reference with its postal office key,
    and ``location``; ``isActive``, invented ``businessHours`` and ``tagsLabel``)."""
    street, number, colonia, _ = address_parts(row)
    close = rng.choice(("15:00:00", "16:00:00", "18:00:00"))
    hours = [{"dayOfWeek": d, "openingTime": "08:00:00", "closingTime": close} for d in range(1, 6)]
    if rng.random() < 0.5:
        hours.append({"dayOfWeek": 6, "openingTime": "09:00:00", "closingTime": "13:00:00"})
    doc = {
        "id": f"correos-{_f(row, 'clave_cuo')}",
        "name": _f(row, "nombre_cuo"),
        "description": f"{_f(row, 'tipo_cuo')} de Correos de México",
        "instructions": "Presenta una identificación oficial y el número de pedido en "
        f"ventanilla. Informes sobre tu paquete al teléfono {phone(row)}.",
        "formatted_address": f"{_f(row, 'domicilio')}, {postcode(row)}",
        "address": {
            "postalCode": postcode(row),
            "country": {"acronym": "MEX", "name": "Mexico"},
            "city": town(row),
            "state": state(row),
            "neighborhood": colonia,
            "street": street,
            "number": number,
            "complement": "",
            "reference": f"Oficina postal {_f(row, 'clave_ofinica_postal')}",
            "location": {
                "latitude": _coordinate(row, "latitud"),
                "longitude": _coordinate(row, "longitud"),
            },
        },
        "isActive": True,
        "businessHours": hours,
        "tagsLabel": ["correos", state(row).lower(), rng.choice(("zona-1", "zona-2", "zona-3"))],
    }
    return _json(doc)


def _supplier(rng: random.Random) -> dict[str, str]:
    name, company, street, number, colonia, city, st, code, cp = rng.choice(SUPPLIERS)
    return {"name": name, "company": company, "street": street, "number": number,
            "district": colonia, "city": city, "state_name": st, "state": code,
            "postalCode": cp}  # fmt: skip


def envia_ship_generate(row: dict[str, Any], rng: random.Random) -> str:
    """An Envia.com Shipping API ``POST /ship/generate/`` request: an invented supplier's
    warehouse as ``origin`` (no phone, no mailbox), the unit as ``destination`` (``name`` its
    counter, ``company`` the unit, ``phone``, the published street, number, colonia,
    municipality, state code and postcode, a reference with its CUO key), one package of
    invented contents, size, weight and value, the carrier and service, and ``settings`` whose
    ``comments`` repeat the number."""
    street, number, colonia, code = address_parts(row)
    sup = _supplier(rng)
    carrier, service = rng.choice(CARRIERS)
    what, _ = rng.choice(CONTENTS)
    origin = {k: v for k, v in sup.items() if k != "state_name"}
    doc = {
        "origin": {**origin, "country": "MX", "reference": "Andén de carga"},
        "destination": {
            "name": f"Ventanilla {_f(row, 'tipo_cuo')}",
            "company": f"Correos de México {_f(row, 'nombre_cuo')}",
            "email": "",
            "phone": phone(row),
            "street": street,
            "number": number,
            "district": colonia,
            "city": town(row),
            "state": code,
            "country": "MX",
            "postalCode": postcode(row),
            "reference": f"Oficina postal CUO {_f(row, 'clave_cuo')}",
        },
        "packages": [
            {
                "content": what,
                "amount": 1,
                "type": "box",
                "weight": rng.randint(1, 25),
                "insurance": 0,
                "declaredValue": rng.randint(5, 120) * 50,
                "weightUnit": "KG",
                "lengthUnit": "CM",
                "dimensions": {
                    "length": rng.randint(20, 60),
                    "width": rng.randint(15, 40),
                    "height": rng.randint(10, 40),
                },
            }
        ],
        "shipment": {"carrier": carrier, "service": service, "type": 1},
        "settings": {
            "printFormat": "PDF",
            "printSize": "STOCK_4X6",
            "currency": "MXN",
            "comments": f"Entregar en ventanilla, {_f(row, 'domicilio')}; confirmar la "
            f"recepción al {phone(row)}",
        },
    }
    return _json(doc)


def skydropx_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Skydropx ``POST /api/v1/shipments`` request: invented ``quotation_id`` and ``rate_id``,
    the unit as ``address_from`` (``name`` its counter, ``company`` the unit, the published
    street, colonia, municipality, state and postcode, ``phone``, a reference with its CUO key),
    an invented supplier as ``address_to`` (no phone, no mailbox), and one package of returned
    equipment with invented size and weight, its Carta Porte ``consignment_note`` and
    ``package_type`` ``4G``."""
    street, number, colonia, _ = address_parts(row)
    sup = _supplier(rng)
    what, code = rng.choice(RETURNS)
    doc = {
        "shipment": {
            "quotation_id": _uuid(rng),
            "rate_id": _uuid(rng),
            "address_from": {
                "name": f"Ventanilla {_f(row, 'tipo_cuo')}",
                "company": f"Correos de México {_f(row, 'nombre_cuo')}",
                "street1": f"{street} {number}",
                "neighborhood": colonia,
                "postal_code": postcode(row),
                "area_level1": state(row),
                "area_level2": town(row),
                "area_level3": colonia,
                "country_code": "MX",
                "phone": phone(row),
                "email": "",
                "reference": f"CUO {_f(row, 'clave_cuo')}",
            },
            "address_to": {
                "name": sup["name"],
                "company": sup["company"],
                "street1": f"{sup['street']} {sup['number']}",
                "neighborhood": sup["district"],
                "postal_code": sup["postalCode"],
                "area_level1": sup["state_name"],
                "area_level2": sup["city"],
                "area_level3": sup["district"],
                "country_code": "MX",
                "reference": f"RMA {rng.randint(10000, 99999)}: {what}",
            },
            "packages": [
                {
                    "package_number": 1,
                    "weight": rng.randint(1, 15),
                    "height": rng.randint(10, 40),
                    "width": rng.randint(15, 40),
                    "length": rng.randint(20, 60),
                    "dimension_unit": "CM",
                    "mass_unit": "KG",
                    "quantity": 1,
                    "consignment_note": code,
                    "package_type": "4G",
                }
            ],
        }
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "simpliroute_visit": simpliroute_visit,
    "vtex_pickup_point": vtex_pickup_point,
    "envia_ship_generate": envia_ship_generate,
    "skydropx_shipment": skydropx_shipment,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
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
