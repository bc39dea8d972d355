"""Extract the real directories that ``pii_held_out_107.py`` writes its records around into
``scripts/data/pii_nc_opt_contacts.json``: the phone fields of a country whose register no
earlier part used (New Caledonia), exactly as the directories published them.

Two directories of the Office des postes et télécommunications de Nouvelle-Calédonie
(OPT-NC), each read from a git checkout at a named commit, values unchanged:

* ``NC_TRANSIT``: the customs brokers and freight forwarders (``transitaires``) of New
  Caledonia that OPT-NC's parcel service lists for its customers (``data.json`` of the
  repository opt-nc/api-transitaires, a JSON array): six-digit Caledonian numbers with dots
  (``27.25.92``); beside each firm's RIDET number (``0036590``, ``null`` for most), website and
  id. Its ``email`` key is left out: several entries give a named employee's mailbox
  (``h.bienfait@…``), so no e-mail address is kept.
* ``NC_MOBILIS``: the resellers of OPT-NC's Mobilis mobile service (``partenaires.csv`` of the
  repository opt-nc/api-partenaires-mobilis): the same dotted numbers (``44.33.55``), beside
  the shop's RIDET number (ten digits, ``0740001001``), address, district, commune code
  (``98818``) and position (``POINT(165.49879 -21.56877)``).

Every entry with a number of six digits or more in its phone field, in the file's order (the
directories hold 24 and 20 entries: far fewer than the ~150 rows a part is meant to have, see
the README row). Each row is kept as a mapping of the entry's keys to the published values
(a JSON ``null`` stays ``None``); the directories name firms and shops, not persons.

    python scripts/nc_opt_contacts_data.py NC_TRANSIT_GIT NC_MOBILIS_GIT
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nc_opt_contacts.json"
CAP = 600
COUNTRY = "NC"
SOURCES = {
    "NC_TRANSIT": {
        "repository": "opt-nc/api-transitaires",
        "commit": "c8ecca2f60e51271724fea46600778bd0fef5a78",
        "path": "src/main/resources/data.json",
        "format": "json",
        "encoding": "utf-8",
        "publisher": "OPT-NC (Office des postes et télécommunications de Nouvelle-Calédonie), "
        "its list of customs brokers and freight forwarders behind the 'API qui renvoie les "
        "transitaires de dédouanement en Nouvelle-Calédonie', as committed in c8ecca2 ('Merge "
        "pull request #30', 22 July 2022; the file as last changed in cb6fec3, 'feat: Ajout du "
        "champ ridet', 19 July 2022)",
        "licence": "not confirmed: the repository has no LICENSE file and its README and pom.xml "
        "name no terms",
        "language": "fr",
        "dropped": ["email"],
        "roles": {"name": "name", "phone": ["phone"], "id": "ridet", "key": "id",
                  "web": "website"},
    },
    "NC_MOBILIS": {
        "repository": "opt-nc/api-partenaires-mobilis",
        "commit": "9eaff79deea4485322ece06fdd7dff5298c3cc8a",
        "path": "src/main/resources/partenaires.csv",
        "format": "csv",
        "encoding": "utf-8",
        "publisher": "OPT-NC (Office des postes et télécommunications de Nouvelle-Calédonie), "
        "the resellers ('partenaires') of its Mobilis mobile service, as committed in 9eaff79 "
        "('chore(release): 1.5.7', 2 August 2022; the file as last changed in a87abf3, 17 "
        "December 2021)",
        "licence": "GPL-3.0 (the repository's LICENSE file; the README names no other terms "
        "for the data)",
        "language": "fr",
        "dropped": [],
        "roles": {"name": "nom", "phone": ["telephone"], "id": "ridet", "key": "id",
                  "address": "adresse", "district": "quartier", "commune": "code_insee",
                  "position": "position"},
    },
}  # fmt: skip


def _entries(meta: dict[str, Any], raw: bytes) -> list[dict[str, Any]]:
    """The directory's entries as published: the JSON array's objects (numbers as their
    digits), or the CSV file's rows; the ``dropped`` keys left out."""
    text = raw.decode(meta["encoding"])
    if meta["format"] == "json":
        found = json.loads(text, parse_int=str, parse_float=str)
    else:
        found = [dict(row) for row in csv.DictReader(io.StringIO(text))]
    return [{k: v for k, v in row.items() if k not in meta["dropped"]} for row in found]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two directories, with the commit each was read at."""
    rows = []
    for register, git_dir in gits.items():
        meta = SOURCES[register]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": COUNTRY, "register": register, "path": f"{meta['path']}#{i}",
             "fields": row}
            for i, row in enumerate(_entries(meta, raw))
            if _has_phone({k: v or "" for k, v in row.items()}, meta["roles"]["phone"])
        ]  # fmt: skip
        rows += seeded_sample(found, register, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
