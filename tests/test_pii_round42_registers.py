"""Rules written after ``held_out_289`` to ``held_out_296`` were scored once and their misses
and false finds read (Korea's free meal centres in 1365 volunteering API answers; Open Brewery
DB in FedEx Pickup requests; India's vaccination centres in Instamojo requests; Dutch
specialist care in Teamleader remarks; Helsinki's errand services in its own APIs):

* "Cd" ends a key as a code's abbreviation (``<sidoCd>6460000</sidoCd>``), and seven flags of
  0 and 1 are a week's days (``<actWkdy>0100000</actWkdy>``: 290's precision 0.932);
* a wrapped value is named by the key of its object (``"associatedAccountNumber": {"value":
  "628289514"}``: 292's precision 0.891);
* a key in single quotes opens a form field as in double quotes (``--data
  'phone=9443157362'``: 294's recall 0.875);
* "algemeen" (with "allgemein", "yleis", "allmän") names an organisation's general line
  ("Algemeen nummer: 020-3626801": 295's recall 0.857);
* narrow no-break, thin and figure spaces group a number's digits as a no-break space does
  (``+358\u202f9\u202f310\u202f74089``: 296's recall 0.950).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

VMS1365 = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><response><header><resultCode>00'
    "</resultCode></header><body><items><item><actBeginTm>11</actBeginTm><actEndTm>13</actEndTm>"
    "<actWkdy>0100000</actWkdy><progrmCn>급식 봉사자 모집\n문의: 하의면새마을부녀회 061-240-3823"
    "</progrmCn><progrmEndde>20250127</progrmEndde><progrmRegistNo>3022392</progrmRegistNo>"
    "<sidoCd>6460000</sidoCd><telno>061-240-3823</telno></item></items></body></response>"
)
FEDEX = """{
  "associatedAccountNumber": {
    "value": "628289514"
  },
  "originDetail": {
    "pickupLocation": {
      "contact": {
        "companyName": "Cahaba Brewing Co",
        "phoneNumber": "2055786600"
      }
    }
  }
}
"""
INSTAMOJO = """curl -X POST https://www.instamojo.com/api/1.1/payment-requests/ \\
  --header 'X-Api-Key: 0c7d3b8c0f3b4a0e9d0e6c1f2a3b4c5d' \\
  --data 'purpose=Covid vaccination dose' \\
  --data 'amount=780' \\
  --data 'buyer_name=AHALYA NURSING HOME' \\
  --data 'phone=9443157362' \\
  --data 'send_sms=False'
"""
TEAMLEADER = (
    '{"remarks": "**Locatie:** Hippocrates Clinic\\n\\n- Contract: servicecontract basis\\n'
    '- Algemeen nummer: 020-3626801 (vragen naar de receptie)\\n- Bereikbaar op werkdagen"}\n'
)
HELSINKI = (
    '{"phone": "+358\u202f9\u202f310\u202f74089", "description": {"fi": "Ajan voi varata'
    ' myös puhelimitse numerosta +358\u202f9\u202f310\u202f74089. Puhelu on maksuton."}}\n'
)

CASES = [
    (VMS1365, "ko", [("PHONE_NUMBER", "061-240-3823"), ("PHONE_NUMBER", "061-240-3823")]),
    (FEDEX, "en", [("PHONE_NUMBER", "2055786600")]),
    (INSTAMOJO, "en", [("PHONE_NUMBER", "9443157362")]),
    (TEAMLEADER, "nl", [("PHONE_NUMBER", "020-3626801")]),
    (
        HELSINKI,
        "fi",
        [("PHONE_NUMBER", "+358\u202f9\u202f310\u202f74089")] * 2,
    ),
    # a phone wrapped under its own key and seven digits that a phone label names stay phones;
    # a quantity grouped by thin spaces stays a quantity
    ('"fax": {\n  "value": "2059876543"\n}\n', "en", [("PHONE_NUMBER", "2059876543")]),
    ("Tel: 0100000\n", "ko", [("PHONE_NUMBER", "0100000")]),
    ("Population: 1\u2009234\u2009567 (2020)\n", "en", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
