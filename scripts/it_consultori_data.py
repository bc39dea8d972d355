"""Extract the real list that ``pii_held_out_242.py`` writes its records around into
``scripts/data/pii_it_consultori.json``: the phone fields of a register no earlier part used
(the Ministry of Health's list of Italy's family counselling centres, consultori familiari;
Italy's earlier parts took ICCU's libraries, Lombardia's care homes, the comuni's contacts,
Puglia's and Piemonte's accommodation and the Ministry of Justice's offices and prisons),
exactly as the repository's scrape of the ministry's pages stores them.

One list, read from a git checkout at a named commit, values unchanged:

* ``mappa_consultori/data/consultori.csv``: the consultori of the regions whose page on the
  ministry's portal (salute.gov.it, "Salute della donna", ``consultoriDonna.jsp``) has a table,
  each row with its ``comune``, ``asl`` (the local health authority), ``denominazione``,
  ``indirizzo`` (street, the postcode, the comune and the province code in one line),
  ``telefono``, ``sito`` and the ``url`` of the page it was read from. The scrape turned each
  number into a JSON number, so every ``telefono`` lost its trunk ``0`` (``706094610`` for
  ``070 6094610``, ``641434012`` for ``06 41434012``) and every postcode its leading ``0``
  (``9032`` for ``09032``); kept as the file gives them.

The rows kept are those whose ``telefono`` is one run of seven to ten digits (917 of 927: 4
are empty, 5 hold five or six digits, one eleven), a seeded sample of 400 of them in the
file's order; each row kept as a mapping of all of the file's columns to the published strings
(the list names no person: ``denominazione`` is the centre's name).

    python scripts/it_consultori_data.py IT_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_it_consultori.json"
CAP = 400
PATH = "mappa_consultori/data/consultori.csv"
SOURCES = {
    "IT": {
        "repository": "ondata/liberiamoli-tutti",
        "commit": "ebc0a00c66cec0e4b52d25e76ae4ad075ad6d743",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministero della Salute (Italy's Ministry of Health), its list of the "
        "consultori familiari on the portal's 'Salute della donna' pages (salute.gov.it, "
        "consultoriDonna.jsp, one page per region; 10 regions' pages had no table and are "
        "listed in mappa_consultori/data/regioni_senza_dati.txt), scraped by onData for its "
        "'Liberiamoli tutti!' series with mappa_consultori/script/mappa_consultori.sh and "
        "committed in ebc0a00 ('dati consultori', 17 November 2024); the scrape read each "
        "number as a JSON number, so phone numbers and postcodes lost their leading zero, and "
        "it wrote the last region's page into every row's url",
        "licence": "the repository's LICENSE.md is CC BY 4.0 (onData's 'Liberiamoli tutti!' "
        "data are released under CC BY 4.0); the Ministry of Health's terms for the list on "
        "its portal were not read here: not confirmed for the source",
        "language": "it",
        "roles": {"name": "denominazione", "phone": ["telefono"], "address": ["indirizzo"]},
    },
}  # fmt: skip


def kept(row: dict[str, str]) -> bool:
    """Whether the row's ``telefono`` is one run of seven to ten digits."""
    return re.fullmatch(r"\d{7,10}", row["telefono"]) is not None


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if kept(row)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
