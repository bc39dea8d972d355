"""Extract the real rows that ``pii_held_out_364.py`` writes its records around into
``scripts/data/pii_us_public_libraries.json``: the phone fields of a register no earlier part
used (the United States, whose earlier parts took government lists of hospitals, schools,
colleges, health facilities, museums, parks and offices and the directories of Open Brewery DB,
Starbucks and Target; this is another kind of institution: the public library outlets, central
libraries, branches and bookmobiles, of the Public Libraries Survey (PLS) that the Institute of
Museum and Library Services (IMLS) collects from the states), exactly as the file gives them.

One JavaScript file, read from a git checkout at a named commit, values unchanged:

* ``js/libraryBio.js``: an array ``libDemo`` of 2,000 outlets the repository's author drew at
  random from the survey's 17,000+ ('I randomly select 2000 libraries from the total 17000+
  library data', its ``index.html``) for a Mapbox GL map of library locations, each with the
  survey's system id (FSCS key, ``IL0290``, shared by a system's branches), outlet name
  (``LINCOLN PUBLIC LIBRARY DISTRICT``), ``phone`` (a JSON number of ten digits, the area code,
  exchange and line run together with no ``+1``: ``2177328878``; ``-3``, the survey's code for
  a value that does not apply, in 11 rows), county, ``location`` (street, a line break, city,
  state and ZIP code: ``725 PEKIN STREET\\nLINCOLN, IL 62656``; some with the city on the first
  line) and ``lat`` and ``long`` (``0`` and ``0`` in 33 rows).

The array is read as JSON with every number kept as the text of its literal (``2177328878``,
``40.147084``, ``0``), so each value is the characters the file writes. A row is kept where its
``phone`` holds ten digits, its state (the FSCS key's first two letters) is one of the 50
states or DC (12 rows of Puerto Rico, which has parts of its own, 2 of Guam and 1 of the Virgin
Islands left out), no earlier United States part's data holds the number and no row kept before
it has it (the first of outlets that share a system's line): 1,989 rows have ten digits,
1,974 of them in a state or DC, 2 of those hold a number an earlier part holds and 24 repeat a
number kept before them, which leaves 1,948; a seeded sample of ``CAP`` (400) of those, in the
file's order (47 states and DC; 7 bookmobiles). Each row is kept as the mapping of all seven
of the file's keys (the file names no person: names are the outlets').

    python scripts/us_public_libraries_data.py US_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_public_libraries.json"
CAP = 400
PATH = "js/libraryBio.js"
PHONE = "phone"
# outside the 50 states and DC: Puerto Rico (parts of its own), Guam, the Virgin Islands
TERRITORIES = ("PR", "GU", "VI", "AS", "MP")
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
    "pii_us_tx_dfps_child_care.json",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "yunhecui/Web_application_GIS_hw3",
        "commit": "4da882ff48024f8f895c12109cafd282a553bbc6",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Institute of Museum and Library Services' (IMLS) Public Libraries "
        "Survey, its outlet file (public library buildings and bookmobiles, reported by the "
        "states), as a random sample of 2,000 outlets in a Mapbox GL course exercise (file "
        "added in 05b5287, 'hw3 update', 18 April 2019, unchanged since; the page calls it "
        "'the total 17000+ library data' and names no year)",
        "licence": "not confirmed: the repository has no LICENSE file and no README; the "
        "IMLS's terms for the survey's files were not read here",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE], "register": "id", "county": "county",
                  "address": ["location"], "coordinates": ["lat", "long"]},
    },
}  # fmt: skip


def read_array(text: str) -> list[dict[str, str]]:
    """The file's ``libDemo`` array, each number as the text of its literal."""
    return json.loads(text[text.index("[") :], parse_int=str, parse_float=str)


def kept(row: dict[str, str], earlier: set[str], seen: set[str]) -> bool:
    """Whether a row is kept: ten digits in ``phone``, a state's FSCS key, a number no earlier
    part holds and no row before it has."""
    tel = row[PHONE]
    return (
        len(tel) == 10
        and tel.isdigit()
        and row["id"][:2] not in TERRITORIES
        and tel not in earlier
        and tel not in seen
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept outlets of the file, with the commit it was read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER), set()
    found = []
    for i, row in enumerate(read_array(raw)):
        if not kept(row, earlier, seen):
            continue
        seen.add(row[PHONE])
        found.append({"country": "US", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
