"""Extract the real register that ``pii_held_out_58.py`` writes its records around into
``scripts/data/pii_cr_mep_schools.json``: the phone fields of a country whose register no
earlier part used (Costa Rica), exactly as the list of its Ministry of Education gives them.

One register, read from a git checkout at a named commit, values unchanged:

* ``CR``: the educational centres of Costa Rica's Ministerio de Educación Pública (MEP), public,
  private and subsidised, as the list of centres ("base MEP") with its regional directorate,
  school circuit and MEP code that the Bandera Azul Ecológica plugin of the repository
  alfgago/guardianes-forms-plugin imports (``seeders/escuelas-mep.csv``): Costa Rican
  eight-digit numbers in one run with no ``+506`` and no hyphen (``22359282``; landlines from
  ``2``, mobiles from ``6`` and ``8``), a second one in ``TELEFONO2`` or ``-`` where there is
  none; beside the MEP code (``3949``, ``0`` for most private centres), the circuit number, the
  province, canton, district and village, dependency, zone and planning region.

Every row whose ``TELEFONO1`` is one eight-digit number and whose ``TELEFONO2`` is one or
``-`` (the few fields with an extension, a slash or a space are not drawn), ``CAP`` of them
drawn with a fixed seed, kept in the file's order. Each row is kept as a mapping of the file's
column names (``DIRECCION\\n REGIONAL`` with the line break of its header cell) to its strings;
the list names no person (its names are the centres', ``POBLADO`` a village), so no column is
left out.

    python scripts/cr_mep_schools_data.py CR_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_cr_mep_schools.json"
CAP = 600
PHONE = re.compile(r"\d{8}")
NONE = "-"
SOURCES = {
    "CR": {
        "repository": "alfgago/guardianes-forms-plugin",
        "commit": "2ad4c42a13b411903ba3661b241f1a4e6ecd45bf",
        "paths": ["seeders/escuelas-mep.csv"],
        "publisher": "Ministerio de Educación Pública (MEP), Costa Rica: its list of educational "
        "centres by regional directorate and circuit (the columns of MEP's directory of "
        "centres), as the Bandera Azul Ecológica WordPress plugin of the repository "
        "alfgago/guardianes-forms-plugin carries it for its 'autocompletado desde base MEP' "
        "(committed in 2ad4c42, 'working version', 11 March 2026); the file names no edition "
        "or download address",
        "licence": "not confirmed: the repository's readme gives 'GPL v2 o posterior' for the "
        "plugin and names no terms for the list; MEP's terms of re-use for it were not found",
        "language": "es",
        "roles": {"name": "NOMBRE", "phone": ["TELEFONO1", "TELEFONO2"], "register": "CODIGO",
                  "city": "CANTON"},
    },
}  # fmt: skip


def csv_rows(raw: bytes) -> list[dict[str, str]]:
    """The rows of the file (UTF-8), each a mapping of its column names to its strings."""
    return [dict(row) for row in csv.DictReader(io.StringIO(raw.decode("utf-8")))]


def kept(row: dict[str, str]) -> bool:
    """A first phone of eight digits, and a second one of eight digits or none."""
    first, second = row["TELEFONO1"], row["TELEFONO2"]
    return bool(PHONE.fullmatch(first)) and (second == NONE or bool(PHONE.fullmatch(second)))


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
                for i, row in enumerate(csv_rows(raw))
                if kept(row)
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
