"""Extract the real list that ``pii_held_out_414.py`` writes its records around into
``scripts/data/pii_it_lombardia_centri_sportivi.json``: the phone and e-mail fields of a list no
earlier part used (the sports centres of the provinces of Milano, Varese, Como and Sondrio, a
regional list of sports facilities; Italy's earlier parts took ICCU's libraries, Regione
Lombardia's accredited care homes, the comuni's contacts, Puglia's and Piemonte's
accommodation, the Ministry of Justice's offices of the justices of the peace and its prisons,
the Ministry of Health's consultori, the prefectures' contacts and Piemonte's museums),
exactly as the repository's map layer holds them.

One list, read from a git checkout at a named commit, values unchanged:

* ``src/data/exp_sport.js``: a JavaScript file (``var exp_Mappacentrisportivi = {...}``), a
  GeoJSON collection of 525 sports centres, each with ``COMUNE``, ``DENOMINAZIONE_CENTRO``,
  ``INDIRIZZO``, ``PROVINCIA`` (``MI``, ``VA``, ``CO``, ``SO``), ``DISCIPLINA`` (the sports
  practised), ``CENTRO_ID``, a Socrata-style ``location`` (``(45.78, 9.08)``), ``lat``,
  ``lng``, ``SITO_WEB`` (HTML), ``EMAIL``, ``FAX``, ``CELLULARE`` and ``TELEFONO``. ``FAX`` and
  ``CELLULARE`` are strings as the list writes them (``031290657``, ``3336745435``,
  ``031/531533``, ``0332.520464``, ``347-1886794``); ``TELEFONO`` is a JSON number that lost
  its trunk ``0`` (``31376097.0`` for ``031 376097``), kept in the extract as written but
  written into no record. The file is a hand-edited layer: some objects end in a trailing
  comma, dropped before it is read as JSON; every number is kept as its text.

The rows kept are those whose ``FAX`` or ``CELLULARE`` is one number of seven digits or more
(some ``FAX`` fields hold ``0`` or ``02``) and whose numbers no earlier Italian part holds, the
first of each name with the same numbers (the layer repeats some centres; a comune's number
stands for several of its centres, so 154 rows hold 94 distinct numbers); each kept as a
mapping of its properties to the published strings (``null`` as ``""``). No sample is drawn
(fewer than 300 rows are kept).

    python scripts/it_lombardia_centri_sportivi_data.py IT_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_it_lombardia_centri_sportivi.json"
CAP = 300
PATH = "src/data/exp_sport.js"
OPENING = "var exp_Mappacentrisportivi = "
PHONES = ("FAX", "CELLULARE")
# the earlier Italian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_it_libraries.json", "pii_it_lombardia_rsa.json", "pii_it_comuni_contacts.json",
    "pii_it_puglia_accommodation.json", "pii_it_piemonte_accommodation.json",
    "pii_it_giudici_di_pace.json", "pii_it_prisons.json", "pii_it_consultori.json",
    "pii_it_prefetture.json", "pii_it_piemonte_musei.json",
)  # fmt: skip
SOURCES = {
    "IT": {
        "repository": "mappagiocodazzardo/mappagiocodazzardo.github.io",
        "commit": "c780255ff9b30a59ef97b3bd8bd8e8063225c39d",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "a list of the sports centres (centri sportivi) of the provinces of "
        "Milano, Varese, Como and Sondrio in Lombardia, as the 'Mappa gioco d'azzardo' project "
        "(mappagiocodazzardo.github.io) holds it as a map layer, 'exp_Mappacentrisportivi' "
        "(last changed in dddcdb8); the repository names no source: its field names and its "
        "Socrata-style 'location' column suggest Regione Lombardia's open-data portal "
        "(dati.lombardia.it), not confirmed",
        "licence": "MIT for the repository (its LICENSE, 'Copyright (c) 2016 "
        "mappagiocodazzardo'); terms for the list itself not confirmed",
        "language": "it",
        "roles": {"name": "DENOMINAZIONE_CENTRO", "phone": list(PHONES), "email": "EMAIL",
                  "address": ["INDIRIZZO", "COMUNE", "PROVINCIA"]},
    },
}  # fmt: skip


def features(text: str) -> list[dict[str, str]]:
    """The properties of the layer's features (the JSON object after ``OPENING``, trailing
    commas dropped), each value as written (numbers as their text, ``null`` as ``""``)."""
    body = text[text.index(OPENING) + len(OPENING) :].rstrip().rstrip(";")
    strict = re.sub(r",(\s*[}\]])", r"\1", body)
    collection = json.loads(strict, parse_int=str, parse_float=str)
    return [
        {k: "" if v is None else str(v) for k, v in f["properties"].items()}
        for f in collection["features"]
    ]


def numbers_of(fields: dict[str, str]) -> list[str]:
    """The digits of the row's ``FAX`` and ``CELLULARE`` that hold seven digits or more."""
    found = [digits_of(fields.get(k, "")) for k in PHONES]
    return [d for d in found if len(d) >= 7]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept centres of the list, with the commit it was read at."""
    meta = SOURCES["IT"]
    raw = _git(gits["IT"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "39"), set()
    found = []
    for i, fields in enumerate(features(raw)):
        nums = numbers_of(fields)
        key = (fields.get("DENOMINAZIONE_CENTRO", ""), *nums)
        if not nums or any(n in earlier for n in nums) or key in seen:
            continue
        seen.add(key)
        found.append({"country": "IT", "path": f"{PATH}#features[{i}]", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "IT", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
