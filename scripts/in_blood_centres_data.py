"""Extract the real list that ``pii_held_out_324.py`` writes its records around into
``scripts/data/pii_in_blood_centres.json``: the phone and e-mail fields of a list no earlier part
used (India's licensed blood centres in e-RaktKosh's directory columns, mostly Maharashtra's,
with Gujarat's, Uttar Pradesh's, Madhya Pradesh's, Chhattisgarh's, Himachal Pradesh's and
Jharkhand's; India's earlier parts took the National Health Portal's Hospital and Blood Bank
Directories on data.gov.in, CBSE's schools, RBI's bank branches and other registers), exactly as
the list gives them.

One CSV file read from a git checkout at a named commit, values unchanged:

* ``BloodBanks_Merged.csv``: 1,075 blood centres (``S.NO``, ``Name``, ``Address``, ``Phone``,
  ``Email``, ``Category``, ``Type``), government, charitable or voluntary, private and Red Cross
  centres (``Category`` ``Govt.``, ``Charitable/Vol``, ``Private``, ``Red Cross``: e-RaktKosh's
  own category names), each address ending in its district (``..., Dist. Kolhapur``), each
  ``Phone`` as the centre gave it: mobiles of ten digits in one run (``9552865402``), landlines
  with the STD code joined by a hyphen or a space (``0217-2726858``, ``022 33503583``) or in one
  run (``02332601594``), several to a field after commas or slashes (``9850947545,
  02462-236699``), and in some fields names, notes, extension ranges and numbers a spreadsheet
  turned into grouped digits (``9,92,32,28,02,68,38,00,00,000``).

Kept: the first row of each distinct ``Phone`` whose field splits at its commas and slashes
into numbers of seven to twelve digits, each a run of digits with hyphens or single spaces
inside (``phone_numbers``; so no name, note, extension range or mangled value), whose
``Email`` is one address, and whose name and address hold no run of seven digits; a seeded
sample of ``CAP`` of them, in the file's order; each row kept as the mapping of all seven
columns to the published strings (the list names centres, not persons, though some e-mail
addresses are an officer's).

    python scripts/in_blood_centres_data.py IN_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_in_blood_centres.json"
CAP = 320
SOURCES = {
    "IN": {
        "repository": "ashutosh9503/bloodbank-directory",
        "commit": "7369763c95163423f1bc06079a73f8aceed14bce",
        "path": "BloodBanks_Merged.csv",
        "encoding": "utf-8",
        "publisher": "India's licensed blood centres as e-RaktKosh (the Ministry of Health and "
        "Family Welfare's blood-centre management system, eraktkosh.mohfw.gov.in) lists them: "
        "its directory's columns (name, address, phone, e-mail, category, type) and category "
        "names (Govt., Charitable/Vol, Private, Red Cross), the centres of Maharashtra first, "
        "then of Gujarat, Uttar Pradesh, Himachal Pradesh, Chhattisgarh, Madhya Pradesh and "
        "Jharkhand; merged into one CSV by the repository's author and copied into it in "
        "0a0fa2d ('Initial full project upload', 12 December 2025; unchanged at the commit "
        "read, 'Update README.md', 20 January 2026), whose README names no source",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; e-RaktKosh's terms for its directory were not read here",
        "language": "en",
        "roles": {"name": "Name", "phone": ["Phone"], "email": "Email", "address": ["Address"]},
    },
}  # fmt: skip

_SEPARATOR = re.compile(r"\s*[,/]\s*")
_NUMBER = re.compile(r"\d(?:[\d-]| (?=\d))*\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def phone_numbers(field: str) -> list[str]:
    """The numbers of a ``Phone`` field as written, in its order: its pieces between commas and
    slashes (blanks around them dropped), or [] if any piece is not one number of seven to
    twelve digits (digits with hyphens or single spaces inside; longer runs are numbers joined
    without a separator)."""
    pieces = _SEPARATOR.split(field.strip())
    if not all(_NUMBER.fullmatch(p) for p in pieces):
        return []
    if not all(7 <= sum(c.isdigit() for c in p) <= 12 for p in pieces):
        return []
    return pieces


def kept(row: dict[str, str]) -> bool:
    """A phone field of clean numbers, one e-mail address, no seven-digit run in the name or
    address."""
    if not phone_numbers(row["Phone"]) or not _EMAIL.fullmatch(row["Email"]):
        return False
    return not re.search(r"\d{7}", row["Name"] + row["Address"])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    return extract_csv_files(gits, SOURCES, CAP, kept=kept, distinct="Phone")


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
