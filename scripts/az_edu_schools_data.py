"""Extract the real register that ``pii_held_out_499.py`` writes its records around into
``scripts/data/pii_az_edu_schools.json``: the phone and e-mail fields of a register no earlier
part used (Azerbaijan, whose earlier part took the State Agency on Mandatory Health Insurance's
medical institutions from its.gov.az; this one is another publisher and another kind of
institution: the general-education schools of the Ministry of Science and Education's
digital.edu.az platform), exactly as the platform gives them.

One CSV file of the scraper-bots/digital_edu_az repository, read from a git checkout at a
named commit, values unchanged:

* ``schools.csv``: 4,382 schools as the platform's ``GET https://digital.edu.az/backend-api/
  schools`` returned them (the repository's ``schools.py``), one row per school with its
  ``contacts`` as the API gives them (``contacts_json``: a list of ``{"id", "value",
  "typeId"}``, ``typeId`` 1 a telephone, 3 an e-mail address) and the scraper's flattenings
  of them (``contacts``, ``contacts_phones`` joined by ``|``, ``contacts_emails`` joined by
  ``;``), beside the school's id, name, address, region and its id, kind (``Tam orta``),
  type (``Məktəb``, ``Lisey``), subjection (the regional education office), UTIS code,
  coordinates (``0.0`` where unknown), image token, web site and e-journal flags.

A school is kept where its contacts hold a telephone of seven digits or more and none of its
telephones of seven digits or more is held by the earlier Azerbaijani part's data (a number
after ``+994`` also counts with the trunk ``0``) or by a school kept before it (district
education offices give one switchboard to many village schools: the first such school is
kept); the kept schools are a seeded sample of ``CAP``, in the file's order. Each is kept as
the mapping of all of the file's columns to the published strings (the register names schools,
most after a person they honour, ``Eldar Tağızadə adına 164 nömrəli ...``; some e-mail
addresses are a staff member's own mailbox, ``nesibova.s@list.ru``, published by the ministry
as the school's contact and kept as published).

    python scripts/az_edu_schools_data.py AZ_GIT
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_az_edu_schools.json"
CAP = 300
PATH = "schools.csv"
# the earlier Azerbaijani part's data (no number of theirs is taken again)
EARLIER = ("pii_az_medical_institutions.json",)
SOURCES = {
    "AZ": {
        "repository": "scraper-bots/digital_edu_az",
        "commit": "6e03c886053873e12726d06f47e8ce5039910795",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministry of Science and Education of the Republic of Azerbaijan, its "
        "digital.edu.az platform's list of general-education schools (GET "
        "https://digital.edu.az/backend-api/schools), as the scraper-bots/digital_edu_az "
        "repository's schools.py fetched and tabulated it (file added in 6bce072, 'init', 13 "
        "November 2025, unchanged at 6e03c88, 22 November 2025)",
        "licence": "not confirmed: the repository has no licence file and the platform states "
        "no terms for the list",
        "language": "az",
        "roles": {"name": "name", "phone": ["contacts_json"], "email": "contacts_json",
                  "address": ["address", "regionName"], "register": "utisCode",
                  "kind": ["schoolKind", "schoolType"], "coordinates": ["lat", "lng"]},
    },
}  # fmt: skip


def contacts(row: dict[str, str], type_id: int) -> list[str]:
    """The values of the school's contacts of one type (1 telephones, 3 e-mail), as published,
    in the API's order."""
    return [c["value"] for c in json.loads(row["contacts_json"] or "[]") if c["typeId"] == type_id]


def phones(row: dict[str, str]) -> list[str]:
    """The school's telephones of seven digits or more, as published."""
    return [v for v in contacts(row, 1) if len(digits_of(v)) >= 7]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept schools of the register, with the commit they were read at."""
    meta = SOURCES["AZ"]
    raw = _git(gits["AZ"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "994"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        numbers = {digits_of(v) for v in phones(row)}
        if not numbers or numbers & (earlier | seen):
            continue
        seen |= numbers
        found.append({"country": "AZ", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "AZ", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
