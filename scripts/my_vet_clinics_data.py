"""Extract the real register that ``pii_held_out_41.py`` writes its records around into
``scripts/data/pii_my_vet_clinics.json``: the phone fields of a country whose register no
earlier part used (Malaysia), exactly as the file publishes them.

One register, read from a git checkout at a named commit, values unchanged:

* ``MY``: Malaysia's veterinary clinics as the Department of Veterinary Services (DVS) lists
  them for its AnimalPassport service, re-published by a Malaysian site as one JavaScript
  array per state (``asset/vet-my/js/klinik_vet_<state>.js`` of the repository tbbcom/local,
  each headed ``// Auto-generated from AnimalPassport DVS CSV``): the clinic's number as the
  file gives it, in the shapes of the DVS spreadsheet it came from (``03-7863053``,
  ``074349699``, ``60124750160``, and, where the spreadsheet held the number as a figure, its
  leading ``0`` lost and ``.0`` after it, ``55459111.0``); beside the clinic's name, its
  address (with its five-digit postcode), its area and its state.

Every distinct entry (the files repeat some entries verbatim, one of them 229 times) with a
number of six digits or more in ``clinicPhone``, in the files' order (states in the order of
``FILES``). Each row keeps the clinic's own columns as published; the ``mobilePhone`` and
``email`` columns are left out: most of them are a veterinarian's own mobile number or
personal mail box (``...@gmail.com``), a private person's, not the clinic's.

    python scripts/my_vet_clinics_data.py MY_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_my_vet_clinics.json"
CAP = 600
STATES = (
    "johor", "kedah", "kelantan", "melaka", "negeri_sembilan", "pahang", "perak", "perlis",
    "pulau_pinang", "sabah", "selangor", "wp_kuala_lumpur", "wp_labuan", "wp_putrajaya",
)  # fmt: skip
FILES = [f"asset/vet-my/js/klinik_vet_{state}.js" for state in STATES]
KEPT = ("name", "address", "area", "state", "clinicPhone")
SOURCES = {
    "MY": {
        "repository": "tbbcom/local",
        "commit": "f8805a5c78f01775f6024f2b16dfc4765b3bd110",
        "path": "asset/vet-my/js/klinik_vet_<state>.js",
        "files": FILES,
        "encoding": "utf-8",
        "publisher": "Malaysia's Department of Veterinary Services (Jabatan Perkhidmatan "
        "Veterinar), its list of veterinary clinics for the AnimalPassport service as a CSV, "
        "turned into one JavaScript array per state by the site of the repository "
        "tbbcom/local (files added in baed1a4, 26 November 2025, 'new file created for all "
        "states exclude Sarawak', unchanged at f8805a5, 30 November 2025); the CSV itself is "
        "not in the repository",
        "licence": "not confirmed: the repository's LICENSE file is the MIT License "
        "('Copyright (c) 2025 The Bukit Besi') and names no other terms for its data; the "
        "terms of the DVS list it was generated from were not found",
        "language": "ms",
        "roles": {"name": "name", "phone": ["clinicPhone"], "address": "address",
                  "area": "area", "state": "state"},
    },
}  # fmt: skip
ENTRY = re.compile(r"^  \{\n(.*?)\n  \},?$", re.M | re.S)
FIELD = re.compile(r'^    (\w+): "((?:[^"\\]|\\.)*)",?$', re.M)


def entries(text: str) -> list[dict[str, str]]:
    """The objects of a state's array, each as its keys and string values (a JavaScript
    string literal read as the same JSON one: ``\\"`` is ``"``)."""
    return [
        {k: json.loads(f'"{v}"') for k, v in FIELD.findall(body)} for body in ENTRY.findall(text)
    ]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    meta = SOURCES["MY"]
    found, seen = [], set()
    for path in FILES:
        text = _git(gits["MY"], "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
        for i, fields in enumerate(entries(text)):
            key = tuple(sorted(fields.items()))
            if key in seen or not _has_phone(fields, meta["roles"]["phone"]):
                continue
            seen.add(key)
            kept = {k: fields[k] for k in KEPT}
            found.append({"country": "MY", "path": f"{path}#{i}", "fields": kept})
    rows = seeded_sample(found, "MY", CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
