"""Rules written after ``held_out_95`` (UZ) and ``held_out_96`` (MG) were scored once and their
false finds read: an IMEI (15 digits with a Luhn check digit, most starting 35) is no card, bare
or under its key, since no network issues 15-digit numbers in 35 (JCB's are 16 to 19); a
property's type that ends with a word for an identifier names the value right after it (DITA's
``<proptype>Yandex ID</proptype><propvalue>...``); words for "coordinates" in more languages
name a coordinate as a field's label. The pre-scan still gives what Presidio on every window
gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.cards import issuer_length_ok
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

UCI = (
    "config modem 'lte'\n\toption device '/dev/cdc-wdm0'\n\toption imei '354123456789017'\n"
    "\toption apn 'internet'\n\tlist telephone '034 74 687 21'\n"
)
BARE_IMEI = "Appareil 356987654321098 enregistré le 2024-05-01\n"
DITA = (
    "<properties>\n      <property><proptype>Yandex ID</proptype>"
    "<propvalue>15033323091</propvalue></property>\n      <property><proptype>Telefon"
    "</proptype><propvalue>+998 71 227 24 81</propvalue></property>\n</properties>\n"
)  # a coordinate pair below its label in another language ("Koordinatalar", Uzbek)
COORDINATES = (
    '<fo:table-row><fo:table-cell><fo:block font-weight="bold">Koordinatalar</fo:block>'
    "</fo:table-cell><fo:table-cell><fo:block>39.70812, 66.945</fo:block></fo:table-cell>\n"
)

CASES = [
    (UCI, "fr", [("PHONE_NUMBER", "034 74 687 21")]),
    (BARE_IMEI, "fr", []),
    (DITA, "uz", [("PHONE_NUMBER", "+998 71 227 24 81")]),
    (COORDINATES, "uz", []),
]


test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


@pytest.mark.parametrize(
    ("digits", "card"),
    [
        ("354123456789017", False),  # an IMEI's length in 35
        ("3530111333300000", True),  # JCB, 16 digits
        ("3500164112092518", True),  # 16 digits in 35, as Faker's JCB writes them
        ("378282246310005", True),  # Amex, 15
        ("36227206271667", True),  # Diners International, 14
    ],
)
def test_issuer_lengths_in_3(digits: str, card: bool) -> None:
    assert issuer_length_ok(digits) is card


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "+998 71 227 24 81" in found
