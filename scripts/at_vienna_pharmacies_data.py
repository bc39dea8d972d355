"""Extract the real list that ``pii_held_out_250.py`` writes its records around into
``scripts/data/pii_at_vienna_pharmacies.json``: the phone, fax and e-mail fields of a register
no earlier part used (the City of Vienna's open-data layer of the city's pharmacies; Austria's
earlier parts took the OeNB's bank directory, Eurostat GISCO's hospitals and a directory of
authorities and public bodies), exactly as the city gives them.

One list of one publisher, read from a git checkout at a named commit, values unchanged:

* ``data/APOTHEKEOGD.json``: the GeoJSON ``FeatureCollection`` that the City of Vienna's
  geodata service (``data.wien.gv.at``, WFS layer ``ogdwien:APOTHEKEOGD``, Stadt Wien) returns
  for the layer "Apotheken Standorte Wien": 345 public pharmacies, each with its ``TELEFON``
  (``01 486 22 60``: Vienna's trunk and area code ``01`` and the subscriber number in groups;
  a few otherwise: ``+43(1)361 55 48``, ``01/786 34 27``, ``01 2080999``, ``600 80 00``),
  ``FAX`` (mostly the same string as ``TELEFON``, else the number with a fax extension,
  ``01 982 54 05 50``, ``01 210 69 84-89``; 4 empty), ``EMAIL`` (an office's address,
  ``office@marienapotheke1160.at``; 10 empty),
  beside the name (``BEZEICHNUNG``), district (``BEZIRK``), street and house number,
  the address as the city writes it (``16., Rückertgasse 26``), web link, object id and the
  point's coordinates; copied into the repository ilhanyalcin3307/terminboerse (a Vienna
  doctors' appointment board) as the city's service returned it on 11 August 2026.

Every feature with a number of six digits or more in ``TELEFON`` (all 345), in the file's
order; each row kept as a mapping of the feature's properties to the published strings (the
numbers parsed as the text the file writes, ``null`` as ""), with the feature's ``id`` and its
coordinates (``lon``, ``lat``); the layer names no person (``BEZEICHNUNG`` is the pharmacy's
name).

    python scripts/at_vienna_pharmacies_data.py AT_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_at_vienna_pharmacies.json"
CAP = 600
PATH = "data/APOTHEKEOGD.json"
SOURCES = {
    "AT": {
        "repository": "ilhanyalcin3307/terminboerse",
        "commit": "37002b14123b160fd03caa5a40caa6ca6f60b59f",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "City of Vienna (Stadt Wien), its open-data geodata layer of the city's "
        "pharmacies, 'Apotheken Standorte Wien' (WFS ogdwien:APOTHEKEOGD on data.wien.gv.at), "
        "as the service returned it on 11 August 2026 (the collection's timeStamp); copied "
        "into the repository in 37002b1 (13 August 2026), unchanged at the head a4ba560",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the city's terms for the layer on data.wien.gv.at were not read here",
        "language": "de",
        "roles": {
            "name": "BEZEICHNUNG",
            "phone": ["TELEFON"],
            "fax": ["FAX"],
            "email": "EMAIL",
            "address": ["ADRESSE"],
        },
    },
}  # fmt: skip


def _text(value: Any) -> str:
    """A property as the file writes it (numbers were parsed as their text), null as ""."""
    return "" if value is None else value


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the layer, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            layer = json.loads(raw.decode(meta["encoding"]), parse_float=str, parse_int=str)
            for i, feature in enumerate(layer["features"]):
                lon, lat = feature["geometry"]["coordinates"]
                fields = {
                    "id": feature["id"],
                    **{key: _text(value) for key, value in feature["properties"].items()},
                    "lon": lon,
                    "lat": lat,
                }
                if _has_phone(fields, meta["roles"]["phone"]):
                    found.append({"country": country, "path": f"{path}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
