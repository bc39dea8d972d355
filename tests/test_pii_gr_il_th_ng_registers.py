"""Layouts of ``held_out_43`` (Greece) to ``held_out_46`` (Nigeria), written after their one
held-out score, when their misses and false finds were read: a phone word after an escaped
line break in any script (``\\nטלפון``), at a camelCase word's start (``hospitalPhone10``) or
before an underscore and a number (``hospital_phone_101``), a key right after a quote
(``Environment="FACILITY_PHONE=..."``); and a time in milliseconds since 1970 is no phone. The
pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

DISCORD = '"content": "**טיפת חלב ירכא**\\nטלפון: 04-9968532\\nמיקום: ירכא"'
MATTERMOST = '{"id":"natoci9i8pqqdz5ajcwxsb976g","create_at":1690718201350,"edit_at":0}'
SYSTEMD = '[Service]\nEnvironment="FACILITY_PHONE=08031234567"\nExecStart=/usr/bin/app\n'
ANDROID = (
    '<resources>\n    <string name="hospital_city_101">Πάτρα</string>\n'
    '    <string name="hospital_phone_101" translatable="false">2645038200</string>\n'
    "</resources>\n"
)
ARB = '{\n  "hospitalPhone10": "2541351100",\n  "@hospitalPhone10": {}\n}'
PHONES = [(DISCORD, "04-9968532"), (SYSTEMD, "08031234567"), (ANDROID, "2645038200")]
PHONES += [(ARB, "2541351100")]


def _phones(stage: PiiFilter, text: str, language: str) -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


@pytest.mark.parametrize(("text", "phone"), PHONES)
def test_phone_words_in_keys_and_escaped_lines(stage: PiiFilter, text: str, phone: str) -> None:
    assert _phones(stage, text, "en") == [phone]


def test_milliseconds_since_1970_and_a_product_name_are_no_phones(stage: PiiFilter) -> None:
    assert _phones(stage, MATTERMOST, "en") == []
    assert _phones(stage, "FOR SALE: iPhone 12 (2021) - 180 EUR o.n.o.", "en") == []


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [DISCORD, MATTERMOST, SYSTEMD, ANDROID, ARB])
    assert "2645038200" in found
