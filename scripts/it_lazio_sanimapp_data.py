"""Extract the real register that ``pii_held_out_447.py`` writes its records around into
``scripts/data/pii_it_lazio_sanimapp.json``: the phone fields of a register no earlier part
used (Italy, whose earlier parts took ICCU's libraries, Regione Lombardia's accredited care
homes, the comuni's contacts, Puglia's and Piemonte's accommodation, the Ministry of Justice's
offices of the justices of the peace and its prisons, the Ministry of Health's consultori, the
prefectures' contacts, Piemonte's museums and Lombardia's sports centres; this one is another
kind of institution: the Lazio health services for foreigners without a residence permit or
health-service registration, the ASLs' offices that issue the STP and ENI codes and their
general-medicine clinics, as the 'Sanimapp' list gives them), exactly as the list gives them.

One file of the emergenzeHack project's ``covid19italia`` site (covid19italia.help), read from
a git checkout at a named commit, values unchanged:

* ``_utilities/Sanimapp.csv``: 167 services of Lazio (Roma 118, Latina 21, Viterbo 17, Rieti 7,
  Frosinone 4 by ``Provincia``), each with its ``Indirizzo`` (``Roma, Via Luigi Luzzatti, 8``),
  ``Città``, ``Provincia``, ``Servizio`` (``Rilascio STP/ENI``, ``Ambulatorio di medicina
  generale`` or both), ``Orari`` (opening hours, free text, some over two lines), ``Nome``
  (mostly empty: a building or a floor, ``Cittadella della Salute``), ``Numero di Telefono``
  (Italian numbers with the area code and a hyphen, ``06-68353565``, ``0761-236764``; some
  with a short alternative ending after a slash, ``06-68353113 / 3127``; a few with two
  numbers, ``0774-779751 / 0774-779122``, ``0761-1860420 fax 0761-1860439``, or labels,
  ``Pediatria: 06-68356263``; empty in 43) and the coordinates ``x`` and ``y`` with a decimal
  comma (``12,4656946650698``). The repository names no source for the list.

A service is kept where its ``Numero di Telefono`` holds seven digits or more, none of whose
numbers (each number as ``pii_held_out_14.numbers`` finds it, and the field's digits whole) an
earlier Italian part's data holds, and whose field no service kept before it has (the first of
services that share a line), in the file's order (no sample: fewer than 300). Each is kept as
the mapping of all of the file's columns to the published strings (the list names no person).

    python scripts/it_lazio_sanimapp_data.py IT_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from pii_held_out_14 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_it_lazio_sanimapp.json"
CAP = 300
PATH = "_utilities/Sanimapp.csv"
PHONE = "Numero di Telefono"
# the earlier Italian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_it_libraries.json", "pii_it_lombardia_rsa.json", "pii_it_comuni_contacts.json",
    "pii_it_puglia_accommodation.json", "pii_it_piemonte_accommodation.json",
    "pii_it_giudici_di_pace.json", "pii_it_prisons.json", "pii_it_consultori.json",
    "pii_it_prefetture.json", "pii_it_piemonte_musei.json",
    "pii_it_lombardia_centri_sportivi.json",
)  # fmt: skip
SOURCES = {
    "IT": {
        "repository": "emergenzeHack/covid19italia",
        "commit": "dbf1d5fa4a625b2416eef2508d760c2ce3be1d98",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "a list of Lazio's health services for foreigners (the ASLs' offices "
        "issuing STP/ENI codes and their general-medicine clinics), 'Sanimapp', as the "
        "emergenzeHack project's covid19italia site keeps it among its utilities (file added "
        "in 9890f29, 26 April 2020); the repository names no source for the list: not "
        "confirmed",
        "licence": "MIT for the repository (its LICENSE, 'Copyright (c) 2016 Dean Attali', the "
        "site theme's); terms for the list itself not confirmed",
        "language": "it",
        "roles": {"name": "Nome", "phone": [PHONE], "address": ["Indirizzo", "Città",
                                                                "Provincia"]},
    },
}  # fmt: skip


def numbers_of(value: str) -> list[str]:
    """The digits of each number of a phone field (``pii_held_out_14.numbers``)."""
    return [digits_of(value[s:e]) for s, e in numbers(value)]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept services of the list, with the commit it was read at."""
    meta = SOURCES["IT"]
    raw = _git(gits["IT"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "39"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        whole = digits_of(row[PHONE])
        if len(whole) < 7 or whole in seen or whole in earlier:
            continue
        if any(n in earlier for n in numbers_of(row[PHONE])):
            continue
        seen.add(whole)
        found.append({"country": "IT", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "IT", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
