"""Extract the real register that ``pii_held_out_145.py`` writes its records around into
``scripts/data/pii_de_nrw_schools.json``: the phone, fax and e-mail fields of a register no
earlier part used (North Rhine-Westphalia's schools in the Ministry of Schools' open
Schulgrunddaten; Germany's earlier parts took Berlin's schools and Chemnitz's day-care centres),
exactly as the ministry gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``schuldaten.csv``: the ministry's ``schuldaten.csv`` (schulministerium.nrw.de, BiPo OpenData) as
  the repository committed it on 8 September 2021, UTF-8, ``;``-separated, every field quoted, its
  first line ``sep=;`` (the hint spreadsheet programs read) before the header; 5,507 schools, each
  with its six-digit school number (``100000``), school form and legal form codes, three name lines
  and a short name, postcode, town and street, the area code and the subscriber's number of its
  telephone in two columns (``Telefonvorwahl`` ``0234``, ``Telefon`` ``9388231``), of its fax the
  same (``Faxvorwahl``, ``Fax``), the school's mailbox (``100000@schule.nrw.de``: the school number
  at the ministry's domain, no person's name), web page, provider number, municipality key
  (``05911000``), operation key and date, and its UTM coordinates (EPSG:25832).

Kept are the rows whose ``Telefon`` holds six digits or more and whose ``Fax`` is empty or holds six
digits or more (3,457 of 5,507; the others give a phone or fax number of fewer digits, the
subscriber's number of a long area code alone, ``3894`` beside ``05253``, which the labelling policy
would leave unlabelled), a seeded sample of ``CAP``, in the file's order; each kept as a mapping of
the file's columns to the published strings (the header's trailing ``;`` names an empty column, left
out; no column names a person).

    python scripts/de_nrw_schools_data.py DE_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_de_nrw_schools.json"
CAP = 400
PATH = "schuldaten.csv"
SOURCES = {
    "DE": {
        "repository": "auchtetraborat/nrw-school-scraper-compare",
        "commit": "dd4420ab4e3a62bf5d2888dc98ec639b04906486",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministerium für Schule und Bildung des Landes Nordrhein-Westfalen, its "
        "open data set Schulgrunddaten NRW (schulministerium.nrw.de/BiPo/OpenData/Schuldaten/"
        "schuldaten.csv, listed on open.nrw as schulgrunddaten_nrw_1572515479); copied into the "
        "repository in its one commit dd4420a ('init', 8 September 2021), whose README names "
        "the file's address and its licence",
        "licence": "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0, "
        "https://www.govdata.de/dl-de/by-2-0), as the repository's README states for the "
        "ministry's data; the repository has no LICENSE file of its own; the licence was not "
        "checked on open.nrw here",
        "language": "de",
        "roles": {"name": "Schulbezeichnung_1", "phone": ["Telefon"], "fax": ["Fax"],
                  "email": "E-Mail", "area_code": "Telefonvorwahl", "address": ["Strasse"]},
    },
}  # fmt: skip


def _kept(row: dict[str, str]) -> bool:
    """A telephone number of six digits or more and a fax that is empty or as long."""
    return _has_phone(row, ["Telefon"]) and (not row["Fax"] or _has_phone(row, ["Fax"]))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit they were read at."""
    meta = SOURCES["DE"]
    raw = _git(gits["DE"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    hint, body = raw.split("\n", 1)
    assert hint == "sep=;", hint
    table = csv.DictReader(io.StringIO(body, newline=""), delimiter=";")
    found = [
        {"country": "DE", "path": f"{PATH}#{i}", "fields": {k: v for k, v in row.items() if k}}
        for i, row in enumerate(table)
        if _kept(row)
    ]
    return {"sources": SOURCES, "rows": seeded_sample(found, "DE", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
