"""Extract the real register that ``pii_held_out_30.py`` writes its records around into
``scripts/data/pii_pl_hospitals.json``: the phone and e-mail fields of a country whose register
no earlier part used (Poland), exactly as its public bodies published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``PL``: Poland's hospitals as Eurostat's GISCO team gathered them for its healthcare-services
  dataset (``data/healthcare/csv/PL.csv`` of the repository eurostat/basic-services, reference
  date 29/03/2020, published 16/04/2020): Polish nine-digit numbers as each hospital gave them,
  in many shapes (``85 83 18 328``, ``67 2826700``, ``618739000``, ``(58) 349 20 00``,
  ``(052)395 67 69``, ``48 378-35-92``, two or three in one field after ``,``, ``;`` or ``/``,
  an extension after some, ``wew. 331``), and one e-mail address each; beside the row's
  register id (``00078/20/2017``), its postcode (``15-276``), coordinates and the dataset's
  reference and publication dates.

Every row with a number of six digits or more in its ``tel`` column (all 466 of the file), in
the file's order. Each row is kept as a mapping of the file's column names to the published
strings; the register names no person (its names are the hospitals', its addresses their
premises, its e-mail addresses their offices'), so no column is left out.

    python scripts/pl_hospitals_data.py PL_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pl_hospitals.json"
CAP = 600
SOURCES = {
    "PL": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/PL.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "Polish file as the repository committed it in f35f82e ('create healthcare data "
        "folder', 27 October 2020), unchanged since; the rows are Polish hospitals with their "
        "register ids (NNNNN/VV/YYYY), reference date 29/03/2020, published 16/04/2020; the "
        "Polish body Eurostat took them from is not named in the file",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; "
        "the terms of the Polish source were not found",
        "language": "pl",
        "roles": {"name": "hospital_name", "phone": ["tel"], "email": "email",
                  "register": "id", "postcode": "postcode", "city": "city"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
