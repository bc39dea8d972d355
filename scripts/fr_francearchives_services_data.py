"""Extract the real list that ``pii_held_out_252.py`` writes its records around into
``scripts/data/pii_fr_francearchives_services.json``: the phone and e-mail fields of a register
no earlier part used (France, whose earlier parts took COVID-19 testing sites, farm shops on
OpenStreetMap, DILA's service-public.fr local offices, the Annuaire de l'éducation's schools of
Ille-et-Vilaine, Montpellier's associations, the Musées de France, the France services and the
FINESS hospitals; this one is the directory of the archive services partnering with the
FranceArchives portal, kept by the Service interministériel des Archives de France: another
publisher's list and another kind of institution, archive services of communes,
intercommunalities, departments, regions, ministries, universities, hospitals, companies and
associations), exactly as the directory gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``data_annuaire_prepared.csv``: the FranceArchives directory of 12 July 2021 as harmonised
  for a map of the partner services made at the SIAF (UTF-8, comma-separated, LF), 1,174
  services, each with its ``Telephone`` (ten digits in pairs joined by dots, ``03.44.86.28.10``;
  overseas with a four-digit area code, ``0262.49.96.00``, ``0508.41.04.35``; some with spaces,
  ``02 99 74 40 88``, ``04.83 95 83 83``; two numbers after ``ou``, ``/`` or ``et``; a second
  number shortened to its last digits, ``01.49.69.69.80 ou 30``, ``01.49.35.37.02 / 37.33``; a
  note after a number, ``(standard)``, ``(ligne directe)``, ``, poste 4373``; Pacific
  territories dialled from France, ``00.687.23.26.50``; a calling code, ``33.(0).298.016.331``,
  ``(33)0596.60.87.61``, ``(681) 72 00 92``), ``Courriel``, postal and street address, commune,
  department, postcode, opening hours, web site, INSEE code, coordinates, FranceArchives link,
  category and parent service, and for some an identifier (``FRAC89024``, ``FR_920509801``).

The rows kept: those with a number of six digits or more in ``Telephone``, less three whose
calling code stands apart from the number (``+ 39 06 ...``, ``(+30) 210 ...``) and those whose
``Adresse_postale`` is a phone number or whose ``Horaires_d_ouverture`` holds one; a seeded
sample of ``CAP`` of them, in the file's order. Each row is kept as a mapping of all of the
file's columns to the published strings, but ``Courriel`` is emptied where it is not one
well-formed address of an office (``office_address``: a local part with an office word such as
``archives``, ``accueil``, ``documentation``, ``mairie``, ``contact``; an archivist's own
address such as ``prenom.nom@...`` or ``p.nom@...`` is left out). ``Nom_du_service`` is the
service's name; no column names a person.

    python scripts/fr_francearchives_services_data.py FR_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_francearchives_services.json"
CAP = 400
PATH = "data_annuaire_prepared.csv"
SOURCES = {
    "FR": {
        "repository": "chloepochon/Carte_FranceArchives",
        "commit": "f5dab4e8e08f3aad3f2094fe9a0819bba6ceff2e",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Service interministériel des Archives de France (SIAF, ministère de la "
        "Culture), the directory of the archive services partnering with the FranceArchives "
        "portal (francearchives.fr/fr/annuaire) as of 12 July 2021, harmonised into one CSV "
        "for a map of the services made during an internship at the SIAF (the repository's "
        "README); the file first added in 8fc6509 ('Fichier d'entrée', 20 August 2021), last "
        "uploaded again in f5dab4e (4 September 2021)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; FranceArchives' own terms for its directory were not read here",
        "language": "fr",
        "roles": {"name": "Nom_du_service", "phone": ["Telephone"], "email": "Courriel",
                  "address": ["Adresse_du_service", "Code_postal", "Ville"],
                  "coordinates": ["Latitude", "Longitude"]},
    },
}  # fmt: skip

ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
OFFICE = re.compile(
    r"archiv|accueil|doc|contact|secretar|mairie|mission|patrimoine|service|courrier"
    r"|communication|info|mediatheque|cellule|pole|recherche|ressources|lecture"
)
# an archivist's own address that names an office too
PERSONAL = ("agnes.mairie.letholonet",)
NUMBER = re.compile(r"\d(?:[ .]?\d){5,}")


def office_address(value: str) -> bool:
    """Whether ``value`` is one well-formed address of an office (not an archivist's own)."""
    if not ADDRESS.fullmatch(value):
        return False
    local = value.split("@")[0].lower()
    return bool(OFFICE.search(local)) and not re.match(r"[a-z]\.", local) and local not in PERSONAL


def _kept(row: dict[str, str]) -> bool:
    tel = row["Telephone"].strip()
    if tel.startswith(("+", "(+")):
        return False
    if re.fullmatch(r"[\d\s.()+-]+", row["Adresse_postale"].strip() or "x"):
        return False
    return not NUMBER.search(row["Horaires_d_ouverture"])


def _fields(row: dict[str, str]) -> dict[str, str]:
    fields = dict(row)
    if not office_address(fields["Courriel"]):
        fields["Courriel"] = ""
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": _fields(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"]) and _kept(row)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
