"""Extract the real rows that ``pii_held_out_300.py`` writes its records around into
``scripts/data/pii_us_starbucks_stores.json``: the phone fields of a directory no earlier part
used (the United States, whose earlier parts took government lists and Open Brewery DB; this is
Starbucks' store locator, its coffee houses and Teavana tea shops), exactly as it gives them.

One CSV file, read from a git checkout at a named commit, values unchanged:

* ``directory.csv``: the 'Starbucks Locations Worldwide' table (Kaggle data set
  ``starbucks/store-locations``, the store locator's listing of every store in operation in
  2017), 25,600 stores in 13 columns: brand (``Starbucks``, ``Teavana``, ``Evolution Fresh``,
  ``Coffee House Holdings``), store number (``72784-33081``), store name (a licensed store names
  its host: ``Fred Meyer - Anchorage (Dimond) #71``, ``Safeway-Anchorage #1809``), ownership type
  (``Company Owned`` or ``Licensed``), street address, city, state or province, country, postcode
  (in the United States mostly nine digits with no hyphen, ``995151453``), phone number,
  time zone (``GMT-08:00 America/Los_Angeles``), longitude and latitude (two decimals).

The United States rows (``Country`` ``US``) whose ``Phone Number`` holds a number of six digits
or more (13,114 of 13,608), less those whose number is shared by three or more of them (a
concession operator's or host's switchboard, ``773-686-6180`` for 17 stores at O'Hare airport)
and those of one repeated digit; a seeded sample of 500 in the file's order. North American
numbers with no ``+1`` as the locator gives them, most with area code, exchange and line joined
by hyphens (``907-267-6700``), others in ten bare digits (``9072782251``), the area code in
brackets (``(702) 669-6989``) or split by ``/``, blanks or dots, some with the trunk ``1``; each
row kept as a mapping of all of the file's columns to the published strings (the directory names
no person: ``Store Name`` is the store's or its host's).

    python scripts/us_starbucks_stores_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_starbucks_stores.json"
CAP = 500
PHONE = "Phone Number"
SOURCES = {
    "US": {
        "repository": "AsmitaChhabra/Starbucks-Data-Analysis",
        "commit": "9ef366cdf7ba861b2e900afaf9d3b12da9a51362",
        "path": "directory.csv",
        "encoding": "utf-8",
        "publisher": "Starbucks Corporation's store locator, as the Kaggle data set 'Starbucks "
        "Locations Worldwide' (starbucks/store-locations, 2017) tabulates it: every store in "
        "operation, company-owned and licensed; copied into the repository in 9ef366c ('Add "
        "Starbucks data analysis and dataset', 11 February 2025), beside a notebook that reads it",
        "licence": "not confirmed: the repository has no LICENSE file and no README; the Kaggle "
        "data set's terms and Starbucks' terms for its store locator were not read here",
        "language": "en",
        "roles": {"name": "Store Name", "phone": [PHONE], "address": ["Street Address"]},
    },
}  # fmt: skip


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if row["Country"] == country and _has_phone(row, [PHONE])
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
