"""Extract the real register that ``pii_held_out_84.py`` writes its records around into
``scripts/data/pii_md_procurement_agencies.json``: the phone fields of a country whose register
no earlier part used (Moldova), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``MD``: the contracting authorities (ministries, agencies, courts, public hospitals and
  medical institutes, universities, district education directorates, municipal enterprises)
  of Moldova's public procurement system, as the Moldova Open Contracting Data Visualisation
  Platform (YoungInnovations, younginnovations/opencontracting-moldova) exported them from the
  Public Procurement Agency's eTenders data (``public/csv/agencies_csv.csv``): Moldovan numbers
  as each authority typed them into the system, with the trunk ``0`` and the area code
  (``022-55-96-46``, ``0 22 780 235``, ``(022) 250809``, ``0 (241) 26286``, ``0-22-259-627``),
  without it (``022109051`` beside ``257337``, ``29-58-63``), with the country code and no
  ``+`` (``373 22 78 20 90``, ``373-67-562843``), two or three in one field after wide gaps
  (``0-22-259-627     0-22-259-679``) or run together (``022270034022274093``), mobiles
  beside them (``025422448   060009896``); beside the authority's name and address.

Every row of the file with a number of six digits or more in its ``phone`` field, in the file's
order. Each row is kept as a mapping of the file's columns to the published strings, except
``email``: most of its addresses are those of the procurement officers who entered the data
(``firstname.lastname@...``), which name private persons, so that column is left out. ``url``
is ``-`` throughout and kept.

    python scripts/md_procurement_agencies_data.py MD_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _csv_rows, _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_md_procurement_agencies.json"
CAP = 600
DROPPED = ("email",)  # officers' own addresses: they name private persons
SOURCES = {
    "MD": {
        "repository": "younginnovations/opencontracting-moldova",
        "commit": "52755f78e7a5a3e5b637fd75f3b9cd93c25449ad",
        "path": "public/csv/agencies_csv.csv",
        "encoding": "utf-8",
        "publisher": "the Public Procurement Agency of the Republic of Moldova (Agenția "
        "Achiziții Publice), its eTenders system's contracting authorities as the Moldova Open "
        "Contracting Data Visualisation Platform (YoungInnovations) transformed and exported "
        "them; the file as committed in 52755f7 ('[MOV2.1-21-fix] Agencies listing data "
        "fixed', 5 April 2017), removed from the repository in 3d170c5 (12 May 2017)",
        "licence": "not confirmed: the repository's README licenses the platform's software "
        "under the MIT licence and names no terms for the data; the Public Procurement "
        "Agency's terms for the eTenders data were not found",
        "language": "ro",
        "dropped": list(DROPPED),
        "roles": {"name": "name", "phone": ["phone"], "address": "address"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#{i}",
                "fields": {k: v for k, v in row.items() if k not in DROPPED},
            }
            for i, row in enumerate(_csv_rows(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
