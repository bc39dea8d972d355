"""Layouts of ``held_out_18`` (written after its misses and false finds were read): Slovenia's
registration and tax numbers after their names (``Matična številka: 5085560000``), dates
written with a space after each dot (``13. 10. 2021``), fax in full and in Slovene
(``Facsimile``, LDAP's ``facsimileTelephoneNumber``, ``Faks``) as phone words; and, from the
same round, a Brazilian postcode after a phone on its line. The pre-scan still gives what
Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

CATALOGUE = (
    "Naziv organa: Osnovna šola Beltinci, Panonska ulica 35 B, 9231 Beltinci, telefon: "
    "02 541 31 00, faks: 512 28 40, e-naslov: o-beltinci.ms@guest.arnes.si\n"
    "Datum zadnje spremembe: 13. 10. 2021\nMatična številka: 5085560000"
)
LDIF = (
    "# maticna stevilka 5085888006\ndn: uid=664,ou=os,dc=evidenca,dc=si\n"
    "telephoneNumber: 7507 380\nfacsimileTelephoneNumber: 7507 374\n"
)


def _phones(stage: PiiFilter, text: str, language: str) -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Matična številka: 5085560000", "sl"),
        ("# maticna stevilka 5085888006", "en"),  # an LDIF comment, ASCII
        ("Matični broj: 03233375", "hr"),
        ("Davčna številka: 12345678", "sl"),
    ],
)
def test_a_registration_or_tax_number_after_its_name_is_no_phone(
    stage: PiiFilter, text: str, language: str
) -> None:
    assert _phones(stage, text, language) == []


def test_a_phone_before_the_registration_number_stays_one(stage: PiiFilter) -> None:
    text = "Telefon: 01 512 28 40, matična številka 5085560000"
    assert _phones(stage, text, "sl") == ["01 512 28 40"]


@pytest.mark.parametrize(
    "text",
    ["Datum zadnje spremembe: 13. 10. 2021", "Dne 30. 9. 2021 ob 09:47 je šola napisal(a):"],
)
def test_a_date_with_a_space_after_each_dot_is_no_phone(stage: PiiFilter, text: str) -> None:
    assert _phones(stage, text, "sl") == []


def test_a_phone_word_before_a_spaced_date_shape_keeps_it_a_phone(stage: PiiFilter) -> None:
    assert _phones(stage, "Telefon: 13 10 2021", "sl") == ["13 10 2021"]  # no dots: a number


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        ("Faks: 512 28 40", "512 28 40", "sl"),
        ("facsimileTelephoneNumber: 7507 374", "7507 374", "en"),
        ("Facsimile: 555 0134", "555 0134", "en"),
    ],
)
def test_fax_in_full_and_in_slovene_is_a_phone_word(
    stage: PiiFilter, text: str, value: str, language: str
) -> None:
    assert _phones(stage, text, language) == [value]


def test_a_postcode_after_a_phone_on_its_line_is_no_phone(stage: PiiFilter) -> None:
    """``Tel`` names the number right after it, not the address's CEP further on."""
    text = "Tel: (11) 3003-4000 - Rua X, 100, 01310-200"
    assert _phones(stage, text, "pt") == ["(11) 3003-4000"]


def test_a_postcode_shape_right_after_its_own_phone_word_stays_a_phone(stage: PiiFilter) -> None:
    text = "Tel. 0211 123456, Fax 02982-123"
    assert _phones(stage, text, "de") == ["0211 123456", "02982-123"]


def test_prescan_identity_holds_for_slovenian_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    postcode = "Tel: (11) 3003-4000 - Rua X, 100, 01310-200"
    found = prescan_identity_finds(stage, plain_stage, [CATALOGUE, LDIF, postcode])
    assert "512 28 40" in found and "7507 374" in found and "(11) 3003-4000" in found
    assert not {"5085560000", "5085888006", "13. 10. 2021", "01310-200"} & set(found)
