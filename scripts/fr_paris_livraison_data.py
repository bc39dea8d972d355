"""Extract the real list that ``pii_held_out_412.py`` writes its records around into
``scripts/data/pii_fr_paris_livraison.json``: the phone and e-mail fields of a commune's register
no earlier part used (France, whose earlier parts took the ministère des Solidarités et de la
Santé's COVID-19 testing sites, farm shops on OpenStreetMap, DILA's service-public.fr local
offices, the Annuaire de l'éducation's schools of Ille-et-Vilaine, the Ville de Montpellier's
associations, the ministère de la Culture's Musées de France, the ANCT's France services, the
FINESS hospitals, the SIAF's FranceArchives directory, the Ville d'Issy-les-Moulineaux's points
of interest, the Onisep's higher-education establishments of the Pays de la Loire, the Crous'
restaurants, Atout France's campsites, ViteMaDose's Maiia places, Audilab's hearing-aid centres
and the Région Hauts-de-France's youth-card partners; this one is another publisher and another
kind of place: the Ville de Paris's open-data list of the Parisian shops and restaurants that
offered home delivery during the first COVID-19 lockdown, "Coronavirus : commerçants parisiens
proposant la livraison à domicile"), exactly as the list gives them.

One file of the repository ``wadouk/opendata-paris-commerces-ouvert-covid19-vers-osm`` (a
script that turned the list into OpenStreetMap quests and keeps the portal's JSON export,
downloaded from ``opendata.paris.fr/explore/dataset/coronavirus-commercants-parisiens-livraison-
a-domicile``), read from a git checkout at a named commit, values unchanged:

* ``coronavirus-commercants-parisiens-livraison-a-domicile.json``: 919 records of the portal's
  Opendatasoft export (``datasetid``, ``recordid``, ``fields``, ``geometry``,
  ``record_timestamp``), each with its ``nom_du_commerce``, ``type_de_commerce`` (one of the
  list's kinds, ``Primeur``, ``Fromagerie``, ``Restaurant ou traiteur``...), ``adresse``,
  ``code_postal`` (``75018``), ``geo_point_2d``, and where given ``telephone`` (French numbers
  as the shops gave them: ten digits in blank-separated pairs, ``01 43 26 85 77``, or after
  ``+33``, ``+33 6 08 63 34 62``; 115 have none), ``mail``, ``site_internet`` and
  ``precisions`` (a free note).

A shop is kept where its ``telephone`` is one French number on a fixed or non-geographic line
(``01`` to ``05``, ``09``; a mobile, ``06``/``07``, most likely the shopkeeper's own, left out)
of ten digits in blank-separated pairs, in one run, or after ``+33``, whose digits (``+33`` read
as the trunk ``0``) no earlier French part's data holds and no shop kept before it has, and
where none of its name, address, note and web site holds a run of seven digits or an ``@`` (a
number or an address that would stand unlabelled). Each is kept as the mapping of the keys
``KEPT`` to the published strings (``geo_point_2d`` as ``"lat, lon"``); its ``mail`` only where
it is one well-formed address whose local part names the shop (an office word such as
``contact``, ``bonjour``, ``commande``; a word of four letters or more of the shop's name), not
a person's own box (``patricia_couderc@...``, ``rabiaahamrouni10@gmail.com``).

    python scripts/fr_paris_livraison_data.py FR_GIT
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from fr_hdf_partenaires_data import EARLIER as HDF_EARLIER
from fr_hdf_partenaires_data import earlier_poi_numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_fr_paris_livraison.json"
CAP = 400
PATH = "coronavirus-commercants-parisiens-livraison-a-domicile.json"
COMMIT = "4e742e5f0a4f92e3dcff4e1f6a7af33bf51b7d09"
PHONE, MAIL = "telephone", "mail"
KEPT = (
    "recordid", "nom_du_commerce", "type_de_commerce", "adresse", "code_postal",
    "geo_point_2d", "telephone", "site_internet", "precisions", "record_timestamp",
)  # fmt: skip
# the earlier French parts' data (no number of theirs is taken again)
EARLIER = (*HDF_EARLIER, "pii_fr_hdf_partenaires.json")
OFFICE_WORDS = frozenset({
    "contact", "contacts", "info", "infos", "bonjour", "hello", "commande", "commandes",
    "boutique", "shop", "magasin", "livraison", "accueil", "service", "order", "orders",
    "cave", "epicerie", "fromagerie", "boulangerie", "restaurant", "resa", "reservation",
})  # fmt: skip
ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SOURCES = {
    "FR": {
        "repository": "wadouk/opendata-paris-commerces-ouvert-covid19-vers-osm",
        "commit": COMMIT,
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ville de Paris, its open-data list 'Coronavirus : commerçants parisiens "
        "proposant la livraison à domicile' (opendata.paris.fr), as the repository's script "
        "taf.sh downloaded the portal's JSON export (file last changed in 4e742e5, 'update', "
        "19 May 2020)",
        "licence": "none stated in the repository (no LICENSE file); the Ville de Paris "
        "publishes its open data under the ODbL, not confirmed for this data set here",
        "language": "fr",
        "roles": {"name": "nom_du_commerce", "phone": [PHONE], "email": MAIL,
                  "address": ["adresse", "code_postal"], "register": "recordid",
                  "coordinates": ["geo_point_2d"]},
    },
}  # fmt: skip


def national(value: str) -> str:
    """The digits of a French number as dialled at home (``+33`` as the trunk ``0``)."""
    digits = digits_of(value)
    return "0" + digits[2:] if value.startswith("+33") else digits


def kept_number(value: str) -> bool:
    """One French number of ten digits on a fixed or non-geographic line (``01`` to ``05``,
    ``09``), in blank-separated pairs, in one run, or after ``+33`` (its first digit alone,
    then pairs), not a placeholder whose subscriber digits are all zeros."""
    shapes = r"0[1-59](?: \d\d){4}|0[1-59]\d{8}|\+33 [1-59](?: \d\d){4}|\+33[1-59]\d{8}"
    return bool(re.fullmatch(shapes, value)) and set(national(value)[2:]) != {"0"}


def _words(value: str) -> str:
    """``value`` lower-cased, without accents, letters, digits and blanks only."""
    plain = unicodedata.normalize("NFKD", value.lower())
    return "".join(c if c.isalnum() else " " for c in plain if not unicodedata.combining(c))


def shop_address(mail: str, name: str) -> bool:
    """Whether ``mail`` is one well-formed address whose local part names the shop: an office
    word, or a word of four letters or more of the shop's name."""
    if not ADDRESS.fullmatch(mail):
        return False
    local = mail.split("@")[0].lower()
    if set(re.split(r"[._+0-9-]+", local)) & OFFICE_WORDS:
        return True
    joined = re.sub(r"[^a-z]", "", local)
    return any(w in joined for w in _words(name).split() if len(w) >= 4)


def quiet(fields: dict[str, str]) -> bool:
    """Whether none of the shop's name, address, note and web site holds a run of seven
    digits (blanks, dots and hyphens between them) or an ``@``."""
    text = " ".join(fields[k] for k in ("nom_du_commerce", "adresse", "precisions",
                                         "site_internet"))  # fmt: skip
    return "@" not in text and not re.search(r"\d(?:[ .-]?\d){6}", text)


def _published(record: dict[str, Any], key: str) -> str:
    if key in ("recordid", "record_timestamp"):
        return record[key]
    value = record["fields"].get(key, "")
    if key == "geo_point_2d":
        return f"{value[0]}, {value[1]}"
    return value


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept shops of the list, with the commit they were read at."""
    meta = SOURCES["FR"]
    raw = _git(gits["FR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "33") | earlier_poi_numbers(), set()
    found = []
    for i, record in enumerate(json.loads(raw)):
        fields = {key: _published(record, key) for key in KEPT}
        tel = national(fields[PHONE])
        if not kept_number(fields[PHONE]) or tel in seen or tel in earlier:
            continue
        if not quiet(fields):
            continue
        seen.add(tel)
        mail = record["fields"].get(MAIL, "")
        if mail and shop_address(mail, fields["nom_du_commerce"]):
            fields[MAIL] = mail
        found.append({"country": "FR", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "FR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
