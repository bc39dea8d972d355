"""Extract the real list that ``pii_held_out_152.py`` writes its records around into
``scripts/data/pii_ca_toronto_child_care.json``: the phone fields of a register no earlier part
used (the City of Toronto's Licensed Child Care Centres; Canada's earlier parts took Ontario's
COVID-19 testing locations and British Columbia's WorkBC Centres), exactly as the city gives
them.

One CSV file read from a git checkout at a named commit, values unchanged:

* ``data/raw_data/raw_childcare_data.csv``: the City of Toronto's open data set "Licensed Child
  Care Centres" (Children's Services; package ``059d37c6-d88b-42fb-b230-ec6a5ec74c24``) as the
  ``opendatatoronto`` R client downloaded it on 19 April 2024 (``run_date`` ``19APR24`` in every
  row) for a student paper on child care access in Toronto's wards: 1,066 licensed child care
  centres run by non-profit agencies (703), commercial agencies (324) and the city (39), every
  one with a number in ``PHONE``, all written as the city writes them, area code in brackets, a
  space, the exchange and the line joined by a hyphen (``(416) 394-7601``; area codes ``416``,
  ``647``, ``437`` and ``905``, and 36 toll-free ``(888)`` numbers of agencies' central lines),
  116 with an extension after ``x`` (``(416) 694-1138x163``); beside the centre's
  ``LOC_ID``, name, auspice, street address, postcode (``M8V 3B5``), ward, building type and
  name, the spaces by age group and in total, the subsidy and CWELCC flags, ``run_date`` and the
  point as the client wrote it (``{'type': 'MultiPoint', 'coordinates': [[-79.50419384,
  43.59992437]]}``).

A seeded sample of 480 of the rows (all have a number of six digits or more in ``PHONE``; the
sample holds 430 distinct fields, 45 with an extension, 17 toll-free), in the file's order;
each row kept as a mapping of all of the file's columns to the published strings (the list
names centres, not people: ``LOC_NAME`` is the centre's name as licensed, some with their
operator's or site's name in brackets).

    python scripts/ca_toronto_child_care_data.py CA_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ca_toronto_child_care.json"
CAP = 480
SOURCES = {
    "CA": {
        "repository": "ThomasWilliamFox/child_care_access",
        "commit": "8c04f8b956f1834c1fd74b1361e97c8ad9464639",
        "path": "data/raw_data/raw_childcare_data.csv",
        "encoding": "utf-8",
        "publisher": "the City of Toronto, Children's Services: the open data set 'Licensed "
        "Child Care Centres' (open.toronto.ca, package 059d37c6-d88b-42fb-b230-ec6a5ec74c24), "
        "downloaded with the opendatatoronto R client (scripts/01-download_data.R), added in "
        "d0b16e7 (28 March 2024) and downloaded again in 76846c2 ('ran lintr - cleaned all "
        "scripts', 19 April 2024), unchanged since to the head 8c04f8b ('Final paper edit', 24 "
        "April 2024); run_date 19APR24",
        "licence": "not confirmed: the repository has no LICENSE file; its README names no "
        "terms for the data (its R scripts' preambles say 'License: MIT' for the code); the "
        "City of Toronto's terms for the data set (its Open Government Licence - Toronto) were "
        "not read here",
        "language": "en",
        "roles": {"name": "LOC_NAME", "phone": ["PHONE"], "address": ["ADDRESS"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
