"""Extract the real register that ``pii_held_out_33.py`` writes its records around into
``scripts/data/pii_cz_hospitals.json``: the phone and e-mail fields of a country whose register
no earlier part used (Czechia), exactly as its hospitals gave them.

One register, read from a git checkout at a named commit, values unchanged:

* ``CZ``: Czechia's hospitals, aftercare hospitals and long-term care wards (LDN) as Eurostat's
  GISCO team gathered them for its healthcare-services dataset (``data/healthcare/csv/CZ.csv``
  of the repository eurostat/basic-services, reference date 01/04/2020, published
  28/10/2020): Czech nine-digit numbers as each hospital gave them, mostly in one run
  (``515215557``), some in groups of three (``519 363 111``), two in one field after ``,``
  (one of them an old area-coded number with an extension, ``0627/352 412-18``), and an
  office's e-mail address for 147 of them (a person's left out, below); beside the row's
  fourteen-digit facility id (``00092584000003``: the provider's IČO and the facility's
  number), its five-digit postcode (``66902``), its house number (``3897/1``), coordinates
  and the dataset's dates.

The file's Czech text was written as Windows-1250 bytes read as Windows-1252 (``Léèebna`` for
``Léčebna``); it is kept as published here, and the generator reads it back (its phone and
e-mail fields are ASCII, untouched either way).

Every row with a number of six digits or more in its ``tel`` column (195 of the file's 248), in
the file's order. Each row is kept as a mapping of the file's column names to the published
strings, less its ``email`` field where the address is a person's (``PERSONAL``: a name or
surname as its local part, ``petr.prochazka@...``, ``vlckova@...``; each local part of the
file was read, and the ambiguous ``vlada`` is counted a name): no record needs a person's
name. No other column names a person (its names are the hospitals', its addresses their
premises).

    python scripts/cz_hospitals_data.py CZ_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_cz_hospitals.json"
CAP = 600
# the local parts of the file's e-mail addresses that name a person rather than an office (a
# secretariat, reception, management, the hospital's own acronym), read one by one
PERSONAL = frozenset(
    {"a.hlavnickova", "bartikova", "burianova", "hossner", "jana.petrzelkova",
     "jaroslava.souckova", "jungvirt", "kratochvil", "krippner", "krystyna.pukowska",
     "martin.smaus", "milan.homza", "mns.strommerova", "petr.prochazka", "petrfiala",
     "polzerova", "silvie.chlebisova", "spicka", "stepan.votocek", "stepanka.barthova",
     "vlada", "vlckova"}
)  # fmt: skip
SOURCES = {
    "CZ": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/CZ.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "Czech file as the repository added it in f35f82e ('create healthcare data folder', "
        "27 October 2020) and last changed it in 44955c0 ('czechia', 28 October 2020); the "
        "rows are Czech hospitals with fourteen-digit facility ids, reference date "
        "01/04/2020, published 28/10/2020; the Czech body Eurostat took them from is not "
        "named in the file",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; "
        "the terms of the Czech source were not found",
        "language": "cs",
        "roles": {"name": "hospital_name", "phone": ["tel"], "email": "email",
                  "register": "id", "postcode": "postcode", "city": "city"},
    },
}  # fmt: skip


def kept_fields(row: dict[str, str]) -> dict[str, str]:
    """The row less its e-mail field where the address names a person."""
    local = row.get("email", "").strip().split("@")[0].lower()
    return {k: v for k, v in row.items() if k != "email" or local not in PERSONAL}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": kept_fields(row)}
            for i, row in enumerate(csv.DictReader(text))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
