"""Extract the real register that ``pii_held_out_460.py`` writes its records around into
``scripts/data/pii_gb_ggc_health_services.json``: the phone and e-mail fields of a register no
earlier part used (the United Kingdom, whose earlier parts took NHS England's pharmacies and GP
practices in the ODS files, HM Courts & Tribunals Service's court and tribunal finder, the
CQC's care homes, Sport England's Active Places, the Charity Commission's register, the RQIA's
services, Scotland's schools, Democracy Club's electoral services offices, the NHS website's
hospitals, Greggs's shops, a list of food banks and NHS Choices' opticians and dentists; this
one is another publisher and another kind of list: the directory of one Scottish health
board's services, NHS Scotland's pharmacies, GP practices, dental practices, opticians,
hospitals and sexual health clinics of Greater Glasgow and Clyde as NHS inform's Scotland's
Service Directory and the NHS Scotland open data portal gave them), exactly as the directory
gives them.

Six files of one project, read from a git checkout at a named commit, values unchanged:

* ``geoJSONData/2020_07_07_Processed_<Kind>.js`` for ``Pharmacies``, ``GPs``, ``Dentists``,
  ``Opticians``, ``Hospitals`` and ``SHClinics``: each a JavaScript assignment of one GeoJSON
  ``FeatureCollection`` (``var Pharmacies = {...}``, the JSON written by pandas, so a missing
  value is ``NaN``), 296 pharmacies, 235 GP practices, 273 dental practices, 148 opticians,
  20 hospitals and 24 sexual health clinics, each feature's ``properties`` with the service's
  name, address lines, postcode and ``Telephone`` (British numbers as the directory gives
  them: ``0141 552 5929``, ``01389 812070``; opticians' with hyphens, ``01475-724404``,
  ``0141-889-8671``; a few broken ones, ``0141 531 -6650``, ``01475 60 88 8``, ``1417750888``),
  beside the kind's other columns (a pharmacy's ``DispenserName`` and ``Services``, the
  opticians' ``NHSInformName`` and ``Email``, a hospital's ``Services``, each day's opening
  hours, a ``GoogleDirections`` link), and a point geometry geocoded from the postcode.

The files are Michael Flynn's University of Glasgow MSc project's (mflynn94/HealthServiceWebMap),
'retrieved from various NHS sources in June 2020' (its information panel names NHS inform's
Scotland's Service Directory, the NHS Scotland open data portal and Public Health Scotland's
ISD), last changed in 06b5b17 (17 August 2020) and, for the hospitals, 23e6ed3 (27 August 2020).
A feature is kept where its ``Telephone`` is one British number (``one_number``: ten or eleven
digits beginning with ``0``, written as groups of two to five digits and then three or four,
each after one space or one hyphen or none: the three broken fields above are left out), whose
digits no earlier British part's data holds and no feature kept before it has (the first of
services that share a number: a health centre's switchboard, a clinic listed under two names),
the files taken in the order above; the kept features are a seeded sample of ``CAP``, in that
order. Each is kept as the mapping of its ``properties`` to the published values (``NaN`` as
``null``) and its file's kind as ``path``; the geometry is left out (the directory names
services; a GP practice or a dental practice may bear a doctor's or dentist's name, which the
generator writes as the practice's name, and no e-mail field names a person).

    python scripts/gb_ggc_health_services_data.py GB_GIT
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_gb_ggc_health_services.json"
CAP = 400
PHONE = "Telephone"
# the directory's kinds of service, in the order their files are read
KINDS = ("Pharmacies", "GPs", "Dentists", "Opticians", "Hospitals", "SHClinics")
PATHS = [f"geoJSONData/2020_07_07_Processed_{kind}.js" for kind in KINDS]
# the earlier British parts' data (no number of theirs is taken again); the national-phones
# file holds NHS England's pharmacies among other countries' rows
EARLIER = (
    "pii_national_phones.json", "pii_gb_hmcts_courts.json", "pii_gb_gp_practices.json",
    "pii_gb_cqc_care_homes.json", "pii_gb_active_places.json",
    "pii_gb_trafford_charities.json", "pii_gb_rqia_services.json",
    "pii_gb_scottish_schools.json", "pii_gb_electoral_services.json",
    "pii_gb_nhs_hospitals.json", "pii_gb_greggs_shops.json", "pii_gb_fud_foodbanks.json",
    "pii_gb_nhs_opticians.json", "pii_gb_nhs_dentists.json",
)  # fmt: skip
SOURCES = {
    "GB": {
        "repository": "mflynn94/HealthServiceWebMap",
        "commit": "dab3a682250ec427bbb168f44f5652f3304a377f",
        "paths": PATHS,
        "encoding": "utf-8",
        "publisher": "NHS Scotland's services of NHS Greater Glasgow and Clyde as NHS inform's "
        "Scotland's Service Directory (www.nhsinform.scot/scotlands-service-directory), the NHS "
        "Scotland open data portal and Public Health Scotland's ISD gave them in June 2020, as "
        "compiled into GeoJSON by Michael Flynn's University of Glasgow MSc project "
        "HealthServiceWebMap (files last changed in 06b5b17, 17 August 2020, and 23e6ed3, 27 "
        "August 2020)",
        "licence": "not confirmed: the repository has no licence file and states no terms for "
        "its data; the NHS sources it names publish under their own terms (the NHS Scotland "
        "open data portal under the Open Government Licence v3.0), which were not checked for "
        "this compilation",
        "language": "en",
        "roles": {
            "name": "Name",
            "phone": [PHONE],
            "fax": [],
            "email": "Email",
            "address": ["Address1", "Address2", "Address3", "Address4", "Postcode"],
        },
    },
}  # fmt: skip


def one_number(value: str | None) -> bool:
    """Whether a ``Telephone`` field is one British number as the directory mostly writes it:
    ten or eleven digits beginning with ``0``, a group of two to five digits, then one or two
    groups of three or four, each after one space, one hyphen or nothing (``0141 552 5929``,
    ``01475-724404``, ``0141-8404444``; not ``0141 531 -6650``, ``01475 60 88 8``, nor
    ``1417750888``)."""
    if not isinstance(value, str):
        return False
    shape = re.fullmatch(r"0\d{2,4}(?:[ -]?\d{3,4}){1,2}", value)
    return bool(shape) and len(digits_of(value)) in (10, 11)


def features(text: str) -> list[dict[str, Any]]:
    """The features of one file: the JSON after its ``var <Kind> =``, ``NaN`` read as null."""
    body = text[text.index("{") :].rstrip().rstrip(";")
    return json.loads(re.sub(r"\bNaN\b", "null", body))["features"]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept services of the directory, with the commit they were read at."""
    meta = SOURCES["GB"]
    earlier, seen = earlier_numbers(DATA, EARLIER, "44"), set()
    found = []
    for path in PATHS:
        raw = _git(gits["GB"], "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
        for i, feature in enumerate(features(raw)):
            fields = feature["properties"]
            tel = fields.get(PHONE)
            if not one_number(tel) or digits_of(tel) in seen or digits_of(tel) in earlier:
                continue
            seen.add(digits_of(tel))
            found.append({"country": "GB", "path": f"{path}#{i}", "fields": dict(fields)})
    keep = sorted(random.Random("register:GB").sample(range(len(found)), CAP))
    return {"sources": SOURCES, "rows": [found[i] for i in keep]}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
