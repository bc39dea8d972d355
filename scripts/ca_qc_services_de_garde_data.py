"""Extract the real register that ``pii_held_out_389.py`` writes its records around into
``scripts/data/pii_ca_qc_services_de_garde.json``: the phone, fax and e-mail fields of a
register no earlier part used (Canada, whose earlier parts took Ontario's COVID-19 testing
locations, British Columbia's WorkBC Centres, the City of Toronto's licensed child care
centres, the RHRA's Ontario retirement homes, the pharmacy regulators' rosters, British
Columbia's child care and schools, Alberta's and Ontario's schools, Ontario's long-term care
homes, HealthLinkBC's walk-in clinics and Loblaw's stores; this one is Quebec's, in French:
the Ministère de la Famille du Québec's list of the centres de la petite enfance (CPE) and
garderies in operation in the Montérégie region), exactly as the ministry's list gives them.

One file of the geolocator-garderies project (Carbonec2), read from a git checkout at a named
commit, values unchanged:

* ``excel/repertoire16-sdg.csv``: the ministry's "LISTE DES CENTRES DE LA PETITE ENFANCE ET
  GARDERIES EN FONCTION" of administrative region 16 (Montérégie), "Mise à jour le 1er
  novembre 2022", saved as CSV (three title lines above the header; a legend below the 592
  installations): each installation's name (``Nom de l'installation``), region, street
  address, municipality, postal code (``J0H 1A0``), ``Téléphone`` (``(450) 546-5573``; 41 with
  an extension, ``(450) 467-8281, poste 224``; 61 empty), ``Télécopieur`` (same shape, or
  empty), ``Adresse courriel`` (one address, or empty), the kind of service (``CPE`` or
  ``GARD``), the places of its permit, those for children of 17 months or less, ``CR`` where
  the places are at reduced contribution, an empty coordinates column and an ``ARTM`` flag.

A row is kept where it is an installation (``CPE`` or ``GARD``) and its ``Téléphone`` holds a
number of seven digits or more whose line (the first ten digits, an extension aside) no
earlier Canadian part's data holds, nor its fax, and no installation kept before it has (the
first of installations that share a line: a CPE's installations often give its head office's
number); the kept rows are a seeded sample of ``CAP``, in the file's order. Each is kept as the
mapping of all of the file's columns to the published strings (the list names no person but
in some mailboxes, an installation's director's work address as the ministry publishes it,
``gaetane.lessard@cpebobino.com``).

    python scripts/ca_qc_services_de_garde_data.py CA_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ca_qc_services_de_garde.json"
CAP = 400
PATH = "excel/repertoire16-sdg.csv"
PHONE, FAX, KIND = "Téléphone", "Télécopieur", "Type de service de garde"
TITLE_LINES = 3  # the list's title, its date and a blank line stand above the header
# the earlier Canadian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_ontario_centres.json", "pii_ca_workbc_centres.json", "pii_ca_toronto_child_care.json",
    "pii_ca_rhra_retirement_homes.json", "pii_ca_pharmacy_rosters.json",
    "pii_ca_bc_child_care.json", "pii_ca_ab_schools.json", "pii_ca_on_schools.json",
    "pii_ca_bc_schools.json", "pii_ca_on_ltc_homes.json", "pii_ca_hlbc_walk_in_clinics.json",
    "pii_ca_loblaw_stores.json",
)  # fmt: skip
SOURCES = {
    "CA": {
        "repository": "Carbonec2/geolocator-garderies",
        "commit": "5226a9bbfe18eab08ceb6b17e91682829019af53",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "Ministère de la Famille du Québec, its list of the centres de la petite "
        "enfance and garderies in operation ('LISTE DES CENTRES DE LA PETITE ENFANCE ET "
        "GARDERIES EN FONCTION', 'Mise à jour le 1er novembre 2022') for administrative region "
        "16 (Montérégie), saved as CSV into the geolocator-garderies project (Carbonec2) in its "
        "initial commit (3 December 2022) to geocode the installations; the CSV was removed "
        "from the repository later, its XLSX kept",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the ministry's terms for the list were not read here",
        "language": "fr",
        "roles": {"name": "Nom de l'installation", "phone": [PHONE], "fax": [FAX],
                  "email": "Adresse courriel",
                  "address": ["Adresse", "Municipalité", "Code postal"]},
    },
}  # fmt: skip


def line_of(value: str) -> str:
    """A published number's line: its first ten digits (an extension, ``poste 224``, aside)."""
    return digits_of(value)[:10]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept installations of the list, with the commit it was read at."""
    meta = SOURCES["CA"]
    raw = _git(gits["CA"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    body = "".join(io.StringIO(raw, newline="").readlines()[TITLE_LINES:])
    earlier, seen = earlier_numbers(DATA, EARLIER, "1"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(body, newline=""))):
        if row[KIND] not in ("CPE", "GARD"):
            continue
        tel, fax = line_of(row[PHONE]), line_of(row[FAX])
        if len(tel) < 7 or tel in seen or tel in earlier or (fax and fax in earlier):
            continue
        seen.add(tel)
        found.append({"country": "CA", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "CA", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
