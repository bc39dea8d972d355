"""Layouts of ``held_out_63`` (Bangladesh), ``held_out_66`` (Sweden) and ``held_out_68`` (China),
written after their one held-out score, when their false finds were read: a DNS zone's SOA
serial (a date and a count), a grid's ``x``/``y`` and a GIS ``objektid``, and a Chinese
school identification code (``学校标识码``) are no phones; a phone label still makes a date-like
run a phone. The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

ZONE = (
    "@\tIN\tSOA\tns1.outlets.com.bd. hostmaster.outlets.com.bd. "
    "( 2024100472 7200 3600 1209600 300 )\n"
    '@\tIN\tTXT\t"tel=01827197036"\n'
)
SWIFT = "    /// Telefon: 08/662 22 89\n        rt90: RT90(x: 6580676, y: 1625947),\n"
WFS = "      <app:objektid>8423236</app:objektid>\n      <app:telefon>0175/218 97</app:telefon>\n"
WXML = (
    '  <view class="meta">学校标识码：4178479414\u3000招生代码：13721</view>\n'
    "  <text>电话：(0513)81050200</text>\n"
)

CASES = [
    (ZONE, "en", ["01827197036"]),
    (SWIFT, "sv", ["08/662 22 89"]),
    (WFS, "sv", ["0175/218 97"]),
    (WXML, "zh", ["(0513)81050200"]),
    ("Phone: 2024100472", "en", ["2024100472"]),
]


test_the_phones_of_these_layouts_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "01827197036" in found
