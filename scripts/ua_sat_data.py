"""Extract the real directory that ``pii_held_out_69.py`` writes its records around into
``scripts/data/pii_ua_sat.json``: the phone and e-mail fields of a country whose register no
earlier part used (Ukraine), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``UA``: the branches (``RSP``) of SAT, a Ukrainian parcel carrier, as its site's cron job
  saved its API's answer (``cron/getRsp.json`` of the repository OleksiiTkachenko88/sat.ua):
  Ukrainian numbers as each branch gives them, the free line first (``0 800 30 99 09``), most
  with a branch mobile after a comma or a semicolon (``(067) 217 07 31``, ``(067) 224 2875``);
  beside the branch's number, reference ids, coordinates and opening hours.

Every entry of the ``data`` array with a number of six digits or more in its ``phone`` field, in
the array's order. Each row is kept as a mapping of the entry's keys to the published values as
written in the file (a JSON number as its digits; the ``schedule`` object's keys as
``schedule.monday`` ...); the directory names no person (its e-mail addresses are the
company's and its branches'), so no key is left out.

    python scripts/ua_sat_data.py UA_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ua_sat.json"
CAP = 600
SOURCES = {
    "UA": {
        "repository": "OleksiiTkachenko88/sat.ua",
        "commit": "4b3b573c7a8fa7120cd30b2ed280b67fd98b0835",
        "path": "cron/getRsp.json",
        "encoding": "utf-8-sig",
        "publisher": "SAT (sat.ua), a Ukrainian parcel carrier: its branches as its site's cron "
        "job saved the answer of its API (file committed in aaaec28, 29 September 2022, in a "
        "copy of the company's Bitrix site); no official register is named",
        "licence": "not confirmed: the repository has no LICENSE file and no README naming terms",
        "language": "uk",
        "roles": {"name": "description", "phone": ["phone"], "email": "email",
                  "address": "address", "lat": "latitude", "lon": "longitude"},
    },
}  # fmt: skip


def _flat(entry: dict[str, Any]) -> dict[str, str]:
    """An entry with its ``schedule`` object's keys as ``schedule.<day>``."""
    out: dict[str, str] = {}
    for key, value in entry.items():
        if isinstance(value, dict):
            out.update({f"{key}.{k}": v for k, v in value.items()})
        else:
            out[key] = value
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        data = json.loads(raw.decode(meta["encoding"]), parse_int=str, parse_float=str)
        found = [
            {"country": country, "path": f"{meta['path']}#data[{i}]", "fields": _flat(row)}
            for i, row in enumerate(data["data"])
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
