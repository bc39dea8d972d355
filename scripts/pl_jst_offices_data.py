"""Extract the real register that ``pii_held_out_311.py`` writes its records around into
``scripts/data/pii_pl_jst_offices.json``: the phone, fax and e-mail fields of a register no
earlier part used (Poland's local-government units and their offices, the "Baza teleadresowa
jednostek samorządu terytorialnego"; Poland's earlier parts took Eurostat GISCO's list of
hospitals and the Mobberizer app's lists of common courts and sanitary-epidemiological
stations), exactly as the register gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``csv_Baza_teleadresowa_jst_stan_na_19_05_2021.csv``: the contact database of Poland's
  local-government units as of 19 May 2021, a semicolon-delimited CSV in Windows-1250 (cp1250)
  as dane.gov.pl publishes it, one row per unit: the 16 voivodeships (their marshal's offices),
  the 314 counties (their starostwa), the 66 cities with county rights, the 2,411 communes
  (urban, rural and urban-rural) and 18 districts of Warsaw, each with ``Kod_TERYT`` (seven
  digits), ``nazwa_samorządu``, ``Województwo``, ``Powiat``, ``typ_JST`` (``W``, ``P``, ``MNP``,
  ``GM``, ``GW``, ``GMW``, ``dzielnica``), ``nazwa_urzędu_JST`` (the office, ``Urząd Gminy
  Borów``), the office's address (``miejscowość``, ``Kod pocztowy`` ``57-160``, ``poczta``,
  ``Ulica``, ``Nr domu``), its telephone as two fields, the area code in ``telefon kierunkowy``
  (``71``) and the subscriber number in ``telefon`` (``3933221``; three with trailing line
  breaks, two in groups, ``7 856 600``), a second number in ``telefon 2`` (seven digits of the
  same area, or a nine-digit mobile, ``795119657``), an extension in ``wewnętrzny`` (``745``,
  ``31 lub 32``), the fax in ``FAX kierunkowy`` and ``FAX`` (``3933035``, some hyphenated,
  ``817-14-24``) with ``FAX wewnętrzny``, the office's general e-mail address (``ogólny adres
  poczty elektronicznej gminy/powiatu/województwa``, a few with a trailing blank or no-break
  space), its web address (``adres www jednostki``) and its ePUAP box (``ESP``,
  ``/UMBoleslawiec/skrytka``).

The file was copied into the repository michalwisnia/Teryt (a student project that checks the
database against the offices' web pages) in its first commit. Every row whose ``telefon``
holds a number (all of them), a seeded sample of 360 in the file's order; each row kept as a
mapping of the file's named columns to the published strings (the 20 unnamed empty columns
after ``ESP`` left out; the register names no person: its names are the units' and their
offices').

    python scripts/pl_jst_offices_data.py PL_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pl_jst_offices.json"
CAP = 360
PATH = "csv_Baza_teleadresowa_jst_stan_na_19_05_2021.csv"
SOURCES = {
    "PL": {
        "repository": "michalwisnia/Teryt",
        "commit": "e2478f911805bb6059541f0155ddb5373a0117c8",
        "paths": [PATH],
        "encoding": "cp1250",
        "publisher": "the contact database of Poland's local-government units (Baza "
        "teleadresowa jednostek samorządu terytorialnego, state of 19 May 2021: the offices of "
        "the voivodeships, counties, cities with county rights, communes and Warsaw's "
        "districts), as published on dane.gov.pl (dataset 1489, 'Dane teleadresowe JST w "
        "Polsce'); copied into the repository in its first commit, d57b552 ('init'), unchanged "
        "since",
        "licence": "not confirmed: the repository has no LICENSE file and names no terms; the "
        "terms of the dataset on dane.gov.pl were not read here",
        "language": "pl",
        "roles": {
            "name": "nazwa_urzędu_JST",
            "phone": ["telefon", "telefon 2", "FAX"],
            "email": "ogólny adres poczty elektronicznej gminy/powiatu/województwa",
            "address": ["Ulica", "Nr domu", "Kod pocztowy", "poczta"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""), delimiter=";")
        found = [
            {
                "country": country,
                "path": f"{PATH}#{i}",
                "fields": {k: v for k, v in row.items() if k},
            }
            for i, row in enumerate(table)
            if _has_phone(row, ["telefon"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
