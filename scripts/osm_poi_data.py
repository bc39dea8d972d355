"""Extract the real OpenStreetMap points of interest that ``pii_held_out_10.py`` writes its
records around into ``scripts/data/pii_osm_pois.json``.

The source is the repository CodeforKarlsruhe/farmshops.eu (the site's code is MIT; its data
is OpenStreetMap data, © OpenStreetMap contributors, ODbL 1.0): an Overpass export of farm
shops, beekeepers, market places and vending machines in Germany, Austria, Switzerland and
their neighbours (``data/{node,way,relation}/ID/details.json``) and around Hungary
(``hu/data/...``), each object's tags as the mappers typed them. Kept, values unchanged, for
each object with at least one phone tag (``phone``, ``contact:phone``, ``mobile``,
``contact:mobile``, ``phone:mobile``, ``fax``, ``contact:fax`` and the numbered variants):
its phone tags, e-mail tags, name, opening hours, address, description and first coordinate.
The country is the one the data gives: the calling code a number is written with (``+49``,
``0049``), else ``addr:country``; an object with neither is left out. Countries with more
objects than ``CAP`` keep a seeded sample of ``CAP``.

    python scripts/osm_poi_data.py /path/to/farmshops.eu/.git [--commit HEAD]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "data" / "pii_osm_pois.json"
REPO = "CodeforKarlsruhe/farmshops.eu"
PHONE_KEYS = (
    "phone",
    "contact:phone",
    "phone_1",
    "contact:phone2",
    "contact:phone_1",
    "mobile",
    "contact:mobile",
    "phone:mobile",
    "fax",
    "contact:fax",
)
EMAIL_KEYS = ("email", "contact:email")
TEXT_KEYS = (
    "name",
    "opening_hours",
    "addr:street",
    "addr:housenumber",
    "addr:postcode",
    "addr:city",
    "description",
    "shop",
    "amenity",
    "craft",
)
CAP = 320  # objects per country at most
_CALLING = re.compile(r"\s*(?:\+|00)\s*(\d{1,3})")


def country_of(tags: dict[str, str]) -> str | None:
    """The country the object's data names: its first number's calling code, else
    ``addr:country``."""
    import phonenumbers

    for key in PHONE_KEYS:
        match = _CALLING.match(tags.get(key, ""))
        if match:
            for n in range(1, 4):
                region = phonenumbers.region_code_for_country_code(int(match.group(1)[:n]))
                if region != "ZZ":
                    return region
    country = tags.get("addr:country", "").upper()
    return country if re.fullmatch(r"[A-Z]{2}", country) else None


def first_point(geometry: dict[str, Any]) -> list[float]:
    coords = geometry["coordinates"]
    while isinstance(coords[0], list):
        coords = coords[0]
    return coords[:2]


def extract(git_dir: Path, commit: str) -> dict[str, Any]:
    def git(*args: str, data: bytes | None = None) -> bytes:
        return subprocess.run(
            ["git", "-C", str(git_dir), *args], input=data, capture_output=True, check=True
        ).stdout

    sha = git("rev-parse", commit).decode().strip()
    listing = [line.split("\t") for line in git("ls-tree", "-r", sha).decode().splitlines()]
    files = sorted(
        (path, meta.split()[2]) for meta, path in listing if path.endswith("/details.json")
    )
    raw = git("cat-file", "--batch", data="".join(f"{b}\n" for _, b in files).encode())
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seen: set[str] = set()  # an object in both exports (``data/`` and ``hu/data/``) once
    at = 0
    for path, _ in files:
        newline = raw.index(b"\n", at)
        size = int(raw[at:newline].split()[2])
        body, at = raw[newline + 1 : newline + 1 + size], newline + 1 + size + 1
        try:
            feature = json.loads(body)
        except json.JSONDecodeError:  # two objects appended to one file by the site's updater
            continue
        tags = feature.get("properties", {})
        phones = [[k, tags[k]] for k in PHONE_KEYS if tags.get(k, "").strip()]
        country = country_of(tags) if phones else None
        if country is None or path.removeprefix("hu/") in seen:
            continue
        seen.add(path.removeprefix("hu/"))
        by_country[country].append(
            {
                "path": path,
                "country": country,
                "phones": phones,
                "emails": [tags[k] for k in EMAIL_KEYS if tags.get(k, "").strip()],
                "tags": {k: tags[k] for k in TEXT_KEYS if tags.get(k, "").strip()},
                "point": first_point(feature["geometry"]),
            }
        )
    pois = []
    for country in sorted(by_country):
        found = by_country[country]
        if len(found) > CAP:
            found = sorted(
                random.Random(f"osm:{country}").sample(found, CAP), key=lambda p: p["path"]
            )
        pois += found
    return {
        "source": {
            "repository": REPO,
            "commit": sha,
            "paths": "data/{node,way,relation}/*/details.json, "
            "hu/data/{node,way,relation}/*/details.json",
            "licence": "OpenStreetMap data, © OpenStreetMap contributors, ODbL 1.0 "
            "(https://www.openstreetmap.org/copyright); the repository's code is MIT",
        },
        "pois": pois,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("--commit", default="HEAD")
    args = parser.parse_args()
    OUT.write_text(
        json.dumps(extract(args.git_dir, args.commit), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(OUT)


if __name__ == "__main__":
    main()
