"""held_out_426 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Tourism Authority of Thailand's list of the hotels of Phuket province that sell
rooms on its booking platform; Thailand's earlier parts took the health facilities of Chiang Dao
district and True Corporation's retail shops) exactly as published, in layouts no earlier part
has, beside the list's own names, addresses, postcodes, room counts and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``contactMobilePhoneNo`` and ``contactEmail`` of 177 hotels
  (``scripts/data/pii_th_tat_phuket_hotels.json``, written by
  ``scripts/th_tat_phuket_hotels_data.py``; source and licence in that file): Thai numbers as
  each hotel typed them (``076363600``, ``076-360200``, ``076 645 555``, ``0935748881``,
  ``6676211699``, ``+66 (0) 76 286 464``, ``076-685124-5``, ``Tel : +66 (0)76-396090-3``) and
  their mailboxes (``reservation@vijittresort.com``; one field holds two, ``ar@kalimaresort.com
  , rsvnm@kalimaresort.com``); each number of the field labelled on its own wherever the field
  stands, each address labelled; the list's other free-text fields (``contactAdditionalChannel``,
  the LINE and Facebook accounts) are written nowhere;
* the text around them is the same row's real fields: the hotel's Thai and English names, house
  number, road, sub-district, district, province, postcode (``83150``), number of rooms and its
  point, with invented property, contact, supplier and payment ids, invoice numbers, amounts
  (baht), dates and tokens, unlabelled and scored;
* in layouts no earlier part has, formats of the hotel trade, their values in Thai (the
  pipeline's language stage reads each document as English): Expedia Rapid
  Content API answers (``GET /v3/properties/content``: one property under its id, ``name``,
  ``address``, ``ratings``, ``location``, ``phone``, ``category``, ``rank``, ``business_model``,
  ``checkin``, ``checkout``, ``dates``, ``statistics``, ``chain``), Booking.com Contacts API
  answers (``GET /properties/{propertyId}/contacts``: ``data.contacts`` of profile types
  ``general`` and ``reservations``, each with ``phones`` of ``phone_tech_type`` 1 and
  ``email``, the general one with the ``address``), OCTo supplier answers (``GET /supplier`` of
  the Open Connectivity for Tours, Activities and Attractions API, the hotel as a seller of day
  passes: ``id``, ``name``, ``endpoint``, ``contact`` with ``website``, ``email``,
  ``telephone`` and ``address``, ``shortDescription``, ``country``) and GBPrimePay QR Cash
  payment pages (an invented Phuket laundry's invoice page whose form posts to
  ``https://api.gbprimepay.com/v3/qrcode`` with hidden ``token``, ``referenceNo``,
  ``backgroundUrl``, ``amount``, ``detail``, ``customerName``, ``customerEmail``,
  ``customerTelephone``, ``customerAddress`` and ``merchantDefined1``, above it the invoice's
  table naming the hotel and its number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (each number of a field on
its own, by ``pii_held_out_14.labelled_record``). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_426.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
import uuid
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_th_tat_phuket_hotels.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_426.jsonl.gz"
SPLIT = "held_out_426"

LAYOUTS = ("rapid_content", "booking_contacts", "octo_supplier", "gbprimepay_qrcash")
PHONE, EMAIL = "contactMobilePhoneNo", "email"
EDGES = {PHONE: r"\d", EMAIL: r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
ICT = dt.timezone(dt.timedelta(hours=7))
MAILBOX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# an invented laundry's services billed to the hotels (the QR Cash pages)
SERVICES = (
    "ค่าบริการซักรีดผ้าปูที่นอนและปลอกหมอน",
    "ค่าบริการซักรีดผ้าเช็ดตัวและเสื้อคลุมอาบน้ำ",
    "ค่าบริการซักรีดชุดพนักงาน",
    "ค่าเช่าผ้าปูโต๊ะห้องจัดเลี้ยง",
)
MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is null)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The hotel's contact number field as published (stripped)."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The hotel's e-mail field as published (stripped): one address, once two."""
    return _f(row, "contactEmail")


def mailboxes(row: dict[str, Any]) -> list[str]:
    """The addresses the e-mail field holds, in its order."""
    return list(dict.fromkeys(MAILBOX.findall(email(row))))


def international(value: str) -> bool:
    """Whether a number is written with Thailand's country code (``+66``, ``(66 2)``,
    ``6676...``)."""
    return bool(re.match(r"\+|\(?66", value))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the hotel's number field and of each address of its e-mail field."""
    return [(PHONE, phone(row)), *((EMAIL, m) for m in mailboxes(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number field and of each of its
    addresses labelled (each copy stands apart: no digit next to the number, no address
    character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name_th(row: dict[str, Any]) -> str:
    return _f(row, "nameTh")


def name_en(row: dict[str, Any]) -> str:
    return _f(row, "nameEn") or name_th(row)


def street(row: dict[str, Any]) -> str:
    """House number, moo, soi and road as one Thai address line."""
    parts = [_f(row, "addressNo")]
    if _f(row, "moo"):
        parts.append(f"หมู่ {_f(row, 'moo')}")
    for key in ("village", "trok", "road"):
        if _f(row, key):
            parts.append(_f(row, key))
    return " ".join(p for p in parts if p)


def place(row: dict[str, Any]) -> str:
    """The full address as one line: street, ตำบล, อำเภอ, province and postcode (those the list
    gives: two hotels have no ตำบล, อำเภอ or postcode)."""
    parts = [street(row)]
    for prefix, key in (("ต.", "subDistrict"), ("อ.", "district"), ("จ.", "province")):
        if _f(row, key):
            parts.append(f"{prefix}{_f(row, key)}")
    return " ".join([*parts, _f(row, "postalCode")]).strip()


def city(row: dict[str, Any]) -> str:
    """The hotel's อำเภอ, else its province."""
    return _f(row, "district") or _f(row, "province")


def point(row: dict[str, Any]) -> tuple[float, float]:
    """(latitude, longitude) of the hotel's GeoJSON point."""
    lon, lat = row["fields"]["location.coordinates"]
    return lat, lon


def rooms(row: dict[str, Any]) -> int:
    value = row["fields"].get("numberOfRoom")
    return value if isinstance(value, int) else 0


def website(row: dict[str, Any]) -> str | None:
    """The hotel's website where the field holds a link (else None)."""
    value = _f(row, "bizContactWebsite")
    return value if re.match(r"(https?://|www\.)", value) else None


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (Thailand time)."""
    day = dt.datetime(2025, 1, 6, 9, tzinfo=ICT) + dt.timedelta(days=rng.randint(0, 330))
    return day + dt.timedelta(hours=rng.randint(0, 8), minutes=rng.randint(0, 59))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def rapid_content(row: dict[str, Any], rng: random.Random) -> str:
    """An Expedia Rapid Content API answer (``GET /v3/properties/content?language=th-TH``): the
    map of one invented property id to the property's content: Thai name, address (street,
    ตำบล, อำเภอ, province, postcode, ``TH``), a star rating, the point, ``phone`` (the hotel's
    number field), the category, rank, business model, check-in and check-out, dates, the
    room count under ``statistics`` and an independent chain."""
    pid = str(rng.randint(10_000_000, 99_999_999))
    lat, lon = point(row)
    added = _when(rng) - dt.timedelta(days=rng.randint(400, 3000))
    updated = _when(rng)
    prop: dict[str, Any] = {
        "property_id": pid,
        "name": name_th(row),
        "address": {
            "line_1": street(row),
            "line_2": f"ตำบล{_f(row, 'subDistrict')}" if _f(row, "subDistrict") else "",
            "city": city(row),
            "state_province_name": _f(row, "province"),
            "postal_code": _f(row, "postalCode"),
            "country_code": "TH",
            "obfuscation_required": False,
            "localized": {
                "links": {
                    "en-US": {
                        "method": "GET",
                        "href": "https://api.ean.com/v3/properties/content?language=en-US"
                        f"&property_id={pid}&include=address",
                    }
                }
            },
        },
        "ratings": {"property": {"rating": rng.choice(("3.0", "3.5", "4.0", "4.5", "5.0")),
                                 "type": "Star"}},
        "location": {"coordinates": {"latitude": lat, "longitude": lon}},
        "phone": phone(row),
        "category": {"id": "1", "name": "โรงแรม"},
        "rank": rng.randint(1, 4000),
        "business_model": {"expedia_collect": True, "property_collect": rng.random() < 0.5},
        "checkin": {
            "24_hour": "24 ชั่วโมง",
            "begin_time": rng.choice(("2:00 PM", "3:00 PM")),
            "end_time": "anytime",
            "min_age": 18,
        },
        "checkout": {"time": rng.choice(("11:00 AM", "12:00 PM"))},
        "dates": {
            "added": added.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "updated": updated.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        },
        "statistics": {
            "52": {"id": "52", "name": f"จำนวนห้องพักทั้งหมด - {rooms(row)}",
                   "value": str(rooms(row))}
        },
        "chain": {"id": "-6", "name": "Independent"},
        "brand": {"id": "-6", "name": "Independent"},
        "supply_source": "expedia",
    }  # fmt: skip
    return _json({pid: prop})


def booking_contacts(row: dict[str, Any], rng: random.Random) -> str:
    """A Booking.com Contacts API answer (``GET /properties/{propertyId}/contacts``): two
    contacts, profile types ``general`` (the address, the number field as a ``phones`` entry of
    ``phone_tech_type`` 1, the e-mail field) and ``reservations`` (the number and e-mail
    again), no warnings or errors, an invented request id."""

    def contact(kind: str, address: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"contact_profiles": [{"type": kind}]}
        if address:
            out["address"] = {
                "address_line": " ".join(
                    [
                        street(row),
                        *([f"ต.{_f(row, 'subDistrict')}"] if _f(row, "subDistrict") else []),
                    ]
                ),
                "city_name": city(row),
                "country_code": "TH",
                "postal_code": _f(row, "postalCode"),
                "language_code": "th",
            }
        out["phones"] = [{"phone_number": phone(row), "phone_tech_type": "1"}]
        out["email"] = email(row)
        return out

    ruid = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(32))
    return _json(
        {
            "data": {"contacts": [contact("general", True), contact("reservations", False)]},
            "warnings": [],
            "errors": [],
            "meta": {"ruid": ruid},
        }
    )


def octo_supplier(row: dict[str, Any], rng: random.Random) -> str:
    """An OCTo supplier answer (``GET /supplier``): the hotel as a seller of day passes on an
    invented reseller's OCTo endpoint: a UUID, the English name, the endpoint, ``contact`` with
    the website (where the list gives one), the e-mail field, the number field and the address,
    a Thai short description with the room count, ``TH``."""
    sid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    doc = {
        "id": sid,
        "name": name_en(row),
        "endpoint": f"https://octo.andaman-daypass.co.th/api/v1/suppliers/{sid[:8]}",
        "contact": {
            "website": website(row),
            "email": email(row),
            "telephone": phone(row),
            "address": place(row),
        },
        "shortDescription": f"{name_th(row)} ที่พัก {rooms(row)} ห้องใน{city(row)} "
        f"จังหวัด{_f(row, 'province')} จำหน่ายบัตรเข้าใช้สระว่ายน้ำและสปาแบบรายวัน",
        "country": "TH",
    }
    return _json(doc)


def gbprimepay_qrcash(row: dict[str, Any], rng: random.Random) -> str:
    """An invented Phuket laundry's invoice payment page: a table with the invoice number, the
    hotel, its address and number field, the service and the amount, and a form that posts to
    GBPrimePay's QR Cash API with hidden ``token``, ``referenceNo``, ``backgroundUrl``,
    ``amount``, ``detail``, ``customerName``, ``customerEmail`` (the e-mail field),
    ``customerTelephone`` (the number field), ``customerAddress`` and ``merchantDefined1``."""
    when = _when(rng)
    invoice = f"INV{when:%y%m}-{rng.randint(1, 9999):04d}"
    reference = f"{when:%Y%m%d%H%M}{rng.randint(100, 999)}"
    amount = f"{rng.randint(1800, 48000)}.{rng.choice(('00', '50'))}"
    month = f"{MONTHS[when.month - 1]} {when.year + 543}"
    detail = f"{rng.choice(SERVICES)} ประจำเดือน{month}"
    token = "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(88))
    for value in (phone(row), email(row)):
        assert escape(value) == value, row["path"]
    hidden = [
        ("token", token + "="),
        ("referenceNo", reference),
        ("backgroundUrl", "https://pay.andamanlinen.co.th/gbp/callback"),
        ("amount", amount),
        ("detail", detail),
        ("customerName", name_th(row)),
        ("customerEmail", email(row)),
        ("customerTelephone", phone(row)),
        ("customerAddress", place(row)),
        ("merchantDefined1", invoice),
    ]
    inputs = "\n".join(
        f'      <input type="hidden" name="{k}" value="{escape(v)}">' for k, v in hidden
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="th">\n'
        "<head>\n"
        '  <meta charset="utf-8">\n'
        f"  <title>ชำระค่าบริการ {invoice} - อันดามันลินิน</title>\n"
        "</head>\n"
        "<body>\n"
        "  <h1>ใบแจ้งหนี้ / ชำระเงินผ่าน QR พร้อมเพย์</h1>\n"
        '  <table class="invoice">\n'
        f"    <tr><th>เลขที่ใบแจ้งหนี้</th><td>{invoice}</td></tr>\n"
        f"    <tr><th>วันที่</th><td>{when:%d/%m}/{when.year + 543}</td></tr>\n"
        f"    <tr><th>ลูกค้า</th><td>{escape(name_th(row))}</td></tr>\n"
        f"    <tr><th>ที่อยู่</th><td>{escape(place(row))}</td></tr>\n"
        f"    <tr><th>โทรศัพท์</th><td>{escape(phone(row))}</td></tr>\n"
        f"    <tr><th>รายการ</th><td>{escape(detail)}</td></tr>\n"
        f"    <tr><th>ยอดชำระ (บาท)</th><td>{amount}</td></tr>\n"
        "  </table>\n"
        '  <form name="qrcash" action="https://api.gbprimepay.com/v3/qrcode" method="POST">\n'
        f"{inputs}\n"
        '      <button type="submit">สร้าง QR Code เพื่อชำระเงิน</button>\n'
        "  </form>\n"
        "</body>\n"
        "</html>\n"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "rapid_content": rapid_content,
    "booking_contacts": booking_contacts,
    "octo_supplier": octo_supplier,
    "gbprimepay_qrcash": gbprimepay_qrcash,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each number of each copy of its number
    field labelled, each copy of each of its addresses labelled."""
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
