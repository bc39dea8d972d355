"""Extract the real list that ``pii_held_out_132.py`` writes its records around into
``scripts/data/pii_za_municipalities.json``: the phone and fax fields of a register no earlier
part used (South Africa's municipalities, metropolitan, local and district, with their contact
details as National Treasury's Municipal Money project keeps them; South Africa's earlier part
took the Department of Basic Education's schools masterlist), exactly as published.

One table of one publisher, read from a git checkout at a named commit, values unchanged:

* ``sql/create/020_scorecard_geography.sql``: a PostgreSQL dump of the ``scorecard_geography``
  table of the Municipal Money site (a project of South Africa's National Treasury with Code
  for South Africa, now OpenUp), its rows in the ``COPY ... FROM stdin`` block as tab-separated
  text: each municipality's id, level (``municipality`` or ``district``), demarcation code
  (``EC139``, ``DC13``, ``CPT``), name and long name (``Enoch Mgijima, Eastern Cape``), area in
  square kilometres, parent level and code, province name and code, category (``A``, ``B``,
  ``C``), postal and street address lines (postal codes of four digits), ``phone_number`` and
  ``fax_number`` as the municipalities' contact list gives them (``045 807 2606``: the area
  code, the exchange and the line with blanks; a few with more lines after a slash,
  ``045 846 0033/0077/0270``, ``014 543 2004/5/6``; one municipality's phone and fax joined
  by a hyphen, ``033-5031035``), the web site, the MIIF category (``B2``) and, for some, the
  2011 population.

Every row with a number of six digits or more in ``phone_number``, in the dump's order (290 of
292: Kagisano/Molopo has no phone, and Indaka's fields stand a column late, its
``phone_number`` holding the postal code ``2920``); each row kept as a mapping of the table's
columns to the published strings, the dump's text escapes decoded and its NULLs (``\\N``) left
out of the mapping (the table names no person: ``name`` is the municipality's).

    python scripts/za_municipalities_data.py ZA_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_za_municipalities.json"
CAP = 600
PATH = "sql/create/020_scorecard_geography.sql"
TABLE = "scorecard_geography"
SOURCES = {
    "ZA": {
        "repository": "OpenUpSA/municipal-data",
        "commit": "d71583ab72204f3fc7cb0d41f523432c444e8765",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "South Africa's National Treasury and Code for South Africa (now OpenUp), "
        "the Municipal Money project (municipaldata.treasury.gov.za): the scorecard_geography "
        "table of municipalities with their contact details; the contacts last updated in "
        "ecb96f2e ('Update to today's latest muni contacts', 9 December 2016), the file as "
        "last changed in d71583ab ('Population data is in the scorecard table', 27 August "
        "2017) and removed from the repository in a342027e (16 February 2021)",
        "licence": "not confirmed: the repository's LICENSE is the MIT licence (Code for South "
        "Africa, 2016), given for its software; no terms for the contact data are named",
        "language": "en",
        "null": "\\N",
        "roles": {
            "name": "name",
            "phone": ["phone_number", "fax_number"],
            "address": ["postal_address_1", "street_address_1", "street_address_2"],
        },
    },
}  # fmt: skip

_ESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}


def _unescape(value: str) -> str:
    """A field of PostgreSQL's COPY text format as the string it stands for."""
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), value)


def copy_rows(sql: str, table: str, null: str) -> list[dict[str, str]]:
    """The rows of ``table``'s ``COPY ... FROM stdin`` block of a pg_dump, each a mapping of
    its columns to the field's text (a NULL field left out)."""
    head = re.search(rf"^COPY {table} \(([^)]*)\) FROM stdin;\n", sql, re.M)
    assert head, table
    columns = [c.strip() for c in head.group(1).split(",")]
    body = sql[head.end() : sql.index("\n\\.\n", head.end())]
    rows = []
    for line in body.split("\n"):
        fields = line.split("\t")
        assert len(fields) == len(columns), line
        rows.append({c: _unescape(v) for c, v in zip(columns, fields, strict=True) if v != null})
    return rows


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the table, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        sql = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": row}
            for i, row in enumerate(copy_rows(sql, TABLE, meta["null"]))
            if _has_phone(row, ["phone_number"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
