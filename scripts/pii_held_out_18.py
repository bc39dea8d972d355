"""held_out_18 of the PII evaluation set: real phone, fax and e-mail fields of a country whose
register no earlier part used (Slovenia) exactly as a public register published them, in
layouts no earlier part has, most of them built around the e-mail address.

The procedure of ``held_out_17``, on another register and other layouts; ``held_out_11`` to
``held_out_17`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ and BR, ``held_out_10`` real numbers of 17 European countries (21 of its
OpenStreetMap objects Slovenian, mostly ``+386``); here:

* the values are the register's own phone, fax and e-mail fields, unchanged (``scripts/data/
  pii_si_schools.json``, written by ``scripts/si_schools_data.py``; source and licence in
  that file): Slovenia's schools and kindergartens write national numbers with no ``+386``,
  the trunk ``0`` and area code before a grouped number (``05 364 33 50``, ``01 29 27 200``,
  ``0590 82 650``), several numbers of one field after commas; each number of a phone or fax
  field labelled on its own (``pii_held_out_11.numbers``), each copy of the e-mail address
  labelled; the country is the register's;
* the text around them is the same row's real fields (register ids, ten-digit registration
  numbers, postcodes, school-district ids, web addresses) with invented dates and times, an
  invented ``Message-ID`` on the institution's domain (an e-mail-shaped identifier, no
  address): unlabelled and scored;
* in layouts no earlier part has: an mbox message as a mail client saves a circular (the
  ``From `` separator line, ``Return-Path``, ``From`` with the name in quotes, ``Reply-To``,
  ``To: undisclosed-recipients:;``, a signature, and a quoted earlier message under a
  Slovenian ``Dne ... je ... <address> napisal(a):`` line); an LDAP directory entry in LDIF
  (``telephoneNumber``, ``facsimileTelephoneNumber``, ``mail``, non-ASCII values base64
  encoded after ``::`` and folded, a comment with the registration number); a Markdown
  contact page with ``mailto:`` links (the address as the link text and target, and a
  reference-style link definition with a ``?subject=`` query); and the head of a public
  information catalogue (``Katalog informacij javnega značaja``), the institution's name,
  address, numbers and address on one line after Slovenian labels (``telefon:``, ``faks:``,
  ``e-naslov:``).

A row with no e-mail address (70 of 600) takes the LDIF or catalogue layout, which need none.
Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was first scored.

    python scripts/pii_held_out_18.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_si_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_18.jsonl.gz"
SPLIT = "held_out_18"

LAYOUTS = ("mbox_message", "ldif_entry", "markdown_mailto", "kijz_header")
NO_EMAIL_LAYOUTS = ("ldif_entry", "kijz_header")
NUMBER_COLUMNS = {"phone": "phone", "fax": "fax"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], column: str) -> str:
    return row["fields"][column].strip()


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address, or "" where the register has none (an empty field)."""
    value = _f(row, "email")
    return value if "@" in value else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row: by its index, among those that need no address where
    the row has none."""
    if email(row):
        return LAYOUTS[n % len(LAYOUTS)]
    return NO_EMAIL_LAYOUTS[n % len(NO_EMAIL_LAYOUTS)]


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented time in the register's year, in office hours."""
    day = datetime.date(2021, 1, 1) + datetime.timedelta(days=rng.randint(10, 340))
    return datetime.datetime(day.year, day.month, day.day, rng.randint(7, 15), rng.randint(0, 59))


def _town(row: dict[str, Any]) -> str:
    return f"{_f(row, 'post')} {_f(row, 'post.office')}"


SUBJECTS = (
    "Vpis v šolsko leto 2021/22", "Obvestilo staršem", "Govorilne ure",
    "Prijava na šolo v naravi", "Zbiranje papirja",
)  # fmt: skip
BODIES = (
    "obveščamo vas, da bodo izpolnjene prijavnice sprejemali v tajništvu do {day}.",
    "vabimo vas na roditeljski sestanek, ki bo {day} ob 17. uri v jedilnici.",
    "zaradi prenove kuhinje bo {day} malica razdeljena v razredih.",
)  # fmt: skip


def _signature(b: Record, row: dict[str, Any], quote_mark: str = "") -> None:
    """The sender's signature block: name, address, numbers and address, one a line, each
    line after ``quote_mark`` (a quoted reply's ``> ``)."""
    b.add(f"{quote_mark}{_f(row, 'name')}\n{quote_mark}{_f(row, 'address')}, {_town(row)}\n")
    b.add(f"{quote_mark}Tel.: ")
    b.phone("phone", _f(row, "phone"))
    b.add("\n")
    if _f(row, "fax"):
        b.add(f"{quote_mark}Faks: ")
        b.phone("fax", _f(row, "fax"))
        b.add("\n")
    b.add(f"{quote_mark}E-pošta: ")
    b.email(email(row))
    b.add("\n")


def mbox_message(row: dict[str, Any], rng: random.Random) -> Record:
    """A circular as a mail client saves it in an mbox file: the ``From `` separator line
    (the sender's address and an asctime date), ``Return-Path``, a ``Message-ID`` on the
    institution's domain, ``From`` with the name in quotes, ``Reply-To``, ``To:
    undisclosed-recipients:;``, the body and signature, and the earlier message quoted under
    its attribution line."""
    b = Record()
    address, when = email(row), _moment(rng)
    earlier = when - datetime.timedelta(days=rng.randint(1, 9), minutes=rng.randint(5, 300))
    b.add("From ")
    b.email(address)
    b.add(f" {when.strftime('%a %b %d %H:%M:%S %Y')}\nReturn-Path: <")
    b.email(address)
    domain = address.rsplit("@", 1)[1]
    stamp = f"{when.strftime('%Y%m%d%H%M%S')}.{rng.randint(1000, 99999)}"
    b.add(f">\nMessage-ID: <{stamp}@{domain}>\n")
    zone = "+0200" if 4 <= when.month <= 10 else "+0100"  # summer time, roughly
    b.add(f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S')} {zone}\n")
    b.add(f'From: "{_f(row, "name")}" <')
    b.email(address)
    b.add(">\nReply-To: ")
    b.email(address)
    b.add(f"\nTo: undisclosed-recipients:;\nSubject: {rng.choice(SUBJECTS)}\n")
    b.add("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n")
    b.add("Content-Transfer-Encoding: 8bit\n\nSpoštovani starši,\n\n")
    day = (when + datetime.timedelta(days=rng.randint(3, 20))).strftime("%-d. %-m. %Y")
    b.add(rng.choice(BODIES).format(day=day) + "\n\nLep pozdrav,\n\n")
    _signature(b, row)
    b.add(f"\nDne {earlier.strftime('%-d. %-m. %Y')} ob {earlier.strftime('%H:%M')} je ")
    b.add(f"{_f(row, 'name')} <")
    b.email(address)
    b.add("> napisal(a):\n> Prosimo, da odgovorite do konca tedna.\n>\n> --\n")
    _signature(b, row, "> ")
    return b


def _ldif(attribute: str, value: str) -> str:
    """An LDIF attribute line: ``attr:: base64`` for a value that is not plain ASCII (RFC
    2849), folded at 76 characters with a leading space on each continuation."""
    if value.isascii() and not value.startswith((" ", ":", "<")):
        return f"{attribute}: {value}\n"
    line = f"{attribute}:: {base64.b64encode(value.encode('utf-8')).decode('ascii')}"
    parts = [line[:76]] + [" " + line[i : i + 75] for i in range(76, len(line), 75)]
    return "\n".join(parts) + "\n"


def ldif_entry(row: dict[str, Any], rng: random.Random) -> Record:
    """The institution as an entry of an LDAP directory export (``ldapsearch -LLL``-style
    LDIF): a comment with its name and registration number, ``dn``, object classes, ``o``,
    ``street``, ``postalCode``, ``l`` (base64 where not ASCII), ``telephoneNumber``,
    ``facsimileTelephoneNumber``, ``mail``, ``labeledURI``."""
    b = Record()
    kind = _f(row, "type").lower().replace("š", "s")
    b.add(f"# {_f(row, 'zavid')}, {kind}, evidenca.si\n")
    b.add(f"# maticna stevilka {_f(row, 'maticna')}\n")
    b.add(f"dn: uid={_f(row, 'zavid')},ou={kind},dc=evidenca,dc=si\n")
    b.add("objectClass: top\nobjectClass: organization\nobjectClass: labeledURIObject\n")
    b.add(f"uid: {_f(row, 'zavid')}\n")
    b.add(_ldif("o", _f(row, "name")))
    b.add(_ldif("street", _f(row, "address")))
    b.add(f"postalCode: {_f(row, 'post')}\n")
    b.add(_ldif("l", _f(row, "post.office")))
    b.add("telephoneNumber: ")
    b.phone("phone", _f(row, "phone"))
    b.add("\n")
    if _f(row, "fax"):
        b.add("facsimileTelephoneNumber: ")
        b.phone("fax", _f(row, "fax"))
        b.add("\n")
    if email(row):
        b.add("mail: ")
        b.email(email(row))
        b.add("\n")
    if _f(row, "website"):
        b.add(_ldif("labeledURI", _f(row, "website")))
    b.add(f"modifyTimestamp: {_moment(rng).strftime('%Y%m%d%H%M%SZ')}\n\n")
    return b


def markdown_mailto(row: dict[str, Any], rng: random.Random) -> Record:
    """A contact page in Markdown: the name as a heading, lines ending in two spaces (a hard
    break), the address as a ``mailto:`` link's text and target, a reference-style link
    whose definition below carries the address with a ``?subject=`` query."""
    b = Record()
    address, ref = email(row), rng.randint(1, 9)
    b.add(f"## {_f(row, 'name')}\n\n{_f(row, 'address')}, {_town(row)}  \nTel.: ")
    b.phone("phone", _f(row, "phone"))
    b.add("  \n")
    if _f(row, "fax"):
        b.add("Faks: ")
        b.phone("fax", _f(row, "fax"))
        b.add("  \n")
    b.add("E-pošta: [")
    b.email(address)
    b.add("](mailto:")
    b.email(address)
    b.add(")  \n")
    if _f(row, "website"):
        b.add(f"Spletna stran: <{_f(row, 'website')}>  \n")
    b.add(f"\nZa vpis nam [pišite][{ref}] ali pokličite v času uradnih ur.\n\n[{ref}]: mailto:")
    b.email(address)
    b.add(f"?subject={quote(rng.choice(SUBJECTS))}\n")
    return b


def kijz_header(row: dict[str, Any], rng: random.Random) -> Record:
    """The head of an institution's catalogue of public information (``Katalog informacij
    javnega značaja``), as Slovenian public bodies publish it: its name, address, telephone,
    fax and e-mail on one line after Slovenian labels, the dates of the catalogue, the
    registration number."""
    b = Record()
    first = _moment(rng).date() - datetime.timedelta(days=365 * rng.randint(3, 11))
    b.add("KATALOG INFORMACIJ JAVNEGA ZNAČAJA\n\n1. Osnovni podatki o katalogu\n")
    b.add(f"Naziv organa: {_f(row, 'name')}, {_f(row, 'address')}, {_town(row)}, telefon: ")
    b.phone("phone", _f(row, "phone"))
    if _f(row, "fax"):
        b.add(", faks: ")
        b.phone("fax", _f(row, "fax"))
    if email(row):
        b.add(", e-naslov: ")
        b.email(email(row))
    b.add("\nOdgovorna uradna oseba: ravnatelj oziroma ravnateljica\n")
    b.add(f"Datum prve objave kataloga: {first.strftime('%-d. %-m. %Y')}\n")
    b.add(f"Datum zadnje spremembe: {_moment(rng).strftime('%-d. %-m. %Y')}\n")
    if _f(row, "website"):
        b.add(f"Katalog je dostopen na spletnem naslovu: {_f(row, 'website')}\n")
    b.add(f"Matična številka: {_f(row, 'maticna')}\n")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Record]] = {
    "mbox_message": mbox_message,
    "ldif_entry": ldif_entry,
    "markdown_mailto": markdown_mailto,
    "kijz_header": kijz_header,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout (``layout_of``): each number of its
    phone and fax fields labelled on its own, each copy of its e-mail address labelled."""
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
