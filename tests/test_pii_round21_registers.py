"""Rules written after ``held_out_141`` to ``held_out_148`` were scored once and their misses
and false finds read (Yaizu's coupon shops, Kebbi's health facilities and Algeria's tax offices
met both targets on phones; Spain's hospitals in TMX memories; the US colleges' Ed-Fi
resources; North Rhine-Westphalia's schools in OData, WMS GetFeatureInfo text, SYLK sheets and
Pact contracts; Korea's museums in Wikidata entity JSON; Australia's libraries in NCIP
responses):

* a six-digit subscriber's line after its area code's own field is a phone
  (``"Telefonvorwahl":"02232","Telefon":"503030"``; 145's recall 0.442), whatever the
  document's language, and the pre-scan lets such a run through;
* SYLK cells (``C;Y2;X11;K"9089890"``) are a grid whose first row heads its columns;
* "Gemeindeschlüssel", UTM "Hochwert"/"Rechtswert", an ETag, MediaWiki's ``pageid`` and
  ``lastrevid`` name other numbers (145's precision 0.411, 146's 0.810, 144's card finds);
* a TMX property's ``type`` names its value (``<prop type="x-hospital-id">``; 141's 0.824);
* an XML value whose type sibling names a phone is one
  (``<ElectronicAddressType>tel</...>`` then ``<ElectronicAddressData>``; 148's 0.854);
* a dash after a gap of two spaces separates a list's numbers ("038 96 98 15  - 038 96 98
  16"), and a decimal after "latitude" is a coordinate.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

ODATA = (
    '{"@odata.id":"Schulen(\'100032\')","Schulnummer":"100032","PLZ":"50321","Ort":"Brühl",'
    '"Telefonvorwahl":"02232","Telefon":"503030","Faxvorwahl":"02232","Fax":"5030315",'
    '"Gemeindeschluessel":"05362012","UTMRechtswert":"351464","UTMHochwert":"5633767"}\n'
)
WMS = (
    "schulnummer = 100036\nplz = 50825\ntelefonvorwahl = 0221\ntelefon = 311661\n"
    "faxvorwahl = 0221\nfax = 500558519\ngemeindeschluessel = 05315000\n"
    "utmhochwert = 5647133\n"
)
PACT = (
    '          "telefon": {\n            "vorwahl": "02381",\n'
    '            "rufnummer": "908286"\n          },\n'
)
SYLK = (
    'ID;PWXL;N;E\nC;Y1;X1;K"Schulnummer"\nC;Y1;X2;K"Telefonvorwahl"\nC;Y1;X3;K"Telefon"\n'
    'C;Y1;X4;K"Gemeindeschluessel"\nC;Y2;X1;K"100039"\nC;Y2;X2;K"02295"\nC;Y2;X3;K"9089890"\n'
    'C;Y2;X4;K"05382052"\nC;Y3;X1;K"100040"\nC;Y3;X2;K"02295"\nC;Y3;X3;K"940430"\n'
    'C;Y3;X4;K"05382052"\nE\n'
)
TMX = (
    '    <tu tuid="9">\n      <prop type="x-hospital-id">030067030067</prop>\n'
    '      <tuv xml:lang="es"><seg>Teléfono de centralita: 945006555.</seg></tuv>\n    </tu>\n'
)
EDFI = (
    '{\n  "id": "8e1f",\n  "_etag": "4980664309178285673",\n'
    '  "institutionTelephones": [{"telephoneNumber": "(301) 985-7000"}]\n}\n'
)
WIKIDATA = (
    '{"entities":{"Q138586172":{"pageid":130841247,"ns":0,"title":"Q138586172",'
    '"lastrevid":2319854621,"claims":{"P1329":[{"mainsnak":{"datavalue":'
    '{"value":"061-270-8800","type":"string"}}}]}}}}\n'
)
NCIP = (
    "      <ElectronicAddress>\n        <ElectronicAddressType>tel</ElectronicAddressType>\n"
    "        <ElectronicAddressData>5682 1735</ElectronicAddressData>\n"
    "      </ElectronicAddress>\n"
)
LIST = (
    "**Téléphone :** 038 96 91 41  - 038 96 97 94  - 038 96 98 15  - 038 96 98 16\n"
    "Sidi Bel Abbes (latitude 35.2171238, longitude -0.6143178), wilaya de Sidi Bel Abbes.\n"
)

CASES = [
    (ODATA, "de", ["503030", "5030315"]),
    (WMS, "de", ["311661", "500558519"]),
    (PACT, "de", ["908286"]),
    (SYLK, "cy", ["9089890", "940430"]),
    (TMX, "es", ["945006555"]),
    (EDFI, "en", ["(301) 985-7000"]),
    (WIKIDATA, "ko", ["061-270-8800"]),
    (NCIP, "en", ["5682 1735"]),
    (LIST, "fr", ["038 96 91 41", "038 96 97 94", "038 96 98 15", "038 96 98 16"]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_no_card_in_an_etag(stage: PiiFilter) -> None:
    from tests.test_pii import _found

    assert ("CREDIT_CARD", "4980664309178285673") not in _found(stage, EDFI, "en")


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"503030", "311661", "908286", "5682 1735"} <= set(found)
