"""held_out_17 of the PII evaluation set: real phone fields of a country no earlier part used
(Brazil) exactly as a public register published them, in layouts no earlier part has.

The procedure of ``held_out_16``, on another register and other layouts; ``held_out_11`` to
``held_out_16`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA and NZ, ``held_out_10`` real numbers of 17 European countries; here:

* the values are the register's own phone field, unchanged (``scripts/data/
  pii_inep_schools.json``, written by ``scripts/inep_schools_data.py``; source and licence in
  that file): São Paulo's schools in INEP's school catalogue write national numbers with no
  ``+55``, the area code in brackets before an eight-digit landline or nine-digit mobile
  number (``(11) 36251934``, ``(11) 987654321``); each number labelled; the register has no
  e-mail field, so the part labels no e-mail; the country is the register's;
* the text around them is the same row's real fields (eight-digit INEP school codes, CEP
  postcodes such as ``02982-000``, house numbers, coordinates, enrolment bands) with invented
  dates, page and result counts: unlabelled and scored;
* in layouts no earlier part has: an HTML results table as a crawler's text extraction gives
  it (every cell on a line of its own, the header cells first), an RDF Turtle description
  (schema.org ``School`` with ``schema:telephone``), a KML placemark of a map export
  (``<ExtendedData>`` with ``<Data name="Telefone"><value>``), and a school website's footer
  (its name, address, number and INEP code on one line between separators).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data before it was first scored.

    python scripts/pii_held_out_17.py   # rewrites the committed file
"""

from __future__ import annotations

import argparse
import datetime
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_inep_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_17.jsonl.gz"
SPLIT = "held_out_17"

LAYOUTS = ("table_cells", "turtle", "kml_placemark", "site_footer")
PHONE = "Telefone"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], column: str) -> str:
    return row["fields"][column].strip()


def _day(rng: random.Random) -> datetime.date:
    """An invented date in the catalogue's year."""
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(20, 340))


def _title(value: str) -> str:
    """A name as a web page prints it: the register's capitals in title case."""
    small = {"de", "da", "do", "das", "dos", "e"}
    words = value.lower().split(" ")
    return " ".join(w if w in small and i else w.capitalize() for i, w in enumerate(words))


TABLE_COLUMNS = (
    ("Escola", "Escola"), ("Código INEP", "Código INEP"), ("Endereço", "Endereço"),
    ("Telefone", PHONE), ("Dependência", "Dependência Administrativa"),
    ("Porte", "Porte da Escola"),
)  # fmt: skip


def table_cells(row: dict[str, Any], rng: random.Random) -> Record:
    """A search results table of the catalogue as a crawler's text extraction gives it: every
    cell on a line of its own, the header cells first, then the row's cells in their order (an
    empty cell an empty line), between the result count and the page navigation."""
    b = Record()
    total = rng.randint(300, 2400)
    first = rng.randrange(0, total - 20, 20) + 1
    b.add("Catálogo de Escolas\nResultado da pesquisa\n")
    b.add(f"Exibindo {first} a {first + 19} de {total} escolas encontradas\n")
    for header, _ in TABLE_COLUMNS:
        b.add(f"{header}\n")
    for _, column in TABLE_COLUMNS:
        if column == PHONE:
            b.phone("phone", _f(row, PHONE))
        else:
            b.add(_f(row, column))
        b.add("\n")
    pages = -(-total // 20)
    b.add(f"Anterior\n{(first - 1) // 20 + 1}\nPróxima\nPágina {(first - 1) // 20 + 1}")
    b.add(f" de {pages}\n")
    return b


def _literal(value: str) -> str:
    """A Turtle string literal: backslashes and quotes escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def turtle(row: dict[str, Any], rng: random.Random) -> Record:
    """The school as RDF in Turtle, as a linked-data portal serves it: schema.org's ``School``
    with its name, INEP code as ``schema:identifier``, address, ``schema:telephone`` and,
    where the register has them, the coordinates as typed decimals; a modification date."""
    b = Record()
    code = _f(row, "Código INEP")
    b.add("@prefix schema: <https://schema.org/> .\n")
    b.add("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n")
    b.add(f"<https://dados.exemplo.br/escola/{code}> a schema:School ;\n")
    b.add(f"    schema:name {_literal(_f(row, 'Escola'))}@pt ;\n")
    b.add(f"    schema:identifier {_literal(code)} ;\n")
    b.add(f"    schema:address {_literal(_f(row, 'Endereço'))}@pt ;\n")
    b.add('    schema:telephone "')
    b.phone("phone", _f(row, PHONE))
    b.add('" ;\n')
    if _f(row, "Latitude"):
        b.add("    schema:geo [ a schema:GeoCoordinates ;\n")
        b.add(f'        schema:latitude "{_f(row, "Latitude")}"^^xsd:decimal ;\n')
        b.add(f'        schema:longitude "{_f(row, "Longitude")}"^^xsd:decimal ] ;\n')
    b.add(f'    schema:dateModified "{_day(rng).isoformat()}"^^xsd:date .\n')
    return b


KML_DATA = (
    "Código INEP", "Endereço", PHONE, "Dependência Administrativa", "Porte da Escola",
    "Etapas e Modalidade de Ensino Oferecidas",
)  # fmt: skip


def kml_placemark(row: dict[str, Any], rng: random.Random) -> Record:
    """A ``<Placemark>`` of a KML map export (Google My Maps, QGIS): the name, an
    ``<ExtendedData>`` of the register's columns (``<Data name="Telefone">`` with the value in
    its ``<value>`` element on the next line), the point's longitude,latitude,altitude."""
    b = Record()
    b.add(f'    <Placemark id="escola-{_f(row, "Código INEP")}">\n')
    b.add(f"      <name>{escape(_f(row, 'Escola'))}</name>\n")
    b.add(f"      <styleUrl>#icon-{rng.choice(('1899', '1535', '1603'))}-0288D1</styleUrl>\n")
    b.add("      <ExtendedData>\n")
    for column in KML_DATA:
        value = _f(row, column)
        if not value:
            continue
        b.add(f'        <Data name="{escape(column)}">\n          <value>')
        if column == PHONE:
            b.phone("phone", value)
        else:
            b.add(escape(value))
        b.add("</value>\n        </Data>\n")
    b.add("      </ExtendedData>\n")
    if _f(row, "Latitude"):
        where = f"{_f(row, 'Longitude')},{_f(row, 'Latitude')},0"
        b.add(f"      <Point>\n        <coordinates>{where}</coordinates>\n      </Point>\n")
    b.add("    </Placemark>\n")
    return b


def site_footer(row: dict[str, Any], rng: random.Random) -> Record:
    """The footer of a school's website as text extraction gives it: the menu, then one line
    with the school's name, address and number between separators (a label before the number
    or none) and its INEP code, then the copyright line."""
    b = Record()
    sep = rng.choice((" · ", " | ", " - ", " • "))
    menu = ("Início", "A Escola", f"Matrículas {rng.choice((2024, 2025))}", "Calendário", "Contato")
    b.add(sep.join(menu) + "\n")
    name = _title(_f(row, "Escola"))
    b.add(f"{name}{sep}{_f(row, 'Endereço').rstrip('.')}{sep}")
    b.add(rng.choice(("", "Fone: ", "Tel.: ", "Telefone: ", "☎ ")))
    b.phone("phone", _f(row, PHONE))
    b.add(f"{sep}INEP {_f(row, 'Código INEP')}\n")
    b.add(f"© {rng.choice((2023, 2024))} {name}. Todos os direitos reservados.")
    b.add(f" Atualizado em {_day(rng).strftime('%d/%m/%Y')}.\n")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Record]] = {
    "table_cells": table_cells,
    "turtle": turtle,
    "kml_placemark": kml_placemark,
    "site_footer": site_footer,
}


def record(locale: str, layout: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in ``layout``: each number of its phone field labelled
    on its own."""
    from make_pii_eval import coordinates_rng

    rng = coordinates_rng(SPLIT, locale, layout, n)
    row = by_locale()[locale][n]
    block = BLOCKS[layout](row, rng)
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


def generate() -> Iterator[dict[str, Any]]:
    """Every row of the data once, in the layout its index gives."""
    for locale, found in sorted(by_locale().items()):
        for n in range(len(found)):
            yield record(locale, LAYOUTS[n % len(LAYOUTS)], n)


def committed(path: Path = DATA) -> list[dict[str, Any]]:
    """The records as committed before the part was first scored."""
    from make_pii_eval import read_part

    return read_part(path)


def write(path: Path) -> None:
    """The part's records, one JSON line each, gzipped with no timestamp and no file name: the
    same bytes on every run, wherever written."""
    from make_pii_eval import write_part

    write_part(path, generate())


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    write(DATA)
    print(DATA)


if __name__ == "__main__":
    main()
