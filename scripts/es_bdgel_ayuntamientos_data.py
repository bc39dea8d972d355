"""Extract the real register that ``pii_held_out_238.py`` writes its records around into
``scripts/data/pii_es_bdgel_ayuntamientos.json``: the phone fields of a register no earlier part
used (Spain's municipal councils, ayuntamientos, in the Ministerio de Hacienda's Base de Datos
General de Entidades Locales; Spain's earlier parts took school, hospital, library and court
registers of other publishers), exactly as the ministry gives them.

One CSV file read from a git checkout at a named commit, values unchanged:

* ``info_ayuntamientos.csv``: 8,132 municipalities scraped from the BDGEL's public search
  (serviciostelematicosext.hacienda.gob.es/sgcief/BDGEL), UTF-8, ``;``-separated, every value
  quoted, ``NA`` where the ministry's page gave none: the council's ``name`` as the register
  writes it (``Mierla (La)``, ``Laudio/Llodio``), its INE code with a hyphen between province
  and municipality (``19-182``), an e-mail address and its ``tel``: 7,208 of nine digits run
  together (``945420027``), 885 ``NA`` and 39 other shapes (eight digits, a hyphen or spaces,
  ``no tiene``, ``0``).

Kept: a seeded sample of 400 of the 7,208 rows whose ``tel`` is nine digits run together, in
the file's order, each as the mapping of ``name``, ``ine`` and ``tel`` to the published strings.
The ``email`` column is left out: many of its addresses name a clerk (``aalegria.mjesus@...``)
or are private webmail. The register names no person otherwise.

    python scripts/es_bdgel_ayuntamientos_data.py ES_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_bdgel_ayuntamientos.json"
CAP = 400
PATH = "info_ayuntamientos.csv"
KEEP = ("name", "ine", "tel")
SOURCES = {
    "ES": {
        "repository": "gabrielcaseiro/spain_contact_ayuntamientos",
        "commit": "c793e4c8fb5d93b1b470a3f7f24b33b36de2a693",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministerio de Hacienda (Spain), Secretaría General de Financiación "
        "Autonómica y Local: the Base de Datos General de Entidades Locales (BDGEL), its "
        "public pages of the municipalities' councils (ayuntamientos), scraped by the "
        "repository's R script (data_extraction.R) and committed in ab103fc ('Initial "
        "commit', 25 March 2025); the README (c793e4c) names the BDGEL as the source",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the ministry's terms for the BDGEL's pages were not read here",
        "language": "es",
        "roles": {"name": "name", "phone": ["tel"], "id": ["ine"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""), delimiter=";")
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": {k: row[k] for k in KEEP}}
            for i, row in enumerate(table)
            if re.fullmatch(r"\d{9}", row["tel"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
