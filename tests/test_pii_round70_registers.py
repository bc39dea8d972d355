"""Rules written after batch 47 (``held_out_499``-``_506``) was scored once and its misses and
false finds read:

- a keyed document names its phones by their fields whether or not another find vouches for
  the phone, and an element's attribute may be that name ('<OtroTexto
  codigo="TelefonoReceptor">', Costa Rica's e-invoice): an uncued number under another,
  non-generic field of the same document is that field's ('<ProveedorSistemas>', '"nrc"');
- a one-letter type prefix before an element's camelCase words (Panama's rFE "<dTfnRec>",
  Paraguay's SIFEN "<dTelEmi>") leaves the words a label;
- Spanish "<Numero>" is a generic element that its parent names ('<Identificacion><Tipo>02
  </Tipo><Numero>3101489672</Numero>', a legal id);
- "idnumber" names an id (a Powerlink account's company number).

Its regression added that an HTML element (a row-headed table's ``<td>``) names nothing, and
that 傳真, 传真 and 팩스 (fax) are phone words.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

COSTA_RICA = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    "<FacturaElectronicaExportacion>\n"
    "  <ProveedorSistemas>3101489672</ProveedorSistemas>\n"
    "  <Emisor>\n"
    "    <Nombre>COMERCIALIZADORA TICA DEL PACÍFICO S.A.</Nombre>\n"
    "    <Identificacion>\n      <Tipo>02</Tipo>\n      <Numero>3101551285</Numero>\n"
    "    </Identificacion>\n"
    "  </Emisor>\n"
    "  <Otros>\n"
    '    <OtroTexto codigo="TelefonoReceptor">2239-8900</OtroTexto>\n'
    "  </Otros>\n"
    "</FacturaElectronicaExportacion>\n"
)
PANAMA = (
    '<rFE xmlns="http://dgi-fep.mef.gob.pa">\n'
    "  <gDGen>\n"
    "    <dSeg>546509175</dSeg>\n"
    "    <gDatRec>\n"
    "      <dNombRec>Alimentos Samsil, S.A. de C.V.</dNombRec>\n"
    "      <dTfnRec>2559-3002</dTfnRec>\n"
    "      <dTfnRec>2559-3003</dTfnRec>\n"
    "      <cPaisRec>SV</cPaisRec>\n"
    "    </gDatRec>\n"
    "  </gDGen>\n"
    "</rFE>\n"
)
EL_SALVADOR = (
    '{\n  "receptor": {\n    "nit": "06142510933963",\n    "nrc": "3053068",\n'
    '    "nombre": "Compañía de Telecomunicaciones de El Salvador",\n'
    '    "telefono": "2226-3717",\n    "correo": null\n  }\n}\n'
)
POWERLINK = (
    '{\n  "objecttype": 1,\n  "accountname": "מקווה טהרה רמות",\n'
    '  "idnumber": "500763917",\n  "telephone1": "052-7147965"\n}\n'
)

TAIWAN_POST_OFFICE = (
    "<table>\n"
    '        <tr><th scope="row">局名</th><td>臺北松江路郵局</td></tr>\n'
    '        <tr><th scope="row">郵遞區號</th><td>104223</td></tr>\n'
    '        <tr><th scope="row">郵務電話</th><td>(02)2521-6681</td></tr>\n'
    '        <tr><th scope="row">儲匯電話</th><td>(02)2561-8954</td></tr>\n'
    '        <tr><th scope="row">郵務傳真</th><td>(02)2581-5557</td></tr>\n'
    "</table>\n"
)

CASES = [
    (COSTA_RICA, "es", [("PHONE_NUMBER", "2239-8900")]),
    (PANAMA, "es", [("PHONE_NUMBER", "2559-3002"), ("PHONE_NUMBER", "2559-3003")]),
    (EL_SALVADOR, "es", [("PHONE_NUMBER", "2226-3717")]),
    (POWERLINK, "he", [("PHONE_NUMBER", "052-7147965")]),
    # an HTML cell names nothing: the fax beside two phones in a row-headed table stays a phone
    (
        TAIWAN_POST_OFFICE,
        "zh",
        [
            ("PHONE_NUMBER", "(02)2521-6681"),
            ("PHONE_NUMBER", "(02)2561-8954"),
            ("PHONE_NUMBER", "(02)2581-5557"),
        ],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
