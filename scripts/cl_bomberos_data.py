"""Extract the real list that ``pii_held_out_189.py`` writes its records around into
``scripts/data/pii_cl_bomberos.json``: the phone fields of a list no earlier part used (Chile's
fire brigades, the Cuerpos de Bomberos of every region; Chile's earlier parts took the Ministry
of Health's map of pharmacies on duty and the public libraries' service), exactly as the list
gives them.

One JSON file read from a git checkout at a named commit, values unchanged:

* ``data/bomberos.json``: an array of 314 objects, one per Cuerpo de Bomberos (the volunteer
  fire brigade of one or more communes), each with its ``telefono`` as the list writes it, in
  many shapes: an area code in brackets before a six- or seven-digit line (``(51) 2431635``,
  ``(065) 622326`` with the old trunk 0, ``(53)2 731017``, ``(452) 581013``), joined by hyphens
  (``053-540348``, ``67-522111``), a second line after a hyphen, slash or comma with or without
  its area code (``(45) 711619 - 715467``, ``(63) 2471370 / 2335205``, ``(75) 2690143,
  2690130``), nine digits run together (``228317349 - 224195550``, mobiles ``940123300``), the
  country code (``+56965710464``, ``+56 9 50981268``, ``(56-71) 2214402``, ``(56) (32)``),
  and words (``71-2675969 oficina central``, ``(72) 711247 NGN 147``); beside the brigade's
  ``nombre`` (its town: ``Andacollo``), region, province, commune, street address, the communes
  it serves, coordinates, a serial ``id`` and the commune code of its seat (``cutCuerpo``,
  ``4103``). No field names a person, and the list has no e-mail address.

Every object whose ``telefono`` holds six digits or more (all 314), in the file's order; each
kept as a mapping of all of its keys to the published values, strings as given and numbers as
JSON writes them (``"-71.08407104399998"``, ``"4103"``).

    python scripts/cl_bomberos_data.py CL_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_cl_bomberos.json"
CAP = 600
PATH = "data/bomberos.json"
SOURCES = {
    "CL": {
        "repository": "matiasua/api-bomberos-cl",
        "commit": "925af3933d797d9b43a105050da0d9ff5a208d02",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "a list of Chile's fire brigades (Cuerpos de Bomberos, the volunteer fire "
        "services of the country's communes, 314 of them in all sixteen regions) with their "
        "official contact numbers, addresses and the communes each serves, as compiled into "
        "the REST API 'API Bomberos de Chile' (file added in 925af39, 'Primer commit del "
        "proyecto API Bomberos de Chile', 29 May 2025; unchanged since); the repository names "
        "no source for the list",
        "licence": "not confirmed: the repository's LICENSE.txt is MIT ('Copyright (c) 2025 "
        "Matías Cárdenas', added in bb4938c after the data), for the project; no terms are "
        "named for the list itself or its source",
        "language": "es",
        "roles": {"name": "nombre", "phone": ["telefono"], "address": ["direccion"]},
    },
}  # fmt: skip


def _published(value: Any) -> str:
    """A value as the file gives it: a string unchanged, a number as JSON writes it."""
    return value if isinstance(value, str) else json.dumps(value)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept objects of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        found = []
        for i, item in enumerate(json.loads(raw.decode(meta["encoding"]))):
            fields = {key: _published(value) for key, value in item.items()}
            if _has_phone(fields, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
