"""Extract the real list that ``pii_held_out_309.py`` writes its records around into
``scripts/data/pii_ca_on_ltc_homes.json``: the phone fields of a register no earlier part used
(Ontario's long-term care homes as the Ministry's public reporting site lists them; Canada's
earlier parts took other registers, among them the RHRA's retirement homes), exactly as the
site gives them.

One table, read from a git checkout at a named commit, values unchanged: the dataset that the
repository pzhang65/ont-ltc-homes ('Ontario LTC Homes Dataset Generator') built from the
Ministry of Health's list of long-term care homes (their provider ids, ``MOH_PRO_ID``, names and
addresses) and the home profiles of the Ministry's public reporting site
(publicreporting.ltchomes.net), Windows-1252 CSV, one row per home (626 rows): its
``Telephone`` (``(519) 336-2362``: the area code in parentheses, a space, the exchange and the
line joined by a hyphen, no ``+1``; 46 homes have none and three hold the scraper's stray
``rue``), beside the provider id (``2872``, ``M536``), the Local Health Integration Network,
the name, address lines, community, postal code (``N7S6L6``, no space), licensee, management
firm, kind of home (``NH for-profit``, ``NH non-profit``, ``MHFA``, ``CHFA``), licensed beds
(``Home with approximately 128 beds``), area type, short-stay beds, councils, accreditation and
French Language Services designation.

Every row whose ``Telephone`` holds a number of six digits or more, in the file's order (577);
a seeded sample of 480. Each row keeps the columns above as published; the home
administrator's name and the free-text ``Additional Information`` (which names persons, their
positions, direct lines and mailboxes) are left out.

    python scripts/ca_on_ltc_homes_data.py CA_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ca_on_ltc_homes.json"
CAP = 480
KEEP = (
    "MOH_PRO_ID", "Local Health Integration Network (LHIN)", "EN_NAME", "ADDRESS_1",
    "ADDRESS_2", "COMMUNITY", "POSTALCODE", "Licensee", "Management Firm", "Telephone",
    "SERV_DET", "Licensed Beds", "Area Type", "Approved Short Stay Beds",
    "Residents\u2019 Council", "Family Council", "Accreditation",
    "Home Designated Under French Language Services Act",
)  # fmt: skip
SOURCES = {
    "CA": {
        "repository": "pzhang65/ont-ltc-homes",
        "commit": "2f21a69c56c10d28c13cbd1ceccfd461cf055b27",
        "path": "csv/merged_LTC_homes.csv",
        "encoding": "cp1252",
        "publisher": "Ontario's Ministry of Long-Term Care (with the Ministry of Health), its "
        "public reporting site for long-term care homes (publicreporting.ltchomes.net, one "
        "home profile per provider id) merged with the Ministry of Health's list of homes and "
        "their provider ids and addresses; scraped and merged by the repository's run.py "
        "(src/LTCScrapper.py, src/GeoHubReq.py), the file as last changed in 37024b9 ('Updated "
        "dataset', 26 February 2021), the same blob at the head 2f21a69 (1 March 2021)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Ministry's terms for the public reporting site were not read here",
        "language": "en",
        "roles": {"name": "EN_NAME", "phone": ["Telephone"],
                  "address": ["ADDRESS_1", "ADDRESS_2", "COMMUNITY", "POSTALCODE"]},
    },
}  # fmt: skip


def _keep(row: dict[str, str]) -> dict[str, str]:
    return {column: row[column] for column in KEEP}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the table, with the commit they were read at."""
    return extract_csv_files(gits, SOURCES, CAP, _keep)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
