"""Recall rules written after ``held_out_65`` (Tanzania) and ``held_out_67`` (the UAE) were
scored once and their misses read: an international number written without its "+" and
with a hyphen after the country code ("971-50-3039478"), a second number after a word for
"or" ("0716560351  OR 0652493984"), and a found phone's other copies under keys that say
nothing ("value": "255655742339"). Numbers of those shapes that are no phones stay unfound,
and the pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from filters.pii.country_code_phones import country_code_phones
from tests.pii_stage import finds_test
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

SIEVE = (
    "# main line: 971-569975711\n"
    'if header :contains "subject" "971-569975711" {\n    fileinto "SMS";\n}\n'
)
CLOUDFORMATION = '      Value: "971-50-3039478"\n      Description: licensed by DHA\n'
ODK = "  <mawasiliano>\n    <simu>0716560351  OR 0652493984</simu>\n  </mawasiliano>\n"
OPENMRS = (
    '  "description": "Health Center; HFR 110629-3; simu 255655742339",\n'
    '  "attributes": [\n    {\n      "attributeType": "e3681e30-d755-4a7f",\n'
    '      "value": "255655742339"\n    }\n  ]\n'
)
# a date, an ISBN, an order number and a range: hyphens after two or three digits, no phones
NOT_PHONES = (
    "Opened 2015-01-02, ISBN 978-3-16-148410-0, order 450-20231104-77, "
    "pages 212-2129876 and build 33-4567890123."
)

CASES = [
    (SIEVE, "en", ["971-569975711", "971-569975711"]),
    (CLOUDFORMATION, "en", ["971-50-3039478"]),
    (ODK, "sw", ["0716560351", "0652493984"]),
    (OPENMRS, "en", ["255655742339", "255655742339"]),
    (NOT_PHONES, "en", []),
    ("Ruf an: 7-495-123-45-67 oder 7-495-123-45-68", "de", ["7-495-123-45-67", "7-495-123-45-68"]),
]


test_the_phones_of_these_layouts_and_nothing_else = finds_test(CASES, phones_only=True)


def test_a_country_code_must_be_one_and_the_number_valid() -> None:
    # 978 is no country code; "971-12" is no valid UAE number; spaces are no hyphen
    assert country_code_phones("978-1234567890 971-12 971 50 3039478") == []
    assert country_code_phones("call 971-4-2693618.") == [(5, 18)]


def test_an_unfound_number_has_no_copies_and_copies_need_boundaries(stage: PiiFilter) -> None:
    text = 'id 1201936518\n"value": "1201936518"\nsimu 0716560351\nref x0716560351y'
    found = [v for e, v in _found(stage, text, "sw") if e == "PHONE_NUMBER"]
    assert found == ["0716560351"]


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"971-569975711", "0652493984", "255655742339"} <= set(found)
