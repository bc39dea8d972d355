"""Extract the real register that ``pii_held_out_157.py`` writes its records around into
``scripts/data/pii_cz_sukl_pharmacies.json``: the phone, fax and e-mail fields of a register no
earlier part used (the Czech Republic's pharmacies in the State Institute for Drug Control's
list, Státní ústav pro kontrolu léčiv, SÚKL; Czechia's earlier part took its hospitals in Eurostat
GISCO's healthcare-services list, another publisher and another kind of institution), exactly as
the register gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``data/lekarny_seznam.csv``: SÚKL's open-data list of pharmacies (``LEKARNY`` distribution,
  ``lekarny_seznam.csv``: semicolon-separated, Windows-1250), every pharmacy, its dispensary and
  field units and the hospital pharmacies, each with its ``TELEFON`` (Czech nine-digit numbers
  as each pharmacy gave them, most in groups of three, ``224 238 901``, some in one run,
  ``225574558``, 300 or so with two to twenty-one numbers apart by commas, a few with words,
  ``999 999 999 (veřej. část)``, or a short internal line), its ``FAX`` where it has one and its
  ``EMAIL`` (one address or several apart by commas), beside the name, the workplace code
  (``KOD_PRACOVISTE``, eleven digits), the pharmacy code, the health-insurance ICZ, the IČO, the
  city, street, postcode, web address, the e-prescription flag, the pharmacy type (``Z``,
  ``OOVL``, ``NO`` ...), mail order and emergency service.

Copied into the repository petrsovadina/SUKL-mcp (an MCP server over SÚKL's open data) in
a52c978 ('Add pharmacy data CSV files', 10 January 2026) and removed in a later commit. ``CAP``
rows of those with a number of six digits or more in ``TELEFON``, a seeded sample in the file's
order; each row kept as a mapping of the file's columns to the published strings, less the three
that name the responsible pharmacist (``LEKARNIK_PRIJMENI``, ``LEKARNIK_JMENO``,
``LEKARNIK_TITUL``).

    python scripts/cz_sukl_pharmacies_data.py CZ_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_cz_sukl_pharmacies.json"
CAP = 300
PATH = "data/lekarny_seznam.csv"
# the columns that name the pharmacist in charge, left out
PERSON = ("LEKARNIK_PRIJMENI", "LEKARNIK_JMENO", "LEKARNIK_TITUL")
SOURCES = {
    "CZ": {
        "repository": "petrsovadina/SUKL-mcp",
        "commit": "a52c978a3edd049c49b964efb9648d15e6862521",
        "paths": [PATH],
        "encoding": "cp1250",
        "publisher": "Státní ústav pro kontrolu léčiv (SÚKL, State Institute for Drug Control, "
        "IČO 00023817), its open-data list of pharmacies (seznam lékáren, opendata.sukl.cz, "
        "distribution LEKARNY, file lekarny_seznam.csv); copied into the repository in a52c978 "
        "('Add pharmacy data CSV files', 10 January 2026), whose code reads SÚKL's open data",
        "licence": "not confirmed: the repository's LICENSE (MIT, Petr Sovadina) covers its "
        "code; SÚKL's terms for the open-data list were not read here",
        "language": "cs",
        "roles": {"name": "NAZEV", "phone": ["TELEFON"], "fax": ["FAX"], "email": "EMAIL",
                  "address": ["ULICE", "MESTO", "PSC"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""), delimiter=";")
        found = [
            {
                "country": country,
                "path": f"{PATH}#{i}",
                "fields": {k: v for k, v in row.items() if k not in PERSON},
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
