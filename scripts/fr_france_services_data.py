"""Extract the real list that ``pii_held_out_230.py`` writes its records around into
``scripts/data/pii_fr_france_services.json``: the phone and e-mail fields of a register no
earlier part used (France, whose earlier parts took COVID-19 testing sites, farm shops on
OpenStreetMap, DILA's service-public.fr local offices, the Annuaire de l'éducation's schools of
Ille-et-Vilaine, Montpellier's associations and the Musées de France; this one is the Agence
nationale de la cohésion des territoires' list of the France services, the one-stop counters
where agents help the public with the administrations' procedures), exactly as the agency
gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``data/liste-fs-20240801.csv``: the ANCT's « Liste des structures France services » of 1
  August 2024 (UTF-8, comma-separated, every text field quoted), 2,845 counters, fixed,
  multi-site, itinerant and bus ones and their antennas, each with its ``telephone`` (ten
  digits with the trunk ``0`` in pairs, ``04 50 56 87 49``; mobiles for most buses,
  ``07 85 78 24 48``), ``mail`` (``franceservices@ccpb01.fr``,
  ``saint-trivier-de-courtes@france-services.gouv.fr``), opening hours by day, whether an
  appointment is needed, a free ``commentaire`` (``Prise de rendez-vous au 04.92.00.32.59``),
  kind, format, group and labelling date, beside the name, address, INSEE codes, postcode and
  coordinates.

The rows kept: those with a number of six digits or more in ``telephone`` whose ``mail`` is one
well-formed address of the counter's office (``office_address``: on the programme's domain, or
a local part with an office word such as ``franceservices``, ``mairie``, ``accueil``, ``msap``;
an agent's own address such as ``prenom.nom@...`` leaves the row out) and whose
``commentaire`` holds no number but ten-digit ones, no mobile number but the row's own and no
e-mail address but the row's own (a comment naming an agent's line is left out); a seeded
sample of ``CAP`` of them, in the file's order; each row kept as a mapping of all of the
file's columns to the published strings (``lib_fs`` is the counter's name; no column names a
person).

    python scripts/fr_france_services_data.py FR_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_france_services.json"
CAP = 320
PATH = "data/liste-fs-20240801.csv"
SOURCES = {
    "FR": {
        "repository": "anct-carto/france_services",
        "commit": "77f42baab04eae687d5eef1acdc79ee395f9562b",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Agence nationale de la cohésion des territoires (ANCT), its « Liste des "
        "structures France services » as published on data.gouv.fr, collected with the Banque "
        "des Territoires from the counters' own agents; the file added to the ANCT's "
        "cartography repository in e1016fd ('ajout data', 1 August 2024) and unchanged since",
        "licence": "Licence Ouverte / Open Licence 2.0 (Etalab): the repository's LICENCE.md is "
        "that licence and its README says the data are published under it on the ANCT's "
        "data.gouv.fr page; the data.gouv.fr page itself was not read here",
        "language": "fr",
        "roles": {"name": "lib_fs", "phone": ["telephone"], "email": "mail",
                  "comment": "commentaire", "address": ["adresse", "complement_adresse",
                  "code_postal", "lib_com"], "coordinates": ["latitude", "longitude"]},
    },
}  # fmt: skip

ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the programme's domain, with the spellings the file has (``franceservices``, ``france-service``)
PROGRAMME = re.compile(r"france-?se?r+[vc]i[cv]es?\.gouv\.fr")
OFFICE = re.compile(
    r"france|servic|msap|mfs|rsp|mds|mdd|mdr|mairie|accueil|contact|info|espace|maison|bus"
    r"|point|pole|pimms|mjc|agglo|centre|social|ville|secretariat|secretaire|mediat|emploi"
    r"|cias|ccas|relais|public|numeri|admin|guichet|antenne|siege|direction|mission|itiner"
    r"|msa|fs|cyber|clic|tiers|forum|plateforme|demarche|ccv|cdc"
)
# a French ten-digit number as the comments write it, in pairs or run together
TEN_DIGITS = re.compile(r"(?<![\d+])0\d(?:[ .]?\d\d){4}(?!\d)")


def office_address(value: str) -> bool:
    """Whether ``value`` is one well-formed address of an office (not an agent's own)."""
    if not ADDRESS.fullmatch(value):
        return False
    local, domain = value.split("@")
    return bool(PROGRAMME.fullmatch(domain) or OFFICE.search(local.lower()))


def comment_numbers(comment: str) -> list[str]:
    """The ten-digit numbers of a comment, in order."""
    return TEN_DIGITS.findall(comment)


def _kept(row: dict[str, str]) -> bool:
    tel, mail, comment = row["telephone"].strip(), row["mail"].strip(), row["commentaire"]
    if not office_address(mail):
        return False
    if re.search(r"\d(?:[ .-]?\d){5,}", TEN_DIGITS.sub("", comment)):
        return False
    mobile = [n for n in comment_numbers(comment) if n[:2] in ("06", "07") and n != tel]
    return not mobile and all(a == mail for a in ADDRESS.findall(comment))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"]) and _kept(row)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
