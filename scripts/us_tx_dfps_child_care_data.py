"""Extract the real rows that ``pii_held_out_332.py`` writes its records around into
``scripts/data/pii_us_tx_dfps_child_care.json``: the phone and e-mail fields of a register no
earlier part used (the United States, whose earlier parts took CMS's hospitals, New York City's
DOE high schools, the Texas Education Agency's AskTED directory, state and federal lists, Open
Brewery DB, Starbucks' stores, the congressional district offices and New York City's
restaurants; this one is the Texas Department of Family and Protective Services' Child Care
Licensing register, the child-care centres it licenses), exactly as it gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``server/data/schools.js``: a Socrata view of DFPS's operations data ('TX Challenge DFPS -
  P211data 012215', view ``csm8-69qj``, 'Data for Texas - Indiana Challenge', published January
  2015) as its JSON export gives it (``meta`` and ``data``), assigned to a JavaScript variable
  (``schoolsData = {...}``): 121 licensed child-care centres (``Operation Type`` ``Licensed
  Child-Care Center`` in every row), each with its operation ID as exported (``(94094``, the
  bracket DFPS's), operation number (``99``, ``6668- 667``), name, street (``125 SUNSET AVE,
  ``), city, ZIP (``75208-4516``), county, ``Phone`` (``214-942-6319``: area code, exchange and
  line joined by hyphens, no ``+1``, in every row), permit kind, ages served, hours
  (``07:00 AM-06:00 PM``), nine Y/N service flags, capacity, operating days
  (``MonTueWedThuFri``), ``Email Address`` (89 rows; the centre's or its director's mailbox as
  the operation gave it to DFPS), ``Website`` (a Socrata URL cell, ``[url, description]``),
  three service columns (``N/A``), the date last modified and DFPS's coordinates.

Every row (all have a phone of ten digits), in the file's order; each kept as a mapping of the
view's columns to the published strings, less Socrata's own row columns (``sid``, ``id``,
``position``, ``created_*``, ``updated_*``, ``meta``) and the geocoded ``Location 1``; a null
is kept as ``""`` and the ``Website`` cell as its URL (``""`` where it has none). The register
names no person but in the e-mail addresses: ``Operation Name`` is the centre's name.

    python scripts/us_tx_dfps_child_care_data.py US_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_tx_dfps_child_care.json"
CAP = 600
PHONE = "Phone"
SOCRATA = ("sid", "id", "position", "created_at", "created_meta", "updated_at", "updated_meta")
SOCRATA += ("meta", "Location 1")
SOURCES = {
    "US": {
        "repository": "TheArcusProject/DayCaring",
        "commit": "833247756fa9063463a34f85fa4a9565b5789ba9",
        "path": "server/data/schools.js",
        "encoding": "utf-8",
        "publisher": "Texas Department of Family and Protective Services (DFPS), Child Care "
        "Licensing: its operations data of licensed child-care centres as the Socrata view "
        "'TX Challenge DFPS - P211data 012215' (csm8-69qj, 'Data for Texas - Indiana "
        "Challenge', published 23 January 2015) exports it, one row a centre with its operation "
        "number, name, address, county, phone, e-mail, website, hours, ages, capacity and "
        "coordinates; copied into the repository in 433abb4 ('add schools and compliance "
        "testing data', 5 August 2015) for DayCaring, a day-care review app",
        "licence": "not confirmed: at the commit read the repository has no LICENSE file and "
        "its package.json says BSD-2-Clause (a LICENSE.md with the MIT licence came later), "
        "the app's terms, not the data's; the Socrata view names no licence and DFPS's terms "
        "for the data were not read here",
        "language": "en",
        "roles": {"name": "Operation Name", "phone": [PHONE], "email": "Email Address"},
    },
}  # fmt: skip


def _cell(value: Any) -> str:
    """A view cell as a string: a null as ``""``, a URL cell (``[url, description]``) as its
    URL, anything else as published."""
    if value is None:
        return ""
    if isinstance(value, list):
        return value[0] or ""
    return value


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the view, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode(meta["encoding"])
        view = json.loads(raw[raw.index("{") :].rstrip().rstrip(";"))
        columns = [c["name"] for c in view["meta"]["view"]["columns"]]
        found = []
        for i, cells in enumerate(view["data"]):
            fields = {c: _cell(v) for c, v in zip(columns, cells, strict=True) if c not in SOCRATA}
            if _has_phone(fields, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
