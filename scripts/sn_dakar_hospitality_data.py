"""Extract the real lists that ``pii_held_out_140.py`` writes its records around into
``scripts/data/pii_sn_dakar_hospitality.json``: the phone fields of two public lists no earlier
part used (Dakar's restaurants in the anaresto.com guide and Dakar's hotels in the vymaps.com
directory, Senegal; Senegal's earlier part took the public-service directory of
senegalouvert/servicepublic), exactly as the two sites give them.

Two lists, scraped in January 2022 into one repository, read from a git checkout at a named
commit, values unchanged:

* ``restaurants.json``: the restaurants of anaresto.com's list of Dakar (``Plats à emporter``,
  ``Wi-Fi gratuit`` ...), each with a ``contact.phone`` list of one to three strings as the
  guide prints them (``+221 33 820 50 03``, ``+221338206868``, ``Tel : 33 889 15 55``,
  ``Réservation restaurant 77 521 26 48``, two numbers joined by `` / ``), beside its name,
  neighbourhood, street line, services and coordinates;
* ``hotels.json``: the hotels of vymaps.com's Dakar pages, each with one ``contact.phone``
  string (``+221 33 839 90 39``, ``(+221) 33 957 23 20``, one Spanish mobile ``+34 ...``, one
  with a leading tab), beside its name, neighbourhood, street line, postcode and coordinates.

The repository is Abdalodj/scrapping-senegal-hotels-proj1 (a scraping exercise). Every row with
a phone string of six digits or more that is not all zeros (one restaurant's first string is
``000000000``, its second string is kept), the restaurants first, each in its file's order. Each
row is kept as a mapping of a few of its fields to the published strings: ``name``,
``category``, ``address`` (the neighbourhood), ``additional`` (the street line; a restaurant's
first), ``postal``, ``latitude`` and ``longitude`` (as the file writes them), ``phone`` (the
first such phone string) and ``phone_more`` (the row's other phone strings joined by ``" | "``,
kept, not written into the records). E-mail addresses, web links, prices, pictures and
descriptions are dropped; the lists name no person.

    python scripts/sn_dakar_hospitality_data.py SN_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_sn_dakar_hospitality.json"
CAP = 600
PATHS = ("restaurants.json", "hotels.json")
SOURCES = {
    "SN": {
        "repository": "Abdalodj/scrapping-senegal-hotels-proj1",
        "commit": "45432489ebc6bb1cafc7d277c72a6d939ea15da2",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "anaresto.com (a guide to Dakar's restaurants, its list pages "
        "https://anaresto.com/liste/) and vymaps.com (a directory of places, its pages "
        "https://vymaps.com/SN/Dakar/hotel/), as scraped in January 2022 by the repository's "
        "scripts scraping_restaurant_dakar.py and scraping-hotel.py",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the two sites' terms were not read here",
        "language": "fr",
        "roles": {"name": "name", "phone": ["phone"], "address": ["address", "additional"]},
    },
}  # fmt: skip


def _number(value: Any) -> bool:
    """A phone string with six digits or more, not all of them zeros."""
    digits = [c for c in str(value or "") if c.isdigit()]
    return len(digits) >= 6 and set(digits) != {"0"}


def _fields(entry: dict[str, Any]) -> dict[str, str] | None:
    """The kept fields of one entry, or None where it has no phone string with a number."""
    phones = entry["contact"]["phone"]
    phones = phones if isinstance(phones, list) else [phones]
    kept = [p for p in phones if _number(p)]
    if not kept:
        return None
    address = entry["address"]
    additional = address.get("additional") or ""
    if isinstance(additional, list):
        additional = additional[0] if additional else ""
    lon, lat = entry["position"]["coordinates"]
    located = bool(lon or lat)
    return {
        "name": entry["name"],
        "category": entry["category"],
        "address": address.get("address") or "",
        "additional": additional,
        "postal": str(address.get("postal") or ""),
        "latitude": str(lat) if located else "",
        "longitude": str(lon) if located else "",
        "phone": kept[0],
        "phone_more": " | ".join(p for p in phones if p is not kept[0] and p),
    }


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            for i, entry in enumerate(json.loads(raw.decode(meta["encoding"]))):
                fields = _fields(entry)
                if fields is not None:
                    found.append({"country": country, "path": f"{path}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
