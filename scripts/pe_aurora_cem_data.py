"""Extract the real register that ``pii_held_out_408.py`` writes its records around into
``scripts/data/pii_pe_aurora_cem.json``: the contact mobile fields of a register no earlier part
used (Peru, whose earlier part took the Ministry of Health's IPRESS registry of hospitals; this
one is the Ministerio de la Mujer y Poblaciones Vulnerables's Programa Nacional AURORA, its
Centros Emergencia Mujer and rural and urgent-care services for women facing violence, another
publisher and another kind of institution), exactly as the list gives them.

One workbook of a public-help finder (Nicole-Molina/servicios_de_ayuda, a Streamlit app that
lists Peru's help services and police stations by department, province and district), read
from a git checkout at a named commit, values unchanged:

* ``assets/establecimientos_consolidados.xlsx``, its one sheet (inline strings, no shared
  strings): 504 services of the Programa AURORA, each with its ``CATEGORIA`` (``CEM REGULAR``
  245, ``CEM 24 HORAS`` 188, ``SAR`` 63, the Servicio de Atención Rural, and ``SAU`` 8, the
  Servicio de Atención Urgente), ``ESTABLECIMIENTO`` (``CEM REGULAR UTCUBAMBA``),
  ``DEPARTAMENTO``, ``PROVINCIA``, ``DISTRITO``, ``DIRECCION`` (``NO DISPONIBLE`` for every SAR
  and SAU) and ``CELULAR DE CONTACTO``: the service's institutional mobile, nine digits with
  no separator (``994840307``), two of them in one field after a blank, a hyphen or a slash
  (``994833640 940410577``, ``994800533-932963743``, ``994615483- 999053301``, ``914166514 /
  900626756``, ``932946917/ 962070731``), one of ten digits (``9329499263``, as written), or
  ``NO DISPONIBLE`` (23 services).

The workbook is read with the standard library (``jp_takamatsu_schools_data.sheet_rows``: each
cell the string the file holds). A service is kept where its ``CELULAR DE CONTACTO`` holds a
number of seven digits or more, none of whose numbers an earlier Peruvian part's data holds,
and whose digits no service kept before it has (the first of services that share a line);
the kept services are a seeded sample of ``CAP``, in the sheet's order, each the mapping of
all of the sheet's columns to the published strings (the list names no person: a service is
named by its category and town).

    python scripts/pe_aurora_cem_data.py PE_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jp_takamatsu_schools_data import sheet_rows
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_pe_aurora_cem.json"
CAP = 400
PATH = "assets/establecimientos_consolidados.xlsx"
PHONE = "CELULAR DE CONTACTO"
# the earlier Peruvian part's data (no number of it is taken again)
EARLIER = ("pii_pe_ipress.json",)
SOURCES = {
    "PE": {
        "repository": "Nicole-Molina/servicios_de_ayuda",
        "commit": "86eba6eb63b663f2812b867374ad029f75c74915",
        "paths": [PATH],
        "sheet": "sheet1",
        "publisher": "Ministerio de la Mujer y Poblaciones Vulnerables (MIMP), Programa "
        "Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e "
        "Integrantes del Grupo Familiar (AURORA): its Centros Emergencia Mujer (regular and "
        "24-hour), Servicios de Atención Rural and Servicios de Atención Urgente with their "
        "contact mobiles, as a public-help finder consolidated them by department, province "
        "and district (workbook last changed in 590547e, 28 October 2025; read at 86eba6e, "
        "16 November 2025)",
        "licence": "not confirmed: the repository names no licence, and the MIMP's terms for "
        "its list of services were not found in it",
        "language": "es",
        "roles": {"name": "ESTABLECIMIENTO", "phone": [PHONE], "kind": "CATEGORIA",
                  "address": ["DIRECCION", "DISTRITO", "PROVINCIA", "DEPARTAMENTO"]},
    },
}  # fmt: skip


def lines_of(value: str) -> list[str]:
    """The numbers of a contact field: each run of seven digits or more, as written."""
    return re.findall(r"\d{7,}", value)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept services of the list, with the commit they were read at."""
    meta = SOURCES["PE"]
    raw = _git(gits["PE"], "show", f"{meta['commit']}:{PATH}")
    earlier, seen = earlier_numbers(DATA, EARLIER, "51"), set()
    found = []
    for i, row in enumerate(sheet_rows(raw)):
        lines = lines_of(row[PHONE])
        if not lines or any(line in earlier for line in lines):
            continue
        if digits_of(row[PHONE]) in seen:
            continue
        seen.add(digits_of(row[PHONE]))
        found.append({"country": "PE", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "PE", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
