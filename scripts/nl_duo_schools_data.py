"""Extract the real register that ``pii_held_out_20.py`` writes its records around into
``scripts/data/pii_nl_duo_schools.json``: the phone fields of a country whose register no
earlier part used (the Netherlands), exactly as its public body published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``NL``: the main establishments of the Netherlands' secondary schools (``01.-hoofdvestigingen
  -vo.csv``) of DUO's open education data (Dienst Uitvoering Onderwijs, the executive agency of
  the Ministry of Education, Culture and Science; duo.nl/open_onderwijsdata), as the Open State
  Foundation's DUO API kept a copy of it among its test files (openstate/kamervragen,
  ``tests/ocd_backend/test_dumps/``, August 2016; windows-1252, ``;``-delimited, quoted where a
  field holds a quote): Dutch national numbers of ten digits in one run with the trunk ``0`` and
  no ``+31`` (``0592340973``, ``0880009610``), beside the school's four-character BRIN number
  (``20LO``), the five-digit number of its competent authority (``bevoegd gezag``), four-digit
  municipality number (``0106``), postcodes (``9402 KG``), P.O. box numbers and the codes of its
  regions. DUO publishes no e-mail addresses (its FAQ: not, for privacy reasons).

Every row with a number of six digits or more in its phone column, 600 of them drawn with a
fixed seed, kept in the file's order. Each row is kept as a mapping of the file's column names
to the published strings.

    python scripts/nl_duo_schools_data.py NL_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nl_duo_schools.json"
CAP = 600
SOURCES = {
    "NL": {
        "repository": "openstate/kamervragen",
        "commit": "41d59cb6d4ec9acf2fa44df33fd6cbe5ac64a0bd",
        "path": "tests/ocd_backend/test_dumps/65a66c84f4a9a78fcfbf47d4170240ba.csv",
        "encoding": "cp1252",
        "publisher": "Dienst Uitvoering Onderwijs (DUO, Ministry of Education, Culture and "
        "Science of the Netherlands): open education data, addresses of the main "
        "establishments of secondary schools (duo.nl/open_onderwijsdata, "
        "01.-hoofdvestigingen-vo.csv, as the repository's files.csv names its source), the "
        "Open State Foundation's copy of August 2016",
        "licence": "DUO's open education data FAQ (duo.nl/open_onderwijsdata/footer/"
        "veelgestelde-vragen): 'Op de open onderwijsdata die DUO beschikbaar stelt, is een "
        "CC0-verklaring van toepassing' (CC0 applies to the open education data DUO makes "
        "available) and the data may be used for other purposes, software and online "
        "publications among them; the repository's README puts its code under the LGPL v3 "
        "and its documentation under CC BY 4.0",
        "language": "nl",
        "roles": {"name": "INSTELLINGSNAAM", "phone": ["TELEFOONNUMMER"],
                  "register": "BRIN NUMMER", "authority": "BEVOEGD GEZAG NUMMER",
                  "postcode": "POSTCODE", "city": "PLAATSNAAM"},
    },
}  # fmt: skip


def _rows(text: str) -> list[dict[str, str]]:
    """The rows of the file as published: ``;``-delimited, a quote doubled inside a field."""
    return [dict(row) for row in csv.DictReader(io.StringIO(text, newline=""), delimiter=";")]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_rows(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
