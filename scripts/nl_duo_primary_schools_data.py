"""Extract the real register that ``pii_held_out_263.py`` writes its records around into
``scripts/data/pii_nl_duo_primary_schools.json``: the phone fields of a register no earlier part
used (the Netherlands' primary schools; the country's earlier parts took DUO's secondary
schools, the municipalities, the LRK's day-care centres, the Museumkaart's museums and the
ZBO-register), exactly as its public body published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``NL``: the main establishments of the Netherlands' primary schools (``01.-hoofdvestigingen-
  basisonderwijs.csv`` of 2017) of DUO's open education data (Dienst Uitvoering Onderwijs, the
  executive agency of the Ministry of Education, Culture and Science; duo.nl/open_onderwijsdata),
  as the repository effibennekers/accountability-hack-2017-api (a Spring Boot API written at the
  Accountability Hack 2017) keeps it among its resources under DUO's own file name and year
  (windows-1252, ``;``-delimited, 6,359 rows): Dutch national numbers of ten digits in one run
  with the trunk ``0`` and no ``+31`` (``0591659840``; one non-geographic ``085`` number),
  beside the school's four-character BRIN number (``16AH``), the five-digit number of its
  competent authority (``bevoegd gezag``), the four-digit municipality number (``0114``),
  postcodes (``7822 HG``), its denomination, web address and the codes and names of its regions.
  DUO publishes no e-mail addresses.

Every row with a number of six digits or more in its phone column but a mobile (``06``, a line a
person may carry: 11 left out; one row with a blank field has none), 480 of the 6,347 drawn with
a fixed seed, kept in the file's order. Each row is kept as a mapping of the file's column names
to the published strings (the register names no person: ``INSTELLINGSNAAM`` is the school's
name).

    python scripts/nl_duo_primary_schools_data.py NL_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nl_duo_primary_schools.json"
CAP = 480
SOURCES = {
    "NL": {
        "repository": "effibennekers/accountability-hack-2017-api",
        "commit": "5d37f733b6f4cd737a7baccb295af2e195ac35b6",
        "path": "src/main/resources/01.-hoofdvestigingen-basisonderwijs-2017.csv",
        "encoding": "cp1252",
        "publisher": "Dienst Uitvoering Onderwijs (DUO, Ministry of Education, Culture and "
        "Science of the Netherlands): open education data, addresses of the main "
        "establishments of primary schools (duo.nl/open_onderwijsdata, "
        "01.-hoofdvestigingen-basisonderwijs.csv, 2017), copied into the repository in "
        "52d1b53 ('Process school adresses', 9 June 2017) and renamed to DUO's file name with "
        "its year in 4473f2e ('Rename file to original, including year.'), unchanged at the "
        "head 5d37f73 ('Final', 9 June 2017)",
        "licence": "DUO's open education data FAQ (duo.nl/open_onderwijsdata/footer/"
        "veelgestelde-vragen): CC0 applies to the open education data DUO makes available; "
        "the repository's LICENSE is the MIT License (Copyright (c) 2017 Effi Bennekers) and "
        "covers its files",
        "language": "nl",
        "roles": {"name": "INSTELLINGSNAAM", "phone": ["TELEFOONNUMMER"],
                  "register": "BRIN NUMMER", "authority": "BEVOEGD GEZAG NUMMER",
                  "postcode": "POSTCODE", "city": "PLAATSNAAM"},
    },
}  # fmt: skip


def _rows(text: str) -> list[dict[str, str]]:
    """The rows of the file as published: ``;``-delimited, a quote doubled inside a field."""
    return [dict(row) for row in csv.DictReader(io.StringIO(text, newline=""), delimiter=";")]


def mobile(value: str) -> bool:
    """A Dutch mobile number (``06`` and eight digits), a line a person may carry."""
    return value.strip().startswith("06")


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        phones = meta["roles"]["phone"]
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_rows(raw.decode(meta["encoding"])))
            if _has_phone(row, phones) and not any(mobile(row[col]) for col in phones)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
