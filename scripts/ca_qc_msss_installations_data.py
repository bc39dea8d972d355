"""Extract the real register that ``pii_held_out_498.py`` writes its records around into
``scripts/data/pii_ca_qc_msss_installations.json``: the phone and fax fields of a register no
earlier part used (Canada, whose earlier parts took Ontario's COVID-19 testing locations,
British Columbia's WorkBC Centres, the City of Toronto's child care centres, the RHRA's
retirement homes, the pharmacy regulators' rosters, Alberta's, Ontario's and British Columbia's
schools, BC's child care facilities, Ontario's long-term care homes, HealthLinkBC's walk-in
clinics, Loblaw's stores, the Open Brewery DB's Canadian breweries, and Quebec's CPE and
garderies and its municipalities; this one is the Ministère de la Santé et des Services
sociaux du Québec's Répertoire des établissements (M02), the installations of the licensed
health and social services establishments: hospitals, CLSC, CHSLD, rehabilitation and youth
centres, another publisher and another kind of institution), exactly as the directory gives
them.

One file of the repository lsc1025/Web-Scraper, read from a git checkout at a named commit,
values unchanged:

* ``Canada/QC/17-HealthAndSocialServices/output/output.csv``: 1,648 installations as the
  repository's ``scraper.py`` read them from the MSSS's directory
  (``wpp01.msss.gouv.qc.ca/appl/M02/M02ListeInstall.asp``, region by region, each
  installation's page and its establishment's page), each with its ``Phone`` and ``Fax`` (the
  area code in brackets, a space, the exchange and the line joined by a hyphen: ``(514)
  321-8800``; ``(000) 000-0000`` where the directory gives none: 83 phones, 1,397 faxes), beside
  the licence number (``1245-2645``), legal and short names, street address, post office box,
  municipality with its code (``Montréal (66023)``), postal code (``H1H 1B7``), health region,
  CLSC territory, MRC and provincial electoral division with their codes, the services of the
  licence (``CHSLD   115 Lit(s) d'hébergement permanent``), status (public or private), law,
  mode of incorporation, missions, ministerial designation, local authority and funding method.

An installation is kept where its ``Phone`` holds a number of seven digits or more that is not
the directory's placeholder of zeros, whose digits no earlier Canadian part's data holds (nor
its fax's) and no installation kept before it has (the first of installations that share a
switchboard); the kept installations are a seeded sample of ``CAP``, in the file's order. Each
is kept as the mapping of the file's columns to the published strings, less the scraper's own
``row_id`` and ``facility_type`` (``Assisted Living`` in every row, the scraper's label, not the
directory's) and the three columns that name people (``Dir. General`` and ``Chairman of the
Board``, empty in every row, and ``Complaints and Quality of Service Commissioner``, a person's
name in 258 rows).

    python scripts/ca_qc_msss_installations_data.py CA_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ca_qc_msss_installations.json"
CAP = 400
PATH = "Canada/QC/17-HealthAndSocialServices/output/output.csv"
PHONE, FAX = "Phone", "Fax"
# the directory's placeholder where it gives no number
NONE = "(000) 000-0000"
# the scraper's own columns and the columns that name people, left out
DROPPED = (
    "row_id", "facility_type", "Dir. General", "Chairman of the Board",
    "Complaints and Quality of Service Commissioner",
)  # fmt: skip
# the earlier Canadian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_ontario_centres.json", "pii_ca_workbc_centres.json", "pii_ca_toronto_child_care.json",
    "pii_ca_rhra_retirement_homes.json", "pii_ca_pharmacy_rosters.json",
    "pii_ca_ab_schools.json", "pii_ca_bc_child_care.json", "pii_ca_bc_schools.json",
    "pii_ca_hlbc_walk_in_clinics.json", "pii_ca_loblaw_stores.json", "pii_ca_on_ltc_homes.json",
    "pii_ca_on_schools.json", "pii_ca_open_brewery_db.json", "pii_ca_qc_mamh_municipalites.json",
    "pii_ca_qc_services_de_garde.json",
)  # fmt: skip
SOURCES = {
    "CA": {
        "repository": "lsc1025/Web-Scraper",
        "commit": "3375c29fa2867f3df6c4facbc619a3cc5d6a2e18",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministère de la Santé et des Services sociaux du Québec (MSSS), its "
        "Répertoire des établissements (M02, wpp01.msss.gouv.qc.ca/appl/M02): the installations "
        "of the licensed health and social services establishments, as the repository's "
        "scraper (Canada/QC/17-HealthAndSocialServices/code/scraper.py) read them region by "
        "region (file added in 3375c29, 'Initial commit', 7 March 2018)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the MSSS's terms for its directory were not read here",
        "language": "fr",
        "roles": {"name": "Legal Name", "phone": [PHONE], "fax": [FAX],
                  "address": ["Address", "PO Box", "Municipality", "Postal Code"],
                  "register": "License Number", "kind": "Mission(s)"},
    },
}  # fmt: skip


def has_number(value: str) -> bool:
    """Whether a phone or fax field holds a number: seven digits or more, not the placeholder."""
    return len(digits_of(value)) >= 7 and value.strip() != NONE


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept installations of the directory, with the commit they were read at."""
    meta = SOURCES["CA"]
    raw = _git(gits["CA"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER), set()
    # a number written after the country code 1 (``+1 514 ...``) is the same line
    earlier |= {d[1:] for d in earlier if len(d) == 11 and d.startswith("1")}
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if not has_number(row[PHONE]) or tel in seen or tel in earlier:
            continue
        if has_number(row[FAX]) and digits_of(row[FAX]) in earlier:
            continue
        seen.add(tel)
        fields = {k: v for k, v in row.items() if k not in DROPPED}
        found.append({"country": "CA", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "CA", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
