"""held_out_212 of the PII evaluation set: real phone fields of a register no earlier part used
(the National Health Insurance Service's branch offices nationwide, the telephone and fax
numbers of each branch's benefits department; South Korea's earlier parts took the Public Data
Portal's standard data of public libraries, tourist sites and museums and the National Police
Agency's police boxes) exactly as published, in layouts no earlier part has, beside the list's
own names, departments, regions, postcodes and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE and many others; here:

* the values are the ``phone`` and ``fax`` fields of 177 branches of the National Health
  Insurance Service (``scripts/data/pii_kr_nhis_branches.json``, written by
  ``scripts/kr_nhis_branches_data.py``; source and licence in that file): South Korean numbers
  as the list writes them, area code, exchange and line joined by hyphens (``02-2171-1104``,
  ``033-250-9804``), some with the department's other lines after them (``033-580-6140,141,
  142``, ``02-3275-8526~8``, ``053-288-0160-0180``), two numbers in one field
  (``055-639-7142~3, 055-639-7150~6``), a few as the list garbles them
  (``031-550-91409141~9143-``, ``02- 2620-9804``); each copy labelled, each full number a span
  of its own with the shortened other lines after it (``141,142``, ``~8``, ``-0180``);
* the text around them is the same row's real fields: the branch's name (``종로지사``), its
  department (``보험급여부``), region, postcode (written with the leading ``0`` the list lost:
  ``03188``) and address, with invented business registration numbers, approval numbers,
  template codes, ids, amounts and dates, unlabelled and scored;
* in layouts no earlier part has, Korean formats, text in Korean: electronic tax invoices
  (전자세금계산서) in the XML of the National Tax Service's standard (KEC ``TaxInvoice``
  1.0: a supplier's invoice to the branch, the department's number as the invoicee's
  ``TelephoneCommunication`` and in a ``DescriptionText`` with the fax number), Kakao i Open
  Builder skill responses of a chatbot (``version`` 2.0: a ``basicCard`` whose description
  names both numbers, a ``phone`` button with ``phoneNumber``, a ``message`` button sending the
  fax number), JANDI incoming webhook bodies (``connectInfo`` items ``전화`` and ``팩스`` and a
  note repeating both) and NHN Cloud KakaoTalk Bizmessage AlimTalk template registration
  bodies (``templateContent`` and ``templateExtra`` naming both numbers).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_212.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_nhis_branches.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_212.jsonl.gz"
SPLIT = "held_out_212"

LAYOUTS = ("etax_invoice", "kakao_skill", "jandi_webhook", "alimtalk_template")
PHONE, FAX = "phone", "fax"
SERVICE = "국민건강보험공단"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers of the tax invoices: (name, 업태, 종목, item, unit price in won)
SUPPLIERS = (
    ("(주)한빛오피스솔루션", "서비스", "사무기기 임대", "복합기 임대료", 165000),
    ("대성사무기기", "도소매", "사무용품", "복합기 토너(검정)", 88000),
    ("(주)큐라인시스템", "서비스", "전산장비 유지보수", "민원실 번호표 발행기 유지보수", 220000),
    ("새한문구유통", "도소매", "문구", "A4 복사용지(2,500매)", 24500),
    ("(주)누리정보통신", "서비스", "통신장비 유지보수", "팩스 회선 장비 점검", 132000),
    ("세진가구", "제조", "사무용 가구", "상담 창구 의자", 178000),
)  # fmt: skip
# the invented chatbot's card images
CARDS = "https://cdn.refund-guide.kr/cards"
CHAT_USES = ("환급금 서류 접수처", "지사 연락처", "팩스 접수처")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped ("" where the row has none)."""
    return _f(row, FAX)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    return value.startswith("+")


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a ``phone`` or ``fax`` field: the field's pieces between
    commas, a piece of nine digits or more (a number with its area code) starting a number, a
    shorter piece (the department's other lines, ``141``, ``8708~8710``, ``0746-748``) staying
    with the number before it; each number from its first character to its last digit (a
    trailing comma or hyphen left out)."""
    pieces = [m for m in re.finditer(r"[^,]+", field) if m.group().strip()]
    groups: list[list[re.Match[str]]] = []
    for piece in pieces:
        if not groups or sum(c.isdigit() for c in piece.group()) >= 9:
            groups.append([piece])
        else:
            groups[-1].append(piece)
    out = []
    for group in groups:
        first, last = group[0], group[-1]
        start = first.start() + len(first.group()) - len(first.group().lstrip())
        end = last.start() + max(i for i, c in enumerate(last.group()) if c.isdigit()) + 1
        out.append((start, end))
    return out


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields labelled (each
    copy stands apart: no digit next to it)."""
    values = sorted([(PHONE, phone(row)), (FAX, fax(row))], key=lambda kv: -len(kv[1]))
    return field_copies(
        text,
        values,
        {PHONE: r"\d", FAX: r"\d"},
        {PHONE: PHONE, FAX: FAX},
        row["path"],
        nested=True,
    )


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each number of each copy of its phone and fax fields labelled on its own (one no person
    holds is a distractor), national (none begins with ``+``)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def branch(row: dict[str, Any]) -> str:
    """The branch's full name (``국민건강보험공단 종로지사``)."""
    return f"{SERVICE} {_f(row, 'name')}"


def postcode(row: dict[str, Any]) -> str:
    """The postcode as a letter writes it: the five digits of one the list wrote with its
    leading ``0`` lost (``3188`` -> ``03188``), any other as the list gives it."""
    code = _f(row, "postalCode")
    return code.zfill(5) if code.isdigit() and len(code) == 4 else code


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (KST), on a weekday's working hours."""
    day = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    clock = dt.time(rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59))
    return dt.datetime.combine(day, clock, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def _brn(rng: random.Random, middle: str) -> str:
    """An invented business registration number (사업자등록번호, ten digits, its check digit
    right) with the given two-digit kind code."""
    body = [rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), *map(int, middle)]
    body += [rng.randint(0, 9) for _ in range(4)]
    weights = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    total = sum(d * w for d, w in zip(body, weights, strict=True)) + body[8] * 5 // 10
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _contact_line(row: dict[str, Any]) -> str:
    """``전화 ... / 팩스 ...`` (the fax left out where the row has none)."""
    line = f"전화 {phone(row)}"
    return f"{line} / 팩스 {fax(row)}" if fax(row) else line


def etax_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """An electronic tax invoice (전자세금계산서) in the XML of the National Tax Service's
    standard (KEC ``TaxInvoice`` 1.0) as an ASP sends it: an invented supplier's invoice
    (청구) to the branch, the branch as ``InvoiceeParty`` with an invented registration number
    and sub-business id, its department and number as the ``PrimaryDefinedContact``, its
    address; the descriptions naming the department's telephone and fax numbers."""
    when = _when(rng)
    name, kind, item_kind, item, price = rng.choice(SUPPLIERS)
    qty = rng.randint(1, 6)
    supply = price * qty
    tax = supply // 10
    day = when.strftime("%Y%m%d")
    approval = f"{day}{rng.randint(10000000, 49999999)}{_hex(rng, 8)}"
    month = f"{when.year}년 {when.month}월"
    ns = "urn:kr:or:kec:standard:Tax:ReusableAggregateBusinessInformationEntitySchemaModule:1:0"
    descriptions = [f"{_f(row, 'name')} {_f(row, 'department')} {month}분 {item}"]
    contact = f"담당 부서 {_f(row, 'department')} {_contact_line(row)}"
    descriptions.append(f"{contact} (세금계산서 사본은 팩스로 송부)" if fax(row) else contact)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<TaxInvoice xmlns="{ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{ns} http://www.kec.or.kr/standard/Tax/TaxInvoiceSchemaModule_1.0.xsd">',
        "  <ExchangedDocument>",
        f"    <IssueDateTime>{when.strftime('%Y%m%d%H%M%S')}</IssueDateTime>",
        "    <ReferencedDocument>",
        f"      <ID>TI{day}-{rng.randint(1, 999):03d}</ID>",
        "    </ReferencedDocument>",
        "  </ExchangedDocument>",
        "  <TaxInvoiceDocument>",
        f"    <IssueID>{approval}</IssueID>",
        "    <TypeCode>0101</TypeCode>",
        *(f"    <DescriptionText>{_x(d)}</DescriptionText>" for d in descriptions),
        f"    <IssueDateTime>{day}</IssueDateTime>",
        "    <PurposeCode>02</PurposeCode>",
        "  </TaxInvoiceDocument>",
        "  <TaxInvoiceTradeSettlement>",
        "    <InvoicerParty>",
        f"      <ID>{_brn(rng, str(rng.choice((81, 86, 87))))}</ID>",
        f"      <TypeCode>{_x(kind)}</TypeCode>",
        f"      <NameText>{_x(name)}</NameText>",
        f"      <ClassificationCode>{_x(item_kind)}</ClassificationCode>",
        "      <DefinedContact>",
        "        <DepartmentNameText>영업관리팀</DepartmentNameText>",
        "      </DefinedContact>",
        "      <SpecifiedAddress>",
        f"        <LineOneText>서울특별시 구로구 디지털로 {rng.randint(10, 300)}, "
        f"{rng.randint(2, 15)}층</LineOneText>",
        "      </SpecifiedAddress>",
        "    </InvoicerParty>",
        "    <InvoiceeParty>",
        f"      <ID>{_brn(rng, '82')}</ID>",
        "      <TypeCode>사회보장행정</TypeCode>",
        f"      <NameText>{_x(branch(row))}</NameText>",
        "      <ClassificationCode>건강보험</ClassificationCode>",
        "      <SpecifiedOrganization>",
        f"        <TaxRegistrationID>{rng.randint(1, 9999):04d}</TaxRegistrationID>",
        "        <BusinessTypeCode>01</BusinessTypeCode>",
        "      </SpecifiedOrganization>",
        "      <PrimaryDefinedContact>",
        f"        <DepartmentNameText>{_x(_f(row, 'department'))}</DepartmentNameText>",
        f"        <TelephoneCommunication>{_x(phone(row))}</TelephoneCommunication>",
        "      </PrimaryDefinedContact>",
        "      <SpecifiedAddress>",
        f"        <LineOneText>{_x(_f(row, 'address'))}</LineOneText>",
        "      </SpecifiedAddress>",
        "    </InvoiceeParty>",
        "    <SpecifiedPaymentMeans>",
        "      <TypeCode>40</TypeCode>",
        f"      <PaidAmount>{supply + tax}</PaidAmount>",
        "    </SpecifiedPaymentMeans>",
        "    <SpecifiedMonetarySummation>",
        f"      <ChargeTotalAmount>{supply}</ChargeTotalAmount>",
        f"      <TaxTotalAmount>{tax}</TaxTotalAmount>",
        f"      <GrandTotalAmount>{supply + tax}</GrandTotalAmount>",
        "    </SpecifiedMonetarySummation>",
        "  </TaxInvoiceTradeSettlement>",
        "  <TaxInvoiceTradeLineItem>",
        "    <SequenceNumeric>1</SequenceNumeric>",
        f"    <InvoiceAmount>{supply}</InvoiceAmount>",
        f"    <ChargeableUnitQuantity>{qty}</ChargeableUnitQuantity>",
        f"    <NameText>{_x(item)}</NameText>",
        f"    <PurchaseExpiryDateTime>{day}</PurchaseExpiryDateTime>",
        "    <TotalTax>",
        f"      <CalculatedAmount>{tax}</CalculatedAmount>",
        "    </TotalTax>",
        "    <UnitPrice>",
        f"      <UnitAmount>{price}</UnitAmount>",
        "    </UnitPrice>",
        "  </TaxInvoiceTradeLineItem>",
        "</TaxInvoice>",
    ]
    return "\n".join(lines) + "\n"


def kakao_skill(row: dict[str, Any], rng: random.Random) -> str:
    """A Kakao i Open Builder skill response (``version`` 2.0) of an invented chatbot that
    finds a branch for refund claims: a ``simpleText`` lead, a ``basicCard`` whose description
    gives the department, address, telephone and fax numbers, with a ``phone`` button
    (``phoneNumber``), a ``message`` button sending the fax number and a Kakao Map link; quick
    replies and a context carrying the branch's id."""
    name, dept = _f(row, "name"), _f(row, "department")
    lines = [dept, f"주소: ({postcode(row)}) {_f(row, 'address')}", f"전화: {phone(row)}"]
    buttons: list[dict[str, Any]] = [
        {"action": "phone", "label": "전화하기", "phoneNumber": phone(row)},
    ]
    if fax(row):
        lines.append(f"팩스: {fax(row)}")
        buttons.append(
            {
                "action": "message",
                "label": "팩스 번호 받기",
                "messageText": f"{name} 팩스 {fax(row)}",
            }
        )
    buttons.append(
        {
            "action": "webLink",
            "label": "지도 보기",
            "webLinkUrl": f"https://map.kakao.com/link/search/{quote(branch(row))}",
        }
    )
    doc = {
        "version": "2.0",
        "template": {
            "outputs": [
                {
                    "simpleText": {
                        "text": f"{_f(row, 'region')} 지역의 {name} {dept} 연락처입니다. "
                        "환급금 지급신청서는 방문, 우편 또는 팩스로 접수할 수 있어요."
                    }
                },
                {
                    "basicCard": {
                        "title": branch(row),
                        "description": "\n".join(lines),
                        "thumbnail": {"imageUrl": f"{CARDS}/branch-{_hex(rng, 10)}.png"},
                        "buttons": buttons,
                    }
                },
            ],
            "quickReplies": [
                {"action": "message", "label": "다른 지사 찾기", "messageText": "지사 찾기"},
                {"action": "message", "label": "필요 서류 보기", "messageText": "환급금 필요 서류"},
            ],
        },
        "context": {
            "values": [
                {"name": "selected_branch", "lifeSpan": rng.randint(2, 5),
                 "params": {"branchId": _f(row, "id"), "region": _f(row, "region")}},
            ]
        },
    }  # fmt: skip
    return _json(doc)


def jandi_webhook(row: dict[str, Any], rng: random.Random) -> str:
    """A JANDI incoming webhook body (Toss Lab's team messenger) an invented care hospital's
    billing office posts to its topic: a ``body`` with a linked title, a ``connectColor`` and
    ``connectInfo`` items for the branch, its telephone and fax numbers, address and a note
    repeating both numbers."""
    when = _when(rng)
    use = rng.choice(CHAT_USES)
    info = [
        {"title": "지사", "description": f"{branch(row)} ({_f(row, 'region')})"},
        {"title": "담당", "description": _f(row, "department")},
        {"title": "전화", "description": phone(row)},
    ]
    if fax(row):
        info.append({"title": "팩스", "description": fax(row)})
    info.append({"title": "주소", "description": f"({postcode(row)}) {_f(row, 'address')}"})
    note = f"{when.month}/{when.day} 접수분 {_contact_line(row)}"
    if fax(row):
        note += " (팩스 송부 후 전화로 접수 확인)"
    info.append({"title": "메모", "description": note})
    doc = {
        "body": f"[[{use} 안내]](https://wiki.example-hospital.kr/billing/{rng.randint(100, 999)})"
        f" {_f(row, 'name')} {_f(row, 'department')} 연락처를 공유합니다.",
        "connectColor": rng.choice(("#FAC11B", "#2196F3", "#00C473")),
        "connectInfo": info,
    }
    return _json(doc)


def alimtalk_template(row: dict[str, Any], rng: random.Random) -> str:
    """An NHN Cloud KakaoTalk Bizmessage AlimTalk template registration body (``POST
    /alimtalk/v2.3/appkeys/{appkey}/senders/{senderKey}/templates``) of an invented refund-guide
    service: ``templateContent`` naming the branch's department, fax and telephone numbers
    with ``#{...}`` variables, a ``templateExtra`` (extra-information type ``EX``) with the
    address and both numbers, a web-link button."""
    name, dept = _f(row, "name"), _f(row, "department")
    content = [
        f"[{branch(row)}]",
        "#{고객명}님, 신청하신 환급금 지급신청서 접수처 안내입니다.",
        "",
        f"■ 접수처: {name} {dept}",
    ]
    if fax(row):
        content.append(f"■ 팩스: {fax(row)}")
    content += [
        f"■ 문의: {phone(row)}",
        "■ 접수 기한: #{접수기한}",
        "",
        "서류를 보내신 뒤 위 번호로 접수 여부를 확인해 주세요.",
    ]
    extra = [
        "* 상담 시간: 평일 09:00~18:00 (점심시간 12:00~13:00)",
        f"* 주소: ({postcode(row)}) {_f(row, 'address')}",
        f"* {_contact_line(row)}",
    ]
    link = f"https://www.refund-guide.kr/forms?branch={_f(row, 'id')}"
    doc = {
        "templateCode": f"RFND_{rng.randint(1, 9999):04d}",
        "templateName": f"{name} 환급금 서류 접수 안내",
        "templateContent": "\n".join(content),
        "templateMessageType": "EX",
        "templateEmphasizeType": "NONE",
        "templateExtra": "\n".join(extra),
        "templateAd": None,
        "templateTitle": None,
        "templateSubtitle": None,
        "templateImageName": None,
        "templateImageUrl": None,
        "securityFlag": False,
        "categoryCode": rng.choice(("004001", "004002", "999999")),
        "buttons": [
            {"ordering": 1, "type": "WL", "name": "서류 양식 보기", "linkMo": link, "linkPc": link},
        ],
    }  # fmt: skip
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "etax_invoice": etax_invoice,
    "kakao_skill": kakao_skill,
    "jandi_webhook": jandi_webhook,
    "alimtalk_template": alimtalk_template,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and fax fields
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
