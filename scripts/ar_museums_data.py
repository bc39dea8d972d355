"""Extract the real list that ``pii_held_out_169.py`` writes its records around into
``scripts/data/pii_ar_museums.json``: the phone fields of a register no earlier part used
(Argentina's museums as the Ministry of Culture's cultural map lists them, most rows from the
Dirección Nacional de Patrimonio y Museos (DNPyM); Argentina's earlier parts took hospital
lists and CONABIP's popular libraries), exactly as published.

One list, read from a git checkout at a named commit, values unchanged:

* ``museos_datosabiertos.csv``: the 1,181 museums and patrimonial exhibition spaces of the list
  (``categoria`` ``Espacios de Exhibición Patrimonial``, ``subcategoria`` ``Museos``, ``fuente``
  ``DNPyM`` for 1,048, provincial and municipal networks for the rest), each with its name,
  street address, postcode (``B6500EVL``, ``4700``), province and locality with their INDEC
  codes (``Cod_Loc``, ``IdProvincia``, ``IdDepartamento``), coordinates, jurisdiction
  (``Municipal``, ``Nacional``, ``Privada``...), year of foundation and of update, web page, and
  its telephone in two columns: the area code (``cod_area``, característica, ``11``, ``2317``)
  and the subscriber's number as the list writes it (``telefono``: ``4205 9567``,
  ``425 2279``, ``4312345``, with an extension ``4576 3300 INT. 284``, ``4491200 int. 4467``,
  mobiles with their ``15``: ``15 465 045``), never joined.

A UTF-8 CSV as datos.gob.ar publishes it (the data set ``cultura-mapa-cultural-espacios-
culturales``, resource ``museos_datosabiertos.csv``), copied into the repository
FrancoCaravello/Proyecto-Cultura (an Alkemy data-analytics challenge). Every row whose
``telefono`` holds one number of seven digits or more before any extension (``INT``/``int``)
(a six-digit field is the subscriber's part of a number whose area code stands in the other
column, shorter than a line alone; 194 rows have none), in the file's order; each row kept as a
mapping of its columns to the published strings, less ``Mail`` (many of its addresses are a
curator's or member's own mailbox on a free mail service).

    python scripts/ar_museums_data.py AR_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ar_museums.json"
CAP = 600
PATH = "museos_datosabiertos.csv"
LEFT_OUT = ("Mail",)
SOURCES = {
    "AR": {
        "repository": "FrancoCaravello/Proyecto-Cultura",
        "commit": "c192438f07c02f96a33a160e6f26b59fbf17beb5",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministerio de Cultura de la Nación (Argentina), Sistema de Información "
        "Cultural de la Argentina (SInCA), mapa cultural: its list of museums (Espacios de "
        "Exhibición Patrimonial), most rows from the Dirección Nacional de Patrimonio y Museos "
        "(DNPyM), as datos.gob.ar publishes it (data set cultura-mapa-cultural-espacios-"
        "culturales, resource museos_datosabiertos.csv); copied into the repository in "
        "c192438 ('primer commit: procesamiento en python', 30 May 2022)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; datos.gob.ar's terms for the data set were not read here",
        "language": "es",
        "roles": {"name": "nombre", "phone": ["telefono"], "address": ["direccion"]},
    },
}  # fmt: skip


def has_line(value: str) -> bool:
    """Whether the field holds one number of seven digits or more before any extension."""
    head = re.split(r"(?i)\s*int\b", value, maxsplit=1)[0]
    return any(sum(c.isdigit() for c in part) >= 7 for part in re.split(r"/| y ", head))


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
            if has_line(row["telefono"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
