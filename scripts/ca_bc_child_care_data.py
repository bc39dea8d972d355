"""Extract the real list that ``pii_held_out_223.py`` writes its records around into
``scripts/data/pii_ca_bc_child_care.json``: the phone fields of a register no earlier part used
(British Columbia's Child Care Map Data, the Ministry of Education and Child Care; Canada's
earlier parts took Ontario's COVID-19 testing locations, British Columbia's WorkBC Centres, the
City of Toronto's licensed child care centres, the RHRA's Ontario retirement homes and the
provincial pharmacy rosters), exactly as the province gives them.

One CSV file read from a git checkout at a named commit, values unchanged:

* ``data/childcare_locations.csv``: the BC Data Catalogue's "Child Care Map Data"
  (``childcare_locations.csv``, resource ``9a9f14e1-03ea-4a11-936a-6e77b15eeb39``) as the
  repository's daily workflow downloaded it: 5,992 licensed child care facilities, 4,118 of
  service type ``Licensed Group`` (group centres, preschools and out-of-school care run by
  societies, school districts, churches, companies and clubs) and 1,874 ``Licensed Family``
  (care in a provider's own home); every ``PHONE`` written area code, exchange and line joined
  by hyphens (``604-983-2600``; 8 rows without one), no ``EMAIL`` filled in; beside
  ``FAC_PARTY_ID`` (``1``), the facility's ``NAME``, ``ADDRESS_1`` and ``ADDRESS_2``, ``CITY``,
  ``POSTAL_CODE`` (``V7P 2W8``), ``LATITUDE`` and ``LONGITUDE``, ``WEBSITE``, the yes/no
  flags of hours, ages, languages and programmes, the vacancy columns and their
  ``VACANCY_LAST_UPDATE`` (``2026/07/01``), the health authority's inspection-report page and
  the ``IS_INCOMPLETE_IND``, ``IS_CCFRI_AUTH`` and ``IS_DUPLICATE`` flags.

Only the ``Licensed Group`` rows are kept (a family child care's number is a private home's);
of those with a number of six digits or more in ``PHONE``, a seeded sample of 400, in the
file's order, each kept as a mapping of all of the file's columns to the published strings
(``NAME`` is the facility's name, no person's contact).

    python scripts/ca_bc_child_care_data.py CA_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ca_bc_child_care.json"
CAP = 400
KIND = "Licensed Group"
SOURCES = {
    "CA": {
        "repository": "caesarw0/BC-ChildCare-API",
        "commit": "8f3b395d9aeda20de9ceebe8ba8f8fce19285697",
        "path": "data/childcare_locations.csv",
        "encoding": "utf-8",
        "publisher": "the Province of British Columbia, Ministry of Education and Child Care: "
        "the BC Data Catalogue's 'Child Care Map Data' (catalogue.data.gov.bc.ca, dataset "
        "4cc207cc-ff03-44f8-8c5f-415af5224646, resource 9a9f14e1-03ea-4a11-936a-6e77b15eeb39, "
        "childcare_locations.csv), downloaded daily by the repository's GitHub Actions "
        "workflow (src/utils/download.py); the file as last changed in 8f3b395 ('Update CSV "
        "file', 23 July 2026), the same blob at the head a2ae019",
        "licence": "not confirmed for the data set: the repository's LICENSE is the MIT "
        "License (Caesar Wong, 2023) and covers its files; the BC Data Catalogue's terms for "
        "'Child Care Map Data' (its Open Government Licence - British Columbia) were not read "
        "here",
        "language": "en",
        "roles": {"name": "NAME", "phone": ["PHONE"], "address": ["ADDRESS_1", "CITY"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if row["SERVICE_TYPE_CD"] == KIND and _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
