"""Extract the real list that ``pii_held_out_125.py`` writes its records around into
``scripts/data/pii_lb_meditrack_pharmacies.json``: the phone fields of a list no earlier part
used (Lebanon's pharmacies that use the Ministry of Public Health's MediTrack drug-tracking
system; no earlier part took a Lebanese register), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``pharmacies.csv``: the pharmacies that work with MediTrack (لائحة الصيدليات التي تعتمد نظام
  تتبّع الأدوية MediTrack), the Ministry of Public Health named as the source (المصدر: وزارة
  الصحة), one row per pharmacy with its district (``District``: governorate and caza,
  ``الجنوب - صور``), its name (``Pharmacy Name``, Arabic, Latin or both) and its ``Phone``:
  Lebanese numbers as the list writes them, the two-digit area or mobile prefix and the line
  joined by a slash (``08/630075``, ``03/699680``, ``71/951190``), one to five numbers in a
  field joined by ``; `` (``07/740328; 03/354684``), some without the slash (``03788249``,
  ``06642803; 76878080``), one six-digit number (``1/92200``) and one of five digits after its
  prefix (``03/00443``).

The CSV (UTF-8, a blank line after its header) is the repository
Mohammad-Mahdi-Shokor/pharmacies, a page that shows the list. Every row with a number of six
digits or more in ``Phone`` (761 of 763), a seeded sample of 600 of them in the file's order;
each row kept as a mapping of ``District``, ``Pharmacy Name`` and ``Phone`` to the published
strings. ``Address`` is left out: most addresses name the building's owner (``ملك`` and a
person's name). Many pharmacies bear their pharmacist's name, as the list publishes them.

    python scripts/lb_meditrack_pharmacies_data.py LB_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_lb_meditrack_pharmacies.json"
CAP = 600
PATH = "pharmacies.csv"
KEPT = ("District", "Pharmacy Name", "Phone")
SOURCES = {
    "LB": {
        "repository": "Mohammad-Mahdi-Shokor/pharmacies",
        "commit": "e03e247cbd54034e573a2c2e326937778badd19e",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Lebanon's Ministry of Public Health (وزارة الصحة العامة), its list of the "
        "pharmacies that use the MediTrack drug-tracking system (لائحة الصيدليات التي تعتمد "
        "نظام تتبّع الأدوية MediTrack), as the repository's page names it ('المصدر: وزارة "
        "الصحة'); the file added in 4c74af6 ('pharmacy first versoin', 9 March 2026), "
        "unchanged since",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Ministry's terms for the list were not found",
        "language": "ar",
        "columns_left_out": ["Address"],
        "roles": {"name": "Pharmacy Name", "phone": ["Phone"], "address": ["District"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {
                "country": country,
                "path": f"{PATH}#{i}",
                "fields": {column: row[column] for column in KEPT},
            }
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
