"""Extract the real list that ``pii_held_out_318.py`` writes its records around into
``scripts/data/pii_fr_atout_france_campings.json``: the phone and e-mail fields of a register no
earlier part used (Atout France's register of classified campsites; France's earlier parts took
other publishers and other kinds of place), exactly as the register gives them.

One publisher's list, read from a git checkout at a named commit, values unchanged: Atout
France's list of classified tourist accommodation (the national agency that grants the star
ratings of hotels, campsites and holiday parks under the Code du tourisme), its campsites
(``TYPOLOGIE ÉTABLISSEMENT`` ``CAMPING``) as of June 2013, published on data.gouv.fr and copied
into the repository sebprunier/mongodb-aggregation-in-action as ``data/campings.csv`` (a
semicolon-delimited UTF-8 file with CRLF line ends, its header the register's column names,
the first one written ``#DATE DE CLASSEMENT``). Each campsite has its classification and
publication dates, its ``CLASSEMENT`` (``1 étoile`` to ``5 étoiles``), ``CATÉGORIE``
(``Tourisme``, ``Loisirs``), trade name, address, postcode (a leading ``0`` lost by a
spreadsheet: ``8000``, ``5310``), commune, ``TÉLÉPHONE``, ``COURRIEL``, web site, capacity and
number of pitches (``-`` where the register has no value). The ``TÉLÉPHONE`` field holds the
campsite's number as the spreadsheet left it: mostly nine digits whose trunk ``0`` was lost
(``322232838``), some ten-digit numbers in pairs split by dots, blanks or hyphens
(``02.99.72.69.64``, ``03 21 32 97 40``), some other shapes (``0254-314611``, one with a
bracketed ``(+33)``), some with a blank before or after it; ``COURRIEL`` the campsite's
mailbox (one with a trailing blank).

Every campsite with a number of six digits or more in ``TÉLÉPHONE`` and an address in
``COURRIEL`` whose number is no mobile line (``06``/``07``, or ``6``/``7`` with the trunk ``0``
lost: a manager's line that may be a person's own, left out), in the file's order; a seeded
sample of ``CAP``, each kept as the mapping of all of the file's columns to the published
strings. The register names no person: ``NOM COMMERCIAL`` is the campsite's trade name.

    python scripts/fr_atout_france_campings_data.py FR_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_atout_france_campings.json"
CAP = 360
PATH = "data/campings.csv"
SOURCES = {
    "FR": {
        "repository": "sebprunier/mongodb-aggregation-in-action",
        "commit": "c2ce28270846ce674e34c5501ac13586d59f95e8",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Atout France (the French tourism development agency, which grants the "
        "classification of tourist accommodation), its list of classified campsites "
        "(hébergements touristiques classés, typology CAMPING) as published on data.gouv.fr "
        "in June 2013; copied into the repository in 10aaf28 ('Basic aggregation query for "
        "french campings', 2014), re-encoded to UTF-8 in 25e923f and given its header line in "
        "c2ce282 ('Improve campings insertion', 8 September 2014), unchanged since (head "
        "3543a26); the README's aggregation examples name it the campings dataset",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; Atout France's terms for the list on data.gouv.fr were not read here",
        "language": "fr",
        "roles": {"name": "NOM COMMERCIAL", "phone": ["TÉLÉPHONE"], "email": "COURRIEL",
                  "address": ["ADRESSE", "CODE POSTAL", "COMMUNE"]},
    },
}  # fmt: skip

# a French mobile line: ``06``/``07``, or ``6``/``7`` where the trunk 0 was lost
MOBILE = re.compile(r"\s*(?:\(\+33\)\s*)?0?[67]")


def _kept(row: dict[str, str]) -> bool:
    """A number of six digits or more, an e-mail address, and no mobile line."""
    phone = row["TÉLÉPHONE"]
    return _has_phone(row, ["TÉLÉPHONE"]) and "@" in row["COURRIEL"] and not MOBILE.match(phone)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""), delimiter=";")
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _kept(row)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
