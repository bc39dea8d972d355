"""Extract the real list that ``pii_held_out_285.py`` writes its records around into
``scripts/data/pii_gb_scottish_schools.json``: the phone and e-mail fields of a register no
earlier part used (the Scottish Government's school roll and locations, the contact details of
Scotland's primary, secondary and special schools; the United Kingdom's earlier parts took NHS
England's pharmacies and GP practices, HM Courts & Tribunals Service's courts, the Care Quality
Commission's care homes, Sport England's Active Places, the Charity Commission's register and
the RQIA's care services), exactly as the list gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``scripts/ScotlandGSchoolRoll2023.csv``: the Scottish Government's ``School roll and
  locations`` list of 2023 (UTF-8 with a byte-order mark), one row per school and stage
  (``SchUID`` ``5244439S``; a school with a primary and a secondary department has a row for
  each), its ``Phone`` as each council gave it (``01294 552251``, ``0131 661 3054``, a few run
  together or with the trunk ``0`` lost, ``1419461391``, a second line or a shared ending after
  ``/``, ``01870 602211/603690``, ``01776 706484/6``, an extension, ``01835 824000 ex 6058``),
  its ``Email`` (``abbey@ea.n-ayrshire.sch.uk``), beside the seed code, the school's type, centre
  type, name (some in Gaelic, ``Sgoil Lionacleit``), address, postcode, council, data zone,
  UPRN, web site, denomination, teachers, roll, deprivation and urban-rural figures, grid
  reference, coordinates and notes.

Every row with a number of six digits or more in ``Phone`` whose field is ASCII (one, whose
digits are parted by a run of mojibake, left out), a seeded sample of ``CAP`` in the file's
order; each row kept as a mapping of all of its columns to the published strings, but the
``Email`` column left out where the address is a member of staff's own (``first.last@``, one
initial and surname; 63 of the file's rows, 7 of the sample's), so that only the schools' role
addresses (``office@``, ``admin.<school>@``, ``<school>@``) stay.

    python scripts/gb_scottish_schools_data.py GB_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gb_scottish_schools.json"
CAP = 420
# the given names that open the members of staff's own addresses (``first.last@``) in the list
GIVEN = frozenset({
    "alison", "amanda", "andrea", "angela", "ann", "anne", "bernadette", "carol-anne", "cindy",
    "claire", "david", "denise", "derek", "diane", "donald", "elizabeth", "emma", "erica", "ewan",
    "fiona", "gavin", "gillian", "jackie", "jacqueline", "jamie", "jason", "jemma", "jennifer",
    "jillian", "joanna", "joseph", "judith", "julie", "kenny", "laura", "lee", "lorraine",
    "marianne", "peter", "robyn", "ronnie", "scott", "sean", "sharon", "shona", "simon", "tina",
    "tracey", "wendy",
})  # fmt: skip
INITIAL_SURNAME = frozenset({"cmcdermott"})
SOURCES = {
    "GB": {
        "repository": "mathieuadams/better_School",
        "commit": "50c535387551ff247c666edd1dd01d815ad32df0",
        "path": "scripts/ScotlandGSchoolRoll2023.csv",
        "encoding": "utf-8-sig",
        "publisher": "the Scottish Government (Learning Directorate, education analytical "
        "services), School roll and locations 2023: the contact details, roll, teachers and "
        "locations of Scotland's publicly funded primary, secondary and special schools "
        "(data.gov.uk dataset 9a6f9d86-9698-4a5d-a2c8-89f3b212c52c, 'Scottish school roll and "
        "locations', the July 2023 school locations with the September 2023 roll); committed "
        "in 393a52b ('add scotland raw data', 1 September 2025) at the repository's root and "
        "moved, unchanged, to scripts/ in 9871d91 (10 September 2025) of better_School, a "
        "school-comparison web site; the repository names no source",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Scottish Government publishes the list on data.gov.uk under the Open "
        "Government Licence v3.0, not read here",
        "language": "en",
        "roles": {"name": "SchoolName", "phone": ["Phone"], "email": "Email",
                  "address": ["AddressLine1", "AddressLine2", "AddressLine3"],
                  "postcode": "PostCode", "register": "SchUID"},
    },
}  # fmt: skip


def staff_address(value: str) -> bool:
    """Whether an e-mail address is a member of staff's own, not the school's."""
    local = value.split("@", 1)[0].lower()
    return local in INITIAL_SURNAME or local.split(".", 1)[0] in GIVEN and "." in local


def keep(row: dict[str, str]) -> dict[str, str]:
    """All of a row's columns as published, the ``Email`` left out if it is a person's."""
    return {k: v for k, v in row.items() if not (k == "Email" and staff_address(v))}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    data = extract_csv_files(gits, SOURCES, 10**6, keep)
    found = [r for r in data["rows"] if r["fields"]["Phone"].isascii()]
    return {"sources": SOURCES, "rows": seeded_sample(found, "GB", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
