"""Extract the real register that ``pii_held_out_435.py`` writes its records around into
``scripts/data/pii_pl_malopolska_rjps.json``: the phone and e-mail fields of a register no
earlier part used (Poland, a country beside the region asked for, Ukraine's neighbour, taken as
no county's, region's or city's register of Romania, Bulgaria, Hungary or Ukraine was found;
Poland's earlier parts took Eurostat GISCO's hospitals, the Mobberizer app's courts and
sanitary-epidemiological stations, the contact database of local-government units, the State
Forests' offices and the Silesian Voivode's list of social-assistance centres; this one is
another region's register: the Małopolska voivodeship's units of the Rejestr Jednostek Pomocy
Społecznej (RJPS), its communal and municipal ośrodki pomocy społecznej, centra usług
społecznych and the counties' powiatowe centra pomocy rodzinie), exactly as the register
export gives them.

One table of the kompas-seniora project (Kaczor4444), read from a git checkout at a named
commit, values unchanged:

* ``raw_dane/malopolskie/ops_malopolska_geo.csv``: 195 units of the Małopolskie voivodeship,
  in columns: the unit's ``typ`` (OPS, PCPR, CUS, MOPR), ``id_jednostki``, ``wojewodztwo``,
  ``powiat``, ``gmina``, ``nazwa``, ``kod_pocztowy`` (``33-100``), ``miejscowosc``, ``ulica``,
  ``numer_domu``, ``telefon`` (in the register's rows mostly the area code in brackets and the
  line in hyphenated groups, ``(12) 256-10-63``; some in spaces, run together or grouped
  otherwise, ``14 688 21 80``, ``(18) 3347070``, ``513136082``, ``14-615-39-10``; a few fields
  hold two or three numbers joined by ``, `` or by spaces), ``www``, ``email`` (the unit's mailbox),
  ``godziny_pracy``, ``teryt_gminy``, ``latitude``, ``longitude``, ``geo_precyzja`` and
  ``uwagi``, which names each row's source: 126 rows ``źródło: RJPS eksport 06.03.2026`` (the
  register's export), 69 rows ``Źródło: mir.org.pl - wymaga weryfikacji danych kontaktowych``
  (another site, its contact data marked as needing verification, no mailbox and no postcode).

Only the register's rows are read (``uwagi`` beginning ``źródło: RJPS eksport``); the 69 rows of
the other site are left out. A unit is kept where its ``telefon`` holds at least one number and
every number in it (as ``pii_held_out_14.numbers`` splits the field) has nine digits, a Polish
number (one field that runs two numbers together with only spaces between them, ``32 642 84 67
       32 642 94 01``, is left out); where its ``email`` is one address;
and where no number of it is held by an earlier Polish part's data or by a unit kept before it:
125 of the register's 126 rows. All kept rows are kept (fewer than ``CAP``), in the file's
order, each as the mapping of all of the table's columns to the published strings (the table
names no person: ``nazwa`` is the unit's name).

    python scripts/pl_malopolska_rjps_data.py PL_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from pii_held_out_14 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_pl_malopolska_rjps.json"
CAP = 300
PATH = "raw_dane/malopolskie/ops_malopolska_geo.csv"
PHONE, EMAIL = "telefon", "email"
# the register's rows name it in ``uwagi`` (the other site's rows begin "Źródło: mir.org.pl")
REGISTER = "źródło: RJPS eksport"
MAILBOX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the earlier Polish parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_pl_hospitals.json", "pii_pl_courts.json", "pii_pl_sanepid.json",
    "pii_pl_jst_offices.json", "pii_pl_state_forests.json", "pii_pl_slaskie_ops.json",
)  # fmt: skip
SOURCES = {
    "PL": {
        "repository": "Kaczor4444/kompas-seniora",
        "commit": "8bf20dd12dbe585e74631c9300a0bbb8c4cf864b",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "the Rejestr Jednostek Pomocy Społecznej (RJPS) of the Małopolskie "
        "voivodeship, kept by the Małopolski Urząd Wojewódzki w Krakowie, in the export of "
        "6 March 2026 that the rows' 'uwagi' name, as the kompas-seniora project (Kaczor4444) "
        "put it into a table with coordinates (table added in 44341b6, 6 March 2026, last "
        "changed in cf7f8a4, 13 May 2026, which filled 48 mailboxes from the voivode's PDF "
        "data/ops_malopolska_bip_2026-05-13.pdf)",
        "licence": "not confirmed: the repository names no licence (no LICENSE file, none in "
        "its README or package.json), and the voivode's terms for the register were not read "
        "here",
        "language": "pl",
        "roles": {"name": "nazwa", "phone": [PHONE], "email": EMAIL,
                  "address": ["ulica", "numer_domu", "kod_pocztowy", "miejscowosc", "gmina",
                              "powiat"]},
    },
}  # fmt: skip


def numbers_of(value: str) -> list[str]:
    """The numbers of a ``telefon`` field, as ``pii_held_out_14.numbers`` splits it."""
    return [value[s:e] for s, e in numbers(value)]


def kept(fields: dict[str, str]) -> bool:
    """Whether the row is the register's (``uwagi``), its ``telefon`` holds numbers of nine
    digits only (at least one) and its ``email`` is one address."""
    parts = numbers_of(fields[PHONE])
    mail = fields[EMAIL].strip()
    return (
        bool(parts)
        and all(len(digits_of(p)) == 9 for p in parts)
        and sum(c.isdigit() for c in fields[PHONE]) == sum(len(digits_of(p)) for p in parts)
        and bool(MAILBOX.fullmatch(mail))
        and fields.get("uwagi", "").startswith(REGISTER)
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept units of the register, with the commit they were read at."""
    meta = SOURCES["PL"]
    raw = _git(gits["PL"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "48"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        if not kept(row):
            continue
        digits = {digits_of(n) for n in numbers_of(row[PHONE])}
        if digits & (earlier | seen) or digits_of(row[PHONE]) in earlier:
            continue
        seen |= digits
        found.append({"country": "PL", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "PL", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
