"""Extract the real register that ``pii_held_out_516.py`` writes its records around into
``scripts/data/pii_pe_essalud_establecimientos.json``: the telephone fields of a kind of
institution no earlier Peruvian part used (Peru, whose earlier parts took the IPRESS registry's
operational public hospitals and the Programa AURORA's Centros Emergencia Mujer; this one is
the Seguro Social de Salud's (EsSalud's) primary-care network: its postas médicas, centros
médicos, centros de atención primaria (CAP), policlínicos and other establishments without
hospital beds of their own kind), exactly as the Ministry of Health's list of health
establishments gives them.

One table of a PUCP course's repository (alexanderquispe/Diplomado_PUCP, "Fundamentals of
Python for Social Sciences and Public Management"), read from a git checkout at a named
commit, values unchanged:

* ``_data/centros_hospitalarios.csv`` (UTF-8 with a byte-order mark; added in ec102de, 18
  January 2022): 8,464 health establishments of the Ministerio de Salud's registry (RENIPRESS
  / IPRESS), each with its ``Institución`` (``GOBIERNO REGIONAL``, ``MINSA``, ``ESSALUD``),
  ``Código Único``, name, ``Clasificación`` (``PUESTOS DE SALUD O POSTAS DE SALUD``,
  ``POLICLINICOS``, ...), type, department, province, district, ``UBIGEO`` (``200703``),
  address, DISA, red and microrred codes and names, executing unit, ``Categoria``
  (``I-3``, ``Sin Categoría``), ``Teléfono`` as typed by each establishment (``073-393395``,
  ``073 - 374059``, ``072 - 54 4158``, ``4217702``, ``979195829``, two or four numbers after a
  slash, ``073-211478/ 073-212544``, an extension after ``ANEXO`` or in brackets, ``01-6123600
  (2132)``, the private-network codes of Movistar's RPM after ``RPM: #``, ``067-456145 RPM:
  #790547``), hours, start of activity, the responsible physician's name, state, condition,
  coordinates (``NORTE`` and ``ESTE`` hold longitude and latitude), altitude and beds, and two
  columns the course added (``code1``, ``code2``).

An establishment is kept where its ``Institución`` is ``ESSALUD``, its ``Clasificación`` and
name name no hospital or institute (``HOSPITALES O CLINICAS ...``, ``INSTITUTOS DE SALUD
ESPECIALIZADOS``, ``HOSPITAL I ...``: the earlier part's kind), its ``Teléfono`` begins with a
number of seven digits or more as the labels' splitter (``pii_held_out_11.numbers``) finds it
(not ``073 - 374059``, whose area code the splitter leaves apart, nor a local line of six
digits, ``321823``), no number of it (each run the splitter finds, and the field's digits) is
held by an earlier Peruvian part's data or by an establishment kept before it (the first of
those that share a line), and no run of it has more than ``LONGEST`` digits (two numbers the
splitter cannot tell apart: ``01-2972306-8307002``, ``ANEXO 88391/ 961102360``). Each is kept
as the mapping of the table's columns to the published strings, less the responsible
physician's name (a person's): 210 rows, under ``CAP``, so no sample is drawn.

    python scripts/pe_essalud_establecimientos_data.py PE_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_pe_essalud_establecimientos.json"
CAP = 400
LONGEST = 12  # digits of the longest run kept (``51951452289``, a mobile after 51, has 11)
PATH = "_data/centros_hospitalarios.csv"
PHONE = "Teléfono"
PERSON = "Director Médico y/o Responsable de la Atención de Salud"
# the earlier Peruvian parts' data (no number of theirs is taken again)
EARLIER = ("pii_pe_ipress.json", "pii_pe_aurora_cem.json")
SOURCES = {
    "PE": {
        "repository": "alexanderquispe/Diplomado_PUCP",
        "commit": "bef9bb9005e951dc9d8dc2468ce4fef6f64ecd52",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "Ministerio de Salud (MINSA), Republic of Peru: its registry of health "
        "establishments (RENIPRESS / IPRESS), the rows of the Seguro Social de Salud "
        "(EsSalud), as a course of the Pontificia Universidad Católica del Perú (Alexander "
        "Quispe Rojas's 'Fundamentals of Python for Social Sciences and Public Management') "
        "keeps the list for its exercises (file added in ec102de, 18 January 2022)",
        "licence": "not confirmed: MINSA publishes the registry as open data (terms not read "
        "here); the repository states no licence for its data",
        "language": "es",
        "roles": {"name": "Nombre del establecimiento", "phone": [PHONE],
                  "register": "Código Único", "city": "Distrito",
                  "address": ["Dirección", "Distrito", "Provincia", "Departamento"]},
    },
}  # fmt: skip


def runs(value: str) -> list[str]:
    """The digits of each number the splitter of the labels finds in ``value``."""
    return [digits_of(value[s:e]) for s, e in numbers(value)]


def kept(row: dict[str, str]) -> bool:
    """Whether an establishment is of the kept kind with a telephone the labels can split: its
    first number found where its first digit stands, of seven digits or more, and no run
    longer than ``LONGEST``."""
    kind = f"{row['Clasificación']} {row['Nombre del establecimiento']}"
    if row["Institución"] != "ESSALUD" or re.search("HOSPITAL|INSTITUTO", kind):
        return False
    value, found = row[PHONE], numbers(row[PHONE])
    first = re.search(r"\d", value)
    if not found or first is None or found[0][0] != first.start():
        return False
    return len(runs(value)[0]) >= 7 and all(len(r) <= LONGEST for r in runs(value))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept establishments of the list, with the commit it was read at."""
    meta = SOURCES["PE"]
    raw = _git(gits["PE"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "51"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        if not kept(row):
            continue
        keys = {digits_of(row[PHONE]), *(r for r in runs(row[PHONE]) if len(r) >= 7)}
        if keys & (earlier | seen):
            continue
        seen |= keys
        fields = {k: v for k, v in row.items() if k != PERSON}
        found.append({"country": "PE", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "PE", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
