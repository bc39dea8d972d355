"""held_out_385 of the PII evaluation set: real phone, mobile and fax fields of a register no
earlier part used (True Corporation's list of its retail shops, True Shop, True Shop Mini,
True Shop Station, True Life Retail and True Branding Shop; Thailand's earlier part took the
13 health facilities of Chiang Dao district) exactly as published, in layouts no earlier part
has, beside the list's own shop names, shop ids, addresses, postcodes and provinces.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` and ``mobile`` of 320 shops and their ``fax`` where the list
  gives one that is a line of its own (seven digits or more, not the phone or mobile again)
  (``scripts/data/pii_th_true_shops.json``, written by ``scripts/th_true_shops_data.py``;
  source and licence in that file): Thai numbers as the list writes them, with no separator
  (``028720026``, ``0891306261``), hyphenated (``02-6576195``) or with an extension to dial
  (``026304695#กด 0-1``, its number labelled and the extension not); every copy labelled;
* the text around them is the same row's real fields: the shop's Thai name, shop id
  (``80000384``), type, address (building, number, road, subdistrict, district, province) and
  postcode (``10600``), with invented tax ids (thirteen digits, check digit right), branch
  codes, invoice numbers, amounts, charge ids, merchant ids, signatures and dates, unlabelled
  and scored;
* in layouts no earlier part has, formats of Thailand's trade, text in Thai: ETDA e-Tax
  Invoice XML (``rsm:TaxInvoice_CrossIndustryInvoice`` of the ETDA standard ER3-2560, a
  ``ใบกำกับภาษี/ใบเสร็จรับเงิน`` (``T03``) issued at the shop, its ``SellerTradeParty`` with the
  shop's address and ``DefinedTradeContact`` telephone, an ``IncludedNote`` giving all its
  lines), FlowAccount Open API ``POST /contacts`` bodies (the shop as a vendor contact:
  ``contactOffice``, ``contactMobile``, ``contactFax``), Omise Charges API charge objects (a
  payment at the shop, its ``metadata`` naming the shop and its lines) and Flash Express Open
  API ``POST /open/v1/notify`` courier-pickup requests written as ``curl`` commands (``srcName``,
  ``srcPhone``, the address fields, ``estimateParcelNumber``, a ``remark`` with the mobile).

Phones are labelled by the policy of ``labelled_record`` (each number of a field on its own;
one no person holds only a distractor). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_385.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_th_true_shops.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_385.jsonl.gz"
SPLIT = "held_out_385"

LAYOUTS = ("etax_invoice", "flowaccount_contact", "omise_charge", "flash_notify")
PHONE, MOBILE, FAX = "contact.phone", "contact.mobile", "contact.fax"
EDGES = {PHONE: r"\d", MOBILE: r"\d", FAX: r"\d"}
COLUMNS = {PHONE: "phone", MOBILE: "mobile", FAX: "fax"}
ICT = dt.timezone(dt.timedelta(hours=7))
SELLER = "บริษัท ทรู มูฟ เอช ยูนิเวอร์แซล คอมมิวนิเคชั่น จำกัด"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented items sold at a shop (name, price before VAT in baht)
ITEMS = (
    ("ค่าบริการ TrueMove H รายเดือน แพ็กเกจ 5G", 599.0),
    ("ซิมการ์ด TrueMove H แบบเติมเงิน", 49.0),
    ("ค่าบริการ True Online อินเทอร์เน็ตบ้าน", 699.0),
    ("ค่าบริการ TrueVisions แพ็กเกจรายเดือน", 399.0),
    ("อุปกรณ์เสริม สายชาร์จ USB-C", 290.0),
    ("ค่าเปลี่ยนซิม (SIM Replacement)", 100.0),
)
# invented juristic buyers (no person is a party in these records)
BUYERS = (
    "บริษัท สยามโลจิสติกส์ เซอร์วิส จำกัด",
    "ห้างหุ้นส่วนจำกัด รุ่งเรืองการค้า",
    "บริษัท ไทยฟู้ดส์ ซัพพลาย จำกัด",
    "บริษัท เอเชีย ดิจิทัล โซลูชั่น จำกัด",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return "" if value is None else str(value).strip()


def _line(row: dict[str, Any], key: str) -> str:
    """A contact line where it holds a number of seven digits or more, else ""."""
    value = _f(row, key)
    return value if sum(c.isdigit() for c in value) >= 7 else ""


def phone(row: dict[str, Any]) -> str:
    """The shop's phone as published ("" where it has none)."""
    return _line(row, PHONE)


def mobile(row: dict[str, Any]) -> str:
    """The shop's mobile as published, where it is not the phone again."""
    value = _line(row, MOBILE)
    return "" if value == phone(row) else value


def fax(row: dict[str, Any]) -> str:
    """The shop's fax where it is a line of its own (not the phone or mobile again)."""
    value = _line(row, FAX)
    return "" if value in (phone(row), _line(row, MOBILE)) else value


def primary(row: dict[str, Any]) -> str:
    """The shop's first line: its phone, else its mobile."""
    return phone(row) or mobile(row)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the shop's lines, longest first (a value found inside a longer one is
    that one's copy)."""
    found = [(PHONE, phone(row)), (MOBILE, mobile(row)), (FAX, fax(row))]
    return sorted((v for v in found if v[1]), key=lambda v: -len(v[1]))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the shop's lines labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def parts(row: dict[str, Any]) -> dict[str, str]:
    """The Thai address's parts: the comma-joined list ends in subdistrict, district,
    province and postcode; what stands before them is the building, number and road."""
    pieces = [p.strip() for p in _f(row, "address.th").split(",")]
    head = ", ".join(p for p in pieces[:-4] if p)
    return {
        "line": head,
        "subdistrict": pieces[-4],
        "district": pieces[-3],
        "province": pieces[-2],
        "postcode": pieces[-1],
    }


def address(row: dict[str, Any]) -> str:
    """The address in one Thai line: building, number and road, ต. subdistrict, อ. district,
    จ. province, postcode."""
    p = parts(row)
    return (
        f"{p['line']} ต.{p['subdistrict']} อ.{p['district']} จ.{p['province']} {p['postcode']}"
    ).strip()


def contacts(row: dict[str, Any]) -> str:
    """The shop's lines as a Thai phrase (``โทร ..., มือถือ ..., แฟกซ์ ...``)."""
    out = []
    if phone(row):
        out.append(f"โทร {phone(row)}")
    if mobile(row):
        out.append(f"มือถือ {mobile(row)}")
    if fax(row):
        out.append(f"แฟกซ์ {fax(row)}")
    return ", ".join(out)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a day of 2024 within shop hours (Bangkok time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=ICT) + dt.timedelta(days=rng.randint(0, 330))
    return day + dt.timedelta(hours=rng.randint(10, 19), minutes=rng.randint(0, 59))


def tax_id(rng: random.Random, first: int = 0) -> str:
    """An invented thirteen-digit Thai tax id, its check digit right (mod 11)."""
    body = [first] + [rng.randint(0, 9) for _ in range(11)]
    check = (11 - sum(d * (13 - i) for i, d in enumerate(body)) % 11) % 10
    return "".join(map(str, body)) + str(check)


def _token(
    rng: random.Random, n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789"
) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _x(value: str) -> str:
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _lines(rng: random.Random) -> list[tuple[str, float, int]]:
    """One to three invented items with quantities."""
    return [
        (name, price, rng.randint(1, 2)) for name, price in rng.sample(ITEMS, rng.randint(1, 3))
    ]


def etax_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """An ETDA e-Tax Invoice (``rsm:TaxInvoice_CrossIndustryInvoice``, guideline ER3-2560 v2.0):
    a ``ใบกำกับภาษี/ใบเสร็จรับเงิน`` (``T03``) with an invented number, issued at the shop (the
    seller True Move H with an invented tax id and the branch, its ``ram:ID`` the shop id,
    ``DefinedTradeContact`` with the shop's first line, ``PostalTradeAddress`` with postcode,
    address line and the province), an invented juristic buyer, items, VAT at 7 per cent and
    an ``IncludedNote`` giving all the shop's lines."""
    when = _when(rng)
    p = parts(row)
    number = f"TIV{when:%y%m}{rng.randint(10000, 99999)}"
    items = _lines(rng)
    basis = round(sum(price * qty for _, price, qty in items), 2)
    vat = round(basis * 0.07, 2)
    branch = f"{rng.randint(1, 9999):05d}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rsm:TaxInvoice_CrossIndustryInvoice xmlns:ram="urn:etda:uncefact:data:standard:'
        'TaxInvoice_ReusableAggregateBusinessInformationEntity:2" xmlns:rsm="urn:etda:uncefact:'
        'data:standard:TaxInvoice_CrossIndustryInvoice:2">',
        "  <rsm:ExchangedDocumentContext>",
        "    <ram:GuidelineSpecifiedDocumentContextParameter>",
        '      <ram:ID schemeAgencyID="ETDA" schemeVersionID="v2.0">ER3-2560</ram:ID>',
        "    </ram:GuidelineSpecifiedDocumentContextParameter>",
        "  </rsm:ExchangedDocumentContext>",
        "  <rsm:ExchangedDocument>",
        f"    <ram:ID>{number}</ram:ID>",
        "    <ram:Name>ใบกำกับภาษี/ใบเสร็จรับเงิน</ram:Name>",
        "    <ram:TypeCode>T03</ram:TypeCode>",
        f"    <ram:IssueDateTime>{when:%Y-%m-%dT%H:%M:%S}</ram:IssueDateTime>",
        f"    <ram:CreationDateTime>{when:%Y-%m-%dT%H:%M:%S}</ram:CreationDateTime>",
        "    <ram:IncludedNote>",
        "      <ram:Subject>BranchContact</ram:Subject>",
        f"      <ram:Content>{_x(_f(row, 'name.th'))} {_x(contacts(row))}</ram:Content>",
        "    </ram:IncludedNote>",
        "  </rsm:ExchangedDocument>",
        "  <rsm:SupplyChainTradeTransaction>",
        "    <ram:ApplicableHeaderTradeAgreement>",
        "      <ram:SellerTradeParty>",
        f"        <ram:ID>{_x(_f(row, 'shop_id'))}</ram:ID>",
        f"        <ram:Name>{SELLER} ({_x(_f(row, 'name.th'))})</ram:Name>",
        "        <ram:SpecifiedTaxRegistration>",
        f'          <ram:ID schemeID="TXID">{tax_id(rng)}{branch}</ram:ID>',
        "        </ram:SpecifiedTaxRegistration>",
        "        <ram:DefinedTradeContact>",
        f"          <ram:DepartmentName>{_x(_f(row, 'type'))}</ram:DepartmentName>",
        "          <ram:TelephoneUniversalCommunication>",
        f"            <ram:CompleteNumber>{_x(primary(row))}</ram:CompleteNumber>",
        "          </ram:TelephoneUniversalCommunication>",
        "        </ram:DefinedTradeContact>",
        "        <ram:PostalTradeAddress>",
        f"          <ram:PostcodeCode>{_x(p['postcode'])}</ram:PostcodeCode>",
        f"          <ram:LineOne>{_x(p['line'])}</ram:LineOne>",
        f"          <ram:LineTwo>ต.{_x(p['subdistrict'])} อ.{_x(p['district'])}</ram:LineTwo>",
        f"          <ram:CityName>{_x(p['district'])}</ram:CityName>",
        f"          <ram:CitySubDivisionName>{_x(p['subdistrict'])}</ram:CitySubDivisionName>",
        '          <ram:CountryID schemeID="3166-1 alpha-2">TH</ram:CountryID>',
        f"          <ram:CountrySubDivisionID>{_x(p['province'])}</ram:CountrySubDivisionID>",
        "        </ram:PostalTradeAddress>",
        "      </ram:SellerTradeParty>",
        "      <ram:BuyerTradeParty>",
        f"        <ram:Name>{rng.choice(BUYERS)}</ram:Name>",
        "        <ram:SpecifiedTaxRegistration>",
        f'          <ram:ID schemeID="TXID">{tax_id(rng)}00000</ram:ID>',
        "        </ram:SpecifiedTaxRegistration>",
        "      </ram:BuyerTradeParty>",
        "    </ram:ApplicableHeaderTradeAgreement>",
        "    <ram:ApplicableHeaderTradeDelivery/>",
        "    <ram:ApplicableHeaderTradeSettlement>",
        "      <ram:InvoiceCurrencyCode>THB</ram:InvoiceCurrencyCode>",
        "      <ram:ApplicableTradeTax>",
        "        <ram:TypeCode>VAT</ram:TypeCode>",
        "        <ram:CalculatedRate>7.00</ram:CalculatedRate>",
        f"        <ram:BasisAmount>{basis:.2f}</ram:BasisAmount>",
        f"        <ram:CalculatedAmount>{vat:.2f}</ram:CalculatedAmount>",
        "      </ram:ApplicableTradeTax>",
        "      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
        f"        <ram:LineTotalAmount>{basis:.2f}</ram:LineTotalAmount>",
        f"        <ram:TaxBasisTotalAmount>{basis:.2f}</ram:TaxBasisTotalAmount>",
        f"        <ram:TaxTotalAmount>{vat:.2f}</ram:TaxTotalAmount>",
        f"        <ram:GrandTotalAmount>{basis + vat:.2f}</ram:GrandTotalAmount>",
        "      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
        "    </ram:ApplicableHeaderTradeSettlement>",
    ]
    for i, (name, price, qty) in enumerate(items, 1):
        lines += [
            "    <ram:IncludedSupplyChainTradeLineItem>",
            "      <ram:AssociatedDocumentLineDocument>",
            f"        <ram:LineID>{i}</ram:LineID>",
            "      </ram:AssociatedDocumentLineDocument>",
            "      <ram:SpecifiedTradeProduct>",
            f"        <ram:Name>{_x(name)}</ram:Name>",
            "      </ram:SpecifiedTradeProduct>",
            "      <ram:SpecifiedLineTradeAgreement>",
            "        <ram:GrossPriceProductTradePrice>",
            f"          <ram:ChargeAmount>{price:.2f}</ram:ChargeAmount>",
            "        </ram:GrossPriceProductTradePrice>",
            "      </ram:SpecifiedLineTradeAgreement>",
            "      <ram:SpecifiedLineTradeDelivery>",
            f'        <ram:BilledQuantity unitCode="C62">{qty}</ram:BilledQuantity>',
            "      </ram:SpecifiedLineTradeDelivery>",
            "      <ram:SpecifiedLineTradeSettlement>",
            "        <ram:SpecifiedTradeSettlementLineMonetarySummation>",
            f"          <ram:NetLineTotalAmount>{price * qty:.2f}</ram:NetLineTotalAmount>",
            "        </ram:SpecifiedTradeSettlementLineMonetarySummation>",
            "      </ram:SpecifiedLineTradeSettlement>",
            "    </ram:IncludedSupplyChainTradeLineItem>",
        ]
    lines += ["  </rsm:SupplyChainTradeTransaction>", "</rsm:TaxInvoice_CrossIndustryInvoice>", ""]
    return "\n".join(lines)


def flowaccount_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A FlowAccount Open API ``POST /contacts`` body (the SDK's ``Contact`` model): the shop as
    a juristic vendor contact (``contactGroup`` 3, ``contactType`` 5), its Thai name and
    address, postcode, an invented tax id and branch code, the branch name, ``contactOffice``,
    ``contactMobile`` and ``contactFax`` where the shop has them, credit days and a note with
    the shop id and type."""
    doc: dict[str, Any] = {
        "contactGroup": 3,
        "contactType": 5,
        "contactName": SELLER,
        "contactAddress": address(row),
        "contactZipCode": parts(row)["postcode"],
        "contactTaxId": tax_id(rng),
        "contactBranchCode": f"{rng.randint(1, 9999):05d}",
        "contactBranch": _f(row, "name.th"),
        "contactPerson": "ผู้จัดการสาขา",
        "contactEmail": "",
    }
    if mobile(row):
        doc["contactMobile"] = mobile(row)
    if phone(row):
        doc["contactOffice"] = phone(row)
    if fax(row):
        doc["contactFax"] = fax(row)
    doc |= {
        "contactWebsite": "www.true.th",
        "contactCreditDays": rng.choice((0, 15, 30)),
        "contactNote": f"รหัสร้าน {_f(row, 'shop_id')} ({_f(row, 'type')}) จ.{_f(row, 'province')}",
    }
    return _json(doc)


def omise_charge(row: dict[str, Any], rng: random.Random) -> str:
    """An Omise Charges API charge object (``GET /charges/{id}``): an invented ``chrg_`` id,
    amount in satang, ``THB``, a PromptPay source, ``successful``, a description of the payment
    at the shop and ``metadata`` with the shop's id, Thai name, type, province, first line and
    mobile."""
    when = _when(rng)
    amount = rng.choice((29900, 39900, 59900, 69900, 10700, 32100))
    cid = f"chrg_test_{_token(rng, 19)}"
    metadata = {
        "shop_id": _f(row, "shop_id"),
        "shop_name": _f(row, "name.th"),
        "shop_type": _f(row, "type"),
        "province": _f(row, "province"),
        "shop_phone": primary(row),
    }
    if phone(row) and mobile(row):
        metadata["shop_mobile"] = mobile(row)
    doc = {
        "object": "charge",
        "id": cid,
        "location": f"/charges/{cid}",
        "amount": amount,
        "net": amount - round(amount * 0.0165),
        "fee": round(amount * 0.0165),
        "currency": "THB",
        "description": f"ชำระค่าบริการที่ {_f(row, 'name.th')}",
        "metadata": metadata,
        "status": "successful",
        "paid": True,
        "livemode": False,
        "source": {
            "object": "source",
            "id": f"src_test_{_token(rng, 19)}",
            "type": "promptpay",
            "flow": "offline",
            "amount": amount,
            "currency": "THB",
        },
        "transaction": f"trxn_test_{_token(rng, 19)}",
        "created_at": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
        "paid_at": f"{(when + dt.timedelta(minutes=1)).astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
    }
    return _json(doc)


def _sh(value: str) -> str:
    """``value`` in single quotes for the shell."""
    return "'" + value.replace("'", "'\\''") + "'"


def flash_notify(row: dict[str, Any], rng: random.Random) -> str:
    """A Flash Express Open API courier-pickup request (``POST /open/v1/notify``) written as a
    ``curl`` command: ``mchId``, ``nonceStr``, the shop as ``srcName`` with its first line as
    ``srcPhone``, ``srcProvinceName``, ``srcCityName``, ``srcDistrictName``, ``srcPostalCode``,
    ``srcDetailAddress``, ``estimateParcelNumber``, a ``remark`` giving the mobile (or the
    phone) for the courier, and an invented SHA-256 ``sign``."""
    p = parts(row)
    other = mobile(row) if phone(row) else ""
    remark = f"ติดต่อหน้าร้าน {other}" if other else "ส่งเครื่องซ่อมกลับศูนย์"
    params = [
        ("mchId", f"CA{rng.randint(1000, 9999)}"),
        ("nonceStr", _token(rng, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")),
        ("srcName", _f(row, "name.th")),
        ("srcPhone", primary(row)),
        ("srcProvinceName", p["province"]),
        ("srcCityName", p["district"]),
        ("srcDistrictName", p["subdistrict"]),
        ("srcPostalCode", p["postcode"]),
        ("srcDetailAddress", p["line"] or _f(row, "name.th")),
        ("estimateParcelNumber", str(rng.randint(1, 12))),
        ("remark", remark),
    ]
    sign = hashlib.sha256(repr(params).encode("utf-8")).hexdigest().upper()
    lines = [
        "#!/bin/sh",
        f"# Flash Express: เรียกพนักงานเข้ารับพัสดุ {_f(row, 'name.th')} (รหัสร้าน {_f(row, 'shop_id')})",
        "curl -sS -X POST 'https://open-api.flashexpress.com/open/v1/notify' \\",
        "  -H 'Accept-Language: th' \\",
        *(f"  --data-urlencode {_sh(f'{k}={v}')} \\" for k, v in params),
        f"  --data-urlencode 'sign={sign}'",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "etax_invoice": etax_invoice,
    "flowaccount_contact": flowaccount_contact,
    "omise_charge": omise_charge,
    "flash_notify": flash_notify,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its lines labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
