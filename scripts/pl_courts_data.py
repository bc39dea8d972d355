"""Extract the real register that ``pii_held_out_165.py`` writes its records around into
``scripts/data/pii_pl_courts.json``: the phone and e-mail fields of a register no earlier part
used (Poland's common courts: the appeal, regional and district courts, sądy apelacyjne,
okręgowe i rejonowe; Poland's earlier part took Eurostat GISCO's list of hospitals), exactly as
the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``data/courts.js``: a JavaScript module of the mobile app Mobberizer (help for people facing
  workplace mobbing) whose ``const Courts = [...]`` holds one object literal per court, each
  with ``id`` (``a01`` for the appeal courts, a number for the others), ``title`` (the court's
  name, ``Sąd Rejonowy w Sokółce``), ``adres`` (street, postcode and town, ``ul. Piłsudskiego
  7, 16-100 Sokółka``), ``tel`` (Polish numbers as the courts publish them: ``85 743 07 27``,
  ``(85) 81 12 300``, two or three after commas, ``58 323 85 41, 58 323 85 24``), ``email``
  (the court's office addresses, ``boi@bialystok.sa.gov.pl``, two in some fields), ``www``,
  ``apelacja``, ``okręg`` and ``tag`` (search words).

Every object of the array whose ``tel`` holds a number of six digits or more (one holds an
e-mail address instead), in the file's order; each kept as a mapping of all of its keys to the
published strings (single-quoted literals without escapes, read as they stand; the register
names no person: ``title`` is the court's name). The tab-separated table commented out after
the array (``// apelacja wrocławska ...``) is not read.

    python scripts/pl_courts_data.py PL_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pl_courts.json"
CAP = 600
PATH = "data/courts.js"
SOURCES = {
    "PL": {
        "repository": "lukaszchwalisz/mobberizer",
        "commit": "9d768e1d368fd5635f73195cd65321cba5b64a20",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the common courts of Poland (appeal, regional and district courts of the "
        "Ministry of Justice's court system), their contact details as each court publishes "
        "them, gathered by the author of the mobile app Mobberizer into data/courts.js (added "
        "in 5154a7b, 19 November 2022; last changed in e5a9fb9, 'corrections in courts', 15 "
        "October 2023)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the courts' own terms for their contact pages were not read here",
        "language": "pl",
        "roles": {"name": "title", "phone": ["tel"], "email": "email", "address": ["adres"]},
    },
}  # fmt: skip

OBJECT = re.compile(r"^\{\n(.*?)^\},?$", re.M | re.S)
FIELD = re.compile(r"^\t([^\s:]+):\s*'([^'\n]*)',?[ \t]*$", re.M)


def courts(source: str) -> list[dict[str, str]]:
    """The object literals of the ``Courts`` array, each as its keys' strings, in order."""
    body = source[source.index("const Courts = [") : source.index("\n];")]
    out = []
    for m in OBJECT.finditer(body):
        fields = dict(FIELD.findall(m.group(1)))
        assert len(fields) == len(m.group(1).strip().splitlines()), m.group(1)
        out.append(fields)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept courts of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": fields}
            for i, fields in enumerate(courts(raw))
            if _has_phone(fields, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
