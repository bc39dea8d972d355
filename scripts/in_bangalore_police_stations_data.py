"""Extract the real register that ``pii_held_out_415.py`` writes its records around into
``scripts/data/pii_in_bangalore_police_stations.json``: the phone numbers of a register no
earlier part used (India, whose earlier parts took the National Health Portal's Hospital and
Blood Bank Directories, CBSE's schools, covid19india.org's Telangana list, RBI's bank branches
by IFSC, NHM Madhya Pradesh's COVID facilities, JoSAA's institutes, Bhuvan's vaccination
centres, a blood centre directory, Zomato's Bengaluru restaurants and the Regional Transport
Offices; this one is a city's register of another kind of institution: the police stations of
Bangalore City and Bangalore District as the Bangalore City Police listed them in 2012), exactly
as the list gives them.

One file of the Bangalore Open Data Repository (openbangalore/bangalore, Thejesh GN), read from
a git checkout at a named commit, values unchanged:

* ``bangalore/Police/bangalore_city_police_stations_2012.csv``: 110 rows, the 86 police
  stations of Bangalore City (a seven-digit ``Station Code``, ``1644315``) and 24 of Bangalore
  District (no code), each with its ``Sl`` number, its ``Unit`` (``Bangalolre City`` as
  spelled, or ``Bangalore Dist.``), its division (``DCP``) and sub-division (``ACP``), and its
  ``Station`` field: the station's name and street address run together, then ``Ph no.`` and
  one or two numbers (the city's written ``080-22942675``, its second line after a space,
  ``080-22942590 080-22259668``; the district's with the area code in brackets, ``(080)78-29335``,
  ``(080 )28472500``, ``(080)-27952415``; two rows ``Ph no. GO received``).

A row is kept where its ``Station`` field holds after ``Ph no.`` a number of seven digits or
more, and none of its numbers' digits are held by an earlier Indian part's data or by a row kept
before it (the first of stations that share a line); every kept row, in the file's order. Each
is kept as the mapping of all of the file's columns to the published strings (the list names
no person).

    python scripts/in_bangalore_police_stations_data.py IN_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_in_bangalore_police_stations.json"
CAP = 400
PATH = "bangalore/Police/bangalore_city_police_stations_2012.csv"
STATION = "Station"
MARK = "Ph no."
# a number after the mark: the city's ``080-22942675``, the district's ``(080)78-29335``,
# ``(080 )28472500``, ``(080)-27952415``
NUMBER = re.compile(r"\(\d{3} ?\)-?\d[\d-]*\d|\d{3}-\d{6,8}")
# the earlier Indian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_in_blood_banks.json", "pii_in_cbse_schools.json",
    "pii_in_telangana_covid_contacts.json", "pii_in_ifsc_branches.json",
    "pii_in_mp_covid_facilities.json", "pii_in_josaa_institutes.json",
    "pii_in_bhuvan_vaccination_centres.json", "pii_in_blood_centres.json",
    "pii_in_bangalore_restaurants.json", "pii_in_rto_offices.json",
)  # fmt: skip
SOURCES = {
    "IN": {
        "repository": "openbangalore/bangalore",
        "commit": "65afa98a0c4f3f6146d0a415e1c71c228b9f7e47",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Bangalore City Police, its list of the police stations of Bangalore City "
        "and Bangalore District (2012), as the Bangalore Open Data Repository (Thejesh GN, "
        "openbangalore.org) collected it (file added in a615e19, 28 September 2012)",
        "licence": "Open Database License (ODbL) 1.0 for the repository's data (its odbl.txt); "
        "terms of the police's own list not confirmed",
        "language": "en",
        "roles": {"name": STATION, "phone": [STATION], "register": "Station Code",
                  "address": [STATION, "ACP", "DCP", "Unit"]},
    },
}  # fmt: skip


def numbers_of(station: str) -> list[str]:
    """The numbers the ``Station`` field writes after ``Ph no.``, each as written."""
    _, mark, tail = station.partition(MARK)
    return NUMBER.findall(tail) if mark else []


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept stations of the list, with the commit they were read at."""
    meta = SOURCES["IN"]
    raw = _git(gits["IN"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "91"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        numbers = [digits_of(n) for n in numbers_of(row[STATION])]
        if not numbers or any(len(n) < 7 or n in seen or n in earlier for n in numbers):
            continue
        seen.update(numbers)
        found.append({"country": "IN", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "IN", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
