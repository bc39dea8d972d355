"""held_out_224 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Vietnam's licensed travel businesses; Vietnam's earlier parts took the tourism
database's accommodation establishments, Vietnam Post's post offices and VNPT's transaction
points) exactly as published, in layouts no earlier part has, beside the register's own names,
licence numbers, addresses and web sites.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Số điện thoại`` and ``Email`` fields of 400 travel businesses
  (``scripts/data/pii_vn_travel_businesses.json``, written by
  ``scripts/vn_travel_businesses_data.py``; source and licence in that file): Vietnamese numbers
  as each business gave them, mostly mobile numbers in one run (``0337434988``) or in groups
  (``0886 766 031``, ``097 1400 104``), the area code unbroken or apart (``02963868309``, ``024
  6281 7086``), dotted (``02363.944.449``, ``0961.018.201``), local numbers with no area code
  (``35379464``), ``1900`` numbers, the calling code ``84`` with or without ``+`` (``84
  2436341188``, ``+84 234 389 1841``), two or three numbers in one field after ``/``, ``-`` or
  ``,`` with blanks (``0914243252 - 0919002505``); each number of a field labelled on its own,
  each copy labelled; the e-mail addresses that name an office (the others were left out of the
  data), each copy labelled;
* the text around them is the same row's real fields: the business's Vietnamese and English
  names, its licence number (``79-1955/2024/TCDL-GP LHQT``), address and web site, with invented
  tax codes (ten digits with their check digit), VAT amounts, record locators, flight numbers,
  office ids, document numbers, dates, GHN order codes, weights, sizes and insured values,
  unlabelled and scored;
* in layouts no earlier part has, formats of Vietnam and of the travel trade, text in
  Vietnamese where the format carries prose: HTKK tax declaration XML (the General Department of
  Taxation's ``HSoThueDTu`` of a VAT return, Mẫu số 01/GTGT under Circular 80/2021/TT-BTC, the
  business as ``NNT`` with ``dthoaiNNT`` and ``emailNNT``), Amadeus PNR displays of a group
  booking the agency made (``RP/`` header, flight segments, the agency's number in an ``AP``
  contact element and in a remark), administrative letters in the form of Decree
  30/2020/NĐ-CP (công văn: the business's name, number and subject line, the national motto,
  ``Kính gửi`` the licensing authority, the contact details in the body, ``Nơi nhận``), and
  Giao Hàng Nhanh (GHN) API v2 ``shipping-order/create`` request bodies of documents the agency
  sends to another agency of the register (``from_phone``, ``return_phone``, ``to_phone``; the
  two businesses of such a record are two rows, every other record is one).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_224.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_vn_travel_businesses.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_224.jsonl.gz"
SPLIT = "held_out_224"

LAYOUTS = ("htkk_tokhai", "amadeus_pnr", "cong_van", "ghn_order")
PHONE, EMAIL = "Số điện thoại", "Email"
EDGES = {"email": r"[A-Za-z0-9._%+@-]", "phone": r"\d", "phone_to": r"\d"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, rows_by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    return _f(row, EMAIL)


def rows_of(layout: str) -> int:
    """How many register rows a record of ``layout`` holds (the GHN order's two agencies)."""
    return 2 if layout == "ghn_order" else 1


@functools.cache
def _units() -> dict[str, list[tuple[str, tuple[dict[str, Any], ...]]]]:
    """The records' (layout, rows) of each locale: the rows in the file's order, the layouts in
    turn, a GHN order taking the next two rows."""
    out: dict[str, list[tuple[str, tuple[dict[str, Any], ...]]]] = {}
    for locale, found in rows_by_locale().items():
        units, at = [], 0
        while at < len(found):
            layout = LAYOUTS[len(units) % len(LAYOUTS)]
            take = rows_of(layout)
            if at + take > len(found):
                layout, take = LAYOUTS[0], 1
            units.append((layout, tuple(found[at : at + take])))
            at += take
        out[locale] = units
    return out


def by_locale() -> dict[str, list[tuple[str, tuple[dict[str, Any], ...]]]]:
    """Each locale's records, as (layout, rows)."""
    return _units()


def layout_of(n: int, locale: str = "reg:VN") -> str:
    return by_locale()[locale][n][0]


def international(value: str) -> bool:
    """A number written with Vietnam's calling code (``84968912550``, ``(84.28) ...``)."""
    return bool(re.match(r"\(?\+|\(?84[ .]?\d", value)) and sum(c.isdigit() for c in value) >= 10


def ascii_upper(value: str) -> str:
    """``value`` in capitals without diacritics, as a reservation system writes it."""
    value = value.replace("Đ", "D").replace("đ", "d")
    bare = "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))
    return re.sub(r"[^A-Z0-9 ./-]", " ", bare.upper()).strip()


def province(row: dict[str, Any]) -> str:
    """The province the register appends to the address (``Thành phố Hà Nội``)."""
    return _f(row, "Địa chỉ").rsplit(",", 1)[-1].strip()


def place(row: dict[str, Any]) -> str:
    """The province's name without its kind (``Hà Nội``)."""
    return re.sub(r"^(Thành phố|Tỉnh|TP\.)\s*", "", province(row))


def licence(row: dict[str, Any]) -> str:
    return _f(row, "Số giấy phép")


def authority(row: dict[str, Any]) -> str:
    """The body that issued the row's licence, by its code."""
    code = licence(row).rsplit("/", 1)[-1]
    if code.startswith(("TCDL", "TCLD")):
        return "Tổng cục Du lịch"
    if code.startswith("SDL"):
        return f"Sở Du lịch {place(row)}"
    return f"Sở Văn hóa, Thể thao và Du lịch {place(row)}"


def _day(rng: random.Random) -> dt.date:
    """An invented day of 2024."""
    return dt.date(2024, 1, 2) + dt.timedelta(days=rng.randint(0, 350))


def tax_code(rng: random.Random) -> str:
    """An invented ten-digit Vietnamese tax code (mã số thuế) with its check digit."""
    weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    while True:
        body = [0, rng.randint(1, 8)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(body, weights, strict=True)) % 11
        if rest:
            return "".join(map(str, body)) + str(10 - rest)


def _x(value: str) -> str:
    return escape(value)


def htkk_tokhai(rows: tuple[dict[str, Any], ...], rng: random.Random) -> str:
    """An HTKK tax declaration file (``HSoThueDTu``) of a quarterly VAT return, Mẫu số
    01/GTGT: the service block, the return's header (period, tax office, dates), the business
    as ``NNT`` (an invented ``mst``, its name, address, province, ``dthoaiNNT`` and, where the
    data keeps one, ``emailNNT``) and the return's figures (invented amounts that add up)."""
    (row,) = rows
    day = _day(rng)
    quarter = (day.month - 1) // 3 + 1
    start = dt.date(day.year, 3 * quarter - 2, 1)
    end = (dt.date(day.year + (quarter == 4), (3 * quarter) % 12 + 1, 1)) - dt.timedelta(days=1)
    filed = end + dt.timedelta(days=rng.randint(5, 28))
    sales = rng.randint(40, 4000) * 1_000_000 + rng.randint(0, 999) * 1000
    bought = sales * rng.randint(55, 92) // 100 // 1000 * 1000
    vat_in, vat_out = bought // 10, sales // 10
    carried = rng.choice((0, 0, rng.randint(1, 90) * 100_000))
    due = vat_out - vat_in - carried
    mail = f"<emailNNT>{_x(email(row))}</emailNNT>" if email(row) else "<emailNNT/>"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<HSoThueDTu xmlns="http://kekhaithue.gdt.gov.vn/TKhaiThue" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        '  <HSoKhaiThue id="_NODE_TO_SIGN">',
        "    <TTinChung>",
        "      <TTinDVu>",
        "        <maDVu>HTKK</maDVu>",
        "        <tenDVu>HTKK</tenDVu>",
        f"        <pbanDVu>5.{rng.randint(0, 2)}.{rng.randint(0, 9)}</pbanDVu>",
        f"        <ttinNhaCCapDVu>{rng.getrandbits(128):032X}</ttinNhaCCapDVu>",
        "      </TTinDVu>",
        "      <TTinTKhaiThue>",
        "        <TKhaiThue>",
        "          <maTKhai>842</maTKhai>",
        "          <tenTKhai>TỜ KHAI THUẾ GIÁ TRỊ GIA TĂNG (Mẫu số 01/GTGT)</tenTKhai>",
        "          <moTaBMau>(Ban hành kèm theo Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm "
        "2021 của Bộ trưởng Bộ Tài chính)</moTaBMau>",
        "          <pbanTKhaiXML>2.6.0</pbanTKhaiXML>",
        "          <loaiTKhai>C</loaiTKhai>",
        "          <soLan>0</soLan>",
        "          <KyKKhaiThue>",
        "            <kieuKy>Q</kieuKy>",
        f"            <kyKKhai>{quarter}/{start.year}</kyKKhai>",
        f"            <kyKKhaiTuNgay>{start:%d/%m/%Y}</kyKKhaiTuNgay>",
        f"            <kyKKhaiDenNgay>{end:%d/%m/%Y}</kyKKhaiDenNgay>",
        "            <kyKKhaiTuThang/>",
        "            <kyKKhaiDenThang/>",
        "          </KyKKhaiThue>",
        "          <maCQTNoiNop/>",
        f"          <tenCQTNoiNop>Cục Thuế {_x(province(row))}</tenCQTNoiNop>",
        f"          <ngayLapTKhai>{filed:%Y-%m-%d}</ngayLapTKhai>",
        "          <GiaHan>",
        "            <maLyDoGiaHan/>",
        "            <lyDoGiaHan/>",
        "          </GiaHan>",
        "          <nguoiKy/>",
        f"          <ngayKy>{filed:%Y-%m-%d}</ngayKy>",
        "          <nganhNgheKD>Kinh doanh dịch vụ lữ hành</nganhNgheKD>",
        "        </TKhaiThue>",
        "        <NNT>",
        f"          <mst>{tax_code(rng)}</mst>",
        f"          <tenNNT>{_x(_f(row, 'Tên tiếng Việt'))}</tenNNT>",
        f"          <dchiNNT>{_x(_f(row, 'Địa chỉ'))}</dchiNNT>",
        "          <phuongXa/>",
        "          <maHuyenNNT/>",
        "          <tenHuyenNNT/>",
        "          <maTinhNNT/>",
        f"          <tenTinhNNT>{_x(province(row))}</tenTinhNNT>",
        f"          <dthoaiNNT>{_x(phone(row))}</dthoaiNNT>",
        "          <faxNNT/>",
        f"          {mail}",
        "        </NNT>",
        "      </TTinTKhaiThue>",
        "    </TTinChung>",
        "    <CTieuTKhaiChinh>",
        "      <ct21>0</ct21>",
        f"      <ct22>{carried}</ct22>",
        "      <GiaTriVaThueGTGTHHDVMuaVao>",
        f"        <ct23>{bought}</ct23>",
        f"        <ct24>{vat_in}</ct24>",
        "      </GiaTriVaThueGTGTHHDVMuaVao>",
        f"      <ct25>{vat_in}</ct25>",
        "      <ct26>0</ct26>",
        "      <HHDVBRaChiuThueGTGT>",
        f"        <ct27>{sales}</ct27>",
        f"        <ct28>{vat_out}</ct28>",
        "      </HHDVBRaChiuThueGTGT>",
        "      <ct29>0</ct29>",
        "      <HHDVBRaChiuTSuat5>",
        "        <ct30>0</ct30>",
        "        <ct31>0</ct31>",
        "      </HHDVBRaChiuTSuat5>",
        "      <HHDVBRaChiuTSuat10>",
        f"        <ct32>{sales}</ct32>",
        f"        <ct33>{vat_out}</ct33>",
        "      </HHDVBRaChiuTSuat10>",
        "      <TongDThuVaThueGTGTHHDVBRa>",
        f"        <ct34>{sales}</ct34>",
        f"        <ct35>{vat_out}</ct35>",
        "      </TongDThuVaThueGTGTHHDVBRa>",
        f"      <ct36>{vat_out - vat_in}</ct36>",
        "      <ct37>0</ct37>",
        "      <ct38>0</ct38>",
        f"      <ct40a>{max(due, 0)}</ct40a>",
        f"      <ct40>{max(due, 0)}</ct40>",
        f"      <ct41>{max(-due, 0)}</ct41>",
        "      <ct42>0</ct42>",
        f"      <ct43>{max(-due, 0)}</ct43>",
        "    </CTieuTKhaiChinh>",
        "  </HSoKhaiThue>",
        "</HSoThueDTu>",
        "",
    ]
    return "\n".join(lines)


# IATA city codes of the provinces by the licence's province number (else Hà Nội's or
# Hồ Chí Minh City's, by the number's half of the country)
CITIES = {
    "01": "HAN", "79": "SGN", "48": "DAD", "56": "CXR", "31": "HPH", "46": "HUI", "22": "VDO",
    "91": "PQC", "92": "VCA", "38": "THD", "40": "VII", "44": "VDH", "52": "UIH", "66": "BMV",
    "68": "DLI", "54": "TBB", "95": "CAH", "10": "HAN",
}  # fmt: skip
ROUTES = ("HAN", "SGN", "DAD", "CXR", "PQC", "HPH", "HUI", "DLI", "VCA", "UIH")


def city(row: dict[str, Any]) -> str:
    number = licence(row).split("-", 1)[0]
    if number in CITIES:
        return CITIES[number]
    return "HAN" if number.isdigit() and int(number) < 45 else "SGN"


def amadeus_pnr(rows: tuple[dict[str, Any], ...], rng: random.Random) -> str:
    """An Amadeus PNR display (``RT``) of a group booking the agency made: the ``RP/`` header
    with an invented office id, agent sign and record locator, the group name element, two
    invented Vietnam Airlines segments, the agency's number in an ``AP`` element (``- A``), a
    ticketing time limit, an option queue line and remarks (the agency's name, its licence and,
    in some, its number again)."""
    (row,) = rows
    home = city(row)
    office = f"{home}VN{rng.randint(21, 39)}{rng.choice('ABCDEFGH')}{rng.randint(1, 9)}"
    sign = "".join(rng.choice("ABCDEFGHKLMNPRSTV") for _ in range(2))
    locator = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    made = dt.datetime.combine(_day(rng), dt.time(rng.randint(1, 10), rng.randint(0, 59)))
    out = made + dt.timedelta(days=rng.randint(12, 60))
    back = out + dt.timedelta(days=rng.randint(2, 6))
    away = rng.choice([c for c in ROUTES if c != home])
    origin = home if home in ROUTES else rng.choice(("HAN", "SGN"))
    away = away if away != origin else "DAD"
    pax = rng.randint(10, 40)
    name = ascii_upper(_f(row, "Tên tiếng Anh") or _f(row, "Tên tiếng Việt"))
    group = re.sub(r"[^A-Z]", "", ascii_upper(place(row)))[:12] or "VIETNAM"

    def seg(n: int, when: dt.datetime, a: str, b: str) -> str:
        dep = dt.time(rng.randint(5, 20), rng.choice((0, 5, 10, 15, 30, 35, 45, 50)))
        arr = dt.datetime.combine(when.date(), dep) + dt.timedelta(minutes=rng.randint(60, 130))
        day = when.strftime("%d%b").upper()
        return (
            f"  {n}  VN {rng.randint(120, 1899):>4} Y {day} {when.isoweekday()} {a}{b} "
            f"HK{pax}  {dep:%H%M} {arr:%H%M}  {day}  E  VN/{locator}"
        )

    limit = (made + dt.timedelta(days=3)).strftime("%d%b").upper()
    lines = [
        "--- RLR ---",
        f"RP/{office}/{office}            {sign}/SU  {made.strftime('%d%b%y').upper()}/"
        f"{made:%H%M}Z   {locator}",
        f"{office}/{rng.randint(1000, 9999)}{sign}/{made.strftime('%d%b%y').upper()}",
        f"  0.{pax}DOAN{group} NM:  0",
        seg(1, out, origin, away),
        seg(2, back, away, origin),
        f"  3 AP {home} {phone(row)} - {name[:40]} - A",
        f"  4 TK TL{limit}/{office}",
        f"  5 OPW {office}-{limit}:1200/1C7/VN REQUIRES TICKET ON OR BEFORE {limit}:1200",
        f"  6 RM GP {ascii_upper(licence(row))}",
    ]
    if rng.random() < 0.5:
        lines.append(f"  7 RM LIEN HE DOAN {phone(row)}")
    return "\n".join([*lines, ">", ""])


SUBJECTS = (
    ("thông báo thay đổi thông tin liên hệ",
     "trân trọng thông báo thông tin liên hệ mới của doanh nghiệp như sau:"),
    ("báo cáo tình hình hoạt động kinh doanh lữ hành năm {year}",
     "trân trọng báo cáo tình hình hoạt động kinh doanh dịch vụ lữ hành năm {year}. "
     "Thông tin doanh nghiệp:"),
    ("đăng ký tham gia hội chợ du lịch",
     "trân trọng đăng ký tham gia gian hàng tại hội chợ du lịch do Quý cơ quan tổ chức. "
     "Thông tin đơn vị đăng ký:"),
)  # fmt: skip


def _initials(name: str) -> str:
    words = [w for w in ascii_upper(name).split() if w not in ("CONG", "TY", "TNHH", "CO", "PHAN")]
    return "".join(w[0] for w in words)[:6] or "LH"


def cong_van(rows: tuple[dict[str, Any], ...], rng: random.Random) -> str:
    """An administrative letter (công văn) in the form of Decree 30/2020/NĐ-CP as plain text:
    the business's name over an invented number and the subject line (``V/v``), the national
    title and motto beside them, the place and an invented date, ``Kính gửi`` the authority that
    issued its licence, a body giving the licence, address, number, e-mail and web site, a
    closing line repeating the number, ``Nơi nhận`` and the signature block."""
    (row,) = rows
    name = _f(row, "Tên tiếng Việt")
    day = _day(rng)
    subject, opening = rng.choice(SUBJECTS)
    subject = subject.format(year=day.year - 1)
    opening = opening.format(year=day.year - 1)
    number = f"Số: {rng.randint(1, 240):02d}/{day.year}/CV-{_initials(name)}"
    left = [name.upper(), "", number, f"V/v {subject}"]
    right = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        f"{place(row)}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}",
    ]
    width = max(len(line) for line in left) + 4
    head = [f"{a.ljust(width)}{b}".rstrip() for a, b in zip(left, right, strict=True)]
    body = [
        f"Kính gửi: {authority(row)}",
        "",
        f"{name} (Giấy phép kinh doanh dịch vụ lữ hành số {licence(row)}) {opening}",
        f"- Tên giao dịch: {_f(row, 'Tên tiếng Anh') or name}",
        f"- Địa chỉ trụ sở: {_f(row, 'Địa chỉ')}",
        f"- Điện thoại: {phone(row)}",
    ]
    if email(row):
        body.append(f"- Thư điện tử: {email(row)}")
    if _f(row, "Website"):
        body.append(f"- Trang thông tin điện tử: {_f(row, 'Website')}")
    close = f"Mọi thông tin xin liên hệ số điện thoại {phone(row)}"
    close += f" hoặc thư điện tử {email(row)} để được hỗ trợ." if email(row) else " để được hỗ trợ."
    body += [
        "",
        close,
        "Trân trọng./.",
        "",
        "Nơi nhận:".ljust(width) + "GIÁM ĐỐC",
        "- Như trên;".ljust(width) + "(Đã ký và đóng dấu)",
        "- Lưu: VT.",
        "",
    ]
    return "\n".join([*head, "", *body])


CONTENTS = (
    "Hồ sơ xin thị thực của đoàn khách", "Vé máy bay và voucher khách sạn của đoàn",
    "Hợp đồng liên kết tour (02 bản gốc)", "Hóa đơn GTGT và biên bản thanh lý hợp đồng",
    "Hộ chiếu khách đoàn", "Ấn phẩm quảng bá tour",
)  # fmt: skip


def ghn_order(rows: tuple[dict[str, Any], ...], rng: random.Random) -> str:
    """A Giao Hàng Nhanh API v2 ``shipping-order/create`` request body: the first agency as
    sender (``from_*``, its number again as ``return_phone``), the second as recipient
    (``to_*``), invented payment and service ids, order code, ward and district codes,
    dimensions, weight and insured value, the content and note in Vietnamese."""
    sender, recipient = rows
    what = rng.choice(CONTENTS)
    weight = rng.choice((200, 300, 500, 800, 1000, 1500))
    body = {
        "payment_type_id": rng.choice((1, 2)),
        "note": f"Gọi trước khi giao. Gửi {_f(recipient, 'Tên tiếng Việt')}",
        "required_note": rng.choice(("KHONGCHOXEMHANG", "CHOXEMHANGKHONGTHU")),
        "return_phone": phone(sender),
        "return_address": _f(sender, "Địa chỉ"),
        "return_district_id": None,
        "return_ward_code": "",
        "client_order_code": f"LH{rng.randint(24, 25)}{rng.randint(100000, 999999)}",
        "from_name": _f(sender, "Tên tiếng Việt"),
        "from_phone": phone(sender),
        "from_address": _f(sender, "Địa chỉ"),
        "from_province_name": province(sender),
        "to_name": _f(recipient, "Tên tiếng Việt"),
        "to_phone": phone(recipient),
        "to_address": _f(recipient, "Địa chỉ"),
        "to_province_name": province(recipient),
        "cod_amount": 0,
        "content": what,
        "weight": weight,
        "length": rng.randint(20, 35),
        "width": rng.randint(15, 25),
        "height": rng.randint(2, 10),
        "pick_station_id": None,
        "deliver_station_id": None,
        "insurance_value": rng.randint(1, 50) * 100_000,
        "service_id": 0,
        "service_type_id": 2,
        "coupon": None,
        "pick_shift": [rng.randint(1, 3)],
        "items": [{"name": what, "quantity": 1, "weight": weight}],
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[tuple[dict[str, Any], ...], random.Random], str]] = {
    "htkk_tokhai": htkk_tokhai,
    "amadeus_pnr": amadeus_pnr,
    "cong_van": cong_van,
    "ghn_order": ghn_order,
}


def encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string's content, or as is)."""
    if layout == "htkk_tokhai":
        return escape(value)
    if layout == "ghn_order":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def labelled(layout: str, rows: tuple[dict[str, Any], ...], text: str, where: str) -> Record:
    """``text`` as a record with every copy of its rows' phone and e-mail fields labelled (the
    e-mail addresses first, so a number inside one is the address's; each copy stands apart)."""
    values = [("email", encoded(layout, email(row))) for row in rows]
    kinds = ("phone", "phone_to")[: len(rows)]
    values += [(k, encoded(layout, phone(row))) for k, row in zip(kinds, rows, strict=True)]
    columns = {"phone": PHONE, "phone_to": PHONE}
    return field_copies(text, values, EDGES, columns, where, nested=True)


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th record of the register in its layout: each copy of its rows' phone and
    e-mail fields labelled."""
    from make_pii_eval import coordinates_rng

    layout, rows = by_locale()[locale][n]
    rng = coordinates_rng(SPLIT, locale, layout, n)
    where = " ".join(row["path"] for row in rows)
    block = labelled(layout, rows, BLOCKS[layout](rows, rng), where)
    out = labelled_record((SPLIT, locale, layout, n), rows[0], block, international)
    return {**out, "source": where}


# every record once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
