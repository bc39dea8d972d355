"""Extract the real directory that ``pii_held_out_94.py`` writes its records around into
``scripts/data/pii_cy_pharmacies.json``: the phone fields of a country whose register no earlier
part used (Cyprus), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``CY``: the pharmacies of the Republic of Cyprus as the Cyprus Pharmacy Guide (aspectsense,
  repository nearchos/cypruspharmacyguide) carries them for its web app (the ``pharmacies``
  array of ``cpg-web/src/assets/mock-data.json``, a snapshot of the guide's server data):
  Cypriot numbers as each entry gives them, eight digits run together (``22431643``), fixed
  lines of Nicosia (``22``), Limassol (``25``), Larnaca (``24``), Paphos (``26``) and Famagusta
  (``23``), no mobile; beside the entry's id, street address, postcode
  (``1035``), address details, coordinates (``35.17602``) and locality.

Every entry of the array with a number of six digits or more in its ``phoneBusiness`` field, in
the array's order, a seeded sample of 600 of them. Each row is kept as a mapping of the entry's
keys to the published values as they are written in the file (a JSON number as its digits),
less two keys that concern a private person: ``name`` (a Cypriot pharmacy is listed under its
pharmacist's name) and ``phoneHome`` (the pharmacist's home number). The entry's
``localityUUID`` is kept, and the names of its locality and city in Greek and English are added
from the same file's ``localities`` and ``cities`` arrays (``localityEl``, ``localityEn``,
``cityEl``, ``cityEn``).

    python scripts/cy_pharmacies_data.py CY_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_cy_pharmacies.json"
CAP = 600
DROPPED = ("name", "phoneHome")
SOURCES = {
    "CY": {
        "repository": "nearchos/cypruspharmacyguide",
        "commit": "ad500250f65449e3558dd2d4e1d4cccf2fb791cd",
        "path": "cpg-web/src/assets/mock-data.json",
        "encoding": "utf-8",
        "publisher": "the Cyprus Pharmacy Guide (cypruspharmacyguide.com, developed by "
        "aspectsense.com), the 'pharmacies' array of its web app's data file as last changed "
        "in 68cfc1d ('Deploying update', 20 March 2021; the file's 'lastUpdated' is 3 March "
        "2021), read at ad50025 (10 March 2026); the repository names no official register as "
        "its source",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms",
        "language": "el",
        "dropped": list(DROPPED),
        "roles": {"phone": ["phoneBusiness"], "address": "address",
                  "postcode": "addressPostalCode", "lat": "lat", "lon": "lng", "id": "ID"},
    },
}  # fmt: skip


def _rows(text: str) -> list[dict[str, str]]:
    """The ``pharmacies`` array, each value kept as written (numbers as their digits), less
    the dropped keys, with the names of the entry's locality and city added."""
    data = json.loads(text, parse_int=str, parse_float=str)
    cities = {c["UUID"]: c for c in data["cities"]}
    localities = {loc["UUID"]: loc for loc in data["localities"]}
    out = []
    for entry in data["pharmacies"]:
        row = {k: v for k, v in entry.items() if k not in DROPPED}
        locality = localities[entry["localityUUID"]]
        city = cities[locality["cityUUID"]]
        row |= {
            "localityEl": locality["nameEl"],
            "localityEn": locality["nameEn"],
            "cityEl": city["nameEl"],
            "cityEn": city["nameEn"],
        }
        out.append(row)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_rows(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
