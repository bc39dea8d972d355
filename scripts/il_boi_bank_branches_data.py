"""Extract the real list that ``pii_held_out_135.py`` writes its records around into
``scripts/data/pii_il_boi_bank_branches.json``: the phone fields of a register no earlier part
used (the Bank of Israel's list of bank branches; Israel's earlier part took the Ministry of
Health's Tipat Halav stations), exactly as the Bank of Israel gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``data_files/bank_branches.xml``: the Bank of Israel's English list of the branches of the
  banks in Israel (``snifim_en.xml``, namespace ``BOI_snifim_en``, published by its Banking
  Supervision Department), 1,482 ``BRANCH`` elements, each with the bank's code and name, the
  branch's code and name, address, city, seven-digit ``Zip_Code``, ``POB``, ``Telephone``,
  ``Fax`` and ``Free_Telephone``, ``Handicap_Accessible``, ``Day_Closed`` and the opening and
  closing dates. ``Telephone`` is an Israeli number as each bank gave it: an area code and the
  line joined by a hyphen (``03-5191794``, ``076-8041130``), a bank's national number in four
  groups (``1-599-599-143``), a few with a leading line break, one a star code (``*5727``);
  ``Fax`` (105 branches) in the same shapes; ``Free_Telephone`` a star code (``*2407``) or a
  number (``076-8048860``).

The file was copied into the repository EladHarizy/fluffy-octo-robot (a student project in
C# that reads the list for its bank-account forms; its code names the Bank of Israel's URL,
``boi.org.il/.../BoiBankBranchesDocs/snifim_en.xml``). Every branch with a number of six digits
or more in ``Telephone``, a seeded sample of at most 600, in the file's order; each kept as a
mapping of all of its elements to the published strings (an empty element as ""; the list
names no person: ``Branch_Name`` is a branch's, mostly a place's, name).

    python scripts/il_boi_bank_branches_data.py IL_GIT
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_il_boi_bank_branches.json"
CAP = 600
PATH = "data_files/bank_branches.xml"
SOURCES = {
    "IL": {
        "repository": "EladHarizy/fluffy-octo-robot",
        "commit": "2b365edeff9a3fb56b596381fa18d5cc8ddc79c6",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Bank of Israel (בנק ישראל), Banking Supervision Department, its "
        "English list of bank branches (snifim_en.xml, root BRANCHES, namespace "
        "BOI_snifim_en) as published on boi.org.il; the file last changed in the repository "
        "in bb7536b ('Merged presentation into admin-area', 27 July 2020), first added in "
        "5776585 (10 June 2020); the repository's code downloads the same list from "
        "boi.org.il/en/BankingSupervision/BanksAndBranchLocations/Lists/BoiBankBranchesDocs/"
        "snifim_en.xml",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Bank of Israel's terms for the list were not read here",
        "language": "en",
        "roles": {
            "name": "Branch_Name",
            "phone": ["Telephone"],
            "fax": ["Fax"],
            "other_phone": ["Free_Telephone"],
            "address": ["Address", "City", "Zip_Code"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept branches of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        root = ET.fromstring(raw)
        found = []
        for i, branch in enumerate(root.findall("BRANCH")):
            fields = {child.tag: child.text or "" for child in branch}
            if _has_phone(fields, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
