"""Layouts of ``held_out_19`` (written after its one held-out score, when its false finds were
read): Estonia's registry code after its name (``Registrikood 70008747``, eight digits, the
length of an Estonian mobile number; ``Äriregistri kood``), an address's id after
its name (``ADS aadressi ID ... 3094488``, seven digits, the length of a landline) and a
document's reference (UBL's ``<cbc:BuyerReference>``), on a form's dotted leader too. The
numbers by a phone word stay phones, and the pre-scan still gives what Presidio on every
window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

FORM = (
    "Asutuse nimi ...................... Politsei- ja Piirivalveamet\n"
    "Registrikood ...................... 70008747\n"
    "ADS aadressi ID ................... 2110848\n"
    "Telefon ........................... 612 3000\n"
)
RELEASE = "Lisainfo:\nKrista Rebane\nRahandusministeerium\ntel 611 3693\nRegistrikood 70000272\n"
INVOICE = "  <cbc:BuyerReference>6410610</cbc:BuyerReference>\n  <cbc:Telephone>6121630"


def _phones(stage: PiiFilter, text: str, language: str) -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Registrikood 70008747", "et"),
        ("Registrikood ...................... 70003098", "et"),
        ("Äriregistri kood: 70000272", "et"),
        ("ADS aadressi ID ................... 3094488", "et"),
        ("Address ID: 3094488", "en"),
        ("<cbc:BuyerReference>6410610</cbc:BuyerReference>", "en"),
        ("Reference: 6410610", "en"),
    ],
)
def test_an_identifier_after_its_name_is_no_phone(
    stage: PiiFilter, text: str, language: str
) -> None:
    assert _phones(stage, text, language) == []


def test_the_numbers_by_a_phone_word_stay_phones(stage: PiiFilter) -> None:
    assert _phones(stage, FORM, "et") == ["612 3000"]
    assert _phones(stage, RELEASE, "et") == ["611 3693"]
    assert _phones(stage, INVOICE, "en") == ["6121630"]


def test_prescan_identity_holds_for_estonian_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [FORM, RELEASE, INVOICE])
    assert {"612 3000", "611 3693", "6121630"} <= set(found)
    assert not {"70008747", "2110848", "70000272", "6410610"} & set(found)
