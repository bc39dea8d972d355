"""Extract the real lists that ``pii_held_out_305.py`` writes its records around into
``scripts/data/pii_jp_takamatsu_lodging.json``: the phone fields of a register no earlier part
used (Takamatsu City's licences of lodging businesses and public baths, Kagawa; the city's
hospitals and care homes went into an earlier part, other Japanese parts took other registers),
exactly as the city gives them.

Two lists of one publisher, the city's public health centre (高松市保健所, 生活衛生課), read from
a git checkout at a named commit, values unchanged:

* ``data/new_hostels/0103_202607.xlsx``: the lodging businesses licensed under the Hotel
  Business Act (旅館業開設一覧, 'as of 31 July 2026'): hotels and ryokan (旅館・ホテル) and
  simple lodgings (簡易宿所: guesthouses, hostels, holiday cottages), each with its facility
  phone ``施設電話番号`` where it has one (228 of 529: ``087-841-9464``, the area code ``087``, the
  exchange and the line joined by hyphens; two IP phones ``050-5847-7445``; four of operators
  elsewhere, ``092-292-3160``, ``0875-89-1774``, ``06-6751-8888``, ``03-6875-3754``);
* ``data/new_public_baths/0104_202607.xlsx``: the public baths licensed under the Public Bath
  Act (公衆浴場開設一覧): 一般公衆浴場 (sentō) and その他の公衆浴場 (hot-spring baths, saunas,
  bathhouses of hotels and sports clubs), with ``施設電話番号`` in the same shape (74 of 87; one
  ``050-8881-7887``).

Both are Office Open XML workbooks (one sheet, a header row, every cell a shared string); read
with the standard library. Every row whose ``施設電話番号`` holds a number of six digits or more,
the lodging list first, each in the file's order (302 rows, no sampling, no mobile number among
them). Each row kept as a mapping of its facility columns to the published strings: the kind of
business, the facility's name (``施設名称１``), postcode, address lines, phone, licence number
and date (``第590号``, ``S38.01.14``, a Japanese-era date) and the licence's kind; the operator's
columns (``営業者申請者名``/``申請者名``, title, representative's name, prefecture and address)
are left out: they name private persons (sole traders and companies' representatives) and their
home addresses.

    python scripts/jp_takamatsu_lodging_data.py JP_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jp_takamatsu_schools_data import sheet_rows as workbook_rows
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_takamatsu_lodging.json"
CAP = 600
PATHS = ("data/new_hostels/0103_202607.xlsx", "data/new_public_baths/0104_202607.xlsx")
SOURCES = {
    "JP": {
        "repository": "takamatsu-city/opendata",
        "commit": "6fc71c75406e9f2687e84076558cb497c2ce0570",
        "paths": list(PATHS),
        "publisher": "Takamatsu City (高松市, Kagawa Prefecture), its public health centre's "
        "lists of the lodging businesses licensed under the Hotel Business Act (旅館業開設一覧, "
        "data set 0103, 'R8.7.31時点') and of the public baths licensed under the Public Bath Act "
        "(公衆浴場開設一覧, data set 0104), published in the city's own GitHub repository for "
        "its open data (opendata.takamatsu-fact.com); the lodging list added in 198c128 "
        "('旅館業営業許可一覧（R8.7.31時点）', 10 August 2026)",
        "licence": "CC BY 4.0 (© 高松市 Takamatsu City), the repository's LICENSE; the site's "
        "terms of use (opendata.takamatsu-fact.com/about/) were not read here",
        "language": "ja",
        "roles": {"name": "施設名称１", "phone": ["施設電話番号"], "address": ["施設所在地１"]},
    },
}  # fmt: skip

# the operator's columns, left out of the kept rows: they name private persons and their homes
DROPPED = re.compile(r"^(営業者|申請者)")


def sheet_rows(raw: bytes) -> list[dict[str, str]]:
    """The rows of a workbook's first sheet below its header row (the city's reader,
    ``jp_takamatsu_schools_data.sheet_rows``), less the operator's columns."""
    return [
        {name: value for name, value in row.items() if not DROPPED.match(name)}
        for row in workbook_rows(raw)
    ]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": row}
                for i, row in enumerate(sheet_rows(raw))
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
