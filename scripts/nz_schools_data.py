"""Extract the real register that ``pii_held_out_16.py`` writes its records around into
``scripts/data/pii_nz_schools.json``: phone, fax and e-mail fields exactly as a public body of
a country no earlier part used (New Zealand) published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``NZ``: the New Zealand Ministry of Education's directory of schools (Education Counts,
  ``directory-school-current.csv``, under CC BY 4.0, Crown copyright), as the repository
  grobins/nzschoolsleaflet committed its copy in May 2016 (``data/directory-school-
  current.csv``; the repository names no licence of its own): national numbers with no
  ``+64``, a one-digit area code with its trunk ``0`` apart from the number (``09 4097813``,
  ``07 8276878``), mobile and 0800 numbers; fax numbers; the schools' e-mail addresses; school
  numbers, postcodes, coordinates, rolls, deciles, community-of-learning ids.

Every row with a number of six digits or more in its telephone column, 600 of them drawn with
a fixed seed, kept in the file's order. Each row is kept as a mapping of the register's column
names to the published strings (the principal's name and the roll's ethnic breakdown left
out), with the names of the columns that play each role.

    python scripts/nz_schools_data.py NZ_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _csv_rows, _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nz_schools.json"
CAP = 600
COLUMNS = (
    "School ID", "Name", "Telephone", "Fax", "Email^", "School website", "Street", "Suburb",
    "City", "Postal Address 1", "Postal Address 2", "Postal Address 3", "Postal Code",
    "Urban Area", "School Type", "Authority", "Gender of Students",
    "Territorial Authority with Auckland Local Board", "Regional Council",
    "Ministry of Education Local Office", "Education Region", "General Electorate",
    "Maori Electorate", "Census Area Unit", "Ward", "Community of Learning: ID",
    "Community of Learning: Name", "Longitude ", "Latitude", "Decile", "Total School Roll",
)  # fmt: skip
SOURCES = {
    "NZ": {
        "repository": "grobins/nzschoolsleaflet",
        "commit": "2a0823ff97b16489a86d3c58064649e0977ea0fc",
        "path": "data/directory-school-current.csv",
        "publisher": "New Zealand Ministry of Education, directory of schools (Education "
        "Counts, educationcounts.govt.nz/directories/list-of-nz-schools), as of May 2016",
        "licence": "Creative Commons Attribution 4.0 International (Crown copyright, Ministry "
        "of Education); the repository copy names no licence of its own",
        "language": "en",
        "roles": {"name": "Name", "street": "Street", "postcode": "Postal Code",
                  "phone": ["Telephone"], "fax": ["Fax"], "email": "Email^",
                  "register": "School ID", "city": "City", "suburb": "Suburb"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        text = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode("utf-8-sig")
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#{i}",
                "fields": {c: row[c] for c in COLUMNS},
            }
            for i, row in enumerate(_csv_rows(text))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
