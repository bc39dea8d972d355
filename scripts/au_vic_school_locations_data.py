"""Extract the real list that ``pii_held_out_188.py`` writes its records around into
``scripts/data/pii_au_vic_school_locations.json``: the phone fields of a register no earlier part
used (Victoria's school locations list of the Victorian Department of Education, 2025;
Australia's earlier parts took Western Australia's schools list, the NSW Department of
Education's public schools and the Australian Library Map, New Zealand's the Ministry of
Education's schools and early childhood services), exactly as the department gives them.

One CSV file (UTF-8 with a byte-order mark) read from a git checkout at a named commit, values
unchanged: ``data/dv402-SchoolLocations2025.csv``, the Data Vic file ``dv402`` of school
locations (Government, Catholic and Independent schools), in the copy of a course project that
kept its 610 secondary and primary/secondary schools, each with its ``Full_Phone_No``
(``03 9468 3300``: the trunk ``0`` and area code ``3`` and the eight-digit line in two groups of
four; two ``1300`` numbers and one ``1800`` number in 4-3-3; five fields hold only ``03-``, no
number, and are left out), beside the sector, entity type, school number, name, type, status,
street and postal address, region, area, LGA id and name, LGA type and coordinates (``X``
longitude, ``Y`` latitude). A seeded sample of 360 of the 605 rows with a number of six digits
or more in ``Full_Phone_No``, in the file's order; each row kept as a mapping of all of the
file's columns to the published strings (the list names no person).

    python scripts/au_vic_school_locations_data.py AU_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_au_vic_school_locations.json"
CAP = 360
SOURCES = {
    "AU": {
        "repository": "krayxie123/Homework-Week-9",
        "commit": "20bc49afe4664a6f81b42a6858d98d487edf1ba3",
        "path": "data/dv402-SchoolLocations2025.csv",
        "encoding": "utf-8-sig",
        "publisher": "Victorian Department of Education, School Locations 2025 (Data Vic "
        "resource dv402-SchoolLocations2025.csv, education.vic.gov.au/Documents/about/research/"
        "datavic/): Government, Catholic and Independent schools of Victoria with their "
        "addresses, phone numbers, regions, LGAs and coordinates; this copy, added in 20bc49a "
        "('adding files', 27 September 2025, unchanged since), holds the 610 secondary and "
        "primary/secondary schools of the list",
        "licence": "not confirmed: the repository has no LICENSE file and names no terms; Data "
        "Vic publishes the department's school locations under CC BY 4.0, but the terms of "
        "this resource were not read here",
        "language": "en",
        "roles": {"name": "School_Name", "phone": ["Full_Phone_No"], "address": ["Address_Line_1"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
