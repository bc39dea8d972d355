"""Extract the real register that ``pii_held_out_462.py`` writes its records around into
``scripts/data/pii_ro_police_stations.json``: the phone fields of a register no earlier part
used (Romania, whose earlier parts took the town halls (primării) and the National Union of
Public Notaries' register of notaries' offices; this one is another publisher and another kind
of institution: the units of the Romanian Police, Poliția Română, its county inspectorates,
municipal police stations and the General Inspectorate's central directorates), exactly as the
list gives them.

One file of Code for Romania's ``war-support-points-of-interest-map`` (the map of collection
centres and points of interest it built in March 2022 for the refugees of the Russian invasion
of Ukraine), read from a git checkout at a named commit, values unchanged:

* ``src/data/police-stations.js`` at ``a03ad688`` ('Update for points of interest (#2)', 16
  March 2022; the file was dropped from the repository's head afterwards): 186 object literals
  of the ``policeStations`` array, each with ``pk``, ``countyCode`` (``AB``), ``county``
  (``Alba``), ``locality``, ``stationType`` (``Teritoriala``, ``Centrala``), ``name`` (the kind
  of unit, ``Inspectoratul de Politie Judetean``, ``Politie Municipala``, or the central
  directorate's name), ``address`` and ``phoneNumber`` as the police's contact pages write them
  (the area code, a slash and the line in dotted pairs, ``0258/806.161``, ``0248/21.33.99``;
  some in spaces, ``0242 306 012``; two or three lines in one field after ``, ``, ``; `` or
  `` sau ``; an extension or a note after the number, ``0248/60.70.00, int. 22201``,
  ``0259/32.11.09 (comandant)``; ``N/A`` (33) or nothing (two) for 35 units, one county
  inspectorate and 34 of the General Inspectorate's central directorates and services), and
  the coordinates ``lat`` and ``lng`` (numbers in the source, kept as their literal text).

A unit is kept where its ``phoneNumber`` holds a number of seven digits or more none of whose
numbers (the field whole, and each part of it between ``,``, ``;`` and ``sau``) an earlier
Romanian part's data holds; units that share a switchboard (the county inspectorate and the
municipal police of one city, ``0268/40.75.00``) are each kept, as the list gives them. Each is
kept as the mapping of all of its keys to the published strings (the list names no person: a
note such as ``(comandant)`` names the office's head by title only).

    python scripts/ro_police_stations_data.py RO_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ro_police_stations.json"
PATH = "src/data/police-stations.js"
PHONE = "phoneNumber"
# the earlier Romanian parts' data (no number of theirs is taken again)
EARLIER = ("pii_ro_town_halls.json", "pii_ro_notaries.json")
SOURCES = {
    "RO": {
        "repository": "code4romania/war-support-points-of-interest-map",
        "commit": "a03ad68848743096d3a045ad38df7de9e7028f6f",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Romanian Police (Poliția Română, the General Inspectorate of the "
        "Romanian Police and its county inspectorates), the contacts of its units as its pages "
        "publish them, gathered by Code for Romania into src/data/police-stations.js of its map "
        "of points of interest for the refugees from Ukraine (the file as changed in a03ad68, "
        "'Update for points of interest (#2)', 16 March 2022)",
        "licence": "Mozilla Public License 2.0 for the repository (its LICENSE file); terms for "
        "the police's contact data themselves not confirmed",
        "language": "ro",
        "roles": {"name": "name", "phone": [PHONE], "address": ["address", "locality",
                  "county"], "register": "pk", "kind": "stationType"},
    },
}  # fmt: skip

OBJECT = re.compile(r"^  \{\n(.*?)^  \},?$", re.M | re.S)
FIELD = re.compile(r"^    (\w+):\s+(?:'([^'\\\n]*)'|(-?[\d.]+)),$", re.M)
KEY = re.compile(r"^    \w+:", re.M)
PARTS = re.compile(r"[;,]|\bsau\b")


def stations(source: str) -> list[dict[str, str]]:
    """The object literals of the ``policeStations`` array, each as its keys' values (strings,
    numbers as their literal text; a long string the formatter put on the next line read
    there), in order."""
    body = source[source.index("export const policeStations = [") : source.rindex("];")]
    out = []
    for m in OBJECT.finditer(body):
        fields = {k: quoted if quoted or not bare else bare for k, quoted, bare in
                  FIELD.findall(m.group(1))}  # fmt: skip
        assert len(fields) == len(KEY.findall(m.group(1))), m.group(1)
        out.append(fields)
    return out


def numbers_of(value: str) -> list[str]:
    """The digits of a phone field whole and of each of its parts, those of seven or more."""
    found = [digits_of(value), *(digits_of(part) for part in PARTS.split(value))]
    return [d for d in dict.fromkeys(found) if len(d) >= 7]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept units of the list, with the commit they were read at."""
    meta = SOURCES["RO"]
    raw = _git(gits["RO"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier = earlier_numbers(DATA, EARLIER, "40")
    rows = []
    for i, fields in enumerate(stations(raw)):
        found = numbers_of(fields.get(PHONE, ""))
        if found and not any(d in earlier for d in found):
            rows.append({"country": "RO", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
