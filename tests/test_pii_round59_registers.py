"""Rules written after ``held_out_407`` to ``held_out_410`` were scored once and their misses and
false finds read (Peru's AURORA services in NubeFact documents and Crisp messages, Berlin's
inspected homes in easybill, MOCO, Placetel and a Gigaset phone book, Ireland's nursing homes
in PayPal invoices):

* Spanish and Italian "al" right before a number names where a call or a message goes
  ("coordinar la recepción con la sede al 994839908"), unless a range's start comes before it
  ("del 20250101 al 20251231") or the number is a date;
* a switchboard's extension after a spaced hyphen ends a number of two groups or more
  (``54 99 63 - 0``, as DIN 5008's ``-0`` written with spaces), while two whole numbers so
  joined stay two and a range of years stays a range;
* a Gigaset online phone book's ``<hm>`` and ``<mb>`` hold a home and a mobile number;
* a ``fingerprint`` key names a hash, no card;
* a number in three groups that a phone word other than "contact" names, with no SSN's label on
  its line ("please ring the centre on 061 33 2680"), is no SSN.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.id_labels import names_another_number
from filters.pii.phone_formats import after_al
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

NUBEFACT = (
    '{\n  "observaciones": "Remitente: SERVICIOS GENERALES SANTA ROSA S.A.C.. Entrega en el CEM '
    'REGULAR LAURICOCHA; coordinar la recepcion con la sede al 994839908 (horario de atencion).",'
    '\n  "fecha_de_emision": "06-12-2025"\n}\n'
)

CRISP = (
    '{\n  "event": "message:received",\n  "data": {\n    "fingerprint": 688870678685814,\n'
    '    "content": "Puedes comunicarte con el equipo al 994840310. Si estas en peligro en este '
    'momento, llama gratis a la Linea 100 o al 105."\n  }\n}\n'
)

EASYBILL = '{\n  "company_name": "Haus am See",\n  "phone_1": "9 62  49 - 700",\n  "fax": ""\n}\n'

GIGASET = (
    '<?xml version="1.0" encoding="UTF-8"?>\r\n\r\n'
    '<list response="get_list" type="pb" total="1" first="1" last="1"><entry>'
    "<ln>Seniorenwohnen am Schloßpark</ln><st>Alt-Buch</st><nr>48-50</nr><zc>13125</zc>"
    "<ct>Berlin</ct><hm>9 49 73 13</hm></entry></list>"
)

PAYPAL_NOTE = (
    '{\n  "note": "For any query about this delivery please ring the centre on 061 33 2680 or '
    'reply to this invoice."\n}\n'
)

CASES = [
    (NUBEFACT, "es", [("PHONE_NUMBER", "994839908")]),
    (CRISP, "es", [("PHONE_NUMBER", "994840310")]),
    ("Facturas del 20250101 al 20251231.\n", "es", []),
    ("Vigente del 1 de enero al 20251231.\n", "es", []),
    (EASYBILL, "de", [("PHONE_NUMBER", "9 62  49 - 700")]),
    ('{\n  "phone": "46 40 06 - 0"\n}\n', "de", [("PHONE_NUMBER", "46 40 06 - 0")]),
    (
        "Tel. 0221 123456 - 0221 654321\n",
        "de",
        [("PHONE_NUMBER", "0221 123456"), ("PHONE_NUMBER", "0221 654321")],
    ),
    # a range of years after a phone word ("text") is no number with its extension
    ("see the text 1990 - 2004 edition\n", "en", []),
    (GIGASET, "en", [("PHONE_NUMBER", "9 49 73 13")]),
    (
        GIGASET.replace("9 49 73 13", "72 00 60 - 0"),
        "en",
        [("PHONE_NUMBER", "72 00 60 - 0")],
    ),
    # without the phone book's answer, "hm" names nothing
    ("<x><hm>96 24 95 50</hm></x>\n", "en", []),
    (PAYPAL_NOTE, "en", [("PHONE_NUMBER", "061 33 2680")]),
    ("SSN: 061 33 2680\n", "en", [("US_SSN", "061 33 2680")]),
    # "Contact:" labels an SSN as readily as a phone
    ("Contact: 049 88 4879\n", "en", [("US_SSN", "049 88 4879")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("llame al 994840310", True),
        ("chiamare al 3456789012", True),
        ("del 100000 al 200000", False),
        ("del 1 de enero al 20251231", False),
        ("normal 994840310", False),
    ],
)
def test_after_al(text: str, expected: bool) -> None:
    start = text.rindex(" ") + 1
    assert after_al(text, start, len(text)) is expected


def test_a_fingerprint_names_another_number() -> None:
    assert names_another_number("fingerprint")


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
