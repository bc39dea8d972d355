"""held_out_130 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (the Texas Education Agency's AskTED directory of public schools; the United States'
earlier parts took the CMS hospital file, New York City's high schools and Puerto Rico's voter
centres) exactly as published, in layouts no earlier part has, beside the directory's own
numbers, names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US (other registers), AU and many
others; here:

* the values are the ``School Phone`` and ``School Fax`` fields of 600 Texas campuses, a seeded
  sample of the 9,219 with a phone (``scripts/data/pii_us_tx_askted_schools.json``, written by
  ``scripts/us_tx_askted_schools_data.py``; source and licence in that file): North American
  numbers as the agency writes them, the area code in brackets, the exchange and the line
  joined by a hyphen (``(903) 584-3401``; 37 with an extension, ``(903) 928-2294 ext:012``,
  its blanks stripped), no ``+1``; the fax in the same shape where the campus has one (5 have
  none; 3 give the phone's number again, those copies labelled under the phone), each copy
  labelled;
* the text around them is the same row's real fields: the county, region, district and campus
  numbers (``001906102``, without the apostrophe the file keeps them text with), the names,
  the campus's street, city and ZIP+4 (``75779-0310``), the grade range (``EE-08``), the
  enrollment (``-1`` where none was reported), the instruction and charter types, the status
  date and the directory's update time, with invented versions, build numbers, Unix times and
  dates, unlabelled and scored;
* in layouts no earlier part has, source-code data literals of a school-finder's generated
  seed modules, text in English: Zig source files (a ``Campus`` struct and a ``pub const``
  struct literal with ``?[]const u8`` fax and ``null``, ``//!`` doc comments repeating the
  numbers, a ``test`` block), Nim modules (an exported ``object`` type and a ``const`` object
  construction with ``some``/``none`` fax, ``##`` doc comments, a ``when isMainModule``
  block), F# modules (a record type and a record expression with ``Some``/``None`` fax, a
  ``[<Literal>]`` version, ``///`` XML doc comments, a ``DateTime``) and Common Lisp source
  files (``in-package``, a ``defstruct`` and a ``defparameter`` holding ``make-campus`` with
  keyword arguments, the ``;;;;`` header repeating the numbers and the docstring the phone).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_130.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_tx_askted_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_130.jsonl.gz"
SPLIT = "held_out_130"

LAYOUTS = ("zig_struct", "nim_object", "fsharp_record", "lisp_defstruct")
PHONE, FAX = "School Phone", "School Fax"
EDGES = {"phone": r"\d", "fax": r"\d"}
COLUMNS = {"phone": PHONE, "fax": FAX}
CENTRAL = dt.timezone(dt.timedelta(hours=-6))  # Texas Education Agency's (Austin) winter time

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _n(row: dict[str, Any], key: str) -> str:
    """A number field without the apostrophe that keeps it text in the file (``'001906``)."""
    return _f(row, key).lstrip("'")


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields labelled (each
    copy stands apart: no digit next to it); a fax that repeats the phone is the phone's."""
    values = [("phone", phone(row)), ("fax", fax(row))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def _q(value: str) -> str:
    """``value`` as a double-quoted string literal (the same escapes in all four languages)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _enrollment(row: dict[str, Any]) -> int:
    """The campus's enrollment of October 2016 (``-1`` where the file reports none)."""
    value = _f(row, "School Enrollment as of Oct 2016")
    return int(value) if value.lstrip("-").isdigit() else -1


def _updated(row: dict[str, Any]) -> dt.datetime:
    """The directory's update time of the row (``12/5/2017 5:35:01 AM``, Austin's time)."""
    when = dt.datetime.strptime(_f(row, "Update Date"), "%m/%d/%Y %I:%M:%S %p")
    return when.replace(tzinfo=CENTRAL)


def _since(row: dict[str, Any]) -> str:
    """The status date as ISO ``YYYY-MM-DD`` ("" where the row has none)."""
    value = _f(row, "School Status Date")
    return dt.datetime.strptime(value, "%m/%d/%Y").date().isoformat() if value else ""


def _version(rng: random.Random) -> tuple[int, int, int]:
    """An invented version of the seed generator."""
    return rng.randint(1, 4), rng.randint(0, 19), rng.randint(0, 40)


def _generated(row: dict[str, Any], rng: random.Random) -> dt.datetime:
    """An invented moment the module was generated, some days after the directory's update."""
    return _updated(row) + dt.timedelta(seconds=rng.randint(3600, 40 * 86400))


def _contact_line(row: dict[str, Any]) -> str:
    """The free-text line that repeats the numbers (``Office (903) 584-3401, fax ...``)."""
    line = f"Office {phone(row)}"
    return line + (f", fax {fax(row)}." if fax(row) else ", no fax listed.")


def _kind(row: dict[str, Any]) -> str:
    """The campus's instruction type and, for a charter, its charter type, in lower case."""
    kind = _f(row, "Instruction Type").lower()
    charter = _f(row, "Charter Type").lower()
    return f"{kind}, {charter}" if charter else kind


def zig_struct(row: dict[str, Any], rng: random.Random) -> str:
    """A Zig source file of the finder's seed data: ``//!`` doc comments naming the campus and
    repeating its numbers, an invented ``std.SemanticVersion`` and generation Unix time, a
    ``Campus`` struct (``fax: ?[]const u8``), the campus as a ``pub const`` struct literal
    (``.fax = null`` where it has none) and a ``test`` block that checks the phone."""
    major, minor, patch = _version(rng)
    fax_value = _q(fax(row)) if fax(row) else "null"
    lines = [
        f"//! Seed record for {_f(row, 'School Name')} ({_f(row, 'District Name')}), "
        f"county {_n(row, 'County Number')}, ESC region {_n(row, 'Region Number')}.",
        f"//! {_contact_line(row)}",
        "//! Generated from the TEA AskTED school and district file; do not edit by hand.",
        "",
        'const std = @import("std");',
        "",
        "pub const seed_version = std.SemanticVersion{ "
        f".major = {major}, .minor = {minor}, .patch = {patch} }};",
        f"pub const generated_at: i64 = {int(_generated(row, rng).timestamp())};",
        "",
        "pub const Campus = struct {",
        "    county: []const u8,",
        "    region: u8,",
        "    district_number: []const u8,",
        "    district: []const u8,",
        "    number: []const u8,",
        "    name: []const u8,",
        "    kind: []const u8,",
        "    street: []const u8,",
        "    city: []const u8,",
        "    zip: []const u8,",
        "    phone: []const u8,",
        "    fax: ?[]const u8,",
        "    grades: []const u8,",
        "    enrollment: i32,",
        "};",
        "",
        "pub const campus = Campus{",
        f"    .county = {_q(_f(row, 'County Name'))},",
        f"    .region = {int(_n(row, 'Region Number'))},",
        f"    .district_number = {_q(_n(row, 'District Number'))},",
        f"    .district = {_q(_f(row, 'District Name'))},",
        f"    .number = {_q(_n(row, 'School Number'))},",
        f"    .name = {_q(_f(row, 'School Name'))},",
        f"    .kind = {_q(_kind(row))},",
        f"    .street = {_q(_f(row, 'School Street Address'))},",
        f"    .city = {_q(_f(row, 'School City'))},",
        f"    .zip = {_q(_f(row, 'School Zip'))},",
        f"    .phone = {_q(phone(row))},",
        f"    .fax = {fax_value},",
        f"    .grades = {_q(_n(row, 'Grade Range'))},",
        f"    .enrollment = {_enrollment(row)},",
        "};",
        "",
        'test "campus record keeps the directory fields" {',
        f"    try std.testing.expectEqualStrings({_q(_n(row, 'School Number'))}, campus.number);",
        f"    try std.testing.expectEqual(@as(i32, {_enrollment(row)}), campus.enrollment);",
        "    try std.testing.expect(campus.phone.len > 0);",
        "}",
        "",
    ]
    return "\n".join(lines)


def nim_object(row: dict[str, Any], rng: random.Random) -> str:
    """A Nim module of the finder's seed data: ``##`` doc comments naming the campus and
    repeating its numbers, an invented revision and generation date, an exported ``Campus``
    object type (``fax*: Option[string]``), the campus as a ``const`` object construction
    (``some``/``none(string)``) and a ``when isMainModule`` block that prints its name and
    enrollment."""
    major, minor, patch = _version(rng)
    fax_value = f"some({_q(fax(row))})" if fax(row) else "none(string)"
    since = _since(row)
    lines = [
        f"## {_f(row, 'School Name')}, {_f(row, 'District Name')} "
        f"(campus {_n(row, 'School Number')}, {_f(row, 'County Name').title()}).",
        f"## {_contact_line(row)}",
        "## Generated from the TEA AskTED directory; regenerate instead of editing.",
        "",
        "import std/options",
        "",
        "const",
        f'  SeedVersion* = "{major}.{minor}.{patch}"',
        f'  GeneratedOn* = "{_generated(row, rng):%Y-%m-%d}"',
        f"  SeedBuild* = {rng.randint(100, 9999)}",
        "",
        "type",
        "  Campus* = object",
        "    county*, district*, districtNumber*: string",
        "    number*, name*, kind*: string",
        "    street*, city*, zip*: string",
        "    phone*: string",
        "    fax*: Option[string]",
        "    grades*: string",
        "    enrollment*: int",
        "    statusSince*: string",
        "",
        "const campus* = Campus(",
        f"  county: {_q(_f(row, 'County Name'))},",
        f"  district: {_q(_f(row, 'District Name'))},",
        f"  districtNumber: {_q(_n(row, 'District Number'))},",
        f"  number: {_q(_n(row, 'School Number'))},",
        f"  name: {_q(_f(row, 'School Name'))},",
        f"  kind: {_q(_kind(row))},",
        f"  street: {_q(_f(row, 'School Street Address'))},",
        f"  city: {_q(_f(row, 'School City'))},",
        f"  zip: {_q(_f(row, 'School Zip'))},",
        f"  phone: {_q(phone(row))},",
        f"  fax: {fax_value},",
        f"  grades: {_q(_n(row, 'Grade Range'))},",
        f"  enrollment: {_enrollment(row)},",
        f"  statusSince: {_q(since)})",
        "",
        "when isMainModule:",
        '  echo campus.name, " (", campus.grades, "): ", campus.enrollment, " students"',
        "",
    ]
    return "\n".join(lines)


def fsharp_record(row: dict[str, Any], rng: random.Random) -> str:
    """An F# module of the finder's seed data: a ``///`` XML doc summary naming the campus and
    repeating its numbers, a ``[<Literal>]`` invented seed version, a ``Campus`` record type
    (``Fax: string option``, ``Charter: string option``), the campus as a record expression
    with the directory's update time as a ``DateTime`` and an invented build number."""
    major, minor, patch = _version(rng)
    fax_value = f"Some {_q(fax(row))}" if fax(row) else "None"
    charter = _f(row, "Charter Type")
    charter_value = f"Some {_q(charter)}" if charter else "None"
    when = _updated(row)
    lines = [
        f"/// <summary>{_f(row, 'School Name')}, {_f(row, 'District Name')}, "
        f"{_f(row, 'School City')} TX.</summary>",
        f"/// <remarks>{_contact_line(row)}</remarks>",
        "module TxSchools.Seed.Campus",
        "",
        "open System",
        "",
        "[<Literal>]",
        f'let SeedVersion = "{major}.{minor}.{patch}"',
        "",
        "type Campus =",
        "    { County: string",
        "      Region: int",
        "      DistrictNumber: string",
        "      District: string",
        "      Number: string",
        "      Name: string",
        "      Kind: string",
        "      Charter: string option",
        "      Street: string",
        "      City: string",
        "      Zip: string",
        "      Phone: string",
        "      Fax: string option",
        "      Grades: string",
        "      Enrollment: int",
        "      Updated: DateTime",
        "      Build: int }",
        "",
        "let campus =",
        f"    {{ County = {_q(_f(row, 'County Name'))}",
        f"      Region = {int(_n(row, 'Region Number'))}",
        f"      DistrictNumber = {_q(_n(row, 'District Number'))}",
        f"      District = {_q(_f(row, 'District Name'))}",
        f"      Number = {_q(_n(row, 'School Number'))}",
        f"      Name = {_q(_f(row, 'School Name'))}",
        f"      Kind = {_q(_f(row, 'Instruction Type'))}",
        f"      Charter = {charter_value}",
        f"      Street = {_q(_f(row, 'School Street Address'))}",
        f"      City = {_q(_f(row, 'School City'))}",
        f"      Zip = {_q(_f(row, 'School Zip'))}",
        f"      Phone = {_q(phone(row))}",
        f"      Fax = {fax_value}",
        f"      Grades = {_q(_n(row, 'Grade Range'))}",
        f"      Enrollment = {_enrollment(row)}",
        f"      Updated = DateTime({when.year}, {when.month}, {when.day}, "
        f"{when.hour}, {when.minute}, {when.second})",
        f"      Build = {rng.randint(1000, 99999)} }}",
        "",
    ]
    return "\n".join(lines)


def lisp_defstruct(row: dict[str, Any], rng: random.Random) -> str:
    """A Common Lisp source file of the finder's seed data: a ``;;;;`` header naming the
    campus and repeating its numbers, ``in-package``, an invented seed version and generation
    date, a ``defstruct`` of the campus's slots and a ``defparameter`` holding ``make-campus``
    with keyword arguments (``:fax nil`` where it has none, the enrollment, the status as a
    keyword), whose docstring repeats the phone."""
    major, minor, patch = _version(rng)
    fax_value = _q(fax(row)) if fax(row) else "nil"
    status = ":" + _f(row, "School Status").lower().replace(" ", "-")
    slots = (
        ("county", _q(_f(row, "County Name"))),
        ("region", str(int(_n(row, "Region Number")))),
        ("district-number", _q(_n(row, "District Number"))),
        ("district", _q(_f(row, "District Name"))),
        ("number", _q(_n(row, "School Number"))),
        ("name", _q(_f(row, "School Name"))),
        ("kind", _q(_kind(row))),
        ("street", _q(_f(row, "School Street Address"))),
        ("city", _q(_f(row, "School City"))),
        ("zip", _q(_f(row, "School Zip"))),
        ("phone", _q(phone(row))),
        ("fax", fax_value),
        ("grades", _q(_n(row, "Grade Range"))),
        ("enrollment", str(_enrollment(row))),
        ("status", status),
    )
    doc = f"{_f(row, 'School Name')} as the directory lists it; call {phone(row)} to enroll."
    width = max(len(slot) for slot, _ in slots) + 1
    args = [f":{slot.ljust(width)}{value}" for slot, value in slots]
    lines = [
        f";;;; {_n(row, 'School Number')}.lisp -- {_f(row, 'School Name')}, "
        f"{_f(row, 'District Name')}",
        f";;;; {_contact_line(row)}",
        ";;;; Generated from the TEA AskTED directory; regenerate instead of editing.",
        "",
        "(in-package #:tx-school-finder.seed)",
        "",
        f'(defparameter *seed-version* "{major}.{minor}.{patch}")',
        f'(defparameter *generated-on* "{_generated(row, rng):%Y-%m-%d}")',
        "",
        "(defstruct campus",
        "  " + " ".join(slot for slot, _ in slots[:8]),
        "  " + " ".join(slot for slot, _ in slots[8:]) + ")",
        "",
        "(defparameter *campus*",
        "  (make-campus " + args[0],
        *[" " * 15 + arg for arg in args[1:-1]],
        " " * 15 + args[-1] + ")",
        f"  {_q(doc)})",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "zig_struct": zig_struct,
    "nim_object": nim_object,
    "fsharp_record": fsharp_record,
    "lisp_defstruct": lisp_defstruct,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone and fax fields
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
