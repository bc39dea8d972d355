"""Extract the real register that ``pii_held_out_466.py`` writes its records around into
``scripts/data/pii_eg_helwan_providers.json``: the phone fields of a register of a country no
earlier part used (Egypt, for which earlier parts found no register with enough numbers; this
one is Helwan University's directory of the medical service providers of its staff's health
insurance in Cairo and Giza: hospitals, laboratories and radiology centres, specialised clinics and
centres, and pharmacies), exactly as the directory gives them.

Four tables of the repository louai111/helwan-insurance-website (Louai Khaled Eleslamboly), the
web version of the directory ("دليل مزودي الخدمات الطبية لجامعة حلوان", built from the
directory's PDF lists, which commit 9c5c0c6 removed once transcribed), read from a git
checkout at a named commit, values unchanged:

* ``data/hospitals.json``, ``data/labs.json``, ``data/clinics.json`` and
  ``data/pharmacies.json``: each provider's ``name``, ``specialty`` (the directory's kind:
  ``مستشفي``, ``معمل تحاليل``, ``مركز اشعة``, ``عيادات تخصصية``, ``صيدلية`` ...), street
  ``address``, ``phone``, ``area`` (the district: ``مصر الجديدة``) and ``governorate``
  (``القاهرة``, ``الجيزة``). The phones are as the directory prints them: Cairo's
  eight-digit lines with no trunk prefix (``24143931``), mobiles of eleven digits
  (``01020333865``), lines with the trunk prefix (``0226252400``), several numbers in one
  field after `` - `` or ``-`` (``24504905 - 24509800 - 24507500``), a second line shortened
  to its last digits after a slash (``24306833/32``), and five-digit hotlines (``16259``,
  ``19885``).

The fifth table, ``data/doctors.json``, lists physicians by name and is not read: the part
takes places, not persons (the pharmacies' names are those of the pharmacists they are
licensed to, as Egyptian pharmacies are named, and are kept as the directory gives them).

A provider is kept where its ``phone`` holds a run of seven digits or more and no provider kept
before it has the same ``phone`` field (the first of providers sharing one switchboard). No
earlier part holds an Egyptian register, so no number of another part is excluded. Every kept
provider is taken (fewer than ``CAP``), in the tables' order.

    python scripts/eg_helwan_providers_data.py EG_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_eg_helwan_providers.json"
CAP = 300
PATHS = ("data/hospitals.json", "data/labs.json", "data/clinics.json", "data/pharmacies.json")
PHONE = "phone"
KEYS = ("name", "specialty", "address", "phone", "area", "governorate")
# the earlier Egyptian parts' data (none holds an Egyptian register)
EARLIER: tuple[str, ...] = ()
SOURCES = {
    "EG": {
        "repository": "louai111/helwan-insurance-website",
        "commit": "e4bd6ad8a057b113964c327439c84474bdc86ec9",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "Helwan University, its directory of the medical service providers of "
        "its staff's health insurance in Cairo and Giza (دليل مزودي الخدمات الطبية لجامعة "
        "حلوان), as the repository louai111/helwan-insurance-website (Louai Khaled "
        "Eleslamboly) transcribed its PDF lists of hospitals, laboratories, clinics and "
        "pharmacies (May 2025)",
        "licence": "not confirmed: the repository names no licence and the directory states "
        "no terms",
        "language": "ar",
        "roles": {"name": "name", "phone": [PHONE], "kind": "specialty",
                  "address": ["address", "area", "governorate"]},
    },
}  # fmt: skip


def has_number(value: str) -> bool:
    """Whether a phone field holds a run of seven digits or more (a line, not only a hotline)."""
    return any(len(run) >= 7 for run in re.findall(r"\d+", value))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept providers of the directory, with the commit they were read at."""
    meta = SOURCES["EG"]
    earlier, seen = earlier_numbers(DATA, EARLIER, "20"), set()
    found = []
    for path in PATHS:
        raw = _git(gits["EG"], "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
        for i, entry in enumerate(json.loads(raw)):
            row = {k: entry.get(k, "") for k in KEYS}
            tel = row[PHONE]
            if not has_number(tel) or tel in seen:
                continue
            if any(run in earlier for run in re.findall(r"\d{7,}", tel)):
                continue
            seen.add(tel)
            found.append({"country": "EG", "path": f"{path}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "EG", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
