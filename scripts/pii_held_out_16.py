"""held_out_16 of the PII evaluation set: real phone, fax and e-mail fields of a country no
earlier part used (New Zealand) exactly as a public register published them, in layouts no
earlier part has.

The procedure of ``held_out_15``, on another register and other layouts; ``held_out_11`` to
``held_out_15`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE and CA, ``held_out_10`` real numbers of 17 European countries; here:

* the values are the register's own telephone, fax and e-mail fields, unchanged
  (``scripts/data/pii_nz_schools.json``, written by ``scripts/nz_schools_data.py``; source
  and licence in that file): New Zealand's schools write national numbers with no ``+64``,
  the trunk ``0`` and one-digit area code apart from a seven-digit number (``09 4097813``),
  some grouped 3-4 (``03 578 4076``), an extension after one; each number of a telephone or
  fax field labelled on its own, each e-mail address labelled; the country is the register's;
* the text around them is the same row's real fields (school numbers, postcodes such as
  ``0440``, coordinates, rolls, deciles, five-digit community-of-learning ids) with invented
  dates and times: unlabelled and scored;
* in layouts no earlier part has: a LaTeX ``letter`` head (``\\address``, ``\\telephone``,
  ``\\location``, the fax number in the letter's sentence, the e-mail in ``\\href{mailto:}``),
  a PostgreSQL dump's ``COPY ... FROM stdin`` block (tab-separated, ``\\N`` for an empty
  field), an Emacs Org-mode heading with a ``:PROPERTIES:`` drawer (``:PHONE:``, ``:FAX:``)
  and a ``SCHEDULED:`` time stamp.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data before it was first scored.

    python scripts/pii_held_out_16.py   # rewrites the committed file
"""

from __future__ import annotations

import argparse
import datetime
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from make_pii_eval import register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nz_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_16.jsonl.gz"
SPLIT = "held_out_16"

LAYOUTS = ("latex_letter", "pg_copy", "org_properties")
NUMBER_COLUMNS = {"Telephone": "phone", "Fax": "fax"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], column: str) -> str:
    return row["fields"][column].strip()


def _email(row: dict[str, Any]) -> str:
    return _f(row, "Email^")


def _day(rng: random.Random) -> datetime.date:
    """An invented date in the register's year."""
    return datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randint(20, 340))


def _where(row: dict[str, Any]) -> str:
    parts = [_f(row, "Street"), _f(row, "Suburb"), f"{_f(row, 'City')} {_f(row, 'Postal Code')}"]
    return ", ".join(p for p in parts if p.strip())


def _tex(value: str) -> str:
    """A value with the characters LaTeX treats as commands escaped."""
    return "".join(f"\\{c}" if c in "&%$#_{}" else c for c in value)


def latex_letter(row: dict[str, Any], rng: random.Random) -> Record:
    """A letter typeset with LaTeX's ``letter`` class: the school's address, ``\\telephone``
    and ``\\location`` in the head, the roll and decile in the letter's sentence, the fax
    number after ``by fax on``, the e-mail in ``\\href{mailto:...}``."""
    b = Record()
    b.add("\\documentclass[11pt,a4paper]{letter}\n\\usepackage{hyperref}\n")
    b.add(f"\\signature{{{rng.choice(('Board of Trustees', 'The Office', 'Board Secretary'))}}}\n")
    lines = [_f(row, "Name"), *(p.strip() for p in _where(row).split(", "))]
    b.add("\\address{" + " \\\\ ".join(_tex(x) for x in lines) + "}\n")
    b.add("\\telephone{")
    b.phone("phone", _f(row, "Telephone"))
    b.add("}\n")
    b.add(f"\\location{{School number {_f(row, 'School ID')}}}\n")
    b.add(f"\\date{{{_day(rng).strftime('%-d %B %Y')}}}\n")
    b.add("\\begin{document}\n")
    postal = [_f(row, f"Postal Address {i}") for i in (1, 2, 3)]
    to = [x for x in postal if x] + [_f(row, "Postal Code")]
    b.add("\\begin{letter}{" + " \\\\ ".join(_tex(x) for x in to) + "}\n")
    b.add("\\opening{Kia ora koutou,}\n\n")
    b.add(
        f"Our roll on 1 March was {_f(row, 'Total School Roll')} (decile {_f(row, 'Decile')}, "
        f"{_tex(_f(row, 'Community of Learning: Name') or _f(row, 'Census Area Unit'))})."
    )
    if _f(row, "Fax") or _email(row):
        b.add(" Please return the signed form")
    if _f(row, "Fax"):
        b.add(" by fax on ")
        b.phone("fax", _f(row, "Fax"))
    if _email(row):
        b.add(" or" if _f(row, "Fax") else "")
        b.add(" by e-mail to \\href{mailto:")
        b.email(_email(row))
        b.add("}{")
        b.email(_email(row))
        b.add("}")
    b.add(".\n\n\\closing{Ng\\=a mihi nui,}\n\\end{letter}\n\\end{document}\n")
    return b


PG_COLUMNS = (
    ("school_id", "School ID"), ("name", "Name"), ("telephone", "Telephone"), ("fax", "Fax"),
    ("email", "Email^"), ("street", "Street"), ("city", "City"), ("postal_code", "Postal Code"),
    ("longitude", "Longitude "), ("latitude", "Latitude"), ("decile", "Decile"),
    ("roll", "Total School Roll"), ("col_id", "Community of Learning: ID"),
)  # fmt: skip


def _pg(value: str) -> str:
    """A value as ``pg_dump`` writes it in a ``COPY`` block: backslashes doubled, tabs and
    newlines escaped, ``\\N`` for an empty field."""
    if not value:
        return "\\N"
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def pg_copy(row: dict[str, Any], rng: random.Random) -> Record:
    """The row as a PostgreSQL dump's table data: the ``pg_dump`` comment, ``COPY ... FROM
    stdin;``, the values separated by tabs (``\\N`` where empty), the ``\\.`` terminator."""
    b = Record()
    owner = rng.choice(("moe", "postgres", "schools_app"))
    b.add(f"--\n-- Data for Name: schools; Type: TABLE DATA; Schema: public; Owner: {owner}\n")
    b.add("--\n\n")
    b.add(f"COPY public.schools ({', '.join(c for c, _ in PG_COLUMNS)}) FROM stdin;\n")
    for i, (_, column) in enumerate(PG_COLUMNS):
        b.add("\t" if i else "")
        value = _f(row, column)
        if column in NUMBER_COLUMNS and value:
            b.phone(NUMBER_COLUMNS[column], value)
        elif column == "Email^" and value:
            b.email(value)
        else:
            b.add(_pg(value))
    b.add("\n\\.\n\n")
    b.add(f"SELECT pg_catalog.setval('public.schools_id_seq', {rng.randint(2600, 2900)}, true);\n")
    return b


def org_properties(row: dict[str, Any], rng: random.Random) -> Record:
    """An Emacs Org-mode outline: the school as a heading with tags, a ``:PROPERTIES:`` drawer
    of its fields (``:PHONE:``, ``:FAX:``, ``:EMAIL:`` among them, values aligned), and a
    ``TODO`` below it with a ``SCHEDULED:`` time stamp."""
    b = Record()
    tag = _f(row, "School Type").split(" ")[0].lower().replace(":", "")
    b.add(f"* {_f(row, 'Name')}{' ' * rng.randint(2, 8)}:school:{tag}:\n")
    b.add("  :PROPERTIES:\n")
    props = [
        ("SCHOOL_ID", "School ID"), ("PHONE", "Telephone"), ("FAX", "Fax"), ("EMAIL", "Email^"),
        ("ADDRESS", None), ("ROLL", "Total School Roll"), ("DECILE", "Decile"),
        ("COL_ID", "Community of Learning: ID"), ("LAT", "Latitude"), ("LON", "Longitude "),
    ]  # fmt: skip
    for key, column in props:
        value = _where(row) if column is None else _f(row, column)
        if not value:
            continue
        b.add(f"  :{key}:{' ' * (11 - len(key))}")
        if column in NUMBER_COLUMNS:
            b.phone(NUMBER_COLUMNS[column], value)
        elif column == "Email^":
            b.email(value)
        else:
            b.add(value)
        b.add("\n")
    b.add("  :END:\n")
    day = _day(rng)
    hour = f"{rng.randint(8, 15):02d}:{rng.choice(('00', '15', '30', '45'))}"
    when = f"{day.isoformat()} {day.strftime('%a')} {hour}"
    b.add(f"** TODO {rng.choice(('Ring the office about', 'Confirm', 'Follow up'))} the zone\n")
    b.add(f"   SCHEDULED: <{when}>\n")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Record]] = {
    "latex_letter": latex_letter,
    "pg_copy": pg_copy,
    "org_properties": org_properties,
}


def record(locale: str, layout: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in ``layout``: each number of its telephone and fax
    fields labelled on its own, its e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    rng = coordinates_rng(SPLIT, locale, layout, n)
    row = by_locale()[locale][n]
    block = BLOCKS[layout](row, rng)
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


def generate() -> Iterator[dict[str, Any]]:
    """Every row of the data once, in the layout its index gives."""
    for locale, found in sorted(by_locale().items()):
        for n in range(len(found)):
            yield record(locale, LAYOUTS[n % len(LAYOUTS)], n)


def committed(path: Path = DATA) -> list[dict[str, Any]]:
    """The records as committed before the part was first scored."""
    from make_pii_eval import read_part

    return read_part(path)


def write(path: Path) -> None:
    """The part's records, one JSON line each, gzipped with no timestamp and no file name: the
    same bytes on every run, wherever written."""
    from make_pii_eval import write_part

    write_part(path, generate())


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    write(DATA)
    print(DATA)


if __name__ == "__main__":
    main()
