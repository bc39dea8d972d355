"""Extract the real registers that ``pii_held_out_502.py`` writes its records around into
``scripts/data/pii_pl_malopolska_seniors.json``: the phone and e-mail fields of two lists no
earlier part used (Poland, whose earlier parts took Eurostat GISCO's hospitals, the Mobberizer
app's courts and sanitary-epidemiological stations, the contact database of local-government
units, the State Forests' offices and the social-assistance centres of the Śląskie and
Małopolskie voivodeships; these are another kind of institution, the support centres for
seniors of the Małopolskie voivodeship: the Senior+ day homes and clubs and the universities of
the third age), exactly as the lists give them.

Two tables of the kompas-seniora project (Kaczor4444), read from a git checkout at a named
commit, values unchanged:

* ``raw_dane/malopolskie/senior_plus_2026-06-02.xlsx``: 107 Senior+ centres of the voivodeship
  (``Klub Senior+`` and ``Dzienny Dom Senior+``, the government's multiannual programme
  Senior+), one sheet: ``Lp.``, ``Rodzaj ośrodka wsparcia``, ``Liczba miejsc``, ``Nazwa
  jednostki samorządu terytorialnego`` (the commune or county that runs it), ``Województwo``,
  ``Adres``, ``Kod``, ``Miejscowość``, ``Telefon`` (one number or several joined by commas,
  ``601 866 870, 18 206 67 74``), ``Email`` (one address or several joined by ``; ``) and
  ``Rok powstania``;
* ``raw_dane/utw_malopolska.csv``: 52 universities of the third age (UTW) of the voivodeship as
  the Małopolska regional portal senioralna.malopolska.pl lists them (its ``zrodlo_url``):
  ``nazwa``, ``typ_placowki``, ``ulica``, ``miejscowosc``, ``kod_pocztowy``, ``powiat``,
  ``wojewodztwo``, ``telefon`` (``(14) 68 496 60``, ``605 43 45 20``, ``667-202-570``),
  ``email``, ``strona_www``, coordinates and the source page.

A row is kept where every number of its telephone field (split at commas) is nine digits in
the lists' groups (blanks, hyphens, the area code in brackets), no extension after it; where
its e-mail field is one address or several joined by ``; `` with no other character (a field
with a trailing blank, a line break or a stray semicolon is left out, not cleaned); and where
no number of it is held by an earlier Polish part's data or by a row kept before it (the
Senior+ list gives one commune's number for several of its clubs: the first is kept). All kept
rows are kept (fewer than ``CAP``), the Senior+ list's first, each in its file's order, as the
mapping of all of its table's columns to the published strings.

    python scripts/pl_malopolska_seniors_data.py PL_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from do_sns_centers_data import sheet_rows
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_pl_malopolska_seniors.json"
CAP = 400
SENIOR_PLUS = "raw_dane/malopolskie/senior_plus_2026-06-02.xlsx"
UTW = "raw_dane/utw_malopolska.csv"
# (path, telephone column, e-mail column)
TABLES = ((SENIOR_PLUS, "Telefon", "Email"), (UTW, "telefon", "email"))
# one number of the lists: nine digits in groups of blanks or hyphens, the area code bracketed
NUMBER = re.compile(r"(?:\(\d\d\) ?)?\d[\d -]*\d")
MAILBOX = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
MAILBOXES = re.compile(rf"{MAILBOX}(?:; {MAILBOX})*")
# the earlier Polish parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_pl_hospitals.json", "pii_pl_courts.json", "pii_pl_sanepid.json",
    "pii_pl_jst_offices.json", "pii_pl_state_forests.json", "pii_pl_slaskie_ops.json",
    "pii_pl_malopolska_rjps.json",
)  # fmt: skip
SOURCES = {
    "PL": {
        "repository": "Kaczor4444/kompas-seniora",
        "commit": "8bf20dd12dbe585e74631c9300a0bbb8c4cf864b",
        "paths": [SENIOR_PLUS, UTW],
        "encoding": "xlsx (Office Open XML, shared strings); utf-8 csv",
        "publisher": "the Senior+ centres of the Małopolskie voivodeship (the list of the "
        "programme Senior+, the file named for 2 June 2026) and the universities of the third "
        "age of the Małopolska regional portal senioralna.malopolska.pl, as the "
        "kompas-seniora project (Kaczor4444) keeps them in its raw_dane folder",
        "licence": "not confirmed: the repository names no licence (no LICENSE file, none in "
        "its README or package.json), and the publishers' terms for the lists were not read "
        "here",
        "language": "pl",
        "roles": {"name": ["Nazwa jednostki samorządu terytorialnego", "nazwa"],
                  "phone": ["Telefon", "telefon"], "email": ["Email", "email"],
                  "address": ["Adres", "Kod", "Miejscowość", "ulica", "kod_pocztowy",
                              "miejscowosc"]},
    },
}  # fmt: skip


def numbers_of(value: str) -> list[str]:
    """The numbers of a telephone field, as written (several joined by commas)."""
    return [part.strip() for part in value.split(",")]


def kept(phone: str, email: str) -> bool:
    """Whether every number of the telephone field is nine digits in the lists' groups and the
    e-mail field is one address or several joined by ``; ``."""
    numbers = numbers_of(phone)
    return (
        all(NUMBER.fullmatch(n) and len(digits_of(n)) == 9 for n in numbers)
        and phone == phone.strip()
        and bool(MAILBOXES.fullmatch(email))
    )


def table(git: Path, path: str) -> list[dict[str, str]]:
    """The rows of one of the two tables, as published."""
    raw = _git(git, "show", f"{SOURCES['PL']['commit']}:{path}")
    if path.endswith(".xlsx"):
        return sheet_rows(raw)
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of both lists, with the commit they were read at."""
    earlier, seen = earlier_numbers(DATA, EARLIER, "48"), set()
    found = []
    for path, phone, email in TABLES:
        for i, row in enumerate(table(gits["PL"], path)):
            if not kept(row[phone], row[email]):
                continue
            digits = {digits_of(n) for n in numbers_of(row[phone])}
            if digits & (earlier | seen):
                continue
            seen |= digits
            found.append({"country": "PL", "path": f"{path}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "PL", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
