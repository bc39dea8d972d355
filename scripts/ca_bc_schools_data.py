"""Extract the real list that ``pii_held_out_293.py`` writes its records around into
``scripts/data/pii_ca_bc_schools.json``: the phone fields of a list no earlier part used
(British Columbia's K-12 schools, public and independent, as the province's school locations
give them; Canada's earlier parts took other registers), exactly as published.

One list, read from a git checkout at a named commit, values unchanged: the repository
johnkabler/meteor-voter-map carries, in ``server/data.js``, the school locations of British
Columbia's Ministry of Education as a GeoJSON ``FeatureCollection`` written as a JavaScript
object literal (``geojson = {...}``, unquoted keys, one key or value a line), converted from
the ministry's KML layer: each ``Feature`` with a ``Name`` (the school's name) and a
``Description`` that runs the layer's fields together, ``District Number: 5 School Code: 501007
School Name: Jaffray Elem-Jr Secondary Address: 7355 Village Loop Rd City: Jaffray Postal:
V0B1T0 Phone: 250 429-3211`` (``null`` as the district of an independent school), and a point
(longitude, latitude and a zero altitude, one a line). Every phone is a North American number
with no ``+1`` as the layer writes it, the area code, a space, the exchange and the line joined
by a hyphen (``250 429-3211``; 983 in ``250``, 958 in ``604``, 6 in ``778``, one toll-free
``888``).

Every feature (all 1,948 have a number), in the file's order; a seeded sample of 400. Each row
keeps the feature's ``Name`` and ``Description`` as published, the description's fields split at
its labels (the same strings), and the point's ``longitude`` and ``latitude`` as the file writes
them (the list names no person: the names are the schools').

    python scripts/ca_bc_schools_data.py CA_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ca_bc_schools.json"
CAP = 400
PATH = "server/data.js"
SOURCES = {
    "CA": {
        "repository": "johnkabler/meteor-voter-map",
        "commit": "8aeb185874b1804e36eea3770273da6ac02ccf1f",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "British Columbia's Ministry of Education, its K-12 school locations "
        "(public schools by school district, independent schools with district 'null'), as a "
        "KML layer of the province's open data converted to GeoJSON; carried in the repository's "
        "only commit ('first commit', 26 March 2014) as the data of a Meteor map app (the "
        "repository's server.coffee reads it into a collection it calls 'libraries'); the "
        "repository names no source for the file",
        "licence": "not confirmed: the repository has no LICENSE file and its readme names no "
        "terms for the data; the province's terms for the school locations (Open Government "
        "Licence - British Columbia) were not read here",
        "language": "en",
        "roles": {"name": "Name", "phone": ["Phone"], "address": ["Address", "City", "Postal"]},
    },
}  # fmt: skip

FEATURE = re.compile(
    r'\{\ntype: "Feature",\nproperties: \{\nName: "(?P<name>[^"\n]*)",\n'
    r'Description: "(?P<description>[^"\n]*)"\n\},\ngeometry: \{\ntype: "Point",\n'
    r"coordinates: \[\n(?P<lon>[^,\n]+),\n(?P<lat>[^,\n]+),\n(?P<alt>[^,\n]+)\n\]\n\}\n\}"
)
DESCRIPTION = re.compile(
    r"^District Number: (?P<District>.*) School Code: (?P<Code>.*) School Name: (?P<School>.*)"
    r" Address: (?P<Address>.*) City: (?P<City>.*) Postal: (?P<Postal>.*)"
    r" Phone: (?P<Phone>.*)$"
)
KEYS = {
    "District": "District Number",
    "Code": "School Code",
    "School": "School Name",
    "Address": "Address",
    "City": "City",
    "Postal": "Postal",
    "Phone": "Phone",
}


def features(text: str) -> list[dict[str, str]]:
    """The file's features as rows of fields: ``Name`` and ``Description`` as published, the
    description's labelled fields, the point's ``longitude`` and ``latitude``."""
    out = []
    for m in FEATURE.finditer(text):
        parts = DESCRIPTION.match(m["description"])
        if parts is None:
            raise ValueError(f"description of another shape: {m['description']!r}")
        fields = {"Name": m["name"], "Description": m["description"]}
        fields |= {KEYS[key]: value for key, value in parts.groupdict().items()}
        fields |= {"longitude": m["lon"], "latitude": m["lat"]}
        out.append(fields)
    if len(out) != text.count('type: "Feature"'):
        raise ValueError("a feature of another shape")
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept schools, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": fields}
            for i, fields in enumerate(features(raw.decode(meta["encoding"])))
            if _has_phone(fields, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
