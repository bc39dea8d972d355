"""Rules written after ``held_out_451`` and ``_453`` were scored once and their misses read
(France's courts in Matomo's Live API visits):

* a web-analytics event's name or label is a generic value that the event's action or
  category names: a click-to-call event ("eventAction": "Clic téléphone") carries the number
  the visitor dialled in "eventName" (Matomo) or "eventLabel" (Universal Analytics), written as
  the site shows it, here without its trunk 0 ("4 92 60 72 00"); an event of another kind
  keeps its name a name.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds


def _matomo_event(action: str, name: str) -> str:
    return (
        '[\n  {\n    "idVisit": "8716675",\n    "actionDetails": [\n      {\n'
        '        "type": "event",\n        "eventCategory": "Accueil",\n'
        f'        "eventAction": "{action}",\n        "eventName": "{name}",\n'
        '        "timestamp": 1717331380\n      }\n    ]\n  }\n]\n'
    )


UA_HIT = (
    '{\n  "hitType": "event",\n  "eventCategory": "Phone",\n  "eventAction": "click",\n'
    '  "eventLabel": "2 14 11 02 00",\n  "eventValue": 1\n}\n'
)

CASES = [
    (_matomo_event("Clic téléphone", "4 92 60 72 00"), "fr", [("PHONE_NUMBER", "4 92 60 72 00")]),
    (_matomo_event("Clic téléphone", "2 14 11 02 00"), "fr", [("PHONE_NUMBER", "2 14 11 02 00")]),
    (UA_HIT, "en", [("PHONE_NUMBER", "2 14 11 02 00")]),
    # a download's event names its file's number, no phone
    (_matomo_event("Téléchargement", "4 92 60 72 00"), "fr", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
