"""Extract the real register that ``pii_held_out_510.py`` writes its records around into
``scripts/data/pii_bd_asa_branches.json``: the phone fields of a register no earlier part used
(Bangladesh, whose earlier parts took a mobile phone brand's list of retail outlets, the contact
directory of Bangladesh Police's Rajshahi Range and National Bank Limited's directory of its own
branches; this one is another kind of institution: the branches of ASA, the microfinance
non-governmental organisation, where the bank's remittances are paid out), exactly as the
bank's website gives them.

One table of the PHP website of National Bank Limited (``nazrulcse/nblbd``, MySQL dumps
committed with the site's code), read from a git checkout at a named commit, values unchanged:

* ``DB_Backup/localhost_17.12.2014.sql``, table ``asabranchlist``: 302 branches of ASA (the
  site's list of ASA branches paying the bank's remittances), each with its ``asa_id``,
  ``asa_name`` (``KALATIA BRANCH``, ``DHAMRAI BRANCH-1``, some with trailing spaces),
  ``asa_district`` and ``asa_division`` (the division given for 16 of them, ``DHAKA``), an
  ``address`` (empty in every row), its ``phone`` (one mobile line, eleven digits as written,
  ``01917473395``, some with trailing spaces; three of ten digits, one digit lost,
  ``0172272995``; twelve empty) and ``abm`` (the name of the branch's manager, a person).

A branch is kept where its ``phone`` holds a number of seven digits or more whose digits no
earlier Bangladeshi part's data holds and no branch kept before it has; the kept branches are
all of them (fewer than ``CAP``), in the table's order. Each is kept as the mapping of the
columns ``KEPT`` to the published strings: 288 of the 302 (twelve have no phone; two give the
number of the branch before them again, ``NAWABGONJ BRANCH`` that of ``KALATIA BRANCH`` and
``CHAR BHADRASAN BRANCH`` that of ``NAGORKANDA-1 BRANCH``; no number is an earlier part's).
Not kept: ``abm`` (a person: the part takes the branches' lines). No other table of the dump
is read (it also holds the site's users; its ``branchinfo`` is ``pii_bd_nbl_branches.json``'s).

    python scripts/bd_asa_branches_data.py BD_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mx_jesus_maria_data import _table
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_bd_asa_branches.json"
CAP = 300
PATH = "DB_Backup/localhost_17.12.2014.sql"
TABLE = "asabranchlist"
KEPT = ("asa_id", "asa_name", "asa_district", "asa_division", "address", "phone")
# the earlier Bangladeshi parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_bd_outlets.json",
    "pii_bd_rajshahi_police_contacts.json",
    "pii_bd_nbl_branches.json",
)
SOURCES = {
    "BD": {
        "repository": "nazrulcse/nblbd",
        "commit": "e7c5bfae129f0ff7b7ee1e444b9b14ff21dc26ac",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "National Bank Limited (Bangladesh): its list of the branches of ASA, the "
        "microfinance NGO, that pay out the bank's remittances (id, branch name, district, "
        "division, address, phone) as the bank's PHP website held it (table asabranchlist of "
        "the MySQL dump DB_Backup/localhost_17.12.2014.sql, dated 17 December 2014, committed "
        "in 56ebb9a on 25 May 2015)",
        "licence": "not confirmed (the repository has no licence file of its own; the only "
        "licence files are those of bundled libraries such as grocery CRUD and Ext JS); the "
        "list is the bank's published list of ASA's paying branches",
        "language": "en",
        "roles": {"name": "asa_name", "phone": "phone",
                  "address": ["address", "asa_district", "asa_division"], "register": "asa_id"},
    },
}  # fmt: skip


def number(value: str) -> str:
    """The field's number as written, stripped, where it has seven digits or more, else ""."""
    value = value.strip()
    return value if len(digits_of(value)) >= 7 else ""


def kept_fields(row: dict[str, str | None]) -> dict[str, str]:
    """The row's ``KEPT`` columns as published (NULL ones left out)."""
    return {k: row[k] for k in KEPT if row[k] is not None}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept branches of the list, with the commit they were read at."""
    meta = SOURCES["BD"]
    dump = _git(gits["BD"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier = earlier_numbers(DATA, EARLIER, "880")
    seen: set[str] = set()
    found = []
    for i, row in enumerate(_table(dump, TABLE)):
        digits = digits_of(number(row["phone"] or ""))
        if not digits or digits in seen or digits in earlier:
            continue
        seen.add(digits)
        found.append({"country": "BD", "path": f"{PATH}:{TABLE}#{i}", "fields": kept_fields(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "BD", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
