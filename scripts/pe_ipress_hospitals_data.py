"""Extract the real register that ``pii_held_out_29.py`` writes its records around into
``scripts/data/pii_pe_ipress.json``: the phone fields of a country whose register no earlier
part used (Peru), exactly as its public body published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``PE``: the operational public hospitals of Peru in the Ministry of Health's (MINSA) registry
  of health establishments (IPRESS: Instituciones Prestadoras de Servicios de Salud), as the
  repository FabrizioSulcaR/Hospitals-Access-Peru filtered MINSA's ``IPRESS.csv`` to them
  (``_data/operational_hospitals.csv``, September 2025: hospitals and clinics of general and
  specialised care, with inpatient beds, "EN FUNCIONAMIENTO"); phone fields as the
  establishments entered them, in many shapes (``051-562013``, ``01-2171818``, ``072 -
  592024``, ``(51) 1-6138282``, ``TEL: 044-446254``, ``5374552 / 5374316 /5374313``, mobiles
  ``949957396``); beside the establishment's unique code (``Codigo Unico``: ``2941``), the
  six-digit UBIGEO of its district (``210201``, leading zero dropped as published:
  ``20601``), the codes of its DISA, network, micro-network and executing unit, the number of
  its categorisation resolution, its start of activity (``07/01/1977``), coordinates and
  beds. Characters the repository's copy lost in a conversion stand as U+FFFD, unchanged.

Every row with a digit in its ``Teléfono`` field is kept, in the file's order (233 of 241;
fewer than ``CAP``, so none is drawn out). Each row is kept as a mapping of the file's column
names to its strings, less ``Director Médico y/o Responsable de la Atención de Salud``: it
names a person, and no record needs a person's name. The register has no e-mail column.

    python scripts/pe_ipress_hospitals_data.py PE_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pe_ipress.json"
CAP = 600
PHONE = "Teléfono"
PERSON = "Director Médico y/o Responsable de la Atención de Salud"
SOURCES = {
    "PE": {
        "repository": "FabrizioSulcaR/Hospitals-Access-Peru",
        "commit": "6f00dbda3e21f0ea7ab358760df650ab87a407e9",
        "paths": ["_data/operational_hospitals.csv"],
        "publisher": "Ministerio de Salud (MINSA), Republic of Peru: its registry of health "
        "establishments (IPRESS), the file IPRESS.csv, filtered by the repository's owner to "
        "the operational public hospitals with coordinates (file as of commit de5f021, 15 "
        "September 2025); the repository's README names its source 'IPRESS (MINSA): National "
        "registry of health establishments'",
        "licence": "not confirmed: MINSA publishes the IPRESS file as open data on its and "
        "Peru's open-data portals (terms not read here); the repository's LICENSE is MIT "
        "('Copyright (c) 2025 FabrizioSulcaR'), for its own work",
        "language": "es",
        "roles": {"name": "Nombre del establecimiento", "phone": [PHONE],
                  "register": "Codigo Unico", "city": "Distrito"},
    },
}  # fmt: skip


def csv_rows(raw: bytes) -> list[dict[str, str]]:
    """The rows of the file (UTF-8, comma-separated, a header line)."""
    return [dict(row) for row in csv.DictReader(io.StringIO(raw.decode("utf-8")))]


def kept_fields(row: dict[str, str]) -> dict[str, str]:
    """The row less the column that names a person."""
    return {k: v for k, v in row.items() if k != PERSON}


def has_contact(fields: dict[str, str]) -> bool:
    """A digit in the phone field."""
    return bool(re.search(r"\d", fields.get(PHONE, "")))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            for i, row in enumerate(csv_rows(raw)):
                fields = kept_fields(row)
                if has_contact(fields):
                    found.append({"country": country, "path": f"{path}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
