"""held_out_282 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of traditional markets, 전국전통시장표준데이터, provided by
the Small Enterprise and Market Service; Korea's earlier parts took other registers) exactly as
published, in layouts no earlier part has, beside the register's own names, addresses, goods,
coordinates and years.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres) and many others; here:

* the values are the ``전화번호`` (telephone) field of 400 traditional markets, a seeded sample
  of the first row of each distinct number (``scripts/data/pii_kr_traditional_markets.json``,
  written by ``scripts/kr_traditional_markets_data.py``; source and licence in that file):
  South Korean numbers as the file writes them, area code, exchange and line joined by hyphens
  (``033-661-9599``, ``02-3679-1400``, ``070-7722-1650``; ten with a four-digit exchange
  after a three-digit code as published, ``055-6672-1370``, ``031-0469-2660``), each copy
  labelled;
* the text around them is the same row's real fields: the market's name, kind, road and
  lot-number addresses, opening cycle, coordinates, number of shops, goods, web page, year of
  opening, reference date and the providing body's name and code, with invented products,
  prices, amounts, business registration numbers (ten digits), document keys, vendor ids,
  return-centre and shipping-place codes, postcodes, category ids and dates, unlabelled and
  scored;
* in layouts no earlier part has, Korean public-data, e-tax-invoice and marketplace formats,
  text in Korean: the Public Data Portal's standard-data OpenAPI responses of the register
  itself (``tn_pubr_public_trdit_mrkt_api``, XML: one ``item`` with the number as
  ``phoneNumber``), Popbill e-tax-invoice issue requests (a ``Taxinvoice`` JSON object: the
  market's merchants' association as the supplier, the number as ``invoicerTEL`` and in
  ``remark1``), Coupang Open API seller-product creation requests (``POST /v2/providers/
  seller_api/apis/api/v1/marketplace/seller-products``: the number as ``companyContactNumber``
  of the return centre and as ``afterServiceContactNumber``) and Naver Commerce API product
  registration requests (``POST /external/v2/products``: the number as ``afterServiceInfo``'s
  ``afterServiceTelephoneNumber`` and as the ``ETC`` notice's ``customerServicePhoneNumber``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_282.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_traditional_markets.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_282.jsonl.gz"
SPLIT = "held_out_282"

LAYOUTS = ("datagokr_xml", "popbill_taxinvoice", "coupang_product", "naver_product")
PHONE = "전화번호"
EDGES = {"phone": r"\d"}
KST = dt.timezone(dt.timedelta(hours=9))

# the register's columns and the standard-data OpenAPI's item elements, in the API's order
API_FIELDS = (
    ("mrktNm", "시장명"), ("mrktType", "시장유형"), ("rdnmadr", "소재지도로명주소"),
    ("lnmadr", "소재지지번주소"), ("mrktEstblCycle", "시장개설주기"), ("latitude", "위도"),
    ("longitude", "경도"), ("storNumber", "점포수"), ("trtmntPrdlst", "취급품목"),
    ("useGcct", "사용가능상품권"), ("homepageUrl", "홈페이지주소"),
    ("pblicToiletYn", "공중화장실보유여부"), ("prkplceYn", "주차장보유여부"),
    ("estblYear", "개설연도"), ("phoneNumber", "전화번호"), ("referenceDate", "데이터기준일자"),
    ("insttCode", "제공기관코드"), ("insttNm", "제공기관명"),
)  # fmt: skip
# invented products a market's merchants sell online, by the goods the register lists:
# (product name, price in won, origin, Naver leaf category id, Coupang display category code)
PRODUCTS = {
    "농산물": (("국내산 햅쌀 10kg", 32000, "국산"), ("햇고춧가루 1kg", 38000, "국산"),
              ("제철 사과 5kg 가정용", 35000, "국산")),
    "수산물": (("국산 마른오징어 10미", 52000, "국산"), ("손질 고등어 10팩", 29000, "국산"),
              ("국물용 멸치 1.5kg", 27000, "국산")),
    "축산물": (("한우 불고기용 600g", 39000, "국산"), ("국내산 돼지 앞다리살 1kg", 16000, "국산")),
    "가공식품": (("저온압착 참기름 350ml", 18000, "국산"), ("수제 손두부 2모", 9000, "국산"),
                ("시장 명물 떡갈비 1kg", 19800, "국산")),
    "의류": (("면 몸빼바지 2종 세트", 12000, "국산"), ("누빔 조끼", 25000, "국산")),
    "신발": (("고무신 남녀공용", 9000, "국산"), ("털 실내화", 11000, "국산")),
    "가정용품": (("스테인리스 찜솥 28cm", 25000, "국산"), ("대나무 채반 3종", 15000, "국산")),
    "음식점": (("시장 분식 밀키트 3인분", 15900, "국산"), ("전통 찹쌀순대 1kg", 13000, "국산")),
}  # fmt: skip
FALLBACK = (("전통시장 명절 선물세트", 30000, "국산"),)
# invented leaf category ids of the Naver Commerce API and display category codes of Coupang
NAVER_CATEGORIES = {
    "농산물": "50002001", "수산물": "50002051", "축산물": "50002101", "가공식품": "50002151",
    "의류": "50000830", "신발": "50000790", "가정용품": "50001200", "음식점": "50002201",
}  # fmt: skip
COUPANG_CATEGORIES = {
    "농산물": 59258, "수산물": 59301, "축산물": 59288, "가공식품": 58913,
    "의류": 69182, "신발": 69534, "가정용품": 78321, "음식점": 59345,
}  # fmt: skip
# invented services a market's merchants' association invoices: (item, spec, unit cost)
SERVICES = (
    ("공동마케팅 행사 부스 사용료", "1일", 150000),
    ("고객지원센터 회의실 대관료", "4시간", 80000),
    ("공영주차장 정기 이용료", "1개월", 60000),
    ("공동배송센터 이용료", "1개월", 120000),
    ("상인 교육장 대관료", "1회", 100000),
)  # fmt: skip
# invented buyers of those services
BUYERS = (
    "(주)한마음유통", "다온푸드 주식회사", "(주)새벽로지스", "누리문화기획", "(주)온새미마케팅",
    "바른이벤트", "(주)고을상사", "해든행사기획",
)  # fmt: skip
COURIERS = (("CJGLS", "CJ대한통운"), ("HANJIN", "한진택배"), ("EPOST", "우체국택배"))
AS_GUIDES = (
    "상품 문의와 교환·반품은 시장 상인회 사무실로 연락해 주세요.",
    "평일 09:00~18:00 상인회 사무실에서 상담해 드립니다.",
    "신선식품은 수령 후 24시간 이내에 사진과 함께 문의해 주세요.",
)  # fmt: skip
IMAGES = "https://shop-phinf.pstatic.net"  # Naver's product image host

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The market's telephone as published, stripped."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The market's name as the register writes it (``주문진종합시장``)."""
    return _f(row, "시장명")


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this register does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone field labelled (each copy
    stands apart: no digit next to it)."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between November 2024 and August 2025 (KST), on a one-minute step."""
    start = dt.datetime(2024, 11, 11, 8, 0, tzinfo=KST)
    return start + dt.timedelta(minutes=rng.randint(0, 270 * 1440))


def _key(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _address(row: dict[str, Any]) -> str:
    """The road address as published, or the lot-number address where it has none."""
    return _f(row, "소재지도로명주소") or _f(row, "소재지지번주소")


def _goods(row: dict[str, Any]) -> list[str]:
    """The goods the register lists (``농산물+수산물+음식점``), in its order."""
    return [g.strip() for g in _f(row, "취급품목").split("+") if g.strip()]


def _product(row: dict[str, Any], rng: random.Random) -> tuple[str, str, int, str]:
    """An invented product of the market: its kind of goods, name, price and origin."""
    kinds = [g for g in _goods(row) if g in PRODUCTS]
    if not kinds:
        product, price, origin = rng.choice(FALLBACK)
        return "가공식품", product, price, origin
    kind = rng.choice(kinds)
    product, price, origin = rng.choice(PRODUCTS[kind])
    return kind, product, price, origin


def _corp_num(rng: random.Random) -> str:
    """An invented ten-digit business registration number (no hyphens, as Popbill takes it)."""
    return f"{rng.randint(101, 899)}{rng.randint(81, 88)}{rng.randint(10000, 99999)}"


def _guide(kind: str, rng: random.Random) -> str:
    """An invented after-sales guide (the fresh-food one only for fresh food)."""
    fresh = kind in ("농산물", "수산물", "축산물", "가공식품", "음식점")
    return rng.choice(AS_GUIDES if fresh else AS_GUIDES[:2])


def _story(row: dict[str, Any], product: str) -> str:
    """An invented product description naming the market's year of opening, shops and kind."""
    year = _f(row, "개설연도")
    since = f"{year}년부터 이어온 " if year else ""
    return (
        f"{since}{name(row)}의 {product}입니다. 점포 {_f(row, '점포수')}곳이 함께하는 "
        f"{_f(row, '시장유형')} 시장에서 직접 보내 드립니다."
    )


def datagokr_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A response of the Public Data Portal's standard-data OpenAPI of traditional markets
    (``GET /openapi/tn_pubr_public_trdit_mrkt_api?mrktNm=...&type=xml``, XML on one line as
    the portal returns it): ``header`` with ``resultCode`` ``00``, ``body`` with one ``item``
    of the row's columns under the API's element names (the number as ``phoneNumber``), and
    the counts."""
    item = "".join(f"<{tag}>{escape(_f(row, column))}</{tag}>" for tag, column in API_FIELDS)
    rows_per_page = rng.choice((10, 100, 1000))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        "<response><header><resultCode>00</resultCode><resultMsg>NORMAL_SERVICE</resultMsg>"
        f"</header><body><items><item>{item}</item></items>"
        f"<numOfRows>{rows_per_page}</numOfRows><pageNo>1</pageNo><totalCount>1</totalCount>"
        "</body></response>\n"
    )


def popbill_taxinvoice(row: dict[str, Any], rng: random.Random) -> str:
    """A Popbill e-tax-invoice issue request (the ``Taxinvoice`` object its REST API takes,
    JSON on one line): the market's merchants' association as the supplier (an invented
    business registration number, its name, the representative masked ``○○○``, the address,
    the number as ``invoicerTEL``), an invented buyer, an invented service of the market
    with its amounts, and ``remark1`` naming the number."""
    when = _when(rng)
    item, spec, unit = rng.choice(SERVICES)
    qty = rng.randint(1, 4)
    supply = unit * qty
    tax = supply // 10
    buyer = rng.choice(BUYERS)
    doc = {
        "writeDate": f"{when:%Y%m%d}",
        "chargeDirection": "정과금",
        "issueType": "정발행",
        "purposeType": rng.choice(("영수", "청구")),
        "taxType": "과세",
        "invoicerCorpNum": _corp_num(rng),
        "invoicerTaxRegID": "",
        "invoicerCorpName": f"{name(row)} 상인회",
        "invoicerMgtKey": f"{when:%Y%m%d}-{rng.randint(1, 999):03d}",
        "invoicerCEOName": "○○○",
        "invoicerAddr": _address(row),
        "invoicerBizType": "서비스",
        "invoicerBizClass": "시장관리 및 임대",
        "invoicerContactName": "상인회 사무국",
        "invoicerTEL": phone(row),
        "invoicerSMSSendYN": False,
        "invoiceeType": "사업자",
        "invoiceeCorpNum": _corp_num(rng),
        "invoiceeCorpName": buyer,
        "invoiceeCEOName": "○○○",
        "supplyCostTotal": str(supply),
        "taxTotal": str(tax),
        "totalAmount": str(supply + tax),
        "remark1": f"{name(row)} {item} (문의 ☎ {phone(row)})",
        "detailList": [
            {
                "serialNum": 1,
                "purchaseDT": f"{when:%Y%m%d}",
                "itemName": item,
                "spec": spec,
                "qty": str(qty),
                "unitCost": str(unit),
                "supplyCost": str(supply),
                "tax": str(tax),
                "remark": "",
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def coupang_product(row: dict[str, Any], rng: random.Random) -> str:
    """A Coupang Open API seller-product creation request as sent (``POST /v2/providers/
    seller_api/apis/api/v1/marketplace/seller-products`` to ``api-gateway.coupang.com``, the
    HMAC authorization left as placeholders): a JSON body of an invented product of the
    market's online shop (its name, the display category, the delivery and return terms, the
    return centre with an invented code and postcode, the market's address and the number as
    ``companyContactNumber``, the number again as ``afterServiceContactNumber``, one item with
    its price, notices and a text description)."""
    when = _when(rng)
    kind, product, price, origin = _product(row, rng)
    vendor = f"A00{rng.randint(100000, 999999)}"
    courier, _ = rng.choice(COURIERS)
    full = f"{name(row)} {product}"
    body = {
        "displayCategoryCode": COUPANG_CATEGORIES[kind],
        "sellerProductName": full,
        "vendorId": vendor,
        "saleStartedAt": f"{when:%Y-%m-%dT%H:%M:%S}",
        "saleEndedAt": "2099-01-01T23:59:59",
        "displayProductName": full,
        "brand": name(row),
        "generalProductName": product,
        "deliveryMethod": "SEQUENCIAL",
        "deliveryCompanyCode": courier,
        "deliveryChargeType": "CONDITIONAL_FREE",
        "deliveryCharge": 3000,
        "freeShipOverAmount": 30000,
        "deliveryChargeOnReturn": 3000,
        "remoteAreaDeliverable": "N",
        "unionDeliveryType": "UNION_DELIVERY",
        "returnCenterCode": str(rng.randint(1000000000, 1999999999)),
        "returnChargeName": f"{name(row)} 반품센터",
        "companyContactNumber": phone(row),
        "returnZipCode": f"{rng.randint(1000, 63999):05d}",
        "returnAddress": _address(row),
        "returnAddressDetail": "상인회 사무실",
        "returnCharge": 3000,
        "outboundShippingPlaceCode": rng.randint(100000, 999999),
        "vendorUserId": f"market{rng.randint(100, 999)}",
        "requested": False,
        "afterServiceInformation": _guide(kind, rng),
        "afterServiceContactNumber": phone(row),
        "items": [
            {
                "itemName": product,
                "originalPrice": price + rng.choice((2000, 3000, 5000)),
                "salePrice": price,
                "maximumBuyCount": rng.choice((50, 100, 200)),
                "maximumBuyForPerson": 0,
                "maximumBuyForPersonPeriod": 1,
                "outboundShippingTimeDay": rng.randint(1, 3),
                "unitCount": 1,
                "adultOnly": "EVERYONE",
                "taxType": "FREE" if kind in ("농산물", "수산물", "축산물") else "TAX",
                "parallelImported": "NOT_PARALLEL_IMPORTED",
                "overseasPurchased": "NOT_OVERSEAS_PURCHASED",
                "pccNeeded": False,
                "externalVendorSku": f"{vendor}-{rng.randint(1, 9999):04d}",
                "emptyBarcode": True,
                "emptyBarcodeReason": "전통시장 자체 생산 상품",
                "notices": [
                    {"noticeCategoryName": "기타 재화", "noticeCategoryDetailName": detail,
                     "content": content}
                    for detail, content in (("품명 및 모델명", product), ("제조국(원산지)", origin),
                                            ("제조자(수입자)", f"{name(row)} 상인"))
                ],
                "contents": [
                    {"contentsType": "TEXT", "contentDetails": [
                        {"content": _story(row, product), "detailType": "TEXT"},
                    ]},
                ],
                "offerCondition": "NEW",
            }
        ],
        "requiredDocuments": [],
        "manufacture": f"{name(row)} 상인",
    }  # fmt: skip
    payload = json.dumps(body, ensure_ascii=False, indent=2)
    path = "/v2/providers/seller_api/apis/api/v1/marketplace/seller-products"
    signed = when.astimezone(dt.UTC)
    head = [
        f"POST {path} HTTP/1.1",
        "Host: api-gateway.coupang.com",
        "Authorization: CEA algorithm=HmacSHA256, access-key={ACCESS_KEY}, "
        f"signed-date={signed:%y%m%dT%H%M%SZ}, signature={{SIGNATURE}}",
        f"X-Requested-By: {vendor}",
        "Content-Type: application/json;charset=UTF-8",
        f"Content-Length: {len(payload.encode('utf-8'))}",
        "",
    ]
    return "\r\n".join(head) + "\r\n" + payload + "\n"


def naver_product(row: dict[str, Any], rng: random.Random) -> str:
    """A Naver Commerce API product registration request body (``POST /external/v2/products``,
    JSON indented by two): ``originProduct`` with an invented product of the market (status,
    leaf category, name, an HTML ``detailContent`` with the address and opening cycle, an
    invented image, price, stock, delivery terms) and its ``detailAttribute``: the number as
    ``afterServiceInfo``'s ``afterServiceTelephoneNumber``, the origin, and an ``ETC``
    product-information notice with the number as ``customerServicePhoneNumber``; and
    ``smartstoreChannelProduct``."""
    kind, product, price, origin = _product(row, rng)
    courier, _ = rng.choice(COURIERS)
    cycle = _f(row, "시장개설주기")
    detail = [
        f"<h2>{escape(name(row))} {escape(product)}</h2>",
        f"<p>{escape(name(row))} 상인이 직접 골라 보내 드립니다.</p>",
        f"<p>시장 위치: {escape(_address(row))}</p>",
    ]
    if cycle:
        detail.append(f"<p>장날: {escape(cycle)}</p>")
    image = f"{IMAGES}/{when_path(rng)}/{_key(rng, 20)}.jpg"
    body = {
        "originProduct": {
            "statusType": "SALE",
            "saleType": "NEW",
            "leafCategoryId": NAVER_CATEGORIES[kind],
            "name": f"[{name(row)}] {product}",
            "detailContent": "".join(detail),
            "images": {"representativeImage": {"url": image}},
            "salePrice": price,
            "stockQuantity": rng.choice((30, 50, 100, 200)),
            "deliveryInfo": {
                "deliveryType": "DELIVERY",
                "deliveryAttributeType": "NORMAL",
                "deliveryCompany": courier,
                "deliveryFee": {
                    "deliveryFeeType": "CONDITIONAL_FREE",
                    "baseFee": 3000,
                    "freeConditionalAmount": 30000,
                    "deliveryFeePayType": "PREPAID",
                },
                "claimDeliveryInfo": {"returnDeliveryFee": 3000, "exchangeDeliveryFee": 6000},
            },
            "detailAttribute": {
                "afterServiceInfo": {
                    "afterServiceTelephoneNumber": phone(row),
                    "afterServiceGuideContent": _guide(kind, rng),
                },
                "originAreaInfo": {"originAreaCode": "00", "content": origin},
                "minorPurchasable": True,
                "productInfoProvidedNotice": {
                    "productInfoProvidedNoticeType": "ETC",
                    "etc": {
                        "returnCostReason": "전자상거래법에 따른 반품 배송비 구매자 부담",
                        "noRefundReason": "신선식품 등 재판매가 어려운 상품은 반품이 제한됩니다.",
                        "qualityAssuranceStandard": "공정거래위원회 소비자분쟁해결기준에 따름",
                        "compensationProcedure": "상인회 사무실로 연락 주시면 안내해 드립니다.",
                        "troubleShootingContents": "소비자분쟁해결기준에 따라 처리합니다.",
                        "itemName": product,
                        "modelName": "상세페이지 참조",
                        "manufacturer": f"{name(row)} 상인",
                        "customerServicePhoneNumber": phone(row),
                    },
                },
            },
        },
        "smartstoreChannelProduct": {
            "naverShoppingRegistration": True,
            "channelProductDisplayStatusType": "ON",
        },
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def when_path(rng: random.Random) -> str:
    """An invented dated folder of Naver's image host (``20250314_12``)."""
    day = _when(rng)
    return f"{day:%Y%m%d}_{rng.randint(1, 300)}"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "datagokr_xml": datagokr_xml,
    "popbill_taxinvoice": popbill_taxinvoice,
    "coupang_product": coupang_product,
    "naver_product": naver_product,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone field
    labelled."""
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
