"""Extract the real register that ``pii_held_out_372.py`` writes its records around into
``scripts/data/pii_us_me_hrsa_health_centers.json``: the phone fields of a register no earlier
part used (the United States, whose earlier parts took CMS's hospitals, New York City's high
schools and restaurant inspections, Puerto Rico's voter centres, the TEA's AskTED directory,
HIFLD's colleges, Cambridge's facilities, New York State's health facilities, 18F's FOIA
offices, IMLS's museums, HUD's public housing agencies, the NPS's parks, Chicago's primary care
health centers, SAMHSA's treatment locator, the AFDC's fuel stations, Open Brewery DB's
breweries, Starbucks' and Target's stores, the House's district offices, California's schools,
Texas's child care operations and the public libraries; this one is another publisher, the
Health Resources and Services Administration (HRSA) of the Department of Health and Human
Services, and another kind of list: the federally funded health center service delivery and
look-alike sites of its Health Center Program, in the State of Maine), exactly as HRSA's data
warehouse gives them.

One CSV file of the repository ``gkacton/maine-ticks`` (Grace Acton, a student project on Lyme
disease in Maine), read from a git checkout at a named commit, values unchanged:

* ``data/primary care providers/federally_recognized_health_centers.csv``: the 197 active
  Maine sites of HRSA's ``Health_Center_Service_Delivery_and_LookAlike_Sites`` download
  (data.hrsa.gov, HSCD), 34 columns as HRSA names them: the health center type (``Federally
  Qualified Health Center (FQHC)`` or its ``Look-Alike``), the grant number (``H80CS00797``),
  the BHCMIS organization id (``010460``), the BPHC site number (``BPS-H80-012419``), the site's
  name, street, city and ZIP+4 code (``04254-1311``), its ``Site Telephone Number``
  (``207-897-4345``; four with an extension after `` x``, ``207-755-3160 x20751``), web address
  (empty for 80), weekly hours, location setting (clinic, school, nursing home), location type
  (permanent, seasonal, mobile van), operator, schedule and calendar with their ids, the
  grantee's name, street, city and ZIP code, the geocoded longitude and latitude, the rural flag
  and the county.

A site is kept where its ``Site Telephone Number`` holds a number of seven digits or more whose
ten-digit line no earlier United States part's data holds and no site kept before it has (the
first of sites that share a line: 26 sites of one grantee give its one switchboard), in the
file's order; all are kept (fewer than ``CAP``). Each is kept as the mapping of all of the
file's columns to the published strings (the file names no person: ``Site Name`` and ``Health
Center Name`` are the sites' and grantees' names).

    python scripts/us_me_hrsa_health_centers_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_me_hrsa_health_centers.json"
CAP = 300
PATH = "data/primary care providers/federally_recognized_health_centers.csv"
PHONE = "Site Telephone Number"
# the earlier United States parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_pr_voter_centers.json", "pii_us_afdc_stations.json",
    "pii_us_ca_cde_schools.json", "pii_us_cambridge_facilities.json",
    "pii_us_chicago_health_centers.json", "pii_us_congress_district_offices.json",
    "pii_us_foia_contacts.json", "pii_us_hifld_colleges.json", "pii_us_hud_pha_contacts.json",
    "pii_us_imls_museums.json", "pii_us_nps_parks.json", "pii_us_nyc_high_schools.json",
    "pii_us_nyc_restaurants.json", "pii_us_nys_health_facilities.json",
    "pii_us_open_brewery_db.json", "pii_us_samhsa_locator.json", "pii_us_starbucks_stores.json",
    "pii_us_target_stores.json", "pii_us_tx_askted_schools.json",
    "pii_us_tx_dfps_child_care.json", "pii_us_public_libraries.json",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "gkacton/maine-ticks",
        "commit": "753fe950d0a94276ea0e21c22d2524f5cecc0b72",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Health Resources and Services Administration (HRSA), US Department of "
        "Health and Human Services: Health Center Service Delivery and Look-Alike Sites "
        "(data.hrsa.gov, HSCD download), the active sites in Maine, as the maine-ticks project "
        "(Grace Acton, Bates College) saved them ('Update federal health center data', 16 April "
        "2022; the file deleted from the repository in 37f1adf, 9 May 2022)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; HRSA's data is a work of the US federal government (17 U.S.C. 105), not "
        "confirmed here for this copy",
        "language": "en",
        "roles": {"name": "Site Name", "phone": [PHONE],
                  "address": ["Site Address", "Site City", "Site Postal Code"]},
    },
}  # fmt: skip


def line_of(value: str) -> str:
    """The ten digits of a number's line, an extension after `` x`` left off."""
    return digits_of(value.split(" x")[0])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept sites of the file, with the commit they were read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        line = line_of(row[PHONE])
        if len(line) < 7 or line in seen or line in earlier or digits_of(row[PHONE]) in earlier:
            continue
        seen.add(line)
        found.append({"country": "US", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
