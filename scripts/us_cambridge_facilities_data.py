"""Extract the real lists that ``pii_held_out_175.py`` writes its records around into
``scripts/data/pii_us_cambridge_facilities.json``: the phone fields of a register no earlier part
used (the City of Cambridge, Massachusetts, its GIS layers of facilities; the United States'
earlier parts took CMS's hospitals, New York City's high schools, Texas's AskTED schools and
HIFLD's colleges), exactly as the city gives them.

Nine GeoJSON layers of one publisher, read from a git checkout at a named commit, values
unchanged: health clinics, hospitals, day care facilities, private schools, public libraries,
public schools, emergency shelters, fire stations and police stations, each feature with its
``PHONE`` (``Phone`` in the shelters' layer) as the city's GIS wrote it: area code, exchange and
line joined by hyphens (``617-876-0102``), some with a space after the area code
(``617 492-0090``, ``339-970 9596``), one with the trunk ``1-`` (``1-857-600-1840``), toll-free
``888``/``877``/``833`` numbers among them; beside the site's name, address, owner, public or
private, shelter flags and capacity, the shelters' ZIP codes (``02141``) and parcel ids
(``496-1``), the feature's ``GlobalID`` and edit year.

Every feature with a number of six digits or more in its phone field, the layers in the order of
``PATHS``, each in the file's order; each kept as a mapping of its properties to strings (a
string as published, a number as JSON writes it, ``null`` left out), less ``created_user`` and
``last_edited_user`` (the login names of the city's editors, persons) and their dates, with the
point's coordinates as ``geometry_lon`` and ``geometry_lat`` (the parsed reals as their shortest
decimal strings). The layers name no person in their other properties: ``SITE_NAME``/``Name`` is
the site's, ``OWNER`` an institution (a university, a school company, the city).

    python scripts/us_cambridge_facilities_data.py US_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_cambridge_facilities.json"
CAP = 600
PATHS = (
    "Health/Health_Clinics/HEALTH_HealthClinics.geojson",
    "Health/Hospitals/HEALTH_Hospitals.geojson",
    "Landmark/Day_Care_Facilities/LANDMARK_DayCareFacilities.geojson",
    "Landmark/Private_Schools/LANDMARK_PrivateSchools.geojson",
    "Landmark/Public_Libraries/LANDMARK_PublicLibraries.geojson",
    "Landmark/Public_Schools/LANDMARK_PublicSchools.geojson",
    "Public_Safety/Emergency_Shelters/PUBLICSAFETY_EmergencyShelters.geojson",
    "Public_Safety/Fire_Stations/PUBLICSAFETY_FireStations.geojson",
    "Public_Safety/Police_Stations/PUBLICSAFETY_PoliceStation.geojson",
)
# properties left out: the city's editors' login names (persons) and when they edited
DROPPED = ("created_user", "last_edited_user", "created_date", "last_edited_date")
SOURCES = {
    "US": {
        "repository": "cambridgegis/cambridgegis_data",
        "commit": "44a03d195bb4bc3d9f0bf31452f5ab2d6b2f7be9",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "City of Cambridge, Massachusetts, Cambridge GIS (the city's official "
        "open-data repository on GitHub, 'Open Data on GitHub'): its GIS layers of health "
        "clinics, hospitals, day care facilities, private and public schools, public libraries, "
        "emergency shelters, fire stations and police stations, as GeoJSON in WGS84; read at "
        "the head '6 layers updated' (17 August 2026)",
        "licence": "Open Data Commons Public Domain Dedication and License (PDDL) v1.0, as the "
        "repository's LICENSE.md gives it for its data",
        "language": "en",
        "roles": {"name": ["SITE_NAME", "Name"], "phone": ["PHONE", "Phone"],
                  "address": ["ADDRESS", "Address"]},
    },
}  # fmt: skip


def _string(value: Any) -> str:
    """A property as a string: a string as published, a number as JSON writes it."""
    return value if isinstance(value, str) else json.dumps(value)


def _fields(feature: dict[str, Any]) -> dict[str, str]:
    fields = {
        key: _string(value)
        for key, value in feature["properties"].items()
        if value is not None and key not in DROPPED
    }
    lon, lat = feature["geometry"]["coordinates"][:2]
    return {**fields, "geometry_lon": repr(float(lon)), "geometry_lat": repr(float(lat))}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept features of the nine layers, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            layer = json.loads(raw.decode(meta["encoding"]))
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": _fields(feature)}
                for i, feature in enumerate(layer["features"])
                if _has_phone(
                    {k: _string(v) for k, v in feature["properties"].items() if v is not None},
                    meta["roles"]["phone"],
                )
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
