"""Extract the real rows that ``pii_held_out_198.py`` writes its records around into
``scripts/data/pii_ca_pharmacy_rosters.json``: the phone and fax fields of a register no earlier
part used (the provincial pharmacy regulators' public rosters of licensed community pharmacies
in five provinces of Canada; Canada's earlier parts took Ontario's COVID-19 testing locations,
British Columbia's WorkBC Centres, the City of Toronto's licensed child care centres and
Ontario's retirement homes), exactly as the rosters give them.

One CSV file, read from a git checkout at a named commit, values unchanged: the rosters of the
College of Pharmacists of British Columbia (``BC``), the Manitoba Pharmaceutical Association
(``MB``), the New Brunswick College of Pharmacists (``NB``), the Newfoundland and Labrador
Pharmacy Board (``NL``) and the Prince Edward Island College of Pharmacy (``PE``), as the
repository's scraper (``src/pharmacies.jl``) read them from each regulator's web page and joined
them for an economics course's model of pharmacy entry: 2,318 pharmacies, every one with a
number in ``phone``: North American numbers with no ``+1``, the area code in brackets, a space,
the exchange and the line joined by a hyphen (``(604) 957-0711``; PE's ``902-853-2808``; four BC
ones ``604-931-0503`` and one toll-free with the trunk ``1``, ``1-855-237-2473``; two with an
extension, ``(250) 372-7348 x 0``, ``(778) 284-2701 x 33``), the rows of MB, NB, NL and PE with
the blank the scraper left around the cell (`` (204) 775-9517 ``); ``fax`` in the same shapes
(one ``604392-2212``, three toll-free with the trunk ``1``), `` Fax: `` (the label with no
number, 153 of MB's) or empty (4 of PE's); beside ``name``, the joined ``address``, ``street``,
``city``, ``zip`` (``V3T 2K1``), ``province``, the scraper's ``id``, the address as the page
printed it (``address_original``), the geocoder's coordinates and accuracy, the postal code's
own coordinates and its forward sortation area (``fsa``, ``V3T``).

A seeded sample of ``CAP`` rows, in the file's order; each kept as a mapping of the file's
columns to the published strings but ``manager`` (the pharmacy manager's name, a person).

    python scripts/ca_pharmacy_rosters_data.py CA_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ca_pharmacy_rosters.json"
CAP = 360
PERSON = "manager"  # the pharmacy manager's name: left out
SOURCES = {
    "CA": {
        "repository": "UBCECON567/PharmacyEntry",
        "commit": "01cfde6e57705e17f739a6381d455306988abe47",
        "path": "data/pharmacies.csv",
        "encoding": "utf-8",
        "publisher": "the provincial pharmacy regulators' public rosters of community "
        "pharmacies: College of Pharmacists of British Columbia (bcpharmacists.org, 'list "
        "community pharmacies'), Manitoba Pharmaceutical Association (mpha.in1touch.org "
        "company roster 20), New Brunswick College of Pharmacists (nbpharmacists.ca client "
        "roster 208), Newfoundland and Labrador Pharmacy Board (nlpb.in1touch.org company "
        "roster 12) and Prince Edward Island College of Pharmacy (pei.in1touch.org client "
        "roster 108), as the repository's scraper src/pharmacies.jl read and joined them for "
        "a UBC economics course (ECON 567) assignment on pharmacy entry; the file as last "
        "changed in 01cfde6 ('2024 assignment part I', 21 January 2024)",
        "licence": "not confirmed: the repository's LICENSE is the Mozilla Public License 2.0 "
        "and covers its files, this one among them; the five regulators' terms for their "
        "rosters were not read here",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone"], "fax": ["fax"],
                  "address": ["street", "city", "province", "zip"]},
    },
}  # fmt: skip


def keep(row: dict[str, str]) -> dict[str, str]:
    """Every column of the file but the manager's name."""
    return {column: value for column, value in row.items() if column != PERSON}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the joined rosters, with the commit they were read at."""
    return extract_csv_files(gits, SOURCES, CAP, keep)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
