"""Rules written after ``held_out_84`` (MD), ``held_out_85`` (MM) and ``held_out_87`` (DZ) were
scored once and their misses and false finds read: a test report's failure message quotes the
phone of a property that a phone word names (``<property name="autoritate.telefon"
value="...">``, a copy in a markup attribute vouched for by its line); a six-digit local number
after a comma ends a field that opens with a trunk-0 area code ("01-225915, 225989", Myanmar's
lines); a field lists whole numbers with a bracketed area code after the first one's shortened
endings ("(037) 58 28 17/ 33 (037) 58 31 65", Algerian bank branches); and a road's, a plot's or
a box's number after "n°" or "BP" with the postcode after it, or a building's neighbouring house
numbers joined by slashes, are no phones. The pre-scan still gives what Presidio on every
window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

JUNIT = (
    '<testsuite name="autoritate.4127" tests="2" failures="1">\n  <properties>\n'
    '    <property name="autoritate.telefon" value="240680 240686"/>\n  </properties>\n'
    '  <testcase classname="contacte.Telefon" name="telefon_format_e164" time="0.008">\n'
    '    <failure message="„240680 240686” nu corespunde formatului +373XXXXXXXX"'
    ' type="AssertionError">„240680 240686” nu corespunde formatului +373XXXXXXXX</failure>\n'
    "  </testcase>\n</testsuite>\n"
)
TIDDLER = "title: Golden Lake Travels\ntags: Yangon\nphone: 01-224815, 224887\n"
CAPTION = '<p begin="00:00:07.985" end="00:00:11.606">ဖုန်း - 067-416811,416822</p>\n'
# a six-digit run that words follow after the comma is as likely a postcode
POSTCODE = "Office: 45 Bo Aung Kyaw St, tel 01-224815, 110011 Yangon\n"
GELF = (
    '{"short_message":"Appel routé vers 483 - Agence : (037) 57 29 17/ 33 (037) 57 30 64",'
    '"level":6}\n'
)
ADDRESSES = (
    "<ADDR1>Cité du 5 juillet Route Nationale n°08 - 28002 Sidi Aïssa</ADDR1>\n"
    "<AdrLine>Lot N° 09 - 36000 El Tarf</AdrLine>\n"
    '"adresse":"Cité 50 Logts - BP 02 - 24300 Oued Zenati"\n'
)
HOUSES = (
    "stop_id,stop_name,stop_desc,stop_lat,stop_lon\n"
    'PMA010-OFF,Motel office,"No(4687/4688/4689),Myitta (3)St,Pyinmana.",16.875552,96.235785\n'
)

CASES = [
    (JUNIT, "ro", ["240680 240686"] * 3),
    (TIDDLER, "en", ["01-224815", "224887"]),
    (CAPTION, "my", ["067-416811", "416822"]),
    (POSTCODE, "en", ["01-224815"]),
    (GELF, "fr", ["(037) 57 29 17/ 33", "(037) 57 30 64"]),
    (ADDRESSES, "fr", []),
    (HOUSES, "en", []),
]


test_the_phones_of_these_layouts_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"224887", "416822", "(037) 57 30 64"} <= set(found)
