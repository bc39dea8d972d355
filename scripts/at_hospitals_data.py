"""Extract the real register that ``pii_held_out_114.py`` writes its records around into
``scripts/data/pii_at_hospitals.json``: the phone fields of a register no earlier part used
(Austria, whose earlier part took the OeNB's bank directory; this one is its hospitals), exactly
as published.

One register, read from a git checkout at a named commit, values unchanged:

* ``AT``: Austria's hospitals, rehabilitation centres and care homes with beds as Eurostat's
  GISCO team gathered them for its healthcare-services dataset (``data/healthcare/csv/AT.csv``
  of the repository eurostat/basic-services, reference date 01/01/20, published 16/04/2020):
  Austrian numbers as each hospital gave them, trunk ``0`` and area code, then the subscriber
  number in groups and most often the switchboard's ``0`` as a last group (``03353 6000 0``,
  ``01 401 11 0``, ``05 7979 31000``), some without it (``0662 8088``, ``03132 53553``), one with
  a slash (``0512/ 04 0``) and one mobile without its trunk ``0`` (``650 328 73 37``); beside the
  row's id (``K101``), its street, house number, postcode (``5020``), city, coordinates, beds,
  specialties, web address and the dataset's reference and publication dates.

Every row with a number of six digits or more in its ``tel`` column (261 of the file's 266), in
the file's order. Each row is kept as a mapping of the file's column names to the published
strings, less ``email`` (blank in every row of the file). No column names a person (names are
the hospitals', addresses their premises).

    python scripts/at_hospitals_data.py AT_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_at_hospitals.json"
CAP = 600
SOURCES = {
    "AT": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/AT.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "Austrian file as the repository committed it in f35f82e ('create healthcare data "
        "folder', 27 October 2020), unchanged since; the rows are Austrian hospitals, "
        "rehabilitation centres and care homes (ids K101 ...), reference date 01/01/20, "
        "published 16/04/2020; the Austrian body Eurostat took them from is not named in the "
        "file",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; "
        "the terms of the Austrian source were not found",
        "language": "de",
        "roles": {"name": "hospital_name", "phone": ["tel"], "register": "id",
                  "postcode": "postcode", "city": "city", "url": "url"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = []
        for i, row in enumerate(csv.DictReader(text)):
            if not _has_phone(row, meta["roles"]["phone"]):
                continue
            fields = {k: v for k, v in row.items() if k != "email"}
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
