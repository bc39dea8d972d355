"""Rules written after ``held_out_195`` to ``held_out_200`` were scored once and their misses
and false finds read (Portugal's justice services in Thunderbird address books and WMS
capabilities; Slovakia's municipal offices in Packeta notes; Dubai Chamber members in Aramex
and PayTabs requests; VinaPhone's points in Zalo messages):

* a Mork file's value is named by the column its row's cell puts it in (``mork_cells``:
  ``(^8E^83)`` with ``(8E=WorkPhone)`` and ``(83=213188600)``; 195's Mork recall 0.008);
* an e-mail address starts after a URL query's or a Mork cell's key that the pattern took
  into its local part ("(85=lisboa.diap@...)", "?email=foo@bar.com"; 195's exact 0.800);
* Portugal's postcodes ("7800-429") are no phones unless a phone label names them;
* Slovak "pevná linka" (a fixed line) and Vietnamese "gọi" (call) before a number are phone
  cues;
* a "?" that stands for a lost character between a country code and the number leaves the
  number apart ("+971-?04-2582865").

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

MORK = (
    '// <!-- <mdb:mork:z v="1.4"/> -->\n'
    "< <(a=c)> // (f=iso-8859-1)\n  (80=ns:addrbk:db:row:scope:card:all)(83=FirstName)\n"
    "  (85=PrimaryEmail)(8E=WorkPhone)(90=FaxNumber)(B8=RecordKey)>\n\n"
    "@$${E9{@\n<(81=Tribunal)(83=213188600)\n  (84=211545160)(85=lisboa.diap@tribunais.org.pt)"
    "(8D=2331234)>\n{1:^80  {(k^BB:c)(s=9)}\n"
    "  [E9(^83^81)(^8E^83)(^90^84)(^85^85)(^B8^8D)]}\n@$$}E9}@\n"
)
QUERY = "See https://x.pt/?email=foo@bar.com&a=1 or write to prvs=1234abcd=user@example.com\n"
WMS = (
    "<Abstract>Conservatória de Beja (Praça do Ultramar, 1, 7800-429). "
    "Atendimento telefónico: 284310960.</Abstract>\n"
)
PACKETA = "<note>Doručiť počas úradných hodín; pevná linka 791 11 19 (predvoľba 051)</note>\n"
ZALO = '"text": "Bạn có thể gọi 0238. 3511999 để được hỗ trợ đăng ký SIM"\n'
ARAMEX = '      "FaxNumber": "+971-?04-2582865",\n'

CASES = [
    (
        MORK,
        "pt",
        [("EMAIL_ADDRESS", "lisboa.diap@tribunais.org.pt")]
        + [("PHONE_NUMBER", "213188600"), ("PHONE_NUMBER", "211545160")],
    ),
    (
        QUERY,
        "en",
        [("EMAIL_ADDRESS", "foo@bar.com"), ("EMAIL_ADDRESS", "1234abcd=user@example.com")],
    ),
    (WMS, "pt", [("PHONE_NUMBER", "284310960")]),
    (PACKETA, "sk", [("PHONE_NUMBER", "791 11 19")]),
    (ZALO, "vi", [("PHONE_NUMBER", "0238. 3511999")]),
    (ARAMEX, "en", [("PHONE_NUMBER", "04-2582865")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"791 11 19", "0238. 3511999", "04-2582865", "foo@bar.com"} <= set(found)
