"""held_out_491 of the PII evaluation set: real phone fields of a register of a country no
earlier part used (Bolivia: the pharmacies of the Ministerio de Salud y Deportes's register as
its Bolivia Segura platform served them) exactly as published, in layouts no earlier part has,
beside the register's own trade names, addresses, municipalities and departments.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``numero_contacto`` of 320 pharmacies (``scripts/data/
  pii_bo_farmacias.json``, written by ``scripts/bo_farmacias_data.py``; source and licence in
  that file): Bolivian numbers as the register writes them, seven-digit lines (``6435254``),
  the area code run on or set apart (``64-58828``, ``337 - 0021``, ``33259713``), mobiles of
  eight digits (``67949219``) and eight fields with two numbers after a slash, a hyphen or two
  blanks (``78494701/3422520``, ``61588872- 3238933``); the field is written whole wherever it
  stands and each number in it is labelled on its own (the separator between two numbers is
  not), every copy;
* the text around them is the same row's real fields: the pharmacy's trade name, street
  address, municipality, department, coordinates, register id and registration date, with
  invented NITs, invoice numbers, CUFs and CUFDs, product codes, amounts in bolivianos, ticket
  and message ids, dates and duty hours, unlabelled and scored;
* in layouts no earlier part has, text in Spanish: invoices of Bolivia's Servicio de Impuestos
  Nacionales (SIAT, modalidad computarizada en línea: ``facturaComputarizadaCompraVenta`` XML,
  ``codigoDocumentoSector`` 1, the pharmacy as the issuer, its line in the ``cabecera``'s
  ``telefono``, medicines sold to a public body in the ``detalle``s), Gorgias REST API ticket
  objects (``GET /api/tickets/{id}``: a chat of a medical-supplies web shop whose agent answers
  a visitor with the pharmacy that stocks the product, its address and line in
  ``body_text``, ``body_html`` and ``stripped_text``), ClickHouse client sessions printing the
  pharmacy's row of an analytics table in the ``Vertical`` output format (``Row 1:``, one
  ``column: value`` line each, ``ᴺᵁᴸᴸ`` for the register's empty fields, the client's
  ``1 row in set`` footer) and Collection+JSON documents (``application/vnd.collection+json``,
  version 1.0) of a duty-pharmacy directory API: one item whose ``data`` give the pharmacy's
  name, address, municipality, department, line and duty turn, with ``links``, ``queries``
  and a ``template``.

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every number is one of
seven digits or more, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_491.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from html import escape as html_escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from bo_farmacias_data import contact_numbers
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_bo_farmacias.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_491.jsonl.gz"
SPLIT = "held_out_491"

LAYOUTS = ("siat_factura", "gorgias_ticket", "clickhouse_vertical", "collection_json")
PHONE = "numero_contacto"
COLUMN = "numero_contacto"
EDGES = {COLUMN: r"\d"}
BOT = dt.timezone(dt.timedelta(hours=-4))
NULL = "ᴺᵁᴸᴸ"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented buyers of the invoices: public bodies (no person is a party in these records)
BUYERS = (
    "GOBIERNO AUTONOMO MUNICIPAL",
    "SERVICIO DEPARTAMENTAL DE SALUD",
    "HOSPITAL MUNICIPAL",
    "CAJA NACIONAL DE SALUD - REGIONAL",
    "CENTRO DE SALUD INTEGRAL",
)
# invented medicines of the invoices: (description, unit price in Bs)
MEDICINES = (
    ("PARACETAMOL 500 MG CAJA X 100 TABLETAS", 38.50),
    ("AMOXICILINA 500 MG CAJA X 100 CAPSULAS", 96.00),
    ("IBUPROFENO 400 MG CAJA X 100 TABLETAS", 52.00),
    ("SALES DE REHIDRATACION ORAL SOBRE X 27,9 G", 3.50),
    ("ALCOHOL ETILICO 70% FRASCO X 1000 ML", 28.00),
    ("JERINGA DESCARTABLE 5 ML CON AGUJA 21G CAJA X 100", 85.00),
    ("GUANTES DE LATEX PARA EXAMEN TALLA M CAJA X 100", 64.00),
    ("LORATADINA 10 MG CAJA X 100 TABLETAS", 45.00),
)
# the SIN's consumer-law legends printed on invoices (Ley N° 453)
LEGENDS = (
    "Ley N° 453: Tienes derecho a recibir información sobre las características y contenidos "
    "de los productos que consumes.",
    "Ley N° 453: El proveedor de productos debe habilitar medios e instrumentos para efectuar "
    "consultas y reclamaciones.",
    "Ley N° 453: Está prohibido importar, distribuir o comercializar productos expirados o "
    "prontos a expirar.",
)
# invented products of the web shop whose chat the Gorgias tickets keep
PRODUCTS = (
    "tensiómetro digital de brazo",
    "glucómetro con 50 tiras reactivas",
    "oxímetro de pulso",
    "nebulizador compresor",
    "termómetro infrarrojo sin contacto",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The pharmacy's contact field as published (one number, or two with their separator)."""
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
    """The pharmacy's trade name as published (``MI ANGELITO``)."""
    return _f(row, "nombre_farmacia")


def street(row: dict[str, Any]) -> str:
    """The street address as published (``Urriolagoitia Nº 350``)."""
    return _f(row, "direccion")


def town(row: dict[str, Any]) -> str:
    """The municipality as published (``SUCRE``)."""
    return _f(row, "municipio")


def department(row: dict[str, Any]) -> str:
    """The department as published (``CHUQUISACA``)."""
    return _f(row, "departamento")


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, municipality, department."""
    return f"{street(row)}, {town(row)} ({department(row).title()})"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a day of 2024 (Bolivian time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=BOT) + dt.timedelta(days=rng.randint(0, 330))
    return day + dt.timedelta(hours=rng.randint(8, 20), minutes=rng.randint(0, 59))


def nit(rng: random.Random) -> str:
    """An invented NIT of a taxpayer (ten digits)."""
    return str(rng.randint(1_000_000_000, 9_999_999_999))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def _code(rng: random.Random, n: int) -> str:
    """An invented CUFD-like code (letters and digits)."""
    return "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        for _ in range(n)
    )


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def siat_factura(row: dict[str, Any], rng: random.Random) -> str:
    """A SIAT invoice of Bolivia's Servicio de Impuestos Nacionales (``facturaComputarizada
    CompraVenta``, modalidad computarizada en línea, ``codigoDocumentoSector`` 1): a
    ``cabecera`` with the pharmacy as issuer (an invented NIT, ``FARMACIA`` and its trade name,
    its municipality, ``telefono`` its contact field, its street as ``direccion``), an invented
    invoice number, CUF, CUFD and emission time, a public body of the municipality as buyer
    (an invented NIT, ``codigoTipoDocumentoIdentidad`` 5), cash payment, totals in bolivianos,
    a legend of Ley N° 453 and the cashier's user; one to three ``detalle``s of medicines."""
    when = _when(rng)
    buyer = f"{rng.choice(BUYERS)} DE {town(row).upper()}"
    buyer_nit = nit(rng)
    items = []
    for desc, price in rng.sample(MEDICINES, rng.randint(1, 3)):
        qty = rng.randint(2, 40)
        items.append((desc, qty, price, round(qty * price, 2)))
    total = round(sum(i[3] for i in items), 2)
    head = [
        ("nitEmisor", nit(rng)),
        ("razonSocialEmisor", f"FARMACIA {name(row)}"),
        ("municipio", town(row)),
        ("telefono", phone(row)),
        ("numeroFactura", str(rng.randint(1, 9_000))),
        ("cuf", _hex(rng, 56)),
        ("cufd", _code(rng, 48)),
        ("codigoSucursal", "0"),
        ("direccion", street(row)),
        ("codigoPuntoVenta", "0"),
        ("fechaEmision", f"{when:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}"),
        ("nombreRazonSocial", buyer),
        ("codigoTipoDocumentoIdentidad", "5"),
        ("numeroDocumento", buyer_nit),
        ("complemento", None),
        ("codigoCliente", buyer_nit),
        ("codigoMetodoPago", "1"),
        ("numeroTarjeta", None),
        ("montoTotal", f"{total:.2f}"),
        ("montoTotalSujetoIva", f"{total:.2f}"),
        ("codigoMoneda", "1"),
        ("tipoCambio", "1"),
        ("montoTotalMoneda", f"{total:.2f}"),
        ("montoGiftCard", None),
        ("descuentoAdicional", "0"),
        ("codigoExcepcion", "0"),
        ("cafc", None),
        ("leyenda", rng.choice(LEGENDS)),
        ("usuario", f"caja{rng.randint(1, 4)}"),
        ("codigoDocumentoSector", "1"),
    ]

    def element(key: str, value: str | None, indent: str) -> str:
        if value is None:
            return f'{indent}<{key} xsi:nil="true"/>'
        return f"{indent}<{key}>{escape(value)}</{key}>"

    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<facturaComputarizadaCompraVenta xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:noNamespaceSchemaLocation="facturaComputarizadaCompraVenta.xsd">',
        "  <cabecera>",
        *(element(k, v, "    ") for k, v in head),
        "  </cabecera>",
    ]
    for desc, qty, price, sub in items:
        detail = [
            ("actividadEconomica", "477300"),
            ("codigoProductoSin", str(rng.choice((35260, 35270, 35290, 48150)))),
            ("codigoProducto", f"MED-{rng.randint(1000, 9999)}"),
            ("descripcion", desc),
            ("cantidad", str(qty)),
            ("unidadMedida", "57"),
            ("precioUnitario", f"{price:.2f}"),
            ("montoDescuento", "0"),
            ("subTotal", f"{sub:.2f}"),
            ("numeroSerie", None),
            ("numeroImei", None),
        ]
        lines += ["  <detalle>", *(element(k, v, "    ") for k, v in detail), "  </detalle>"]
    lines += ["</facturaComputarizadaCompraVenta>", ""]
    return "\n".join(lines)


def gorgias_ticket(row: dict[str, Any], rng: random.Random) -> str:
    """A Gorgias REST API ticket object (``GET /api/tickets/{id}``) of an invented
    medical-supplies web shop: channel and via ``chat``, an anonymous visitor as customer (no
    e-mail), a subject and two messages: the visitor asks where to buy a product in the
    pharmacy's municipality, the agent answers with the pharmacy's name, address and line in
    ``body_text``, ``body_html`` and ``stripped_text``; invented ids and times, a tag."""
    asked = _when(rng)
    answered = asked + dt.timedelta(minutes=rng.randint(2, 40))
    closed = answered + dt.timedelta(hours=rng.randint(1, 30))
    tid, cid, uid = (
        rng.randint(10**7, 10**8 - 1),
        rng.randint(10**7, 10**8 - 1),
        rng.randint(100, 999),
    )
    product = rng.choice(PRODUCTS)
    visitor = f"Visitante {rng.randint(10000, 99999)}"
    question = f"Hola, ¿dónde puedo comprar el {product} en {town(row).title()}? Gracias."
    answer = (
        f"¡Hola! En {town(row).title()} puede encontrar el {product} en la FARMACIA {name(row)}, "
        f"{street(row)}. Su teléfono es {phone(row)}; le recomendamos llamar antes para confirmar "
        "el stock."
    )
    html = (
        f"<p>¡Hola! En {html_escape(town(row).title())} puede encontrar el {product} en la "
        f"<strong>FARMACIA {html_escape(name(row))}</strong>, {html_escape(street(row))}.</p>"
        f"<p>Teléfono: {phone(row)}</p><p>Le recomendamos llamar antes para confirmar el "
        "stock.</p>"
    )

    def iso(moment: dt.datetime) -> str:
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")

    customer = {"id": cid, "email": None, "name": visitor, "firstname": "", "lastname": ""}
    agent = {"id": uid, "email": None, "name": "Atención al cliente", "firstname": "Atención",
             "lastname": "al cliente"}  # fmt: skip

    def message(mid: int, incoming: bool, body: str, body_html: str, at: dt.datetime) -> dict:
        sender, receiver = (customer, agent) if incoming else (agent, customer)
        return {
            "id": mid,
            "uri": f"/api/tickets/{tid}/messages/{mid}/",
            "message_id": None,
            "ticket_id": tid,
            "external_id": None,
            "public": True,
            "channel": "chat",
            "via": "chat",
            "source": {
                "type": "chat",
                "from": {"name": sender["name"], "address": None},
                "to": [{"name": receiver["name"], "address": None}],
            },
            "sender": {"id": sender["id"], "name": sender["name"]},
            "receiver": {"id": receiver["id"], "name": receiver["name"]},
            "integration_id": None,
            "from_agent": not incoming,
            "subject": None,
            "body_text": body,
            "body_html": body_html,
            "stripped_text": body,
            "attachments": [],
            "created_datetime": iso(at),
            "sent_datetime": iso(at),
        }

    first = rng.randint(10**8, 10**9 - 1)
    doc = {
        "id": tid,
        "uri": f"/api/tickets/{tid}/",
        "external_id": None,
        "language": "es",
        "status": "closed",
        "priority": "normal",
        "channel": "chat",
        "via": "chat",
        "from_agent": False,
        "customer": customer,
        "assignee_user": {"id": uid, "name": agent["name"]},
        "assignee_team": None,
        "subject": f"Punto de venta en {town(row).title()}",
        "excerpt": question[:80],
        "tags": [{"name": "punto-de-venta"}, {"name": department(row).strip().lower()}],
        "messages": [
            message(first, True, question, f"<p>{html_escape(question)}</p>", asked),
            message(first + rng.randint(1, 50), False, answer, html, answered),
        ],
        "spam": False,
        "created_datetime": iso(asked),
        "opened_datetime": iso(asked + dt.timedelta(minutes=1)),
        "last_received_message_datetime": iso(asked),
        "last_message_datetime": iso(answered),
        "updated_datetime": iso(closed),
        "closed_datetime": iso(closed),
        "snooze_datetime": None,
    }
    return _json(doc)


def clickhouse_vertical(row: dict[str, Any], rng: random.Random) -> str:
    """A ClickHouse client session printing the pharmacy's row of an invented analytics table
    in the ``Vertical`` output format: the prompt and query, ``Row 1:`` and its rule, one
    ``column: value`` line per column (names padded to one width; the register's id,
    department, municipality, name, address, coordinates, contact field and registration date,
    ``ᴺᵁᴸᴸ`` for its empty municipality code, web page and social pages; invented counts of
    dispensations and an amount), and the client's footer."""
    columns = [
        ("id", _f(row, "id")),
        ("id_dpto", _f(row, "id_dpto")),
        ("departamento", department(row)),
        ("id_municipio", _f(row, "id_municipio") or NULL),
        ("municipio", town(row)),
        ("nombre_farmacia", name(row)),
        ("direccion", street(row)),
        ("latitud", _f(row, "latitud")),
        ("longitud", _f(row, "longitud")),
        ("numero_contacto", phone(row)),
        ("pagina_web", _f(row, "pagina_web") or NULL),
        ("paginas_rrss", _f(row, "paginas_rrss") or NULL),
        ("fecha_registro", _f(row, "fecha_registro")),
        ("dispensaciones_30d", str(rng.randint(40, 2600))),
        ("monto_30d_bs", f"{rng.uniform(900, 86000):.2f}"),
    ]
    width = max(len(k) for k, _ in columns) + 1
    elapsed = rng.uniform(0.002, 0.019)
    read = rng.randint(180, 420)
    lines = [
        f"analitica :) SELECT * FROM salud.farmacias_resumen WHERE id = {_f(row, 'id')} "
        "FORMAT Vertical",
        "",
        f"SELECT * FROM salud.farmacias_resumen WHERE id = {_f(row, 'id')} FORMAT Vertical",
        "",
        f"Query id: {_hex(rng, 8).lower()}-{_hex(rng, 4).lower()}-{_hex(rng, 4).lower()}-"
        f"{_hex(rng, 4).lower()}-{_hex(rng, 12).lower()}",
        "",
        "Row 1:",
        "──────",
        *(f"{(k + ':').ljust(width)} {v}" for k, v in columns),
        "",
        f"1 row in set. Elapsed: {elapsed:.3f} sec. Processed 1.54 thousand rows, "
        f"{read:.2f} KB ({1.54 / elapsed:.2f} thousand rows/s., {read / elapsed / 1000:.2f} MB/s.)",
        "",
        "analitica :) ",
    ]
    return "\n".join(lines) + "\n"


def collection_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Collection+JSON document (``application/vnd.collection+json``, version 1.0) of an
    invented duty-pharmacy directory API: the collection's ``href`` and ``links``, one item
    (the register's id in its ``href``) whose ``data`` are the pharmacy's name, address,
    municipality, department, contact field (``telefono``), coordinates and an invented duty
    turn, with a map link; a search query and the template for a new entry."""
    base = "https://api.farmaciasdeturno.bo/v1/farmacias"
    start = _when(rng).replace(hour=20, minute=0)
    end = start + dt.timedelta(hours=12)
    lat, lon = _f(row, "latitud"), _f(row, "longitud")
    item_data = [
        {"name": "nombre", "value": name(row), "prompt": "Farmacia"},
        {"name": "direccion", "value": street(row), "prompt": "Dirección"},
        {"name": "municipio", "value": town(row), "prompt": "Municipio"},
        {"name": "departamento", "value": department(row), "prompt": "Departamento"},
        {"name": "telefono", "value": phone(row), "prompt": "Teléfono"},
        {"name": "latitud", "value": lat, "prompt": "Latitud"},
        {"name": "longitud", "value": lon, "prompt": "Longitud"},
        {"name": "turno_inicio", "value": f"{start:%Y-%m-%dT%H:%M:%S%z}", "prompt": "Turno desde"},
        {"name": "turno_fin", "value": f"{end:%Y-%m-%dT%H:%M:%S%z}", "prompt": "Turno hasta"},
    ]
    fields = ("nombre", "direccion", "municipio", "departamento", "telefono", "latitud", "longitud")
    doc = {
        "collection": {
            "version": "1.0",
            "href": f"{base}/",
            "links": [
                {"rel": "profile", "href": "https://api.farmaciasdeturno.bo/perfiles/farmacia",
                 "prompt": "Perfil"},
                {"rel": "next", "href": f"{base}/?pagina={rng.randint(2, 60)}",
                 "prompt": "Siguiente"},
            ],
            "items": [
                {
                    "href": f"{base}/{_f(row, 'id')}",
                    "data": item_data,
                    "links": [
                        {"rel": "map", "prompt": "Ver en el mapa", "render": "link",
                         "href": f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}"},
                    ],
                }
            ],
            "queries": [
                {"rel": "search", "href": f"{base}/buscar", "prompt": "Farmacias de turno",
                 "data": [{"name": "municipio", "value": ""}, {"name": "fecha", "value": ""}]},
            ],
            "template": {"data": [{"name": k, "value": ""} for k in fields]},
        }
    }  # fmt: skip
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "siat_factura": siat_factura,
    "gorgias_ticket": gorgias_ticket,
    "clickhouse_vertical": clickhouse_vertical,
    "collection_json": collection_json,
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
