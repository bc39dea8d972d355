"""Extract the real list that ``pii_held_out_276.py`` writes its records around into
``scripts/data/pii_ca_on_schools.json``: the phone and fax fields of a register no earlier part
used (Ontario's publicly funded schools in the Ministry of Education's *School information and
student demographics* table; Canada's earlier parts took other registers), exactly as the
Ministry gives them.

One table, read from a git checkout at a named commit, values unchanged: the 2021-2022 English
edition of the Ministry's table (``sif_data_table_2021_2022_en.csv``, extract date 10/4/2024) as
a course project copied it from the Ontario Data Catalogue into the repository
parishanizam/EQAOPredictor-, Windows-1252 CSV, one row per elementary or secondary school of a
district school board or school authority (4,919 rows): its ``Phone Number`` and ``Fax Number``
(``705-945-7194``: area code, exchange and line joined by hyphens, no ``+1``; 220 rows without a
phone, 443 without a fax; 19 schools give one number for both), beside the board's number
(``B28010``), name, type and web site, the school's number (six digits, ``902344``), name, type,
special condition, level, language, grade range, street, suite, P.O. box, municipality, city,
province, postal code (``P6B4J4``, no space), web site, enrolment and coordinates.

Every row whose ``Phone Number`` holds a number of six digits or more, in the file's order; a
seeded sample of 400. Each row keeps the directory columns above and the extract date, as
published (the table names no person: no principal or staff); the student-demographic and
achievement percentages are left out.

    python scripts/ca_on_schools_data.py CA_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ca_on_schools.json"
CAP = 400
KEEP = (
    "Board Number", "Board Name", "Board Type", "School Number", "School Name", "School Type",
    "School Special Condition Code", "School Level", "School Language", "Grade Range",
    "Building Suite", "P.O. Box", "Street", "Municipality", "City", "Province", "Postal Code",
    "Phone Number", "Fax Number", "School Website", "Board Website", "Enrolment", "Latitude",
    "Longitude", "Extract Date",
)  # fmt: skip
SOURCES = {
    "CA": {
        "repository": "parishanizam/EQAOPredictor-",
        "commit": "1412ff9a462420c8739fd9d3683af921c74a52ea",
        "path": "data/sif_data_table_2021_2022_en.csv",
        "encoding": "cp1252",
        "publisher": "Ontario's Ministry of Education, its table 'School information and "
        "student demographics' (Ontario Data Catalogue, data.ontario.ca, dataset "
        "d85f68c5-fcb0-4b4d-aec5-3047db47dcd5), 2021-2022 edition, extract date 10/4/2024: "
        "every publicly funded elementary and secondary school of Ontario's district school "
        "boards and school authorities with its board, address, phone, fax and web site; copied "
        "into the repository ('4AL3 Final Project on EQAO Bias Predictor', a course project "
        "predicting EQAO results) with the 2017-2018 to 2020-2021 editions",
        "licence": "not confirmed: the repository has no LICENSE file (its training script's "
        "header says 'License: MIT License' of the code); the Ontario Data Catalogue publishes "
        "the table under the Open Government Licence - Ontario, whose terms were not read here",
        "language": "en",
        "roles": {"name": "School Name", "phone": ["Phone Number"], "fax": ["Fax Number"],
                  "address": ["Street", "City", "Province", "Postal Code"]},
    },
}  # fmt: skip


def _keep(row: dict[str, str]) -> dict[str, str]:
    return {column: row[column] for column in KEEP}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the table, with the commit they were read at."""
    return extract_csv_files(gits, SOURCES, CAP, _keep)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
