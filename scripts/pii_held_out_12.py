"""held_out_12 of the PII evaluation set: real phone numbers as public registers of two
countries no earlier part used published them (the United States, Australia), in their
national format with no calling code, written into layouts no earlier part has.

A procedure different from the eleven parts before it: ``held_out_11`` took national numbers
from the registers of GB, JP, FR, KR, DE and AR, in register CSV rows, directory lines, notices
and API JSON; here:

* the values are the registers' own phone fields, unchanged: ten digits with no ``+1`` and no
  separator (``3347938701``), trunk-0 numbers in 2-4-4 groups (``08 9796 3000``); each number
  of a field labelled on its own; the country is the register's
  (``scripts/data/pii_register_contacts.json``, written by
  ``scripts/register_contacts_data.py``; sources and licences in that file);
* the text around them is the same row's real fields: register numbers (Medicare provider
  numbers, school codes), postcodes, coordinates, enrolment counts, ratings: unlabelled and
  scored;
* in layouts no earlier part has: the row as a spreadsheet exported as TSV under the
  register's own column names (``Phone Number``, ``Phone``), an XML record whose
  ``<field name="...">`` elements carry the register's column names, a printed letterhead
  footer (``Tel.``, ``Ph``) with the register numbers after their names, a wiki infobox
  (``| phone = ...``) as a Wikipedia editor would fill it from the row.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``; a number of a phone
field that it excludes stays as an unlabelled distractor. Free-text fields (ownership notes,
county names) may hold real data the part does not label: by ``held_out_5``'s rule
(``make_pii_eval.unscored_spans``) their e-mail-shaped tokens and numbers of seven or more
digits are scored neither way. Each record is seeded by its own (split, locale, layout, index).
Scored once, at its first commit, on a part that also held two registers later removed for
their licences (docs/pii.md); the US and AU records are those records unchanged.

    python scripts/pii_held_out_12.py   # rewrites the committed file
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_rows
from pii_held_out_11 import Block, numbers

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_register_contacts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_12.jsonl.gz"
SPLIT = "held_out_12"

LAYOUTS = ("tsv_export", "xml_record", "letterhead_footer", "wiki_infobox")
# the labels a letterhead footer of the country prints before a phone field's value, and the
# names it prints before the register's numbers
FOOTER_LABELS = {
    "US": (("Phone", "Tel.", "Ph."), {"Provider ID": "Medicare Provider No."}),
    "AU": (("Ph", "Phone:", "T"), {"Code": "School code"}),
}
FOOTER_SEPARATOR = {"US": " | ", "AU": " · "}
# a wiki infobox of the country's Wikipedia: its template and the names of its parameters
INFOBOX = {
    "US": ("Infobox hospital", {"name": "name", "address": "address", "phone": "phone",
                                "register": "provider_id", "kind": "type",
                                "coordinates": "coordinates"}),
    "AU": ("Infobox school", {"name": "name", "address": "address", "phone": "phone",
                              "register": "school_code", "kind": "type",
                              "coordinates": "coordinates", "count": "enrolment"}),
}  # fmt: skip


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def role(row: dict[str, Any], name: str) -> list[str]:
    """The columns of ``row`` that play ``name`` in its register (name, address, phone...)."""
    columns = data()["sources"][row["country"]]["roles"].get(name, [])
    return [c for c in _as_list(columns) if c in row["fields"]]


def _first(row: dict[str, Any], name: str) -> str:
    return next((row["fields"][c] for c in role(row, name) if row["fields"][c].strip()), "")


def _phone_columns(row: dict[str, Any]) -> list[str]:
    """The row's phone columns that hold a number."""
    return [c for c in role(row, "phone") if numbers(row["fields"][c])]


def _value(b: Block, row: dict[str, Any], column: str) -> None:
    """A field of ``row`` as written, labelled by its role."""
    field = row["fields"][column]
    if column in role(row, "phone"):
        b.phone(column, field)
    elif column in role(row, "note"):
        b.free_text(field)
    else:
        b.add(field)


def tsv_export(row: dict[str, Any], rng: random.Random) -> Block:
    """The row as a spreadsheet program exports it as tab-separated values: the register's
    column names as the header line, then the row, every field as written."""
    b = Block()
    columns = list(row["fields"])
    b.add("\t".join(columns) + "\n")
    for i, column in enumerate(columns):
        b.add("\t" if i else "")
        _value(b, row, column)
    return b


def xml_record(row: dict[str, Any], rng: random.Random) -> Block:
    """The row as an XML record: one ``<field name="...">`` element per column, named as the
    register names it, the value escaped as XML escapes it (phone fields hold no character to
    escape)."""
    b = Block()
    source = data()["sources"][row["country"]]
    index = row["path"].rsplit("#", 1)[1]
    b.add(f'<record source={quoteattr(source["paths"][0])} row="{index}">\n')
    for column, field in row["fields"].items():
        b.add(f"  <field name={quoteattr(column)}>")
        if column in role(row, "phone"):
            b.phone(column, field)
        elif column in role(row, "note"):
            b.free_text(escape(field))
        else:
            b.add(escape(field))
        b.add("</field>\n")
    b.add("</record>")
    return b


# how a letter of the country writes the row's address (its postcode included)
ADDRESS = {
    "US": lambda f: f"{f['Address']}, {f['City']}, {f['State']} {f['ZIP Code']}",
    "AU": lambda f: f"{f['Street']}, {f['Suburb']} {f['State']} {f['Postcode']}",
}


def _address(row: dict[str, Any]) -> str:
    return " ".join(ADDRESS[row["country"]](row["fields"]).split())


def letterhead_footer(row: dict[str, Any], rng: random.Random) -> Block:
    """A printed letterhead's footer: name and address on the first line, then each phone field
    after its label, the register's number after its name."""
    b = Block()
    country = row["country"]
    (labels, registers), sep = FOOTER_LABELS[country], FOOTER_SEPARATOR[country]
    b.add(f"{_first(row, 'name').strip()}{sep}{_address(row)}\n")
    for i, column in enumerate(_phone_columns(row)):
        b.add(sep if i else "")
        b.add(f"{rng.choice(labels)} ")
        b.phone(column, row["fields"][column])
    for column, name in registers.items():
        if row["fields"].get(column, "").strip():
            b.add(f"{sep}{name} {row['fields'][column]}")
    return b


def wiki_infobox(row: dict[str, Any], rng: random.Random) -> Block:
    """A Wikipedia infobox filled from the row: the country's template, one parameter per
    field (the first of each role), coordinates in a ``{{coord}}`` template."""
    b = Block()
    template, params = INFOBOX[row["country"]]
    b.add("{{" + template + "\n")
    for name, param in params.items():
        if name == "coordinates":
            lat_lon = [row["fields"][c] for c in role(row, "coordinates")]
            if lat_lon and all(lat_lon):
                b.add(f"| {param} = {{{{coord|{lat_lon[0]}|{lat_lon[1]}|display=inline}}}}\n")
            continue
        if name == "phone":
            columns = _phone_columns(row)[:1]
        else:
            columns = [c for c in role(row, name) if row["fields"][c].strip()][:1]
        if name == "address":
            if _address(row):
                b.add(f"| {param} = {_address(row)}\n")
            continue
        for column in columns:
            b.add(f"| {param} = ")
            _value(b, row, column)
            b.add("\n")
    b.add("}}")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Block]] = {
    "tsv_export": tsv_export,
    "xml_record": xml_record,
    "letterhead_footer": letterhead_footer,
    "wiki_infobox": wiki_infobox,
}


def record(locale: str, layout: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of a country's register in ``layout``: each number of its phone fields
    labelled on its own, the rest of a field (words, extensions) and the free-text fields
    unscored."""
    from make_pii_eval import (
        coordinates_rng,
        page_languages,
        personal_phone,
        record_fields,
        unscored_spans,
    )

    rng = coordinates_rng(SPLIT, locale, layout, n)
    row = by_locale()[locale][n]
    block = BLOCKS[layout](row, rng)
    text = block.text
    spans, distractors, unscored = [], [], []
    for at, column, field in block.phones:
        found = numbers(field)
        for s, e in found:
            value = field[s:e]
            kind = "international" if re.match(r"\+|00[1-9]", value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
        for s, e in unscored_spans(field, (0, 0)):  # the field's words, an extension
            if not any(a < e and s < b for a, b in found):
                unscored.append([at + s, at + e])
    for lo, hi in block.free:
        unscored += [[lo + s, lo + e] for s, e in unscored_spans(text[lo:hi], (0, 0))]
    fields = record_fields(
        (SPLIT, locale, layout, n), text, sorted(spans), sorted(distractors), (0, len(text))
    )
    return {
        **fields,
        "unscored": sorted(unscored),
        "source": row["path"],
        "language": page_languages([text])[0],
    }


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
