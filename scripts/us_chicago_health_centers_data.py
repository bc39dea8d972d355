"""Extract the real list that ``pii_held_out_267.py`` writes its records around into
``scripts/data/pii_us_chicago_health_centers.json``: the phone fields of a register no earlier
part used (the City of Chicago Department of Public Health's list of Chicago primary care
community health centers; the United States' earlier parts took CMS's hospitals, New York
City's and Texas's schools, HIFLD's colleges, Cambridge's facilities, New York State's health
facilities, the federal FOIA offices, IMLS's museums, HUD's housing agencies and the NPS's
parks), exactly as the city gives them.

One table of one publisher, read from a git checkout at a named commit, values unchanged:

* ``examples/imariViz/test_CPAR/data/community_centers.js``: the Chicago Data Portal (Socrata)
  view ``2usn-w2nz``, 'Map - Public Health Services - Chicago Primary Care Community Health
  Centers', saved as a JSON export (``meta`` and ``data``) behind the JavaScript assignment
  ``var community_centers = ...``: 120 clinics, federally qualified health centers (FQHC),
  look-alikes, county clinics, free clinics and school-based health centers open to the
  community, each with its ``phone`` (``(773) 268-7600``: the area code in brackets, a blank,
  the exchange and the line joined by a hyphen; toll-free ``(866) 882-2237`` shared by the
  ACCESS network's 26 sites; one field of two numbers on two lines, ``(773)646-3960`` and
  ``(773)646-0480``, with no blank after the bracket; one with a leading blank), beside the
  facility's name, community area (``OAKLAND (36)``), the notes column saying whether it is an
  FQHC, a look-alike or neither (with days and hours for some free clinics) and the address as
  a Socrata location (street and ZIP code as a JSON string, latitude, longitude).

The file is UTF-8 JSON as Socrata exports a view, copied into the repository Stanwar/UI_Builder
for a map of a community partners' programme. Every row with a number of six digits or more in
``phone``, in the file's order; each row kept as a mapping of the view's own columns to the
published strings (the location split into its address, latitude and longitude), the Socrata
system columns (``:sid``, ``:id``, ``:created_meta`` and the like: row ids, times and an
editor's account id) left out; the table names no person (``facility`` is the clinic's name).

    python scripts/us_chicago_health_centers_data.py US_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_chicago_health_centers.json"
CAP = 600
PATH = "examples/imariViz/test_CPAR/data/community_centers.js"
PREFIX = "var community_centers = "
COLUMNS = ("facility", "community_area", "phone", "fqhc_look_alike_or_neither_special_notes")
SOURCES = {
    "US": {
        "repository": "Stanwar/UI_Builder",
        "commit": "a4fde22d7c67c0f7c4bd16a5fa37845c9adfae43",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "City of Chicago, Department of Public Health (CDPH), 'Map - Public "
        "Health Services - Chicago Primary Care Community Health Centers' (Chicago Data Portal, "
        "data.cityofchicago.org, view 2usn-w2nz, rows updated 22 April 2014), as a JSON export "
        "of the view saved in the repository's 'examples' commit (a4fde22, 9 May 2016)",
        "licence": "not confirmed: the repository has no LICENSE file of its own (only the "
        "bundled libraries' licences) and its README names no terms; the view's metadata names "
        "no licence; the City of Chicago's data portal terms of use were not read here",
        "language": "en",
        "roles": {"name": "facility", "phone": ["phone"], "address": ["location_address"]},
    },
}  # fmt: skip


def _fields(columns: list[str], values: list[Any]) -> dict[str, str]:
    """A row of the view as the mapping of its own columns to the published strings; the
    location as its address (the Socrata ``human_address`` JSON string), latitude and
    longitude."""
    row = dict(zip(columns, values, strict=True))
    fields = {key: row[key] for key in COLUMNS}
    address, latitude, longitude, *_ = row["location_1"]
    fields.update(
        location_address=address, location_latitude=latitude, location_longitude=longitude
    )
    assert all(isinstance(v, str) for v in fields.values()), fields
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the view, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        assert raw.startswith(PREFIX), raw[:40]
        (view,) = json.loads(raw[len(PREFIX) :])
        columns = [c["fieldName"] for c in view["meta"]["view"]["columns"]]
        found = []
        for i, values in enumerate(view["data"]):
            fields = _fields(columns, values)
            if _has_phone(fields, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
