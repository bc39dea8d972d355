"""Extract the real list that ``pii_held_out_344.py`` writes its records around into
``scripts/data/pii_pl_state_forests.json``: the phone and e-mail fields of a register no earlier
part used (the offices of Poland's State Forests, Państwowe Gospodarstwo Leśne Lasy Państwowe: its
Directorate-General, 17 regional directorates and 430 forest districts; Poland's earlier parts took
other publishers' lists of hospitals, courts, sanitary-epidemiological stations and local-government
offices), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged: the ``data`` sheet of
``sample/data_1.xlsx``, an engineering thesis's workbook of the State Forests' offices and their
contact data (SGGW, Warsaw, 2020), one row per office: ``ID``, coordinates (``Latitude [N]``,
``Longitude [E]``, as the workbook stores them, ``52.200105000000001``), the marker (``general``,
``region``, ``district``), ``Name`` (``Nadleśnictwo Augustów``), ``Search key``, ``Street``,
``Building no``, ``Local no``, ``ZIP`` (``16-300``), ``City``, ``Country``, ``Telephone`` (Polish
numbers as the offices give them: the two-digit area code and the line in groups, ``87 643 99
00``, or nine digits in threes, ``857 481 800``, ``126 305 249``, a few in other groups, ``13 43
415 24``, one of seven digits without its area code, ``385 60 00``, five with trailing blanks),
``E-mail`` (each office's own address on ``lasy.gov.pl``, ``augustow@bialystok.lasy.gov.pl``,
``rdlp@lodz.lasy.gov.pl``, ``sekretariat@lasy.gov.pl``), ``Web`` and ``Image URL`` (a photograph
of the office's building on its web site).

Every row with an office's marker and a number of six digits or more in ``Telephone`` (all 448 of
the sheet's 1,009 rows below the header; the rest are empty), in the sheet's order; each row kept
as a mapping of all of the sheet's 17 columns to the strings the workbook holds (shared strings as
written, numbers as their stored text, an empty cell as ""); the list names no person (``Name``
is the office's name; every address is the office's).

    python scripts/pl_state_forests_data.py PL_GIT
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pl_state_forests.json"
CAP = 600
PATH = "sample/data_1.xlsx"
SHEET = "xl/worksheets/sheet1.xml"  # the workbook's first sheet, ``data``
MARKERS = ("general", "region", "district")
SOURCES = {
    "PL": {
        "repository": "krozmuszynska/geoportal",
        "commit": "2e3f788a2f2574f1081884eeb491f3ec153b2f4f",
        "paths": [PATH],
        "sheet": "data",
        "publisher": "the State Forests (Państwowe Gospodarstwo Leśne Lasy Państwowe): the "
        "contact data of its Directorate-General, regional directorates (RDLP) and forest "
        "districts (nadleśnictwa) as their pages on lasy.gov.pl give them, gathered into the "
        "workbook of an engineering thesis at the Warsaw University of Life Sciences (SGGW, "
        "'Udostępnianie danych informacyjnych o regionalnych dyrekcjach lasów państwowych i "
        "nadleśnictwach w geoportalu', 30 June 2020); the workbook added in b69dff8 ('change "
        "data sample location', 14 July 2020), last changed in 353559c ('Fix columns type in "
        "Excel file', 14 July 2020)",
        "licence": "not confirmed: the repository's LICENSE is the MIT licence ('Copyright (c) "
        "2020 krozmuszynska'), which names no other terms for the workbook's data; the State "
        "Forests' terms for their contact pages were not read here",
        "language": "pl",
        "roles": {"name": "Name", "phone": ["Telephone"], "email": "E-mail",
                  "address": ["Street", "Building no", "Local no", "ZIP", "City"]},
    },
}  # fmt: skip

_M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _column(ref: str) -> int:
    """The 0-based column of a cell reference (``C12`` -> 2)."""
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group():
        n = n * 26 + ord(ch) - 64
    return n - 1


def sheet_rows(raw: bytes) -> list[list[str]]:
    """The first sheet's rows as strings: a shared string as written, a number as its stored
    text, an empty cell as ""."""
    book = zipfile.ZipFile(io.BytesIO(raw))
    shared = [
        "".join(t.text or "" for t in si.iter(f"{_M}t"))
        for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall(f"{_M}si")
    ]
    rows = []
    for r in ET.fromstring(book.read(SHEET)).find(f"{_M}sheetData"):
        cells: dict[int, str] = {}
        for c in r.findall(f"{_M}c"):
            v = c.find(f"{_M}v")
            if c.get("t") == "s":
                cells[_column(c.get("r"))] = shared[int(v.text)]
            elif c.get("t") == "inlineStr":
                cells[_column(c.get("r"))] = "".join(t.text or "" for t in c.iter(f"{_M}t"))
            else:
                cells[_column(c.get("r"))] = v.text if v is not None and v.text else ""
        rows.append([cells.get(i, "") for i in range(max(cells, default=-1) + 1)])
    return rows


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        header, *table = sheet_rows(_git(git_dir, "show", f"{meta['commit']}:{PATH}"))
        found = []
        for i, cells in enumerate(table):
            fields = {key: (cells[k] if k < len(cells) else "") for k, key in enumerate(header)}
            if fields["Marker ID"] in MARKERS and _has_phone(fields, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
