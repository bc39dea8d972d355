"""Extract the real directory that ``pii_held_out_79.py`` writes its records around into
``scripts/data/pii_kh_bakong_places.json``: the phone fields of a country whose register no
earlier part used (Cambodia), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``KH``: the Cambodian places of the Soramitsu map library (``Places.banks`` and
  ``Places.merchants`` of the repository soramitsu/magellan-android, the map of the Bakong
  payment app's library): bank and microfinance branches (Sathapana Bank, Prasac MFI, Prince
  Bank, FTB, ACLEDA Bank, Chip Mong Commercial Bank, Wing) and shops, cafés and restaurants
  taking the payments, with Cambodian numbers as each entry gives them: international with the
  country code in brackets (``(+855) 96 265 1111``), national in groups (``023 999 999``),
  bare (``070277366``), with ``+855`` and no space, two joined by `` / ``, and a toll-free
  line with a note (``1800-20-8888 ( Free of Charge )``).

Every ``Place(...)`` of the two lists with a number of six digits or more in its ``phone``
argument, in the lists' order (banks first). Each row is kept as a mapping of the named
arguments to the published values as they are written in the Kotlin source: the strings'
contents, the ``Category`` constant's name, and the two arguments of ``Position`` (latitude,
longitude) as their digits. The lists name no person (the bank agents' list, which names
persons and gives no phone, is not read), so no argument is left out.

    python scripts/kh_bakong_places_data.py KH_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kh_bakong_places.json"
CAP = 600
FOLDER = "library/src/main/java/jp/co/soramitsu/map/data"
SOURCES = {
    "KH": {
        "repository": "soramitsu/magellan-android",
        "commit": "545b5f56b84a2df438407dc53358c03e1ed69e82",
        "paths": [f"{FOLDER}/Banks.kt"],
        "encoding": "utf-8",
        "publisher": "Soramitsu's magellan-android map library (jp.co.soramitsu:map), its "
        "'Places.banks' and 'Places.merchants' lists as committed at 545b5f5 ('Merge pull "
        "request #104 from soramitsu/release/v1.2.3', 24 May 2021; the lists last changed in "
        "870870a, 1 April 2021); Soramitsu built the Bakong payment system of the National "
        "Bank of Cambodia, but the lists name no official register as their source",
        "licence": "Apache License 2.0 (the repository's LICENSE file); no separate terms for "
        "the places' data were found; the numbers are the branches' and shops' own published "
        "contact lines",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone"], "address": "address",
                  "lat": "latitude", "lon": "longitude"},
    },
}  # fmt: skip

_PLACE = re.compile(r"\bPlace\((.*?)\n\s*\)", re.S)
_ARG = re.compile(
    r'(\w+) = (?:"([^"\\]*)"|Category\.(\w+)|Position\(\s*([-\d.]+),\s*([-\d.]+)\s*\))'
)


def _places(text: str) -> list[dict[str, str]]:
    """The named arguments of each ``Place(...)`` of a Kotlin list, as written: a string's
    contents, a ``Category`` constant's name, ``Position``'s two numbers as ``latitude`` and
    ``longitude``."""
    rows = []
    for block in _PLACE.finditer(text):
        row: dict[str, str] = {}
        for m in _ARG.finditer(block.group(1)):
            key, string, category, lat, lon = m.groups()
            if lat is not None:
                row["latitude"], row["longitude"] = lat, lon
            else:
                row[key] = string if string is not None else category
        rows.append(row)
    return rows


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": row}
                for i, row in enumerate(_places(raw.decode(meta["encoding"])))
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
