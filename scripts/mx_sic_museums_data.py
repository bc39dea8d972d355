"""Extract the real register that ``pii_held_out_32.py`` writes its records around into
``scripts/data/pii_mx_museums.json``: the phone and e-mail fields of a country whose register
no earlier part used (Mexico), exactly as the museums' entries published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``MX``: the museum directory of the Secretaría de Cultura's Sistema de Información Cultural
  (SIC, ``0_museo_directorio.csv`` of its open-data page, sic.cultura.gob.mx/datos.php), as the
  repository tamcu/Project-3-Museums-MX committed the download (``Datasets/``, Windows-1252):
  ten-digit Mexican numbers as each entry gave them, in many shapes (``449 994 27 61 y 62``,
  ``(449) 915 19 41``, ``449  916 71 42``, ``55 8647 5220 exts. 5440, 5443``, two or three
  in one field after ``,`` or ``;``, a seven-digit local number after the first, ``Cel.``
  before some; the file's few ``+52`` numbers fell outside the sample), and the museum's
  contact address, one or two in a field after ``;``; beside the row's SIC id (``929``, in its
  ``link_sic`` URL too), its state, municipality and locality codes, postcode (``20059``),
  foundation date, coordinates and the time of its last change.

Rows with a number of six digits or more in ``museo_telefono1`` and an ``email`` field that is
empty or holds only well-formed addresses (1,491 of the file's 1,610 rows; ``museoaca@gmail``,
``turismo@orizaba,gob.mx`` and the like are left out, so no broken address stands unlabelled in
a record), a seeded sample of ``CAP`` in the file's order. Each row is kept as a mapping of the
file's column names to the published strings, no column left out: the register's names are
the museums' and the bodies they belong to, its addresses their premises; its e-mail column is
the museum's contact address, some of which are a staff member's mailbox.

    python scripts/mx_sic_museums_data.py MX_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_mx_museums.json"
CAP = 500
ADDRESS = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
SOURCES = {
    "MX": {
        "repository": "tamcu/Project-3-Museums-MX",
        "commit": "cd6c53d4b03147b415d07a6ddc88be3050f7d6d1",
        "path": "Datasets/0_museo_directorio.csv",
        "encoding": "cp1252",
        "publisher": "Secretaría de Cultura, Sistema de Información Cultural (SIC), directory "
        "of museums (sic.cultura.gob.mx/datos.php, 0_museo_directorio.csv), as the repository "
        "committed the download in bf1e201 ('Datasets', 15 January 2024), unchanged since; "
        "its rows were last changed between 2020 and December 2023 (fecha_mod)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms (it credits the SIC as the source); the SIC's open-data page and the terms it "
        "publishes its files under were not read here",
        "language": "es",
        "roles": {"name": "museo_nombre", "phone": ["museo_telefono1"], "email": "email",
                  "register": "museo_id", "postcode": "museo_cp", "city": "nom_mun"},
    },
}  # fmt: skip


def addresses(field: str) -> list[str]:
    """The e-mail addresses of an ``email`` field, in order."""
    return re.findall(ADDRESS, field)


def clean_addresses(field: str) -> bool:
    """Is the field empty or made only of well-formed addresses and separators?"""
    return re.fullmatch(rf"(?:{ADDRESS}(?:\s*[;,]\s*|\s+)?)*", field.strip()) is not None


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(csv.DictReader(text))
            if _has_phone(row, meta["roles"]["phone"]) and clean_addresses(row["email"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
