"""Extract the real register that ``pii_held_out_429.py`` writes its records around into
``scripts/data/pii_de_berlin_hilfmir.json``: the phone and e-mail fields of a register no
earlier part used (Germany, whose earlier parts took Berlin's, North Rhine-Westphalia's and
Hamburg's schools, the day-care centres of Chemnitz and Berlin, farm shops on OpenStreetMap,
the HRK's Hochschulkompass, the RKI's health offices, the BZSt's tax offices, the care portal
of the Landkreis Ludwigslust-Parchim, the Weisse Liste's hospitals, the LEZ's Stadtführer
Entwicklungspolitik and the LAGeSo's Heimaufsicht; this one is the Land Berlin's directory of
psychosocial and health-related help services behind hilf-mir.berlin, the counselling
centres, crisis services, addiction counselling, contact points, sociopsychiatric services of
the districts and clinics' outpatient departments that the CityLAB of the Technologiestiftung
Berlin lists with the Land Berlin's support, many of them funded under the Senate's
Integriertes Gesundheits- und Pflegeprogramm (IGPP): another kind of institution and another
data set), exactly as the directory writes them.

One file of the hilf-mir.berlin repository (Technologiestiftung Berlin), read from a git
checkout at a named commit, values unchanged:

* ``docs/datensatz_hilf-mir_berlin_utf8.csv``: the directory's open-data CSV (semicolon
  separated, converted to UTF-8 by the repository's ``docs/playground.ts``), 384 entries, each
  with ``Anzeigen``, ``ID`` (``180``, ``Sen092``), ``Einrichtung``, ``Träger``, ``Kategorie``,
  ``Zielgruppe``, ``Beratungsmöglichkeiten``, ``Sprachen``, ``Barrierefreiheit``, the address
  (``Strasse``, ``Hausnummer``, ``Zusatz``, ``PLZ``, ``Bezirk``, ``Stadtteil``),
  ``Telefonnummer`` (Berlin numbers with the area code, ``030 66633488``, ``030 325136-10``,
  ``030 233 240 260``; mobiles, ``0176 15167857``; some fields two or three numbers apart by
  commas, one with a note after them), ``EMail`` (``0`` where none; one field two addresses
  apart by a semicolon), ``Website``, opening hours per weekday, ``lat`` and ``long``, and free
  texts (``Über uns``, ``Art der Anmeldung``, ``Weitere Öffnungszeiten``).

An entry is kept where ``Telefonnummer`` holds a number of seven digits or more, where the
numbers that ``pii_held_out_11.numbers`` finds in it hold all of its digits (two fields with
two spaces after the area code, ``030  98426176``, would lose it: not taken), and where no
number of it (also with ``49`` for the trunk ``0``) is in an earlier German part's data or in
an entry kept before it (the first of entries that share a line: the directory lists some
services twice). Each is kept as the columns ``ID`` to ``Stadtteil`` named in ``KEEP``, the
phone field (stripped, otherwise as written) and the e-mail field (stripped) unless it is
``0`` or names a person (``PERSONAL``, the two mailboxes of a first and a last name); the free
texts, the display flag and the opening hours are left out. No sampling: every kept entry, in
the file's order.

    python scripts/de_berlin_hilfmir_data.py DE_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from de_weisse_liste_hospitals_data import osm_numbers
from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_de_berlin_hilfmir.json"
PATH = "docs/datensatz_hilf-mir_berlin_utf8.csv"
PHONE, EMAIL = "Telefonnummer", "EMail"
KEEP = (
    "ID", "Einrichtung", "Träger", "Kategorie", "Zielgruppe", "Beratungsmöglichkeiten",
    "Sprachen", "Strasse", "Hausnummer", "Zusatz", "PLZ", "Bezirk", "Stadtteil", "Website",
)  # fmt: skip
# the mailboxes whose local part is a person's first and last name
PERSONAL = frozenset({"igor.sutej", "ines.hagedorn"})
# the earlier German parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_de_berlin_heimaufsicht.json", "pii_de_berlin_kitas.json",
    "pii_de_berlin_lez_stadtfuehrer.json", "pii_de_chemnitz_kitas.json",
    "pii_de_finanzaemter.json", "pii_de_hamburg_schools.json", "pii_de_hochschulkompass.json",
    "pii_de_lup_pflegeportal.json", "pii_de_nrw_schools.json",
    "pii_de_rki_health_offices.json", "pii_de_weisse_liste_hospitals.json",
    "pii_national_phones.json",
)  # fmt: skip
SOURCES = {
    "DE": {
        "repository": "technologiestiftung/hilf-mir.berlin",
        "commit": "db29859039c79343cb813836c7fb73362ba4fafe",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Technologiestiftung Berlin, CityLAB Berlin (with the support of the Land "
        "Berlin): the directory of psychosocial and health-related help services behind "
        "hilf-mir.berlin, its open-data CSV as the repository committed it in db29859 "
        "('test: Adds playground to mangle open data', 1 August 2023)",
        "licence": "MIT for the repository (its LICENSE file, 'Copyright (c) 2022 "
        "Technologiestiftung Berlin'); terms for the directory's data themselves not confirmed",
        "language": "de",
        "roles": {"name": "Einrichtung", "phone": [PHONE], "email": EMAIL,
                  "address": ["Strasse", "Hausnummer", "PLZ", "Bezirk"]},
    },
}  # fmt: skip


def phone_numbers(value: str) -> list[str]:
    """The numbers of a phone field where they hold all of its digits, else []."""
    found = [value[s:e] for s, e in numbers(value)]
    if sum(len(digits_of(n)) for n in found) != len(digits_of(value)):
        return []
    return found


def mailbox(value: str) -> str:
    """The e-mail field stripped, "" where it is ``0``, empty or names a person."""
    value = value.strip()
    if "@" not in value or any(v.split("@")[0].lower() in PERSONAL for v in value.split(";")):
        return ""
    return value


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the directory, with the commit they were read at."""
    meta = SOURCES["DE"]
    raw = _git(gits["DE"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "49") | osm_numbers(), set()
    rows = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""), delimiter=";")):
        tel = row[PHONE].strip()
        found = {digits_of(n) for n in phone_numbers(tel)}
        if len(digits_of(tel)) < 7 or not found or found & (seen | earlier):
            continue
        seen |= found
        fields = {key: row[key] for key in KEEP}
        fields[PHONE] = tel
        if mailbox(row[EMAIL]):
            fields[EMAIL] = mailbox(row[EMAIL])
        rows.append({"country": "DE", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
