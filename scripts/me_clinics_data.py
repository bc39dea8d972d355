"""Extract the real directory that ``pii_held_out_98.py`` writes its records around into
``scripts/data/pii_me_clinics.json``: the phone fields of a country whose register no earlier
part used (Montenegro), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``ME``: Montenegrin clinics, hospitals, dentists, doctors' practices and physiotherapists as
  the docta.me medical directory stored its Google Places search results, one file per city
  (``data/google-places/all-<city>.json`` of the repository aichukanov/docta): numbers as the
  files give them in ``internationalPhoneNumber``, every Montenegrin one as ``+382 67 941 941``
  (mobile) or ``+382 20 811 396`` (fixed line, area code after the country code), nine foreign
  ones (Serbian ones run together after the code: ``+381 64 5030820``); beside the place's id
  (``ChIJf4tB9nvrTRMRPE_1iP76aB8``), coordinates, address, rating and web site.

Every place of the city files with a number of six digits or more in its
``internationalPhoneNumber``, once (the first file that lists it, files in the tree's order).
Each row is kept as a mapping of the place's keys to the published values as they are written
in the file (a JSON number as its digits; nested keys joined by ``.``; the ``types`` list
joined by ``,``), less ``reviews`` (the reviews name their authors, private persons); the names
are the places' own as listed.

    python scripts/me_clinics_data.py ME_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_me_clinics.json"
CAP = 600
FOLDER = "data/google-places/"
DROPPED = ("reviews",)
SOURCES = {
    "ME": {
        "repository": "aichukanov/docta",
        "commit": "40de81a5d454421fda73b309e76fe7c334566fb3",
        "path": "data/google-places/all-<city>.json",
        "encoding": "utf-8",
        "publisher": "the docta.me medical directory (Nuxt application of the repository "
        "aichukanov/docta), its Google Places search results per city as committed in 40de81a "
        "('e2e', 4 August 2026); the places' fields are Google Maps' (Places API), no official "
        "register is named; the country-wide file all-montenegro.json is not in the snapshot "
        "and is not read",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the fields come from Google's Places API, whose terms were not checked",
        "language": "sr",
        "roles": {"name": "displayName.text", "phone": ["internationalPhoneNumber"],
                  "address": "formattedAddress", "lat": "location.latitude",
                  "lon": "location.longitude", "id": "id"},
    },
}  # fmt: skip


def _flat(place: dict[str, Any]) -> dict[str, str]:
    """A place as a mapping of its keys (nested ones joined by ``.``) to the values as written,
    the ``types`` list joined by ``,``, the dropped keys left out."""
    out: dict[str, str] = {}
    for key, value in place.items():
        if key in DROPPED:
            continue
        if isinstance(value, dict):
            for sub, inner in value.items():
                out[f"{key}.{sub}"] = "" if inner is None else str(inner)
        elif isinstance(value, list):
            out[key] = ",".join(value)
        else:
            out[key] = "" if value is None else str(value)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        tree = _git(git_dir, "ls-tree", "--name-only", meta["commit"], FOLDER).decode()
        paths = [p for p in tree.split() if "/all-" in p and not p.endswith("all-montenegro.json")]
        found, seen = [], set()
        for path in paths:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
            for i, place in enumerate(json.loads(raw, parse_int=str, parse_float=str)):
                row = _flat(place)
                if row["id"] in seen or not _has_phone(row, meta["roles"]["phone"]):
                    continue
                seen.add(row["id"])
                found.append({"country": country, "path": f"{path}#{i}", "fields": row})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
