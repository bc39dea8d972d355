"""Extract the real directory that ``pii_held_out_97.py`` writes its records around into
``scripts/data/pii_pr_voter_centers.json``: the phone fields of a country whose register no
earlier part used (Puerto Rico), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``PR``: the permanent registration offices (JIP) of Puerto Rico's State Elections Commission
  (CEE) as Code for Puerto Rico's "Para Votar" site lists them, one per town (the
  ``voterCenters`` array of ``src/components/inscribete/VoterCenters/constants.ts`` of the
  repository Code4PuertoRico/paravotar): Puerto Rican numbers as the array gives them, the area
  code ``787`` and seven digits in dashed groups (``787-829-6800``); beside the office's
  address and a Google Maps link with its coordinates (``18.16324986,-66.72088792``).

Every entry of the array with a number of six digits or more in its ``telefono`` field, in the
array's order (San Juan's four offices, given under its ``locations``, each as a row with the
town's name added as ``municipio``). Each row is kept as a mapping of the entry's keys to the
published strings, the ``servicios`` list joined by ``; `` and ``JIPIsla: true`` as ``true``
(the array holds 81 offices, so the cap of 600 keeps them all); the directory names no person
(its names are the towns', its addresses the offices'), so no key is left out.

    python scripts/pr_voter_centers_data.py PR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pr_voter_centers.json"
CAP = 600
OPENING = "export const voterCenters: Town[] = ["
SOURCES = {
    "PR": {
        "repository": "Code4PuertoRico/paravotar",
        "commit": "5f0c3a5c4a0d912b4b30419658e0a6a243f77ae5",
        "path": "src/components/inscribete/VoterCenters/constants.ts",
        "encoding": "utf-8",
        "publisher": "Code for Puerto Rico's 'Para Votar' site, its 'voterCenters' array of the "
        "State Elections Commission's (CEE) permanent registration offices (JIP), read at "
        "5f0c3a5 ('Update README.md', 11 March 2024); the file as last changed in 8339ed6 "
        "('CEE abrio mas JIPs (#120)', 19 June 2020); the CEE is named as the offices' "
        "operator, no official data file is named as the source",
        "licence": "MIT (the repository's LICENSE: 'Copyright (c) 2020 Code for Puerto Rico')",
        "language": "es",
        "roles": {"name": "pueblo", "phone": ["telefono"], "address": "direccion",
                  "map": "googleMapsLink"},
    },
}  # fmt: skip


def _array(text: str) -> list[dict[str, Any]]:
    """The ``voterCenters`` array of the TypeScript module as JSON reads it: from its opening
    bracket to the first line that is only ``]``, each key quoted and each trailing comma
    dropped (the literal is JSON otherwise)."""
    start = text.index(OPENING) + len(OPENING) - 1
    body = text[start : text.index("\n]", start) + 2]
    body = re.sub(r"^(\s*)(\w+):", r'\1"\2":', body, flags=re.M)
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", body))


def _text(value: Any) -> str:
    """A published value as a string: a list of strings joined by ``; ``, ``true`` as
    written."""
    if isinstance(value, list):
        return "; ".join(value)
    return "true" if value is True else str(value)


def _entries(text: str) -> list[tuple[str, dict[str, str]]]:
    """Each office of the array with its place in it: a town's entry, or each of the
    ``locations`` of a town that has several (San Juan), with the town's name added under
    ``municipio``."""
    out = []
    for i, entry in enumerate(_array(text)):
        if "locations" in entry:
            for j, place in enumerate(entry["locations"]):
                fields = {"municipio": entry["pueblo"]}
                fields.update({k: _text(v) for k, v in place.items()})
                out.append((f"voterCenters[{i}].locations[{j}]", fields))
        else:
            out.append((f"voterCenters[{i}]", {k: _text(v) for k, v in entry.items()}))
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{at}", "fields": row}
            for at, row in _entries(raw.decode(meta["encoding"]))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
