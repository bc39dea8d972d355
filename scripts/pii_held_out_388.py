"""held_out_388 of the PII evaluation set: real phone fields of a list no earlier part used (the
vehicle emission verification centres, verificentros, of the Valley of Mexico's programme of
verificación vehicular, in the Distrito Federal and the Estado de México; Mexico's earlier parts
took the Secretaría de Cultura's museums, INEGI's DENUE, the State of Chiapas's schools, the
municipality of Jesús María, the STPS's employment offices and Mexico City's information
officers) exactly as published, in layouts no earlier part has, beside the list's own centre
numbers, streets, colonias, delegaciones or municipalities and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefono1`` of 171 verificentros and their ``telefono2`` where the list
  gives one (``scripts/data/pii_mx_verificentros.json``, written by
  ``scripts/mx_verificentros_data.py``; source and licence in that file): the Valley's
  eight-digit local numbers of before the 2019 ten-digit dialling (``54824062``; two of seven
  digits), two or three
  of them in one field joined by ``; `` or ``, `` (``56741028; 56740790``), and the Estado de
  México's other towns with their long-distance prefix (``01(722)2716963``, ``(01591)9170220``,
  ``017222194888``), each number of a field labelled on its own wherever it stands; the list
  gives no e-mail address;
* the text around them is the same row's real fields: the centre's number in the programme
  (``9011``, ``ZU921``), its street (``PROLONGACION SN.ANTONIO 705``), colonia, delegación or
  municipality and entity (``ALVARO OBREGON, DISTRITO FEDERAL``) and coordinates
  (``19.382900``), stripped of the spaces that end two of them, with invented DENUE ids (seven
  digits, the length of a local number) and CLEE codes, RFCs, postcodes, Facturapi and
  Storyblok ids, UUIDs, YouTrack issue ids, timestamps and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Mexico's statistics and e-invoicing and of the
  tools a directory of the centres runs on, text in Spanish: answers of INEGI's DENUE API
  (``consulta/Ficha``: one establishment, its ``Telefono`` the first field as published),
  Facturapi customer objects (``GET /v2/customers/{id}``: the centre as a customer of the
  CFDI e-invoicing API, its ``phone`` the first field), Storyblok Content Delivery API answers
  (``GET /v2/cdn/stories/{slug}``: a story of a ``verificentro`` content type whose fields give
  both phone fields, and a notice that repeats the first number) and YouTrack REST answers
  (``GET /api/issues/{id}``: an issue of a network's maintenance project, its Markdown
  ``description`` giving the address and both phone fields, and a text custom field repeating
  the first).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``: each number of a field
(its pieces between ``;`` and ``,``, as ``mx_verificentros_data.numbers_of`` splits them) is
labelled whole. Each record is seeded by its own (split, locale, layout, index). Committed with
its data before it was ever scored.

    python scripts/pii_held_out_388.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from mx_verificentros_data import numbers_of
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_mx_verificentros.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_388.jsonl.gz"
SPLIT = "held_out_388"

LAYOUTS = ("denue_ficha", "facturapi_customer", "storyblok_story", "youtrack_issue")
PHONES = ("telefono1", "telefono2")
EDGES = {column: r"\d" for column in PHONES}
COLUMNS = {column: column for column in PHONES}
CDMX = dt.timezone(dt.timedelta(hours=-6))
DF = "DISTRITO FEDERAL"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented works on a centre's equipment (YouTrack issues)
WORKS = (
    "recalibración del analizador de gases",
    "cambio de la celda de oxígeno del analizador",
    "revisión del dinamómetro de la línea 2",
    "falla del lector de la cámara de placas",
    "reposición del enlace de datos con el centro de control",
)
HOURS = (
    "Lunes a sábado de 8:00 a 20:00 horas",
    "Lunes a viernes de 8:00 a 20:00 horas y sábados de 8:00 a 14:00 horas",
    "Lunes a sábado de 7:00 a 19:00 horas",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The centre's first phone field as published (one, two or three numbers)."""
    return _f(row, "telefono1")


def phone2(row: dict[str, Any]) -> str:
    """The centre's second phone field as published ("" where the list gives none)."""
    return _f(row, "telefono2")


def numbers(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, number) of each number of the row's two phone fields, as written, in order."""
    out = [(column, n) for column in PHONES for n in numbers_of(_f(row, column))]
    assert len({n for _, n in out}) == len(out), row["path"]
    return out


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each number of the row's phone fields labelled
    on its own (each copy stands apart: no digit next to it)."""
    return field_copies(text, numbers(row), EDGES, COLUMNS, row["path"])


def num(row: dict[str, Any]) -> str:
    """The centre's number in the programme (``9011``, ``ZU921``)."""
    return _f(row, "num")


def street(row: dict[str, Any]) -> str:
    """The street and number as the list writes them (``PROLONGACION SN.ANTONIO 705``)."""
    return _f(row, "calle")


def colonia(row: dict[str, Any]) -> str:
    return _f(row, "colonia")


def municipio(row: dict[str, Any]) -> str:
    """The delegación or municipality (``ALVARO OBREGON``)."""
    return _f(row, "delegacion").rsplit(", ", 1)[0]


def entidad(row: dict[str, Any]) -> str:
    """The entity as the list writes it (``DISTRITO FEDERAL``, ``ESTADO DE MEXICO``)."""
    return _f(row, "delegacion").rsplit(", ", 1)[-1]


def in_df(row: dict[str, Any]) -> bool:
    return entidad(row) == DF


def state_name(row: dict[str, Any]) -> str:
    """The entity's name today (``Ciudad de México``, ``México``)."""
    return "Ciudad de México" if in_df(row) else "México"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Mexico City time)."""
    day = dt.datetime(2024, 1, 15, tzinfo=CDMX) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 19), minutes=rng.randint(0, 59))


def _utc(moment: dt.datetime, millis: bool = True) -> str:
    """``moment`` in UTC, ISO 8601 with a ``Z`` (and milliseconds where ``millis``)."""
    utc = moment.astimezone(dt.UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}" + (f".{utc.microsecond // 1000:03d}Z" if millis else "Z")


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _postcode(row: dict[str, Any], rng: random.Random) -> str:
    """An invented postcode of the row's entity (the list gives none)."""
    return f"{rng.randint(1000, 16999):05d}" if in_df(row) else f"{rng.randint(50000, 57999)}"


def _rfc(rng: random.Random) -> str:
    """An invented RFC of a company: three letters, a date of incorporation, a homoclave."""
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))
    born = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randint(0, 6000))
    tail = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ123456789") for _ in range(2))
    return f"{letters}{born:%y%m%d}{tail}{rng.choice('0123456789A')}"


def road_type(row: dict[str, Any]) -> str:
    """DENUE's ``Tipo_vialidad`` of the street, by its first word."""
    first = street(row).split(" ", 1)[0].rstrip(".").upper()
    kinds = {"AV": "AVENIDA", "AVENIDA": "AVENIDA", "CALZ": "CALZADA", "CALZADA": "CALZADA",
             "CARRETERA": "CARRETERA", "CARR": "CARRETERA", "BLVD": "BOULEVARD",
             "BOULEVARD": "BOULEVARD", "PROLONGACION": "PROLONGACIÓN", "PROL": "PROLONGACIÓN",
             "CIRCUITO": "CIRCUITO", "VIA": "VÍA", "PERIFERICO": "PERIFÉRICO",
             "ANILLO": "ANILLO", "EJE": "EJE VIAL"}  # fmt: skip
    return kinds.get(first, "CALLE")


def denue_ficha(row: dict[str, Any], rng: random.Random) -> str:
    """An answer of INEGI's DENUE API (``GET /app/api/denue/v1/consulta/Ficha/{id}/{token}``):
    a list of one establishment with an invented ``CLEE`` (entity, municipality, SCIAN class
    541380 and an invented tail) and seven-digit ``Id``, ``Nombre`` the centre and its number,
    the class of activity and an invented size band, the street as the list writes it with
    ``Tipo_vialidad`` by its first word, the colonia, an invented postcode, ``Ubicacion`` of the
    delegación or municipality and entity, ``Telefono`` the first phone field as published, no
    mailbox or web site, and the coordinates as the list writes them."""
    ent = "09" if in_df(row) else "15"
    tail = "".join(rng.choice("0123456789") for _ in range(15))
    clee = f"{ent}{rng.randint(2, 125):03d}541380{tail}S{rng.randint(1, 9)}"
    item = {
        "CLEE": clee,
        "Id": str(rng.randint(1_000_000, 9_999_999)),
        "Nombre": f"VERIFICENTRO {num(row)}",
        "Razon_social": "",
        "Clase_actividad": "Laboratorios de pruebas",
        "Estrato": rng.choice(("6 a 10 personas", "11 a 30 personas")),
        "Tipo_vialidad": road_type(row),
        "Calle": street(row),
        "Num_Exterior": "",
        "Num_Interior": "",
        "Colonia": colonia(row),
        "CP": _postcode(row, rng),
        "Ubicacion": f"{municipio(row)}, {municipio(row).title()}, {entidad(row)}",
        "Telefono": phone(row),
        "Correo_e": "",
        "Sitio_internet": "",
        "Tipo": "Fijo",
        "Longitud": _f(row, "longitud"),
        "Latitud": _f(row, "latitud"),
        "tipo_corredor_industrial": "",
        "nom_corredor_industrial": "",
        "numero_local": "",
    }
    return _json([item])


def facturapi_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Facturapi customer object (``GET /v2/customers/{id}`` of the CFDI e-invoicing API): an
    invented id and organization, creation time, ``livemode``, the centre and its number as
    ``legal_name`` with an invented RFC and ``tax_system`` 601, no mailbox, ``phone`` the first
    phone field as published, its ``address`` (street as the list writes it, colonia, an
    invented postcode, delegación or municipality, state, ``MEX``), the CFDI use ``G03`` and an
    ``external_id`` of the centre's number."""
    when = _when(rng)
    doc = {
        "id": _hex(rng, 24),
        "organization": _hex(rng, 24),
        "created_at": _utc(when),
        "livemode": True,
        "legal_name": f"CENTRO DE VERIFICACION VEHICULAR {num(row)}",
        "tax_id": _rfc(rng),
        "tax_system": "601",
        "email": "",
        "phone": phone(row),
        "address": {
            "street": street(row),
            "exterior": "",
            "interior": "",
            "neighborhood": colonia(row),
            "zip": _postcode(row, rng),
            "city": municipio(row).title(),
            "municipality": municipio(row).title(),
            "state": state_name(row),
            "country": "MEX",
        },
        "default_invoice_use": "G03",
        "external_id": f"VER-{num(row)}",
        "sat_validated_at": None,
        "edit_link": None,
    }
    return _json(doc)


def storyblok_story(row: dict[str, Any], rng: random.Random) -> str:
    """A Storyblok Content Delivery API answer (``GET /v2/cdn/stories/{full_slug}``) of a
    directory of the centres: the story (its name, invented timestamps, id and UUID, a slug of
    the centre's number in a ``verificentros`` folder) whose ``content`` of the component
    ``verificentro`` gives the number, street, colonia, delegación or municipality, entity,
    ``telefono`` (the first phone field as published), ``telefono_alterno`` (the second, or
    ""), the coordinates, invented hours and a notice that repeats the first number; then
    ``cv``, ``rels`` and ``links``."""
    when = _when(rng)
    first = numbers_of(phone(row))[0]
    slug = f"verificentro-{num(row).lower()}"
    content = {
        "_uid": _uuid(rng),
        "component": "verificentro",
        "numero": num(row),
        "calle": street(row),
        "colonia": colonia(row),
        "delegacion_municipio": municipio(row),
        "entidad": entidad(row),
        "telefono": phone(row),
        "telefono_alterno": phone2(row),
        "latitud": _f(row, "latitud"),
        "longitud": _f(row, "longitud"),
        "horario": rng.choice(HOURS),
        "aviso": f"Para agendar tu cita de verificación llama al {first}. Presenta tu tarjeta "
        "de circulación y tu certificado anterior.",
    }
    published = when + dt.timedelta(minutes=rng.randint(5, 90))
    story = {
        "name": f"Verificentro {num(row)}",
        "created_at": _utc(when),
        "published_at": _utc(published),
        "updated_at": _utc(published),
        "id": rng.randint(400_000_000, 499_999_999),
        "uuid": _uuid(rng),
        "content": content,
        "slug": slug,
        "full_slug": f"verificentros/{slug}",
        "sort_by_date": None,
        "position": -10 * rng.randint(1, 400),
        "tag_list": ["CDMX" if in_df(row) else "Edomex"],
        "is_startpage": False,
        "parent_id": rng.randint(400_000_000, 499_999_999),
        "meta_data": None,
        "group_id": _uuid(rng),
        "first_published_at": _utc(when + dt.timedelta(minutes=rng.randint(1, 4))),
        "release_id": None,
        "lang": "default",
        "path": None,
        "alternates": [],
        "default_full_slug": None,
        "translated_slugs": None,
    }
    cv = int(published.timestamp()) + rng.randint(60, 86_400)
    return _json({"story": story, "cv": cv, "rels": [], "links": []})


def youtrack_issue(row: dict[str, Any], rng: random.Random) -> str:
    """A YouTrack REST answer (``GET /api/issues/{id}``) of a network's maintenance project: an
    invented entity id and ``idReadable``, the summary of an invented work at the centre, a
    Markdown ``description`` giving the centre's number, street, colonia, delegación or
    municipality and entity, both phone fields as published and the coordinates, invented
    ``created`` and ``updated`` times in milliseconds, the project, and custom fields of
    priority, state and ``Teléfono del centro`` (the first phone field again)."""
    when = _when(rng)
    work = rng.choice(WORKS)
    seq = rng.randint(100, 2400)
    lines = f"{phone(row)}" + (f" o {phone2(row)}" if phone2(row) else "")
    description = (
        f"El verificentro **{num(row)}** reporta {work}.\n\n"
        f"* Domicilio: {street(row)}, col. {colonia(row)}, {_f(row, 'delegacion')}\n"
        f"* Teléfono del centro: {lines}\n"
        f"* Ubicación: {_f(row, 'latitud')}, {_f(row, 'longitud')}\n\n"
        "Coordinar la visita del técnico con el jefe de línea antes de las 10:00 horas."
    )
    created = int(when.timestamp() * 1000) + rng.randint(0, 999)
    updated = created + rng.randint(60_000, 3 * 86_400_000)
    doc = {
        "idReadable": f"VERIF-{seq}",
        "summary": f"Verificentro {num(row)}: {work}",
        "description": description,
        "usesMarkdown": True,
        "created": created,
        "updated": updated,
        "resolved": None,
        "project": {"shortName": "VERIF", "name": "Red de verificentros", "id": "0-12",
                    "$type": "Project"},
        "customFields": [
            {"name": "Prioridad", "id": "132-2",
             "value": {"name": rng.choice(("Normal", "Mayor", "Crítica")),
                       "$type": "EnumBundleElement"},
             "$type": "SingleEnumIssueCustomField"},
            {"name": "Estado", "id": "132-3",
             "value": {"name": "Abierta", "isResolved": False, "$type": "StateBundleElement"},
             "$type": "StateIssueCustomField"},
            {"name": "Teléfono del centro", "id": "132-7", "value": phone(row),
             "$type": "SimpleIssueCustomField"},
        ],
        "id": f"2-{seq + 9000}",
        "$type": "Issue",
    }  # fmt: skip
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "denue_ficha": denue_ficha,
    "facturapi_customer": facturapi_customer,
    "storyblok_story": storyblok_story,
    "youtrack_issue": youtrack_issue,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of each number of its phone
    fields labelled."""
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
