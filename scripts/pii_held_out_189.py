"""held_out_189 of the PII evaluation set: real phone fields of a list no earlier part used
(Chile's fire brigades, the Cuerpos de Bomberos of all sixteen regions; Chile's earlier parts
took a map of pharmacies on duty and the public libraries' service) exactly as published, in
layouts no earlier part has, beside the list's own names, addresses, communes and coordinates.

The procedure of ``held_out_30``, on another list and other layouts; earlier parts took
national numbers from registers of CL, AR, PE, CO and many others; here:

* the values are the ``telefono`` fields of 314 fire brigades
  (``scripts/data/pii_cl_bomberos.json``, written by ``scripts/cl_bomberos_data.py``; source
  and licence in that file): Chilean numbers
  as the list writes them, an area code in brackets or before a hyphen (``(51) 2431635``,
  ``(065) 622326``, ``053-540348``), nine digits run together (``228317349``, mobiles
  ``940123300``), the country code (``+56965710464``, ``(56-71) 2214402``), and second lines
  after a hyphen, slash or comma, some with their area code, some without (``(45) 711619 -
  715467``: a six-digit local line, which no person's line has in Chile's plan, stays an
  unlabelled distractor); each copy labelled;
* the text around them is the same row's real fields: the brigade's town, region, province,
  commune, street address, the communes it serves, its coordinates and its seat's commune code
  (``cutCuerpo``, ``4103``), with invented RUTs (``76.412.335-2``), folios, purchase-order codes
  (``2418-377-SE24``), UNSPSC codes (``46191601``), activity codes (``466302``), amounts in
  pesos, UUIDs and dates, unlabelled and scored;
* in layouts no earlier part has, of the brigades' own field and of Chile, text in Chilean
  Spanish: SII electronic tax documents (DTE XML, a Factura Electrónica ``TipoDTE`` 33 of an
  invented supplier of fire equipment with the brigade as ``Receptor``, its ``Contacto`` and a
  ``RazonRef`` repeating the number), Mercado Público (ChileCompra) API purchase-order JSON
  responses (the brigade as ``Proveedor`` of a fire-safety course to its commune's
  municipality, ``FonoContacto`` and the item's ``EspecificacionProveedor`` repeating it),
  Sahana Eden S3XML exports of a ``fire_station`` record (``<data field="phone">`` and a
  ``comments`` field repeating it) and Waze for Cities CIFS feeds (two ``ROAD_CLOSED``
  incidents around the brigade's station, each ``description`` giving the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_189.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_cl_bomberos.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_189.jsonl.gz"
SPLIT = "held_out_189"

LAYOUTS = ("sii_dte", "mercadopublico_oc", "sahana_s3xml", "waze_cifs")
PHONE = "telefono"
CHILE = dt.timezone(dt.timedelta(hours=-4))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers of fire equipment (no real firm is meant)
SUPPLIERS = (
    ("EQUIPOS CONTRA INCENDIO AUSTRAL SPA", "Av. Los Carrera 1420", "Concepción"),
    ("PROTECCION Y RESCATE ANDINO LIMITADA", "Av. Vicuña Mackenna 3310", "San Joaquín"),
    ("EXTINTORES DEL PACIFICO SPA", "Calle Blanco 955", "Valparaíso"),
    ("SUMINISTROS BOMBERILES DEL SUR LTDA", "Av. Alemania 0671", "Temuco"),
    ("SEGURIDAD INDUSTRIAL NORTE GRANDE SPA", "Av. Argentina 2240", "Antofagasta"),
)  # fmt: skip
ITEMS = (
    ("MANGUERA DOBLE CHAQUETA 52 MM X 15 M", "Con uniones storz de aluminio", 148900),
    ("CASCO ESTRUCTURAL NFPA 1971", "Color amarillo, con protector de nuca", 389000),
    ("BOTAS ESTRUCTURALES DE CUERO", "Certificadas NFPA 1971, tallas surtidas", 312500),
    ("LINTERNA DE CASCO LED RECARGABLE", "Con cargador vehicular", 54990),
    ("RECARGA EXTINTOR PQS 6 KG", "Incluye mantención y sello de garantía", 12500),
    ("GUANTES ESTRUCTURALES", "Par, cuero y barrera de humedad", 68900),
    ("PITON REGULABLE 52 MM", "Caudal ajustable 115-475 LPM", 276000),
)  # fmt: skip
# invented courses a brigade gives a municipality's staff
COURSES = (
    "Curso de uso y manejo de extintores para funcionarios municipales",
    "Capacitación en prevención de incendios y plan de evacuación",
    "Taller de primeros auxilios y uso de red húmeda",
    "Simulacro de evacuación del edificio consistorial",
)  # fmt: skip
CLOSURES = (
    "ejercicio de entrenamiento de compañías",
    "desfile aniversario del cuerpo",
    "ejercicio de rescate vehicular",
    "ceremonia de juramento de nuevos voluntarios",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def brigade(row: dict[str, Any]) -> str:
    """The brigade's name, its town after ``Cuerpo de Bomberos de`` (``Metropolitano Sur``
    without the ``de``)."""
    town = _f(row, "nombre")
    return f"Cuerpo de Bomberos {'' if town.startswith('Metropolitano') else 'de '}{town}"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+56``, ``(56-71)``)."""
    return value.lstrip("(").startswith(("+", "56"))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Chile's standard time, UTC-4)."""
    start = dt.datetime(2024, 1, 8, 8, 30, tzinfo=CHILE)
    return start + dt.timedelta(seconds=rng.randint(0, 320 * 86400))


def _rut(rng: random.Random, low: int, high: int, *, dots: bool) -> str:
    """An invented RUT with its check digit (modulo 11, ``K`` for 10), ``76412335-2`` or
    ``76.412.335-2``."""
    body = rng.randint(low, high)
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(str(body))))
    check = {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11))
    digits = f"{body:,}".replace(",", ".") if dots else str(body)
    return f"{digits}-{check}"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _served(row: dict[str, Any]) -> str:
    """The communes the brigade serves, as the list gives them."""
    return _f(row, "comunasAtendidas")


def sii_dte(row: dict[str, Any], rng: random.Random) -> str:
    """An SII electronic tax document (DTE XML, schema ``SiiDte``): a Factura Electrónica
    (``TipoDTE`` 33) of an invented supplier of fire equipment, the brigade as ``Receptor``
    (an invented RUT, its name, ``Contacto`` with its number, address and commune), one to
    three ``Detalle`` lines, ``Totales`` with 19 % IVA, a ``Referencia`` to the brigade's
    purchase order whose ``RazonRef`` repeats the number, and the signature's timestamp."""
    tel = phone(row)
    when = _when(rng)
    folio = rng.randint(1200, 98000)
    supplier, street, city = rng.choice(SUPPLIERS)
    lines, net = [], 0
    for i, (item, detail, price) in enumerate(rng.sample(ITEMS, rng.randint(1, 3)), 1):
        qty = rng.randint(1, 12)
        net += qty * price
        lines += [
            "    <Detalle>",
            f"      <NroLinDet>{i}</NroLinDet>",
            "      <CdgItem>",
            "        <TpoCodigo>INT1</TpoCodigo>",
            f"        <VlrCodigo>{rng.choice('ABCEMPR')}{rng.randint(100, 9999)}</VlrCodigo>",
            "      </CdgItem>",
            f"      <NmbItem>{item}</NmbItem>",
            f"      <DscItem>{_x(detail)}</DscItem>",
            f"      <QtyItem>{qty}</QtyItem>",
            "      <UnmdItem>UN</UnmdItem>",
            f"      <PrcItem>{price}</PrcItem>",
            f"      <MontoItem>{qty * price}</MontoItem>",
            "    </Detalle>",
        ]
    iva = round(net * 0.19)
    oc = rng.randint(10, 480)
    lines = [
        '<?xml version="1.0" encoding="ISO-8859-1"?>',
        '<DTE xmlns="http://www.sii.cl/SiiDte" version="1.0">',
        f'  <Documento ID="F{folio}T33">',
        "    <Encabezado>",
        "      <IdDoc>",
        "        <TipoDTE>33</TipoDTE>",
        f"        <Folio>{folio}</Folio>",
        f"        <FchEmis>{when:%Y-%m-%d}</FchEmis>",
        "        <FmaPago>2</FmaPago>",
        f"        <FchVenc>{when + dt.timedelta(days=30):%Y-%m-%d}</FchVenc>",
        "      </IdDoc>",
        "      <Emisor>",
        f"        <RUTEmisor>{_rut(rng, 76000000, 77999999, dots=False)}</RUTEmisor>",
        f"        <RznSoc>{supplier}</RznSoc>",
        "        <GiroEmis>VENTA DE EQUIPOS DE PROTECCION Y COMBATE DE INCENDIOS</GiroEmis>",
        f"        <Acteco>{rng.choice(('466302', '469000', '477399'))}</Acteco>",
        f"        <DirOrigen>{_x(street)}</DirOrigen>",
        f"        <CmnaOrigen>{_x(city)}</CmnaOrigen>",
        f"        <CiudadOrigen>{_x(city)}</CiudadOrigen>",
        "      </Emisor>",
        "      <Receptor>",
        f"        <RUTRecep>{_rut(rng, 70000000, 72999999, dots=False)}</RUTRecep>",
        f"        <RznSocRecep>{_x(brigade(row).upper())}</RznSocRecep>",
        "        <GiroRecep>SERVICIO DE BOMBEROS</GiroRecep>",
        f"        <Contacto>{tel}</Contacto>",
        f"        <DirRecep>{_x(_f(row, 'direccion'))}</DirRecep>",
        f"        <CmnaRecep>{_x(_f(row, 'comuna'))}</CmnaRecep>",
        f"        <CiudadRecep>{_x(_f(row, 'provincia'))}</CiudadRecep>",
        "      </Receptor>",
        "      <Totales>",
        f"        <MntNeto>{net}</MntNeto>",
        "        <TasaIVA>19</TasaIVA>",
        f"        <IVA>{iva}</IVA>",
        f"        <MntTotal>{net + iva}</MntTotal>",
        "      </Totales>",
        "    </Encabezado>",
        *lines,
        "    <Referencia>",
        "      <NroLinRef>1</NroLinRef>",
        "      <TpoDocRef>801</TpoDocRef>",
        f"      <FolioRef>{oc}</FolioRef>",
        f"      <FchRef>{when - dt.timedelta(days=rng.randint(3, 20)):%Y-%m-%d}</FchRef>",
        f"      <RazonRef>Despacho al cuartel, coordinar al {tel}</RazonRef>",
        "    </Referencia>",
        f"    <TmstFirma>{when + dt.timedelta(minutes=rng.randint(1, 50)):%Y-%m-%dT%H:%M:%S}"
        "</TmstFirma>",
        "  </Documento>",
        "</DTE>",
        "",
    ]
    return "\n".join(lines)


def mercadopublico_oc(row: dict[str, Any], rng: random.Random) -> str:
    """A Mercado Público (ChileCompra) API purchase-order response (``ordenesdecompra.json``,
    ``Version`` v1) as the API returns it, one line: the commune's municipality as
    ``Comprador`` (invented codes and RUT, no contact given), the brigade as ``Proveedor``
    (its name, address, commune, region and ``FonoContacto``), ``Fechas``, totals, and one
    item, a course, whose ``EspecificacionProveedor`` repeats the number."""
    tel = phone(row)
    when = _when(rng)
    org = rng.randint(1100, 7900)
    code = f"{org}-{rng.randint(20, 990)}-SE{when:%y}"
    net = rng.choice((180000, 240000, 320000, 450000, 600000))
    commune = _f(row, "comuna")
    stamp = "%Y-%m-%dT%H:%M:%S.%f"
    order = {
        "Codigo": code,
        "Nombre": rng.choice(COURSES),
        "CodigoEstado": 6,
        "Estado": "Aceptada",
        "CodigoLicitacion": "",
        "Descripcion": f"Servicio prestado por {brigade(row)} en la comuna de {commune}.",
        "CodigoTipo": 8,
        "Tipo": "SE",
        "TipoMoneda": "CLP",
        "CodigoEstadoProveedor": 4,
        "EstadoProveedor": "Aceptada",
        "Fechas": {
            "FechaCreacion": f"{when:{stamp}}"[:-3],
            "FechaEnvio": f"{when + dt.timedelta(hours=2):{stamp}}"[:-3],
            "FechaAceptacion": f"{when + dt.timedelta(days=rng.randint(1, 5)):{stamp}}"[:-3],
            "FechaCancelacion": None,
            "FechaUltimaModificacion": f"{when + dt.timedelta(days=6):{stamp}}"[:-3],
        },
        "TieneItems": "1",
        "PromedioCalificacion": 0.0,
        "CantidadEvaluacion": 0,
        "Descuentos": 0.0,
        "Cargos": 0.0,
        "TotalNeto": float(net),
        "PorcentajeIva": 0.0,
        "Impuestos": 0.0,
        "Total": float(net),
        "Financiamiento": "",
        "Pais": "CL",
        "TipoDespacho": "7",
        "FormaPago": "2",
        "Comprador": {
            "CodigoOrganismo": str(org),
            "NombreOrganismo": f"I MUNICIPALIDAD DE {commune.upper()}",
            "RutUnidad": _rut(rng, 69000000, 69999999, dots=True),
            "CodigoUnidad": str(rng.randint(1000, 9999)),
            "NombreUnidad": "Departamento de Adquisiciones",
            "Actividad": "ADMINISTRACION PUBLICA",
            "DireccionUnidad": "",
            "ComunaUnidad": commune,
            "RegionUnidad": f"Región de {_f(row, 'region')}",
            "Pais": "CL",
            "NombreContacto": "",
            "CargoContacto": "",
            "FonoContacto": "",
            "MailContacto": "",
        },
        "Proveedor": {
            "Codigo": str(rng.randint(10000, 99999)),
            "Nombre": brigade(row).upper(),
            "Actividad": "SERVICIOS DE BOMBEROS",
            "CodigoSucursal": str(rng.randint(100000, 999999)),
            "NombreSucursal": "Casa Matriz",
            "RutSucursal": _rut(rng, 70000000, 72999999, dots=True),
            "Direccion": _f(row, "direccion"),
            "Comuna": commune,
            "Region": f"Región de {_f(row, 'region')}",
            "Pais": "Chile",
            "NombreContacto": "Secretaría General",
            "CargoContacto": "Secretaría",
            "FonoContacto": tel,
            "MailContacto": "",
        },
        "Items": {
            "Cantidad": 1,
            "Listado": [
                {
                    "Correlativo": 1,
                    "CodigoCategoria": 86101700,
                    "Categoria": "Servicios educativos y de formación / Formación profesional",
                    "CodigoProducto": rng.choice((86101710, 86101705, 46191601)),
                    "EspecificacionComprador": "Según cotización",
                    "EspecificacionProveedor": "Instructores del cuerpo; coordinar fecha al "
                    f"{tel} (comunas atendidas: {_served(row)})",
                    "Cantidad": 1.0,
                    "Unidad": "Unidad",
                    "Moneda": "CLP",
                    "PrecioNeto": float(net),
                    "TotalCargos": 0.0,
                    "TotalDescuentos": 0.0,
                    "TotalImpuestos": 0.0,
                    "Total": float(net),
                }
            ],
        },
    }
    response = {
        "Cantidad": 1,
        "FechaCreacion": f"{when + dt.timedelta(days=9):{stamp}}"[:-3],
        "Version": "v1",
        "Listado": [order],
    }
    return json.dumps(response, ensure_ascii=False) + "\n"


def _uuid(rng: random.Random) -> str:
    return f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}"


def sahana_s3xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Sahana Eden S3XML export of one ``fire_station`` record (the ``fire`` module): the
    brigade as ``organisation_id`` reference, its address as ``location_id`` reference with the
    list's coordinates, ``name``, ``code`` (the seat's commune code), ``facility_type``,
    ``phone`` with the number, and ``comments`` repeating it beside the communes served."""
    tel = phone(row)
    when = _when(rng)
    lat, lon = _f(row, "latitud"), _f(row, "longitud")
    place = f"{_f(row, 'direccion')}, {_f(row, 'comuna')}"
    comments = f"Comunas atendidas: {_served(row)}. Central de alarmas: {tel}."
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<s3xml success="true" results="1" start="0" limit="1" '
        'domain="sahana.bomberos-regional.cl" url="https://sahana.bomberos-regional.cl/eden" '
        f'latmin="{lat}" latmax="{lat}" lonmin="{lon}" lonmax="{lon}">',
        f'  <resource name="fire_station" uuid="{_uuid(rng)}" '
        f'created_on="{when:%Y-%m-%dT%H:%M:%S}" '
        f'modified_on="{when + dt.timedelta(days=rng.randint(1, 40)):%Y-%m-%dT%H:%M:%S}" mci="0">',
        f'    <reference field="organisation_id" resource="org_organisation" uuid="{_uuid(rng)}">'
        f"{_x(brigade(row))}</reference>",
        f'    <reference field="location_id" resource="gis_location" uuid="{_uuid(rng)}" '
        f"lat={quoteattr(lat)} lon={quoteattr(lon)}>{_x(place)}</reference>",
        f'    <data field="name">Cuartel General {_x(_f(row, "nombre"))}</data>',
        f'    <data field="code">CB-{_f(row, "cutCuerpo")}</data>',
        '    <data field="facility_type" value="1">Estación de bomberos</data>',
        f'    <data field="phone">{tel}</data>',
        '    <data field="obsolete" value="false">False</data>',
        f'    <data field="comments">{_x(comments)}</data>',
        "  </resource>",
        "</s3xml>",
        "",
    ]
    return "\n".join(lines)


def _iso(when: dt.datetime) -> str:
    """``when`` in ISO 8601 with its offset (``2024-08-01T10:00:00-04:00``)."""
    return when.isoformat(timespec="seconds")


def waze_cifs(row: dict[str, Any], rng: random.Random) -> str:
    """A Waze for Cities CIFS feed (``cifsv2.xsd``) the brigade publishes: two
    ``ROAD_CLOSED`` incidents on its station's street, one day after the other, each with
    ``source`` (a reference and the brigade's name), a ``description`` giving the number, the
    street, a two-point ``polyline`` beside the list's coordinates, direction and times."""
    tel = phone(row)
    when = _when(rng).replace(hour=rng.choice((9, 10, 11, 15, 16)), minute=0, second=0)
    lat, lon = float(_f(row, "latitud")), float(_f(row, "longitud"))
    what = rng.choice(CLOSURES)
    street = _f(row, "direccion")
    incidents = []
    for day in range(2):
        start = when + dt.timedelta(days=day)
        ref = f"CB{_f(row, 'cutCuerpo')}-{start:%Y%m%d}"
        line = f"{lat:.6f} {lon:.6f} {lat + rng.uniform(-9, 9) / 10000:.6f} " + (
            f"{lon + rng.uniform(-9, 9) / 10000:.6f}"
        )
        text = (
            f"Cierre por {what} ({'jornada ' + str(day + 1)}) frente al cuartel de {street}. "
            f"Consultas al {tel}."
        )
        incidents += [
            f'  <incident id="{ref}">',
            f"    <creationtime>{_iso(start - dt.timedelta(days=3))}</creationtime>",
            f"    <updatetime>{_iso(start - dt.timedelta(hours=2))}</updatetime>",
            "    <source>",
            f"      <reference>{ref}</reference>",
            f"      <name>{_x(brigade(row))}</name>",
            "    </source>",
            "    <type>ROAD_CLOSED</type>",
            "    <subtype>ROAD_CLOSED_EVENT</subtype>",
            f"    <description>{_x(text)}</description>",
            "    <location>",
            f"      <street>{_x(street)}</street>",
            f"      <polyline>{line}</polyline>",
            "      <direction>BOTH_DIRECTIONS</direction>",
            "    </location>",
            f"    <starttime>{_iso(start)}</starttime>",
            f"    <endtime>{_iso(start + dt.timedelta(hours=rng.randint(2, 5)))}</endtime>",
            "  </incident>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<incidents xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://www.gstatic.com/road-incidents/cifsv2.xsd">',
        *incidents,
        "</incidents>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sii_dte": sii_dte,
    "mercadopublico_oc": mercadopublico_oc,
    "sahana_s3xml": sahana_s3xml,
    "waze_cifs": waze_cifs,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
