"""held_out_42 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Romania) exactly as published, in layouts no earlier part has,
beside the country's own identifiers.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_38`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID,
PT, CL, HU and KE; here:

* the values are the phone and general e-mail fields of Romania's town halls (primării) in
  geo-spatial.org's contact list (``scripts/data/pii_ro_town_halls.json``, written by
  ``scripts/ro_town_halls_data.py``; source and licence in that file): numbers as the list
  holds them, most as nine digits that lost their trunk ``0`` (``258780519``), others with it
  (``0234228001; 0234228222``, two to four in one field after ``; ``, mobile lines among them,
  ``0355561016; 0724360441; 0724360455; 0785255277``), in groups (``0251 454 246``), each
  number of each copy labelled, and each copy of the town hall's e-mail address labelled;
* the text around them is the same row's real fields: its county number (``1``), its SIRUTA
  code (``1151``), the postcode in its address (``515100``, in 221 of the 400), its sheet row,
  with invented row numbers (``Nr. crt.``), spreadsheet ids and registration numbers and
  dates, unlabelled and scored;
* in layouts no earlier part has, labels in Romanian where the layout has any: a worksheet
  part of an XLSX file as a streaming writer leaves it (``xl/worksheets/sheet1.xml``, every
  string an inline string, ``t="inlineStr"``, the numbers ``t="n"``, a header row of the
  list's column names), a Google Sheets API ``values:batchGet`` response (the header range and
  the row's range, every value a formatted string), a CSV file as Excel saves it for a
  Romanian locale (a UTF-8 byte-order mark, a ``sep=;`` first line, ``;`` between fields,
  CRLF line ends, quotes around a field that holds ``;`` or a line break), and an HTML e-mail
  as Outlook writes it (Word's ``MsoNormal`` markup, ``<o:p>`` ends, a two-column
  ``MsoNormalTable`` of labels and values, the address as a ``mailto:`` link).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_42.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import re
import string
from collections.abc import Callable
from html import escape as html_escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ro_town_halls.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_42.jsonl.gz"
SPLIT = "held_out_42"

LAYOUTS = ("xlsx_inline_sheet", "sheets_batch_get", "excel_csv_sep", "outlook_html_table")
PHONE = "Telefon"
EMAIL = "E-mail general"
# the list's columns every layout writes, in the file's order (``E-mail registratura``, a
# second address that few rows give, is written by none)
COLUMNS = ("ID_judet", "Judet", "SIRUTA", "Localitate", "Website", EMAIL, PHONE, "Adresa")
NUMERIC = frozenset({"ID_judet", "SIRUTA"})
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's general e-mail address as published, stripped."""
    return _f(row, EMAIL)


def sheet_row(row: dict[str, Any]) -> int:
    """The row's number in the list's sheet: its header is row 1."""
    return int(row["path"].rsplit("#", 1)[1]) + 2


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _day(rng: random.Random) -> datetime.date:
    """An invented day of the months after the list was compiled (December 2020)."""
    return datetime.date(2021, 1, 4) + datetime.timedelta(days=rng.randint(0, 400))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field (each number in it by
    ``labelled_record``) and of its e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _values(row: dict[str, Any]) -> list[str]:
    """The row's written columns, each stripped."""
    return [_f(row, c) for c in COLUMNS]


def _column(i: int) -> str:
    """A spreadsheet column's letter (fewer than 27 columns)."""
    return string.ascii_uppercase[i]


def xlsx_inline_sheet(row: dict[str, Any], rng: random.Random) -> str:
    """The town hall as a worksheet part of an XLSX export written by a streaming writer (no
    shared strings: each string an inline ``<is><t>`` in its cell, ``xml:space="preserve"``
    where it holds a line break or starts or ends with a space): the dimension, a header row
    of ``Nr. crt.`` and the list's column names, and the data row under an invented row
    number, the county number and SIRUTA code typed numbers, the phone field a string."""
    header = ["Nr. crt.", *COLUMNS]
    values = [str(rng.randint(1, 3200)), *_values(row)]
    numeric = {0} | {i + 1 for i, c in enumerate(COLUMNS) if c in NUMERIC}

    def cell(ref: str, value: str, number: bool) -> str:
        if number:
            return f'<c r="{ref}" t="n"><v>{value}</v></c>'
        space = ' xml:space="preserve"' if value != value.strip() or "\n" in value else ""
        return f'<c r="{ref}" t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'

    last = _column(len(header) - 1)
    rows = [
        '<row r="1">'
        + "".join(cell(f"{_column(i)}1", h, False) for i, h in enumerate(header))
        + "</row>",
        '<row r="2">'
        + "".join(cell(f"{_column(i)}2", v, i in numeric) for i, v in enumerate(values) if v)
        + "</row>",
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:{last}2"/><sheetViews><sheetView workbookViewId="0" '
        'tabSelected="true"/></sheetViews><sheetFormatPr defaultRowHeight="15.0"/>'
        "<sheetData>\n" + "\n".join(rows) + "\n</sheetData>"
        '<pageMargins bottom="0.75" footer="0.3" header="0.3" left="0.7" right="0.7" '
        'top="0.75"/></worksheet>'
    )


def sheets_batch_get(row: dict[str, Any], rng: random.Random) -> str:
    """The town hall as the Google Sheets API's ``spreadsheets.values:batchGet`` answers it
    (two-space JSON, UTF-8 as is): an invented spreadsheet id, the header range ``A1:H1`` and
    the row's own range (its row in the list's sheet), each ``ROWS`` of formatted strings."""
    alphabet = string.ascii_letters + string.digits + "-_"
    sheet_id = "1" + "".join(rng.choice(alphabet) for _ in range(43))
    last, n = _column(len(COLUMNS) - 1), sheet_row(row)
    body = {
        "spreadsheetId": sheet_id,
        "valueRanges": [
            {
                "range": f"date_de_contact_localitati!A1:{last}1",
                "majorDimension": "ROWS",
                "values": [list(COLUMNS)],
            },
            {
                "range": f"date_de_contact_localitati!A{n}:{last}{n}",
                "majorDimension": "ROWS",
                "values": [_values(row)],
            },
        ],
    }
    return json.dumps(body, ensure_ascii=False, indent=2)


def _excel_field(value: str) -> str:
    """A field as Excel writes it in a ``;`` CSV file: quoted (quotes doubled) where it holds
    ``;``, a quote or a line break."""
    if re.search(r'[;"\r\n]', value):
        return '"' + value.replace('"', '""') + '"'
    return value


def excel_csv_sep(row: dict[str, Any], rng: random.Random) -> str:
    """The town hall as a CSV file Excel saves for a Romanian locale ("CSV UTF-8"): a
    byte-order mark, a ``sep=;`` line naming the delimiter, the header of ``Nr. crt.`` and the
    list's column names, the row under an invented row number; CRLF ends, a line break inside
    a quoted address left as it is."""
    header = ["Nr. crt.", *COLUMNS]
    values = [str(rng.randint(1, 3200)), *_values(row)]
    lines = ["\ufeffsep=;", ";".join(header), ";".join(_excel_field(v) for v in values)]
    return "\r\n".join(lines) + "\r\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" \
xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" \
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40"><head>\
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\
<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head>"""

_TD = (
    '<td width="{w}" valign="top" style="width:{pt}.0pt;border:solid windowtext 1.0pt;'
    '{left}padding:0cm 5.4pt 0cm 5.4pt">\n'
)


def _p(inner: str) -> str:
    """A paragraph as Word writes it: its ``<o:p>`` end before the closing tag."""
    return f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n'


EMPTY = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'


def outlook_html_table(row: dict[str, Any], rng: random.Random) -> str:
    """The town hall in an HTML e-mail as Outlook writes it (Word's filtered HTML: the
    ``MsoNormal`` style sheet, conditional ``<o:shapedefaults>``, ``<o:p></o:p>`` at the end of
    each paragraph): a note in Romanian with an invented registration number and date, then a
    two-column ``MsoNormalTable`` of Romanian labels and the row's values (the SIRUTA code,
    ``Telefon``, the address as a ``mailto:`` link, the web site as a link, the postal address
    with ``<br>`` for its line breaks), and a department's sign-off, no person's name."""
    day = _day(rng)
    number = f"{rng.randint(100, 29999)}/{day:%d.%m.%Y}"
    site = _f(row, "Website")
    cells = [
        ("Județ", html_escape(_f(row, "Judet"), quote=False)),
        ("Localitate", html_escape(_f(row, "Localitate"), quote=False)),
        ("Cod SIRUTA", _f(row, "SIRUTA")),
        ("Telefon", html_escape(phone(row), quote=False)),
        ("E-mail", f'<a href="mailto:{email(row)}">{email(row)}</a>'),
    ]
    if site:
        cells.append(
            ("Site web", f'<a href="{html_escape(site)}">{html_escape(site, quote=False)}</a>')
        )
    cells.append(("Adresă", html_escape(_f(row, "Adresa"), quote=False).replace("\n", "<br>\n")))
    table = ['<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse">\n<tbody>\n']  # fmt: skip
    for i, (label, value) in enumerate((label, value) for label, value in cells if value):
        top = "" if i == 0 else "border-top:none;"
        table += [
            "<tr>\n",
            _TD.format(w=160, pt=120, left=top),
            _p(f"<b>{label}</b>"),
            "</td>\n",
            _TD.format(w=320, pt=240, left=f"{top}border-left:none;"),
            _p(value),
            "</td>\n",
            "</tr>\n",
        ]
    table.append("</tbody>\n</table>\n")
    body = [
        OUTLOOK_HEAD,
        '<body lang="RO" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
        '<div class="WordSection1">\n',
        _p("Bună ziua,"),
        EMPTY,
        _p(
            "Vă transmitem mai jos datele de contact ale primăriei "
            f"{html_escape(_f(row, 'Localitate').title(), quote=False)}, actualizate conform "
            f"adresei nr. {number}."
        ),
        EMPTY,
        *table,
        EMPTY,
        _p("Cu stimă,"),
        _p("Compartimentul Relații Publice"),
        "</div>\n</body>\n</html>\n",
    ]
    return "".join(body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "xlsx_inline_sheet": xlsx_inline_sheet,
    "sheets_batch_get": sheets_batch_get,
    "excel_csv_sep": excel_csv_sep,
    "outlook_html_table": outlook_html_table,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field and e-mail
    address labelled."""
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
