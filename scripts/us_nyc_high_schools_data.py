"""Extract the real directory that ``pii_held_out_116.py`` writes its records around into
``scripts/data/pii_us_nyc_high_schools.json``: the phone and fax fields of a register no earlier
part used (New York City's public high schools; the United States' earlier parts took other
registers), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``US``: the New York City Department of Education's 2017 DOE High School Directory (the
  NYC Open Data table, as a CSV file committed in the repository kessenma/JPMC_coding_Test):
  North American numbers as the directory writes them, all ``212-690-6800`` (area code,
  exchange and line joined by hyphens), a fax of the same shape in nearly every row; beside the
  school's DBN (``06M540``), building code, postcode, coordinates (``40.8185``,
  ``-73.9499``), BIN and ten-digit BBL (``1019570078``) that are no phone numbers.

Every row of the CSV with a number of six digits or more in ``phone_number``, in the file's
order. Each row is kept as a mapping of the kept column names to the published strings; the
``school_email`` column is left out (its addresses name the principals), and so are the
columns of program, admission and audition prose and seat counts (some prose names staff by
their e-mail addresses); the directory, contact, location and timetable columns are kept as
published.

    python scripts/us_nyc_high_schools_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_nyc_high_schools.json"
CAP = 600
KEPT = (
    "dbn", "school_name", "boro", "neighborhood", "campus_name", "building_code", "location",
    "phone_number", "fax_number", "website", "subway", "bus", "grades2018", "finalgrades",
    "total_students", "start_time", "end_time", "primary_address_line_1", "city", "Postcode",
    "state_code", "Latitude", "Longitude", "Community_Board", "Council_District",
    "Census_Tract", "BIN", "BBL", "NTA", "Borough",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "kessenma/JPMC_coding_Test",
        "commit": "434061afae6db8e1f4770900c18e2cbfecd55cce",
        "path": "2017_DOE_High_School_Directory.csv",
        "encoding": "utf-8",
        "publisher": "New York City Department of Education, 2017 DOE High School Directory "
        "(NYC Open Data), as committed in a coding exercise's repository in 434061a ('added in "
        "all schools instead of 30 like before', 6 July 2022); the file's text carries the "
        "source's mis-decoded quotation marks (``Â“47Â”``)",
        "licence": "not confirmed: the repository has no LICENSE file and no README; the "
        "terms of the NYC Open Data table it copies were not read here",
        "language": "en",
        "roles": {"name": "school_name", "phone": ["phone_number"], "fax": "fax_number",
                  "register": "dbn", "address": ["primary_address_line_1", "city",
                                                 "state_code"],
                  "postcode": "Postcode", "lat": "Latitude", "lon": "Longitude"},
        "kept_columns": list(KEPT),
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}",
             "fields": {k: row[k] for k in KEPT}}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
        ]  # fmt: skip
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
