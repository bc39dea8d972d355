"""Extract the real register that ``pii_held_out_115.py`` writes its records around into
``scripts/data/pii_de_chemnitz_kitas.json``: the phone fields of a register no earlier part used
(Germany, whose earlier parts took Berlin's schools and other registers; this one is the city of
Chemnitz's day-care centres), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``DE``: the day-care centres (Kitas) and after-school care (Horte) of Chemnitz, Saxony, as
  the GeoJSON layer ``Kindertageseinrichtungen`` (the field names of the city's open-data
  layer) that the YouthConnect backend committed for its map of youth services (the file
  ``src/main/resources/datasource/Kindertageseinrichtungen.geojson`` of the repository
  mdhafizur/youthconnect-backend): German numbers as the layer writes them, the area code
  ``0371`` and a space (``0371 52455487``, ``0371 267585250``), some of the surrounding towns'
  area codes (``03722 500756``, ``037209 2823``), two mobiles (``0176 16855052``) and one
  field with a second number after `` / `` (``0371 50220 / 52027551``); beside the centre's
  id, street key, postcode (``09119``), operator and the point's coordinates
  (``12.8843699240534``).

Every feature with a number of six digits or more in ``TELEFON`` whose operator
(``TRAEGER``) is not ``Privater Träger`` and whose name (``BEZEICHNUNG``) is not a
``Kindertagespflege``: those are childminders, private persons whose own mobile numbers and
mailboxes the layer gives, so they are left out. Each kept row is a mapping of the feature's
``properties`` to the published values as written (JSON numbers as their digits, ``null``
kept), with ``LON`` and ``LAT`` the point's coordinates as written; ``EMAIL`` is kept only where
it is an address of the city's own domain (``@stadt-chemnitz.de``, a centre's mailbox such as
``kita-amheim@...``), since other operators' addresses may name a person.

    python scripts/de_chemnitz_kitas_data.py DE_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_de_chemnitz_kitas.json"
CAP = 600
CITY_MAIL = "@stadt-chemnitz.de"
SOURCES = {
    "DE": {
        "repository": "mdhafizur/youthconnect-backend",
        "commit": "42fc7a9f31fa94f16abfa3d039e38a3b45eacc5f",
        "path": "src/main/resources/datasource/Kindertageseinrichtungen.geojson",
        "encoding": "utf-8",
        "publisher": "the city of Chemnitz's register of day-care centres (the layer "
        "'Kindertageseinrichtungen' with the city's field names, TRAEGER to INTEGRATIV) as the "
        "YouthConnect backend committed it in 55a12d4 ('initial', 18 May 2024) for its map of "
        "youth services in Chemnitz; the repository does not name the portal or the date it "
        "was downloaded",
        "licence": "not confirmed: the repository's README says 'MIT License' for the project "
        "but it has no LICENSE file and names no terms for the data; the city's terms for the "
        "layer were not read here",
        "language": "de",
        "roles": {"name": "BEZEICHNUNG", "phone": ["TELEFON"], "fax": ["FAX"],
                  "email": "EMAIL", "postcode": "PLZ", "lat": "LAT", "lon": "LON"},
    },
}  # fmt: skip


def _kept(properties: dict[str, Any]) -> bool:
    """A centre of an organisation, not a childminder's home (a private person)."""
    return (
        properties["TRAEGER"] != "Privater Träger"
        and "Kindertagespflege" not in (properties["BEZEICHNUNG"] or "")
        and _has_phone({"TELEFON": properties["TELEFON"] or ""}, ["TELEFON"])
    )


def _fields(feature: dict[str, Any]) -> dict[str, Any]:
    """The feature's properties as published, the coordinates added, a non-city e-mail
    address left out."""
    fields = dict(feature["properties"])
    if not (fields.get("EMAIL") or "").lower().endswith(CITY_MAIL):
        del fields["EMAIL"]
    lon, lat = feature["geometry"]["coordinates"]
    return {**fields, "LON": lon, "LAT": lat}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        layer = json.loads(raw.decode(meta["encoding"]), parse_int=str, parse_float=str)
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": _fields(feature)}
            for i, feature in enumerate(layer["features"])
            if _kept(feature["properties"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
