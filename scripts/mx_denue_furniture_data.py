"""Extract the real register that ``pii_held_out_111.py`` writes its records around into
``scripts/data/pii_mx_denue_furniture.json``: the phone fields of a register no earlier part
used (INEGI's DENUE, Mexico's statistical directory of economic units; Mexico's earlier part
took the Secretaría de Cultura's museums), exactly as the directory published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``MX``: the furniture workshops (carpentries, upholsterers; SCIAN ``337``) of fewer than ten
  persons in the Isthmus of Tehuantepec (Oaxaca and Veracruz), a GeoJSON layer of DENUE
  establishments that the repository Laura930720/MapaItsmo keeps as a JavaScript file for its
  map (``capas/manufacturas/FabriMueblesMenos10.js``): Mexican ten-digit numbers run together
  (``9711323292``; one of eleven digits, ``28387100832``); beside the establishment's DENUE
  id (``3066014``), its CLEE (``20079337120000191000000000U7``), activity code, postcode, AGEB,
  block, coordinates and date of registration (``2010-07``).

Every feature with a number of six digits or more in ``telefono``, in the file's order. Each
row is kept as a mapping of the feature's ``properties`` to the published values as written
(JSON numbers as their digits, ``null`` as ``null``), less ``raz_social`` (a company's legal
name, or a person's where the owner is one) and ``correoelec`` (mostly the owners' own webmail
mailboxes), so no e-mail address is kept. The establishment's name (``nom_estab``) is its
trade name as the directory publishes it.

    python scripts/mx_denue_furniture_data.py MX_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_mx_denue_furniture.json"
CAP = 600
DROPPED = ("raz_social", "correoelec")
SOURCES = {
    "MX": {
        "repository": "Laura930720/MapaItsmo",
        "commit": "4a5138c6be111e21db3e9f8a723eae835dfbc506",
        "path": "capas/manufacturas/FabriMueblesMenos10.js",
        "encoding": "utf-8",
        "publisher": "INEGI (Instituto Nacional de Estadística y Geografía), its Directorio "
        "Estadístico Nacional de Unidades Económicas (DENUE): furniture manufacturers of 0 to "
        "10 persons in the Isthmus of Tehuantepec, a GeoJSON layer of the 'Itsmo' map "
        "application as committed in 9f949a2 ('Add files via upload', 11 August 2022) and read "
        "at the repository's head 4a5138c ('Update README.md', 11 August 2022); no DENUE "
        "edition is named",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; INEGI publishes the DENUE under its 'Términos de libre uso de la información "
        "del INEGI', not read here",
        "language": "es",
        "roles": {"name": "nom_estab", "phone": ["telefono"], "id": "id", "postcode": "cod_postal",
                  "lat": "latitud", "lon": "longitud"},
    },
}  # fmt: skip


def _features(text: str) -> list[dict[str, Any]]:
    """The ``properties`` of the layer's features: the file is one GeoJSON object, values kept
    as written (numbers as their digits)."""
    layer = json.loads(text[text.index("{") :], parse_int=str, parse_float=str)
    return [feature["properties"] for feature in layer["features"]]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#features[{i}]",
                "fields": {k: v for k, v in props.items() if k not in DROPPED},
            }
            for i, props in enumerate(_features(raw.decode(meta["encoding"])))
            if props.get("telefono") and _has_phone(props, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
