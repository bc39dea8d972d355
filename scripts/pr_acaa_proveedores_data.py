"""Extract the real register that ``pii_held_out_492.py`` writes its records around into
``scripts/data/pii_pr_acaa_proveedores.json``: the phone fields of a register no earlier part
used (Puerto Rico, whose earlier part took Code for Puerto Rico's list of the permanent
voter-registration offices; this one is another publisher and another kind of institution: the
Administración de Compensaciones por Accidentes de Automóviles (ACAA), its map of the health
providers it contracts, ``Mapa de proveedores de salud ACAA``), exactly as a CSV export of the
map gives them.

One file of the ``provedoresPR`` app of the commonwealth-of-puerto-rico organisation (an app of
a 2015 tech summit, package ``com.techsummit.provedorespr``; its LICENSE names Joel Roman Sosa,
José Ramos, Juan Martí and Nerivette Molina), read from a git checkout at a named commit (the
merge ``1d259e8`` of 13 May 2015; the file came in with ``4277a35``, 'Added the Data Folder',
and left the tree with ``667e58c``, 'final commit for TS 2015'), values unchanged:

* ``Data/Mapa_de_proveedores_de_salud_acaa (1).csv``: a CSV export of the ACAA's map (its
  title in the file's name; a ``Location`` column of geocoded points as the Socrata open-data
  portals write it, as data.pr.gov, the government's portal, is; the repository does not say
  where the file was downloaded), old Macintosh line ends (``\\r``) and Mac OS Roman bytes,
  so its accented letters read as the export wrote them (``Radi\u00cc_logo`` for
  ``Radiólogo``, ``Bayam\u00cc_n`` for ``Bayamón``) and are kept so: 557 providers, each
  with its ``NOMBRE DE PROVEEDOR``, ``ESPECIALIDAD`` and ``SUBESPECIALIDAD`` (``Ambulancia``,
  ``Laboratorio`` / ``Cl\u00cc_nico``, ``Terapia`` / ``F\u00cc_sica``...), ``PUEBLO`` (the
  municipality), ``TELEFONO`` (``787-762-3850``: the area code, the exchange and the line
  joined by hyphens; a few with a second number on a line of its own), the street address
  (``DIRECCI\u00cc\u00d2N F\u00cc\u00e7SICA``, its lines separated by ``\\r``, most ending
  in the town and ZIP code, ``Aguadilla PR  00603``), ``Contry`` and ``Location``
  (``Carolina, Puerto Rico(18.44..., -66.02...)``, the municipality's point; no coordinates
  for 136 rows).

Most of the register's rows are physicians and other practitioners, persons under their own
names; only its organisations are kept: a row is kept where its name is an organisation's (a
company, ``Inc.``, ``Corp.``, ``PSC``, ``CSP``, ``LLC``, or a centre, clinic, laboratory,
hospital, ambulance service, municipality, imaging or therapy service...) and does not name a
person doing business under another name (``... DBA ...``, ``... HNC ...``), and where its
``TELEFONO`` holds a number of seven digits or more whose digits no earlier part's data holds
and no row kept before it has (the first of the rows that share a line: a provider listed once
per service with one line, ``Atenas Community Health Center`` as laboratory and as ambulance at
``787-892-2292``, is kept once for that line). Each is kept as the mapping of all of the file's
columns to the published strings.

    python scripts/pr_acaa_proveedores_data.py PR_GIT
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_pr_acaa_proveedores.json"
CAP = 400
PATH = "Data/Mapa_de_proveedores_de_salud_acaa (1).csv"
NAME, PHONE = "NOMBRE DE PROVEEDOR", "TELEFONO"
STREET = "DIRECCI\u00cc\u00d2N F\u00cc\u00e7SICA"
# an organisation's name: a company form, or a word of an institution or a service
ORG = re.compile(
    r"\b(inc|corp|psc|csp|llc|centro|cl\u00cc_nica|clinica|laboratorio|laboratory|hospital"
    r"|municipio|gobierno|ambulance|ambulancia|imaging|services?|servicios|medical|group|grupo"
    r"|health|radiology|pathology|institute|instituto|therapy|terapia|rehabilitation)\b",
    re.IGNORECASE,
)
# a person doing business under another name ("Carmen I. Marrero DBA Centro ...")
PERSON_AS = re.compile(r"\b(DBA|HNC)\b")
SOURCES = {
    "PR": {
        "repository": "commonwealth-of-puerto-rico/provedoresPR",
        "commit": "1d259e889bb9b838972f3e39f2800f805496416c",
        "paths": [PATH],
        "encoding": "mac_roman",
        "publisher": "Administración de Compensaciones por Accidentes de Automóviles (ACAA), "
        "Gobierno de Puerto Rico: 'Mapa de proveedores de salud ACAA', the providers of health "
        "services it contracts (title from the file's name), a CSV export in the Socrata "
        "portals' shape (data.pr.gov's; the download's source not stated), as the "
        "provedoresPR app committed it (4277a35, 'Added the Data Folder', 13 May 2015; read at "
        "the merge 1d259e8; removed from the tree by 667e58c)",
        "licence": "MIT for the repository (its LICENSE file, 'Copyright (c) 2015 Joel Roman "
        "Sosa ...'); terms for the ACAA's data themselves not confirmed",
        "language": "es",
        "roles": {"name": NAME, "phone": [PHONE], "address": [STREET],
                  "town": "PUEBLO", "kind": "ESPECIALIDAD", "coordinates": "Location"},
    },
}  # fmt: skip


def earlier_files() -> list[str]:
    """The data files of the earlier parts that hold register rows (every ``pii_*.json`` whose
    ``rows`` carry ``fields``), but this extract: no number of theirs is taken again."""
    names = []
    for path in sorted(DATA.glob("pii_*.json")):
        if path == OUT:
            continue
        rows = json.loads(path.read_text(encoding="utf-8")).get("rows")
        if isinstance(rows, list) and all(isinstance(r, dict) and "fields" in r for r in rows):
            names.append(path.name)
    return names


def is_organisation(name: str) -> bool:
    """Whether a provider's name is an organisation's and names no person trading as it."""
    return bool(ORG.search(name)) and not PERSON_AS.search(name)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept providers of the map, with the commit they were read at."""
    meta = SOURCES["PR"]
    raw = _git(gits["PR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, earlier_files(), "1"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier or "1" + tel in earlier:
            continue
        if not is_organisation(row[NAME]):
            continue
        seen.add(tel)
        found.append({"country": "PR", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "PR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
