"""Extract the real list that ``pii_held_out_126.py`` writes its records around into
``scripts/data/pii_sg_chas_clinics.json``: the phone fields of a register no earlier part used
(Singapore's Ministry of Health's CHAS clinics, the general practitioners and dental clinics
in the Community Health Assist Scheme; Singapore's earlier part took the Ministry of
Education's schools), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``client/js/data/MOH_CHAS_CLINICS.js``: the Ministry of Health's ``CHAS Clinics`` layer as
  a GeoJSON feature collection (WGS 84, the ``CRS84`` name) assigned to a JavaScript variable
  (``MOH_CHAS_CLINICS = {...}``), 671 clinics, each with its ``HCI_TEL`` (``65180160``: the
  eight digits of Singapore's plan, unbroken; one with a space, ``6894 0777``; one of seven
  digits, ``6444110``; one ``null``) beside its healthcare-institution code (``HCI_CODE``,
  ``14M0081``, ``9400662``), name, licence type (``MC``/``MD``), postal code, block, floor,
  unit, street and building, the schemes it takes part in (``CDMP,CHAS,ISP``), SVY21
  coordinates, a CRC, the update date (``2014/09/09``) and the point's longitude and latitude.

The file is the layer as ``ogr2ogr`` writes GeoJSON from the shapefile that OneMap / data.gov.sg
published (``MOH_CHAS_CLINICS``), committed in the repository bobintornado/geo-assignment-one
(a Singapore Management University geospatial assignment, 2015). Every feature with a number
of six digits or more in ``HCI_TEL``, a seeded sample of ``CAP``, in the file's order; each kept
as a mapping of all of its properties to the published text (numbers as the file writes them,
``null`` as ""), then ``longitude`` and ``latitude``, the point's coordinates as the file writes
them (the list names no person: ``HCI_NAME`` is the clinic's trading name, a few after their
founders' surnames as published).

    python scripts/sg_chas_clinics_data.py SG_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_sg_chas_clinics.json"
CAP = 600
PATH = "client/js/data/MOH_CHAS_CLINICS.js"
PREFIX = "MOH_CHAS_CLINICS = "
SOURCES = {
    "SG": {
        "repository": "bobintornado/geo-assignment-one",
        "commit": "ff9425d300bb7a00622075436615c8c95803b747",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministry of Health, Singapore: its layer of the clinics in the Community "
        "Health Assist Scheme (CHAS Clinics, MOH_CHAS_CLINICS) as OneMap / data.gov.sg "
        "published it (features updated 2014/09/09), converted to GeoJSON and committed in the "
        "repository's one commit ff9425d ('save codes', 21 February 2015); the same file is "
        "also at lib/data/geo/MOH_CHAS_CLINICS.js",
        "licence": "not confirmed: the repository has no LICENSE file and its notes "
        "(project_des.md) name no source or terms; the terms under which the Ministry's layer "
        "was published were not read here",
        "language": "en",
        "roles": {"name": "HCI_NAME", "phone": ["HCI_TEL"], "address": ["STREET_NAM"]},
    },
}  # fmt: skip


def _text(value: Any) -> str:
    """A property as the file writes it (numbers were read as their text), ``null`` as ""."""
    return "" if value is None else value


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept features of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
            assert raw.startswith(PREFIX), path
            layer = json.loads(raw[len(PREFIX) :], parse_float=str, parse_int=str)
            for i, feature in enumerate(layer["features"]):
                fields = {k: _text(v) for k, v in feature["properties"].items()}
                lon, lat = feature["geometry"]["coordinates"]
                fields.update(longitude=lon, latitude=lat)
                if _has_phone(fields, meta["roles"]["phone"]):
                    found.append({"country": country, "path": f"{path}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
