"""Extract the real register that ``pii_held_out_153.py`` writes its records around into
``scripts/data/pii_fi_public_libraries.json``: the phone and e-mail fields of a register no
earlier part used (Finland's public libraries as the Finnish Library Directory, Kirjastot.fi's
Kirjastohakemisto, gives them through its Kirkanta API; no earlier part took a Finnish
register), exactly as the directory gives them.

``app/libraries.sqlite`` of the repository AnttiRask/BiblioStatus: the SQLite file of a map of
Finnish public libraries' opening status, whose ``fetch_library_data.R`` fills its
``libraries`` table from ``https://api.kirjastot.fi/v4/library`` (``type=municipal``, with
``primaryContactInfo`` and ``services``), one row a municipal library or branch: its directory
id (``84919``), name (``Viikin kirjasto``), coordinates, municipality, web page, the primary
contact's phone number (``primaryContactInfo.phone.number``) and e-mail address
(``primaryContactInfo.email.email``) and its address joined as street, postcode and town
(``Viikinkaari 11, 00790, Helsinki``); and a ``library_services`` table of the services each
offers (``Kokoustilat``, ``Digituki``). 720 rows, 578 with a phone number: Finnish numbers as
the libraries entered them, national with the trunk ``0`` (``09 3108 5071``, ``040 723 0570``,
``(014) 267 1249``, ``044-7426630``; Åland's ``018 56 216``; two written ``358504 723364``).

A seeded sample of ``CAP`` of the rows with a number of six digits or more in
``library_phone``, in the table's order, each kept as a mapping of the table's columns to the
stored values (numbers as their shortest decimal strings: ``id`` ``84919``, ``lat``
``60.2271``), columns the row leaves empty (NULL) left out, and the row's services (the
``library_services`` rows of its id, in the table's order) as a list, with one exception: the
``library_email`` field is kept only where its local part names no person: its first word
(before ``.``, ``_``, ``-`` or a digit) is a word of an office or service (``ROLE``:
``kirjasto``, ``biblioteket``, ``neuvonta``, ...), or it holds ``kirja`` or ``bibl``, or its
first four letters or more are a run of the library's own name, address or municipality
(``lohtajan.kirjasto@`` of Lohtajan kirjasto, ``halsukir@`` of Halsuan kirjasto; Finnish and
Swedish letters folded to ASCII); the others, a person's given name and surname, are left out,
so no record needs a person's name. No other column names a person (its names are the
libraries', its addresses their premises).

    python scripts/fi_public_libraries_data.py FI_GIT
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fi_public_libraries.json"
CAP = 240
EMAIL = "library_email"
# the first words of the local parts that name an office or a service, not a person
ROLE = frozenset({
    "asiakaspalvelu", "bibl", "bibliotek", "biblioteket", "info", "kaupunginkirjasto",
    "kirjasto", "kirjastopalvelut", "kunnankirjasto", "neuvonta", "paakirjasto",
    "tietopalvelu",
})  # fmt: skip
SOURCES = {
    "FI": {
        "repository": "AnttiRask/BiblioStatus",
        "commit": "3ce0c1e8a4ff9de3248e5b9a58be25c44edae2f7",
        "path": "app/libraries.sqlite",
        "publisher": "the Finnish Library Directory (Kirjastohakemisto) of Kirjastot.fi, "
        "the libraries' web service run by Helsinki City Library, as its Kirkanta API v4 "
        "(api.kirjastot.fi/v4/library, type=municipal) returns Finland's municipal public "
        "libraries and branches with their primary contact details; stored by the "
        "repository's GitHub Actions job in app/libraries.sqlite, the commit read here "
        "'Update database 2026-08-22 02:48 UTC'",
        "licence": "not confirmed: the repository is under the MIT License (its LICENSE, "
        "Antti Rask, 2025), which covers its code; the terms of the Kirkanta API's data were "
        "not read here",
        "language": "fi",
        "roles": {"name": "library_branch_name", "phone": ["library_phone"], "email": EMAIL,
                  "register": "id", "address": "library_address", "town": "city_name"},
    },
}  # fmt: skip


def fold(value: str) -> str:
    """``value``'s letters, lower case, Finnish and Swedish letters folded to ASCII."""
    ascii_ = unicodedata.normalize("NFKD", value.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_)


def office_email(row: dict[str, Any]) -> bool:
    """Whether the row's e-mail field is one well-formed address whose local part names an
    office or service (``ROLE``, ``kirja``, ``bibl``) or begins with a run of four letters or
    more of the library's own name, address or municipality."""
    value = (row.get(EMAIL) or "").strip()
    if not re.fullmatch(r"[^@\s/;,]+@[^@\s/;,]+\.[A-Za-z]{2,}", value):
        return False
    local = value.split("@")[0].lower()
    first = re.split(r"[._\-0-9]", local)[0]
    if first in ROLE or "kirja" in local or "bibl" in local:
        return True
    own = fold(
        " ".join(
            str(row.get(k) or "") for k in ("library_branch_name", "library_address", "city_name")
        )
    )
    letters = fold(first)
    return any(letters[:n] in own for n in range(len(letters), 3, -1))


def _value(value: Any) -> str:
    """A stored value as a string (a number as its shortest decimal string)."""
    return value if isinstance(value, str) else repr(value)


def _kept(row: dict[str, Any], services: list[str]) -> dict[str, Any]:
    """The row's non-empty columns as strings, less its e-mail field where that names a
    person, with its services."""
    fields: dict[str, Any] = {
        k: _value(v) for k, v in row.items() if v is not None and (k != EMAIL or office_email(row))
    }
    fields["library_services"] = services
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "libraries.sqlite"
            db.write_bytes(raw)
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            con.row_factory = sqlite3.Row
            table = [dict(r) for r in con.execute("SELECT * FROM libraries ORDER BY rowid")]
            services: dict[int, list[str]] = {}
            for lib, name in con.execute(
                "SELECT library_id, service_name FROM library_services ORDER BY rowid"
            ):
                services.setdefault(lib, []).append(name)
            con.close()
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#{i}",
                "fields": _kept(row, services.get(row["id"], [])),
            }
            for i, row in enumerate(table)
            if _has_phone({k: v or "" for k, v in row.items()}, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
