"""Extract the real register that ``pii_held_out_42.py`` writes its records around into
``scripts/data/pii_ro_town_halls.json``: the phone and e-mail fields of a country whose register
no earlier part used (Romania), exactly as its town halls' contact list publishes them.

One list, read from a git checkout at a named commit, values unchanged:

* ``RO``: the contact data of Romania's town halls (primării) of every municipality, town and
  commune, as the volunteers of geo-spatial.org compiled them in December 2020 from the town
  halls' and county councils' sites, salt.gov.ro, ghidulprimariilor.ro and
  protectiamediului.org (``date_de_contact_localitati.csv`` of the repository
  geospatialorg/date-contact-localitati): Romanian numbers as the file holds them, most as nine
  digits that lost their trunk ``0`` in a spreadsheet (``258819462``), others with it, ten
  digits (``0234581849``), two to six in one field after ``; `` (landlines and the town hall's
  mobile lines, ``0234348119; 0234348186; 0743108499``), a few of eight digits
  (``35710007``) or in groups (``0251 454 246``, ``0230 542296``, ``230.573064``); one general
  e-mail address each (``office@apulum.ro``, ``primaria_albac@yahoo.com``); beside the row's
  county number (``1``), county, SIRUTA code (``1017``: the national code of the locality),
  the locality's name, the town hall's web address and its postal address as written (a
  postcode in most, ``510134``).

Kept: every row whose ``Telefon`` holds a number of six digits or more and no character but
digits, spaces, ``;``, ``/`` and ``.`` once its ends are stripped (3,175 of the 3,187; left out:
numbers one per line, a soft hyphen inside a number, a shortened alternative after ``,``), and
whose ``E-mail general`` is one well-formed address once stripped (none given, two given,
``[at]`` or a space for ``@``: left out) whose local part names an office, the town hall or
the locality, not a person (``PERSONAL``: each local part of the sample was read, and the one
that names a person, ``duta_leontin``, left out with its row; 3,131 rows); then a seeded sample
of ``CAP`` of them, in the file's order. Its ``E-mail registratura`` column (a second address,
given in 26 rows of the sample) is kept in the data, but no record writes it. Each row is kept
as a mapping of the file's column names to the published strings; no column names a person
(its names are the localities', its addresses the town halls'), so none is left out.

    python scripts/ro_town_halls_data.py RO_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ro_town_halls.json"
CAP = 400
PHONE_CHARS = re.compile(r"[\d ;/.]+")
ADDRESS = re.compile(r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# the local parts of the sample's general e-mail addresses that name a person rather than the
# town hall, its office or its locality, read one by one
PERSONAL = frozenset({"duta_leontin"})
SOURCES = {
    "RO": {
        "repository": "geospatialorg/date-contact-localitati",
        "commit": "527ca213334beba1c3e87ccbd3848fa405109c41",
        "path": "date_de_contact_localitati.csv",
        "encoding": "utf-8",
        "publisher": "geo-spatial.org's volunteers, 'Date de contact de la primăriile "
        "localităților din România' (README), compiled in December 2020 from the town halls' "
        "and county councils' web sites, salt.gov.ro, ghidulprimariilor.ro and "
        "protectiamediului.org; the file added in 03140be ('Add files via upload', 20 May "
        "2021), unchanged since",
        "licence": "CC0 1.0 Universal: the repository's LICENSE file is the Creative Commons "
        "CC0 1.0 Universal legal code; the terms of the sites the volunteers took the "
        "contacts from were not read",
        "language": "ro",
        "roles": {"name": "Localitate", "phone": ["Telefon"], "email": "E-mail general",
                  "register": "SIRUTA", "county": "Judet", "address": "Adresa"},
    },
}  # fmt: skip


def usable(row: dict[str, str]) -> bool:
    """A phone field of digits and the list's separators, and one office address."""
    phone, email = row["Telefon"].strip(), row["E-mail general"].strip()
    return (
        _has_phone(row, ["Telefon"])
        and PHONE_CHARS.fullmatch(phone) is not None
        and ADDRESS.fullmatch(email) is not None
        and email.split("@")[0].lower() not in PERSONAL
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(csv.DictReader(text))
            if usable(row)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
