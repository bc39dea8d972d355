"""Extract the real register that ``pii_held_out_497.py`` writes its records around into
``scripts/data/pii_au_qld_rto.json``: the phone fields of a register no earlier part used
(Australia, whose earlier parts took Western Australia's schools list, the NSW Department of
Education's public schools, the Australian Library Map's public libraries, Victoria's school
locations, a sign-up list of community pharmacies, the Queensland Department of Transport and
Main Roads' customer service centres, the Queensland DJAG's JP signing sites, the covid-19-au
project's clinics and Queensland Health's public hospitals; this one is the Queensland
Department of Education, Training and Employment's list of registered training organisations,
July 2013, another kind of institution from another publisher), exactly as the register gives
them.

One Excel 97-2003 workbook read from a git checkout at a named commit, values unchanged:
``service-location-source-data/registered-training-organisations-july-2013.csv`` of
Stephen-Gates/service-locations (a BIFF8 workbook despite its ``.csv`` name, downloaded from
data.qld.gov.au's datasets "Training organisations" and "Sport and recreation services
training-providers" on 26 January 2018), one sheet ``Sheet1`` with a header row and 1,484
rows, one per registered training organisation (RTO) that the department contracted or listed:
``Registered Training Organisation`` (``Ayr State High School``, ``CAREER EMPLOYMENT AUSTRALIA
INCORPORATED``, ``Construction Machinery Training School Pty Ltd``), ``Address 1`` (``BOUNDARY
ST``, ``P.O Box 492``), ``Address 2`` (``NULL`` in nearly every row, as published), ``Suburb``
(``SPRING HILL``, ``Westlake``), ``Post Code`` (``4000``), ``First Name Contact`` and ``Surname
Contact`` (a person's name: NOT kept), and ``Phone Contact`` (``0732274826``: ten digits in one
run, no spaces, as published, landlines ``07``/``02``/``03``/``08``, ``13``/``1300``/``1800``
numbers and ``04`` mobiles). The sheet has no e-mail column. The workbook is read with the
BIFF8 reader of ``ar_santafe_policia_data``.

A row is kept where it has a name and its ``Phone Contact`` holds a number of seven digits or
more that is not a mobile (``04``: the register gives the phone of a named contact person, and
a mobile is that person's own more than the organisation's line), and where the number is not
one that an earlier Australian part's data holds or that a row kept before it has (the first
is kept). Of the 1,483 rows with a number, 113 are mobiles, one is a number an earlier part's
data holds and 16 repeat a number kept before them: 1,353 found, of which a sample seeded by the
country, ``CAP`` rows, is kept in the sheet's order. Each is kept as the mapping of the sheet's
columns to the shown strings (its ``path`` ends in its row number of ``Sheet1``) less the
contact person's first name and surname (the kept columns name no person but where an
organisation's name is its owner's: ``B & AE Whittaker``, ``Ron Horsfall Training Pty Ltd``).

    python scripts/au_qld_rto_data.py AU_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ar_santafe_policia_data import ole_stream, sheets, shown
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_au_qld_rto.json"
CAP = 300
PATH = "service-location-source-data/registered-training-organisations-july-2013.csv"
SHEET = "Sheet1"
# the sheet's columns, as its header row (row 0) names them
COLUMNS = (
    "Registered Training Organisation", "Address 1", "Address 2", "Suburb", "Post Code",
    "First Name Contact", "Surname Contact", "Phone Contact",
)  # fmt: skip
PERSON = ("First Name Contact", "Surname Contact")
PHONE, NAME = "Phone Contact", "Registered Training Organisation"
# the earlier Australian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_au_nsw_schools.json", "pii_au_public_libraries.json",
    "pii_au_vic_school_locations.json", "pii_au_pharmacy_finder.json",
    "pii_au_qld_tmr_centres.json", "pii_au_qld_jp_sites.json", "pii_au_covid_clinics.json",
    "pii_au_qld_public_hospitals.json",
)  # fmt: skip
SOURCES = {
    "AU": {
        "repository": "Stephen-Gates/service-locations",
        "commit": "27aa44fbf7f86d62801e07b52e829b5f8acaee4a",
        "paths": [PATH],
        "encoding": "BIFF8 (Excel 97-2003), named .csv",
        "publisher": "Queensland Department of Education, Training and Employment, its datasets "
        "'Training organisations' and 'Sport and recreation services training-providers' on "
        "data.qld.gov.au (registered training organisations, July 2013), as Stephen Gates' "
        "service-locations repository downloaded them on 26 January 2018 for its study of "
        "Queensland's service-location data (source-data README)",
        "licence": "not confirmed: the repository states no licence (no LICENSE file) and the "
        "copy does not carry the dataset's terms (data.qld.gov.au publishes most datasets under "
        "CC BY 4.0, not checked for this one)",
        "language": "en",
        "roles": {"name": NAME, "phone": [PHONE], "fax": [], "email": "",
                  "address": ["Address 1", "Address 2", "Suburb", "Post Code"]},
    },
}  # fmt: skip


def kept_number(value: str) -> bool:
    """Whether a ``Phone Contact`` holds a number of seven digits or more that is no mobile."""
    digits = digits_of(value)
    return len(digits) >= 7 and not digits.startswith("04")


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept organisations of the sheet, with the commit they were read at."""
    meta = SOURCES["AU"]
    xls = _git(gits["AU"], "show", f"{meta['commit']}:{PATH}")
    cells = sheets(ole_stream(xls, "Workbook"))[SHEET]
    earlier, seen = earlier_numbers(DATA, EARLIER, "61"), set()
    found = []
    for r in range(1, max(row for row, _ in cells) + 1):
        row = {name: shown(cells.get((r, c), "")) for c, name in enumerate(COLUMNS)}
        tel = digits_of(row[PHONE])
        if not row[NAME] or not kept_number(row[PHONE]) or tel in seen | earlier:
            continue
        seen.add(tel)
        fields = {k: v for k, v in row.items() if k not in PERSON}
        found.append({"country": "AU", "path": f"{PATH}#{r}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "AU", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
