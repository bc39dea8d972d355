"""Extract the real register that ``pii_held_out_36.py`` writes its records around into
``scripts/data/pii_cl_pharmacies.json``: the phone fields of a country whose register no
earlier part used (Chile), exactly as its pharmacies' entries published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``CL``: Chile's pharmacies on duty (farmacias de turno) as the Ministry of Health's regional
  offices list them on their public map (seremienlinea.minsal.cl, ``mfarmacias``), in the
  snapshot of 13 July 2025 that the repository LeonardoVenezia/farmacias-chile committed as
  ``farmacias.json`` (its scraper, ``server.js``, reads the map's ``mapa.php`` for the 16
  regions and each pharmacy's detail): numbers as each entry gave them, in many shapes
  (``+56572518649``, ``+562425641`` with a short line, ``+560226313145`` with the old
  trunk 0 after the calling code, ``956564829``, ``522315133``, ``23673506``, ``2230180``,
  ``+5656992426819`` with the code twice, ``+56+56965200798``); beside the entry's local id
  (``3401``), its region and commune codes, coordinates and the duty hours as the map words
  them. The list gives no e-mail address.

Every row with a number of six digits or more in its ``tl`` column (190 of the file's 242),
in the file's order. Each row is kept as a mapping of the file's keys to the published strings;
the list names no person (its names are the pharmacies', its addresses their premises), so no
key is left out.

    python scripts/cl_pharmacies_data.py CL_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_cl_pharmacies.json"
CAP = 600
SOURCES = {
    "CL": {
        "repository": "LeonardoVenezia/farmacias-chile",
        "commit": "7f64b31ba25a2ae02bb2a6a7ea0f3a8eadfc496a",
        "path": "farmacias.json",
        "encoding": "utf-8",
        "publisher": "Chile's Ministry of Health (MINSAL), its regional offices' (SEREMI de "
        "Salud) public map of pharmacies on duty (seremienlinea.minsal.cl/asdigital/index.php?"
        "mfarmacias), scraped by the repository's server.js for the 16 regions and committed "
        "in 7f64b31 ('add puppetier core', 13 July 2025; fechaActualizacion "
        "2025-07-13T18:00:44.840Z); keys as the map's API gives them: im (local id), nm "
        "(name), dr (address), rg (region code), cm (commune code), tl (phone), lat, lng, at, "
        "horario_turno (the duty hours as the map words them)",
        "licence": "not confirmed: the repository has no LICENSE file (its package.json says "
        "'ISC' for the scraper's code) and names no terms for the data; the terms of MINSAL's "
        "map were not found",
        "language": "es",
        "roles": {"name": "nm", "phone": ["tl"], "register": "im", "address": "dr",
                  "region": "rg", "commune": "cm"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        entries = json.loads(raw.decode(meta["encoding"]))["farmacias"]
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(entry)}
            for i, entry in enumerate(entries)
            if _has_phone(entry, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
