"""Extract the real list that ``pii_held_out_131.py`` writes its records around into
``scripts/data/pii_tw_moe_elementary.json``: the phone fields of a register no earlier part
used (the Ministry of Education's directory of Taiwan's elementary schools, 國民小學名錄;
Taiwan's earlier part took the National Health Insurance Administration's mask-stock list of
pharmacies and health centres), exactly as the ministry gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``e1_new.csv``: the ministry's Department of Statistics' 國民小學名錄 of the 112 school year
  (2023-24), every public and private elementary school of Taiwan, Kinmen and Matsu, each row
  with its ``學年度`` (112), six-digit school code ``代碼`` (``011601``), name, ``公/私立``,
  ``縣市名稱`` (the county with its list code in brackets, ``[01]新北市``), ``地址`` (the
  three-digit postcode in brackets, then the address: ``[234]新北市永和區福和路125巷20號``),
  ``電話`` and ``網址``. The number is the area code in brackets and the subscriber's digits
  with no separator: ``(02)86716836``, ``(03)4899899``, ``(037)981013``, ``(049)2522208``, and
  ``(0836)22192`` for Matsu's five-digit lines; every row has one.

The file is UTF-8 with a byte-order mark, as data.gov.tw (dataset 6087) gives it, copied into
the repository radekmatloch/ici_template (a study of housing prices near Taipei's experimental
schools, whose README names data.gov.tw/dataset/6087 as the source of the elementary
directory). A seeded sample of 600 of its 2,625 rows (every row has a number of six digits or
more), in the file's order; each row kept as a mapping of all of its columns to the published
strings (the list names no person: ``學校名稱`` is the school's name).

    python scripts/tw_moe_elementary_data.py TW_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tw_moe_elementary.json"
CAP = 600
PATHS = ("e1_new.csv",)
SOURCES = {
    "TW": {
        "repository": "radekmatloch/ici_template",
        "commit": "27c39e9159708e49b390536131a51b9c761f227d",
        "paths": list(PATHS),
        "encoding": "utf-8-sig",
        "publisher": "Ministry of Education, Department of Statistics (教育部統計處), its "
        "directory of elementary schools (國民小學名錄) of the 112 school year as data.gov.tw "
        "publishes it (dataset 6087); copied into the repository in 303df25 ('Add files via "
        "upload', 29 June 2026), whose README names data.gov.tw/dataset/6087 as the source of "
        "the elementary school directory",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the terms under which data.gov.tw publishes dataset 6087 were not read here",
        "language": "zh-Hant",
        "roles": {"name": "學校名稱", "phone": ["電話"], "address": ["地址"]},
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
