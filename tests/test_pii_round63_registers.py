"""Rules written after ``held_out_447``, ``_448`` and ``_450`` were scored once and their false
finds read (Lazio's health services for foreigners in Gotify messages):

* a day's two sessions of opening hours joined by a slash or a comma ("8.30-13.30
  /14.30-16.30") are no number, as one session is;
* a number that would start with the minutes of a clock time ("ore 9:00-12.00": "00-12.00")
  is the rest of that time.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

GOTIFY = (
    '{\n  "id": 22,\n  "message": "**Ambulatorio di medicina generale**\\n\\n- Sede: Roma, Via C. '
    "Tornabuoni, 50 (Roma)\\n- Orari: lunedì 8.30-13.30 /14.30-16.30\\n- Telefono: Pediatria: "
    '06 6835 3113",\n  "priority": 5\n}\n'
)

GOTIFY_HOURS = (
    '{\n  "id": 106,\n  "message": "**Rilascio STP/ENI**\\n\\n- Sede: Pontinia, Via Fratelli '
    "Bandiera (Latina)\\n- Orari: lunedì, mercoledì giovedì e venerdì ore 9:00-12.00\\n- "
    'Telefono: 0773-6556643",\n  "priority": 5\n}\n'
)

CASES = [
    (GOTIFY, "it", [("PHONE_NUMBER", "06 6835 3113")]),
    (GOTIFY_HOURS, "it", [("PHONE_NUMBER", "0773-6556643")]),
    ("Orario: 8.30-12.30, 14.30-18.00\n", "it", []),
    # a number after a digit and a colon that is no clock's minutes stays a number
    ("Telefono: 9:0773655664\n", "it", [("PHONE_NUMBER", "0773655664")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
