"""Extract the real list that ``pii_held_out_221.py`` writes its records around into
``scripts/data/pii_nl_museumkaart.json``: the phone fields of a directory no earlier part used
(the museums of the Museumkaart, the Dutch museum pass of the Museumvereniging, the association
of Dutch museums; the Netherlands' earlier parts took DUO's schools, the municipalities and the
childcare register), exactly as the directory's pages give them.

One list, read from a git checkout at a named commit, values unchanged:

* ``scripts/museums4.json``: the museums of museumkaart.nl's 'Schatkamer' service (its
  ``GetSchatkamerKaart`` call, ``start=0&count=600``), each extended with the fields its page
  on museumkaart.nl shows, as the repository's scraper (``scripts/convert.js``, puppeteer) read
  them: ``address`` is the page's address paragraph, three lines (street and number, postcode
  and place in capitals, the museum's telephone number), ``opentime`` its opening hours,
  ``link`` its Google Maps link and ``coordinates`` the latitude and longitude read from it.

The numbers are Dutch numbers with the trunk ``0`` as each museum gave them, in some forty
shapes: the area code in brackets (``(0511) 46 55 44``, ``(026) 364 29 96``), apart by a hyphen
between spaces (``0595 - 57 14 30``, ``038 - 4442897``), by an en dash (``026 – 364 4645``), by
a hyphen (``026-3031400``), by a space (``040 2266019``) or not at all (``0880042800``), one
with the country code (``+31 20 5516500``), one of nine digits (``071 364648``) and an
information number (``0900-1908``). Every museum whose third line holds a number is kept, in
the file's order, but the two whose number is a mobile (its digits begin ``06``:
``06-10709326``, ``0651 - 476097``, lines a person may carry) and the one whose number the page
cut short (``+31 (0)70 - 304``, listed in ``CUT_SHORT``); 10 museums with no number (or closed:
``gesloten``) have none to keep. Each row
keeps the museum's ``id``, ``mid``, ``city``, ``name`` (the service's 30 characters, cut as
given), ``details`` (the page's path), ``address``, ``link``, ``coordinates`` and ``opentime``
as published; the ``description`` (free text that names contacts of its own, e-mail addresses
and phone numbers of other services) and ``image`` are not kept.

    python scripts/nl_museumkaart_data.py NL_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nl_museumkaart.json"
CAP = 600
PATH = "scripts/museums4.json"
KEPT = ("id", "mid", "city", "name", "details", "address", "link", "coordinates", "opentime")
# a number the page cut short (left out)
CUT_SHORT = ("+31 (0)70 - 304",)
SOURCES = {
    "NL": {
        "repository": "stevermeister/mm",
        "commit": "ddbda8ad1dea7a72eb5bf02a0ff7ee7ee2d431f8",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Museumvereniging (the association of Dutch museums), the museums of "
        "its Museumkaart (the national museum pass) as museumkaart.nl lists them: the "
        "'Schatkamer' service's cards (GetSchatkamerKaart, start=0, count=600) and each "
        "museum's page (address paragraph with the telephone number, opening hours, map "
        "link), read by the repository's scraper scripts/convert.js (puppeteer); the file "
        "added in 932765a ('cleanup + ga', 1 April 2019), unchanged since, for a map of Dutch "
        "museums (an Angular Google Maps example)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Museumvereniging's terms for museumkaart.nl's listings were not read here",
        "language": "nl",
        "roles": {"name": "name", "phone": ["address (third line)"], "address": ["address"]},
    },
}  # fmt: skip


def phone_line(address: str) -> str:
    """The address paragraph's third line, the museum's number, stripped ("" if none)."""
    lines = address.split("\n")
    return lines[2].strip() if len(lines) >= 3 else ""


def _kept(museum: dict[str, Any]) -> bool:
    """A number of six digits or more, whole, and no mobile (``06``)."""
    line = phone_line(museum["address"])
    digits = "".join(c for c in line if c.isdigit())
    return len(digits) >= 6 and line not in CUT_SHORT and not digits.startswith("06")


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept museums of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        museums = json.loads(raw.decode(meta["encoding"]))
        found = [
            {
                "country": country,
                "path": f"{PATH}#{i}",
                "fields": {key: museum[key] for key in KEPT},
            }
            for i, museum in enumerate(museums)
            if _kept(museum)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
