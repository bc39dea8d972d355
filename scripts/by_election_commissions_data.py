"""Extract the real register that ``pii_held_out_91.py`` writes its records around into
``scripts/data/pii_by_election_commissions.json``: the phone fields of a country whose register
no earlier part used (Belarus), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``BY``: the 110 district election commissions of the elections to the House of
  Representatives of 17 November 2019, as the elections' site vybary2019.by listed them on
  each district's page and the opendataby community's scraper wrote them into
  ``dataset/regions.csv`` of the repository opendataby/vybary2019: the ``contact`` field as the
  site wrote it, the trunk ``8`` and area code in brackets before the local numbers, each
  marked ``т.`` (telephone), ``ф.`` (fax) or ``т./ф.`` (both): ``(8 0162) т. 32 26 06``,
  ``(8 016) т. 21 05 41 т./ф. 21 06 16``, ``(8 01641) т/ф 2 51 99, т. 2 57 47``, Minsk's
  ``(8 017) т. 207-71-38``, some without a mark (``(8 0232) 75 48 07 75 07 87 т./ф. 75 48
  30``), one without the trunk ``8`` (``(02339) ...``), one with it run on (``(802353) ...``),
  two with a transposed area code (``(8 2014)`` for ``0214``); beside the district's number,
  name, voter count, the commission's address with its room, the district's page and its
  borders.

Every row of the file with a number of six digits or more in ``contact``, in the file's order.
Each row is kept as a mapping of the file's columns to the published strings; the register
names no person (the candidates are in another file, not read), so no column is left out.

    python scripts/by_election_commissions_data.py BY_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_by_election_commissions.json"
CAP = 600
SOURCES = {
    "BY": {
        "repository": "opendataby/vybary2019",
        "commit": "09fe6f55418ee93bc96dc50e28b42851b3d515f0",
        "path": "dataset/regions.csv",
        "encoding": "utf-8",
        "publisher": "the district election commissions' contacts as vybary2019.by, the site of "
        "the elections to the House of Representatives of the National Assembly of the "
        "Republic of Belarus of 17 November 2019, gave them on each district's page ('Контакты:'), "
        "scraped by the opendataby community's 01pages.py into dataset/regions.csv (the file as "
        "last changed in e26fa40, 14 November 2019; read at 09fe6f5, 17 November 2019)",
        "licence": "MIT as the repository's LICENSE file states (Copyright (c) 2019 Anatoli "
        "Babenia); the terms of vybary2019.by were not found",
        "language": "ru",
        "roles": {"name": "name", "phone": ["contact"], "address": "location",
                  "number": "number", "people": "people", "url": "url", "border": "border"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
