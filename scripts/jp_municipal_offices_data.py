"""Extract the real list that ``pii_held_out_235.py`` writes its records around into
``scripts/data/pii_jp_municipal_offices.json``: the phone fields of a register no earlier part
used (Japan's 1,741 municipal offices, the city halls, ward offices and town and village offices
of every municipality and of Tokyo's 23 special wards; Japan's earlier parts took city and
prefectural lists of hospitals, nurseries, shops and facilities and the roadside stations'
directory), exactly as the list gives them.

One JSON file, read from a git checkout at a named commit, values unchanged:

* ``master/municipalities.json``: one object a municipality, in the order of the national local
  government codes (``code``, ``011002``, 全国地方公共団体コード with its check digit): the
  prefecture, the municipality's name and its reading in hiragana (``city_kana``), the office's
  own postcode (``zip``, ``060-8611``), its address (without the prefecture's name), its main
  number (``tel``: the area code, exchange and line joined by hyphens, ``011-211-2111``,
  ``0138-21-3111``, ``01654-3-2111``; ``03-3264-2111`` of Tokyo's wards; one ``050-5812-2111``)
  and the office's coordinates (JSON numbers).

Every object has a number of six digits or more in ``tel``; a seeded sample of ``CAP`` of them,
in the file's order, each kept as a mapping of all of its keys to the published JSON values (the
list names no person: ``jititai`` is the municipality's name).

    python scripts/jp_municipal_offices_data.py JP_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_municipal_offices.json"
CAP = 576
PATH = "master/municipalities.json"
SOURCES = {
    "JP": {
        "repository": "y-kawakami/harekaze_server",
        "commit": "db01b2245c870647a089df59477926786ee39ded",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Japan's municipalities (市区町村), the main numbers, postcodes and "
        "addresses of their offices (市役所, 区役所, 町村役場) in the national local government "
        "code order, as the server of a cherry-blossom survey app (harekaze) keeps them in "
        "master/municipalities.json (the repository's head, 26 March 2026; the file as last "
        "changed in 5dcd855, 'fix municipality', 17 February 2025); the repository names no "
        "source for the list, whose columns (団体コード, 団体名, 新郵便番号, 住所, 電話番号) are "
        "those of the local governments' address and phone lists that J-LIS (地方公共団体情報"
        "システム機構) publishes",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for its code or data; the terms of the list it was compiled from were not read "
        "here",
        "language": "ja",
        "roles": {"name": "jititai", "phone": ["tel"], "address": ["address"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept objects of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": item}
            for i, item in enumerate(json.loads(raw.decode(meta["encoding"])))
            if _has_phone(item, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
