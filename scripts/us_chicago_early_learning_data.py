"""Extract the real register that ``pii_held_out_485.py`` writes its records around into
``scripts/data/pii_us_chicago_early_learning.json``: the phone fields of a register no earlier
part used (the United States, whose earlier parts took, among others, schools of California,
New York City, Texas and Hawaii, Texas's child-care operations, Chicago's health centers,
libraries, museums, parks and stores; this one is the Chicago Early Learning portal's register
of early-childhood programs, kept by the Smart Chicago Collaborative's civic-tech project
``smartchicago/chicago-early-learning`` (built by Azavea): Chicago Public Schools' pre-K
sites and community-based preschools, Head Start and child-care centers), exactly as the
portal's export gives them.

One file of the project's Django application, read from a git checkout at a named commit,
values unchanged:

* ``python/ecep/portal/management/exports/export.csv``: 620 programs, pipe-delimited, in a DOS
  code page (its one byte outside ASCII, 0xA4, is the ``ñ`` of ``El Hogar Del Niño`` in code
  page 437, read so), each with
  its ``Phone_Number`` (``773-685-9033`` mostly; also ``(773)-535-8040``, ``773.762.1542``,
  ``773 737 6700``, ``773-2529200``, one with an extension, ``773-463-1600 x111``, and
  three empty, ``(   )``, ``_`` or ``n/a``), beside
  the portal's key (``ECMKey``), the site's name, street, city, state, ZIP code, web page, ages
  served, schedule flags, hours, languages, the agency it belongs to, its quality rating, its
  availability level and the time it was last modified.

A program is kept where its ``Phone_Number`` is one number of ten digits (no extension, no
letters) whose digits no earlier United States part's data holds and no program kept before it
has (the first of programs sharing a line); the kept programs are a seeded sample of ``CAP``,
in the file's order, each the mapping of all of the file's columns to the published strings
(the file names no person; a few sites bear a person's name, ``Jane Addams``).

    python scripts/us_chicago_early_learning_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_chicago_early_learning.json"
CAP = 300
PATH = "python/ecep/portal/management/exports/export.csv"
PHONE = "Phone_Number"
# the earlier United States parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_pr_voter_centers.json",
    "pii_register_contacts.json",
    "pii_us_afdc_stations.json",
    "pii_us_ca_cde_schools.json",
    "pii_us_cambridge_facilities.json",
    "pii_us_chicago_health_centers.json",
    "pii_us_congress_district_offices.json",
    "pii_us_countyoffice_health_departments.json",
    "pii_us_foia_contacts.json",
    "pii_us_food_oasis_la.json",
    "pii_us_hi_school_facilities.json",
    "pii_us_hifld_colleges.json",
    "pii_us_hud_pha_contacts.json",
    "pii_us_imls_museums.json",
    "pii_us_ma_town_clerks.json",
    "pii_us_me_hrsa_health_centers.json",
    "pii_us_ne_dhhs_assisted_living.json",
    "pii_us_nps_parks.json",
    "pii_us_ny_farmers_markets.json",
    "pii_us_nyc_aging_providers.json",
    "pii_us_nyc_high_schools.json",
    "pii_us_nyc_restaurants.json",
    "pii_us_nys_health_facilities.json",
    "pii_us_open_brewery_db.json",
    "pii_us_pgh_food_access.json",
    "pii_us_public_libraries.json",
    "pii_us_samhsa_locator.json",
    "pii_us_starbucks_stores.json",
    "pii_us_target_stores.json",
    "pii_us_tx_askted_schools.json",
    "pii_us_tx_dfps_child_care.json",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "smartchicago/chicago-early-learning",
        "commit": "000086b3af590591d8055420005164d891640af0",
        "paths": [PATH],
        "encoding": "cp437",
        "publisher": "the Chicago Early Learning portal (chicagoearlylearning.org), a project of "
        "the Smart Chicago Collaborative with the City of Chicago, built by Azavea: its export "
        "of the city's early-learning programs (Chicago Public Schools' pre-K sites, community-"
        "based preschools, Head Start and child-care centers; rows modified up to October "
        "2016), as the project's repository keeps it (head of 1 December 2017)",
        "licence": "MIT for the repository (its LICENSE file, 'Copyright © 2012, 2013 Azavea, "
        "Inc.'); terms for the programs' data themselves not confirmed",
        "language": "en",
        "roles": {"name": "Site_Name", "phone": [PHONE], "register": "ECMKey",
                  "address": ["LocAddress", "LocCity", "LocState", "LocZip"], "url": "URL"},
    },
}  # fmt: skip


def kept(row: dict[str, str], earlier: set[str], seen: set[str]) -> bool:
    """Whether a program is kept: its phone one number of ten digits (no extension, no letters),
    a number no earlier part holds and no program before it has."""
    tel = row[PHONE].strip()
    digits = digits_of(tel)
    return (
        len(digits) == 10
        and re.fullmatch(r"[\d()\s.-]+", tel) is not None
        and digits not in earlier
        and digits not in seen
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept programs of the export, with the commit it was read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER), set()
    found = []
    rows = csv.DictReader(io.StringIO(raw, newline=""), delimiter="|")
    for i, row in enumerate(rows):
        if not kept(row, earlier, seen):
            continue
        seen.add(digits_of(row[PHONE]))
        found.append({"country": "US", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
