"""held_out_29 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Peru) exactly as its public body published them, in layouts no earlier part
has, beside the country's own identifiers.

The procedure of ``held_out_27``, on another register and other layouts; ``held_out_11`` to
``held_out_27`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT and PH; here:

* the values are the phone fields of Peru's operational public hospitals in the Ministry of
  Health's IPRESS registry (``scripts/data/pii_pe_ipress.json``, written by
  ``scripts/pe_ipress_hospitals_data.py``; source and licence in that file): numbers as each
  establishment entered them, in many shapes (``051-562013``, ``01-2171818``, ``072 -
  592024``, ``(51) 1-6138282``, ``TEL: 044-446254``, ``5374552 / 5374316 /5374313``,
  ``949957396``), each number of each copy labelled; the country is the register's; the
  register has no e-mail column, so the part labels no address;
* the text around them is the same row's real fields: the establishment's unique code
  (``2941``), the UBIGEO of its district (``210201``), the codes of its DISA, network and
  executing unit, its categorisation resolution, its start of activity (``07/01/1977``), its
  coordinates, altitude and beds, with invented place ids, message ids, item dates and row
  numbers, unlabelled and scored;
* in layouts no earlier part has: a Google Maps Places API Place Details answer (JSON, the
  field as ``formatted_phone_number``), an RSS 2.0 feed item of a regional health directorate
  whose ``<description>`` is HTML in a CDATA section (captions in Spanish), a SOAP 1.1
  response of a registry web service (``consultarIpressResponse``, Spanish element names),
  and a Microsoft Access table exported as text with its formatting (rows framed by ``|`` and
  lines of dashes, Spanish column names).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_29.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pe_ipress.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_29.jsonl.gz"
SPLIT = "held_out_29"

LAYOUTS = ("places_details_json", "rss_item_cdata", "soap_ipress_response", "access_text_export")
PHONE = "Teléfono"
DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented time of the months after the register's copy (September 2025)."""
    day = datetime.date(2025, 10, 1) + datetime.timedelta(days=rng.randint(0, 140))
    return datetime.datetime(
        day.year, day.month, day.day, rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59)
    )


def _title(value: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in value.split(" "))


def _beds(row: dict[str, Any]) -> str:
    """The beds as a whole number (``45.0`` -> ``45``), "" if none."""
    return re.sub(r"\.0$", "", _f(row, "CAMAS"))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field labelled (each number in it by
    ``labelled_record``). Each copy stands apart (no digit next to it), so a copy is never part
    of another value."""
    value = phone(row)
    return phone_copies(text, value, PHONE, row["path"])


def places_details_json(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as the Google Maps Places API answers a Place Details request
    (``/maps/api/place/details/json``): pretty-printed JSON with ``html_attributions``, the
    ``result`` (address components with the district, province and department, the phone field
    as ``formatted_phone_number``, the location, the place id and plus code, the types) and
    ``status``; the registry's codes in the editorial summary a local guide wrote."""
    lat, lng = _f(row, "ESTE"), _f(row, "NORTE")  # the file swaps the two column names
    place_id = "ChIJ" + "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        for _ in range(23)
    )
    components = [
        {"long_name": _title(_f(row, k)), "short_name": _title(_f(row, k)), "types": t}
        for k, t in (
            ("Distrito", ["locality", "political"]),
            ("Provincia", ["administrative_area_level_2", "political"]),
            ("DEPARTAMENTO", ["administrative_area_level_1", "political"]),
        )
    ]
    components.append({"long_name": "Perú", "short_name": "PE", "types": ["country", "political"]})
    address = f"{_title(_f(row, 'Dirección'))}, {_title(_f(row, 'Distrito'))}, Perú"
    result = {
        "address_components": components,
        "business_status": "OPERATIONAL",
        "editorial_summary": {
            "language": "es",
            "overview": f"Establecimiento {_f(row, 'Categoría')} del "
            f"{_title(_f(row, 'Institucion'))}, código IPRESS {_f(row, 'Codigo Unico')}, "
            f"ubigeo {_f(row, 'UBIGEO')}.",
        },
        "formatted_address": address,
        "formatted_phone_number": phone(row),
        "geometry": {"location": {"lat": float(lat), "lng": float(lng)}},
        "name": _title(_f(row, "Nombre del establecimiento")),
        "place_id": place_id,
        "rating": round(rng.uniform(2.8, 4.7), 1),
        "types": ["hospital", "health", "point_of_interest", "establishment"],
        "user_ratings_total": rng.randint(12, 4800),
        "utc_offset": -300,
    }
    return json.dumps({"html_attributions": [], "result": result, "status": "OK"}, indent=4,
                      ensure_ascii=False) + "\n"  # fmt: skip


def _rfc822(at: datetime.datetime) -> str:
    return (
        f"{DAYS_EN[at.weekday()]}, {at.day:02d} {MONTHS_EN[at.month - 1]} {at.year} "
        f"{at:%H:%M:%S} -0500"
    )


def rss_item_cdata(row: dict[str, Any], rng: random.Random) -> str:
    """An RSS 2.0 feed of a regional health directorate with one item announcing the
    hospital's hours: the channel's title, link and language, the item's title, link, guid and
    ``pubDate``, its ``<description>`` HTML in a CDATA section with captions in Spanish (the
    establishment's code, category, address, UBIGEO, phone, hours, beds, start of activity)."""
    at = _moment(rng)
    slug = re.sub(r"[^a-z0-9]+", "-", _f(row, "Nombre del establecimiento").lower()).strip("-")
    post = rng.randint(1000, 9999)
    site = f"https://www.diresa{_f(row, 'DEPARTAMENTO').lower().replace(' ', '')}.gob.pe"
    link = f"{site}/noticias/{post}-{slug}"
    lines = [
        f"<p>El <strong>{_title(_f(row, 'Nombre del establecimiento'))}</strong> "
        f"(código IPRESS {_f(row, 'Codigo Unico')}, categoría {_f(row, 'Categoría')}) "
        "informa su horario de atención.</p>",
        "<ul>",
        f"<li>Dirección: {_f(row, 'Dirección')} – {_f(row, 'Distrito')}, {_f(row, 'Provincia')}"
        f" (ubigeo {_f(row, 'UBIGEO')})</li>",
        f"<li>Teléfono: {phone(row)}</li>",
        f"<li>Horario: {_f(row, 'Horario') or 'consultar'}</li>",
    ]
    if _beds(row):
        lines.append(f"<li>Camas de hospitalización: {_beds(row)}</li>")
    if _f(row, "Inicio de Actividad"):
        lines.append(f"<li>Inicio de actividades: {_f(row, 'Inicio de Actividad')}</li>")
    lines.append("</ul>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0">\n'
        "<channel>\n"
        f"<title>DIRESA {_title(_f(row, 'DEPARTAMENTO'))} – Noticias</title>\n"
        f"<link>{escape(link.rsplit('/', 1)[0])}</link>\n"
        "<description>Notas de prensa de la Dirección Regional de Salud</description>\n"
        "<language>es-PE</language>\n"
        f"<lastBuildDate>{_rfc822(at)}</lastBuildDate>\n"
        "<item>\n"
        f"<title>{escape(_title(_f(row, 'Nombre del establecimiento')))}: horario de atención"
        "</title>\n"
        f"<link>{escape(link)}</link>\n"
        f'<guid isPermaLink="false">diresa-{post}</guid>\n'
        f"<pubDate>{_rfc822(at)}</pubDate>\n"
        f"<description><![CDATA[{''.join(lines)}]]></description>\n"
        "</item>\n"
        "</channel>\n"
        "</rss>\n"
    )


def soap_ipress_response(row: dict[str, Any], rng: random.Random) -> str:
    """A SOAP 1.1 response of a registry web service to ``consultarIpress``: the envelope,
    a header with an invented message id, the body's ``consultarIpressResponse`` whose
    ``return`` holds the establishment's fields under Spanish element names (its code, name,
    category, UBIGEO, DISA, network and executing unit codes, address, phone, start of
    activity, beds), pretty-printed."""
    fields = [
        ("codigoUnico", _f(row, "Codigo Unico")),
        ("nombre", _f(row, "Nombre del establecimiento")),
        ("institucion", _f(row, "Institucion")),
        ("clasificacion", _f(row, "Clasificación")),
        ("categoria", _f(row, "Categoría")),
        ("ubigeo", _f(row, "UBIGEO")),
        ("departamento", _f(row, "DEPARTAMENTO")),
        ("provincia", _f(row, "Provincia")),
        ("distrito", _f(row, "Distrito")),
        ("direccion", _f(row, "Dirección")),
        ("codigoDisa", _f(row, "Código DISA")),
        ("codigoRed", _f(row, "Código Red")),
        ("codigoUe", _f(row, "Código UE")),
        ("telefono", phone(row)),
        ("nroDocCategorizacion", _f(row, "Nro.Doc.Categorización")),
        ("inicioActividad", _f(row, "Inicio de Actividad")),
        ("estado", _f(row, "ESTADO")),
        ("condicion", _f(row, "Condición")),
        ("camas", _beds(row)),
    ]
    body = "\n".join(
        f"            <{tag}>{escape(value)}</{tag}>" if value else f"            <{tag}/>"
        for tag, value in fields
    )
    message = "uuid:" + "-".join(f"{rng.getrandbits(b):0{b // 4}x}" for b in (32, 16, 16, 16, 48))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n'
        "    <soap:Header>\n"
        '        <wsa:MessageID xmlns:wsa="http://www.w3.org/2005/08/addressing">'
        f"{message}</wsa:MessageID>\n"
        "    </soap:Header>\n"
        "    <soap:Body>\n"
        '        <ns2:consultarIpressResponse xmlns:ns2="http://ws.renipress.salud.gob.pe/">\n'
        "        <return>\n"
        f"{body}\n"
        "        </return>\n"
        "        </ns2:consultarIpressResponse>\n"
        "    </soap:Body>\n"
        "</soap:Envelope>\n"
    )


def access_text_export(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital's row of a Microsoft Access table exported as text with its formatting
    ("Export > Text File > Export data with formatting and layout"): a line of dashes, the
    column names between ``|`` padded to each column's width, another line of dashes, the
    row, a closing line; the columns in Spanish (row number, code, name, UBIGEO, phone, DISA,
    category, start of activity, beds)."""
    cells = [
        ("Nº", str(rng.randint(1, 9000))),
        ("Cod_IPRESS", _f(row, "Codigo Unico")),
        ("Establecimiento", _f(row, "Nombre del establecimiento")),
        ("Ubigeo", _f(row, "UBIGEO")),
        ("Distrito", _f(row, "Distrito")),
        ("Telefono", phone(row)),
        ("Disa", _f(row, "DISA")),
        ("Categoria", _f(row, "Categoría")),
        ("Inicio_Act", _f(row, "Inicio de Actividad")),
        ("Camas", _beds(row)),
    ]
    widths = [max(len(h), len(v)) + 1 for h, v in cells]
    rule = "-" * (sum(w + 2 for w in widths) + 1)
    head = "|" + "|".join(f" {h:<{w}}" for (h, _), w in zip(cells, widths, strict=True)) + "|"
    line = "|" + "|".join(f" {v:<{w}}" for (_, v), w in zip(cells, widths, strict=True)) + "|"
    return "\r\n".join([rule, head, rule, line, rule, "", ""])


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "places_details_json": places_details_json,
    "rss_item_cdata": rss_item_cdata,
    "soap_ipress_response": soap_ipress_response,
    "access_text_export": access_text_export,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
