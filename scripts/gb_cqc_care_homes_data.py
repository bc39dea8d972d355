"""Extract the real list that ``pii_held_out_210.py`` writes its records around into
``scripts/data/pii_gb_cqc_care_homes.json``: the phone fields of a register no earlier part
used (the Care Quality Commission's care directory, its care homes of Greater Manchester; the
United Kingdom's earlier parts took NHS England's pharmacies and GP practices in the ODS files
and HM Courts & Tribunals Service's court finder), exactly as the file gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``care_homes/gm_care_homes.csv``: Trafford Data Lab's extract of the CQC care directory, the
  nursing and residential care homes of the ten Greater Manchester boroughs (559 rows, UTF-8
  CSV as the lab's ``pre-processing.R`` writes it), each with its ``telephone`` as the CQC file
  holds it, a number that lost its trunk ``0`` (``1619282514``, ``1706843777``, mobiles
  ``7976848608``; two of nine digits, ``120462150``), beside its name, service types
  (``Residential homes|Homecare agencies``), address, postcode (``WA14 2SN``), web address
  (``NA`` where none), borough and its code (``E0800009``, as the file writes it) and
  coordinates.

Every row whose ``telephone`` is a run of seven digits or more, in the file's order: 538 of
559 (left out: 14 ``NA``, six that R wrote in exponent notation and so lost their last digits,
``1617777e3``, and one of six digits); each row kept as a mapping of all of the file's columns
to the published strings (the list names no person: ``name`` is the home's name).

    python scripts/gb_cqc_care_homes_data.py GB_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gb_cqc_care_homes.json"
CAP = 600
PATH = "care_homes/gm_care_homes.csv"
SOURCES = {
    "GB": {
        "repository": "traffordDataLab/open_data",
        "commit": "b29d136d8d51c1dbc03317f00715a6d3aab5c070",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Care Quality Commission (CQC), its care directory of registered "
        "health and social care locations in England, as Trafford Data Lab (Trafford Council) "
        "extracted its care homes in Greater Manchester into its open_data repository "
        "(care_homes/README.md names the CQC as source and publisher); the file's last version, "
        "'Refreshed the dataset and updated link to Explore.', 12 August 2019, removed from the "
        "repository in 2bee157 (20 April 2020)",
        "licence": "Open Government Licence v3.0 as the dataset's README states ('Contains "
        "public sector information licensed under the Open Government Licence v3.0'); the "
        "repository's LICENSE.txt is the Open Government Licence 3.0",
        "language": "en",
        "roles": {"name": "name", "phone": ["telephone"], "address": ["address", "postcode"]},
    },
}  # fmt: skip


def kept(row: dict[str, str]) -> bool:
    """A ``telephone`` that is a run of seven digits or more (not ``NA``, not ``1617777e3``)."""
    return re.fullmatch(r"\d{7,}", row["telephone"]) is not None


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
