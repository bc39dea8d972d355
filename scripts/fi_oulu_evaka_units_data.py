"""Extract the real register that ``pii_held_out_501.py`` writes its records around into
``scripts/data/pii_fi_oulu_evaka_units.json``: the phone and e-mail fields of a register no
earlier part used (Finland, whose earlier parts took the Finnish Library Directory's public
libraries of Kirjastot.fi, the City of Helsinki's errand services and the City of Turku's early
childhood education units; this one is the City of Oulu's register of its early childhood
education units, the day-care centres, pre-school units and clubs of the city and of the private
providers it pays by service voucher, as the city loaded it into its own eVaka system), exactly
as the city wrote them.

One file of the City of Oulu's ``evakaoulu`` repository, read from a git checkout at a named
commit (the file's last version: the city removed its service code from the repository in
April 2026), values unchanged:

* ``service/src/main/resources/migration-archive/afterMigrate__3_daycare.sql``: one PostgreSQL
  ``INSERT INTO public.daycare (...) VALUES (...), ... ON CONFLICT (id) DO NOTHING;`` statement
  (the city's base unit data, "Include base unit data as aftermigrate scripts", August 2022,
  moved to the migration archive in March 2023, an SPDX header added in July 2025; its rows
  written ``'a', 'b'`` with a blank after each comma, some later ones ``'a','b'`` without) with
  each unit's eVaka id (a UUID), ``name``, ``type`` (a PostgreSQL array: ``{PRESCHOOL,CENTRE}``,
  ``{CENTRE}``, ``{CLUB}``, ``{FAMILY}``, ...), care area, ``phone`` (the digits of a Finnish
  number after the calling code 358 with no plus, ``358405571171``), ``url``, opening and
  closing dates, ``email`` (the unit's mailbox or its director's work address,
  ``annukka.hulkkonen@ouka.fi``), the unit manager's id, capacity, the names on decisions,
  ``street_address``, ``postal_code``, ``post_office``, ``location`` (a PostgreSQL point,
  longitude first), ``provider_type`` (``MUNICIPAL``, ``PRIVATE_SERVICE_VOUCHER``, ...),
  ``language``, the Opintopolku organisation OIDs of the unit and of its organiser and the
  operation days.

A unit is kept by the rules of ``fi_turku_evaka_units_data.kept`` (no ``{FAMILY}`` unit: the
family day carers, named by their own names and reached on their own phones, are private
persons; no closing date; no test unit; a ``phone`` holding a number of seven digits or more
whose digits no earlier Finnish part's data holds); all of them are kept (fewer than ``CAP``),
in the file's order. Units of one provider or one director may share a number: each is kept, a
row of its own. Each is kept as the mapping of all of the statement's columns to the values as
the statement writes them (strings unchanged; ``null``/``NULL`` as None; numbers and booleans,
unquoted in the statement, as the strings it writes, ``false`` or ``False``).

    python scripts/fi_oulu_evaka_units_data.py FI_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fi_turku_evaka_units_data import CAP, TABLE, insert_rows, kept, kept_units
from register_contacts_data import write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_fi_oulu_evaka_units.json"
PATH = "service/src/main/resources/migration-archive/afterMigrate__3_daycare.sql"
PHONE = "phone"
# the earlier Finnish parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_fi_public_libraries.json",
    "pii_fi_helsinki_errand_phones.json",
    "pii_fi_turku_evaka_units.json",
)
SOURCES = {
    "FI": {
        "repository": "Oulunkaupunki/evakaoulu",
        "commit": "fd7faa60880e3cb6102bae24f3d1d350651ab5d4",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "City of Oulu (Oulun kaupunki), its register of early childhood "
        "education units (day-care centres, pre-school units and clubs, municipal and "
        "service-voucher ones) as the city loaded it into its eVaka system (commit b53dec6, "
        "18 August 2022, 'Include base unit data as aftermigrate scripts'; moved to the "
        "migration archive in d7ec3c3, 22 March 2023; SPDX header added in fd7faa6, 8 July "
        "2025, the file's last version before the city removed its service code in 0b04e6c, "
        "2 April 2026)",
        "licence": "LGPL-2.1-or-later by the file's SPDX header ('SPDX-FileCopyrightText: "
        "2023-2025 City of Oulu'); the repository's LICENSE at that commit is the GNU LGPL "
        "2.1; terms for the register's data themselves not confirmed",
        "language": "fi",
        "roles": {"name": "name", "phone": [PHONE], "email": "email",
                  "address": ["street_address", "postal_code", "post_office"],
                  "register": "id", "kind": "type"},
    },
}  # fmt: skip

# the reader, the rules and the sample's size are Turku's eVaka extract's, re-exported for the
# part's tests
__all__ = ["CAP", "EARLIER", "OUT", "PATH", "SOURCES", "TABLE", "extract", "insert_rows", "kept"]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept units of the register, with the commit they were read at."""
    return kept_units(gits, SOURCES, EARLIER)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
