"""Extract the real register that ``pii_held_out_112.py`` writes its records around into
``scripts/data/pii_jp_toyama_nurseries.json``: the phone fields of a register no earlier part
used (Japan, whose earlier parts took other registers; this one is Toyama City's nurseries and
kindergartens), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``JP``: Toyama City's licensed nurseries, unlicensed childcare facilities and kindergartens
  as Code for Toyama City compiled them for its nursery map (``data/csv/nurseryFacilities.csv``
  of the repository codefortoyama/papamama, which names Toyama City's open-data facility map
  and Toyama Prefecture's list of nurseries as its sources): Japanese numbers as each row gives
  them, most ``076-429-4959``, 17 seven-digit local numbers without the area code.

Every row of the file with a number of six digits or more in its ``TEL`` field, in the file's
order. Each row is kept as a mapping of the file's columns to the published values; the file
names no person (its names are the facilities', its addresses their premises; ``Owner`` is
empty in every row), so no column is left out.

    python scripts/jp_toyama_nurseries_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_toyama_nurseries.json"
CAP = 600
SOURCES = {
    "JP": {
        "repository": "codefortoyama/papamama",
        "commit": "24449e4f17f872a7127a7f8ed4f22a9b67537d38",
        "path": "data/csv/nurseryFacilities.csv",
        "encoding": "utf-8-sig",
        "publisher": "Code for Toyama City's nursery map (a fork of Code for Sapporo's "
        "papamama), its facility CSV as committed in 24449e4 (30 November 2021); its "
        "doc/README.md names Toyama City's open-data facility map (InfoMap Toyama, education "
        "and childcare facilities) and Toyama Prefecture's list of licensed nurseries as the "
        "sources, and some rows as quoted from the 'Ikusapo Toyama' website",
        "licence": "not confirmed for the data: the repository's LICENSE.txt is the MIT "
        "licence of Code for Sapporo's code; the README asks users to check the terms of the "
        "sources it names, which were not read here",
        "language": "ja",
        "roles": {"name": "Name", "phone": ["TEL"], "fax": "FAX", "address": "Add2",
                  "lat": "Y", "lon": "X"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        reader = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#L{i + 2}", "fields": dict(row)}
            for i, row in enumerate(reader)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
