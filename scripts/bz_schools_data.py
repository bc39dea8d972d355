"""Extract the real register that ``pii_held_out_105.py`` writes its records around into
``scripts/data/pii_bz_schools.json``: the phone fields of a country whose register no earlier
part used (Belize), exactly as the school directory of its Ministry of Education gives them.

One register, read from a git checkout at a named commit, values unchanged:

* ``BZ``: the primary and secondary schools of Belize in the Ministry of Education's school
  directory for 2025, as the BelizeSchoolLabs project of the repository jimskon/BelizeSchoolLabs
  keeps its per-level exports (``raw_data_store/Dir-2025-Primary.csv`` and
  ``raw_data_store/Dir-2025-Secondary.csv``, semicolon-separated, UTF-8): Belizean seven-digit
  numbers as the directory writes them, nearly all ``223-1390`` (landlines ``2xx`` to ``8xx``
  by district, mobiles ``6xx``), a few run together (``6307700``), up to three a school in
  ``Telephone``, ``Telephone_Alt1`` and ``Telephone_Alt2``; beside the school's MOE code
  (``P61101``, ``S50102``), the year it opened, its longitude and latitude (``-89.091994``,
  ``16.161555``), district, locality, management and sector.

Every row of the two files with a number of six digits or more in one of its three phone
columns, in the files' order (primary first). Each row is kept as a mapping of the file's
column names to its strings, less the columns that name persons: ``Contact Person``,
``School Administrator 1`` and ``School Administrator 2`` (principals and staff by name), and
``Email``, whose addresses are often a principal's own mailbox named after them; the rest (the
schools' names, addresses, websites) names no private person.

    python scripts/bz_schools_data.py BZ_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_bz_schools.json"
CAP = 600
DROPPED = ("Contact Person", "Email", "School Administrator 1", "School Administrator 2")
SOURCES = {
    "BZ": {
        "repository": "jimskon/BelizeSchoolLabs",
        "commit": "cbdf3c034d4a4eebecca66349ef7e5702df4af6b",
        "paths": ["raw_data_store/Dir-2025-Primary.csv", "raw_data_store/Dir-2025-Secondary.csv"],
        "publisher": "Ministry of Education, Belize: its school directory for 2025 (the "
        "repository's raw_data_store also keeps it whole as MOE-Directory-2025.ods), exported "
        "by school level for the BelizeSchoolLabs lab-management project of "
        "jimskon/BelizeSchoolLabs and committed in cbdf3c0 ('Add files via upload', 1 July "
        "2025); the files name no edition or download address",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Ministry's terms of re-use for the directory were not found",
        "language": "en",
        "roles": {"name": "MOE_Name", "phone": ["Telephone", "Telephone_Alt1", "Telephone_Alt2"],
                  "register": "MOE_Code", "address": "Address", "lat": "Latitude",
                  "lon": "Longitude", "district": "Area Administrative"},
        "dropped": list(DROPPED),
    },
}  # fmt: skip


def csv_rows(raw: bytes) -> list[dict[str, str]]:
    """The rows of a file (UTF-8, ``;`` between fields), each a mapping of its column names to
    its strings."""
    return [dict(r) for r in csv.DictReader(io.StringIO(raw.decode("utf-8")), delimiter=";")]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            found += [
                {
                    "country": country,
                    "path": f"{path}#{i}",
                    "fields": {k: v for k, v in row.items() if k not in DROPPED},
                }
                for i, row in enumerate(csv_rows(raw))
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
