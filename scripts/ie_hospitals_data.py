"""Extract the real register that ``pii_held_out_120.py`` writes its records around into
``scripts/data/pii_ie_hospitals.json``: the phone fields of a register no earlier part used
(Ireland, whose earlier part took the Department of Education and Skills' Dublin primary
schools; this one is its hospitals), exactly as published.

One register, read from a git checkout at a named commit, values unchanged:

* ``IE``: Ireland's public and private hospitals, community hospitals, mental health units and
  hospices as Eurostat's GISCO team gathered them for its healthcare-services dataset
  (``data/healthcare/csv/IE.csv`` of the repository eurostat/basic-services, reference date
  01/04/2020, published 16/04/2020): Irish numbers as each hospital gave them, the trunk ``0``
  and area code, a space, then the subscriber number of five to seven digits (``01 4142000``,
  ``029 70003``, ``0504 21055``), seven with a hyphen (``074-9135104``, ``01-4063423``), two
  with the subscriber number split (``057 93 21501``, ``064 66 31076``), one with the space
  misplaced (``07 19620011``), three fields holding a second number, two of them marked for
  the emergency department (``01 8032000, 01 8607089 (A/E)``), five with trailing blanks;
  beside the row's id (``20036``), street, Eircode (``V94 F858``; 27 blank), city,
  coordinates, facility type, web address (2 rows), e-mail (1 row, a role address) and the
  dataset's dates.

Every row with a number of six digits or more in its ``tel`` column (179 of the file's 199), in
the file's order. Each row is kept as a mapping of the file's column names to the published
strings, no column left out: no column names a person (names are the hospitals', addresses
their premises, the one e-mail address a feedback mailbox).

    python scripts/ie_hospitals_data.py IE_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ie_hospitals.json"
CAP = 600
SOURCES = {
    "IE": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/IE.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "Irish file as the repository committed it in f35f82e ('create healthcare data "
        "folder', 27 October 2020), unchanged since; the rows are Irish hospitals, community "
        "hospitals, mental health units and hospices (ids 20001 ...), reference date "
        "01/04/2020, published 16/04/2020; the Irish body Eurostat took them from is not "
        "named in the file",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; "
        "the terms of the Irish source were not found",
        "language": "en",
        "roles": {"name": "hospital_name", "phone": ["tel"], "email": "email",
                  "register": "id", "postcode": "postcode", "city": "city",
                  "lat": "lat", "lon": "lon", "url": "url"},
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
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": row})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
