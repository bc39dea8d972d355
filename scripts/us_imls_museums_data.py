"""Extract the real list that ``pii_held_out_232.py`` writes its records around into
``scripts/data/pii_us_imls_museums.json``: the phone fields of a register no earlier part used
(the Institute of Museum and Library Services' Museum Universe Data File of the United States;
the country's earlier parts took CMS's hospitals, New York City's and Texas's schools, Puerto
Rico's voter centres, HIFLD's colleges, Cambridge's facilities, New York State's health
facilities and the federal FOIA offices), exactly as IMLS gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``mudf_import/mudf14q3pub_csv.zip``: IMLS's Museum Universe Data File, release 2014 Q3
  (``mudf14q3pub.csv``, the only member of the archive IMLS distributed, kept in the
  repository as downloaded), one row per known museum or related organization of the 50
  states and the District of Columbia: art museums, historical societies and historic houses,
  arboretums and botanical gardens, zoos and aquariums, science, children's and natural
  history museums, general museums; each with its ``PHONE`` as ten digits with no ``+1`` and
  no separator (``2053434540``; in the whole file 11 of eleven digits, 4 of seven and one of
  nine, slips kept as published), beside the IMLS museum id (``MID``, ten digits:
  ``8400100001``), name and alternate name, street, city, state, ZIP code (ZIP5 and ZIP4
  apart), web address, discipline code (``GMU``), the employer identification number and NTEE
  code of the ones that file with the IRS, tax period, income and revenue, locale and AAM
  region codes, coordinates, FIPS state, county, tract and block codes, place, CBSA and
  metropolitan codes, and the four source flags.

A seeded sample of ``CAP`` of the rows with a number of six digits or more in ``PHONE``, in
the file's order; each row kept as a mapping of all of the file's columns to the published
strings (the file names no person: ``NAME`` is the institution's).

    python scripts/us_imls_museums_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_imls_museums.json"
CAP = 500
ARCHIVE = "mudf_import/mudf14q3pub_csv.zip"
MEMBER = "mudf14q3pub.csv"
SOURCES = {
    "US": {
        "repository": "FactMiners/mudf2Neo4j",
        "commit": "cb5ae5a32e1d3f4a11de34789b146d2fa38017fb",
        "paths": [f"{ARCHIVE}:{MEMBER}"],
        "encoding": "utf-8",
        "publisher": "the Institute of Museum and Library Services (IMLS), an independent "
        "agency of the United States government, its Museum Universe Data File (MUDF) of "
        "2014 Q3, the list of known museums and related organizations of the United States, "
        "as the repository keeps IMLS's download (the zip archive unchanged beside the "
        "MUDF's documentation, mudf_import/README.md naming IMLS and its data file page as "
        "the source); the repository's head, cb5ae5a ('Bringing the top-level README.md "
        "up-to-date', 2 June 2014), a National Day of Civic Hacking 2014 project",
        "licence": "not confirmed: the repository's LICENSE is the MIT License (FactMiners, "
        "2014), given for its project; the MUDF is a work of a United States government "
        "agency (IMLS), but IMLS's terms for the file were not read here",
        "language": "en",
        "roles": {"name": "NAME", "phone": ["PHONE"], "address": "ADDRESS", "city": "CITY",
                  "state": "STATE", "zip": "ZIP5", "id": "MID", "discipline": "DISCIPL",
                  "web": "WEBURL", "ein": "EIN",
                  "coordinates": ["LATITUDE", "LONGITUDE"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{ARCHIVE}")
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            text = archive.read(MEMBER).decode(meta["encoding"])
        table = csv.DictReader(io.StringIO(text, newline=""))
        found = [
            {"country": country, "path": f"{meta['paths'][0]}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
