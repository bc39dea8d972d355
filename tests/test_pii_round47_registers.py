"""Rules written after ``held_out_337`` to ``held_out_344`` were scored once and their misses
and false finds read (Korea's performances and events in KOPIS facility answers and Gnuboard
rows; California's public schools in ClickUp tasks):

* "telno" (Korean public APIs' element for a phone) and "문의" (inquiries) are phone words, so a
  nationwide number ("1544-5955") is found in a record the language detector reads as English
  (338's recall 0.988);
* American Express issues fifteen digits only: a Luhn-valid fourteen-digit run in 34 or 37 is
  no card (two of 340's three school codes; the third, in Diners Club's 30 ranges, stays one).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

KOPIS = """<dbs>
  <db>
    <fcltynm>전주한국소리문화의전당</fcltynm>
    <mt10id>FC001247</mt10id>
    <telno>1544-5955</telno>
    <adres>전북특별자치도 전주시 덕진구 소리로 31</adres>
  </db>
</dbs>
"""
GNUBOARD = (
    "INSERT INTO `g5_write_notice` (`wr_id`, `wr_subject`, `wr_content`) VALUES "
    "(265, '가을 음악회', '장소: 구민회관\\n문의: 1566-6551');\n"
)
CLICKUP = """{
  "name": "Front office follow-up",
  "custom_fields": [
    {"id": "0a52c486-5f05-403b-b4fd-c512ff05131c", "value": "37683386119135"},
    {"id": "6c9c2e3a-5f05-403b-b4fd-c512ff05131d", "value": "(562) 229-7745"}
  ]
}
"""

CASES = [
    (KOPIS, "en", [("PHONE_NUMBER", "1544-5955")]),
    (GNUBOARD, "en", [("PHONE_NUMBER", "1566-6551")]),
    (CLICKUP, "en", [("PHONE_NUMBER", "(562) 229-7745")]),
    # a Diners Club number of fourteen digits stays a card, in 306 too
    ("Card: 30569309025904\n", "en", [("CREDIT_CARD", "30569309025904")]),
    ("Card: 30812390056630\n", "en", [("CREDIT_CARD", "30812390056630")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
