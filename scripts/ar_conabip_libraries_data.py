"""Extract the real list that ``pii_held_out_133.py`` writes its records around into
``scripts/data/pii_ar_conabip_libraries.json``: the phone fields of a register no earlier part
used (Argentina's popular libraries, bibliotecas populares, as the National Commission of
Popular Libraries, CONABIP, lists them in the Ministry of Culture's cultural map; Argentina's
earlier parts took hospital lists), exactly as published.

One list, read from a git checkout at a named commit, values unchanged:

* ``TablasOriginales/bibliotecas-populares.csv``: the 1,902 popular libraries of the list
  (``categoria`` ``Biblioteca Popular``, ``fuente`` ``CONABIP``, updated 2023), each with its
  CONABIP number (``nro_conabip``), name, street address, postcode (``6660``, ``B7300GEM``),
  province, department and locality with their INDEC codes, coordinates, foundation date and
  its telephone in two columns: the area code (``cod_tel``, característica, ``11``, ``291``,
  ``2345``) and the subscriber's number (``telefono``, ``42141245``, ``4554055``, ``462234``),
  digits only, never joined.

A UTF-8 CSV as datos.gob.ar publishes it (the data set ``cultura-mapa-cultural-espacios-
culturales``), copied into the repository mmartinnnnnn/Educacion-y-Cultura-en-Argentina-
Analisis-Exploratorio-de-Datos (a university data-laboratory assignment). Every row whose
``telefono`` has seven digits or more (a six-digit field is the second half of a number whose
area code stands in the other column, shorter than a subscriber's line alone), a seeded sample
of 600 of them in the file's order; each row kept as a mapping of its columns to the published
strings, less ``mail`` (many of its addresses are a librarian's or member's own mailbox on a
free mail service).

    python scripts/ar_conabip_libraries_data.py AR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

REPOSITORY = "mmartinnnnnn/Educacion-y-Cultura-en-Argentina-Analisis-Exploratorio-de-Datos"
OUT = Path(__file__).resolve().parent / "data" / "pii_ar_conabip_libraries.json"
CAP = 600
PATH = "TablasOriginales/bibliotecas-populares.csv"
DROPPED = ("mail",)
SOURCES = {
    "AR": {
        "repository": REPOSITORY,
        "commit": "0b104f5e5a45b89a78054744add1588f346736e4",
        "path": PATH,
        "publisher": "Comisión Nacional de Bibliotecas Populares (CONABIP, Ministerio de "
        "Cultura de la Nación, Argentina): its list of popular libraries in the ministry's "
        "cultural map (Mapa Cultural, SInCA) as datos.gob.ar publishes it, data set "
        "'cultura-mapa-cultural-espacios-culturales', fuente CONABIP, anio_actualizacion "
        "2023; the file as added in 7764aab ('Add files via upload', 23 June 2026; first "
        "committed at the repository's root in 557adb1), whose README names datos.gob.ar's "
        "'Padrón de Bibliotecas Populares' as its source",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the terms under which datos.gob.ar publishes the data set were not read here",
        "language": "es",
        "dropped": list(DROPPED),
        "roles": {"name": "nombre", "phone": ["telefono"], "area_code": "cod_tel",
                  "register": "nro_conabip", "address": ["domicilio", "cp", "localidad"],
                  "coordinates": ["latitud", "longitud"]},
    },
}  # fmt: skip


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode("utf-8"), newline=""))
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#{i}",
                "fields": {k: v for k, v in row.items() if k not in DROPPED},
            }
            for i, row in enumerate(table)
            if _digits(row["telefono"]) >= 7
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
