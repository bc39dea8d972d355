"""Rules written after ``held_out_395`` to ``held_out_398`` were scored once and their misses and
false finds read (Taiwan's household registration offices in Doctrine fixtures, Lisbon's schools
in Carris Metropolitana API answers):

* a bar after another address opens the next address, as a field joins its addresses
  (``"direcao@aemontijo.edu.gov.pt|servicos@aemontijo.edu.gov.pt"``: the second was lost, as a
  bar is atext and was read as the middle of one local part); a bar inside a local part with no
  address before it stays part of it (``o|brien@x.pt``);
* a setter's argument is named by the setter (``$office->setOrgId('67000340')``, a Doctrine
  fixture's; Java's ``.setOrgId("...")``): an office's id is no phone, ``->setTel('...')`` holds
  one.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

DOCTRINE = """        $office = new HouseholdOffice();
        $office->setOrgId('67000370');
        $office->setName('臺南市新營區戶政事務所');
        $office->setTel('06-6322364');
        $office->setFax('06-6328014');
        $manager->persist($office);
"""

CASES = [
    (
        '{"email": "direcao@aemontijo.edu.gov.pt|servicos@aemontijo.edu.gov.pt"}\n',
        "pt",
        [
            ("EMAIL_ADDRESS", "direcao@aemontijo.edu.gov.pt"),
            ("EMAIL_ADDRESS", "servicos@aemontijo.edu.gov.pt"),
        ],
    ),
    ("| o|brien@example.org |\n", "en", [("EMAIL_ADDRESS", "o|brien@example.org")]),
    (
        DOCTRINE,
        "zh",
        [("PHONE_NUMBER", "06-6322364"), ("PHONE_NUMBER", "06-6328014")],
    ),
    (
        'School.builder().setOrgId("67000370").setPhone("06-6322364").build();\n',
        "en",
        [("PHONE_NUMBER", "06-6322364")],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
