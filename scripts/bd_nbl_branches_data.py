"""Extract the real register that ``pii_held_out_464.py`` writes its records around into
``scripts/data/pii_bd_nbl_branches.json``: the phone, fax and e-mail fields of a register no
earlier part used (Bangladesh, whose earlier parts took a mobile phone brand's list of retail
outlets and the contact directory of Bangladesh Police's Rajshahi Range; this one is another
publisher and another kind of institution: National Bank Limited's directory of its branches),
exactly as the bank's website gives them.

One table of the PHP website of National Bank Limited (``nazrulcse/nblbd``, MySQL dumps
committed with the site's code), read from a git checkout at a named commit, values unchanged:

* ``DB_Backup/localhost_17.12.2014.sql``, table ``branchinfo``: the bank's 175 branches (the
  site's "branch network" page), each with its ``branch_code``, ``branch_name``, ``address``,
  ``division`` and ``district``, its ``phone`` (a free-text field: one to six lines after
  commas, landlines with the district's area code, ``0541-62531``, ``(0821) - 728604``, some
  with the country code, ``880-521-65749``, ``88-07527 - 64560``, Dhaka's seven-digit lines,
  ``7316505``, mobile lines, ``01730-330476``, ``01713388903``; runs of lines written as a
  range, ``8849296-7``, ``031-716163-4``; abbreviated lines that give only the last digits of
  the line before, ``0541-62531,62532``; notes, ``(Office)``, ``Mobile :``, ``Manager:``,
  ``Ext: 102``, ``TLX  : 671468``; placeholders whose subscriber part is zeros,
  ``01730000000``), its ``fax`` (``88-0541-62531``, or NULL), its ``email`` (the branch's
  mailbox on ``nblbd.com``, ``gaibandha@nblbd.com``) and its ``swift`` code.

A branch is kept where its ``phone`` holds a line of seven digits or more (``lines``: a number
of each comma-separated part, notes left aside) whose digits no earlier Bangladeshi part's data
holds and no branch kept before it has as its first line, and where the field gives no
residence line (one branch's ``01718-215800 (Res)``: the manager's own line, not the
branch's); the kept branches are all of them (fewer than ``CAP``), in the table's order. Each
is kept as the mapping of the columns ``KEPT`` to the published strings (NULL columns left
out): 170 of the 175 (four have no phone, one gives a residence line; no first line is an
earlier part's or another branch's). Not kept: ``incharge`` (the manager then in post, a
person: the part takes the branches' lines) and the site's flags ``adbranch``, ``online``,
``telex`` and ``egp``. No other
table of the dump is read (it also holds the site's users).

    python scripts/bd_nbl_branches_data.py BD_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mx_jesus_maria_data import _table
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_bd_nbl_branches.json"
CAP = 300
PATH = "DB_Backup/localhost_17.12.2014.sql"
TABLE = "branchinfo"
KEPT = (
    "branch_code", "branch_name", "branch_type", "address", "division", "district", "phone",
    "fax", "email", "swift",
)  # fmt: skip
# a number as the field writes it: an optional ``+`` or bracketed area code, then digits with
# hyphens, brackets and spaces between them (``(0821) - 728604``, ``88-07527 - 64560``)
NUMBER = re.compile(r"[+(]?\d[\d()\- ]*\d")
# the earlier Bangladeshi parts' data (no number of theirs is taken again)
EARLIER = ("pii_bd_outlets.json", "pii_bd_rajshahi_police_contacts.json")
SOURCES = {
    "BD": {
        "repository": "nazrulcse/nblbd",
        "commit": "e7c5bfae129f0ff7b7ee1e444b9b14ff21dc26ac",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "National Bank Limited (Bangladesh): the directory of its branches "
        "(branch code, name, address, division, district, phone, fax, e-mail, SWIFT) as the "
        "bank's PHP website held it (table branchinfo of the MySQL dump "
        "DB_Backup/localhost_17.12.2014.sql, dated 17 December 2014, committed in 56ebb9a on "
        "25 May 2015)",
        "licence": "not confirmed (the repository has no licence file of its own; the only "
        "licence files are those of bundled libraries such as grocery CRUD and Ext JS); the "
        "directory is the bank's published list of branches",
        "language": "en",
        "roles": {"name": "branch_name", "phone": ["phone", "fax"], "email": "email",
                  "address": ["address", "district", "division"], "register": "branch_code"},
    },
}  # fmt: skip


def lines(value: str) -> list[str]:
    """The lines a phone field writes that are numbers of seven digits or more, in order, each
    as written (a note beside it, ``(Office)``, ``Mobile :``, ``Ext: 102``, left aside; an
    abbreviated line, ``62532`` after ``0541-62531``, and a telex number, ``671468``, are no
    such line)."""
    found = [m.group() for part in value.split(",") for m in NUMBER.finditer(part)]
    return [v.strip() for v in found if len(digits_of(v)) >= 7]


def residence(value: str) -> bool:
    """Whether a phone field gives a residence line (``(Res)``)."""
    return bool(re.search(r"\bRes\b", value))


def kept_fields(row: dict[str, str | None]) -> dict[str, str]:
    """The row's ``KEPT`` columns as published (NULL ones left out)."""
    return {k: row[k] for k in KEPT if row[k] is not None}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept branches of the directory, with the commit they were read at."""
    meta = SOURCES["BD"]
    dump = _git(gits["BD"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier = earlier_numbers(DATA, EARLIER, "880")
    seen: set[str] = set()
    found = []
    for i, row in enumerate(_table(dump, TABLE)):
        phone = row["phone"] or ""
        first = digits_of(lines(phone)[0]) if lines(phone) else ""
        if not first or first in seen or first in earlier or residence(phone):
            continue
        seen.add(first)
        found.append({"country": "BD", "path": f"{PATH}:{TABLE}#{i}", "fields": kept_fields(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "BD", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
