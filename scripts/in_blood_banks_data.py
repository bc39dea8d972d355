"""Extract the real list that ``pii_held_out_154.py`` writes its records around into
``scripts/data/pii_in_blood_banks.json``: the phone fields of a register no earlier part used
(India's Blood Bank Directory, the National Health Portal's list of licensed blood banks on the
Open Government Data Platform; India's earlier part took the same portal's hospital directory,
another kind of institution), exactly as the directory gives them.

One CSV file, read from a git checkout at a named commit, values unchanged:

* ``blood-banks_raw.csv``: the directory's download "Blood Bank Directory (updated Till Last
  Month)" as the repository's author took it from data.gov.in (Windows-1252: a few bytes of
  mojibake in addresses, ``Doctor\\x83??s Enclave``), 2,820 blood banks of every state and union
  territory, each with four phone columns as the blood banks reported them: ``Contact No``
  (landlines with the STD code apart, ``03192 230628``, ``0141-2700107 (Ext:275)``, several
  after commas, ``044 66344000, 044 24784000``, some run together, ``8554246344``), ``Mobile``
  (ten digits, ``9434266561``, some with the trunk ``0`` or two after a comma, one with a
  title before it, ``Dist.Secretary 9866023293``), ``Helpline`` (a landline, a toll-free
  ``1800-121-1711`` or a service number, ``102``, ``104``) and ``Fax``; ``N/A``, ``NA`` or
  nothing where a column is empty.

The rows with a number of six digits or more in one of the four, leaving out those whose name,
address, city, service time or licence number holds a number of seven digits or more (a phone
written into the address, ``Ph:08572 220287``, which the part would leave unlabelled): a
seeded sample of 300, in the file's order. Each row kept as a mapping of the file's columns
(names stripped of the blanks the file puts before them) to the published strings, but the
``Email`` column and the five columns of the nodal officer (a named doctor, their phone,
mobile, e-mail and qualification) are left out: the addresses and the officers name persons.

    python scripts/in_blood_banks_data.py IN_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_in_blood_banks.json"
CAP = 300
PATH = "blood-banks_raw.csv"
PHONES = ["Contact No", "Mobile", "Helpline", "Fax"]
# the columns that name a person or hold an e-mail address, left out
DROPPED = (
    "Email", "Nodal Officer", "Contact Nodal Officer", "Mobile Nodal Officer",
    "Email Nodal Officer", "Qualification Nodal Officer",
)  # fmt: skip
# the free-text columns that must hold no phone of their own
FREE_TEXT = ("Blood Bank Name", "Address", "City", "Service Time", "License #")
SOURCES = {
    "IN": {
        "repository": "atmajitg/bloodbanks",
        "commit": "8f9385c80a8fb1ea87328ba6d5846c6bdd7eb00a",
        "paths": [PATH],
        "encoding": "cp1252",
        "publisher": "National Health Portal (Centre for Health Informatics, Ministry of "
        "Health and Family Welfare, Government of India), its Blood Bank Directory "
        "(\"Blood Bank Directory (updated Till Last Month)\") as published on the Open "
        "Government Data Platform India (data.gov.in); copied into the repository in 966ad93 "
        "('Add files via upload', 5 April 2018) for a Shiny map of blood banks, whose README "
        "names data.gov.in as the source; unchanged at the head 8f9385c (9 April 2018)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; data.gov.in publishes its data sets under the Government Open Data License - "
        "India, which was not checked for this file",
        "language": "en",
        "roles": {"name": "Blood Bank Name", "phone": PHONES, "address": ["Address"]},
    },
}  # fmt: skip


def _free_of_phones(row: dict[str, str]) -> bool:
    """No free-text column holds a number of seven digits or more."""
    return not any(
        sum(c.isdigit() for c in row[col][s:e]) >= 7
        for col in FREE_TEXT
        for s, e in numbers(row[col])
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = []
        for i, published in enumerate(table):
            row = {k.strip(): v for k, v in published.items() if k.strip() not in DROPPED}
            if _has_phone(row, PHONES) and _free_of_phones(row):
                found.append({"country": country, "path": f"{PATH}#{i}", "fields": row})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
