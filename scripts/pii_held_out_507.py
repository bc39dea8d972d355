"""held_out_507 of the PII evaluation set: real phone fields of a register no earlier part used
(the Seoul Metropolitan Government's licensing data of 단란주점, karaoke bars, 서울시
단란주점영업 인허가 정보; Korea's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the register's own names, licence numbers, district codes,
dates and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals, parking lots, car rental businesses, campsites, performances and events,
tourist information centres, Seoul Metro's stations, 119 safety centres, Seoul's hospitals,
women's safe houses, large stores, entertainment bars and cinemas) and many others; here:

* the values are the ``전화번호`` (telephone) field of 400 open karaoke bars of Seoul, a seeded
  sample of one bar of each distinct number of the kept shape, none an earlier Korean part's
  (``scripts/data/pii_kr_seoul_danran_bars.json``, written by
  ``scripts/kr_seoul_danran_bars_data.py``; source and licence in that file): South Korean
  numbers as the district offices typed them (``02 8775827``, ``222976540``,
  ``02  745 3406``, ``02435 7715``); each copy labelled;
* the text around them is the same row's real fields: the bar's name, licence (management)
  number, licence date, district office code, road (or lot-number) address and postcode, with
  invented licence numbers, business registration numbers, representatives, order ids,
  amounts, time stamps and hashes, unlabelled and scored;
* in four Korean layouts no earlier part has: responses of the Ministry of Food and Drug
  Safety's Food Safety Korea open API (식품안전나라 ``I2500``, JSON on one line, the number as
  ``TELNO``), shop-edit pages using the Daum (Kakao) Postcode service (HTML: the number as the
  ``tel`` input's value, ``new daum.Postcode({oncomplete: ...}).open()``), KG Inicis standard
  payment pages (INIStdPay HTML form of the public test ``mid`` ``INIpayTest``, the bar as
  buyer, the number as ``buyertel``, ``signature``, ``verification`` and ``mKey`` as SHA-256
  hex as the form computes them) and Barobill e-tax-invoice SOAP requests
  (``RegistTaxInvoice`` of ``http://ws.baroservice.com/``: an invented liquor wholesaler's
  invoice to the bar, the number as the invoicee's ``TEL``). The search tools' budget was
  spent before these formats could be looked up: their fields are written from this
  session's knowledge of their public documentation, not re-read.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_507.py   # rewrites the committed file
"""

from __future__ import annotations

import hashlib
import html
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record
from pii_held_out_421 import (  # the same LOCALDATA columns, read the same way
    _f,
    _moment,
    _parts,
    international,
    name,
    office,
    phone,
    postcode,
)

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_seoul_danran_bars.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_507.jsonl.gz"
SPLIT = "held_out_507"

LAYOUTS = ("foodsafety_i2500_json", "daum_postcode_html", "inicis_stdpay_html",
           "barobill_taxinvoice_soap")  # fmt: skip
PHONE = "전화번호"
EDGES = {"phone": r"\d"}
# invented representatives (the register names none)
OWNERS = ("김영수", "이정희", "박성호", "최미경", "정동훈", "강은주", "조현우", "윤서연", "장민철",
          "임지현")  # fmt: skip
# the public test merchant of KG Inicis's standard payment and its published sign key
MID = "INIpayTest"
SIGN_KEY = "SU5JTElURV9UUklQTEVERVNfS0VZU1RS"
GOODS = (("반주기 신곡 업데이트 12개월 이용권", 132000),
         ("노래방 마이크 무선 세트", 289000),
         ("매장 음향 점검 서비스", 88000),
         ("반주기 신곡 업데이트 6개월 이용권", 72000))  # fmt: skip
DRINKS = (("맥주 500ml 20병", 38000), ("소주 360ml 20병", 29000), ("양주 700ml", 64000),
          ("음료 1.5L 12병", 21000), ("생수 500ml 20병", 9000))  # fmt: skip

data, by_locale = register_rows(ROWS)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled under its column;
    each copy stands apart: no digit next to it."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def licence(row: dict[str, Any]) -> str:
    """The bar's licence (management) number as published (``3030000-103-1993-01105``)."""
    return _f(row, "관리번호")


def licensed(row: dict[str, Any]) -> str:
    """The licence date as published (``1993-11-04``)."""
    return _f(row, "인허가일자")


def road(row: dict[str, Any]) -> str:
    """The road address as published ("" where the row has none)."""
    return _f(row, "도로명주소")


def lot(row: dict[str, Any]) -> str:
    """The lot-number address as published ("" where the row has none)."""
    return _f(row, "지번주소")


def business_number(rng: random.Random) -> str:
    """An invented ten-digit business registration number with a valid check digit."""
    head = [rng.randint(1, 9), *(rng.randint(0, 9) for _ in range(8))]
    weights = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    total = sum(d * w for d, w in zip(head, weights, strict=True)) + head[8] * 5 // 10
    return "".join(map(str, head)) + str((10 - total % 10) % 10)


def foodsafety_i2500_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Food Safety Korea open API response (``/api/{key}/I2500/json/1/1``, JSON on one line):
    ``I2500`` with ``total_count``, one ``row`` of the licence (an invented eleven-digit
    ``LCNS_NO`` of the licence year, 단란주점영업, the name, an invented representative, the
    number as ``TELNO``, the licence date as ``PRMS_DT``, the address) and ``RESULT``
    ``INFO-000``."""
    year = (licensed(row) or "2005")[:4]
    item = {
        "LCNS_NO": f"{year}{rng.randint(0, 9999999):07d}",
        "INDUTY_CD_NM": "단란주점영업",
        "BSSH_NM": name(row),
        "PRSDNT_NM": rng.choice(OWNERS),
        "TELNO": phone(row),
        "PRMS_DT": licensed(row).replace("-", ""),
        "ADDR": road(row) or lot(row),
    }
    body = {"I2500": {"total_count": "1", "row": [item],
                      "RESULT": {"MSG": "정상처리되었습니다.", "CODE": "INFO-000"}}}  # fmt: skip
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


DAUM = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>업소 정보 수정 - {title}</title>
<script src="//t1.daumcdn.net/mapjsapi/bundle/postcode/prod/postcode.v2.js"></script>
</head>
<body>
<h1>업소 정보 수정</h1>
<form id="shopForm" method="post" action="/partner/shops/{shop}">
  <input type="hidden" name="licenseNo" value="{licence}">
  <input type="hidden" name="orgCode" value="{office}">
  <p><label for="shopName">업소명</label>
    <input type="text" id="shopName" name="shopName" value="{name}"></p>
  <p><label for="category">업종</label>
    <input type="text" id="category" name="category" value="단란주점" readonly></p>
  <p><label for="tel">전화번호</label>
    <input type="tel" id="tel" name="tel" value="{tel}"></p>
  <p><label for="zonecode">우편번호</label>
    <input type="text" id="zonecode" name="zonecode" value="{zonecode}" readonly>
    <button type="button" onclick="execDaumPostcode()">우편번호 찾기</button></p>
  <p><input type="text" id="roadAddress" name="roadAddress" value="{road}"
    placeholder="도로명주소" readonly></p>
  <p><input type="text" id="jibunAddress" name="jibunAddress" value="{jibun}"
    placeholder="지번주소" readonly></p>
  <p><input type="text" id="detailAddress" name="detailAddress" value="{detail}"
    placeholder="상세주소"></p>
  <p><button type="submit">저장</button></p>
</form>
<script>
  function execDaumPostcode() {{
    new daum.Postcode({{
      oncomplete: function (data) {{
        document.getElementById("zonecode").value = data.zonecode;
        document.getElementById("roadAddress").value = data.roadAddress;
        document.getElementById("jibunAddress").value = data.jibunAddress;
        document.getElementById("detailAddress").value = "";
        document.getElementById("detailAddress").focus();
      }}
    }}).open();
  }}
</script>
</body>
</html>
"""


def daum_postcode_html(row: dict[str, Any], rng: random.Random) -> str:
    """A partner site's shop-edit page (HTML) using the Daum (Kakao) Postcode service: the
    ``postcode.v2.js`` script, a form of the bar's licence number and district office code
    (hidden), name, kind, the number as the ``tel`` input's value, the postcode as
    ``zonecode``, the road and lot-number addresses and the rest of the address, and
    ``new daum.Postcode({oncomplete: ...}).open()`` filling them; an invented shop id."""
    p = _parts(row)
    esc = html.escape
    line = p["line"] if road(row) else ""
    return DAUM.format(
        title=esc(name(row)), shop=rng.randint(10000, 99999), licence=esc(licence(row)),
        office=esc(office(row)), name=esc(name(row)), tel=esc(phone(row)),
        zonecode=esc(postcode(row)), road=esc(line), jibun=esc(lot(row)),
        detail=esc(p["rest"] if road(row) else ""),
    )  # fmt: skip


INICIS = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>결제하기</title>
<script language="javascript" type="text/javascript"
  src="https://stgstdpay.inicis.com/stdjs/INIStdPay.js" charset="UTF-8"></script>
<script type="text/javascript">
  function paybtn() {{
    INIStdPay.pay("SendPayForm_id");
  }}
</script>
</head>
<body>
<!-- {name} 주문 {oid} -->
<form id="SendPayForm_id" name="SendPayForm" method="POST">
  <input type="hidden" name="version" value="1.0">
  <input type="hidden" name="gopaymethod" value="Card:DirectBank:VBank">
  <input type="hidden" name="mid" value="{mid}">
  <input type="hidden" name="oid" value="{oid}">
  <input type="hidden" name="price" value="{price}">
  <input type="hidden" name="timestamp" value="{timestamp}">
  <input type="hidden" name="use_chkfake" value="Y">
  <input type="hidden" name="signature" value="{signature}">
  <input type="hidden" name="verification" value="{verification}">
  <input type="hidden" name="mKey" value="{mkey}">
  <input type="hidden" name="currency" value="WON">
  <input type="hidden" name="goodname" value="{goodname}">
  <input type="hidden" name="buyername" value="{buyer}">
  <input type="hidden" name="buyertel" value="{tel}">
  <input type="hidden" name="buyeremail" value="">
  <input type="hidden" name="returnUrl" value="https://shop.example.co.kr/inicis/return">
  <input type="hidden" name="closeUrl" value="https://shop.example.co.kr/inicis/close">
  <input type="hidden" name="acceptmethod" value="HPP(1):below1000:va_receipt:centerCd(Y)">
</form>
<button type="button" onclick="paybtn()">결제요청</button>
</body>
</html>
"""


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def inicis_stdpay_html(row: dict[str, Any], rng: random.Random) -> str:
    """A KG Inicis standard payment page (INIStdPay, HTML): ``INIStdPay.js`` of the test
    server, the ``SendPayForm_id`` form of the public test ``mid`` with an invented order of
    an invented karaoke supplies shop, the bar's name as ``buyername`` and its number as
    ``buyertel`` (``buyeremail`` empty), the millisecond ``timestamp``, ``signature``,
    ``verification`` and ``mKey`` as SHA-256 hex of the form's fields as the payment guide
    computes them."""
    moment = _moment(rng)
    timestamp = str(int(moment.timestamp() * 1000))
    oid = f"{MID}_{timestamp}"
    goodname, price = rng.choice(GOODS)
    signature = _sha256(f"oid={oid}&price={price}&timestamp={timestamp}")
    verification = _sha256(f"oid={oid}&price={price}&signKey={SIGN_KEY}&timestamp={timestamp}")
    esc = html.escape
    return INICIS.format(
        name=esc(name(row)).replace("--", "- -"), oid=oid, mid=MID, price=price,
        timestamp=timestamp, signature=signature, verification=verification,
        mkey=_sha256(SIGN_KEY), goodname=esc(goodname), buyer=esc(name(row)),
        tel=esc(phone(row)),
    )  # fmt: skip


BAROBILL = """<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema"
  xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <RegistTaxInvoice xmlns="http://ws.baroservice.com/">
      <CERTKEY>{certkey}</CERTKEY>
      <CorpNum>{seller_no}</CorpNum>
      <Invoice>
        <IssueDirection>1</IssueDirection>
        <TaxInvoiceType>1</TaxInvoiceType>
        <ModifyCode></ModifyCode>
        <TaxType>1</TaxType>
        <TaxCalcType>1</TaxCalcType>
        <PurposeType>1</PurposeType>
        <WriteDate>{written}</WriteDate>
        <AmountTotal>{amount}</AmountTotal>
        <TaxTotal>{tax}</TaxTotal>
        <TotalAmount>{total}</TotalAmount>
        <Cash>{total}</Cash>
        <ChkBill></ChkBill>
        <Note></Note>
        <Credit></Credit>
        <Remark1>인허가 {licence}</Remark1>
        <Remark2></Remark2>
        <Remark3></Remark3>
        <Kwon></Kwon>
        <Ho></Ho>
        <SerialNum></SerialNum>
        <InvoicerParty>
          <MgtNum>{mgt}</MgtNum>
          <CorpNum>{seller_no}</CorpNum>
          <TaxRegID></TaxRegID>
          <CorpName>{seller}</CorpName>
          <CEOName>{seller_ceo}</CEOName>
          <Addr>{seller_addr}</Addr>
          <BizType>도매 및 소매업</BizType>
          <BizClass>주류 도매</BizClass>
          <ContactID>{contact}</ContactID>
          <ContactName>영업팀</ContactName>
          <TEL></TEL>
          <HP></HP>
          <Email></Email>
        </InvoicerParty>
        <InvoiceeParty>
          <MgtNum></MgtNum>
          <CorpNum>{buyer_no}</CorpNum>
          <TaxRegID></TaxRegID>
          <CorpName>{buyer}</CorpName>
          <CEOName>{buyer_ceo}</CEOName>
          <Addr>{buyer_addr}</Addr>
          <BizType>숙박 및 음식점업</BizType>
          <BizClass>단란주점</BizClass>
          <ContactID></ContactID>
          <ContactName>{buyer_ceo}</ContactName>
          <TEL>{tel}</TEL>
          <HP></HP>
          <Email></Email>
        </InvoiceeParty>
        <TaxInvoiceTradeLineItems>
{items}
        </TaxInvoiceTradeLineItems>
      </Invoice>
      <SendSMS>false</SendSMS>
      <ForceIssue>false</ForceIssue>
      <MailTitle></MailTitle>
    </RegistTaxInvoice>
  </soap:Body>
</soap:Envelope>
"""
ITEM = """          <TaxInvoiceTradeLineItem>
            <PurchaseExpiry>{day}</PurchaseExpiry>
            <Name>{name}</Name>
            <Information></Information>
            <ChargeableUnit>{qty}</ChargeableUnit>
            <UnitPrice>{unit}</UnitPrice>
            <Amount>{amount}</Amount>
            <Tax>{tax}</Tax>
            <Description></Description>
          </TaxInvoiceTradeLineItem>"""
SELLERS = (("한빛주류(주)", "서울특별시 성동구 성수이로 51"),
           ("대성상사", "서울특별시 중랑구 망우로 190"),
           ("서울종합주류(주)", "서울특별시 구로구 경인로 43"),
           ("동부주류유통", "서울특별시 송파구 백제고분로 28"))  # fmt: skip


def barobill_taxinvoice_soap(row: dict[str, Any], rng: random.Random) -> str:
    """A Barobill e-tax-invoice SOAP 1.1 request (``RegistTaxInvoice`` of
    ``http://ws.baroservice.com/``, XML with two-space indents): an invented liquor
    wholesaler's ``InvoicerParty`` (its number and e-mail left empty), the bar as
    ``InvoiceeParty`` (an invented business registration number and representative, its name,
    address, 단란주점, the number as ``TEL``), one to three invented line items and their
    totals, the licence number in ``Remark1``, an invented certificate key and management
    number."""
    moment = _moment(rng)
    seller, seller_addr = rng.choice(SELLERS)
    lines, amount, tax = [], 0, 0
    for drink, unit in rng.sample(DRINKS, rng.randint(1, 3)):
        qty = rng.randint(1, 6)
        value = unit * qty
        lines.append(ITEM.format(day=moment.strftime("%Y%m%d"), name=escape(drink), qty=qty,
                                 unit=unit, amount=value, tax=value // 10))  # fmt: skip
        amount, tax = amount + value, tax + value // 10
    certkey = (
        "".join(rng.choice("0123456789ABCDEF") for _ in range(8))
        + "-"
        + "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(k)) for k in (4, 4, 4, 12))
    )
    return BAROBILL.format(
        certkey=certkey, seller_no=business_number(rng), written=moment.strftime("%Y%m%d"),
        amount=amount, tax=tax, total=amount + tax, licence=escape(licence(row)),
        mgt=f"TI{moment.strftime('%y%m%d')}-{rng.randint(1, 9999):04d}", seller=escape(seller),
        seller_ceo=rng.choice(OWNERS), seller_addr=escape(seller_addr),
        contact=f"sales{rng.randint(1, 9)}", buyer_no=business_number(rng),
        buyer=escape(name(row)), buyer_ceo=rng.choice(OWNERS),
        buyer_addr=escape(road(row) or lot(row)), tel=escape(phone(row)),
        items="\n".join(lines),
    )  # fmt: skip


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "foodsafety_i2500_json": foodsafety_i2500_json,
    "daum_postcode_html": daum_postcode_html,
    "inicis_stdpay_html": inicis_stdpay_html,
    "barobill_taxinvoice_soap": barobill_taxinvoice_soap,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
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
