"""held_out_177 of the PII evaluation set: real phone fields of a register no earlier part used
(Vietnam Post's post offices, bưu cục; Vietnam's earlier part took the tourism database's
accommodation establishments) exactly as the list gives them, in layouts no earlier part has,
beside the list's own post-office codes, names, provinces, districts, wards and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of VN (accommodation establishments), CN, TH, KH, ID and many
others; here:

* the values are the ``phone`` fields of 400 post offices
  (``scripts/data/pii_vn_post_offices.json``, written by ``scripts/vn_post_offices_data.py``;
  source and licence in that file): Vietnamese
  numbers as the list's maker left them, most one run of digits whose trunk ``0`` was lost
  (``2438256686``, mobiles ``912577456``), seven- and eight-digit local numbers (``3685500``,
  ``37582775``), decimal literals where a spreadsheet read a dot as a decimal point
  (``2213.932932``), and strings with blanks or dots (``0257 3819696``, ``02203.853.501``), one
  field with two numbers (``...; ...``); each copy of a field labelled, each number in it on
  its own;
* the text around them is the same row's real fields: the post office's six-digit code
  (``100000``, its postcode), name, province, district, ward and street address, with invented
  tax codes, invoice series and numbers, tax-authority codes, amounts, organ ids, document
  numbers, GS1 GLNs and SSCCs, UPU S10 item numbers, Google location ids and dates, unlabelled
  and scored;
* in layouts no earlier part has, Vietnamese public-sector, postal-logistics and business-
  listing formats, text in Vietnamese: electronic invoices in the General Department of
  Taxation's XML format (Decision 1450/QĐ-TCT under Circular 78/2021/TT-BTC: ``HDon``, the post
  office as seller ``NBan`` with ``SDThoai``, a ``TTKhac`` note repeating the number), edXML
  document-exchange packages of the national standard QCVN 102:2016/BTTTT (the post office as
  ``edXML:From`` with ``edXML:Telephone``, the ``edXML:Content`` repeating it), GS1 EPCIS 2.0
  JSON-LD documents (an ``ObjectEvent`` of a parcel arriving at the post office, its user
  extension holding the office and number, a note repeating it) and Google Business Profile
  API (v1) ``locations.list`` responses (``phoneNumbers.primaryPhone``, the ``profile``
  description repeating it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_177.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_vn_post_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_177.jsonl.gz"
SPLIT = "held_out_177"

LAYOUTS = ("vn_einvoice_xml", "edxml_package", "epcis_document", "gbp_locations")
PHONE = "phone"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the five centrally governed cities (thành phố trực thuộc trung ương); the rest are provinces
CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")

# invented services on a post office's invoices (no real invoice is meant): name, unit, price
SERVICES = (
    ("Cước dịch vụ chuyển phát nhanh EMS trong nước", "Bưu gửi", (18000, 95000)),
    ("Cước dịch vụ bưu kiện", "Bưu gửi", (25000, 180000)),
    ("Cước dịch vụ bưu phẩm bảo đảm", "Bưu gửi", (12000, 40000)),
    ("Phí dịch vụ phát hàng thu tiền (COD)", "Lần", (10000, 30000)),
    ("Cước dịch vụ chuyển phát nhanh EMS quốc tế", "Bưu gửi", (250000, 1200000)),
)  # fmt: skip

# invented subjects of a post office's official letters (no real letter is meant)
SUBJECTS = (
    "V/v tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính "
    "công ích",
    "V/v phối hợp chi trả lương hưu, trợ cấp bảo hiểm xã hội qua hệ thống bưu điện",
    "V/v thông báo thời gian phục vụ của bưu cục dịp nghỉ lễ",
    "V/v phát hành báo chí công ích trên địa bàn",
)  # fmt: skip

DAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Vietnam time, UTC+7)."""
    start = dt.datetime(2024, 1, 8, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: str) -> str:
    """``value`` as a JSON string literal (UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _province(row: dict[str, Any]) -> str:
    """The province as an official name writes it (``thành phố Hà Nội``, ``tỉnh Lâm Đồng``)."""
    p = _f(row, "province")
    plain = unicodedata.normalize("NFC", p)  # the list mixes composed and decomposed letters
    if plain == "Hồ Chí Minh":
        return f"Thành phố {p}"
    return f"thành phố {p}" if plain in CITIES else f"tỉnh {p}"


def _post(row: dict[str, Any]) -> str:
    """The provincial post that runs the office (``Bưu điện tỉnh Lâm Đồng``)."""
    return f"Bưu điện {_province(row)}"


def _office(row: dict[str, Any]) -> str:
    """The office's name as a title (``Bưu cục Giao dịch Trung tâm``)."""
    name = _f(row, "name")
    plain = unicodedata.normalize("NFC", name).lower()
    return name if plain.startswith(("bưu cục", "bưu điện", "bc ", "bđ")) else f"Bưu cục {name}"


def _address(row: dict[str, Any]) -> str:
    """The street address with ward, district and province, as one line."""
    parts = [_f(row, "detailAddress"), _f(row, "ward"), _f(row, "district"), _f(row, "province")]
    out: list[str] = []
    for p in parts:
        if p and not any(p in q for q in out):
            out.append(p)
    return ", ".join(out)


def _gs1(body: str) -> str:
    """``body`` with its GS1 mod-10 check digit."""
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def _s10(rng: random.Random) -> str:
    """An invented UPU S10 item number of Vietnam (``EE123456785VN``), check digit right."""
    serial = _digits(rng, 8)
    total = sum(int(c) * w for c, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return f"{rng.choice(('EE', 'EB', 'CP', 'RR'))}{serial}{check}VN"


def _words(n: int) -> str:
    """An amount in Vietnamese words, as an invoice's ``TgTTTBChu`` writes it."""
    digit = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")

    def group(g: int, full: bool) -> str:
        h, t, u = g // 100, g // 10 % 10, g % 10
        out = []
        if full or h:
            out.append(f"{digit[h]} trăm")
        if t == 0 and u and (full or h):
            out.append("linh")
        elif t == 1:
            out.append("mười")
        elif t > 1:
            out.append(f"{digit[t]} mươi")
        if u:
            out.append("mốt" if u == 1 and t > 1 else "lăm" if u == 5 and t else digit[u])
        return " ".join(out)

    parts, scale = [], ("", " nghìn", " triệu", " tỷ")
    groups = []
    while n:
        groups.append(n % 1000)
        n //= 1000
    for i in range(len(groups) - 1, -1, -1):
        if groups[i]:
            parts.append(group(groups[i], i < len(groups) - 1) + scale[i])
    text = " ".join(parts) or "không"
    return text[0].upper() + text[1:] + " đồng"


def vn_einvoice_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A value-added-tax e-invoice in the General Department of Taxation's XML format
    (Decision 1450/QĐ-TCT, Circular 78/2021/TT-BTC): ``DLHDon`` with ``TTChung`` (version,
    invoice kind, template symbol ``1``, an invented series such as ``C24TBD``, number, date,
    currency, payment), the post office as seller ``NBan`` (its provincial post and name, an
    invented tax code of a dependent unit, the address, ``SDThoai``, a ``TTKhac`` note repeating
    the number), a walk-in buyer, the invented services' lines and the totals with the amount
    in words; an invented tax-authority code ``MCCQT`` and a signature block."""
    name, tel = _office(row), phone(row)
    when = _when(rng)
    mst = f"0{_digits(rng, 9)}-{_digits(rng, 3)}"
    lines, subtotal = [], 0
    rate = rng.choice((8, 10))
    for i, (service, unit, (lo, hi)) in enumerate(rng.sample(SERVICES, rng.randint(1, 3)), 1):
        qty = rng.randint(1, 3)
        price = rng.randint(lo // 500, hi // 500) * 500
        amount = qty * price
        subtotal += amount
        lines += [
            "          <HHDVu>",
            "            <TChat>1</TChat>",
            f"            <STT>{i}</STT>",
            f"            <THHDVu>{_x(service)}</THHDVu>",
            f"            <DVTinh>{unit}</DVTinh>",
            f"            <SLuong>{qty}</SLuong>",
            f"            <DGia>{price}</DGia>",
            f"            <ThTien>{amount}</ThTien>",
            f"            <TSuat>{rate}%</TSuat>",
            "          </HHDVu>",
        ]
    tax = subtotal * rate // 100
    total = subtotal + tax
    mccqt = "".join(rng.choice("0123456789ABCDEF") for _ in range(34))
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<HDon>",
        '  <DLHDon Id="data">',
        "    <TTChung>",
        "      <PBan>2.0.0</PBan>",
        "      <THDon>HÓA ĐƠN GIÁ TRỊ GIA TĂNG</THDon>",
        "      <KHMSHDon>1</KHMSHDon>",
        f"      <KHHDon>C{when:%y}T{rng.choice(('BD', 'BC', 'VN', 'EM'))}</KHHDon>",
        f"      <SHDon>{rng.randint(1, 99999)}</SHDon>",
        f"      <NLap>{when:%Y-%m-%d}</NLap>",
        "      <DVTTe>VND</DVTTe>",
        "      <TGia>1</TGia>",
        f"      <HTTToan>{rng.choice(('TM', 'CK', 'TM/CK'))}</HTTToan>",
        f"      <MSTTCGP>0{_digits(rng, 9)}</MSTTCGP>",
        "    </TTChung>",
        "    <NDHDon>",
        "      <NBan>",
        f"        <Ten>{_x(_post(row))} - {_x(name)}</Ten>",
        f"        <MST>{mst}</MST>",
        f"        <DChi>{_x(_address(row))}</DChi>",
        f"        <SDThoai>{_x(tel)}</SDThoai>",
        "        <TTKhac>",
        "          <TTin>",
        "            <TTruong>MaBuuCuc</TTruong>",
        "            <KDLieu>string</KDLieu>",
        f"            <DLieu>{_x(_f(row, 'code'))}</DLieu>",
        "          </TTin>",
        "          <TTin>",
        "            <TTruong>GhiChu</TTruong>",
        "            <KDLieu>string</KDLieu>",
        f"            <DLieu>Tra cứu, khiếu nại bưu gửi: liên hệ {_x(name)}, điện thoại "
        f"{_x(tel)}</DLieu>",
        "          </TTin>",
        "        </TTKhac>",
        "      </NBan>",
        "      <NMua>",
        "        <Ten></Ten>",
        "        <DChi></DChi>",
        "        <HVTNMHang>Khách lẻ không lấy hóa đơn</HVTNMHang>",
        "      </NMua>",
        "      <DSHHDVu>",
        *[line.replace("          ", "        ", 1) for line in lines],
        "      </DSHHDVu>",
        "      <TToan>",
        "        <THTTLTSuat>",
        "          <LTSuat>",
        f"            <TSuat>{rate}%</TSuat>",
        f"            <ThTien>{subtotal}</ThTien>",
        f"            <TThue>{tax}</TThue>",
        "          </LTSuat>",
        "        </THTTLTSuat>",
        f"        <TgTCThue>{subtotal}</TgTCThue>",
        f"        <TgTThue>{tax}</TgTThue>",
        f"        <TgTTTBSo>{total}</TgTTTBSo>",
        f"        <TgTTTBChu>{_words(total)}</TgTTTBChu>",
        "      </TToan>",
        "    </NDHDon>",
        "  </DLHDon>",
        f"  <MCCQT>{mccqt}</MCCQT>",
        "  <DSCKS>",
        "    <NBan>",
        '      <Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="seller">',
        "        <SignedInfo>",
        '          <CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/'
        'REC-xml-c14n-20010315"/>',
        '          <SignatureMethod Algorithm="http://www.w3.org/2001/04/'
        'xmldsig-more#rsa-sha256"/>',
        '          <Reference URI="#data">',
        '            <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>',
        f"            <DigestValue>{uuid.UUID(int=rng.getrandbits(128)).hex}</DigestValue>",
        "          </Reference>",
        "        </SignedInfo>",
        f"        <SignatureValue>{uuid.UUID(int=rng.getrandbits(128)).hex}"
        f"{uuid.UUID(int=rng.getrandbits(128)).hex}</SignatureValue>",
        "      </Signature>",
        "    </NBan>",
        "    <CQT/>",
        "  </DSCKS>",
        "</HDon>",
        "",
    ]
    return "\n".join(out)


def edxml_package(row: dict[str, Any], rng: random.Random) -> str:
    """An edXML package of the national standard QCVN 102:2016/BTTTT for exchanging official
    documents: the ``MessageHeader`` with the post office as ``From`` (an invented organ id,
    its provincial post as organisation in charge, name, address, ``Telephone``, web site), the
    province's public-administration service centre as ``To``, an invented document number and
    notation, place and date, the kind (``Công văn``), an invented subject, a ``Content``
    naming the office's code and repeating the number, the signer's competence and position
    (no name), due date, recipients and other info; a ``TraceHeaderList`` and a manifest
    naming the attachment."""
    name, tel = _office(row), phone(row)
    when = _when(rng)
    due = when + dt.timedelta(days=rng.randint(5, 20))
    organ = f"000.{rng.randint(0, 99):02d}.{rng.randint(0, 99):02d}.G{rng.randint(1, 99):02d}"
    to = f"000.00.{rng.randint(1, 99):02d}.H{rng.randint(1, 63):02d}"
    number = rng.randint(1, 480)
    content = (
        f"{name} (mã bưu cục {_f(row, 'code')}; {_address(row)}) đề nghị quý cơ quan phối hợp "
        "thực hiện nội dung nêu trên. "
        f"Mọi thông tin chi tiết xin liên hệ {name}, điện thoại: {tel}."
    )
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">',
        "  <edXML:edXMLHeader>",
        "    <edXML:MessageHeader>",
        "      <edXML:From>",
        f"        <edXML:OrganId>{organ}</edXML:OrganId>",
        f"        <edXML:OrganizationInCharge>{_x(_post(row))}</edXML:OrganizationInCharge>",
        f"        <edXML:OrganName>{_x(name)}</edXML:OrganName>",
        f"        <edXML:OrganAdd>{_x(_address(row))}</edXML:OrganAdd>",
        "        <edXML:Email></edXML:Email>",
        f"        <edXML:Telephone>{_x(tel)}</edXML:Telephone>",
        "        <edXML:Fax></edXML:Fax>",
        "        <edXML:Website>https://vnpost.vn</edXML:Website>",
        "      </edXML:From>",
        "      <edXML:To>",
        f"        <edXML:OrganId>{to}</edXML:OrganId>",
        "        <edXML:OrganName>Trung tâm Phục vụ hành chính công "
        f"{_x(_province(row))}</edXML:OrganName>",
        "      </edXML:To>",
        "      <edXML:Code>",
        f"        <edXML:CodeNumber>{number}</edXML:CodeNumber>",
        f"        <edXML:CodeNotation>{rng.choice(('BC-KD', 'BC-HCC', 'BĐ-BC'))}"
        "</edXML:CodeNotation>",
        "      </edXML:Code>",
        "      <edXML:PromulgationInfo>",
        f"        <edXML:Place>{_x(_f(row, 'district') or _f(row, 'province'))}</edXML:Place>",
        f"        <edXML:PromulgationDate>{when:%Y-%m-%d}</edXML:PromulgationDate>",
        "      </edXML:PromulgationInfo>",
        "      <edXML:DocumentType>",
        "        <edXML:Type>1</edXML:Type>",
        "        <edXML:TypeName>Công văn</edXML:TypeName>",
        "      </edXML:DocumentType>",
        f"      <edXML:Subject>{_x(rng.choice(SUBJECTS))}</edXML:Subject>",
        f"      <edXML:Content>{_x(content)}</edXML:Content>",
        "      <edXML:SignerInfo>",
        "        <edXML:Competence>TL. GIÁM ĐỐC</edXML:Competence>",
        "        <edXML:Position>Trưởng bưu cục</edXML:Position>",
        "        <edXML:FullName></edXML:FullName>",
        "      </edXML:SignerInfo>",
        f"      <edXML:DueDate>{due:%Y-%m-%d}</edXML:DueDate>",
        "      <edXML:ToPlaces>",
        "        <edXML:Place>Như trên</edXML:Place>",
        "        <edXML:Place>Lưu: VT</edXML:Place>",
        "      </edXML:ToPlaces>",
        "      <edXML:OtherInfo>",
        "        <edXML:Priority>0</edXML:Priority>",
        "        <edXML:SphereOfPromulgation>Liên thông văn bản quốc gia"
        "</edXML:SphereOfPromulgation>",
        "        <edXML:TyperNotation>BC</edXML:TyperNotation>",
        f"        <edXML:PromulgationAmount>{rng.randint(2, 5)}</edXML:PromulgationAmount>",
        "        <edXML:PageAmount>1</edXML:PageAmount>",
        "      </edXML:OtherInfo>",
        "    </edXML:MessageHeader>",
        "    <edXML:TraceHeaderList>",
        "      <edXML:TraceHeader>",
        f"        <edXML:OrganId>{organ}</edXML:OrganId>",
        f"        <edXML:Timestamp>{when:%Y-%m-%dT%H:%M:%S%z}</edXML:Timestamp>",
        "      </edXML:TraceHeader>",
        "    </edXML:TraceHeaderList>",
        "  </edXML:edXMLHeader>",
        "  <edXML:edXMLBody>",
        "    <edXML:edXMLManifest>",
        "      <edXML:Reference>",
        f"        <edXML:ContentId>cid:{_uuid(rng)}</edXML:ContentId>",
        "        <edXML:ContentType>application/pdf</edXML:ContentType>",
        f"        <edXML:Description>Công văn số {number}</edXML:Description>",
        f"        <edXML:AttachmentName>cv{number}_{when:%Y%m%d}.pdf</edXML:AttachmentName>",
        "      </edXML:Reference>",
        "    </edXML:edXMLManifest>",
        "  </edXML:edXMLBody>",
        "</edXML:edXMLEnvelope>",
        "",
    ]
    return "\n".join(out)


def epcis_document(row: dict[str, Any], rng: random.Random) -> str:
    """A GS1 EPCIS 2.0 JSON-LD document of one ``ObjectEvent``: a parcel (an invented SSCC as a
    GS1 Digital Link URI) arriving at the post office (an invented GLN as read point and
    business location), with a user extension (``vnp:``) holding the invented UPU S10 item
    number and the office's code, name, address, province and number, and a note repeating
    the number."""
    name, tel = _office(row), phone(row)
    when = _when(rng)
    company = "893" + _digits(rng, 4)
    gln = _gs1(company + _digits(rng, 5))
    sscc = _gs1(str(rng.randint(0, 9)) + company + _digits(rng, 9))
    step = rng.choice(("arriving", "receiving", "accepting"))
    doc = {
        "@context": [
            "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
            {"vnp": "https://vnpost.vn/epcis/"},
        ],
        "type": "EPCISDocument",
        "schemaVersion": "2.0",
        "creationDate": (when + dt.timedelta(seconds=rng.randint(5, 900))).isoformat(),
        "epcisBody": {
            "eventList": [
                {
                    "type": "ObjectEvent",
                    "eventID": f"ni:///sha-256;{uuid.UUID(int=rng.getrandbits(128)).hex}?ver=CBV2.0",
                    "eventTime": when.isoformat(),
                    "eventTimeZoneOffset": "+07:00",
                    "epcList": [f"https://id.gs1.org/00/{sscc}"],
                    "action": "OBSERVE",
                    "bizStep": step,
                    "disposition": "in_transit",
                    "readPoint": {"id": f"https://id.gs1.org/414/{gln}"},
                    "bizLocation": {"id": f"https://id.gs1.org/414/{gln}"},
                    "vnp:soHieuBuuGui": _s10(rng),
                    "vnp:buuCuc": {
                        "vnp:maBuuCuc": _f(row, "code"),
                        "vnp:ten": name,
                        "vnp:diaChi": _address(row),
                        "vnp:tinhThanh": _f(row, "province"),
                        "vnp:dienThoai": tel,
                    },
                    "vnp:ghiChu": f"Bưu gửi đã đến {name}. Liên hệ bưu cục: {tel}",
                }
            ]
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def gbp_locations(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Business Profile API (Business Information v1) ``accounts.locations.list``
    response of one location: an invented location id, ``storeCode`` (the office's code), the
    title, ``phoneNumbers.primaryPhone``, the ``gcid:post_office`` category, the storefront
    address (region ``VN``, postcode, province, district, ward, street line), VNPost's web
    site, invented regular hours, a ``profile`` description repeating the number, and
    metadata with an invented Maps id."""
    name, tel = _office(row), phone(row)
    close = rng.choice((17, 18, 19, 20))
    days = DAYS[:6] if rng.random() < 0.6 else DAYS
    periods = [
        {
            "openDay": day,
            "openTime": {"hours": rng.choice((7, 7, 8)) if i == 0 else 7},
            "closeDay": day,
            "closeTime": {"hours": close if day != "SUNDAY" else 11, "minutes": 30},
        }
        for i, day in enumerate(days)
    ]
    address = _address(row)
    location = {
        "name": f"locations/{rng.randint(10**18, 10**19 - 1)}",
        "languageCode": "vi",
        "storeCode": _f(row, "code"),
        "title": f"{name} - Bưu điện Việt Nam",
        "phoneNumbers": {"primaryPhone": tel},
        "categories": {
            "primaryCategory": {"name": "categories/gcid:post_office", "displayName": "Bưu điện"}
        },
        "storefrontAddress": {
            "regionCode": "VN",
            "languageCode": "vi",
            "postalCode": _f(row, "code"),
            "administrativeArea": _f(row, "province"),
            "locality": _f(row, "district"),
            "sublocality": _f(row, "ward"),
            "addressLines": [_f(row, "detailAddress")],
        },
        "websiteUri": "https://vnpost.vn/",
        "regularHours": {"periods": periods},
        "profile": {
            "description": f"{name} ({address}) nhận gửi bưu phẩm, bưu kiện, EMS, chuyển tiền "
            f"và chi trả lương hưu. Điện thoại bưu cục: {tel}."
        },
        "openInfo": {"status": "OPEN", "canReopen": True},
        "metadata": {
            "mapsUri": f"https://maps.google.com/maps?cid={rng.randint(10**18, 10**19 - 1)}",
            "hasVoiceOfMerchant": True,
        },
    }
    doc = {"locations": [location], "totalSize": 1}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "vn_einvoice_xml": vn_einvoice_xml,
    "edxml_package": edxml_package,
    "epcis_document": epcis_document,
    "gbp_locations": gbp_locations,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
