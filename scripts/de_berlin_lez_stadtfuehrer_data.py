"""Extract the real register that ``pii_held_out_395.py`` writes its records around into
``scripts/data/pii_de_berlin_lez_stadtfuehrer.json``: the phone and e-mail fields of a register
no earlier part used (Germany, whose earlier parts took Berlin's, North Rhine-Westphalia's and
Hamburg's schools, the day-care centres of Chemnitz and Berlin, farm shops on OpenStreetMap,
the HRK's Hochschulkompass, the RKI's health offices, the BZSt's tax offices, the care portal
of the Landkreis Ludwigslust-Parchim and the Weisse Liste's hospitals; this one is the Land
Berlin's Stadtführer Entwicklungspolitik, the city guide of development-policy groups,
associations and NGOs of the Senate's Landesstelle für Entwicklungszusammenarbeit (LEZ),
another publisher and another kind of organisation), exactly as the guide writes them.

One file of the kiez-karte project (Thomas Tursics), read from a git checkout at a named
commit, values unchanged:

* ``rawdata/euro-inter-lez-stadtfuehrer-lez.json``: the daten.berlin.de data set
  'Stadtführer Entwicklungspolitik' (CC BY 3.0 DE, as the project's ``rawdata/README.md``
  gives it) as its JSON export, 212 entries of ``index``, each with ``id``, ``name``,
  ``kontakt`` (a free-text block: c/o line, street and ``PLZ Berlin``, ``Tel.:``,
  ``Fax:``, the contact person), ``e_mail``, ``e_mail2``, ``internet`` and ``content`` (the
  group's self-description).

An entry is kept where a line of its ``kontakt`` is a telephone line (``Tel.:``,
``Telefon:``, ``Tel./Fax:``, ``Tel. und Fax:``, ``Tel. + Fax:``) holding ONE number in the
guide's form, the area code in brackets (``(030) 282 39 73``, ``(030) 3973 - 2346``), of
seven digits or more, whose digits no earlier German part's data holds and no entry kept
before it has. Lines with two numbers, ``oder``, an extension list or a note are not taken.
Each is kept as ``id``, ``name``, ``internet``, ``telefon`` (the number as the line writes
it, the text after the label), ``adresse`` (the ``kontakt`` line with the postcode,
``Große Hamburger Str. 31, 10115 Berlin``, where there is one) and ``e_mail`` only where the
address's local part names an office, not a person (``info@agef.de``; ``egringmuth@aol.com``
left out). The contact persons (``Ansprechpartner: ...``), the fax lines and ``content`` are
not kept. No sampling: every kept entry, in the file's order.

    python scripts/de_berlin_lez_stadtfuehrer_data.py DE_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from de_weisse_liste_hospitals_data import osm_numbers
from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_de_berlin_lez_stadtfuehrer.json"
PATH = "rawdata/euro-inter-lez-stadtfuehrer-lez.json"
PHONE, EMAIL = "telefon", "e_mail"
# the earlier German parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_de_berlin_kitas.json", "pii_de_chemnitz_kitas.json", "pii_de_finanzaemter.json",
    "pii_de_hamburg_schools.json", "pii_de_hochschulkompass.json",
    "pii_de_lup_pflegeportal.json", "pii_de_nrw_schools.json", "pii_de_rki_health_offices.json",
    "pii_de_weisse_liste_hospitals.json", "pii_national_phones.json",
)  # fmt: skip
# a telephone line of ``kontakt``: its label, then one number in the guide's form
LINE = re.compile(
    r"(?:Tel\.?(?: ?/ ?Fax| und Fax| \+ Fax)?|Telefon): "
    r"(\(0\d{2,5}\) \d[\d ]*\d(?: ?- ?\d+)?)\s*"
)
POSTCODE = re.compile(r".*\b\d{5} [A-ZÄÖÜ].*")
# a mailbox's local part that names an office, a function or the group, not a person
OFFICE = re.compile(
    r"^(?:info|mail|kontakt|post|office|buero|büro|berlin|verein|service|sekretariat|"
    r"presse|team|zentrale|vorstand|hallo|welcome)(?:[._-].*)?$"
)
SOURCES = {
    "DE": {
        "repository": "tursics/kiez-karte",
        "commit": "a0ae35aa597b2d78a7e53478a4cd7f32648cd9be",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Land Berlin, Senatsverwaltung für Wirtschaft, Technologie und Forschung, "
        "Landesstelle für Entwicklungszusammenarbeit (LEZ): the Stadtführer Entwicklungspolitik "
        "on daten.berlin.de (daten.berlin.de/datensaetze/stadtführer-entwicklungspolitik) as "
        "the kiez-karte project (Thomas Tursics) downloaded its JSON export (rawdata/, head "
        "a0ae35a of 26 April 2017)",
        "licence": "CC BY 3.0 DE as the project's rawdata/README.md gives the data set's "
        "licence on daten.berlin.de (not confirmed at the portal itself); the repository "
        "states no licence of its own",
        "language": "de",
        "roles": {"name": "name", "phone": [PHONE], "email": EMAIL, "address": ["adresse"]},
    },
}  # fmt: skip


def office_mailbox(value: str | None) -> bool:
    """Whether ``value`` is one well-formed address whose local part names an office."""
    if not value or not re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value):
        return False
    return bool(OFFICE.match(value.split("@")[0].lower()))


def phone_line(kontakt: str) -> str:
    """The number of the first telephone line of ``kontakt`` that holds one number, as
    written; "" where there is none."""
    for line in kontakt.split("\n"):
        m = LINE.fullmatch(line.strip(" \t"))
        if m:
            return m.group(1)
    return ""


def address_line(kontakt: str) -> str:
    """The first line of ``kontakt`` with a postcode and a place, stripped; "" where none."""
    for line in kontakt.split("\n"):
        if POSTCODE.fullmatch(line.strip()):
            return line.strip()
    return ""


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the guide, with the commit they were read at."""
    meta = SOURCES["DE"]
    raw = _git(gits["DE"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "49") | osm_numbers(), set()
    rows = []
    for i, item in enumerate(json.loads(raw)["index"]):
        tel = phone_line(item.get("kontakt") or "")
        digits = digits_of(tel)
        if len(digits) < 7 or digits in seen or digits in earlier:
            continue
        seen.add(digits)
        fields = {
            "id": item["id"],
            "name": item["name"].strip(),
            PHONE: tel,
            "adresse": address_line(item["kontakt"]),
            "internet": (item.get("internet") or "").strip(),
        }
        if office_mailbox((item.get(EMAIL) or "").strip()):
            fields[EMAIL] = item[EMAIL].strip()
        rows.append({"country": "DE", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
