"""Extract the real rows that ``pii_held_out_174.py`` writes its records around into
``scripts/data/pii_de_hamburg_schools.json``: the phone, fax and e-mail fields of a register no
earlier part used (Hamburg's schools as the city's Behörde für Schule und Berufsbildung lists
them in its WFS ``HH_WFS_Schulen``; Germany's earlier parts took Berlin's schools, North
Rhine-Westphalia's schools, Chemnitz's day-care centres and farm shops on OpenStreetMap),
exactly as the layer gives them.

One GML document, read from a git checkout at a named commit, values unchanged:

* ``data/schulen.gml``: a WFS 1.1.0 ``GetFeature`` response of the layer ``app:hh_schulen_dwh``
  (deegree, GML 3.1.1, served by ``geodienste.hamburg.de``, time stamp 10 May 2016), 581
  schools, state and private, general and vocational, each with its ``Telefon`` (``+49 40 428
  88-250``, ``+49 40 41 35 94-44``, ``63 90 29-0``, one ``+40 40 529 85-157`` as published), its
  ``FAX`` where it has one (550 of 581) and its ``email`` (the school's mailbox: ``G3@hibb.
  hamburg.de``, ``gymnasium-hochrad@bsb.hamburg.de``, ``info@...``), beside its name, school id
  (``8502-0``), school form, icon class, street, postcode and town, district and quarter, legal
  form, web page, ReBBZ flag and link, pupil count and its school year, and the point in EPSG
  25832 (``567991.000 5941534.000``).

The layer was saved into the repository Jugendhackt/EinsteigerWorkshop (scripts of a beginners'
workshop of Jugend hackt, Hamburg, May 2016). A seeded sample of ``CAP`` of the schools whose
``Telefon`` holds six digits or more and whose ``Telefon`` and ``FAX`` write no extension after
a spaced hyphen (``040 6 89 40 - 40``; 24 schools left out), in the file's order; each kept as
a mapping of its feature's ``app:`` children to their published text (``the_geom`` as its
``gml:pos``), absent children left absent (no field names a person: ``Name`` is the school's).

    python scripts/de_hamburg_schools_data.py DE_GIT
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_de_hamburg_schools.json"
CAP = 200
PATH = "data/schulen.gml"
APP = "{http://www.deegree.org/app}"
GML = "{http://www.opengis.net/gml}"
SOURCES = {
    "DE": {
        "repository": "Jugendhackt/EinsteigerWorkshop",
        "commit": "2a470adab39da68ab418af475213e4a21b90f7f8",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Freie und Hansestadt Hamburg, Behörde für Schule und Berufsbildung, its "
        "schools layer (app:hh_schulen_dwh) of the WFS HH_WFS_Schulen on "
        "geodienste.hamburg.de, a GetFeature response of 10 May 2016 saved as "
        "data/schulen.gml in e4a0e4f ('Data and test script', 13 May 2016) of the repository "
        "of Jugend hackt's beginners' workshop (Hamburg, Bücherhalle, 21 May 2016)",
        "licence": "not confirmed: the repository's LICENSE is the MIT License (Copyright (c) "
        "2016 Hanno Sternberg) for its scripts; no terms for the saved layer are given in the "
        "repository, and the city's terms for the WFS (Hamburg publishes its geodata under "
        "the Datenlizenz Deutschland) were not read here",
        "language": "de",
        "roles": {"name": "Name", "phone": ["Telefon"], "fax": ["FAX"], "email": "email"},
    },
}  # fmt: skip


def _feature(member: ET.Element) -> dict[str, str]:
    """A feature's ``app:`` children as published, in their order (``the_geom`` as its
    position)."""
    (feature,) = list(member)
    fields = {}
    for child in feature:
        key = child.tag.removeprefix(APP)
        if key == "the_geom":
            fields[key] = child.find(f"{GML}Point/{GML}pos").text
        else:
            fields[key] = child.text or ""
    return fields


def _whole(fields: dict[str, str], meta: dict[str, Any]) -> bool:
    """Whether each phone and fax field is one number written without a spaced hyphen (``55 56
    54 - 30``, ``6 40 87 - 333``: an extension set off so is left out with its row)."""
    columns = [*meta["roles"]["phone"], *meta["roles"]["fax"]]
    return not any(re.search(r" -|- ", fields.get(c, "")) for c in columns)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept schools of the layer, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        root = ET.fromstring(raw)
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": _feature(member)}
            for i, member in enumerate(root.iter(f"{GML}featureMember"))
        ]
        found = [
            r
            for r in found
            if _has_phone(r["fields"], meta["roles"]["phone"]) and _whole(r["fields"], meta)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
