"""Extract the real register that ``pii_held_out_178.py`` writes its records around into
``scripts/data/pii_ca_rhra_retirement_homes.json``: the phone, fax and e-mail fields of a register
no earlier part used (Ontario's Retirement Homes Regulatory Authority's public register of
licensed retirement homes; Canada's earlier parts took Ontario's COVID-19 testing locations,
British Columbia's WorkBC Centres and the City of Toronto's licensed child care centres),
exactly as the register gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``data/rhra_register.json``: the RHRA's public register (rhra.ca) as the repository
  jamiefletcher/ontario-retirement scraped it, one JSON object per home keyed by the register's
  id; the homes whose licence is in force (``Issued``, ``Issued with conditions``) carry their
  contact fields: ``phone_number`` as the register writes it (``416-631-0405``; a few
  ``(613) 889-3485``, ``613 809-2212``, ``6138452200``, one with ``ext 502`` after it),
  ``fax_number`` in the same shapes or ``N/A`` (one ``905-88-8808``, a digit short, kept),
  ``email_address`` (the home's or its operator's mailbox) or ``N/A``; beside the home's
  name, street address, city or town, postal code (``M3H 5G9``), coordinates as one string
  (``43.7628908,-79.454113``), licence status and number (``T0179``), first issue date, web
  address, suites, resident capacity and whether it has sprinklers.

Every home with a number of six digits or more in ``phone_number``, a seeded sample of ``CAP``
in the register's order; each kept as a mapping of those columns to the published strings. The
columns that name people (``licensee_contact``, ``operations_manager``) and the licensee's
name and address (some licensees are individuals) are left out, as are the nested lists
(services, inspection reports, orders, proceedings, documents, former names).

    python scripts/ca_rhra_retirement_homes_data.py CA_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ca_rhra_retirement_homes.json"
CAP = 400
PATH = "data/rhra_register.json"
COLUMNS = (
    "id", "name", "streetaddress", "citytown", "postal", "latlng", "lic_status", "lic_number",
    "first_issue_date", "phone_number", "fax_number", "email_address", "web_address",
    "number_of_suites", "resident_capacity", "automatic_sprinklers_in_the_home",
)  # fmt: skip
SOURCES = {
    "CA": {
        "repository": "jamiefletcher/ontario-retirement",
        "commit": "4ae83daa78961b7313a4e410ab03551e515f87a3",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Retirement Homes Regulatory Authority (RHRA, Ontario), its public "
        "register of retirement homes (rhra.ca, the register's AJAX feed "
        "'action=public_register'), as the repository's scraper (src/scrape.py) saved it; the "
        "file as last changed in 4ae83da ('Re-run scraper to pull in orders and new "
        "residences', 18 April 2025), the same blob at the repository's head d157371",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the RHRA's terms for its public register were not read here",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone_number"], "fax": ["fax_number"],
                  "email": "email_address", "address": ["streetaddress", "citytown"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept homes of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found = []
        for i, home in enumerate(json.loads(raw).values()):
            if not _has_phone(home, meta["roles"]["phone"]):
                continue
            fields = {column: home[column] for column in COLUMNS}
            found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
