"""held_out_33 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Czechia) exactly as published, in office and document exports
no earlier part has, beside the country's own identifiers.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_30`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE and PL; here:

* the values are the phone and e-mail fields of Czech hospitals in Eurostat GISCO's
  healthcare-services data (``scripts/data/pii_cz_hospitals.json``, written by
  ``scripts/cz_hospitals_data.py``; source and licence in that file): nine-digit numbers as
  each hospital gave them (``515215557``, ``519 363 111``, two in one field after ``,``, one
  of them an old area-coded number with an extension, ``0627/352 412-18``), each number of
  each copy labelled, and each copy of the hospital's e-mail address labelled;
* the text around them is the same row's real fields: its fourteen-digit facility id
  (``00092584000003``), its postcode (``66902``), its house number (``3897/1``), its
  coordinates and the dataset's reference and publication dates, with invented message ids,
  boundaries, dates and element ids, unlabelled and scored; the file's Czech text, written as
  Windows-1250 bytes read as Windows-1252 (``Léèebna``), is read back (``Léčebna``);
* in layouts no earlier part has, labels in Czech: an OpenDocument text's ``content.xml`` (a
  two-column table, ``Telefon`` in one ``<table:table-cell>``, the number in the next, the
  address in a ``<text:a>`` ``mailto:`` link), a MIME ``multipart/alternative`` e-mail whose
  plain and HTML parts are both quoted-printable (``=C5=99`` for ``ř``, soft line breaks; the
  numbers in a ``<td>`` after ``<b>Telefon:</b>``; the sender's address in ``From:``, a
  ``Message-ID`` on its domain), a Notion page's Markdown export (``# name``, then
  ``Telefon: ...`` property lines), and a PowerPoint slide's ``ppt/slides/slide1.xml``
  (``Telefon:`` and the number in two ``<a:r>`` runs, the address under ``<a:hlinkClick>``).
  A row with no e-mail address (48 of 195) is never the e-mail: its slot goes to the
  OpenDocument table.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_33.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import quopri
import random
from collections.abc import Callable
from email.charset import QP, Charset
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies
from pii_held_out_30 import labelled

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_cz_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_33.jsonl.gz"
SPLIT = "held_out_33"

LAYOUTS = ("odt_content_table", "mime_qp_html", "notion_markdown", "pptx_slide")
# an OpenDocument text's namespaces as LibreOffice writes them (those the table needs)
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'office:version="1.3"'
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
PPTX_NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def _byte(c: str) -> int:
    """The byte Windows-1252 gives ``c``; a code point it leaves undefined stands for itself."""
    try:
        return c.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(c)


def _cs(row: dict[str, Any], key: str) -> str:
    """A text field read back as the Czech it was: the file holds Windows-1250 bytes decoded as
    Windows-1252 (``Léèebna``), one byte Windows-1252 leaves undefined kept as its code point
    (``\\x9d`` for ``ť``); ASCII (every phone and e-mail field) is unchanged."""
    raw = bytes(_byte(c) for c in _f(row, key))
    return raw.decode("cp1250")


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "tel")


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published, stripped ("" where it has none)."""
    return _f(row, "email")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index; an e-mail needs a sender's address, so a
    row with none takes the OpenDocument table in its place."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    if layout == "mime_qp_html" and not email(row):
        return "odt_content_table"
    return layout


def _street(row: dict[str, Any]) -> str:
    return " ".join(p for p in (_cs(row, "street"), _f(row, "house_number")) if p)


def _place(row: dict[str, Any]) -> str:
    return f"{_f(row, 'postcode')} {_cs(row, 'city')}"


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented moment of the months after the dataset's publication (October 2020), in
    Czech time (UTC+2 from April to October, UTC+1 the rest of the year: near enough to the
    summer-time rule for a date header)."""
    day = datetime.date(2020, 11, 2) + datetime.timedelta(days=rng.randint(0, 400))
    zone = datetime.timezone(datetime.timedelta(hours=2 if 4 <= day.month <= 10 else 1))
    return datetime.datetime(
        day.year,
        day.month,
        day.day,
        rng.randint(7, 17),
        rng.randint(0, 59),
        rng.randint(0, 59),
        tzinfo=zone,
    )


def _fields(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's fields under Czech captions, in the order a card gives them; the e-mail's
    caption only where the row has an address."""
    out = [
        ("Typ zařízení", _cs(row, "facility_type")),
        ("Identifikátor", _f(row, "id")),
        ("Ulice", _street(row)),
        ("PSČ", _f(row, "postcode")),
        ("Obec", _cs(row, "city")),
        ("Telefon", phone(row)),
    ]
    if email(row):
        out.append(("E-mail", email(row)))
    out += [
        ("Web", _f(row, "url")),
        ("GPS", f"{_f(row, 'lat')}, {_f(row, 'lon')}"),
        ("Stav k", _f(row, "ref_date")),
    ]
    return [(k, v) for k, v in out if v]


def odt_content_table(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a LibreOffice Writer document's ``content.xml``: the XML declaration,
    then the whole document on one line (as LibreOffice writes it), a heading with the name,
    a two-column table (caption cell, value cell, each a ``<text:p>``; the address in a
    ``<text:a>`` ``mailto:`` link) and a paragraph with the dataset's dates."""
    table = f"Tabulka{rng.randint(1, 9)}"
    cells = []
    for n, (caption, value) in enumerate(_fields(row), start=1):
        shown = escape(value)
        if caption == "E-mail":
            shown = (
                f'<text:a xlink:type="simple" xlink:href={quoteattr("mailto:" + value)} '
                'text:style-name="Internet_20_link" '
                f'text:visited-style-name="Visited_20_Internet_20_link">{shown}</text:a>'
            )
        cells.append(
            "<table:table-row>"
            f'<table:table-cell table:style-name="{table}.A{n}" office:value-type="string">'
            f'<text:p text:style-name="P2">{escape(caption)}</text:p></table:table-cell>'
            f'<table:table-cell table:style-name="{table}.B{n}" office:value-type="string">'
            f'<text:p text:style-name="Table_20_Contents">{shown}</text:p></table:table-cell>'
            "</table:table-row>"
        )
    body = (
        f"<office:document-content {ODF_NS}><office:scripts/><office:font-face-decls>"
        '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation '
        'Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>'
        "</office:font-face-decls><office:automatic-styles>"
        f'<style:style style:name="{table}" style:family="table"><style:table-properties '
        'style:width="17cm" table:align="margins"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" '
        'style:parent-style-name="Table_20_Contents"><style:text-properties '
        'fo:font-weight="bold"/></style:style></office:automatic-styles>'
        "<office:body><office:text><text:sequence-decls>"
        '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
        "</text:sequence-decls>"
        f'<text:h text:style-name="Heading_20_1" text:outline-level="1">'
        f"{escape(_cs(row, 'hospital_name'))}</text:h>"
        f'<table:table table:name="{table}" table:style-name="{table}">'
        f'<table:table-column table:style-name="{table}.A"/>'
        f'<table:table-column table:style-name="{table}.B"/>' + "".join(cells) + "</table:table>"
        f'<text:p text:style-name="Standard">Zdroj: Eurostat (GISCO), stav k '
        f"{_f(row, 'ref_date')}, zveřejněno {_f(row, 'pub_date')}.</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}'


def _qp(text: str) -> str:
    """``text`` as UTF-8 in quoted-printable (RFC 2045: ``=XX`` escapes, ``=`` soft breaks
    keeping lines within 76 characters), as a mail client writes a part."""
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _header(name: str, value: str) -> str:
    """A header line, its text as RFC 2047 ``Q`` encoded words where it is not ASCII, folded
    within 76 characters as a mail client writes it."""
    if value.isascii():
        return f"{name}: {value}"
    charset = Charset("utf-8")
    charset.header_encoding = QP
    return f"{name}: " + Header(value, charset, header_name=name).encode(linesep="\n")


def mime_qp_html(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital's office's e-mail with its contact details as a saved ``.eml``: headers
    (the sender's name, quoted where it must be or as RFC 2047 words, and its address;
    undisclosed recipients, the date, a ``Message-ID`` on the sender's domain, a subject in
    Czech), then a
    ``multipart/alternative`` body whose plain and HTML parts are both UTF-8 in
    quoted-printable; the HTML gives the details in a table, a cell on a line of its own and
    the ``mailto:`` link's text too (as a client wraps its HTML). Every copy of the phone
    field and address stands whole in the encoded text (checked here: an encoder's soft break
    inside one would hide it)."""
    when = _moment(rng)
    sender, name = email(row), _cs(row, "hospital_name")
    domain = sender.rsplit("@", 1)[1]
    stamp = int(when.timestamp())
    boundary = f"----=_Part_{rng.randint(10000, 99999)}_{rng.getrandbits(31)}.{stamp}000"
    lines = [
        "Dobrý den,",
        "",
        "zasíláme aktuální kontaktní údaje našeho zařízení:",
        "",
        name,
        _street(row),
        _place(row),
        f"Telefon: {phone(row)}",
        f"E-mail: {sender}",
        f"Identifikátor zařízení: {_f(row, 'id')}",
        "",
        "S pozdravem",
        "sekretariát",
        "",
    ]
    plain = "\n".join(lines)
    cells = [
        ("Zařízení", escape(name)),
        ("Adresa", escape(f"{_street(row)}, {_place(row)}")),
        ("Telefon", escape(phone(row))),
        ("E-mail", f'<a href="mailto:{sender}">\n{sender}</a>'),
        ("Identifikátor", _f(row, "id")),
    ]
    html = "\n".join(
        [
            "<html><head>",
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
            "</head><body>",
            "<p>Dobrý den,</p>",
            "<p>zasíláme aktuální kontaktní údaje našeho zařízení:</p>",
            '<table border="0" cellpadding="2">',
            *(f"<tr><td><b>{k}:</b></td>\n<td>{v}</td></tr>" for k, v in cells),
            "</table>",
            "<p>S pozdravem<br>sekretariát</p>",
            "</body></html>",
            "",
        ]
    )
    out = "\n".join(
        [
            (
                f"From: {formataddr((name, sender))}"
                if name.isascii()
                else _header("From", name) + f" <{sender}>"
            ),
            "To: undisclosed-recipients:;",
            _header("Subject", "Aktualizace kontaktních údajů"),
            f"Date: {format_datetime(when)}",
            f"Message-ID: <{when:%Y%m%d%H%M%S}.{rng.getrandbits(40):010x}@{domain}>",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/alternative; boundary="{boundary}"',
            "",
            f"--{boundary}",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            _qp(plain),
            f"--{boundary}",
            "Content-Type: text/html; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            _qp(html),
            f"--{boundary}--",
            "",
        ]
    )
    for value in (phone(row), sender):
        assert out.count(value) == (plain + html).count(value) + (value == sender), row["path"]
    return out


def notion_markdown(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a page of a Notion database exported to Markdown: ``# name``, a blank
    line, one ``Property: value`` line per property (Czech names, Notion's English time
    format for the invented last edit), a blank line and the page's note."""
    edited = _moment(rng)
    hour, noon = edited.hour % 12 or 12, "PM" if edited.hour >= 12 else "AM"
    month = MONTHS[edited.month - 1]
    stamp = f"{month} {edited.day}, {edited.year} {hour}:{edited:%M} {noon}"
    props = [*_fields(row), ("Naposledy upraveno", stamp)]
    lines = [f"# {_cs(row, 'hospital_name')}", ""]
    lines += [f"{k}: {v}" for k, v in props]
    lines += [
        "",
        f"Převzato z dat Eurostatu (GISCO) zveřejněných {_f(row, 'pub_date')}; ověřit "
        "telefonicky před návštěvou.",
        "",
    ]
    return "\n".join(lines)


def _run(text: str, bold: bool = False, link: str = "") -> str:
    attrs = ' lang="cs-CZ"' + (' b="1"' if bold else "") + ' dirty="0"'
    props = f"<a:rPr{attrs}/>"
    if link:
        props = f'<a:rPr{attrs}><a:hlinkClick r:id="{link}"/></a:rPr>'
    return f"<a:r>{props}<a:t>{escape(text)}</a:t></a:r>"


def pptx_slide(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as one slide of a PowerPoint deck (``ppt/slides/slideN.xml``): the
    declaration, CRLF, then the slide on one line as PowerPoint writes it; a title shape with
    the name and a content placeholder whose paragraphs each give a bold caption run and a
    value run (the address's run under ``<a:hlinkClick>``)."""
    paragraphs = []
    for caption, value in _fields(row):
        link = f"rId{rng.randint(2, 4)}" if caption == "E-mail" else ""
        paragraphs.append(f"<a:p>{_run(caption + ': ', bold=True)}{_run(value, link=link)}</a:p>")
    sp_id = rng.randint(2, 9)
    title = (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sp_id}" name="Nadpis 1"/><p:cNvSpPr>'
        '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>'
        "<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>"
        f"<a:p>{_run(_cs(row, 'hospital_name'))}</a:p></p:txBody></p:sp>"
    )
    content = (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sp_id + 1}" name="Zástupný obsah 2"/><p:cNvSpPr>'
        '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph idx="1"/></p:nvPr></p:nvSpPr>'
        '<p:spPr/><p:txBody><a:bodyPr><a:normAutofit fontScale="85000" lnSpcReduction="10000"/>'
        "</a:bodyPr><a:lstStyle/>" + "".join(paragraphs) + "</p:txBody></p:sp>"
    )
    slide = (
        f"<p:sld {PPTX_NS}><p:cSld><p:spTree><p:nvGrpSpPr>"
        '<p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
        '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
        '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        + title
        + content
        + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n{slide}'


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "odt_content_table": odt_content_table,
    "mime_qp_html": mime_qp_html,
    "notion_markdown": notion_markdown,
    "pptx_slide": pptx_slide,
}


def _labelled(row: dict[str, Any], text: str) -> Record:
    """``held_out_30``'s labelling, which reads the row's ``tel`` and ``email`` columns: every
    copy of the phone field and of the address labelled (a row with no address has none)."""
    if email(row):
        return labelled(row, text)
    return phone_copies(text, phone(row), "tel", row["path"])


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and
    e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = _labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
