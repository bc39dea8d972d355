"""Extract the real store list that ``pii_held_out_66.py`` writes its records around into
``scripts/data/pii_se_systembolaget_stores.json``: the phone fields of a country whose register
no earlier part used (Sweden), exactly as the list published them.

One list, read from a git checkout at a named commit, values unchanged:

* ``SE``: the stores (``Butik``) of Systembolaget, the Swedish state's retail monopoly for
  alcoholic drinks, as its open API's ``stores.xml`` listed them (copied daily into the
  repository AlexGustafsson/systembolaget-api-data by its bot): Swedish numbers as each store's
  ``PhoneNumber`` gives them, the area code and the subscriber number split by a slash
  (``08/662 22 89``, ``0175/218 97``, ``031/25 13 82``), some with a hyphen
  (``08-591 160 80``, ``042-202557``, ``031 - 711 43 19``), one with a no-break space
  (``08/121\xa0606 70``); beside the store's number (``0102``), postcode (``115 20``), RT90
  grid coordinates (``6581802.64``, ``1629394.446``) and dated opening hours.

Every ``Store`` element of type ``Butik`` with a number of six digits or more in its
``PhoneNumber`` (all 445 of the file's stores; its 468 ``Ombud`` entries, agents in shops, are
left out), in the file's order. Each row is kept as a mapping of the element's child tags to
their text as published (an empty element as ""); the list names no person (its names are
the stores', its addresses their premises), so no tag is left out.

    python scripts/se_systembolaget_stores_data.py SE_GIT
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_se_systembolaget_stores.json"
CAP = 600
SOURCES = {
    "SE": {
        "repository": "AlexGustafsson/systembolaget-api-data",
        "commit": "66932a3b986199640fc2a59220a5db89d883982d",
        "path": "xml/stores.xml",
        "encoding": "utf-8",
        "publisher": "Systembolaget AB (the Swedish state's alcohol retail monopoly), its open "
        "API's store list (stores.xml) as the repository's bot copied it in 66932a3 ('Update "
        "API data', 18 October 2020, the last commit of xml/stores.xml before the repository "
        "moved to the v2 API)",
        "licence": "not confirmed: the file's own <Info><Message> asks its readers to read the "
        "terms of use ('Läs användarvillkoren på systembolaget.se'), which were not found; the "
        "repository has no LICENSE file and its README names no terms",
        "language": "sv",
        "roles": {"name": "Name", "phone": ["PhoneNumber"], "address": "Address1",
                  "postcode": "Address3", "city": "Address4", "id": "ID",
                  "x": "RT90x", "y": "RT90y"},
    },
}  # fmt: skip


def _stores(raw: bytes) -> list[tuple[int, dict[str, str]]]:
    """The ``Store`` elements of the list with their index among them, each as its child
    tags' text (an empty element as "")."""
    root = ET.fromstring(raw)
    stores = [element for element in root if element.tag == "Store"]
    return [(i, {c.tag: c.text or "" for c in store}) for i, store in enumerate(stores)]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in _stores(raw)
            if row.get("Type") == "Butik" and _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
