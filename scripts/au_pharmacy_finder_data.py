"""Extract the real list that ``pii_held_out_383.py`` writes its records around into
``scripts/data/pii_au_pharmacy_finder.json``: the phone fields of a list no earlier part used
(Australia, whose earlier parts took Western Australia's schools list, the NSW Department of
Education's public schools, the Australian Library Map's public libraries and Victoria's school
locations; this one is a list of community pharmacies, another kind of institution from another
publisher), exactly as the list gives them.

One CSV file (UTF-8 with a byte-order mark) read from a git checkout at a named commit, values
unchanged: ``src/files/pharmacy-list.csv`` of pjay79/pharmacy-parser (the input of its "The
Pharmacist Delivers" converter, committed in 3dfad90 on 30 July 2020 and removed from the tree
a day later), 317 rows of community pharmacies in six states and territories (NSW 133, QLD 90,
VIC 48, WA 37, SA 7, ACT 2) that filled in a form in June and July 2020 to be listed in a
pharmacy finder with their home-delivery service: each with its ``Phone`` (``08 9454 8548``:
the trunk ``0`` and area code, then the eight-digit line in two groups of four; every row in
that one shape), beside the pharmacy's name, street address, town, postcode, state, whether it
offers home delivery and whether it asked to be added to the Pharmacy Finder.

A row is kept where it asked to be added to the finder (``Yes``: 316 of the 317), where its
``Phone`` holds a number of seven digits or more whose digits no earlier Australian part's data
holds and no row kept before it has (the first of pharmacies that share a number); every kept
row, in the file's order (312: four share a number with a row before them, none is in an
earlier part's data; fewer than ``CAP``). The two columns that name a person and a moment
(``Aranesp Pharmacy Contact``, the name of the pharmacist who filled in the form, and ``Aranesp
Form Submission Date``) are left out; the other columns are kept as the published strings.

    python scripts/au_pharmacy_finder_data.py AU_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_au_pharmacy_finder.json"
CAP = 360
PATH = "src/files/pharmacy-list.csv"
PHONE = "Phone"
LISTED = "Add my pharmacy to the Pharmacy Finder"
# the columns that name the person who filled in the form, and when (left out)
PERSONAL = ("Aranesp Pharmacy Contact", "Aranesp Form Submission Date")
# the earlier Australian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_au_nsw_schools.json", "pii_au_public_libraries.json",
    "pii_au_vic_school_locations.json",
)  # fmt: skip
SOURCES = {
    "AU": {
        "repository": "pjay79/pharmacy-parser",
        "commit": "3dfad90852e85b995caef9e95f283363d663897b",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "a sign-up list of Australian community pharmacies for a pharmacy "
        "finder of home-delivery services (form submissions of June and July 2020), as Praveen "
        "Jayarajan's pharmacy-parser ('The Pharmacist Delivers', npm the-pharmacist-delivers) "
        "committed it as the input of its CSV-to-JSON converter in 3dfad90 (30 July 2020, 'add "
        "setTimeout to bypass google query limits'; removed from the tree in 8819f12 the next "
        "day, its geocoded rows kept in src/data/output-30-Jul-2020.js); the file does not "
        "name the finder's operator",
        "licence": "not confirmed: the repository's package.json names ISC for the code (no "
        "LICENSE file); no terms are stated for the list itself, whose pharmacies asked to be "
        "added to a public finder",
        "language": "en",
        "roles": {"name": "Pharmacy Name", "phone": [PHONE],
                  "address": ["Address", "City", "Post Code", "State"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    meta = SOURCES["AU"]
    raw = _git(gits["AU"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "61"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if row[LISTED] != "Yes" or len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        fields = {k: v for k, v in row.items() if k not in PERSONAL}
        found.append({"country": "AU", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "AU", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
