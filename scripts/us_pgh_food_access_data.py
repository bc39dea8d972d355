"""Extract the real register that ``pii_held_out_479.py`` writes its records around into
``scripts/data/pii_us_pgh_food_access.json``: the phone fields of a register no earlier part
used (the United States, whose earlier parts took CMS's hospitals, New York City's high
schools, restaurants and aging providers, Puerto Rico's voter centres, the TEA's AskTED
directory, HIFLD's colleges, Cambridge's facilities, the NYS health facilities, the FOIA
contacts, IMLS's museums, HUD's housing agencies, the NPS's parks, Chicago's health centers,
SAMHSA's locator, the AFDC's stations, the Open Brewery DB, Starbucks's and Target's stores,
Congress's district offices, Texas DFPS's child care, the CDE's schools, the public libraries,
Maine's HRSA health centers, Hawaii's school facilities, Nebraska's assisted living, New York's
farmers' markets, CountyOffice's health departments, Food Oasis Los Angeles and Massachusetts's
town clerks; this one is Code for Pittsburgh's Food Access Map data of Allegheny County, PA:
food bank sites, community gardens and farmers' markets), exactly as the civic-tech group's
merged table gives them.

One table of Code for Pittsburgh's ``food-access-map-data``, read from a git checkout at a
named commit, values unchanged:

* ``food-data/processed-datasets/merged_datasets.csv``: 1,327 food sites merged from the
  Greater Pittsburgh Community Food Bank's site list, Grow Pittsburgh's garden directory, the
  FMNP markets, SNAP and WIC retailers and others, each with its ``phone`` as the source
  wrote it (``412-394-5962``, ``(412) 422-7442``, ``4122718414``, ``412.862.9925``, with an
  extension, ``412-766-3860 x320``, two or three numbers joined by ``or``, or a sentence around
  them), beside the site's name, type, street address, city, state, ZIP code, location
  description, url, coordinates, source organisation and file, and flags (SNAP, WIC, FMNP,
  food bucks, fresh produce, free distribution).

A row is kept where its ``phone`` holds numbers (``pii_held_out_11.numbers``) that are each a
number a person could hold (``make_pii_eval.personal_phone``: ten digits), where no digit of
the field lies outside them but an extension's (after ``x`` or ``ext.``), and where no number of
it is one an earlier US part's data holds or a row kept before it has (the first of sites that
share a line). Two fields are thus dropped: a vanity number (``412 362 GROW (4769)``) and one
spaced around its hyphens (``412 -766 - 6660``). Each is kept as the mapping of all of the
table's columns to the published strings (the table names sites, not persons).

    python scripts/us_pgh_food_access_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from make_pii_eval import personal_phone
from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_pgh_food_access.json"
CAP = 300
PATH = "food-data/processed-datasets/merged_datasets.csv"
PHONE = "phone"
# the earlier US parts' data (no number of theirs is taken again)
EARLIER = (
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
    "pii_us_public_libraries.json",
    "pii_us_samhsa_locator.json",
    "pii_us_starbucks_stores.json",
    "pii_us_target_stores.json",
    "pii_us_tx_askted_schools.json",
    "pii_us_tx_dfps_child_care.json",
    "pii_register_contacts.json",
)
SOURCES = {
    "US": {
        "repository": "CodeForPittsburgh/food-access-map-data",
        "commit": "073528beddc7decb08da659a8133088883910fd9",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Code for Pittsburgh (a Code for America brigade), its Food Access Map "
        "data: the food sites of Allegheny County, Pennsylvania, merged from the Greater "
        "Pittsburgh Community Food Bank, Grow Pittsburgh, the FMNP markets and others (table "
        "written by the repository's merge workflow on 28 August 2022)",
        "licence": "MIT for the repository (its LICENSE file, 'Copyright (c) 2019 Code for "
        "Pittsburgh'); terms for the source organisations' data themselves not confirmed",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE],
                  "address": ["address", "city", "state", "zip_code"]},
    },
}  # fmt: skip


def phone_numbers(value: str) -> list[str]:
    """The numbers of a phone field as written, or [] where the field is not only numbers a
    person could hold with words and extensions around them."""
    spans = numbers(value)
    found = [value[s:e] for s, e in spans]
    if not found or not all(personal_phone(n, "US") for n in found):
        return []
    rest = value
    for s, e in reversed(spans):
        rest = rest[:s] + " " + rest[e:]
    rest = re.sub(r"(?:\bx|\bext\.)\s*\d+", " ", rest)
    return [] if re.search(r"\d", rest) else found


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept sites of the table, with the commit it was read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "1"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        if len(digits_of(row[PHONE])) < 7:
            continue
        keys = {digits_of(n) for n in phone_numbers(row[PHONE])}
        if not keys or keys & seen or keys & earlier:
            continue
        seen |= keys
        found.append({"country": "US", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
