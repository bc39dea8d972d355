"""Extract the real register that ``pii_held_out_469.py`` writes its records around into
``scripts/data/pii_us_ma_town_clerks.json``: the phone, fax and e-mail fields of a register no
earlier part used (the United States, whose earlier parts took CMS's Hospital General
Information, New York City's DOE high school directory, restaurant inspections and NYC Aging's
providers, Puerto Rico's voter centres, the TEA's AskTED directory, HIFLD's colleges,
Cambridge's facilities, the NYS health facilities, the FOIA contacts, IMLS's museums, HUD's
public housing agencies, the NPS's parks, Chicago's health centers, SAMHSA's locator, the
AFDC's stations, the Open Brewery DB, Starbucks's and Target's stores, Congress's district
offices, Texas DFPS's child care, California's CDE schools, the public libraries, Maine's
HRSA health centers, Hawaii's school facilities, Nebraska's assisted living, New York's
farmers' markets, CountyOffice's health departments and Food Oasis Los Angeles; this one is
the Secretary of the Commonwealth of Massachusetts's list of local election officials: the
offices of the 351 cities' and towns' clerks, another publisher and another kind of office),
exactly as the list gives them.

One file of the vote-by-mail project's ``election-official-data`` (MailMyBallot), read from a
git checkout at a named commit, values unchanged:

* ``public/massachusetts.json``: 351 locales as the project's crawler read them from the
  Elections Division's page of local election officials (www.sec.state.ma.us/ele/eleclk/
  clkidx.htm, the ``BASE_URL`` of the project's ``states/massachusetts/main.py``; the file as
  its GitHub Action collected it on 6 July 2020), each with its ``locale`` and ``city`` (the town or
  city), its ``address`` (the office and street, town, ``Ma`` and ZIP code in one line:
  ``Office Of The Town Clerk, 500 Gliniewicz Way, Abington, Ma 02351``), and lists of one
  ``phones`` (``781-982-2112``; 117 with an extension after `` x`` or `` X``, ``413-743-8300 x
  176``), one ``faxes`` (350 rows) and one ``emails`` (343 rows; the office's mailbox on the
  town's domain, ``clerk@acton-ma.gov``, some the clerk's work address as the Commonwealth
  publishes it, ``lmadams@abingtonma.gov``), and a ``url`` that repeats the mailbox
  (``null`` where there is none).

A locale is kept where its one phone holds a number of ten digits whose digits no earlier
United States part's data holds (with or without the country code 1) and no locale kept before
it has; the kept locales are a seeded sample of ``CAP``, in the file's order. Each is kept as
the mapping of ``locale``, ``city`` and ``address`` to the published strings and of ``phone``,
``fax`` and ``email`` to the one published string of each list ("" where the list is empty);
``url`` is left out (a copy of the mailbox). The list names the offices, not their holders.

    python scripts/us_ma_town_clerks_data.py US_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_ma_town_clerks.json"
CAP = 300
PATH = "public/massachusetts.json"
# the published lists and the strings they are kept as
LISTS = {"phones": "phone", "faxes": "fax", "emails": "email"}
# the earlier United States parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json",
    "pii_pr_voter_centers.json",
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
        "repository": "vote-by-mail/election-official-data",
        "commit": "180d58d00f5d4e78c48b7cc9e0bd097c4394cb7d",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Secretary of the Commonwealth of Massachusetts, Elections Division, its "
        "list of local election officials (the city and town clerks' offices, "
        "www.sec.state.ma.us/ele/eleclk/clkidx.htm) as the vote-by-mail project's "
        "election-official-data (MailMyBallot) crawled it ('Collect new data files "
        "2020-07-06')",
        "licence": "Apache-2.0 for the repository (its LICENSE file); terms for the "
        "Commonwealth's list itself not confirmed",
        "language": "en",
        "roles": {"name": "locale", "phone": ["phone"], "fax": ["fax"], "email": "email",
                  "address": ["address"]},
    },
}  # fmt: skip


def kept_fields(entry: dict[str, Any]) -> dict[str, str]:
    """A locale's published strings: its name, city and address, and the one string of each
    of its phone, fax and e-mail lists ("" where the list is empty)."""
    fields = {key: entry[key] for key in ("locale", "city", "address")}
    for source, key in LISTS.items():
        values = entry.get(source) or []
        assert len(values) <= 1, entry["locale"]
        fields[key] = values[0] if values else ""
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the list, with the commit they were read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "1"), set()
    found = []
    for i, entry in enumerate(json.loads(raw)):
        fields = kept_fields(entry)
        tel = digits_of(fields["phone"].split(" x")[0].split(" X")[0])
        if len(tel) != 10 or tel in seen or tel in earlier or f"1{tel}" in earlier:
            continue
        seen.add(tel)
        found.append({"country": "US", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
