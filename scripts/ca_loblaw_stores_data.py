"""Extract the real list that ``pii_held_out_342.py`` writes its records around into
``scripts/data/pii_ca_loblaw_stores.json``: the phone fields of a list no earlier part used (the
store list of Loblaw Companies Limited, Canada's largest grocer, as its PC Express pickup
service publishes it; Canada's earlier parts took public bodies' registers, among them Ontario's
COVID-19 testing locations, WorkBC Centres, Toronto's child care centres, the RHRA's retirement
homes, the pharmacy regulators' rosters, BC's child care and schools, Alberta's and Ontario's
schools, Ontario's long-term care homes and HealthLinkBC's walk-in clinics), exactly as it gives
them.

One file, read from a git checkout at a named commit, values unchanged:

* ``server/data/loblaws-store-locations.json``: ``{"locations": [...]}``, the 645 grocery stores
  of Loblaw's banners across every province and two territories (``superstore`` 114,
  ``independent`` 89, ``provigo`` 75, ``maxi`` 66, ``wholesaleclub`` 56, ``loblaw`` 51,
  ``rass`` 51, ``nofrills`` 47, ``zehrs`` 42, ``fortinos`` 21, ``valumart`` 19, ``dominion`` 11,
  ``independentcitymarket`` 3) as the PC Express site's location service returns them, saved by
  the repository X3llus/Grocery-Price-Comparison (a student grocery-price comparison site) in
  its commit 'add json data for all Loblaws affiliated stores in Canada' (12 January 2023;
  removed from the repository later). Each store has ``contactNumber``: ten digits run
  together, area code, exchange and line (``7096430850``), two with an extension
  (``9052719925 Ext 6``), two toll-free with the trunk ``1`` (``18442958219``, shared by two
  franchised No Frills), one a digit short (``450652809``), 32 (30 Wholesale Clubs, two Superstores)
  with none (``null``); beside its ``id`` and ``storeId`` (``0925``), ``name`` (the street,
  the town or the franchisee's store name: ``Ryan's NOFRILLS Aylmer``), ``storeBannerId``,
  ``locationType``, ``pickupType``, ``bufferTimeInHours``, ``partner``, ``visible``,
  ``isShoppable``, ``geoPoint`` (``latitude``, ``longitude``), ``address`` (``country``,
  ``region``, ``town``, ``line1``, ``line2``, ``postalCode`` ``A2N 3W7``,
  ``formattedAddress``), ``timeZone`` and ``features``.

Every store with a number of six digits or more in ``contactNumber`` (613 of 645), a seeded
sample of 600 of them in the file's order; each kept as a mapping of all of its keys to the
published values as strings, nested objects' keys joined by a dot (``address.postalCode``,
``geoPoint.latitude``), a value that is not a string written as its JSON text (``2``, ``true``,
``null``, ``48.546052``, ``[]``). The list names no person: a franchised store's name is the
store's as the banner signs it.

    python scripts/ca_loblaw_stores_data.py CA_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ca_loblaw_stores.json"
CAP = 600
SOURCES = {
    "CA": {
        "repository": "X3llus/Grocery-Price-Comparison",
        "commit": "da1329908401f3d0396cd2fbefd21aac052f9323",
        "path": "server/data/loblaws-store-locations.json",
        "encoding": "utf-8",
        "publisher": "Loblaw Companies Limited, the store list of its banners (Loblaws, Real "
        "Canadian Superstore, Your Independent Grocer, Provigo, Maxi, Wholesale Club, No Frills, "
        "Zehrs, Fortinos, Valu-mart, Dominion and others) as its PC Express site's location "
        "service returns it; saved into the repository in da13299 ('add json data for all "
        "Loblaws affiliated stores in Canada', 12 January 2023) for a grocery price comparison "
        "site, and removed from the repository later",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; Loblaw's terms for its store list were not read here",
        "language": "en",
        "roles": {
            "name": "name",
            "phone": ["contactNumber"],
            "address": ["address.line1", "address.town", "address.postalCode"],
        },
    },
}  # fmt: skip


def flat(value: Any, prefix: str = "") -> dict[str, str]:
    """``value``'s keys as one mapping, a nested object's keys joined to its own by a dot;
    each value the published string, or the JSON text of a value that is not one."""
    out: dict[str, str] = {}
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict):
            out.update(flat(item, f"{name}."))
        else:
            out[name] = item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept stores of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        stores = json.loads(raw.decode(meta["encoding"]))["locations"]
        found = []
        for i, store in enumerate(stores):
            fields = flat(store)
            if fields["contactNumber"] != "null" and _has_phone(fields, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
