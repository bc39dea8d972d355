"""Extract the real list that ``pii_held_out_181.py`` writes its records around into
``scripts/data/pii_si_zzzs_providers.json``: the phone fields of a register no earlier part used
(Slovenia, whose earlier parts took the Ministry of Education's schools and kindergartens and
OpenStreetMap objects; this is the Health Insurance Institute of Slovenia's (Zavod za
zdravstveno zavarovanje Slovenije, ZZZS) list of the health-care providers it contracts, family
doctors', paediatric, gynaecological and dental practices, health centres and hospitals),
exactly as the list gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``csv/institutions.csv`` of the repository sledilnik/zdravniki-data (Znanstveno društvo
  Sledilnik's data for its directory of personal doctors, zdravniki.sledilnik.org, refreshed
  from ZZZS by its workflow): one row per provider, its ZZZS number (``zzzsSt``), name (a
  company, institute or practice: ``AMBULANTA KOŠIR D.O.O.``, ``JAVNI ZAVOD ZDRAVSTVENI DOM
  PTUJ``; a sole practice is named after its doctor, as the register names the business),
  ZZZS unit, address, post, settlement, part of municipality, municipality, coordinates and
  web page, and its ``phone`` (``Telefon sedeža inštitucije``, from the ZZZS API by the
  repository's README) as ZZZS writes it: Slovenian national numbers with the trunk ``0``, the
  area code alone or in brackets or before a slash (``04 574 13 66``, ``(02) 876 48 64``,
  ``01/364 03 40``, ``02/787-15-00``), mobiles in groups of three (``040 827 521``), a few
  fields of two numbers apart by a comma or ``in`` (``04 620 88 70, 04 620 88 88``), one in
  international form with ``00 386``, one with a trailing comma, one with two spaces.

Every row whose ``phone`` holds a number of six digits or more (``_has_phone``; the one field
that holds an e-mail address instead is left out, as are the five fields where ZZZS ran two
numbers together with no separator, ``05 995 180 002 876 19 15``: no number in them can be
told apart), a seeded sample of 500 in the file's order, each kept as a mapping of all of the
file's columns to the published strings.

    python scripts/si_zzzs_providers_data.py SI_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_si_zzzs_providers.json"
CAP = 500
LONGEST = 13  # digits of the longest number a field holds (``00 386 514 938 00``)
SOURCES = {
    "SI": {
        "repository": "sledilnik/zdravniki-data",
        "commit": "b9dd62cd0dea5181976effe9e8ad573d4a3fbe2e",
        "path": "csv/institutions.csv",
        "encoding": "utf-8",
        "publisher": "Zavod za zdravstveno zavarovanje Slovenije (ZZZS, the Health Insurance "
        "Institute of Slovenia), its list of contracted health-care providers (izvajalci "
        "zdravstvenih storitev, api.zzzs.si), with names and addresses from NIJZ's list and "
        "geocoding by GURS's Register of Spatial Units, as Znanstveno društvo Sledilnik "
        "collects them for zdravniki.sledilnik.org (the repository's README names the source "
        "of each column; 'phone' and 'website' are from the ZZZS API); read at the "
        "repository's commit of 22 August 2026",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the project's about page (sledilnik/zdravniki, src/content/sl/about.md) says "
        "the data are gathered from public-domain sources and may be used freely with "
        "attribution to zdravniki.sledilnik.org in non-commercial content, and puts the "
        "site's content under CC BY-SA 3.0",
        "language": "sl",
        "roles": {"name": "name", "phone": ["phone"], "address": ["address", "post"]},
    },
}  # fmt: skip


def _apart(field: str) -> bool:
    """Whether each number of a phone field can be told apart (none runs past ``LONGEST``
    digits, as two numbers written with no separator between them do)."""
    return all(sum(c.isdigit() for c in field[s:e]) <= LONGEST for s, e in numbers(field))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"]) and _apart(row["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
