"""held_out_247 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Vietnam's restaurants serving tourists, in the tourism database; Vietnam's earlier
parts took the same database's accommodation establishments and licensed travel businesses,
Vietnam Post's post offices and VNPT's transaction points) exactly as published, in layouts no
earlier part has, beside the register's own names, addresses and web sites.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Điện thoại`` and ``Email`` fields of 400 restaurants
  (``scripts/data/pii_vn_restaurants.json``, written by ``scripts/vn_restaurants_data.py``;
  source and licence in that file): Vietnamese numbers as each restaurant gave them, most with
  the province's area code written before them, even before a mobile number or a number that
  already carries it (``0290 3818 181``, ``028 0909 004 133``, ``0209 096 558 35 55``), a few
  fields of two numbers after ``-`` (``0204 01657976789 - 0913963125``), dotted; each number of
  a field labelled on its own, as published, each copy labelled; the e-mail addresses that name
  an office or the restaurant (the others were left out of the data), each copy labelled;
* the text around them is the same row's real fields: the restaurant's name, address (its
  ward, district and province read from it) and web site, with invented bill numbers, table
  and cashier names, dishes, prices, amounts, order codes, ids, dates, weights, sizes and
  coordinates, unlabelled and scored;
* in layouts no earlier part has, formats of Vietnam and of the restaurant trade, text in
  Vietnamese where the format carries prose: ESC/POS command streams of a restaurant's printed
  bill (``ESC @``, alignment, emphasis and size commands, the name, address, ``DT:`` number
  and e-mail in the header, the items, totals and a ``GS V`` cut; the text without
  diacritics, as such printers are fed), Viettel Post API ``order/createOrder`` request
  bodies of goods one restaurant sends another of the register (``SENDER_PHONE``,
  ``SENDER_EMAIL``, ``RECEIVER_PHONE``), Sapo (formerly Bizweb) Admin API
  ``GET /admin/locations/{id}.json`` responses of the restaurant as a store location
  (``phone``, ``email``), and Ahamove API ``/v1/order/create`` request bodies of an on-demand
  delivery from one restaurant to another
  (the ``path`` stops' ``mobile``); the two restaurants of a Viettel Post or Ahamove record are
  two rows, every other record is one.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_247.py   # rewrites the committed file
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

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_vn_restaurants.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_247.jsonl.gz"
SPLIT = "held_out_247"

LAYOUTS = ("escpos_bill", "viettelpost_order", "sapo_location", "ahamove_order")
PHONE, EMAIL = "Điện thoại", "Email"
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


def name(row: dict[str, Any]) -> str:
    return _f(row, "Tên cơ sở")


def address(row: dict[str, Any]) -> str:
    return _f(row, "Địa chỉ")


def rows_of(layout: str) -> int:
    """How many register rows a record of ``layout`` holds (a shipment's two restaurants)."""
    return 2 if layout in ("viettelpost_order", "ahamove_order") else 1


@functools.cache
def _units() -> dict[str, list[tuple[str, tuple[dict[str, Any], ...]]]]:
    """The records' (layout, rows) of each locale: the rows in the file's order, the layouts in
    turn, a shipment taking the next two rows."""
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
    """A number written with Vietnam's calling code (``+84 ...``, ``84 28 ...``)."""
    return bool(re.match(r"\(?\+|\(?84[ .]?\d", value)) and sum(c.isdigit() for c in value) >= 10


def ascii_plain(value: str) -> str:
    """``value`` without diacritics (``đ`` as ``d``), as a receipt printer is fed."""
    value = value.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))


def parts(row: dict[str, Any]) -> list[str]:
    """The address's comma-separated parts, stripped."""
    return [p.strip() for p in address(row).split(",")]


def province(row: dict[str, Any]) -> str:
    """The province the register appends to the address (``Thành phố Hồ Chí Minh``)."""
    return parts(row)[-1]


def district(row: dict[str, Any]) -> str:
    found = parts(row)
    return found[-2] if len(found) >= 2 else ""


def ward(row: dict[str, Any]) -> str:
    found = parts(row)
    return found[-3] if len(found) >= 3 else ""


def place(row: dict[str, Any]) -> str:
    """The province's name without its kind (``Hồ Chí Minh``)."""
    return re.sub(r"^(Thành phố|Tỉnh|TP\.)\s*", "", province(row))


def _day(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024."""
    day = dt.date(2024, 1, 2) + dt.timedelta(days=rng.randint(0, 350))
    return dt.datetime.combine(day, dt.time(rng.randint(8, 21), rng.randint(0, 59)))


DISHES = (
    ("Goi cuon tom thit", 65_000), ("Cha gio re", 85_000), ("Lau hai san", 450_000),
    ("Ca kho to", 145_000), ("Com chien duong chau", 95_000), ("Canh chua ca loc", 120_000),
    ("Muc xao sa te", 165_000), ("Rau muong xao toi", 55_000), ("Bo luc lac", 185_000),
    ("Ga nuong mat ong", 220_000), ("Tom su hap bia", 280_000), ("Nem nuong", 90_000),
    ("Nuoc suoi", 15_000), ("Bia Saigon", 25_000), ("Tra da", 5_000), ("Nuoc cam ep", 40_000),
)  # fmt: skip

ESC, GS = "\x1b", "\x1d"


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def escpos_bill(rows: tuple[dict[str, Any], ...], rng: random.Random) -> str:
    """An ESC/POS command stream of the restaurant's printed bill (phiếu thanh toán): ``ESC @``
    to initialise, ``ESC a`` to centre the header (the name double-size under ``GS !``, the
    address, ``DT:`` number, web site and e-mail where the data keeps them), the bill number,
    table, cashier and time, the items with quantity, price and amount, the total, VAT and a
    thank-you line, ``GS V`` to cut; text without diacritics, lines of 42 columns."""
    (row,) = rows
    when = _day(rng)
    items = rng.sample(DISHES, rng.randint(3, 7))
    lines = [
        f"{ESC}@{ESC}t\x10",
        f"{ESC}a\x01{GS}!\x11{ESC}E\x01{ascii_plain(name(row)).upper()}{ESC}E\x00{GS}!\x00",
        ascii_plain(address(row)),
        f"DT: {phone(row)}",
    ]
    if _f(row, "Website"):
        lines.append(_f(row, "Website"))
    if email(row):
        lines.append(f"Email: {email(row)}")
    lines += [
        "",
        f"{ESC}E\x01PHIEU THANH TOAN{ESC}E\x00",
        f"{ESC}a\x00So HD: HD{when:%y%m%d}-{rng.randint(1, 999):04d}",
        f"Ban: {rng.choice(('A', 'B', 'VIP', 'T'))}{rng.randint(1, 30):02d}"
        f"    Khach: {rng.randint(1, 12)}",
        f"Thu ngan: TN{rng.randint(1, 9):02d}    Gio vao: {when:%H:%M}",
        f"Ngay: {when:%d/%m/%Y %H:%M}",
        "-" * 42,
        f"{'Mon':<20}{'SL':>3}{'Don gia':>9}{'T.Tien':>10}",
    ]
    total = 0
    for dish, price in items:
        qty = rng.randint(1, 4)
        total += qty * price
        lines.append(f"{dish[:20]:<20}{qty:>3}{_money(price):>9}{_money(qty * price):>10}")
    vat = total * 8 // 100
    lines += [
        "-" * 42,
        f"{'Tong tien hang:':<26}{_money(total):>16}",
        f"{'Thue GTGT (8%):':<26}{_money(vat):>16}",
        f"{ESC}E\x01{'TONG THANH TOAN:':<26}{_money(total + vat):>16}{ESC}E\x00",
        f"{'Tien khach dua:':<26}{_money(-(-(total + vat) // 50_000) * 50_000):>16}",
        "",
        f"{ESC}a\x01Cam on quy khach. Hen gap lai!",
        f"Dat ban: {phone(row)}",
        f"\n\n\n{GS}VA\x03",
    ]
    return "\n".join(lines)


GOODS = (
    ("Nước mắm Phú Quốc 40 độ đạm (thùng 6 chai)", 4000), ("Mắm tôm Thanh Hóa (thùng 12 hũ)", 6000),
    ("Bánh tráng phơi sương (10 xấp)", 2000), ("Khô mực câu (1 kg)", 1000),
    ("Trà Thái Nguyên (hộp quà)", 800), ("Bộ thực đơn in mẫu mới", 1500),
    ("Đồng phục nhân viên phục vụ", 3000), ("Tương ớt, tương đen (thùng 24 chai)", 9000),
)  # fmt: skip


def viettelpost_order(rows: tuple[dict[str, Any], ...], rng: random.Random) -> str:
    """A Viettel Post API ``order/createOrder`` request body: the first restaurant as sender
    (``SENDER_FULLNAME``, ``SENDER_ADDRESS``, ``SENDER_PHONE``, ``SENDER_EMAIL`` where the data
    keeps one), the second as receiver, invented order number, group address and customer ids,
    service, goods, weight, size, price and money fields, the note in Vietnamese."""
    sender, receiver = rows
    what, weight = rng.choice(GOODS)
    price = rng.randint(3, 60) * 50_000
    when = _day(rng)
    fee = rng.randint(22, 90) * 1000
    body = {
        "ORDER_NUMBER": f"NH{when:%y%m%d}{rng.randint(1000, 9999)}",
        "GROUPADDRESS_ID": rng.randint(5_000_000, 9_999_999),
        "CUS_ID": rng.randint(700_000, 9_999_999),
        "DELIVERY_DATE": f"{when:%d/%m/%Y %H:%M:%S}",
        "SENDER_FULLNAME": name(sender),
        "SENDER_ADDRESS": address(sender),
        "SENDER_PHONE": phone(sender),
        "SENDER_EMAIL": email(sender),
        "SENDER_WARD": 0,
        "SENDER_DISTRICT": 0,
        "SENDER_PROVINCE": 0,
        "SENDER_LATITUDE": 0,
        "SENDER_LONGITUDE": 0,
        "RECEIVER_FULLNAME": name(receiver),
        "RECEIVER_ADDRESS": address(receiver),
        "RECEIVER_PHONE": phone(receiver),
        "RECEIVER_EMAIL": email(receiver),
        "RECEIVER_WARD": 0,
        "RECEIVER_DISTRICT": 0,
        "RECEIVER_PROVINCE": 0,
        "RECEIVER_LATITUDE": 0,
        "RECEIVER_LONGITUDE": 0,
        "PRODUCT_NAME": what,
        "PRODUCT_DESCRIPTION": f"Gửi {name(receiver)}",
        "PRODUCT_QUANTITY": 1,
        "PRODUCT_PRICE": price,
        "PRODUCT_WEIGHT": weight,
        "PRODUCT_LENGTH": rng.randint(20, 60),
        "PRODUCT_WIDTH": rng.randint(15, 40),
        "PRODUCT_HEIGHT": rng.randint(10, 40),
        "PRODUCT_TYPE": "HH",
        "ORDER_PAYMENT": rng.choice((1, 3)),
        "ORDER_SERVICE": rng.choice(("VCN", "VHT", "LCOD")),
        "ORDER_SERVICE_ADD": "",
        "ORDER_VOUCHER": "",
        "ORDER_NOTE": rng.choice(
            ("Cho xem hàng, không cho thử", "Hàng dễ vỡ, xin nhẹ tay", "Gọi trước khi giao")
        ),  # fmt: skip
        "MONEY_COLLECTION": 0,
        "MONEY_TOTALFEE": fee,
        "MONEY_FEECOD": 0,
        "MONEY_FEEVAS": 0,
        "MONEY_FEEINSURRANCE": 0,
        "MONEY_FEE": fee,
        "MONEY_FEEOTHER": 0,
        "MONEY_TOTALVAT": 0,
        "MONEY_TOTAL": fee,
        "LIST_ITEM": [
            {
                "PRODUCT_NAME": what,
                "PRODUCT_PRICE": price,
                "PRODUCT_WEIGHT": weight,
                "PRODUCT_QUANTITY": 1,
            },
        ],  # fmt: skip
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _code(row: dict[str, Any]) -> str:
    words = [w for w in ascii_plain(name(row)).upper().split() if w.isalpha()]
    return ("CN" + "".join(w[0] for w in words))[:8]


def sapo_location(rows: tuple[dict[str, Any], ...], rng: random.Random) -> str:
    """A Sapo (formerly Bizweb) Admin API ``GET /admin/locations/{id}.json`` response of the
    restaurant as a store location (chi nhánh): an invented id and code, its name, e-mail where
    the data keeps one, phone, the address with its ward, district and province read from it,
    the country, invented creation and modification times, status and flags."""
    (row,) = rows
    made = _day(rng)
    location = {
        "id": rng.randint(100_000, 2_999_999),
        "code": _code(row),
        "name": name(row),
        "email": email(row) or None,
        "phone": phone(row),
        "address1": address(row),
        "address2": None,
        "ward": ward(row),
        "district": district(row),
        "province": province(row),
        "country": "Vietnam",
        "country_code": "VN",
        "zip": None,
        "label": "Chi nhánh mặc định",
        "is_primary": True,
        "inventory_management": rng.choice((True, False)),
        "status": "active",
        "created_on": f"{made:%Y-%m-%dT%H:%M:%S}Z",
        "modified_on": f"{made + dt.timedelta(days=rng.randint(1, 300)):%Y-%m-%dT%H:%M:%S}Z",
    }
    return json.dumps({"location": location}, ensure_ascii=False, indent=2) + "\n"


CITY = {"Hồ Chí Minh": "SGN", "Hà Nội": "HAN", "Đà Nẵng": "DAD", "Cần Thơ": "VCA",
        "Hải Phòng": "HPH", "Khánh Hòa": "NTR", "Bình Dương": "BDG", "Đồng Nai": "DNI"}  # fmt: skip


def ahamove_order(rows: tuple[dict[str, Any], ...], rng: random.Random) -> str:
    """An Ahamove API ``/v1/order/create`` request body of an on-demand delivery from the first
    restaurant to the second: an invented token, order time, the two ``path`` stops (invented
    coordinates, the address, short address, name and ``mobile`` of each, remarks and a
    tracking number), the city's ``service_id``, payment method, items and remarks in
    Vietnamese."""
    pick, drop = rows
    when = _day(rng)
    city = CITY.get(place(pick), "SGN")
    dish, price = rng.choice(DISHES[:12])
    qty = rng.randint(2, 20)

    def stop(row: dict[str, Any]) -> dict[str, Any]:
        return {
            "lat": round(rng.uniform(8.6, 22.8), 6),
            "lng": round(rng.uniform(102.2, 109.4), 6),
            "address": address(row),
            "short_address": district(row),
            "name": name(row),
            "mobile": phone(row),
        }

    first = {**stop(pick), "remarks": "Lấy hàng tại quầy thu ngân"}
    second = {**stop(drop), "cod": 0, "tracking_number": f"AH{rng.randint(10**8, 10**9 - 1)}",
              "remarks": "Giao trước giờ mở cửa"}  # fmt: skip
    body = {
        "token": "".join(rng.choice("abcdef0123456789") for _ in range(40)),
        "order_time": int(when.replace(tzinfo=dt.UTC).timestamp()),
        "path": [first, second],
        "service_id": f"{city}-{rng.choice(('BIKE', 'TRUCK-500', 'EXPRESS'))}",
        "requests": [],
        "payment_method": rng.choice(("CASH", "BALANCE")),
        "promo_code": None,
        "remarks": f"Đơn đặt món {dish} ({qty} phần)",
        "items": [
            {"_id": f"M{rng.randint(100, 999)}", "num": qty, "name": dish, "price": price}
        ],  # fmt: skip
        "route_optimized": False,
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[tuple[dict[str, Any], ...], random.Random], str]] = {
    "escpos_bill": escpos_bill,
    "viettelpost_order": viettelpost_order,
    "sapo_location": sapo_location,
    "ahamove_order": ahamove_order,
}


def encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string's content, or as is)."""
    if layout == "escpos_bill":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


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
