"""Extract the real register that ``pii_held_out_384.py`` writes its records around into
``scripts/data/pii_my_kkm_facilities.json``: the phone fields of a register no earlier part used
(Malaysia, whose earlier parts took the Department of Veterinary Services' veterinary clinics
and the Ministry of Education's schools; this one is the Ministry of Health's (Kementerian
Kesihatan Malaysia, KKM) master list of its public health facilities, the hospitals and the
klinik kesihatan, desa and pergigian of every state), exactly as the list gives them.

One file of the Ministry of Health's KKMNOW data repository, read from a git checkout at a
named commit, values unchanged:

* ``facilities_master.csv``: 3,304 government facilities (161 ``hospital``, 3,143 ``clinic``),
  each with its ``state``, ``district``, ``sector`` (``government``), ``type``, ``name``,
  ``address``, ``phone`` and coordinates ``lat``/``lon``. The ``phone`` is as the facility
  list writes it: the area code and a hyphen (``06-5565350``, ``03-42896000``, Sabah's and
  Sarawak's three-digit codes ``088-517555``), some with a space in the line (``03-8315
  6111``), some two or three numbers in one field (``06-3161076 / 06-3161497``,
  ``03-87395764 03-87347428 (MCH)``) or a shortened alternative ending (``089-511233/333``),
  a unit's initials after it (``084-796404 (PKD)``), mobile lines (``010-958 5564``); ``-``
  or nothing where the list has none.

A facility is kept where its ``phone`` holds a number of seven digits or more (by the
numbers ``pii_held_out_11.numbers`` finds in the field) none of whose numbers an earlier
Malaysian part's data holds or a facility kept before it has (the first of facilities that
share a line); the kept facilities are a seeded sample of ``CAP``, in the file's order. Each is
kept as the mapping of all of the file's columns to the published strings (the list names no
person: a hospital's name may honour a ruler, ``Hospital Sultanah Aminah``).

    python scripts/my_kkm_facilities_data.py MY_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_my_kkm_facilities.json"
CAP = 300
PATH = "facilities_master.csv"
PHONE = "phone"
# the earlier Malaysian parts' data (no number of theirs is taken again)
EARLIER = ("pii_my_vet_clinics.json", "pii_my_kpm_schools.json")
SOURCES = {
    "MY": {
        "repository": "MoH-Malaysia/data-resources-public",
        "commit": "4ea6e86f822f1d85ebb4613bbf1f5a2bb39de60b",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministry of Health Malaysia (Kementerian Kesihatan Malaysia, KKM), its "
        "master list of public health facilities (hospitals and clinics) as the ministry's "
        "KKMNOW data repository MoH-Malaysia/data-resources-public publishes it (file last "
        "changed in b6b6ff3, 6 October 2022, 'Update: 2022-10-05'; read at 4ea6e86, 4 "
        "September 2024)",
        "licence": "not confirmed: the repository at the commit read has no LICENSE or README "
        "file and names no terms for the file",
        "language": "ms",
        "roles": {"name": "name", "phone": [PHONE], "fax": [], "email": None,
                  "address": ["address", "district", "state"]},
    },
}  # fmt: skip


def phone_numbers(value: str) -> list[str]:
    """The digits of each number of seven digits or more in a phone field."""
    found = [digits_of(value[s:e]) for s, e in numbers(value)]
    return [d for d in found if len(d) >= 7]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept facilities of the list, with the commit they were read at."""
    meta = SOURCES["MY"]
    raw = _git(gits["MY"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "60"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tels = phone_numbers(row[PHONE])
        if not tels or any(t in seen or t in earlier for t in tels):
            continue
        seen.update(tels)
        found.append({"country": "MY", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "MY", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
