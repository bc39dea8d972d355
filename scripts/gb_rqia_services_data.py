"""Extract the real register that ``pii_held_out_268.py`` writes its records around into
``scripts/data/pii_gb_rqia_services.json``: the phone fields of a register no earlier part used
(the Regulation and Quality Improvement Authority's register of the care services it regulates
in Northern Ireland; the United Kingdom's earlier parts took NHS England's pharmacies and GP
practices, HMCTS's courts, the CQC's Greater Manchester care homes, Sport England's Trafford
facilities and the Charity Commission's Trafford charities), exactly as RQIA gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``data/rqia.xlsx``: the Excel export of RQIA's service search (``admin.rqia.org.uk/search/
  servicesearch.cfm``) that the repository cs97jjm3/mgc-care-finder bundles (its README: "RQIA
  register Excel export"), one worksheet of inline strings, 1,526 services under the columns
  ``ServiceName``, ``AddressLine1``, ``AddressLine2``, ``Town``, ``Postcode``, ``Tel``,
  ``Category`` (nursing and residential homes, dental practices as independent hospitals,
  domiciliary care and nursing agencies, day care settings, clinics...), ``Max Approved
  Places``, ``Categories of Care``, ``Conditions(AsOnCertificate)``, ``Manager`` and
  ``ProviderName``. ``Tel`` is written as each service gave it: eleven digits in one run
  (``02890245729``), in groups (``028 9041 0045``, ``02890 601177``, ``028 96 152 552``,
  ``(028) 9504 0580``), two numbers after a slash or a dash (``02866386934 / 02868659080``), a
  short alternative ending (``02885549320/321``), words beside it (``02891270352 Option 7``,
  ``Head office - ...``), an extension, a trailing full stop or question mark.

The worksheet is read with the standard library (``zipfile``, ``xml.etree``); each cell's text as
the file holds it. A seeded sample of ``CAP`` of the 1,515 rows whose ``Tel`` holds a number of
six digits or more, in the file's order; each row kept as a mapping of its columns to the
published strings, less ``Manager`` and ``ProviderName`` (the registered manager is a person,
and many dental practices' providers are their dentists by name).

    python scripts/gb_rqia_services_data.py GB_GIT
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gb_rqia_services.json"
CAP = 450
PATH = "data/rqia.xlsx"
SHEET = "xl/worksheets/sheet1.xml"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
DROPPED = ("Manager", "ProviderName")
SOURCES = {
    "GB": {
        "repository": "cs97jjm3/mgc-care-finder",
        "commit": "ccc4d259ed35220dee2da6f4a1f8b3739322fd17",
        "paths": [PATH],
        "encoding": "xlsx (Office Open XML, inline strings)",
        "publisher": "the Regulation and Quality Improvement Authority (RQIA), Northern "
        "Ireland's regulator of health and social care services, its register of the services "
        "it regulates as its online service search exports it; bundled in the repository's "
        "initial commit ('Initial commit - Care Provider Finder (UK & Ireland) v2.0.0', 15 "
        "December 2025; data/timestamps.json dates the download 2025-12-07), whose README "
        "names the source: 'RQIA register Excel export', admin.rqia.org.uk/search/"
        "servicesearch.cfm",
        "licence": "not confirmed: the repository's LICENSE is MIT (Copyright 2026 James "
        "Murrell) for its code; RQIA's own terms for the register export were not read",
        "language": "en",
        "roles": {"name": "ServiceName", "phone": ["Tel"],
                  "address": ["AddressLine1", "AddressLine2", "Town"], "postcode": "Postcode",
                  "kind": "Category", "count": "Max Approved Places"},
    },
}  # fmt: skip


def _cell_text(cell: ET.Element) -> str:
    """A cell's text: its inline string, else its value ("" where it has neither)."""
    if cell.get("t") == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{MAIN}t"))
    return cell.findtext(f"{MAIN}v") or ""


def sheet_rows(xlsx: bytes) -> list[dict[str, str]]:
    """The worksheet's rows below its header, each as the mapping of the header's column names
    to the cells' texts ("" for a missing cell)."""
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(xlsx)).read(SHEET))
    table = []
    for row in root.iter(f"{MAIN}row"):
        cells = {}
        for cell in row.findall(f"{MAIN}c"):
            cells[re.match(r"[A-Z]+", cell.get("r")).group()] = _cell_text(cell)
        table.append(cells)
    header = table[0]
    return [{name: cells.get(col, "") for col, name in header.items()} for cells in table[1:]]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    meta = SOURCES["GB"]
    raw = _git(gits["GB"], "show", f"{meta['commit']}:{PATH}")
    found = [
        {
            "country": "GB",
            "path": f"{PATH}#{i}",
            "fields": {k: v for k, v in row.items() if k not in DROPPED},
        }
        for i, row in enumerate(sheet_rows(raw))
        if _has_phone(row, meta["roles"]["phone"])
    ]
    return {"sources": SOURCES, "rows": seeded_sample(found, "GB", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
