"""Extract the real list that ``pii_held_out_149.py`` writes its records around into
``scripts/data/pii_fr_annuaire_local.json``: the phone, fax and e-mail fields of a register no
earlier part used (France's local public offices in the Annuaire de l'administration of
service-public.fr; France's earlier parts took COVID-19 testing sites, farm shops on
OpenStreetMap and others), exactly as the annuaire gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``emails_valide0.csv`` to ``emails_valide50000.csv``: the local public administrations of
  the Annuaire de l'administration (base de données locales, published by the Direction de
  l'information légale et administrative on data.gouv.fr), town halls (``mairie``),
  intercommunal bodies, public treasuries, gendarmerie brigades, youth information offices,
  tax offices and some forty other kinds, as the repository okfnfr/dada-france-authorities
  adapted them to the Alaveteli format for madada.fr (September 2019), in eleven CSV files of
  at most 5,000 rows: ``#id`` (the annuaire's id, ``mairie-23097-01``), ``name``,
  ``request_email``, ``notes`` (``Adresse : ... | Tél : ... | Fax : ...``: the address with
  its postcode and commune, the phone and fax fields as the annuaire writes them, in pairs of
  digits, ``05 55 62 30 68``, overseas with the calling code, ``+262 2 62 31 89 89``, some
  with a note after `` / ``, ``appeler le 17 en cas d'urgence``, ``Numéro vert : ...``),
  ``home_page`` and ``tag_string`` (the annuaire's kind of office).

The rows whose ``notes`` have that shape and whose ``Tél`` holds a number of seven digits or
more (49,653 of 50,259), less the 14 whose phone or fax field writes a number the way no
layout could label as one value (a ``+`` then a blank, ``+ 33 1 ...``, or two numbers run
together with no separator between, ``01 .. .. .. .. 01 .. .. .. ..``): a seeded sample of
180 town halls and 180 offices of the other kinds, in the files' order. Each row is kept as a
mapping of its file's columns to the published strings, less its ``request_email`` unless
the address's local part names an office (``mairie.issoudun.letrieix@``, ``accueil@``,
``t016036@``, ``sie.sallanches@``; many name a clerk or an elected member, and those are left
out); the ``name`` column names the office, never a person.

    python scripts/fr_annuaire_local_data.py FR_GIT
"""

from __future__ import annotations

import csv
import io
import random
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_annuaire_local.json"
CAP = 180  # town halls, and offices of the other kinds, each a seeded sample
PATHS = tuple(
    f"emails_valide{n}.csv" for n in (0, *range(5000, 50001, 5000))
)  # the files' order: 0, 5000, 10000, ..., 50000
SOURCES = {
    "FR": {
        "repository": "okfnfr/dada-france-authorities",
        "commit": "6811933f508e4a97988d6a32a57c05b35edd0a49",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "the Annuaire de l'administration of service-public.fr, its local "
        "public offices (base de données locales, Direction de l'information légale et "
        "administrative, data.gouv.fr), as Pierre Chrzanowski adapted it to the Alaveteli "
        "format for madada.fr (the files added in 08b559c, 21 September 2019, 'Fichiers à "
        "importer tels que produits par le code', some hand-edited in cccb20b, 23 September "
        "2019); the README counts 61,536 administrations, 51,123 with an e-mail address",
        "licence": "Licence Ouverte (Etalab), as the repository's README states for the data "
        "set; the repository has no LICENSE file; DILA's own terms for the annuaire's "
        "export were not read here: not confirmed beyond the README",
        "language": "fr",
        "roles": {"name": "name", "register": "#id", "notes": "notes",
                  "phone": ["Tél"], "fax": ["Fax"], "email": "request_email",
                  "kind": "tag_string", "web": "home_page"},
    },
}  # fmt: skip

# ``notes``: the address, then the phone and fax fields (either may be empty)
NOTES = re.compile(r"Adresse : (.*) \| Tél :(?: (.*))? \| Fax :(?: (.*))?\Z", re.S)
# a field no layout can label number by number: ``+ 33 ...``, or two numbers run together
ODD = re.compile(r"\+ \d|\d(?:[ .]?\d){15}")
# a local part's piece that names an office, not a person: a word it starts with, or a short
# office code that is the whole piece (a number after it aside)
OFFICE = re.compile(
    r"(?:mairie|commune|accueil|contact|secretariat|info|direction|cabinet|msap|clic|cidf|"
    r"mission|greffe|courrier|standard|administration|maison|office|service|agglo|"
    r"prefecture|tresorerie|douane|gendarmerie|bureau|antenne|permanence|chambre)",
    re.I,
)
OFFICE_CODE = re.compile(
    r"(?:t\d{6}|(?:cc|cdc|sp|spf|sie|sip|bta|cob|cij|cio|pij|pmi|mds|adil|ddt|cci|cma|onac|"
    r"anah|ville)\d*)",
    re.I,
)


def parts(notes: str) -> tuple[str, str, str] | None:
    """The address, phone and fax fields of a ``notes`` value as published (the phone and fax
    stripped of the blanks around them), None where ``notes`` has another shape."""
    m = NOTES.fullmatch(notes)
    if not m:
        return None
    return m.group(1), (m.group(2) or "").strip(), (m.group(3) or "").strip()


def office_address(email: str) -> bool:
    """Whether an e-mail address's local part has a piece (split at ``.``, ``_``, ``-``) that
    starts with a word naming an office (``mairie``, ``accueil``) or is an office's code
    (``bta``, ``cob``, ``sie``, a treasury's ``t016036``)."""
    local = email.split("@")[0]
    pieces = [piece for piece in re.split(r"[._\-]", local) if piece]
    return any(OFFICE.match(piece) or OFFICE_CODE.fullmatch(piece) for piece in pieces)


def _kept(row: dict[str, str]) -> bool:
    found = parts(row["notes"])
    if found is None:
        return False
    _, tel, fax = found
    return sum(c.isdigit() for c in tel) >= 7 and not ODD.search(f"{tel} | {fax}")


def _sample(found: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """At most ``CAP`` rows, a sample seeded by ``key``, in the files' order."""
    at = {id(r): i for i, r in enumerate(found)}
    return sorted(random.Random(key).sample(found, CAP), key=lambda r: at[id(r)])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    meta = SOURCES["FR"]
    found = []
    for path in meta["paths"]:
        raw = _git(gits["FR"], "show", f"{meta['commit']}:{path}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        for i, row in enumerate(table):
            if not _kept(row):
                continue
            fields = dict(row)
            if not office_address(fields["request_email"]):
                del fields["request_email"]
            found.append({"country": "FR", "path": f"{path}#{i}", "fields": fields})
    town_halls = [r for r in found if r["fields"]["tag_string"] == "mairie"]
    others = [r for r in found if r["fields"]["tag_string"] != "mairie"]
    chosen = {id(r) for r in _sample(town_halls, "register:FR:mairie")}
    chosen |= {id(r) for r in _sample(others, "register:FR:other")}
    return {"sources": SOURCES, "rows": [r for r in found if id(r) in chosen]}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
