"""Layouts of ``held_out_20`` (written after its one held-out score, when its misses and false
finds were read): a number between RTF control words, as a word processor saves a record card
(``Telefoon\\tab 0592340973\\par``: the control word after it ends the paragraph, it is no
path's next part), a Dutch national number that ends in five zeros (``0534800000``, a
switchboard's: a run after a trunk 0 is no round quantity), and a Dutch letter's reference
after its name (``Ons kenmerk\\t7880311``, ``ons kenmerk 7880311``: seven digits, a Surinamese
number's length). The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

RTF = (
    "{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1043{\\fonttbl{\\f0\\fswiss Calibri;}}\n"
    "{\\*\\rsidtbl \\rsid3838797\\rsid11266816}\n"
    "\\pard\\tx2268\\rsid1355717 BRIN\\tab 06DT\\par\n"
    "\\pard\\tx2268\\rsid1355717 Telefoon\\tab 0528234862\\par\n"
    "\\pard\\tx2268\\rsid1355717 Gemeente\\tab 0118 HOOGEVEEN\\par\n}\n"
)
LETTER = (
    "Datum\t\t26 oktober 2016\nOns kenmerk\t7880311\nUw kenmerk\t-\n\n"
    "Telefoonnummer:\t\t0592333111\n\n"
    "Geef de wijziging door onder vermelding van ons kenmerk 7880311.\n"
)
DUMP = "INSERT INTO `vestigingen_vo` VALUES (451,'00AH',41804,'Lyceumlaan','0534800000');"


def _phones(stage: PiiFilter, text: str, language: str) -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_number_between_rtf_control_words_is_a_phone(stage: PiiFilter, language: str) -> None:
    assert _phones(stage, RTF, language) == ["0528234862"]


@pytest.mark.parametrize("after", ["\\line ", "\\cell}", "\\par}", "\\tab Fax"])
def test_an_rtf_control_word_ends_the_number(stage: PiiFilter, after: str) -> None:
    assert _phones(stage, f"Tel.\\tab 0528234862{after}", "nl") == ["0528234862"]


def test_a_path_after_a_backslash_still_glues(stage: PiiFilter) -> None:
    assert _phones(stage, "C:\\data\\0528234862\\parts\\a.txt", "nl") == []


def test_a_national_number_ending_in_zeros_is_a_phone(stage: PiiFilter) -> None:
    assert _phones(stage, DUMP, "en") == ["0534800000"]
    assert _phones(stage, "Telefoon: 0534800000", "nl") == ["0534800000"]


def test_a_round_quantity_is_still_no_phone(stage: PiiFilter) -> None:
    assert _phones(stage, "De gemeente heeft 3500000 euro begroot.", "nl") == []


def test_a_letters_reference_after_its_name_is_no_phone(stage: PiiFilter) -> None:
    assert _phones(stage, LETTER, "nl") == ["0592333111"]
    assert _phones(stage, "Kenmerk: 7880311", "nl") == []


def test_prescan_identity_holds_for_dutch_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [RTF, LETTER, DUMP])
    assert {"0528234862", "0592333111", "0534800000"} <= set(found)
    assert not {"7880311", "3838797", "11266816", "1355717"} & set(found)
