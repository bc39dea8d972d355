"""Extract the real list that ``pii_held_out_325.py`` writes its records around into
``scripts/data/pii_ca_hlbc_walk_in_clinics.json``: the phone and e-mail fields of a register no
earlier part used (HealthLinkBC's list of walk-in clinics in British Columbia, the BC Ministry of
Health's health-services directory; Canada's earlier parts took other publishers' registers,
among them Ontario's COVID-19 testing locations, WorkBC Centres, Toronto's child care centres,
the RHRA's retirement homes, the pharmacy regulators' rosters, BC's child care and schools,
Alberta's and Ontario's schools and Ontario's long-term care homes), exactly as it gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``hlbc_walkinclinics.txt``: the data set "Walk-in Clinics in BC" (BC Data Catalogue record
  174267) as HealthLinkBC published it on pub.data.gov.bc.ca in January 2014, a tab-separated
  file in Windows-1252 (five no-break spaces in one row's hours) with the directory's 25
  columns: ``SV_TAXONOMY`` (``LN-9300``) and ``TAXONOMY_NAME``, the operating organisation's
  ``RG_REFERENCE`` (``RG000009``) and ``RG_NAME`` (a health authority, a First Nation's band or
  health centre, or the clinic's company), the service's ``SV_REFERENCE``, ``SV_NAME`` and
  ``SV_DESCRIPTION``, the listing's and location's ``SL_REFERENCE`` (``SL077114``) and
  ``LC_REFERENCE``, ``PHONE_NUMBER`` (ten digits run together, area code, exchange and line:
  ``6047032030``), ``WEBSITE``, ``EMAIL_ADDRESS`` (53 of the kept rows), ``WHEELCHAIR_ACCESSIBLE``,
  ``LANGUAGE``, ``HOURS`` (free text), the street address in four columns, ``CITY``,
  ``PROVINCE``, ``POSTAL_CODE`` (``V0M 1A2``), ``LATITUDE`` (with a leading blank, as published),
  ``LONGITUDE`` and ``811_LINK``, copied into the repository liutenghou/ClinicsVancouver (a UBC
  CPSC 310 student project mapping the clinics) in its commit 'added raw data'.

Every row with a number of six digits or more in ``PHONE_NUMBER`` (262 of 264), in the file's
order; each row kept as a mapping of all of its file's columns to the published strings (read
with no quoting, as the file has none). ``RG_NAME`` is the clinic's operator as the directory
names it: some are a doctor's practice named after the doctor (``Dr. Wayne Niou Family
Practice``), kept as the register's name of the clinic.

    python scripts/ca_hlbc_walk_in_clinics_data.py CA_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ca_hlbc_walk_in_clinics.json"
CAP = 600
SOURCES = {
    "CA": {
        "repository": "liutenghou/ClinicsVancouver",
        "commit": "e60ca4245945661fab1688e40b39a8af772192b9",
        "path": "hlbc_walkinclinics.txt",
        "encoding": "cp1252",
        "publisher": "HealthLinkBC (British Columbia Ministry of Health), its data set 'Walk-in "
        "Clinics in BC' (BC Data Catalogue record 174267, "
        "pub.data.gov.bc.ca/datasets/174267/hlbc_walkinclinics.txt) as published in January "
        "2014; copied into the repository in e60ca42 ('added raw data', 28 January 2014), "
        "whose README names the catalogue record and the file's address as its data set",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Province's terms for the data set (Open Government Licence - British "
        "Columbia) were not read here",
        "language": "en",
        "roles": {"name": "RG_NAME", "phone": ["PHONE_NUMBER"], "email": ["EMAIL_ADDRESS"],
                  "address": ["STREET_NUMBER", "STREET_NAME", "STREET_TYPE", "CITY"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        table = csv.DictReader(text, delimiter="\t", quoting=csv.QUOTE_NONE)
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
