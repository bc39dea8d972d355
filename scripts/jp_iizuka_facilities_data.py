"""Extract the real lists that ``pii_held_out_122.py`` writes its records around into
``scripts/data/pii_jp_iizuka_facilities.json``: the phone fields of a register no earlier part
used (Iizuka City's medical institutions and public facilities, Fukuoka; Japan's earlier parts
took other registers, among them Toyama City's nurseries), exactly as the city gives them.

Two lists of one publisher, read from a git checkout at a named commit, values unchanged:

* ``data/hospitals.csv``: Iizuka City's list of medical institutions (医療機関一覧) in the
  national recommended data set's columns (推奨データセット), clinics with and without beds and
  hospitals, each with its ``電話番号`` (``0948-22-0703``: the area code ``0948``, the exchange
  and the line joined by hyphens; one of area code ``0949``; one with a trailing blank), beside
  its name and kana reading, kind, address, coordinates, consultation days and hours,
  departments, bed count and web page;
* ``data/facilities.csv``: the city's list of public facilities (公共施設一覧), schools, halls,
  community centres and offices, in the same data set's columns, with its ``電話番号`` in the
  same shape where it has one (5 have none), beside the name, kana reading, POI code, address,
  coordinates and postcode.

Both files are Shift_JIS (cp932) CSV as the city's portal on BODIK publishes them, copied into
the repository b84330808/iizuka-ikeru-navi (a transport-planning prototype for Iizuka). Every
row with a number of six digits or more in ``電話番号``, the medical list first, each in the
file's order; each row kept as a mapping of all of its file's columns to the published strings
(the lists name no person: ``名称`` is the institution's or facility's name).

    python scripts/jp_iizuka_facilities_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_iizuka_facilities.json"
CAP = 600
PATHS = ("data/hospitals.csv", "data/facilities.csv")
SOURCES = {
    "JP": {
        "repository": "b84330808/iizuka-ikeru-navi",
        "commit": "191f36bc672c703c266f7db06dbea7f0cc8db38e",
        "paths": list(PATHS),
        "encoding": "cp932",
        "publisher": "Iizuka City (飯塚市, Fukuoka Prefecture), its lists of medical "
        "institutions (医療機関一覧) and public facilities (公共施設一覧) in the national "
        "recommended data set's columns as the city publishes them on BODIK "
        "(data.bodik.jp, organization 402052); copied into the repository in 7c31c1f ('MVP "
        "app: いいづか のりものナビ', 13 July 2026), whose README names 'BODIK 飯塚市' as the "
        "source of both lists",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the city's terms for the two lists on BODIK were not read here",
        "language": "ja",
        "roles": {"name": "名称", "phone": ["電話番号"], "address": ["所在地_連結表記"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two lists, with the commit they were read at."""
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
