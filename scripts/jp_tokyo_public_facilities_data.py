"""Extract the real list that ``pii_held_out_313.py`` writes its records around into
``scripts/data/pii_jp_tokyo_public_facilities.json``: the phone fields of a register no earlier
part used (the Tokyo Metropolitan Government's list of its public facilities, 公共施設一覧:
metropolitan libraries, museums, halls, parks, natural parks and gardens; Japan's earlier parts
took other registers, among them the same government's nurseries), exactly as it gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``Opendata/data/Tokyo Metropolitan Government/Public Facilities/csv/output.csv``: the
  Tokyo Metropolitan Government's public facilities in the national recommended data set's
  columns (推奨データセット, ``130001_public_facility.csv``), as araki-ka/DataTank's script
  downloaded it (cp932) and wrote it again (UTF-8, every field quoted, rows without coordinates
  dropped, the parking and fee flags as ``True``/``False``): the prefecture, the municipality
  (empty), the name, the POI code (``1512a``, ``1003a``), the address, coordinates, the
  ``電話番号`` (``03-3442-8451``: area code, exchange and line joined by hyphens; some of other
  area codes, ``042-``, ``0422-``, ``04998-2-7170``; one without its area code,
  ``3636-9365``; four with a trailing blank or ideographic space), the days, hours and closing
  days, a description, the web page, access, parking and fees.

Every row with a number of six digits or more in ``電話番号`` (two parks give none), in the
file's order; each row kept as a mapping of all of the file's columns to the published strings
(the list names no person: ``名称`` is the facility's name).

    python scripts/jp_tokyo_public_facilities_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_tokyo_public_facilities.json"
CAP = 600
PATHS = ("Opendata/data/Tokyo Metropolitan Government/Public Facilities/csv/output.csv",)
SOURCES = {
    "JP": {
        "repository": "araki-ka/DataTank",
        "commit": "121ce162b2e2b61834e243662352a017d808cc09",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "the Tokyo Metropolitan Government (東京都), its list of public facilities "
        "(公共施設一覧) in the national recommended data set's columns, "
        "www.opendata.metro.tokyo.lg.jp/suisyoudataset/130001_public_facility.csv (TOKYO OPEN "
        "DATA catalogue, dataset t000003d0000000033), as araki-ka/DataTank's "
        "public_facilities.py downloaded and rewrote it; added in 54a622b ('Add: Public "
        "Facilities', 1 October 2023), moved to this path in 121ce16 ('Migrated: directory', "
        "5 October 2023), removed from the repository in 03a372e (8 July 2024)",
        "licence": "not confirmed for the data: the repository's LICENSE is the MIT licence "
        "(Copyright (c) 2020 Kazuya Araki) of its code; the catalogue's terms (TOKYO OPEN DATA, "
        "CC BY 4.0 for most data sets) were not read here for this list",
        "language": "ja",
        "roles": {"name": "名称", "phone": ["電話番号"], "address": ["住所"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": dict(row)}
                for i, row in enumerate(table)
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
