"""Rules written after ``held_out_77`` to ``held_out_83`` were scored once and their misses and
false finds read: a found phone's copy is a phone although its shape alone would want a cue
(Honduran subtitles: "Ministerio Público: 2782-0994 ,2782-5983" after the directory card that
says "Teléfono"), a later number written as the local number of the one before it is a phone
("(876) 982-2326 / 734-7424", Jamaican libraries), and a French revision number is another
number's ("révision 3067156", Ivorian MediaWiki comments). The pre-scan still gives what
Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

SUBTITLE = (
    "1\n00:00:01,000 --> 00:00:04,000\nMinisterio Público: 2782-0994 ,2782-5983\n\n"
    "{# card #}\n<p>Teléfono(s): 2782-0994 ,2782-5983</p>\n"
)
MARC = '<subfield code="k">(876) 982-2326 / 734-7424</subfield>'
WIKI = "<!-- révision 3067156, modèle v4 -->\n| téléphone = 27 35 91 35 03\n"
# a subtitle's hyphenated pair that no found copy vouches for stays unfound
ALONE = "1\n00:00:01,000 --> 00:00:04,000\nSala 2: 2782-0994\n"

CASES = [
    (SUBTITLE, "es", ["2782-0994", "2782-5983"] * 2),
    (MARC, "en", ["(876) 982-2326", "734-7424"]),
    (WIKI, "fr", ["27 35 91 35 03"]),
    (ALONE, "es", []),
]


test_the_phones_of_these_layouts_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"2782-5983", "734-7424"} <= set(found)
