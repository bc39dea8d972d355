"""Extract the real list that ``pii_held_out_186.py`` writes its records around into
``scripts/data/pii_us_nys_health_facilities.json``: the phone and fax fields of a register no
earlier part used (the New York State Department of Health's Health Facility General
Information; the United States' earlier parts took CMS's hospital file, New York City's high
schools, Puerto Rico's voter centres, the Texas Education Agency's AskTED schools, HIFLD's
colleges and the City of Cambridge's facilities), exactly as the department gives them.

One CSV file, read from a git checkout at a named commit, values unchanged:

* ``Health_Facility_General_Information.csv``: the department's list of Article 28, 36 and 40
  facilities and programs of its Health Facilities Information System (hospitals and their
  extension clinics, nursing homes, diagnostic and treatment centres, certified and licensed
  home care agencies, adult homes, hospices), each with its ``Facility Phone Number`` (ten
  digits with no separator and no ``+1``, ``7164397435``) and, for about half of them, its
  ``Facility Fax Number`` in the same shape, beside its id, name, short and long description,
  open date, address, county, regional office, operating certificate number, ownership type
  and coordinates.

The file is the CSV export of health.data.ny.gov (data set ``vn5v-hh5r``), copied into the
repository JoelJHarvey/our-turn-to-care (a care-finding site). Of the rows with a number of six
digits or more in ``Facility Phone Number``, those whose ``Ownership Type`` is not
``Individual`` (a facility a person operates in their own name: its number may be theirs); a
seeded sample of at most ``CAP``, in the file's order. Each row kept as a mapping of the
facility's own columns to the published strings; the operator's and cooperator's columns (names
that may be persons') and the free ``Facility Website`` field (a few hold a person's mailbox)
are left out.

    python scripts/us_nys_health_facilities_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_nys_health_facilities.json"
CAP = 400
KEPT = (
    "Facility ID", "Facility Name", "Short Description", "Description", "Facility Open Date",
    "Facility Address 1", "Facility Address 2", "Facility City", "Facility State",
    "Facility Zip Code", "Facility Phone Number", "Facility Fax Number", "Facility County Code",
    "Facility County", "Regional Office ID", "Regional Office", "Main Site Name",
    "Main Site Facility ID", "Operating Certificate Number", "Ownership Type",
    "Facility Latitude", "Facility Longitude",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "JoelJHarvey/our-turn-to-care",
        "commit": "09a9b257d6aeb2760aa73c7dda4955148e82a207",
        "path": "Health_Facility_General_Information.csv",
        "encoding": "utf-8",
        "publisher": "the New York State Department of Health, its Health Facility General "
        "Information (Health Facilities Information System: Article 28, 36 and 40 facilities "
        "and programs) as health.data.ny.gov publishes it (data set vn5v-hh5r); the CSV export "
        "as committed in 09a9b25 ('Content Hub Updates and Added Sub-pages', 2 April 2026), "
        "unchanged since at the repository's head cc13d1b",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for the file; the State's open-data terms of use for the data set were not "
        "read here",
        "language": "en",
        "roles": {"name": "Facility Name", "phone": ["Facility Phone Number",
                  "Facility Fax Number"], "address": "Facility Address 1",
                  "city": "Facility City", "zip": "Facility Zip Code",
                  "id": "Facility ID", "ownership": "Ownership Type"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}",
             "fields": {k: row[k] for k in KEPT}}
            for i, row in enumerate(table)
            if _has_phone(row, ["Facility Phone Number"])
            and row["Ownership Type"] != "Individual"
        ]  # fmt: skip
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
