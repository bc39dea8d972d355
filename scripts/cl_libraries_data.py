"""Extract the real directory that ``pii_held_out_119.py`` writes its records around into
``scripts/data/pii_cl_libraries.json``: the phone fields of a register no earlier part used
(Chile's public libraries of the Servicio Nacional de Bibliotecas Públicas; Chile's earlier part
took a map of pharmacies on duty), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``CL``: the public libraries, branch libraries and lending points of the SNBP's "Busca tu
  Biblioteca" pages, region by region, as three students listed them for a data-journalism
  project (``chile-bibliotecas.csv`` of the repository Fariver/Proyecto-Chile-en-Paginas):
  Chilean numbers as the list writes them, every one nine digits without a space, a sign or
  the country code (``988866420`` for a mobile, ``552887560`` for a line of Antofagasta's area
  code 55); beside the library's name and code (``Biblioteca Pública 305 BC1``), region, commune
  and street address, and its yes/no service columns.

Every row of the CSV with a number of six digits or more in ``Teléfono``, in the file's order.
Each row is kept as a mapping of the kept column names to the published strings; the
``Contacto`` column is left out (it names the librarian in charge), and so is ``Correo`` (many
of its addresses are the librarians' own, ``nombre.apellido@...`` or personal webmail), with the
file's two unnamed empty columns.

    python scripts/cl_libraries_data.py CL_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_cl_libraries.json"
CAP = 600
KEPT = (
    "Nombre", "Región", "Comuna", "Dirección", "Teléfono", "Capacitaciones", "Préstamos",
    "Acceso a Internet",
)  # fmt: skip
SOURCES = {
    "CL": {
        "repository": "Fariver/Proyecto-Chile-en-Paginas",
        "commit": "dd6a44a8ba927181cd694c72fc7270f28e155952",
        "path": "Entrega_04/López_Integrante_01_Gabriela/chile-bibliotecas.csv",
        "encoding": "cp1252",
        "publisher": "Servicio Nacional de Bibliotecas Públicas (Servicio Nacional del "
        "Patrimonio Cultural, Chile), its 'Busca tu Biblioteca' pages as the 'Chile en Páginas' "
        "student project (Gabriela López, Fernanda Rivera, Antonia Walker) copied them into a "
        "CSV committed in dd6a44a ('database', 16 November 2024); the project's README names "
        "www.bibliotecaspublicas.gob.cl/buscar-biblioteca as the source",
        "licence": "not confirmed: the repository has no LICENSE file and its READMEs name no "
        "terms; the terms of the SNBP pages were not read here",
        "language": "es",
        "roles": {"name": "Nombre", "phone": ["Teléfono"], "address": ["Dirección", "Comuna",
                                                                       "Región"]},
        "kept_columns": list(KEPT),
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}",
             "fields": {k: row[k] for k in KEPT}}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
        ]  # fmt: skip
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
