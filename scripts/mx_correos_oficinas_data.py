"""Extract the real register that ``pii_held_out_456.py`` writes its records around into
``scripts/data/pii_mx_correos_oficinas.json``: the phone fields of a register no earlier part
used (Mexico, whose earlier parts took the Secretaría de Cultura's museums, INEGI's DENUE, the
State of Chiapas's schools, the municipality of Jesús María, the STPS's employment offices,
Mexico City's information officers and the verificentros; this one is Correos de México's
(Servicio Postal Mexicano, SEPOMEX) list of its post offices, another publisher and another
kind of institution), exactly as the list gives them.

One JSON file of the Correos-Mexico-Monorepo (carlosserrano260904), a students' app for
Correos de México, read from a git checkout at a named commit, values unchanged:

* ``apps/backend/test/oficinas_coordenadas.json`` (added in ``08f33f4``, 'mapa grafo', 15 July
  2025, 'JSON de coordenadas de las sucursales de Correos de Mexico'; removed again by its
  revert ``e7bbf75`` the same day): 1,385 units of the postal service, each with its
  ``clave_ofinica_postal`` (the field's name as published), ``clave_cuo``, ``clave_inmueble``,
  ``clave_inegi`` (the locality's nine-digit INEGI code), ``clave_entidad``,
  ``nombre_entidad``, ``nombre_municipio``, ``tipo_cuo`` (``Administración Postal``,
  ``Sucursal``, ``Centro Operativo Mexpost``, ``Gerencia Postal Estatal`` ...), ``nombre_cuo``,
  ``domicilio`` (``Zaragoza 212a Int. Col.Calvillo Centro, Calvillo, AGS``), ``codigo_postal``
  (a JSON number, ``20800``, or a string where it begins with 0,
  ``08020``), ``telefono`` (the national number in groups
  joined by hyphens, most with the old long-distance prefix ``01``: ``01-449-913-4400``,
  ``495-956-1520``, ``55-55-31-81-72``, five written ``Cel. 953-103-6111``; ``S/T`` where the
  list gives none) and its coordinates.

A unit is kept where its ``telefono`` holds a number of seven digits or more whose national
number (its last ten digits, the ``01`` prefix aside) no earlier Mexican part's data holds and
no unit kept before it has (the first of the units that share a switchboard). The kept units are
a seeded sample of ``CAP``, in the file's order, each kept as the mapping of all the file's keys
to the published values as strings (the list names no person: ``nombre_cuo`` is the unit's name,
``Suc. Isla de Cedros, B.C.``).

    python scripts/mx_correos_oficinas_data.py MX_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_mx_correos_oficinas.json"
CAP = 300
PATH = "apps/backend/test/oficinas_coordenadas.json"
PHONE = "telefono"
KEYS = (
    "clave_ofinica_postal", "clave_cuo", "clave_inmueble", "clave_inegi", "clave_entidad",
    "nombre_entidad", "nombre_municipio", "tipo_cuo", "nombre_cuo", "domicilio",
    "codigo_postal", "telefono", "latitud", "longitud",
)  # fmt: skip
# the earlier Mexican parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_mx_museums.json", "pii_mx_denue_furniture.json", "pii_mx_chiapas_schools.json",
    "pii_mx_jesus_maria.json", "pii_mx_sne_offices.json", "pii_mx_cdmx_info_officers.json",
    "pii_mx_verificentros.json",
)  # fmt: skip
SOURCES = {
    "MX": {
        "repository": "carlosserrano260904/Correos-Mexico-Monorepo",
        "commit": "08f33f425579796c0304154b945be45e20ffaf7d",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Correos de México (Servicio Postal Mexicano, SEPOMEX), its list of post "
        "offices and postal units (administraciones postales, sucursales, centros operativos "
        "Mexpost, gerencias) with their CUO and INEGI codes, addresses, postcodes, telephones "
        "and coordinates, as the Correos-Mexico-Monorepo (an app for Correos de México by "
        "carlosserrano260904 and others) committed it as 'JSON de coordenadas de las "
        "sucursales de Correos de Mexico' (08f33f4, 15 July 2025)",
        "licence": "not confirmed: the repository names no licence (no LICENSE file) and gives "
        "no terms or source for the list",
        "language": "es",
        "roles": {"name": "nombre_cuo", "phone": [PHONE], "email": None,
                  "address": ["domicilio", "codigo_postal", "nombre_entidad"],
                  "lat": "latitud", "lng": "longitud"},
    },
}  # fmt: skip


def national(value: str) -> str:
    """A number's identity: its digits, the last ten where it has more (``01-449-913-4400``
    and ``449-913-4400`` are one line)."""
    digits = digits_of(value)
    return digits[-10:] if len(digits) > 10 else digits


def fields(obj: dict[str, Any]) -> dict[str, str]:
    """The object's values as the published strings (numbers as the file writes them), under
    its own keys."""
    return {k: v if isinstance(v, str) else json.dumps(v) for k, v in obj.items()}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept units of the list, with the commit they were read at."""
    meta = SOURCES["MX"]
    raw = _git(gits["MX"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier = {national(d) for d in earlier_numbers(DATA, EARLIER, "52")}
    seen: set[str] = set()
    found = []
    for i, obj in enumerate(json.loads(raw)):
        assert tuple(obj) == KEYS, i
        row = fields(obj)
        tel = national(row[PHONE])
        if len(tel) < 7 or tel in earlier or tel in seen:
            continue
        seen.add(tel)
        found.append({"country": "MX", "path": f"{PATH}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "MX", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
