"""held_out_38 of the PII evaluation set: real phone, fax and e-mail fields of a country whose
register no earlier part used (Kenya) exactly as published, in layouts no earlier part has,
beside the country's own identifiers.

The procedure of ``held_out_31``, on another register and other layouts; ``held_out_11`` to
``held_out_34`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ and ID;
here:

* the values are the landline, fax and e-mail fields of Kenyan health facilities in the
  Ministry of Health's Master Facility List (``scripts/data/pii_ke_facilities.json``, written
  by ``scripts/ke_mfl_facilities_data.py``; source and licence in that file): numbers as each
  facility gave them, the area code with a dash or none (``064-52031``, ``0202445811``,
  ``046-421103``), a shortened alternative after ``/`` (``020-2314140/1``), several after
  ``,``, mobile numbers in the landline field (``0723916660``), each number of each copy
  labelled, the fax where the row has one of its own (not the landline again), and each copy
  of the facility's office address labelled;
* the text around them is the same row's real fields: its five-digit MFL code (``17009``),
  its postal address as entered (``P.O Box 256``, ``Please specify P.O. Box 1365``), postcode
  (``70100``), beds and cots, province, county, district, division and constituency names,
  with invented reference numbers, dates and file names, unlabelled and scored;
* in layouts no earlier part has, typesetting sources: a Typst letter of the Ministry's
  health-information unit asking the facility to confirm its record (a ``#table`` with
  ``[Telephone], [...]``, the address in ``#link("mailto:...")``), a groff ``-ms`` letter
  (``.ND``, ``.LP``, a ``tbl`` table with ``tab(;)``, ``Tel.;...``), a DocBook 5 ``<article>``
  whose ``<address>`` holds ``<pob>``, ``<postcode>``, ``<phone>``, ``<fax>`` and ``<email>``,
  and a Pandoc Markdown notice in Swahili with a YAML metadata block and a definition list
  (``Simu``, ``Faksi``, ``Barua pepe``, the address as an autolink ``<...>``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_38.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ke_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_38.jsonl.gz"
SPLIT = "held_out_38"

LAYOUTS = ("typst_letter", "groff_ms_letter", "docbook_article", "pandoc_swahili")
PHONE, FAX, EMAIL = "Official Landline", "Official Fax", "Official Email"
EDGES = {"phone": r"\d", "email": r"[\w.@'-]"}
# the day the register's file was exported (the repository's commit 04262a3)
EXPORTED = datetime.date(2014, 1, 7)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
MIEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
         "Septemba", "Oktoba", "Novemba", "Desemba")  # fmt: skip
# the characters Typst markup (a ``/`` only where it opens a comment) and Pandoc Markdown read
# as syntax, escaped in the other fields
TYPST_SPECIAL = re.compile(r"([\\#*_$@<>\[\]`~]|/(?=[/*]))")
MARKDOWN_SPECIAL = re.compile(r"([\\*_`\[\]<>#@$~^|])")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's landline field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it is a number of its own: six digits
    or more, and neither the landline field again nor a part of it (nor the landline a part of
    it), so that every copy of each field stands apart; "" otherwise."""
    value, tel = _f(row, FAX), phone(row)
    if sum(c.isdigit() for c in value) < 6 or value in tel or tel in value:
        return ""
    return value


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published, stripped ("" where the row keeps none)."""
    return _f(row, EMAIL)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _day(rng: random.Random) -> datetime.date:
    """An invented day of the months after the register's file was exported."""
    return EXPORTED + datetime.timedelta(days=rng.randint(7, 300))


def _long(day: datetime.date) -> str:
    """A date as a Kenyan ministry's letter writes it: ``14th March, 2014``."""
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {MONTHS[day.month - 1]}, {day.year}"


def _reference(row: dict[str, Any], rng: random.Random) -> str:
    """An invented file reference of the ministry's health-information unit."""
    return f"MOH/HIS/MFL/{_f(row, 'Facility Code')}/VOL.{rng.randint(1, 9)}/{rng.randint(10, 99)}"


def _town(row: dict[str, Any]) -> str:
    """The postal town and postcode as an envelope gives them (``GARISSA 70100``)."""
    return " ".join(p for p in (_f(row, "Town").upper(), _f(row, "Post Code")) if p)


def _recipient(row: dict[str, Any]) -> list[str]:
    """The letter's inside address: the officer by title, the facility, its box, its town."""
    lines = ["The Officer in Charge", _f(row, "Facility Name"), _f(row, "Official Address")]
    return [line for line in (*lines, _town(row)) if line]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's landline and fax fields (each number in
    them by ``labelled_record``) and of its e-mail address labelled. Each copy stands apart (no
    digit next to a number, no address character next to an address), so a copy is never part
    of another value."""
    values = [("phone", phone(row)), ("fax", fax(row)), ("email", email(row))]
    edges = {**EDGES, "fax": EDGES["phone"]}
    return field_copies(text, values, edges, {"phone": "tel", "fax": "fax"}, row["path"])


def _typst(value: str) -> str:
    """Text in Typst markup: a backslash before each character markup reads as syntax."""
    return TYPST_SPECIAL.sub(r"\\\1", value)


def typst_letter(row: dict[str, Any], rng: random.Random) -> str:
    """A Typst letter of the Ministry of Health's Division of Health Information Systems to
    the facility: page and text set-up, the ministry's address on the right, an invented file
    reference and date, the inside address, a bold subject line with the MFL code, and a
    two-column ``#table`` of the record (code, province, county, district, division, type,
    owner, beds and cots, ``[Telephone], [...]``, ``[Fax], [...]``, ``[E-mail],
    [#link("mailto:...")]``), asking for corrections within 30 days."""
    cells = [
        ("MFL code", _f(row, "Facility Code")),
        ("Province", _f(row, "Province")),
        ("County", _f(row, "County")),
        ("District", _f(row, "District")),
        ("Division", _f(row, "Division")),
        ("Facility type", _f(row, "Type")),
        ("Owner", _f(row, "Owner")),
        ("Beds / cots", f"{_f(row, 'Beds')} / {_f(row, 'Cots')}"),
    ]
    table = [f"  [{k}], [{_typst(v)}]," for k, v in cells if v]
    table.append(f"  [Telephone], [{phone(row)}],")
    if fax(row):
        table.append(f"  [Fax], [{fax(row)}],")
    if email(row):
        table.append(f'  [E-mail], [#link("mailto:{email(row)}")],')
    address = " \\\n".join(_typst(line) for line in _recipient(row))
    lines = [
        '#set page(paper: "a4", margin: (x: 2.5cm, y: 2cm))',
        '#set text(font: "Liberation Serif", size: 11pt, lang: "en", region: "KE")',
        "#set par(justify: true)",
        "",
        "#align(right)[",
        "  *MINISTRY OF HEALTH* \\",
        "  Division of Health Information Systems \\",
        "  Afya House, Cathedral Road \\",
        "  P.O. Box 30016 -- 00100, NAIROBI",
        "]",
        "",
        f"Ref: {_typst(_reference(row, rng))} #h(1fr) {_long(_day(rng))}",
        "",
        address,
        "",
        "*RE: CONFIRMATION OF MASTER FACILITY LIST RECORD*",
        "",
        "The Ministry is updating the Kenya Master Facility List. Our records hold the",
        "following details for your facility:",
        "",
        "#table(",
        "  columns: (auto, 1fr),",
        "  stroke: 0.5pt,",
        *table,
        ")",
        "",
        "Kindly confirm these details, or send corrections, within 30 days of this letter.",
        "",
        "#v(2em)",
        "Head, Division of Health Information Systems \\",
        "_for:_ DIRECTOR OF MEDICAL SERVICES",
        "",
    ]
    return "\n".join(lines)


def _roff(value: str) -> str:
    """Text on a roff line: a backslash doubled as ``\\e``, a leading dot or quote guarded."""
    value = value.replace("\\", "\\e")
    return "\\&" + value if value[:1] in (".", "'") else value


def groff_ms_letter(row: dict[str, Any], rng: random.Random) -> str:
    """A groff ``-ms`` letter of a district health records office to the facility: the
    command in a comment, ``.ND`` with an invented date, the office's address right-aligned
    (``.ad r``), the inside address with ``.br``, a bold ``.B`` subject, ``.PP`` paragraphs and
    a ``tbl`` table (``tab(;) box;``) of the MFL code, postal address and postcode, beds, cots
    and the numbers and address (``Tel.;...``, ``Fax;...``, ``E-mail;...``), then the
    signature block."""
    day = _day(rng)
    district = _f(row, "District") or _f(row, "County")
    rows = [
        ("MFL code", _f(row, "Facility Code")),
        ("Postal address", _f(row, "Official Address")),
        ("Postcode", _f(row, "Post Code")),
        ("Town", _f(row, "Town")),
        ("Beds", _f(row, "Beds")),
        ("Cots", _f(row, "Cots")),
        ("Tel.", phone(row)),
        ("Fax", fax(row)),
        ("E-mail", email(row)),
    ]
    stem = re.sub(r"[^a-z0-9]+", "-", _f(row, "Facility Name").lower()).strip("-")
    lines = [
        f'.\\" mfl-{_f(row, "Facility Code")}-{stem}.ms',
        f'.\\" groff -ms -t -Tpdf mfl-{_f(row, "Facility Code")}.ms > letter.pdf',
        f'.ND "{day.day} {MONTHS[day.month - 1]} {day.year}"',
        ".nr PS 11",
        ".nr VS 14",
        ".LP",
        ".ad r",
        "DISTRICT HEALTH RECORDS OFFICE",
        ".br",
        _roff(f"{district} District"),
        ".br",
        _roff(f"{_f(row, 'Province')} Province"),
        ".br",
        f"Our ref: {_roff(_reference(row, rng))}",
        ".br",
        "\\*(DY",
        ".br",
        ".ad b",
        ".sp 2",
    ]
    for i, line in enumerate(_recipient(row)):
        lines += [".br"] if i else []
        lines.append(_roff(line))
    lines += [
        ".sp",
        '.B "RE: MASTER FACILITY LIST \\(em RECORD VERIFICATION"',
        ".PP",
        "Dear Sir/Madam,",
        ".PP",
        "The Master Facility List holds the following details for your facility.",
        "Please check them and return any corrections to this office.",
        ".TS",
        "center tab(;) box;",
        "lB l.",
        *[f"{k};{_roff(v)}" for k, v in rows if v],
        ".TE",
        ".PP",
        "Yours faithfully,",
        ".sp 3",
        "District Health Records and Information Officer",
        ".br",
        _roff(f"{district} District"),
        "",
    ]
    return "\n".join(lines)


def docbook_article(row: dict[str, Any], rng: random.Random) -> str:
    """The facility as a DocBook 5 ``<article>`` of a county health directory: ``<info>``
    with an invented ``<pubdate>`` and ``<releaseinfo>``, the facility's ``<title>``, a
    ``<para>`` with its type, owner and county, a ``<variablelist>`` of the MFL code,
    location, beds and cots and constituency, and an ``<address>`` with ``<pob>``,
    ``<city>``, ``<postcode>``, ``<country>``, ``<phone>``, ``<fax>`` and ``<email>``."""
    xml_id = f"mfl-{_f(row, 'Facility Code')}"
    entries = [
        ("MFL code", _f(row, "Facility Code")),
        ("Location", ", ".join(p for p in (_f(row, "Location"), _f(row, "Sub Location")) if p)),
        ("Nearest town", _f(row, "Nearest Town")),
        ("Constituency", _f(row, "Constituency")),
        ("Beds / cots", f"{_f(row, 'Beds')} / {_f(row, 'Cots')}"),
        ("Status", _f(row, "Operational Status")),
    ]
    items = []
    for term, value in entries:
        if value:
            items += [
                "      <varlistentry>",
                f"        <term>{term}</term>",
                f"        <listitem><para>{escape(value)}</para></listitem>",
                "      </varlistentry>",
            ]
    address = [
        ("pob", _f(row, "Official Address")),
        ("city", _f(row, "Town")),
        ("postcode", _f(row, "Post Code")),
        ("country", "Kenya"),
        ("phone", phone(row)),
        ("fax", fax(row)),
        ("email", email(row)),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="en"',
        f'         xml:id="{xml_id}">',
        "  <info>",
        f"    <title>{escape(_f(row, 'Facility Name'))}</title>",
        f"    <subtitle>{escape(_f(row, 'County'))} County health facilities</subtitle>",
        f"    <pubdate>{_day(rng).isoformat()}</pubdate>",
        f"    <releaseinfo>Master Facility List extract, revision {rng.randint(2, 40)}"
        "</releaseinfo>",
        "  </info>",
        "  <para>",
        f"    {escape(_f(row, 'Type'))} run by {escape(_f(row, 'Owner'))},"
        f" {escape(_f(row, 'Division'))} division,",
        f"    {escape(_f(row, 'District'))} district, {escape(_f(row, 'Province'))} province.",
        "  </para>",
        "  <section>",
        "    <title>Register details</title>",
        "    <variablelist>",
        *items,
        "    </variablelist>",
        "  </section>",
        "  <section>",
        "    <title>Contact</title>",
        "    <address>",
        *[f"      <{tag}>{escape(v)}</{tag}>" for tag, v in address if v],
        "    </address>",
        "  </section>",
        "</article>",
        "",
    ]
    return "\n".join(lines)


def _markdown(value: str) -> str:
    """Text in Pandoc Markdown: a backslash before each character it reads as syntax."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", value)


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (the fields hold no control characters)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def pandoc_swahili(row: dict[str, Any], rng: random.Random) -> str:
    """The facility as a notice in Swahili in Pandoc Markdown: a YAML metadata block (``title``,
    ``subtitle``, ``author``, ``date``, ``lang: sw-KE``, ``keywords``) closed by ``...``, a
    heading, a definition list (``Kituo``, ``Nambari ya MFL``, ``Kaunti``, ``Wilaya``,
    ``Aina``, ``Vitanda``, ``Anwani``, ``Simu``, ``Faksi``, ``Barua pepe`` with the address as
    an autolink ``<...>``) and a fenced ``::: note`` div with the invented day of checking."""
    day = _day(rng)
    date = f"{day.day} {MIEZI[day.month - 1]} {day.year}"
    address = ", ".join(p for p in (_f(row, "Official Address"), _town(row)) if p)
    entries = [
        ("Kituo", _markdown(_f(row, "Facility Name"))),
        ("Nambari ya MFL", _f(row, "Facility Code")),
        ("Kaunti", _markdown(_f(row, "County"))),
        ("Wilaya", _markdown(_f(row, "District"))),
        ("Aina ya kituo", _markdown(_f(row, "Type"))),
        ("Mmiliki", _markdown(_f(row, "Owner"))),
        ("Vitanda / vitanda vya watoto", f"{_f(row, 'Beds')} / {_f(row, 'Cots')}"),
        ("Anwani", _markdown(address)),
        ("Simu", phone(row)),
        ("Faksi", fax(row)),
        ("Barua pepe", f"<{email(row)}>" if email(row) else ""),
    ]
    body = []
    for term, value in entries:
        if value:
            body += [term, f":   {value}", ""]
    lines = [
        "---",
        f"title: {_yaml('Taarifa ya kituo: ' + _f(row, 'Facility Name'))}",
        'subtitle: "Orodha Kuu ya Vituo vya Afya (Master Facility List)"',
        'author: "Wizara ya Afya, Kitengo cha Taarifa za Afya"',
        f'date: "{date}"',
        "lang: sw-KE",
        f"keywords: [MFL, {_yaml(_f(row, 'County'))}, {_yaml(_f(row, 'Type'))}]",
        "...",
        "",
        f"# {_markdown(_f(row, 'Facility Name'))} {{#mfl-{_f(row, 'Facility Code')}}}",
        "",
        *body,
        "::: note",
        f"Taarifa hizi zilihakikiwa tarehe {date}. Marekebisho yatumwe kwa afisa wa",
        "kumbukumbu za afya wa wilaya.",
        ":::",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "typst_letter": typst_letter,
    "groff_ms_letter": groff_ms_letter,
    "docbook_article": docbook_article,
    "pandoc_swahili": pandoc_swahili,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its landline and fax
    fields and e-mail address labelled."""
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
