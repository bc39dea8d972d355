"""Extract the real register that ``pii_held_out_191.py`` writes its records around into
``scripts/data/pii_it_puglia_accommodation.json``: the phone, fax and e-mail fields of a
register no earlier part used (Italy, whose earlier parts took ICCU's libraries, Regione
Lombardia's accredited care homes and the comuni's contacts; this one is Regione Puglia's
register of accommodation businesses, another publisher and another kind of institution),
exactly as the register gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``db/ricettive.csv``: the "Elenco strutture ricettive" of Puglia's regional tourism agency
  (ARET Pugliapromozione) as the regional open-data portal published it in 2015 (5,242 rows,
  Windows-1252, comma-separated, every field quoted), copied into the repository
  piersoft/RicettivitaPuglia (a Telegram bot that answers from it). Each row is one
  accommodation business: its name, kind (``tipologia``), star rating, rooms, bathrooms, beds,
  address, postcode, ISTAT municipality code, municipality and province, coordinates (often
  empty), ``telefono`` and ``fax`` as each business gave them (``099 7716362``,
  ``0832-345678``, ``0995333281-2``, ``080/5615515 - 0884/999000``, ``0884917365``), web site,
  ``email`` and opening period.

Only the rows of kinds that are businesses with premises of their own are kept (hotels,
residence hotels, campsites, holiday villages, holiday houses of bodies, youth hostels): the
bed-and-breakfasts, room lets, holiday flats and farm stays, which private persons often run
from their homes, are left out. Of those, every row with a number of six digits or more in
``telefono``, no bracket in ``telefono`` or ``fax`` (five write ``(+39)``) and every digit of
both in a whole number of seven digits or more (``whole_numbers``: 52 rows such as ``0836 -
943513`` or ``0831 304004 / 332093``, and those with a six-digit fax, are left out, their
numbers being no whole number each) is kept, a seeded sample of ``CAP`` in the file's order;
each row as a mapping of the file's columns to the published strings, less the long service,
price and photo columns.

    python scripts/it_puglia_accommodation_data.py IT_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers as runs
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_it_puglia_accommodation.json"
CAP = 360
KINDS = (
    "Alberghi", "Residenze turistico alberghiere", "Campeggi", "Villaggi turistici",
    "Case per ferie", "Ostelli della giovent&ugrave;",
)  # fmt: skip
DROPPED = (
    "servizi_generali", "servizi_camera", "prezzo_alta_stagione_o_unica",
    "prezzo_bassa_stagione", "foto1", "foto2", "foto3", "foto4", "foto5",
)  # fmt: skip
SOURCES = {
    "IT": {
        "repository": "piersoft/RicettivitaPuglia",
        "commit": "891e866c0848e797a2530cce890fc3afeafc709f",
        "path": "db/ricettive.csv",
        "encoding": "cp1252",
        "publisher": "Regione Puglia, Agenzia Regionale del Turismo (ARET) Pugliapromozione, "
        "Elenco strutture ricettive, published on the regional open-data portal "
        "(www.dataset.puglia.it/dataset/elenco-strutture-ricettive); copied into the "
        "repository in its first commit, 891e866 ('prima versione', 29 February 2016)",
        "licence": "Italian Open Data License v2.0 (IODL 2.0), as the repository's LICENSE "
        "file and its bot's welcome message name it for the data set ('Data from "
        "http://www.dataset.puglia.it/dataset/elenco-strutture-ricettive Lic. Iodl2.0'); the "
        "portal's own page was not read here; the repository's MIT licence covers its code",
        "language": "it",
        "roles": {
            "name": "denominazione",
            "phone": ["telefono"],
            "fax": ["fax"],
            "email": "email",
            "address": ["indirizzo", "cap", "comune", "provincia"],
        },
    },
}  # fmt: skip


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone or fax field: the runs ``pii_held_out_11.numbers``
    reads, each split again at a ``/`` between two pieces of seven digits or more (two whole
    numbers: ``0831521234/0831521235``); a shorter piece before ``/`` is the area code of the
    number after it (``080/4413961``) and a shorter one after it the alternative last digits of
    the number before it (``0831-521234/521235``), each kept with that number."""
    out = []
    for s, e in runs(field):
        pieces = [m for m in re.finditer(r"[^/]+", field[s:e]) if m.group().strip()]
        groups: list[list[re.Match[str]]] = []
        for piece in pieces:
            digits = sum(c.isdigit() for c in piece.group())
            before = sum(c.isdigit() for p in groups[-1] for c in p.group()) if groups else 0
            if not groups or (digits >= 7 and before >= 7):
                groups.append([piece])
            else:
                groups[-1].append(piece)
        for group in groups:
            first, last = group[0], group[-1]
            start = s + first.start() + len(first.group()) - len(first.group().lstrip())
            end = s + last.start() + len(last.group().rstrip())
            out.append((start, end))
    return out


def whole_numbers(field: str) -> bool:
    """Whether every digit of a phone or fax field lies in a number ``numbers`` reads of seven
    digits or more (``0836 - 943513``, whose area code stands apart from its line, and
    ``0831 304004 / 332093``, whose second line is written without its area code, are not)."""
    found = [field[s:e] for s, e in numbers(field)]
    digits = [sum(c.isdigit() for c in n) for n in found]
    return sum(digits) == sum(c.isdigit() for c in field) and all(d >= 7 for d in digits)


def _kept(row: dict[str, str]) -> bool:
    """A business of a kept kind with a number in ``telefono``, no bracket in its numbers, and
    every number of ``telefono`` and ``fax`` whole (``whole_numbers``)."""
    return (
        row["tipologia"] in KINDS
        and _has_phone(row, ["telefono"])
        and "(" not in row["telefono"] + row["fax"]
        and whole_numbers(row["telefono"])
        and whole_numbers(row["fax"])
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    meta = SOURCES["IT"]
    raw = _git(gits["IT"], "show", f"{meta['commit']}:{meta['path']}")
    table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
    found = [
        {
            "country": "IT",
            "path": f"{meta['path']}#{i}",
            "fields": {k: v for k, v in row.items() if k not in DROPPED},
        }
        for i, row in enumerate(table)
        if _kept(row)
    ]
    return {"sources": SOURCES, "rows": seeded_sample(found, "IT", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
