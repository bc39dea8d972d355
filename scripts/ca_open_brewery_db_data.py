"""Extract the real list that ``pii_held_out_480.py`` writes its records around into
``scripts/data/pii_ca_open_brewery_db.json``: the phone fields of a directory's Canadian rows
no earlier part used (Canada, whose earlier parts took public bodies' registers of testing
centres, employment centres, child care, retirement and long-term care homes, pharmacies,
schools, walk-in clinics and municipalities, and Loblaw's stores; this one is Open Brewery
DB's breweries and brewpubs of Ontario and British Columbia), exactly as the directory gives
them.

One directory, read from a git checkout at a named commit, values unchanged: the open-source
data set behind the Open Brewery DB API (openbrewerydb.org), whose United States files an
earlier part (``held_out_292``) took; here its two Canadian files under ``data/canada/``
(``british-columbia.csv``, ``ontario.csv``, in the tree's order), each row a brewery, brewpub,
cidery or brand with its ``phone`` as the directory keeps it: British Columbia's with the
trunk ``1`` and no separator (``16045681211``), Ontario's in five ways, ten digits run
together with a spreadsheet's float tail (``9054445050.0``), the area code in brackets
(``(647) 347-6286``), hyphens or dots (``905-444-5050``, ``905.444.5050``), beside the
directory's UUID, name, kind (``brewery_type``), street, city, province, postal code (``M5B1N8``,
``L1N 9L5``), web site and coordinates.

Rows whose ``brewery_type`` is ``planning`` or ``closed`` (a number that may since have passed
to someone else) are left out, and so are those whose ``website_url`` holds an e-mail address;
of the rest, those with a number of seven digits or more in ``phone`` whose line (its last ten
digits, the float tail aside) no earlier Canadian part's data holds and no row kept before it
has, a seeded sample of ``CAP`` in the files' order (all of them, as there are fewer). Each row
is kept as a mapping of all of its file's columns to the published strings (the directory
names no person: ``name`` is the business's).

    python scripts/ca_open_brewery_db_data.py CA_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ca_open_brewery_db.json"
CAP = 400
FOLDER = "data/canada/"
LEFT_OUT = ("planning", "closed")
PHONE = "phone"
# the earlier Canadian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_ontario_centres.json", "pii_ca_workbc_centres.json", "pii_ca_toronto_child_care.json",
    "pii_ca_rhra_retirement_homes.json", "pii_ca_pharmacy_rosters.json",
    "pii_ca_bc_child_care.json", "pii_ca_ab_schools.json", "pii_ca_on_schools.json",
    "pii_ca_bc_schools.json", "pii_ca_on_ltc_homes.json", "pii_ca_hlbc_walk_in_clinics.json",
    "pii_ca_loblaw_stores.json", "pii_ca_qc_services_de_garde.json",
    "pii_ca_qc_mamh_municipalites.json",
)  # fmt: skip
SOURCES = {
    "CA": {
        "repository": "openbrewerydb/openbrewerydb",
        "commit": "7b65c4f7ea53824326ba7eafe8a1d580055913ec",
        "folder": FOLDER,
        "encoding": "utf-8",
        "publisher": "Open Brewery DB (openbrewerydb.org), the open-source directory of "
        "breweries, brewpubs and taprooms behind its public REST API, maintained by the "
        "project's contributors; its Canadian files under data/canada/ read at the repository's "
        "head 7b65c4f ('chore: workflow maintain', 2 August 2026)",
        "licence": "MIT License (Copyright (c) 2025 Open Brewery DB), as the repository's "
        "LICENSE file gives it for the repository, the data set included",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE], "kind": "brewery_type",
                  "address": ["address_1", "address_2", "address_3", "city", "state_province"],
                  "postcode": "postal_code", "web": "website_url",
                  "coordinates": ["latitude", "longitude"], "register": "id"},
    },
}  # fmt: skip


def line_of(value: str) -> str:
    """A North American number's line: the last ten digits of ``value``, a spreadsheet's float
    tail (``9054445050.0``) aside; "" where it has fewer than seven digits."""
    digits = digits_of(re.sub(r"\.0$", "", value.strip()))
    return digits[-10:] if len(digits) >= 7 else ""


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the Canadian files, with the commit they were read at."""
    meta = SOURCES["CA"]
    earlier = {n[-10:] for n in earlier_numbers(DATA, EARLIER)}
    seen: set[str] = set()
    listing = _git(gits["CA"], "ls-tree", "--name-only", meta["commit"], meta["folder"])
    found = []
    for path in listing.decode("utf-8").split():
        raw = _git(gits["CA"], "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
        for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
            tel = line_of(row[PHONE])
            if row["brewery_type"] in LEFT_OUT or "@" in row["website_url"]:
                continue
            if not tel or tel in earlier or tel in seen:
                continue
            seen.add(tel)
            found.append({"country": "CA", "path": f"{path}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "CA", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
