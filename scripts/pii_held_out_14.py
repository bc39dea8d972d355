"""held_out_14 of the PII evaluation set: real phone, fax and e-mail fields of two countries no
earlier part used (Singapore, Ireland) exactly as public registers published them, in layouts
no earlier part has.

A procedure different from the thirteen parts before it: ``held_out_11`` to ``held_out_13``
took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN and TW; here:

* the values are the registers' own phone, fax and e-mail fields, unchanged
  (``scripts/data/pii_school_registers.json``, written by ``scripts/school_registers_data.py``;
  sources and licences in that file): Singapore's schools write eight digits, the only form of
  its plan, with no area code and no trunk prefix (``64661144``, ``6570 1588``, ``+65
  63157600``, ``(65) 65717200``, ``64683956 / 64665912``, ``65653692 (Secondary)``); Ireland's
  Dublin schools, stored as JSON integers, lost their trunk ``0`` (``14541265`` for ``01
  4541265``); e-mail addresses in capitals (``NJC@MOE.EDU.SG``) or not; each number of a field
  labelled on its own, each e-mail address labelled; the country is the register's;
* the text around them is the same row's real fields (six-digit postal codes, roll numbers
  such as ``07546J``, bus service lists, zone and cluster codes, pupil counts, coordinates)
  with invented page numbers, lookup counts and dates: unlabelled and scored;
* in layouts no earlier part has: a printed directory's page as PDF text extraction gives it,
  two columns side by side (name and address left; numbers, e-mail and codes right; labels
  ``Tel:``, ``T``, or none), an HTML card with schema.org microdata (``<span
  itemprop="telephone">``, ``href="tel:..."``, ``mailto:``, no visible label), a reverse phone
  lookup's result lines (the number first on its line, then whose it is), a web map's GeoJSON
  feature as its script embeds it (``var schools = {...}``; the Irish number a JSON integer).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data before it was first scored.

    python scripts/pii_held_out_14.py   # rewrites the committed file
"""

from __future__ import annotations

import argparse
import json
import random
import re
import textwrap
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from make_pii_eval import register_rows
from pii_held_out_11 import Block, numbers

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_school_registers.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_14.jsonl.gz"
SPLIT = "held_out_14"

LAYOUTS = ("two_column_pdf", "microdata_html", "reverse_lookup", "geojson_feature")
EMPTY = ("", "na")  # a register's empty field


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _role(row: dict[str, Any], name: str) -> Any:
    return data()["sources"][row["country"]]["roles"][name]


def _field(row: dict[str, Any], name: str) -> str:
    """The value of the column that plays ``name`` (empty where the register has none)."""
    column = _role(row, name)
    return row["fields"][column].strip() if column else ""


def _numbers(row: dict[str, Any], kind: str) -> list[tuple[str, str]]:
    """(column, field) of each phone (``kind`` "phone") or fax column that holds a number."""
    return [
        (c, row["fields"][c])
        for c in _role(row, kind)
        if row["fields"][c].strip() not in EMPTY and any(ch.isdigit() for ch in row["fields"][c])
    ]


class Record(Block):
    """A block whose e-mail addresses are labelled too."""

    def __init__(self) -> None:
        super().__init__()
        self.emails: list[tuple[int, int]] = []

    def email(self, value: str) -> None:
        self.emails.append((len(self.text), len(self.text) + len(value)))
        self.text += value


def labelled_record(
    where: tuple[str, str, str, int],
    row: dict[str, Any],
    block: Record,
    international: Callable[[str], bool],
) -> dict[str, Any]:
    """The evaluation record of one register row's block (``where`` = split, locale, layout,
    index): each number of its phone fields labelled on its own (one no person holds is only a
    distractor), its kind by ``international``, each e-mail address labelled. The registers'
    parts from this one on build their records with it."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in block.emails]
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def whole_fields_record(
    where: tuple[str, str, str, int],
    row: dict[str, Any],
    block: Record,
    international: Callable[[str], bool],
) -> dict[str, Any]:
    """The evaluation record of a block whose phone fields each hold one number, written whole
    (``where`` = split, locale, layout, index): each copy of a field labelled whole (asserted to
    be a number a person could hold: ``personal_phone``), its kind by ``international``, each
    e-mail address labelled. ``labelled_record`` is the one for fields ``numbers`` splits."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text, spans = block.text, []
    for at, column, field in block.phones:
        assert personal_phone(field, row["country"]), (row["path"], field)
        kind = "international" if international(field) else "national"
        spans.append([at, at + len(field), "PHONE_NUMBER", f"{kind}:{column}"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in block.emails]
    fields = record_fields(where, text, sorted(spans), [], (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def field_copies(
    text: str,
    values: Sequence[tuple[str, str]],
    edges: Mapping[str, str],
    columns: Mapping[str, str],
    where: Any,
    *,
    nested: bool = False,
) -> Record:
    """``text`` as a record with every copy of each of a row's field values labelled.

    Many registers' parts label the copies of a row's phone, fax and e-mail fields that their
    layouts wrote into ``text``; each carried the same loop, so they build their blocks with
    this one. ``values`` are (kind, value) pairs (an empty value is skipped); ``edges`` maps a
    kind to the pattern of one character that may not stand next to its copies (a digit for
    a number, an address character for an e-mail address), so a copy is never part of another
    value; ``columns`` maps each kind but ``"email"`` to the phone column its copies are
    labelled under (each number in them by ``labelled_record``), and copies of kind
    ``"email"`` are labelled as e-mail addresses. ``where`` names the row if a copy does not
    stand apart.

    No two copies may overlap. With ``nested`` true the values are taken in their order and a
    copy that lies inside one taken before it is that one's (skipped, its edges unchecked):
    pass the values longest first to give a value found inside a longer one to the longer
    one, or in order of precedence to give a copy two fields share to the first."""
    found: list[tuple[int, int, str]] = []
    for kind, value in values:
        if not value:
            continue
        for m in re.finditer(re.escape(value), text):
            if nested and any(s <= m.start() and m.end() <= e for s, e, _ in found):
                continue
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            assert not re.fullmatch(edges[kind], before), (where, value)
            assert not re.fullmatch(edges[kind], after), (where, value)
            found.append((m.start(), m.end(), kind))
    b = Record()
    at = 0
    for start, end, kind in sorted(found):
        assert start >= at, where
        b.add(text[at:start])
        if kind == "email":
            b.email(text[start:end])
        else:
            b.phone(columns[kind], text[start:end])
        at = end
    b.add(text[at:])
    return b


def phone_copies(text: str, value: str, column: str, where: str) -> Record:
    """``text`` as a record with every copy of a row's phone field ``value`` labelled under
    ``column`` (each number in it by ``labelled_record``). Each copy stands apart (no digit next
    to it), so a copy is never part of another value; ``where`` names the row if one does not.
    The registers' parts that label one phone field build their blocks with it (by
    ``field_copies``)."""
    return field_copies(text, [("phone", value)], {"phone": r"\d"}, {"phone": column}, where)


def _email(row: dict[str, Any]) -> str:
    value = _field(row, "email")
    return "" if value in EMPTY else value


def _address_lines(row: dict[str, Any]) -> list[str]:
    """The address as a directory prints it: Singapore's street and postal code; Ireland's
    address lines."""
    if row["country"] == "SG":
        return [_field(row, "street"), f"Singapore {_field(row, 'postcode')}"]
    lines = [row["fields"][f"Address Line {i}"].strip() for i in range(1, 5)]
    return [line for line in lines if line]


HEADERS = {
    "SG": "MINISTRY OF EDUCATION SINGAPORE · DIRECTORY OF SCHOOLS",
    "IE": "DEPARTMENT OF EDUCATION AND SKILLS · PRIMARY SCHOOLS, DUBLIN",
}
LABELS = {"phone": ("Tel: ", "Tel ", "T ", ""), "fax": ("Fax: ", "Fax ", "F ", "")}


def two_column_pdf(row: dict[str, Any], rng: random.Random) -> Record:
    """A printed directory's page as PDF text extraction gives it: the running header, then
    the entry in two columns side by side, name and address on the left, numbers, e-mail and
    codes on the right (padded to the right column's start), the page number as footer."""
    b = Record()
    page = rng.randint(3, 180)
    b.add(f"{HEADERS[row['country']]}{' ' * rng.randint(4, 12)}{page}\n\n")
    left = [*textwrap.wrap(_field(row, "name"), 38), *_address_lines(row)]
    if row["country"] == "SG":
        left.append(f"Principal: {_field(row, 'head')}")
        codes = f"{row['fields']['zone_code']} · {row['fields']['cluster_code']}"
    else:
        left.append(f"Ethos: {_field(row, 'kind').title()}")
        counts = (row["fields"][k] for k in ("totalPupils", "Total Boys", "Total Girls"))
        codes = "Pupils {} ({} boys, {} girls)".format(*counts)
    # the right column: (label, column, field) for numbers, plain text otherwise
    tel, fax = rng.choice(LABELS["phone"]), rng.choice(LABELS["fax"])
    right: list[tuple[str, str, str] | str] = [(tel, c, f) for c, f in _numbers(row, "phone")]
    right += [(fax, c, f) for c, f in _numbers(row, "fax")]
    email = _email(row)
    if email:
        right.append(("", "email", email))
    right.append(f"Roll No. {_field(row, 'register')}" if row["country"] == "IE" else codes)
    if row["country"] == "IE":
        right.append(codes)
    width = max(map(len, left)) + rng.randint(3, 10)
    for i in range(max(len(left), len(right))):
        text = left[i] if i < len(left) else ""
        b.add(text)
        if i < len(right):
            b.add(" " * (width - len(text)))
            item = right[i]
            if isinstance(item, str):
                b.add(item)
            elif item[1] == "email":
                b.email(item[2])
            else:
                b.add(item[0])
                b.phone(item[1], item[2])
        b.add("\n")
    b.add(f"\n{' ' * rng.randint(20, 30)}— {page} —")
    return b


SCHEMA_KIND = {"SG": "School", "IE": "ElementarySchool"}


def microdata_html(row: dict[str, Any], rng: random.Random) -> Record:
    """A school's card in a web page with schema.org microdata: the numbers in elements whose
    ``itemprop`` names them (a ``tel:`` link for some), the e-mail in a ``mailto:`` link, no
    visible label."""
    b = Record()
    b.add(
        f'<div class="card" itemscope itemtype="https://schema.org/{SCHEMA_KIND[row["country"]]}">\n'
    )
    b.add(f'  <h3 itemprop="name">{_field(row, "name")}</h3>\n')
    b.add('  <p itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">\n')
    lines = _address_lines(row)
    if row["country"] == "SG":
        b.add(f'    <span itemprop="streetAddress">{lines[0]}</span><br>\n')
        b.add(f'    Singapore <span itemprop="postalCode">{_field(row, "postcode")}</span>\n')
    else:
        b.add(f'    <span itemprop="streetAddress">{", ".join(lines)}</span>\n')
    b.add("  </p>\n")
    link = rng.random() < 0.5
    for kind, prop in (("phone", "telephone"), ("fax", "faxNumber")):
        for column, field in _numbers(row, kind):
            if link and kind == "phone" and re.fullmatch(r"\d+", field):
                b.add('  <a href="tel:')
                b.phone(column, field)
                b.add(f'" itemprop="{prop}">')
                b.phone(column, field)
                b.add("</a>\n")
            else:
                b.add(f'  <span itemprop="{prop}">')
                b.phone(column, field)
                b.add("</span>\n")
    email = _email(row)
    if email:
        b.add('  <a itemprop="email" href="mailto:')
        b.email(email)
        b.add('">')
        b.email(email)
        b.add("</a>\n")
    if row["country"] == "IE":
        b.add(f'  <meta itemprop="identifier" content="{_field(row, "register")}">\n')
        b.add(f'  <span class="pupils">{_field(row, "count")} pupils</span>\n')
    else:
        b.add(f'  <span class="level">{row["fields"]["mainlevel_code"].title()}</span>\n')
    b.add("</div>")
    return b


KINDS = {"phone": ("school office", "main line", "general office"), "fax": ("fax", "fax line")}


def reverse_lookup(row: dict[str, Any], rng: random.Random) -> Record:
    """A reverse phone lookup's results: each number first on its line, then whose it is and
    where, the kind of line, how often it was looked up and when; no label."""
    b = Record()
    b.add("Reverse phone lookup · results\n")
    where = ", ".join(_address_lines(row))
    for kind in ("phone", "fax"):
        for column, field in _numbers(row, kind):
            b.phone(column, field)
            b.add(f"  {_field(row, 'name')}, {where}  [{rng.choice(KINDS[kind])}]")
            b.add(f"  {rng.randint(2, 900)} lookups · last {rng.randint(1, 28):02d}/")
            b.add(f"{rng.randint(1, 12):02d}/{rng.choice((2019, 2020, 2021))}\n")
    email = _email(row)
    if email:
        b.add("Also listed: ")
        b.email(email)
        b.add("\n")
    b.add(f"Safety rating: {rng.choice(('safe', 'neutral', 'unknown'))}")
    return b


def geojson_feature(row: dict[str, Any], rng: random.Random) -> Record:
    """A web map's script: the row as a GeoJSON feature in a ``var`` (the Irish source's own
    layout), its properties under the register's column names; the Irish number a JSON
    integer, as published, Singapore's fields strings."""
    b = Record()
    fields = dict(row["fields"])
    coordinates = fields.pop("coordinates", None)
    b.add('var schools = {\n   "type": "FeatureCollection",\n   "features": [\n  {\n')
    b.add('    "type": "Feature",\n    "geometry": ')
    if coordinates:
        b.add('{\n       "type": "Point",\n')
        b.add(f'       "coordinates":  [ {coordinates} ]\n    }},\n')
    else:
        b.add("null,\n")
    b.add('    "properties": {\n')
    phones = {c for kind in ("phone", "fax") for c, _ in _numbers(row, kind)}
    items = list(fields.items())
    for i, (column, value) in enumerate(items):
        b.add(f"    {json.dumps(column)}:")
        if column in phones:
            integer = row["country"] == "IE" and value.isdigit()
            b.add("" if integer else '"')
            b.phone(column, value)
            b.add("" if integer else '"')
        elif column == _role(row, "email") and value not in EMPTY:
            b.add('"')
            b.email(value)
            b.add('"')
        elif row["country"] == "IE" and re.fullmatch(r"\d+", value):
            b.add(value)
        else:
            b.add(json.dumps(value, ensure_ascii=False))
        b.add(",\n" if i < len(items) - 1 else "\n")
    b.add("    }\n  }\n]};")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Record]] = {
    "two_column_pdf": two_column_pdf,
    "microdata_html": microdata_html,
    "reverse_lookup": reverse_lookup,
    "geojson_feature": geojson_feature,
}


def record(locale: str, layout: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in ``layout``: each number of its phone and fax fields
    labelled on its own, each e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    rng = coordinates_rng(SPLIT, locale, layout, n)
    row = by_locale()[locale][n]
    block = BLOCKS[layout](row, rng)
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: bool(re.match(r"\+|\(65\)", value))
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
