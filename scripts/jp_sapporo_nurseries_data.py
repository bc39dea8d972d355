"""Extract the real list that ``pii_held_out_171.py`` writes its records around into
``scripts/data/pii_jp_sapporo_nurseries.json``: the phone and fax fields of a register no
earlier part used (Sapporo City's licensed and unlicensed nurseries, Hokkaido; Japan's earlier
parts took other registers, among them Toyama City's nurseries), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``data/nurseryFacilities.geojson``: Code for Sapporo's map data of Sapporo City's nursery
  facilities (さっぽろ保育園マップ / パパママMAP), built from the city's published lists of
  licensed nurseries (認可保育所), unlicensed ones (認可外) and kindergartens (幼稚園), one GeoJSON
  ``Feature`` per facility. Each has its ``TEL`` (``011-511-0447``: the area code ``011``, the
  exchange and the line joined by hyphens; a few Tokyo numbers of operators, ``03-5332-7890``;
  one free-dial number written ``0120-0123-13``) and, for 249, its ``FAX`` in the same shape
  (12 the same number as the ``TEL``), beside the facility's id (``HID``), kind, name and
  label, the ages it takes, its capacity, hours, notes on extended care, ward and street
  address, ownership, flags and coordinates (``Y``, ``X``). The kindergartens have no number.

Every feature with a number of six digits or more in ``TEL`` or ``FAX`` (382, all of them
nurseries), in the file's order; each kept as a mapping of its ``properties`` to the published
values (JSON strings, numbers and ``null`` as the file gives them), but for ``Owner``, left
out: for some unlicensed nurseries it names the private person who runs it.

    python scripts/jp_sapporo_nurseries_data.py JP_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_sapporo_nurseries.json"
CAP = 600
PATH = "data/nurseryFacilities.geojson"
DROPPED = ("Owner",)
SOURCES = {
    "JP": {
        "repository": "codeforsapporo/papamama",
        "commit": "493b4b784512dc17f6c8f537e2b8333fafd402a9",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Sapporo City (札幌市, Hokkaido), its lists of nursery facilities "
        "(認可保育所, 認可外保育施設, 幼稚園; www.city.sapporo.jp/kodomo/kosodate/l4_01.html), as "
        "Code for Sapporo's nursery map (さっぽろパパママMAP) stores them in one GeoJSON file with "
        "coordinates; the README names the city's lists and the national land information "
        "(国土数値情報) welfare-facility data as the sources; the file last changed in 6e28815 "
        "(7 November 2017), its numbers as of the 2015 updates",
        "licence": "not confirmed: the repository's MIT licence (LICENSE.txt, Code for "
        "Sapporo) covers its app and code; no terms are named for the data, and the city's "
        "terms for its lists were not read here",
        "language": "ja",
        "roles": {"name": "Name", "phone": ["TEL", "FAX"], "address": ["Add1", "Add2"]},
    },
}  # fmt: skip


def _has_number(value: Any) -> bool:
    """A field with a number of six digits or more (``null`` is none)."""
    return isinstance(value, str) and sum(c.isdigit() for c in value) >= 6


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept features of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            features = json.loads(raw.decode(meta["encoding"]))["features"]
            found += [
                {
                    "country": country,
                    "path": f"{path}#{i}",
                    "fields": {k: v for k, v in f["properties"].items() if k not in DROPPED},
                }
                for i, f in enumerate(features)
                if any(_has_number(f["properties"].get(c)) for c in meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
