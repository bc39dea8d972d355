"""Extract the real register that ``pii_held_out_358.py`` writes its records around into
``scripts/data/pii_lt_vilnius_kindergartens.json``: the phone, fax and e-mail fields of a
register no earlier part used (Lithuania, which no earlier part took a register of: the City
of Vilnius Municipality's list of the city's kindergartens, lopšeliai-darželiai), exactly as the
municipality's education system gives them.

One CSV file of the municipality's ``vilnius/darzeliai`` repository, read from a git checkout
at a named commit, values unchanged:

* ``data/darzeliai.csv``: 156 rows, the kindergartens of Vilnius as the municipality's kindergarten
  admission system (svietimas.vilnius.lt) listed them (the file as committed on 29 August 2015;
  UTF-8 with a byte-order mark), each with its ``LABEL`` (the kindergarten's name,
  ``Aitvaras``), ``ADDRESS`` (``Pašilaičių g. 10, Vilnius``), ``PHONE`` (one or more numbers as
  the office typed them, comma-separated, most of them seven-digit Vilnius lines in 3-4 groups
  without the trunk and area code, ``247 1732``; some with ``+370 5``, a trunk ``(8-5)`` or a
  mobile line ``8 620 42 370``; notes such as ``(dir.)`` or ``(direktorės)`` after a number, a
  trailing comma, and in two fields a second mailbox, ``247 2141, daigelis@yahoo.co.uk,``),
  ``SCHOOLNO`` (the legal entity's code, ``190032931``), ``EMAIL`` (the office's mailbox,
  ``rastine@aitvaras.vilnius.lm.lt``), ``FAX`` (12 rows), ``SCHOOL_TYPE`` (``Valstybinis
  darželis`` and others), ``BUILDDATE``, ``ELDERATE`` (the seniūnija, the city's ward) and
  LKS-94 coordinates ``GIS_X``/``GIS_Y``.

A kindergarten is kept where its ``PHONE`` holds a number of seven digits or more (four rows
hold ``1`` or ``-``) whose digits no kindergarten kept before it has, and where it is not the
system's test entry (``VMSA testuojamas pensionas``, which repeats the day centre Šviesa's line
and mailbox); there is no earlier Lithuanian part whose numbers it must avoid (``EARLIER`` is
empty), and with fewer rows than ``CAP`` every kept row (151) is taken. Each is kept as the
mapping of all of the file's columns to the published strings (the file names no person).

    python scripts/lt_vilnius_kindergartens_data.py LT_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_lt_vilnius_kindergartens.json"
CAP = 400
PATH = "data/darzeliai.csv"
PHONE = "PHONE"
# the earlier Lithuanian parts' data (none: no earlier part took a Lithuanian register)
EARLIER: tuple[str, ...] = ()
SOURCES = {
    "LT": {
        "repository": "vilnius/darzeliai",
        "commit": "b3b168f0599f0f1e14845d4f76603a96427c625b",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "Vilniaus miesto savivaldybė (City of Vilnius Municipality), its "
        "kindergarten admission system svietimas.vilnius.lt, as the municipality's GitHub "
        "organisation (github.com/vilnius) published the list of kindergartens in its "
        "darzeliai repository (file added 29 August 2015, commit 4958c35; re-encoded in "
        "b3b168f the same day; removed from the repository later)",
        "licence": "not confirmed: the repository has no licence file and its README states "
        "no terms for the data",
        "language": "lt",
        "roles": {"name": "LABEL", "phone": [PHONE], "fax": ["FAX"], "email": "EMAIL",
                  "address": ["ADDRESS"], "register": "SCHOOLNO", "kind": "SCHOOL_TYPE",
                  "note": ["ELDERATE"], "coordinates": ["GIS_X", "GIS_Y"]},
    },
}  # fmt: skip


def has_number(value: str) -> bool:
    """Whether a phone field holds a number of seven digits or more (one run of digits,
    spaces, hyphens and brackets: ``1``, ``-`` are none)."""
    found = re.finditer(r"\+?\(?\d[\d\s()\-]*\d", value)
    return any(sum(c.isdigit() for c in m.group()) >= 7 for m in found)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept kindergartens of the list, with the commit they were read at."""
    meta = SOURCES["LT"]
    raw = _git(gits["LT"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "370"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if not has_number(row[PHONE]) or tel in seen or tel in earlier:
            continue
        if "testuojam" in row["LABEL"].lower():
            continue
        seen.add(tel)
        found.append({"country": "LT", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "LT", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
