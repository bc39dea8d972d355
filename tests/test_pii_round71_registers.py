"""Rules written after batch 48 (``held_out_507``-``_514``) was scored once and its false finds
read:

- a date in one run, YYYYMMDD, under a key whose last word abbreviates a date, as Korean public
  APIs end their keys, is a date ('"TELNO":"222976540","PRMS_DT":"19931104"', a Seoul
  licence's row: the row's phone key before it does not make it a phone); "DT" alone is
  Vietnamese's phone label ("DT: 028 3520 9999", điện thoại), and eight digits from 2 that a
  phone word names stay a phone (a Danish mobile);
- "taxid" names a tax id (a Jumpseller customer's Bolivian NIT).

Two first forms were dropped after the regression: a date run as a date unless a cue of its
own named it a phone vetoed two Malian numbers that are dates too (``20331214`` in a QTI
item's ``<value>``), and "dt" as a label word anywhere vetoed 66 Vietnamese bills' "DT:" lines.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

FOOD_SAFETY_KOREA = (
    '{"I2500":{"total_count":"1","row":[{"LCNS_NO":"19935808804","INDUTY_CD_NM":"단란주점영업",'
    '"BSSH_NM":"V노래주점","TELNO":"222976540","PRMS_DT":"19931104",'
    '"ADDR":"서울특별시 성동구"}]}}\n'
)
JUMPSELLER = (
    '{\n  "customer": {\n    "billing_address": {\n      "city": "Sucre",\n'
    '      "country_code": "BO",\n      "phone": "68296818",\n      "taxid": "4348237991",\n'
    '      "company": "HOSP. MONS. JESUS PEREZ"\n    }\n  }\n}\n'
)

CASES = [
    (FOOD_SAFETY_KOREA, "en", [("PHONE_NUMBER", "222976540")]),
    ('{"mobil": "20121104", "navn": "Hansen VVS"}\n', "da", [("PHONE_NUMBER", "20121104")]),
    ("Ring på 20121104 efter kl. 8\n", "da", [("PHONE_NUMBER", "20121104")]),
    ("CỬA HÀNG HOA TƯƠI\nDT: 028 3520 9999\n", "vi", [("PHONE_NUMBER", "028 3520 9999")]),
    (JUMPSELLER, "en", [("PHONE_NUMBER", "68296818")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
