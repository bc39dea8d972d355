"""Rules written after ``held_out_281`` to ``held_out_288`` were scored once and their misses
and false finds read (Taiwan's financial institutions in SWIFT MT199 messages, FpML documents
and Anki notes; Washington's fuel stations in Google Calendar events; Tenerife's centres in
Signaturit requests; Pernambuco's police units with their postcodes):

* "registered" names no phone when a register's authority or a day follows it ("AS REGISTERED
  WITH THE FSC 20120109": 283's 120 dates);
* a URN's segments are an identifier's (``urn:tw:bank:0110417:trade-id``), and "代號" names a
  code (``代號 0110107``) like "代碼" (283's precision 0.855);
* a CEP may be dotted (``50.050-000``), and right after its name keeps it however its digits
  were mistyped (``CEP 55360-00``: 288's 133 postcodes);
* a quoted form field's key, with a nested field's brackets, names its value
  (``-F "data[telefono]=922810294"``: 287's recall 0.790), and the e-mail after such a key
  starts after its "=" (``recipients[0][email]=``);
* a JSON member named as an event's or a message's id holds no mailbox (``"iCalUID":
  "51811f60u37ni3prgf05vdvp7i@google.com"``), and an escaped quote before a value leaves its
  key its label (``"etag": "\\"3361100822051665\\""``, read as a card).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

MT199 = (
    "{1:F01ZSZRTWTPAXXX8661672699}{2:I199XLKGCNSHXXXXN}{3:{108:TW2410266814}}{4:\r\n"
    ":20:TW2410266814\r\n:21:NONREF\r\n:79:/BRANCH CONTACT/\r\n"
    "RE YOUR ENQUIRY ON OUR OFFICE\r\nHEAD OFFICE CODE 004\r\nBRANCH CODE 0040521\r\n"
    "TELEPHONE 02-23088111\r\nAS REGISTERED WITH THE FSC 20120109\r\n"
    "FOR URGENT MATTERS PLEASE CALL\r\n02-23088111 DURING BUSINESS HOURS\r\nBEST REGARDS\r\n-}\r\n"
)
FPML = """<dataDocument xmlns="http://www.fpml.org/FpML-5/confirmation" fpmlVersion="5-12">
  <trade>
    <tradeHeader>
      <partyTradeIdentifier>
        <tradeId tradeIdScheme="urn:tw:bank:0110417:trade-id">TD241027588</tradeId>
      </partyTradeIdentifier>
    </tradeHeader>
  </trade>
  <party id="party1">
    <partyName>上海商業儲蓄銀行大里分行</partyName>
    <contactInfo>
      <telephone>
        <type>Work</type>
        <number>04-24824111</number>
      </telephone>
    </contactInfo>
  </party>
</dataDocument>
"""
ANKI = (
    "#separator:tab\n#html:true\n"
    "Basic\t金融機構通訊錄::本國銀行\t上海商業儲蓄銀行台南分行<br><small>代號 0110107</small>"
    "\t台南市南區金華路2段303號<br>電話：06-2636111\t本國銀行 總機構011\n"
)
PIPEFY = """{
  "fields_attributes": [
    {"field_id": "endereco", "field_value": "Rua da Aurora, 487 - Recife/PE - CEP: 50.050-000"},
    {"field_id": "cep", "field_value": "50.050-000"},
    {"field_id": "telefones_da_unidade", "field_value": "(81) 3184-3255 / (81) 3184-3265"}
  ]
}
"""
GLPI = """{
  "address": "Rua Dom José Adelino, S/N, Centro, Caetés/PE - CEP 55360-00",
  "postcode": "50.050-000",
  "phonenumber": "(87) 3783-1903"
}
"""
SIGNATURIT = """curl -i -X POST https://api.signaturit.com/v3/signatures.json \\
  -F "recipients[0][name]=CEIP Julio Delgado" \\
  -F "recipients[0][email]=38001930@gobiernodecanarias.org" \\
  -F "data[codigo_postal]=38430" \\
  -F "data[telefono]=922810294" \\
  -F "data[fax]=922812332"
"""
GCAL = """{
  "kind": "calendar#event",
  "etag": "\\"3361100822051665\\"",
  "iCalUID": "51811f60u37ni3prgf05vdvp7i@google.com",
  "description": "Station phone: 360-757-4055"
}
"""

CASES = [
    (MT199, "en", [("PHONE_NUMBER", "02-23088111"), ("PHONE_NUMBER", "02-23088111")]),
    (FPML, "zh", [("PHONE_NUMBER", "04-24824111")]),
    (ANKI, "zh", [("PHONE_NUMBER", "06-2636111")]),
    (PIPEFY, "pt", [("PHONE_NUMBER", "(81) 3184-3255"), ("PHONE_NUMBER", "(81) 3184-3265")]),
    (GLPI, "pt", [("PHONE_NUMBER", "(87) 3783-1903")]),
    (
        SIGNATURIT,
        "es",
        [
            ("EMAIL_ADDRESS", "38001930@gobiernodecanarias.org"),
            ("PHONE_NUMBER", "922810294"),
            ("PHONE_NUMBER", "922812332"),
        ],
    ),
    (GCAL, "en", [("PHONE_NUMBER", "360-757-4055")]),
    # a phone registered to an account is still one; a mailbox under an e-mail's key and a
    # form field's e-mail stay mailboxes; a phone word right before a CEP's shape keeps its
    # number a phone
    (
        "The phone registered to the account: 0912 345 678\n",
        "en",
        [("PHONE_NUMBER", "0912 345 678")],
    ),
    ('  "email": "anna@example.org",\n', "en", [("EMAIL_ADDRESS", "anna@example.org")]),
    ('-F "email=info@example.org"\n', "es", [("EMAIL_ADDRESS", "info@example.org")]),
    ("Tel. 02982-123\n", "pt", [("PHONE_NUMBER", "02982-123")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
