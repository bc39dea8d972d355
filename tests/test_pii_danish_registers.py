"""Layouts of ``held_out_21`` (written after its one held-out score, when its misses and false
finds were read): a data set's key that joins a phone word to the name of a number with an
underscore (``'TLF_NR': '8755 2255'``, Danish; ``TEL_NO``, ``phone_number``), the same for a
register's name (``'CVR_NR': '64942212'``, the CVR number of a Danish legal entity), and an
Excel 2003 XML spreadsheet whose column header names a register (``CVR_NR`` above a ``Data``
cell of ``19972577``). The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

NOTEBOOK = (
    '   "source": [\n'
    '    "inst = {\\n",\n'
    "    \"    'INST_NR': '661407',\\n\",\n"
    "    \"    'POSTNR': '7500',\\n\",\n"
    "    \"    'TLF_NR': '8755 2255',\\n\",\n"
    "    \"    'E_MAIL': 'sih@via.dk',\\n\",\n"
    "    \"    'CVR_NR': '64942212',\\n\",\n"
    "    \"    'KOMMUNE_NR': '',\\n\",\n"
    '    "}\\n"\n'
    "   ]\n"
)
REPR = (
    "{'INST_NR': '851007', 'INST_NAVN': 'Frejlev Skole', 'POSTNR': '9200', "
    "'TLF_NR': '9931 6380', 'E_MAIL': 'frejlev-skole@aalborg.dk', 'CVR_NR': '64942212', "
    "'KOMMUNE_NR': '851'}"
)
SHEET = (
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n'
    ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
    ' <Worksheet ss:Name="Institutioner">\n  <Table ss:ExpandedColumnCount="5">\n'
    '   <Row>\n    <Cell><Data ss:Type="String">INST_NR</Data></Cell>\n'
    '    <Cell><Data ss:Type="String">TLF_NR</Data></Cell>\n'
    '    <Cell><Data ss:Type="String">CVR_NR</Data></Cell>\n'
    '    <Cell><Data ss:Type="String">KOMMUNE_NR</Data></Cell>\n'
    '    <Cell><Data ss:Type="String">FAX</Data></Cell>\n   </Row>\n'
    '   <Row>\n    <Cell><Data ss:Type="Number">101022</Data></Cell>\n'
    '    <Cell><Data ss:Type="String">3887 2280</Data></Cell>\n'
    '    <Cell><Data ss:Type="Number">19972577</Data></Cell>\n'
    '    <Cell><Data ss:Type="Number">101</Data></Cell>\n'
    '    <Cell><Data ss:Type="Number">38872281</Data></Cell>\n   </Row>\n'
    "  </Table>\n </Worksheet>\n</Workbook>\n"
)


def _phones(stage: PiiFilter, text: str, language: str = "en") -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


@pytest.mark.parametrize("key", ["TLF_NR", "tlf_nr", "TEL_NO", "phone_number", "Phone_Numbers"])
def test_a_phone_word_joined_to_a_numbers_name_is_a_phone_key(stage: PiiFilter, key: str) -> None:
    assert _phones(stage, f"'{key}': '8755 2255'") == ["8755 2255"]


def test_a_notebooks_dict_gives_its_phone_and_not_its_register_numbers(stage: PiiFilter) -> None:
    assert _phones(stage, NOTEBOOK) == ["8755 2255"]
    assert _phones(stage, REPR) == ["9931 6380"]


def test_a_phone_word_joined_to_another_word_is_still_no_phone_word(stage: PiiFilter) -> None:
    assert _phones(stage, "'call_id': '87552255'") == []


def test_a_spreadsheets_register_column_is_no_phone(stage: PiiFilter) -> None:
    """The CVR column's number is the register's, the fax column's a phone; the header is the
    first row's cell in the same place."""
    assert _phones(stage, SHEET) == ["3887 2280", "38872281"]


def test_prescan_identity_holds_for_danish_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [NOTEBOOK, REPR, SHEET])
    assert {"8755 2255", "9931 6380", "3887 2280"} <= set(found)
    assert not {"64942212", "19972577"} & set(found)
