"""Rules written after ``held_out_383`` to ``held_out_386`` were scored once and their misses and
false finds read (True's shops in Thailand as FlowAccount contact records):

* a key that joins a word for a contact to the name of another of the contact's fields
  (``"contactTaxId"``, ``"contactNote"``, ``"contact_zip_code"``) names that field: the word for
  a contact is no phone word there, and a field that names a number (a tax id, a code, a
  postcode) names one that is no phone. A Thai tax id (13 digits that Germany's plan takes) and
  a shop's code in a note were read as phones.
* a UN/CEFACT cross-industry invoice's address line (``<ram:LineOne>``) is an address's field,
  and a comma may stand between the house's numbers and the street's name after them
  (``<ram:LineOne>160/288-290, แสงชูโต``, an e-Tax invoice's): house numbers, no phone.
* phonenumbers' matcher gives a slash list's second number with the space after the slash
  where German numbering reads the list as one slash-written number (``02886239319 /
  07516093030``): the space is no part of the number.
* keys that join the word for a contact to a phone's name stay phone words
  (``"contactNumber"``, ``"contact_no"``, ``"contactPersonPhone"``), and so does the word alone
  or in a one-word compound (``Contact:``, ``Kontaktperson``).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.id_labels import names_another_number
from filters.pii.phone_words import PHONE_WORD_RE
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

FLOWACCOUNT = """{
  "contactGroup": 3,
  "contactType": 5,
  "contactName": "บริษัท ตัวอย่าง จำกัด",
  "contactAddress": "อาคารตัวอย่าง ชั้น 1, 313, สีลม ต.สีลม อ.บางรัก จ.กรุงเทพมหานคร 10500",
  "contactZipCode": "10500",
  "contactTaxId": "0545489489753",
  "contactBranchCode": "07885",
  "contactPerson": "ผู้จัดการสาขา",
  "contactMobile": "0891036357",
  "contactOffice": "026383492",
  "contactCreditDays": 30,
  "contactNote": "รหัสร้าน 80000081 (Shop) จ.กรุงเทพมหานคร"
}
"""

E_TAX = """<ram:PostalTradeAddress>
  <ram:LineOne>160/288-290, ถนนแสงชูโต</ram:LineOne>
  <ram:CityName>เมืองกาญจนบุรี</ram:CityName>
</ram:PostalTradeAddress>
<ram:TelephoneUniversalCommunication>
  <ram:CompleteNumber>034-511-234</ram:CompleteNumber>
</ram:TelephoneUniversalCommunication>
"""

CASES = [
    (E_TAX, "th", ["034-511-234"]),
    ("Accounts queries: 02886239319 / 07516093030\n", "en", ["02886239319", "07516093030"]),
    ('{"line1": "160/288-290, Saeng Chuto Road", "phone": "034-511-234"}\n', "en", ["034-511-234"]),
    (FLOWACCOUNT, "th", ["0891036357", "026383492"]),
    ('{"contact_tax_id": "0350771662481", "contact_phone": "0891036357"}\n', "th", ["0891036357"]),
    ('{"contactNote": "Shop code 80000430", "contactNumber": "026383492"}\n', "th", ["026383492"]),
    ('{"contact_no": "026383492"}\n', "th", ["026383492"]),
    ('{"contactPersonPhone": "5550134"}\n', "en", ["5550134"]),
    ("Contact: 5550134\n", "en", ["5550134"]),
    ("Kontaktperson: 040 1234567\n", "de", ["040 1234567"]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


@pytest.mark.parametrize(
    "key", ["contactTaxId", "contact_tax_id", "contactZipCode", "contactBranchCode", "contactNote"]
)
def test_a_contacts_other_field_is_no_phone_word(key: str) -> None:
    assert PHONE_WORD_RE.search(key) is None


@pytest.mark.parametrize(
    "key",
    ["contact", "contactNumber", "contact_no", "contactPhone", "contactMobile", "Kontaktperson"],
)
def test_a_contacts_phone_stays_a_phone_word(key: str) -> None:
    assert PHONE_WORD_RE.search(key) is not None


@pytest.mark.parametrize(
    ("key", "another"),
    [
        ("contactTaxId", True),
        ("contact_zip_code", True),
        ("contactBranchCode", True),
        ("contactId", True),
        ("contactNote", False),
        ("contactPhone", False),
        ("contactNumber", False),
    ],
)
def test_a_contacts_field_names_its_own_number(key: str, another: bool) -> None:
    assert names_another_number(key) is another


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
