"""Extract the real register that ``pii_held_out_49.py`` writes its records around into
``scripts/data/pii_bg_nhif_hospitals.json``: the phone fields of a country whose register no
earlier part used (Bulgaria), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``BG``: Bulgaria's hospitals and other medical establishments under contract with the
  National Health Insurance Fund (НЗОК), as its public list
  (services.nhif.bg/references/lists/hospital.xhtm) gives them, copied into
  ``hospitals_offical.csv`` of the repository
  BilyanaH/Socio-legal-aspects-of-information-technologies (a university course project on
  modelling that register): Bulgarian numbers as each establishment gave them, most with the
  area code set off by ``/`` (``056/812985``, ``0887/903787``, ``03071/2021``), others without
  it (``052611130``), Sofia's seven-digit lines without their ``02`` (``9701104``,
  ``934 0062``), some with a hyphen and no area code (``602-257``), two with what looks like an
  extension after a last ``/`` (``4005990/401``, ``0618/60260/22051``), two to eight in one
  field after ``,`` or ``, ``; beside the row's region, municipality, settlement and address
  (``ул. Васил Левски №36``).

Every row with a number of six digits or more in its ``Телефон`` column (459 of the file's
468), in the file's order. Each row is kept as a mapping of the file's column names to the
published strings, except ``Управител``: it names the establishment's managers (private
persons), so it is left out of every row. No other column names a person (names are the
establishments' registered names, addresses their premises).

    python scripts/bg_nhif_hospitals_data.py BG_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_bg_nhif_hospitals.json"
CAP = 600
# the column that names private persons (the establishment's managers), left out of every row
PERSONAL = "Управител"
SOURCES = {
    "BG": {
        "repository": "BilyanaH/Socio-legal-aspects-of-information-technologies",
        "commit": "b20bbb405330f0b0d977a324c733f624880a1ab4",
        "path": "hospitals_offical.csv",
        "encoding": "utf-8",
        "publisher": "Национална здравноосигурителна каса (НЗОК, Bulgaria's National Health "
        "Insurance Fund), its list of medical establishments under contract "
        "(services.nhif.bg/references/lists/hospital.xhtm, named as the source in the "
        "repository's README.md), as the course project committed it in 1ac9bae ('Update "
        "geocode cache and hospital data files', 27 October 2025), unchanged at b20bbb4 (27 "
        "October 2025); the date the list was read from the fund's site is not given",
        "licence": "not confirmed: the repository has no LICENSE file; its README.md only "
        "proposes CC-BY 4.0 for the project's data ('Предложен лиценз за данните') and MIT for "
        "its scripts; the fund's terms for the list were not found",
        "language": "bg",
        "roles": {"name": "Наименование", "phone": ["Телефон"], "region": "Област",
                  "municipality": "Община", "settlement": "Населено място",
                  "address": "Адрес"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#{i}",
                "fields": {k: v for k, v in row.items() if k != PERSONAL},
            }
            for i, row in enumerate(csv.DictReader(text))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
