"""Extract the real list that ``pii_held_out_393.py`` writes its records around into
``scripts/data/pii_fr_hdf_partenaires.json``: the phone fields of a list no earlier part used
(France, whose earlier parts took the ministère des Solidarités et de la Santé's COVID-19
testing sites, farm shops on OpenStreetMap, DILA's service-public.fr local offices, the Annuaire
de l'éducation's schools of Ille-et-Vilaine, the Ville de Montpellier's associations, the
ministère de la Culture's Musées de France, the ANCT's France services, the FINESS hospitals,
the SIAF's FranceArchives directory, the Ville d'Issy-les-Moulineaux's points of interest, the
Onisep's higher-education establishments of the Pays de la Loire, the Crous' restaurants, Atout
France's campsites, ViteMaDose's Maiia places and Audilab's hearing-aid centres; this one is
another publisher and another kind of place: the Région Hauts-de-France's partners of its youth
card, carte Génération #HDF, the bookshops, sports and clothing shops, school associations and
rural schools where pupils spend the card's grant for school books and equipment), exactly as
the list gives them.

One file of the repository ``Sygix/carte-hdf-list`` (a partner finder of the card, which
fetches the list from the card's map service, ``webservicecarto.zecarte.fr/partners?Full=true``,
and keeps a copy of its answer as the fallback it shows when the service answers nothing), read
from a git checkout at a named commit, values unchanged:

* ``src/data/partners.mock.ts``: 1,193 partners (``export const mockPartners = [...]``, the
  array JSON), each with its ``ID`` (the map service's partner id), ``Name``, ``Street``,
  ``PostalCode``, ``City``, coordinates (``Long``, ``Lat``), ``Tel`` (French numbers as the
  partners gave them, ten digits in one run, ``0323742263``, in blank- or dot-separated pairs,
  ``03 44 21 14 10``, ``03.23.59.96.30``, once after ``+33``; ``null`` for 101; placeholders
  such as ``0200000000``), ``SiteWeb`` (two holding a mailbox instead of a site),
  ``StatutJuridique`` (a code, 4 to 7), the ``conventions`` it holds (``Manuels et
  équipements``, ``Aide complémentaire``), and a ``MailAddress``, a ``Mobile`` and a second
  line (``adrteL2``) not kept (below).

A partner is kept where its ``Tel`` is one French number of ten digits on a fixed or
non-geographic line (``01`` to ``05``, ``09``; the three ``06`` lines, a shop owner's mobile,
left out) in one run, in blank- or dot-separated pairs or after ``+33``, not a placeholder
whose subscriber digits are all zeros, whose digits (``+33`` read as the trunk ``0``) no
earlier French part's data holds and no partner kept before it has (the first of partners that
share a switchboard; 173 repeat a number kept before them); the 912 kept are a seeded sample of
``CAP``, in the file's order. Each is kept as the mapping of the keys ``KEPT`` to the published
values as strings (a number as its JSON text, ``null`` as ""; ``conventions`` as their
``Libelle``s joined by ``" | "``). The ``MailAddress`` is not kept: most are a named
employee's mailbox (``j.arickx@kiabi.com``, ``melanie-teixeira@happycurl.com``) or a private
webmail box, not the shop's; nor are ``Mobile`` and ``adrteL2``, mostly a person's mobile or
the placeholder ``0600000000``.

    python scripts/fr_hdf_partenaires_data.py FR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_fr_hdf_partenaires.json"
CAP = 300
PATH = "src/data/partners.mock.ts"
PHONE = "Tel"
KEPT = (
    "ID", "Name", "Street", "PostalCode", "City", "Long", "Lat", "Tel", "SiteWeb",
    "StatutJuridique", "conventions",
)  # fmt: skip
# the earlier French parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_fr_annuaire_education.json", "pii_fr_annuaire_local.json",
    "pii_fr_atout_france_campings.json", "pii_fr_audilab_centres.json",
    "pii_fr_crous_restaurants.json", "pii_fr_finess_hospitals.json",
    "pii_fr_france_services.json", "pii_fr_francearchives_services.json",
    "pii_fr_issy_poi.json", "pii_fr_maiia_centres.json",
    "pii_fr_montpellier_associations.json", "pii_fr_musees_de_france.json",
    "pii_fr_onisep_sup_pdl.json", "pii_national_phones.json",
)  # fmt: skip
# the farm shops on OpenStreetMap, kept by POI rather than by register row
EARLIER_POIS = "pii_osm_pois.json"
SOURCES = {
    "FR": {
        "repository": "Sygix/carte-hdf-list",
        "commit": "528425cf3631de116be2a9d0af8c4ea2beefb69e",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Région Hauts-de-France, the partners of its youth card carte Génération "
        "#HDF (school books and equipment) as the card's map service "
        "(webservicecarto.zecarte.fr) gives them, kept by the partner finder "
        "Sygix/carte-hdf-list as its fallback copy (file added in 8c93002, 11 December 2024, "
        "unchanged since)",
        "licence": "none stated in the repository (no LICENSE file); terms for the region's "
        "partner list not confirmed",
        "language": "fr",
        "roles": {"name": "Name", "phone": [PHONE], "address": ["Street", "PostalCode", "City"],
                  "register": "ID", "coordinates": ["Lat", "Long"]},
    },
}  # fmt: skip


def _partners(text: str) -> list[dict[str, Any]]:
    """The file's array: the JSON after ``export const mockPartners =``, its ``;`` dropped."""
    body = text[text.index("[") :].rstrip().removesuffix(";")
    return json.loads(body)


def _published(key: str, value: Any) -> str:
    """A value as published, as a string (a number as its JSON text, ``null`` as "")."""
    if key == "conventions":
        return " | ".join(c["Libelle"] for c in value or [])
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value)


def earlier_poi_numbers() -> set[str]:
    """The digits of the French phone values of ``EARLIER_POIS`` (each also with the trunk 0
    in place of ``33``), which no kept partner may repeat."""
    pois = json.loads((DATA / EARLIER_POIS).read_text(encoding="utf-8"))["pois"]
    out = set()
    for poi in (p for p in pois if p["country"] == "FR"):
        for _, value in poi["phones"]:
            digits = digits_of(value)
            out.add(digits)
            if digits.startswith("33"):
                out.add("0" + digits[2:])
    return out


def kept_number(value: str) -> bool:
    """One French number of ten digits on a fixed or non-geographic line, written in one run,
    in blank- or dot-separated pairs, or after ``+33`` in one run, not a placeholder whose
    subscriber digits are all zeros."""
    if not re.fullmatch(r"0[1-59]\d{8}|0[1-59](?:[ .]\d\d){4}|\+33[1-59]\d{8}", value):
        return False
    return set(national(value)[2:]) != {"0"}


def national(value: str) -> str:
    """The digits of a French number as dialled at home (``+33`` as the trunk ``0``): its
    identity across the ways it is written."""
    digits = digits_of(value)
    return "0" + digits[2:] if value.startswith("+33") else digits


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept partners of the list, with the commit they were read at."""
    meta = SOURCES["FR"]
    raw = _git(gits["FR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "33") | earlier_poi_numbers(), set()
    found = []
    for i, partner in enumerate(_partners(raw)):
        fields = {key: _published(key, partner.get(key)) for key in KEPT}
        tel = national(fields[PHONE])
        if not kept_number(fields[PHONE]) or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        found.append({"country": "FR", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "FR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
