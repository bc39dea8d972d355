"""Layouts of ``held_out_30`` (Poland) to ``held_out_34`` (Indonesia), written after their one
held-out score, when their misses and false finds were read: a number named by the key of the
XML element it fills (a property list's ``<key>Phone</key>`` above a generic ``value``, KML's
``<Data name="phone">``) or by a label the markup shows before it (a slide's text runs, an
OpenDocument table's cell before); the later numbers of a list of the same national length;
an extension in capitals; and numbers that are no phones: a register's file number that ends
in a year, a year and a clock time, the digits after a decimal comma, a coordinate pair, a
field named by an identifier in an inflected language (quoted-printable too), by a key word
(``clave``), a coordinate or a quantity. The pre-scan still gives what Presidio on every
window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.element_keys import element_key
from filters.pii.id_labels import names_another_number
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

PLIST = (
    '<plist version="1.0">\n<dict>\n\t<key>Organization</key>\n\t<string>Szpital</string>\n'
    "\t<key>Phone</key>\n\t<array>\n\t\t<dict>\n\t\t\t<key>label</key>\n"
    "\t\t\t<string>służbowy</string>\n\t\t\t<key>value</key>\n"
    "\t\t\t<string>500 900 901, 885 750 286</string>\n\t\t</dict>\n\t</array>\n"
    "\t<key>Note</key>\n\t<string>Szpital, nr w rejestrze 00555/14/2019.</string>\n"
    "\t<key>Latitude</key>\n\t<real>52.22248</real>\n</dict>\n</plist>\n"
)
KML = (
    "<Placemark><name>Biblioteca</name><ExtendedData>\n"
    '<Data name="codice"><value>500900901</value></Data>\n'
    '<Data name="telefono"><value>885 750 286</value></Data>\n'
    "</ExtendedData></Placemark>"
)
SLIDE = (
    '<a:p><a:r><a:rPr lang="cs-CZ" b="1"/><a:t>Identifikátor: </a:t></a:r><a:r><a:rPr '
    'lang="cs-CZ"/><a:t>60913266000000</a:t></a:r></a:p><a:p><a:r><a:rPr lang="cs-CZ" b="1"/>'
    '<a:t>Telefon: </a:t></a:r><a:r><a:rPr lang="cs-CZ"/><a:t>725 089 959</a:t></a:r></a:p>'
)
ODT = (
    "<table:table-row><table:table-cell><text:p "
    'text:style-name="P2">Telefon</text:p></table:table-cell><table:table-cell><text:p '
    'text:style-name="Table_20_Contents">493582111</text:p></table:table-cell>'
    "</table:table-row><table:table-row><table:table-cell><text:p "
    'text:style-name="P2">Identifikátor</text:p></table:table-cell><table:table-cell><text:p '
    'text:style-name="Table_20_Contents">00829838000013</text:p></table:table-cell>'
    "</table:table-row>"
)
QUOTED_PRINTABLE = (
    "Telefon: 519 363 111\nIdentifik=C3=A1tor za=C5=99=C3=ADzen=C3=AD: 00844853001000\n"
)
TEI = (
    '<place><placeName>Szpital</placeName><idno type="ksiega">00122/18/2017</idno>\n'
    "<location>\n<geo>49.8676 21.78735</geo>\n</location>\n"
    "<addrLine>tel. (076)870 30 14,76 8703011 wew. 320</addrLine></place>"
)
PHP = "  'telefon' => '(22) 56 90 205, 56 90 136, 56 90 518, 56 90 202,',\n"
BIBTEX = "  note = {tel. 22 599 22 52; 599 22 53; 599 25 69,599 25 98; e-mail: x@y.pl},\n"
SETTINGS = (
    "biblioteca.longitudine=8,0923911\n"
    'LATITUDINE: "45,0364208"\n'
    'clave_inegi = "050300001"\n'
    '{"unsigned": {"age": 71387775}}\n'
    'readable_date="11 Sep 2020 14.56.07"\n'
)
MATRIX = '"body": "RSUD\\nTelp: (0971) 321124 EXT. 321125\\nLokasi: geo:-8.49,140.40"'


def _phones(stage: PiiFilter, text: str, language: str) -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


def test_a_property_lists_generic_value_key_is_named_by_the_list_key() -> None:
    value = PLIST.index("<string>500")
    assert element_key(PLIST, value) == "Phone"
    assert element_key(PLIST, PLIST.index("<string>Szpital,")) == "Note"
    assert element_key(KML, KML.index("<value>885")) == "telefono"


def test_numbers_named_by_their_elements_key(stage: PiiFilter) -> None:
    assert _phones(stage, PLIST, "en") == ["500 900 901", "885 750 286"]
    assert _phones(stage, KML, "en") == ["885 750 286"]


def test_numbers_after_a_label_the_markup_shows(stage: PiiFilter) -> None:
    assert _phones(stage, SLIDE, "en") == ["725 089 959"]
    assert _phones(stage, ODT, "en") == ["493582111"]


def test_identifiers_in_inflected_and_quoted_printable_labels(stage: PiiFilter) -> None:
    assert _phones(stage, QUOTED_PRINTABLE, "cs") == ["519 363 111"]
    assert "00829838000013" not in _phones(stage, ODT, "cs")


def test_later_numbers_of_a_list_of_the_same_national_length(stage: PiiFilter) -> None:
    assert _phones(stage, PHP, "pl") == ["(22) 56 90 205", "56 90 136", "56 90 518", "56 90 202"]
    assert _phones(stage, BIBTEX, "pl") == ["22 599 22 52", "599 22 53", "599 25 69", "599 25 98"]


def test_file_numbers_coordinate_pairs_and_the_number_after_an_area_code(stage: PiiFilter) -> None:
    assert _phones(stage, TEI, "pl") == ["(076)870 30 14", "76 8703011"]


@pytest.mark.parametrize("line", SETTINGS.splitlines())
def test_fractions_keys_coordinates_quantities_and_clock_times(stage: PiiFilter, line: str) -> None:
    assert _phones(stage, line, "it") == []


def test_a_delimited_rows_next_field_is_no_fraction(stage: PiiFilter) -> None:
    assert _phones(stage, "Tel;Fax\n17,0923911234,", "it") == ["0923911234"]


def test_an_extension_in_capitals_leaves_its_number(stage: PiiFilter) -> None:
    assert _phones(stage, MATRIX, "id") == ["(0971) 321124"]


def test_quantity_and_key_words_name_numbers_only_as_field_labels() -> None:
    assert names_another_number("age") and names_another_number("Longitudine")
    assert not names_another_number("Braulio Price", structured=False)
    assert names_another_number("Identifikační číslo", structured=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(
        stage, plain_stage, [PLIST, KML, SLIDE, ODT, QUOTED_PRINTABLE, TEI, PHP, BIBTEX, MATRIX]
    )
    assert "885 750 286" in found
