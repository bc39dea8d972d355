"""A rule written after ``held_out_403`` to ``held_out_406`` were scored once and their misses and
false finds read (Queensland's transport and motoring centres in Deputy locations and A-NZ
Peppol invoices):

* a six-digit number that continues a list after a phone ("(07) 5463 2165 or 13 23 90") is no
  phone when the plans that take that phone take the six digits only as a service's number
  (Australia's local-rate ``13 23 90``); a subscriber's six-digit line after a phone of a plan
  that has them stays one.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from filters.pii.service_numbers import service_in_list
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

DEPUTY = """{
  "Id": 18,
  "CompanyName": "Gatton Customer Service Centre",
  "Phone": "(07) 5463 2165 or 13 23 90 (for practical driving test bookings)",
  "Fax": "(07) 5462 3488"
}
"""

PEPPOL = (
    "<cac:Contact>\n"
    "  <cbc:Telephone>(07) 4126 1455 or 13 23 90 (for practical driving test bookings)"
    "</cbc:Telephone>\n"
    "</cac:Contact>\n"
)

CASES = [
    (
        DEPUTY,
        "en",
        [("PHONE_NUMBER", "(07) 5463 2165"), ("PHONE_NUMBER", "(07) 5462 3488")],
    ),
    (PEPPOL, "en", [("PHONE_NUMBER", "(07) 4126 1455")]),
    # Myanmar's six-digit lines after one area code stay phones
    (
        "Tel 01-225915, 225989\n",
        "en",
        [("PHONE_NUMBER", "01-225915"), ("PHONE_NUMBER", "225989")],
    ),
    ("Tel. 712 672 or 712 673\n", "en", [("PHONE_NUMBER", "712 672"), ("PHONE_NUMBER", "712 673")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def _spans(text: str, *values: str) -> list[tuple[int, int, str, float]]:
    return [(text.index(v), text.index(v) + len(v), "PHONE_NUMBER", 0.5) for v in values]


def test_a_local_rate_number_after_an_australian_phone_is_a_service() -> None:
    text = "Phone (07) 4662 7017 or 13 23 90"
    first, six = _spans(text, "(07) 4662 7017", "13 23 90")
    assert service_in_list(text, six, [first, six], ("US", "AU", "JP"))


def test_without_a_plan_that_takes_the_phone_before_it_nothing_is_decided() -> None:
    text = "Phone (07) 4662 7017 or 13 23 90"
    first, six = _spans(text, "(07) 4662 7017", "13 23 90")
    assert not service_in_list(text, six, [first, six], ("US", "GB"))


def test_six_digits_alone_or_far_from_a_phone_are_left_to_the_other_rules() -> None:
    text = "Phone (07) 4662 7017. Bookings: 13 23 90"
    first, six = _spans(text, "(07) 4662 7017", "13 23 90")
    assert not service_in_list(text, six, [first, six], ("AU",))


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
