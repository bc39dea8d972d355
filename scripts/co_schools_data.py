"""Extract the real register that ``pii_held_out_40.py`` writes its records around into
``scripts/data/pii_co_schools.json``: the phone fields of a country whose register no earlier
part used (Colombia), exactly as its schools are listed.

One register, read from a git checkout at a named commit, values unchanged:

* ``CO``: Bogotá's schools and kindergartens as the repository hnsaavedraa/AppToLive committed
  them for its city map (``data/ColegiosJson.js``, a JavaScript array of 2,199 objects,
  ``name``, ``address``, ``phone``, ``levels``, ``journal`` and a geocoded ``location``):
  Bogotá's seven-digit numbers of before the 2021 dialling change as each school's entry gave
  them, most in one run (``4177828``), two to five in one field after ``--``, ``/`` or ``-``
  (``6763865--6763864--6763866``, ``3380538/2878457``), a ten-digit mobile among some
  (``2372792--3513207--3144031417``), an extension after a few (``7449188EXT109``), a
  shortened alternative after others (``7829545/7829529/7``); beside the row's street address
  (``CARRERA 53 222 76  BOGOTA CO``), the levels and school days it offers and its
  coordinates (``4.630315899999999``). The list gives no e-mail address.

A seeded sample of ``CAP`` of the 2,180 rows with a number of six digits or more in their
``phone`` field, in the file's order. Each row is kept as a mapping of the object's keys to
the published strings, the nested ``location`` as ``lat`` and ``lng`` (numbers as the file
writes them; ``""`` where the row has no ``location`` or an empty one, or no ``address``,
``levels`` or ``journal``); the list names no person (its names are the schools', its addresses
their premises), so no key is left out.

    python scripts/co_schools_data.py CO_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_co_schools.json"
CAP = 400
KEYS = ("name", "address", "phone", "levels", "journal", "lat", "lng")
SOURCES = {
    "CO": {
        "repository": "hnsaavedraa/AppToLive",
        "commit": "ebb8077796b7912dea97e4517cb74178e2c2c321",
        "path": "data/ColegiosJson.js",
        "encoding": "utf-8",
        "publisher": "Bogotá's directory of schools (abbreviated names, 'JARD INF', 'COL', "
        "'GIMN', the levels and school days offered, as the district's education directory "
        "gives them), as the repository committed it for its map of the city (added in "
        "d895fe9, 'Added school data', 7 March 2019, unchanged since); the file names no "
        "source, and its coordinates were added by the repository's authors or a geocoder",
        "licence": "not confirmed: the repository has no LICENSE file and its README is its "
        "title alone; the terms of the district's directory were not found",
        "language": "es",
        "roles": {"name": "name", "phone": ["phone"], "email": None,
                  "address": "address", "lat": "lat", "lng": "lng"},
    },
}  # fmt: skip


def _objects(source: str) -> list[dict[str, Any]]:
    """The array of ``var colegiosData = [...]`` read as JSON (a JavaScript literal: the commas
    it may leave before a closing brace dropped), every number kept as written."""
    body = re.search(r"=\s*(\[.*\])\s*;?\s*$", source, re.S)
    assert body, "no array in the file"
    strict = re.sub(r",(\s*[}\]])", r"\1", body.group(1))
    return json.loads(strict, parse_float=str, parse_int=str)


def _fields(obj: dict[str, Any]) -> dict[str, str]:
    """The object's strings under its own keys, ``location`` as ``lat`` and ``lng``."""
    where = obj.get("location")
    where = where if isinstance(where, dict) else {}
    flat = {**obj, "lat": where.get("lat", ""), "lng": where.get("lng", "")}
    return {k: "" if flat.get(k) is None else str(flat.get(k, "")) for k in KEYS}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode(meta["encoding"])
        found = []
        for i, obj in enumerate(_objects(raw)):
            fields = _fields(obj)
            if _has_phone(fields, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
