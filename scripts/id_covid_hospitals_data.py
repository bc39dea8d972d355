"""Extract the real register that ``pii_held_out_34.py`` writes its records around into
``scripts/data/pii_id_hospitals.json``: the phone fields of a country whose register no earlier
part used (Indonesia), exactly as its hospitals are listed.

One register, read from a git checkout at a named commit, values unchanged:

* ``ID``: Indonesia's COVID-19 referral hospitals (``rumah sakit rujukan``) as the repository
  hndryno/covid-mobile-app committed them for its seeder (``extra/datarumahsakit.js``, a
  JavaScript array of 128 objects, ``name``, ``address``, ``region``, ``phone``,
  ``province``, ``lat``, ``long``): Indonesian numbers as each hospital's entry gave them,
  with the area code in brackets (``(0651) 34565``, ``(021) 5523507 / (021)  5512948 /
  (021) 5513709``), some two or three in one field; beside the row's region and province
  and its coordinates (``-6.1697843``). The list gives no e-mail address.

Every row with a number of six digits or more in its ``phone`` field (``null`` in some), in
the file's order. Each row is kept as a mapping of the object's keys to the published values
as strings (numbers as the file writes them, ``5.5640786``); the list names no person (its
names are the hospitals', its addresses their premises), so no key is left out.

    python scripts/id_covid_hospitals_data.py ID_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_id_hospitals.json"
CAP = 600
SOURCES = {
    "ID": {
        "repository": "hndryno/covid-mobile-app",
        "commit": "7f2a69ead2ee05924ef35cf832e40454811a2972",
        "path": "extra/datarumahsakit.js",
        "encoding": "utf-8",
        "publisher": "Indonesia's list of COVID-19 referral hospitals (rumah sakit rujukan, the "
        "Ministry of Health's list as public COVID-19 APIs of 2020 served it), as the "
        "repository's seeder data (commit 7f2a69e, 'update paginate and seeder data', 7 "
        "September 2021; first added in 1c1a946, 4 July 2021); the file names no source, and "
        "its coordinates were added by the repository's author or the API it copied",
        "licence": "not confirmed: the repository has no LICENSE file and no README; the "
        "terms of the Ministry's list were not found",
        "language": "id",
        "roles": {"name": "name", "phone": ["phone"], "email": None,
                  "region": "region", "province": "province"},
    },
}  # fmt: skip


def _objects(source: str) -> list[dict[str, Any]]:
    """The array of ``let hostpital_data = [...]`` read as JSON (a JavaScript literal: the
    commas it leaves before a closing brace dropped), every number kept as written."""
    body = re.search(r"=\s*(\[.*\])\s*module\.exports", source, re.S)
    assert body, "no array in the file"
    strict = re.sub(r",(\s*[}\]])", r"\1", body.group(1))
    return json.loads(strict, parse_float=str, parse_int=str)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode(meta["encoding"])
        found = []
        for i, obj in enumerate(_objects(raw)):
            fields = {k: "" if v is None else v for k, v in obj.items()}
            if _has_phone(fields, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
