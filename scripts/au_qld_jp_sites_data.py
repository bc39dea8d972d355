"""Extract the real register that ``pii_held_out_437.py`` writes its records around into
``scripts/data/pii_au_qld_jp_sites.json``: the phone, fax and e-mail fields of a register no
earlier part used (Australia, whose earlier parts took Western Australia's schools list, the NSW
Department of Education's public schools, the Australian Library Map's public libraries,
Victoria's school locations, a sign-up list of community pharmacies and the Queensland
Department of Transport and Main Roads' customer service centres; this one is the Queensland
Department of Justice and Attorney-General's (DJAG) list of the places of its "JP in the
community" program, where volunteer Justices of the Peace and Commissioners for Declarations
witness documents at set hours: shopping centres, libraries, community centres, courthouses,
another kind of place from another publisher, a state's open-data register), exactly as the
register gives them.

One CSV file read from a git checkout at a named commit, values unchanged:
``service-location-source-data/jps-in-the-community.csv`` of Stephen-Gates/service-locations
(downloaded from data.qld.gov.au's dataset "Justice of the Peace and Commissioner of
Declarations signing locations" on 26 January 2018), 234 rows, each with its ``Phone`` (the
venue's number: ``(07) 3824 0000``, the area code in brackets and the line in two groups of
four; now and then without brackets, ``07 3264 5267``; some ``1300`` numbers, ``1300 366
061``; one written inside brackets, ``(073201 4255)``; one six-digit ``13`` service number;
one with two numbers joined by ``or``; 13 empty), its ``Fax`` (one row) and ``Email`` (eleven
rows: ten courthouses' mailboxes on ``justice.qld.gov.au`` and a neighbourhood centre's),
beside the site's name, region, services, the spot in the venue (``Near the Newsagency``),
street, suburb (upper case), postcode, coordinates, the session hours by half day (``Mon am``
... ``Sun pm``: ``10:00-12:00``), the agency (``DJAG``) and the hours in words (``Tuesday,
10am - 2pm``).

A row is kept where it has a name, where its ``Phone`` holds a number of seven digits or more
(``numbers`` of ``pii_held_out_11``) and where no number of seven digits or more in it is one
that an earlier Australian part's data holds or that a row kept before it has (the first of
sites that share a number: a shopping centre's management line serves one site); every kept
row, in the file's order (fewer than ``CAP``). Each is kept as the mapping of the file's
columns to the published strings. The register names no person: a site is a venue
(``Albany Creek Library (QJA)``).

    python scripts/au_qld_jp_sites_data.py AU_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from au_qld_tmr_centres_data import kept_rows, long_numbers  # noqa: F401 - long_numbers: the rule tests/test_pii_held_out_437.py checks
from register_contacts_data import seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_au_qld_jp_sites.json"
CAP = 360
PATH = "service-location-source-data/jps-in-the-community.csv"
PHONE, FAX, EMAIL, NAME = "Phone", "Fax", "Email", "Title"
# the earlier Australian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_au_nsw_schools.json", "pii_au_public_libraries.json",
    "pii_au_vic_school_locations.json", "pii_au_pharmacy_finder.json",
    "pii_au_qld_tmr_centres.json",
)  # fmt: skip
SOURCES = {
    "AU": {
        "repository": "Stephen-Gates/service-locations",
        "commit": "27aa44fbf7f86d62801e07b52e829b5f8acaee4a",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Queensland Department of Justice and Attorney-General (DJAG), its dataset "
        "'Justice of the Peace and Commissioner of Declarations signing locations' on "
        "data.qld.gov.au (the venues of the JP in the community program), as Stephen Gates' "
        "service-locations repository downloaded it on 26 January 2018 for its study of "
        "Queensland's service-location data (source-data README)",
        "licence": "not confirmed: the repository states no licence (no LICENSE file) and the "
        "copy does not carry the dataset's terms (data.qld.gov.au publishes most datasets under "
        "CC BY 4.0, not checked for this one)",
        "language": "en",
        "roles": {"name": NAME, "phone": [PHONE], "fax": [FAX], "email": EMAIL,
                  "address": ["Address 1", "Address 2", "Suburb", "Postcode"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept sites of the register, with the commit it was read at (the transport centres'
    extract's rules, ``au_qld_tmr_centres_data.kept_rows``)."""
    found = kept_rows(gits["AU"], SOURCES["AU"], PATH, EARLIER)
    return {"sources": SOURCES, "rows": seeded_sample(found, "AU", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
