"""held_out_165 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Poland's common courts: appeal, regional and district courts; Poland's earlier part
took Eurostat GISCO's list of hospitals) exactly as published, in layouts no earlier part has,
beside the register's own names, addresses and districts.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of PL (hospitals), GB (courts), JP, FR and many others; here:

* the values are the ``tel`` and ``email`` fields of 377 courts
  (``scripts/data/pii_pl_courts.json``, written by ``scripts/pl_courts_data.py``; source and
  licence in that file): Polish numbers as the courts publish them, nine digits in groups
  with the area code first (``85 743 07 27``,
  ``(85) 81 12 300``, ``32 36 87 303``), two or three after commas (each its own label), a few
  with an extension (``41 386 14 41 w. 1013``, ``61 628 30 00 wew. 1``: the extension is left
  unlabelled), and the courts' office addresses (``boi@bialystok.sa.gov.pl``; two in some
  fields, each its own label; a field with an address that is no plain ASCII address, such as
  ``punkt.obsługi@gizycko.sr.gov.pl``, is left out of the text), each written once;
* the text around them is the same row's real fields: the court's name, its address with the
  postcode (``16-100 Sokółka``), its appeal and regional districts and its web page, with
  invented case references (``IV P 123/24``), dates, ids, timestamps and ports, unlabelled and
  scored;
* in layouts no earlier part has, note-taking and small-network formats, text in Polish:
  FreeMind mind maps (``.mm``: a ``map`` of ``node`` elements with ``ID``, ``CREATED`` and
  ``MODIFIED`` attributes, the court under its appeal district, its address, number and
  address as child nodes, a ``richcontent`` note), TaskPaper task lists (a project of a
  workplace case, tasks with ``@due(...)``, ``@done(...)`` and ``@priority(...)`` tags, the
  number in the call task, the address in the e-mail task, a notes project), Djot documents
  (a heading with an attribute block, a definition list of the court's contacts, the address
  as an autolink, a table of districts and a footnote) and Gopher menus (gophermap files of
  RFC 1436 item lines: ``i`` information lines with the contacts, ``1`` menu and ``h`` URL
  items, tab-separated selector, host and port).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_165.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pl_courts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_165.jsonl.gz"
SPLIT = "held_out_165"

LAYOUTS = ("freemind_map", "taskpaper_list", "djot_document", "gophermap_menu")
PHONE = "tel"
EDGES = {"phone": r"\d", "email": r"[\w.@'+-]"}
ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented case kinds of a workplace dispute (the divisions' letters of Polish case numbers)
CASES = (
    ("P", "sprawa z zakresu prawa pracy"), ("Pa", "apelacja w sprawie pracowniczej"),
    ("C", "sprawa cywilna o zadośćuczynienie"), ("Ns", "wniosek w postępowaniu nieprocesowym"),
)  # fmt: skip
DIVISIONS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def emails(row: dict[str, Any]) -> list[str]:
    """The addresses of the row's e-mail field, in order, where every one of them is a plain
    ASCII address (none otherwise: such a field is not written)."""
    parts = [p.strip() for p in _f(row, "email").split(",") if p.strip()]
    if parts and all(ADDRESS.fullmatch(p) for p in parts):
        return parts
    return []


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped, where it is written ("" otherwise)."""
    return _f(row, "email") if emails(row) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is; ``48`` first
    is Radom's area code, not Poland's country code)."""
    return value.lstrip("(").startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: the copy of the row's phone field and of each of its e-mail
    addresses labelled. Each copy stands apart (no digit next to a number, no address character
    next to an address)."""
    values = [("email", a) for a in emails(row)] + [("phone", phone(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Warsaw, CET)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _case(rng: random.Random) -> tuple[str, str]:
    """An invented case reference (``IV P 123/24``) and what the case is."""
    letters, what = rng.choice(CASES)
    return f"{rng.choice(DIVISIONS)} {letters} {rng.randint(12, 1890)}/24", what


def _x(value: str) -> str:
    """``value`` as XML attribute text (double-quoted)."""
    return escape(value, {'"': "&quot;"})


def _contact_lines(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) of the court's written contacts, in order: address, phone, e-mail, web."""
    out = [("Adres", _f(row, "adres")), ("Telefon", phone(row))]
    if email(row):
        out.append(("E-mail", email(row)))
    if _f(row, "www"):
        out.append(("Strona", _f(row, "www")))
    return out


def freemind_map(row: dict[str, Any], rng: random.Random) -> str:
    """A FreeMind 1.0.1 mind map (``.mm``) of someone preparing a workplace case: a root
    ``node`` naming the case, a child for the appeal district and, below it, the court's node
    with its address, ``tel.`` and ``e-mail`` nodes, each with an invented ``ID`` and
    ``CREATED``/``MODIFIED`` times in milliseconds, an ``icon``, and a ``richcontent`` note
    with the regional district and the case reference."""
    when = _when(rng)
    ms = int(when.timestamp() * 1000)
    case, what = _case(rng)

    def node_id() -> str:
        return f"ID_{rng.randint(10**8, 2 * 10**9 - 1)}"

    def stamp(attr: int) -> str:
        return f'CREATED="{ms + attr}" MODIFIED="{ms + attr + rng.randint(0, 90000)}"'

    children = [
        f'      <node {stamp(3100)} ID="{node_id()}" TEXT="{_x(_f(row, "adres"))}"/>',
        f'      <node {stamp(4200)} ID="{node_id()}" TEXT="tel. {_x(phone(row))}">',
        '        <icon BUILTIN="idea"/>',
        "      </node>",
    ]
    if email(row):
        children.append(
            f'      <node {stamp(5300)} ID="{node_id()}" TEXT="e-mail: {_x(email(row))}"/>'
        )
    if _f(row, "www"):
        children.append(
            f'      <node {stamp(6400)} ID="{node_id()}" LINK="{_x(_f(row, "www"))}" '
            'TEXT="strona sądu"/>'
        )
    lines = [
        '<map version="1.0.1">',
        "<!-- To view this file, download free mind mapping software FreeMind from "
        "http://freemind.sourceforge.net -->",
        f'<node {stamp(0)} ID="{node_id()}" TEXT="Mobbing – {_x(what)}">',
        f'  <node {stamp(1000)} ID="{node_id()}" POSITION="right" '
        f'TEXT="apelacja {_x(_f(row, "apelacja"))}">',
        f'    <node {stamp(2000)} ID="{node_id()}" TEXT="{_x(_f(row, "title"))}" FOLDED="false">',
        *children,
        '      <richcontent TYPE="NOTE"><html>',
        "  <head>",
        "  </head>",
        "  <body>",
        "    <p>",
        f"      Okręg: {escape(_f(row, 'okręg'))}. Sygn. akt {case}, wpis z {when:%d.%m.%Y}.",
        "    </p>",
        "  </body>",
        "</html>",
        "</richcontent>",
        "    </node>",
        "  </node>",
        "</node>",
        "</map>",
        "",
    ]
    return "\n".join(lines)


def taskpaper_list(row: dict[str, Any], rng: random.Random) -> str:
    """A TaskPaper list: a project of a workplace case with tasks (``- ``) tagged
    ``@due(YYYY-MM-DD)``, ``@done(...)`` and ``@priority(n)``, the call task naming the court
    and its number, the e-mail task its address, the address task its address and postcode, a
    note line with the case reference, and a second project of notes on the districts."""
    when = _when(rng)
    case, what = _case(rng)
    name = _f(row, "title")

    def day(offset: int) -> str:
        return f"{when + dt.timedelta(days=offset):%Y-%m-%d}"

    tasks = [
        f"\t- zadzwonić do sekretariatu: {name}, tel. {phone(row)} @due({day(2)}) "
        f"@priority({rng.randint(1, 3)})",
        f"\t\tzapytać o termin rozprawy w sprawie {case}",
    ]
    if email(row):
        tasks.append(f"\t- wysłać pismo e-mailem na {email(row)} @due({day(5)})")
    tasks += [
        f"\t- złożyć pozew osobiście: {_f(row, 'adres')} @done({day(-3)})",
        f"\t- sprawdzić wpis w portalu informacyjnym @done({day(-1)})",
    ]
    notes = [f"\tApelacja {_f(row, 'apelacja')}, okręg {_f(row, 'okręg')}."]
    if _f(row, "www"):
        notes.append(f"\tStrona sądu: {_f(row, 'www')}")
    lines = [
        f"Sprawa {case} – {what}:",
        *tasks,
        "",
        "Notatki:",
        *notes,
        f"\t- przygotować kopie dokumentów ({rng.randint(2, 9)} egz.) @due({day(1)})",
        "",
    ]
    return "\n".join(lines)


def djot_document(row: dict[str, Any], rng: random.Random) -> str:
    """A Djot document of a help page: a level-one heading with an attribute block (an
    invented id), a paragraph, a definition list (``: term`` and an indented definition) of
    the court's address, number and e-mail (as an autolink), its web page as a link, a
    table of the districts and a footnote with an invented update date."""
    when = _when(rng)
    name = _f(row, "title")
    sid = f"sad-{rng.randint(1000, 99999)}"
    items = [
        ": Adres",
        "",
        f"  {_f(row, 'adres')}",
        "",
        ": Telefon",
        "",
        f"  {phone(row)}",
        "",
    ]
    if email(row):
        items += [": E-mail", "", "  " + ", ".join(f"<{a}>" for a in emails(row)), ""]
    if _f(row, "www"):
        items += [": Strona internetowa", "", f"  [{_f(row, 'www')}]({_f(row, 'www')})", ""]
    lines = [
        f"{{#{sid} .sad}}",
        f"# {name}",
        "",
        "Jeśli sprawa dotyczy mobbingu, pozew składa się do _sądu pracy_ właściwego dla "
        "pracodawcy. Dane kontaktowe sądu[^akt]:",
        "",
        *items,
        "| Apelacja | Okręg |",
        "|----------|-------|",
        f"| {_f(row, 'apelacja')} | {_f(row, 'okręg')} |",
        "",
        f"[^akt]: Stan na {when:%d.%m.%Y}, wpis nr {rng.randint(100, 9999)}.",
        "",
    ]
    return "\n".join(lines)


def gophermap_menu(row: dict[str, Any], rng: random.Random) -> str:
    """A Gopher menu (a gophermap of RFC 1436 item lines, each ``type`` + display string,
    selector, host and port joined by tabs): ``i`` information lines with the court's name,
    address (a tab in it written as a space: a display string holds none), number and e-mail
    address (selector ``fake``, host ``(NULL)``, port ``0``), a
    ``1`` menu item up to the appeal district's menu, an ``h`` item with the court's web page
    as ``URL:`` and the closing ``.`` line."""
    host = "gopher.pomoc-pracownikom.pl"
    port = rng.choice((70, 7070))
    when = _when(rng)

    def info(text: str) -> str:
        return f"i{text}\tfake\t(NULL)\t0"

    appeal = _f(row, "apelacja")
    contacts = [(label, " ".join(value.split("\t"))) for label, value in _contact_lines(row)]
    lines = [
        info(f"Sądy powszechne – apelacja {appeal}"),
        info(f"Aktualizacja: {when:%Y-%m-%d %H:%M}"),
        info(""),
        info(_f(row, "title")),
        *(info(f"{label}: {value}") for label, value in contacts if label != "Strona"),
        info(f"Okręg: {_f(row, 'okręg')}"),
        info(""),
    ]
    if _f(row, "www"):
        lines.append(f"hStrona sądu\tURL:{_f(row, 'www')}\t{host}\t{port}")
    lines += [
        f"1Wróć do listy sądów: apelacja {appeal}\t/sady/{rng.randint(10, 99)}\t{host}\t{port}",
        ".",
        "",
    ]
    return "\r\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "freemind_map": freemind_map,
    "taskpaper_list": taskpaper_list,
    "djot_document": djot_document,
    "gophermap_menu": gophermap_menu,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: its phone field and e-mail addresses
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
