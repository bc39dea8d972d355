"""Extract the real register that ``pii_held_out_25.py`` writes its records around into
``scripts/data/pii_xtec_schools.json``: the phone and e-mail fields of a country whose register
no earlier part used (Spain: Catalonia), exactly as its public body published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``ES``: the table of Catalonia's schools (escoles, instituts, llars d'infants, schools of
  art, music and languages, adult-education centres...) that the Department of Education of
  the Government of Catalonia keeps for its map of pedagogical innovation
  (innovacio.xtec.gencat.cat), as its repository projectestac/mapa-innovacio-edu commits it
  (``utils/dades-centres.csv``; UTF-8, ``,``-delimited, quoted where a field holds a comma):
  nine-digit national numbers in one run with no ``+34`` (``937700381``; 93 and 97 fixed
  lines, a few 6xx mobiles), the school's address on the department's domain
  (``a8000013@xtec.cat``), beside its eight-digit centre code (``codi de centre``:
  ``08000013``), the eight-digit code of its zone's educational service (``08870310``), the
  five-digit postcode (``08630``) and coordinates with a decimal comma (``41,51508``).

Every row with a number of six digits or more in its ``tel`` column, ``CAP`` of them drawn with
a fixed seed, kept in the file's order. Each row is kept as a mapping of the file's column
names to the published strings; the table names no person (its e-mail addresses are the
schools', its names the schools' own), so no column is left out.

    python scripts/xtec_schools_data.py ES_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_xtec_schools.json"
CAP = 600
SOURCES = {
    "ES": {
        "repository": "projectestac/mapa-innovacio-edu",
        "commit": "3c849b6f4dacd095e2c935b2cce452d97029dfa4",
        "path": "utils/dades-centres.csv",
        "encoding": "utf-8",
        "publisher": "Departament d'Educació de la Generalitat de Catalunya (the Department "
        "of Education of the Government of Catalonia; its XTEC organisation projectestac on "
        "GitHub): the school table of the Mapa de la innovació pedagògica de Catalunya "
        "(innovacio.xtec.gencat.cat), last changed in the repository's commit a59c094 of 17 "
        "April 2026 ('Update school 17011081'); the repository's utils/notes.txt names its "
        "source as the department's 'Exportació de centres' spreadsheet",
        "licence": "European Union Public Licence v. 1.2, as the repository's README.md "
        "names it, read: \"'Map of pedagogical innovation in Catalonia' is an open source "
        "development made by the Department of Education of the Government of Catalonia, "
        "released under the terms of the European Union Public Licence v. 1.2\", and as its "
        "LICENSE file holds it (EUPL v1.2); not confirmed that the README's words cover the "
        "data file besides the code (no separate terms for utils/dades-centres.csv were "
        "found); the department's directory of schools on the Generalitat's open-data portal "
        "was not read here",
        "language": "ca",
        "roles": {"name": "nom", "phone": ["tel"], "email": "mail", "register": "id",
                  "postcode": "cp", "city": "municipi"},
    },
}  # fmt: skip


def _rows(text: str) -> list[dict[str, str]]:
    """The rows of the file as published (``,``-delimited, quoted where needed)."""
    return [dict(row) for row in csv.DictReader(io.StringIO(text, newline=""))]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_rows(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
