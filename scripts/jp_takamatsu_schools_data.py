"""Extract the real lists that ``pii_held_out_329.py`` writes its records around into
``scripts/data/pii_jp_takamatsu_schools.json``: the phone fields of a register no earlier part
used (Takamatsu City's schools, kindergartens and other education facilities, Kagawa; the city's
hospitals and care homes and its lodging and bath licences went into earlier parts, other
Japanese parts took other registers), exactly as the city gives them.

Seven lists of one publisher, the city's open-data location lists of education facilities
(data sets 0017, 0018, 0015, 0012, 0023, 0035 and the school-lunch kitchens), read from a git
checkout at a named commit, values unchanged:

* ``data/primary_school/data.xlsx``: the primary schools (小学校, 53 rows: the city's own, their
  branch schools and the national university's attached school), 50 with a ``telephoneNumber``
  (``087-851-1316``: the area code ``087``, the exchange and the line joined by hyphens); three
  schools in abeyance (休校中) give none;
* ``data/middle_school/data.xlsx``: the lower secondary schools (中学校, 28, all with a number;
  the city's, the prefecture's, the national university's and two private ones);
* ``data/high_school/data.xlsx``: the upper secondary and special-needs schools (高等学校など,
  19, all with one);
* ``data/kindergarten/data.xlsx``: the kindergartens and certified children's centres (幼稚園,
  認定こども園, 67, 65 with a number; ``note`` gives the kind: 市立幼稚園, 私立認定こども園 ...);
* ``data/university/data.xlsx``: the universities and colleges (大学, 5);
* ``data/library/data.xlsx``: the city's libraries (図書館, 5), with their opening days, hours
  and notes (``availableDate``, ``startTime``, ``endTime``, ``availableDateNote``);
* ``data/school_lunch_kitchen/data.xlsx``: the school-lunch centres and kitchens (学校給食センター,
  共同調理場, 7).

Each is an Office Open XML workbook of one sheet, a header row of the city's location-list
columns (``#property``, ``latitude``, ``longitude``, ``name``, ``address``, ``telephoneNumber``,
``referenceObject``, ``note``), every cell a string (``t="str"``); read with the standard
library. Every row whose ``telephoneNumber`` holds a number of six digits or more, the lists in
the order above, each in the file's order (179 rows, no sampling). Each row kept as the mapping
of all of its file's columns to the published strings (the lists name no person: ``name`` is the
school's or facility's name).

    python scripts/jp_takamatsu_schools_data.py JP_GIT
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_takamatsu_schools.json"
CAP = 600
PATHS = (
    "data/primary_school/data.xlsx",
    "data/middle_school/data.xlsx",
    "data/high_school/data.xlsx",
    "data/kindergarten/data.xlsx",
    "data/university/data.xlsx",
    "data/library/data.xlsx",
    "data/school_lunch_kitchen/data.xlsx",
)
SOURCES = {
    "JP": {
        "repository": "takamatsu-city/opendata",
        "commit": "6fc71c75406e9f2687e84076558cb497c2ce0570",
        "paths": list(PATHS),
        "publisher": "Takamatsu City (高松市, Kagawa Prefecture), its open-data location lists "
        "of primary schools (小学校, data set 0017), lower secondary schools (中学校, 0018), upper "
        "secondary schools and the like (高等学校など, 0015), kindergartens and certified "
        "children's centres (幼稚園, 0012), universities (大学, 0023), libraries (図書館, 0035) "
        "and school-lunch kitchens (学校給食センター), published in the city's own GitHub "
        "repository for its open data (opendata.takamatsu-fact.com); the kindergarten list last "
        "replaced in f707d9f (12 June 2026), the primary-school list last corrected in 4a30576 "
        "('香南小学校の住所を修正', 8 June 2026)",
        "licence": "CC BY 4.0 (© 高松市 Takamatsu City), the repository's LICENSE; the site's "
        "terms of use (opendata.takamatsu-fact.com/about/) were not read here",
        "language": "ja",
        "roles": {"name": "name", "phone": ["telephoneNumber"], "address": ["address"]},
    },
}  # fmt: skip

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _column(ref: str) -> int:
    """The 0-based column of a cell reference (``AI2`` -> 34)."""
    n = 0
    for letter in re.match(r"[A-Z]+", ref).group():
        n = n * 26 + ord(letter) - 64
    return n - 1


def _text(node: ElementTree.Element) -> str:
    return "".join(t.text or "" for t in node.iter(f"{MAIN}t"))


def sheet_rows(raw: bytes) -> list[dict[str, str]]:
    """The rows of a workbook's first sheet below its header row, each cell the string the
    file holds (a shared, inline or formula string), a missing cell ``""``."""
    book = zipfile.ZipFile(io.BytesIO(raw))
    shared = []
    if "xl/sharedStrings.xml" in book.namelist():
        shared = [_text(si) for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml"))]
    sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    table = []
    for row in sheet.iter(f"{MAIN}row"):
        cells = {}
        for cell in row.iter(f"{MAIN}c"):
            value = cell.find(f"{MAIN}v")
            kind = cell.get("t")
            if kind == "s":
                cells[_column(cell.get("r"))] = shared[int(value.text)]
            elif kind == "inlineStr":
                cells[_column(cell.get("r"))] = _text(cell)
            else:
                cells[_column(cell.get("r"))] = (value.text or "") if value is not None else ""
        table.append(cells)
    header = [table[0][i] for i in sorted(table[0])]
    return [{name: cells.get(i, "") for i, name in enumerate(header)} for cells in table[1:]]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the seven lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": row}
                for i, row in enumerate(sheet_rows(raw))
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
