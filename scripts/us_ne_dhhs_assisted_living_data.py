"""Extract the real register that ``pii_held_out_404.py`` writes its records around into
``scripts/data/pii_us_ne_dhhs_assisted_living.json``: the phone and fax fields of a register no
earlier part used (the United States, whose earlier parts took CMS's Hospital General
Information, New York City's DOE high schools and restaurant inspections, Puerto Rico's voter
centres, the TEA's AskTED directory, HIFLD's colleges, Cambridge's facilities, New York State's
health facilities, the FOIA contacts, IMLS's museums, HUD's housing authorities, the NPS's
parks, Chicago's health centers, SAMHSA's locator, the AFDC's stations, the Open Brewery DB,
Starbucks's and Target's stores, Congress's district offices, Texas DFPS's child care, the CDE's
schools, the public libraries, Maine's HRSA health centers and Hawaii's school facilities; this
one is the Nebraska Department of Health and Human Services' roster of licensed assisted living
facilities, a state licensing register of a kind no US part used), exactly as the roster gives
them.

One monthly CSV of Matt Waite's ``dhhs-assisted-living-facilities`` repository, read from a git
checkout at a named commit, values unchanged:

* ``data/alf_roster_2026-08-16.csv``: the 277 facilities of the DHHS Licensure Unit's PDF
  'ALF Roster' (dhhs.ne.gov/licensure/Documents/ALF%20Roster.pdf) of 16 August 2026 as the
  repository's ``extract_alf_roster.py`` parsed it, each with its ``phone`` and ``fax`` (the
  area code in brackets, ``(402) 988-7115``; two faxes toll-free, ``(833) 389-1485``), beside
  the town, county, ZIP code, facility name, street address (``200 LEVI LANE``, some with a
  post-office box), facility type (``ALF``), licence number (``ALF066``), total beds and
  services (``AGED/DISABLED MED WVR CER; ALZHEIMERS UNIT``).

A facility is kept where its ``phone`` holds a number of seven digits or more whose digits no
earlier United States part's data holds and no facility kept before it has (the first of
facilities that share a line, as the Legato Living homes share their operator's), and whose
``fax`` no earlier part holds; the kept facilities are a seeded sample of ``CAP`` (all of them,
there being fewer), in the file's order. Each is kept as the mapping of the roster's columns to
the published strings, less three: ``administrator`` (a named person), ``licensee`` (which for
some homes is a person) and ``care_of_address`` (a mailing address that may name a person).

    python scripts/us_ne_dhhs_assisted_living_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_ne_dhhs_assisted_living.json"
CAP = 300
PATH = "data/alf_roster_2026-08-16.csv"
PHONE, FAX = "phone", "fax"
# columns not kept: a person's name, or fields that may hold one
DROPPED = ("administrator", "licensee", "care_of_address")
# the earlier United States parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_us_afdc_stations.json", "pii_us_ca_cde_schools.json",
    "pii_us_cambridge_facilities.json", "pii_us_chicago_health_centers.json",
    "pii_us_congress_district_offices.json", "pii_us_foia_contacts.json",
    "pii_us_hi_school_facilities.json", "pii_us_hifld_colleges.json",
    "pii_us_hud_pha_contacts.json", "pii_us_imls_museums.json",
    "pii_us_me_hrsa_health_centers.json", "pii_us_nps_parks.json",
    "pii_us_nyc_high_schools.json", "pii_us_nyc_restaurants.json",
    "pii_us_nys_health_facilities.json", "pii_us_open_brewery_db.json",
    "pii_us_public_libraries.json", "pii_us_samhsa_locator.json",
    "pii_us_starbucks_stores.json", "pii_us_target_stores.json",
    "pii_us_tx_askted_schools.json", "pii_us_tx_dfps_child_care.json",
    "pii_pr_voter_centers.json",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "mattwaite/dhhs-assisted-living-facilities",
        "commit": "46a87285a2bd967e157bb0c477e91af630fdbbd4",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Nebraska Department of Health and Human Services, Division of Public "
        "Health, Licensure Unit: its roster of licensed Assisted Living Facilities (the "
        "monthly PDF 'ALF Roster', dhhs.ne.gov/licensure/Documents/ALF%20Roster.pdf) as Matt "
        "Waite's dhhs-assisted-living-facilities parsed it into CSV (the roster of 16 August "
        "2026, committed in 46a8728, 'Update ALF roster for 2026-08-16')",
        "licence": "MIT for the repository (its LICENSE file, 'Copyright (c) 2026 Matt "
        "Waite'); terms for the DHHS roster data themselves not confirmed",
        "language": "en",
        "roles": {"name": "facility_name", "phone": [PHONE], "fax": [FAX],
                  "address": ["address", "town", "zip_code"], "register": "license_number"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept facilities of the roster, with the commit they were read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "1"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier or digits_of(row[FAX]) in earlier:
            continue
        seen.add(tel)
        fields = {k: v for k, v in row.items() if k not in DROPPED}
        found.append({"country": "US", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
