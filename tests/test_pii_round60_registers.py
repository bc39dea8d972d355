"""Rules written after ``held_out_419`` to ``held_out_421`` were scored once and their misses and
false finds read (New York's providers for the aging in Legistar events, Madrid's universities
and theatres in a 3CX phone-book CSV and a MicroSIP contact list, Seoul's large stores in Medusa
stock locations):

* a phone book's CSV header that names columns by the kind of line alone ("Home", "Business2",
  "Other": 3CX's, beside "Mobile", "BusinessFax" and "Pager") names phones there, in a header
  of two such columns or more and two or more phone columns;
* MicroSIP's ``Contacts.xml`` names the number each ``<contact>`` dials by the attribute
  ``number``;
* a key that joins "office" to a code or an id names the office's code, no phone, wherever the
  join stands in the key ("district_office_code");
* the word after a spaced dash labels the value ("fax - ficha 10511855": a record card's
  number), and "ficha" names another number;
* a CRLF file's last column is a cell as an LF file's is ("Name,Fax\r\nCasa,24578047\r\n": the
  carriage return ends the cell);
* "Broadway", "Lane", "Place", "Parkway", "Plaza" and "Terrace" after a number make it a house
  number, as "Street" and "Avenue" do.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.cell_labels import phone_book_line
from filters.pii.id_labels import names_another_number
from filters.pii.phone_words import PHONE_WORD_RE
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

THREECX_HEADER = (
    "FirstName,LastName,Company,Mobile,Mobile2,Home,Home2,Business,Business2,Email,Other,"
    "BusinessFax,HomeFax,Pager"
)
THREECX = (
    f"{THREECX_HEADER}\r\n"
    "Secretaría,(Universidades 7),Centro de Estudios Superiores IEB,,,,,915 240 615,,info@ieb.es,"
    "915 240 615 / 902 190 200,,,\r\n"
    "Secretaría,(Universidades 1),Colegio Mayor Mara,,,24578045,,,,,,915 536 932,,\r\n"
)

MICROSIP = (
    '<?xml version="1.0"?>\n<contacts>\n'
    '<contact name="Teatro La Infinito (Taquilla)" number="24578045" firstname="Taquilla" '
    'lastname="" phone="" mobile="" email="" comment="CENTRO - ficha 10511855" id="221" '
    'presence="0" starred="0" directory="0" />\n</contacts>\n'
)

MEDUSA = (
    '{\n  "stock_location": {\n    "address": {\n      "phone": "24578045",\n'
    '      "postal_code": "04977"\n    },\n    "metadata": {\n'
    '      "store_kind": "그 밖의 대규모점포",\n      "district_office_code": "3040000"\n'
    "    }\n  }\n}\n"
)

LEGISTAR = '  "EventLocation": "WHIST TRANSPORTATION (309) - 4111 Broadway, NEW YORK, NY 10033",\n'

CASES = [
    (
        THREECX,
        "es",
        [
            ("PHONE_NUMBER", "915 240 615"),
            ("PHONE_NUMBER", "915 240 615"),
            ("PHONE_NUMBER", "902 190 200"),
            ("PHONE_NUMBER", "24578045"),
            ("PHONE_NUMBER", "915 536 932"),
            ("EMAIL_ADDRESS", "info@ieb.es"),
        ],
    ),
    # one column of a line's kind beside one phone column names nothing
    (
        "Name,Home,Other,Fax\r\nCasa,24578045,24578046,24578047\r\n",
        "en",
        [("PHONE_NUMBER", "24578047")],
    ),
    ("Name,Fax\r\nCasa,24578047\r\n", "en", [("PHONE_NUMBER", "24578047")]),
    ("Name\tFax\r\nCasa\t24578047\r\n", "en", [("PHONE_NUMBER", "24578047")]),
    (MICROSIP, "es", [("PHONE_NUMBER", "24578045")]),
    # without the contact list's mark, "number" names nothing
    ('<x><item name="Teatro" number="24578045" /></x>\n', "en", []),
    (MEDUSA, "ko", [("PHONE_NUMBER", "24578045")]),
    (
        '<contact name="Teatro (Fax)" comment="fax - ficha 10511855" />\n<contacts>\n',
        "es",
        [],
    ),
    ("Tel - Fax 0221 123456\n", "de", [("PHONE_NUMBER", "0221 123456")]),
    (LEGISTAR, "en", []),
    ("Call (212) 555-4111 Broadway office\n", "en", [("PHONE_NUMBER", "(212) 555-4111")]),
    ("Tel: 309 4111 Broadway\n", "en", [("PHONE_NUMBER", "309 4111")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


@pytest.mark.parametrize(
    ("header", "column", "expected"),
    [
        (THREECX_HEADER.split(","), 5, True),  # Home
        (THREECX_HEADER.split(","), 8, True),  # Business2
        (THREECX_HEADER.split(","), 10, True),  # Other
        (THREECX_HEADER.split(","), 2, False),  # Company
        (["Name", "Phone", "Other"], 2, False),
        (["Name", "Home", "Other", "Fax"], 1, False),
    ],
)
def test_phone_book_line(header: list[str], column: int, expected: bool) -> None:
    assert phone_book_line(header, column, PHONE_WORD_RE) is expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("district_office_code", True),
        ("officeCode", True),
        ("office_id", True),
        ("office_phone", False),
        ("office", False),
        ("fax - ficha", True),
        ("ficha", True),
        ("Tel - Fax", False),
    ],
)
def test_names_another_number(label: str, expected: bool) -> None:
    assert names_another_number(label) is expected


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
