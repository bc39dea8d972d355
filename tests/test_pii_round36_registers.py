"""Rules written after ``held_out_243`` to ``held_out_250`` were scored once and their misses
and false finds read (Panvel's stores in Jadlog orders and Melhor Envio carts; Kumamoto's
hospitals in JAHIS prescriptions and receipt files; Romania's notaries in ANAF D394 returns,
SmartBill invoices and SAGA imports; Argentina's cinemas in Andreani orders; Vietnam's
restaurants on ESC/POS bills; India's bank branches in RazorpayX and Freshsales records):

* a key that names a contract, an account, a document, a bank's MICR code, Brazil's state
  registration or Romania's fiscal code names no phone (``"contrato"``, ``"contaCorrente"``,
  ``"company_document"``, ``"micr"``, ``"ie"``, ``cui=``, ``cif_intocmit=``: 243's precision
  0.759, 245's 0.923, 246's 0.900, 249's 0.829);
* JAHIS prescription data and claims receipt files are read by field: record ``3``'s and the
  ``IR`` record's telephone fields hold phones, every other whole field a code (244's 0.782);
* Vietnamese "DT" (ĐT without its stroke) and Romanian "RDS" label a phone, no register
  (247's recall 0.862, 245's 0.995);
* digit groups three spaces apart with no phone cue are a table's columns (a receipt's
  quantity, price and total).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

JADLOG = (
    '{\n  "obs": "Coleta na Filial 5 (Porto Alegre). Agendar pelo celular 51-995949390.",\n'
    '  "contaCorrente": "755074095",\n  "rem": {\n    "cnpjCpf": "18028922000253",\n'
    '    "ie": "2545423006",\n    "cel": "51-995949390"\n  }\n}\n'
)
MELHOR_ENVIO = (
    '{\n  "from": {\n    "phone": "51-995794726",\n'
    '    "company_document": "32508319000208"\n  }\n}\n'
)
ANDREANI = (
    '{\n  "contrato": "400006361",\n  "destinatario": [{"telefonos": [{"numero": "4632908"}]}]\n}\n'
)
RAZORPAYX = (
    '{\n  "contact": "+912425264002",\n  "notes": {\n    "ifsc": "AHDC0000125",\n'
    '    "micr": "422885533",\n    "address": "POST NIMON TAL SANGAMNER 422615"\n  }\n}\n'
)
D394 = (
    '<declaratie394 luna="3" an="2024" cui="350613326" caen="6910" den="BIROU NOTARIAL ACHIM'
    ' ADRIAN" telefon="0740 207 927" den_intocmit="BIROU NOTARIAL" cif_intocmit="350613326"'
    ' optiune="1">\n'
)
SMARTBILL = (
    '  "mentions": "Contact birou notarial: Fix: 0241 748 870, RDS: 0374 904 793. Camera'
    ' notarilor publici CONSTANTA.",\n'
)
JAHIS = (
    "JAHIS10\r\n1,1,0231725,43,熊本整形外科病院\r\n2,862-0975,熊本市中央区新屋敷1丁目17番1号\r\n"
    "3,096-366-3666,,\r\n4,1,01\r\n51,20240411\r\n"
    "201,1,1,1,2,620005931,カルボシステイン錠５００ｍｇ,3,1,錠\r\n"
)
UKE = (
    "IR,1,43,1,0224960,,熊本市立熊本市民病院,202410,00,096-365-1711\r\n"
    "RE,1,1112,202410,サンプル\u3000カンジヤ,2,4510713,,,,,,380,444414,,,,,,\r\n"
    "HO,06432196,416,06710,2,441,,,,,,\r\nSY,4280004,20241001,1,,,,\r\nGO,1,441,99\r\n"
)
ESCPOS = (
    "\x1ba\x01NHA HANG PHUONG THUY\nDT: 0261 090 596 1848\n"
    "Mon                  SL  Don gia    T.Tien\n"
    "Nuoc cam ep           3   40.000   120.000\n"
    "Dat ban: 0261 090 596 1848\n"
)

CASES = [
    (JADLOG, "pt", ["51-995949390", "51-995949390"]),
    (MELHOR_ENVIO, "pt", ["51-995794726"]),
    (ANDREANI, "es", ["4632908"]),
    (RAZORPAYX, "en", ["+912425264002"]),
    (D394, "ro", ["0740 207 927"]),
    (SMARTBILL, "ro", ["0241 748 870", "0374 904 793"]),
    (JAHIS, "ja", ["096-366-3666"]),
    (UKE, "ja", ["096-365-1711"]),
    (ESCPOS, "vi", ["0261 090 596 1848", "0261 090 596 1848"]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_a_cnpj_under_a_document_key_is_no_card(stage: PiiFilter) -> None:
    from tests.test_pii import _found

    assert ("CREDIT_CARD", "32508319000208") not in _found(stage, MELHOR_ENVIO, "pt")


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"096-366-3666", "096-365-1711", "0374 904 793", "0261 090 596 1848"} <= set(found)
