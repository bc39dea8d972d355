"""Extract the real list that ``pii_held_out_374.py`` writes its records around into
``scripts/data/pii_co_bogota_cai.json``: the phone fields of a list no earlier part used
(Colombia, whose earlier part took Bogotá's directory of schools; this one is the Comandos de
Atención Inmediata (CAI) of the Policía Metropolitana de Bogotá, the city's neighbourhood police
posts, another kind of institution and another list), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``data/policeStationsData.js``: a JavaScript array (``var policeStationsData = [...]``, keys
  unquoted) of the 148 CAIs of the city as the repository hnsaavedraa/AppToLive saved them for
  its city map from the ``cai`` data set of Bogotá's Laboratorio Urbano portal
  (bogota-laburbano.opendatasoft.com, its fields ``cainombre``, ``caibarrio``,
  ``caidirecci``, ``caitelefon`` and ``geo_point_2d``, as ``js/main.js`` maps them), each with
  its ``name`` (``CAI VERBENAL``), ``neighborhood`` (the barrio, ``MARANTA III SECTOR``; one
  row has none), ``address`` (``Calle 187  19-00``, ``Carrera 71 B  57 B - 00 Sur``, double
  spaces as published) and ``phone``: Bogotá's seven-digit numbers of before the 2021 dialling
  change, digits only (``6730111``), one a field; one field holds four digits (``2904``) and
  one ``0``. The ``location`` is a pair of numbers (latitude, longitude), kept as ``lat`` and
  ``lng`` as the file writes them.

A row is kept where its ``phone`` holds a number of seven digits or more whose digits no
earlier Colombian part's data holds and no row kept before it has: 146 of 148 (the four-digit
field and the ``0`` left out), in the file's order, fewer than ``CAP`` so no sample is drawn.
Each row is kept as the mapping of the object's keys to the published strings (``""`` where it
has no ``neighborhood`` or ``address``); the list names no person (its names are the posts',
named after their barrios, its addresses their premises), so no key is left out.

    python scripts/co_bogota_cai_data.py CO_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_co_bogota_cai.json"
CAP = 300
PATH = "data/policeStationsData.js"
PHONE = "phone"
KEYS = ("name", "neighborhood", "address", "phone", "lat", "lng")
# the earlier Colombian parts' data (no number of theirs is taken again)
EARLIER = ("pii_co_schools.json",)
SOURCES = {
    "CO": {
        "repository": "hnsaavedraa/AppToLive",
        "commit": "ebb8077796b7912dea97e4517cb74178e2c2c321",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Comandos de Atención Inmediata (CAI) of the Policía Metropolitana de "
        "Bogotá, as the 'cai' data set of Bogotá's Laboratorio Urbano open-data portal "
        "(bogota-laburbano.opendatasoft.com, fields cainombre, caibarrio, caidirecci, "
        "caitelefon, geo_point_2d) gave them, saved by the repository for its map of the city "
        "(added in 1c439f5, 'data hospital and police station saved', 5 March 2019; last "
        "changed in 82848d9, 9 March 2019)",
        "licence": "not confirmed: the repository has no LICENSE file and its README is its "
        "title alone; the terms of the portal's data set were not found",
        "language": "es",
        "roles": {"name": "name", "phone": [PHONE], "email": None,
                  "address": ["address", "neighborhood"], "lat": "lat", "lng": "lng"},
    },
}  # fmt: skip


def objects(source: str) -> list[dict[str, Any]]:
    """The array of ``var policeStationsData = [...]`` read as JSON: its unquoted keys quoted
    (every key follows ``{`` or ``,``), every number kept as written."""
    body = re.search(r"=\s*(\[.*\])\s*;?\s*$", source, re.S)
    assert body, "no array in the file"
    strict = re.sub(r"([{,]\s*)([A-Za-z_]\w*)\s*:", r'\1"\2":', body.group(1))
    return json.loads(strict, parse_float=str, parse_int=str)


def fields(obj: dict[str, Any]) -> dict[str, str]:
    """The object's strings under its own keys, ``location`` as ``lat`` and ``lng``."""
    lat, lng = obj.get("location") or ("", "")
    flat = {**obj, "lat": lat, "lng": lng}
    return {k: str(flat.get(k) or "") for k in KEYS}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    meta = SOURCES["CO"]
    raw = _git(gits["CO"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "57"), set()
    found = []
    for i, obj in enumerate(objects(raw)):
        row = fields(obj)
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        found.append({"country": "CO", "path": f"{PATH}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "CO", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
