"""Extract the real list that ``pii_held_out_162.py`` writes its records around into
``scripts/data/pii_tw_hsinchu_clinics.json``: the phone fields of a register no earlier part
used (Hsinchu City's medical institutions, Taiwan: clinics of Western medicine, dentistry and
Chinese medicine and the city's hospitals; Taiwan's earlier parts took the National Health
Insurance Administration's mask-stock list of pharmacies and the Ministry of Education's
elementary schools), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``clinic_data.js``: the 461 medical institutions of Hsinchu City (新竹市) with their
  ten-digit medical institution code (醫事機構代碼, ``3712040593``; three of nine digits,
  their leading zero dropped as published), name, address, district (東區, 北區, 香山區),
  ownership class (權屬別: 私立西醫診所, 私立牙醫診所, 私立中醫診所, 醫療財團法人醫院 and
  others), departments and ``phone``: Taiwanese numbers as the register writes them, the area
  code ``03`` before the line after a hyphen (``03-5356805``), a blank, a hyphen and a blank or
  in brackets (``(03)5753033``), some with an extension after ``#`` (``03-5213292#605``), some
  with a second number after ``、`` (``03-5397268、5391288``, ``03-5281250、0975083295``) or
  after blanks (``03-5359665   0918-255526``), a few with no area code (``5726050``) or a
  mobile number (``0912-345678`` shape).

The file is a JavaScript assignment (``window.clinicData = [...]``) of a JSON array in the
repository 71658-dev/Clinic-Search (a clinic finder for Hsinchu City). Kept: every row whose
``phone`` holds a number of six digits or more (10 are empty, one is ``03-``), except the 4
whose field the part cannot label number by number as written (``03─5251319`` and
``03=5224909``, a box-drawing line and an equals sign between area code and line;
``03-5250266 (0968-732265)`` and ``03-5353853 (0939339439)``, a second number in brackets):
446 rows in the file's order. Each row is kept as a mapping of its fields to the published
values, less ``contact``: the register's responsible physician (負責醫師), a person's name, is
not copied.

    python scripts/tw_hsinchu_clinics_data.py TW_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tw_hsinchu_clinics.json"
CAP = 600
PATH = "clinic_data.js"
PREFIX = "window.clinicData = "
# the fields the part cannot label number by number as written (see the docstring)
UNSPLIT = ("─", "=", " (")
SOURCES = {
    "TW": {
        "repository": "71658-dev/Clinic-Search",
        "commit": "5e15d1b4d8cad1ec1e88ab0594fed094d157ee17",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Hsinchu City's register of medical institutions (新竹市 醫療院所: "
        "clinics and hospitals by medical institution code, ownership class and departments, "
        "the columns of the Ministry of Health and Welfare's medical institution register), "
        "as compiled into clinic_data.js of the repository 71658-dev/Clinic-Search (a "
        "clinic finder for Hsinchu City, 'Build with AI Studio', 2 December 2025); the "
        "repository does not name the page or file it took the list from",
        "licence": "not confirmed: the repository's LICENSE (MIT, 2025 71658-dev) covers its "
        "code; it names no terms for the list, and the publisher's terms were not read here",
        "language": "zh-Hant",
        "roles": {"name": "name", "phone": ["phone"], "address": ["address"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        assert raw.startswith(PREFIX)
        table = json.loads(raw[len(PREFIX) :].strip().rstrip(";"))
        found = [
            {
                "country": country,
                "path": f"{PATH}#{i}",
                "fields": {k: v for k, v in row.items() if k != "contact"},
            }
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
            and not any(mark in row["phone"] for mark in UNSPLIT)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
