"""Extract the real directory that ``pii_held_out_100.py`` writes its records around into
``scripts/data/pii_bf_pharmacies.json``: the phone fields of a country whose register no earlier
part used (Burkina Faso), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``BF``: the pharmacies of Ouagadougou and Bobo-Dioulasso with their on-duty groups, as the
  PharmaBF duty-pharmacy application lists them (``pharmaciesOuaga.json`` and
  ``pharmaciesBobo.json`` of the repository BossoInoussa/pharmacieouagabobo, which name a
  spreadsheet ``ListePharmacieOuage.xlsx`` and Google's Places API as their sources):
  Burkinabè numbers as each entry gives them, all international and run together after the
  country code (``+22625361338``: fixed lines ``25`` in Ouagadougou, ``20`` in Bobo-Dioulasso,
  mobiles ``5x``/``6x``/``7x``, three ``01``); beside the entry's id (``oua_001``), duty group,
  address, coordinates (``-1.4939591``, ``12.3752224``) and the precision of its position.

Every entry of each file's ``pharmacies`` array with a number of six digits or more in its
``telephone`` field, file by file, in the array's order. Each row is kept as a mapping of the
entry's keys to the published values as they are written in the file (a JSON number as its
digits, ``true`` as ``true``, nested keys joined by ``.``, a list's items by their index); the
directory names no person but in the trading names of some pharmacies (``Pharmacie Kaboré
Dominique``), which are the businesses' own names, so no key is left out.

    python scripts/bf_pharmacies_data.py BF_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_bf_pharmacies.json"
CAP = 600
SOURCES = {
    "BF": {
        "repository": "BossoInoussa/pharmacieouagabobo",
        "commit": "36c040f3149c58d7bc6034117f8e6d1cafd13257",
        "paths": ["pharmaciesOuaga.json", "pharmaciesBobo.json"],
        "encoding": "utf-8",
        "publisher": "the PharmaBF duty-pharmacy application (Flask and MongoDB), its two "
        "city files as committed in 36c040f ('Fix: garde_group variable -> groupe_ouaga, carte "
        "et liste s'affichent', 26 March 2026; both files as last changed in b50f4f0, 'Nouvelle "
        "version du projet avec import_data et corrections', 15 March 2026); each file calls "
        "itself the 'Liste officielle des pharmacies' of its city with its duty groups and names "
        "'ListePharmacieOuage.xlsx' and the Google Maps Places API as its sources "
        "(derniere_mise_a_jour 2026-03-10); no official register or publisher is named",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the terms of the spreadsheet it names were not found, and its coordinates come "
        "from Google's Places API, whose terms were not checked",
        "language": "fr",
        "roles": {"name": "nom", "phone": ["telephone"], "address": "adresse_description",
                  "city": "ville", "register": "id", "group": "groupe_garde",
                  "lon": "geojson.coordinates.0", "lat": "geojson.coordinates.1",
                  "precision": "precision_gps"},
    },
}  # fmt: skip


def _flat(value: Any, prefix: str = "") -> dict[str, str]:
    """A JSON value as a flat mapping: nested keys joined by ``.``, a list's items by index,
    numbers as their digits (parsed as strings), ``true``/``false``/``null`` as JSON writes
    them, strings unchanged."""
    if isinstance(value, dict):
        out: dict[str, str] = {}
        for key, item in value.items():
            out.update(_flat(item, f"{prefix}.{key}" if prefix else key))
        return out
    if isinstance(value, list):
        out = {}
        for i, item in enumerate(value):
            out.update(_flat(item, f"{prefix}.{i}"))
        return out
    if isinstance(value, str):
        return {prefix: value}
    return {prefix: json.dumps(value)}


def _entries(text: str) -> list[dict[str, str]]:
    """The ``pharmacies`` array of one city file, each entry flattened, values as written."""
    data = json.loads(text, parse_int=str, parse_float=str)
    return [_flat(entry) for entry in data["pharmacies"]]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": row}
                for i, row in enumerate(_entries(raw.decode(meta["encoding"])))
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
