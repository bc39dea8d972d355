"""Extract the real list that ``pii_held_out_172.py`` writes its records around into
``scripts/data/pii_in_cbse_schools.json``: the phone fields of a register no earlier part used
(the Central Board of Secondary Education's directory of affiliated schools, India; India's
earlier parts took the National Health Portal's hospital and blood bank directories, other
publishers' lists of other kinds of institution), exactly as the directory gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``COMPLETE.csv``: the CBSE affiliation directory's state-wise listing
  (cbseaff.nic.in/cbse_aff/schdir_Report/userview.aspx) as a scraper of 2019 saved it, one row
  per affiliated school with the columns ``Name``, ``Address`` (its PIN code after the last
  comma), ``Phone``, ``Email`` and ``State``. The directory prints a school's number in two
  parts, its STD code and its number, joined by a comma (``Phone No: 0484 ,2454522``; the
  scraper dropped the blanks: ``0484,2454522``); the STD code is often written without its
  trunk ``0`` (``3192,230411``) or left empty (``,03192260261``, ``,04862-222282``), and a
  mobile number may stand where the landline would (``3192,9474282282``).

Kept: the rows of an Indian state or union territory (not the ``FOREIGN SCHOOLS``) whose
``Phone`` has one of three clean shapes (``SHAPES``: an STD code of two to five digits and a
landline of six to eight, ten or eleven digits in all; an empty STD code and a number of ten
or eleven digits, one hyphen allowed; an STD code and a ten-digit mobile number), and whose
name and address hold no number of seven digits or more; a seeded sample of ``CAP``, in the
file's order. Each row as a mapping of the file's columns to the published strings, ``Email``
left out (many of the addresses are a principal's own mailbox and name a person).

    python scripts/in_cbse_schools_data.py IN_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_in_cbse_schools.json"
CAP = 480
PATH = "COMPLETE.csv"
DROPPED = ("Email",)
FREE_TEXT = ("Name", "Address")
FOREIGN = "FOREIGN SCHOOLS"

# the kept shapes of the ``Phone`` field: (name, pattern); the generator labels each by its name
SHAPES = (
    # an STD code (two to five digits, the trunk 0 or not) and a landline of six to eight digits
    ("std_landline", re.compile(r"(?P<std>0?\d{2,4}),(?P<number>\d{6,8})")),
    # no STD code, and a number of ten or eleven digits (the STD code inside it), one hyphen
    ("number_only", re.compile(r",(?P<number>\d{10,11}|\d{3,5}-\d{6,8})")),
    # an STD code and a ten-digit mobile number in the number's place
    ("std_mobile", re.compile(r"(?P<std>0?\d{2,4}),(?P<number>[6-9]\d{9})")),
)

SOURCES = {
    "IN": {
        "repository": "shaneapen/CBSE-Directory-Scraper",
        "commit": "436f7b7eecc54e4f7285a41b490ba6415dbdeeac",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Central Board of Secondary Education (CBSE, Ministry of Education, "
        "Government of India), its directory of affiliated schools (cbseaff.nic.in, "
        "'schdir_Report', state-wise search) as the repository's Selenium scraper "
        "(scrape_cbse.py) saved it; the file added in 39a3878 (2019) and unchanged at the head "
        "436f7b7 ('Merge pull request #4', 29 October 2021)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the CBSE website's terms for its directory were not read here",
        "language": "en",
        "roles": {"name": "Name", "phone": ["Phone"], "address": ["Address"], "state": "State"},
    },
}  # fmt: skip


def shape(phone: str) -> str | None:
    """The name of the kept shape ``phone`` has (``SHAPES``), None if none; an STD code and a
    landline must make ten or eleven digits."""
    for name, pattern in SHAPES:
        m = pattern.fullmatch(phone)
        if not m:
            continue
        digits = sum(c.isdigit() for c in phone)
        if name == "std_landline" and digits not in (10, 11):
            continue
        if name == "number_only" and sum(c.isdigit() for c in m["number"]) not in (10, 11):
            continue
        return name
    return None


def _free_of_phones(row: dict[str, str]) -> bool:
    """No free-text column holds a number of seven digits or more."""
    return not any(
        sum(c.isdigit() for c in row[col][s:e]) >= 7
        for col in FREE_TEXT
        for s, e in numbers(row[col])
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = []
        for i, published in enumerate(table):
            row = {k: v for k, v in published.items() if k not in DROPPED}
            if row["State"].strip() == FOREIGN or shape(row["Phone"]) is None:
                continue
            if _free_of_phones(row):
                found.append({"country": country, "path": f"{PATH}#{i}", "fields": row})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
