"""Rules written after ``held_out_471`` to ``_478`` were scored once and their false finds read
(Kibera's schools in KRA eTIMS customer requests, Campania's heating firms in Axelor partners,
Hangzhou's hospitals in Weibo statuses):

* a post-office box's number and the postcode after it ("P O Box 11228-00400, Nairobi") are
  the address's, whatever phone the line names elsewhere, unless a phone label stands right
  before the number;
* "Nbr" is a word for "number" ("taxNbr": a tax number's key);
* Weibo's "mid" and "idstr" keys name ids, which no card number fills ("mid" as a key
  alone: "Mid Essex Hospital" is a name).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

ETIMS = (
    '{\n  "tin": "P051234567K",\n  "custNm": "Kibera Hope School",\n'
    '  "adrs": "P O Box 21706 00200, Nairobi",\n  "telNo": "0722268266",\n'
    '  "email": "info@kiberahope.ac.ke"\n}\n'
)

WEIBO = (
    '{\n  "created_at": "Tue Mar 05 10:12:45 +0800 2024",\n  "mid": "4995056926991366",\n'
    '  "idstr": "4995056926991366",\n  "text": "杭州市第一人民医院 电话: 0571-56006000"\n}\n'
)

AXELOR = (
    '{\n  "fixedPhone": "0818319462",\n  "registrationCode": "NA-645952",\n'
    '  "taxNbr": "36314940630"\n}\n'
)

CASES = [
    (
        ETIMS,
        "en",
        [("PHONE_NUMBER", "0722268266"), ("EMAIL_ADDRESS", "info@kiberahope.ac.ke")],
    ),
    (
        "Address: P.O. Box 5498 -00200 Nairobi. Tel: 0722 123456\n",
        "en",
        [("PHONE_NUMBER", "0722 123456")],
    ),
    ("Postfach 10 12 34, 50452 Köln\n", "de", []),
    # a phone label right before the number names it, a box or not
    ("Box office, tel: 0722 654321\n", "en", [("PHONE_NUMBER", "0722 654321")]),
    (WEIBO, "zh", [("PHONE_NUMBER", "0571-56006000")]),
    # "Mid" alone is the key; in a name it is the middle
    (
        "<TradingName>Mid Essex Hospital</TradingName>\n<EnquiryTelephoneNumber>\n"
        "  <TelNationalNumber>01245 362000</TelNationalNumber>\n</EnquiryTelephoneNumber>\n",
        "en",
        [("PHONE_NUMBER", "01245 362000")],
    ),
    (AXELOR, "it", [("PHONE_NUMBER", "0818319462")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
