"""Extract the real register that ``pii_held_out_425.py`` writes its records around into
``scripts/data/pii_fi_turku_evaka_units.json``: the phone and e-mail fields of a register no
earlier part used (Finland, whose earlier parts took the Finnish Library Directory's public
libraries of Kirjastot.fi and the City of Helsinki's errand services; this one is the City of
Turku's register of its early childhood education units, the day-care centres, pre-school
units and clubs of the city and of the private providers it pays by service voucher, as the
city loaded it into its eVaka early childhood education system), exactly as the city wrote them.

One file of the City of Turku's ``evakaturku`` repository, read from a git checkout at a named
commit, values unchanged:

* ``service/src/main/resources/migration-archive/afterMigrate__3_daycare.sql``: one PostgreSQL
  ``INSERT INTO public.daycare (...) VALUES (...), ... ON CONFLICT (id) DO NOTHING;`` statement
  (the base data of the whole city, "koko Turun pohjadata", committed in November 2022 and kept
  in the migration archive with an SPDX header since July 2025) with 281 units, each with its
  eVaka id (a UUID), ``name``, ``type`` (a PostgreSQL array: ``{PRESCHOOL,CENTRE}``,
  ``{CENTRE}``, ``{CLUB}``, ``{FAMILY}``), care area, ``phone`` (the digits of a Finnish number
  after the calling code 358 with no plus, ``358504128087``; one field holds two numbers joined
  by ``ja``, some end in a space), ``url``, opening and closing periods, ``email`` (the unit's
  mailbox or its director's work address, ``minna.poyhonen@edu.turku.fi``; some with a
  trailing space, one two addresses joined by ``ja``), the unit manager's id, cost centre,
  capacity, the names on decisions, ``street_address``, ``postal_code``, ``post_office``,
  ``location`` (a PostgreSQL point, longitude first), ``provider_type`` (``MUNICIPAL``,
  ``PRIVATE_SERVICE_VOUCHER``), ``language``, the Opintopolku organisation OIDs of the unit and
  of its organiser and the operation days.

A unit is kept where it is a centre, pre-school unit or club (the 103 ``{FAMILY}`` units, family
day carers named by their own names and reached on their own phones, are private persons and
left out), where the register gives it no closing date (the units still open when the data was
loaded), where it is no test unit (two, ``Koepäiväkoti (testausta varten)``, are left out) and
where its ``phone`` holds a number of seven digits or more whose digits no earlier Finnish
part's data holds (none does); all of them are kept (fewer than ``CAP``), in the file's order.
Units of one provider or one director may share a number (60 of the kept units share theirs
with another): each is kept, a row of its own. Each is kept as the mapping of all of the
statement's columns to the values as the statement writes them (strings unchanged, trailing
spaces included; ``null`` as None; numbers and booleans are quoted strings in the statement and
stay strings).

    python scripts/fi_turku_evaka_units_data.py FI_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mx_jesus_maria_data import _sql_string
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_fi_turku_evaka_units.json"
CAP = 400
PATH = "service/src/main/resources/migration-archive/afterMigrate__3_daycare.sql"
PHONE = "phone"
# the earlier Finnish parts' data (no number of theirs is taken again)
EARLIER = ("pii_fi_public_libraries.json", "pii_fi_helsinki_errand_phones.json")
SOURCES = {
    "FI": {
        "repository": "City-of-Turku/evakaturku",
        "commit": "f11a2df868def1af12f8efe1a8b080032beebd66",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "City of Turku (Turun kaupunki), its register of early childhood "
        "education units (day-care centres, pre-school units and clubs, municipal and "
        "service-voucher ones) as the city loaded it into its eVaka system (commit 329044b, "
        "8 November 2022, '384-koko-turun-pohjadata - daycares'; moved to the migration "
        "archive in 1b55ae3, 14 April 2023; SPDX header added in f11a2df, 7 July 2025)",
        "licence": "LGPL-2.1-or-later by the file's SPDX header ('SPDX-FileCopyrightText: "
        "2023-2025 City of Turku'); the repository's LICENSE at that commit is MIT "
        "('Copyright (c) 2022 City of Turku'); terms for the register's data themselves not "
        "confirmed",
        "language": "fi",
        "roles": {"name": "name", "phone": [PHONE], "email": "email",
                  "address": ["street_address", "postal_code", "post_office"],
                  "register": "id", "kind": "type"},
    },
}  # fmt: skip
TABLE = "public.daycare"
# the name of the register's one test unit (not a place of care)
TEST_UNIT = "(testausta varten)"


def _blanks(dump: str, i: int) -> int:
    """The index of the first character from ``i`` on that is no blank or line break."""
    while dump[i] in " \t\r\n":
        i += 1
    return i


def insert_rows(dump: str, table: str) -> list[dict[str, str | None]]:
    """Every row of the dump's one PostgreSQL ``INSERT INTO table (...) VALUES (...), ...``
    statement as a mapping of its columns to the values (quoted strings unescaped, ``null`` in
    either case as None, anything else as written), blanks between values allowed."""
    assert "\\" not in dump, "a PostgreSQL literal here has no backslash escapes"
    head = re.search(rf"INSERT INTO {re.escape(table)} \(([^)]*)\)\s*VALUES\s*", dump)
    columns = [c.strip() for c in head.group(1).split(",")]
    rows: list[dict[str, str | None]] = []
    i = head.end()
    while True:
        assert dump[i] == "(", dump[i : i + 40]
        values: list[str | None] = []
        while True:
            i = _blanks(dump, i + 1)
            if dump[i] == "'":
                value, i = _sql_string(dump, i)
                values.append(value)
            else:
                j = i
                while dump[j] not in ",)":
                    j += 1
                raw = dump[i:j].strip()
                values.append(None if raw.lower() == "null" else raw)
                i = j
            i = _blanks(dump, i)
            if dump[i] == ",":
                continue
            assert dump[i] == ")", dump[i : i + 40]
            break
        rows.append(dict(zip(columns, values, strict=True)))
        i = _blanks(dump, i + 1)
        if dump[i] != ",":
            assert dump[i:].startswith("ON CONFLICT") or dump[i] == ";", dump[i : i + 40]
            return rows
        i = _blanks(dump, i + 1)


def kept(row: dict[str, str | None], earlier: set[str]) -> bool:
    """Whether a unit is kept: no family day carer, no closing date, not the test unit, a
    number of seven digits or more in its phone field that no earlier Finnish part holds."""
    if "FAMILY" in (row["type"] or "") or row["closing_date"] is not None:
        return False
    if TEST_UNIT in (row["name"] or ""):
        return False
    numbers = re.findall(r"\d[\d ]*\d", row[PHONE] or "")
    return any(len(digits_of(n)) >= 7 for n in numbers) and not any(
        digits_of(n) in earlier for n in numbers
    )


def kept_units(
    gits: dict[str, Path], sources: dict[str, Any], held: tuple[str, ...]
) -> dict[str, Any]:
    """The kept units (``kept``) of an eVaka instance's daycare seed (``PATH``, whose repository
    and commit ``sources`` name), no number of the extracts ``held`` taken again, a seeded
    sample of ``CAP``, with the commit they were read at."""
    meta = sources["FI"]
    dump = _git(gits["FI"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier = earlier_numbers(DATA, held, "358")
    found = [
        {"country": "FI", "path": f"{PATH}#{i}", "fields": row}
        for i, row in enumerate(insert_rows(dump, TABLE))
        if kept(row, earlier)
    ]
    return {"sources": sources, "rows": seeded_sample(found, "FI", CAP)}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept units of the register, with the commit they were read at."""
    return kept_units(gits, SOURCES, EARLIER)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
