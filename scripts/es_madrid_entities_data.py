"""Extract the real lists that ``pii_held_out_303.py`` writes its records around into
``scripts/data/pii_es_madrid_entities.json``: the phone and e-mail fields of a register no
earlier part used (the Ayuntamiento de Madrid's municipal register of citizens' entities, its
federations and foundations; Spain's earlier parts took other registers, the city's own day
centres and residences for older people among them), exactly as the city gives them.

Two lists of one publisher, read from a git checkout at a named commit, values unchanged:

* ``Federaciones_202209.csv``: the federations, confederations and coordinating bodies of
  associations inscribed in the city's Registro Municipal de Entidades Ciudadanas (September
  2022), each with its ``Primer_Tlfn`` (the first telephone: nine digits in one run,
  ``915018335``; 86 fixed lines of area code ``91``, 38 mobiles), its ``Email`` where it has
  one (115 of 126, one with a trailing blank), its registration number, name
  (``Razon_Social``), address, ``CIF`` (the body's tax id), registration date, web page,
  category, scope and the counts of member associations and members; two rows have no number
  (one blank) and are left out;
* ``Fundaciones_202209.csv``: the foundations inscribed in the same register, with
  ``Primer_Tlfn`` in the same shape (57 fixed lines, 48 mobiles, one of ten digits), an
  ``Email`` in every row, the name (``Denominación``), address, ``CIF``, registration date,
  web page, category, scope and member count.

Both files are ``;``-separated CSV in Windows-1252 (the federations' names carry its curly
quotes and dash), as datos.madrid.es publishes the register, copied into the course repository
FacultadInformatica-LinkedData/Curso2022-2023-ODKG by a student group (HandsOn/Group20, an
open-data knowledge-graph exercise on Madrid's associations). Every row with a number of six
digits or more in ``Primer_Tlfn``, the federations first, each in the file's order; each row
kept as a mapping of all of its file's columns to the published strings (the register lists
bodies, not persons: the name is the federation's or foundation's; a number or mailbox may
still be one a person answers, which is why each is labelled).

    python scripts/es_madrid_entities_data.py ES_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_madrid_entities.json"
CAP = 600
FOLDER = "HandsOn/Group20/csv/original_files"
PATHS = (f"{FOLDER}/Federaciones_202209.csv", f"{FOLDER}/Fundaciones_202209.csv")
SOURCES = {
    "ES": {
        "repository": "FacultadInformatica-LinkedData/Curso2022-2023-ODKG",
        "commit": "32cbaed623b1ebd23cf8df9084b4f7bd1ce96fe2",
        "paths": list(PATHS),
        "encoding": "cp1252",
        "publisher": "Ayuntamiento de Madrid (the City of Madrid), its Registro Municipal de "
        "Entidades Ciudadanas (municipal register of citizens' entities) as datos.madrid.es "
        "publishes it: the federations ('Federaciones') and foundations ('Fundaciones') "
        "inscribed in it, September 2022, as CSV; copied into the course repository by a "
        "student group in 32cbaed ('assignment 4 done', 23 October 2022)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the city's terms for the register's data sets on datos.madrid.es were not "
        "read here",
        "language": "es",
        "roles": {"name": ["Razon_Social", "Denominación"], "phone": ["Primer_Tlfn"],
                  "email": ["Email"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            text = io.StringIO(raw.decode(meta["encoding"]), newline="")
            table = csv.DictReader(text, delimiter=";")
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": dict(row)}
                for i, row in enumerate(table)
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
