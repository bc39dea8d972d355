"""Extract the real directory that ``pii_held_out_92.py`` writes its records around into
``scripts/data/pii_tg_pharmacies.json``: the phone fields of a country whose register no earlier
part used (Togo), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``TG``: the pharmacies of Lomé and Kara as the f2alab team's "Pharmacies de Garde Togo"
  Flutter application lists them (the ``static String`` constants of the classes
  ``InformationsPharmaciesLome`` and ``InformationsPharmaciesKara`` in
  ``lib/utilitaires/informations_pharmacies_lome.dart`` and ``..._kara.dart`` of the repository
  f2alab/pharmaciesgardetogo): Togolese eight-digit numbers in pairs of digits, landlines of
  Lomé (``22 21 52 27``) and Kara (``26 60 11 17``) and mobiles (``96 32 97 71``,
  ``70 42 47 77``), two per pharmacy (``contPH<n>_1`` and ``contPH<n>_2``, the second empty
  for some), a few with a trailing blank; beside the pharmacy's location, most with its postal
  box (``BP 2847, Lomé-Togo.``).

Every pharmacy of the two classes with a number of six digits or more in one of its two
contact fields, in the files' order (Lomé, then Kara). Each row is kept as a mapping of the
constants' stems to the published strings: ``nomPH`` the name as the application builds it
(its ``pharma`` constant, ``PHARMACIE``, joined to the literal that follows ``pharma +``),
``locPH`` the location with Dart's escapes (``\\n``, ``\\'``) read, ``contPH_1`` and
``contPH_2`` the two contact fields as written. The directory names no person (its names are
the pharmacies' trade names, its locations their premises), so nothing is left out.

    python scripts/tg_pharmacies_data.py TG_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tg_pharmacies.json"
CAP = 600
SOURCES = {
    "TG": {
        "repository": "f2alab/pharmaciesgardetogo",
        "commit": "57b1b1ab057a1dae850b17f676e8403b95aa2f16",
        "paths": ["lib/utilitaires/informations_pharmacies_lome.dart",
                  "lib/utilitaires/informations_pharmacies_kara.dart"],
        "encoding": "utf-8",
        "publisher": "the f2alab team's 'Pharmacies de Garde Togo' Flutter application "
        "(README: 'Appli de Pharmacies de Garde Togo'), its pharmacy constants as committed in "
        "57b1b1a ('etat0', 15 December 2022; the two files as last changed in 8359983, 'etat0', "
        "5 November 2022); the application names no source for its list and no official "
        "register is named",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms",
        "language": "fr",
        "roles": {"name": "nomPH", "address": "locPH", "phone": ["contPH_1", "contPH_2"]},
    },
}  # fmt: skip

PHARMA = re.compile(r'static\s+String\s+pharma\s*=\s*"([^"]*)"\s*;')
CONSTANT = re.compile(
    r"static\s+String\s+(nomPH|locPH|contPH)(K?\d+)(_\d)?\s*=\s*(pharma\s*\+\s*)?"
    r'"((?:[^"\\]|\\.)*)"\s*;'
)
ESCAPES = {"n": "\n", "'": "'", '"': '"', "\\": "\\"}


def _dart(literal: str) -> str:
    """A Dart string literal's value: its escapes read (the files use no others, no ``$``)."""
    assert "$" not in literal, literal
    return re.sub(r"\\(.)", lambda m: ESCAPES[m.group(1)], literal)


def _pharmacies(text: str) -> list[tuple[str, dict[str, str]]]:
    """The pharmacies of one class, by their number, in the file's order: each as its
    constants' stems mapped to their values; every ``static String`` of the class is read."""
    pharma = PHARMA.search(text).group(1)
    rows: dict[str, dict[str, str]] = {}
    for m in CONSTANT.finditer(text):
        stem, number, suffix, prefixed, literal = m.groups()
        value = _dart(literal)
        rows.setdefault(number, {})[stem + (suffix or "")] = pharma + value if prefixed else value
    assert len(CONSTANT.findall(text)) + 1 == text.count("static String"), "unread constant"
    return list(rows.items())


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
            for number, fields in _pharmacies(raw):
                assert set(fields) == {"nomPH", "locPH", "contPH_1", "contPH_2"}, number
                if _has_phone(fields, meta["roles"]["phone"]):
                    found.append({"country": country, "path": f"{path}#PH{number}",
                                  "fields": fields})  # fmt: skip
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
