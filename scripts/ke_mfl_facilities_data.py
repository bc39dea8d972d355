"""Extract the real register that ``pii_held_out_38.py`` writes its records around into
``scripts/data/pii_ke_facilities.json``: the phone, fax and e-mail fields of a country whose
register no earlier part used (Kenya), exactly as its health facilities published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``KE``: Kenya's Master Facility List (the Ministry of Health's register of health
  facilities, ``ehealth.or.ke/facilities``) as the KenyaEMR project exported it into its
  OpenMRS module (``api/src/main/resources/metadata/mfl_2014-07-01.csv`` of I-TECH/
  openmrs-module-kenyaemr, added in ``04262a3``, 7 January 2014, Windows-1252): Kenyan
  numbers as each facility gave them, the area code with a dash or none (``064-52031``,
  ``0202445811``, ``046-421103``), a shortened alternative after ``/`` (``020-2314140/1``,
  ``068-31055/ 56/ 31159``), several after ``,``, mobile numbers in the landline field
  (``0723916660``), a fax beside some; beside the row's five-digit MFL code (``17009``), its
  postal address (``P.O Box 256``), postcode (``70100``), beds and cots, province, county,
  district, division, location and constituency names.

Rows of facilities that an organisation runs (every owner but the ``Private Practice -`` ones,
whose numbers may be a practitioner's own) with a number of six digits or more, not all zeros,
in ``Official Landline``, and no character in ``Official Landline`` or ``Official Fax`` but
digits, ``-``, ``/``, ``,`` and spaces (one fills a gap with ``___``): 921 of the 1,094 rows
with such a landline (922 an organisation's); ``CAP`` of them, a seeded sample. Each row is
kept as a mapping of the file's column names to the published strings, less the columns that
may name or reach a person: ``In Charge`` (the officer's name) and ``Job Title of in Charge``,
``Official Mobile`` and ``Official Alternate No`` (often the officer's own mobile), and
``Official Email`` unless it is one well-formed address whose local part names no person
(``PERSONAL``: a name, surname or initials as the local part, ``janenjoroge65@...``,
``dr.sunfarooqui@...``; each local part of the sample was read, and the ambiguous ``karen``,
``neema``, ``jamma`` and initials such as ``rgzcp`` are counted a person's).

    python scripts/ke_mfl_facilities_data.py KE_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ke_facilities.json"
CAP = 300
# the columns that may name or reach a person, left out of every row
DROPPED = ("In Charge", "Job Title of in Charge", "Official Mobile", "Official Alternate No")
ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONE_CHARACTERS = re.compile(r"[\d\-/, ]*")
PERSONAL = frozenset(
    {"antonine", "bishopokinda", "christamariannefsj", "dmsomolo", "dr.sunfarooqui",
     "dricnvs", "emutugi", "hkoyoson", "ignatius", "jamma", "janenjoroge65", "karen",
     "lancegachaga", "naidu-9", "ndomboga", "neema", "ogechi.vincent", "rgzcp", "syiojin"}
)  # fmt: skip
SOURCES = {
    "KE": {
        "repository": "I-TECH/openmrs-module-kenyaemr",
        "commit": "49257db658f93ae8c40541dbd18d681659de632b",
        "path": "api/src/main/resources/metadata/mfl_2014-07-01.csv",
        "encoding": "cp1252",
        "publisher": "Kenya's Ministry of Health, Master Facility List (ehealth.or.ke/"
        "facilities), as the KenyaEMR project (I-TECH, University of Washington) exported it "
        "for its OpenMRS module's location sync: the file added in 04262a3 ('Updated MFL CSV "
        "resource to latest as of today', 7 January 2014), read at the merge commit 49257db "
        "(17 January 2014); 9,455 facilities with their five-digit MFL codes",
        "licence": "not confirmed: the repository's LICENSE file is the Mozilla Public "
        "License 2.0 and names no other terms for this data file; the terms under which the "
        "Ministry of Health publishes the Master Facility List were not found",
        "language": "en",
        "roles": {"name": "Facility Name", "phone": ["Official Landline"],
                  "fax": ["Official Fax"], "email": "Official Email",
                  "register": "Facility Code", "postcode": "Post Code",
                  "address": "Official Address", "city": "Town"},
    },
}  # fmt: skip


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def kept(row: dict[str, str]) -> bool:
    """An organisation's facility with a landline of six digits or more, not all zeros, whose
    phone fields hold nothing but digits and the separators every layout writes as they are."""
    landline = row["Official Landline"]
    return (
        not row["Owner"].startswith("Private Practice")
        and len(_digits(landline)) >= 6
        and set(_digits(landline)) != {"0"}
        and all(PHONE_CHARACTERS.fullmatch(row[c]) for c in ("Official Landline", "Official Fax"))
    )


def kept_fields(row: dict[str, str]) -> dict[str, str]:
    """The row less the columns that may name or reach a person, and less its e-mail field
    unless that is one well-formed address whose local part names no person."""
    email = row["Official Email"].strip()
    office = ADDRESS.fullmatch(email) and email.split("@")[0].lower() not in PERSONAL
    return {k: v for k, v in row.items() if k not in DROPPED and (k != "Official Email" or office)}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(csv.DictReader(text))
            if kept(row)
        ]
        rows += [
            {**r, "fields": kept_fields(r["fields"])} for r in seeded_sample(found, country, CAP)
        ]
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
