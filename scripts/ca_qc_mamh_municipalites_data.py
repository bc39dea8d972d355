"""Extract the real register that ``pii_held_out_427.py`` writes its records around into
``scripts/data/pii_ca_qc_mamh_municipalites.json``: the phone, fax and e-mail fields of a
register no earlier part used (Canada, whose earlier parts took Ontario's COVID-19 testing
locations, British Columbia's WorkBC Centres, the City of Toronto's licensed child care
centres, the RHRA's Ontario retirement homes, the pharmacy regulators' rosters, British
Columbia's child care and schools, Alberta's and Ontario's schools, Ontario's long-term care
homes, HealthLinkBC's walk-in clinics, Loblaw's stores and the Ministère de la Famille's
Montérégie child care; this one is another Quebec publisher and another kind of institution:
the Ministère des Affaires municipales et de l'Habitation's Répertoire des municipalités du
Québec, the municipal offices, hôtels de ville, of the province's local municipalities), exactly
as the ministry's directory gives them.

One file of the DSDD_Module02 course project (Thower56), read from a git checkout at a named
commit, values unchanged:

* ``MUN.csv``: the MAMH's ``MUN.csv`` (donneesouvertes.affmunqc.net/repertoire/MUN.csv, the
  Répertoire des municipalités on Données Québec), 1,130 municipalities, each with its
  geographic code (``mcode``, ``46005``), name (``munnom``), the office's street and postal
  address lines (``madr1`` to ``madr4``: ``10, rue des Églises O.``, ``C.P. 47``), postal code
  (``mcodpos``: ``J0E1B0``, no space; 81 cut short after a space, ``G0Y 1A``), ``mcourriel`` (the
  office's mailbox, ``info@abercorn.ca``; one empty), ``mweb``, ``mtel`` and ``mfax`` (ten bare
  digits, ``4505382664``; 135 faxes a placeholder of zeros, ``0000000000``, 16 the telephone
  again), designation (``Ville``, ``Paroisse``, ``Village nordique``), gentilé, administrative
  region (``Estrie (05)``), census division and MRC, dates of constitution, area, population,
  the date and mode of the next election and the kind of electoral division, then the names of
  the mayor, up to 75 councillors and a dozen officers.

A row is kept where its ``mtel`` holds a number of seven digits or more that no earlier
Canadian part's data holds (with or without the leading ``1``), nor its fax, and no
municipality kept before it has; the kept rows are a seeded sample of ``CAP``, in the file's
order. Each is kept as the mapping of the office's columns (``KEPT``) to the published strings:
the columns that name persons (``maire``, ``con1`` to ``con75``, ``dirgen`` to ``nd``) are not
kept. Some mailboxes are an officer's work address as the ministry publishes it
(``jdube@municipaliteauclair.ca``), kept as published.

    python scripts/ca_qc_mamh_municipalites_data.py CA_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ca_qc_mamh_municipalites.json"
CAP = 400
PATH = "MUN.csv"
PHONE, FAX = "mtel", "mfax"
# the office's columns (the persons' columns after ``divter`` are not kept)
KEPT = (
    "mcode", "munnom", "madr1", "madr2", "madr3", "madr4", "mcodpos", "mcourriel", "mweb",
    "mtel", "mfax", "mdes", "mgentile", "regadm", "divrec", "mrc", "mdatcons", "mdatregi",
    "msuperf", "mpopul", "datelec", "elecmode", "divter",
)  # fmt: skip
# the earlier Canadian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_ontario_centres.json", "pii_ca_workbc_centres.json", "pii_ca_toronto_child_care.json",
    "pii_ca_rhra_retirement_homes.json", "pii_ca_pharmacy_rosters.json",
    "pii_ca_bc_child_care.json", "pii_ca_ab_schools.json", "pii_ca_on_schools.json",
    "pii_ca_bc_schools.json", "pii_ca_on_ltc_homes.json", "pii_ca_hlbc_walk_in_clinics.json",
    "pii_ca_loblaw_stores.json", "pii_ca_qc_services_de_garde.json",
)  # fmt: skip
SOURCES = {
    "CA": {
        "repository": "Thower56/DSDD_Module02",
        "commit": "823789ada18690a7b94ae5d775b18165ac6d86da",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "Ministère des Affaires municipales et de l'Habitation du Québec (MAMH), "
        "its Répertoire des municipalités du Québec (MUN.csv, "
        "donneesouvertes.affmunqc.net/repertoire/MUN.csv, listed on Données Québec as "
        "repertoire-des-municipalites-du-quebec), as the DSDD_Module02 course project "
        "(Thower56) committed it (5 November 2023) to import it into a database",
        "licence": "not confirmed: the repository has no LICENSE file and no README; Données "
        "Québec lists the directory under a Creative Commons attribution licence (CC BY 4.0, "
        "as other projects cite it), not read here",
        "language": "fr",
        "roles": {"name": "munnom", "phone": [PHONE], "fax": [FAX], "email": "mcourriel",
                  "address": ["madr1", "madr2", "mcodpos"], "register": "mcode"},
    },
}  # fmt: skip


def line_of(value: str) -> str:
    """A published number's ten digits (a leading ``1`` aside, as the earlier parts write
    some)."""
    digits = digits_of(value)
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept municipalities of the directory, with the commit it was read at."""
    meta = SOURCES["CA"]
    raw = _git(gits["CA"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier = {line_of(n) for n in earlier_numbers(DATA, EARLIER)}
    seen: set[str] = set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel, fax = line_of(row[PHONE]), line_of(row[FAX])
        if len(tel) < 7 or set(tel) == {"0"} or tel in seen or tel in earlier:
            continue
        if fax in earlier:
            continue
        seen.add(tel)
        fields = {key: row[key] for key in KEPT}
        found.append({"country": "CA", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "CA", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
