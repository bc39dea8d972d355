"""Extract the real list that ``pii_held_out_341.py`` writes its records around into
``scripts/data/pii_gb_greggs_shops.json``: the phone fields of a directory no earlier part used
(Greggs plc's bakery shops across the United Kingdom, as its shop finder listed them; the
United Kingdom's earlier parts took NHS, court, school, care, sport, charity and electoral
registers), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``db/migrate_seed.js`` of the repository jackcutting/vsrf (the "Vegan Sausage Roll Finder",
  January 2019): a Node.js script whose one SQL ``INSERT INTO stores (...) VALUES`` statement,
  a JavaScript string continued line by line with ``\\``, holds 1,994 Greggs shops, one
  ``(id, latitude, longitude, 'name', 'phone', 'postcode', 'street', 'town', 'type', vegan)``
  tuple a line: the shop code, coordinates, the chain's own abbreviated shop name (``Byker 209
  Shields Rd``), the shop's phone number as a fixed-width field of twelve characters (area code
  and number with or without a blank, ``0191 2655986``, ``01236748384 ``, ``013552 32967``,
  ``0208 8520265``; 43 blank), the postcode (padded to eight), the street line, the town or
  county and the brand.

Every row with a number of six digits or more in ``phone``, a seeded sample of ``CAP``, in the
file's order; each row kept as a mapping of the tuple's columns to the published strings (SQL
quotes undone: ``''`` is one ``'``; the coordinates and the vegan flag as their literals; the
list names no person: ``name`` is the shop's name).

    python scripts/gb_greggs_shops_data.py GB_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gb_greggs_shops.json"
CAP = 600
PATH = "db/migrate_seed.js"
COLUMNS = (
    "id", "latitude", "longitude", "name", "phone", "postcode", "street", "town", "type", "vegan",
)  # fmt: skip
SOURCES = {
    "GB": {
        "repository": "jackcutting/vsrf",
        "commit": "715fb249d025f7b420a8ae8bcfd9adb206748581",
        "paths": [PATH],
        "publisher": "Greggs plc's shop finder (greggs.co.uk), the bakery chain's list of its "
        "shops, as the 'Vegan Sausage Roll Finder' (vegansausagerollfinder.co.uk) seeded its "
        "database with it in e45b711 ('Initial commit', 7 January 2019); the file is unchanged "
        "up to 715fb24, the repository's last commit",
        "licence": "not confirmed: the repository's LICENSE is the MIT licence of a template it "
        "was built from (naming Tom Chen, 2017), not terms for the list; Greggs' terms for its "
        "shop finder were not read here",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone"], "address": ["street", "town", "postcode"]},
    },
}  # fmt: skip


def _literals(line: str) -> list[str]:
    """The SQL literals of the ``(...)`` tuple that opens ``line``, in order, up to its closing
    bracket: strings with their quotes undone (``''`` is one ``'``), numbers and booleans as
    written."""
    out, i = [], line.index("(") + 1
    while line[i] != ")":
        c = line[i]
        if c in " ,":
            i += 1
        elif c == "'":
            j, value = i + 1, []
            while not (line[j] == "'" and line[j + 1 : j + 2] != "'"):
                value.append(line[j])
                j += 2 if line[j] == "'" else 1
            out.append("".join(value))
            i = j + 1
        else:
            j = i
            while line[j] not in ",)":
                j += 1
            out.append(line[i:j].strip())
            i = j
    return out


def rows_of(text: str) -> list[dict[str, str]]:
    """The ``INSERT``'s tuples, one a line (``\\t\\t(`` opens one), as column mappings."""
    rows = []
    for line in text.split("\n"):
        if line.startswith("\t\t("):
            values = _literals(line)
            assert len(values) == len(COLUMNS), line
            rows.append(dict(zip(COLUMNS, values, strict=True)))
    return rows


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        text = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode("utf-8")
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": row}
            for i, row in enumerate(rows_of(text))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
