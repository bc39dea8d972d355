"""Extract the real register that ``pii_held_out_129.py`` writes its records around into
``scripts/data/pii_ae_khda_schools.json``: the phone and fax fields of a register no earlier
part used (the Knowledge and Human Development Authority's database of Dubai's private schools;
the United Arab Emirates' earlier part took the Dubai Health Authority's Sheryan register of
health facilities, another publisher and another kind of institution), exactly as published.

One workbook, read from a git checkout at a named commit, values unchanged:

* ``datasets/Private-Schools_Database_-(English).xlsx``, its first sheet ("Main information
  2015-2016"): one row per private school of Dubai, numbered in its unheaded column A, with
  its English name, its Arabic name (unheaded column C), location (the community), latitude
  and longitude, curriculum ("Type of School"), DSIB 2014-2015 inspection rating, ``Main
  Telephone`` (its header has a trailing blank), web site, ``Fax Number``, e-mail address,
  grades, students, year established and profit status (a second "Type of School", column
  P). The numbers are as each school gave them: Dubai's area code and the line joined by a
  hyphen (``04-2633405``), a blank or other grouping (``04 2988881``, ``04-285-1415``,
  ``04-321 2144``), spaced hyphens (``04 - 3424040``), two or three numbers in one field after
  ``,`` or ``/``, mobiles (``050-4595186``), a few cells stored as numbers that lost the trunk
  ``0`` (``42641595``), a toll-free ``800-1777`` and a ``600567771``.

The workbook is read with the standard library (its shared strings, inline strings and the
cells' stored text: a number cell as its XML text, so coordinates keep the stored digits,
``25.276381000000001``). Every row with a school name and a number of six digits or more in
``Main Telephone``, in the sheet's order (173, all of them). The blank headers of columns A
and C are keyed by their letters, the second ``Type of School`` as ``Type of School (P)``.
``School Email Address`` is left out: many of its addresses name a person (a principal's or a
registrar's own mailbox) or sit on a free mail service.

    python scripts/ae_khda_schools_data.py AE_GIT
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ae_khda_schools.json"
PATH = "datasets/Private-Schools_Database_-(English).xlsx"
SHEET = "xl/worksheets/sheet1.xml"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
HEADER_ROW = 2
DROPPED = ("School Email Address",)
SOURCES = {
    "AE": {
        "repository": "kirannarayanak/find-schools-in-dubai",
        "commit": "96afaa278a341839b96f105a66a422e08e54195c",
        "path": PATH,
        "sheet": "Main information 2015-2016",
        "publisher": "the Knowledge and Human Development Authority of Dubai (KHDA), its "
        "database of Dubai's private schools (main information 2015-2016, with the DSIB "
        "2014-2015 ratings; the workbook 'Private Schools Database (English)' of the Dubai "
        "Pulse / Dubai open data catalogue), as the repository committed it for a "
        "school-finder project (file added in a344f24, read at 96afaa2, 17 September 2025)",
        "licence": "not confirmed: the repository's LICENSE is the MIT licence for its code; "
        "the terms of KHDA's data set were not found in the repository",
        "language": "en",
        "roles": {
            "name": "School Name",
            "name_ar": "C",
            "phone": ["Main Telephone "],
            "fax": ["Fax Number"],
            "address": ["Location"],
        },
        "dropped": list(DROPPED),
    },
}  # fmt: skip


def _text(node: ET.Element | None) -> str:
    """The text of a string item (its runs joined)."""
    return "" if node is None else "".join(t.text or "" for t in node.iter(f"{MAIN}t"))


def sheet_rows(book: bytes) -> list[tuple[int, dict[str, str]]]:
    """(row number, {column letter: stored text}) of each row of the workbook's first sheet."""
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        shared = [_text(si) for si in ET.fromstring(z.read("xl/sharedStrings.xml"))]
        sheet = ET.fromstring(z.read(SHEET))
    rows = []
    for row in sheet.iter(f"{MAIN}row"):
        cells = {}
        for cell in row:
            column = re.match(r"[A-Z]+", cell.get("r", "")).group()
            value = cell.find(f"{MAIN}v")
            if value is None:
                cells[column] = _text(cell.find(f"{MAIN}is"))
            elif cell.get("t") == "s":
                cells[column] = shared[int(value.text)]
            else:
                cells[column] = value.text or ""
        rows.append((int(row.get("r")), cells))
    return rows


def _keys(header: dict[str, str]) -> dict[str, str]:
    """Column letter -> key: the header as published, a blank one by its letter, a repeated
    one with its letter added."""
    keys: dict[str, str] = {}
    for column, name in sorted(header.items(), key=lambda kv: (len(kv[0]), kv[0])):
        if not name.strip():
            keys[column] = column
        elif name in keys.values():
            keys[column] = f"{name} ({column})"
        else:
            keys[column] = name
    return keys


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the sheet, with the commit they were read at."""
    meta = SOURCES["AE"]
    rows = sheet_rows(_git(gits["AE"], "show", f"{meta['commit']}:{meta['path']}"))
    header = dict(rows)[HEADER_ROW]
    keys = {c: k for c, k in _keys(header).items() if k not in DROPPED}
    # the heading columns (A to P); a stray blank cell beyond them is no column
    keys = {c: k for c, k in keys.items() if header.get(c, "").strip() or c in ("A", "C")}
    kept = []
    for number, cells in rows:
        if number <= HEADER_ROW or not cells.get("B", "").strip():
            continue
        fields = {keys[c]: cells.get(c, "") for c in sorted(keys, key=lambda c: (len(c), c))}
        if _has_phone(fields, meta["roles"]["phone"]):
            kept.append({"country": "AE", "path": f"{meta['path']}#{number}", "fields": fields})
    return {"sources": SOURCES, "rows": kept}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
