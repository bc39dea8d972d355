"""Extract the real register that ``pii_held_out_15.py`` writes its records around into
``scripts/data/pii_ontario_centres.json``: phone and e-mail fields exactly as a public body of
a country no earlier part used (Canada) published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``CA``: Ontario's COVID-19 testing locations (assessment centres, pharmacies, community
  labs) of the Ontario Digital Service's data.ontario.ca, under the Open Government Licence -
  Ontario, as the repository wecountproject/covid-assessment-centres committed its copy of
  13 July 2021 (``ODC/assessment_centre_locations_2021_07_13.csv``; the repository's own
  licence CC BY 4.0): North American numbers with no ``+1`` and no trunk ``1``, area code and
  number joined by hyphens (``705-568-2127``), an extension after some (``807-597-8781 ext.
  0``), toll-free numbers (``888-383-7009``); e-mail addresses; Canadian postal codes (``P2N
  3P4``), location and health-unit ids, coordinates, opening hours.

Every row with a number of six digits or more in its phone column, 600 of them drawn with a
fixed seed, kept in the file's order. Each row is kept as a mapping of the register's column
names to the published strings (the long free-text columns and the yes/no flags left out),
with the names of the columns that play each role.

    python scripts/ontario_centres_data.py CA_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _csv_rows, _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ontario_centres.json"
CAP = 600
COLUMNS = (
    "location_id", "location_name", "location_name_fr", "operated_by", "city", "address",
    "address_fr", "postal_code", "province", "latitude", "longitude", "phu_id", "phu", "phu_fr",
    "phone", "website", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "email", "age_threshold",
)  # fmt: skip
SOURCES = {
    "CA": {
        "repository": "wecountproject/covid-assessment-centres",
        "commit": "a6dd46e998dc5901cbc531c0dd1a9df5375d04d6",
        "path": "ODC/assessment_centre_locations_2021_07_13.csv",
        "publisher": "Ontario Digital Service, COVID-19 testing locations (assessment centre "
        "locations), on data.ontario.ca",
        "licence": "Open Government Licence - Ontario (ontario.ca/page/open-government-licence-"
        "ontario); the repository's copy is under CC BY 4.0",
        "language": "en",
        "roles": {"name": "location_name", "street": "address", "postcode": "postal_code",
                  "phone": ["phone"], "fax": [], "email": "email", "register": "location_id",
                  "city": "city", "unit": "phu", "unit_fr": "phu_fr"},
    },
}  # fmt: skip


def _kept(row: dict[str, str]) -> dict[str, str]:
    return {c: row[c] for c in COLUMNS}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        text = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode("utf-8-sig")
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#{i}",
                "fields": {c: row[c] for c in COLUMNS},
            }
            for i, row in enumerate(_csv_rows(text))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
