"""Extract the real list that ``pii_held_out_113.py`` writes its records around into
``scripts/data/pii_ar_hospitals.json``: the phone fields of a hospital list no earlier part
used (hospitals and clinics of every Argentine province, as a vaccination web app lists them;
Argentina's earlier part took the Buenos Aires city government's register), exactly as the
list wrote them.

One list, read from a git checkout at a named commit, values unchanged:

* ``AR``: the ``hospitalesArg`` feature array of ``src/services/hospitales.js`` in the
  repository MiliGaleano/VacunAr (the "find the nearest vaccination centre" map of the
  VacunAr web app): 108 hospitals, sanatoriums and clinics of Greater Buenos Aires and of the
  provinces (Corrientes, Chaco, La Pampa, Santa Fe, Córdoba, Mendoza, Neuquén, Río Negro,
  Chubut, Santa Cruz, Tierra del Fuego, Jujuy, Salta, Santiago del Estero, La Rioja), each a
  GeoJSON-like feature with ``NOMBRE``, ``TELEFONO``, ``WEB`` and a point. Argentine numbers
  as the list writes them: Greater Buenos Aires' eight digits as ``4576-5659`` (``5777 3200``,
  ``4959 - 0300``), the provinces' with their trunk ``0`` and area code (``0379 443-4113``,
  ``03489 40-7373``, ``(0362)- 4488627``, ``(0294) 4431212``, ``02941 452530/453650``), a
  mobile without its ``15`` (``3795-012139``) and some ``0800``/``0810`` lines.

The file's second array (``hospitalesBsAs``, the Buenos Aires city government's hospital
register, which ``held_out_11`` already took) is left out. Every feature of ``hospitalesArg``
with a number of six digits or more in ``TELEFONO``, in file order (one, ``0``, has none): 107
rows, each kept as ``NOMBRE``, ``TELEFONO``, ``WEB`` (where not null) and the point's
coordinates as ``LON`` and ``LAT`` (as Python writes the parsed numbers, which are the
file's). The list names no person (no director), so no column is left out.

    python scripts/ar_hospitals_data.py AR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ar_hospitals.json"
CAP = 600
START, END = "export const hospitalesArg = ", "export const hospitalesBsAs"
SOURCES = {
    "AR": {
        "repository": "MiliGaleano/VacunAr",
        "commit": "9e17bba6ceaf2fee9ae2f96a455a7a934bd2807e",
        "path": "src/services/hospitales.js",
        "publisher": "MiliGaleano, the VacunAr web app (React; 'encontrar el centro de "
        "vacunación más cercano'), its hand-compiled list of Argentine hospitals and clinics "
        "('hospitalesArg'), committed in 0bb8439 ('vacunAr React App deploy', 12 April 2021) and "
        "unchanged at 9e17bba (2 July 2021)",
        "licence": "not confirmed: the repository has no LICENSE file, its package.json names "
        "no licence and its README names no terms",
        "language": "es",
        "roles": {"name": "NOMBRE", "phone": ["TELEFONO"], "web": "WEB"},
    },
}  # fmt: skip


def _features(text: str) -> list[tuple[int, dict[str, Any]]]:
    """The ``hospitalesArg`` array's features with the line of each one's ``NOMBRE``."""
    start = text.index(START) + len(START)
    segment = text[start : text.index(END)]
    segment = segment[: segment.rindex("}") + 1]
    features = json.loads(segment)["features"]
    first = text[:start].count("\n") + 1
    lines = [first + segment[: m.start()].count("\n") for m in re.finditer('"NOMBRE"', segment)]
    assert len(lines) == len(features), (len(lines), len(features))
    return list(zip(lines, features, strict=True))


def _kept(feature: dict[str, Any]) -> dict[str, str]:
    """A feature's name, phone, web address (where not null) and its point's coordinates."""
    props = feature["properties"]
    lon, lat = feature["geometry"]["coordinates"]
    out = {"NOMBRE": props["NOMBRE"], "TELEFONO": props["TELEFONO"]}
    if props.get("WEB"):
        out["WEB"] = props["WEB"]
    return {**out, "LON": repr(lon), "LAT": repr(lat)}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode("utf-8")
        found = [
            {"country": country, "path": f"{meta['path']}#{line}", "fields": _kept(feature)}
            for line, feature in _features(raw)
            if _has_phone(feature["properties"], meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
