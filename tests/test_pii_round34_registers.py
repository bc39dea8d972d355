"""Rules written after ``held_out_227`` to ``held_out_234`` were scored once and their misses
and false finds read (Japan's roadside stations in Money Forward invoice partners; Italy's
prisons in NewsML-G2 items and ESPD requests; the ANS operators in Open Finance Brasil
identifications and TOTVS Protheus sources; the SNE offices in Bitrix24 companies):

* Japanese katakana "コード" (code) ends a compound that names another number ("マップコード
  450 668 692", a Denso mapcode), and a full-width slash ends the field before a label
  (227's precision 0.891);
* a code in a scheme's name space that an attribute's value ends ('qcode="medtop:02000000"')
  and the Official Journal's notice number ("2024/S 173-544517") are no phones (231's 0.760);
* a generic "number" key whose record has an area code's or a calling code's key beside it
  is a phone's (Open Finance Brasil's ``"areaCode": "61", "number": "982537447"``), and a
  pair's quoted ``"A1_CEP"`` key names a CEP (233's 0.617 / 0.702);
* a Unix time with its fraction ("1736279474.9093", Bitrix24's) is no phone (234's 0.960).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

MEMO = '      "memo": "直売所へ納品。／電話 0124-23-1437／マップコード 450 668 692",\n'
NEWSML = (
    '    <subject type="cpnat:abstract" qcode="medtop:02000000">\n'
    "    <contactInfo><phone>0961469593</phone></contactInfo>\n"
)
ESPD = (
    '    <cbc:ID schemeAgencyID="EU-COM-GROW">2024/S 173-544517</cbc:ID>\n'
    "    <cbc:Telephone>0823-846384</cbc:Telephone>\n"
)
OPEN_FINANCE = (
    '        "phones": [\n          {\n            "isMain": true,\n'
    '            "type": "FIXO",\n            "countryCallingCode": "55",\n'
    '            "areaCode": "61",\n            "number": "39668300",\n'
    '            "phoneExtension": ""\n          }\n        ],\n'
)
PROTHEUS = '                {"A1_CEP",     "20040006", Nil}, ;\n'
BITRIX = (
    '{"result":[{"ID":"8540","TITLE":"Unidad Central Mexicali"}],"total":1,'
    '"time":{"start":1736279474.9093,"finish":1736279474.9468,"duration":0.037483}}\n'
)

CASES = [
    (MEMO, "ja", ["0124-23-1437"]),
    (NEWSML, "it", ["0961469593"]),
    (ESPD, "it", ["0823-846384"]),
    (OPEN_FINANCE, "pt", ["39668300"]),
    (PROTHEUS, "pt", []),
    (BITRIX, "es", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"0124-23-1437", "0961469593", "0823-846384", "39668300"} <= set(found)
