"""Extract the real list that ``pii_held_out_286.py`` writes its records around into
``scripts/data/pii_fr_onisep_sup_pdl.json``: the phone fields of a register no earlier part used
(France, whose earlier parts took testing sites, farm shops, DILA's local offices, the Annuaire de
l'éducation's schools of Ille-et-Vilaine, Montpellier's associations, the Musées de France, the
France services counters, FINESS hospitals, FranceArchives' services and Issy-les-Moulineaux's
points of interest; this one is the Onisep's Idéo directory of the establishments offering
higher education in the Pays de la Loire region: another publisher and another kind of
institution), exactly as the directory gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``etablissements.json``: the Opendatasoft API v1 export (a JSON array of records) of the
  Région Pays de la Loire's data set
  ``etablissements-denseignement-superieur-en-pays-de-la-loire@paysdelaloire``, the Onisep's
  « Idéo-Structures d'enseignement supérieur » restricted to the region: universities' UFRs and
  IUTs, schools of engineering, art, health and business, lycées with post-bac classes (BTS,
  CPGE), apprentices' training centres (CFA)..., 446 records, each with its ``telephone``
  (``02 43 59 49 01``: ten digits with the trunk ``0`` in pairs; one record has none), beside the
  name, sigle, kind, status, ministry of tutelage, UAI code (``0530951W``), SIRET
  (``19720916600176``), street address, post-office box (``BP 2045``), postcode, cedex, commune
  and its INSEE code, EPCI, department, academy, region, coordinates, the open days
  (``journees_portes_ouvertes``), Onisep links and the parent university.

Every record with a number of six digits or more in ``telephone`` that is no mobile (``06``,
``07``: four records, a private school's line that may be a person's own, left out), in the
file's order (441); each kept as its ``fields`` object as published (strings, numbers and the
``geoloc`` pair; no field names a person, no e-mail address), with its ``recordid``.

    python scripts/fr_onisep_sup_pdl_data.py FR_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_onisep_sup_pdl.json"
CAP = 600
PATH = "etablissements.json"
MOBILE = ("06", "07")
SOURCES = {
    "FR": {
        "repository": "CharlesVitry/mongoDBProject",
        "commit": "708c9bae8cb4a0b228bf825d86b835d5fbe8ab8a",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Onisep (Office national d'information sur les enseignements et les "
        "professions), its directory Idéo-Structures d'enseignement supérieur, as the Région "
        "Pays de la Loire republishes the region's part on its Opendatasoft portal (data set "
        "'etablissements-denseignement-superieur-en-pays-de-la-loire', records timestamped "
        "2022-03-08); the API v1 export committed in 708c9ba ('update main', 30 March 2022) "
        "of a students' Java/MongoDB project, which loads it as its establishments",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Onisep publishes its Idéo data sets under the Licence Ouverte / Open "
        "Licence (Etalab) as a rule, but this data set's terms were not read here",
        "language": "fr",
        "roles": {"name": "nom", "phone": ["telephone"], "address": ["adresse", "cp", "commune"]},
    },
}  # fmt: skip


def _kept(fields: dict[str, Any]) -> bool:
    """A landline: a number of six digits or more in ``telephone``, not ``06``/``07``."""
    tel = fields.get("telephone") or ""
    return _has_phone(fields, ["telephone"]) and not tel.strip().startswith(MOBILE)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept records of the export, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        records = json.loads(raw.decode(meta["encoding"]))
        found = [
            {
                "country": country,
                "path": f"{PATH}#{i}",
                "recordid": rec["recordid"],
                "fields": rec["fields"],
            }
            for i, rec in enumerate(records)
            if _kept(rec["fields"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
