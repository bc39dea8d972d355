"""held_out_20 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (the Netherlands) exactly as its public body published them, in layouts no
earlier part has, beside the country's own identifiers.

The procedure of ``held_out_19``, on another register and other layouts; ``held_out_11`` to
``held_out_19`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI and EE; here:

* the values are the phone fields of DUO's register of the main establishments of Dutch
  secondary schools (``scripts/data/pii_nl_duo_schools.json``, written by
  ``scripts/nl_duo_schools_data.py``; source and licence in that file): ten digits in one run
  with the trunk ``0`` and no ``+31`` (``0592340973``, ``0880009610``), each labelled; the one
  e-mail address the register holds (in its web-address column) labelled where written; the
  country is the register's;
* the text around them is the same row's real fields: the school's BRIN number (``20LO``), the
  five-digit number of its competent authority, the four-digit municipality number, postcodes
  (``9402 KG``), P.O. box numbers, region codes, with invented reference numbers (``Ons
  kenmerk``, seven digits), row ids, RTF revision ids (``\\rsid`` and seven or eight digits),
  dates and page numbers, unlabelled and scored;
* in layouts no earlier part has: a ``mysqldump`` file (the table's ``CREATE TABLE`` with its
  column names, then the row as a positional ``INSERT INTO ... VALUES`` with MySQL's string
  escapes), a letter of a mail merge as its text comes out of the word processor (letterhead,
  address block, ``Datum``/``Ons kenmerk``/``Betreft`` lines, the merged fields of the row in
  the body), a record card saved as RTF by a word processor (control words before and after
  each value: ``Telefoon\\tab 0592340973\\par``, revision ids, the web address in a
  ``HYPERLINK`` field), and a web page as a text-mode browser dumps it (``lynx -dump``: each
  link's number in brackets glued before its text, ``[7]0592340973``, and the list of
  ``References`` at the end, the ``tel:`` link a second copy of the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was first scored.

    python scripts/pii_held_out_20.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nl_duo_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_20.jsonl.gz"
SPLIT = "held_out_20"

LAYOUTS = ("mysql_dump", "mail_merge_letter", "rtf_card", "lynx_dump")
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    return row["fields"][key].strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field (every kept row has one)."""
    return _f(row, "TELEFOONNUMMER")


def email(row: dict[str, Any]) -> str:
    """The e-mail address a school gave as its web address, or ""."""
    value = _f(row, "INTERNETADRES")
    return value if "@" in value else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _day(rng: random.Random) -> datetime.date:
    """An invented day of the months after the register's copy (August 2016)."""
    return datetime.date(2016, 8, 22) + datetime.timedelta(days=rng.randint(0, 300))


def _long_date(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _street(row: dict[str, Any]) -> str:
    return f"{_f(row, 'STRAATNAAM')} {_f(row, 'HUISNUMMER-TOEVOEGING')}"


def _post_street(row: dict[str, Any]) -> str:
    street = _f(row, "STRAATNAAM CORRESPONDENTIEADRES")
    return f"{street} {_f(row, 'HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES')}"


def _site(b: Record, row: dict[str, Any], before: str = "", after: str = "") -> None:
    """The row's web address, labelled where the school gave an e-mail address instead."""
    value = _f(row, "INTERNETADRES")
    if not value:
        return
    b.add(before)
    if email(row):
        b.email(value)
    else:
        b.add(value)
    b.add(after)


def _sql(value: str) -> str:
    """A string as ``mysqldump`` quotes it (mysql_real_escape_string's escapes)."""
    escaped = value.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"')
    return f"'{escaped}'"


SQL_COLUMNS = (
    ("brin", "char(4) NOT NULL", "BRIN NUMMER"),
    ("bevoegd_gezag", "int(11) NOT NULL", "BEVOEGD GEZAG NUMMER"),
    ("naam", "varchar(255) NOT NULL", "INSTELLINGSNAAM"),
    ("straat", "varchar(128) DEFAULT NULL", "STRAATNAAM"),
    ("huisnummer", "varchar(16) DEFAULT NULL", "HUISNUMMER-TOEVOEGING"),
    ("postcode", "char(7) DEFAULT NULL", "POSTCODE"),
    ("plaats", "varchar(64) DEFAULT NULL", "PLAATSNAAM"),
    ("gemeentenummer", "char(4) DEFAULT NULL", "GEMEENTENUMMER"),
    ("denominatie", "varchar(64) DEFAULT NULL", "DENOMINATIE"),
    ("telefoon", "varchar(16) DEFAULT NULL", "TELEFOONNUMMER"),
    ("website", "varchar(255) DEFAULT NULL", "INTERNETADRES"),
    ("structuur", "varchar(64) DEFAULT NULL", "ONDERWIJSSTRUCTUUR"),
    ("corop", "char(2) DEFAULT NULL", "COROPGEBIED CODE"),
)


def mysql_dump(row: dict[str, Any], rng: random.Random) -> Record:
    """A ``mysqldump`` of one table with one row: the dump's head, the table's structure with
    its column names, and the row as a positional ``INSERT`` (an id, strings quoted and
    escaped, numbers bare), between ``LOCK TABLES`` and the dump's last line."""
    b = Record()
    day = _day(rng)
    row_id = rng.randint(1, 650)
    b.add("-- MySQL dump 10.13  Distrib 5.7.16, for Linux (x86_64)\n--\n")
    b.add("-- Host: localhost    Database: onderwijs\n")
    b.add("-- ------------------------------------------------------\n")
    b.add("-- Server version\t5.7.16-0ubuntu0.16.04.1\n\n")
    b.add("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n")
    b.add("/*!40101 SET NAMES utf8 */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n\n")
    b.add("--\n-- Table structure for table `vestigingen_vo`\n--\n\n")
    b.add("DROP TABLE IF EXISTS `vestigingen_vo`;\nCREATE TABLE `vestigingen_vo` (\n")
    b.add("  `id` int(11) NOT NULL AUTO_INCREMENT,\n")
    for name, kind, _ in SQL_COLUMNS:
        b.add(f"  `{name}` {kind},\n")
    b.add("  `gewijzigd` datetime DEFAULT NULL,\n  PRIMARY KEY (`id`),\n")
    b.add("  UNIQUE KEY `brin` (`brin`)\n")
    b.add(f") ENGINE=InnoDB AUTO_INCREMENT={row_id + 1} DEFAULT CHARSET=utf8;\n\n")
    b.add("--\n-- Dumping data for table `vestigingen_vo`\n--\n\n")
    b.add("LOCK TABLES `vestigingen_vo` WRITE;\n")
    b.add("/*!40000 ALTER TABLE `vestigingen_vo` DISABLE KEYS */;\n")
    b.add(f"INSERT INTO `vestigingen_vo` VALUES ({row_id},")
    for _, kind, column in SQL_COLUMNS:
        value = _f(row, column)
        if column == "TELEFOONNUMMER":
            b.add("'")
            b.phone(column, value)
            b.add("'")
        elif column == "INTERNETADRES" and value:
            _site(b, row, "'", "'")
        elif not value:
            b.add("NULL")
        else:
            b.add(value if kind.startswith("int") else _sql(value))
        b.add(",")
    stamp = f"{day.isoformat()} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:00"
    b.add(f"'{stamp}');\n")
    b.add("/*!40000 ALTER TABLE `vestigingen_vo` ENABLE KEYS */;\nUNLOCK TABLES;\n")
    b.add("/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n\n")
    b.add(f"-- Dump completed on {day.isoformat()} {rng.randint(19, 23):02d}:")
    b.add(f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}\n")
    return b


def mail_merge_letter(row: dict[str, Any], rng: random.Random) -> Record:
    """A letter of a municipality's mail merge to each school, as its text comes out of the
    word processor: the sender, the address block (the school's P.O. box or postal address),
    the reference lines (``Datum``, ``Ons kenmerk`` with an invented seven-digit number,
    ``Betreft`` with the BRIN number), and the merged fields of the row in the body."""
    b = Record()
    day = _day(rng)
    reference = rng.randint(1000000, 9999999)
    town = _f(row, "GEMEENTENAAM").title()
    b.add(f"Gemeente {town}\nAfdeling Onderwijs en Jeugd\n\n\n")
    b.add(f"Aan het bevoegd gezag van\n{_f(row, 'INSTELLINGSNAAM')}\n")
    b.add(f"{_post_street(row)}\n")
    b.add(f"{_f(row, 'POSTCODE CORRESPONDENTIEADRES')}  ")
    b.add(f"{_f(row, 'PLAATSNAAM CORRESPONDENTIEADRES')}\n\n\n")
    b.add(f"Datum\t\t{_long_date(day)}\n")
    b.add(f"Ons kenmerk\t{reference}\n")
    b.add("Uw kenmerk\t-\n")
    b.add(f"Betreft\t\tLeerlingenvervoer schooljaar {day.year}-{day.year + 1}, ")
    b.add(f"BRIN {_f(row, 'BRIN NUMMER')}\n")
    b.add(f"Bijlage(n)\t{rng.randint(1, 3)}\n\n\n")
    b.add("Geachte heer, mevrouw,\n\n")
    b.add("Voor de planning van het leerlingenvervoer gebruiken wij de gegevens die Dienst ")
    b.add("Uitvoering Onderwijs (DUO) van uw school registreert. Wij hebben van uw vestiging ")
    b.add("de volgende gegevens overgenomen:\n\n")
    b.add(f"Naam:\t\t\t{_f(row, 'INSTELLINGSNAAM')}\n")
    b.add(f"BRIN-nummer:\t\t{_f(row, 'BRIN NUMMER')}\n")
    b.add(f"Bevoegd gezag:\t\t{_f(row, 'BEVOEGD GEZAG NUMMER')}\n")
    b.add(f"Bezoekadres:\t\t{_street(row)}, {_f(row, 'POSTCODE')} {_f(row, 'PLAATSNAAM')}\n")
    b.add(f"Gemeentenummer:\t\t{_f(row, 'GEMEENTENUMMER')}\n")
    b.add("Telefoonnummer:\t\t")
    b.phone("TELEFOONNUMMER", phone(row))
    b.add("\n")
    _site(b, row, "Website:\t\t", "\n")
    b.add(f"Onderwijsstructuur:\t{_f(row, 'ONDERWIJSSTRUCTUUR')}\n\n")
    due = day + datetime.timedelta(days=rng.choice((14, 21, 28)))
    b.add(f"Kloppen deze gegevens niet, geef de wijziging dan vóór {_long_date(due)} aan ons ")
    b.add(f"door, onder vermelding van ons kenmerk {reference}.\n\n")
    b.add("Met vriendelijke groet,\n\nHet college van burgemeester en wethouders van ")
    b.add(f"{town},\nnamens dezen,\n\n\nhet hoofd van de afdeling Onderwijs en Jeugd\n")
    return b


def _rtf(value: str) -> str:
    """Text as a word processor writes it into RTF: ``\\``, ``{``, ``}`` escaped, characters
    outside ASCII as ``\\'hh`` of their windows-1252 byte."""
    out = []
    for c in value:
        if c in "\\{}":
            out.append("\\" + c)
        elif ord(c) > 127:
            out.append("".join(f"\\'{byte:02x}" for byte in c.encode("cp1252")))
        else:
            out.append(c)
    return "".join(out)


def rtf_card(row: dict[str, Any], rng: random.Random) -> Record:
    """A school's record card saved as RTF by a word processor: the header with fonts,
    revision ids (``\\rsid`` and seven or eight digits) and the creation time, a bold title,
    then one paragraph per field, the label and a tab before each value (``\\tab``), the
    paragraph's end right after it (``\\par``), the web address in a ``HYPERLINK`` field."""
    b = Record()
    day = _day(rng)
    rsids = [rng.randint(1000000, 16777215) for _ in range(3)]
    b.add("{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff0\\deff0\\deflang1043")
    b.add("{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}{\\f1\\froman\\fcharset0 Cambria;}}\n")
    b.add("{\\*\\rsidtbl " + "".join(f"\\rsid{r}" for r in rsids) + "}")
    b.add("{\\*\\generator Microsoft Word 15.0;}")
    b.add(f"{{\\info{{\\title Vestigingskaart {_rtf(_f(row, 'BRIN NUMMER'))}}}")
    b.add(f"{{\\creatim\\yr{day.year}\\mo{day.month}\\dy{day.day}\\hr{rng.randint(8, 17)}")
    b.add(f"\\min{rng.randint(0, 59)}}}}}\n")
    b.add(f"\\paperw11906\\paperh16838\\margl1417\\margr1417\\rsidroot{rsids[0]}\n")
    b.add(f"\\pard\\plain\\sa200\\sl276\\slmult1\\rsid{rsids[1]}\\b\\f1\\fs28 ")
    b.add(f"{_rtf(_f(row, 'INSTELLINGSNAAM'))}\\b0\\f0\\fs22\\par\n")
    label = rng.choice(("Telefoon", "Tel.", "Telefoonnummer"))
    fields = (
        ("BRIN", _f(row, "BRIN NUMMER")),
        ("Bevoegd gezag", _f(row, "BEVOEGD GEZAG NUMMER")),
        ("Denominatie", _f(row, "DENOMINATIE")),
        ("Adres", _street(row)),
        ("", f"{_f(row, 'POSTCODE')}  {_f(row, 'PLAATSNAAM')}"),
        ("Postadres", f"{_post_street(row)}, {_f(row, 'POSTCODE CORRESPONDENTIEADRES')}"),
        (label, None),
        ("Gemeente", f"{_f(row, 'GEMEENTENUMMER')} {_f(row, 'GEMEENTENAAM')}"),
        ("Provincie", _f(row, "PROVINCIE")),
        ("COROP", f"{_f(row, 'COROPGEBIED CODE')} {_f(row, 'COROPGEBIED NAAM')}"),
    )
    for name, value in fields:
        b.add(f"\\pard\\tx2268\\rsid{rsids[2]} {_rtf(name)}\\tab ")
        if value is None:
            b.phone("TELEFOONNUMMER", phone(row))
        else:
            b.add(_rtf(value))
        b.add("\\par\n")
    site = _f(row, "INTERNETADRES")
    if site and not email(row):
        url = site if site.startswith("http") else f"http://{site}"
        b.add(f'\\pard\\tx2268 Internet\\tab {{\\field{{\\*\\fldinst{{HYPERLINK "{url}" }}}}')
        b.add(f"{{\\fldrslt{{\\ul\\cf2 {_rtf(site)}}}}}}}\\par\n")
    elif site:
        _site(b, row, "\\pard\\tx2268 E-mail\\tab ", "\\par\n")
    b.add(f"\\pard\\qr\\fs16 Bijgewerkt {day.strftime('%d-%m-%Y')}\\par\n}}\n")
    return b


def _slug(name: str) -> str:
    """A place name as a site writes it into a path (``st.-annaparochie``)."""
    return "-".join(name.lower().split())


def lynx_dump(row: dict[str, Any], rng: random.Random) -> Record:
    """A school's page of a school finder as ``lynx -dump`` writes it: the menu's links, the
    page's fields indented three spaces, each link's number in brackets glued before its text
    (``Telefoon: [7]0592340973``), and the numbered ``References`` at the end, the ``tel:``
    link a second copy of the number."""
    b = Record()
    day = _day(rng)
    page = rng.randint(2, 40)
    refs = ["http://schoolwijzer.example.nl/", "http://schoolwijzer.example.nl/zoeken",
            "http://schoolwijzer.example.nl/vergelijken",
            f"http://schoolwijzer.example.nl/plaats/{_slug(_f(row, 'PLAATSNAAM'))}"]  # fmt: skip
    b.add("   [1]Schoolwijzer   [2]Zoeken   [3]Vergelijken\n\n")
    b.add(f"   [4]{_f(row, 'PLAATSNAAM').title()} > Voortgezet onderwijs\n\n")
    b.add(f"                    {_f(row, 'INSTELLINGSNAAM')}\n\n")
    b.add(f"   Denominatie: {_f(row, 'DENOMINATIE')}\n")
    b.add(f"   Onderwijs: {_f(row, 'ONDERWIJSSTRUCTUUR')}\n")
    b.add(f"   Adres: {_street(row)}\n          {_f(row, 'POSTCODE')} {_f(row, 'PLAATSNAAM')}\n")
    refs.append(f"tel:{phone(row)}")
    b.add(f"   Telefoon: [{len(refs)}]")
    b.phone("TELEFOONNUMMER", phone(row))
    b.add("\n")
    site = _f(row, "INTERNETADRES")
    if site:
        refs.append(f"mailto:{site}" if email(row) else f"http://{site.removeprefix('http://')}")
        _site(b, row, f"   {'E-mail' if email(row) else 'Website'}: [{len(refs)}]", "\n")
    b.add(f"   BRIN: {_f(row, 'BRIN NUMMER')}   Bevoegd gezag: {_f(row, 'BEVOEGD GEZAG NUMMER')}\n")
    b.add(f"   Gemeente: {_f(row, 'GEMEENTENAAM').title()} ({_f(row, 'GEMEENTENUMMER')})\n\n")
    b.add(f"   Laatst bijgewerkt: {day.strftime('%d-%m-%Y')} | Resultaat {page} van ")
    b.add(f"{page + rng.randint(0, 60)}\n\nReferences\n\n")
    for i, ref in enumerate(refs, 1):
        b.add(f"   {i}. ")
        if ref.startswith("tel:"):
            b.add("tel:")
            b.phone("TELEFOONNUMMER", phone(row))
        elif ref.startswith("mailto:"):
            b.add("mailto:")
            b.email(email(row))
        else:
            b.add(ref)
        b.add("\n")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Record]] = {
    "mysql_dump": mysql_dump,
    "mail_merge_letter": mail_merge_letter,
    "rtf_card": rtf_card,
    "lynx_dump": lynx_dump,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone number
    labelled, each copy of an e-mail address labelled."""
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
