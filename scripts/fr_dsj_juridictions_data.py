"""Extract the real register that ``pii_held_out_451.py`` writes its records around into
``scripts/data/pii_fr_dsj_juridictions.json``: the phone, fax and e-mail fields of a register no
earlier part used (France, whose earlier parts took the COVID-19 testing sites, farm shops on
OpenStreetMap, service-public.fr's local offices, the Annuaire de l'éducation's schools,
Montpellier's associations, the Musées de France, FINESS hospitals, France Services, the
FranceArchives services, Issy-les-Moulineaux's places, the Onisep's establishments, the Crous'
restaurants, Atout France's campsites, ViteMaDose's Maiia places, Audilab's centres, the
Région Hauts-de-France's youth-card partners, Paris's delivery shops, the Île-de-France's
hotels and Autovision's centres; this one is another publisher and another kind of place: the
ministère de la Justice's Direction des services judiciaires (DSJ), its list of the courts,
tribunaux judiciaires, tribunaux de proximité and the like, with their SIRETs), exactly as
the ministry's table gives them.

One CSV of the e-MJPM project (SocialGouv, the ministères sociaux's digital team), read from
a git checkout at a named commit, values unchanged:

* ``scripts/dev/tools/csv-to-upsert-sql/211021_DSJ_OJI6_SRJ-ES-SIRET.2021.csv``: 294 courts
  of the DSJ's table of 21 October 2021 (``SRJ-ES-SIRET``), each under its cour d'appel, with
  its ``NUMERO_TELEPHONE_FILS`` (the ten-digit French number written without its trunk 0,
  spaced in pairs: ``1 49 81 16 00``; the overseas ones with their area code in brackets,
  ``0(508)410320``), ``NUMERO_TELECOPIE_FILS`` and ``NUMERO_FAX_FILS`` (two fax columns),
  ``MAIL_FILS`` (the court's mailbox, ``tj-creteil@justice.fr``), beside the court's names,
  INSEE code of the seat, street address, SIREN, NIC and SIRET, the DSJ's codes
  (``DSJTGCR094``) and dates of opening and change.

A court is kept where its ``NUMERO_TELEPHONE_FILS`` holds a number of seven digits or more
whose digits (with or without the trunk 0) no earlier French part's data holds and no court
kept before it has, and where the table gives it no closing date. Each is kept as the mapping
of all of the table's columns to the published strings (the table names no person).

    python scripts/fr_dsj_juridictions_data.py FR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_fr_dsj_juridictions.json"
CAP = 300
PATH = "scripts/dev/tools/csv-to-upsert-sql/211021_DSJ_OJI6_SRJ-ES-SIRET.2021.csv"
PHONE = "NUMERO_TELEPHONE_FILS"
# the earlier French parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_fr_annuaire_education.json", "pii_fr_annuaire_local.json",
    "pii_fr_atout_france_campings.json", "pii_fr_audilab_centres.json",
    "pii_fr_autovision_centres.json", "pii_fr_crous_restaurants.json",
    "pii_fr_finess_hospitals.json", "pii_fr_france_services.json",
    "pii_fr_francearchives_services.json", "pii_fr_hdf_partenaires.json",
    "pii_fr_idf_hotels_classes.json", "pii_fr_issy_poi.json", "pii_fr_maiia_centres.json",
    "pii_fr_montpellier_associations.json", "pii_fr_musees_de_france.json",
    "pii_fr_onisep_sup_pdl.json", "pii_fr_paris_livraison.json",
)  # fmt: skip
SOURCES = {
    "FR": {
        "repository": "SocialGouv/emjpm",
        "commit": "9c3b7ac81f1ac3c74bd8cc4b7b9aaa4befb64b81",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "ministère de la Justice, Direction des services judiciaires (DSJ), its "
        "table of the courts with their SIRETs (SRJ-ES-SIRET, 21 October 2021) as the "
        "SocialGouv e-MJPM project committed it to load its list of courts (file added in "
        "0db9f34, 4 November 2021, 'feat(ti): upgrade ti list')",
        "licence": "Apache-2.0 for the repository (its LICENSE file, 'Copyright 2021 DSI des "
        "ministère sociaux'); terms for the DSJ's table itself not confirmed",
        "language": "fr",
        "roles": {"name": "LIBELLE_LONG_ES_FILS", "phone": [PHONE],
                  "fax": ["NUMERO_TELECOPIE_FILS", "NUMERO_FAX_FILS"], "email": "MAIL_FILS",
                  "address": ["ADRESS_PRINCIPAL_FILS", "ADRESS_COMPLEMENT_FILS",
                              "COMMUNE_SIEGE_INSEE_FILS"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept courts of the table, with the commit they were read at."""
    meta = SOURCES["FR"]
    raw = _git(gits["FR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "33"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or row["DATE_FERMETURE_FILS"].strip():
            continue
        if tel in earlier or "0" + tel in earlier:
            continue
        seen.add(tel)
        found.append({"country": "FR", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "FR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
