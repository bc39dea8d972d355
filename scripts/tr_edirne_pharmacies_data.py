"""Extract the real pharmacy list that ``pii_held_out_50.py`` writes its records around into
``scripts/data/pii_tr_edirne_pharmacies.json``: the phone fields of a country whose register no
earlier part used (Turkey), exactly as the list published them.

One list, read from a git checkout at a named commit, values unchanged:

* ``TR``: the pharmacies of the province of Edirne (Enez, Havsa, İpsala, Keşan, Lalapaşa,
  Meriç, the centre, Süloğlu, Uzunköprü) on the duty-pharmacy list of a React application (the
  ``Data`` array of ``eczane/src/components/Data.js`` of the repository
  cagdasolgen/nobetcieczane): Turkish landline numbers as each entry gives them, with the trunk
  ``0`` and the area code in brackets (``0(284)811-65-64``), one entry with two numbers after a
  space; beside the entry's id, district and street address.

Every entry of the array with a number of six digits or more in its ``telefon`` field, in the
array's order. Each row is kept as a mapping of the entry's keys to the published values as
they are written in the file (the id as its digits, the strings with their spaces); the names
are the pharmacies' trading names and the addresses their premises, so no key is left out.

    python scripts/tr_edirne_pharmacies_data.py TR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tr_edirne_pharmacies.json"
CAP = 600
OPENING = "const Data=["
SOURCES = {
    "TR": {
        "repository": "cagdasolgen/nobetcieczane",
        "commit": "1464469f6af8821b0da97335c5007912122e2dc5",
        "path": "eczane/src/components/Data.js",
        "encoding": "utf-8",
        "publisher": "the 'nobetcieczane' duty-pharmacy React application, its 'Data' array of "
        "Edirne's pharmacies as committed in 1464469 ('nobetcieczaneyonetimi', 8 June 2022); "
        "the repository names no source for the list and no official register is named",
        "licence": "not confirmed: the repository has no LICENSE file and its READMEs name no "
        "terms",
        "language": "tr",
        "roles": {"id": "id", "name": "adı", "phone": ["telefon"], "address": "adres",
                  "district": "ilçe"},
    },
}  # fmt: skip

# one ``key:value`` line of an entry: a bare key, then a JSON string or a bare number
PROPERTY = re.compile(r'^\s*(\w+)\s*:\s*("(?:[^"\\]|\\.)*"|\d+)\s*,?\s*$')


def _entries(text: str) -> list[dict[str, str]]:
    """The ``Data`` array of the JavaScript module: each ``{...}`` entry between its opening
    bracket and the closing ``]`` as a mapping of its keys to their values as written (strings
    unquoted, numbers as their digits)."""
    start = text.index(OPENING) + len(OPENING)
    body = text[start : text.index("\n]", start)]
    entries = []
    for block in re.findall(r"\{([^{}]*)\}", body):
        entry = {}
        for line in block.splitlines():
            if not line.strip():
                continue
            m = PROPERTY.match(line)
            assert m, line
            key, value = m.groups()
            entry[key] = json.loads(value) if value.startswith('"') else value
        entries.append(entry)
    return entries


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#Data[{i}]", "fields": row}
            for i, row in enumerate(_entries(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
