"""Extract the real list that ``pii_held_out_297.py`` writes its records around into
``scripts/data/pii_jp_koriyama_nurseries.json``: the phone and fax fields of a register no
earlier part used (Koriyama City's nurseries, kindergartens and other childcare facilities,
Fukushima; Japan's earlier parts took other registers, among them Toyama's, Sapporo's and the
Tokyo Metropolitan Government's nursery lists), exactly as the city gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``data_org/nurseryData.csv``: Koriyama City's own data of its childcare facilities for its
  nursery map (郡山市版保育園マップ, the city's fork of the national papamama map, kept in the
  city's GitHub organisation), Shift_JIS (cp932) CSV, one row per facility: public and licensed
  nurseries (認定保育所, 認可保育所 and their 分園), small-scale and workplace nurseries,
  certified centres for early childhood education and care (認定こども園), kindergartens
  (幼稚園) and unlicensed nurseries (認可外保育所, 13 of them not open to the public: hospitals'
  and companies' staff nurseries). Each has its ``TEL`` (``024-944-3601``: the area code
  ``024``, the exchange and the line joined by hyphens; operators' numbers elsewhere,
  ``022-796-1940``; one IP phone, ``050-1226-2134``) and, for most, its ``FAX`` in the same shape
  (for 42 public and small facilities the ``TEL``'s own number), beside the name and label, the
  kind, public or private, flags, the address and building, the coordinates (``Y``, ``X``), the
  capacity, the ages taken, the hours and the notes on extended care.

Every row whose ``TEL`` holds a number of ten digits or more that is not a mobile's (153 of
157): left out are three whose ``TEL`` holds a postcode (``963-8035``, the city's slip) and one
babysitter's mobile number (``090-``, a private person's line); each row kept as a mapping of
its columns to the published strings, in the file's order, but for ``Owner``, left out: it
names the operators' representatives (``理事長``, ``代表取締役`` and their names), private
persons.

    python scripts/jp_koriyama_nurseries_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_koriyama_nurseries.json"
CAP = 600
PATH = "data_org/nurseryData.csv"
DROPPED = ("Owner",)
MOBILE = re.compile(r"0[789]0-")
SOURCES = {
    "JP": {
        "repository": "Koriyama-City/papamama",
        "commit": "bcea35f2edcc266f4a8a6e3576729e5e313cd037",
        "paths": [PATH],
        "encoding": "cp932",
        "publisher": "Koriyama City (郡山市, Fukushima Prefecture), its data of the city's "
        "nurseries, kindergartens and other childcare facilities for its nursery map "
        "(郡山市版保育園マップ), kept by the city in its own GitHub organisation "
        "(Koriyama-City); the README says the city's data are taken in in its own format; the "
        "file last changed in bcea35f ('データ更新', 26 August 2024), the repository's head",
        "licence": "not confirmed for the data: the repository's LICENSE is the MIT licence, "
        "'Copyright (c) 2017 郡山市ソーシャルメディア推進課' (the city's social-media promotion "
        "section), which covers the repository; no separate terms are named for the data",
        "language": "ja",
        "roles": {"name": "Name", "phone": ["TEL", "FAX"], "address": ["Add1", "Add2"]},
    },
}  # fmt: skip


def _kept(row: dict[str, str]) -> bool:
    """A row whose ``TEL`` holds a number of ten digits or more, not a mobile's."""
    tel = row.get("TEL") or ""
    return sum(c.isdigit() for c in tel) >= 10 and not MOBILE.match(tel.strip())


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
