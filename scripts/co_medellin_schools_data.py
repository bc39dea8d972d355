"""Extract the real register that ``pii_held_out_441.py`` writes its records around into
``scripts/data/pii_co_medellin_schools.json``: the phone, fax and e-mail fields of a register no
earlier part used (Colombia, whose earlier parts took Bogotá's district directory of schools and
the CAIs of the Policía Metropolitana de Bogotá; this one is the Ministerio de Educación
Nacional's directory of educational establishments, the sedes of the municipality of Medellín,
another publisher, another city and another list), exactly as the register gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``public/geojson/instituciones_educativas.geojson``: a GeoJSON ``FeatureCollection`` of the
  744 sedes of Medellín's schools for 2019 (``a_o``), as the repository Cespial/sie-medellin
  saved them from the "Directorio establecimientos" data set (``cqnp-pnnh``) of datos.gov.co
  (its README's table of sources): each feature's ``properties`` with the establishment's and
  the sede's DANE codes (``105001000108``), ids (``est_id``, ``sede_id``), names (``INST EDUC
  CEFA``), sector, calendar, zone, address in the DANE abbreviations (``CL 50 41 55``), barrio,
  enrolment, and ``telefono``: Medellín's seven-digit numbers of before the 2021 dialling
  change as each school gave them, most in one run (``2175337``), some two in one field
  (``3541437 - 2667989``, ``4611223 4644146``), some spaced (``427 02 48``); ``fax`` on some
  (``0`` on many), ``email`` on some (two addresses in one field on a few).

A row is kept where its ``telefono`` holds a number of seven digits or more whose digits no
earlier Colombian part's data holds and no row kept before it has (checked on the field's
digits and on the digits of each of its numbers): 708 of the 744 (26 have no telephone, ten
repeat a number of a row kept before them; none is an earlier part's), of which a seeded
sample of ``CAP`` is drawn, in the file's order.
Each row is kept as the mapping of the feature's property keys to the published strings
(``""`` where the feature lacks a key); the register names no person in a key of its own (the
schools' names are the establishments', some after their patrons), so no key is left out.

    python scripts/co_medellin_schools_data.py CO_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_co_medellin_schools.json"
CAP = 300
PATH = "public/geojson/instituciones_educativas.geojson"
PHONE, FAX, EMAIL = "telefono", "fax", "email"
KEYS = (
    "a_o", "departamento", "secretaria", "cod_dane_municipio", "municipio", "codigo_dane",
    "est_id", "nombre_establecimiento", "cte_id_sector", "cte_id_calendario", "sede_id",
    "codigo_dane_sede", "nombre_sede", "zona", "direccion", "barrio_vereda", "telefono", "fax",
    "email", "principal", "total_matricula",
)  # fmt: skip
# the earlier Colombian parts' data (no number of theirs is taken again)
EARLIER = ("pii_co_schools.json", "pii_co_bogota_cai.json")
SOURCES = {
    "CO": {
        "repository": "Cespial/sie-medellin",
        "commit": "0efba564741c636e4ae61206cc8e70ecba99a4f8",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Ministerio de Educación Nacional's directory of educational "
        "establishments (datos.gov.co data set cqnp-pnnh, 'Directorio establecimientos'), the "
        "sedes of the municipality of Medellín for 2019, as the repository saved them for its "
        "map of the city's schools (added in b5f55e3, 'feat: complete data lake + interactive "
        "dashboard with real data', 10 March 2026)",
        "licence": "not confirmed: the repository's README says 'MIT' for the repository; the "
        "terms of the datos.gov.co data set were not read (no documentation was readable)",
        "language": "es",
        "roles": {"name": "nombre_sede", "phone": [PHONE, FAX], "email": EMAIL,
                  "address": ["direccion", "barrio_vereda", "municipio"]},
    },
}  # fmt: skip


def numbers_in(value: str) -> list[str]:
    """The digits of each number a field holds (runs of digits joined by single spaces, so
    ``427 02 48`` is one number and ``4611223 4644146`` two), each of seven digits or more."""
    runs = [digits_of(m) for m in re.findall(r"\d+(?: \d+)*", value)]
    out = []
    for run in runs:
        if len(run) >= 14 and len(run) % 7 == 0 and " " in value:
            out += [run[i : i + 7] for i in range(0, len(run), 7)]
        elif len(run) >= 7:
            out.append(run)
    return out


def fields(props: dict[str, Any]) -> dict[str, str]:
    """The feature's properties as strings under their own keys ("" where one is missing)."""
    return {k: str(props.get(k) or "") for k in KEYS}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    meta = SOURCES["CO"]
    raw = _git(gits["CO"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "57"), set()
    found = []
    for i, feature in enumerate(json.loads(raw)["features"]):
        row = fields(feature["properties"])
        tel = digits_of(row[PHONE])
        keys = {tel, *numbers_in(row[PHONE])}
        if len(tel) < 7 or keys & seen or keys & earlier:
            continue
        seen |= keys
        found.append({"country": "CO", "path": f"{PATH}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "CO", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
