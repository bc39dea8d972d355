"""Extract the real list that ``pii_held_out_214.py`` writes its records around into
``scripts/data/pii_fr_musees_de_france.json``: the phone fields of a register no earlier part
used (France, whose earlier parts took COVID-19 testing sites, farm shops on OpenStreetMap,
DILA's service-public.fr local offices, the Annuaire de l'éducation's schools of Ille-et-Vilaine
and Montpellier's associations; this one is the ministère de la Culture's list of the museums
that hold the appellation « Musée de France », from its Muséofile database: another publisher
and another kind of institution), exactly as the ministry gives them.

One file, read from a git checkout at a named commit, values unchanged:
``liste-et-localisation-des-musees-de-france.csv``, the data set « Liste et localisation des
Musées de France » of data.culture.gouv.fr (UTF-8, ``;``-separated, CRLF line ends), one row per
museum of metropolitan France and the overseas departments and territories, each with its
``telephone`` as Muséofile holds it: ten digits in pairs (``04 74 49 20 42``) in most rows, and
in some fifty other shapes (``02.38.22.53.36``, ``385242474`` with the trunk ``0`` lost,
``0493 68 20 87``, ``+33 (0)3 59 73 38 00``, ``33 02 47 59 05 45``, ``00 590 23 57 57`` and
``0 590 82 09 30`` in Guadeloupe, ``0 594 30 89 31`` in Guiana), several numbers after ``ou``,
``/``, ``;``, ``,`` or ``-``, a note after a number (``(mairie)``, ``(conservation)``,
``(boîte vocale)``), alternative last digits after ``/`` (``05 56 01 51 00/02``); beside the
region, department, Muséofile id (``M0966``), commune, official name, address, place, postcode
(some without their leading zero, ``3350``), web page, coordinates, the commune's code with a
two-digit suffix (``ref_deps``, ``0119201``) and the date of the decree that gave the
appellation. No column names a person (``nom_officiel_du_musee`` is the museum's name).

Kept: every row with a number of six digits or more in ``telephone`` whose field is not the
common shape of five pairs (``_plain``) or that lies overseas, and a seeded sample of the others
up to ``CAP`` rows in all, in the file's order; each row as a mapping of all of the file's
columns to the published strings.

    python scripts/fr_musees_de_france_data.py FR_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_musees_de_france.json"
CAP = 440
PATH = "liste-et-localisation-des-musees-de-france.csv"
OVERSEAS = "Territoires et départements d'outre-mer"
SOURCES = {
    "FR": {
        "repository": "Victorianed/Stats",
        "commit": "59269fc54d464698b3e460f4e446a52d0180a8ad",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "ministère de la Culture (Service des musées de France), its data set "
        "« Liste et localisation des Musées de France » drawn from the Muséofile database, as "
        "data.culture.gouv.fr publishes it (with the column date_arrete_attribution_appellation); "
        "copied into the repository in 59269fc ('Add files via upload', 2 February 2024) and "
        "deleted again in 1f5d639 the same day",
        "licence": "not confirmed: the data set is published on data.culture.gouv.fr, whose "
        "data sets are as a rule under the Licence Ouverte / Open Licence (Etalab), but the terms "
        "of this one were not read here; the repository's LICENSE (Apache License 2.0) is for "
        "its own work",
        "language": "fr",
        "roles": {"name": "nom_officiel_du_musee", "phone": ["telephone"], "address": ["adresse"]},
    },
}  # fmt: skip


def _plain(value: str) -> bool:
    """Whether a phone field is the register's common shape, five pairs of digits."""
    return re.fullmatch(r"\d\d( \d\d){4}", value) is not None


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""), delimiter=";")
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        special = [
            r
            for r in found
            if not _plain(r["fields"]["telephone"])
            or r["fields"]["region_administrative"] == OVERSEAS
        ]
        others = [r for r in found if r not in special]
        kept = special + seeded_sample(others, country, CAP - len(special))
        rows += sorted(kept, key=lambda r: int(r["path"].rsplit("#", 1)[1]))
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
