"""Rules written after ``held_out_104`` (Malian clients' phone fields in e-learning formats,
phones 0.546 / 0.997) and ``held_out_105`` (Belizean schools' in health records, 0.607 / 0.991)
were scored once and their misses read: French "se joint au" (is reached at) is a phone phrase;
a field's numbers joined by slashes may be written in digit groups ("20 21 32 05/76 40 98 44")
and may end a sentence or keep a trailing slash; a found list's copies elsewhere in the
document (a quiz's answer, a statement's response) are copied whole, as each of its numbers is
glued to a slash; a dcmdump listing names an element's value by its keyword, and a structured
report's TextValue by its content item's concept meaning, lines above it; a compact date and a
count after a space ("20251028 99", a batch record's fields) is no phone. The pre-scan still
gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

FEEDBACK = "<p>Le client n° 1 se joint au 76 41 39 07. Adresse : Bamako/Mali.</p>\n"
SPACED_LIST = "Téléphone : 20 21 32 05/20 21 73 62/76 40 98 44\n"
SENTENCE_LIST = "Le client n° 62 se joint au 20295724/20295725/20290960. Adresse : Bamako\n"
TRAILING_SLASH = "Le client se joint au 20 21 32 05/76 40 98 44/. Adresse : Bamako\n"
QUIZ = (
    "<question>\n"
    "  <generalfeedback><text>Le client se joint au 20 21 92 96/20 21 47 08.</text>"
    "</generalfeedback>\n"
    '  <answer fraction="100"><text>20 21 92 96/20 21 47 08</text></answer>\n'
    "</question>\n"
)
# a slashed list that no phone cue names, and a date range that one does
UNNAMED_LIST = "Lot 20 21 92 96/20 21 47 08 livré\n"
DATE_RANGE = "Tél. : 2020-01-05/2020-02-06 fermé\n"
KEYWORD = "(0010,2154) SH [226-2226]  #   8, 1 PatientTelephoneNumbers\n"


def _item(code: str, meaning: str, value: str) -> str:
    """One TEXT content item of a structured report, as dcmdump prints it."""
    return (
        "  (fffe,e000) na (Item with undefined length #=4)  # u/l, 1 Item\n"
        "    (0040,a010) CS [CONTAINS]  #   8, 1 RelationshipType\n"
        "    (0040,a040) CS [TEXT]  #   4, 1 ValueType\n"
        "    (0040,a043) SQ (Sequence with undefined length #=1) # u/l, 1 ConceptNameCodeSequence\n"
        "      (fffe,e000) na (Item with undefined length #=3)  # u/l, 1 Item\n"
        f"        (0008,0100) SH [{code}]  #   6, 1 CodeValue\n"
        "        (0008,0102) SH [99LOCAL]  #   8, 1 CodingSchemeDesignator\n"
        f"        (0008,0104) LO [{meaning}]  #  16, 1 CodeMeaning\n"
        "      (fffe,e00d) na (ItemDelimitationItem)  #   0, 0 ItemDelimitationItem\n"
        "    (fffe,e0dd) na (SequenceDelimitationItem)  #   0, 0 SequenceDelimitationItem\n"
        f"    (0040,a160) UT [{value}]  #   8, 1 TextValue\n"
        "  (fffe,e00d) na (ItemDelimitationItem)  #   0, 0 ItemDelimitationItem\n"
    )


REPORT = (
    "(0040,a730) SQ (Sequence with undefined length #=3)     # u/l, 1 ContentSequence\n"
    + _item("SHS01", "Enrolment count", "2262226")
    + _item("SHS02", "School telephone", "226-2226")
    + _item("SHS03", "Register number", "6042717")
)
BATCH = "DTLP58450  Td    2 XT47692   20251028 99\n"

CASES = [
    (FEEDBACK, "fr", ["76 41 39 07"]),
    (SPACED_LIST, "fr", ["20 21 32 05", "20 21 73 62", "76 40 98 44"]),
    (SENTENCE_LIST, "fr", ["20295724", "20295725", "20290960"]),
    (TRAILING_SLASH, "fr", ["20 21 32 05", "76 40 98 44"]),
    (QUIZ, "fr", ["20 21 92 96", "20 21 47 08"] * 2),
    (UNNAMED_LIST, "fr", []),
    (DATE_RANGE, "fr", []),
    (KEYWORD, "en", ["226-2226"]),
    (REPORT, "en", ["226-2226"]),
    (BATCH, "en", []),
]


test_the_phones_of_these_layouts_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "226-2226" in found
