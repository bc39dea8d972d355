"""Extract the real list that ``pii_held_out_204.py`` writes its records around into
``scripts/data/pii_jp_tokyo_nurseries.json``: the phone fields of a register no earlier part
used (the Tokyo Metropolitan Government's lists of the licensed and unlicensed nurseries of
Tokyo's 23 special wards; Japan's earlier parts took city and Hokkaido lists), exactly as the
list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``data/nurseryFacilities.geojson``: Code for Tokyo's map data (Tokyo保育園マップ) of the
  nurseries of the 23 wards, built from the Tokyo Metropolitan Government Bureau of Social
  Welfare and Public Health's lists of facilities (施設等一覧（保育所等）, 東京都認証保育所一覧)
  and some wards' open data, one GeoJSON ``Feature`` per facility: licensed nurseries (認可保育所)
  and unlicensed ones (認可外). Each has its ``TEL`` (``03-3253-6258``: the area code ``03``, the
  exchange and the line joined by hyphens; one ``042-472-2521``), beside the facility's id
  (``HID``, ``1001006``), kind, name and label, capacity (``Full``), ward (``Add1``,
  ``東京都千代田区`` or ``江東区``) and street address (``Add2``), the number of the source list
  (``sourceNo``) and a flag of uncertain geocoding (``uncertain``), and its coordinates. No fax,
  e-mail or owner column; 159 facilities give ``--`` for the number.

The facilities with a number of six digits or more in ``TEL`` whose groups are joined by ASCII
hyphens (1,705 of 1,871; the 159 ``--`` have no number, and the seven written with the
half-width prolonged sound mark ``ｰ`` as a separator, ``03ｰ3636ｰ7415``, are left out: the
part's labelling reads a number's groups by ASCII separators), a seeded sample of ``CAP`` in the
file's order; each kept as a mapping of its ``properties`` to the published values (JSON strings
and integers as the file gives them; the geometry left out).

    python scripts/jp_tokyo_nurseries_data.py JP_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_tokyo_nurseries.json"
CAP = 500
PATH = "data/nurseryFacilities.geojson"
SOURCES = {
    "JP": {
        "repository": "yoichigmf/papamama",
        "commit": "639455299728ff3459080c780f01bdf3b2e04bb8",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Tokyo Metropolitan Government, Bureau of Social Welfare and Public "
        "Health (東京都福祉保健局), its lists of the nurseries of the 23 special wards (施設等一覧"
        "（保育所等）, www.fukushihoken.metro.tokyo.jp/kiban/fukushi_shisetsu/shs_list/"
        "shisetsu_list/itiran.html; 東京都認証保育所一覧), with some wards' open data (Shinagawa, "
        "Itabashi, Setagaya), as Code for Tokyo's nursery map (Tokyo保育園マップ, a fork of Code "
        "for Sapporo's papamama) stores them in one GeoJSON file with coordinates, as its "
        "README names the sources; the file last changed in 3c8d83f (29 November 2015)",
        "licence": "CC BY-SA 4.0, as the repository's README states for reuse of the map's "
        "data (the LICENSE.txt's MIT licence, Code for Sapporo, covers the code); the "
        "metropolitan government's own terms for its lists were not read here",
        "language": "ja",
        "roles": {"name": "Name", "phone": ["TEL"], "address": ["Add1", "Add2"]},
    },
}  # fmt: skip

# a number's groups joined by ASCII hyphens (the shape the part's labelling reads)
SHAPE = re.compile(r"0\d{1,4}-\d{1,4}-\d{3,4}")


def _has_number(value: Any) -> bool:
    """A field with a number of six digits or more written with ASCII hyphens."""
    return (
        isinstance(value, str)
        and sum(c.isdigit() for c in value) >= 6
        and SHAPE.fullmatch(value) is not None
    )


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
                {"country": country, "path": f"{path}#{i}", "fields": dict(f["properties"])}
                for i, f in enumerate(features)
                if any(_has_number(f["properties"].get(c)) for c in meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
