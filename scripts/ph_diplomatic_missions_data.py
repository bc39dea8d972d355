"""Extract the real register that ``pii_held_out_465.py`` writes its records around into
``scripts/data/pii_ph_diplomatic_missions.json``: the contact and e-mail fields of a register
no earlier part used (the Philippines, whose earlier parts took the Department of Health's
National Health Facility Registry and the executive departments' offices of the Department of
Budget and Management's government directory; this one is the same directory's list of the
foreign diplomatic missions, consular offices and international organizations in the
Philippines, another kind of institution: embassies, the Apostolic Nunciature, honorary and
career consulates, the UN agencies' and development banks' offices), exactly as the directory
gives them.

One file of BetterGov.ph's ``bettergov`` repository, read from a git checkout at a named
commit, values unchanged:

* ``src/data/directory/diplomatic.json``: an object of three lists (``Diplomatic Mission``,
  ``Consulate``, ``International Organization``; the repository's
  ``src/data/directory/README.txt``: 'Download the latest version from DBM', the directory's
  PDF turned into JSON a part at a time), each entry a mapping with its ``country`` (or
  ``organization_name``), ``office_name``, ``address``, ``contact`` (one or more Philippine
  numbers as the directory writes them, ``;`` between them, with markers: ``8892-4081;
  8892-4082; 8892-4195 F``, ``7757-8100 TL``), ``email`` and ``website``, beside the names
  and titles of its head.

An entry is kept where its ``contact`` holds a number of seven digits or more
(``pii_held_out_11.numbers``) that a person's line could be (``make_pii_eval.personal_phone``),
where no number of it is written after ``loc.`` in a list of extensions, where its ``email`` is
empty or well-formed addresses separated by ``; ``, and where none of its numbers is one the
earlier Philippine parts' data holds or an entry kept before it has (the first of entries
sharing a line); the kept entries are a seeded sample of ``CAP`` (all of them, there being
fewer), in the file's order. Each is kept as the entry's own fields (``country``,
``organization_name``, ``office_name``, ``address``, ``contact``, ``email``, ``website``, the
published strings) with the name of its list; the heads' names and titles are left out (the
register is of offices).

    python scripts/ph_diplomatic_missions_data.py PH_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# (the readers' rules, which the part's test checks on the kept rows, re-exported)
from ph_dbm_directory_offices_data import EMAILS as EMAILS
from ph_dbm_directory_offices_data import contact_numbers as contact_numbers
from ph_dbm_directory_offices_data import kept_entries
from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ph_diplomatic_missions.json"
CAP = 300
PATH = "src/data/directory/diplomatic.json"
# the earlier Philippine parts' data (no number of theirs is taken again)
EARLIER = ("pii_ph_nhfr.json", "pii_ph_dbm_directory_offices.json")
KEEP = ("country", "organization_name", "office_name", "address", "contact", "email", "website")
SOURCES = {
    "PH": {
        "repository": "bettergovph/bettergov",
        "commit": "5b57be2212db6f03c94c883a33b305dfa103a698",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Department of Budget and Management (DBM), its government directory's "
        "list of the foreign diplomatic missions, consular offices and international "
        "organizations in the Philippines, as BetterGov.ph's bettergov repository turned the "
        "directory's PDF into JSON (src/data/directory/README.txt: 'Download the latest "
        "version from DBM')",
        "licence": "CC0 1.0 Universal for the repository (its LICENSE file); terms for the "
        "DBM's directory itself not confirmed",
        "language": "en",
        "roles": {"name": "office_name", "phone": ["contact"], "email": "email",
                  "address": ["address"], "country": "country", "list": "list"},
    },
}  # fmt: skip


def entries(lists: dict[str, list[dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """(JSON pointer, fields) of every entry of the file's lists, in the file's order: the
    entry's own string fields with the name of its list."""
    out = []
    for key, items in lists.items():
        for j, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            fields = {"list": key}
            fields.update({k: item[k] for k in KEEP if isinstance(item.get(k), str)})
            out.append((f"/{key.replace(' ', '%20')}/{j}", fields))
    return out


def earlier_lines(names: tuple[str, ...]) -> set[str]:
    """The digits of every value of the earlier parts' data (``earlier_numbers``) and of each
    number of seven digits or more within their fields (a field may hold several)."""
    out = earlier_numbers(DATA, names, "63")
    for name in names:
        rows = json.loads((DATA / name).read_text(encoding="utf-8"))["rows"]
        for value in (v for row in rows for v in row["fields"].values() if isinstance(v, str)):
            out |= {digits_of(value[s:e]) for s, e in numbers(value)}
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the list, with the commit they were read at."""
    meta = SOURCES["PH"]
    raw = _git(gits["PH"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    found = kept_entries(entries(json.loads(raw)), earlier_lines(EARLIER), PATH)
    return {"sources": SOURCES, "rows": seeded_sample(found, "PH", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
