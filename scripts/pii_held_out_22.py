"""held_out_22 of the PII evaluation set: real phone, fax and e-mail fields of a country whose
register no earlier part used (Croatia) exactly as its public body published them, in layouts
no earlier part has, beside the country's own identifiers.

The procedure of ``held_out_21``, on another register and other layouts; ``held_out_11`` to
``held_out_21`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL and DK; here:

* the values are the phone, fax and e-mail fields of the register of public authorities that
  Croatia's Information Commissioner keeps (``scripts/data/pii_hr_public_authorities.json``,
  written by ``scripts/hr_public_authorities_data.py``; source and licence in that file):
  international numbers with the calling code and area code in brackets (``(+385 52) 855
  375``, ``(+385 1) 4898 022``), some fields holding two or three after ``;``, each number
  labelled on its own and whole, brackets included (``numbers`` of ``held_out_11`` reads a
  number from a digit, ``+`` or ``(``; this register writes the bracket before the plus, so a
  field is split here at its ``;`` and ``,``), each copy labelled; each e-mail address of the
  row, each copy labelled; the country is the register's;
* the text around them is the same row's real fields: the eleven-digit OIB (``23557321379``,
  a phone number's length), the five-digit postcode, the register's row number and the time of
  the entry's last change, with invented file numbers of Croatian official letters (``KLASA:
  008-02/26-01/14``, ``URBROJ: 2163-4-02-26-2``), page sizes and margins in twips, revision
  ids, resource ids and dates, unlabelled and scored; labels in Croatian;
* in layouts no earlier part has: a Word document's ``word/document.xml`` as the ``.docx``
  holds it (a letter on the body's letterhead: ``Tel.:`` and ``Faks:`` runs, the address in a
  ``w:hyperlink``, the file numbers and the date, all on one line as Word writes it), the JSON
  response of a CKAN open-data portal's ``datastore_search`` (the row as a record with the
  register's column names, ``\\u`` escapes for non-ASCII letters, the field list and the
  pagination links), the fields of a fillable PDF form as ``pdftk dump_data_fields_utf8``
  prints them (the access-to-information request form, the body's fields filled in, the
  applicant's empty, check boxes with their state options), and a contact page's HTML with a
  QR code made by qrcode.js from a MECARD payload (``TEL:`` and ``EMAIL:`` fields, ``\\,``
  escapes), the phone only there.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was first scored.

    python scripts/pii_held_out_22.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_hr_public_authorities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_22.jsonl.gz"
SPLIT = "held_out_22"

LAYOUTS = ("docx_letterhead", "ckan_datastore", "pdf_form_fields", "mecard_qr")
TOTAL = 5758  # the rows of the register's snapshot (its last ``Rb.``)
MONTHS = ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
          "kolovoza", "rujna", "listopada", "studenoga", "prosinca")  # fmt: skip
_ADDRESS = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
_PIECE = re.compile(r"[^;,]+")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    return row["fields"][key].strip()


def pieces(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone or fax field: the pieces between its ``;`` and
    ``,`` separators, less the spaces around them (``(+385 9) 9999 999 ; (+385 ...``)."""
    out = []
    for m in _PIECE.finditer(field):
        text = m.group()
        start = m.start() + len(text) - len(text.lstrip(" \xa0"))
        end = m.end() - len(text) + len(text.rstrip(" \xa0"))
        if start < end:
            out.append((start, end))
    return out


def phones(row: dict[str, Any], column: str = "Telefon") -> list[str]:
    """The numbers of the row's phone (or fax) field, each as written."""
    field = _f(row, column)
    return [field[s:e] for s, e in pieces(field)]


def emails(row: dict[str, Any]) -> list[str]:
    """The row's e-mail addresses, or none where its field is not a list of addresses."""
    field = _f(row, "E-mail")
    if not re.fullmatch(rf"{_ADDRESS}(?:\s*[;,]\s*{_ADDRESS})*", field):
        return []
    return re.findall(_ADDRESS, field)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _day(rng: random.Random) -> datetime.date:
    """An invented day of the months after the register's snapshot (1 July 2026)."""
    return datetime.date(2026, 7, 2) + datetime.timedelta(days=rng.randint(0, 150))


def _town(row: dict[str, Any]) -> str:
    return f"{_f(row, 'Br. pošte')} {_f(row, 'Grad')}"


def _field(b: Record, row: dict[str, Any], column: str, esc: Callable[[str], str]) -> None:
    """The row's phone, fax or e-mail field as published, its separators written by ``esc``
    (the layout's escaping), each number or address labelled (they need no escaping)."""
    field = _f(row, column)
    spans = (
        [(m.start(), m.end()) for m in re.finditer(_ADDRESS, field)]
        if column == "E-mail"
        else pieces(field)
    )
    at = 0
    for s, e in spans:
        value = field[s:e]
        assert esc(value) == value, value
        b.add(esc(field[at:s]))
        if column == "E-mail":
            b.email(value)
        else:
            b.phone(column, value)
        at = e
    b.add(esc(field[at:]))


# -- a Word document's word/document.xml ----------------------------------------------------

W_NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'mc:Ignorable="w14"'
)
SUBJECTS = (
    "Obavijest o službeniku za informiranje",
    "Odgovor na zahtjev za pristup informacijama",
    "Dostava izvješća o provedbi Zakona o pravu na pristup informacijama",
)


def _rsid(rng: random.Random) -> str:
    return f"00{rng.getrandbits(24):06X}"


def _run(b: Record, text: str, rsid: str = "") -> None:
    """A run of plain text (``xml:space="preserve"`` where it starts or ends with a space)."""
    keep = ' xml:space="preserve"' if text != text.strip() else ""
    revision = f' w:rsidR="{rsid}"' if rsid else ""
    b.add(f"<w:r{revision}><w:t{keep}>{escape(text)}</w:t></w:r>")


def docx_letterhead(row: dict[str, Any], rng: random.Random) -> Record:
    """The ``word/document.xml`` of a letter on the body's letterhead as its ``.docx`` holds
    it, on one line after the declaration as Word writes it: the name, address, OIB, a
    paragraph of ``Tel.:`` and ``Faks:`` runs split at a tab, the e-mail address in a
    ``w:hyperlink`` (its target is in the relationships part), then the letter's ``KLASA`` and
    ``URBROJ`` file numbers, place and date, subject and first paragraph, and the section's
    A4 page size and margins in twips."""
    b = Record()
    rsid, other = _rsid(rng), _rsid(rng)
    day = _day(rng)
    para = f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}">'
    b.add('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n')
    b.add(f"<w:document {W_NAMESPACES}><w:body>")
    b.add(f'{para}<w:pPr><w:pStyle w:val="Zaglavlje"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>')
    b.add(f"<w:t>{escape(_f(row, 'Naziv tijela'))}</w:t></w:r></w:p>")
    b.add(para)
    _run(b, f"{_f(row, 'Adresa')}, {_town(row)}")
    b.add("</w:p>" + para)
    _run(b, "OIB: ")
    _run(b, _f(row, "OIB"), other)
    b.add("</w:p>" + para)
    _run(b, "Tel.: ")
    b.add(f'<w:r w:rsidR="{other}"><w:t>')
    _field(b, row, "Telefon", escape)
    b.add("</w:t></w:r>")
    if phones(row, "Fax"):
        b.add("<w:r><w:tab/></w:r>")
        _run(b, "Faks: ")
        b.add("<w:r><w:t>")
        _field(b, row, "Fax", escape)
        b.add("</w:t></w:r>")
    b.add("</w:p>")
    addresses = emails(row)
    if addresses:
        b.add(para)
        _run(b, "E-pošta: ")
        for i, address in enumerate(addresses):
            if i:
                _run(b, "; ")
            b.add(f'<w:hyperlink r:id="rId{8 + i}" w:history="1"><w:r w:rsidR="{other}">')
            b.add('<w:rPr><w:rStyle w:val="Hiperveza"/></w:rPr><w:t>')
            b.email(address)
            b.add("</w:t></w:r></w:hyperlink>")
        b.add("</w:p>")
    b.add(f'{para}<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/>')
    b.add("</w:pBdr></w:pPr></w:p>")
    klasa = f"008-02/{day.year % 100}-01/{rng.randint(1, 60)}"
    urbroj = f"{rng.randint(2100, 2199)}-{rng.randint(1, 9)}-0{rng.randint(1, 9)}-{day.year % 100}"
    for text in (f"KLASA: {klasa}", f"URBROJ: {urbroj}-{rng.randint(1, 6)}",
                 f"{_f(row, 'Grad')}, {day.day}. {MONTHS[day.month - 1]} {day.year}."):  # fmt: skip
        b.add(para)
        _run(b, text)
        b.add("</w:p>")
    subject = rng.choice(SUBJECTS)
    b.add(f'{para}<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Predmet: </w:t></w:r>')
    _run(b, subject, other)
    b.add("</w:p>" + para)
    _run(b, "Poštovani,")
    b.add("</w:p>" + para)
    _run(
        b,
        f"{_f(row, 'Naziv tijela')} (OIB: {_f(row, 'OIB')}) zahtjeve za pristup informacijama "
        f"zaprima pisanim putem na adresi {_f(row, 'Adresa')}, {_town(row)}, telefonom, "
        "telefaksom ili elektroničkom poštom, svakim radnim danom.",
        other,
    )
    b.add("</w:p>")
    b.add(f'<w:sectPr w:rsidR="{rsid}"><w:pgSz w:w="11906" w:h="16838"/>')
    b.add('<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" ')
    b.add('w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>')
    b.add("</w:sectPr></w:body></w:document>")
    return b


# -- a CKAN portal's datastore_search response -----------------------------------------------

COLUMNS = ("Rb.", "Naziv tijela", "OIB", "Adresa", "Br. pošte", "Grad", "Telefon", "Fax",
           "Www", "E-mail", "Osnivač", "Pravni status", "Djelatnost", "Zadnja izmjena")  # fmt: skip


def _js(text: str) -> str:
    """A JSON string's inside as CKAN writes it (``json.dumps``: non-ASCII as ``\\u``)."""
    return json.dumps(text)[1:-1]


def ckan_datastore(row: dict[str, Any], rng: random.Random) -> Record:
    """The JSON response of a CKAN portal's ``datastore_search`` action, one page of one
    record (``limit=1``, the offset the row's number less one) as CKAN writes it on one line:
    the record with the register's column names and ``_id``, every column typed ``text`` as
    the loader stores a CSV, ``_links`` to the first and next page, and the total."""
    b = Record()
    resource = uuid.UUID(int=rng.getrandbits(128), version=4)
    number = int(_f(row, "Rb."))
    api = "/api/3/action/datastore_search"
    b.add('{"help": "https://data.gov.hr/ckan/api/3/action/help_show?name=datastore_search", ')
    b.add('"success": true, "result": {"include_total": true, "limit": 1, ')
    b.add(f'"offset": {number - 1}, "records_format": "objects", "resource_id": "{resource}", ')
    b.add(f'"total_estimation_threshold": null, "records": [{{"_id": {number}')
    for key in COLUMNS:
        b.add(f', "{_js(key)}": "')
        if key in ("Telefon", "Fax") or (key == "E-mail" and emails(row)):
            _field(b, row, key, _js)
        else:
            b.add(_js(row["fields"][key]))
        b.add('"')
    b.add('}], "fields": [{"id": "_id", "type": "int"}')
    for key in COLUMNS:
        b.add(f', {{"id": "{_js(key)}", "type": "text"}}')
    b.add(f'], "_links": {{"start": "{api}?limit=1&resource_id={resource}", ')
    b.add(f'"next": "{api}?offset={number}&limit=1&resource_id={resource}"}}, ')
    b.add(f'"total": {TOTAL}}}}}')
    return b


# -- a fillable PDF form's fields as pdftk prints them ---------------------------------------

ACCESS = ("neposredno pružanje informacije", "uvid u dokumente i pravljenje preslika",
          "dostavljanje preslika dokumenata", "na drugi prikladan način")  # fmt: skip


def _form_field(b: Record, name: str, alt: str, flags: int, value: Callable[[], None] | None):
    """One field of ``dump_data_fields_utf8``: type, name, tooltip, flags, the value (where
    the form holds one) and the justification."""
    b.add(f"---\nFieldType: Text\nFieldName: {name}\nFieldNameAlt: {alt}\nFieldFlags: {flags}\n")
    if value is not None:
        b.add("FieldValue: ")
        value()
        b.add("\n")
    b.add("FieldJustification: Left\n")


def pdf_form_fields(row: dict[str, Any], rng: random.Random) -> Record:
    """The fields of the access-to-information request form (Zahtjev za pristup
    informacijama) as a body publishes it, filled in with its own details, as ``pdftk
    zahtjev.pdf dump_data_fields_utf8`` prints them: the body's name, address, OIB, phone, fax
    and e-mail, a read-only field with the entry's last change, the applicant's fields empty,
    the check boxes of the ways of access with their state options."""
    b = Record()

    def text(value: str) -> Callable[[], None]:
        return lambda: b.add(value)

    def field(column: str) -> Callable[[], None]:
        return lambda: _field(b, row, column, lambda s: s)

    _form_field(b, "tijelo_naziv", "Naziv tijela javne vlasti", 0, text(_f(row, "Naziv tijela")))
    _form_field(b, "tijelo_adresa", "Sjedište i adresa", 0,
                text(f"{_f(row, 'Adresa')}, {_town(row)}"))  # fmt: skip
    _form_field(b, "tijelo_oib", "OIB", 0, text(_f(row, "OIB")))
    b.add("FieldMaxLength: 11\n")
    _form_field(b, "tijelo_telefon", "Telefon", 0, field("Telefon"))
    _form_field(b, "tijelo_telefaks", "Telefaks", 0, field("Fax") if phones(row, "Fax") else None)
    _form_field(b, "tijelo_eposta", "Adresa e-pošte", 0, field("E-mail") if emails(row) else None)
    changed = _f(row, "Zadnja izmjena")
    _form_field(b, "azurirano", "Podaci ažurirani", 1, text(changed) if changed else None)
    for name, alt in (("podnositelj_naziv", "Ime i prezime / naziv podnositelja zahtjeva"),
                      ("podnositelj_adresa", "Adresa / sjedište podnositelja zahtjeva"),
                      ("podnositelj_telefon", "Telefon podnositelja zahtjeva"),
                      ("podnositelj_eposta", "E-pošta podnositelja zahtjeva")):  # fmt: skip
        _form_field(b, name, alt, 0, None)
    _form_field(b, "informacija", "Informacija koja se traži", 4096, None)
    chosen = rng.randrange(len(ACCESS) + 1)  # none ticked, or one
    for i, way in enumerate(ACCESS, 1):
        b.add(f"---\nFieldType: Button\nFieldName: nacin_pristupa_{i}\n")
        b.add(f"FieldNameAlt: {way}\nFieldFlags: 0\n")
        b.add(f"FieldValue: {'Da' if i == chosen else 'Off'}\nFieldJustification: Left\n")
        b.add("FieldStateOption: Da\nFieldStateOption: Off\n")
    day = _day(rng)
    _form_field(b, "mjesto_datum", "U ... dana ...", 0, text(f"{_f(row, 'Grad')}, "
                f"{day.day:02d}.{day.month:02d}.{day.year}."))  # fmt: skip
    return b


# -- a contact page with a MECARD QR code ----------------------------------------------------

HOURS = ("ponedjeljak – petak, 7:00 – 15:00", "ponedjeljak – petak, 8:00 – 16:00",
         "radnim danom od 7:30 do 15:30")  # fmt: skip


def _mecard(text: str) -> str:
    """A MECARD field's value: ``\\``, ``;``, ``,`` and ``:`` escaped with a backslash."""
    return re.sub(r"([\\;,:])", r"\\\1", text)


def mecard_qr(row: dict[str, Any], rng: random.Random) -> Record:
    """A contact section of the body's web page: its name and address in ``<address>``, its
    OIB and office hours, and a QR code that qrcode.js draws from a MECARD payload in a script
    (``N``, ``ADR``, a ``TEL`` field for each number, an ``EMAIL`` field for each address,
    ``URL``, ``NOTE``; the JavaScript string with JSON's escapes): the phone only there."""
    b = Record()
    name, size = _f(row, "Naziv tijela"), rng.choice((128, 150, 160, 180))
    b.add('<section id="kontakt" class="kontakt">\n  <h2>Kontakt</h2>\n  <address>\n')
    b.add(f"    <strong>{escape(name)}</strong><br>\n    {escape(_f(row, 'Adresa'))}<br>\n")
    b.add(f"    {escape(_town(row))}\n  </address>\n  <p>OIB: {_f(row, 'OIB')}</p>\n")
    b.add(f'  <p>Radno vrijeme: {rng.choice(HOURS)}</p>\n  <figure class="qr-vizitka">\n')
    b.add('    <div id="qr-kontakt"></div>\n')
    b.add("    <figcaption>Skenirajte QR kod i spremite naše kontakt podatke u imenik.")
    b.add("</figcaption>\n  </figure>\n</section>\n<script>\n")
    b.add('new QRCode(document.getElementById("qr-kontakt"), {\n  text: "')
    address = f"{_f(row, 'Adresa')}, {_town(row)}"
    b.add(_js_html(f"MECARD:N:{_mecard(name)};ADR:{_mecard(address)};"))
    for number in phones(row):
        assert _mecard(number) == number, number
        b.add("TEL:")
        b.phone("Telefon", number)
        b.add(";")
    for address in emails(row):
        b.add("EMAIL:")
        b.email(address)
        b.add(";")
    if _f(row, "Www"):
        b.add(_js_html(f"URL:{_mecard(_f(row, 'Www'))};"))
    b.add(_js_html(f"NOTE:OIB {_f(row, 'OIB')};;"))
    b.add(f'",\n  width: {size},\n  height: {size},\n')
    b.add("  correctLevel: QRCode.CorrectLevel.M\n});\n</script>\n")
    return b


def _js_html(text: str) -> str:
    """A JavaScript string's inside in an HTML script, as a page's template writes it
    (JSON's escapes, non-ASCII letters kept)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Record]] = {
    "docx_letterhead": docx_letterhead,
    "ckan_datastore": ckan_datastore,
    "pdf_form_fields": pdf_form_fields,
    "mecard_qr": mecard_qr,
}


def labelled(where: tuple[str, str, str, int], row: dict[str, Any], block: Record) -> dict:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each number the block wrote labelled whole (one no person holds only a distractor), its
    kind ``international`` where it has a ``+``, each e-mail address labelled. The fields of
    ``pii_held_out_14.labelled_record``, whose splitting of a field into numbers would leave
    out the bracket before ``+``."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, value in block.phones:
        kind = "international" if "+" in value else "national"
        span = [at, at + len(value), "PHONE_NUMBER", f"{kind}:{column}"]
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


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of each of its phone and fax
    numbers labelled, each copy of each e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    return labelled((SPLIT, locale, layout, n), row, BLOCKS[layout](row, rng))


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
