"""Extract the real list that ``pii_held_out_144.py`` writes its records around into
``scripts/data/pii_us_hifld_colleges.json``: the phone fields of a register no earlier part
used (the Homeland Infrastructure Foundation-Level Data (HIFLD) layer of Colleges and
Universities, drawn from the National Center for Education Statistics' IPEDS; the United
States' earlier parts took the CMS hospital file, New York City's high schools, Puerto Rico's
voter centres and the Texas Education Agency's AskTED schools), exactly as the layer gives
them.

One file, read from a git checkout at a named commit, values unchanged:

* ``Colleges_and_Universities.csv``: the HIFLD layer's attribute table as a CSV export (UTF-8
  with a byte-order mark), one row per postsecondary institution of the United States and its
  territories (Puerto Rico, Guam and the Pacific freely associated states) that IPEDS lists:
  universities, community and junior colleges, technical, trade, nursing, cosmetology and
  barber schools, system offices; each with its ``TELEPHONE`` as IPEDS writes it (``(301)
  985-7000``: the area code in brackets, a blank, the exchange and the line joined by a
  hyphen; 631 of the 7,150 rows with an extension after it, ``(503) 652-2668 EXT 650``,
  ``(206) 542-1111 EXT 5``; 236 ``NOT AVAILABLE``), beside the IPEDS unit id, name, street,
  city, state, ZIP code and ZIP+4 (the ZIP code a number that lost its leading zero in New
  England, ``2818``; ``NOT AVAILABLE`` where there is none), county and its FIPS code,
  coordinates, NAICS code and description, the NCES locator page, web site, sector, level,
  highest offering, locale, alias, size and enrolment counts, housing and staff counts, and
  the layer's source and validation dates as a spreadsheet rounded them (``1.25539E+12``).

Every row with a number of six digits or more in ``TELEPHONE`` (6,914 of 7,150), a sample of
600 seeded by the country, in the file's order; each row kept as a mapping of all of the file's
columns to the published strings (the layer names no person: ``NAME`` and ``ALIAS`` are the
institution's; names that honour a person are the institutions' official names).

    python scripts/us_hifld_colleges_data.py US_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_hifld_colleges.json"
CAP = 600
SOURCES = {
    "US": {
        "repository": "alexandster/covid19sentiment",
        "commit": "245e784f2a74e6e44eadd2bc3b1a2178f79af1ac",
        "path": "Colleges_and_Universities.csv",
        "encoding": "utf-8-sig",
        "publisher": "Homeland Infrastructure Foundation-Level Data (HIFLD, US Department of "
        "Homeland Security), its Colleges and Universities layer, whose attributes come from "
        "the National Center for Education Statistics' Integrated Postsecondary Education "
        "Data System (IPEDS; each row's SOURCE is its NCES College Navigator page); the file "
        "as added in ee89f47 ('Add files via upload', 20 July 2023) to the repository of a "
        "study of COVID-19 sentiment, unchanged since",
        "licence": "not confirmed: the repository's LICENSE file is the Apache License 2.0 and "
        "names no other terms for its data; HIFLD's terms for the layer were not read here",
        "language": "en",
        "roles": {
            "name": "NAME",
            "phone": ["TELEPHONE"],
            "address": ["ADDRESS", "CITY", "STATE", "ZIP"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the layer, with the commit they were read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
