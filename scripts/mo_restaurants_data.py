"""Extract the real directory that ``pii_held_out_102.py`` writes its records around into
``scripts/data/pii_mo_restaurants.json``: the phone fields of a country whose register no
earlier part used (Macau), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``MO``: restaurants of Macau as a student's data assignment scraped them from the Dianping
  listings (``assignment1/dianping22.csv`` of the repository JIEYI22/python-data-assignments,
  300 rows): Macanese numbers as the listing wrote them, most with the country code after
  ``+`` (``+853-81119250``), a few after ``00`` (``00853-28328828``), some bare
  (``28827128``), two of seven digits (``+853-8371367``, ``8899101``); beside the row's
  average price (``¥228``), address (``地址:...``) and cuisine tag.

Every row of the file with a number of six digits or more in its ``Tel`` field, in the file's
order. Each row is kept as a mapping of the file's columns to the published values as written
(the ``Tel`` field with the spaces the scraper left before it); the directory names no person
(its names are the restaurants', its addresses their premises), so no column is left out.

    python scripts/mo_restaurants_data.py MO_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _csv_rows, _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_mo_restaurants.json"
CAP = 600
SOURCES = {
    "MO": {
        "repository": "JIEYI22/python-data-assignments",
        "commit": "897051185efbf666f9007bc44555d00c2a8b16a0",
        "path": "assignment1/dianping22.csv",
        "publisher": "a student's data assignment (JIEYI22, 'DianPing dataset', the file as "
        "added in 2bae72a, 'Add files via upload', 15 November 2018): popular restaurants of "
        "Macau scraped from the Dianping listings (www.dianping.com/macau/food/); no official "
        "register is named",
        "licence": "not confirmed: the assignment's README says 'License: CC 4.0' (no variant "
        "named); the repository has no LICENSE file; Dianping's terms were not checked",
        "language": "zh",
        "roles": {"name": "Shopname", "phone": ["Tel"], "address": "Address",
                  "price": "Average Price", "tag": "Tags"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        text = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode("utf-8-sig")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_csv_rows(text))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
