"""Extract the real list that ``pii_held_out_292.py`` writes its records around into
``scripts/data/pii_us_open_brewery_db.json``: the phone fields of a directory no earlier part
used (Open Brewery DB's breweries of the United States; the country's earlier parts took
government registers of hospitals, schools, colleges, health facilities, FOIA offices, museums,
housing agencies, parks, health centres, treatment facilities and fuel stations), exactly as the
directory gives them.

One directory, read from a git checkout at a named commit, values unchanged: the open-source
data set behind the Open Brewery DB API (openbrewerydb.org), one CSV file per state under
``data/united-states/`` (51 files, the states and the District of Columbia, in the tree's
order), each row a brewery, brewpub, taproom or brand with its ``phone`` as the directory keeps
it: North American numbers with no ``+1`` and no separator (``9076832739``; a few with the
trunk ``1``, with hyphens, or short of ten digits, kept as published), beside the directory's
UUID, name, kind (``brewery_type``), street, city, state, ZIP code (``99501-2104``), web site
and coordinates.

Rows whose ``brewery_type`` is ``planning`` (a brewery not yet open, often a founder's own
line) or ``closed`` (a number that may since have passed to someone else) are left out, and so
are the few whose ``website_url`` holds an e-mail address (``http://waggonerr@gmail.com``, a
person's mailbox among them); of the rest, those with a number of six digits or more in
``phone``, a seeded sample of ``CAP`` in the files' order. Each row is kept as a mapping of
all of its file's columns to the published strings (the directory names no person: ``name`` is
the business's).

    python scripts/us_open_brewery_db_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_open_brewery_db.json"
CAP = 480
FOLDER = "data/united-states/"
LEFT_OUT = ("planning", "closed")
SOURCES = {
    "US": {
        "repository": "openbrewerydb/openbrewerydb",
        "commit": "7b65c4f7ea53824326ba7eafe8a1d580055913ec",
        "folder": FOLDER,
        "encoding": "utf-8",
        "publisher": "Open Brewery DB (openbrewerydb.org), the open-source directory of "
        "breweries, brewpubs and taprooms behind its public REST API, maintained by the "
        "project's contributors through an approval-based pipeline; the state files under "
        "data/united-states/ as last changed in 7bff9b9 ('chore: maintain', 31 July 2026), read "
        "at the repository's head 7b65c4f ('chore: workflow maintain', 2 August 2026)",
        "licence": "MIT License (Copyright (c) 2025 Open Brewery DB), as the repository's "
        "LICENSE file gives it for the repository, the data set included",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone"], "kind": "brewery_type",
                  "address": ["address_1", "address_2", "address_3", "city", "state_province"],
                  "postcode": "postal_code", "web": "website_url",
                  "coordinates": ["latitude", "longitude"], "register": "id"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the state files, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        listing = _git(git_dir, "ls-tree", "--name-only", meta["commit"], meta["folder"])
        found = []
        for path in listing.decode("utf-8").split():
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": dict(row)}
                for i, row in enumerate(table)
                if row["brewery_type"] not in LEFT_OUT
                and "@" not in row["website_url"]
                and _has_phone(row, meta["roles"]["phone"])
            ]
        rows += _sample(found, country)
    return {"sources": SOURCES, "rows": rows}


def _sample(found: list[dict[str, Any]], country: str) -> list[dict[str, Any]]:
    """``seeded_sample``'s rows, put back in the files' order (file by file, row by row)."""
    order = {id(row): n for n, row in enumerate(found)}
    return sorted(seeded_sample(found, country, CAP), key=lambda row: order[id(row)])


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
