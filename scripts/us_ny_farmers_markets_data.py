"""Extract the real register that ``pii_held_out_430.py`` writes its records around into
``scripts/data/pii_us_ny_farmers_markets.json``: the phone fields of a register no earlier
part used (the United States, whose earlier parts took CMS's Hospital General Information, New
York City's DOE high school directory and restaurant inspections, Puerto Rico's voter centres,
the Texas Education Agency's AskTED directory, HIFLD's colleges, Cambridge's facilities, New
York State's health facilities, the FOIA contacts, IMLS's museums, HUD's public housing
agencies, the NPS's parks, Chicago's health centers, SAMHSA's locator, the AFDC's stations, the
Open Brewery DB, Starbucks's and Target's stores, Congress's district offices, Texas DFPS's
child care, the CDE's schools, the public libraries, Maine's HRSA health centers, Hawaii's
school facilities, Nebraska DHHS's assisted living facilities and NYC Aging's providers; this
one is another publisher and another kind of place: the New York State Department of
Agriculture and Markets' list of the farmers' markets of the state, "Farmers Markets in New
York State" of the state's open-data portal, data.ny.gov), exactly as the list gives them.

One file of the AAJA-Scraper repository (Frank Bi's workshop files for the AAJA National
Convention 2013), read from a git checkout at a named commit, values unchanged:

* ``nyc/Farmers_Markets_in_New_York_State.csv``: 475 markets of the 2013 season as data.ny.gov
  exported them, each with its ``County``, ``Market Name``, ``Location`` (a free description,
  ``Methodist Church Lot, 428 Kenwood Ave., Delmar 12054``), ``Address Line 1``, ``City``,
  ``State``, ``Zip``, ``Contact`` (the market manager's name), ``Phone`` (ten digits, no
  separator: ``5184386651``; three markets have none), ``Market Link``, ``Operation Hours``
  (``Thursday  3pm-6pm``), ``Operation Season`` (``May 23 - October 3``), ``FMNP`` (``Y`` where
  the market takes Farmers' Market Nutrition Program coupons), ``Latitude``, ``Longitude`` and
  ``Location Points`` (the address line and the coordinates in brackets, on two lines).

A market is kept where its ``Phone`` holds a number of seven digits or more whose digits no
earlier US part's data holds (with or without the country code 1) and no market kept before
it has (the first of the markets that share a manager's line: GrowNYC's Greenmarkets share
one); every such market is kept (fewer than ``CAP``), in the file's order. Each is kept as the
mapping of the file's columns to the published strings, except ``Contact``, a private person's
name, which is left out of the extract.

    python scripts/us_ny_farmers_markets_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_ny_farmers_markets.json"
CAP = 400
PATH = "nyc/Farmers_Markets_in_New_York_State.csv"
PHONE = "Phone"
PERSON = "Contact"
# the earlier US parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_us_afdc_stations.json", "pii_us_ca_cde_schools.json",
    "pii_us_cambridge_facilities.json", "pii_us_chicago_health_centers.json",
    "pii_us_congress_district_offices.json", "pii_us_foia_contacts.json",
    "pii_us_hi_school_facilities.json", "pii_us_hifld_colleges.json",
    "pii_us_hud_pha_contacts.json", "pii_us_imls_museums.json",
    "pii_us_me_hrsa_health_centers.json", "pii_us_ne_dhhs_assisted_living.json",
    "pii_us_nps_parks.json", "pii_us_nyc_aging_providers.json", "pii_us_nyc_high_schools.json",
    "pii_us_nyc_restaurants.json", "pii_us_nys_health_facilities.json",
    "pii_us_open_brewery_db.json", "pii_us_public_libraries.json",
    "pii_us_samhsa_locator.json", "pii_us_starbucks_stores.json",
    "pii_us_target_stores.json", "pii_us_tx_askted_schools.json",
    "pii_us_tx_dfps_child_care.json", "pii_pr_voter_centers.json",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "frankbi/AAJA-Scraper",
        "commit": "668509a1ca4f73a1b6a5d91de593258f73498e98",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "New York State Department of Agriculture and Markets, its list of the "
        "state's farmers' markets ('Farmers Markets in New York State', data.ny.gov, 2013 "
        "season), as the AAJA-Scraper repository (Frank Bi) committed its CSV export (file "
        "added in ae50c72, 28 July 2013)",
        "licence": "not confirmed: the repository names no licence and the copy states no "
        "terms (data.ny.gov's terms of use for the data not confirmed)",
        "language": "en",
        "roles": {"name": "Market Name", "phone": [PHONE],
                  "address": ["Address Line 1", "City", "State", "Zip"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept markets of the list, with the commit they were read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "1"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier or f"1{tel}" in earlier:
            continue
        seen.add(tel)
        fields = {k: v for k, v in row.items() if k != PERSON}
        found.append({"country": "US", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
