"""Extract the real list that ``pii_held_out_222.py`` writes its records around into
``scripts/data/pii_gb_active_places.json``: the phone and e-mail fields of a register no
earlier part used (Sport England's Active Places, the sports facilities of Trafford, Greater
Manchester; the United Kingdom's earlier parts took NHS England's pharmacies and GP practices
in the ODS files, HM Courts & Tribunals Service's court finder and the Care Quality
Commission's care homes), exactly as the file gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``sport_facilities/sports_facilities.csv``: Trafford Data Lab's extract of Sport England's
  Active Places (its Sports Data Model download, correct as of 30 September 2025), one row per
  facility of a site (314 rows at 171 sites: grass pitches, sports halls, gym stations,
  artificial grass pitches, tennis courts, studios, swimming pools, golf, squash courts,
  athletics tracks, a ski slope, an ice rink and an indoor tennis centre), each with its site's
  ``telephone`` as Active Places holds it (``0161 928 1765``; ``01619 288 907``,
  ``0161 9697582``, mobiles ``07782172694`` and ``07977 047182``; the same site's number on each
  of its facilities' rows) and ``email`` (``NA`` where none), beside the site's id and name, the
  facility type, access type (``Pay and Play``, ``Sports Club / Community Association``...),
  street, town, postcode (``WA14 4NS``), web address, the site's amenities and accessibility
  answers (``Yes``/``No``), car park capacity, ward, MSOA, LSOA and output area codes
  (``E05015239``), coordinates and the site's last update date.

Every row whose ``telephone`` holds a number of seven digits or more that is not all zeros, in
the file's order: 255 of 314 (left out: 49 ``NA`` and ten placeholders, ``00000 000000`` and
``00000000000``); each row kept as a mapping of all of the file's columns to the published
strings (the list's names are the sites': clubs, schools, leisure centres, parks and gyms).

    python scripts/gb_active_places_data.py GB_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gb_active_places.json"
CAP = 600
PATH = "sport_facilities/sports_facilities.csv"
SOURCES = {
    "GB": {
        "repository": "traffordDataLab/open_data",
        "commit": "8a2071fa600abdfec80cecb415ee47eee8df2657",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Sport England, its Active Places data set of sports facilities in England "
        "(the Active Places Power downloads, Sports Data Model), as Trafford Data Lab (Trafford "
        "Council) extracted the facilities of Trafford into its open_data repository "
        "(sport_facilities/README.md names Sport England as source and Active Places Power as "
        "publisher, 'Correct as of 2025-09-30'); the file first committed in 8a2071f ('Updated "
        "all individual datasets, and created for the first time a combined dataset with all "
        "facilities...', 1 October 2025)",
        "licence": "Open Government Licence v3.0 as the dataset's README states, attribution "
        "'Contains Data © Sport England'; the repository's LICENSE.txt is the Open Government "
        "Licence 3.0",
        "language": "en",
        "roles": {
            "name": "site_name",
            "phone": ["telephone"],
            "email": "email",
            "address": ["street", "town", "postcode"],
        },
    },
}  # fmt: skip


def kept(row: dict[str, str]) -> bool:
    """A ``telephone`` with seven digits or more, not all zeros (not ``NA``, not
    ``00000 000000``)."""
    digits = [c for c in row["telephone"] if c.isdigit()]
    return len(digits) >= 7 and set(digits) != {"0"}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if kept(row)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
