"""Rules written after ``held_out_178`` to ``held_out_182`` were scored once and their misses
and false finds read (São Paulo's municipal facilities in LexML ordinances and ABRASF NFS-e;
Taiwan's home-care institutions in EtherCalc rooms, HackMD notes and PTT replies; Slovenia's
providers in e-SLOG invoices and Windows Contacts; CIAR's agencies in Google Wallet passes,
ACORD quotes and Dolibarr third parties; Ontario's retirement homes in FreshBooks clients):

* a Romance word for "number" right before a number leads to it from a phone word earlier
  in its clause, as a preposition does (179's LexML recall 0.014);
* two hyphenated groups of four digits joined by slashes are a run of local lines
  ("2671-0888/2673-3404"), and so are dotted groups after a trunk 0 ("0.661.411.517/...");
* a hyphenated pair of year-shaped groups that runs downwards is no range of years
  ("2014-1904");
* Brazil's CNPJ and CPF and a municipal registration ("<InscricaoMunicipal>"), Dolibarr's
  "idprof" keys, Slovene "št." after a register's acronym, and EDIFACT-as-XML reference
  elements ("<D_1154>") name numbers that are no phones (179's precision 0.967, 181's
  0.987, 182's Dolibarr 0.828);
* SocialCalc's ``cell:`` lines are a grid whose first row is its header, and a header that
  ends in a Chinese, Japanese or Korean word for a date or a period names no phone; a run
  after a date and a tilde is the end of a range of dates (180's precision 0.732);
* a Google Wallet text module's "header" names its "body";
* groups joined by full stops after one full stop and a space ("023. 237.322") are a phone
  under a phone cue;
* an ideograph right after a number is a boundary, as a space is ("電話(04)7813888問");
* an SSN shape with area 9xx (never issued) under a phone key is a phone ('"fax":
  "905-88-8808"').

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

LEXML = (
    '<Caput id="art2_cpt"><p>O atendimento telefônico será prestado pelo(s) número(s) '
    "2292-3439 / 2694-0013, nos termos do art. 1º.</p></Caput>\n"
)
ORDER_NUMBER = "O pedido número 2292-3439 foi entregue ontem.\n"
SLASHED_LOCAL = '    "shortDescription": "UBS. R. Acurui, 720. Telefone: 2671-0888/2673-3404.",\n'
YEARS_DOWN = "Contato na unidade: 2919-1120 e 2014-1904.\n"
YEARS_UP = "Entre 1904-2014 a unidade funcionou no centro.\n"
NFSE = (
    "<PrestadorServico>\n  <IdentificacaoPrestador>\n"
    "    <CpfCnpj><Cnpj>07816890000153</Cnpj></CpfCnpj>\n"
    "    <InscricaoMunicipal>09144788</InscricaoMunicipal>\n  </IdentificacaoPrestador>\n"
    "</PrestadorServico>\n<Contato>\n  <Telefone>5938-6611</Telefone>\n</Contato>\n"
)
DOLIBARR = (
    '    "phone": "021.23.45.67",\n    "idprof1": "01/00-1089763 B 03",\n'
    '    "idprof4": "666263761431468",\n'
)
WINDOWS_CONTACT = (
    "\t<c:Notes>Izvajalec ZZZS št. 3092020 (IZPOSTAVA LITIJA). Naročanje in informacije po "
    "telefonu 01 898 43 81.</c:Notes>\n"
)
ESLOG = (
    "<G_SG3><S_RFF><C_C506><D_1153>IT</D_1153><D_1154>3006622</D_1154></C_C506></S_RFF></G_SG3>\n"
    "<S_COM><C_C076><D_3148>05 904 24 16</D_3148><D_3155>TE</D_3155></C_C076></S_COM>\n"
)
ETHERCALC = (
    "socialcalc:version:1.0\nversion:1.5\ncell:A1:t:醫事機構代碼:f:1\ncell:B1:t:醫事機構電話:f:1\n"
    "cell:C1:t:生效起日:f:1\ncell:A2:t:0190030516\ncell:B2:t:(082)332546\ncell:C2:v:20160422\n"
)
HACKMD = (
    "| 項目 | 內容 |\n| --- | --- |\n| 電話 | (08)8892704 |\n| 生效期間 | 20190401 ~ 29101231 |\n"
)
WALLET = (
    '    {\n      "id": "mobile",\n      "header": "Mobile",\n'
    '      "body": "0.661.411.517/0.781.019.212"\n    },\n'
)
ACORD = (
    "<PhoneInfo>\n  <PhoneTypeCd>Phone</PhoneTypeCd>\n  <PhoneNumber>023. 237.322</PhoneNumber>\n"
)
LATVIAN_SENTENCES = "Tālr. 64024044. 30 gultas.\n"
PTT = "→ tsubasa: 直接打院所電話(04)7813888問居家醫療就可以         09/18 06:31\n"
FAX_NINE = '    "fax": "905-88-8808",\n'

CASES = [
    (LEXML, "pt", ["2292-3439", "2694-0013"]),
    (ORDER_NUMBER, "pt", []),
    (SLASHED_LOCAL, "pt", ["2671-0888", "2673-3404"]),
    (YEARS_DOWN, "pt", ["2919-1120", "2014-1904"]),
    (YEARS_UP, "pt", []),
    (NFSE, "pt", ["5938-6611"]),
    (DOLIBARR, "fr", ["021.23.45.67"]),
    (WINDOWS_CONTACT, "sl", ["01 898 43 81"]),
    (ESLOG, "sl", ["05 904 24 16"]),
    (ETHERCALC, "zh", ["(082)332546"]),
    (HACKMD, "zh", ["(08)8892704"]),
    (WALLET, "fr", ["0.661.411.517", "0.781.019.212"]),
    (ACORD, "fr", ["023. 237.322"]),
    (LATVIAN_SENTENCES, "lv", ["64024044"]),
    (PTT, "zh", ["(04)7813888"]),
    (FAX_NINE, "en", ["905-88-8808"]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_a_nine_hundred_ssn_shape_under_a_phone_key_is_no_ssn(stage: PiiFilter) -> None:
    [spans] = stage.find_spans([{"id": "x", "text": FAX_NINE, "language": "en"}])
    assert [entity for _, _, entity, _ in spans] == ["PHONE_NUMBER"]


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"2292-3439", "2671-0888", "0.661.411.517", "(04)7813888"} <= set(found)
