"""Layouts of ``held_out_35`` (Portugal) to ``held_out_38`` (Kenya), written after their one
held-out score, when their misses and false finds were read: a quoted entry of a
pretty-printed array or debug dump below its key's line, an xCard ``<text>`` inside its
``<tel>``, a CSV record whose quoted note holds a line break, Typst's square brackets around a
number, and a definition list's definitions (an address's box number under ``Anwani`` is no
phone). A DocBook ``<phone>`` inside an ``<address>`` stays a phone. The pre-scan still gives
what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from filters.pii.element_keys import element_key
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

RUST = (
    'Hospital {\n    localidade: "Moura",\n    telefone: Some(\n'
    '        "285254900",\n    ),\n    codigo: Some(\n        "285254901",\n    ),\n}\n'
)
XCARD = (
    "<vcard><tel><parameters><type><text>work</text><text>voice</text></type></parameters>"
    "<text>998313278</text></tel>\n<uid>\n<text>998313279</text>\n</uid></vcard>"
)
OUTLOOK_HEADER = '"Company","Business Phone","Notes","Account"'
OUTLOOK = (
    OUTLOOK_HEADER + "\r\n"
    '"FARMACIA CRUZ VERDE","992439061","Farmacia de turno.\r\nUbicación: -20.21, -70.15","x"'
    "\r\n"
)
TYPST = "#table(columns: 2, [Telephone], [068-41074], [Fax], [0202725771])\n"
DOCBOOK = (
    "<address><pob>P.O. Box 55472</pob><postcode>00200</postcode>"
    "<phone>0203741051</phone></address>"
)
PANDOC = "Anwani\n:   55472 00200\n\nSimu\n:   0203741051\n"


def _phones(stage: PiiFilter, text: str, language: str) -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


def test_a_quoted_entry_below_its_keys_line(stage: PiiFilter) -> None:
    assert _phones(stage, RUST, "en") == ["285254900"]


def test_an_xcard_text_is_named_by_its_property_element(stage: PiiFilter) -> None:
    assert element_key(XCARD, XCARD.index("<text>998313278")) == "tel"
    assert _phones(stage, XCARD, "en") == ["998313278"]


def test_a_csv_record_with_a_line_break_in_a_quoted_field(stage: PiiFilter) -> None:
    assert _phones(stage, OUTLOOK, "en") == ["992439061"]


def test_markup_square_brackets_are_no_part_of_the_number(stage: PiiFilter) -> None:
    assert _phones(stage, TYPST, "sw") == ["068-41074", "0202725771"]


def test_an_elements_own_name_comes_before_its_holders(stage: PiiFilter) -> None:
    assert _phones(stage, DOCBOOK, "en") == ["0203741051"]


def test_definition_list_terms_label_their_definitions(stage: PiiFilter) -> None:
    assert _phones(stage, PANDOC, "sw") == ["0203741051"]


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [RUST, XCARD, OUTLOOK, TYPST, DOCBOOK])
    assert "998313278" in found
