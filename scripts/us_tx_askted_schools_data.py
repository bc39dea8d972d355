"""Extract the real list that ``pii_held_out_130.py`` writes its records around into
``scripts/data/pii_us_tx_askted_schools.json``: the phone and fax fields of a register no
earlier part used (the Texas Education Agency's AskTED directory of public schools; the United
States' earlier parts took the CMS hospital file, New York City's high schools and Puerto
Rico's voter centres), exactly as the agency gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``askted/directory.csv``: AskTED's "School and District File" as downloaded on 5 December
  2017 (its ``Update Date``), one row per campus of every Texas school district and charter
  holder (regular, alternative, DAEP and JJAEP campuses), each with its ``School Phone``
  (``(903) 928-2295``: the area code in brackets, the exchange and the line joined by a
  hyphen; 585 with an extension after it, ``(903) 928-2294 ext:012 `` with the blanks that pad
  it) and ``School Fax`` in the same shape (73 blank), beside the county, region, district and
  campus numbers (written with a leading apostrophe, ``'001902001``, as the file keeps them
  text), the names, the campus address, grade range, enrollment, status and dates.

Every row with a number of six digits or more in ``School Phone`` (9,219 of 9,409), a sample
of 600 seeded by the country, in the file's order; each row kept as a mapping of its columns to
the published strings, less the columns that name a person (``District Superintendent``,
``School Principal``) or hold mailboxes that are mostly a named person's (``District Email
Address``, ``School Email Address``), and the district office's ``District Phone`` and
``District Fax`` (the campus's own numbers are the ones kept).

    python scripts/us_tx_askted_schools_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_tx_askted_schools.json"
CAP = 600
PATHS = ("askted/directory.csv",)
DROPPED = (
    "District Superintendent", "School Principal", "District Email Address",
    "School Email Address", "District Phone", "District Fax",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "texastribune/scuole-data",
        "commit": "22b0bbc9200a6ce80bf022ff10f84ecd75fbf041",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "the Texas Education Agency (TEA), its AskTED (Texas Education "
        "Directory) School and District File, as the Texas Tribune downloaded it for its "
        "Public Schools Explorer (the scuole project); the file as last changed in cd5329d "
        "('new ted files', 5 December 2017), its rows updated 12/5/2017",
        "licence": "not confirmed: the repository's MIT licence (The Texas Tribune, 2019) is "
        "given for its software; TEA's terms for the AskTED data were not read here",
        "language": "en",
        "dropped": list(DROPPED),
        "roles": {
            "name": "School Name",
            "phone": ["School Phone", "School Fax"],
            "address": ["School Street Address", "School City", "School Zip"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found += [
                {
                    "country": country,
                    "path": f"{path}#{i}",
                    "fields": {k: v for k, v in row.items() if k not in DROPPED},
                }
                for i, row in enumerate(table)
                if _has_phone(row, meta["roles"]["phone"][:1])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
