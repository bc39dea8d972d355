"""Extract the real directory that ``pii_held_out_101.py`` writes its records around into
``scripts/data/pii_gy_health_centres.json``: the phone fields of a country whose register no
earlier part used (Guyana), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``GY``: Guyanese hospitals, health centres and health posts as a site project for the
  Ministry of Local Government and Regional Development lists them in its public health-centre
  directory (``src/data/datasets/health-centres.json`` of the repository
  kareemschultz/mlgrd-guyana, whose rows name the Ministry of Health's "find a center" page as
  their source): Guyanese seven-digit numbers as each entry gives them, all ``777-4000`` (the
  first three digits the exchange, a dash, four digits), no ``+592``; beside the row's id
  (``health-0001``), region number and name, facility type and place.

Every entry of the array with a number of six digits or more in its ``contact`` field, in the
array's order. Each row is kept as a mapping of the array's keys to the published values as
they are written in the file (a JSON number as its digits); the directory names no person (its
names are the facilities', its places their villages), so no key is left out.

    python scripts/gy_health_centres_data.py GY_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gy_health_centres.json"
CAP = 600
SOURCES = {
    "GY": {
        "repository": "kareemschultz/mlgrd-guyana",
        "commit": "4fa51c1ddbcaa4b6c3f77bc5b936e0e11ea8fcd8",
        "path": "src/data/datasets/health-centres.json",
        "encoding": "utf-8",
        "publisher": "kareemschultz's site project for Guyana's Ministry of Local Government and "
        "Regional Development (mlgrd-guyana; that the ministry publishes it is not confirmed), "
        "its public health-centre directory as committed in 4fa51c1 "
        "('feat: add Procurement to the main site header nav', 15 July 2026; the file as last "
        "changed in 54d8906, 'Dataset engine + public directories (schools, health, villages, "
        "…)', 11 June 2026); 287 of its rows name https://health.gov.gy/find-a-center/ (the "
        "Ministry of Health's directory) as their source; the numbers were not checked against "
        "that page, and some regions' health posts have numbers that run in sequence "
        "(777-5046, 777-5047, 777-5048, ...)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the terms of the Ministry of Health's page it names were not found",
        "language": "en",
        "roles": {"name": "name", "phone": ["contact"], "id": "id", "region": "region",
                  "region_name": "region_name", "type": "facility_type", "place": "location"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        entries = json.loads(raw.decode(meta["encoding"]), parse_int=str, parse_float=str)
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(entries)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
