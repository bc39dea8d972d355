"""Extract the real rows that ``pii_held_out_284.py`` writes its records around into
``scripts/data/pii_us_afdc_stations.json``: the phone fields of a register no earlier part used
(the US Department of Energy's Alternative Fuels Data Center station locator, stations in
Washington State; the United States' earlier parts took other registers), exactly as the
locator publishes them.

One file, read from a git checkout at a named commit, values unchanged:

* ``alt_fuel_stations.csv``: the AFDC's download (the Station Locator's CSV, as the National
  Renewable Energy Laboratory's ``alt-fuel-stations`` API writes it, UTF-8 with a BOM) of the
  1,704 alternative fuelling stations of Washington State, electric-vehicle chargers, propane
  (LPG), CNG, LNG, E85 and biodiesel, each with its ``Station Phone`` (North American numbers
  with no ``+1``, mostly ``360-757-4055``, a few as ten bare digits, ``5095454011``; two numbers
  in one field joined by two blanks, ``509-738-6527  800-462-0689``; three fields begin with two
  blanks), beside the station's name, street, intersection directions, city, state, ZIP code,
  access days and times, cards accepted, charger counts, network, coordinates, dates, the AFDC
  ``ID``, owner type, connector types, facility type and pricing.

Every row whose ``Station Phone`` holds a number of six digits or more and whose field is not
shared by ten or more rows of the file (the charging networks' support lines, ChargePoint's
``888-758-4389`` in 754 rows, SemaCharge's, Volta's, Blink's, Electrify America's and
others', are the network's number, not the station's: left out), in the file's order; each row
kept as a mapping of the file's columns to the published strings, empty columns left out (the
file names no person: ``Station Name`` is the site's or business's name).

    python scripts/us_afdc_stations_data.py US_GIT
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_afdc_stations.json"
CAP = 600
SHARED = 10  # a field in this many rows or more is a network's support line
PATH = "alt_fuel_stations.csv"
SOURCES = {
    "US": {
        "repository": "chiawang/EV-charing-station",
        "commit": "2b5d2e9b34e6cf721eb8512f6b9776c62f065250",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "US Department of Energy, Alternative Fuels Data Center (afdc.energy.gov), "
        "its Alternative Fueling Station Locator as the National Renewable Energy Laboratory "
        "maintains it: the download of Washington State's stations (rows updated to 28 March "
        "2023); added to the repository in 2b5d2e9 ('Add files via upload', 29 March 2023), an "
        "analysis of EV charging station demand in Washington State",
        "licence": "not confirmed: the repository has no LICENSE file and no README; the data is "
        "a work of a United States government agency (DOE/NREL), but the AFDC's terms for its "
        "station data were not read here",
        "language": "en",
        "roles": {"name": "Station Name", "phone": ["Station Phone"],
                  "address": ["Street Address", "City", "State", "ZIP"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = list(csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline="")))
        shared = Counter(row["Station Phone"] for row in table)
        found = [
            {
                "country": country,
                "path": f"{PATH}#{i}",
                "fields": {k: v for k, v in row.items() if v != ""},
            }
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"]) and shared[row["Station Phone"]] < SHARED
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
