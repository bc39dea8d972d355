"""Extract the real list that ``pii_held_out_226.py`` writes its records around into
``scripts/data/pii_za_lower_courts.json``: the phone fields of a register no earlier part used
(South Africa's lower courts, the Department of Justice and Constitutional Development's list of
magistrates' courts and their branch, detached and periodical courts; South Africa's earlier
parts took the Department of Basic Education's schools, National Treasury's municipalities, the
Department of Health's facilities and SAPS's police stations), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``src/database/courts.json``: a JSON array of 705 courts, each with its province, magisterial
  district, court type, office, former and other names, small-claims (``SCC``) and MOVIT flags,
  postal and physical address, coordinates and ``Tel``: South African numbers as the list writes
  them, the area code, exchange and line apart (``049 846 0013``), often with other lines after a
  slash shortened to their last digits (``015 516 0181/2/3``, ``017 753 1004/1070``), a range
  (``013 932 2901-3``), a second whole number (``053 384 0041/ 313 1155``), some cut short by the
  list (``011 786 5181/2971; 011``), and "See <another court>" where a court has no number.

Every court with a number of six digits or more in ``Tel`` whose field holds no mobile number
(``06``, ``07``, ``081``-``084`` after a blank, a slash or a bracket: a clerk's own phone may be
one; five courts left out), a seeded sample of 400 in the list's order, each kept as a mapping of
all of its keys to the published strings: ``coordindates`` (spelt so in the file) as
``latitude`` and ``longitude``, a JSON ``null`` as the empty string (the list names no person).

    python scripts/za_lower_courts_data.py ZA_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_za_lower_courts.json"
CAP = 400
PATH = "src/database/courts.json"
MOBILE = re.compile(r"(?:^|[\s/\[])0(?:[67]\d|8[1-4])")
SOURCES = {
    "ZA": {
        "repository": "Kebalepile/government_service_locator",
        "commit": "8a8cba53eac1a24ad3b9fb2bcb7c639c08b6d1f0",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Department of Justice and Constitutional Development's list of the "
        "lower courts (magistrates' courts and their branch, detached and periodical courts, "
        "with their magisterial districts, small-claims court and MOVIT flags, addresses and "
        "telephone numbers), as the repository's government-service locator keeps it; the file "
        "was added in 1190361 ('cities and lower courts data added.', 27 June 2023) and is "
        "unchanged to this commit; the repository names no source for it (the keys are the "
        "department's list's columns; the same author's SAPS list is held_out_194's register)",
        "licence": "not confirmed: the repository's LICENSE is the GNU General Public License "
        "version 2, given for its code; no terms for the court list are named, and the "
        "department's terms for its list were not found",
        "language": "en",
        "roles": {"name": "Office", "phone": ["Tel"], "address": ["Physical", "Postal"]},
    },
}  # fmt: skip


def _fields(court: dict[str, Any]) -> dict[str, str]:
    """A court's keys as published strings: the coordinates' two keys lifted out, ``null`` as
    the empty string."""
    fields = {}
    for key, value in court.items():
        if key == "coordindates":
            fields["latitude"] = (value or {}).get("latitude") or ""
            fields["longitude"] = (value or {}).get("longitude") or ""
        else:
            fields[key] = "" if value is None else value
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept courts of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        found = []
        for i, court in enumerate(json.loads(raw.decode(meta["encoding"]))):
            fields = _fields(court)
            if _has_phone(fields, meta["roles"]["phone"]) and not MOBILE.search(fields["Tel"]):
                found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
