"""Extract the real directory that ``pii_held_out_78.py`` writes its records around into
``scripts/data/pii_cm_pharmacies.json``: the phone fields of a country whose register no earlier
part used (Cameroon), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``CM``: pharmacies of Yaoundé, Douala and towns of the West region as the Pharmacam app
  lists them for finding a pharmacy on duty (``src/data/pharmacies.json`` of the repository
  dascomsoft/pharmacam): Cameroonian numbers of nine digits in the groups the list writes
  them all in (landlines ``222 22 14 23``, ``233 42 46 44``, ``242 15 60 16``, mobiles
  ``672 87 87 33``), a few cut short (``656 45 72``, ``222 00 54 7``), some fields with two
  joined by `` / `` (``222 22 30 03 / 690 10 02 40``); beside the entry's list id, address,
  district, town, coordinates (``3.8745``), duty flags, services and rating.

Every entry of the array with a number of six digits or more in its ``tel`` field (the 23
written ``Non listé`` have none), in the array's order. Each row is kept as a mapping of the
entry's keys to the published values as they are written in the file (a JSON number or boolean
as its text, the ``services`` list as a list of its strings); the entries name pharmacies, some
by their pharmacist's name as the pharmacy trades under it, and no person otherwise, so no key
is left out.

    python scripts/cm_pharmacies_data.py CM_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_cm_pharmacies.json"
CAP = 600
SOURCES = {
    "CM": {
        "repository": "dascomsoft/pharmacam",
        "commit": "3f8c0f78efece42b37dd9197de2a13568c56f1a5",
        "path": "src/data/pharmacies.json",
        "encoding": "utf-8",
        "publisher": "the Pharmacam app (a voice search for pharmacies on duty in Cameroon), its "
        "local list of pharmacies as committed in b7fd961 ('first commit', 8 December 2025) "
        "and unchanged in 3f8c0f7 ('fixing the usevoice page', 15 December 2025); the README "
        "calls it a local JSON of verified pharmacies; no official register is named, the "
        "coordinates are approximate (many repeated within a district) and the ratings and "
        "service tags look set by the app's author",
        "licence": "not confirmed: the repository has no LICENSE file and its README and "
        "package.json name no terms",
        "language": "fr",
        "roles": {"name": "nom", "phone": ["tel"], "address": "adresse",
                  "lat": "lat", "lon": "lng"},
    },
}  # fmt: skip


def _as_published(value: Any) -> Any:
    """A value as the file writes it: JSON numbers and booleans as their text, strings as they
    are, a list of strings as a list."""
    if isinstance(value, list):
        return [_as_published(v) for v in value]
    if isinstance(value, str):
        return value
    return json.dumps(value)


def _entries(text: str) -> list[dict[str, Any]]:
    """The array of pharmacies, numbers kept as their digits."""
    rows = json.loads(text, parse_int=str, parse_float=str)
    return [{key: _as_published(value) for key, value in row.items()} for row in rows]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_entries(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
