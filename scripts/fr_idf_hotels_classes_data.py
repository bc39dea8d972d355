"""Extract the real register that ``pii_held_out_432.py`` writes its records around into
``scripts/data/pii_fr_idf_hotels_classes.json``: the phone and e-mail fields of a region's register
no earlier part used (France, whose earlier parts took the ministère des Solidarités et de la
Santé's COVID-19 testing sites, farm shops on OpenStreetMap, DILA's service-public.fr local
offices, the Annuaire de l'éducation's schools of Ille-et-Vilaine, the Ville de Montpellier's
associations, the ministère de la Culture's Musées de France, the ANCT's France services, the
FINESS hospitals, the SIAF's FranceArchives directory, the Ville d'Issy-les-Moulineaux's points
of interest, the Onisep's higher-education establishments of the Pays de la Loire, the Crous'
restaurants, Atout France's campsites, ViteMaDose's Maiia places, Audilab's hearing-aid centres,
the Région Hauts-de-France's youth-card partners and the Ville de Paris's home-delivery shops;
this one is another publisher and another kind of place: the Région Île-de-France's open-data
register of classified hotels, "Les hôtels classés en Île-de-France", its Paris rows), exactly
as the register gives them.

One file of the repository ``KillianKemps/DansLePetrin`` (a 2014 map game of Paris, MIT
licence, which keeps several Paris open-data sets as GeoJSON exported from uMap), read from a
git checkout at a named commit, values unchanged:

* ``data/hotels.geojson``: 1,201 features, every one a hotel of Paris (``dept`` ``75``), each
  with the register's fields as the Région Île-de-France's Opendatasoft data set
  ``les_hotels_classes_en_ile-de-france`` names them (other copies of that data set carry the
  same names, ``dept`` and ``wgs84`` among them; the repository itself does not name its
  source): ``date_de_classement`` and ``date_de_publication_de_l_etablissement``
  (``2012-10-09``), ``classement`` (``3 étoiles``), ``nom_commercial``, ``adresse``,
  ``code_postal`` (``75016``), ``commune`` (``PARIS``), ``telephone`` (French numbers in
  blank-separated pairs, ``01 42 88 89 85``), ``courriel``, ``site_internet``,
  ``capacite_d_accueil_personnes``, ``nombre_de_chambres`` and ``wgs84`` (``"48.8485702,
  2.2662002"``), beside uMap's ``_storage_options``.

A hotel is kept where its ``telephone`` is one French number on a fixed or non-geographic line
(``kept_number`` of ``fr_paris_livraison_data``: ``01`` to ``05``, ``09``; a mobile left out),
whose digits no earlier French part's data holds and no hotel kept before it has (the first of
hotels sharing a switchboard), and where none of its name, address and web site holds a run of
seven digits or an ``@``; the kept hotels are a seeded sample of ``CAP``, in the file's order.
Each is kept as the mapping of the keys ``KEPT`` to the published strings; its ``courriel`` only
where it is one well-formed address whose local part names the hotel (an office word such as
``contact``, ``reservation``, ``reception``, ``info``; a chain's hotel code, ``h0751``; words of
the hotel's name, ``hotelpicardy``), not a person's own box (``p.burignat@...``,
``emmacharles@wanadoo.fr``, ``hoteldelphinemouton@...``), which is left out of the data.

    python scripts/fr_idf_hotels_classes_data.py FR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from fr_hdf_partenaires_data import earlier_poi_numbers
from fr_paris_livraison_data import ADDRESS, OFFICE_WORDS, _words, kept_number, national
from fr_paris_livraison_data import EARLIER as PARIS_EARLIER
from register_contacts_data import _git, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_fr_idf_hotels_classes.json"
CAP = 400
PATH = "data/hotels.geojson"
COMMIT = "5e1a74f1047cdfc9787979d31a1e95fccd8be960"
PHONE, MAIL = "telephone", "courriel"
KEPT = (
    "date_de_classement", "date_de_publication_de_l_etablissement", "dept", "classement",
    "nom_commercial", "adresse", "code_postal", "commune", "telephone", "site_internet",
    "capacite_d_accueil_personnes", "nombre_de_chambres", "wgs84",
)  # fmt: skip
# the earlier French parts' data (no number of theirs is taken again)
EARLIER = (*PARIS_EARLIER, "pii_fr_paris_livraison.json")
# a hotel's desks, besides the shops' office words
HOTEL_WORDS = OFFICE_WORDS | frozenset({
    "hotel", "hotels", "reception", "reservations", "booking", "bookings", "direction",
    "welcome", "sales", "resa", "front", "frontdesk", "desk",
})  # fmt: skip
SOURCES = {
    "FR": {
        "repository": "KillianKemps/DansLePetrin",
        "commit": COMMIT,
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Région Île-de-France, its open-data register of classified hotels 'Les "
        "hôtels classés en Île-de-France' (data.iledefrance.fr, data set "
        "les_hotels_classes_en_ile-de-france), the rows of Paris as the repository keeps them "
        "(file last changed in b4e60d2, 19 March 2014; the repository does not name its "
        "source, the field names are the data set's)",
        "licence": "MIT for the repository (its license.md); terms for the register's data "
        "themselves not confirmed",
        "language": "fr",
        "roles": {"name": "nom_commercial", "phone": [PHONE], "email": MAIL,
                  "address": ["adresse", "code_postal", "commune"], "kind": "classement",
                  "coordinates": ["wgs84"]},
    },
}  # fmt: skip


def hotel_address(mail: str, name: str) -> bool:
    """Whether ``mail`` is one well-formed address whose local part names the hotel: each of its
    parts (split at dots, hyphens, underscores and plus signs) is an office or desk word, a
    chain's hotel code (``h0751``, and after one a desk code, ``h2192-qc``), digits, or a word of
    three letters or more made of such words and the words of three letters or more of the
    hotel's name, two letters left at most (``hotelpicardy``, ``direction.franceeiffel``; not
    ``hoteldelphinemouton``, ``p.burignat``, initials such as ``pf@``)."""
    if not ADDRESS.fullmatch(mail):
        return False
    words = sorted(HOTEL_WORDS | {w for w in _words(name).split() if len(w) >= 3}, key=len)
    parts = re.split(r"[._+-]+", mail.split("@")[0].lower())
    coded = bool(re.fullmatch(r"h\d{3,4}", parts[0]))
    for part in parts:
        if part.isdigit() or re.fullmatch(r"h\d{3,4}", part):
            continue
        if len(part) <= 2 and not coded:
            return False
        rest = part
        for word in reversed(words):
            rest = rest.replace(word, "")
        if len(rest) > 2:
            return False
    return True


def quiet(fields: dict[str, str]) -> bool:
    """Whether none of the hotel's name, address and web site holds a run of seven digits
    (blanks, dots and hyphens between them) or an ``@``."""
    text = " ".join(fields[k] for k in ("nom_commercial", "adresse", "site_internet"))
    return "@" not in text and not re.search(r"\d(?:[ .-]?\d){6}", text)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept hotels of the register, with the commit they were read at."""
    meta = SOURCES["FR"]
    raw = _git(gits["FR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "33") | earlier_poi_numbers(), set()
    found = []
    for i, feature in enumerate(json.loads(raw)["features"]):
        props = feature["properties"]
        fields = {key: props.get(key, "") for key in KEPT}
        tel = national(fields[PHONE])
        if not kept_number(fields[PHONE]) or tel in seen or tel in earlier:
            continue
        if not quiet(fields):
            continue
        seen.add(tel)
        mail = props.get(MAIL, "")
        if mail and hotel_address(mail, fields["nom_commercial"]):
            fields[MAIL] = mail
        found.append({"country": "FR", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "FR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
