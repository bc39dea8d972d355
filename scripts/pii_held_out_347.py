"""held_out_347 of the PII evaluation set: real phone fields of a register no earlier part used
(the veterinary hospitals and clinics of Taiwan in the open query of the Ministry of
Agriculture's Animal and Plant Health Inspection Agency; Taiwan's earlier parts took other
publishers' lists) exactly as published, in layouts no earlier part has, beside the register's
own names, licence numbers, licence dates, addresses and services.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of TW (the National Health Insurance Administration's, the
Ministry of Education's, the National Police Agency's, MOS Burger's and others), JP, KR and
many others; here:

* the values are the ``tel`` fields of 480 veterinary practices
  (``scripts/data/pii_tw_aphia_vet_hospitals.json``, written by
  ``scripts/tw_aphia_vet_hospitals_data.py``; source and licence in that file): Taiwanese
  numbers as the practices registered them, after the register's label ``聯絡電話：``, the area
  code with its trunk 0 before a hyphen (404: ``05-2291608``, ``02-26225750``, ``037-469694``,
  ``049-2381559``, ``02-2968-7110``, ``05-633869``), in one run with the line (20:
  ``065712351``, ``0229846306``) or left out (56: ``28822193``, ``5551290``, ``8260-2323``);
  480 distinct numbers, no mobile, no extension; each field twice in its record, each copy
  labelled (960 labels, all national);
* the text around them is the same row's real fields: the name, the licence number
  (``府建農字第38號``), the licence date, the address and the services, with invented
  merchant ids, trade numbers, unified business numbers (統一編號, eight digits, check digit
  right), item amounts, animal ids, CRM record ids, row ids and dates, unlabelled and scored;
* in layouts no earlier part has, text in Chinese (Traditional): ECPay (綠界科技) B2C
  e-invoice issue requests (``/B2CInvoice/Issue``) as a pet-supply wholesaler's integration
  logs them before encrypting ``Data`` (the practice as the buyer: ``CustomerName``,
  ``CustomerAddr``, ``CustomerPhone``, an ``InvoiceRemark`` repeating the number), the
  Ministry of Agriculture's animal adoption open data (動物認領養, ``TransService.aspx`` JSON:
  an animal kept at the practice as contracted shelter, ``shelter_tel`` and an
  ``animal_remark`` repeating the number), EspoCRM REST API ``Account`` records (the
  practice as a customer account: ``phoneNumber`` and ``phoneNumberData``) and Baserow REST API
  list-rows responses with user field names (a sales team's clinic table: ``聯絡電話`` and a
  ``備註`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_347.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_aphia_vet_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_347.jsonl.gz"
SPLIT = "held_out_347"

LAYOUTS = ("ecpay_invoice", "moa_adoption", "espocrm_account", "baserow_rows")
PHONE = "tel"
TZ = dt.timezone(dt.timedelta(hours=8))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the adoption data's area ids (``animal_area_pkid``) of the counties and cities
AREAS = {
    "臺北市": 2, "新北市": 3, "基隆市": 4, "宜蘭縣": 5, "桃園市": 6, "新竹縣": 7, "新竹市": 8,
    "苗栗縣": 9, "臺中市": 10, "彰化縣": 11, "南投縣": 12, "雲林縣": 13, "嘉義縣": 14,
    "嘉義市": 15, "臺南市": 16, "高雄市": 17, "屏東縣": 18, "花蓮縣": 19, "臺東縣": 20,
    "澎湖縣": 21, "金門縣": 22, "連江縣": 23,
}  # fmt: skip
# invented supplies of a wholesaler's invoice: name, unit, price range
SUPPLIES = (
    ("犬用處方飼料 腎臟配方 2kg", "包", (980, 1480)),
    ("貓用處方飼料 泌尿道配方 1.5kg", "包", (760, 1180)),
    ("外用驅蟲滴劑 中型犬", "盒", (520, 880)), ("拋棄式檢診手套 M", "盒", (180, 320)),
    ("無菌紗布 10x10", "包", (90, 160)), ("伊莉莎白頸圈 3號", "個", (85, 150)),
    ("犬貓營養膏 120g", "條", (260, 420)), ("醫療用吸水墊 60x90", "包", (220, 360)),
)  # fmt: skip
COLOURS = ("黑色", "白色", "黃色", "虎斑色", "花色", "咖啡色", "黑白色", "米色")
FOUND = ("民眾送交", "路邊拾獲", "飼主棄養", "通報捕捉")
STATUSES = (("待拜訪", "light-blue"), ("已拜訪", "green"), ("合作中", "dark-green"))


def _f(row: dict[str, Any], key: str) -> str:
    """A field as the register gives it after its label (``開業執照：`` and the like),
    stripped ("" where the row has no value)."""
    return (row["fields"].get(key) or "").split("：", 1)[-1].strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, after its label."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with its country code (none of this register's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def county(row: dict[str, Any]) -> str:
    """The county or city the address begins with (``台`` read as ``臺``), "" where it names
    none."""
    head = _f(row, "address")[:3].replace("台", "臺")
    return head if head in AREAS else ""


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taiwan time)."""
    start = dt.datetime(2024, 1, 8, 8, 30, tzinfo=TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _ubn(rng: random.Random) -> str:
    """An invented unified business number (統一編號): eight digits whose weighted digit sum
    (weights 1,2,1,2,1,2,4,1, each product's digits added) is a multiple of 10."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        digits[0] = rng.randint(1, 9)
        total = sum(
            sum(divmod(d * w, 10)) for d, w in zip(digits, (1, 2, 1, 2, 1, 2, 4, 1), strict=True)
        )
        if total % 10 == 0:
            return "".join(map(str, digits))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _json(value: Any, compact: bool) -> str:
    """``value`` as JSON (UTF-8 text): compact as an API returns it, or indented as a log
    shows it."""
    if compact:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def ecpay_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """An ECPay B2C e-invoice issue request (``POST /B2CInvoice/Issue``) as a pet-supply
    wholesaler's integration logs it before it encrypts ``Data``: ``MerchantID``, ``RqHeader``
    with a Unix ``Timestamp``, and ``Data`` with an invented ``RelateNumber``, the practice as
    buyer (an invented ``CustomerIdentifier``, its name, address and ``CustomerPhone``, no
    e-mail), a printed invoice (``Print`` 1, no carrier, no donation), taxable sales at 5%
    (``TaxType`` 1, ``InvType`` 07), one to three invented ``Items`` and an ``InvoiceRemark``
    naming the licence number and repeating the number."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    merchant = str(rng.randint(3000000, 3999999))
    items, total = [], 0
    for seq, (item, word, (low, high)) in enumerate(rng.sample(SUPPLIES, rng.randint(1, 3)), 1):
        count, price = rng.randint(1, 12), rng.randrange(low, high, 10)
        total += count * price
        items.append({
            "ItemSeq": seq, "ItemName": item, "ItemCount": count, "ItemWord": word,
            "ItemPrice": price, "ItemTaxType": "1", "ItemAmount": count * price,
            "ItemRemark": "",
        })  # fmt: skip
    remark = f"{name}（開業執照 {_f(row, 'license')}）送貨前請先來電 {tel}"
    body = {
        "MerchantID": merchant,
        "RqHeader": {"Timestamp": int(when.timestamp())},
        "Data": {
            "MerchantID": merchant,
            "RelateNumber": f"VS{when:%Y%m%d}{rng.randint(0, 99999):05d}",
            "CustomerID": "",
            "CustomerIdentifier": _ubn(rng),
            "CustomerName": name,
            "CustomerAddr": _f(row, "address"),
            "CustomerPhone": tel,
            "CustomerEmail": "",
            "ClearanceMark": "",
            "Print": "1",
            "Donation": "0",
            "LoveCode": "",
            "CarrierType": "",
            "CarrierNum": "",
            "TaxType": "1",
            "SalesAmount": total,
            "InvoiceRemark": remark,
            "Items": items,
            "InvType": "07",
            "vat": "1",
        },
    }
    return _json(body, compact=False)


def moa_adoption(row: dict[str, Any], rng: random.Random) -> str:
    """One record of the Ministry of Agriculture's animal adoption open data (動物認領養,
    ``TransService.aspx?UnitId=QcbUEzN6E6DL``), a JSON array as the service returns it: an
    invented animal (ids, kind, variety, sex, body type, colour, age, sterilisation and
    vaccination flags, status, dates, picture) kept at the practice as the county's contracted
    shelter (``animal_place`` and ``shelter_name`` its name, ``shelter_address``,
    ``shelter_tel``), its area id from the address, and an ``animal_remark`` repeating the
    number."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    opened = when.date()
    dog = rng.random() < 0.6
    area = AREAS.get(county(row)) or rng.randint(2, 23)
    roc = f"{opened.year - 1911}{opened:%m%d}"
    record = {
        "animal_id": rng.randint(380000, 429999),
        "animal_subid": f"{rng.choice('ABCDEFGHIK')}AAAG{roc}{rng.randint(1, 40):03d}",
        "animal_area_pkid": area,
        "animal_shelter_pkid": rng.randint(48, 99),
        "animal_place": name,
        "animal_kind": "狗" if dog else "貓",
        "animal_Variety": "混種犬" if dog else "混種貓",
        "animal_sex": rng.choice("MF"),
        "animal_bodytype": rng.choice(("SMALL", "MEDIUM", "BIG") if dog else ("SMALL", "MEDIUM")),
        "animal_colour": rng.choice(COLOURS),
        "animal_age": rng.choice(("CHILD", "ADULT")),
        "animal_sterilization": rng.choice("TFN"),
        "animal_bacterin": rng.choice("TFN"),
        "animal_foundplace": rng.choice(FOUND),
        "animal_title": "",
        "animal_status": "OPEN",
        "animal_remark": f"本{'犬' if dog else '貓'}暫置{name}，認養請先來電 {tel} 預約。",
        "animal_caption": "",
        "animal_opendate": f"{opened:%Y-%m-%d}",
        "animal_closeddate": "2999-12-31",
        "animal_update": f"{opened:%Y/%m/%d}",
        "animal_createtime": f"{opened - dt.timedelta(days=rng.randint(1, 9)):%Y/%m/%d}",
        "shelter_name": name,
        "album_file": f"https://www.pet.gov.tw/upload/pic/{int(when.timestamp()) * 1000}.png",
        "album_update": "",
        "cDate": f"{opened:%Y/%m/%d}",
        "shelter_address": _f(row, "address"),
        "shelter_tel": tel,
    }
    return _json([record], compact=True)


def espocrm_account(row: dict[str, Any], rng: random.Random) -> str:
    """An EspoCRM ``Account`` as its REST API returns it (``GET /api/v1/Account/{id}``): an
    invented 17-character id, the practice's name, ``phoneNumber`` and ``phoneNumberData``
    (one primary ``Office`` number, not opted out, not invalid), no e-mail, type
    ``Customer``, the address as billing and shipping street with the county or city, a
    ``description`` of the licence number, licence date and services, invented team, user
    and creation and modification times."""
    name, tel = _f(row, "name"), phone(row)
    created = _when(rng)
    modified = created + dt.timedelta(minutes=rng.randint(5, 60 * 24 * 40))
    city = county(row) or None
    lines = [f"開業執照：{_f(row, 'license')}"]
    if _f(row, "license_date"):
        lines.append(f"發照日期：{_f(row, 'license_date')}")
    lines.append(f"營業項目：{_f(row, 'service')}")
    team = _hex(rng, 17)
    account = {
        "id": _hex(rng, 17),
        "name": name,
        "deleted": False,
        "website": None,
        "emailAddress": None,
        "phoneNumber": tel,
        "type": "Customer",
        "industry": "Healthcare",
        "sicCode": None,
        "billingAddressStreet": _f(row, "address"),
        "billingAddressCity": city,
        "billingAddressState": None,
        "billingAddressCountry": "台灣",
        "billingAddressPostalCode": None,
        "shippingAddressStreet": _f(row, "address"),
        "shippingAddressCity": city,
        "shippingAddressState": None,
        "shippingAddressCountry": "台灣",
        "shippingAddressPostalCode": None,
        "description": "\n".join(lines),
        "createdAt": f"{created.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S}",
        "modifiedAt": f"{modified.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S}",
        "emailAddressIsOptedOut": None,
        "emailAddressIsInvalid": None,
        "phoneNumberIsOptedOut": False,
        "phoneNumberIsInvalid": False,
        "emailAddressData": [],
        "phoneNumberData": [
            {
                "phoneNumber": tel,
                "primary": True,
                "type": "Office",
                "optOut": False,
                "invalid": False,
            },
        ],  # fmt: skip
        "campaignId": None,
        "campaignName": None,
        "createdById": _hex(rng, 17),
        "createdByName": "Admin",
        "modifiedById": None,
        "modifiedByName": None,
        "assignedUserId": None,
        "assignedUserName": None,
        "teamsIds": [team],
        "teamsNames": {team: rng.choice(("北區業務", "中區業務", "南區業務", "東區業務"))},
        "isFollowed": False,
    }
    return _json(account, compact=True)


def baserow_rows(row: dict[str, Any], rng: random.Random) -> str:
    """A Baserow REST API list-rows response with ``user_field_names=true`` (``count``,
    ``next``, ``previous``, ``results``) of a sales team's table of practices, the one row
    matching a search: an invented row ``id`` and ``order``, the name, licence number, licence
    date (a date field, ``null`` where the register has none), ``聯絡電話``, address and
    services, a single-select visit status, a ``備註`` repeating the number and an invented
    last-modified time."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    row_id = rng.randint(12, 2400)
    status, colour = rng.choice(STATUSES)
    result = {
        "id": row_id,
        "order": f"{row_id}.00000000000000000000",
        "院所名稱": name,
        "開業執照": _f(row, "license"),
        "發照日期": _f(row, "license_date") or None,
        "聯絡電話": tel,
        "地址": _f(row, "address"),
        "營業項目": _f(row, "service"),
        "拜訪狀態": {"id": rng.randint(3000, 3999), "value": status, "color": colour},
        "備註": f"{when:%m/%d} 已寄送型錄，請於看診時段外致電 {tel} 約拜訪時間。",
        "最後修改": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999999):06d}Z",
    }
    body = {"count": 1, "next": None, "previous": None, "results": [result]}
    return _json(body, compact=False)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ecpay_invoice": ecpay_invoice,
    "moa_adoption": moa_adoption,
    "espocrm_account": espocrm_account,
    "baserow_rows": baserow_rows,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field
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
