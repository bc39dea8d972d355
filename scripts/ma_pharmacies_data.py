"""Extract the real list that ``pii_held_out_61.py`` writes its records around into
``scripts/data/pii_ma_pharmacies.json``: the phone fields of a country whose register no earlier
part used (Morocco), exactly as the list published them.

One list, read from a git checkout at a named commit, values unchanged:

* ``MA``: Moroccan pharmacies on duty (pharmacies de garde) of Casablanca, Marrakech, Rabat,
  Fès, Meknès and other towns as the annuaire-gratuit.ma directory listed them in the week of
  8 May 2023, copied by a weekly scraper into ``data1.json`` of the repository
  younes4idhamou/hmad: Moroccan ten-digit numbers as the directory's ``tel:`` links give them,
  almost all in four groups (``0522 57 77 03``, ``0661 ...``), one field with a second number
  written without spaces after the first (``0700 85 70 56 0524335405``); beside the entry's
  coordinates (``33.5951004, -7.61878014``), its listing path with the directory's number
  (``/pharmacie-nisrine-s241375.html``), district, street address and duty (``Jour``,
  ``Nuit``, ``Jour et Nuit``).

Every entry of the array with a number of six digits or more in its ``telephone`` field, in the
array's order, but the scraper's placeholder ``0000000000`` (written where the page had no
number) and an entry repeating an earlier one in every kept field. Each row is kept as a mapping
of the array's keys to the published strings; the scraper's ``cle`` key (its map service key,
the same in every entry, no part of the listing) is left out. The names are the pharmacies' own
trade names (some a family name, as Moroccan pharmacies are often named), the addresses their
premises; no key names a person.

    python scripts/ma_pharmacies_data.py MA_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ma_pharmacies.json"
CAP = 600
DROPPED = ("cle",)
PLACEHOLDER = "0000000000"
SOURCES = {
    "MA": {
        "repository": "younes4idhamou/hmad",
        "commit": "a05a4fa07f0b1fbc03b5501379b7a510d987cf06",
        "path": "data1.json",
        "encoding": "utf-8",
        "publisher": "annuaire-gratuit.ma's pages of pharmacies on duty (pharmacies de garde) "
        "by town and district, as the repository's weekly GitHub Actions scraper (annuare.py, "
        "which reads each pharmacy's page: its tel: link, address, map link and last duty) "
        "committed them in a05a4fa ('Build frontend', 8 May 2023); no official register is "
        "named",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the terms of annuaire-gratuit.ma were not found",
        "language": "fr",
        "roles": {"name": "pharmacie", "phone": ["telephone"], "address": "adresse",
                  "district": "quartier", "coordinates": "coordonnee", "listing": "lien",
                  "duty": "etat"},
    },
}  # fmt: skip


def _kept(row: dict[str, str]) -> dict[str, str]:
    """The entry without the scraper's own keys."""
    return {k: v for k, v in row.items() if k not in DROPPED}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found, seen = [], set()
        for i, entry in enumerate(json.loads(raw.decode(meta["encoding"]))):
            row = _kept(entry)
            key = json.dumps(row, sort_keys=True, ensure_ascii=False)
            phone = row.get("telephone", "").strip()
            if not _has_phone(row, meta["roles"]["phone"]) or phone == PLACEHOLDER:
                continue
            if key in seen:
                continue
            seen.add(key)
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": row})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
