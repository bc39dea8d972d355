"""Rules written after ``held_out_219`` to ``held_out_226`` were scored once and their misses
and false finds read (Portugal's municipalities in TED contract notices; the Museumkaart
museums in Moneybird contacts and Twinfield dimensions; Vietnam's travel businesses in HTKK
VAT declarations), and one written before they were scored (``filters/pii/keyed_fields``):

* a keyed document names its phones by their keys: where a vouched-for phone fills a field
  named as a phone, an uncued number that fills a field of another, non-generic name is that
  field's number (TED's ``<NATIONALID>``, e-SUS's ``<ineDadoSerializado>``: 220's precision
  0.900, 217's 0.904 after round 32), whatever that name is;
* an area code with its trunk 0, an en dash and a whole local number is no range
  ("0487 – 531976", 221's recall 0.996);
* Vietnamese "điện thoại" as ASCII keys and tax forms abbreviate it ("dthoai", "dienthoai") is
  a phone word (an HTKK declaration's ``<dthoaiNNT>``, whose document then names its tax code
  and amounts as other fields: 224's precision 0.516).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

TED = (
    "<ADDRESS_CONTRACTING_BODY>\n  <OFFICIALNAME>Município de Abrantes</OFFICIALNAME>\n"
    "  <NATIONALID>502661038</NATIONALID>\n  <PHONE>241330100</PHONE>\n"
    "</ADDRESS_CONTRACTING_BODY>\n"
)
LEDI = (
    "<remetente>\n  <fone>(75) 3287-2222</fone>\n</remetente>\n"
    "<ineDadoSerializado>9507685139</ineDadoSerializado>\n"
)
MONEYBIRD = '{\n  "company_name": "Museum Kasteel",\n  "phone": "0487 – 531976",\n}\n'
HOURS = "Open: 0900 – 1700, zaterdag 1000 – 1600\n"
HTKK = (
    "<NNT>\n  <mst>0490482328</mst>\n  <dthoaiNNT>0337434988</dthoaiNNT>\n</NNT>\n"
    "<CTieuTKhaiChinh>\n  <ct23>533954000</ct23>\n  <ct27>620877000</ct27>\n</CTieuTKhaiChinh>\n"
)

CASES = [
    (TED, "pt", ["241330100"]),
    (LEDI, "pt", ["(75) 3287-2222"]),
    (MONEYBIRD, "nl", ["0487 – 531976"]),
    (HOURS, "nl", []),
    (HTKK, "vi", ["0337434988"]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_an_unnamed_document_keeps_its_numbers(stage: PiiFilter) -> None:
    """Without a phone under a phone's key the document says nothing of its other keys: an
    uncued number keeps what the other rules make of it."""
    text = "<Contato>\n  <ref>(75) 3287-2222</ref>\n  <lote>0337434988</lote>\n</Contato>\n"
    with_key = text.replace("<ref>(75) 3287-2222</ref>", "<fone>(75) 3287-2222</fone>")
    alone = {value for entity, value in _found(stage, text, "vi") if entity == "PHONE_NUMBER"}
    keyed = {value for entity, value in _found(stage, with_key, "vi") if entity == "PHONE_NUMBER"}
    assert "0337434988" in alone
    assert "0337434988" not in keyed


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"241330100", "(75) 3287-2222", "0487 – 531976", "0337434988"} <= set(found)
