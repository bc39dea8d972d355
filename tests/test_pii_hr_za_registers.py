"""Layouts of ``held_out_22`` (Croatia) and ``held_out_23`` (South Africa), written after their
one held-out score, when their misses and false finds were read: a register's number after a
label the markup splits from it (a Word document's runs), after an acronym as a JSON key or a
MECARD note, as a PDF form field's value named above it, after a label in a JSON string that
escapes its line breaks, after an Afrikaans word for number; a revision id as an attribute's
value; a time stamp under a date key; a phone after an HTML end tag in a JSON string (``</p>``
is no page); a calling code and an area code bracketed together. The pre-scan still gives
what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

DOCX = (
    '<w:body><w:p w:rsidR="00A1B2C3" w:rsidRDefault="00876883"><w:r><w:t xml:space="preserve">'
    'OIB: </w:t></w:r><w:r w:rsidR="0071F94A"><w:t>32843160628</w:t></w:r></w:p>'
    '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00639948"><w:r><w:t xml:space="preserve">Tel.: '
    '</w:t></w:r><w:r w:rsidR="0049D803"><w:t>(+385 1) 4609 000</w:t></w:r></w:p></w:body>'
)
CKAN = '{"Rb.": "267", "OIB": "94986318669", "Telefon": "(+385 52) 855 375"}'
MECARD = 'text: "MECARD:N:Grad Vrgorac;TEL:(+385 21) 674 530;NOTE:OIB 33195887939;;",'
PDF_FORM = (
    "---\nFieldType: Text\nFieldName: tijelo_oib\nFieldNameAlt: OIB\nFieldFlags: 0\n"
    "FieldValue: 36128164609\nFieldJustification: Left\n---\nFieldType: Text\n"
    "FieldName: tijelo_telefon\nFieldNameAlt: Telefon\nFieldFlags: 0\n"
    "FieldValue: (+385 1) 4609 000\nFieldJustification: Left\n"
)
TELEGRAM = (
    '{"date":1700000000,"text":"\\ud83c\\udfeb TABANE PRIMARY SCHOOL\\nEMIS: 500123456\\n'
    'Tel.: 0152960818"}'
)
GAZETTE = "  Naam van skool:        LAERSKOOL PIERNEEF\n  EMIS-nommer:           500123456\n"
STORE = '{"description":"<p>EMIS no. 200300882<\\/p>","phone":"0732165170","fax":""}'


def _phones(stage: PiiFilter, text: str, language: str = "en") -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


def test_a_label_in_another_run_of_a_word_document_names_its_number(stage: PiiFilter) -> None:
    """ "OIB: " ends one run and the number fills the next; the revision ids are attributes'
    values, no phones."""
    assert _phones(stage, DOCX, "hr") == ["(+385 1) 4609 000"]


def test_an_acronym_key_or_note_names_its_number(stage: PiiFilter) -> None:
    assert _phones(stage, CKAN, "hr") == ["(+385 52) 855 375"]
    assert _phones(stage, MECARD, "hr") == ["(+385 21) 674 530"]


def test_a_pdf_form_fields_value_is_named_by_the_field(stage: PiiFilter) -> None:
    assert _phones(stage, PDF_FORM, "hr") == ["(+385 1) 4609 000"]


def test_an_escaped_line_break_starts_a_label_and_a_date_key_names_a_time(
    stage: PiiFilter,
) -> None:
    assert _phones(stage, TELEGRAM) == ["0152960818"]


def test_an_afrikaans_word_for_number_names_a_register(stage: PiiFilter) -> None:
    assert _phones(stage, GAZETTE, "af") == []


def test_an_end_tag_in_a_json_string_is_no_page_word(stage: PiiFilter) -> None:
    assert _phones(stage, STORE) == ["0732165170"]


def test_prescan_identity_holds_for_croatian_and_south_african_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(
        stage, plain_stage, [DOCX, CKAN, MECARD, PDF_FORM, TELEGRAM, GAZETTE, STORE]
    )
    assert {"(+385 1) 4609 000", "0152960818", "0732165170"} <= set(found)
    assert not {"32843160628", "94986318669", "500123456", "1700000000"} & set(found)
