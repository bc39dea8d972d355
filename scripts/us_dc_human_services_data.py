"""Extract the real register that ``pii_held_out_522.py`` writes its records around into
``scripts/data/pii_us_dc_human_services.json``: the phone and fax fields of a register no earlier
part used (the United States, whose earlier parts took CMS's hospitals, New York City's high
schools, restaurants and aging providers, Puerto Rico's voter centres, the TEA's AskTED
directory, HIFLD's colleges, Cambridge's facilities, the NYS health facilities, the FOIA
contacts, IMLS's museums, HUD's housing agencies, the NPS's parks, Chicago's health centers and
early learning sites, SAMHSA's locator, the AFDC's stations, the Open Brewery DB, Starbucks's
and Target's stores, Congress's district offices, Texas DFPS's child care, the CDE's schools, the
public libraries, Maine's HRSA health centers, Hawaii's school facilities, Nebraska's assisted
living, New York's farmers' markets, CountyOffice's health departments, Food Oasis Los Angeles,
Massachusetts's town clerks and Pittsburgh's food access map; this one is the District of
Columbia's "Human Service Locations", the city's directory of human-service programs: charities'
programs, clinics, shelters, senior and youth programs and the DC government's own service
offices), exactly as the District's open-data portal gives them.

One layer of Ben Balter's ``dc-maps`` (a scrape of every layer of opendata.dc.gov into GeoJSON,
``script/setup``), read from a git checkout at a named commit, values unchanged:

* ``maps/human-service-locations.geojson``: 1,461 programs, each with its ``PHONE`` (the area
  code in brackets, the line hyphenated: ``(202) 635-5923``; 41 an empty mask ``(   )    -``,
  four a bare exchange such as ``(   ) 711-``, five spelled in part with letters, ``(202)
  727-EXAM``), its ``PHONE1_DESCRIPTION`` (``Main Number``, ``Intake Number``), its ``FAX`` in
  the same shape or none, beside the program's name (``DCG - ...`` for the District
  government's own), program and agency ids (``DCAP0401AA``), street, suite, ZIP code, quadrant,
  area served, business hours, web page and keyword (``Schools-Charter``), and fields this
  extract leaves out: four more phone fields, the e-mail (often a named staff member's own
  mailbox), the director's name and title, and the long texts.

A program is kept where its ``PHONE`` is one number written as the directory writes its
numbers, ``(AAA) NNN-NNNN`` (seven digits or more, no letters), whose digits no earlier US
part's data holds and no program kept before it has (the first of programs that share a line),
and where its fax, if it has one, is no earlier part's number either; the kept programs are a
seeded sample of ``CAP``, in the file's order. Each is kept as the mapping of the columns in
``KEEP`` to the published values (strings, ``None`` where the layer has none; ``OBJECTID`` an
integer), no person's name among them.

    python scripts/us_dc_human_services_data.py US_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_dc_human_services.json"
CAP = 300
PATH = "maps/human-service-locations.geojson"
PHONE, FAX = "PHONE", "FAX"
SHAPE = re.compile(r"\(\d{3}\) \d{3}-\d{4}")
KEEP = (
    "OBJECTID", "PROGRAM_ID", "AGENCY_ID", "NAME", "ADDRESS", "ADDRESS2", "ZIPCODE", "QUADRANT",
    "AREA_SERVED", PHONE, "PHONE1_DESCRIPTION", FAX, "WEB_URL", "BUSINESS_HOURS", "KEYWORD",
)  # fmt: skip
# the earlier US parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_us_afdc_stations.json", "pii_us_ca_cde_schools.json",
    "pii_us_cambridge_facilities.json", "pii_us_chicago_early_learning.json",
    "pii_us_chicago_health_centers.json", "pii_us_congress_district_offices.json",
    "pii_us_countyoffice_health_departments.json", "pii_us_foia_contacts.json",
    "pii_us_food_oasis_la.json", "pii_us_hi_school_facilities.json",
    "pii_us_hifld_colleges.json", "pii_us_hud_pha_contacts.json", "pii_us_imls_museums.json",
    "pii_us_ma_town_clerks.json", "pii_us_me_hrsa_health_centers.json",
    "pii_us_ne_dhhs_assisted_living.json", "pii_us_nps_parks.json",
    "pii_us_ny_farmers_markets.json", "pii_us_nyc_aging_providers.json",
    "pii_us_nyc_high_schools.json", "pii_us_nyc_restaurants.json",
    "pii_us_nys_health_facilities.json", "pii_us_open_brewery_db.json",
    "pii_us_pgh_food_access.json", "pii_us_public_libraries.json",
    "pii_us_samhsa_locator.json", "pii_us_starbucks_stores.json", "pii_us_target_stores.json",
    "pii_us_tx_askted_schools.json", "pii_us_tx_dfps_child_care.json",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "benbalter/dc-maps",
        "commit": "8bb880d2b759e7de124fff85addc410664a9c4c9",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "District of Columbia government, its 'Human Service Locations' layer of "
        "opendata.dc.gov (the city's directory of human-service programs), as Ben Balter's "
        "dc-maps scraped every layer of the portal into GeoJSON (commit of 16 August 2016)",
        "licence": "no licence file in the repository; the District's terms for the layer "
        "not confirmed",
        "language": "en",
        "roles": {"name": "NAME", "phone": [PHONE], "fax": [FAX],
                  "address": ["ADDRESS", "ADDRESS2", "ZIPCODE"]},
    },
}  # fmt: skip


def kept(props: dict[str, Any], earlier: set[str], seen: set[str]) -> bool:
    """Whether a program is kept: its phone one number in the directory's shape, new to the
    earlier parts and to the programs kept before it; its fax, if any, no earlier number."""
    tel = props.get(PHONE) or ""
    if not SHAPE.fullmatch(tel) or len(digits_of(tel)) < 7:
        return False
    if digits_of(tel) in earlier or digits_of(tel) in seen:
        return False
    return digits_of(props.get(FAX) or "") not in earlier


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept programs of the directory, with the commit they were read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "1"), set()
    found = []
    for i, feature in enumerate(json.loads(raw)["features"]):
        props = feature["properties"]
        if not kept(props, earlier, seen):
            continue
        seen.add(digits_of(props[PHONE]))
        fields = {column: props.get(column) for column in KEEP}
        found.append({"country": "US", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
