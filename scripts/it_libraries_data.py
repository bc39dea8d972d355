"""Extract the real register that ``pii_held_out_31.py`` writes its records around into
``scripts/data/pii_it_libraries.json``: the phone, fax and e-mail fields of a country whose
register no earlier part used (Italy), exactly as its libraries gave them.

One register, read from a git checkout at a named commit, values unchanged:

* ``IT``: the libraries of the Anagrafe delle biblioteche italiane (ICCU, the Ministry of
  Culture's Istituto centrale per il catalogo unico), its open-data ``territorio.csv`` as the
  repository aborruso/archivioDatiPubbliciPreziosi archived it (``docs/anagrafeBiblioteche
  ItalianeTerritorio/territorio.csv``, last changed by its scheduled download of 14 July
  2020; semicolon-separated, UTF-8): numbers as each library entered them, in many shapes
  (``+39 0922602494``, ``0922595166``, ``+39 030.3712233``, ``0781-978002``, ``+390143/76348``,
  ``(+39) 0823 275585/76/83/87``, ``+39 0709760601 / 0709760602``, an extension after some,
  ``int. 209``, ``interno 4``), a fax number beside most; beside the row's ISIL code
  (``IT-AG0005``), SBN code (``AGR27``), postcode (``92100``), ISTAT municipality and province
  codes (``084001``, ``084``) and its coordinates with a decimal comma (``37,3221644312329``).

``CAP`` rows, a seeded sample in the file's order of those with a number of six digits or more
in ``telefono`` (11,109 of 11,613) less the 27 whose ``telefono`` or ``fax`` holds a character
that a properties file, a dotenv file or an HCL string would have to escape (a no-break space, a
tab, ``:``, ``=``, ``#``, ``!``, ``"``, ``$``, a backslash, a letter outside ASCII): the part
writes every value unchanged. Each row is kept as a mapping of the file's column names to the
published strings, less its ``email`` field unless that is one address whose local part names an
office (``biblioteca@...``, ``as-ag@...``, ``info.ced@...``): many name a librarian instead. The
register's names are the libraries' (some named after people, as institutions are), its
addresses their premises; no column names a person.

    python scripts/it_libraries_data.py IT_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_it_libraries.json"
CAP = 500
PHONES = ("telefono", "fax")
# what the part's layouts write unescaped: printable ASCII less the characters a properties
# file, a dotenv value or an HCL string escapes or reads as syntax
PLAIN = re.compile(r"[ -~]*")
SYNTAX = re.compile(r'[\\=:#!"$`]')
ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# a word of an address's local part that names a library or an office rather than a person
OFFICE = re.compile(
    r"bib|libr|comun|municip|info|archiv|segret|museo|musei|istitut|accadem|seminar|fondaz|"
    r"univers|dipart|uff|direz|prestit|protocoll|scuol|liceo|centro|cultur|sistem|mediatec|"
    r"emerotec|document|lettur|ludotec|serviz|istruz|consorzi|circolo|associaz|parrocch|"
    r"convent|diocesi|curia|^as-|^bs-",
    re.IGNORECASE,
)
SOURCES = {
    "IT": {
        "repository": "aborruso/archivioDatiPubbliciPreziosi",
        "commit": "33a390162e453d88b20efdbf21d896f432e10d06",
        "path": "docs/anagrafeBibliotecheItalianeTerritorio/territorio.csv",
        "encoding": "utf-8",
        "publisher": "ICCU (Istituto centrale per il catalogo unico delle biblioteche "
        "italiane e per le informazioni bibliografiche, Ministero della Cultura): the "
        "Anagrafe delle biblioteche italiane's open data, territorio.zip of "
        "opendata.anagrafe.iccu.sbn.it, as the repository's scheduled download (its script "
        "script/anagrafeBibliotecheItalianeTerritorio) unzipped and sorted it by codice-isil; "
        "the file as of commit 33a3901, 14 July 2020, unchanged since",
        "licence": "not confirmed: the repository names no licence (no LICENSE file, no terms "
        "in its README); the terms under which ICCU publishes the Anagrafe's open data were "
        "not read here",
        "language": "it",
        "roles": {"name": "denominazione", "phone": list(PHONES), "email": "email",
                  "register": "codice-isil", "postcode": "cap", "city": "comune"},
    },
}  # fmt: skip


def plain(value: str) -> bool:
    """Can the field stand unescaped in every layout of the part?"""
    return bool(PLAIN.fullmatch(value)) and not SYNTAX.search(value)


def office_address(value: str) -> bool:
    """Is an e-mail field one address whose local part names a library or an office?"""
    value = value.strip()
    return bool(ADDRESS.fullmatch(value)) and bool(OFFICE.search(value.split("@")[0]))


def kept_fields(row: dict[str, str]) -> dict[str, str]:
    """The row less its e-mail field unless it names an office."""
    return {k: v for k, v in row.items() if k != "email" or office_address(v)}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": kept_fields(row)}
            for i, row in enumerate(csv.DictReader(text, delimiter=";"))
            if _has_phone(row, ["telefono"]) and all(plain(row[c]) for c in PHONES)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
