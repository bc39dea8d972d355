"""Extract the real catalogue that ``pii_held_out_138.py`` writes its records around into
``scripts/data/pii_mx_chiapas_schools.json``: the phone fields of a register no earlier part
used (the catalogue of schools and education work centres of Chiapas, Mexico; Mexico's
earlier parts took the Secretaría de Cultura's museums and INEGI's DENUE), exactly as the
catalogue gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``db/migrate/catalogos/escuelas_actualizadas.csv``: 19,766 rows of the state's catalogue of
  work centres (centros de trabajo) of every level, preschool to university and job training,
  one per school and shift, ``|``-separated with no header and no quoting; the 30 columns are
  named as the repository's loading migration
  (``db/migrate/007_carga_catalogo_escuelas_chiapas.rb``) names them in its comment: the
  school's key (``CLAVE_ESC``, ``07DCT0001Z``), name, shift, municipality, locality, address,
  ``TELEFON`` (seven digits as written, ``6162603``, with no area code; ``0`` where the
  catalogue has none), school zone and sector with their keys, pupil, group, teacher and
  staff counts, level, modality, economic region and its name.

The file is kept in the repository cmonterrosa/plataforma_era (a Rails platform of Chiapas's
education sector that loads it as its school catalogue). Every school (its first row: a school
with two shifts has two rows with one number) with a number of six digits or more in
``TELEFON``, in the file's order, a sample of 600 of them seeded by the country; each row kept
as a mapping of all 30 columns to the published strings (the catalogue names no person: the
school's name is its official name, many of them honouring a historical figure).

    python scripts/mx_chiapas_schools_data.py MX_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_mx_chiapas_schools.json"
CAP = 600
PATH = "db/migrate/catalogos/escuelas_actualizadas.csv"
# the columns as the repository's migration 007 names them in its comment
COLUMNS = (
    "CLAVE_ESC", "NOMBRE DE LA ESCUELA", "TURNO", "NOMBRE DEL MUNICIPIO",
    "NOMBRE DE LA LOCALIDAD", "DOMICILIO DE LA ESCUELA", "TELEFON", "ZONESC", "CCT ZONA",
    "SECTOR", "CCT SECTOR", "ESCUELAS", "ALU_HOM", "ALU_MUJ", "ALUMNOS", "GRUPOS", "DTE_HOM",
    "DTE_MUJ", "DOCENTES", "DSG_H", "DSG_M", "DSG_T", "PERS_APOYO_H", "PERS_APOYO_M",
    "PERS_APOYO_T", "DESCRIPCION NIVEL", "NOMBRE DE LA MODALDAD", "REG_ECO", "DESC_REG",
    "INC. P/CER",
)  # fmt: skip
SOURCES = {
    "MX": {
        "repository": "cmonterrosa/plataforma_era",
        "commit": "2947af1b85f497fb26be746ccec8069173a3dee3",
        "paths": [PATH],
        "encoding": "utf-8",
        "separator": "|",
        "columns": list(COLUMNS),
        "publisher": "the education sector of the State of Chiapas, Mexico: its catalogue of "
        "work centres (centros de trabajo, keys 07...) with the SEP's keys, levels and "
        "modalities, as the repository loads it (db/migrate/007_carga_catalogo_escuelas_"
        "chiapas.rb, 'Cargamos el catalogo de escuelas'); the file as added in 28128fc ('Cargue "
        "catalogo de escuelas actualizado', 30 October 2013) and changed in e818181 (31 "
        "October 2013); the repository does not name the catalogue's publisher",
        "licence": "not confirmed: the repository has no LICENSE file and its README (the Rails "
        "default) names no terms; the state's terms for the catalogue were not read here",
        "language": "es",
        "roles": {
            "name": "NOMBRE DE LA ESCUELA",
            "phone": ["TELEFON"],
            "address": ["DOMICILIO DE LA ESCUELA", "NOMBRE DE LA LOCALIDAD",
                        "NOMBRE DEL MUNICIPIO"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the catalogue, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found, seen = [], set()
        for i, line in enumerate(raw.splitlines()):
            values = line.split(meta["separator"])
            if len(values) != len(COLUMNS):
                raise ValueError(f"{PATH}#{i}: {len(values)} fields")
            row = dict(zip(COLUMNS, values, strict=True))
            if row["CLAVE_ESC"] in seen or not _has_phone(row, meta["roles"]["phone"]):
                continue
            seen.add(row["CLAVE_ESC"])
            found.append({"country": country, "path": f"{PATH}#{i}", "fields": row})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
