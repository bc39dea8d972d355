"""Extract the real branch list that ``pii_held_out_87.py`` writes its records around into
``scripts/data/pii_dz_bna_branches.json``: the phone, fax and e-mail fields of a country whose
register no earlier part used (Algeria), exactly as the list published them.

One list, read from a git checkout at a named commit, values unchanged:

* ``DZ``: the branches of the Banque Nationale d'Algérie (BNA), the state-owned bank, as the
  Transformatek team collected them from the bank's contact page (bna.dz) into their
  geo-enabled data sets (``dz-datasets/banks/bna/bna_branches.csv`` of the repository
  transformatek/geo-enabled-datasets): Algerian numbers as each row gives them, the area code
  in brackets (``(049) 36 78 43``), several joined by `` - ``, others after ``/`` as their
  last digits (``(043) 43 77 12/14/26``, ``(037) 58 28 17/ 33 (037) 58 31 65``) or a range
  after ``à`` (``(031) 47 39 71 à 72``); the fax field in the same form, sometimes holding the
  phone's numbers; the branch's role e-mail address (``agadrar250@bna.dz``); beside the
  branch's code and name (``250 - Agence ADRAR``), its address with postcode (``01000``), its
  wilaya and the wilaya's code, and its coordinates.

Every row of the CSV file with a number of six digits or more in its ``tel`` field, in the
file's order. Each row is kept as a mapping of the file's columns to the published values; the
list names no person (its names are the branches', its e-mail addresses their role addresses),
so no column is left out.

    python scripts/dz_bna_branches_data.py DZ_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_dz_bna_branches.json"
CAP = 600
SOURCES = {
    "DZ": {
        "repository": "transformatek/geo-enabled-datasets",
        "commit": "da4a3fa82bd05d8ee8302f449cce32afb18ce3ed",
        "path": "dz-datasets/banks/bna/bna_branches.csv",
        "encoding": "utf-8",
        "publisher": "Banque Nationale d'Algérie's branch list (its contact page "
        "https://www.bna.dz/fr/contact.html, as the data set's README names it), collected, "
        "geocoded and checked in QGIS by Transformatek; the file as last changed in 5be471d "
        "('Update baks datasets', 1 May 2021), read at da4a3fa ('Update README.md')",
        "licence": "CC BY 4.0 as the data set's README states ('Datasets are provided to you "
        "under a Creative Commons Attribution 4.0 International License'); the repository's "
        "LICENSE file is CC0 1.0; the bank's own terms for its contact page were not found",
        "language": "fr",
        "roles": {"name": "name", "phone": ["tel"], "fax": ["fax"], "email": "email",
                  "address": "address", "lat": "lat", "lon": "lon"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
