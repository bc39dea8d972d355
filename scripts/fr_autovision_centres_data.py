"""Extract the real register that ``pii_held_out_439.py`` writes its records around into
``scripts/data/pii_fr_autovision_centres.json``: the phone fields of a register no earlier part
used (France, whose earlier parts took testing sites, farm shops, service-public.fr's local
offices, schools, associations, museums, FINESS hospitals, France services, archives, Issy's
places, ONISEP's higher education, CROUS restaurants, campings, Maiia's and Audilab's centres,
Hauts-de-France partners, Paris delivery areas and Île-de-France hotels; this one is the
Autovision network's vehicle-inspection centres, the centres de contrôle technique automobile
of its store locator), exactly as the network's locator gives them.

One file of the ``archamm/laposte-scrapping`` repository, read from a git checkout at a named
commit, values unchanged:

* ``AutoVision/20230525.js``: the ``CentresList`` JavaScript array of autovision.fr's centre
  locator as saved on 25 May 2023, 1030 centres, each ``{lat, lng, data: {num, idCentre,
  nomCommercial, raisonSociale, adresse01, adresse02, cp, tel, ville, urlPrdv, url}}``; ``tel``
  a French number in dotted pairs (``04.74.23.23.14``), ``cp`` an unquoted JavaScript number
  (``01000``, kept as the text the file writes).

A centre is kept where its ``tel`` holds a number of seven digits or more whose digits no
earlier French part's data holds and no centre kept before it has (the first of centres that
share a line); the kept centres are a seeded sample of ``CAP``, in the file's order. Each is
kept as the mapping of all its keys to the published text (quoted strings without their
quotes). The file names businesses, no person.

    python scripts/fr_autovision_centres_data.py FR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_fr_autovision_centres.json"
CAP = 320
PATH = "AutoVision/20230525.js"
PHONE = "tel"
# the earlier French parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_fr_annuaire_local.json", "pii_fr_montpellier_associations.json",
    "pii_fr_musees_de_france.json", "pii_fr_finess_hospitals.json",
    "pii_fr_france_services.json", "pii_fr_francearchives_services.json",
    "pii_fr_issy_poi.json", "pii_fr_onisep_sup_pdl.json", "pii_fr_crous_restaurants.json",
    "pii_fr_atout_france_campings.json", "pii_fr_maiia_centres.json",
    "pii_fr_audilab_centres.json", "pii_fr_hdf_partenaires.json",
    "pii_fr_paris_livraison.json", "pii_fr_idf_hotels_classes.json",
    "pii_national_phones.json",
)  # fmt: skip
# earlier data kept in another shape (OpenStreetMap objects): every string of seven digits
OTHER = ("pii_osm_pois.json",)
SOURCES = {
    "FR": {
        "repository": "archamm/laposte-scrapping",
        "commit": "e235c32dbfc343d2cfec29c1f2bb2ec7ac052a23",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Autovision (the French network of vehicle-inspection centres, "
        "www.autovision.fr), the CentresList of its centre locator as saved on 25 May 2023 "
        "in the archamm/laposte-scrapping repository (commit of 16 October 2023)",
        "licence": "not confirmed (the repository states no licence; terms of the network's "
        "locator data not confirmed)",
        "language": "fr",
        "roles": {"name": "nomCommercial", "phone": [PHONE],
                  "address": ["adresse01", "adresse02", "cp", "ville"]},
    },
}  # fmt: skip

ENTRY = re.compile(
    r"\{\s*lat:(?P<lat>[^,]*),\s*lng:(?P<lng>[^,]*),\s*data:\s*\{(?P<data>.*?)\}\s*\}", re.S
)
PAIR = re.compile(r'^\s*(\w+):\s*("(?:[^"\\]|\\.)*"|[^,\n]*?)\s*,?\s*$', re.M)


def centres(text: str) -> list[dict[str, str]]:
    """The locator's entries as mappings of their keys to the published text (``lat``, ``lng``
    and the ``data`` keys; a quoted string without its quotes, anything else as written)."""
    out = []
    for m in ENTRY.finditer(text):
        fields = {"lat": m["lat"].strip(), "lng": m["lng"].strip()}
        for key, value in PAIR.findall(m["data"]):
            fields[key] = json.loads(value) if value.startswith('"') else value
        out.append(fields)
    return out


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def other_numbers() -> set[str]:
    """The digits of every string of seven digits or more of the data kept in another shape,
    with the trunk 0 for a number written after France's code."""
    out = set()
    for name in OTHER:
        for value in _strings(json.loads((DATA / name).read_text(encoding="utf-8"))):
            digits = digits_of(value)
            if len(digits) >= 7:
                out.add(digits)
                if digits.startswith("33"):
                    out.add("0" + digits[2:])
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept centres of the locator, with the commit they were read at."""
    meta = SOURCES["FR"]
    raw = _git(gits["FR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "33") | other_numbers(), set()
    found = []
    for i, row in enumerate(centres(raw)):
        tel = digits_of(row.get(PHONE, ""))
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        found.append({"country": "FR", "path": f"{PATH}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "FR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
