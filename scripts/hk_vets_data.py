"""Extract the real directory that ``pii_held_out_71.py`` writes its records around into
``scripts/data/pii_hk_vets.json``: the phone fields of a territory whose register no earlier
part used (Hong Kong), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``HK``: Hong Kong veterinary clinics and animal hospitals as the news site HK01's data team
  mapped them (the ``vet`` GeoJSON FeatureCollection of ``src/vet.js`` of the repository
  hk01data/vet): Hong Kong numbers as each entry gives them in ``tel1``, eight digits without a
  separator (``26382869``), a few with a space (``2889 5938``, some with a trailing space), and
  in ``tel2`` of six entries after a line break (``\\n2889 5938``); beside the entry's
  coordinates (``114.1635``, ``22.4493``), district, Chinese address and opening hours.

Every feature of the collection with a number of six digits or more in ``tel1``, ``tel2`` or
``tel3``, in the collection's order. Each row is kept as a mapping of the feature's keys to the
published values as they are written in the file (a JSON number as its digits): the keys of
``properties`` as they are, nested lists and objects flattened to dotted keys
(``weekday_text.0``, ``opening_hours.0.open.time``, ``geometry.coordinates.0``). The directory
names no person (its names are the clinics', its addresses their premises), so no key is left
out.

    python scripts/hk_vets_data.py HK_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_hk_vets.json"
CAP = 600
OPENING = "var vet = "
SOURCES = {
    "HK": {
        "repository": "hk01data/vet",
        "commit": "e5bdc836f6f488ef3fe1a6d735548f20ec54bd49",
        "path": "src/vet.js",
        "encoding": "utf-8",
        "publisher": "HK01's data team (the hk01data organisation), the 'vet' GeoJSON "
        "FeatureCollection of its map of Hong Kong veterinary clinics as committed in e5bdc83 "
        "('2022 Version (Updating js and icon)', 29 April 2022; entries last updated 22 March "
        "and 14 April 2022); no official register is named",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms",
        "language": "zh-HK",
        "roles": {"name": "chi_name", "phone": ["tel1", "tel2", "tel3"],
                  "address": "chi_address", "district": "district", "id": "id",
                  "lon": "geometry.coordinates.0", "lat": "geometry.coordinates.1"},
    },
}  # fmt: skip


def _flat(value: Any, key: str, out: dict[str, str]) -> None:
    """``value`` under ``key`` as dotted keys of strings (a list's items by their index)."""
    if isinstance(value, dict):
        for k, v in value.items():
            _flat(v, f"{key}.{k}" if key else k, out)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _flat(v, f"{key}.{i}", out)
    else:
        out[key] = value


def _entries(text: str) -> list[dict[str, str]]:
    """The features of the JavaScript file's collection (a JSON object after ``var vet =``),
    each a flat mapping of its keys to the values as written (numbers as their digits)."""
    start = text.index(OPENING) + len(OPENING)
    collection = json.loads(text[start:].rstrip().rstrip(";"), parse_int=str, parse_float=str)
    rows = []
    for feature in collection["features"]:
        row: dict[str, str] = {}
        _flat(feature["properties"], "", row)
        _flat(feature["geometry"], "geometry", row)
        rows.append(row)
    return rows


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#features[{i}]", "fields": row}
            for i, row in enumerate(_entries(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
