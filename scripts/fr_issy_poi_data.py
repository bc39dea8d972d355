"""Extract the real list that ``pii_held_out_269.py`` writes its records around into
``scripts/data/pii_fr_issy_poi.json``: the phone and office e-mail fields of a register no
earlier part used (France, whose earlier parts took the ministère des Solidarités et de la
Santé's COVID-19 testing sites, farm shops on OpenStreetMap, DILA's service-public.fr local
offices, the Annuaire de l'éducation's schools of Ille-et-Vilaine, the Ville de Montpellier's
associations, the Musées de France, the ANCT's France services, the FINESS hospitals and the
FranceArchives directory; this one is the Ville d'Issy-les-Moulineaux's open-data list of the
town's points of interest, ``points-dinteret-de-la-ville-dissy-les-moulineaux``: another
publisher, a commune, and other kinds of place, shops, restaurants, hotels, firms, pharmacies,
schools, crèches, sports grounds, parks, churches and the town's own services), exactly as the
city gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``public/geojson-data.js``: the 1,188 records of the city's data set as its Opendatasoft
  portal exported them (API v1 records: ``datasetid``, ``recordid``, ``fields``, ``geometry``,
  ``record_timestamp`` of 13 August 2014), assigned to a script variable (``geojson = [...];``)
  in the repository jpalpha/leaflet-fm (a FileMaker web-viewer map demo). Each record's
  ``telephone`` (767 of them) is written as the city writes French numbers, ten digits in pairs
  (``01 46 42 34 65``), a few otherwise (``01 41 900 700``, ``014 123 8630/31``, the trunk
  ``0`` lost and no-break spaces, ``141\xa0238\xa0360``, two numbers after ``/``), two are the
  emergency numbers ``17`` and ``18``; ``email`` (362) beside the name (``titre``), street
  (``adresse``), postcode (a JSON integer, ``92130``), town, description, web site, categories
  and coordinates.

Every record with a number of six digits or more in ``telephone``, less those whose town or
description holds a number of six digits or more of its own (a phone number the generator
would write unlabelled; four of the 765: ``Consultations au 01 41 33 11 11``,
``Issy-Les-Moulineaux/ 01 40 93 44 95``), in the file's order; a seeded sample of ``CAP`` of
the 761. ``email`` is kept only where it is one well-formed address whose local part names no
person: an office, a role, a shop's or a code (``iris@ville-issy.fr``,
``0920495n@ac-versailles.fr``, ``contact@sabineimmo.fr``); the addresses a reader by hand took
for a person's (``a.illouz@``, ``florence.bontemps@``, a first or last name with or without a
trade) and the malformed ones (``info@ isifa.fr``, ``clavim@ville-issy,fr``,
``h7848oraccor.com``) are emptied (``PERSONAL_OR_MALFORMED``). Each row keeps the record's
``recordid`` and ``record_timestamp`` and its ``fields`` as published
(JSON strings, numbers and the ``wgs84`` pair; no field names a person).

    python scripts/fr_issy_poi_data.py FR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_issy_poi.json"
CAP = 400
PATH = "public/geojson-data.js"
SOURCES = {
    "FR": {
        "repository": "jpalpha/leaflet-fm",
        "commit": "1db1a58d97fe30083ff65ec9adccac85d25f524f",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ville d'Issy-les-Moulineaux (Hauts-de-Seine), its open-data set "
        "'Points d'intérêt de la ville d'Issy-les-Moulineaux' "
        "(points-dinteret-de-la-ville-dissy-les-moulineaux) as its Opendatasoft portal "
        "exported it (API v1 records, record_timestamp 2014-08-13); copied into the "
        "repository in 1db1a58 ('Initial commit', 4 April 2022) as a script variable of a "
        "Leaflet map demo, unchanged since",
        "licence": "not confirmed: the repository has no LICENSE file (its package.json "
        "declares ISC for the FileMaker development template, not for the data) and names no "
        "terms for the data; the city's own terms for the data set were not read here",
        "language": "fr",
        "roles": {"name": "titre", "phone": ["telephone"], "email": "email",
                  "address": ["adresse", "codepostal", "ville"]},
    },
}  # fmt: skip

# e-mail addresses emptied: a person's name as local part, or no well-formed address
PERSONAL_OR_MALFORMED = frozenset({
    "a.illouz@efb.fr", "alain.bernazzani@viparis.com", "bbissy@wanadoo.fr",
    "cabinetdelaire@wanadoo.fr", "cerutti.coiff@wanadoo.fr", "clavim@ville-issy,fr",
    "corentincelton@erafrance.com", "delaneaucoq92130yahoo.fr", "didier.vetements@wanadoo.fr",
    "famoz96@wanadoo.fr", "florence.bontemps@decoemotion.com", "h7848oraccor.com",
    "hassanout@voila.fr", "hassine.radjibaly@wanadoo.fr", "henrih@bbox.fr", "hprs@wanadoo.fr",
    "info@ isifa.fr", "LMADI@lemarcheadomicile.com", "lorenzo.uomo@wanadoo.fr",
    "marcelo.b@hotmail.fr", "mireille.valentin92130@orange.fr", "nanda921@hotmail.fr",
    "nathaliepallay-coiffure@wanadoo.fr", "olivierclement.immo@wanadoo.fr",
    "ouamali12@yahoo.fr", "phie.schmit.anne@offisecure.com", "rmbois92@free.fr",
    "robert.keillor@hotmail.com", "sgde@hotmail.fr", "stephanedavy@sfr.fr",
    "tl@terres-lointaines.com", "torosan92@gmail.com", "v.frenau@groupe-bertrand.com",
    "zibi.herve@freesurf.fr",
})  # fmt: skip
WELL_FORMED = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
OWN_NUMBER = re.compile(r"\d(?:[\d .\-/\xa0]*\d){5,}")  # six digits or more, any separators


def _records(raw: str) -> list[dict[str, Any]]:
    """The records of the script's ``geojson = [...];`` assignment."""
    head, _, body = raw.partition("=")
    assert head.strip() == "geojson", head
    return json.loads(body.strip().removesuffix(";"))


def office_email(value: str) -> str:
    """``value`` where it is one well-formed address of an office, else ""."""
    if value in PERSONAL_OR_MALFORMED or not WELL_FORMED.fullmatch(value):
        return ""
    return value


def _other_number(fields: dict[str, Any]) -> bool:
    """Whether the town or description holds a number of six digits or more."""
    return any(OWN_NUMBER.search(str(fields.get(key, ""))) for key in ("ville", "description"))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found = []
        for i, rec in enumerate(_records(raw)):
            fields = dict(rec["fields"])
            if not _has_phone(fields, meta["roles"]["phone"]) or _other_number(fields):
                continue
            if "email" in fields:
                fields["email"] = office_email(fields["email"])
            found.append({
                "country": country,
                "path": f"{PATH}#{i}",
                "recordid": rec["recordid"],
                "record_timestamp": rec["record_timestamp"],
                "fields": fields,
            })  # fmt: skip
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
