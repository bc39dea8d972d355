"""Extract the real register that ``pii_held_out_117.py`` writes its records around into
``scripts/data/pii_au_nsw_schools.json``: the phone, fax and e-mail fields of a register no
earlier part used (New South Wales' government schools; Australia's earlier part took Western
Australia's schools list), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``AU``: the NSW Department of Education's NSW public schools master dataset (extracted
  2026-01-14, as a CSV file committed in the repository lilycandoit/school-finder): Australian
  numbers as the register writes them, mostly the eight-digit local number in two groups of
  four without the area code (``9316 8825``), some with it (``02 7814 2115``, ``(02) 6926
  2077``, ``02 66831 188``); a fax of the same shape in most rows; the school's role mailbox
  (``johnbrotch-p.school@det.nsw.edu.au``); beside the school code (``5423``), the
  Commonwealth AgeID (``64742``), the postcode (``2019``), enrolment, ICSEA value and
  coordinates (``-33.942627``, ``151.196138``) that are no phone numbers.

A seeded sample of at most 600 of the rows with a number of six digits or more in ``Phone``, in
the file's order. Each row is kept as a mapping of the file's column names to the published
strings, every column kept (the register names no person: ``Principal_network`` is the name of
a network of schools, ``School_Email`` the school's role address).

    python scripts/au_nsw_schools_data.py AU_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_au_nsw_schools.json"
CAP = 600
SOURCES = {
    "AU": {
        "repository": "lilycandoit/school-finder",
        "commit": "70331da23a6a5e177f50cd019d2cdd434a985b43",
        "path": "data/master_dataset.csv",
        "encoding": "utf-8",
        "publisher": "NSW Department of Education, NSW public schools master dataset "
        "(Data.NSW / CESE; the file's Date_extracted is 2026-01-14), as committed in the "
        "repository of a NSW school finder app in 70331da ('Initialise NSW School Finder with "
        "FastAPI app, basic features with school search and filter', 15 January 2026; "
        "unchanged at the head 06b816a)",
        "licence": "not confirmed: the repository has no LICENSE file; its README says 'This "
        "project uses data from the NSW Department of Education under Creative Commons "
        "Attribution license' (no version named); the department's own terms were not read "
        "here",
        "language": "en",
        "roles": {"name": "School_name", "phone": ["Phone"], "fax": "Fax",
                  "email": "School_Email", "register": "School_code",
                  "address": ["Street", "Town_suburb"], "postcode": "Postcode",
                  "lat": "Latitude", "lon": "Longitude"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        meta["kept_columns"] = list(table.fieldnames or [])
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
        ]  # fmt: skip
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
