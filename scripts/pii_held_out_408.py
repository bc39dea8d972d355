"""held_out_408 of the PII evaluation set: real phone fields of a register no earlier part used
(the Programa Nacional AURORA of Peru's Ministerio de la Mujer y Poblaciones Vulnerables: its
Centros Emergencia Mujer and rural and urgent-care services for women facing violence; Peru's
earlier part took the Ministry of Health's IPRESS registry of hospitals) exactly as published, in
layouts no earlier part has, beside the list's own service names, categories, addresses and
districts.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``CELULAR DE CONTACTO`` of 400 services (``scripts/data/
  pii_pe_aurora_cem.json``, written by ``scripts/pe_aurora_cem_data.py``; source and licence in
  that file): Peruvian mobiles as the list writes them, nine digits with no separator
  (``994840307``), 27 fields with two numbers after a blank, a hyphen or a slash (``994833640
  940410577``, ``989308129-948074513``, ``914166514 / 900626756``) and one of ten digits
  (``9329499263``); the field is written whole wherever it stands and each number in it is
  labelled on its own (the separator between two numbers is not), every copy;
* the text around them is the same row's real fields: the service's name (``CEM REGULAR
  UTCUBAMBA``), category, street address (or, where the list has ``NO DISPONIBLE``, its
  district), district, province and department, with invented RUCs (check digit right),
  document series and numbers, service orders, amounts with IGV, weights, dates, ids and the
  national short lines ``100`` and ``105``, unlabelled and scored;
* in layouts no earlier part has, formats of Peru's electronic invoicing and of a help chat,
  text in Spanish: NubeFact API requests in JSON (``operacion`` ``generar_comprobante``: a
  factura of an invented supplier to the Programa AURORA for a maintenance service at the
  centre, its ``observaciones`` giving the centre's line for the visit), NubeFact TXT tramas
  (the same operation as ``clave|valor|`` lines and ``item|...|`` lines: a factura for the
  centre's corporate mobile plan, the line in the item's description and in the
  ``observaciones``), NubeFact API requests for a guía de remisión (``operacion``
  ``generar_guia``, ``tipo_de_comprobante`` 7: materials sent from an invented supplier's
  warehouse in Lima to the centre, ``punto_de_llegada_direccion`` its address, the
  ``punto_de_llegada_ubigeo`` left empty as the list gives none, the line for the delivery in
  the ``observaciones``) and Crisp web hooks (Web Hooks V1, event ``message:received``: an
  operator's answer in a help chat giving the centre's address and line).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every number is one of
nine or ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_408.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pe_aurora_cem.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_408.jsonl.gz"
SPLIT = "held_out_408"

LAYOUTS = ("nubefact_factura", "nubefact_trama_txt", "nubefact_guia", "crisp_webhook")
PHONE = "CELULAR DE CONTACTO"
COLUMN = "celular"
EDGES = {COLUMN: r"\d"}
PET = dt.timezone(dt.timedelta(hours=-5))
EMPTY = "NO DISPONIBLE"
CLIENT = (
    "PROGRAMA NACIONAL PARA LA PREVENCION Y ERRADICACION DE LA VIOLENCIA CONTRA LAS MUJERES E "
    "INTEGRANTES DEL GRUPO FAMILIAR - AURORA"
)

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers (a company's name and a district of Lima for its fiscal address)
SUPPLIERS = (
    ("SERVICIOS GENERALES SANTA ROSA S.A.C.", "AV. ARGENTINA 1450, CERCADO DE LIMA"),
    ("MANTENIMIENTO INTEGRAL DEL SUR E.I.R.L.", "JR. ANCASH 872, CERCADO DE LIMA"),
    ("INVERSIONES Y SUMINISTROS ANDINOS S.A.C.", "AV. COLONIAL 2210, CERCADO DE LIMA"),
    ("CORPORACION LOGISTICA PACIFICO S.A.C.", "AV. NICOLAS AYLLON 3520, ATE"),
    ("DISTRIBUIDORA DE UTILES Y MOBILIARIO LIMA NORTE S.A.C.", "AV. TUPAC AMARU 4100, COMAS"),
)
# invented maintenance services of a centre's premises
WORKS = (
    "MANTENIMIENTO PREVENTIVO DE INSTALACIONES ELECTRICAS",
    "FUMIGACION Y DESRATIZACION DEL LOCAL",
    "MANTENIMIENTO CORRECTIVO DE SERVICIOS HIGIENICOS",
    "PINTADO DE AMBIENTES DE ATENCION",
    "RECARGA Y MANTENIMIENTO DE EXTINTORES",
)
# invented goods sent to a centre (description, unit, quantity range)
GOODS = (
    ("KIT DE MATERIALES DE DIFUSION - CAMPANA DE PREVENCION", "NIU", (20, 120)),
    ("ARCHIVADOR DE PALANCA OFICIO LOMO ANCHO", "NIU", (10, 60)),
    ("SILLA DE ESPERA TANDEM DE 3 CUERPOS", "NIU", (1, 4)),
    ("PAPEL BOND A4 80 GR - PAQUETE X 500 HOJAS", "PK", (10, 50)),
    ("BOTIQUIN DE PRIMEROS AUXILIOS EQUIPADO", "NIU", (1, 3)),
)
OPERATORS = ("Orientadora Chat 100", "Equipo Chat 100", "Consejera Chat 100")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The service's contact field as published (one number, or two with their separator)."""
    return _f(row, PHONE)


def lines_of(row: dict[str, Any]) -> list[str]:
    """The numbers of the contact field: each run of seven digits or more, as written."""
    return re.findall(r"\d{7,}", phone(row))


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
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
    """The service's name (``CEM REGULAR UTCUBAMBA``)."""
    return _f(row, "ESTABLECIMIENTO")


def street(row: dict[str, Any]) -> str:
    """The service's street address, "" where the list has none."""
    value = _f(row, "DIRECCION")
    return "" if value == EMPTY else value


def area(row: dict[str, Any]) -> str:
    """District, province and department (``BAGUA GRANDE - UTCUBAMBA - AMAZONAS``)."""
    return " - ".join(_f(row, k) for k in ("DISTRITO", "PROVINCIA", "DEPARTAMENTO"))


def place(row: dict[str, Any]) -> str:
    """The address in one line: the street where the list gives one, then the area."""
    return f"{street(row)}, {area(row)}" if street(row) else area(row)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Peru time)."""
    day = dt.datetime(2025, 2, 3, tzinfo=PET) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.choice((0, 15, 30, 45)))


def ruc(rng: random.Random, head: str = "20") -> str:
    """An invented RUC of a company (``20`` and nine digits), its check digit by SUNAT's
    modulus 11 (weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)."""
    body = head + "".join(str(rng.randint(0, 9)) for _ in range(10 - len(head)))
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    return body + str((11 - total % 11) % 10)


def _money(value: float) -> str:
    return f"{value:.2f}"


def _amounts(rng: random.Random, low: int, high: int) -> tuple[float, float, float]:
    """An invented taxed amount, its IGV (18 %) and the total."""
    base = round(rng.uniform(low, high), 2)
    igv = round(base * 0.18, 2)
    return base, igv, round(base + igv, 2)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _blank_fields() -> dict[str, Any]:
    """The NubeFact request's optional fields this part leaves empty, in the API's order."""
    return {
        "percepcion_tipo": "",
        "percepcion_base_imponible": "",
        "total_percepcion": "",
        "total_incluido_percepcion": "",
        "detraccion": False,
    }


def nubefact_factura(row: dict[str, Any], rng: random.Random) -> str:
    """A NubeFact API request in JSON (``operacion`` ``generar_comprobante``): a factura
    (``tipo_de_comprobante`` 1, series ``FFF1``) of an invented supplier to the Programa AURORA
    (an invented RUC, ``cliente_tipo_de_documento`` 6), its ``cliente_direccion`` the centre's
    address, one taxed item (a maintenance service of the centre's premises, amount, IGV 18 %
    and total), the service order's number, and ``observaciones`` naming the centre and its
    line for coordinating the visit."""
    when = _when(rng)
    base, igv, total = _amounts(rng, 800, 9_500)
    work = rng.choice(WORKS)
    order = f"OS-{rng.randint(100, 4999):04d}-{when.year}"
    doc = {
        "operacion": "generar_comprobante",
        "tipo_de_comprobante": 1,
        "serie": "FFF1",
        "numero": rng.randint(20, 9000),
        "sunat_transaction": 1,
        "cliente_tipo_de_documento": 6,
        "cliente_numero_de_documento": ruc(rng),
        "cliente_denominacion": CLIENT,
        "cliente_direccion": place(row),
        "cliente_email": "",
        "cliente_email_1": "",
        "cliente_email_2": "",
        "fecha_de_emision": f"{when:%d-%m-%Y}",
        "fecha_de_vencimiento": f"{when + dt.timedelta(days=30):%d-%m-%Y}",
        "moneda": 1,
        "tipo_de_cambio": "",
        "porcentaje_de_igv": 18.0,
        "descuento_global": "",
        "total_descuento": "",
        "total_anticipo": "",
        "total_gravada": base,
        "total_inafecta": "",
        "total_exonerada": "",
        "total_igv": igv,
        "total_gratuita": "",
        "total_otros_cargos": "",
        "total": total,
        **_blank_fields(),
        "observaciones": f"Servicio ejecutado en el {name(row)} ({place(row)}) segun orden "
        f"de servicio {order}. Coordinacion de la visita con la sede al {phone(row)}.",
        "documento_que_se_modifica_tipo": "",
        "documento_que_se_modifica_serie": "",
        "documento_que_se_modifica_numero": "",
        "tipo_de_nota_de_credito": "",
        "tipo_de_nota_de_debito": "",
        "enviar_automaticamente_a_la_sunat": True,
        "enviar_automaticamente_al_cliente": False,
        "codigo_unico": "",
        "condiciones_de_pago": "CREDITO 30 DIAS",
        "medio_de_pago": "",
        "placa_vehiculo": "",
        "orden_compra_servicio": order,
        "tabla_personalizada_codigo": "",
        "formato_de_pdf": "",
        "items": [
            {
                "unidad_de_medida": "ZZ",
                "codigo": f"S{rng.randint(100, 999)}",
                "descripcion": f"{work} - {name(row)}",
                "cantidad": 1,
                "valor_unitario": base,
                "precio_unitario": total,
                "descuento": "",
                "subtotal": base,
                "tipo_de_igv": 1,
                "igv": igv,
                "total": total,
                "anticipo_regularizacion": False,
                "anticipo_documento_serie": "",
                "anticipo_documento_numero": "",
            }
        ],
    }
    return _json(doc)


def nubefact_trama_txt(row: dict[str, Any], rng: random.Random) -> str:
    """A NubeFact TXT trama (``clave|valor|`` lines, then one ``item|...|`` line: unit, code,
    description, quantity, unit value, unit price, discount, subtotal, IGV type, IGV, total,
    advance fields): a factura (series ``F001``) of an invented telecommunications reseller to
    the Programa AURORA for a month of the centre's corporate mobile plan, the centre's line in
    the item's description and in the ``observaciones``."""
    when = _when(rng)
    base, igv, total = _amounts(rng, 35, 160)
    month = (when - dt.timedelta(days=28)).strftime("%m/%Y")
    lines = len(lines_of(row))
    head = [
        ("operacion", "generar_comprobante"),
        ("tipo_de_comprobante", "1"),
        ("serie", "F001"),
        ("numero", str(rng.randint(1000, 99999))),
        ("sunat_transaction", "1"),
        ("cliente_tipo_de_documento", "6"),
        ("cliente_numero_de_documento", ruc(rng)),
        ("cliente_denominacion", CLIENT),
        ("cliente_direccion", place(row)),
        ("cliente_email", ""),
        ("cliente_email_1", ""),
        ("cliente_email_2", ""),
        ("fecha_de_emision", f"{when:%d-%m-%Y}"),
        ("fecha_de_vencimiento", f"{when + dt.timedelta(days=15):%d-%m-%Y}"),
        ("moneda", "1"),
        ("tipo_de_cambio", ""),
        ("porcentaje_de_igv", "18.00"),
        ("descuento_global", ""),
        ("total_descuento", ""),
        ("total_anticipo", ""),
        ("total_gravada", _money(base)),
        ("total_inafecta", ""),
        ("total_exonerada", ""),
        ("total_igv", _money(igv)),
        ("total_gratuita", ""),
        ("total_otros_cargos", ""),
        ("total", _money(total)),
        ("percepcion_tipo", ""),
        ("percepcion_base_imponible", ""),
        ("total_percepcion", ""),
        ("total_incluido_percepcion", ""),
        ("detraccion", "false"),
        (
            "observaciones",
            f"Linea asignada al {name(row)} ({area(row)}). Consultas sobre el servicio "
            f"movil: {phone(row)}",
        ),
        ("documento_que_se_modifica_tipo", ""),
        ("documento_que_se_modifica_serie", ""),
        ("documento_que_se_modifica_numero", ""),
        ("tipo_de_nota_de_credito", ""),
        ("tipo_de_nota_de_debito", ""),
        ("enviar_automaticamente_a_la_sunat", "true"),
        ("enviar_automaticamente_al_cliente", "false"),
        ("codigo_unico", ""),
        ("condiciones_de_pago", "CONTADO"),
        ("medio_de_pago", ""),
        ("placa_vehiculo", ""),
        ("orden_compra_servicio", f"OC-{rng.randint(100, 4999):04d}-{when.year}"),
        ("tabla_personalizada_codigo", ""),
        ("formato_de_pdf", ""),
    ]
    word = "LINEAS" if lines > 1 else "LINEA"
    item = [
        "item",
        "ZZ",
        f"PLAN{rng.randint(10, 99)}",
        f"PLAN CORPORATIVO MOVIL {word} {phone(row)} - PERIODO {month}",
        "1",
        _money(base),
        _money(total),
        "",
        _money(base),
        "1",
        _money(igv),
        _money(total),
        "false",
        "",
        "",
    ]
    out = [f"{key}|{value}|" for key, value in head]
    out.append("|".join(item) + "|")
    return "\n".join(out) + "\n"


def nubefact_guia(row: dict[str, Any], rng: random.Random) -> str:
    """A NubeFact API request in JSON for a guía de remisión remitente (``operacion``
    ``generar_guia``, ``tipo_de_comprobante`` 7, series ``TTT1``): goods sent by an invented
    supplier (its RUC) from its warehouse in Lima (``punto_de_partida``) to the centre
    (``punto_de_llegada_direccion`` its address; the ubigeo empty, as the list gives none) for
    the Programa AURORA, the gross weight, packages, transport by an invented carrier (RUC),
    start date, one item, and ``observaciones`` naming the centre and the line to coordinate
    the delivery."""
    when = _when(rng)
    supplier, warehouse = rng.choice(SUPPLIERS)
    goods, unit, (low, high) = rng.choice(GOODS)
    count = rng.randint(low, high)
    doc = {
        "operacion": "generar_guia",
        "tipo_de_comprobante": 7,
        "serie": "TTT1",
        "numero": rng.randint(1, 3000),
        "cliente_tipo_de_documento": 6,
        "cliente_numero_de_documento": ruc(rng),
        "cliente_denominacion": CLIENT,
        "cliente_direccion": place(row),
        "cliente_email": "",
        "cliente_email_1": "",
        "cliente_email_2": "",
        "fecha_de_emision": f"{when:%d-%m-%Y}",
        "observaciones": f"Remitente: {supplier}. Entrega en el {name(row)}; coordinar la "
        f"recepcion con la sede al {phone(row)} (horario de atencion).",
        "motivo_de_traslado": "01",
        "peso_bruto_total": round(rng.uniform(4, 180), 1),
        "peso_bruto_unidad_de_medida": "KGM",
        "numero_de_bultos": rng.randint(1, 12),
        "tipo_de_transporte": "01",
        "fecha_de_inicio_de_traslado": f"{when + dt.timedelta(days=1):%d-%m-%Y}",
        "transportista_documento_tipo": 6,
        "transportista_documento_numero": ruc(rng),
        "transportista_denominacion": "TRANSPORTES Y SERVICIOS EXPRESS DEL PERU S.A.C.",
        "transportista_placa_numero": "",
        "conductor_documento_tipo": "",
        "conductor_documento_numero": "",
        "conductor_denominacion": "",
        "conductor_nombre": "",
        "conductor_apellidos": "",
        "conductor_numero_licencia": "",
        "punto_de_partida_ubigeo": "150101",
        "punto_de_partida_direccion": warehouse,
        "punto_de_partida_codigo_establecimiento_sunat": "0000",
        "punto_de_llegada_ubigeo": "",
        "punto_de_llegada_direccion": place(row),
        "punto_de_llegada_codigo_establecimiento_sunat": "",
        "enviar_automaticamente_al_cliente": False,
        "formato_de_pdf": "",
        "items": [
            {
                "unidad_de_medida": unit,
                "codigo": f"P{rng.randint(1000, 9999)}",
                "descripcion": goods,
                "cantidad": count,
            }
        ],
    }
    return _json(doc)


def crisp_webhook(row: dict[str, Any], rng: random.Random) -> str:
    """A Crisp web hook (Web Hooks V1: ``website_id``, ``event``, ``data``, ``timestamp``) of
    the event ``message:received``: an operator's text message in a help chat (invented
    website, session and fingerprint ids, ``from`` ``operator``, ``origin`` ``chat``, the
    operator's nickname) giving the centre's name, category, address and line, and the national
    short lines 100 and 105."""
    when = _when(rng)
    website = "-".join(
        "".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12)
    )
    session = "session_" + "-".join(
        "".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12)
    )
    stamp = int(when.timestamp() * 1000) + rng.randint(0, 999)
    where = (
        f"en {street(row)}, distrito de {_f(row, 'DISTRITO')}"
        if street(row)
        else (f"en el distrito de {_f(row, 'DISTRITO')}")
    )
    content = (
        f"Gracias por escribirnos. El servicio mas cercano es el {name(row)} "
        f"({_f(row, 'CATEGORIA')}), que atiende {where} ({_f(row, 'PROVINCIA')}, "
        f"{_f(row, 'DEPARTAMENTO')}). Puedes comunicarte con el equipo al {phone(row)}. "
        "Si estas en peligro en este momento, llama gratis a la Linea 100 o al 105."
    )
    data_ = {
        "website_id": website,
        "session_id": session,
        "type": "text",
        "origin": "chat",
        "content": content,
        "timestamp": stamp,
        "fingerprint": rng.randint(10**14, 10**15 - 1),
        "stamped": True,
        "from": "operator",
        "user": {
            "user_id": "-".join(
                "".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12)
            ),
            "nickname": rng.choice(OPERATORS),
        },
        "mentions": [],
    }
    return _json(
        {"website_id": website, "event": "message:received", "data": data_, "timestamp": stamp}
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nubefact_factura": nubefact_factura,
    "nubefact_trama_txt": nubefact_trama_txt,
    "nubefact_guia": nubefact_guia,
    "crisp_webhook": crisp_webhook,
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
