"""Extract the real register that ``pii_held_out_64.py`` writes its records around into
``scripts/data/pii_do_sns_centers.json``: the phone, fax and e-mail fields of a country whose
register no earlier part used (Dominican Republic), exactly as its public body published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``DO``: the hospitals and first-level care centres of the Servicio Nacional de Salud (SNS),
  its workbook ``hospitalesYCentrosDePrimerNivelDeAtenciónAct_2024-11-22`` as the repository
  Ruben890/HealthCenterAPI committed it (``files/``, later removed from the tree): Dominican
  ten-digit numbers all in one shape, area code and two groups (``809-561-5749``,
  ``829-735-0354``, ``849-...``), a fax in the same shape beside some (placeholders
  ``000-000-0000``, ``999-999-9999`` and ``___-___-____`` in others), an e-mail address on most
  rows; beside the centre's ids (``ID_CENTRO``, region, province, municipality, area, zone and
  sector ids of one to four digits), opening and last-works years, counts of consulting rooms
  and computers and its coordinates as the file holds them (``18.504774999999999``).

The workbook is read with the standard library (``zipfile``, ``ElementTree``): every cell of
its one sheet as the string the file holds. Every row whose ``TelCentro`` has six digits or
more and is no placeholder (one digit repeated, ``000-000-0000``), a seeded sample of ``CAP`` of
them in the sheet's order. Each row is kept as a mapping of the sheet's column names to those
strings, less ``NombreDirector`` and ``FlotaDirector`` (the director's name and mobile, a
person's) and with the ``Email`` column only where it is an address on a ``.gob.do`` domain
other than the placeholder ``notiene@`` (the others are mostly free-mail addresses that may be
a person's).

    python scripts/do_sns_centers_data.py DO_GIT
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_do_sns_centers.json"
CAP = 600
SOURCES = {
    "DO": {
        "repository": "Ruben890/HealthCenterAPI",
        "commit": "fa1c9411e1925ba8d8f852fa8987aa73767716ef",
        "path": "files/hospitalesYCentrosDePrimerNivelDeAtenciónAct_2024-11-22_2025-01-15.xlsx",
        "publisher": "Servicio Nacional de Salud (SNS), República Dominicana: its workbook of "
        "hospitals and first-level care centres ('hospitales y centros de primer nivel de "
        "atención', updated 2024-11-22) as the HealthCenterAPI project downloaded it from the "
        "SNS web site and committed it in fa1c941 ('se mejoro el servicio encargado de "
        "webScrapyn...', 15 January 2025; removed from the tree in b66a66a the same day)",
        "licence": "not confirmed: the repository's LICENSE (Apache 2.0, added 17 January 2025) "
        "covers its code; no terms of the SNS for the workbook were found",
        "language": "es",
        "roles": {"name": "NombreCentro", "phone": ["TelCentro"], "fax": ["FaxCentro"],
                  "email": "Email", "address": "DireccionCentro", "register": "ID_CENTRO",
                  "province": "Provincia", "municipality": "Municipio",
                  "coordinates": ["LatCentro", "LonCentro"]},
    },
}  # fmt: skip

# the director's name and mobile: a person's, left out of the kept rows
DROPPED = ("NombreDirector", "FlotaDirector")
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _column(ref: str) -> int:
    """The 0-based column of a cell reference (``AN2`` -> 39)."""
    n = 0
    for letter in re.match(r"[A-Z]+", ref).group():
        n = n * 26 + ord(letter) - 64
    return n - 1


def _text(node: ElementTree.Element) -> str:
    return "".join(t.text or "" for t in node.iter(f"{MAIN}t"))


def sheet_rows(raw: bytes) -> list[dict[str, str]]:
    """The rows of the workbook's sheet below its header row, each cell the string the file
    holds (a missing cell ``""``), less the ``DROPPED`` columns."""
    book = zipfile.ZipFile(io.BytesIO(raw))
    shared = [_text(si) for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml"))]
    sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    table = []
    for row in sheet.iter(f"{MAIN}row"):
        cells = {}
        for cell in row.iter(f"{MAIN}c"):
            value = cell.find(f"{MAIN}v")
            if cell.get("t") == "s":
                cells[_column(cell.get("r"))] = shared[int(value.text)]
            elif cell.get("t") == "inlineStr":
                cells[_column(cell.get("r"))] = _text(cell)
            else:
                cells[_column(cell.get("r"))] = value.text if value is not None else ""
        table.append(cells)
    header = [table[0][i] for i in sorted(table[0])]
    return [
        {name: cells.get(i, "") for i, name in enumerate(header) if name not in DROPPED}
        for cells in table[1:]
    ]


def placeholder(value: str) -> bool:
    """A number field that holds no number: its digits all one digit (``000-000-0000``,
    ``999-999-9999``) or none (``___-___-____``, ``NULL``)."""
    return len(set(re.findall(r"\d", value))) <= 1


def _kept(row: dict[str, str]) -> dict[str, str]:
    """The row as kept: the ``Email`` column only for a ``.gob.do`` address that is no
    placeholder."""
    email = row["Email"].strip().lower()
    if email.endswith(".gob.do") and "@" in email and not email.startswith("notiene@"):
        return row
    return {k: v for k, v in row.items() if k != "Email"}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": _kept(row)}
            for i, row in enumerate(sheet_rows(raw), 2)
            if _has_phone(row, meta["roles"]["phone"]) and not placeholder(row["TelCentro"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
