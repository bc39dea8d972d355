"""Extract the real lists that ``pii_held_out_253.py`` writes its records around into
``scripts/data/pii_es_madrid_elderly_centres.json``: the phone fields of a register no earlier
part used (the Ayuntamiento de Madrid's open-data lists of day centres and of residences and
sheltered flats for older people; Spain's earlier parts took other publishers' registers, the
Comunidad de Madrid's schools among them), exactly as the city gives them.

Two lists of one publisher, read from a git checkout at a named commit, values unchanged:

* ``200342-0-centros-dia.csv``: the city's data set 200342 (Centros de día), municipal and
  contracted day centres for older people (``Centro de Día Municipal 'Acuario'``), each with
  its ``TELEFONO`` (``914 799 411``: nine digits in groups of three; one ``91 366 28 94``; one
  field of two numbers on two lines, a mobile and a fixed line; one freephone ``900 102 981``
  shared by three centres);
* ``300048-0-ancianos-residencias-apartamento.csv``: the city's data set 300048 (Residencias y
  apartamentos para mayores), municipal sheltered flats, public and private residences and a
  few day centres, with ``TELEFONO`` in the same shape, 21 fields of two or three numbers
  joined by `` / `` (some with the line's use in brackets: ``917 353 270 (residencia) / 914
  323 020 (centro de día)``, ``(noches)``), two with a doubled blank inside a number (``915
  416  586``), a ``902`` line, a few mobiles and one Zaragoza number (``976 229 522``); two
  rows have no number and are left out.

Both files are ``;``-separated CSV in ISO-8859-1, every value quoted, each line ending in
``;`` and a blank, as datos.madrid.es publishes them, copied into the course repository
FacultadInformatica-LinkedData/Curso2022-2023-ODKG by a student group (HandsOn/Group21, an
open-data knowledge-graph exercise on Madrid's day centres). Every row with a number of six
digits or more in ``TELEFONO``, the day centres first, each in the file's order; each row
kept as a mapping of its file's named columns to the published strings (the header's last,
unnamed column, made by the trailing ``;``, holds only the blank and is left out; ``FAX`` and
``EMAIL`` are empty in every row; the lists name no person: ``NOMBRE`` is the centre's name).

    python scripts/es_madrid_elderly_centres_data.py ES_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_madrid_elderly_centres.json"
CAP = 600
FOLDER = "HandsOn/Group21/data/csv"
PATHS = (
    f"{FOLDER}/200342-0-centros-dia.csv",
    f"{FOLDER}/300048-0-ancianos-residencias-apartamento.csv",
)
SOURCES = {
    "ES": {
        "repository": "FacultadInformatica-LinkedData/Curso2022-2023-ODKG",
        "commit": "8ac2682eabe8917113a128a93508b69f2976cf2f",
        "paths": list(PATHS),
        "encoding": "latin-1",
        "publisher": "Ayuntamiento de Madrid (the City of Madrid), its open-data portal "
        "datos.madrid.es: data sets 200342 'Centros de día' (day centres for older people) and "
        "300048 'Residencias y apartamentos para mayores' (residences and sheltered flats for "
        "older people), as CSV; copied into the course repository by a student group in "
        "8ac2682 ('ref: Re-structure project', 8 October 2022)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the city's terms for the two data sets on datos.madrid.es were not read here",
        "language": "es",
        "roles": {"name": "NOMBRE", "phone": ["TELEFONO"], "address": ["NOMBRE-VIA"]},
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
                {
                    "country": country,
                    "path": f"{path}#{i}",
                    "fields": {k: v for k, v in row.items() if k},
                }
                for i, row in enumerate(table)
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
