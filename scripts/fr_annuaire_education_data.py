"""Extract the real list that ``pii_held_out_176.py`` writes its records around into
``scripts/data/pii_fr_annuaire_education.json``: the phone, fax and e-mail fields of a register no
earlier part used (the Annuaire de l'éducation of the ministère de l'Éducation nationale, its
schools and services of Ille-et-Vilaine; France's earlier parts took the ministère des
Solidarités et de la Santé's COVID-19 testing sites, farm shops on OpenStreetMap and
service-public.fr's local offices), exactly as the ministry gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``fr-en-annuaire-education.csv``: the data set ``fr-en-annuaire-education`` of
  data.education.gouv.fr (Annuaire de l'éducation) filtered to the département of
  Ille-et-Vilaine (35, académie de Rennes): écoles, collèges, lycées, EREA, administrative,
  guidance and medico-social services, public and private, each with its ``Telephone`` (French
  ten-digit numbers with the trunk ``0``, either run together, ``0299853802``, or in pairs,
  ``02 99 68 06 50``; some mobiles, ``06``, ``07``), ``Fax`` (in pairs, where given) and
  ``Mail`` (the académie's functional addresses, ``ecole.0350122T@ac-rennes.fr``,
  ``Ce.0350003n@ac-rennes.fr``, and private schools' and associations' own), beside the UAI
  code, name, kind, address, postcode, commune, SIREN/SIRET, pupil count, coordinates and the
  register's flags.

The file is UTF-8 with a byte-order mark, semicolon-separated with CRLF line ends, as the
portal's export writes it, copied into the repository msimonin/coll-ges35 (notebooks on the
collèges of Ille-et-Vilaine). Every row with a number of six digits or more in ``Telephone``
but the two whose ``Mail`` names a person (a first name, a first and last name: left out with
their rows, whose numbers are mobiles), a seeded sample of 300 in the file's order, each kept
as a mapping of the columns in ``KEEP`` to the published strings (the register names no
person in them: ``Nom_etablissement`` is the establishment's name).

    python scripts/fr_annuaire_education_data.py FR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_annuaire_education.json"
CAP = 300
PATH = "fr-en-annuaire-education.csv"
# the two e-mail addresses of the file that name a person (left out with their rows)
PERSON_ADDRESSES = frozenset({"philippe.debray@wanadoo.fr", "segolene@sdncoaching.fr"})
KEEP = (
    "Identifiant_de_l_etablissement", "Nom_etablissement", "Type_etablissement",
    "Statut_public_prive", "Adresse_1", "Adresse_2", "Adresse_3", "Code postal", "Code_commune",
    "Nom_commune", "Code_departement", "Ecole_maternelle", "Ecole_elementaire",
    "Voie_generale", "Voie_technologique", "Voie_professionnelle", "Telephone", "Fax", "Web",
    "Mail", "Restauration", "Hebergement", "ULIS", "Apprentissage", "Segpa",
    "Section_europeenne", "Lycee_des_metiers", "Post_BAC", "SIREN_SIRET", "Nombre_d_eleves",
    "Libelle_departement", "Libelle_academie", "Libelle_region", "nom_circonscription",
    "latitude", "longitude", "date_ouverture", "libelle_nature",
)  # fmt: skip
SOURCES = {
    "FR": {
        "repository": "msimonin/coll-ges35",
        "commit": "a99ab9927d29b57ed9f9058e2de0e88e9039a9e2",
        "path": PATH,
        "encoding": "utf-8-sig",
        "delimiter": ";",
        "publisher": "ministère de l'Éducation nationale (MENJ, DEPP), Annuaire de "
        "l'éducation, data set fr-en-annuaire-education of data.education.gouv.fr, filtered "
        "to the département of Ille-et-Vilaine (35); copied into the repository in its first "
        "commit, fb2249dce4f9c4ea497059db4188c1ecc4556671 ('initial', 11 June 2023)",
        "licence": "not confirmed in the copy: the repository has no LICENSE file and names "
        "no terms for the file; the ministry publishes the data set under the Licence Ouverte "
        "/ Open Licence 2.0 (Etalab) on data.education.gouv.fr and data.gouv.fr",
        "language": "fr",
        "roles": {"name": "Nom_etablissement", "phone": ["Telephone"], "fax": ["Fax"],
                  "email": "Mail", "address": ["Adresse_1", "Adresse_2", "Adresse_3"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#{i}",
                "fields": {key: row[key] for key in KEEP},
            }
            for i, row in enumerate(csv.DictReader(text, delimiter=meta["delimiter"]))
            if _has_phone(row, meta["roles"]["phone"]) and row["Mail"] not in PERSON_ADDRESSES
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
