"""Extract the real list that ``pii_held_out_124.py`` writes its records around into
``scripts/data/pii_ca_workbc_centres.json``: the phone, fax and e-mail fields of a list no
earlier part used (British Columbia's WorkBC Centres; Canada's earlier part took Ontario's
COVID-19 testing centres, another province's publisher and another kind of place), exactly as
the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``CA``: the WorkBC Centres of British Columbia, the province's employment-service offices,
  as a GeoJSON ``FeatureCollection`` (a KML export: each feature's ``styleUrl`` is
  ``#WorkBCCentres``) that the Province's repository bcgov/workbc-wage-subsidy kept for its
  catchment lookup (``client/src/constants/pins.js``, ``export const pins = {...}``): 102
  centres, each with its ``phone`` (North American numbers as typed, mostly
  ``250-286-3441``, some with a space after the area code, ``250 674-2928``, two toll-free
  with the trunk ``1``, ``1-877-564-3545``, one with an extension, ``250-545-2215 ext 230``;
  three numbers each given by two or three neighbouring centres), its ``fax`` (the same shapes,
  one ``250- 559-7709``, one with a trailing blank; ``TBA``, ``TBD`` or empty for 13; three
  fax numbers each shared by two or three centres) and its ``email`` (a
  ``mailto:`` link to the centre's own mailbox, ``centre-campbellriver@workbc.ca``), beside the
  centre's name, address with its postal code, storefront and catchment ids and names, web
  page, opening hours, whether it serves in French, and the point's coordinates.

Every feature (all have a number of six digits or more in ``phone``), in the file's order;
each kept as a mapping of all of its properties to the published strings, with the feature's
``id`` and its two coordinates as the file writes them (read as text, not as floats). The
list names no person (``Contractor`` is the centre's name; the mailboxes are the centres'),
so no column is left out.

    python scripts/ca_workbc_centres_data.py CA_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ca_workbc_centres.json"
CAP = 600
PREFIX = "export const pins = "
SOURCES = {
    "CA": {
        "repository": "bcgov/workbc-wage-subsidy",
        "commit": "e5f155d00a1ab56fdbd8b4a765bd2f660369317e",
        "path": "client/src/constants/pins.js",
        "encoding": "utf-8",
        "publisher": "Province of British Columbia (WorkBC, the Ministry responsible for "
        "employment services), its list of WorkBC Centres as a GeoJSON FeatureCollection "
        "(styleUrl '#WorkBCCentres') kept in the Province's repository for the wage-subsidy "
        "intake form's catchment lookup; the file as last changed in e5f155d ('updated "
        "Vancouver west broadway to Midtown West', 23 February 2021; removed from the "
        "repository in 2022)",
        "licence": "not confirmed for the list itself: the repository's LICENSE is the Apache "
        "License 2.0 (the Province's bcgov organisation) and covers its files, this one among "
        "them; WorkBC's own terms for the centres' list were not read",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone"], "fax": ["fax"], "email": ["email"],
                  "address": "address", "id": "storefrontId"},
    },
}  # fmt: skip


def _features(text: str) -> list[dict[str, Any]]:
    """The features of the module's one exported object (JSON after ``export const pins =``),
    numbers read as their text."""
    assert text.startswith(PREFIX), text[:40]
    data = json.loads(text[len(PREFIX) :], parse_float=str, parse_int=str)
    assert data["type"] == "FeatureCollection"
    return data["features"]


def _fields(feature: dict[str, Any]) -> dict[str, str]:
    """A feature as one mapping: its id, its properties as published, its coordinates."""
    longitude, latitude = feature["geometry"]["coordinates"]
    return {
        "id": feature["id"],
        **feature["properties"],
        "longitude": longitude,
        "latitude": latitude,
    }


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": _fields(feature)}
            for i, feature in enumerate(_features(raw.decode(meta["encoding"])))
            if _has_phone(_fields(feature), meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
