"""Extract the real directory that ``pii_held_out_104.py`` writes its records around into
``scripts/data/pii_ml_clients.json``: the phone fields of a country whose register no earlier
part used (Mali), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``ML``: the client organisations of a Malian software vendor as its support application
  lists them (the ``clients`` array of ``data/type/client.ts`` of the repository
  rootcoder54/admin): companies, NGOs, hotels, ministries and embassies, most in Bamako, with
  Malian numbers as each entry gives them, several to a field (``20 21 01 44/ 20 21 39 49``,
  ``+223 20 29 06 80 |+223 66 74 16 24``), old seven-digit numbers from before 2009
  (``222 73 31``, ``229-54-87``), ``(223)``, ``00223`` and ``+(223)`` prefixes, run-together
  digits (``20229566/65955784``) and a few foreign ones (``00225 ...``); beside the entry's
  client number (``359``), address, activity code (``PRI``) and registration date
  (``2023-08-28``).

Every entry of the array with a number of six digits or more in its ``telephone`` field, in
the array's order. Each row is kept as a mapping of the entry's keys to the published values,
the TypeScript string literals decoded (``\\'`` is ``'``); the directory names organisations,
so no key is left out.

    python scripts/ml_clients_data.py ML_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ml_clients.json"
CAP = 600
OPENING = "export const clients = ["
SOURCES = {
    "ML": {
        "repository": "rootcoder54/admin",
        "commit": "f97e5d442696af74231a210afb2d472bbf716910",
        "path": "data/type/client.ts",
        "encoding": "utf-8",
        "publisher": "the support and intervention application (Next.js) of a Malian software "
        "vendor, its 'clients' array as committed in f97e5d4 ('20250910_1722', 10 September "
        "2025; the file as last changed in 177ccad, 'telechargement page', 7 January 2025): "
        "the vendor's client organisations with their numbers; no official register or "
        "publisher is named",
        "licence": "not confirmed: the repository has no LICENSE file and its README (the "
        "create-next-app template) names no terms",
        "language": "fr",
        "roles": {"name": "nomClient", "phone": ["telephone"], "address": "adresse",
                  "acronym": "sigle", "register": "numero", "activity": "activite",
                  "date": "dateInscription"},
    },
}  # fmt: skip

# one ``key: "value"`` pair of an entry (the value may stand on the next line)
PAIR = re.compile(r'(\w+):\s*("(?:[^"\\]|\\.)*")')


def _string(literal: str) -> str:
    """A TypeScript double-quoted string literal's value (``\\'`` is ``'``, the rest as JSON)."""
    return json.loads(literal.replace("\\'", "'"))


def _entries(text: str) -> list[dict[str, str]]:
    """The ``clients`` array of the module: each ``{ ... }`` object as its keys' string
    values, in order."""
    start = text.index(OPENING) + len(OPENING)
    body = text[start : text.rindex("];")]
    return [
        {key: _string(value) for key, value in PAIR.findall(block)}
        for block in re.findall(r"\{(.*?)\}", body, re.S)
    ]


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
