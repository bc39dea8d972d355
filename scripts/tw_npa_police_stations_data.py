"""Extract the real list that ``pii_held_out_225.py`` writes its records around into
``scripts/data/pii_tw_npa_police_stations.json``: the phone fields of a register no earlier part
used (Taiwan's police departments, precincts and stations, as the National Police Agency lists
them; Taiwan's earlier parts took other publishers' registers of pharmacies, schools, clinics
and home-care institutions), exactly as the agency gives them.

One spreadsheet, read from a git checkout at a named commit, values unchanged:

* ``frontend/scripts/1141027-各警察(分)局分駐(派出)所地址電話經緯度資料.ods``: the National Police
  Agency's (內政部警政署) open-data list of the addresses, telephone numbers and coordinates of
  every police department, precinct (分局), station (派出所, 分駐所) and checkpoint, one sheet
  (``PoliceAddress_opendata_20210505``) in the columns ``縣市``, ``中文單位名稱``, ``單位``,
  ``英文單位名稱``, ``郵遞區號``, ``地址``, ``電話``, ``POINT_X``, ``POINT_Y`` (TWD97 TM2 metres)
  and ``英文地址``. ``電話`` holds the area code and the number apart, most with one space
  (``02 23313561``, ``037 321303``), 150 with two (``02  22665929``), five with a hyphen
  (``06-2676364``), one in one run (``988095763``), one with an extension after a hyphen
  (``04 26910205-6``), two with a second line (a second number, or a temporary post's number
  after ``(臨時駐地：``).

The file is the agency's OpenDocument spreadsheet as the repository jensenyang2004/Safii (a
personal-safety app) committed it to build its map of police stations. Each cell is read as
the text the sheet shows (its ``text:p`` paragraphs joined by a line break, ``text:s`` as its
spaces); every row of the sheet with a number of six digits or more in ``電話`` (all 1,686
rows have one), a seeded sample of ``CAP``, each row kept as a mapping of the sheet's named
columns to its strings (the list names no person: ``中文單位名稱`` is the unit's name).

    python scripts/tw_npa_police_stations_data.py TW_GIT
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tw_npa_police_stations.json"
CAP = 500
PATH = "frontend/scripts/1141027-各警察(分)局分駐(派出)所地址電話經緯度資料.ods"
SOURCES = {
    "TW": {
        "repository": "jensenyang2004/Safii",
        "commit": "827607fff661e4612cf253a1d144feb6feec261a",
        "paths": [PATH],
        "encoding": "OpenDocument spreadsheet (content.xml, UTF-8)",
        "publisher": "National Police Agency, Ministry of the Interior (內政部警政署), its "
        "open-data list of the addresses, telephone numbers and coordinates of the police "
        "departments, precincts and stations (各警察(分)局分駐(派出)所地址電話經緯度資料; sheet "
        "'PoliceAddress_opendata_20210505', file dated 1141027, 27 October 2025); committed to "
        "the repository in 0dd69bd ('map func with police data-complete finding nearest spot', "
        "2 November 2025), which converts it to the app's map of police stations",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the agency publishes its open data on data.gov.tw, whose datasets are "
        "generally under the Open Government Data License, version 1.0 (政府資料開放授權條款"
        "－第1版), but that dataset's own terms were not read here",
        "language": "zh-Hant",
        "roles": {"name": "中文單位名稱", "phone": ["電話"], "address": ["地址"]},
    },
}  # fmt: skip

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _paragraph(element: ET.Element) -> str:
    """The text of a ``text:p`` as shown: its text, ``text:s`` as its count of spaces."""
    out = [element.text or ""]
    for child in element:
        if child.tag == f"{TEXT}s":
            out.append(" " * int(child.get(f"{TEXT}c", "1")))
        else:
            out.append(_paragraph(child))
        out.append(child.tail or "")
    return "".join(out)


def _cell(cell: ET.Element) -> str:
    """A cell's text as the sheet shows it: its paragraphs joined by a line break."""
    return "\n".join(_paragraph(p) for p in cell.findall(f"{TEXT}p"))


def sheet_rows(raw: bytes) -> list[list[str]]:
    """The rows of the spreadsheet's first sheet, each a list of its cells' texts (a run of
    repeated empty cells at a row's end, and rows with no text, left out)."""
    content = zipfile.ZipFile(io.BytesIO(raw)).read("content.xml")
    table = next(ET.fromstring(content).iter(f"{TABLE}table"))
    rows = []
    for row in table.iter(f"{TABLE}table-row"):
        cells: list[str] = []
        for cell in row:
            repeat = int(cell.get(f"{TABLE}number-columns-repeated", "1"))
            text = _cell(cell)
            cells += [text] * (repeat if text else min(repeat, 1))
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            rows.append(cells)
    return rows


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            header, *body = sheet_rows(_git(git_dir, "show", f"{meta['commit']}:{path}"))
            for i, cells in enumerate(body):
                fields = {k: (cells[j] if j < len(cells) else "") for j, k in enumerate(header)}
                if _has_phone(fields, meta["roles"]["phone"]):
                    found.append({"country": country, "path": f"{path}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
