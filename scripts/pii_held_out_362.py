"""held_out_362 of the PII evaluation set: real phone fields of a register no earlier part used
(the National Fire Agency's list of the country's 119 safety centres, 소방청_119안전센터 현황;
Korea's earlier parts took other registers) exactly as published, in layouts no earlier part
has, beside the register's own headquarters, fire stations, centres' names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals, parking lots, car rental businesses, campsites, performances and events,
tourist information centres, Seoul Metro's stations) and many others; here:

* the values are the ``전화번호`` (telephone) and ``팩스번호`` (fax) fields of 400 119 safety
  centres, the first row of each distinct telephone of the kept shape, none of whose numbers an
  earlier Korean part's data holds (``scripts/data/pii_kr_nfa_safety_centres.json``, written by
  ``scripts/kr_nfa_safety_centres_data.py``; source and licence in that file): South Korean
  numbers as the agency typed them, the area code, exchange and line joined by hyphens
  (``02-6981-7593``, ``031-8053-6551``); the fax written where it is one number joined by
  hyphens (``050-2671-0119`` and ``070-4001-6460`` too; three rows have none and one a number a
  digit short, ``064-780-919``, which no document writes); each copy labelled, a fax that
  repeats the telephone under ``전화번호``;
* the text around them is the same row's real fields: the headquarters, fire station, centre
  and address, with invented business numbers, order and shipping codes, amounts, postcodes,
  serial numbers, dates and times, unlabelled and scored;
* in layouts no earlier part has, of a Korean ERP, a Korean shop platform, a Korean payment
  gateway and a wallet pass, text in Korean: ECOUNT ERP OpenAPI customer registration requests
  (``AccountBasic/SaveBasicCust``: ``CustList`` of one ``BulkDatas`` with ``BUSINESS_NO``,
  ``CUST_NAME``, ``TEL``, ``FAX``, ``ADDR`` and the rest), Cafe24 Admin API order recipient
  responses (``GET /api/v2/admin/orders/{order_id}/receivers``: one ``receivers`` item with the
  centre as ``name``, the number as ``phone`` and in ``shipping_message``, the address, an
  invented ``zipcode`` and ``shipping_code``), PortOne (iamport) payment-window scripts (an HTML
  page calling ``IMP.init`` and ``IMP.request_pay`` with an invented ``merchant_uid``, item
  and amount and the centre as buyer: ``buyer_name``, ``buyer_tel``, ``buyer_addr``,
  ``buyer_postcode``) and Apple Wallet ``pass.json`` event tickets (PassKit: a fire-safety
  class at the centre, ``eventTicket`` fields, the number in ``backFields`` with
  ``PKDataDetectorTypePhoneNumber`` and in a note, the fax in its own back field, a QR
  barcode).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_362.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_nfa_safety_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_362.jsonl.gz"
SPLIT = "held_out_362"

LAYOUTS = ("ecount_cust_json", "cafe24_receivers_json", "portone_request_pay_html",
           "passkit_event_pass_json")  # fmt: skip
PHONE = "전화번호"
FAX = "팩스번호"
EDGES = {"phone": r"\d", "fax": r"\d"}
# one number joined by hyphens, which a written fax must be (an area code, ``050`` or ``070``)
FAX_SHAPE = re.compile(r"0\d{1,3}-\d{3,4}-\d{4}")
# things a centre buys: (item, unit price in won)
ITEMS = (
    ("분말소화기 ABC 3.3kg", 28_000), ("투척용 소화기 4개입 세트", 46_000),
    ("소방호스 40mm 15m", 72_000), ("방화복 세탁 세제 18L", 54_000),
    ("심폐소생술 교육용 마네킹", 185_000), ("AED 교육용 트레이너", 230_000),
    ("구조용 로프 11mm 50m", 168_000), ("LED 경광봉", 12_500), ("안전모 턱끈 세트", 9_800),
    ("주택용 단독경보형 감지기", 11_000),
)  # fmt: skip
# the fire-safety classes a pass admits to
CLASSES = ("심폐소생술 실습 교육", "소화기 사용법 체험", "어린이 소방안전 체험교실",
           "주택화재 대피 훈련", "노인 대상 생활안전 교육", "119 구급 응급처치 교육")  # fmt: skip
MESSAGES = ("평일 09:00~18:00 수령 가능합니다. 부재 시 {0}(으)로 연락 바랍니다.",
            "센터 사무실로 배송해 주세요. 도착 전 {0} 연락 부탁드립니다.",
            "출동 중 부재 시 {0}(으)로 전화 주시고 차고 옆에 놓아 주세요.")  # fmt: skip

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The centre's telephone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The centre's fax as published where it is one number joined by hyphens ("" where the
    row has none, or one number a digit short, which no document writes)."""
    value = _f(row, FAX)
    return value if FAX_SHAPE.fullmatch(value) else ""


def name(row: dict[str, Any]) -> str:
    """The centre's name as published (``개포119안전센터``)."""
    return _f(row, "119안전센터명")


def station(row: dict[str, Any]) -> str:
    """The fire station's name as published (``강남소방서``)."""
    return _f(row, "소방서명")


def headquarters(row: dict[str, Any]) -> str:
    """The provincial fire headquarters as published (``서울특별시``, ``경기북부``)."""
    return _f(row, "시도본부")


def address(row: dict[str, Any]) -> str:
    """The address as published."""
    return _f(row, "주소")


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this register does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and fax labelled under its
    column (a fax that repeats the telephone is the telephone's); each copy stands apart: no
    digit next to it."""
    tel, fx = phone(row), fax(row)
    values = [("phone", tel), ("fax", "" if fx == tel else fx)]
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"])


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _postcode(rng: random.Random) -> str:
    """An invented five-digit postcode (the register gives none)."""
    return f"{rng.randint(1, 63):02d}{rng.randint(0, 999):03d}"


def _day(rng: random.Random) -> tuple[int, int, int]:
    return 2025, rng.randint(1, 12), rng.randint(1, 28)


def ecount_cust_json(row: dict[str, Any], rng: random.Random) -> str:
    """An ECOUNT ERP OpenAPI customer registration request body (``POST
    /OAPI/V2/AccountBasic/SaveBasicCust?SESSION_ID=...``, JSON indented by two): ``CustList``
    of one ``BulkDatas`` with an invented ten-digit business number as ``BUSINESS_NO``, the
    station and centre as ``CUST_NAME``, the number as ``TEL``, the fax as ``FAX``, the address
    as ``ADDR``, ``G_GUBUN`` ``01``, ``GUBUN`` ``11`` and the headquarters in ``REMARKS``."""
    bulk = {
        "BUSINESS_NO": f"{rng.randint(100, 899)}{rng.choice(('83', '82'))}{_digits(rng, 5)}",
        "CUST_NAME": f"{station(row)} {name(row)}",
        "BOSS_NAME": "",
        "UPTAE": "공공행정",
        "JONGMOK": "소방",
        "TEL": phone(row),
        "EMAIL": "",
        "POST_NO": "",
        "ADDR": address(row),
        "G_GUBUN": "01",
        "G_BUSINESS_TYPE": "1",
        "FAX": fax(row),
        "HP_NO": "",
        "REMARKS_WIN": name(row).replace("119안전센터", ""),
        "GUBUN": "11",
        "FOREIGN_FLAG": "N",
        "CUST_GROUP1": f"F{rng.randint(1, 19):02d}",
        "REMARKS": f"{headquarters(row)} 소방본부 {station(row)} 관할, 소모품 납품처",
        "OUTORDER_YN": "Y",
    }
    return json.dumps({"CustList": [{"BulkDatas": bulk}]}, ensure_ascii=False, indent=2) + "\n"


def cafe24_receivers_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Cafe24 Admin API order recipients response (``GET
    /api/v2/admin/orders/{order_id}/receivers``, JSON indented by four): one ``receivers``
    item with the centre as ``name``, the number as ``phone`` and in ``shipping_message``, no
    cellphone, an invented ``zipcode``, the address as ``address1`` and ``address_full``, the
    office as ``address2`` and an invented ``shipping_code``."""
    y, m, d = _day(rng)
    office = "센터 사무실"
    receiver = {
        "shop_no": 1,
        "name": f"{station(row)} {name(row)}",
        "name_furigana": "",
        "phone": phone(row),
        "cellphone": "",
        "virtual_phone_no": None,
        "zipcode": _postcode(rng),
        "address1": address(row),
        "address2": office,
        "address_state": "",
        "address_city": "",
        "address_street": "",
        "address_full": f"{address(row)} {office}",
        "name_en": "",
        "city_en": None,
        "state_en": None,
        "street_en": None,
        "country_code": "",
        "country_name": None,
        "country_name_en": None,
        "shipping_message": rng.choice(MESSAGES).format(phone(row)),
        "clearance_information_type": None,
        "clearance_information": None,
        "wished_delivery_date": "",
        "wished_delivery_time": None,
        "shipping_code": f"D-{y}{m:02d}{d:02d}-{rng.randint(1, 9_999_999):07d}-00",
    }
    return json.dumps({"receivers": [receiver]}, ensure_ascii=False, indent=4) + "\n"


def portone_request_pay_html(row: dict[str, Any], rng: random.Random) -> str:
    """A PortOne (iamport) payment page (HTML: the v1 SDK ``iamport.payment-1.2.0.js``,
    ``IMP.init`` with an invented merchant code and ``IMP.request_pay`` with ``pg``,
    ``pay_method``, an invented ``merchant_uid``, an item and amount, no e-mail, the centre as
    ``buyer_name``, the number as ``buyer_tel``, the address as ``buyer_addr`` and an invented
    ``buyer_postcode``; a callback that reports ``imp_uid``)."""
    y, m, d = _day(rng)
    item, price = rng.choice(ITEMS)
    count = rng.randint(1, 6)
    pay = rng.choice(("card", "trans", "vbank"))
    uid = f"ORD{y}{m:02d}{d:02d}-{rng.randint(1, 9_999_999):07d}"
    goods = item if count == 1 else f"{item} 외 {count - 1}건"

    def js(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)

    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="ko">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{station(row)} 물품 결제</title>",
        '  <script src="https://cdn.iamport.kr/js/iamport.payment-1.2.0.js"></script>',
        "</head>",
        "<body>",
        '  <button type="button" onclick="requestPay()">결제하기</button>',
        "  <script>",
        "    var IMP = window.IMP;",
        f'    IMP.init("imp{_digits(rng, 8)}");',
        "    function requestPay() {",
        "      IMP.request_pay({",
        '        pg: "html5_inicis",',
        f"        pay_method: {js(pay)},",
        f"        merchant_uid: {js(uid)},",
        f"        name: {js(goods)},",
        f"        amount: {price * count},",
        '        buyer_email: "",',
        f"        buyer_name: {js(f'{station(row)} {name(row)}')},",
        f"        buyer_tel: {js(phone(row))},",
        f"        buyer_addr: {js(address(row))},",
        f"        buyer_postcode: {js(_postcode(rng))}",
        "      }, function (rsp) {",
        "        if (rsp.success) {",
        '          alert("결제가 완료되었습니다. 고유ID: " + rsp.imp_uid);',
        "        } else {",
        '          alert("결제에 실패하였습니다. " + rsp.error_msg);',
        "        }",
        "      });",
        "    }",
        "  </script>",
        "</body>",
        "</html>",
    ]) + "\n"  # fmt: skip


def passkit_event_pass_json(row: dict[str, Any], rng: random.Random) -> str:
    """An Apple Wallet ``pass.json`` (PassKit, ``formatVersion`` 1, JSON indented by two): an
    event ticket of a fire-safety class at the centre, with an invented serial number, team
    identifier and date, the station as ``organizationName``, the class, centre and time as
    fields, and ``backFields`` with the address, the number (``PKDataDetectorTypePhoneNumber``),
    the fax where the row has one and a note repeating the number; a QR barcode of the
    serial number."""
    y, m, d = _day(rng)
    hour = rng.choice((10, 14, 15))
    when = f"{y}-{m:02d}-{d:02d}T{hour:02d}:00+09:00"
    serial = f"NFA-{y}{m:02d}{d:02d}-{_digits(rng, 6)}"
    team = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    lesson = rng.choice(CLASSES)
    back = [
        {"key": "address", "label": "주소", "value": address(row),
         "dataDetectorTypes": ["PKDataDetectorTypeAddress"]},
        {"key": "phone", "label": "전화", "value": phone(row),
         "dataDetectorTypes": ["PKDataDetectorTypePhoneNumber"]},
    ]  # fmt: skip
    if fax(row):
        back.append({"key": "fax", "label": "팩스", "value": fax(row), "dataDetectorTypes": []})
    back.append({
        "key": "notes",
        "label": "안내",
        "value": f"교육 시작 10분 전까지 {name(row)}에 도착해 주세요. 출동 상황에 따라 일정이 "
        f"바뀔 수 있으며 변경 시 안내해 드립니다. 문의: {phone(row)}",
    })  # fmt: skip
    ticket = {
        "formatVersion": 1,
        "passTypeIdentifier": "pass.kr.go.nfa.safetyedu",
        "serialNumber": serial,
        "teamIdentifier": team,
        "organizationName": station(row),
        "description": f"{name(row)} {lesson} 입장권",
        "logoText": station(row),
        "foregroundColor": "rgb(255, 255, 255)",
        "backgroundColor": "rgb(200, 30, 30)",
        "labelColor": "rgb(255, 230, 200)",
        "relevantDate": when,
        "barcodes": [{"format": "PKBarcodeFormatQR", "message": serial,
                      "messageEncoding": "iso-8859-1", "altText": serial}],
        "eventTicket": {
            "primaryFields": [{"key": "event", "label": "교육", "value": lesson}],
            "secondaryFields": [{"key": "place", "label": "장소", "value": name(row)}],
            "auxiliaryFields": [
                {"key": "date", "label": "일시", "value": when,
                 "dateStyle": "PKDateStyleMedium", "timeStyle": "PKDateStyleShort"},
                {"key": "hq", "label": "본부", "value": headquarters(row)},
            ],
            "backFields": back,
        },
    }  # fmt: skip
    return json.dumps(ticket, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ecount_cust_json": ecount_cust_json,
    "cafe24_receivers_json": cafe24_receivers_json,
    "portone_request_pay_html": portone_request_pay_html,
    "passkit_event_pass_json": passkit_event_pass_json,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers labelled."""
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
