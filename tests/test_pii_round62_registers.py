"""Rules written after ``held_out_439``, ``_441`` and ``_442`` were scored once and their misses
and false finds read (Medellín's schools in Alegra contacts, the United States' health
departments in Amazon EventBridge events):

* a camelCase word that says which line it is, after a phone word, leaves it a phone word
  ("phonePrimary", "phoneSecondary": an Alegra contact's keys), while one that names the
  number's kind does not ("phoneType");
* a generic key's value in a record written on one line, as minified JSON writes objects, is
  named by its record's kind key as a record over several lines is
  ('"identificationObject":{"type":"NIT","number":"890210612","dv":"8"}': a tax id);
* an Amazon Resource Name's account field ("arn:aws:dynamodb:us-west-2:665374269686:table/...")
  is an account id: no card, no phone.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

ALEGRA = (
    '{"id":"1491","name":"SEC CONCENTRACION EDUCATIVA KENNEDY","identification":"890210612",'
    '"email":null,"phonePrimary":"2574139","phoneSecondary":"2574140","fax":null,"mobile":null,'
    '"observations":"Código DANE sede 105001000132","address":{"address":"KR 76 92 139",'
    '"city":"Medellín","zipCode":"050001"},"type":["client"],"status":"active",'
    '"identificationObject":{"type":"NIT","number":"890210612","dv":"8"},'
    '"kindOfPerson":"LEGAL_ENTITY"}\n'
)

EVENTBRIDGE = (
    '{\n  "version": "0",\n  "detail-type": "HealthDepartment Updated",\n  "resources": [\n'
    '    "arn:aws:dynamodb:us-west-2:665374269686:table/HealthDepartments"\n  ],\n'
    '  "detail": {\n    "phone": "760-549-2094"\n  }\n}\n'
)

CASES = [
    (
        ALEGRA,
        "es",
        [("PHONE_NUMBER", "2574139"), ("PHONE_NUMBER", "2574140")],
    ),
    ('{"phoneType":"2574139"}\n', "es", []),
    # a one-line record whose kind is a phone's names its generic value as one
    ('[{"type":"phone","number":"2574139"}]\n', "es", [("PHONE_NUMBER", "2574139")]),
    (EVENTBRIDGE, "en", [("PHONE_NUMBER", "760-549-2094")]),
    # a card number elsewhere on such a line is still one
    (
        '"arn:aws:s3:::bucket/card 4111 1111 1111 1111"\n',
        "en",
        [("CREDIT_CARD", "4111 1111 1111 1111")],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
