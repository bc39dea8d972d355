"""Extract the real register that ``pii_held_out_442.py`` writes its records around into
``scripts/data/pii_us_countyoffice_health_departments.json``: the phone fields of a register no
earlier part used (the United States, whose earlier parts took CMS's hospitals, New York City's
high schools and restaurants, public libraries, museums, parks, colleges, child-care, health
centres, assisted living, FOIA and housing-authority contacts, stores and others; this one is
CountyOffice.org's directory of the country's local public health departments, county, city and
district health offices), exactly as the directory gives them.

One CSV of the cov19testmap project (IneffableKoD), read from a git checkout at a named commit,
values unchanged:

* ``datasources/us_data/public-health-departments-locations.csv``: 3,714 health departments as a
  web scraper read them from www.countyoffice.org/health-departments/ (April 2020), each with its
  ``phone-direct`` (``760-549-2094``), beside its name, street, locality with the state's name
  (``Lake Isabella California``), web site (``null`` where none), county and the directory's
  page addresses.

A department is kept where its ``phone-direct`` holds a number of seven digits or more whose
digits no earlier United States part's data holds and no department kept before it has (the
first of departments that share a line); the kept departments are a seeded sample of ``CAP``,
in the file's order, each as the mapping of all of the file's columns to the published strings.

    python scripts/us_countyoffice_health_departments_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_countyoffice_health_departments.json"
CAP = 300
PATH = "datasources/us_data/public-health-departments-locations.csv"
PHONE = "phone-direct"
# the earlier United States parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_us_afdc_stations.json",
    "pii_us_ca_cde_schools.json",
    "pii_us_cambridge_facilities.json",
    "pii_us_chicago_health_centers.json",
    "pii_us_congress_district_offices.json",
    "pii_us_foia_contacts.json",
    "pii_us_hi_school_facilities.json",
    "pii_us_hifld_colleges.json",
    "pii_us_hud_pha_contacts.json",
    "pii_us_imls_museums.json",
    "pii_us_me_hrsa_health_centers.json",
    "pii_us_ne_dhhs_assisted_living.json",
    "pii_us_nps_parks.json",
    "pii_us_ny_farmers_markets.json",
    "pii_us_nyc_aging_providers.json",
    "pii_us_nyc_high_schools.json",
    "pii_us_nyc_restaurants.json",
    "pii_us_nys_health_facilities.json",
    "pii_us_open_brewery_db.json",
    "pii_us_public_libraries.json",
    "pii_us_samhsa_locator.json",
    "pii_us_starbucks_stores.json",
    "pii_us_target_stores.json",
    "pii_us_tx_askted_schools.json",
    "pii_us_tx_dfps_child_care.json",
)
SOURCES = {
    "US": {
        "repository": "IneffableKoD/cov19testmap",
        "commit": "257332fc128c5d2e1fd0852019297489a89a4355",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "CountyOffice.org's directory of local public health departments "
        "(www.countyoffice.org/health-departments/), as the cov19testmap project "
        "(IneffableKoD) scraped it in April 2020 (file added in c356453, 13 April 2020)",
        "licence": "MIT for the repository's software and CC BY-SA 4.0 for its text (its "
        "LICENSE and README); terms for CountyOffice.org's directory data not confirmed",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE],
                  "address": ["address-street", "address-locality", "pagination-county"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept departments of the directory, with the commit they were read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "1"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier or f"1{tel}" in earlier:
            continue
        seen.add(tel)
        found.append({"country": "US", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
