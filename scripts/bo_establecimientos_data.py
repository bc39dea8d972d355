"""Extract the real register that ``pii_held_out_514.py`` writes its records around into
``scripts/data/pii_bo_establecimientos.json``: the contact fields of a register no earlier part
used (Bolivia, whose earlier part took the pharmacies of the same platform; this one is the
health establishments of the Ministerio de Salud y Deportes's register, another kind of
institution), exactly as the register gives them.

One table of a public-health map (mauforonda/unidos_contra_el_covid, a map of the services the
``Unidos contra el COVID`` / ``Bolivia Segura`` platform listed), read from a git checkout at a
named commit, values unchanged:

* ``data/establecimientos.csv``: 2,742 health establishments (``C.S. AMBULATORIO``, ``C.S. CON
  INTERNACION``, ``PUESTO DE SALUD``, ``HOSPITAL SEGUNDO NIVEL``, ...), each with its
  ``nombre_establecimiento``, ``tipo``, ``nivel``, ``subsector`` and ``dependencia``,
  ``departamento`` and ``municipio``, coordinates, COVID-care flags, ``fecha_registro`` and
  ``numero_contacto``: Bolivian numbers as entered, mostly mobiles of eight digits
  (``68288725``), seven-digit lines, the area code run on or set apart, and 74 fields holding
  two numbers after a slash, a hyphen or two blanks.

The file is read with the standard library's ``csv``. An establishment is kept where its
``numero_contacto`` is written as whole numbers only (``bo_farmacias_data.contact_numbers``:
each number seven digits or more; 1,099 of the 2,742 are), none of whose numbers an
establishment kept before it has (859 are dropped so: a number is often written for many of a
network's health posts) nor the earlier Bolivian part's pharmacies (``EARLIER``, each of their
numbers apart; none is); all 240 that stay are kept (fewer than ``CAP``, so the seeded sample
keeps them all, in the file's order), each the mapping of all of the table's columns to the
published strings (the register names no person: an establishment is named by its institution
or place).

    python scripts/bo_establecimientos_data.py BO_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bo_farmacias_data import contact_numbers, kept_rows
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_bo_establecimientos.json"
CAP = 400
PATH = "data/establecimientos.csv"
PHONE = "numero_contacto"
EARLIER = ("pii_bo_farmacias.json",)
SOURCES = {
    "BO": {
        "repository": "mauforonda/unidos_contra_el_covid",
        "commit": "5612c7a614f30c164c1fb5dc41db4e7c6a9715e5",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministerio de Salud y Deportes del Estado Plurinacional de Bolivia, its "
        "register of health establishments as the Bolivia Segura / Unidos contra el COVID "
        "platform's web service served it, fetched by the repository's update.py",
        "licence": "not confirmed (the repository states no licence; the platform's terms for "
        "the data are not stated)",
        "language": "es",
        "roles": {"name": "nombre_establecimiento", "phone": [PHONE], "fax": [], "email": None,
                  "address": ["municipio", "departamento"]},
    },
}  # fmt: skip


def earlier() -> set[str]:
    """The digits of the earlier Bolivian part's numbers: each whole field and each number of
    it apart."""
    out = earlier_numbers(DATA, EARLIER, "591")
    for name in EARLIER:
        for row in json.loads((DATA / name).read_text(encoding="utf-8"))["rows"]:
            out |= {digits_of(line) for line in contact_numbers(row["fields"].get(PHONE) or "")}
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept establishments of the register, with the commit they were read at."""
    meta = SOURCES["BO"]
    raw = _git(gits["BO"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    found = kept_rows(raw, PATH, earlier())
    return {"sources": SOURCES, "rows": seeded_sample(found, "BO", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
