"""Extract the real list that ``pii_held_out_167.py`` writes its records around into
``scripts/data/pii_my_kpm_schools.json``: the phone, fax and e-mail fields of a register no
earlier part used (Malaysia's schools in the Ministry of Education's school list, Senarai
Sekolah; Malaysia's earlier part took the Department of Veterinary Services' clinics), exactly
as the ministry gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``SenaraiSekolahWeb_Julai2025 - SenaraiSekolahWeb.csv``: the Ministry of Education's
  (Kementerian Pendidikan Malaysia, KPM) list of its 10,239 primary and secondary schools of
  July 2025 (``SenaraiSekolahWeb``, published on the ministry's EMIS portal), as GovTech
  Malaysia's Sekolahku API repository saved it from a spreadsheet: each school's
  ``NOTELEFON`` and ``NOFAX`` as the spreadsheet left them, mostly digits in one run whose
  trunk ``0`` was lost (``54011341`` for ``05-401 1341``; mobiles ``1165750521``; Kuala
  Lumpur's and Selangor's nine digits ``3xxxxxxxx``), a few with hyphens or spaces,
  ``TIADA`` ("none") where there is none; the ``EMAIL`` the school's mailbox named by its code
  (``ABA0001@moe.edu.my``); beside the state, district education office, constituencies,
  level, kind, code, name, postal address, postcode, town, location, grade, aid, sessions,
  enrolments, teachers, preschool and integration flags, coordinates and the low-enrolment
  flag.

The file is UTF-8 CSV with no byte-order mark. Of the rows with a number of six digits or more
in ``NOTELEFON`` (8,450), the 7 whose ``EMAIL`` is a free-mail address (which may be a
teacher's own) are left out; a seeded sample of 300 of the rest is kept, in the file's order;
each row as a mapping of all of the file's 28 columns to the published strings (the list
names no person).

    python scripts/my_kpm_schools_data.py MY_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_my_kpm_schools.json"
CAP = 300
PATH = "SenaraiSekolahWeb_Julai2025 - SenaraiSekolahWeb.csv"
FREE_MAIL = ("@gmail.com", "@yahoo.com", "@hotmail.com")
SOURCES = {
    "MY": {
        "repository": "govtechmy/sekolahku-mod-api",
        "commit": "f42c62c183c0365dcc1158ac0beac39be167ce82",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministry of Education Malaysia (Kementerian Pendidikan Malaysia, KPM), "
        "its list of schools SenaraiSekolahWeb of July 2025 as the ministry's EMIS portal "
        "publishes it (emisonline.moe.gov.my, 'Senarai Sekolah'); saved into GovTech "
        "Malaysia's Sekolahku API repository, whose README names it as 'school data from the "
        "Malaysian Ministry of Education'; the file as it stood in f42c62c (28 August 2025), "
        "the last commit before d3d1375 ('remove senarai sekolah excel', 10 January 2026) "
        "removed it",
        "licence": "not confirmed: the repository's LICENSE file is the Apache License 2.0 and "
        "names no other terms for the data file; the ministry's terms for the list were not "
        "read here",
        "language": "ms",
        "roles": {
            "name": "NAMASEKOLAH",
            "phone": ["NOTELEFON", "NOFAX"],
            "email": "EMAIL",
            "address": ["ALAMATSURAT", "POSKODSURAT", "BANDARSURAT"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": dict(row)}
                for i, row in enumerate(table)
                if _has_phone(row, ["NOTELEFON"])
                and not row["EMAIL"].strip().lower().endswith(FREE_MAIL)
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
