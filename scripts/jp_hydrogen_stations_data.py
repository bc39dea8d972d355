"""Extract the real list that ``pii_held_out_345.py`` writes its records around into
``scripts/data/pii_jp_hydrogen_stations.json``: the phone fields of a register no earlier part
used (Toyota's directory of Japan's hydrogen refuelling stations; Japan's earlier parts took
city, prefecture and ministry lists of other institutions), exactly as the directory gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``data/hydrogen-station-info.csv``: the hydrogen stations that Toyota's MIRAI station finder
  (toyota.jp/mirai/station/) lists, as its ``getHydrogenStationInfo`` answer gave them on 20 May
  2022 and code4fukui's ``deno/download.js`` flattened them into CSV (UTF-8 with a BOM): the
  station's id (``0000300026``), name, kana reading and English name, kind (固定式（オンサイト）,
  固定式（オフサイト）, 移動式), postcode (``819-0367``), address and its kana, coordinates,
  operating status, days, hours, payment, fill pressure, web page, a free ``information`` note
  and ``tel``: Japanese numbers as the operators typed them, area code, exchange and line
  joined by hyphens (``092-836-8981``, ``0949-28-7102``, ``06-6494-1855``), mobile numbers of
  mobile and small stations (``070-2285-1149``, ``090-7515-4571``); a few notes give another
  number (``電話が繋がらない時は052-746-8710``, ``予約電話番号　090-3308-3882``, one in
  full-width digits, ``０５７３-２６-２１５１``).

Every row with a number of six digits or more in ``tel`` (all 157), in the file's order; each
row kept as a mapping of all of the file's columns to the published strings (the list names no
person: ``stationName`` is the station's, its operator's brand in it; no column holds an e-mail
address, ``stationNameEng`` once reads ``iwakikasima@suisostation``, a name with no domain).

    python scripts/jp_hydrogen_stations_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_hydrogen_stations.json"
CAP = 600
PATH = "data/hydrogen-station-info.csv"
SOURCES = {
    "JP": {
        "repository": "code4fukui/hydrogen-station",
        "commit": "1efc98052eff0e3e298aa71cb7fd0f951baf2c34",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "Toyota Motor Corporation's directory of hydrogen refuelling stations "
        "(トヨタ MIRAI 水素ステーション, toyota.jp/mirai/station/), as the directory's API "
        "(api.evfcv.awstemp.toyota.jp, method getHydrogenStationInfo) answered on 20 May 2022; "
        "written to CSV by code4fukui (Code for FUKUI) in 092f8bd ('update data', 20 May 2022), "
        "whose README names the Toyota page as the source",
        "licence": "not confirmed: the repository's LICENSE is the MIT licence (© 2022 Taisuke "
        "Fukuno) of its code and files; Toyota's terms for the directory's data were not read "
        "here",
        "language": "ja",
        "roles": {"name": "stationName", "phone": ["tel"], "address": ["addressJp"]},
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
