"""held_out_322 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of car rental businesses, 전국렌터카업체정보표준데이터, as the
Public Data Portal publishes it; Korea's earlier parts took other registers) exactly as
published, in layouts no earlier part has, beside the register's own names, addresses, fleets,
hours and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals, parking lots) and many others; here:

* the values are the ``전화번호`` (the business's telephone) field of 400 car rental businesses
  and branches, a seeded sample of the first row of each distinct number of a kept shape
  (``scripts/data/pii_kr_rental_cars.json``, written by ``scripts/kr_rental_cars_data.py``;
  source and licence in that file): South Korean numbers as the providing offices typed them,
  area code, exchange and line joined by hyphens (``042-484-3110``, ``02-2059-0204``,
  ``031-8079-8089``, twelve ``070`` numbers), 22 nationwide numbers of eight digits
  (``1588-1826``); no mobile or relay number; each copy labelled;
* the text around them is the same row's real fields: the business's name, kind, road and
  lot-number addresses, coordinates, garage address and capacity, fleet counts, hours, closing
  days, web page, reference date and the providing body's code and name (not the
  representative's name, which the data file leaves out), with invented ids, time stamps,
  amounts and placeholder keys, unlabelled and scored;
* in layouts no earlier part has, a shared-mobility feed standard's, a fleet management
  service's, a Korean payment gateway's and a vehicle telematics platform's formats, text in
  Korean: GBFS 2.3 ``system_information.json`` feeds (the business as a car-sharing system, its
  number as ``phone_number``), Fleetio API vendor objects (``GET /api/v1/vendors/{id}``, the
  number as ``phone``), PortOne V2 browser SDK pages (``PortOne.requestPayment`` of a rental
  management service's subscription fee, the business as ``customer`` with the number as
  ``phoneNumber`` and again in the page's billing summary) and Samsara API address responses
  (``/addresses``: a circle geofence at the row's coordinates, ``addressTypes`` ``yard``, the
  number in ``notes`` beside the garage address).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_322.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from html import escape as html_escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_rental_cars.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_322.jsonl.gz"
SPLIT = "held_out_322"

LAYOUTS = ("gbfs_system_information", "fleetio_vendor_json", "portone_payment_html",
           "samsara_address_json")  # fmt: skip
PHONE = "전화번호"
EDGES = {"phone": r"\d"}
# a rental management service's monthly plans by fleet size: (most vehicles, plan, fee in won)
PLANS = ((30, "스타터", 49000), (100, "비즈니스", 99000), (300, "프로", 199000),
         (None, "엔터프라이즈", 390000))  # fmt: skip
SEOUL = dt.timezone(dt.timedelta(hours=9))

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The business's telephone as published."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The business's name as the register writes it (``대전렌트카㈜``)."""
    return _f(row, "업체명")


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


def address(row: dict[str, Any]) -> str:
    """The road address as published, or the lot-number address where it has none."""
    return _f(row, "소재지도로명주소") or _f(row, "소재지지번주소")


def garage(row: dict[str, Any]) -> str:
    """The garage's road address as published, or its lot-number address, or ""."""
    return _f(row, "차고지도로명주소") or _f(row, "차고지지번주소")


def coordinates(row: dict[str, Any]) -> tuple[str, str]:
    """The latitude and longitude as published (every kept row has both)."""
    return _f(row, "위도"), _f(row, "경도")


def vehicles(row: dict[str, Any]) -> int:
    """The business's fleet, as a number (0 where the register leaves it empty)."""
    value = _f(row, "자동차총보유대수")
    return int(value) if value.isdigit() else 0


def fleet(row: dict[str, Any]) -> str:
    """The fleet in words (``153대``), or "" where the register gives none or 0."""
    return f"{vehicles(row)}대" if vehicles(row) else ""


def hours(row: dict[str, Any], prefix: str = "평일") -> str:
    """The hours of one kind of day as the register gives them (``09:00~18:00``), or ""."""
    start, end = _f(row, f"{prefix}운영시작시각"), _f(row, f"{prefix}운영종료시각")
    return f"{start}~{end}" if start and end else ""


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between January 2024 and September 2026, in Seoul time."""
    start = dt.datetime(2024, 1, 2, 8, 0, 0, tzinfo=SEOUL)
    return start + dt.timedelta(
        seconds=rng.randint(0, 1000 * 86400), milliseconds=rng.randint(0, 999)
    )


def _json(value: Any) -> str:
    """``value`` as JSON with two-space indents and Korean kept as it is."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def gbfs_system_information(row: dict[str, Any], rng: random.Random) -> str:
    """A GBFS 2.3 ``system_information.json`` feed: ``last_updated`` (POSIX seconds), ``ttl``,
    ``version`` and ``data`` describing the business as a car-sharing system: an invented
    ``system_id`` with the providing body's code, ``language`` ``ko``, the name as ``name`` and
    ``operator``, the web page where it has one, the number as ``phone_number`` and
    ``timezone`` ``Asia/Seoul``."""
    system = {
        "system_id": f"kr-rent-{_f(row, '제공기관코드')}-{rng.randint(100, 9999):04d}",
        "language": "ko",
        "name": name(row),
        "operator": name(row),
    }
    if _f(row, "홈페이지주소"):
        system["url"] = _f(row, "홈페이지주소")
    system.update({"phone_number": phone(row), "timezone": "Asia/Seoul"})
    feed = {
        "last_updated": int(_when(rng).timestamp()),
        "ttl": rng.choice((0, 60, 300, 3600, 86400)),
        "version": "2.3",
        "data": system,
    }
    return _json(feed)


def _region_city(row: dict[str, Any]) -> tuple[str, str]:
    """The province and the city, county or district, the first two words of the address."""
    words = address(row).split()
    return (words[0] if words else ""), (words[1] if len(words) > 1 else "")


def _stamp(moment: dt.datetime) -> str:
    """An ISO 8601 time stamp with the offset (``2025-03-04T10:21:44.512+09:00``)."""
    return moment.isoformat(timespec="milliseconds")


def fleetio_vendor_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Fleetio API vendor object (``GET /api/v1/vendors/{id}``): invented ``id`` and
    ``account_id``, the business's name, the number as ``phone``, the road address with its
    province and city, the web page, the coordinates, the vendor kinds (a vehicle vendor), no
    contact person, time stamps and custom fields with the garage, fleet and reference date."""
    region, city = _region_city(row)
    lat, lng = coordinates(row)
    created = _when(rng)
    updated = created + dt.timedelta(seconds=rng.randint(60, 400 * 86400))
    vendor = {
        "id": rng.randint(1_000_000, 9_999_999),
        "account_id": rng.randint(10_000, 99_999),
        "name": name(row),
        "phone": phone(row),
        "street_address": address(row),
        "street_address_line_2": None,
        "city": city,
        "region": region,
        "postal_code": None,
        "country": "KR",
        "website": _f(row, "홈페이지주소") or None,
        "latitude": float(lat),
        "longitude": float(lng),
        "contact_name": None,
        "contact_phone": None,
        "contact_email": None,
        "charging": False,
        "fuel": False,
        "service": False,
        "tire": False,
        "vehicle": True,
        "archived_at": None,
        "created_at": _stamp(created),
        "updated_at": _stamp(updated),
        "labels": [_f(row, "사업장구분"), "렌터카"],
        "custom_fields": {
            "차고지": garage(row) or None,
            "보유대수": _f(row, "자동차총보유대수") or None,
            "운영시간": hours(row) or None,
            "기준일자": _f(row, "데이터기준일자"),
        },
    }
    return _json(vendor)


def _js(value: str) -> str:
    """``value`` as a double-quoted JavaScript string."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _plan(row: dict[str, Any]) -> tuple[str, int]:
    """The plan and monthly fee for the row's fleet."""
    count = vehicles(row)
    for most, plan, fee in PLANS:
        if most is None or count <= most:
            return plan, fee
    raise AssertionError(count)


def portone_payment_html(row: dict[str, Any], rng: random.Random) -> str:
    """A page of a rental management service's billing that calls the PortOne V2 browser SDK
    (``cdn.portone.io/v2/browser-sdk.js``): a billing summary (the business, its address and
    the number, the plan by its fleet and the fee) and ``PortOne.requestPayment`` with a
    placeholder store id and channel key, an invented payment id, the plan as ``orderName``,
    the fee in ``CURRENCY_KRW`` by ``CARD``, and the business as ``customer`` (invented
    ``customerId``, the name as ``fullName``, the number as ``phoneNumber``, the road address
    as ``address``)."""
    tel = phone(row)
    plan, fee = _plan(row)
    when = _when(rng)
    month = f"{when.year}년 {when.month}월"
    order = f"렌터카 예약관리 {plan} 요금제 ({month}분)"
    payment = f"sub-{when:%Y%m}-{rng.getrandbits(40):010x}"
    customer = f"cus_{uuid.UUID(int=rng.getrandbits(128)).hex[:20]}"
    summary = [
        ("상호", name(row)),
        ("사업장 구분", _f(row, "사업장구분")),
        ("주소", address(row)),
        ("연락처", tel),
        ("보유 차량", fleet(row)),
        ("요금제", f"{plan} (월 {fee:,}원, 부가세 포함)"),
    ]
    items = [f"  <dt>{k}</dt><dd>{html_escape(v)}</dd>" for k, v in summary if v.strip()]
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="ko">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html_escape(order)} 결제</title>",
        '<script src="https://cdn.portone.io/v2/browser-sdk.js"></script>',
        "</head>",
        "<body>",
        "<h1>구독료 결제</h1>",
        '<dl class="billing-summary">',
        *items,
        "</dl>",
        '<button type="button" id="pay">카드로 결제하기</button>',
        "<script>",
        'document.getElementById("pay").addEventListener("click", async () => {',
        "  const response = await PortOne.requestPayment({",
        '    storeId: "store-00000000-0000-0000-0000-000000000000",',
        '    channelKey: "channel-key-00000000-0000-0000-0000-000000000000",',
        f"    paymentId: {_js(payment)},",
        f"    orderName: {_js(order)},",
        f"    totalAmount: {fee},",
        '    currency: "CURRENCY_KRW",',
        '    payMethod: "CARD",',
        "    customer: {",
        f"      customerId: {_js(customer)},",
        f"      fullName: {_js(name(row))},",
        f"      phoneNumber: {_js(tel)},",
        "      address: {",
        '        country: "COUNTRY_KR",',
        f"        addressLine1: {_js(address(row))},",
        '        addressLine2: "",',
        "      },",
        "    },",
        f'    redirectUrl: "https://billing.example.com/payments/{payment}/complete",',
        "  });",
        "  if (response.code !== undefined) {",
        "    alert(response.message);",
        "    return;",
        "  }",
        '  await fetch("/api/payments/complete", {',
        '    method: "POST",',
        '    headers: { "Content-Type": "application/json" },',
        "    body: JSON.stringify({ paymentId: response.paymentId }),",
        "  });",
        "});",
        "</script>",
        "</body>",
        "</html>",
    ]) + "\n"  # fmt: skip


def samsara_address_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Samsara API address response (``/addresses``, ``data``): an invented id, the business's
    name, its road address as ``formattedAddress``, a circle geofence at the row's coordinates,
    ``addressTypes`` ``yard``, ``notes`` naming the kind, garage address and capacity, fleet,
    weekday hours and the number, a tag of the providing body, an external id and a time
    stamp."""
    lat, lng = coordinates(row)
    notes = [_f(row, "사업장구분") + (f" · 보유 차량 {fleet(row)}" if fleet(row) else "")]
    if garage(row):
        capacity = _f(row, "보유차고지수용능력")
        notes.append(f"차고지: {garage(row)}" + (f" (수용 {capacity}대)" if capacity else ""))
    if hours(row):
        notes.append(f"평일 {hours(row)}")
    notes.append(f"문의 ☎ {phone(row)}")
    created = _when(rng).astimezone(dt.UTC)
    address_object = {
        "id": str(rng.randint(10_000_000, 99_999_999)),
        "name": name(row),
        "createdAtTime": created.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "formattedAddress": address(row),
        "geofence": {
            "circle": {
                "latitude": float(lat),
                "longitude": float(lng),
                "radiusMeters": rng.choice((50, 75, 100, 150, 200)),
            }
        },
        "latitude": float(lat),
        "longitude": float(lng),
        "addressTypes": ["yard"],
        "notes": "\n".join(notes),
        "tags": [{"id": str(rng.randint(1_000_000, 9_999_999)), "name": _f(row, "제공기관명")}],
        "externalIds": {"provider": _f(row, "제공기관코드")},
    }
    return _json({"data": address_object})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "gbfs_system_information": gbfs_system_information,
    "fleetio_vendor_json": fleetio_vendor_json,
    "portone_payment_html": portone_payment_html,
    "samsara_address_json": samsara_address_json,
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
