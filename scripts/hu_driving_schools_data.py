"""Extract the real list that ``pii_held_out_127.py`` writes its records around into
``scripts/data/pii_hu_driving_schools.json``: the phone fields of a list no earlier part used
(Hungary's driving schools that are partners of eduKRESZ's E-Titán online theory course;
Hungary's earlier part took its hospitals in Eurostat GISCO's healthcare-services list), exactly
as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``app/static/iskolak.geojson``: a GeoJSON FeatureCollection of 942 driving schools (car,
  motorcycle, lorry, bus, tractor and moped schools of the whole country), each a point with the
  school's ``name``, its county (``category``, ``Baranya``), ``email``, ``web``, ``phone``
  (Hungarian numbers with the calling code and hyphens, ``+36-62-422-240``, ``+36-30-246-2732``;
  a few cut short, ``+36-70-943-10``; 106 empty), ``address`` (``7621 Pécs, Rákóczi út 60.``),
  the transport authority's school number ``nkhazon`` (``9943``) and the licence categories it
  teaches (``tags``, ``["A", "A1", "A2", "B"]``).

The repository watchingdogs/autosiskola (a map of Hungary's active driving schools) built the
file in ``ea89c04`` ('before pages', 9 June 2024) from the partner list that eduKRESZ publishes
(``edukresz.hu/edukresz-partnerek``, its ``poi.php`` answer, by ``utils/edukretesz_to_geojson.py``).
Every feature with a number of six digits or more in ``phone``, a seeded sample of 600, in the
file's order; each kept as a mapping of ``name``, ``category``, ``web``, ``phone``, ``address``,
``nkhazon``, ``tags`` (the categories joined by ``,``) and the point's ``lon`` and ``lat`` to the
published strings. ``email`` is left out: many of the mailboxes are the instructors' own
(``<first name><last name>@gmail.com``).

    python scripts/hu_driving_schools_data.py HU_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_hu_driving_schools.json"
CAP = 600
PATH = "app/static/iskolak.geojson"
KEPT = ("name", "category", "web", "phone", "address", "nkhazon")
SOURCES = {
    "HU": {
        "repository": "watchingdogs/autosiskola",
        "commit": "ea89c0425612e54fd4f94f496467665634dc7239",
        "paths": [PATH],
        "publisher": "eduKRESZ (edukresz.hu), its list of partner driving schools that teach "
        "theory with the E-Titán online course (edukresz.hu/edukresz-partnerek, the map's "
        "poi.php answer), as the repository watchingdogs/autosiskola saved it as GeoJSON in "
        "ea89c04 ('before pages', 9 June 2024); the schools' numbers (nkhazon) are the "
        "transport authority's",
        "licence": "not confirmed: the repository's LICENSE is the GNU AGPL 3.0 and covers its "
        "code; eduKRESZ's terms for its partner list were not read here",
        "language": "hu",
        "roles": {"name": "name", "phone": ["phone"], "address": ["address"]},
    },
}  # fmt: skip


def _strings(feature: dict[str, Any]) -> dict[str, str]:
    """A feature's kept properties and point as published strings (``email`` left out)."""
    props = feature["properties"]
    fields = {key: props.get(key) or "" for key in KEPT}
    fields["tags"] = ",".join(props.get("tags") or [])
    lon, lat = feature["geometry"]["coordinates"]
    fields["lon"], fields["lat"] = str(lon), str(lat)
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept features of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        features = json.loads(raw.decode("utf-8"))["features"]
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": _strings(feature)}
            for i, feature in enumerate(features)
            if _has_phone(feature["properties"], meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
