"""Rules written after ``held_out_305`` to ``held_out_312`` were scored once and their misses
and false finds read (Korea's cultural festivals in NAVER WORKS calendar events; Poland's
local-government offices in Subiekt GT EDI++ files, BZP notices and wFirma contractors;
Vietnamese businesses in GS1 GDSN catalogue items; Bengaluru's restaurants in UrbanPiper
stores):

* an escaped line break before a letter of a non-Latin script ("\\n문의: 041-957-9045\\nhttps:")
  shows a text that escapes its line breaks, so the number before "\\nhttps" ends there (306's
  recall 0.918);
* a NIP in its official groups whose check digit holds, and a REGON right after one, are
  Poland's tax and statistical numbers in a Polish text; a year's series of notices
  ("2024/BZP 00496065") numbers a notice; "tel. 74 8697660. Kod TERYT: 0208011": the full stop
  ends the phone's item, the code's label names the next value (311's precision 0.660);
* the house numbers that open an address's field ("<contactAddress>718/2/13 QL 13") are no
  phone; Vietnam's and Australia's 1300, 1800, 1900 numbers in one run are no time stamp (312);
* the key of an array of strings names its elements ('"notification_phones": [...]', 310),
  and the key of an array of objects their generic members ('"phones": [{"area": "11",
  "number": "41974925"}]', a PagBank order's, which 304's recall of 0.837 missed), which the
  objects' other keys cannot outweigh (a GOV.UK contact's "title": "Electoral Registration
  Officer", 301's).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

NAVER_WORKS = (
    '{"eventComponents": [{"summary": "진안홍삼축제",\n'
    '  "description": "장소: 마이산 북부 일원\\n주최: 전북특별자치도 진안군\\n'
    '문의: 063-430-2392\\nhttps://www.jinan.go.kr/festival/",\n'
    '  "location": {"address": "전북특별자치도 진안군"}}]}\n'
)
EDI_EPP = (
    "[NAGLOWEK]\n"
    '"KONTRAHENCI"\n\n'
    "[ZAWARTOSC]\n"
    '2,"JST0207022","Urząd Gminy Kamienna Góra","Urząd Gminy Kamienna Góra","Kamienna Góra",'
    '"58-400","Al. Wojska Polskiego 10","172-746-41-45","510139217","75 6106292","75 7442857",,'
    '"urzad@kamiennagora.pl",,"Polska","PL",0\n'
)
BZP = (
    '<h3 class="mb-0">1.5.7.) Numer telefonu: <span class="normal">71 3146251</span></h3>\n'
    '<h3 class="mb-0">2.5.) Numer ogłoszenia: <span class="normal">2024/BZP 00496065</span>'
    "</h3>\n"
)
WFIRMA = (
    "<contractor>\n"
    "    <name>Urząd Miasta Duszniki-Zdrój</name>\n"
    "    <description>Sekretariat urzędu, tel. 74 8697660. Kod TERYT: 0208011.</description>\n"
    "</contractor>\n"
)
GDSN = (
    "<tradeItemContactInformation>\n"
    "  <contactTypeCode>CXC</contactTypeCode>\n"
    "  <contactAddress>718/2/13 QL 13, P. Hiệp Bình Phước, TP. Thủ Đức</contactAddress>\n"
    "  <communicationChannel>\n"
    "    <communicationChannelCode>TELEPHONE</communicationChannelCode>\n"
    "    <communicationValue>(028) 62580800</communicationValue>\n"
    "  </communicationChannel>\n"
    "</tradeItemContactInformation>\n"
    '<descriptionShort languageCode="vi">Máy trộn bê tông 350 lít. Đặt hàng và báo giá: '
    "1900636818.</descriptionShort>\n"
)
URBANPIPER = """{
  "stores": [
    {
      "city": "Bengaluru",
      "contact_phone": "080 26687733",
      "notification_phones": [
        "080 26687733",
        "18602100000"
      ],
      "zip_codes": []
    }
  ]
}
"""
PAGBANK = """{
  "customer": {
    "name": "AES BRASIL OPERACOES S.A.",
    "phones": [
      {
        "country": "55",
        "area": "11",
        "number": "41974925",
        "type": "BUSINESS"
      }
    ]
  }
}
"""
GOVUK_CONTACT = """{
  "details": {
    "phone_numbers": [
      {
        "title": "Electoral Registration Officer",
        "number": "01292 612221",
        "open_hours": "Monday to Friday, 8:45am to 5:15pm"
      }
    ]
  }
}
"""

CASES = [
    (NAVER_WORKS, "ko", [("PHONE_NUMBER", "063-430-2392")]),
    (
        EDI_EPP,
        "pl",
        [
            ("PHONE_NUMBER", "75 6106292"),
            ("PHONE_NUMBER", "75 7442857"),
            ("EMAIL_ADDRESS", "urzad@kamiennagora.pl"),
        ],
    ),
    (BZP, "pl", [("PHONE_NUMBER", "71 3146251")]),
    (WFIRMA, "pl", [("PHONE_NUMBER", "74 8697660")]),
    (
        GDSN,
        "en",
        [("PHONE_NUMBER", "(028) 62580800"), ("PHONE_NUMBER", "1900636818")],
    ),
    (
        URBANPIPER,
        "en",
        [
            ("PHONE_NUMBER", "080 26687733"),
            ("PHONE_NUMBER", "080 26687733"),
            ("PHONE_NUMBER", "18602100000"),
        ],
    ),
    (PAGBANK, "en", [("PHONE_NUMBER", "41974925")]),
    (GOVUK_CONTACT, "en", [("PHONE_NUMBER", "01292 612221")]),
    # a contact object's own id stays an id (the wrapper's phone word vouches only against
    # the siblings)
    (
        '{"contato": {\n      "id": "744715160",\n      "nome": "Hospital Municipal"}}\n',
        "pt",
        [],
    ),
    # an array of objects under another key names nothing
    ('{"items": [{"number": "41974925", "quantity": 2}]}\n', "en", []),
    # a check digit that fails leaves ten digits in a NIP's groups a phone; so does a phone
    # label before a NIP that holds
    (
        '"Gmina Łęka","518-434-98-09","75 6456402"\n',
        "pl",
        [
            ("PHONE_NUMBER", "518-434-98-09"),
            ("PHONE_NUMBER", "75 6456402"),
        ],
    ),
    # a phone word in an address element's attributes keeps its number a phone
    (
        '<addressLine localType="telefono">4576 5537 INT. 5448</addressLine>\n',
        "es",
        [("PHONE_NUMBER", "4576 5537")],
    ),
    # a short run that some plan takes only as a universal access number stays another
    # field's beside the document's phones (an Israeli postcode)
    (
        "; Branch line: 076-8069700\n"
        "custom_branch_place = Um El Fahem 0, Umm al-Fahm 3001015\n"
        "custom_telephone = 076-8069700\n",
        "en",
        [("PHONE_NUMBER", "076-8069700"), ("PHONE_NUMBER", "076-8069700")],
    ),
    # a time stamp in one run outside those three windows is still no phone
    ("process_start_time_seconds 1749616060\n", "en", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
