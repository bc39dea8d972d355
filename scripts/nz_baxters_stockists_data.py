"""Extract the real list that ``pii_held_out_359.py`` writes its records around into
``scripts/data/pii_nz_baxters_stockists.json``: the phone fields of a list no earlier part used
(New Zealand, whose earlier parts took the Ministry of Education's directory of schools and its
Early Childhood Services Directory; this one is the stockist list of Baxter's Original's store
locator, the supermarkets, wholesalers and shops that sell the sauce, most of them Countdown
supermarkets with the store details of Countdown's store finder: another publisher and another
kind of place), exactly as the list gives them.

One TypeScript module of the ``baxters-store-locator-main`` repository (Malin Malliya Wadu),
read from a git checkout at a named commit, values unchanged:

* ``src/constants/stores.ts``: the widget's ``stores`` array, 132 object literals (lines of
  ``key: "value",``; ``lngLat: [lng, lat],``), each a stockist's ``name`` (``Kerikeri
  Countdown``), street ``address``, ``locality``, ``postcode`` (``0230``), ``region`` (one of
  the module's ``Region`` names, ``Auckland North``), ``phone`` (national numbers with the
  trunk ``0`` and area code in brackets and the line in two groups, ``(09) 407 0030``; one
  free-phone number, ``0800 270 414``), coordinates (``lngLat``), ``storeBrand``
  (``Countdown``, ``New World``, ``Four Square``, ``Gilmours``, ``Moore Wilsons``), ``storeType``
  (``Supermarkets``, ``Wholesalers``, ``Other Stockists``) and the ``href`` of the store's page
  (``https://shop.countdown.co.nz/store-finder/9502/kerikeri/kerikeri-countdown``); the one
  online shop (``The Market``) has no address and no phone.

A stockist is kept where its ``phone`` holds a number of seven digits or more whose digits no
earlier New Zealand part's data holds and no stockist kept before it has (the first of stores
that share a line) and whose ``address`` is not a rural delivery address (``1087 Wekaweka Road,
RD 3``: one chilli grower's farm, whose line may be a household's); all of them are kept (fewer
than ``CAP``), in the module's order. Each is
kept as the mapping of its literal's keys to the published strings (the ``lngLat`` pair as its
literal text, ``[173.946844, -35.22932]``); the list names no person (``name`` is the store's).

    python scripts/nz_baxters_stockists_data.py NZ_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_nz_baxters_stockists.json"
CAP = 400
PATH = "src/constants/stores.ts"
PHONE = "phone"
START = "export const stores: IStoreDetails[] = ["
# one property of a store's object literal: a string, or the coordinate pair
PROPERTY = re.compile(r'^\s*(\w+): (?:"([^"\\]*)"|(\[-?[\d.]+, -?[\d.]+\])),$')
# a rural delivery address (``1087 Wekaweka Road, RD 3``): a farm's gate, which may be a home
RURAL = re.compile(r"\bRD \d")
# the earlier New Zealand parts' data (no number of theirs is taken again)
EARLIER = ("pii_nz_schools.json", "pii_nz_ece_services.json")
SOURCES = {
    "NZ": {
        "repository": "malinmalliyawadu/baxters-store-locator-main",
        "commit": "aff796bc7c25bfbe4252b5b6397eccbafde81416",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Baxter's Original (New Zealand), the stockist list of its store locator "
        "widget (Malin Malliya Wadu's baxters-store-locator-main, last changed 20 December "
        "2021): Countdown supermarkets with the store details of Countdown's store finder "
        "(shop.countdown.co.nz/store-finder), and New World, Four Square, Gilmours and Moore "
        "Wilsons stores",
        "licence": "the repository's package.json declares ISC and it has no LICENSE file; "
        "terms for the store details themselves (Countdown's store finder) not confirmed",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE], "address": ["address", "locality",
                  "postcode", "region"], "kind": "storeType", "brand": "storeBrand",
                  "coordinates": "lngLat", "page": "href"},
    },
}  # fmt: skip


def store_literals(text: str) -> list[dict[str, str]]:
    """The object literals of the module's ``stores`` array, each as the mapping of its keys to
    the published strings (the coordinate pair as its literal text), in the module's order;
    every line of the array is a brace or one property (anything else is an error)."""
    body = text.split(START, 1)[1].split("\n];", 1)[0]
    stores: list[dict[str, str]] = []
    for line in body.splitlines():
        if not line.strip():
            continue
        if line.strip() == "{":
            stores.append({})
            continue
        if line.strip() == "},":
            continue
        m = PROPERTY.match(line)
        assert m, line
        key, string, pair = m.groups()
        stores[-1][key] = string if string is not None else pair
    return stores


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept stockists of the list, with the commit they were read at."""
    meta = SOURCES["NZ"]
    raw = _git(gits["NZ"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "64"), set()
    found = []
    for i, fields in enumerate(store_literals(raw)):
        tel = digits_of(fields.get(PHONE, ""))
        if len(tel) < 7 or tel in seen or tel in earlier or RURAL.search(fields["address"]):
            continue
        seen.add(tel)
        found.append({"country": "NZ", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "NZ", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
