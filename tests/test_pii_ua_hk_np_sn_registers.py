"""Rules written after ``held_out_69`` (Ukraine), ``held_out_71`` (Hong Kong), ``held_out_72``
(Nepal) and ``held_out_70`` (Senegal) were scored once and their misses and false finds read:
an order's number under its key is no phone, a Chinese "please call" (``請致電``) is a phone
word, numbers joined by slashes are each a phone ("01-4529837/4529838", "33 849 08 08/33 849
08 27", "33 859 44 00 / 33 827 39 51"), a loopback address is no personal data,
a record's sibling key names its generic value ("type": "voice", then "value"), a phone word
that ends the line above names a number that opens its line, "Télécopie" is fax, and an SDP
body's ``p=`` line is a phone while its ``o=`` and ``t=`` numbers are not. Their neighbours
stay as they were, and the pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

HURL = (
    "POST https://api.sat.ua/v1/callback\n{\n"
    '  "order": "6761652514",\n  "from": "0 800 30 99 09",\n  "at": "13:40"\n}\n'
)
WHATSAPP = "22/3/2022 11:29 - Dr Fan's Animal Care Centre: 預約請致電 28855220\n"
SUPERVISOR = (
    "; Syangja Branch, फोन: 063-420546/063-420800\n"
    'environment=BRANCH_PHONE="01-4529837/4529838",TZ="Asia/Kathmandu"\n'
    "command=/opt/atm-monitor/bin/atm-monitor --listen 127.0.0.1:8473\n"
)

POPOLO = (
    '  "contact_details": [\n    {\n      "type": "voice",\n      "label": "Téléphone",\n'
    '      "value": "33 839 33 33/33 839 33 31"\n    },\n    {\n      "type": "address",\n'
    '      "value": "BP 45333 Dakar 10700"\n    }\n  ]\n'
)
FHIR_YAML = (
    "telecom:\n  - system: phone\n    value: 869 70 70 12\n  - system: url\n    value: 2024 10 01\n"
)
CAPTION = (
    "00:00:04.000 --> 00:00:08.000\nPour tout renseignement, appelez le\n"
    "33 859 44 00 / 33 827 39 51\n\n00:00:08.000 --> 00:00:12.000\nTélécopie : 823 93 27\n"
)
HXL = (
    "Organisation,Code,Téléphone,Télécopie\n#org+name,#org+code,#contact+phone,#contact+fax\n"
    "Direction X,SN-ORG-7032,33 849 08 08 / 76 529 85 01,\n"
)
SDP = (
    "v=0\no=- 2612200107 2612200113 IN IP4 10.218.178.227\ns=Agence\ne=adcst@refer.sn\n"
    "p=33 961 34 27\nc=IN IP4 239.112.26.63/127\nt=3925052252 3925059452\nm=audio 28746 RTP/AVP 0\n"
)
# a path and a date keep their slashes as glue
PATHS = "see /srv/data/20240101/12345678/report and 12/05/2024 ref 4529837/2024"

CASES = [
    (POPOLO, "fr", ["33 839 33 33", "33 839 33 31"]),
    (FHIR_YAML, "en", ["869 70 70 12"]),
    (CAPTION, "fr", ["33 859 44 00", "33 827 39 51", "823 93 27"]),
    (HXL, "fr", ["33 849 08 08", "76 529 85 01"]),
    (SDP, "fr", ["33 961 34 27"]),
    (PATHS, "en", []),
    (HURL, "uk", ["0 800 30 99 09"]),
    (WHATSAPP, "en", ["28855220"]),
    (SUPERVISOR, "ne", ["063-420546", "063-420800", "01-4529837", "4529838"]),
    # a shop's order line is still a phone line
    ("Orders: 020 7946 0018", "en", ["020 7946 0018"]),
]


@pytest.mark.parametrize(("text", "language", "phones"), CASES)
def test_the_phones_of_these_layouts_and_nothing_else(
    stage: PiiFilter, text: str, language: str, phones: list[str]
) -> None:
    found = _found(stage, text, language)
    assert sorted(v for e, v in found if e == "PHONE_NUMBER") == sorted(phones)
    assert [v for e, v in found if e == "IP_ADDRESS"] == ["10.218.178.227"] * (text == SDP)
    assert [v for e, v in found if e == "EMAIL_ADDRESS"] == ["adcst@refer.sn"] * (text == SDP)


def test_no_host_addresses_are_no_pii_and_others_are(stage: PiiFilter) -> None:
    text = "--listen 127.0.0.1:8473 --any 0.0.0.0 --bind ::1 --peer 203.0.113.7"
    found = _found(stage, text + " --lan 10.26.53.190 --group 239.112.26.63", "en")
    assert [v for e, v in found if e == "IP_ADDRESS"] == [
        "203.0.113.7",
        "10.26.53.190",
        "239.112.26.63",
    ]


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"28855220", "063-420800", "4529838", "33 839 33 31", "33 961 34 27"} <= set(found)
