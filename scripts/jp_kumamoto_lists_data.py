"""Extract the real lists that ``pii_held_out_244.py`` writes its records around into
``scripts/data/pii_jp_kumamoto_lists.json``: the phone fields of two registers no earlier part
used (Kumamoto City's hospitals and its food-business permits for restaurants; Japan's earlier
parts took other publishers' lists), exactly as the city gives them.

Two lists of one publisher, read from a git checkout at a named commit, values unchanged:

* ``data/byouin_list/byouin_list.csv``: Kumamoto City's list of the hospitals open in the city
  (病院一覧, as of 1 February 2024): all 90 rows, each with its ``電話番号`` (``096-366-3666``:
  the area code ``096``, the exchange and the line joined by hyphens; three of area code
  ``0964``), beside its kind, name, postcode (one written without its hyphen, ``8620971``),
  address (with a trailing blank), bed counts, a ``○`` under each department it offers, other
  departments and opening date;
* ``data/Insyokutenneigyoukyoka/org/Insyokutenneigyoukyoka.csv``: the city's register of
  food-business permits for restaurants (飲食店営業許可), the premises' ``営業所電話番号``
  mostly a seven-digit local number without the area code (``382-3222``; 5,969 of the 6,048
  rows that give a number of six digits or more, 76 with the area code): a seeded sample of
  ``CAP`` of those rows.

Both files are UTF-8 CSV with a byte-order mark, fetched from the city's open-data portal by
the repository's scheduled workflow. Each row kept as a mapping of its file's columns to the
published strings, save the columns that name a person: the hospitals' founder and director
(``開設者名``, ``管理者氏名``) and the permits' applicant, representative and applicant's address
(``申請者氏名``, ``代表者氏名``, ``申請者住所``).

    python scripts/jp_kumamoto_lists_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_kumamoto_lists.json"
CAP = 310
HOSPITALS = "data/byouin_list/byouin_list.csv"
PERMITS = "data/Insyokutenneigyoukyoka/org/Insyokutenneigyoukyoka.csv"
PHONES = {HOSPITALS: "電話番号", PERMITS: "営業所電話番号"}
LEFT_OUT = {
    HOSPITALS: ("開設者名", "管理者氏名"),
    PERMITS: ("申請者氏名", "代表者氏名", "申請者住所"),
}
SOURCES = {
    "JP": {
        "repository": "codeforkumamoto/od_kumamoto_city",
        "commit": "d2a3114cb383af6c19b4595d7428628c3faf6e3c",
        "paths": [HOSPITALS, PERMITS],
        "encoding": "utf-8-sig",
        "publisher": "Kumamoto City (熊本市, Kumamoto Prefecture): its list of hospitals "
        "(病院一覧, as of 1 February 2024) and its register of food-business permits for "
        "restaurants (飲食店営業許可), as the city publishes them on its open-data page "
        "(www.city.kumamoto.jp/opendata), copied by Code for Kumamoto's repository, whose "
        "scheduled workflow fetched both in d2a3114 ('[Bot] GitHub Actions - get data at "
        "2025-04-25')",
        "licence": "CC BY 4.0 as the repository's README states for the data set (著作者: 熊本市; "
        "'熊本市のオープンデータを改変・再配布'), with the city's disclaimer at "
        "odcs.bodik.jp/431001/tos/ (not read here); the repository has no LICENSE file",
        "language": "ja",
        "roles": {
            "name": ["施設正式名称", "屋号"],
            "phone": ["電話番号", "営業所電話番号"],
            "address": ["所在地", "営業所所在地"],
        },
    },
}  # fmt: skip


def _rows(git_dir: Path, commit: str, path: str, encoding: str) -> list[dict[str, Any]]:
    """The file's rows with a number in its phone column, in the file's order, the columns
    that name a person left out."""
    raw = _git(git_dir, "show", f"{commit}:{path}")
    table = csv.DictReader(io.StringIO(raw.decode(encoding), newline=""))
    return [
        {
            "country": "JP",
            "path": f"{path}#{i}",
            "fields": {k: v for k, v in row.items() if k not in LEFT_OUT[path]},
        }
        for i, row in enumerate(table)
        if _has_phone(row, [PHONES[path]])
    ]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """All the hospitals, then a seeded sample of the permits, with the commit they were read
    at."""
    meta, git_dir = SOURCES["JP"], gits["JP"]
    read = [_rows(git_dir, meta["commit"], path, meta["encoding"]) for path in meta["paths"]]
    hospitals, permits = read
    return {"sources": SOURCES, "rows": hospitals + seeded_sample(permits, "JP", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
