"""Rules written after ``held_out_107`` (New Caledonian six-digit phones in EDI and e-commerce
XML, phones 0.477 / 0.446) was scored once and its misses and false finds read: an EDI
communication qualifier names its number a phone (X12's ``G61*IC*...*TE*27.55.48~``, EDIFACT's
``COM+27.25.92:TE'``), and any other whole element of an EDI segment is a control number, a
reference or a code (the X12 envelope's ``ISA``/``GS``/``IEA`` control numbers, ``L11``
references, padded sender ids); a number written as a short date (``26.11.11``) is a phone
when a phone word, an element's key or a qualifier names it; ``<Number>`` is a generic element
that the ``<TelephoneNumber>`` around it names; an ``<Identity>`` is a register's identifier; a
cXML ``payloadID`` is an e-mail-shaped message id, nobody's mailbox. The pre-scan still gives
what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

EDIFACT = (
    "UNA:+.? '\n"
    "UNB+UNOC:3+OPTNC:ZZZ+EKVF:ZZZ+241214:1700+597453'\n"
    "CTA+IC+:Service dédouanement'\n"
    "COM+27.25.92:TE'\n"
    "RFF+GN:0588533'\n"
    "UNZ+1+597453'\n"
)
X12 = (
    "ISA*00*          *00*          *ZZ*OPTNC          *ZZ*0590778        *240421*0600*U*00401"
    "*632340813*0*P*>~\n"
    "GS*SM*OPTNC*0590778*20240421*0600*632340813*X*004010~\n"
    "L11*0590778*TJ~\n"
    "G61*IC*DEDOUANEMENT*TE*26.11.11~\n"
    "NTE*SPH*APPELER LE 28.12.68 AVANT ENLEVEMENT~\n"
    "IEA*1*632340813~\n"
)
UBL = "<cac:Contact>\n  <cbc:Telephone>26.11.11</cbc:Telephone>\n</cac:Contact>\n"
CXML = (
    '<cXML payloadID="7149498053.8634@opt.nc" timestamp="2024-10-14T17:35:00+11:00">\n'
    '  <To><Credential domain="RIDET"><Identity>0383588</Identity></Credential></To>\n'
    '  <Phone name="work">\n'
    "    <TelephoneNumber>\n"
    '      <CountryCode isoCountryCode="NC">687</CountryCode>\n'
    "      <Number>24.10.41</Number>\n"
    "    </TelephoneNumber>\n"
    "  </Phone>\n"
    "</cXML>\n"
)
# a short date that nothing names a phone, and an e-mail address that no id attribute holds
DATE = "Ouvert depuis le 26.11.11, fermé le dimanche\n"
MAILBOX = "<Email>contact@opt.nc</Email>\n"

CASES = [
    (EDIFACT, "fr", [("PHONE_NUMBER", "27.25.92")]),
    (X12, "fr", [("PHONE_NUMBER", "26.11.11"), ("PHONE_NUMBER", "28.12.68")]),
    (UBL, "fr", [("PHONE_NUMBER", "26.11.11")]),
    (CXML, "fr", [("PHONE_NUMBER", "24.10.41")]),
    (DATE, "fr", []),
    (MAILBOX, "fr", [("EMAIL_ADDRESS", "contact@opt.nc")]),
]


test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "27.25.92" in found
