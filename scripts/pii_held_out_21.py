"""held_out_21 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Denmark) exactly as its public body published them, in layouts
no earlier part has, beside the country's own identifiers.

The procedure of ``held_out_20``, on another register and other layouts; ``held_out_11`` to
``held_out_20`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE and NL; here:

* the values are the phone and e-mail fields of the Danish Ministry of Education's institution
  register (``scripts/data/pii_dk_institutions.json``, written by
  ``scripts/dk_stil_institutions_data.py``; source and licence in that file): eight digits in
  two groups of four with no ``+45`` (``3366 4950``), each copy labelled; the row's e-mail
  address, each copy labelled; the country is the register's;
* the text around them is the same row's real fields: the six-digit institution number
  (``101003``), the eight-digit CVR number of the legal entity (``64942212``), the three-digit
  municipality number, the four-digit region code and postcode, with invented entry ids,
  dates, execution counts and page numbers, unlabelled and scored;
* in layouts no earlier part has: an Atom feed of register changes (the entry's content an
  escaped HTML fragment with a ``mailto:`` link, the address a second copy), a Jupyter
  notebook as its JSON file holds it (a code cell building the row as a Python dict literal,
  its output the dict's repr: the phone and address twice), a printed phone book's column
  (the name and address, dot leaders, the number at the right margin, then the address and
  identifiers on an indented line), and an Excel 2003 XML spreadsheet (SpreadsheetML: a
  header row, then the row's cells typed ``Number`` or ``String``, the address also in the
  cell's ``ss:HRef="mailto:..."``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was first scored.

    python scripts/pii_held_out_21.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_dk_institutions.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_21.jsonl.gz"
SPLIT = "held_out_21"

LAYOUTS = ("atom_entry", "notebook_dict", "phonebook_leaders", "spreadsheetml")
WIDTH = 72  # a phone book column's width in characters


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    return row["fields"][key].strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field (every kept row has one)."""
    return _f(row, "TLF_NR")


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address, or ""."""
    value = _f(row, "E_MAIL")
    return value if "@" in value else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented time of the months after the register's export (September 2016)."""
    day = datetime.date(2016, 10, 3) + datetime.timedelta(days=rng.randint(0, 300))
    return datetime.datetime(day.year, day.month, day.day, rng.randint(6, 18), rng.randint(0, 59))


def _town(row: dict[str, Any]) -> str:
    return f"{_f(row, 'POSTNR')} {_f(row, 'POSTDISTRIKT')}"


def atom_entry(row: dict[str, Any], rng: random.Random) -> Record:
    """An Atom feed (RFC 4287) of changes to the register with one entry: the entry's id names
    the institution number, its content is an escaped HTML fragment (``&lt;br/&gt;``) with the
    number and a ``mailto:`` link whose text is the address again."""
    b = Record()
    at = _moment(rng)
    stamp = at.strftime("%Y-%m-%dT%H:%M:%SZ")
    inst = _f(row, "INST_NR")
    b.add('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n')
    b.add("  <title>Institutionsregisteret: ændringer</title>\n")
    b.add(f"  <id>urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}</id>\n")
    b.add(f"  <updated>{stamp}</updated>\n")
    b.add('  <link rel="self" href="https://institutioner.example.dk/feed.atom"/>\n')
    b.add("  <entry>\n")
    b.add(f"    <title>{escape(_f(row, 'INST_NAVN'))} ({inst})</title>\n")
    b.add(f"    <id>tag:institutioner.example.dk,2016:inst/{inst}</id>\n")
    b.add(f"    <updated>{stamp}</updated>\n")
    b.add(f'    <link href="https://institutioner.example.dk/inst/{inst}"/>\n')
    b.add(f'    <category term="{escape(_f(row, "INST_TYPE_NAVN"))}"/>\n')
    b.add('    <content type="html">')
    html = escape("<p>")
    br = escape("<br/>")
    b.add(f"{html}{escape(escape(_f(row, 'INST_ADR')))}{br}{escape(_town(row))}{br}")
    b.add("Tlf. ")
    b.phone("TLF_NR", phone(row))
    b.add(br)
    address = email(row)
    if address:
        b.add(escape('E-mail: <a href="mailto:'))
        b.email(address)
        b.add(escape('">'))
        b.email(address)
        b.add(escape("</a>") + br)
    b.add(f"Institutionsnummer {inst}{br}CVR-nr. {_f(row, 'CVR_NR')}{br}")
    b.add(f"Kommune {_f(row, 'KOMMUNE_NR')} {escape(_f(row, 'ADM_KOMMUNE_NAVN'))}")
    b.add(f"{escape('</p>')}</content>\n  </entry>\n</feed>\n")
    return b


def _json_str(b: Record, parts: list[tuple[str, str]]) -> None:
    """A JSON string literal written piece by piece: ``("", text)`` escaped as JSON does,
    ``("TLF_NR"|"E_MAIL", value)`` written as the labelled value (which needs no escape)."""
    b.add('"')
    for kind, text in parts:
        if kind == "":
            b.add(json.dumps(text, ensure_ascii=False)[1:-1])
            continue
        assert json.dumps(text, ensure_ascii=False)[1:-1] == text, text
        if kind == "TLF_NR":
            b.phone("TLF_NR", text)
        else:
            b.email(text)
    b.add('"')


NOTEBOOK_KEYS = ("INST_NR", "INST_NAVN", "INST_ADR", "POSTNR", "POSTDISTRIKT", "TLF_NR",
                 "E_MAIL", "CVR_NR", "KOMMUNE_NR", "BEL_REGION")  # fmt: skip


def _repr_parts(row: dict[str, Any], key: str) -> list[tuple[str, str]]:
    """``'KEY': 'value'`` as Python's repr writes a dict item, the value labelled where it is
    the phone or e-mail field."""
    value = _f(row, key)
    quoted = repr(value)
    kind = key if key in ("TLF_NR", "E_MAIL") and value else ""
    if kind:
        return [("", f"{key!r}: {quoted[0]}"), (kind, value), ("", quoted[-1])]
    return [("", f"{key!r}: {quoted}")]


def notebook_dict(row: dict[str, Any], rng: random.Random) -> Record:
    """A Jupyter notebook (nbformat 4) as its ``.ipynb`` JSON holds it: a Markdown cell, then a
    code cell whose source lines build the row as a Python dict literal and whose output is
    the dict's repr on one line (every value a second time)."""
    b = Record()
    count = rng.randint(2, 40)
    b.add('{\n "cells": [\n  {\n   "cell_type": "markdown",\n   "metadata": {},\n')
    b.add('   "source": [\n    ')
    _json_str(b, [("", f"## {_f(row, 'INST_NAVN')}\n")])
    b.add(",\n    ")
    _json_str(b, [("", f"Udtræk fra Institutionsregisteret, {_f(row, 'INST_TYPE_NAVN')}.")])
    b.add('\n   ]\n  },\n  {\n   "cell_type": "code",\n')
    b.add(f'   "execution_count": {count},\n   "metadata": {{}},\n   "outputs": [\n')
    b.add('    {\n     "data": {\n      "text/plain": [\n       ')
    items: list[tuple[str, str]] = [("", "{")]
    for i, key in enumerate(NOTEBOOK_KEYS):
        items += _repr_parts(row, key)
        items.append(("", ", " if i < len(NOTEBOOK_KEYS) - 1 else "}"))
    _json_str(b, items)
    b.add(f'\n      ]\n     }},\n     "execution_count": {count},\n')
    b.add('     "metadata": {},\n     "output_type": "execute_result"\n    }\n   ],\n')
    b.add('   "source": [\n    ')
    _json_str(b, [("", "inst = {\n")])
    for key in NOTEBOOK_KEYS:
        b.add(",\n    ")
        _json_str(b, [("", "    "), *_repr_parts(row, key), ("", ",\n")])
    b.add(",\n    ")
    _json_str(b, [("", "}\n")])
    b.add(",\n    ")
    _json_str(b, [("", "inst")])
    b.add('\n   ]\n  }\n ],\n "metadata": {\n  "kernelspec": {\n')
    b.add('   "display_name": "Python 3",\n   "language": "python",\n   "name": "python3"\n')
    b.add('  },\n  "language_info": {\n   "name": "python",\n   "version": "3.5.2"\n  }\n')
    b.add(' },\n "nbformat": 4,\n "nbformat_minor": 1\n}\n')
    return b


def phonebook_leaders(row: dict[str, Any], rng: random.Random) -> Record:
    """A column of a printed phone book of schools and institutions: the running head with the
    municipality and page, the entry's name and address, dot leaders to the right margin, the
    number there, then an indented line with the e-mail address and the identifiers."""
    b = Record()
    page = rng.randint(12, 380)
    head = f"{_f(row, 'ADM_KOMMUNE_NAVN').upper()} · SKOLER OG INSTITUTIONER"
    b.add(f"{head}{str(page).rjust(WIDTH - len(head))}\n{'=' * WIDTH}\n\n")
    entry = f"{_f(row, 'INST_NAVN')}, {_f(row, 'INST_ADR')}, {_town(row)} "
    number = phone(row)
    lines = [entry]
    while len(lines[-1]) + len(number) + 4 > WIDTH:  # wrap a long entry at a space
        cut = lines[-1].rfind(" ", 0, WIDTH - 2)
        lines[-1:] = [lines[-1][:cut], "   " + lines[-1][cut + 1 :]]
    b.add("".join(line + "\n" for line in lines[:-1]))
    b.add(lines[-1] + "." * (WIDTH - len(lines[-1]) - len(number) - 1) + " ")
    b.phone("TLF_NR", number)
    b.add("\n")
    address = email(row)
    b.add("      ")
    if address:
        b.add("e-mail ")
        b.email(address)
        b.add(" · ")
    b.add(f"inst.nr. {_f(row, 'INST_NR')} · CVR {_f(row, 'CVR_NR')}\n")
    b.add(f"      {_f(row, 'INST_TYPE_NAVN')} · kommune {_f(row, 'KOMMUNE_NR')}\n\n")
    foot = "Rettelser til telefonbogen: se forsiden."
    b.add(f"{'-' * WIDTH}\n{foot}{str(page).rjust(WIDTH - len(foot))}\n")
    return b


SHEET_COLUMNS = (
    ("INST_NR", "Number"), ("INST_NAVN", "String"), ("INST_ADR", "String"),
    ("POSTNR", "Number"), ("POSTDISTRIKT", "String"), ("TLF_NR", "String"),
    ("E_MAIL", "String"), ("WEB_ADR", "String"), ("CVR_NR", "Number"),
    ("KOMMUNE_NR", "Number"), ("BEL_REGION", "Number"), ("EJERKODE_NAVN", "String"),
)  # fmt: skip


def spreadsheetml(row: dict[str, Any], rng: random.Random) -> Record:
    """An Excel 2003 XML spreadsheet (SpreadsheetML) of one sheet: the document properties,
    a header row of the register's column names, then the row, each cell typed ``Number`` or
    ``String``, the e-mail cell with its ``mailto:`` hyperlink."""
    b = Record()
    at = _moment(rng)
    b.add('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n')
    b.add('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n')
    b.add(' xmlns:o="urn:schemas-microsoft-com:office:office"\n')
    b.add(' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n')
    b.add(' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">\n')
    b.add(f"  <Created>{at.strftime('%Y-%m-%dT%H:%M:%SZ')}</Created>\n")
    b.add(f"  <Version>{rng.choice(('14.00', '15.00', '16.00'))}</Version>\n")
    b.add(" </DocumentProperties>\n")
    b.add(' <Worksheet ss:Name="Institutioner">\n')
    b.add(f'  <Table ss:ExpandedColumnCount="{len(SHEET_COLUMNS)}" ss:ExpandedRowCount="2">\n')
    b.add("   <Row>\n")
    for key, _ in SHEET_COLUMNS:
        b.add(f'    <Cell><Data ss:Type="String">{key}</Data></Cell>\n')
    b.add("   </Row>\n   <Row>\n")
    for key, kind in SHEET_COLUMNS:
        value = _f(row, key)
        if key == "E_MAIL" and email(row):
            assert escape(value) == value, value
            b.add('    <Cell ss:HRef="mailto:')
            b.email(value)
            b.add('"><Data ss:Type="String">')
            b.email(value)
            b.add("</Data></Cell>\n")
        elif key == "TLF_NR":
            b.add('    <Cell><Data ss:Type="String">')
            b.phone("TLF_NR", value)
            b.add("</Data></Cell>\n")
        else:
            b.add(f'    <Cell><Data ss:Type="{kind}">{escape(value)}</Data></Cell>\n')
    b.add("   </Row>\n  </Table>\n </Worksheet>\n</Workbook>\n")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Record]] = {
    "atom_entry": atom_entry,
    "notebook_dict": notebook_dict,
    "phonebook_leaders": phonebook_leaders,
    "spreadsheetml": spreadsheetml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone number
    labelled, each copy of its e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = BLOCKS[layout](row, rng)
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
