"""Rules written after ``held_out_345`` to ``held_out_352`` were scored once and their misses
and false finds read (Japan's hydrogen stations in NaviCon links, Audilab's centres in a Wazo
phonebook import, Ludwigslust-Parchim's care portal in OpenProject work packages, the TJSP's
court units in PNCP answers, Korea's tourist information centres in tbLoader scripts, Taiwan's
veterinary hospitals in adoption records):

* a web address's query parameter named as a phone holds one (``&amp;tel=092-836-8981``, a
  car navigation link's; 345's recall 0.890), while a number elsewhere in an address stays a
  document's id;
* an array of objects whose key says what a call did to them (``"created": [...]``) names none
  of their members, so a phonebook entry's generic ``"number"`` is read as in any object (349's
  recall 0.834: "created" is also a time stamp's key);
* a projected easting/northing pair (``256714.509798,5914224.051614``, UTM) is a position
  (350's precision 0.779);
* a legal act's number and year after its word (``Lei 14.133/2021``) are its serial (352's
  precision 0.883);
* a Korean public body's institution code in brackets after a province's name (``전라북도
  (6450000)``) is no phone (346's precision 0.966);
* the far years that databases write for an open end (``2999-12-31``, ``9999-12-31``) make a
  date (347's precision 0.979).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

NAVICON = (
    '<a class="btn-navicon" href="navicon://navicon.denso.co.jp/setPOI?ver=1.4&amp;'
    "ll=33.5811503,130.2595972&amp;appName=DxEFyTIT&amp;title=ENEOS%20Dr.Drive&amp;radKM=10"
    '&amp;tel=092-836-8981&amp;callURL=https%3A%2F%2Fh2.example.jp%2Fstation%2F0000300026">'
    "カーナビに送る</a>\n"
)
WHATSAPP = "Chat: https://api.whatsapp.com/send?phone=6281234567890&text=Halo\n"
WAZO = """{
  "created": [
    {
      "id": "23c308b1-afb5-4f56-bf86-3519dfa36004",
      "firstname": "Audilab",
      "lastname": "Aizenay",
      "number": "02 51 06 07 07",
      "zip": "85190"
    }
  ],
  "failed": []
}
"""
OPENPROJECT = (
    '{"description": {"raw": "**Kapazität:** 65 Plätze  \\n'
    "**Lage (ETRS89 / UTM 33N):** 256714.509798,5914224.051614\\n\\n"
    'Kontakt der Einrichtung: Telefon 038751 3360"}}\n'
)
PNCP = '{"amparoLegal": {"codigo": 18, "nome": "Lei 14.133/2021, Art. 75, II"}}\n'
DECRETO = "Pregão eletrônico conforme o Decreto nº 10.024/2019. Telefone: (11) 3242-1900\n"
TBLOADER = "# 전국관광안내소표준데이터 적재: 전라북도 (6450000), 기준일자 2020-10-27\n"
ADOPTION = (
    '[{"animal_id":414021,"animal_remark":"認養請先來電 07-7830515 預約。",'
    '"animal_opendate":"2024-08-08","animal_closeddate":"2999-12-31"}]\n'
)

CASES = [
    (NAVICON, "ja", [("PHONE_NUMBER", "092-836-8981")]),
    (WHATSAPP, "id", [("PHONE_NUMBER", "6281234567890")]),
    # a number in another part of an address stays no phone
    ("https://x.example/doc?id=0928368981&page=2\n", "en", []),
    ("https://x.example/station/0928368981\n", "en", []),
    (WAZO, "fr", [("PHONE_NUMBER", "02 51 06 07 07")]),
    # ... and an array's key that names a number still names its objects' numbers
    (
        '{\n  "phones": [\n    {"area": "11", "number": "41974925"}\n  ]\n}\n',
        "pt",
        [("PHONE_NUMBER", "41974925")],
    ),
    (OPENPROJECT, "de", [("PHONE_NUMBER", "038751 3360")]),
    (PNCP, "pt", []),
    (DECRETO, "pt", [("PHONE_NUMBER", "(11) 3242-1900")]),
    (TBLOADER, "ko", []),
    # the same digits under a phone word stay a phone
    ("전화 (6450000)\n", "ko", [("PHONE_NUMBER", "6450000")]),
    (ADOPTION, "zh", [("PHONE_NUMBER", "07-7830515")]),
    ("Gültig bis 31.12.9999, Tel. 030 1234567\n", "de", [("PHONE_NUMBER", "030 1234567")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
