"""Extract the real register that ``pii_held_out_403.py`` writes its records around into
``scripts/data/pii_ar_usig_teatros.json``: the phone fields of a register no earlier part used
(Argentina, whose earlier parts took a vaccination app's hospitals, the Buenos Aires city
government's hospital register, CONABIP's popular libraries, the cultural map's museums and
INCAA's cinemas; this one is the City of Buenos Aires's layer of its theatres, the ``teatros``
of the city's USIG, Unidad de Sistemas de Información Geográfica), exactly as the layer gives
them.

One GML file of the USIG's ``usig-js`` repository (the city's map API for JavaScript), read
from a git checkout at a named commit, values unchanged:

* ``src/dev/ejemplos/gml/teatros.gml``: 271 theatres of the city as an OGR GML 2 feature
  collection (``ogr:teatros``, coordinates in the city's Gauss-Krüger plane), each with its
  ``gid`` and ``id``, official name (``nom_oficial``, ``ARGENTORES``), street and door number
  (``calle_1``, ``altura``, ``domicilio`` ``1818 PACHECO DE MELO``), display name (``nombre``)
  and, for 154 of them, a ``telefono`` as the city writes it: eight digits hyphenated or spaced
  (``4812-4518``, ``4583 8525``), a few fields of two numbers or line ranges (``4784-9871 /
  4783-151``, ``4302-8866/9042``), one with an extension (``4374-4448 int. 6404``), one mobile
  (``15 4065 3965``).

A theatre is kept where its ``telefono`` holds a number of seven digits or more whose digits no
earlier Argentine part's data holds and no theatre kept before it has (the first of the halls
that share a box office). Each is kept as the mapping of the feature's fields to the published
strings (the layer names no person: a hall's name may honour one, ``Federico Garcia Lorca``).

    python scripts/ar_usig_teatros_data.py AR_GIT
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ar_usig_teatros.json"
CAP = 300
PATH = "src/dev/ejemplos/gml/teatros.gml"
PHONE = "telefono"
OGR = "{http://ogr.maptools.org/}"
# the earlier Argentine parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_ar_hospitals.json", "pii_ar_conabip_libraries.json", "pii_ar_museums.json",
    "pii_ar_incaa_cinemas.json",
)  # fmt: skip
SOURCES = {
    "AR": {
        "repository": "usig/usig-js",
        "commit": "267e1bc1169c3fefb19738b9fa7f406dabc8418a",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Gobierno de la Ciudad de Buenos Aires, its USIG (Unidad de Sistemas de "
        "Información Geográfica), the layer of the city's theatres (teatros) kept as an example "
        "data set of its usig-js map API",
        "licence": "no licence file in the repository at this commit; terms for the layer's "
        "data not confirmed",
        "language": "es",
        "roles": {"name": "nom_oficial", "phone": [PHONE], "address": ["domicilio"],
                  "register": "id"},
    },
}  # fmt: skip


def features(text: str) -> list[dict[str, str]]:
    """Each ``ogr:teatros`` feature as the mapping of its fields (all but the geometry) to
    their text, in the file's order."""
    root = ET.fromstring(text.encode("utf-8"))
    out = []
    for member in root.iter(f"{OGR}teatros"):
        fields = {}
        for child in member:
            if child.tag != f"{OGR}geometryProperty":
                fields[child.tag.removeprefix(OGR)] = child.text or ""
        out.append(fields)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept theatres of the layer, with the commit they were read at."""
    meta = SOURCES["AR"]
    raw = _git(gits["AR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "54"), set()
    found = []
    for i, row in enumerate(features(raw)):
        tel = digits_of(row.get(PHONE, ""))
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        found.append({"country": "AR", "path": f"{PATH}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "AR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
