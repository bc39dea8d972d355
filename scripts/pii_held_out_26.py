"""held_out_26 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Austria) exactly as its public body published them, in layouts
no earlier part has, beside the country's own identifiers.

The procedure of ``held_out_25``, on another register and other layouts; ``held_out_11`` to
``held_out_25`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT and ES; here:

* the values are the ``Telefon`` and ``E-Mail`` fields of the Oesterreichische Nationalbank's
  directory of credit institutions and bank codes (``scripts/data/pii_oenb_banks.json``,
  written by ``scripts/oenb_banks_data.py``; source and licence in that file): Austrian
  numbers as each bank gave them, mostly the trunk ``0``, the area code and a slash
  (``05273/6111``), some with a hyphen before the extension (``0505333-0``), some with
  ``+43`` (``+43 7232 2232 0``), a few six-digit corporate numbers (``050505``), each copy
  labelled whole; the bank's address (``info@raibamatrei.at``), each copy labelled; the
  country is the register's;
* the text around them is the same row's real fields: the five-digit bank code
  (``Bankleitzahl``), the OeNB's identification number (``Identnummer``), the
  commercial-register number (``Firmenbuchnummer``: ``39856m``), the four-digit postcode, the
  BIC, the LEI, the date of foundation and the row's line in the published file, with
  invented revisions, page sizes and times, unlabelled and scored; labels in German;
* in layouts no earlier part has: the bank's page in XHTML with a microformats2 ``h-card``
  (``p-tel``, ``u-email`` on a ``mailto:`` link, ``p-uid``, ``dt-`` times), a JSON:API
  response of a bank-code service (``application/vnd.api+json``: ``data``, ``attributes``,
  ``relationships``, ``included``, ``links``, ``meta``), a Protocol Buffers text-format dump
  of the row (``# proto-message:`` header, nested messages, non-ASCII bytes as octal
  escapes), and a LibreOffice flat spreadsheet (``.fods``) of the row, the phone a string
  cell, the codes float cells, the date a date cell, the address a ``text:a`` link.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_26.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_oenb_banks.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_26.jsonl.gz"
SPLIT = "held_out_26"

LAYOUTS = ("hcard_xhtml", "jsonapi_response", "protobuf_text", "flat_ods")
ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
NOTICE_LINES = 5  # lines of the published file before its header (``oenb_banks_data``)
# the directory's kinds of institution (``Institutsart``)
KINDS = {"KI": "Kreditinstitut", "ZW": "Zweigstelle eines CRR-Kreditinstituts",
         "EZ": "E-Geld-Institut"}  # fmt: skip


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    return row["fields"][key].strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field (every kept row has one)."""
    return _f(row, "Telefon")


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address where the field is one well-formed address, else ""."""
    value = _f(row, "E-Mail")
    return value if ADDRESS.fullmatch(value) else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def line_number(row: dict[str, Any]) -> int:
    """The row's line in the published file (the notice, then its header, come first)."""
    return int(row["path"].rsplit("#", 1)[1]) + NOTICE_LINES + 2


def founded(row: dict[str, Any]) -> str:
    """The date of foundation in ISO form (``02.05.1897`` -> ``1897-05-02``), "" if none."""
    value = _f(row, "Gründungsdatum")
    return "-".join(reversed(value.split("."))) if value else ""


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented time of the months after the directory's query (23 September 2022)."""
    day = datetime.date(2022, 9, 26) + datetime.timedelta(days=rng.randint(0, 150))
    return datetime.datetime(day.year, day.month, day.day, rng.randint(7, 17), rng.randint(0, 59),
                             rng.randint(0, 59))  # fmt: skip


def _kind(row: dict[str, Any]) -> str:
    """The row's kind: a head office, a branch, or a further bank code of the institution."""
    return _f(row, "Kennzeichen") or "weitere Bankleitzahl"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone and e-mail address labelled. Each
    copy stands apart (no digit next to the phone, no address character next to the address),
    so a copy is never part of another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(
        text, values, {"phone": r"\d", "email": r"[\w.@-]"}, {"phone": "Telefon"}, row["path"]
    )


# -- the bank's page with a microformats2 h-card ----------------------------------------------


def hcard_xhtml(row: dict[str, Any], rng: random.Random) -> str:
    """The bank's page as XHTML 1.0 with a microformats2 ``h-card``: its name (``p-name
    p-org``), street, postcode, town and state in a nested ``h-adr``, the phone once in a
    ``p-tel`` span, the e-mail address on a ``u-email`` ``mailto:`` link (the address twice),
    the bank code as ``p-uid``, the OeNB number, register number, BIC and LEI in a definition
    list, the date of foundation as ``dt-bday`` and the page's last change."""
    name, tel, mail = escape(_f(row, "Bankenname")), phone(row), email(row)
    changed = _moment(rng).date().isoformat()
    blz = _f(row, "Bankleitzahl")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de-AT" lang="de-AT">',
        "<head>",
        f"  <title>{name} – Bankleitzahl {blz}</title>",
        '  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>',
        "</head>",
        "<body>",
        f'<div class="h-card" id="blz-{blz}">',
        f'  <h1 class="p-name p-org">{name}</h1>',
        f'  <p class="p-category">{escape(KINDS.get(_f(row, "Institutsart"), "Institut"))}, '
        f"Sektor {escape(_f(row, 'Sektor') or '–')} ({escape(_kind(row))})</p>",
        '  <p class="p-adr h-adr">',
        f'    <span class="p-street-address">{escape(_f(row, "Straße"))}</span><br/>',
        f'    <span class="p-postal-code">{_f(row, "PLZ")}</span> '
        f'<span class="p-locality">{escape(_f(row, "Ort"))}</span>, '
        f'<span class="p-region">{escape(_f(row, "Bundesland"))}</span>, '
        '<abbr class="p-country-name" title="Österreich">AT</abbr>',
        "  </p>",
        f'  <p>Telefon: <span class="p-tel">{escape(tel)}</span></p>',
    ]
    if mail:
        lines.append(f'  <p>E-Mail: <a class="u-email" href="mailto:{mail}">{mail}</a></p>')
    if _f(row, "Homepage"):
        url = _f(row, "Homepage")
        href = url if url.startswith("http") else f"https://{url}"
        lines.append(f'  <p>Web: <a class="u-url" href={quoteattr(href)}>{escape(url)}</a></p>')
    lines += [
        "  <dl>",
        f'    <dt>Bankleitzahl</dt><dd class="p-uid">{blz}</dd>',
        f"    <dt>Identnummer (OeNB)</dt><dd>{_f(row, 'Identnummer')}</dd>",
        f"    <dt>Firmenbuchnummer</dt><dd>FN {escape(_f(row, 'Firmenbuchnummer'))}</dd>",
    ]
    if _f(row, "SWIFT-Code"):
        lines.append(f"    <dt>BIC</dt><dd>{_f(row, 'SWIFT-Code')}</dd>")
    if _f(row, "LEI"):
        lines.append(f"    <dt>LEI</dt><dd>{_f(row, 'LEI')}</dd>")
    if founded(row):
        lines.append(f'    <dt>Gründung</dt><dd><time class="dt-bday" datetime="{founded(row)}">'
                     f"{_f(row, 'Gründungsdatum')}</time></dd>")  # fmt: skip
    lines += [
        "  </dl>",
        "</div>",
        f'<p class="fuss">Stand: <time datetime="{changed}">{changed[8:]}.{changed[5:7]}.'
        f"{changed[:4]}</time> · Quelle: SEPA-Zahlungsverkehrsverzeichnis der OeNB</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


# -- a JSON:API response -----------------------------------------------------------------------


def jsonapi_response(row: dict[str, Any], rng: random.Random) -> str:
    """The HTTP response of a bank-code service to ``GET /v1/bankleitzahlen/<code>?include=
    institut`` in JSON:API (``application/vnd.api+json``): the bank code as the primary
    resource with its address, phone and e-mail in ``attributes`` and the institution (the
    OeNB number, register number, BIC, LEI, date of foundation) as a related resource in
    ``included``, ``links`` and a ``meta`` block with the directory's date and the row's
    line in the published file."""
    blz, ident = _f(row, "Bankleitzahl"), _f(row, "Identnummer")
    when = _moment(rng)
    base = "https://bankleitzahlen.api.bankenverzeichnis.at/v1"
    contact = {"telefon": phone(row), "email": email(row) or None}
    document = {
        "jsonapi": {"version": "1.1"},
        "data": {
            "type": "bankleitzahlen",
            "id": blz,
            "attributes": {
                "kennzeichen": _kind(row),
                "name": _f(row, "Bankenname"),
                "anschrift": {
                    "strasse": _f(row, "Straße"),
                    "plz": _f(row, "PLZ"),
                    "ort": _f(row, "Ort"),
                    "bundesland": _f(row, "Bundesland"),
                },
                "kontakt": contact,
                "bic": _f(row, "SWIFT-Code") or None,
                "homepage": _f(row, "Homepage") or None,
            },
            "relationships": {
                "institut": {
                    "links": {"related": f"{base}/bankleitzahlen/{blz}/institut"},
                    "data": {"type": "institute", "id": ident},
                }
            },
            "links": {"self": f"{base}/bankleitzahlen/{blz}"},
        },
        "included": [
            {
                "type": "institute",
                "id": ident,
                "attributes": {
                    "identnummer": int(ident),
                    "institutsart": _f(row, "Institutsart") or None,
                    "sektor": _f(row, "Sektor") or None,
                    "firmenbuchnummer": f"FN {_f(row, 'Firmenbuchnummer')}",
                    "lei": _f(row, "LEI") or None,
                    "gruendungsdatum": founded(row) or None,
                },
                "links": {"self": f"{base}/institute/{ident}"},
            }
        ],
        "links": {"self": f"{base}/bankleitzahlen/{blz}?include=institut"},
        "meta": {
            "quelle": "SEPA-Zahlungsverkehrsverzeichnis der OeNB",
            "stand": "2022-09-23",
            "zeile": line_number(row),
            "abgerufen": when.isoformat() + "Z",
        },
    }
    body = json.dumps(document, ensure_ascii=False, indent=2)
    head = [
        "HTTP/1.1 200 OK",
        f"Date: {when:%a, %d %b %Y %H:%M:%S} GMT",
        "Content-Type: application/vnd.api+json",
        f"Content-Length: {len(body.encode())}",
        f'ETag: W/"{rng.getrandbits(64):016x}"',
    ]
    return "\n".join(head) + "\n\n" + body + "\n"


# -- a Protocol Buffers text-format dump -------------------------------------------------------


def _proto_string(text: str) -> str:
    """A string as protobuf's text format writes it by default: quoted, ``\\n \\r \\t \\" \\'
    \\\\`` escaped, each byte of a non-ASCII character as an octal escape (``ö`` ->
    ``\\303\\266``)."""
    named = {10: "\\n", 13: "\\r", 9: "\\t", 34: '\\"', 39: "\\'", 92: "\\\\"}
    out = "".join(
        named.get(b) or (chr(b) if 32 <= b < 127 else f"\\{b:03o}") for b in text.encode()
    )
    return f'"{out}"'


def protobuf_text(row: dict[str, Any], rng: random.Random) -> str:
    """The row as a ``bankenverzeichnis.v1.Bankstelle`` message in protobuf's text format
    (what ``protoc --decode`` or ``text_format.MessageToString`` prints): the header
    comments, the bank code and OeNB number, the name and address with non-ASCII bytes as
    octal escapes, the phone and e-mail in a nested ``kontakt`` message, BIC, LEI, register
    number, the date of foundation as a ``google.type.Date`` and the source line."""
    lines = [
        "# proto-file: bankenverzeichnis/v1/bankstelle.proto",
        "# proto-message: bankenverzeichnis.v1.Bankstelle",
        f"# Export {_moment(rng):%Y-%m-%d %H:%M:%S}, Revision {rng.randint(1200, 9800)}",
        f"bankleitzahl: {_proto_string(_f(row, 'Bankleitzahl'))}",
        f"identnummer: {int(_f(row, 'Identnummer'))}",
        f"kennzeichen: {_proto_string(_kind(row))}",
        f"name: {_proto_string(_f(row, 'Bankenname'))}",
        "anschrift {",
        f"  strasse: {_proto_string(_f(row, 'Straße'))}",
        f"  plz: {_proto_string(_f(row, 'PLZ'))}",
        f"  ort: {_proto_string(_f(row, 'Ort'))}",
        f"  bundesland: {_proto_string(_f(row, 'Bundesland'))}",
        '  land: "AT"',
        "}",
        "kontakt {",
        f"  telefon: {_proto_string(phone(row))}",
    ]
    if email(row):
        lines.append(f"  email: {_proto_string(email(row))}")
    lines.append("}")
    if _f(row, "SWIFT-Code"):
        lines.append(f"bic: {_proto_string(_f(row, 'SWIFT-Code'))}")
    if _f(row, "LEI"):
        lines.append(f"lei: {_proto_string(_f(row, 'LEI'))}")
    lines.append(f"firmenbuchnummer: {_proto_string(_f(row, 'Firmenbuchnummer'))}")
    if founded(row):
        year, month, day = (int(part) for part in founded(row).split("-"))
        lines += ["gruendung {", f"  year: {year}", f"  month: {month}", f"  day: {day}", "}"]
    lines.append(f"quelle_zeile: {line_number(row)}")
    return "\n".join(lines) + "\n"


# -- a LibreOffice flat spreadsheet ------------------------------------------------------------

FODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
    'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"'
)


def _string_cell(value: str) -> str:
    return (f'<table:table-cell office:value-type="string" calcext:value-type="string">'
            f"<text:p>{escape(value)}</text:p></table:table-cell>")  # fmt: skip


def _float_cell(value: str) -> str:
    return (f'<table:table-cell office:value-type="float" office:value="{int(value)}" '
            f'calcext:value-type="float"><text:p>{value}</text:p></table:table-cell>')  # fmt: skip


def flat_ods(row: dict[str, Any], rng: random.Random) -> str:
    """The row as a LibreOffice Calc flat XML spreadsheet (``.fods``): the document's meta
    (generator, creation date), one sheet with a header row and the row: the bank code and
    OeNB number as float cells, name, address and the phone as string cells, the e-mail
    address as a ``text:a`` ``mailto:`` link (the address twice), BIC, LEI and register
    number as strings and the date of foundation as a date cell."""
    created = _moment(rng)
    mail = email(row)
    if mail:
        mail_cell = ('<table:table-cell office:value-type="string" calcext:value-type="string">'
                     f'<text:p><text:a xlink:href="mailto:{mail}" xlink:type="simple">{mail}'
                     "</text:a></text:p></table:table-cell>")  # fmt: skip
    else:
        mail_cell = "<table:table-cell/>"
    if founded(row):
        date_cell = (f'<table:table-cell office:value-type="date" office:date-value="'
                     f'{founded(row)}" calcext:value-type="date"><text:p>'
                     f"{_f(row, 'Gründungsdatum')}</text:p></table:table-cell>")  # fmt: skip
    else:
        date_cell = "<table:table-cell/>"
    header = ("Bankleitzahl", "Identnummer", "Bankenname", "Straße", "PLZ", "Ort", "Telefon",
              "E-Mail", "SWIFT-Code", "LEI", "Firmenbuchnummer", "Gründungsdatum")  # fmt: skip
    cells = [
        _float_cell(_f(row, "Bankleitzahl")),
        _float_cell(_f(row, "Identnummer")),
        _string_cell(_f(row, "Bankenname")),
        _string_cell(_f(row, "Straße")),
        _float_cell(_f(row, "PLZ")),
        _string_cell(_f(row, "Ort")),
        _string_cell(phone(row)),
        mail_cell,
        _string_cell(_f(row, "SWIFT-Code")),
        _string_cell(_f(row, "LEI")),
        _string_cell(_f(row, "Firmenbuchnummer")),
        date_cell,
    ]
    version = rng.choice(("7.5.9.2", "7.6.4.1", "24.2.3.2", "24.8.1.2"))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<office:document {FODS_NS}>",
        " <office:meta>",
        f"  <meta:creation-date>{created:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 10**9 - 1):09d}"
        "</meta:creation-date>",
        f"  <dc:title>Bankstelle {_f(row, 'Bankleitzahl')}</dc:title>",
        f"  <meta:generator>LibreOffice/{version}$Linux_X86_64 LibreOffice_project/"
        f"{rng.getrandbits(160):040x}</meta:generator>",
        " </office:meta>",
        " <office:body>",
        "  <office:spreadsheet>",
        '   <table:table table:name="Bankstellen">',
        f'    <table:table-column table:number-columns-repeated="{len(header)}"/>',
        "    <table:table-row>" + "".join(_string_cell(h) for h in header) + "</table:table-row>",
        "    <table:table-row>" + "".join(cells) + "</table:table-row>",
        "   </table:table>",
        "  </office:spreadsheet>",
        " </office:body>",
        "</office:document>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "hcard_xhtml": hcard_xhtml,
    "jsonapi_response": jsonapi_response,
    "protobuf_text": protobuf_text,
    "flat_ods": flat_ods,
}


def labelled_fields(where: tuple[str, str, str, int], row: dict[str, Any], block: Record) -> dict:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each copy of the phone field labelled whole (one no person holds only a distractor), its
    kind ``international`` where it starts with ``+``, each e-mail address labelled. The
    fields of ``pii_held_out_14.labelled_record``, whose splitting of a field into numbers
    would leave out the ``+43`` before a bracketed trunk ``0`` (``+43 (0)504243``); every
    phone field of this register is one number."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, value in block.phones:
        kind = "international" if value.startswith("+") else "national"
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
    """The ``n``-th row of the register in its layout: each copy of its phone number
    labelled, each copy of its e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    return labelled_fields((SPLIT, locale, layout, n), row, labelled(row, BLOCKS[layout](row, rng)))


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
