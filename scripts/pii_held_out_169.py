"""held_out_169 of the PII evaluation set: real phone fields of a register no earlier part used
(Argentina's museums in the Ministry of Culture's cultural map, most rows from the Dirección
Nacional de Patrimonio y Museos; Argentina's earlier parts took hospital lists and CONABIP's
popular libraries) exactly as published, in layouts no earlier part has, beside the list's own
names, addresses, postcodes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of AR (a vaccination app's hospitals, Buenos Aires city's
hospitals, CONABIP's popular libraries), BR, CL, CO, PE, UY, VE and many others; here:

* the values are the ``telefono`` fields of 514 museums (``scripts/data/pii_ar_museums.json``,
  written by ``scripts/ar_museums_data.py``; source and licence in that file): the subscriber's
  number as the list writes it (``4205 9567``, ``425 2279``, ``4312345``; some with an
  extension, ``4576 3300 INT. 284``, ``4491200 int. 4467``; mobiles with their ``15``,
  ``15 465 045``), its area code (característica) in the list's other column ``cod_area`` and
  never joined to it, each copy labelled (an extension is not part of the number);
* the text around them is the same row's real fields: the name, street address, postcode
  (``B6500EVL``, ``4700``), locality and province, the area code, coordinates, jurisdiction,
  year of foundation, web page and INDEC locality code, with invented record ids, Unix and
  millisecond timestamps, resource ids and dates, unlabelled and scored;
* in layouts no earlier part has, text in Spanish: EAC-CPF 2010 authority records of the
  museum as a corporate body (``urn:isbn:1-931666-33-4``: the number as an ``addressLine`` of
  ``localType`` ``telefono`` in the ``place``'s ``address``, a ``biogHist`` paragraph repeating
  it), Fountain screenplays of an invented documentary series (a title page whose ``Contact:``
  block gives the number, a scene whose dialogue repeats it), Insomnia export files (format 4,
  JSON: a workspace, its base environment and a ``PATCH`` request whose JSON body holds the
  number and whose ``description`` repeats it) and Netscape bookmark files (``NETSCAPE-
  Bookmark-file-1``: a folder of the province, the museum's web page and a map link, each with
  a ``DD`` note, both giving the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_169.py   # rewrites the committed file
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

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ar_museums.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_169.jsonl.gz"
SPLIT = "held_out_169"

LAYOUTS = ("eac_cpf", "fountain_screenplay", "insomnia_export", "netscape_bookmarks")
PHONE = "telefono"
DATASET = "https://datos.gob.ar/dataset/cultura-mapa-cultural-espacios-culturales"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented purposes of the calls and visits (no real production or survey is meant)
PURPOSES = (
    "coordinar una visita guiada", "confirmar el horario de apertura",
    "pedir permiso de filmación", "consultar por la muestra temporaria",
    "reservar una visita escolar",
)  # fmt: skip
ROOMS = (
    "la sala principal", "la sala de arqueología", "el patio de la casona",
    "la sala de historia local", "el depósito de colecciones", "la galería de retratos",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


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
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 11, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _area(row: dict[str, Any]) -> str:
    """`` (característica 2317)`` where the row has an area code, else ""."""
    code = _f(row, "cod_area")
    return f" (característica {code})" if code else ""


def _place(row: dict[str, Any]) -> str:
    """The locality and province, as one line."""
    return ", ".join(p for p in (_f(row, "localidad"), _f(row, "provincia")) if p)


def _hex(rng: random.Random, n: int) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


def eac_cpf(row: dict[str, Any], rng: random.Random) -> str:
    """An EAC-CPF 2010 authority record of the museum as a corporate body: an invented
    ``recordId`` and maintenance event, the list as ``source``, the name as ``nameEntry``, the
    year of foundation as ``existDates``, the locality as ``placeEntry`` with the coordinates,
    the street, postcode, area code and number as ``addressLine``s, the jurisdiction as
    ``legalStatus`` and a ``biogHist`` paragraph repeating the number."""
    name, tel = _f(row, "nombre"), phone(row)
    when = _when(rng)
    coords = ""
    if _f(row, "Latitud"):
        coords = f' latitude="{_f(row, "Latitud")}" longitude="{_f(row, "Longitud")}"'
    address = [("calle", _f(row, "direccion")), ("codigoPostal", _f(row, "CP")),
               ("caracteristica", _f(row, "cod_area")), ("telefono", tel)]  # fmt: skip
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<eac-cpf xmlns="urn:isbn:1-931666-33-4" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xml:lang="spa">',
        "  <control>",
        f"    <recordId>AR-MUS-{_f(row, 'Cod_Loc')}-{rng.randint(1000, 9999)}</recordId>",
        "    <maintenanceStatus>revised</maintenanceStatus>",
        "    <maintenanceAgency>",
        "      <agencyName>Red de archivos de museos (registro de autoridades)</agencyName>",
        "    </maintenanceAgency>",
        "    <languageDeclaration>",
        '      <language languageCode="spa">español</language>',
        '      <script scriptCode="Latn">latino</script>',
        "    </languageDeclaration>",
        "    <maintenanceHistory>",
        "      <maintenanceEvent>",
        "        <eventType>revised</eventType>",
        f'        <eventDateTime standardDateTime="{when:%Y-%m-%dT%H:%M:%S}">'
        f"{when:%d/%m/%Y}</eventDateTime>",
        "        <agentType>human</agentType>",
        "        <agent>Equipo de catalogación</agent>",
        f"        <eventDescription>Contacto verificado para {rng.choice(PURPOSES)}."
        "</eventDescription>",
        "      </maintenanceEvent>",
        "    </maintenanceHistory>",
        "    <sources>",
        f'      <source xlink:type="simple" xlink:href="{DATASET}">',
        f"        <sourceEntry>Mapa cultural (SInCA), museos; fuente {escape(_f(row, 'fuente'))}, "
        f"actualización {escape(_f(row, 'actualizacion'))}</sourceEntry>",
        "      </source>",
        "    </sources>",
        "  </control>",
        "  <cpfDescription>",
        "    <identity>",
        "      <entityType>corporateBody</entityType>",
        "      <nameEntry>",
        f"        <part>{escape(name)}</part>",
        "      </nameEntry>",
        "    </identity>",
        "    <description>",
    ]
    year = _f(row, "año_inauguracion")
    if year.isdigit():
        lines += [
            "      <existDates>",
            f'        <date standardDate="{year}">{year}</date>',
            "      </existDates>",
        ]
    lines += [
        "      <places>",
        "        <place>",
        "          <placeRole>sede</placeRole>",
        f'          <placeEntry countryCode="AR"{coords}>{escape(_place(row))}</placeEntry>',
        "          <address>",
    ]
    for kind, value in address:
        if value:
            lines.append(
                f'            <addressLine localType="{kind}">{escape(value)}</addressLine>'
            )
    lines += [
        "          </address>",
        "        </place>",
        "      </places>",
    ]
    if _f(row, "jurisdiccion"):
        lines += [
            "      <legalStatuses>",
            "        <legalStatus>",
            f"          <term>{escape(_f(row, 'jurisdiccion'))}</term>",
            "        </legalStatus>",
            "      </legalStatuses>",
        ]
    bio = f"{name}, museo de {_place(row)}. Atiende consultas al teléfono {tel}{_area(row)}."
    lines += [
        "      <biogHist>",
        f"        <p>{escape(bio)}</p>",
        "      </biogHist>",
        "    </description>",
        "  </cpfDescription>",
        "</eac-cpf>",
        "",
    ]
    return "\n".join(lines)


def fountain_screenplay(row: dict[str, Any], rng: random.Random) -> str:
    """A Fountain screenplay of an invented documentary series: a title page (``Title``,
    ``Credit``, ``Author``, ``Draft date``, an indented ``Contact:`` block with the museum's
    name, street, postcode, locality and number), a scene heading in the museum, action lines
    and dialogue in which the producer repeats the number, and a forced transition."""
    name, tel = _f(row, "nombre"), phone(row)
    when = _when(rng)
    episode = rng.randint(1, 24)
    contact = [name, _f(row, "direccion"), " ".join(p for p in (_f(row, "CP"), _place(row)) if p)]
    contact.append(f"Tel. {tel}{_area(row)}")
    lines = [
        f"Title: Museos de {_f(row, 'provincia') or 'la Argentina'} - Episodio {episode}",
        "Credit: Guion de",
        "Author: Equipo de producción",
        f"Draft date: {when:%d/%m/%Y}",
        "Contact:",
        *(f"    {line}" for line in contact if line),
        "",
        f"INT. {name.upper()} - DÍA",
        "",
        f"Plano general de {rng.choice(ROOMS)}. Vitrinas, luz cenital, un grupo de visitantes "
        "recorre la muestra.",
        "",
        "GUÍA",
        f"Bienvenidos. Este museo de {_place(row)} abre sus puertas a la comunidad.",
        "",
        "PRODUCTORA",
        "(al teléfono)",
        f"Sí, llamamos al {tel}{_area(row)} para {rng.choice(PURPOSES)}.",
        "",
        "> FUNDIDO A NEGRO.",
        "",
    ]
    return "\n".join(lines)


def insomnia_export(row: dict[str, Any], rng: random.Random) -> str:
    """An Insomnia export file (``__export_format`` 4): an invented export date and app
    version, a workspace, its base environment (an invented ``base_url``) and a ``PATCH``
    request of the museum's record (invented resource ids and millisecond times) whose JSON
    body holds the name, address, postcode, locality, area code and number, and whose
    ``description`` repeats the number."""
    name, tel = _f(row, "nombre"), phone(row)
    when = _when(rng)
    ms = int(when.timestamp() * 1000)
    wrk, env, req = (f"{p}_{_hex(rng, 32)}" for p in ("wrk", "env", "req"))
    body = {
        "nombre": name,
        "direccion": _f(row, "direccion"),
        "codigo_postal": _f(row, "CP"),
        "localidad": _f(row, "localidad"),
        "provincia": _f(row, "provincia"),
        "cod_area": _f(row, "cod_area"),
        "telefono": tel,
        "jurisdiccion": _f(row, "jurisdiccion"),
    }
    doc = {
        "_type": "export",
        "__export_format": 4,
        "__export_date": f"{when:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
        "__export_source": f"insomnia.desktop.app:v8.{rng.randint(1, 6)}.{rng.randint(0, 3)}",
        "resources": [
            {"_id": wrk, "parentId": None, "modified": ms, "created": ms - 86400000,
             "name": "Mapa cultural - museos", "description": "", "scope": "collection",
             "_type": "workspace"},
            {"_id": env, "parentId": wrk, "modified": ms, "created": ms - 86400000,
             "name": "Base Environment",
             "data": {"base_url": "https://api.mapa-cultural.example.org/v1"},
             "dataPropertyOrder": {"&": ["base_url"]}, "color": None, "isPrivate": False,
             "metaSortKey": ms - 86400000, "_type": "environment"},
            {"_id": req, "parentId": wrk, "modified": ms, "created": ms - rng.randint(1, 9) * 1000,
             "url": f"{{{{ _.base_url }}}}/museos/{_f(row, 'Cod_Loc')}",
             "name": f"Actualizar contacto - {name}",
             "description": f"Verificado por teléfono al {tel}{_area(row)} para "
             f"{rng.choice(PURPOSES)}.",
             "method": "PATCH",
             "body": {"mimeType": "application/json",
                      "text": json.dumps(body, ensure_ascii=False, indent=2)},
             "parameters": [], "headers": [{"name": "Content-Type", "value": "application/json"}],
             "authentication": {}, "metaSortKey": -ms, "isPrivate": False,
             "settingStoreCookies": True, "settingSendCookies": True,
             "settingDisableRenderRequestBody": False, "settingEncodeUrl": True,
             "settingRebuildPath": True, "settingFollowRedirects": "global",
             "_type": "request"},
        ],
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _web(row: dict[str, Any]) -> str:
    """The museum's web page as a link (``http://`` before a bare host), else the data set."""
    web = _f(row, "Web")
    if not web or " " in web:
        return DATASET
    return web if web.startswith(("http://", "https://")) else f"http://{web}"


def netscape_bookmarks(row: dict[str, Any], rng: random.Random) -> str:
    """A Netscape bookmark file as browsers export it: the header comment, a folder of the
    province (invented ``ADD_DATE`` and ``LAST_MODIFIED``), the museum's web page with a ``DD``
    note of its address, postcode and number, and a map link at its coordinates (or a search
    link) with a ``DD`` note repeating the number."""
    name, tel = _f(row, "nombre"), phone(row)
    added = int(_when(rng).timestamp())
    if _f(row, "Latitud"):
        lat, lon = _f(row, "Latitud"), _f(row, "Longitud")
        where = f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
    else:
        where = f"https://www.openstreetmap.org/search?query={_f(row, 'localidad')}"
    cp = f" (CP {_f(row, 'CP')})" if _f(row, "CP") else ""
    note1 = f"{_f(row, 'direccion')}, {_place(row)}{cp}. Tel. {tel}{_area(row)}."
    note2 = f"Para {rng.choice(PURPOSES)} llamar al {tel}."
    h = html_escape
    lines = [
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
        "<!-- This is an automatically generated file.",
        "     It will be read and overwritten.",
        "     DO NOT EDIT! -->",
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
        "<TITLE>Bookmarks</TITLE>",
        "<H1>Bookmarks</H1>",
        "<DL><p>",
        f'    <DT><H3 ADD_DATE="{added - 3600}" LAST_MODIFIED="{added + 120}">Museos - '
        f"{h(_f(row, 'provincia'))}</H3>",
        "    <DL><p>",
        f'        <DT><A HREF="{h(_web(row))}" ADD_DATE="{added}">{h(name)}</A>',
        f"        <DD>{h(note1)}",
        f'        <DT><A HREF="{h(where)}" ADD_DATE="{added + 60}">Mapa: {h(name)}</A>',
        f"        <DD>{h(note2)}",
        "    </DL><p>",
        "</DL><p>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "eac_cpf": eac_cpf,
    "fountain_screenplay": fountain_screenplay,
    "insomnia_export": insomnia_export,
    "netscape_bookmarks": netscape_bookmarks,
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
