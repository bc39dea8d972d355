"""Extract the real directory that ``pii_held_out_76.py`` writes its records around into
``scripts/data/pii_ba_faculties.json``: the phone fields of a country whose register no earlier
part used (Bosnia and Herzegovina), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``BA``: the faculties, academies and departments of Bosnia and Herzegovina's universities as
  the uniatlas-bosnia project lists them (``server/JSON_files/faculties.json`` of the repository
  goran1010/uniatlas-bosnia, each university with the page of its own web site the list was
  checked against): numbers written the one way the list writes them all, with the country
  code, a two-digit area code and six digits in groups of three (``+387 33 210 369``), many
  shared by the faculties of one private university; beside each faculty's address with its
  postcode (``71000 Sarajevo``), web site, institutional e-mail address and the date it was
  checked (``2026-08-29``).

Every faculty of the list with a number of six digits or more in its ``phone`` field, in the
list's order. Each row is kept as a mapping of the faculty's keys to the published strings,
with its university's ``name`` as ``university``; a key the list leaves out or sets to
``null`` is left out, and ``isUniversityLevel`` (``true`` on two entries) is not kept. The list
names no person (its names are the faculties', its addresses their premises and its e-mail
addresses the faculties' offices), so no field is dropped.

The committed extract was written from this file as a code-search store holds it at the
commit below, through ``_faculties`` and the filter here: the repository's only snapshot
reachable when it was made (2 July 2026) predates the file, so this command was not run on a
checkout.

    python scripts/ba_faculties_data.py BA_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ba_faculties.json"
CAP = 600
KEYS = ("name", "city", "website", "address", "phone", "email", "lastChecked")
SOURCES = {
    "BA": {
        "repository": "goran1010/uniatlas-bosnia",
        "commit": "2ee27adca4b27b845cc34b2d171db093b59de82b",
        "path": "server/JSON_files/faculties.json",
        "encoding": "utf-8",
        "publisher": "the uniatlas-bosnia project (an open directory of Bosnia and "
        "Herzegovina's higher education), its faculties list as committed in 2ee27ad, each "
        "university's entry naming the page of the university's web site it was checked "
        "against (sourceUrl, lastChecked 2026-08-21; each faculty lastChecked 2026-08-29); "
        "the project's README names the Agency for Development of Higher Education and "
        "Quality Assurance (HEA) as the source of its general university data",
        "licence": "not confirmed: the repository's LICENSE.md is the GNU AGPL v3 for the "
        "project; no separate terms for the data were found; the contact details are the "
        "universities' own published ones",
        "language": "bs",
        "roles": {"name": "name", "phone": ["phone"], "address": "address",
                  "email": "email", "website": "website"},
    },
}  # fmt: skip


def _faculties(text: str) -> list[dict[str, str]]:
    """Every faculty of the list, in its order: the faculty's published strings under
    ``KEYS`` (null or absent keys left out), its university's name as ``university``."""
    out = []
    for university in json.loads(text):
        for faculty in university["faculties"]:
            row = {"university": university["university"]}
            row.update({k: faculty[k] for k in KEYS if faculty.get(k) is not None})
            out.append(row)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_faculties(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
