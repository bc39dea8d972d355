"""Extract the real rows that ``pii_held_out_316.py`` writes its records around into
``scripts/data/pii_us_nyc_restaurants.json``: the phone fields of a register no earlier part
used (the United States, whose earlier parts took CMS's hospitals, New York City's DOE high
schools, state and federal lists, Open Brewery DB, Starbucks' stores and the congressional
district offices; this one is the New York City Department of Health and Mental Hygiene's
restaurant register, the restaurants and bars it permits and inspects), exactly as it gives them.

One CSV file, read from a git checkout at a named commit, values unchanged:

* ``DOHMH_New_York_City_Restaurant_Inspection_Results.csv``: 1,991 restaurants of the DOHMH
  New York City Restaurant Inspection Results table (NYC Open Data, data.cityofnewyork.us,
  ``43nn-pn8j``), one row a restaurant, in 9 columns: the restaurant's name as permitted
  (``DBA``: ``BAHAR MASALA``, ``T.G.I. FRIDAY'S``), borough (``Manhattan``, ``Brooklyn``,
  ``Queens``, ``Bronx``), street as DOHMH writes it (``WEST   27 STREET``), five-digit ZIP code,
  phone (``7184348088``: ten digits with no ``+1`` and no separator), cuisine
  (``Afghan``), latitude and longitude (``40.63353371``, ``-73.96714918``; one row without) and
  ``PREP_TIME`` (``0`` to ``5``, a column the repository's author added for a mock delivery
  business, not the register's). UTF-8 with a byte-order mark, LF.

The rows whose ``PHONE`` holds ten digits (the 2 DOHMH wrote with an underscore, ``718_213268``,
left out), less those whose number is shared by three or more of them (a chain's central line,
``9177965620`` for 10 KFC restaurants, ``5082081825`` for 4 McDonald's) and those of one repeated
digit; a seeded sample of 480 in the file's order. Each row kept as a mapping of all of the
file's columns to the published strings (the register names no person: ``DBA`` is the
business's trade name).

    python scripts/us_nyc_restaurants_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_nyc_restaurants.json"
CAP = 480
PHONE = "PHONE"
SOURCES = {
    "US": {
        "repository": "fabricio-neves/BI-Project",
        "commit": "115262c5fd5d3a2d0c418a144dfbad03a2d9bc99",
        "path": "DOHMH_New_York_City_Restaurant_Inspection_Results.csv",
        "encoding": "utf-8-sig",
        "publisher": "New York City Department of Health and Mental Hygiene (DOHMH), its "
        "'DOHMH New York City Restaurant Inspection Results' table on NYC Open Data "
        "(data.cityofnewyork.us, 43nn-pn8j): the restaurants it permits and inspects, one row "
        "a restaurant with its name, borough, street, ZIP code, phone, cuisine and "
        "coordinates; copied into the repository in 115262c ('First Commit', 11 December 2021), "
        "whose README calls it 'a list of restaurants from data.cityofnewyork.us' for a "
        "Power BI simulation (its PREP_TIME column the author's, its other files mock data "
        "from mockaroo.com)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; NYC Open Data's terms of use for the table were not read here",
        "language": "en",
        "roles": {"name": "DBA", "phone": [PHONE], "address": ["STREET"]},
    },
}  # fmt: skip


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _has_phone(row, [PHONE]) and re.fullmatch(r"\d{10}", row[PHONE])
        ]
        shared = Counter(_digits(r["fields"][PHONE]) for r in found)
        found = [
            r
            for r in found
            if shared[_digits(r["fields"][PHONE])] < 3 and len(set(_digits(r["fields"][PHONE]))) > 1
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
