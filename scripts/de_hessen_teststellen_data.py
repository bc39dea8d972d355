"""Extract the real register that ``pii_held_out_467.py`` writes its records around into
``scripts/data/pii_de_hessen_teststellen.json``: the phone fields of a register no earlier part
used (Germany, whose earlier parts took Berlin's Kitas, Heimaufsicht, Hilf-mir and LEZ city
guides, Chemnitz's Kitas, the Finanzämter, Hamburg's and North Rhine-Westphalia's schools, the
Hochschulkompass, the LUP care portal, the RKI's health offices, the Weisse Liste's hospitals
and Datenanfragen.de's companies and public bodies; this one is the State of Hesse's list of
COVID-19 rapid-test stations, corona-test-hessen.de: another publisher and another kind of
place, the pharmacies, practices, aid organisations and test centres that ran Bürgertests),
exactly as the list gives them.

One file of Code for Leipzig's ``wo-ist-testzentrum`` (Code for Karlsruhe's wo-ist-markt map
reused for test centres), read from a git checkout at a named commit, values unchanged:

* ``cities/hessen.json``: a GeoJSON ``FeatureCollection`` of 1,290 test stations that its
  ``preprocessing/hessen/compile-hessen-geojson.py`` built from the state's XML feed
  (``https://www.corona-test-hessen.de/data/corona-test-hessen.xml``), each with its
  ``stationid``, ``modified`` date, ``title`` (the station's or its operator's name),
  ``location`` (street, postcode and town in one string), ``telephone`` (German numbers as
  the operators entered them: ``06081 66742``, ``069-233047``, ``06142/3308650``, ``+49 611
  300332``, mobile lines ``0176-55920220``; ``null`` for 496), ``details_url``,
  ``opening_hours``, ``hints`` and the point's coordinates.

A station is kept where its ``telephone`` holds a number of seven digits or more that
``make_pii_eval.personal_phone`` takes for a German number, written alone (no ``Tel`` before
it, no second number or note after it), whose line no earlier German part's data holds and no
station kept before it has (the first of the stations that share an operator's line; a line
written with ``+49`` or ``0049`` is the same line as with its trunk 0), and whose ``title`` and
``location`` hold no run of six digits or more (no phone-shaped text is left unlabelled); the
kept stations are a seeded sample of ``CAP``, in the file's order. Each is kept as its
``properties`` with the point's coordinates (the ``hints`` are left out: free text that often
repeats a number); values unchanged, blanks at a number's ends included. The list holds no
e-mail field.

    python scripts/de_hessen_teststellen_data.py DE_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from make_pii_eval import personal_phone
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_de_hessen_teststellen.json"
CAP = 300
PATH = "cities/hessen.json"
PHONE = "telephone"
# a field that is one number and nothing else (no ``Tel`` before it, no second number after it)
NUMBER = re.compile(r"\+?[\d(][\d ()/.\-\u2013]{5,}\d")
KEPT = ("stationid", "modified", "title", "location", PHONE, "details_url", "opening_hours")
# the earlier German parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_de_berlin_heimaufsicht.json", "pii_de_berlin_hilfmir.json", "pii_de_berlin_kitas.json",
    "pii_de_berlin_lez_stadtfuehrer.json", "pii_de_chemnitz_kitas.json",
    "pii_de_datenanfragen.json", "pii_de_finanzaemter.json", "pii_de_hamburg_schools.json",
    "pii_de_hochschulkompass.json", "pii_de_lup_pflegeportal.json", "pii_de_nrw_schools.json",
    "pii_de_rki_health_offices.json", "pii_de_weisse_liste_hospitals.json",
    "pii_national_phones.json",
)  # fmt: skip
SOURCES = {
    "DE": {
        "repository": "CodeforLeipzig/wo-ist-testzentrum",
        "commit": "f5e46a14d8e600d4e8fc20d7ff075555db99fbd0",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Land Hessen, its list of COVID-19 test stations (corona-test-hessen.de, "
        "the XML feed data/corona-test-hessen.xml) as Code for Leipzig's wo-ist-testzentrum "
        "map compiled it to GeoJSON (file last changed in 212f913, 'Update Hessen data.')",
        "licence": "MIT for the repository (its LICENSE file, '© 2015 Code for Karlsruhe and "
        "contributors', 'the software and data of this project'); terms for the state's list "
        "itself not confirmed",
        "language": "de",
        "roles": {"name": "title", "phone": [PHONE], "address": ["location"]},
    },
}  # fmt: skip


def national(value: str) -> str:
    """The digits of a number with a written calling code ``+49`` or ``0049`` as the trunk 0, so
    that one line written both ways is one line."""
    digits = digits_of(value)
    if value.strip().startswith(("+49", "0049")):
        return "0" + digits[4 if digits.startswith("0049") else 2 :]
    return digits


def osm_numbers() -> set[str]:
    """The digits of every value of seven digits or more of ``held_out_10``'s OpenStreetMap
    objects (``pii_osm_pois.json``, whose file keeps them under ``pois``), with a leading
    ``49`` also as the trunk 0."""
    pois = json.loads((DATA / "pii_osm_pois.json").read_text(encoding="utf-8"))["pois"]
    out = set()
    for value in (number for p in pois for _, number in p["phones"]):
        digits = digits_of(value)
        if len(digits) >= 7:
            out |= {digits, "0" + digits[2:]} if digits.startswith("49") else {digits}
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept stations of the list, with the commit they were read at."""
    meta = SOURCES["DE"]
    raw = _git(gits["DE"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "49") | osm_numbers(), set()
    found = []
    for i, feature in enumerate(json.loads(raw)["features"]):
        props = feature["properties"]
        value = props.get(PHONE) or ""
        tel = national(value)
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        if not NUMBER.fullmatch(value.strip()) or not personal_phone(value.strip(), "DE"):
            continue
        if any(re.search(r"\d{6}", props.get(k) or "") for k in ("title", "location")):
            continue
        seen.add(tel)
        fields = {k: props.get(k) for k in KEPT}
        fields["lon"], fields["lat"] = (str(c) for c in feature["geometry"]["coordinates"])
        found.append({"country": "DE", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "DE", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
