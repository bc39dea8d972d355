"""Extract the real register that ``pii_held_out_82.py`` writes its records around into
``scripts/data/pii_az_medical_institutions.json``: the phone fields of a country whose register
no earlier part used (Azerbaijan), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``AZ``: the state medical institutions (district central hospitals, city hospitals, medical
  centres, polyclinics) listed on the search page of medical institutions of its.gov.az, the
  site of Azerbaijan's State Agency on Mandatory Health Insurance, as the repository
  scraper-bots/its_gov_az committed them (``medical_institutions.csv``, written by its
  ``medical_scraper.py`` from ``https://its.gov.az/page/tibb-muessiselerinin-axtarisi``):
  Azerbaijani numbers as the agency writes them, the country code and the area code in one
  bracket (``(+9942422) 5-23-00``, ``(+99412) 341-46-17``) or apart (``(+994 12) 341 46 17``,
  ``+994 50 123 45 67``), two or more in one field joined by `` • ``, some short codes
  (``*1234``) and four-digit lines beside them; beside the row's coordinates (``41.6294932``),
  address and the names of its subsidiary institutions.

Every row of the file with a number of six digits or more in its ``phone`` field, in the file's
order. Each row is kept as a mapping of the file's columns to the published strings; the
register names no person (its names are the institutions', its addresses their premises), so
no column is left out.

    python scripts/az_medical_institutions_data.py AZ_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _csv_rows, _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_az_medical_institutions.json"
CAP = 600
SOURCES = {
    "AZ": {
        "repository": "scraper-bots/its_gov_az",
        "commit": "b764f6e47b275f0ff7c32484f0bbd65c4a1ebfb0",
        "path": "medical_institutions.csv",
        "encoding": "utf-8",
        "publisher": "the State Agency on Mandatory Health Insurance of Azerbaijan (its.gov.az), "
        "its search page of medical institutions ('tibb-muessiselerinin-axtarisi') as the "
        "scraper-bots team's medical_scraper.py read it; the file as committed in b764f6e "
        "('init', 12 September 2025), unchanged since e21dae0 of the same day",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the agency's terms for the data on its.gov.az were not found",
        "language": "az",
        "roles": {"name": "name", "phone": ["phone"], "address": "address",
                  "lat": "latitude", "lon": "longitude"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_csv_rows(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
