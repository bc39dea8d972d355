"""Extract the real list that ``pii_held_out_340.py`` writes its records around into
``scripts/data/pii_us_ca_cde_schools.json``: the phone fields of a register no earlier part
used (the California Department of Education's (CDE) public schools directory, ``pubschls``;
the United States' earlier parts took CMS's hospital file, New York City's DOE high schools, the
Texas Education Agency's AskTED schools, HIFLD's colleges, the Texas DFPS child-care centres and
others), exactly as the directory gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``data/top_schools_2018_by_math_and_english.csv``: 938 active California public schools (670
  elementary, 125 intermediate and middle, 99 high schools, alternative, K-12, junior high and
  opportunity schools; 84 charters) of the CDE's 2018 California School Dashboard academic
  indicators (mathematics and English language arts status) with the highest combined status,
  each joined to its row of the CDE's public schools directory (``pubschls.xlsx``, the
  "Public Schools and Districts" data file): its ``phone`` as the directory writes it (``(562)
  229-7745``: the area code in brackets, a blank, the exchange and the line joined by a
  hyphen; 929 distinct), beside the 14-digit CDS code, school, district and county names, the
  charter flag, the dashboard's status scores, level and reporting year, the directory's status
  type, street, city, ZIP code or ZIP+4 (``90703-1244``), state, web site (``No Data`` where
  it has none), school ownership code and type, educational option, instruction level, magnet
  flag and coordinates.

Every row with a number of six digits or more in ``phone`` (all 938), the first of each phone
(929), a sample of 300 seeded by the country, in the file's order; each row kept as a mapping of
all of the file's columns to the published strings (the file names no person: the schools'
names that honour a person are their official names).

    python scripts/us_ca_cde_schools_data.py US_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_ca_cde_schools.json"
CAP = 300
SOURCES = {
    "US": {
        "repository": "xta/California_School_Dashboard_Rank",
        "commit": "4407b0fc0ff35244974f50a56a99786b5ce7239b",
        "path": "data/top_schools_2018_by_math_and_english.csv",
        "encoding": "utf-8",
        "publisher": "California Department of Education (CDE), its public schools directory "
        "(Public Schools and Districts data file, pubschls.xlsx, "
        "www.cde.ca.gov/ds/si/ds/pubschls.asp) joined by CDS code to its 2018 California "
        "School Dashboard academic indicators (www.cde.ca.gov/ta/ac/cm/); the file as written "
        "by the repository's utils/top_schools.py in af202be ('add new dataset: public schools "
        "detail', 9 February 2019), unchanged since f7b7b50 (9 February 2019)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the CDE's terms for its data files were not read here",
        "language": "en",
        "roles": {
            "name": "school_name",
            "phone": ["phone"],
            "address": ["street", "city", "state", "zip"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file, with the commit they were read at."""
    return extract_csv_files(gits, SOURCES, CAP, distinct="phone")


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
