"""Rules written after ``held_out_91`` (Belarus's district election commissions) was scored
once (phones 0.309 / 0.708) and its misses read: a field that opens with a bracketed area code
and lists an office's lines after marks (``(8 0162) т. 32 26 06``, ``т./ф.``, ``ф.``), after
commas or run on with a space, each line a phone (``filters/pii/marked_numbers.py``); and an
XML element named by an acronym alone, in any script, names a register's number (1C
CommerceML's ``<ИНН>``). The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from filters.pii.marked_numbers import first_marked_phones, later_marked_phones
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

FICTIONBOOK = "<p><strong>Контакты:</strong> (8 016) т. 21 05 48 т./ф. 21 06 19</p>\n"
RUN_ON = "<p><strong>Контакты:</strong> (8 0232) 75 41 07 75 02 87 т./ф. 75 41 30</p>\n"
COMMAS = '"contact": "(8 01641) т/ф 2 51 93, т. 2 57 41"\n'
THREE = "Контакты: (8 02345) 3 17 84 3 17 05 3 17 27\n"
REPEATED = '"(8 0212) т. 60 25 51 (8 0212) ф. 60 92 94"\n'
COMMERCEML = (
    "<Контрагент>\n  <Наименование>ОИК № 2</Наименование>\n  <ИНН>255372331</ИНН>\n"
    "  <Контакты><Контакт><Тип>Телефон рабочий</Тип>"
    "<Значение>(8 0162) т. 32 26 08</Значение></Контакт></Контакты>\n</Контрагент>\n"
)
# a year in brackets is no area code; a volume's "т." after one is no mark
YEAR = "Собрание сочинений (1998) т. 12 345 страниц\n"

CASES = [
    (FICTIONBOOK, "ru", ["(8 016) т. 21 05 48", "21 06 19"]),
    (RUN_ON, "ru", ["(8 0232) 75 41 07", "75 02 87", "75 41 30"]),
    (COMMAS, "ru", ["(8 01641) т/ф 2 51 93", "2 57 41"]),
    (THREE, "ru", ["(8 02345) 3 17 84", "3 17 05", "3 17 27"]),
    (REPEATED, "ru", ["(8 0212) т. 60 25 51", "(8 0212) ф. 60 92 94"]),
    (COMMERCEML, "ru", ["(8 0162) т. 32 26 08"]),
    (YEAR, "ru", []),
]


test_the_phones_of_these_layouts_and_nothing_else = finds_test(CASES, phones_only=True)


def test_later_lines_need_their_field_s_first_line_kept() -> None:
    firsts = set(first_marked_phones(FICTIONBOOK))
    assert [FICTIONBOOK[s:e] for s, e in later_marked_phones(FICTIONBOOK, firsts)] == ["21 06 19"]
    assert later_marked_phones(FICTIONBOOK, set()) == []


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"21 06 19", "75 02 87", "3 17 27"} <= set(found)
