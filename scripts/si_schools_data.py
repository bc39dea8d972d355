"""Extract the real register that ``pii_held_out_18.py`` writes its records around into
``scripts/data/pii_si_schools.json``: phone, fax and e-mail fields exactly as a public register
of a country whose register no earlier part used (Slovenia) published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``SI``: Slovenia's register of educational institutions (Evidenca vzgojno-izobraževalnih
  zavodov in vzgojno-izobraževalnih programov, kept by the Ministry of Education at
  paka3.mss.edus.si/registriweb), its exports of kindergartens, primary, music, secondary,
  higher vocational and special schools merged into one table by the repository
  ikolar/zdijzdokumenti (``sole_covid_statistike/sifranti/dict-schools.csv``, January 2021;
  the repository names no licence of its own, and added OpenStreetMap links and school-
  district ids): national numbers with no ``+386``, the trunk ``0`` and one-digit area code
  before a seven-digit number in 3-2-2 groups (``05 364 33 50``), other groupings
  (``01 29 27 200``, ``01 7912830``, ``0590 82 650``), several numbers in one field after
  commas; fax numbers; the institutions' e-mail addresses; register ids, registration numbers
  (``matična številka``, ten digits), postcodes, school-district ids.

Every row with a number of six digits or more in its phone column, 600 of them drawn with a
fixed seed, kept in the file's order. Each row is kept as a mapping of the register's column
names to the published strings, with the names of the columns that play each role.

    python scripts/si_schools_data.py SI_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _csv_rows, _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_si_schools.json"
CAP = 600
COLUMNS = (
    "type", "zavid", "matzavid", "maticna", "region", "municipality", "name", "address",
    "post", "post.office", "slid", "phone", "fax", "email", "website",
)  # fmt: skip
SOURCES = {
    "SI": {
        "repository": "ikolar/zdijzdokumenti",
        "commit": "2d01ec221155db09ff8c1ffcd6e6b8cc8e13064b",
        "path": "sole_covid_statistike/sifranti/dict-schools.csv",
        "publisher": "Republic of Slovenia, Ministry of Education, Science and Sport: register "
        "of educational institutions and programmes (Evidenca vzgojno-izobraževalnih zavodov "
        "in vzgojno-izobraževalnih programov, paka3.mss.edus.si/registriweb), its public "
        "exports as of January 2021",
        "licence": "public-sector information open for re-use under Slovenia's Access to "
        "Public Information Act (ZDIJZ, art. 3.a: open data may be used and redistributed "
        "without restriction but attribution), which the national portal OPSI "
        "(podatki.gov.si, terms of use) states as Creative Commons Attribution 4.0 (CC BY "
        "4.0); the repository copy names no licence of its own",
        "language": "sl",
        "roles": {"name": "name", "street": "address", "postcode": "post",
                  "phone": ["phone"], "fax": ["fax"], "email": "email",
                  "register": "maticna", "city": "post.office", "kind": "type"},
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
