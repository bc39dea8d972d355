"""Extract the real list that ``pii_held_out_63.py`` writes its records around into
``scripts/data/pii_bd_outlets.json``: the phone fields of a country whose register no earlier
part used (Bangladesh), exactly as the list published them.

One list, read from a git checkout at a named commit, values unchanged:

* ``BD``: a mobile phone brand's "Experience Outlet List" of retail shops in Bangladeshi
  districts (the ``dummyEoList`` array of ``src/eo-list.ts`` of the repository
  uzzal126/wm-client, a JSON array inside ``JSON.parse(`...`)``): each shop's contact number
  as the list gives it, Bangladeshi mobile numbers of eleven digits without separators
  (``01827197036``); beside the row's serial number, district, shop name and address.

Every entry of the array with a number of six digits or more in its ``Column5`` field (the
list's first entry is its header row, ``Contact``, and is left out), in the array's order. Each
row is kept as a mapping of the array's keys to the published values as they are written in the
file (the serial, a JSON number, as its digits); the list names shops, not persons, so no key
is left out. The same file's second array (service points with staff names and numbers) is not
read.

    python scripts/bd_outlets_data.py BD_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_bd_outlets.json"
CAP = 600
OPENING = "export const dummyEoList = JSON.parse(`"
SOURCES = {
    "BD": {
        "repository": "uzzal126/wm-client",
        "commit": "8d0fefc9f0b1ebfe8c5d528a234d3ef16da0da79",
        "path": "src/eo-list.ts",
        "encoding": "utf-8",
        "publisher": "the 'Experience Outlet List' of retail shops (district, retailer name, "
        "address, contact) as committed in the client-webmanza storefront's only commit "
        "8d0fefc ('first commit', 16 July 2024); the brand whose outlets these are is not named "
        "in the file, and no official register is named",
        "licence": "not confirmed: the repository has no LICENSE file and its README (the "
        "Next.js with-redux example's) names no terms for the list",
        "language": "bn",
        "roles": {"name": "Column3", "phone": ["Column5"], "address": "Column4",
                  "district": "Column2", "serial": "Experience Outlet List:"},
    },
}  # fmt: skip


def _entries(text: str) -> list[dict[str, str]]:
    """The ``dummyEoList`` array: the JSON text inside ``JSON.parse(`...`)``, each value kept as
    written (numbers as their digits)."""
    start = text.index(OPENING) + len(OPENING)
    end = text.index("`);", start)
    return json.loads(text[start:end], parse_int=str, parse_float=str)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#dummyEoList[{i}]", "fields": row}
            for i, row in enumerate(_entries(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
