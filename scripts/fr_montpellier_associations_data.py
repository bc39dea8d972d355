"""Extract the real list that ``pii_held_out_203.py`` writes its records around into
``scripts/data/pii_fr_montpellier_associations.json``: the phone, fax and e-mail fields of a
register no earlier part used (the Ville de Montpellier's list of the associations in contact
with the city; France's earlier parts took the ministère des Solidarités et de la Santé's
COVID-19 testing sites, farm shops on OpenStreetMap, service-public.fr's local offices and the
Annuaire de l'éducation's schools of Ille-et-Vilaine), exactly as the city gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``VilleMTP_MTP_ListeAssoc_2011/VilleMTP_MTP_ListeAssoc_2011.csv``: the data set
  ``VilleMTP_MTP_ListeAssoc_2011`` ('Associations: liste des associations en contact avec la
  Ville de Montpellier', published 22 January 2011, updated 12 June 2012) of the city's open
  data portal (opendata.montpelliernumerique.fr), 2,452 associations of culture, sport, social
  action, environment, international exchange..., each with its ``Tel_Asso`` (French ten-digit
  numbers with the trunk ``0``, most in pairs, ``04 67 60 00 31``, some run together,
  ``0467521657``, or dotted, ``04.78.95.22.49``; one ``04.67.xx.xx..xx`` with a doubled dot),
  ``Fax_Asso`` (where given, in the same shapes; some the phone's own number) and
  ``Mail_Asso``, beside the name, sigle, web site, domain and sub-domain, street line,
  quarter and sub-quarter codes, circonscription, canton, postcode and coordinates (with a
  decimal comma, ``"3,89967141"``).

The file is ISO-8859-1, comma-separated with LF line ends, as the portal published it, copied
into the repository jimmy1708/Opendata (a mirror of the city's open data files). An
association's contact is often a member's own: only rows whose ``Tel_Asso`` holds a number of
six digits or more that is no mobile (``06``, ``07``: most likely a member's) and whose
``Mail_Asso`` is one well-formed address whose local part names the association (a word of
four letters or more of its name or its sigle of three or more, or an office word: ``contact``,
``info``, ``accueil``, ``secretariat``...; ``office_address``) are kept (811 of the 2,452), a
seeded sample of 280 in the file's order, each kept as a mapping of all of the file's columns
to the published strings (no column names a person: ``NomAsso`` is the association's name).

    python scripts/fr_montpellier_associations_data.py FR_GIT
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_montpellier_associations.json"
CAP = 280
PATH = "VilleMTP_MTP_ListeAssoc_2011/VilleMTP_MTP_ListeAssoc_2011.csv"
# local-part words that name an office, not a person
OFFICE_WORDS = frozenset({
    "contact", "info", "infos", "asso", "association", "accueil", "secretariat", "club",
    "bureau", "admin", "direction", "siege", "courrier",
})  # fmt: skip
ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SOURCES = {
    "FR": {
        "repository": "jimmy1708/Opendata",
        "commit": "7db16be4dcf67e31b9c9c4fd5017cc24e6d3952b",
        "path": PATH,
        "encoding": "iso-8859-1",
        "publisher": "Ville de Montpellier, open data portal of Montpellier Territoire "
        "Numérique (opendata.montpelliernumerique.fr), data set VilleMTP_MTP_ListeAssoc_2011 "
        "'Associations' (liste des associations en contact avec la Ville de Montpellier, "
        "published 2011-01-22, updated 2012-06-12, owner and distributor the Ville de "
        "Montpellier, as the folder's README.txt states); the file as last changed in "
        "c1fba1b7a5508d8a992c8645dfb6e953866ab030 ('annuel update', 3 October 2013)",
        "licence": "Licence Ouverte / Open Licence (Etalab), as the data set's README.txt and "
        "the repository's README.md state; the repository has no LICENSE file and the city's "
        "own page for the data set was not read here: **not confirmed** beyond those READMEs",
        "language": "fr",
        "roles": {"name": "NomAsso", "phone": ["Tel_Asso"], "fax": ["Fax_Asso"],
                  "email": "Mail_Asso", "address": ["Adresse"]},
    },
}  # fmt: skip


def _words(value: str) -> str:
    """``value`` lower-cased, without accents, letters, digits and blanks only."""
    plain = unicodedata.normalize("NFKD", value.lower())
    return "".join(c for c in plain if c.isalnum() or c == " ")


def mobile(value: str) -> bool:
    """Whether a French number is a mobile's (its digits begin ``06`` or ``07``)."""
    return "".join(c for c in value if c.isdigit())[:2] in ("06", "07")


def office_address(row: dict[str, str]) -> bool:
    """Whether ``Mail_Asso`` is one well-formed address whose local part names the association:
    an office word, the sigle (three characters or more), or a word of four letters or more of
    the name."""
    address = row["Mail_Asso"].strip()
    if not ADDRESS.fullmatch(address):
        return False
    local = address.split("@")[0].lower()
    parts = set(re.split(r"[._+0-9-]+", local))
    joined = re.sub(r"[^a-z]", "", local)
    sigle = _words(row["Sigle"]).replace(" ", "")
    if parts & OFFICE_WORDS or (len(sigle) >= 3 and sigle in joined):
        return True
    return any(w in joined for w in _words(row["NomAsso"]).split() if len(w) >= 4)


def kept(row: dict[str, str]) -> bool:
    """A row with a number in ``Tel_Asso`` that is no mobile and an address naming the
    association."""
    return (
        _has_phone(row, SOURCES["FR"]["roles"]["phone"])
        and not mobile(row["Tel_Asso"].strip())
        and office_address(row)
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(csv.DictReader(text))
            if kept(row)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
