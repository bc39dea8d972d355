"""Extract the real directory that ``pii_held_out_95.py`` writes its records around into
``scripts/data/pii_uz_fuel_stations.json``: the phone fields of a country whose register no
earlier part used (Uzbekistan), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``UZ``: Uzbek filling stations (АЗС, АГНКС, АГЗС) as the uMaps POI scraper of the
  repository diyorbek0309/umaps-poi-scraper collected them from Yandex Maps' public business
  cards (``data/fuel-uzbekistan-merged.json``): Uzbek numbers as each card gives them, mostly
  ``+998 71 289 06 10`` and mobiles ``+998 97 739 22 11``, Russian chains' ``+7 (342) ...`` and
  ``8 (800) ...``, six Tashkent numbers under a wrong country code as the cards give them
  (``+371  712 83 22 00`` with two spaces, ``+98 8712 30 37 21``), one short number
  (``5555``); one to nineteen numbers a station; beside the station's coordinates
  (``41.315499``), its Yandex organisation id, address and opening hours.

Every entry of the array whose region is Uzbekistan (Yandex region ``171`` first in its
``region.hierarchy``) with a number of six digits or more in one of its ``phones``, in the
array's order. Each row is kept as a mapping of names to the published values as the file
writes them (JSON numbers as their digits): ``name``, ``address``, ``fullAddress``, ``lat`` and
``lng`` (of ``coordinates``), ``yandexId``, ``category`` (the first of ``categories``' names),
``workingTimeText``, ``rating``, ``reviewCount``, ``city`` (``_city``), ``scrapedAt``
(``_scrapedAt``) and ``phone_1`` .. ``phone_<k>``, the ``number`` of each of ``phones`` in its
order (all of type ``phone``: the file gives no fax numbers or e-mail addresses). The
directory names no person (its names are the stations' or their brands', its addresses their
premises), so nothing else is left out but the scraper's media, links and feature lists.

    python scripts/uz_fuel_stations_data.py UZ_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_uz_fuel_stations.json"
CAP = 600
UZBEKISTAN = "171"
SOURCES = {
    "UZ": {
        "repository": "diyorbek0309/umaps-poi-scraper",
        "commit": "8756217906a4f4d1e2bbf83f64705fd3596608a1",
        "path": "data/fuel-uzbekistan-merged.json",
        "encoding": "utf-8",
        "publisher": "the uMaps POI scraper's collection of Uzbek filling stations from Yandex "
        "Maps' public organisation cards, as committed in 8756217 ('Add HTTP grid scraper with "
        "adaptive quadtree', 24 April 2026; the file was removed from the repository in "
        "2a2955d, 'exclude data/ from repo'); its entries carry '_scrapedAt' dates of April "
        "2026; no official register is named",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the data are Yandex Maps' business cards, whose terms were not read",
        "language": "ru",
        "roles": {"name": "name", "phone": [], "address": "fullAddress",
                  "lat": "lat", "lon": "lng"},
    },
}  # fmt: skip


def _row(entry: dict[str, Any]) -> dict[str, str]:
    """The kept fields of one entry, each as the file writes it ("" where it has none)."""
    fields = {
        "name": entry.get("name") or "",
        "address": entry.get("address") or "",
        "fullAddress": entry.get("fullAddress") or "",
        "lat": entry["coordinates"]["lat"],
        "lng": entry["coordinates"]["lng"],
        "yandexId": entry.get("yandexId") or "",
        "category": (entry.get("categories") or [{}])[0].get("name") or "",
        "workingTimeText": entry.get("workingTimeText") or "",
        "rating": entry.get("rating") or "",
        "reviewCount": entry.get("reviewCount") or "",
        "city": entry.get("_city") or "",
        "scrapedAt": entry.get("_scrapedAt") or "",
    }
    for k, phone in enumerate(entry.get("phones") or [], 1):
        assert phone["type"] == "phone", phone
        fields[f"phone_{k}"] = phone["number"]
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    sources, rows = {}, []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        entries = json.loads(raw.decode(meta["encoding"]), parse_int=str, parse_float=str)
        found = []
        for i, entry in enumerate(entries):
            if (entry.get("region") or {}).get("hierarchy", [None])[0] != UZBEKISTAN:
                continue
            fields = _row(entry)
            phones = [c for c in fields if c.startswith("phone_")]
            if _has_phone(fields, phones):
                found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        kept = seeded_sample(found, country, CAP)
        most = max(sum(c.startswith("phone_") for c in r["fields"]) for r in kept)
        roles = {**meta["roles"], "phone": [f"phone_{k}" for k in range(1, most + 1)]}
        sources[country] = {**meta, "roles": roles}
        rows += kept
    return {"sources": sources, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
