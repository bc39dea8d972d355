"""Extract the real list that ``pii_held_out_321.py`` writes its records around into
``scripts/data/pii_jp_chiba_nurseries.json``: the phone and fax fields of a register no earlier
part used (Chiba City's nurseries, kindergartens and unlicensed childcare facilities, Chiba
Prefecture; Japan's earlier parts took other registers, among them Toyama's, Sapporo's,
Koriyama's and the Tokyo Metropolitan Government's nursery lists), exactly as the list gives
them.

One list, read from a git checkout at a named commit, values unchanged:

* ``data_org/nurseryData.csv``: Code for Chiba's data of Chiba City's childcare facilities for
  its nursery map (千葉市版保育園マップ, a fork of Code for Sapporo's papamama map), made, as its
  README says, from the nursery data Chiba City publishes (its lists of licensed nurseries and
  of vacancies, www.city.chiba.jp/kodomomirai/kodomomirai/unei/) and the national land
  information welfare-facility data; UTF-8 CSV, one row per facility: 273 licensed nurseries
  and other licensed childcare facilities (認可保育施設), 76 kindergartens (幼稚園), 18
  unlicensed nurseries (認可外保育施設) and two rows without a kind. Each has its ``Tel``
  (``043-261-2916``: Chiba's area code ``043``, the exchange and the line joined by hyphens; one
  free dial, ``0120-993-952``) and 130 a ``Fax`` in the same shape (62 the ``Tel``'s own
  number), beside the id (``1001``), name and short label, public or private, kind, address,
  coordinates (``Y``, ``X``), web page, capacity, ages taken, hours, flags, vacancy and its date
  (``2018/11/1``), remarks, parking places, uniform and lunch notes, opening date
  (``19710519``) and playroom area.

Every row of a named kind whose ``Tel`` is ASCII digits joined by ASCII hyphens (366 of 369):
left out are one whose ``Tel`` joins its line with a Unicode hyphen (``‐``, U+2010), written so
by the list, whose two halves no phone rule reads as one number, and the two rows without a
kind, owner or coordinates (two small childcare rooms, ``いそべのおうち`` and ``保育ハウス
ひよこ``, of five and two places, whose numbers may be a carer's home line). Of the 366 kept,
272 are licensed, 76 kindergartens and 18 unlicensed, 59 public and 307 private; 130 have a
``Fax``, 62 of them the ``Tel``'s number. Each row is kept as a mapping of its columns to the
published strings, in the file's order, but for ``Owner``, left out: it names the operators,
among them one private person who runs a kindergarten (``（個人）...``).

    python scripts/jp_chiba_nurseries_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_chiba_nurseries.json"
CAP = 600
PATH = "data_org/nurseryData.csv"
DROPPED = ("Owner",)
ASCII_NUMBER = re.compile(r"\d+(?:-\d+)+")
SOURCES = {
    "JP": {
        "repository": "codeforchiba/papamama",
        "commit": "25c582496b96483a3927a2eebde25f3cd30adbb7",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Chiba City (千葉市, Chiba Prefecture), its published data of the city's "
        "nurseries, kindergartens and unlicensed childcare facilities (the lists of licensed "
        "nurseries and of vacancies, www.city.chiba.jp/kodomomirai/kodomomirai/unei/), as "
        "Code for Chiba compiled them for its nursery map (千葉市版保育園マップ, a fork of Code "
        "for Sapporo's papamama) with the national land information welfare-facility data, "
        "as the repository's README names its sources; the file last changed in be90bb4 "
        "('2018年のデータに更新', 16 March 2019), the repository's head 25c5824 ('Update "
        "README.md', 16 March 2019)",
        "licence": "not confirmed for the data: the repository's LICENSE.txt is the MIT "
        "licence, 'Copyright (c) 2014 Code for Sapporo', of the map's code; no terms are named "
        "for the data, and Chiba City's terms for its lists were not read here",
        "language": "ja",
        "roles": {"name": "Name", "phone": ["Tel", "Fax"], "address": ["Address"]},
    },
}  # fmt: skip


def _kept(row: dict[str, str]) -> bool:
    """A row of a named kind whose ``Tel`` is ASCII digits joined by ASCII hyphens."""
    return bool(row.get("Type")) and bool(ASCII_NUMBER.fullmatch(row.get("Tel") or ""))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found += [
                {
                    "country": country,
                    "path": f"{path}#{i}",
                    "fields": {k: v for k, v in row.items() if k not in DROPPED},
                }
                for i, row in enumerate(table)
                if _kept(row)
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
