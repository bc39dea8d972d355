"""Rules written after ``held_out_251`` to ``held_out_258`` were scored once and their misses
and false finds read (Korea's recreational forests in TourAPI answers; Madrid's elderly
centres in Nacex shipments; Trafford's charities in Sage contacts and CiviCRM calls;
Indonesia's emergency offices in Fonnte WhatsApp requests):

* a date and its time to the second in one run (``20240609095000``, TourAPI's
  ``createdtime``) is no phone, whatever phone word its line holds (251's precision 0.891);
* a key=value field's key after a bar is its key (``|tel_ent=914 799 411|``, Nacex's
  shipment data: 253's recall 0.793);
* "registered charity" names a charity's number ("Registered charity no. 1010321"), and
  "registered" before a charity, a company, a society or an office is no phone word (254's
  precision 0.811);
* a WhatsApp group's id (``120363514760613643@g.us``) is no e-mail address (256's 66 false
  e-mails).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

TOURAPI = (
    "<item><contentid>2907566</contentid><createdtime>20240609095000</createdtime>"
    "<tel>055-639-8115</tel><title>대운산자연휴양림</title></item>\n"
)
NACEX = (
    "  --data-urlencode 'data=del_cli=2852|num_cli=40125|cp_ent=28019|pob_ent=MADRID"
    "|tel_ent=914 799 411|obs1=Kits de estimulación cognitiva'\n"
)
SAGE = (
    '    "notes": "Registered charity no. 1010321. Office telephone 01257251417; remittances'
    ' by e-mail",\n'
)
CIVICRM = "// Import for the funding newsletter, 15 May 2024: registered charity 1002141\n"
FONNTE = (
    'Content-Disposition: form-data; name="target"\r\n\r\n120363514760613643@g.us\r\n'
    'Content-Disposition: form-data; name="message"\r\n\r\nHubungi Polda Aceh di 0651-22311.\r\n'
)

CASES = [
    (TOURAPI, "ko", [("PHONE_NUMBER", "055-639-8115")]),
    (NACEX, "es", [("PHONE_NUMBER", "914 799 411")]),
    (SAGE, "en", [("PHONE_NUMBER", "01257251417")]),
    (CIVICRM, "en", []),
    (FONNTE, "id", [("PHONE_NUMBER", "0651-22311")]),
    # "registered" still names a phone where it does not name a register
    (
        "The phone registered to the account is 0161 222 4003.\n",
        "en",
        [("PHONE_NUMBER", "0161 222 4003")],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"055-639-8115", "914 799 411", "01257251417"} <= set(found)
    assert not {"20240609095000", "1010321", "1002141"} & set(found)
