"""Rules written after round 15 (``held_out_120`` Ireland's hospitals, ``_121`` Korea's tourist
sites, ``_122`` Iizuka City's facilities) was scored once and its misses and false finds read:

* a run of year-like groups is a phone when a phone label or key stands right before it
  (``contact_phone: "1661-2000"``, ``연락처 1661-2000``: Korean representative numbers, 121's
  three misses), and a found copy vouches for its other copies; a phone word further back is
  a sentence's (``Tel Aviv 1948-1967`` stays a range of years);
* an ISSN names a serial's number (``<issn pub-type="epub">6455-3507</issn>`` in a JATS
  article, a valid Singapore number to phonenumbers);
* a full stop or comma of a script written without spaces ends the sentence before a field's
  label (``公共施設。郵便番号：820-0016``: a postcode, 122's DataCite descriptions 0.796).

And, read again from older tuning data (``held_out_27``'s HL7 v2 master-file messages, phone
precision 0.417 there): a number that is a whole field or component of an HL7 v2 segment is a
control id, an identifier or a code unless its field is a telecommunication number (typed XTN
by the standard, ``PID-13``, ``LOC-6``, or written with an XTN's use and equipment codes,
``^WPN^PH``); an address may start after HL7's component separator, even right after another
address and its repetition separator (``...@yahoo.com~^NET^Internet^x@gmail.com``); and
(``held_out_28``'s Slack messages, phone recall 0.800 there) a found phone's copy may follow
an escaped line break in a JSON string (``"*Telefon:*\\n63 90 00 96"``).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

PILLAR = (
    "# 관광안내 키오스크 pillar\n"
    "# 변경 요청 CHG-20250304-0991, 관리기관 연락처 1661-2011\n"
    "kiosk:\n"
    "  site:\n"
    '    contact_phone: "1661-2011"\n'
    "  motd: |\n"
    "    장애 문의: 롯데 1661-2011\n"
)
JATS = (
    "<journal-meta>\n"
    '  <issn pub-type="epub">6455-3517</issn>\n'
    "  <publisher><publisher-name>筑豊地域保健研究会</publisher-name></publisher>\n"
    "</journal-meta>\n"
)
DATACITE = (
    '<description xml:lang="ja" descriptionType="Other">公共施設。郵便番号：820-0016。'
    "問い合わせ先電話番号：0948-22-0561</description>\n"
)
HISTORY = "He lived in Tel Aviv 1948-1967 and in Haifa after that.\n"
HL7 = (
    "MSH|^~\\&|NHFR|DOH^2.16.608.1.2.1^ISO|IHOMIS|CHD-WV|20260919102941+0800||MFN^M05^MFN_M05|"
    "7000671917|P|2.5|||AL|NE|PHL\r"
    "LOC|16482^^^DOH000000000016482|Barangay Health Station|O|ADGAO BARANGAY HEALTH STATION|"
    "^ADGAO^TUBUNGAN^ILOILO^5027^PHL^B|+639171609081^WPN^PH~^NET^Internet^adgao.bhs@yahoo.com"
    "~^NET^Internet^tubungan.rhu@gmail.com\r"
    "LCH|16482^^^DOH000000000016482||1|PSGC-REG^PSGC-REG^L|0600000000\r"
    "LCH|16482^^^DOH000000000016482||3|PSGC-CIT^PSGC-CIT^L|0603046000\r"
    "PID|1||4411^^^MRN||DELA CRUZ^JUAN||19800101|M|||||0917 160 9082\r"
)

SLACK = (
    '  "text": "Nytt behandlingssted: UNICARE HOKKSUND, tlf. 32 25 32 11",\n'
    '  "fields": [{"type": "mrkdwn", "text": "*Telefon:*\\n32 25 32 11"}]\n'
)

CASES = [
    (SLACK, "en", ["32 25 32 11"] * 2),
    (PILLAR, "ko", ["1661-2011"] * 3),
    (JATS, "en", []),
    (DATACITE, "en", ["0948-22-0561"]),
    (HISTORY, "en", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)
test_hl7_finds_and_nothing_else = finds_test(
    [
        (
            HL7,
            "ceb",
            [
                ("PHONE_NUMBER", "+639171609081"),
                ("PHONE_NUMBER", "0917 160 9082"),
                ("EMAIL_ADDRESS", "adgao.bhs@yahoo.com"),
                ("EMAIL_ADDRESS", "tubungan.rhu@gmail.com"),
            ],
        )
    ],
    phones_only=False,
)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "1661-2011" in found
