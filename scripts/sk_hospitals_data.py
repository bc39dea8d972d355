"""Extract the real register that ``pii_held_out_48.py`` writes its records around into
``scripts/data/pii_sk_hospitals.json``: the phone and e-mail fields of a country whose register
no earlier part used (Slovakia), exactly as its public bodies published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``SK``: Slovakia's hospitals as Eurostat's GISCO team gathered them for its
  healthcare-services dataset (``data/healthcare/csv/SK.csv`` of the repository
  eurostat/basic-services, reference date 01/01/2020, published 26/10/2020): Slovak numbers as
  each hospital gave them, most ``045 6912 316`` or ``02 59541 111``, some with a slash
  (``036/741 11 24``, ``047 / 48 16 222``, ``046 / 5475010``), a range of lines
  (``053 4821 444 - 9``), a double space (``038 7492  201``), the area code in parentheses
  without its trunk ``0`` (``(34) 69 69 344``), international ones (``+421 34 28 29 700``,
  ``+421 (0)2 593 71 111``) and mobile numbers (``0918 660 660``), and an office e-mail address
  in a few; beside the row's id, its postcode (``82556``, ``833 05``), coordinates, web address
  and the dataset's reference and publication dates.

Every row with a number of six digits or more in its ``tel`` column (75 of the file's 128), in
the file's order. Each row is kept as a mapping of the file's column names to the published
strings, with one exception: the ``email`` field is kept only where it is one well-formed
address whose local part names no person (each of them read here); where it names a person
(``PERSONAL``) or is blank, the key is left out of that row. No other column names a person
(names are the hospitals', addresses their premises).

    python scripts/sk_hospitals_data.py SK_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_sk_hospitals.json"
CAP = 600
# e-mail fields of one address whose local part is a person's name (read one by one)
PERSONAL = frozenset({"jana.rybarova@nspmyjava.sk"})
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
SOURCES = {
    "SK": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/SK.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "Slovak file as the repository committed it in f35f82e ('create healthcare data "
        "folder', 27 October 2020), unchanged since; the rows are Slovak hospitals and their "
        "sites, reference date 01/01/2020, published 26/10/2020; the Slovak body Eurostat "
        "took them from is not named in the file",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; "
        "the terms of the Slovak source were not found",
        "language": "sk",
        "roles": {"name": "hospital_name", "site": "site_name", "phone": ["tel"],
                  "email": "email", "register": "id", "postcode": "postcode", "city": "city",
                  "url": "url"},
    },
}  # fmt: skip


def _office_email(value: str) -> bool:
    """One well-formed address that names no person."""
    value = value.strip()
    return bool(ADDRESS.fullmatch(value)) and value not in PERSONAL


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
            fields = {k: v for k, v in row.items() if k != "email" or _office_email(v)}
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
