"""Extract the real list that ``pii_held_out_206.py`` writes its records around into
``scripts/data/pii_hr_social_welfare.json``: the phone fields of a register no earlier part
used (the Croatian Ministry of Social Policy and Youth's directory of social welfare
institutions; Croatia's earlier part took the Information Commissioner's register of public
authorities), exactly as the ministry's web directory gave them.

One list, read from a git checkout at a named commit, values unchanged:

* ``code/scala/ripper/Ripper/centri.csv``: the directory (adresar) of www.mspm.hr as the
  repository's ripper (``RippMspm.scala``) read it in February 2012, one search per kind of
  institution and county: centres for social welfare (centri za socijalnu skrb) and their
  branch offices, homes for the elderly, for adults with mental illness, for persons with
  physical or intellectual disabilities, for children without parental care and for children
  with behavioural disorders (founded by the state, a county or others). A semicolon-separated
  file with no header, five fields a row: the kind (``vrsta``), the county (``zupanija``) and
  the directory table's three cells, name (``naziv``), address (``adresa``, street and postcode
  with town, often on two lines, sometimes a ``p.p.`` box) and telephone (``telefon``: Croatian
  numbers as the ministry wrote them, the area code and the number joined by a slash and a
  hyphen, ``01/4577-211``, ``043/331-868; 043/331-083``, ``020/690-999 (020/690-981,
  82...89)``, a few ``047-753-141`` or without area code, ``3745-444``; many with a trailing
  no-break space the ripper did not trim).

Every row with a number of six digits or more in ``telefon``, in the file's order, each kept
once (the ripper wrote some offices twice, once with a trailing no-break space: a row whose
five fields, stripped, equal an earlier row's is dropped), but for the one field whose area
code a slash with spaces around it parts from the number (``052 / 60 10 00``: the parts'
number splitter, ``pii_held_out_11.numbers``, would cut it there and label only the six-digit
rest); each row kept as a mapping of the five fields to the published strings (the directory
names institutions, no person).

    python scripts/hr_social_welfare_data.py HR_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_hr_social_welfare.json"
CAP = 600
PATH = "code/scala/ripper/Ripper/centri.csv"
# an area code parted from its number by a slash with spaces around it (``052 / 60 10 00``)
SPACED_SLASH = re.compile(r"\d\s+/\s+\d")
COLUMNS = ("vrsta", "zupanija", "naziv", "adresa", "telefon")
SOURCES = {
    "HR": {
        "repository": "element-doo/1by7",
        "commit": "718a677af96794d0c3ada77498b09e8fd36c94c9",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Croatian Ministry of Social Policy and Youth (Ministarstvo socijalne "
        "politike i mladih, www.mspm.hr), its web directory (adresar) of social welfare "
        "institutions by kind and county, as the repository's ripper "
        "(code/scala/ripper/Ripper/src/main/scala/hr/element/onebyseven/ripper/mspm/"
        "RippMspm.scala) read it; the file was added in 3125616 ('Mspm riper added.', "
        "29 February 2012); the file has no header: the column names are the ripper's fields "
        "(the kind and county of the search, then the directory table's name, address and "
        "telephone cells)",
        "licence": "not confirmed: the repository has no LICENSE file and names no terms; the "
        "ministry's terms for its directory were not read here",
        "language": "hr",
        "columns": list(COLUMNS),
        "roles": {"name": "naziv", "phone": ["telefon"], "address": ["adresa"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found, seen = [], set()
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.reader(io.StringIO(raw.decode(meta["encoding"]), newline=""), delimiter=";")
            for i, cells in enumerate(table):
                row = dict(zip(COLUMNS, cells, strict=True))
                key = tuple(cell.strip() for cell in cells)
                if not _has_phone(row, meta["roles"]["phone"]) or key in seen:
                    continue
                if SPACED_SLASH.search(row["telefon"]):
                    continue
                seen.add(key)
                found.append({"country": country, "path": f"{path}#{i}", "fields": row})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
