"""Extract the real list that ``pii_held_out_302.py`` writes its records around into
``scripts/data/pii_fr_crous_restaurants.json``: the phone and e-mail fields of a register no
earlier part used (the Crous' university restaurants and cafeterias, France; France's earlier
parts took other publishers and other kinds of place), exactly as the Crous give them.

One publisher's feeds, read from a git checkout at a named commit, values unchanged: the
restaurant feeds of the 26 regional Crous (the student-services bodies of the Cnous network)
as their open-data web service ``webservices-v2.crous-mobile.fr/feed/<crous>/externe/`` gives
them, one JSON file per Crous (``{"restaurants": [...]}``), copied into the repository
Arikkusan/crous-api as its mock data. Each restaurant has a ``contact`` object whose ``tel`` is
the place's number as the regional Crous typed it (``04 42 38 03 68``, ``03.22.71.91.50``,
``0345348601``, ``0590 89 46 48``; some with a leading or trailing blank; one
``04 91 62 83 71 o``) and whose ``email`` is the place's mailbox, empty in many
(``restaurant.doua@crous-lyon.fr``; some with a blank before or after it, one field of two
addresses joined by `` / ``, one ``utiliser le formulaire de contact``).

Every restaurant with a number of six digits or more in ``contact.tel`` whose number is no
mobile line (``06``/``07``: 18 such fields, a manager's line that may be a person's own, are
left out), the feeds in the repository's order (by Crous), each in its file's order; each kept
as its object of the feed as published (id, title, coordinates, area, address, opening
pattern, type, accessibility, wifi, descriptions, access, opening hours, contact, photo,
payment means) without its ``menus`` (the dishes of the coming days). The list names no
person: ``title`` is the restaurant's name, the mailboxes are the restaurants'.

    python scripts/fr_crous_restaurants_data.py FR_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_crous_restaurants.json"
CROUS = (
    "aix.marseille", "amiens", "antilles.guyane", "bfc", "bordeaux", "clermont.ferrand", "corte",
    "creteil", "grenoble", "lille", "limoges", "lyon", "montpellier", "nancy.metz", "nantes",
    "nice", "normandie", "orleans.tours", "paris", "poitiers", "reims", "rennes", "reunion",
    "strasbourg", "toulouse", "versailles",
)  # fmt: skip
PATHS = tuple(f"mockData/{crous}/restaurant.json" for crous in CROUS)
SOURCES = {
    "FR": {
        "repository": "Arikkusan/crous-api",
        "commit": "f78386b6c4b55e44b29656d6098af0aeb12d6278",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "the Crous (centres régionaux des œuvres universitaires et scolaires, "
        "the Cnous network, France), the restaurant feeds of their open-data web service "
        "(webservices-v2.crous-mobile.fr/feed/<crous>/externe/crous-<crous>.min.json, listed "
        "in the repository's src/__mocks__/urls.json), one per regional Crous; copied into "
        "the repository in ca999c3 ('Moved mockData to project root', 10 June 2023) and "
        "7a05739, unchanged at the head f78386b ('added Docker for crousAPI', 10 April 2024): "
        "an API written during a semester at the CEGEP de Matane to serve the data the French "
        "State gives about the Crous",
        "licence": "not confirmed: the repository has no LICENSE file (its package.json and "
        "README badge name the ISC licence for the code); the Crous' own terms for the feeds "
        "were not read here",
        "language": "fr",
        "roles": {"name": "title", "phone": ["contact.tel"], "email": ["contact.email"],
                  "address": ["adresse"], "area": "area", "kind": "type",
                  "coordinates": ["lat", "lon"], "register": "id"},
    },
}  # fmt: skip


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def kept(place: dict[str, Any]) -> bool:
    """A number of six digits or more in ``contact.tel`` that is no mobile line."""
    digits = _digits((place.get("contact") or {}).get("tel") or "")
    return len(digits) >= 6 and not digits.startswith(("06", "07"))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept restaurants of the feeds, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            places = json.loads(raw.decode(meta["encoding"]))["restaurants"]
            rows += [
                {
                    "country": country,
                    "path": f"{path}#{i}",
                    "fields": {k: v for k, v in place.items() if k != "menus"},
                }
                for i, place in enumerate(places)
                if kept(place)
            ]
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
