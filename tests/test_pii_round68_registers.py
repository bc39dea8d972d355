"""Rules written after ``held_out_485`` was scored once and its false finds read (Chicago's
early-learning programs in Formstack submissions): a form's and its fields' ids, as form
builders' APIs key them, alone (``"form": "5619947"``, ``"field": "153216501"``), are no
phones, though phonenumbers reads some as valid numbers of another plan; a phone word beside
the key keeps a phone a phone.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

FORMSTACK = (
    '{\n  "id": "1234567890",\n  "form": "5302243",\n  "data": [\n    {\n'
    '      "field": "153216501",\n      "value": "280"\n    },\n    {\n'
    '      "field": "153216504",\n      "value": "773-2529200"\n    }\n  ]\n}\n'
)

CASES = [
    (FORMSTACK, "en", [("PHONE_NUMBER", "773-2529200")]),
    ("Contact form: 0171 496 0018\n", "en", [("PHONE_NUMBER", "0171 496 0018")]),
    # the keys alone, in lower case: SharePoint's "<Field Name=...>" names its value by the
    # attribute
    (
        '<Row>\n  <Field Name="Title">OCMW Gent</Field>\n'
        '  <Field Name="Telefoon">093252200</Field>\n</Row>\n',
        "nl",
        [("PHONE_NUMBER", "093252200")],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
