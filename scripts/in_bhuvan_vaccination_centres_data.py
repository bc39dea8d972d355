"""Extract the real list that ``pii_held_out_294.py`` writes its records around into
``scripts/data/pii_in_bhuvan_vaccination_centres.json``: the phone fields of a register no
earlier part used (India's COVID-19 vaccination centres as NRSC's Bhuvan geoportal mapped them,
the paid centres at private hospitals empanelled under PM-JAY; India's earlier parts took the
National Health Portal's Hospital and Blood Bank Directories, CBSE's schools, covid19india.org's
Telangana list, RBI's bank branches, NHM Madhya Pradesh's COVID facilities and JoSAA's
institutes), exactly as the portal gives them.

One list of one publisher, read from a git checkout at a named commit, values unchanged:

* ``data/raw.csv``: the vaccination centres of the National Remote Sensing Centre's (NRSC,
  ISRO) Bhuvan COVID-19 vaccine-centre map (bhuvan-app3.nrsc.gov.in/vaccine), 19,119 centres
  with their ``nin_pmjay`` hospital id, ``type`` (``Paid``), ``address``, coordinates, ``name``,
  ``pincode``, ``district``, ``state``, ``categoryname``, ``block`` and ``city``; the 8,061 of
  category ``Private PMJAY`` (private hospitals, nursing homes and eye hospitals) carry a
  ``mobile`` field, the centre's contact number as the hospital gave it: 8,009 hold a number,
  almost all a ten-digit mobile number in one run (``9037861697``), a few of nine or eleven
  digits, spaced (``98765 43210``) or two numbers joined by ``, ``, `` / `` or `` & ``.

The file is UTF-8 CSV as scraped by Devdatta Tengshe and published by DataMeet (the repository
datameet/covid-vaccination-centers; a later commit's copy of the file is not stored here, so
the first commit's is read). Kept: every ``Private PMJAY`` row whose ``mobile`` has a number of
six digits or more (``_has_phone``), but not the 3 whose number a spreadsheet turned into a
float (``9.92245E+19``) nor the one whose two numbers stand joined by a bare ``/`` (one run no
reader splits), nor a row whose address holds its number (none): 8,005 rows; then a sample of
400 seeded by the country, in the file's order. Each row is kept as the mapping of the file's
columns to the published strings except ``contact``, the name of the hospital's contact
person, which is left out (the list's ``name`` is the hospital's name).

    python scripts/in_bhuvan_vaccination_centres_data.py IN_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_in_bhuvan_vaccination_centres.json"
CAP = 400
PATH = "data/raw.csv"
CATEGORY = "Private PMJAY"
LEFT_OUT = ("contact",)
SOURCES = {
    "IN": {
        "repository": "datameet/covid-vaccination-centers",
        "commit": "6846fa5ece9455cc6f989d5a4a689f81e5c6eb64",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "National Remote Sensing Centre (NRSC, Indian Space Research "
        "Organisation), its Bhuvan COVID-19 vaccination-centre map "
        "(bhuvan-app3.nrsc.gov.in/vaccine/index.php), the paid centres at private hospitals "
        "empanelled under Ayushman Bharat PM-JAY (category 'Private PMJAY'); scraped by "
        "Devdatta Tengshe and copied into DataMeet's repository in 6846fa5 ('raw. geojson "
        "and script', 28 April 2021), whose README names the Bhuvan site as the source",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; Bhuvan's own terms for the map were not read",
        "language": "en",
        "roles": {"name": "name", "phone": ["mobile"], "address": ["address"]},
    },
}  # fmt: skip


def kept(row: dict[str, str]) -> bool:
    """A ``Private PMJAY`` centre whose ``mobile`` holds a number (six digits or more), not a
    spreadsheet's float nor two numbers joined by a bare slash, none of it in the address."""
    mobile = row["mobile"]
    return (
        row["categoryname"] == CATEGORY
        and _has_phone(row, SOURCES["IN"]["roles"]["phone"])
        and "E+" not in mobile
        and not re.search(r"\d/\d", mobile)
        and mobile.strip() not in row["address"]
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept centres, with the commit they were read at."""
    meta = SOURCES["IN"]
    raw = _git(gits["IN"], "show", f"{meta['commit']}:{PATH}")
    table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
    found = [
        {
            "country": "IN",
            "path": f"{PATH}#{i}",
            "fields": {k: v for k, v in row.items() if k not in LEFT_OUT},
        }
        for i, row in enumerate(table)
        if kept(row)
    ]
    return {"sources": SOURCES, "rows": seeded_sample(found, "IN", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
