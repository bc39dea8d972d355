"""Extract the real register that ``pii_held_out_381.py`` writes its records around into
``scripts/data/pii_ph_dbm_directory_offices.json``: the contact and e-mail fields of a register
no earlier part used (the Philippines, whose earlier part took the Department of Health's
National Health Facility Registry; this one is the Department of Budget and Management's
government directory of the executive departments' offices: their bureaus, services, regional
and field offices, attached agencies and hospitals), exactly as the directory gives them.

One file of BetterGov.ph's ``bettergov`` repository, read from a git checkout at a named
commit, values unchanged:

* ``src/data/directory/departments.json``: the 23 executive departments of the DBM's
  directory (the repository's ``src/data/directory/README.txt``: 'Download the latest version
  from DBM', its PDF turned into JSON a part at a time), each with lists of its offices
  (``bureaus``, ``regional_offices``, ``attached_agencies``, ``field_offices``, ...), each
  office a mapping with its ``name`` or ``region``, ``address``, ``contact`` (one or more
  numbers as the directory writes them, separated by ``;``, with local extensions and
  markers: ``loc. 8601, 8602; (083) 228-9788; 228-5546 F``, ``8928-8741 to 64 loc. 2601``,
  ``(02) 8733-0010 to 14``), ``email`` (one or more addresses, ``; `` between them: the
  office's mailbox or its heads' mailboxes on the department's domain) and ``website``, beside
  the names of its director and other heads.

An office is kept where it stands in one of a department's lists of offices (not its
secretaries' and undersecretaries' lists, and not its offices abroad: embassies, consulates,
migrant workers offices and missions, whose numbers are foreign), where its ``contact`` holds
a number of seven digits or more (``pii_held_out_11.numbers``) that a person's line could be
(``make_pii_eval.personal_phone``), where no number of it is written after ``loc.`` in a list
of extensions (``loc. 1003/2030``, ``8531-0026 loc. 101-102``, which would read as numbers),
where its ``email`` is empty or well-formed addresses separated by ``; `` (five offices' are
not: ``Marco Maat@construction.gov.ph``), and where none of its numbers is one the earlier
Philippine part's data holds or an office kept before it has (the first of offices sharing a
line); the kept offices are a seeded sample of ``CAP``, in the file's order. Each is kept as
the office's own fields (``name``, ``region``, ``city``, ``address``, ``contact``, ``email``,
``website``, ``trunkline`` where it has them, the published strings) with its department's
name and the name of its list; the heads' names are left out (the register is of offices).

    python scripts/ph_dbm_directory_offices_data.py PH_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from make_pii_eval import personal_phone
from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ph_dbm_directory_offices.json"
CAP = 300
PATH = "src/data/directory/departments.json"
# the earlier Philippine part's data (no number of theirs is taken again)
EARLIER = ("pii_ph_nhfr.json",)
# a department's lists that are not of offices at home: its heads, its offices abroad
PEOPLE = {"undersecretaries", "assistant_secretaries", "directors", "staff"}
ABROAD = {"foreign_service_establishments", "migrant_workers_offices", "philippine_missions"}
KEEP = ("name", "region", "city", "address", "contact", "email", "website", "trunkline")
EMAILS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:; [\w.+-]+@[\w-]+(?:\.[\w-]+)+)*")
EXTENSION = re.compile(r"loc\.[\d\s,/to-]*$")
SOURCES = {
    "PH": {
        "repository": "bettergovph/bettergov",
        "commit": "5b57be2212db6f03c94c883a33b305dfa103a698",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Department of Budget and Management (DBM), its government directory of "
        "the executive departments and their offices, as BetterGov.ph's bettergov repository "
        "turned the directory's PDF into JSON (src/data/directory/README.txt: 'Download the "
        "latest version from DBM'; the file last changed in 7d2440a, 24 September 2025)",
        "licence": "CC0 1.0 Universal for the repository (its LICENSE file); terms for the "
        "DBM's directory itself not confirmed",
        "language": "en",
        "roles": {"name": "name", "phone": ["contact"], "email": "email",
                  "address": ["address"], "department": "department", "list": "list"},
    },
}  # fmt: skip


def offices(departments: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """(JSON pointer, fields) of every office in the departments' lists of offices at home, in
    the file's order: the office's own string fields with its department and list."""
    out = []
    for d, dept in enumerate(departments):
        for key, items in dept.items():
            if key in PEOPLE | ABROAD or not isinstance(items, list):
                continue
            for j, item in enumerate(items):
                if not isinstance(item, dict):
                    continue
                fields = {"department": dept["office_name"], "list": key}
                fields.update({k: item[k] for k in KEEP if isinstance(item.get(k), str)})
                out.append((f"/{d}/{key}/{j}", fields))
    return out


def contact_numbers(contact: str) -> list[str] | None:
    """The numbers of a ``contact`` field (``numbers``), or None where one is no line a person
    could hold or stands in a list of extensions after ``loc.``."""
    found = []
    for s, e in numbers(contact):
        if not personal_phone(contact[s:e], "PH") or EXTENSION.search(contact[:s]):
            return None
        found.append(contact[s:e])
    return found


def kept_entries(items: Any, earlier: set[str], path: str) -> list[dict[str, Any]]:
    """The directory's entries (``items``: (pointer, fields) pairs in the file's order) that
    the rules keep: a contact field with a number, a well-formed e-mail or none, no number a
    kept entry before it holds, and none in ``earlier`` (a Manila line also with its area
    code). The directory's other lists (``ph_diplomatic_missions_data``) are read the same
    way."""
    seen: set[str] = set()
    found = []
    for i, (pointer, fields) in enumerate(items):
        found_numbers = contact_numbers(fields.get("contact", ""))
        if (
            not found_numbers
            or not EMAILS.fullmatch(fields.get("email", ""))
            and fields.get("email")
        ):
            continue
        keys = {digits_of(n) for n in found_numbers}
        manila = {"02" + k for k in keys if len(k) == 8}  # a Manila line without its area code
        if keys & seen or (keys | manila) & earlier:
            continue
        seen |= keys
        found.append({"country": "PH", "path": f"{path}#{i}", "pointer": pointer, "fields": fields})
    return found


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the directory, with the commit they were read at."""
    meta = SOURCES["PH"]
    raw = _git(gits["PH"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier = earlier_numbers(DATA, EARLIER, "63")
    found = kept_entries(offices(json.loads(raw)), earlier, PATH)
    return {"sources": SOURCES, "rows": seeded_sample(found, "PH", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
