"""Extract the real register that ``pii_held_out_118.py`` writes its records around into
``scripts/data/pii_it_lombardia_rsa.json``: the phone and fax fields of a register no earlier
part used (Italy, whose earlier part took ICCU's libraries; this one is Regione Lombardia's
accredited care homes for the elderly), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``IT``: Regione Lombardia's "Elenco RSA Accreditate" (the residenze sanitario-assistenziali
  accredited in 2012, one row per home, by ASL), as the Socrata portal dati.lombardia.it exported
  it (view ``vef4-8fnp``, rows updated 2013) and the repository dvcama/socrata2triples kept it as
  ``package.lombardia.example.js``: Italian numbers as the register writes them, the area code
  and the subscriber number split by a slash (``035/759031``, ``0364/42046``), some with an
  extension after a second slash (``035/759031/411``), a few run together without the trunk
  ``0`` (``376893150``).

Every row of the export's ``data`` array with a number of six digits or more in ``TEL``, a seeded
sample of 600 when more have one. Each row is kept as a mapping of the export's column names to
the published values (the Socrata bookkeeping columns left out, ``null`` as ""). The ``E-MAIL``
column is left out: several addresses name a person, and most were broken by the register's
conversion from a PDF (spaces and line breaks inside the address).

    python scripts/it_lombardia_rsa_data.py IT_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_it_lombardia_rsa.json"
CAP = 600
OPENING = "var a = "
DROPPED = ("E-MAIL",)
SOURCES = {
    "IT": {
        "repository": "dvcama/socrata2triples",
        "commit": "b192e0b306e00eeca73984440ab9b44ea5d0df3f",
        "path": "package.lombardia.example.js",
        "encoding": "utf-8",
        "publisher": "Regione Lombardia (attribution of the export), its 'Elenco RSA "
        "Accreditate' ('Elenco delle Strutture di Ricovero per Anziani accreditate', category "
        "Sanità) on the Socrata portal dati.lombardia.it, view vef4-8fnp, as the export kept in "
        "the repository's first commit (21 February 2013) holds it",
        "licence": "Italian Open Data License 2.0 (IODL 2.0), as the export's own metadata "
        "names it (licenseId 'IODL', termsLink http://www.dati.gov.it/iodl/2.0/); the "
        "repository itself has no LICENSE file",
        "language": "it",
        "roles": {"name": "DENOMINAZIONE_STRUTTURA", "phone": ["TEL"], "fax": "FAX",
                  "address": "INDIRIZZO", "postcode": "CAP", "city": "COMUNE"},
        "kept_columns": ["ASL", "DENOMINAZIONE_STRUTTURA", "COMUNE", "INDIRIZZO", "CAP", "TEL",
                         "FAX", "POSTI_LET TO_TOTAL I_ACCREDI TATI",
                         "POSTI_LET TO_ALZHE IMER_ACC REDITATI"],
    },
}  # fmt: skip


def _rows(text: str) -> list[tuple[int, dict[str, str]]]:
    """The export's ``data`` rows as (Socrata ``sid``, {column name: value}): the object after
    ``var a = ``, its columns named as ``meta.view.columns`` names them, bookkeeping columns
    (id ``-1``) and ``DROPPED`` left out, ``null`` as ""."""
    export = json.loads(text[text.index(OPENING) + len(OPENING) :])
    columns = export["meta"]["view"]["columns"]
    out = []
    for values in export["data"]:
        row = {
            column["name"]: "" if value is None else str(value)
            for column, value in zip(columns, values, strict=True)
            if column["id"] != -1 and column["name"] not in DROPPED
        }
        out.append((int(values[0]), row))
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{sid}", "fields": row}
            for sid, row in _rows(raw.decode(meta["encoding"]))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
