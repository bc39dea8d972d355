"""Layouts of ``held_out_47`` (Switzerland) to ``held_out_54`` (Latvia), written after their one
held-out score, when their misses and false finds were read: phone words of Spanish
(``Tels.``), Bulgarian (``За справки``, ``Регистратура``, ``Записване на час``), ASCII Latvian
(``talrunis``), Nagios (``pager``) and Wikidata (``P1329``); a key after a bracket or a comma
(``Set(FARMACIA_TEL=...)``); an identifier's value that ends at its closing quote; Graphviz's
``\\l``; numbers joined by spaces; a six-digit local number's list; and times in seconds since
1970, registry values, postal accounts, amount ranges and a clearing number after ``00`` are no
phones. The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

PROMETHEUS_TR = (
    'nobetci_eczane_arama_toplam{eczane_id="2",telefon="0(284)811-61-47"} 420\n'
    'nobetci_eczane_nobet_baslangic_saniye{eczane_id="2"} 1656221400\n'
)
PROMETHEUS_LV = (
    'viis_kontakts_parbaudits{reg_nr="3380802199",kanals="talrunis",'
    'vertiba="67432343, 29408456"} 1607755083 1607755083138\n'
)
REG_BG = (
    '"Phone"="602-257,600-854"\r\n"ReceiptFooter"="За справки: 9741000,9744450"\r\n'
    '"KioskId"=dword:00235291\r\n'
)
HUMANS_BG = "/* SITE */\n\tРегистратура: 9943676, 9943319\n\tЗаписване на час: 8221582\n"
ASTERISK_UY = "; Tels.: 2924 0212 / 2924 1101\n same => n,Set(FARMACIA_TEL=2481 4024)\n"
NAGIOS_UY = "define contact {\n    pager                   2924 2688\n}\n"
QUICKSTATEMENTS_LV = 'LAST\tP1329\t"67270058 29448847"\tS854\t"https://viis.lv/"\n'
DOT_CH = (
    '  bc [shape=record, label="{UBS AG|Postfach\\l7017 Flims Dorf\\l|Tel. 081 928 86 86\\l'
    '|Postkonto *80-2-2\\l}"];\n'
)
REG_CH = '; Bankenstamm 00202-0000, exportiert am 01.11.2023 15:30\r\n"Postkonto"="*30-3200-1"\r\n'
PERL_LK = "$VAR1 = {\n          'fetched' => 1529432955,\n          'telephones' => '0112861331',\n"
PRICE_VN = ":Giá tham khảo: 320.000 - 390.000 đồng/đêm\n:Điện thoại: 0258 3849 999\n"

CASES = [
    (PROMETHEUS_TR, "tr", ["0(284)811-61-47"]),
    (PROMETHEUS_LV, "lv", ["67432343", "29408456"]),
    (REG_BG, "bg", ["602-257", "600-854", "9741000", "9744450"]),
    (HUMANS_BG, "bg", ["9943676", "9943319", "8221582"]),
    (ASTERISK_UY, "es", ["2924 0212", "2924 1101", "2481 4024"]),
    (NAGIOS_UY, "es", ["2924 2688"]),
    (QUICKSTATEMENTS_LV, "lv", ["67270058", "29448847"]),
    (DOT_CH, "de", ["081 928 86 86"]),
    (REG_CH, "de", []),
    (PERL_LK, "en", ["0112861331"]),
    (PRICE_VN, "vi", ["0258 3849 999"]),
]


def _phones(stage: PiiFilter, text: str, language: str) -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


test_the_phones_of_these_layouts_and_nothing_else = finds_test(CASES, phones_only=True)


def test_a_phone_label_still_vouches_for_ten_digits_that_start_with_1(stage: PiiFilter) -> None:
    """A time in seconds has the shape of a number that lost its trunk 0; a label before it,
    with no other number between, keeps it a phone."""
    assert _phones(stage, '"phone": 1529432955', "en") == ["1529432955"]
    assert _phones(stage, "You can reach our office on 1131800469.", "en") == ["1131800469"]
    assert _phones(stage, "process_start_time_seconds 1749616060", "en") == []


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "2924 2688" in found
