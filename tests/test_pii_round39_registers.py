"""Rules written after ``held_out_265`` to ``held_out_272`` were scored once and their misses
and false finds read (Japan's care facilities in Typetalk topics and LINE WORKS bot messages;
Taiwan's post offices in government pages; Castilla y León's restaurants in OpenMenu menus and
Square locations; Norway's upper secondary schools in Fiken contacts and job ads; Issy's places in
SPIP articles; Korea's universities in BAND posts and Naver local search answers):

* "代表番号" (a main number) names a phone after the home's name and a particle, as the
  Korean, Chinese and Japanese words for a main line do anywhere in a label written without
  spaces (265's recall 0.940);
* a chat bot's postback data (``"postback": "forward:174700278"``) holds the bot's ids;
* a full-width bracket sets a label apart (``420005（電腦局號 014105-7）``), and "局號" names a
  post office's number (266's precision 0.971);
* an area's code and a slash before a part that starts with three zeros is no phone (``con el
  número 05/000016``), and ``n.º`` is a number sign too (270's precision 0.861);
* a contact's record id (``"contactId": 3154591261``, ``"contactPersonId"``) is no phone
  (271's precision 0.747), and no number of area 9xx, nor a bare run that a label names as
  another number, is an SSN (``"orgnr": "974587564"``, ``"orgnr": "874571962"``);
* an e-mail address ends before SPIP's link arrow (``[iris@ville-issy.fr->mailto:...]``: 269's
  e-mail recall 0.806);
* an escaped line break before a lower-case letter ends a number in a text that escapes its line
  breaks elsewhere (a BAND post's ``팩스 02-910-4655\\nhttps://``: 272's recall 0.901);
* Naver's ``mapx`` and ``mapy`` are coordinates.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

TYPETALK = (
    '      "message": "退院後の受け入れ相談は、特別養護老人ホーム神遊の代表番号 011-733-1010 '
    'へ平日日中にお願いします。",\n'
)
LINEWORKS = """      {
        "type": "uri",
        "label": "電話する",
        "uri": "tel:0156-27-3803"
      },
      {
        "type": "message",
        "label": "担当に転送",
        "postback": "forward:174700278"
      }
"""
POST_OFFICE = (
    '<tr><th scope="row">局號</th><td>420005（電腦局號 014105-7）</td></tr>\n'
    "<tr><th>電話</th><td>(02)2368-4714</td></tr>\n"
)
OPENMENU = (
    "    <full_description>MESON DEL RASTRO (Restaurante) en Ávila, Ávila. Inscrito en el "
    "Registro de Turismo de Castilla y León con el número 05/000016. 195 plazas. Reservas en el "
    "920211218 y en el 920211219.</full_description>\n"
)
SQUARE = (
    '    "description": "Restaurante, 4ª - 1 Tenedor. Registro de Turismo de Castilla y León '
    'n.º 05/000042. Aforo: 35 plazas.",\n'
    '    "phone_number": "920 21 12 18",\n'
)
FIKEN = """{
  "contactId": 3154591261,
  "name": "Ås videregående skole",
  "phoneNumber": "32246100",
  "contactPerson": [
    {
      "contactPersonId": 3221300,
      "name": "Viken fylkeskommune"
    }
  ]
}
"""
NSR = """  "employer": {
    "reference": "974587564",
    "businessName": "Ås videregående skole",
    "orgnr": "974587564",
  },
  "owner": {
    "orgnr": "874571962",
"""
SPIP = "-* {{Courriel :}} [iris@ville-issy.fr->mailto:iris@ville-issy.fr]\n"
BAND = (
    '{"items":[{"content":"[등록금 납부 안내]\\n2024학년도 전기 등록금 납부 기간입니다.\\n\\n'
    "국민대학교 공학대학원\\n☎ 02-910-4350  팩스 02-910-4655\\nhttps://gse.kookmin.ac.kr"
    '","author":{"name":"행정실"}}]}\n'
)
NAVER = """\t\t\t"description": "특수대학원, 사립. 팩스 063-220-2072",
\t\t\t"telephone": "1577-7177",
\t\t\t"mapx": "1271365995",
\t\t\t"mapy": "358179832"
"""

CASES = [
    (TYPETALK, "ja", [("PHONE_NUMBER", "011-733-1010")]),
    (LINEWORKS, "ja", [("PHONE_NUMBER", "0156-27-3803")]),
    (POST_OFFICE, "zh", [("PHONE_NUMBER", "(02)2368-4714")]),
    (OPENMENU, "es", [("PHONE_NUMBER", "920211218"), ("PHONE_NUMBER", "920211219")]),
    (SQUARE, "es", [("PHONE_NUMBER", "920 21 12 18")]),
    (FIKEN, "no", [("PHONE_NUMBER", "32246100")]),
    (NSR, "no", []),
    (
        SPIP,
        "fr",
        [("EMAIL_ADDRESS", "iris@ville-issy.fr"), ("EMAIL_ADDRESS", "iris@ville-issy.fr")],
    ),
    (BAND, "ko", [("PHONE_NUMBER", "02-910-4350"), ("PHONE_NUMBER", "02-910-4655")]),
    (NAVER, "en", [("PHONE_NUMBER", "063-220-2072"), ("PHONE_NUMBER", "1577-7177")]),
    # a number sign's phone with a phone word stays a phone, and so does an SSN of another area
    ("Tel. n.º 983 21 94 44\n", "es", [("PHONE_NUMBER", "983 21 94 44")]),
    ("SSN: 536-22-8726\n", "en", [("US_SSN", "536-22-8726")]),
    ('"customer_ssn": "536228726"\n', "en", [("US_SSN", "536228726")]),
    # a subscriber's part after the slash may start with one or two zeros (Lebanon's mobiles)
    (
        "هاتف: 03/019911; 01/798898\n",
        "ar",
        [("PHONE_NUMBER", "03/019911"), ("PHONE_NUMBER", "01/798898")],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
