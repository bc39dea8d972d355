"""Extract the real register that ``pii_held_out_419.py`` writes its records around into
``scripts/data/pii_us_nyc_aging_providers.json``: the phone fields of a register no earlier part
used (the United States, whose earlier parts took CMS's Hospital General Information, New York
City's DOE high schools and restaurant inspections, Puerto Rico's voter centres, the TEA's
AskTED directory, HIFLD's colleges, Cambridge's facilities, New York State's health facilities,
the FOIA contacts, IMLS's museums, HUD's housing authorities, the NPS's parks, Chicago's health
centers, SAMHSA's locator, the AFDC's stations, the Open Brewery DB, Starbucks's and Target's
stores, Congress's district offices, Texas DFPS's child care, the CDE's schools, the public
libraries, Maine's HRSA health centers, Hawaii's school facilities and Nebraska DHHS's assisted
living facilities; this one is the New York City Department for the Aging's (NYC Aging, DFTA)
list of its contracted providers on NYC Open Data: older adult centers, NORC programs, home
delivered meal, case management, caregiver and elder abuse contracts, a city agency's register
of a kind no US part used), exactly as the city publishes them.

One CSV of Valerie Magalong's ``NYC-Aging`` repository, read from a git checkout at a named
commit, values unchanged:

* ``raw_csv/contracted_providers_expanded.csv``: the 474 programs of NYC Open Data's
  'Department for the Aging (NYC Aging) All Contracted Providers' (data.cityofnewyork.us, as
  downloaded for the project in August 2023), each with its ``ProgramPhone`` (hyphenated,
  ``347-938-8453``; one with an en dash, ``718-449–5000``, one with a line of three digits,
  ``718-726--964``, one with its area code run on, ``718547-8827``, ``TBD`` or empty where
  none is given), beside the provider type (``OLDER ADULT CENTER CONTRACTS``), DFTA id
  (``C9002``), program and sponsor names, street, city, state, postcode, borough, whether
  DFTA funds it, opening and closing hours by weekday, latitude and longitude, community board,
  council district, census tract, BIN (seven digits) and BBL (ten digits), NTA and a WKT point.

A program is kept where its ``ProgramPhone`` holds a number of seven digits or more whose digits
no earlier United States part's data holds and no program kept before it has (the first of
programs that share a line, as a sponsor's programs at one site do); the kept programs are a
seeded sample of ``CAP``, in the file's order. Each is kept as the mapping of all of the file's
columns to the published strings (the file names no person: programs and sponsors are
organisations).

    python scripts/us_nyc_aging_providers_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_nyc_aging_providers.json"
CAP = 300
PATH = "raw_csv/contracted_providers_expanded.csv"
PHONE = "ProgramPhone"
# the earlier United States parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_us_afdc_stations.json", "pii_us_ca_cde_schools.json",
    "pii_us_cambridge_facilities.json", "pii_us_chicago_health_centers.json",
    "pii_us_congress_district_offices.json", "pii_us_foia_contacts.json",
    "pii_us_hi_school_facilities.json", "pii_us_hifld_colleges.json",
    "pii_us_hud_pha_contacts.json", "pii_us_imls_museums.json",
    "pii_us_me_hrsa_health_centers.json", "pii_us_ne_dhhs_assisted_living.json",
    "pii_us_nps_parks.json", "pii_us_nyc_high_schools.json", "pii_us_nyc_restaurants.json",
    "pii_us_nys_health_facilities.json", "pii_us_open_brewery_db.json",
    "pii_us_public_libraries.json", "pii_us_samhsa_locator.json",
    "pii_us_starbucks_stores.json", "pii_us_target_stores.json",
    "pii_us_tx_askted_schools.json", "pii_us_tx_dfps_child_care.json",
    "pii_pr_voter_centers.json",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "valeriemagalong/NYC-Aging",
        "commit": "3a913131128a28b180450469f995f97dc0005ff6",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "New York City Department for the Aging (NYC Aging, formerly DFTA): its "
        "list of all contracted providers (older adult centers, NORC programs, home delivered "
        "meals, case management, caregiver, elder abuse, legal, transportation and other "
        "contracts) on NYC Open Data (data.cityofnewyork.us, 'Department for the Aging (NYC "
        "Aging) All Contracted Providers'), as Valerie Magalong's NYC-Aging project downloaded "
        "it (file committed in 4e2310d, 7 August 2023)",
        "licence": "not confirmed (the repository states no licence; NYC Open Data's terms of "
        "use for the city's data not confirmed here)",
        "language": "en",
        "roles": {"name": "ProgramName", "phone": [PHONE],
                  "address": ["ProgramAddress", "ProgramCity", "ProgramState", "Postcode"],
                  "register": "DFTA ID"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept programs of the list, with the commit they were read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "1"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        found.append({"country": "US", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
