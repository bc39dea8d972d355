"""Extract the real register that ``pii_held_out_37.py`` writes its records around into
``scripts/data/pii_hu_hospitals.json``: the phone fields of a country whose register no earlier
part used (Hungary), exactly as its hospitals gave them.

Finland, the country first chosen for this part, has no phone or e-mail field in any register
found in the stored public repositories (its file of this dataset, ``FI.csv``, leaves ``tel``
and ``email`` empty), nor have Sweden's and Lithuania's files; Hungary's file is the first of
the alternatives with numbers.

One register, read from a git checkout at a named commit, values unchanged:

* ``HU``: Hungary's hospitals and in-patient providers as Eurostat's GISCO team gathered them
  for its healthcare-services dataset (``data/healthcare/csv/HU.csv`` of the repository
  eurostat/basic-services, reference date 01/02/2020, published 16/04/2020): Hungarian numbers
  as each hospital gave them, the area code without the trunk prefix ``06`` before a hyphen,
  the line in one run or in groups (``1-4222704``, ``72-533105``, ``69-511-150``,
  ``93-502 000``); beside the row's four-character provider id (``1052``, ``A316``), its
  four-digit postcode (``7700``), house number, bed count, coordinates and the dataset's
  reference and publication dates. The file has no e-mail address.

Every row with a number of six digits or more in its ``tel`` column (all 135 of the file), in
the file's order. Each row is kept as a mapping of the file's column names to the published
strings; the register names no person (its names are the hospitals' and their operators', its
addresses their premises), so no column is left out.

    python scripts/hu_hospitals_data.py HU_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_hu_hospitals.json"
CAP = 600
SOURCES = {
    "HU": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/HU.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "Hungarian file as the repository committed it in f35f82e ('create healthcare data "
        "folder', 27 October 2020), unchanged since; the rows are Hungarian hospitals and "
        "in-patient providers with their provider ids, reference date 01/02/2020, published "
        "16/04/2020; the Hungarian body Eurostat took them from is not named in the file",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; "
        "the terms of the Hungarian source were not found",
        "language": "hu",
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
