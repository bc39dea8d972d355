"""Extract the real directory that ``pii_held_out_96.py`` writes its records around into
``scripts/data/pii_mg_pharmacies.json``: the phone fields of a country whose register no earlier
part used (Madagascar), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``MG``: the pharmacies of seven Malagasy cities (Antananarivo, Antsirabe, Antsiranana,
  Fianarantsoa, Mahajanga, Toamasina, Toliara) as the PharmAnio API lists them
  (``dataset.json`` of the repository krishna2206/pharmanio-backend, whose scraper reads the
  on-duty lists of opham.com, the site of Madagascar's pharmacists' order): Malagasy ten-digit
  numbers with the trunk ``0`` in groups of 3, 2, 3 and 2 digits, mobiles (``034 74 687 24``,
  ``032 …``, ``033 …``, ``038 …``, ``037 …``) and landlines (``020 22 245 12``,
  ``020 44 488 47``), one to three per pharmacy in its ``phone`` array; beside the
  pharmacy's name, address (none for some cities) and coordinates (``-18.9081569``, not for
  all).

Every pharmacy of the file with a number of six digits or more in its ``phone`` array, in the
file's order (the cities' order, then the pharmacies'). Each row is kept as a mapping of the
entry's keys to the published strings: ``city`` the name of the city the entry is listed
under, ``name`` and ``address`` (a JSON ``null`` as ""), ``phone[0]`` .. ``phone[2]`` the items
of the ``phone`` array ("" past its end), ``lat`` and ``lon`` the coordinates as their digits
("" where the entry has none). The directory names no person as such (its names are the
pharmacies' trade names, some of them a family name as the pharmacy is called, its addresses
their premises), so nothing is left out.

    python scripts/mg_pharmacies_data.py MG_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_mg_pharmacies.json"
CAP = 600
PHONES = ["phone[0]", "phone[1]", "phone[2]"]
SOURCES = {
    "MG": {
        "repository": "krishna2206/pharmanio-backend",
        "commit": "8c6a57edbcede96dc86b066fa45078edb50ce432",
        "path": "dataset.json",
        "encoding": "utf-8",
        "publisher": "the PharmAnio API (a FastAPI service for pharmacy and on-duty pharmacy "
        "information in Madagascar, by krishna2206), its dataset.json as committed in 8c6a57e "
        "('Add Dockerfile for containerized application setup', 29 September 2025; the file as "
        "added in b170eec, 'Initial commit', 4 June 2025); its scraper reads the on-duty lists "
        "of https://www.opham.com/urgence/pharmacie (the Ordre des Pharmaciens de Madagascar); "
        "the dataset itself names no source",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the terms of opham.com were not found",
        "language": "fr",
        "roles": {"name": "name", "address": "address", "city": "city", "phone": PHONES,
                  "lat": "lat", "lon": "lon"},
    },
}  # fmt: skip


def _fields(city: str, entry: dict[str, Any]) -> dict[str, str]:
    """One entry of the file as the kept mapping (see the module's docstring)."""
    phones = entry["phone"]
    assert set(entry) <= {"name", "address", "phone", "coordinates"} and len(phones) <= 3
    where = entry.get("coordinates") or {}
    return {
        "city": city,
        "name": entry["name"] or "",
        "address": entry["address"] or "",
        **{key: phones[i] if i < len(phones) else "" for i, key in enumerate(PHONES)},
        "lat": where.get("lat", ""),
        "lon": where.get("lon", ""),
    }


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        cities = json.loads(raw.decode(meta["encoding"]), parse_float=str, parse_int=str)
        entries = [(c["city"], e) for c in cities for e in c["pharmacies"]]
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": _fields(city, e)}
            for i, (city, e) in enumerate(entries)
            if _has_phone(_fields(city, e), meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
