"""Extract the real register that ``pii_held_out_24.py`` writes its records around into
``scripts/data/pii_gt_schools.json``: the phone fields of a country whose register no earlier
part used (Guatemala), exactly as its public body published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``GT``: the establishments of the Ministry of Education (MINEDUC) of Guatemala that its
  public search, ``Búsqueda de Establecimientos`` (www.mineduc.gob.gt/BUSCAESTABLECIMIENTO_GE),
  lists at the diversified level (``DIVERSIFICADO``, the last years of secondary school), every
  department, as the repository Andrea-gt/data-cleansing-mineduc committed the search's result
  table (``establecimientos.csv``, July 2024, written by its ``webScrapping.py``): eight-digit
  national numbers in one run with no ``+502`` (``77945104``), beside the establishment code
  (``16-01-0138-46``: department, municipality, number and level, ten digits in four hyphenated
  groups) and the district code (``16-031``), sector, area, status, modality, shift and plan.

Every row whose ``TELEFONO`` is one eight-digit number (a field of two or more numbers, or of a
number missing digits, is not drawn), ``CAP`` of them drawn with a fixed seed, kept in the
file's order. Each row is kept as a mapping of the file's column names to its strings, less the
``SUPERVISOR`` and ``DIRECTOR`` columns (people's names no record uses, so the repository does
not carry them).

    python scripts/gt_mineduc_schools_data.py GT_GIT
"""

from __future__ import annotations

import csv
import io
import random
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gt_schools.json"
CAP = 600
PHONE = re.compile(r"\d{8}")
SOURCES = {
    "GT": {
        "repository": "Andrea-gt/data-cleansing-mineduc",
        "commit": "598a8f889ecbcee729113ca57859bc94b4307268",
        "paths": ["establecimientos.csv"],
        "publisher": "Ministerio de Educación (MINEDUC), República de Guatemala: the result "
        "table of its public establishment search, Búsqueda de Establecimientos, "
        "www.mineduc.gob.gt/BUSCAESTABLECIMIENTO_GE/, level DIVERSIFICADO, every department, "
        "as the repository's webScrapping.py read it (committed 24 July 2024)",
        "licence": "not confirmed: MINEDUC's search page shows the register to anyone, with no "
        "registration; no licence or terms of re-use for it were found; the repository names "
        "no licence of its own",
        "language": "es",
        "roles": {"name": "ESTABLECIMIENTO", "phone": ["TELEFONO"], "register": "CODIGO",
                  "city": "MUNICIPIO"},
    },
}  # fmt: skip

# columns left out of the kept rows: the district supervisor's and the director's names
DROPPED = ("SUPERVISOR", "DIRECTOR")


def csv_rows(raw: bytes) -> list[dict[str, str]]:
    """The rows of the file (UTF-8 with a byte-order mark), less the ``DROPPED`` columns."""
    return [
        {name: value for name, value in row.items() if name not in DROPPED}
        for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    ]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": row}
                for i, row in enumerate(csv_rows(raw))
                if PHONE.fullmatch(row["TELEFONO"])
            ]
        keep = set(random.Random(f"register:{country}").sample(range(len(found)), CAP))
        rows += [row for i, row in enumerate(found) if i in keep]
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
