"""Layouts of ``held_out_24`` (Guatemala) and ``held_out_25`` (Spain, Catalonia), written after
their one held-out score, when their misses and false finds were read: a key and its value
in two attributes (OpenStreetMap's ``<tag k="phone" v="...">``), a vCard property's
parameters between the phone word and the number (``TEL;TYPE=WORK,VOICE:``), an EDIFACT
``COM`` segment's qualifier after the number, a spreadsheet page whose first row holds its
column letters (the header is the row above), a URL ended by a CSV delimiter, a phone word in
another field of an escaped JSON string (``L\\/HP SCHOOL\\nEMIS:``), Catalan ``codi``, a
duration key; and from the regression read over every part, Korean ``코드`` (a code) and
``대표번호`` (an institution's main number). The pre-scan still gives what Presidio on every
window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

OSM = (
    '<node id="11802671" version="3" changeset="93101288" uid="40219371">\n'
    '  <tag k="name" v="COLEGIO SAN JOSE"/>\n  <tag k="phone" v="77259205"/>\n'
    '  <tag k="ref:mineduc" v="16-01-0613-46"/>\n</node>\n'
)
VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=WORK,VOICE:933842413\r\nEND:VCARD\r\n"
VCARD21 = "BEGIN:VCARD\r\nVERSION:2.1\r\nTEL;WORK;VOICE:45353648\r\nEND:VCARD\r\n"
EDIFACT = "NAD+BY+08000384::92'\nCTA+PD+:Secretaria del centre'\nCOM+934642540:TE'\n"
SHEET = (
    "<table><thead><tr><th></th><th>A</th><th>B</th></tr></thead><tbody>"
    "<tr><th>1</th><td>CODIGO</td><td>TELEFONO</td></tr>"
    "<tr><th>2</th><td>16-01-0690-46</td><td>77930803</td></tr></tbody></table>"
)
CSV_ROW = "Escola Feliu i Vegués,https://agora.xtec.cat/escolafeliuivegues/,08000402.png,933871241,x@xtec.cat"
TELEGRAM = '{"text":"\\ud83c\\udfeb MTATI L\\/HP SCHOOL\\nEMIS: 200200506\\nTel.: 0152960818"}'
NOTE = "NOTE:Codi de centre 08000013\\, servei educatiu 08870310"
GRAPHQL = '{"extensions": {"tracing": {"duration": 39091443}}, "telefono": "77259205"}'
KOREAN_ROW = "도서관명,도서관전화번호,제공기관코드\n하늘도서관,02-864-9585,3090000\n"
KOREAN_NOTICE = "도서 대출 연장은 하늘도서관 대표번호 02-864-9585로 신청하세요."


def _phones(stage: PiiFilter, text: str, language: str = "en") -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


def test_a_key_attribute_names_the_value_attribute(stage: PiiFilter) -> None:
    assert _phones(stage, OSM, "es") == ["77259205"]


def test_a_vcard_propertys_parameters_keep_its_number_a_phone(stage: PiiFilter) -> None:
    assert _phones(stage, VCARD, "ca") == ["933842413"]
    assert _phones(stage, VCARD21, "es") == ["45353648"]


def test_an_edifact_com_segment_names_its_phone(stage: PiiFilter) -> None:
    assert _phones(stage, EDIFACT, "ca") == ["934642540"]


def test_an_edifact_com_segments_tag_is_no_part_of_its_e_mail(stage: PiiFilter) -> None:
    text = "COM+934642540:TE'\nCOM+a8000384@xtec.cat:EM'\n"
    emails = [v for e, v in _found(stage, text, "ca") if e == "EMAIL_ADDRESS"]
    assert emails == ["a8000384@xtec.cat"]


def test_a_spreadsheet_pages_header_is_the_row_above(stage: PiiFilter) -> None:
    assert _phones(stage, SHEET, "es") == ["77930803"]


def test_a_csv_delimiter_ends_a_url(stage: PiiFilter) -> None:
    assert _phones(stage, CSV_ROW, "ca") == ["933871241"]


def test_a_phone_word_of_another_field_names_nothing(stage: PiiFilter) -> None:
    """ "HP" (higher primary) is part of the school's name, a field before "EMIS:"."""
    assert _phones(stage, TELEGRAM) == ["0152960818"]


def test_catalan_codi_and_a_duration_name_other_numbers(stage: PiiFilter) -> None:
    assert _phones(stage, NOTE, "ca") == []
    assert _phones(stage, GRAPHQL, "es") == ["77259205"]


def test_korean_code_and_main_number(stage: PiiFilter) -> None:
    assert _phones(stage, KOREAN_ROW, "ko") == ["02-864-9585"]
    assert _phones(stage, KOREAN_NOTICE, "ko") == ["02-864-9585"]


def test_prescan_identity_holds_for_guatemalan_and_catalan_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(
        stage, plain_stage, [OSM, VCARD, EDIFACT, SHEET, CSV_ROW, TELEGRAM, NOTE, GRAPHQL]
    )
    assert {"0152960818", "934642540"} <= set(found)
    assert not {"200200506", "39091443", "08000013"} & set(found)
