"""Rules written after ``held_out_235`` to ``held_out_242`` were scored once and their misses
and false finds read (France's FINESS establishments in HPRIM Santé messages; Spain's
municipal councils in AEAT Modelo 347 files and FacturaScripts customers; Taipei's
social-welfare providers in data.taipei answers; the ZBO register in Open Klant parties; the
HUD's housing agencies in HMIS exports; Italy's consultori in Bootstrap Italia pages):

* ASTM E1394 and HPRIM records are read by field as HL7's are: the header's sender telephone
  (``H-8``) is a phone however it is written, the sender's FINESS number and ``OBR``'s order
  number are ids (237's 0.985 / 0.833);
* an AEAT declarant record's phone, positions 59-67, glued to the letters on either side, is
  found by its place (238's Modelo 347, 0.000);
* a copy of a phone that a phone's key vouches for is a phone under any other label
  (``"telefono1": "945317006"``, then ``Registro General: 945317006``; 238's FacturaScripts,
  0.500);
* a number between 第 and 號 is a licence's or a letter's number (240's 0.963);
* a digital address's ``"adres"`` whose sibling ``"soortDigitaalAdres"`` names a phone is one
  (241's 0.874);
* a page's "p." stands right before its number, and a register's acronym that ends a CSV cell
  labels nothing ("N.P.I.LUNGHEZZA", "MORRISON COUNTY HRA,,,": 242's and 239's misses).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

HPRIM = (
    "H|~^\\&|RES051320.HPR||50000298^LABO LA GUISANE|RUE CROIX DE BRETAGNE^^VILLAR ST PANCRACE"
    "^^05100^FR|ORU|492210094||SIH^DOSSIER PATIENT||P|H2.2^C|202405130105\r\n"
    "P|1||CQ128612||CONTROLE^QUALITE INTERNE NIVEAU 2|||U\r\n"
    "OBR|1||2405131045|GLU^Glucose~CREA^Créatinine~HB^Hémoglobine|||202405130105\r\n"
    "C|1|L|Laboratoire de biologie LA GUISANE, 05100 VILLAR ST PANCRACE - renseignements au "
    "492210094|G\r\n"
    "L|1|||1\r\n"
)
HPRIM_FINESS = (
    "H|~^\\&|RES110430.HPR||120004809^LABO CLINIQUE SAINTE MARIE|32 AVENUE CAYLET^^VILLEFRANCHE"
    "^^12200^FR|ORU|565651515||SIH^DOSSIER PATIENT||P|H2.2^C|202411041439\r\n"
    "L|1|||1\r\n"
)
MODELO_347 = (
    "13472024P0100400AAYUNTAMIENTO DE ARTZINIEGA              T945396353SECRETARIA INTERVENCION"
    "                 3473789565810  0000000000000000000004 000000014228189000000000 "
    "000000000000000" + " " * 65 + "\r\n"
)
FACTURASCRIPTS = (
    '{"cifnif":"P0101300B","codcliente":"4704","nombre":"Ayuntamiento de Barrundia",'
    '"observaciones":"Administraci\\u00f3n p\\u00fablica: facturas por FACe. Registro General: '
    '945317006.","telefono1":"945317006","telefono2":""}\n'
)
DATA_TAIPEI = (
    '{"序號":"4","單位名稱":"臺北市私立慈濟居家長照機構","設立許可字號":"北市社老字第10830593911號",'
    '"電話":"02-2302-3479"}\n'
)
OPEN_KLANT = (
    "{\n"
    '  "digitaleAdressen": [\n'
    "    {\n"
    '      "uuid": "82925d6d-4885-4e34-9a2f-d7a6e1590695",\n'
    '      "adres": "070 7222000",\n'
    '      "soortDigitaalAdres": "telefoonnummer",\n'
    '      "omschrijving": "Algemeen"\n'
    "    }\n"
    "  ]\n"
    "}\n"
)
BOOTSTRAP_ITALIA = (
    '<li><a href="tel:881553006" aria-label="Telefona a CONSULTORIO CASALVECCHIO P.">881553006'
    "</a></li>\n"
)
HMIS_EXPORT = (
    "ExportID,SourceType,SourceID,SourceName,SourceContactFirst,SourceContactLast,"
    "SourceContactPhone,SourceContactExtension,SourceContactEmail,ExportDate\r\n"
    "7de7a1971f62c651f1d212bf21ededde,2,MN179,MORRISON COUNTY HRA,,,(320) 632-4506,,,"
    "2024-06-08 10:36:43\r\n"
)

CASES = [
    (HPRIM, "fr", ["492210094", "492210094"]),
    (HPRIM_FINESS, "fr", ["565651515"]),
    (MODELO_347, "es", ["945396353"]),
    (FACTURASCRIPTS, "es", ["945317006", "945317006"]),
    (DATA_TAIPEI, "zh", ["02-2302-3479"]),
    (OPEN_KLANT, "nl", ["070 7222000"]),
    (BOOTSTRAP_ITALIA, "en", ["881553006", "881553006"]),
    (HMIS_EXPORT, "en", ["(320) 632-4506"]),
    # what the last two rules keep: a page's number, a register's number after its acronym
    ("Quoted from the annual report, p. 2345678 and pp. 3456789.\n", "en", []),
    (
        "Registergericht: Amtsgericht München, HRB 1234567, Tel. 089 1234567\n",
        "de",
        ["089 1234567"],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"492210094", "945396353", "945317006", "070 7222000", "881553006"} <= set(found)
