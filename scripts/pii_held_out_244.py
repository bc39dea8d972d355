"""held_out_244 of the PII evaluation set: real phone fields of two registers no earlier part
used (Kumamoto City's hospitals and its food-business permits for restaurants; Japan's earlier
parts took other publishers' lists) exactly as published, in layouts no earlier part has,
beside the lists' own names, addresses and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of JP (Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's and
Yuzawa's city lists, the Hokkaido and Tokyo governments' lists, the roadside stations and the
municipal offices) and many others; here:

* the values are the ``電話番号`` fields of all 90 hospitals of the city's list and the
  ``営業所電話番号`` fields of 310 restaurants of its permit register
  (``scripts/data/pii_jp_kumamoto_lists.json``, written by ``scripts/jp_kumamoto_lists_data.py``;
  source and licence in that file): Japanese numbers as the city writes them, the hospitals'
  area code ``096`` (three ``0964``), exchange and line joined by hyphens (``096-366-3666``),
  the restaurants' seven-digit local numbers without the area code (``382-3222``); each copy
  labelled;
* the text around them is the same row's real fields: the name, the address, the hospitals'
  postcode (``862-0975``) and bed count, the permits' trade and permit date, with invented
  medical-institution codes (7 digits), insurer numbers (8 digits), disease and procedure
  codes (7 and 9 digits), drug codes, receipt and invoice numbers, qualified-invoice
  registration numbers (``T`` and 13 digits), amounts and dates, unlabelled and scored;
* in layouts no earlier part has, Japanese medical and restaurant-trade formats, text in
  Japanese: the data of a prescription's two-dimensional symbol by JAHIS's recording
  conditions for out-of-hospital prescriptions (院外処方箋２次元シンボル記録条件規約: the
  ``JAHIS10`` version line, the medical institution's records ``1``, ``2`` and ``3``, the
  number in record ``3`` before the empty fax field, the department, issue date and a
  prescription's RP records) and a medical-fee claim file in the receipt computer processing
  system's recording conditions (レセプト電算処理システム, the ``.UKE`` file: the ``IR``
  medical-institution record whose tenth field is the telephone number, then ``RE``, ``HO``,
  ``SY``, ``SI`` and ``GO`` records) for the hospitals; a Gurunavi restaurant search API v3
  response (ぐるなびレストラン検索API: ``rest`` with ``tel``, empty ``tel_sub`` and ``fax``,
  the number again in ``pr_long``) and a JP PINT invoice (Peppol International invoice for
  Japan, UBL 2.1: the restaurant as seller with ``cac:Contact/cbc:Telephone``, a ``cbc:Note``
  repeating the number, the seller's registration number for qualified invoices) for the
  restaurants.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_244.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_kumamoto_lists.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_244.jsonl.gz"
SPLIT = "held_out_244"

HOSPITAL_LAYOUTS = ("jahis_prescription", "uke_receipt")
RESTAURANT_LAYOUTS = ("gurunavi_api", "jp_pint_invoice")
LAYOUTS = HOSPITAL_LAYOUTS + RESTAURANT_LAYOUTS
HOSPITAL_PHONE, RESTAURANT_PHONE = "電話番号", "営業所電話番号"
PREFECTURE = "43"  # 熊本県's prefecture number

# invented prescription lines: (drug code of the receipt system, name, dose, unit, usage)
DRUGS = (
    ("620004491", "ロキソプロフェンＮａ錠６０ｍｇ", "3", "錠", "１日３回毎食後"),
    ("620098801", "アムロジピン錠５ｍｇ", "1", "錠", "１日１回朝食後"),
    ("610463147", "ファモチジン錠２０ｍｇ", "2", "錠", "１日２回朝夕食後"),
    ("620005931", "カルボシステイン錠５００ｍｇ", "3", "錠", "１日３回毎食後"),
    ("622078601", "レバミピド錠１００ｍｇ", "3", "錠", "１日３回毎食後"),
)  # fmt: skip
# invented claim lines: (disease code, procedure code, points)
CLAIMS = (
    ("8842123", "111000110", "291"), ("4280004", "112007410", "75"),
    ("2500013", "160000310", "17"), ("8833421", "120001210", "42"),
)  # fmt: skip
# invented catering orders of the invoices: (item, unit price in yen)
ORDERS = (
    ("会議用弁当", 1080), ("仕出し料理（会席）", 3240), ("オードブル盛り合わせ", 5400),
    ("研修会昼食", 972), ("懇親会料理", 4320),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def hospital(row: dict[str, Any]) -> bool:
    """Whether the row is of the hospitals' list (else the restaurant permits')."""
    return row["path"].startswith("data/byouin_list/")


def column(row: dict[str, Any]) -> str:
    """The row's phone column."""
    return HOSPITAL_PHONE if hospital(row) else RESTAURANT_PHONE


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, column(row))


def name(row: dict[str, Any]) -> str:
    return _f(row, "施設正式名称" if hospital(row) else "屋号")


def address(row: dict[str, Any]) -> str:
    return _f(row, "所在地" if hospital(row) else "営業所所在地")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its list and index."""
    layouts = HOSPITAL_LAYOUTS if hospital(row) else RESTAURANT_LAYOUTS
    return layouts[n % 2]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), column(row), row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _institution_code(rng: random.Random) -> str:
    """An invented seven-digit medical-institution code (郡市区番号, number, check digit)."""
    return f"{rng.randint(1, 9):02d}{rng.randint(1000, 9999)}{rng.randint(0, 9)}"


def jahis_prescription(row: dict[str, Any], rng: random.Random) -> str:
    """The data of an out-of-hospital prescription's 2D symbol by JAHIS's recording conditions:
    the version line, the institution's records (``1`` code kind, code, prefecture and name;
    ``2`` postcode and address; ``3`` telephone, fax and other contact), the department
    (``4``, internal medicine where the hospital has it), the issue date (``51``) and one RP
    of a drug (``101`` form, ``111`` usage, ``201`` drug), CRLF line ends."""
    issued = _when(rng)
    code, drug, dose, unit, usage = rng.choice(DRUGS)
    days = rng.choice((7, 14, 28))
    lines = [
        "JAHIS10",
        f"1,1,{_institution_code(rng)},{PREFECTURE},{name(row)}",
        f"2,{_f(row, '郵便番号')},{address(row)}",
        f"3,{phone(row)},,",
    ]
    if _f(row, "内科") == "○":
        lines.append("4,1,01")
    lines += [
        f"51,{issued:%Y%m%d}",
        f"101,1,1,,{days}",
        f"111,1,1,,{usage}",
        f"201,1,1,1,2,{code},{drug},{dose},1,{unit}",
        "",
    ]
    return "\r\n".join(lines)


def uke_receipt(row: dict[str, Any], rng: random.Random) -> str:
    """A medical-fee claim file (``.UKE``) by the receipt computer processing system's
    recording conditions (medical version): the ``IR`` record (payer, prefecture, fee table,
    institution code, reserve, name, claim month, multi-volume id, telephone), one claim
    (``RE``, ``HO``, ``SY``, ``SI``) and the ``GO`` record, CRLF line ends."""
    when = _when(rng)
    month = f"{when:%Y%m}"
    disease, procedure, points = rng.choice(CLAIMS)
    insurer = f"06{PREFECTURE}{_digits(rng, 4)}"
    visits = rng.randint(1, 4)
    total = int(points) * visits + 291
    lines = [
        f"IR,{rng.choice((1, 2))},{PREFECTURE},1,{_institution_code(rng)},,{name(row)},"
        f"{month},00,{phone(row)}",
        f"RE,1,1112,{month},サンプル　カンジヤ,{rng.choice((1, 2))},"
        f"{rng.choice((3, 4))}{rng.randint(20, 63):02d}{rng.randint(1, 12):02d}"
        f"{rng.randint(1, 28):02d},,,,,,{_f(row, '一般病床数')},{_digits(rng, 6)},,,,,,",
        f"HO,{insurer},{rng.randint(100, 999)},{_digits(rng, 5)},{visits},{total},,,,,,",
        f"SY,{disease},{month}01,1,,,,",
        "SI,11,1,111000110,,291,1,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,",
        f"SI,13,1,{procedure},,{points},{visits},,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,",
        f"GO,1,{total},99",
        "",
    ]
    return "\r\n".join(lines)


def _trade(row: dict[str, Any]) -> str:
    """The permit's trade in brackets (``一般食堂``), or ``飲食店`` where it names none."""
    found = re.search(r"\((.+)\)", _f(row, "業種"))
    return found.group(1) if found else "飲食店"


def gurunavi_api(row: dict[str, Any], rng: random.Random) -> str:
    """A Gurunavi restaurant search API v3 response (``RestSearchAPI/v3``) with one ``rest``:
    an invented shop id and update date, the name, the address, ``tel`` with the number,
    empty ``tel_sub`` and ``fax``, a ``pr_long`` repeating it, area and category codes."""
    when = _when(rng)
    shop = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(7))
    tel = phone(row)
    doc = {
        "@attributes": {"api_version": "v3"},
        "total_hit_count": 1,
        "hit_per_page": 10,
        "page_offset": 1,
        "rest": [
            {
                "@attributes": {"order": 0},
                "id": shop,
                "update_date": when.isoformat(),
                "name": name(row),
                "name_kana": "",
                "latitude": "",
                "longitude": "",
                "category": _trade(row),
                "url": f"https://r.gnavi.co.jp/{shop}/?ak=x",
                "url_mobile": f"http://mobile.gnavi.co.jp/shop/{shop}/?ak=x",
                "coupon_url": {"pc": "", "mobile": ""},
                "image_url": {
                    "shop_image1": "",
                    "shop_image2": "",
                    "qrcode": f"https://c-r.gnst.jp/tool/qr/?id={shop}&q=6",
                },
                "address": f"熊本県{address(row)}",
                "tel": tel,
                "tel_sub": "",
                "fax": "",
                "opentime": "",
                "holiday": "",
                "access": {"line": "", "station": "", "station_exit": "", "walk": "", "note": ""},
                "parking_lots": "",
                "pr": {
                    "pr_short": f"熊本市の{_trade(row)}です。",
                    "pr_long": f"{name(row)}（{_trade(row)}）。ご予約・お問い合わせは"
                    f"お電話（{tel}）にて承ります。",
                },
                "code": {
                    "areacode": "AREA150",
                    "areaname": "九州・沖縄",
                    "prefcode": "PREF43",
                    "prefname": "熊本県",
                    "areacode_s": f"AREAS{rng.randint(9100, 9199)}",
                    "areaname_s": "熊本市",
                    "category_code_l": [f"RSFST{rng.randint(1, 21):05d}", ""],
                    "category_name_l": ["", ""],
                    "category_code_s": [
                        f"RSFST{rng.randint(1, 21):05d}{rng.randint(1, 9):03d}",
                        "",
                    ],
                    "category_name_s": ["", ""],
                },
                "budget": rng.choice((1000, 1500, 2000, 3000, 4000)),
                "party": "",
                "lunch": rng.choice(("", "800")),
                "credit_card": "",
                "e_money": "",
                "flags": {"mobile_site": 0, "mobile_coupon": 0, "pc_coupon": 0},
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def jp_pint_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A JP PINT invoice (UBL 2.1 ``Invoice``, customization ``urn:peppol:pint:billing-1@jp-1``)
    for a catering order: an invented number and dates, the restaurant as seller with its
    invented registration number for qualified invoices, address and
    ``cac:Contact/cbc:Telephone``, a note repeating the number, an invented buyer, one line
    and the 10% tax."""
    when = _when(rng)
    item, price = rng.choice(ORDERS)
    qty = rng.randint(5, 40)
    net = price * qty
    tax = net // 10
    number = f"INV-{when:%Y%m}-{rng.randint(1, 999):04d}"
    reg = f"T{_digits(rng, 13)}"
    buyer = f"{_digits(rng, 13)}"
    tel = phone(row)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"',
        '  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"',
        '  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
        "  <cbc:CustomizationID>urn:peppol:pint:billing-1@jp-1</cbc:CustomizationID>",
        "  <cbc:ProfileID>urn:peppol:bis:billing</cbc:ProfileID>",
        f"  <cbc:ID>{number}</cbc:ID>",
        f"  <cbc:IssueDate>{when:%Y-%m-%d}</cbc:IssueDate>",
        f"  <cbc:DueDate>{when + dt.timedelta(days=30):%Y-%m-%d}</cbc:DueDate>",
        "  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>",
        f"  <cbc:Note>お問い合わせ先：{_x(name(row))}　電話 {tel}</cbc:Note>",
        "  <cbc:DocumentCurrencyCode>JPY</cbc:DocumentCurrencyCode>",
        "  <cac:AccountingSupplierParty>",
        "    <cac:Party>",
        "      <cac:PostalAddress>",
        f"        <cbc:StreetName>{_x(address(row))}</cbc:StreetName>",
        "        <cbc:CityName>熊本市</cbc:CityName>",
        "        <cbc:CountrySubentity>熊本県</cbc:CountrySubentity>",
        "        <cac:Country>",
        "          <cbc:IdentificationCode>JP</cbc:IdentificationCode>",
        "        </cac:Country>",
        "      </cac:PostalAddress>",
        "      <cac:PartyTaxScheme>",
        f"        <cbc:CompanyID>{reg}</cbc:CompanyID>",
        "        <cac:TaxScheme>",
        "          <cbc:ID>VAT</cbc:ID>",
        "        </cac:TaxScheme>",
        "      </cac:PartyTaxScheme>",
        "      <cac:PartyLegalEntity>",
        f"        <cbc:RegistrationName>{_x(name(row))}</cbc:RegistrationName>",
        "      </cac:PartyLegalEntity>",
        "      <cac:Contact>",
        f"        <cbc:Telephone>{tel}</cbc:Telephone>",
        "      </cac:Contact>",
        "    </cac:Party>",
        "  </cac:AccountingSupplierParty>",
        "  <cac:AccountingCustomerParty>",
        "    <cac:Party>",
        f'      <cbc:EndpointID schemeID="0188">{buyer}</cbc:EndpointID>',
        "      <cac:PartyLegalEntity>",
        "        <cbc:RegistrationName>株式会社サンプル商事 熊本支店</cbc:RegistrationName>",
        "      </cac:PartyLegalEntity>",
        "    </cac:Party>",
        "  </cac:AccountingCustomerParty>",
        "  <cac:TaxTotal>",
        f'    <cbc:TaxAmount currencyID="JPY">{tax}</cbc:TaxAmount>',
        "    <cac:TaxSubtotal>",
        f'      <cbc:TaxableAmount currencyID="JPY">{net}</cbc:TaxableAmount>',
        f'      <cbc:TaxAmount currencyID="JPY">{tax}</cbc:TaxAmount>',
        "      <cac:TaxCategory>",
        "        <cbc:ID>S</cbc:ID>",
        "        <cbc:Percent>10</cbc:Percent>",
        "        <cac:TaxScheme>",
        "          <cbc:ID>VAT</cbc:ID>",
        "        </cac:TaxScheme>",
        "      </cac:TaxCategory>",
        "    </cac:TaxSubtotal>",
        "  </cac:TaxTotal>",
        "  <cac:LegalMonetaryTotal>",
        f'    <cbc:LineExtensionAmount currencyID="JPY">{net}</cbc:LineExtensionAmount>',
        f'    <cbc:TaxExclusiveAmount currencyID="JPY">{net}</cbc:TaxExclusiveAmount>',
        f'    <cbc:TaxInclusiveAmount currencyID="JPY">{net + tax}</cbc:TaxInclusiveAmount>',
        f'    <cbc:PayableAmount currencyID="JPY">{net + tax}</cbc:PayableAmount>',
        "  </cac:LegalMonetaryTotal>",
        "  <cac:InvoiceLine>",
        "    <cbc:ID>1</cbc:ID>",
        f'    <cbc:InvoicedQuantity unitCode="H87">{qty}</cbc:InvoicedQuantity>',
        f'    <cbc:LineExtensionAmount currencyID="JPY">{net}</cbc:LineExtensionAmount>',
        "    <cac:Item>",
        f"      <cbc:Name>{_x(item)}</cbc:Name>",
        "      <cac:ClassifiedTaxCategory>",
        "        <cbc:ID>S</cbc:ID>",
        "        <cbc:Percent>10</cbc:Percent>",
        "        <cac:TaxScheme>",
        "          <cbc:ID>VAT</cbc:ID>",
        "        </cac:TaxScheme>",
        "      </cac:ClassifiedTaxCategory>",
        "    </cac:Item>",
        "    <cac:Price>",
        f'      <cbc:PriceAmount currencyID="JPY">{price}</cbc:PriceAmount>',
        "    </cac:Price>",
        "  </cac:InvoiceLine>",
        "</Invoice>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "jahis_prescription": jahis_prescription,
    "uke_receipt": uke_receipt,
    "gurunavi_api": gurunavi_api,
    "jp_pint_invoice": jp_pint_invoice,
}


def international(value: str) -> bool:
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
