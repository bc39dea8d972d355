"""Rules written after ``held_out_399`` to ``held_out_402`` were scored once and their misses and
false finds read (food banks in Deliverect delivery jobs, Vietnamese businesses in HCL Commerce
BODs, Madrid's embassies in a NethVoice phone book's CSV):

* a key that joins a phone word to the name of a code (``"phoneAccessCode"``, a rider's access
  code; ``phone_verification_code``, ``telPin``) names the code: no phone word, and the code no
  phone;
* a version's or a code's id before a dotted quad (``versionID="6.0.0.6"``, an OAGIS business
  object document's) names no IP address, as ``version=`` does;
* the one-word column names of address books' exports (``workphone``, ``homephone``,
  ``speeddial_num``) are phone words, so a CSV header vouches for the cells under it.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.id_labels import names_another_number
from filters.pii.phone_words import PHONE_WORD_RE
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

DELIVERECT = """{
  "pickupLocation": {
    "name": "Aberdeen Foodbank",
    "phone": "01224 875112",
    "phoneAccessCode": "516264162"
  }
}
"""

BOD = (
    '<_sto:ShowPhysicalStore xmlns:_sto="http://www.ibm.com/xmlns/prod/commerce/9/store" '
    'versionID="6.0.0.6">\n'
)

NETHVOICE = (
    "owner_id,type,homeemail,workemail,homephone,workphone,cellphone,fax,title,company,"
    "speeddial_num\n"
    "centralita,speeddial,,madrid.amb@mae.etat.lu,,914 359 164,,915 774 826,Embajada,"
    "Embajada de Luxemburgo,914 359 164\n"
)

CASES = [
    (DELIVERECT, "en", [("PHONE_NUMBER", "01224 875112")]),
    (BOD, "en", []),
    ("Connect to 10.0.0.6 on port 22\n", "en", [("IP_ADDRESS", "10.0.0.6")]),
    (
        NETHVOICE,
        "es",
        [
            ("EMAIL_ADDRESS", "madrid.amb@mae.etat.lu"),
            ("PHONE_NUMBER", "914 359 164"),
            ("PHONE_NUMBER", "915 774 826"),
            ("PHONE_NUMBER", "914 359 164"),
        ],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


@pytest.mark.parametrize("key", ["phoneAccessCode", "phone_verification_code", "telPin"])
def test_a_phones_code_is_no_phone_word(key: str) -> None:
    assert PHONE_WORD_RE.search(key) is None


@pytest.mark.parametrize("key", ["workphone", "homephone", "speeddial_num", "phoneNumber"])
def test_address_book_columns_are_phone_words(key: str) -> None:
    assert PHONE_WORD_RE.search(key) is not None


def test_a_phones_code_names_another_number() -> None:
    assert names_another_number("phoneAccessCode")
    assert not names_another_number("phoneNumber")


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
