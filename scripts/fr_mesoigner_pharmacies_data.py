"""Extract the real register that ``pii_held_out_512.py`` writes its records around into
``scripts/data/pii_fr_mesoigner_pharmacies.json``: the phone fields of a list no earlier part
used (France, whose earlier parts took the COVID-19 testing sites, farm shops on OpenStreetMap,
service-public.fr's local offices, the Annuaire de l'éducation's schools, Montpellier's
associations, the Musées de France, FINESS hospitals, France Services, the FranceArchives
services, Issy-les-Moulineaux's places, the Onisep's establishments, the Crous' restaurants,
Atout France's campsites, ViteMaDose's Maiia places, Audilab's centres, the Région
Hauts-de-France's youth-card partners, Paris's delivery shops, the Île-de-France's hotels,
Autovision's centres, the DSJ's courts and the ESR's establishments; this one is the
community pharmacies (officines) that took COVID-19 vaccination bookings through Mesoigner,
a pharmacies' booking platform, as the volunteer project ViteMaDose's scraper read them),
exactly as the list gives them.

One file of ViteMaDose (CovidTrackerFr/vitemadose), read from a git checkout at a named
commit of its ``data-auto`` branch (the branch its scrapers wrote their outputs to), values
unchanged:

* ``data/output/mesoigner_centers.json``: 748 pharmacies, each with its ``phone_number`` as
  the platform gave it, in E.164 form (``+33556957563``; four with the trunk ``0`` kept after
  the country code, ``+330...``), beside the pharmacy's name (``nom`` and ``name``, a trade
  name that may be its pharmacist's surname, ``Pharmacie Lagrave``), street address with
  postcode and town, INSEE code, coordinates, opening hours by day (``business_hours``),
  the booking page on ``mesoigner.fr`` (``rdv_site_web``), the platform's id (``gid``) and
  ``type`` ``drugstore`` / ``center_type`` ``pharmacie``.

A pharmacy is kept where its ``phone_number`` holds a number of seven digits or more whose
digits no earlier French part's data holds (also as the national number, the trunk ``0`` in
place of ``+33``) and no
pharmacy kept before it has; the kept pharmacies are a seeded sample of ``CAP``, in the
file's order. Each is kept as the mapping of all of the entry's keys to the published values
(strings, numbers, the hours' mapping and ``false``).

    python scripts/fr_mesoigner_pharmacies_data.py FR_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_fr_mesoigner_pharmacies.json"
CAP = 300
PATH = "data/output/mesoigner_centers.json"
PHONE = "phone_number"
# the earlier French parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_fr_annuaire_education.json", "pii_fr_annuaire_local.json",
    "pii_fr_atout_france_campings.json", "pii_fr_audilab_centres.json",
    "pii_fr_autovision_centres.json", "pii_fr_crous_restaurants.json",
    "pii_fr_dsj_juridictions.json", "pii_fr_esr_etablissements.json",
    "pii_fr_finess_hospitals.json", "pii_fr_france_services.json",
    "pii_fr_francearchives_services.json", "pii_fr_hdf_partenaires.json",
    "pii_fr_idf_hotels_classes.json", "pii_fr_issy_poi.json", "pii_fr_maiia_centres.json",
    "pii_fr_montpellier_associations.json", "pii_fr_musees_de_france.json",
    "pii_fr_onisep_sup_pdl.json", "pii_fr_paris_livraison.json",
)  # fmt: skip
SOURCES = {
    "FR": {
        "repository": "CovidTrackerFr/vitemadose",
        "commit": "4af477813e3b69f5b787641003011cc1f83fc650",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "ViteMaDose (CovidTracker's volunteers), the list of the community "
        "pharmacies taking COVID-19 vaccination bookings through Mesoigner (mesoigner.fr, a "
        "pharmacies' booking platform) that its scraper read and published as open data; "
        "the file at the head of the repository's data-auto branch (4af4778, 'Updated "
        "Valwin centers', 25 October 2024)",
        "licence": "not confirmed for the data: the repository's LICENSE is the GNU GPL v3 "
        "(its code); no separate terms for the scraped list were found",
        "language": "fr",
        "roles": {"name": "nom", "phone": [PHONE], "address": ["address"],
                  "register": "gid", "kind": "center_type", "insee": "com_insee",
                  "coordinates": ["lat_coor1", "long_coor1"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept pharmacies of the list, with the commit it was read at."""
    meta = SOURCES["FR"]
    raw = _git(gits["FR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "33"), set()
    found = []
    for i, entry in enumerate(json.loads(raw)):
        tel = digits_of(entry.get(PHONE) or "")
        national = "0" + tel[2:] if tel.startswith("33") else tel
        if len(tel) < 7 or tel in seen or tel in earlier or national in earlier:
            continue
        seen.add(tel)
        found.append({"country": "FR", "path": f"{PATH}#{i}", "fields": entry})
    return {"sources": SOURCES, "rows": seeded_sample(found, "FR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
