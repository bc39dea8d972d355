"""Rules written after ``held_out_164`` to ``held_out_170`` were scored once and their misses
and false finds read (Italy's comuni in Segnatura records and App IO services; Moscow's bars
in Plotly figures; Malaysia's schools in SIF objects, GEXF graphs and Joplin notes; Austria's
authorities in security.txt files):

* a camelCase key joins a phone word to its "Number" ("PhoneNumber", "telNo"), and the key of
  a value's element outweighs the text the markup shows above it (SIF's "<PhoneNumber>"
  around "<Number>", after the last number's "<ListedStatus>Y</ListedStatus>"; 167's SIF
  recall 0.143);
* a GEXF attribute value is named by its declaration's title (``<attribute id="2"
  title="telefon"/>``, then ``<attvalue for="2" value="53120663"/>``; 167's GEXF recall 0.46);
* Malay "talian" (line) and "dihubungi" (is contacted) are phone words;
* an unquoted number in a JSON document's array is a JSON number (Plotly's ``customdata``
  ids; 22 false finds in 166);
* a German street name's ending ("...straße 222-228/1/6/2") leads house numbers (170);
* two whole numbers that a hyphen joins ("+39 0815365761-0815366081") are two phones (164).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

SIF = (
    "  <PhoneNumberList>\n"
    '    <PhoneNumber Type="0096">\n      <Number>58921928</Number>\n'
    "      <ListedStatus>Y</ListedStatus>\n    </PhoneNumber>\n"
    '    <PhoneNumber Type="2364">\n      <Number>58921929</Number>\n'
    "      <ListedStatus>Y</ListedStatus>\n    </PhoneNumber>\n"
    "  </PhoneNumberList>\n"
)
GEXF = (
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
    '    <attributes class="node" mode="static">\n'
    '      <attribute id="0" title="kod_sekolah" type="string"/>\n'
    '      <attribute id="2" title="telefon" type="string"/>\n'
    '      <attribute id="3" title="faks" type="string"/>\n'
    '      <attribute id="6" title="enrolmen" type="integer"/>\n'
    "    </attributes>\n"
    '          <attvalue for="0" value="ABA2050"/>\n'
    '          <attvalue for="2" value="53120663"/>\n'
    '          <attvalue for="3" value="1165733544"/>\n'
    '          <attvalue for="6" value="83812345"/>\n'
)
MALAY = "Pejabat sekolah ini boleh dihubungi di talian 56774473 pada waktu pejabat.\n"
PLOTLY = (
    '{\n  "data": [\n    {\n      "customdata": [\n        [\n          64727714,\n'
    '          80,\n          "(985) 776-87-37"\n        ]\n      ]\n    }\n  ]\n}\n'
)
STREET = "# Postanschrift: Schönbrunnerstraße 222-228/1/6/2, 1120 Wien\n"
HYPHEN_JOINED = "            <Telefono>+39 0815365761-0815366081</Telefono>\n"

CASES = [
    (SIF, "en", ["58921928", "58921929"]),
    (GEXF, "en", ["53120663", "1165733544"]),
    (MALAY, "en", ["56774473"]),
    (PLOTLY, "en", ["(985) 776-87-37"]),
    (STREET, "de", []),
    (HYPHEN_JOINED, "it", ["+39 0815365761", "0815366081"]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"58921929", "53120663", "56774473", "0815366081"} <= set(found)
