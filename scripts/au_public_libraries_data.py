"""Extract the real list that ``pii_held_out_148.py`` writes its records around into
``scripts/data/pii_au_public_libraries.json``: the phone fields of a list no earlier part used
(Australia's public library branches, depots and mobile services as the Australian Library Map
compiles them from the states' and territories' directories; Australia's earlier parts took
Western Australia's and New South Wales' schools), exactly as the map gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``website/data/public_library_locations.csv``: one row per library location of every state
  and territory (and Norfolk Island), with its coordinates (``lat``, ``lng``), the branch's name
  or town (``town``, some with a leading blank), its street address (``address``) and its
  ``phone`` as each state's directory writes it: the trunk prefix and area code with the eight
  digits in two groups (``08 8551 0730``, ``(03) 6293 2036``, ``03-5527 1447``), the eight
  digits alone (``9251 8750``, Western Australia's and Victoria's lists), ``1300`` numbers
  (``1300 135 668``), mobiles (``0414 326 486``), one Norfolk Island number
  (``+6723 22430``) and a few fields with two numbers and words
  (``08 8662 2305 (Truck 0428 622 305)``, ``07 4658 8917/ 07 4658 8911``).

The file is UTF-8 CSV in the repository hughrun/public_library_map, the data of Hugh Rundle's
Australian Library Map (librarymap.hugh.run). A seeded sample of 480 of the rows with a number
of six digits or more in ``phone`` (the three whose ``phone`` holds a street address have
fewer, and are left out with the rows that have none), in the file's order; each row kept as a
mapping of all of the file's columns to the published strings (the list names no person: the
``town`` column is the branch's or town's name).

    python scripts/au_public_libraries_data.py AU_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_au_public_libraries.json"
CAP = 480
SOURCES = {
    "AU": {
        "repository": "hughrun/public_library_map",
        "commit": "4889887e4b3ca7d0039256d60daa40f67df9327e",
        "path": "website/data/public_library_locations.csv",
        "encoding": "utf-8",
        "publisher": "the Australian Library Map (librarymap.hugh.run, Hugh Rundle and "
        "contributors): the locations and contacts of Australia's public libraries as the "
        "states' and territories' directories publish them (its sources page names Libraries "
        "Tasmania, Vicmap Features of Interest and Public Libraries Victoria's directory, ACT "
        "Libraries, the State Library of NSW, the State Library of Queensland, the NT "
        "government's Find a library, WA's NSLA statistics and South Australia's Find a "
        "Library)",
        "licence": "CC BY-SA 4.0 (the repository's README: '/website/data: CC-BY-SA'; its "
        "sources page says CC-BY-4.0 for the site and the data it uses, and lists some "
        "sources as used under fair dealing)",
        "language": "en",
        "roles": {"name": "town", "phone": ["phone"], "address": ["address"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
