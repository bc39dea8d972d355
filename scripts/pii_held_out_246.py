"""held_out_246 of the PII evaluation set: real phone fields of a register no earlier part used
(Argentina's cinemas, the salas de cine of INCAA and the Ministry of Culture's SInCA in the
cultural map; Argentina's earlier parts took hospital lists, CONABIP's popular libraries and the
map's museums) exactly as published, in layouts no earlier part has, beside the list's own
names, addresses, postcodes, coordinates, screens and seats.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of AR (a vaccination app's hospitals, Buenos Aires city's
hospitals, CONABIP's popular libraries, the cultural map's museums), BR, CL, CO, MX and many
others; here:

* the values are the ``Teléfono`` fields of 189 cinemas (``scripts/data/pii_ar_incaa_cinemas.json``,
  written by ``scripts/ar_incaa_cinemas_data.py``; source and licence in that file): the
  subscriber's number as the list writes it, seven or eight digits with no separator
  (``4632908``, ``57771000``), its area code (característica) in the list's other column
  ``cod_area`` and never joined to it (``s/d`` there, where the list has none, is written as an
  empty area code in the layouts' own area-code fields and left out of the prose), each copy
  labelled;
* the text around them is the same row's real fields: the name, street address, postcode
  (``4700``), locality, department and province, the area code, coordinates, kind of
  management, screens, seats and web page, with invented listing ids, prices, CUITs, account,
  contract and delivery-note numbers, parcel sizes, weights and declared values, dates and times,
  unlabelled and scored;
* in layouts no earlier part has, formats of Argentina and of the cinemas' own field, text in
  Argentine Spanish: Mercado Libre ``POST /items`` bodies of a classified listing (the hall
  rented for events, ``buying_mode`` ``classified``: the number as ``seller_contact.phone``
  beside its ``area_code``, the ``description.plain_text`` repeating it), OCA e-Pak
  ``IngresoORMultiplesRetiros`` XML (``ROWS``/``cabecera``/``origenes``: a film distributor's
  pick-up of posters for the cinema as ``destinatario``, the number as its ``telefono`` and again
  in its ``observaciones``), Andreani API v2 ``ordenes-de-envio`` request bodies (the cinema as
  ``destinatario`` with the number under ``telefonos``, a parcel's ``referencias`` repeating it)
  and Final Draft ``.fdx`` screenplays of an invented documentary (the title page's contact
  block, an action line and a line of dialogue giving the number, ``SmartType`` lists).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_246.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ar_incaa_cinemas.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_246.jsonl.gz"
SPLIT = "held_out_246"

LAYOUTS = ("mercadolibre_item", "oca_epak_xml", "andreani_orden", "final_draft_fdx")
PHONE = "Teléfono"
NONE = "s/d"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented occasions and shipments (no real event, film or distributor is meant)
EVENTS = (
    "cumpleaños infantiles", "presentaciones de empresa", "funciones privadas",
    "ciclos escolares", "avant premières", "jornadas de capacitación",
)  # fmt: skip
CONTENTS = (
    "afiches y banners de estreno", "material de prensa y afiches",
    "gráfica de preventa y standees", "folletería del ciclo de cine nacional",
)  # fmt: skip
DISTRIBUTORS = (
    "Distribuidora Fotograma S.R.L.", "Cinemateca del Sur S.A.", "Estrenos Pampa S.R.L.",
    "Travelling Distribución S.A.",
)  # fmt: skip
ORIGINS = (
    ("Av. Corrientes", "1847", "1045"), ("Lavalle", "1527", "1048"),
    ("Av. Belgrano", "972", "1092"), ("Tucumán", "1581", "1050"),
)  # fmt: skip
PURPOSES = (
    "confirmar la fecha de la función", "coordinar la entrega de los afiches",
    "reservar la sala para el rodaje", "pedir los horarios de la semana",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _given(row: dict[str, Any], key: str) -> str:
    """A field as published, "" where the list has ``s/d`` (sin dato)."""
    value = _f(row, key)
    return "" if value.lower() == NONE else value


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none in this list is)."""
    return value.lstrip("(").startswith(("+", "00", "54 "))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Argentina's time, UTC-3)."""
    start = dt.datetime(2024, 2, 5, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _area(row: dict[str, Any]) -> str:
    """``, característica 388`` where the row has an area code, else ""."""
    code = _given(row, "cod_area")
    return f", característica {code}" if code else ""


def _place(row: dict[str, Any]) -> str:
    """The locality and province, as one line."""
    return ", ".join(p for p in (_f(row, "Localidad"), _f(row, "Provincia")) if p)


def _cuit(rng: random.Random, kind: str = "30") -> str:
    """An invented CUIT with a valid check digit (``30-71234567-1``)."""
    while True:
        body = f"{kind}{rng.randint(50000000, 71999999)}"
        total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
        check = (11 - total % 11) % 11
        if check < 10:
            return f"{body[:2]}-{body[2:]}-{check}"


def _coord(value: str) -> float | None:
    """A coordinate of the list as a JSON number, None where it has none."""
    try:
        return float(value)
    except ValueError:
        return None


def _seats(row: dict[str, Any]) -> str:
    """``3 pantallas y 820 butacas`` as far as the list says."""
    screens, seats = _given(row, "Pantallas"), _given(row, "Butacas")
    parts = []
    if screens:
        parts.append(f"{screens} pantalla{'s' if screens != '1' else ''}")
    if seats:
        parts.append(f"{seats} butacas")
    return " y ".join(parts) or "una sala"


def _picture(rng: random.Random) -> str:
    """An invented picture address on Mercado Libre's image host."""
    image = f"{rng.randint(600000, 999999)}-MLA{rng.randint(70000000000, 79999999999)}"
    return f"https://http2.mlstatic.com/D_NQ_NP_{image}_{rng.randint(1, 12):02d}2024-O.jpg"


def mercadolibre_item(row: dict[str, Any], rng: random.Random) -> str:
    """A Mercado Libre ``POST /items`` body of a classified listing in site MLA: the hall
    rented for events (an invented price in ARS), ``seller_contact`` with the area code and the
    number and the web page, the ``location`` as the list gives it (street, postcode, locality,
    department, province, coordinates), attributes of screens and seats, and a
    ``description.plain_text`` repeating the number."""
    name, tel = _f(row, "Nombre"), phone(row)
    first, second = rng.sample(EVENTS, 2)
    text = (
        f"Alquilamos {name} para {first} y {second}. "
        f"Contamos con {_seats(row)}, proyección digital y sonido envolvente.\n"
        f"Dirección: {_f(row, 'Dirección')}, {_place(row)}.\n"
        f"Consultas y reservas al {tel}{_area(row)}, de martes a domingo.\n"
        "Precio por función de hasta 3 horas."
    )
    location: dict[str, Any] = {
        "address_line": _f(row, "Dirección"),
        "zip_code": _given(row, "CP"),
        "neighborhood": {"name": _f(row, "Localidad")},
        "city": {"name": _f(row, "Departamento")},
        "state": {"name": _f(row, "Provincia")},
        "country": {"id": "AR", "name": "Argentina"},
    }
    lat, lon = _coord(_f(row, "Latitud")), _coord(_f(row, "Longitud"))
    if lat is not None and lon is not None:
        location |= {"latitude": lat, "longitude": lon}
    attributes = [{"id": "PROPERTY_TYPE", "value_name": "Sala de cine"}]
    if _given(row, "Butacas"):
        attributes.append({"id": "CAPACITY", "value_name": _given(row, "Butacas")})
    if _given(row, "Pantallas"):
        attributes.append({"id": "SCREENS", "value_name": _given(row, "Pantallas")})
    body = {
        "title": f"Alquiler de sala para eventos - {name}"[:60],
        "category_id": "MLA1540",
        "price": rng.randint(12, 90) * 5000,
        "currency_id": "ARS",
        "available_quantity": 1,
        "buying_mode": "classified",
        "listing_type_id": rng.choice(("silver", "gold")),
        "condition": "not_specified",
        "channels": ["marketplace"],
        "description": {"plain_text": text},
        "pictures": [{"source": _picture(rng)}],
        "seller_contact": {
            "contact": name,
            "other_info": f"Administración de la sala ({_f(row, 'tipo_gestion').lower()})",
            "area_code": _given(row, "cod_area"),
            "phone": tel,
            "area_code2": "",
            "phone2": "",
            "email": "",
            "webpage": _given(row, "Web"),
        },
        "location": location,
        "attributes": attributes,
    }  # fmt: skip
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def oca_epak_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An OCA e-Pak ``IngresoORMultiplesRetiros`` ``XML_Datos`` document: the ``cabecera``
    with an invented account number, an invented film distributor's pick-up point in Buenos
    Aires (``origen``, an invented date and time band), one ``envio`` (invented operative and
    delivery-note numbers) to the cinema as ``destinatario`` (its street, locality, province,
    postcode and number, ``observaciones`` repeating the number) and its ``paquete``."""
    name, tel = _f(row, "Nombre"), phone(row)
    when = _when(rng)
    street, number, cp = rng.choice(ORIGINS)
    distributor = rng.choice(DISTRIBUTORS)
    note = f"Entregar en boletería. Avisar al {tel}{_area(row)} antes de la entrega."
    a = quoteattr
    dest = (
        f"apellido={a(name)} nombre={a('Boletería')} calle={a(_f(row, 'Dirección'))} "
        f'nro="" piso={a(_given(row, "Piso"))} depto="" localidad={a(_f(row, "Localidad"))} '
        f"provincia={a(_f(row, 'Provincia'))} cp={a(_given(row, 'CP'))} telefono={a(tel)} "
        f'email="" idci="0" celular="" observaciones={a(note)}'
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        "<ROWS>",
        f'  <cabecera ver="2.0" nrocuenta="{rng.randint(100000, 199999)}/001" />',
        "  <origenes>",
        f'    <origen calle={a(street)} nro={a(number)} piso="" depto="" cp={a(cp)} '
        'localidad="CIUDAD AUTONOMA BUENOS AIRES" provincia="CAPITAL FEDERAL" '
        f'contacto="Depósito" email="" solicitante={a(distributor)} '
        'observaciones="Retirar por la mañana" centrocosto="0" '
        f'idfranjahoraria="{rng.randint(1, 3)}" '
        f'idcentroimposicionorigen="0" fecha="{when:%Y%m%d}">',
        "      <envios>",
        f'        <envio idoperativa="{rng.randint(60000, 69999)}" '
        f'nroremito="R{rng.randint(1, 9):04d}-{rng.randint(10000000, 99999999)}">',
        f"          <destinatario {dest} />",
        "          <paquetes>",
        f'            <paquete alto="{rng.randint(8, 15)}" ancho="{rng.randint(8, 15)}" '
        f'largo="{rng.randint(70, 110)}" peso="{rng.randint(1, 6)}.{rng.randint(0, 9)}" '
        f'valor="{rng.randint(5, 40) * 1000}" cant="1" />',
        "          </paquetes>",
        "        </envio>",
        "      </envios>",
        "    </origen>",
        "  </origenes>",
        "</ROWS>",
        "",
    ]
    return "\n".join(lines)


def andreani_orden(row: dict[str, Any], rng: random.Random) -> str:
    """An Andreani API v2 ``POST /v2/ordenes-de-envio`` body: an invented contract, an
    invented distributor's ``origen`` and ``remitente`` (an invented CUIT, no phone), the
    cinema's address as ``destino.postal`` and the cinema as ``destinatario`` (an invented CUIT,
    its number under ``telefonos``), and one ``bulto`` (invented size, weight and declared
    values) whose ``referencias`` repeat the number."""
    name, tel = _f(row, "Nombre"), phone(row)
    street, number, cp = rng.choice(ORIGINS)
    distributor = rng.choice(DISTRIBUTORS)
    value = rng.randint(5, 40) * 1000
    long_cm, side = rng.randint(70, 110), rng.randint(8, 15)
    body = {
        "contrato": f"40000{rng.randint(6000, 9999)}",
        "origen": {"postal": {"codigoPostal": cp, "calle": street, "numero": number,
                              "localidad": "C.A.B.A.", "region": "AR-C", "pais": "Argentina"}},
        "destino": {"postal": {"codigoPostal": _given(row, "CP"), "calle": _f(row, "Dirección"),
                               "numero": "", "localidad": _f(row, "Localidad"),
                               "region": _f(row, "Provincia"), "pais": "Argentina",
                               "componentesDeDireccion": [
                                   {"meta": "piso", "contenido": _given(row, "Piso")}]}},
        "remitente": {"nombreCompleto": distributor, "email": "",
                      "documentoTipo": "CUIT", "documentoNumero": _cuit(rng)},
        "destinatario": [{"nombreCompleto": name, "email": "", "documentoTipo": "CUIT",
                          "documentoNumero": _cuit(rng, rng.choice(("30", "33"))),
                          "telefonos": [{"tipo": 1, "numero": tel}]}],
        "productoAEntregar": rng.choice(CONTENTS),
        "bultos": [{"kilos": round(rng.uniform(1, 6), 1), "largoCm": long_cm, "altoCm": side,
                    "anchoCm": side, "volumenCm": long_cm * side * side,
                    "valorDeclaradoSinImpuestos": value,
                    "valorDeclaradoConImpuestos": round(value * 1.21),
                    "referencias": [
                        {"meta": "idCliente", "contenido": f"EST-{rng.randint(100000, 999999)}"},
                        {"meta": "observaciones",
                         "contenido": f"Sala {name}: llamar al {tel}{_area(row)} "
                                      f"para {rng.choice(PURPOSES)}."}]}],
    }  # fmt: skip
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _para(kind: str, text: str, align: str = "") -> str:
    """One Final Draft paragraph of ``kind`` with its text."""
    at = f' Alignment="{align}"' if align else ""
    return f'    <Paragraph{at} Type="{kind}">\n      <Text>{escape(text)}</Text>\n    </Paragraph>'


def final_draft_fdx(row: dict[str, Any], rng: random.Random) -> str:
    """A Final Draft ``.fdx`` screenplay of an invented documentary on the province's
    cinemas: scene headings in the cinema's hall and box office, action lines (one with the
    number on a poster by the box office, one with the screens and seats), a producer's line on
    the phone giving the number, a transition, ``SmartType`` lists and a title page whose
    contact block gives the name, street, postcode, locality and number."""
    name, tel = _f(row, "Nombre"), phone(row)
    when = _when(rng)
    upper = name.upper()
    where = " ".join(p for p in (_given(row, "CP"), _place(row)) if p)
    content = [
        _para("Scene Heading", f"INT. {upper} - BOLETERÍA - NOCHE"),
        _para("Action", f"Un cartel escrito a mano junto a la boletería: «Reservas al {tel}»."),
        _para("Character", "PRODUCTORA"),
        _para("Parenthetical", "(al teléfono)"),
        _para("Dialogue", f"Sí, llamamos al {tel}{_area(row)} para {rng.choice(PURPOSES)}."),
        _para("Transition", "CORTE A:"),
        _para("Scene Heading", f"INT. {upper} - SALA - NOCHE"),
        _para("Action", f"La sala vacía: {_seats(row)}. El proyectorista enciende la lámpara."),
        _para("Character", "PROYECTORISTA"),
        _para("Dialogue", f"Acá se hacen {rng.choice(EVENTS)} desde hace años."),
    ]
    title = [
        _para("Title Page", f"SALAS DE {_f(row, 'Provincia').upper()}", "Center"),
        _para("Title Page", f"Episodio {rng.randint(1, 12)}", "Center"),
        _para("Title Page", "Guion de Equipo de producción", "Center"),
        _para("Title Page", f"Borrador del {when:%d/%m/%Y}", "Left"),
        _para("Title Page", f"Locación: {name}", "Left"),
        _para("Title Page", f"{_f(row, 'Dirección')}, {where}", "Left"),
        _para("Title Page", f"Tel. {tel}", "Left"),
    ]  # fmt: skip
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
        '<FinalDraft DocumentType="Script" Template="No" Version="5">',
        "  <Content>",
        *content,
        "  </Content>",
        "  <TitlePage>",
        "    <Content>",
        *(f"  {line}" for text in title for line in text.split("\n")),
        "    </Content>",
        "  </TitlePage>",
        "  <SmartType>",
        "    <Characters>",
        "      <Character>PRODUCTORA</Character>",
        "      <Character>PROYECTORISTA</Character>",
        "    </Characters>",
        "    <Locations>",
        f"      <Location>{escape(upper)}</Location>",
        "    </Locations>",
        "    <TimesOfDay>",
        "      <TimeOfDay>NOCHE</TimeOfDay>",
        "    </TimesOfDay>",
        "    <Transitions>",
        "      <Transition>CORTE A:</Transition>",
        "    </Transitions>",
        "  </SmartType>",
        "</FinalDraft>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mercadolibre_item": mercadolibre_item,
    "oca_epak_xml": oca_epak_xml,
    "andreani_orden": andreani_orden,
    "final_draft_fdx": final_draft_fdx,
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
