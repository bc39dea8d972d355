"""Rules written after batch 46 (``held_out_491``-``_498``) was scored once and its misses and
false finds read:

- a local number in two groups that a hyphen with a blank on each side joins ("337 - 0021",
  "716 - 00818": Bolivia's register of pharmacies) is a phone by a cue of its own (a phone word
  before it with no other number between, a label, key or element), never two clock times or
  two years;
- in an EDIFACT interchange "+" is the element separator, so a GS1 number after it
  ("LIN+1++8402129926070:SRV'") is an element, not an international phone;
- a year, a hyphen and a serial of five or six digits ("reclamación 2024-976518") is a
  claim's or a case's number unless a phone word or label names it.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

EANCOM = (
    "UNA:+.? '\n"
    "UNB+UNOC:3+8402082357409:14+8475646866303:14+240731:1220+82861++ORDERS'\n"
    "UNH+1+ORDERS:D:96A:UN:EAN008'\n"
    "NAD+BY+8402082357409::9++PARA GUSTOS CAFE BAR+C/ ESPOZ Y MINA, 30-36+Salamanca++37002+ES'\n"
    "COM+923218394:TE'\n"
    "LIN+1++8402129926070:SRV'\n"
    "UNT+6+1'\n"
)

CASES = [
    ("<telefono>337 - 0021</telefono>\n", "es", [("PHONE_NUMBER", "337 - 0021")]),
    ("numero_contacto:    716 - 00818\n", "es", [("PHONE_NUMBER", "716 - 00818")]),
    (
        "Su teléfono es 348 - 4050; le recomendamos llamar antes.\n",
        "es",
        [("PHONE_NUMBER", "348 - 4050")],
    ),
    ("Tel. 0221 1234 - 5678\n", "de", [("PHONE_NUMBER", "0221 1234 - 5678")]),
    # no cue, or two years
    ("Páginas 337 - 0021 del informe.\n", "es", []),
    ("Teléfono de la temporada 1990 - 2004 del club.\n", "es", []),
    (EANCOM, "es", [("PHONE_NUMBER", "923218394")]),
    (
        "Paciente referido por la ACAA, reclamación 2024-976518. Traer identificación y el "
        "formulario de la ACAA. Para cambios o cancelaciones llame al 787-850-7393.\n",
        "es",
        [("PHONE_NUMBER", "787-850-7393")],
    ),
    ("Teléfono: 2024-976518\n", "es", [("PHONE_NUMBER", "2024-976518")]),
    # a São Paulo line in four-four groups is no year's serial
    (
        "O atendimento telefônico será prestado pelo(s) número(s) 2919-9334 e 2015-9509.\n",
        "pt",
        [("PHONE_NUMBER", "2919-9334"), ("PHONE_NUMBER", "2015-9509")],
    ),
    # an address's unit and street number, with a phone word behind another number
    (
        '  m_text: "WorkBC Centre - Surrey\\nPhone 778-547-5020\\nFax 778-547-4423\\n'
        'Unit 202 - 17700 \ufffd 56 Avenue, Surrey, BC V3S 1C7"\n',
        "en",
        [("PHONE_NUMBER", "778-547-5020"), ("PHONE_NUMBER", "778-547-4423")],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
