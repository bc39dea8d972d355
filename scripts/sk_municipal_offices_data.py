"""Extract the real list that ``pii_held_out_197.py`` writes its records around into
``scripts/data/pii_sk_municipal_offices.json``: the phone, mobile and e-mail fields of a list no
earlier part used (Slovakia's municipal offices, obecné, mestské and miestne úrady, as the list of
their election contacts gives them; Slovakia's earlier part took Eurostat GISCO's hospitals),
exactly as the list gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``input/cities.json`` of Chcemvediet-sk/obligees-scripts (the scripts with which the Slovak
  freedom-of-information portal Chcemvediet.sk checks its list of obligees, the municipal
  offices): region, district and a key per municipality, each with the thirteen columns that
  ``input/cities-original.js`` names (``C2N_TYP_URADU`` ... ``C2N_ALT_EMAIL_PRE_PREUKAZ``, a
  list of the offices' contacts for the voter passes of an election, ``election.cities``): the
  office's kind, street, house number, postcode (``082 52``), post office, e-mail, the area code
  apart (``051``), the phone field without it (``779 83 34``; several numbers after ``, `` or
  ``,``), the mobile field (``0902 239 331``), the municipality's name, a confirmation flag and a
  second e-mail for voter-pass requests.

Kept: every row whose phone field holds a number of six digits or more and whose phone and
mobile fields are numbers only (digits and blanks, numbers parted by ``,`` or ``;`` or a
``+``): each number seven digits or more; 88 phone fields that write ranges of last digits
(``788 84 90-92``) or words, and 8 such mobile fields, are left out, and with them every row
whose e-mail fields are not addresses only. A seeded sample of 300 of them, in the file's
order, each row kept as the mapping of the columns' names to the published strings, with its
region, district and key (the list names no person: ``nazov_obce`` is the municipality's).

    python scripts/sk_municipal_offices_data.py SK_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_sk_municipal_offices.json"
CAP = 300
PATH = "input/cities.json"
COLUMNS = (
    "typ_uradu", "typ_uradu_riadok2", "adresa_uradu_ulica", "adresa_uradu_cislo_domu",
    "adresa_uradu_psc", "adresa_uradu_mesto", "email", "tel_predvolba", "telefon", "mobil",
    "nazov_obce", "potvrdene_udaje", "alt_email_pre_preukaz",
)  # fmt: skip
SOURCES = {
    "SK": {
        "repository": "Chcemvediet-sk/obligees-scripts",
        "commit": "e2ea3ae3b8a199198706838494db19567cde6cee",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the list of Slovakia's municipal offices (obecné, mestské and miestne "
        "úrady) with their contacts for voter passes, an election page's data "
        "(election.cities in input/cities-original.js), as Chcemvediet.sk (the Slovak "
        "freedom-of-information portal of Persona Grata/Slovensko.Digital volunteers) keeps it "
        "in its obligees scripts, 'Initial commit', 20 July 2020",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the terms of the election page the list comes from were not read here",
        "language": "sk",
        "roles": {
            "name": "nazov_obce",
            "phone": ["telefon", "mobil"],
            "address": ["adresa_uradu_ulica", "adresa_uradu_cislo_domu", "adresa_uradu_psc"],
        },
    },
}  # fmt: skip

NUMBERS_ONLY = re.compile(r"[\d +,;]*")
ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")


def addresses(field: str) -> list[str]:
    """The e-mail addresses of an e-mail field (parted by ``;`` or ``,``), "" none."""
    return [a.strip() for a in re.split(r"[;,]", field) if a.strip()]


def clean(fields: dict[str, str]) -> bool:
    """Whether the phone and mobile fields are numbers only, each of seven digits or more, and
    the e-mail fields addresses only."""
    for column in ("telefon", "mobil"):
        value = fields[column].strip()
        if not NUMBERS_ONLY.fullmatch(value):
            return False
        found = [value[s:e] for s, e in numbers(value)]
        if sum(c.isdigit() for c in value) != sum(c.isdigit() for n in found for c in n):
            return False
        if any(sum(c.isdigit() for c in n) < 7 for n in found):
            return False
    return all(
        ADDRESS.fullmatch(a)
        for c in ("email", "alt_email_pre_preukaz")
        for a in addresses(fields[c])
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found, i = [], 0
        for region, districts in json.loads(raw).items():
            for district, offices in districts.items():
                for key, values in offices.items():
                    fields = {"kraj": region, "okres": district, "kluc": key}
                    fields.update(zip(COLUMNS, values, strict=True))
                    if _has_phone(fields, ["telefon"]) and clean(fields):
                        found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
                    i += 1
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
