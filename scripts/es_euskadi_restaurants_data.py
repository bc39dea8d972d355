"""Extract the real list that ``pii_held_out_334.py`` writes its records around into
``scripts/data/pii_es_euskadi_restaurants.json``: the phone and e-mail fields of a register no
earlier part used (the Basque Government's tourism directory of restaurants, cider houses,
asadores and wineries of Euskadi; Spain's earlier parts took other registers, among them the
Junta de Castilla y León's Registro de Turismo restaurants), exactly as the directory gives them.

One list of one publisher, read from a git checkout at a named commit, values unchanged:

* ``restaurantes.json``: the 'Restauración' resources of the Basque Government's tourism portal
  (turismoa.euskadi.eus, Open Data Euskadi) as its open-data JSON export gives them, a JSONP
  file (``jsonCallback([ ... ]);``) of 731 objects of 45 string fields each: restaurants (479),
  sidrerías (95), wineries (63), asadores (44), txakoli wineries (35), fast-food places,
  pastry shops and a trujal; each with its ``phone`` (``943 693 983`` mostly, nine digits in
  three groups of three; some ``944 25 63 45``, ``94 529 9976``, ``+34 943 711 881``,
  ``(+34) 945 60 90 85``, ``+34  943 946 810``, ``944-638 325``, ``945437297``) and its
  ``tourismEmail`` (one address mostly; one field holds two, split by two spaces; two say
  ``Reservas por teléfono``), beside the name, description, kind, address, postcode,
  municipality, territory, capacity, coordinates and the portal's page.

The file was copied into the repository retegi/gastrogune (a Django guide to Basque
restaurants) in its second commit. Every object with a number of six digits or more in
``phone``, a seeded sample of at most 600 in the file's order; each kept as a mapping of the
fields below to the published strings (the list names no person: ``documentName`` is the
business's name; one business's address is ``<br/>``-split as published).

    python scripts/es_euskadi_restaurants_data.py ES_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_euskadi_restaurants.json"
CAP = 600
PATH = "restaurantes.json"
KEEP = (
    "documentName", "documentDescription", "restorationType", "phone", "tourismEmail", "web",
    "address", "locality", "municipality", "territory", "postalCode", "capacity", "latwgs84",
    "lonwgs84", "friendlyUrl",
)  # fmt: skip
SOURCES = {
    "ES": {
        "repository": "retegi/gastrogune",
        "commit": "664345e9126d6b79c9851bf778a4121bb1239b7b",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Eusko Jaurlaritza / Gobierno Vasco (the Basque Government), its tourism "
        "portal's directory of 'Restauración' resources (turismoa.euskadi.eus, Open Data "
        "Euskadi's JSON export of restaurants, sidrerías, asadores and wineries, each object "
        "naming its page on turismoa.euskadi.eus and its openData.xml); copied into the "
        "repository in 664345e ('Segundo commit', 1 August 2022)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; Open Data Euskadi's terms for the export were not read here",
        "language": "es",
        "roles": {"name": "documentName", "phone": ["phone"], "email": "tourismEmail",
                  "address": ["address"]},
    },
}  # fmt: skip


def _objects(raw: bytes, encoding: str) -> list[dict[str, str]]:
    """The objects of the JSONP export (``jsonCallback([ ... ]);``)."""
    text = raw.decode(encoding).strip()
    assert text.startswith("jsonCallback(") and text.endswith(");")
    return json.loads(text[len("jsonCallback(") : -len(");")])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept objects of the directory, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": {k: obj[k] for k in KEEP}}
                for i, obj in enumerate(_objects(raw, meta["encoding"]))
                if _has_phone(obj, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
