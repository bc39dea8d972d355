"""Extract the real register that ``pii_held_out_227.py`` writes its records around into
``scripts/data/pii_jp_michi_no_eki.json``: the phone fields of a register no earlier part used
(Japan's roadside stations, 道の駅, as the National Council of Roadside Stations lists them;
Japan's earlier parts took city and prefectural lists of nurseries, hospitals, facilities and
shops), exactly as the council's pages give them.

One national directory, read from a git checkout at a named commit, values unchanged:

* ``data/stations.geojson``: every roadside station registered with the Ministry of Land,
  Infrastructure, Transport and Tourism as the council's site (www.michi-no-eki.jp,
  全国「道の駅」連絡会) lists it, scraped station by station into a GeoJSON feature collection by
  tk0miya/roadside_station_maps (道の駅マップ): 1,234 features, each with ``prefId``,
  ``prefName``, ``stationId``, ``name``, ``address`` (the postcode, a space and the address,
  ``068-2165 北海道三笠市岡山1056-1``), ``tel``, ``hours``, ``uri`` and ``mapcode`` (a Denso
  mapcode, ``180 276 269``) and a point; the ``tel`` field as the site writes it: the area code,
  exchange and line joined by hyphens (``01267-2-5775``, ``0124-23-1437``, ``025-230-3030``),
  some run together (``0243613100``), a few with a trailing or leading blank, and a few with
  words around the number or more than one number (``0198-48-5018 大迫支所へ転送``,
  ``0772-25-1382(FAX 0772-45-1388)``,
  ``案内所：0944-75-2150 ... 直売所：0944-75-2153／レストラン：0944-75-2151``).

Every feature with a number of six digits or more in ``tel`` (25 have none) but one, whose
area code stands in full-width brackets (``（0165）26-7353``: the part's labelling reads a
number's groups by ASCII separators only), then a seeded sample of ``CAP`` of them, in the
file's order; each kept as the mapping of its ``properties`` (all strings as published, the
register names no person) with the point's coordinates beside them.

    python scripts/jp_michi_no_eki_data.py JP_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_michi_no_eki.json"
CAP = 540
PATH = "data/stations.geojson"
SOURCES = {
    "JP": {
        "repository": "tk0miya/roadside_station_maps",
        "commit": "1d16bd3e23deb5a276ef79ba1dc9f05e8eb55b33",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the National Council of Roadside Stations (全国「道の駅」連絡会), its "
        "directory of the roadside stations (道の駅) registered with the Ministry of Land, "
        "Infrastructure, Transport and Tourism, www.michi-no-eki.jp/stations/views/<id>, as "
        "tk0miya/roadside_station_maps (道の駅マップ) scrapes it station by station into "
        "data/stations.geojson (the file as last changed in 122d3cb, 'Correct the "
        "coordinates of きなりの郷 下北山 while scraping', 21 August 2026); the README names "
        "the council's site as the source of the stations' data",
        "licence": "not confirmed: the repository has no LICENSE file and package.json names "
        "none; the README names the source but no terms for the data, and the council's site "
        "terms were not read here",
        "language": "ja",
        "roles": {"name": "name", "phone": ["tel"], "address": ["address"]},
    },
}  # fmt: skip


def _kept(properties: dict[str, Any]) -> bool:
    """A phone field with a number, its groups read by ASCII separators (no full-width
    bracket around an area code)."""
    return _has_phone(properties, ["tel"]) and "（" not in properties["tel"]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept stations of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        features = json.loads(raw.decode(meta["encoding"]))["features"]
        found = [
            {
                "country": country,
                "path": f"{PATH}#{i}",
                "fields": dict(feature["properties"]),
                "coordinates": feature["geometry"]["coordinates"],
            }
            for i, feature in enumerate(features)
            if _kept({k: v or "" for k, v in feature["properties"].items()})
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
