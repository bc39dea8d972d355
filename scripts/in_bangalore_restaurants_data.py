"""Extract the real list that ``pii_held_out_310.py`` writes its records around into
``scripts/data/pii_in_bangalore_restaurants.json``: the phone fields of a list no earlier part
used (Zomato's directory of Bengaluru's restaurants as scraped on 15 March 2019; India's earlier
parts took other registers: the National Health Portal's hospitals and blood banks, CBSE's
schools, covid19india.org's Telangana list, RBI's bank branches, NHM Madhya Pradesh's COVID
facilities, JoSAA's institutes and Bhuvan's PM-JAY vaccination centres), exactly as given.

One file of one repository, read from a git checkout at a named commit, values unchanged:

* ``final_release/backend/restaurant_insertion.sql``: a MySQL dump of one ``INSERT INTO
  restaurant VALUES`` statement, 1,033 tuples of the thirteen columns of the repository's
  ``restaurant`` table (``address``, ``name``, ``online_order``, ``book_table``, ``rate``,
  ``votes``, ``phone``, ``location``, ``rest_type``, ``dish_liked``, ``cuisines``,
  ``approx_cost``, ``listed_in``): the rows of the public "Zomato Bangalore Restaurants" data
  set (Kaggle, himanshupoddar, scraped from zomato.com until 15 March 2019) whose ``phone`` is
  the restaurant's numbers as Zomato printed them, one to a line (``080 42297555`` with the
  STD code apart, mobiles ``+91 9743772233`` with the country code apart, a few ``18602100000``
  or ``91 08041234567``), some lines empty between them.

Each tuple's strings are read as the dump writes them (``''`` is a quote; a backslash is kept as
it stands, ``NULL`` is ``None``, a bare number its digits). Kept: each distinct ``phone`` once
(its first tuple), with one to two numbers of six digits or more, no line of the field opening
with ``00`` (two fields, ``00 919663567711``) and no run of six digits or more in the name or
address; a seeded sample of 300 of them in the file's order, each tuple as the mapping of the
thirteen columns to its values (the list names no person: ``name`` is the restaurant's).

    python scripts/in_bangalore_restaurants_data.py IN_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_in_bangalore_restaurants.json"
CAP = 300
PATH = "final_release/backend/restaurant_insertion.sql"
COLUMNS = (
    "address", "name", "online_order", "book_table", "rate", "votes", "phone", "location",
    "rest_type", "dish_liked", "cuisines", "approx_cost", "listed_in",
)  # fmt: skip
SOURCES = {
    "IN": {
        "repository": "samwilson129/utilities-locator",
        "commit": "d7b551c039ad2dfaffa5cef782d080073d2867c0",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Zomato (zomato.com), its directory of Bengaluru's restaurants as the "
        "public Kaggle data set 'Zomato Bangalore Restaurants' (himanshupoddar) scraped it "
        "until 15 March 2019; the rows loaded into the repository's MySQL table by this dump, "
        "added in 74e5807 ('Add files via upload', 9 November 2024) and moved under "
        "final_release/ in 1f7b699 (21 November 2024), a Bengaluru utilities-locator "
        "student project",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Kaggle data set's and Zomato's terms for the scraped listings were not "
        "read here",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone"], "address": ["address"]},
    },
}  # fmt: skip

# one tuple of the dump, and one value in it: a quoted string, NULL or a bare number
_TUPLE = re.compile(r"\(((?:'(?:[^']|'')*'|[^()'])*)\)")
_VALUE = re.compile(r"'((?:[^']|'')*)'|(NULL)|(-?\d+(?:\.\d+)?)")


def _values(inner: str) -> list[str | None]:
    """The values of one tuple's text, as the dump writes them."""
    out: list[str | None] = []
    for m in _VALUE.finditer(inner):
        if m.group(1) is not None:
            out.append(m.group(1).replace("''", "'"))
        else:
            out.append(None if m.group(2) else m.group(3))
    return out


def phone_lines(field: str) -> list[str]:
    """The numbers of a ``phone`` field: its non-empty lines, as written."""
    return [line for line in field.split("\n") if line]


def _kept(fields: dict[str, str | None]) -> bool:
    """One or two numbers of six digits or more, none opening with ``00``, and no run of six
    digits in the name or address."""
    lines = phone_lines(fields["phone"] or "")
    if not 1 <= len(lines) <= 2:
        return False
    if any(sum(c.isdigit() for c in line) < 6 or line.startswith("00") for line in lines):
        return False
    return not any(re.search(r"\d{6}", fields[c] or "") for c in ("name", "address"))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept tuples of the dump, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        body = raw.split("INSERT INTO restaurant VALUES", 1)[1]
        found, seen = [], set()
        for i, m in enumerate(_TUPLE.finditer(body)):
            values = _values(m.group(1))
            assert len(values) == len(COLUMNS), i
            fields = dict(zip(COLUMNS, values, strict=True))
            if fields["phone"] in seen or not _kept(fields):
                continue
            seen.add(fields["phone"])
            found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
