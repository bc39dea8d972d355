"""Extract the real directory that ``pii_held_out_75.py`` writes its records around into
``scripts/data/pii_ve_zoom_offices.json``: the phone fields of a country whose register no
earlier part used (Venezuela), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``VE``: the offices and allied agents of the Venezuelan courier ZOOM as its office locator
  lists them (the ``ZoomCatalog`` array of ``data/list/catalogs/zoom.catalog.ts`` of the
  repository Chafardet-1800/common, a shared Angular library that offers them as a shipping
  address catalog): Venezuelan numbers as each entry gives them in ``phone``, eleven digits
  with the trunk ``0`` and no separator (``02742216920``, mobiles ``04127939071``), often two
  joined by `` - `` (``02812687582 - 04129494925``, some the same number twice); beside the
  entry's locator id and ``sku``, coordinates (``8.546923``), opening hours (a JSON object as a
  string), the days it opens, its categories and payment methods.

Every entry whose ``phone`` field is written as Venezuelan national numbers: one or more
numbers of eleven digits that begin with a single trunk ``0``, joined by `` - ``. That leaves
out the offices in the United States, Panama and Uruguay (``3055999875``, ``00130553582``),
the 71 own branches whose field is the courier's lettered national line
(``0501 ZOOM000 (0-501-966-6000)``), and the two entries whose field is the placeholder
``02120000000``. Each row is kept as a mapping of the array's keys to the published values
(JSON ``null`` kept as ``None``); the directory names no person (its titles are the offices' and
companies', its addresses their premises), so no key is left out.

    python scripts/ve_zoom_offices_data.py VE_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ve_zoom_offices.json"
CAP = 600
OPENING = "export const ZoomCatalog: any[] = ["
NATIONAL = re.compile(r"0[1-9]\d{9}(?: - 0[1-9]\d{9})*")
PLACEHOLDER = "02120000000"
SOURCES = {
    "VE": {
        "repository": "Chafardet-1800/common",
        "commit": "aafbcd0c151e9d7e6fe46b54fa3442f6563accef",
        "path": "data/list/catalogs/zoom.catalog.ts",
        "encoding": "utf-8",
        "publisher": "the office locator of the Venezuelan courier ZOOM (its own branches and "
        "'ALIADO ZOOM' allied agents), as committed in d7cfce0 ('Se agregaron cataogos de "
        "direcciones ...', 24 June 2024) to a shared Angular library as its 'ZoomCatalog' "
        "array; the entries carry a store locator's fields (open_hours, marker_id, logo_id); "
        "no official register is named",
        "licence": "not confirmed: the repository has no LICENSE file, its README and "
        "package.json name no terms; the courier's terms for its locator data were not found",
        "language": "es",
        "roles": {"name": "title", "phone": ["phone"], "address": "direccion",
                  "lat": "lat", "lon": "lng"},
    },
}  # fmt: skip


def _entries(text: str) -> list[dict[str, Any]]:
    """The ``ZoomCatalog`` array of the TypeScript module: a JSON array from its opening
    bracket to the file's last ``]``, each value kept as written."""
    start = text.index(OPENING) + len(OPENING) - 1
    end = text.rindex("]") + 1
    return json.loads(text[start:end])


def _national(row: dict[str, Any]) -> bool:
    """A ``phone`` field of Venezuelan national numbers only, no placeholder among them."""
    value = row.get("phone") or ""
    return bool(NATIONAL.fullmatch(value)) and PLACEHOLDER not in value


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_entries(raw.decode(meta["encoding"])))
            if _national(row) and _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
