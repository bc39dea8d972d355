"""Extract the real register that ``pii_held_out_470.py`` writes its records around into
``scripts/data/pii_fr_esr_etablissements.json``: the phone fields of a register no earlier part
used (France, whose earlier parts took the COVID-19 testing sites, farm shops on OpenStreetMap,
service-public.fr's local offices, the Annuaire de l'éducation's schools, Montpellier's
associations, the Musées de France, FINESS's hospitals, the France services counters,
FranceArchives' archive services, Onisep's higher-education establishments of the Pays de la
Loire, the CROUS restaurants, Issy-les-Moulineaux's places, Atout France's campsites, Maiia's
centres, the Hauts-de-France partners, Paris's delivery shops, Île-de-France's classified hotels,
Autovision's inspection centres, Audilab's centres and the courts of the DSJ; this one is the
Ministère de l'Enseignement supérieur et de la Recherche's list of the principal higher-education
establishments of the country, its universities, grandes écoles and grands établissements, with
the telephone of each establishment's UAI), exactly as the ministry's file gives them.

One CSV file of a student project's repository (MaxenceBodo/Projet_Web_Semantique), read from a
git checkout at a named commit, values unchanged:

* ``fr-esr-principaux-etablissements-enseignement-superieur.csv``: the ministry's open-data
  table ``fr-esr-principaux-etablissements-enseignement-superieur`` (semicolon-separated, UTF-8,
  250 establishments, 120 columns) as the project downloaded it (added in ``a522fc5``, 'premier
  commit', 22 April 2023, unchanged since), each with its ``numero_telephone_uai`` (the ten
  digits of a French number, no spaces: ``0472448016``; empty for 83 establishments), beside its
  Paysage id (``etBz7``), names, type, sector, UAI (``0691774D``), SIRET and SIREN, web page,
  postal address (street, locality, post-office box, postcode, delivery locality), commune,
  département, académie and région with their codes, legal status, qualification, coordinates,
  year of creation and Wikidata and ROR ids; no column holds an e-mail address of the
  establishment (five Flickr pages and a YouTube channel hold an ``@`` in their URL, columns not
  kept).

An establishment is kept where its ``numero_telephone_uai`` holds a number of seven digits or more
whose digits no earlier French part's data holds and no establishment kept before it has (the
first of two schools that share a switchboard, ``0328384858``); every one is kept (fewer than
``CAP``), in the file's order. Each is kept as the mapping of the columns in ``COLUMNS`` to the
published strings (the table names no person: an establishment's name may honour one, ``École
supérieure d'ingénieurs Léonard-de-Vinci``).

    python scripts/fr_esr_etablissements_data.py FR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_fr_esr_etablissements.json"
CAP = 400
PATH = "fr-esr-principaux-etablissements-enseignement-superieur.csv"
PHONE = "numero_telephone_uai"
# the columns kept of the table's 120 (identifiers, names, address, phone, status)
COLUMNS = (
    "etablissement_id_paysage", "uo_lib", "nom_court", "sigle", "type_d_etablissement",
    "typologie_d_universites_et_assimiles", "secteur_d_etablissement", "url", "uai", "siret",
    "siren", "com_code", "com_nom", "dep_id", "dep_nom", "aca_id", "aca_nom", "reg_id",
    "reg_nom", "mention_distribution", "adresse_uai", "lieu_dit_uai", "boite_postale_uai",
    "code_postal_uai", "localite_acheminement_uai", "pays_etranger_acheminement", PHONE,
    "statut_juridique_court", "statut_juridique_long", "qualification_court",
    "qualification_long", "coordonnees", "date_creation", "identifiant_wikidata",
    "identifiant_ror", "uo_lib_officiel",
)  # fmt: skip
# the earlier French parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_fr_annuaire_education.json", "pii_fr_annuaire_local.json",
    "pii_fr_atout_france_campings.json", "pii_fr_audilab_centres.json",
    "pii_fr_autovision_centres.json", "pii_fr_crous_restaurants.json",
    "pii_fr_dsj_juridictions.json", "pii_fr_finess_hospitals.json",
    "pii_fr_france_services.json", "pii_fr_francearchives_services.json",
    "pii_fr_hdf_partenaires.json", "pii_fr_idf_hotels_classes.json", "pii_fr_issy_poi.json",
    "pii_fr_maiia_centres.json", "pii_fr_montpellier_associations.json",
    "pii_fr_musees_de_france.json", "pii_fr_onisep_sup_pdl.json",
    "pii_fr_paris_livraison.json",
)  # fmt: skip
SOURCES = {
    "FR": {
        "repository": "MaxenceBodo/Projet_Web_Semantique",
        "commit": "d78c824622c4b1012bce870b684b6a51dd16f670",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministère de l'Enseignement supérieur et de la Recherche (MESR), its "
        "open-data table 'Principaux établissements d'enseignement supérieur' "
        "(fr-esr-principaux-etablissements-enseignement-superieur, data.enseignementsup-"
        "recherche.gouv.fr, built from the ministry's Paysage repository of structures), as a "
        "student project downloaded it (file added in a522fc5, 22 April 2023, unchanged at the "
        "head d78c824)",
        "licence": "not confirmed: the repository has no licence file and states no terms; the "
        "ministry's terms for its table are not stated in the repository",
        "language": "fr",
        "roles": {"name": "uo_lib", "phone": [PHONE], "fax": [], "email": "",
                  "address": ["adresse_uai", "boite_postale_uai", "code_postal_uai",
                              "localite_acheminement_uai"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept establishments of the table, with the commit they were read at."""
    meta = SOURCES["FR"]
    raw = _git(gits["FR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "33"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""), delimiter=";")):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        found.append(
            {"country": "FR", "path": f"{PATH}#{i}", "fields": {c: row[c] for c in COLUMNS}}
        )
    return {"sources": SOURCES, "rows": seeded_sample(found, "FR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
