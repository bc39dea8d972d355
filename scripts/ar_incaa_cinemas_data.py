"""Extract the real list that ``pii_held_out_246.py`` writes its records around into
``scripts/data/pii_ar_incaa_cinemas.json``: the phone fields of a register no earlier part used
(Argentina's cinemas, the salas de cine that the Instituto Nacional de Cine y Artes
Audiovisuales (INCAA) and the Ministry of Culture's SInCA list in the cultural map; Argentina's
earlier parts took hospital lists, CONABIP's popular libraries and the map's museums), exactly
as published.

One list, read from a git checkout at a named commit, values unchanged:

* ``cine.csv``: the 329 cinemas of the list (``Categoría`` ``Salas de cine``, ``Fuente``
  ``INCAA / SInCA`` for all), commercial multiplexes, independent and municipal halls, cultural
  centres with a screen, each with its name, street address, postcode (``4700``), province,
  department and locality with their INDEC codes (``Cod_Loc``, ``IdProvincia``,
  ``IdDepartamento``), coordinates, kind of management (``Privado comercial``, ``Público
  municipal``...), screens, seats, whether it is an INCAA space and the year of update, web
  page, and its telephone in two columns: the area code (``cod_area``, característica, ``388``,
  ``2664``, ``s/d`` where the list has none) and the subscriber's number as the list writes it
  (``Teléfono``: digits only, ``4632908``, ``57771000``), never joined.

A UTF-8 CSV as datos.gob.ar publishes it (the data set ``cultura-mapa-cultural-espacios-
culturales``, resource of the salas de cine), copied into the repository
FrancoCaravello/Proyecto-Cultura (an Alkemy data-analytics challenge). Every row whose
``Teléfono`` holds a number of seven digits or more (a six-digit field is the subscriber's part
of a number whose area code stands in the other column, shorter than a line alone: 132 rows;
8 have ``s/d``), in the file's order; each row kept as a mapping of its columns to the published
strings, less ``Mail`` (many of its addresses are a manager's or programmer's own mailbox, some
on a free mail service).

    python scripts/ar_incaa_cinemas_data.py AR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ar_incaa_cinemas.json"
CAP = 600
PATH = "cine.csv"
PHONE = "Teléfono"
LEFT_OUT = ("Mail",)
SOURCES = {
    "AR": {
        "repository": "FrancoCaravello/Proyecto-Cultura",
        "commit": "c192438f07c02f96a33a160e6f26b59fbf17beb5",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Instituto Nacional de Cine y Artes Audiovisuales (INCAA) and the "
        "Ministerio de Cultura de la Nación's Sistema de Información Cultural de la Argentina "
        "(SInCA), Argentina: the list of cinemas (salas de cine, fuente 'INCAA / SInCA', "
        "updated 2018) of the cultural map, as datos.gob.ar publishes it (data set "
        "cultura-mapa-cultural-espacios-culturales); copied into the repository in c192438 "
        "('primer commit: procesamiento en python', 30 May 2022)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; datos.gob.ar's terms for the data set were not read here",
        "language": "es",
        "roles": {"name": "Nombre", "phone": [PHONE], "address": ["Dirección"]},
    },
}  # fmt: skip


def has_line(value: str) -> bool:
    """Whether the field holds a number of seven digits or more."""
    return sum(c.isdigit() for c in value) >= 7


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {
                "country": country,
                "path": f"{PATH}#{i}",
                "fields": {k: v for k, v in row.items() if k not in LEFT_OUT},
            }
            for i, row in enumerate(table)
            if has_line(row[PHONE])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
