"""Extract the real register that ``pii_held_out_424.py`` writes its records around into
``scripts/data/pii_pl_slaskie_ops.json``: the phone and e-mail fields of a register no earlier
part used (Poland, whose earlier parts took Eurostat GISCO's hospitals, the Mobberizer app's
courts and sanitary-epidemiological stations, the contact database of local-government units
and the State Forests' offices; this one is another publisher and another kind of institution:
the Silesian Voivode's list of the social-assistance centres of the Śląskie voivodeship, the
municipal and communal ośrodki pomocy społecznej (MOPS, GOPS, OPS) and centra usług
społecznych), exactly as the voivode's list gives them.

One table of the kompas-seniora project (Kaczor4444), read from a git checkout at a named
commit, values unchanged:

* ``raw_dane/slaskie/ops_slaskie.csv``: 167 centres of the "Wykaz ośrodków pomocy społecznej w
  województwie śląskim" of the Śląski Urząd Wojewódzki w Katowicach (Wydział Rodziny i
  Polityki Społecznej, www.katowice.uw.gov.pl/download/441, the list of May 2026), which the
  project's ``scripts/parse-mops-slaskie.py`` read from the PDF into columns: the centre's
  ``typ`` (the project's MOPS, GOPS or CUS by its name), ``wojewodztwo``, ``powiat``,
  ``gmina``, ``nazwa``, ``kod_pocztowy`` (``42-500``), ``miejscowosc``, ``adres`` (the street
  and number, empty for a few), ``telefon`` (the area code in brackets and the line in
  hyphenated groups, ``(32) 296-21-31``; a few in spaces, ``(32) 649 94 92 (do 97)`` with the
  extensions' range; where the list gives several numbers, the parser joined them with ``|``,
  ``(33) 815-29-92 | (33) 815-32-96``) and ``email`` (the centre's mailbox,
  ``sekretariat@mops.bedzin.pl``).

A centre is kept where every number of its ``telefon`` has the list's shape (``(AA) NNN-NN-NN``
or ``(AA) NNN NN NN``, an extensions' range after it allowed): two rows whose field begins with
a run of other digits the parser took from the PDF (``18 575-222 -40 | (32) 225-76-95``) are
left out, as no number the list gives; where its ``email`` is one address; and where no number
of it is held by an earlier Polish part's data or by a centre kept before it. All kept rows are
kept (fewer than ``CAP``), in the file's order, each as the mapping of all of the table's
columns to the published strings (the table names no person: ``nazwa`` is the centre's name).

    python scripts/pl_slaskie_ops_data.py PL_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_pl_slaskie_ops.json"
CAP = 300
PATH = "raw_dane/slaskie/ops_slaskie.csv"
PHONE, EMAIL = "telefon", "email"
# one number of the list: the area code in brackets, the line in groups, an extensions' range
NUMBER = re.compile(r"\(\d\d\) \d{3}([- ])\d\d\1\d\d(?: \(do \d+\))?")
MAILBOX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the earlier Polish parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_pl_hospitals.json", "pii_pl_courts.json", "pii_pl_sanepid.json",
    "pii_pl_jst_offices.json", "pii_pl_state_forests.json",
)  # fmt: skip
SOURCES = {
    "PL": {
        "repository": "Kaczor4444/kompas-seniora",
        "commit": "8bf20dd12dbe585e74631c9300a0bbb8c4cf864b",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "Śląski Urząd Wojewódzki w Katowicach (the Silesian Voivode's office, "
        "Wydział Rodziny i Polityki Społecznej), its 'Wykaz ośrodków pomocy społecznej w "
        "województwie śląskim' (www.katowice.uw.gov.pl/download/441, May 2026), as the "
        "kompas-seniora project (Kaczor4444) read the PDF into a table (its "
        "scripts/parse-mops-slaskie.py; table added in 01e4b5a, 20 May 2026)",
        "licence": "not confirmed: the repository names no licence (no LICENSE file, none in "
        "its README or package.json), and the voivode's terms for the list were not read here",
        "language": "pl",
        "roles": {"name": "nazwa", "phone": [PHONE], "email": EMAIL,
                  "address": ["adres", "kod_pocztowy", "miejscowosc", "gmina", "powiat"]},
    },
}  # fmt: skip


def numbers_of(value: str) -> list[str]:
    """The numbers of a ``telefon`` field, as written (several joined by ``|``)."""
    return [part.strip() for part in value.split("|")]


def kept(fields: dict[str, str]) -> bool:
    """Whether every number of the row's ``telefon`` has the list's shape and its ``email`` is
    one address."""
    return all(NUMBER.fullmatch(n) for n in numbers_of(fields[PHONE])) and bool(
        MAILBOX.fullmatch(fields[EMAIL].strip())
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept centres of the list, with the commit they were read at."""
    meta = SOURCES["PL"]
    raw = _git(gits["PL"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "48"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        if not kept(row):
            continue
        digits = {digits_of(n.split(" (do")[0]) for n in numbers_of(row[PHONE])}
        if digits & (earlier | seen) or digits_of(row[PHONE]) in earlier:
            continue
        seen |= digits
        found.append({"country": "PL", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "PL", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
