"""Extract the real register that ``pii_held_out_450.py`` writes its records around into
``scripts/data/pii_us_food_oasis_la.json``: the phone and e-mail fields of a register no
earlier part used (the United States, whose earlier parts took CMS's hospitals, New York
City's high schools, restaurants and aging providers, Puerto Rico's voter centres, the TEA's
AskTED schools, HIFLD's colleges, Cambridge's facilities, New York State's health facilities,
the FOIA contacts, IMLS's museums, HUD's housing authorities, the NPS's parks, Chicago's health
centers, SAMHSA's locator, the AFDC's stations, the Open Brewery DB, Starbucks's and Target's
stores, the CDE's schools, the public libraries, HRSA's health centers in Maine, Hawaii's
schools, the Texas DFPS's child care, Nebraska's assisted living, New York's farmers markets
and CountyOffice's health departments; this one is Food Oasis Los Angeles's directory of free
food resources, food pantries and meal programs of Los Angeles County, another publisher and
another kind of place), exactly as the directory gives them.

One table of Hack for LA's ``food-oasis`` project, read from a git checkout at a named commit,
values unchanged:

* ``server/db/demo-db/foodoasis.sql``: a PostgreSQL plain-text dump of the Food Oasis
  database; its ``public.stakeholder`` table (``COPY ... FROM stdin``, tab-separated, ``\\N``
  for a null) holds 627 food resources (churches' pantries, food banks, meal programs,
  shelters' kitchens) with the resource's ``name``, street (``address_1``, ``address_2``),
  ``city``, ``state``, ``zip``, ``phone`` (``(213)483-5821``, ``(626) 852-7630``,
  ``323-255-6806``, ``626.794.4875``; some fields name two lines, ``... or ...``, or a note),
  ``email`` (the resource's mailbox, empty for most), ``website``, coordinates, the
  ``inactive`` flag and the directory's text about it (``items``, ``services``,
  ``requirements``, ``eligibility_notes``, ``food_types``, ``languages``, ``description``).

A resource is kept where the directory does not mark it ``inactive``, where its ``phone`` holds
one North American number of ten digits written in one of the directory's common ways (area
code in brackets or not, separated by hyphens, dots or spaces; a field naming two lines, an
extension, a word number or a note is left out), whose digits no earlier United States part's
data holds and no resource kept before it has; the kept resources are a seeded sample of
``CAP``, in the table's order. Each is kept as the mapping of the ``COLUMNS`` below to the
dump's strings (its escapes read: ``\\N`` as ``None``, ``\\t``, ``\\n``, ``\\\\``); the
table's columns naming a person or a login (``admin_contact_*``, ``donation_contact_*``,
``*_login_id``, ``notes``, ``admin_notes``, ``review_notes``) are not kept.

    python scripts/us_food_oasis_la_data.py US_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_food_oasis_la.json"
CAP = 300
PATH = "server/db/demo-db/foodoasis.sql"
TABLE = "public.stakeholder"
PHONE = "phone"
COLUMNS = (
    "id", "name", "address_1", "address_2", "city", "state", "zip", "phone", "email",
    "website", "latitude", "longitude", "inactive", "parent_organization", "items", "services",
    "requirements", "eligibility_notes", "food_types", "languages", "description",
)  # fmt: skip
# one number of ten digits as the directory writes most: (213)483-5821, (626) 852-7630,
# 323-255-6806, 626.794.4875, (818)-468-0935, 6262858780
ONE_NUMBER = re.compile(r"\s*(?:\(\d{3}\)[-. ]?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}\s*")
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
        "repository": "hackforla/food-oasis",
        "commit": "f532cf6e7d023a87472f00496482f4a7dbd9a256",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Food Oasis Los Angeles (Hack for LA), its directory of free food "
        "resources of Los Angeles County (foodoasis.la), the stakeholder table of the "
        "project's demo database dump",
        "licence": "GPL-2.0 for the repository (its LICENSE file); terms for the directory's "
        "data themselves not confirmed",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE], "email": "email",
                  "address": ["address_1", "address_2", "city", "state", "zip"]},
    },
}  # fmt: skip

_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\", "b": "\b", "f": "\f", "v": "\v"}


def copy_value(raw: str) -> str | None:
    """A value of a PostgreSQL ``COPY`` text row as stored: ``\\N`` is ``None``, the
    backslash escapes read."""
    if raw == "\\N":
        return None
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), raw)


def copy_rows(dump: str, table: str) -> list[dict[str, str | None]]:
    """The rows of ``table``'s ``COPY ... FROM stdin`` block of a plain-text dump."""
    lines = dump.split("\n")
    head = next(i for i, line in enumerate(lines) if line.startswith(f"COPY {table} ("))
    columns = re.search(r"\((.*)\)", lines[head]).group(1).split(", ")
    out = []
    for line in lines[head + 1 :]:
        if line == "\\.":
            break
        values = line.split("\t")
        assert len(values) == len(columns), line[:80]
        out.append(dict(zip(columns, map(copy_value, values), strict=True)))
    return out


def one_number(value: str | None) -> bool:
    """Whether a phone field holds one ten-digit number in one of the common ways."""
    return bool(value) and ONE_NUMBER.fullmatch(value) is not None


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept food resources of the directory, with the commit they were read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "1"), set()
    found = []
    for i, row in enumerate(copy_rows(raw, TABLE)):
        if row["inactive"] != "f" or not one_number(row[PHONE]):
            continue
        tel = digits_of(row[PHONE])
        if tel in seen or tel in earlier or f"1{tel}" in earlier:
            continue
        seen.add(tel)
        fields = {c: row[c] for c in COLUMNS}
        found.append({"country": "US", "path": f"{PATH}#{TABLE}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
