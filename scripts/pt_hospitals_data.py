"""Extract the real register that ``pii_held_out_35.py`` writes its records around into
``scripts/data/pii_pt_hospitals.json``: the phone and e-mail fields of a country whose register
no earlier part used (Portugal), exactly as its public bodies published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``PT``: Portugal's hospitals and emergency services as Eurostat's GISCO team gathered them
  for its healthcare-services dataset (``data/healthcare/csv/PT.csv`` of the repository
  eurostat/basic-services, reference date 01/12/19, published 16/04/2020): Portuguese
  nine-digit numbers as each service gave them (``214345535``, ``276300900``; Madeira's
  ``291705600``, the Azores' ``296203000``), and one e-mail address each, or two after ``; ``
  (``ca@chpvvc.min-saude.pt; cavc@chpvvc.min-saude.pt``); beside the row's id in the file
  (``52``), its regional health administration (``ARS Norte``), its postcode (``5400-279``),
  coordinates and the dataset's reference and publication dates.

Every row with a number of six digits or more in its ``tel`` column (all 94 of the file), in
the file's order. Each row is kept as a mapping of the file's column names to the published
strings, less its ``email`` field where the address is a person's (``PERSONAL``: a first name
and initials as its local part, ``critianacb@...``; each local part of the file was read, the
others name an office, a unit or the hospital: ``sec.geral``, ``sub.arouca``,
``hssebastiao``): no record needs a person's name. No other column names a person (its names
are the hospitals', its addresses their premises).

    python scripts/pt_hospitals_data.py PT_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pt_hospitals.json"
CAP = 600
# the local parts of the file's e-mail addresses that name a person rather than an office (a
# secretariat, an administration, a service, the hospital's own name), read one by one
PERSONAL = frozenset({"critianacb"})
SOURCES = {
    "PT": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/PT.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "Portuguese file as the repository committed it; the rows are Portuguese hospitals "
        "and emergency services (facility_type 'Serviço de Urgência Básica', "
        "'... Médico-Cirúrgico', ...) with the regional health administration that runs them "
        "(site_name, 'ARS Norte', 'SRS Açores'), reference date 01/12/19, published "
        "16/04/2020; the Portuguese body Eurostat took them from is not named in the file",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; "
        "the terms of the Portuguese source were not found",
        "language": "pt",
        "roles": {"name": "hospital_name", "phone": ["tel"], "email": "email",
                  "register": "id", "postcode": "postcode", "city": "city"},
    },
}  # fmt: skip


def _kept(row: dict[str, str]) -> dict[str, str]:
    """The row less its e-mail field where the address names a person."""
    local = row.get("email", "").strip().split("@")[0].lower()
    return {k: v for k, v in row.items() if k != "email" or local not in PERSONAL}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": _kept(row)}
            for i, row in enumerate(csv.DictReader(text))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
