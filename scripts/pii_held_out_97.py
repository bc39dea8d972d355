"""held_out_97 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Puerto Rico) exactly as published, in layouts no earlier part has, beside the
row's own address and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of many countries (the docstring of ``eval_pii.py`` names
them); here:

* the values are the phone fields of the State Elections Commission's permanent registration
  offices (JIP) in Code for Puerto Rico's "Para Votar" directory
  (``scripts/data/pii_pr_voter_centers.json``, written by ``scripts/pr_voter_centers_data.py``;
  source and licence in that file): numbers as the directory gave them, the area code ``787``
  and seven digits in dashed groups (``787-829-6800``), each copy labelled; the directory gives
  no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: the town (or San Juan's office number),
  the address and the coordinates of its Google Maps link (``18.16324986``, ``-66.72088792``),
  with invented seeds, queue ids, weekly visit counts and chart sizes, unlabelled and scored;
* in layouts no earlier part has, from data science and statistics, labels in Spanish (the
  directory's language): a Stata do-file whose ``input`` block holds the office's row and whose
  ``note`` repeats the number, a Weka ARFF file whose ``@DATA`` row holds it and whose ``%``
  comment repeats it, an Apache Avro schema (``.avsc``) whose ``telefono`` field has it as its
  ``default`` and whose ``doc`` repeats it, and a Vega-Lite map specification whose inline
  ``data.values`` hold it and whose title repeats it.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_97.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pr_voter_centers.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_97.jsonl.gz"
SPLIT = "held_out_97"

LAYOUTS = ("stata_do", "weka_arff", "avro_schema", "vega_lite")
PHONE = "phone"
# a link's coordinates: a search's ``query=lat,lon``, or a place's ``!3dlat!4dlon``
NUMBER = r"(-?\d+(?:\.\d+)?)"
COORDINATES = (re.compile(rf"query={NUMBER},{NUMBER}"), re.compile(rf"!3d{NUMBER}!4d{NUMBER}"))


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "telefono")


def place(row: dict[str, Any]) -> str:
    """The office's town, with San Juan's office number where the town has several."""
    town = _f(row, "municipio")
    return f"{town} {_f(row, 'pueblo')}" if town else _f(row, "pueblo")


def coordinates(row: dict[str, Any]) -> tuple[str, str]:
    """The latitude and longitude of the row's Google Maps link, as written there (a search's
    query, or the place's own where the link is a place's page, as Luquillo's is)."""
    link = _f(row, "googleMapsLink")
    found = [m for pattern in COORDINATES if (m := pattern.search(link))]
    assert found, row["path"]
    return found[0].group(1), found[0].group(2)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The office's place as an identifier: lower-case ASCII words joined by ``_``."""
    plain = unicodedata.normalize("NFKD", place(row)).encode("ascii", "ignore").decode()
    return "_".join(re.findall(r"[a-z0-9]+", plain.lower())) or "jip"


def _demografico(row: dict[str, Any]) -> bool:
    """Whether the office offers the Demographic Registry's services."""
    return "Registro Demográfico" in _f(row, "servicios")


def stata_do(row: dict[str, Any], rng: random.Random) -> str:
    """The office as a Stata do-file: comments naming the office and the source, ``version``,
    ``clear all``, an invented ``set seed``, an ``input`` block with the place, phone,
    address, coordinates and an invented shift count, a ``label variable``, a ``note`` that
    repeats the phone, and ``save``."""
    lat, lon = coordinates(row)
    values = (place(row), phone(row), _f(row, "direccion"))
    widths = [max(1, len(v.encode("utf-8"))) for v in values]
    lines = [
        f"* jip_{_slug(row)}.do",
        f"* Oficina de la Junta de Inscripción Permanente (JIP) de {place(row)}",
        "* Fuente: Comisión Estatal de Elecciones, directorio Para Votar",
        "version 17",
        "clear all",
        f"set seed {rng.randint(10_000_000, 99_999_999)}",
        "",
        f"input str{widths[0]} pueblo str{widths[1]} telefono str{widths[2]} direccion "
        "double latitud double longitud byte turnos",
        " ".join(f'"{v}"' for v in values) + f" {lat} {lon} {rng.randint(1, 3)}",
        "end",
        "",
        'label variable telefono "Teléfono de la JIP"',
        'label variable turnos "Turnos de atención por día"',
        f"note telefono: Llamar al {phone(row)} antes de visitar la oficina.",
        "notes",
        "",
        f'save "jip_{_slug(row)}.dta", replace',
        "",
    ]
    return "\n".join(lines)


def _arff(value: str) -> str:
    """An ARFF quoted string: backslashes and single quotes escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def weka_arff(row: dict[str, Any], rng: random.Random) -> str:
    """The office as a Weka ARFF file: ``%`` comments naming it and its ``Tel.``, the
    ``@RELATION``, its attributes (strings, numbers, a nominal), and one ``@DATA`` row with the
    place, phone, address, coordinates, an invented weekly visit count and whether it has the
    Demographic Registry."""
    lat, lon = coordinates(row)
    demografico = "si" if _demografico(row) else "no"
    lines = [
        f"% Oficina JIP de {place(row)}",
        f"% Tel. {phone(row)}",
        "% Fuente: Comisión Estatal de Elecciones (directorio Para Votar)",
        f"@RELATION jip_{_slug(row)}",
        "",
        "@ATTRIBUTE pueblo STRING",
        "@ATTRIBUTE telefono STRING",
        "@ATTRIBUTE direccion STRING",
        "@ATTRIBUTE latitud NUMERIC",
        "@ATTRIBUTE longitud NUMERIC",
        "@ATTRIBUTE visitas_semana NUMERIC",
        "@ATTRIBUTE registro_demografico {si,no}",
        "",
        "@DATA",
        f"{_arff(place(row))},{_arff(phone(row))},{_arff(_f(row, 'direccion'))},"
        f"{lat},{lon},{rng.randint(40, 900)},{demografico}",
        "",
    ]
    return "\n".join(lines)


def avro_schema(row: dict[str, Any], rng: random.Random) -> str:
    """The office as an Apache Avro schema (``.avsc``): a record under ``pr.cee.jip`` whose
    ``doc`` names the office and its phone, with ``default`` values of the place, phone,
    address, coordinates (the published digits as JSON numbers), an invented queue id and
    whether it has the Demographic Registry."""
    lat, lon = coordinates(row)
    doc = f"Oficina JIP de {place(row)}. Tel. {phone(row)}"

    def q(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)

    fields = [
        f'    {{"name": "pueblo", "type": "string", "default": {q(place(row))}}},',
        '    {"name": "telefono", "type": "string", "doc": "Teléfono de la oficina", '
        f'"default": {q(phone(row))}}},',
        f'    {{"name": "direccion", "type": "string", "default": {q(_f(row, "direccion"))}}},',
        f'    {{"name": "latitud", "type": "double", "default": {lat}}},',
        f'    {{"name": "longitud", "type": "double", "default": {lon}}},',
        f'    {{"name": "id_cola", "type": "long", "default": {rng.randint(100_000, 999_999)}}},',
        '    {"name": "registro_demografico", "type": "boolean", '
        f'"default": {"true" if _demografico(row) else "false"}}}',
    ]
    lines = [
        "{",
        '  "type": "record",',
        f'  "name": "OficinaJIP_{_slug(row)}",',
        '  "namespace": "pr.cee.jip",',
        f'  "doc": {json.dumps(doc, ensure_ascii=False)},',
        '  "fields": [',
        *fields,
        "  ]",
        "}",
        "",
    ]
    return "\n".join(lines)


def vega_lite(row: dict[str, Any], rng: random.Random) -> str:
    """The office as a Vega-Lite v5 map specification: a title naming it and its ``Tel.``,
    invented width and height, inline ``data.values`` with the place, phone, address,
    coordinates and an invented weekly visit count, a ``circle`` mark and encodings with a
    tooltip."""
    lat, lon = coordinates(row)
    title = f"Oficina JIP de {place(row)} · Tel. {phone(row)}"
    width = rng.choice((480, 560, 640, 720))

    def q(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = [
        "{",
        '  "$schema": "https://vega.github.io/schema/vega-lite/v5.json",',
        f'  "title": {q(title)},',
        f'  "width": {width},',
        f'  "height": {width * 3 // 4},',
        '  "data": {',
        '    "values": [',
        f'      {{"pueblo": {q(place(row))}, "telefono": {q(phone(row))}, '
        f'"direccion": {q(_f(row, "direccion"))},',
        f'       "latitud": {lat}, "longitud": {lon}, "visitas_semana": {rng.randint(40, 900)}}}',
        "    ]",
        "  },",
        '  "projection": {"type": "mercator"},',
        '  "mark": {"type": "circle", "size": 120},',
        '  "encoding": {',
        '    "latitude": {"field": "latitud", "type": "quantitative"},',
        '    "longitude": {"field": "longitud", "type": "quantitative"},',
        '    "tooltip": [',
        '      {"field": "pueblo", "title": "Pueblo"},',
        '      {"field": "telefono", "title": "Teléfono"},',
        '      {"field": "direccion", "title": "Dirección"}',
        "    ]",
        "  }",
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "stata_do": stata_do,
    "weka_arff": weka_arff,
    "avro_schema": avro_schema,
    "vega_lite": vega_lite,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
