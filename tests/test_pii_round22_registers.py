"""Rules written after ``held_out_149``, ``held_out_150`` and ``held_out_152`` were scored once
and their misses read (Toronto's child care centres met both targets; France's local public
offices in UN/CEFACT Cross Industry Invoices; Singapore's pre-school centres in FileMaker XML
exports and RiveScript brains):

* UN/CEFACT's ``<ram:CompleteNumber>`` is a generic element that the
  ``<ram:TelephoneUniversalCommunication>`` around it names (149's CII recall 0.407);
* a FileMaker ``FMPXMLRESULT`` export is a grid whose ``<FIELD NAME=...>`` elements head its
  ``<COL>`` cells (150's FileMaker recall 0.092);
* a dialling verb further back in the same clause names a number after "at", "on", "au"
  ("You can call LITTLE FOOTPRINTS PRESCHOOL ASIA PTE. LTD. at 68171393"; 150's RiveScript
  recall 0.525).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

CII = (
    "        <ram:DefinedTradeContact>\n"
    "          <ram:DepartmentName>Accueil</ram:DepartmentName>\n"
    "          <ram:TelephoneUniversalCommunication>\n"
    "            <ram:CompleteNumber>05 63 57 05 04</ram:CompleteNumber>\n"
    "          </ram:TelephoneUniversalCommunication>\n"
    "          <ram:FaxUniversalCommunication>\n"
    "            <ram:CompleteNumber>05 63 57 69 76</ram:CompleteNumber>\n"
    "          </ram:FaxUniversalCommunication>\n"
    "        </ram:DefinedTradeContact>\n"
)
FILEMAKER = (
    '<FMPXMLRESULT xmlns="http://www.filemaker.com/fmpxmlresult">\n  <METADATA>\n'
    '    <FIELD EMPTYOK="YES" MAXREPEAT="1" NAME="Centre Code" TYPE="TEXT"/>\n'
    '    <FIELD EMPTYOK="YES" MAXREPEAT="1" NAME="Contact No" TYPE="TEXT"/>\n'
    '    <FIELD EMPTYOK="YES" MAXREPEAT="1" NAME="Postal Code" TYPE="TEXT"/>\n'
    '  </METADATA>\n  <RESULTSET FOUND="1">\n    <ROW MODID="1" RECORDID="1482">\n'
    "      <COL><DATA>PT8636</DATA></COL>\n      <COL><DATA>62785558</DATA></COL>\n"
    "      <COL><DATA>149456</DATA></COL>\n    </ROW>\n  </RESULTSET>\n</FMPXMLRESULT>\n"
)
RIVESCRIPT = (
    "+ [what is] [the] (phone|contact|telephone) number [of|for] little footprints\n"
    "- You can call LITTLE FOOTPRINTS PRESCHOOL ASIA PTE. LTD. at 68171393.\n"
)
# a preposition with no dialling verb in its clause names nothing
PLAIN = "The 2024 survey counted the LITTLE FOOTPRINTS PRESCHOOL ASIA PTE. LTD. at 68171393.\n"

CASES = [
    (CII, "en", ["05 63 57 05 04", "05 63 57 69 76"]),
    (FILEMAKER, "en", ["62785558"]),
    (RIVESCRIPT, "en", ["68171393"]),
    (PLAIN, "en", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"05 63 57 05 04", "68171393"} <= set(found)
