"""Extract the real directory that ``pii_held_out_81.py`` writes its records around into
``scripts/data/pii_ci_pharmacies.json``: the phone fields of a country whose register no earlier
part used (Côte d'Ivoire), exactly as the directory's file gives them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``CI``: the on-call pharmacies (pharmacies de garde) of Côte d'Ivoire for one week, by area
  (Abidjan's communes and sectors, and towns of the interior), as the ETL-pharmacie-garde-ci
  pipeline scraped them from annuaireci.com's list and committed them in
  ``etl/annuaireci_week.json``: each pharmacy's numbers as a list (``phones_raw``), each number
  the ten digits of Ivorian national numbering without separators (``2735913503``,
  ``0747983921``), two of them eight digits (the old numbering ``23228502``, and
  ``07781378``); beside the pharmacy's name, address and area.

Every pharmacy of the file with a number of six digits or more in ``phones_raw``, in the
file's order (area by area). Each row is kept as a mapping of the pharmacy's keys to the values
as the file gives them (``phones_raw`` a list of strings), with its area (``area``); the file
names no person (its names are the pharmacies', its addresses their premises), so no key is
left out. The week the list covers and the list's address are kept once, under ``week``.

    python scripts/ci_pharmacies_data.py CI_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ci_pharmacies.json"
CAP = 600
WEEK_KEYS = ("source", "source_url", "week_start", "week_end", "scraped_at")
SOURCES = {
    "CI": {
        "repository": "voksir/ETL-pharmacie-garde-ci",
        "commit": "42d2b9664e543d65d29157094bc1ea0b2dec5bf2",
        "path": "etl/annuaireci_week.json",
        "encoding": "utf-8",
        "publisher": "the ETL-pharmacie-garde-ci pipeline's weekly extract of the on-call "
        "pharmacies listed by annuaireci.com (https://annuaireci.com/pharmacies-de-garde/), "
        "week of 21 to 27 February 2026, scraped 2026-02-26, as committed in 42d2b96 ('chore: "
        "centraliser les dépendances ETL et mettre à jour la doc', 26 February 2026); the "
        "scraper (etl/annuaireci_scrape.py) keeps each number's digits only and drops repeats; "
        "the list is a private online directory's, not an official register",
        "licence": "not confirmed: the repository has no LICENSE file and its README's 'Licence' "
        "section reads 'Projet prive - Tous droits reserves' (for the project); no terms of "
        "annuaireci.com for its list were found; only the pharmacies' own published contact "
        "numbers are kept",
        "language": "fr",
        "roles": {"name": "name_raw", "phone": ["phones_raw"], "address": "address_raw",
                  "area": "area"},
    },
}  # fmt: skip


def _has_phone(numbers: list[str]) -> bool:
    """A number of six digits or more in the pharmacy's list."""
    return any(sum(c.isdigit() for c in number) >= 6 for number in numbers)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at and its week."""
    rows, week = [], {}
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        listing = json.loads(raw.decode(meta["encoding"]))
        week = {key: listing[key] for key in WEEK_KEYS}
        found = []
        for i, area in enumerate(listing["areas"]):
            for j, pharmacy in enumerate(area["pharmacies"]):
                if _has_phone(pharmacy["phones_raw"]):
                    found.append(
                        {
                            "country": country,
                            "path": f"{meta['path']}#areas[{i}].pharmacies[{j}]",
                            "fields": {"area": area["area"], **pharmacy},
                        }
                    )
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "week": week, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
