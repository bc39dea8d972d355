"""Extract the real list that ``pii_held_out_168.py`` writes its records around into
``scripts/data/pii_gb_gp_practices.json``: the phone fields of a register no earlier part used
(England's general medical practices in the NHS Organisation Data Service's GP practice file;
the United Kingdom's earlier parts took NHS England's pharmacies of ODS's dispensing file and HM
Courts & Tribunals Service's courts), exactly as the register gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``output/general-medical-practices.json``: 7,753 GP practices and other prescribing settings
  of England (ODS's ``epraccur`` file of 27 November 2015 with the December 2015 amendments
  applied, as the repository's converter writes it: title-cased names, the address lines and
  postcode joined by ``, ``), each with its ``organisation_code`` (``A81001``), ``name``,
  ``address`` and ``contact_telephone_number``: British national numbers with the trunk ``0``,
  the area code apart from the line by one blank (``01642 672351``, ``0113 2951234``,
  ``020 87654321``, some ``0300``/``0345`` non-geographic numbers); one row has none.

A seeded sample of 480 of the 7,752 rows with a number of six digits or more in
``contact_telephone_number``, in the file's order; each row kept as a mapping of all of its
keys to the published strings (``name`` is the practice's name; some practices are named after
their doctors, ``Dr Rasool``, as the register names them: the register's own public name of a
contract holder's practice, whose number is the practice's).

    python scripts/gb_gp_practices_data.py GB_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gb_gp_practices.json"
CAP = 480
PATH = "output/general-medical-practices.json"
SOURCES = {
    "GB": {
        "repository": "Demotive/general-medical-practices",
        "commit": "a9b6bd673c65c4f0de79bbad59a10b4e917d2ff6",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "NHS Organisation Data Service (ODS), Health and Social Care Information "
        "Centre (now NHS England), its GP practice file (epraccur, 27 November 2015, with the "
        "monthly amendments egpam of 18 December 2015) as the repository's converter "
        "(process/convert.py) writes it; a mirror made by NHS Alpha (nhsalpha) for a prototype "
        "GP practice lookup",
        "licence": "Open Government Licence v2.0 as the repository's README states for the "
        "source data ('Organisation Data Service, Health and Social Care Information Centre, "
        "licenced under the Open Government Licence v2.0'); the repository itself has no "
        "LICENSE file: its own terms not confirmed",
        "language": "en",
        "roles": {
            "name": "name",
            "phone": ["contact_telephone_number"],
            "address": ["address"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = json.loads(raw.decode(meta["encoding"]))
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": dict(row)}
                for i, row in enumerate(table)
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
