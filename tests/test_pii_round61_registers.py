"""Rules written after ``held_out_424`` to ``held_out_430`` were scored once and their false finds
read (Turku's early childhood education units in Finvoice invoices, Berlin's help services in
CleverReach receivers, New York's farmers' markets in The Events Calendar and Prismic):

* a quoted key "registered" names when a record was registered, no phone (a CleverReach
  receiver's ``"registered": 1682091180``), while "the phone registered to the account" still
  names one;
* a season's dates as the United States write them, month/day to month/day ("Fri 5/1-10/16
  10-2"), are no number;
* a phone word's "Number" ends it before a camelCase word that names the number's value
  ("<BuyerPhoneNumberIdentifier>", a Finvoice buyer's phone, read in a record the language
  detector calls English), not before one that names its kind ('PhoneNumberType="9913009"', a
  NEMSIS code);
* a Finnish business id whose check digit holds (``<EpiBei>0852968-9</EpiBei>``, Finvoice's
  seller id) is no phone unless a phone word or label names it.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.finnish_ids import finnish_business_id
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

CLEVERREACH = (
    '[\n  {\n    "id": 231945114,\n    "email": "beratung@example.de",\n'
    '    "activated": 1682091180,\n    "registered": 1682091180,\n'
    '    "global_attributes": {\n      "telefon": "030 25 41 66 0"\n    }\n  }\n]\n'
)

EVENTS_CALENDAR = (
    '  "description": "<p>Open Wed 10am-2pmFri 5/1-10/16 10-2, Year-round.</p>\\n<p>Questions '
    'about vendor space? Call the market at 5184732982.</p>",\n'
)

FINVOICE = (
    "<Finvoice>\n  <SellerPartyDetails>\n"
    "    <SellerPartyIdentifier>0852968-9</SellerPartyIdentifier>\n  </SellerPartyDetails>\n"
    "  <EpiDetails>\n    <EpiPartyDetails>\n      <EpiBfiPartyDetails>\n"
    "        <EpiBei>0852968-9</EpiBei>\n      </EpiBfiPartyDetails>\n"
    "    </EpiPartyDetails>\n  </EpiDetails>\n"
    "  <BuyerCommunicationDetails>\n"
    "    <BuyerPhoneNumberIdentifier>358449074750</BuyerPhoneNumberIdentifier>\n"
    "  </BuyerCommunicationDetails>\n</Finvoice>\n"
)

CASES = [
    (
        CLEVERREACH,
        "de",
        [("EMAIL_ADDRESS", "beratung@example.de"), ("PHONE_NUMBER", "030 25 41 66 0")],
    ),
    (
        "the phone registered to the account: 0412 345 678\n",
        "en",
        [("PHONE_NUMBER", "0412 345 678")],
    ),
    (EVENTS_CALENDAR, "en", [("PHONE_NUMBER", "5184732982")]),
    ("Tel. 0511/12-34/56\n", "de", [("PHONE_NUMBER", "0511/12-34/56")]),
    (FINVOICE, "en", [("PHONE_NUMBER", "358449074750")]),
    # (the seller's id in two elements, as a Finvoice message writes it)
    (
        "    <SellerPartyIdentifier>0852968-9</SellerPartyIdentifier>\n"
        "        <EpiBei>0852968-9</EpiBei>",
        "en",
        [],
    ),
    (
        "<BuyerCommunicationDetails>\n  <BuyerPhoneNumberIdentifier>3584578757073"
        "</BuyerPhoneNumberIdentifier>\n</BuyerCommunicationDetails>\n",
        "en",
        [("PHONE_NUMBER", "3584578757073")],
    ),
    (
        '<dFacility.15 PhoneNumberType="9913009">617-665-1264</dFacility.15>\n',
        "en",
        [("PHONE_NUMBER", "617-665-1264")],
    ),
    # a phone word before the value outweighs the check digit
    ("Puh. 0852968-9\n", "fi", [("PHONE_NUMBER", "0852968-9")]),
    # a wrong check digit makes no business id
    ("<EpiBei>0852968-8</EpiBei>\n", "fi", [("PHONE_NUMBER", "0852968-8")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0852968-9", True),
        ("0204819-8", True),  # the City of Turku's
        ("0852968-8", False),
        ("08529689", False),
        ("852968-9", False),
    ],
)
def test_finnish_business_id(value: str, expected: bool) -> None:
    assert finnish_business_id(value) is expected


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
