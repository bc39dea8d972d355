"""Extract the real register that ``pii_held_out_23.py`` writes its records around into
``scripts/data/pii_za_schools.json``: the phone and e-mail fields of a country whose register
no earlier part used (South Africa), exactly as its public body published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``ZA``: the Schools Masterlist of the Department of Basic Education (its EMIS unit's
  spreadsheets of every ordinary school of a province, as at March 2017) as the repository
  MeganBeckett/sa_schools committed the nine provinces' ``.xlsx`` files (``data_raw/``):
  ten-digit national numbers in one run with the trunk ``0`` and no ``+27`` (``0116350818``;
  the full list also has a few of nine digits that lost it, none drawn), an e-mail address on
  most rows, beside the nine-digit EMIS number (``700400484``), paypoint, component and exam
  numbers of four to ten digits, eight-digit ward ids, registration dates as each province
  writes them and learner and educator counts.

The workbooks are read with the standard library (``zipfile``, ``ElementTree``): every cell of
the first sheet as the string the file holds (a shared string, an inline string or the
number's text). Every row of an ordinary school whose ``Telephone`` has six digits or more,
``CAP`` of them drawn with a fixed seed, kept in the files' order. Each row is kept as a
mapping of the sheet's column names to those strings, less the ``Addressee`` (the head's
surname) and the ``cellno`` (a mobile, mostly the head's own): a person's name and number no
record uses, so the repository does not carry them.

    python scripts/za_dbe_schools_data.py ZA_GIT
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_za_schools.json"
CAP = 640
PROVINCES = ("EasternCape", "Freestate", "Gauteng", "KwaZulu_Natal", "Limpopo", "Mpumalanga",
             "NorthWest", "NorthernCape", "WesternCape")  # fmt: skip
SOURCES = {
    "ZA": {
        "repository": "MeganBeckett/sa_schools",
        "commit": "188c3d64367a49723cca25ce2e28c07a3b211899",
        "paths": [f"data_raw/{name}.xlsx" for name in PROVINCES],
        "publisher": "Department of Basic Education, Republic of South Africa: the Schools "
        "Masterlist of its Education Management Information System (EMIS) unit, "
        "www.education.gov.za/Programmes/EMIS/EMISDownloads.aspx, one XLSX file per province, "
        "'the state of schools as at March 2017' (the repository's README)",
        "licence": "not confirmed: the DBE publishes the masterlist on its EMIS downloads page "
        "for anyone to download ('These spreadsheets can be downloaded as individual files, "
        "without having to register on the site', as the Durban open-data catalogue "
        "odza.opendata.durban/opendataza/resource/5 describes it); no licence or terms of "
        "re-use for the files were found; the repository's LICENSE (GNU GPL v3) is its "
        "author's and covers her code, not the department's data",
        "language": "en",
        "roles": {"name": "Institution_Name", "phone": ["Telephone"], "email": "E_Mail",
                  "register": "NatEmis", "city": "Town_City"},
    },
}  # fmt: skip

# columns left out of the kept rows: the head's surname and a mobile number, mostly the head's
DROPPED = ("Addressee", "cellno")
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
    file holds, a missing cell ``""``, less the ``DROPPED`` columns."""
    book = zipfile.ZipFile(io.BytesIO(raw))
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
                cells[_column(cell.get("r"))] = value.text if value is not None else ""
        table.append(cells)
    header = [table[0][i] for i in sorted(table[0])]
    return [
        {name: cells.get(i, "") for i, name in enumerate(header) if name not in DROPPED}
        for cells in table[1:]
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
                for i, row in enumerate(sheet_rows(raw))
                if _has_phone(row, meta["roles"]["phone"])
            ]
        keep = set(random.Random(f"register:{country}").sample(range(len(found)), CAP))
        rows += [row for i, row in enumerate(found) if i in keep]
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
