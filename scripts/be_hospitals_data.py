"""Extract the real register that ``pii_held_out_39.py`` writes its records around into
``scripts/data/pii_be_hospitals.json``: the phone fields of a country whose register no earlier
part used (Belgium), exactly as its hospitals gave them.

No other Belgian register with phone fields was found in the stored public repositories in the
time given to this part (a daily dump of the federal agency's pharmacy list takes its numbers
from OpenStreetMap, which ``held_out_10`` used); this file of Eurostat's dataset, the fallback
the procedure names, is used.

One register, read from a git checkout at a named commit, values unchanged:

* ``BE``: Belgium's hospital sites as Eurostat's GISCO team gathered them for its
  healthcare-services dataset (``data/healthcare/csv/BE.csv`` of the repository
  eurostat/basic-services, reference date 01/02/20, published 16/04/2020): Belgian nine-digit
  numbers as each site gave them, the area code with its trunk ``0`` before a slash and the
  line in dotted pairs (``050/36.91.11``, ``02/221.91.11``, ``03/217.71.11``); beside the
  site's id (``1000``), its four-digit postcode (``8310``), bed count, coordinates and the
  dataset's reference and publication dates. The file has no e-mail address.

Every row with a number of six digits or more in its ``tel`` column (267 of the file's 272),
in the file's order. Each row is kept as a mapping of the file's column names to the published
strings; the register names no person (its names are the hospitals' and their sites', some
after a saint or a founder, its addresses their premises), so no column is left out.

    python scripts/be_hospitals_data.py BE_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_be_hospitals.json"
CAP = 600
SOURCES = {
    "BE": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/BE.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "Belgian file as the repository committed it in f35f82e ('create healthcare data "
        "folder', 27 October 2020), unchanged since; the rows are Belgian hospital sites with "
        "their site ids, reference date 01/02/20, published 16/04/2020; the Belgian body "
        "Eurostat took them from is not named in the file",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; "
        "the terms of the Belgian source were not found",
        "language": "nl, fr, de",
        "roles": {"name": "hospital_name", "phone": ["tel"], "register": "id",
                  "postcode": "postcode", "city": "city"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
