"""Extract the real rows that ``pii_held_out_348.py`` writes its records around into
``scripts/data/pii_us_target_stores.json``: the phone fields of a directory no earlier part used
(the United States, whose earlier parts took government lists, Open Brewery DB and Starbucks'
store locator; this is Target Corporation's store directory, its general-merchandise stores),
exactly as it gives them.

One CSV file, read from a git checkout at a named commit, values unchanged:

* ``src/test/resources/target_examples/target_stores.csv``: Target's store list as the
  repository's authors saved it from target.com's store locator service for Threshr, a grocery
  price harvester, 2,035 stores in 12 columns: location id (the store number, ``1283``),
  location name (``Murrieta``, ``LA Manchester and Vermont``), street line, city, state
  (``region``), ZIP+4 or ZIP code (``92562-5749``, ``90044``), latitude and longitude,
  ``is_active``, ``is_test_location`` and ``obgb_enabled`` flags (``TRUE``/``FALSE``, a few
  empty), and ``phone``.

The active stores (``is_active`` ``TRUE``) whose ``phone`` holds a number of six digits or more
(1,844), less the 41 whose number an earlier United States part's data already holds (Starbucks
cafés inside Target stores list the store's own line); a seeded sample of 480 of the 1,803 in
the file's order, 45 states and DC.
North American numbers with no ``+1`` as the directory gives them, ten bare digits
(``9516967527``: 479 of the 480) or, for 12 of the file's newer stores (one of them kept), area
code, exchange and line joined by hyphens (``202-892-3794``); no number is shared by two
stores. Each row kept as a mapping of all of the
file's columns to the published strings (the directory names no person: ``location_name`` is
the store's).

    python scripts/us_target_stores_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import (
    _git,
    _has_phone,
    digits_of,
    earlier_numbers,
    seeded_sample,
    write_extract,
)

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_target_stores.json"
CAP = 480
PHONE = "phone"
# the earlier United States parts' data files, whose numbers this extract leaves out
EARLIER = (
    "pii_register_contacts.json", "pii_pr_voter_centers.json", "pii_us_afdc_stations.json",
    "pii_us_ca_cde_schools.json", "pii_us_cambridge_facilities.json",
    "pii_us_chicago_health_centers.json", "pii_us_congress_district_offices.json",
    "pii_us_foia_contacts.json", "pii_us_hifld_colleges.json", "pii_us_hud_pha_contacts.json",
    "pii_us_imls_museums.json", "pii_us_nps_parks.json", "pii_us_nyc_high_schools.json",
    "pii_us_nyc_restaurants.json", "pii_us_nys_health_facilities.json",
    "pii_us_open_brewery_db.json", "pii_us_samhsa_locator.json", "pii_us_starbucks_stores.json",
    "pii_us_tx_askted_schools.json", "pii_us_tx_dfps_child_care.json",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "Graqr/Threshr",
        "commit": "ec6b0fcba6afb77e34c4735176686515c621875e",
        "path": "src/test/resources/target_examples/target_stores.csv",
        "encoding": "utf-8",
        "publisher": "Target Corporation's store directory (the store locator service of "
        "target.com), every Target store with its number, address, coordinates and phone, as "
        "saved for Threshr ('The Target Grocery Harvester'); the file added in 247bc9c ('wip: "
        "add example responses from 3 target endpoints', 18 January 2024), unchanged at the "
        "repository's head",
        "licence": "not confirmed: the repository's LICENSE file is the GNU General Public "
        "License v3.0, given for its software; Target's terms for its store directory were not "
        "read here",
        "language": "en",
        "roles": {"name": "location_name", "phone": [PHONE], "address": ["address_line_1"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    earlier = earlier_numbers(DATA, EARLIER)
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if row["is_active"] == "TRUE"
            and _has_phone(row, [PHONE])
            and digits_of(row[PHONE]) not in earlier
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
