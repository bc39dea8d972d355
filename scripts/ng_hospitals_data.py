"""Extract the real directory that ``pii_held_out_46.py`` writes its records around into
``scripts/data/pii_ng_hospitals.json``: the phone fields of a country whose register no earlier
part used (Nigeria), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``NG``: Nigerian hospitals and primary health centres as the ice-devs team listed them for
  a map application (the ``hospitals`` array of ``dictionary.js`` of the repository
  daniels-martins/ice-devs, which names a Google spreadsheet as its source): Nigerian numbers as
  each entry gives them, most ``0803-562-7395``, some as bare JSON numbers without the trunk
  ``0`` (``9064984171``), a few with a blank digit (``0807-702-260_``); beside the row's
  coordinates (``12.71572215``) and opening hours.

Every entry of the array with a number of six digits or more in its ``PHONE NUMBER`` field, in
the array's order. Each row is kept as a mapping of the array's keys to the published values as
they are written in the file (a JSON number as its digits); the directory names no person (its
names are the facilities', its addresses their premises), so no key is left out.

    python scripts/ng_hospitals_data.py NG_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ng_hospitals.json"
CAP = 600
OPENING = "export const hospitals = ["
SOURCES = {
    "NG": {
        "repository": "daniels-martins/ice-devs",
        "commit": "fe667dcd213efb9e8c03f3714e07ad08eaea3e3c",
        "path": "dictionary.js",
        "encoding": "utf-8",
        "publisher": "the ice-devs team's map application, its 'hospitals' array as committed "
        "in fe667dc ('search grid code has been fully implemented for hospitals', 19 November "
        "2024); the repository's data_source.txt names a Google spreadsheet as its source; no "
        "official register is named, and the 'OVERVIEW' texts of some rows do not fit their "
        "facility",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the terms of the spreadsheet it names were not found",
        "language": "en",
        "roles": {"name": "NAME", "phone": ["PHONE NUMBER"], "address": "ADDRESS",
                  "lat": "LATITUDE", "lon": "LONGITUDE"},
    },
}  # fmt: skip


def _entries(text: str) -> list[dict[str, str]]:
    """The ``hospitals`` array of the JavaScript module: a JSON array from its opening bracket
    to the first ``];``, each value kept as written (numbers as their digits)."""
    start = text.index(OPENING) + len(OPENING) - 1
    end = text.index("];", start) + 1
    return json.loads(text[start:end], parse_int=str, parse_float=str)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#hospitals[{i}]", "fields": row}
            for i, row in enumerate(_entries(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
