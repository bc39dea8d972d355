"""held_out_421 of the PII evaluation set: real phone fields of a register no earlier part used
(the Seoul Metropolitan Government's licensing data of large retail stores, 서울시 대규모점포
인허가 정보; Korea's earlier parts took other registers) exactly as published, in layouts no
earlier part has, beside the register's own names, kinds, district codes and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals, parking lots, car rental businesses, campsites, performances and events,
tourist information centres, Seoul Metro's stations, 119 safety centres, Seoul's hospitals and
women's safe houses) and many others; here:

* the values are the ``전화번호`` (telephone) field of 400 large stores open for business in
  Seoul (department stores, hypermarkets, shopping centres, malls, specialty stores and other
  large stores), a seeded sample of the first row of each distinct number of the kept shape,
  none an earlier Korean part's (``scripts/data/pii_kr_seoul_large_stores.json``, written by
  ``scripts/kr_seoul_large_stores_data.py``; source and licence in that file): South Korean
  numbers as the district offices typed them (``02-709-7501``, ``02-2006-2364``,
  ``24578045``, ``02  519 2800``, ``02 3973445``, ``02)718-7113``); each copy labelled;
* the text around them is the same row's real fields: the store's name, kind, district
  office code, road (or lot-number) address and postcode, with invented ids, invoice numbers,
  time stamps, versions and coordinates, unlabelled and scored;
* in layouts no earlier part has, of a Korean parcel-tracking API and three commerce
  platforms' store resources, text in Korean where the format carries it: Sweet Tracker
  (스마트택배) tracking API ``trackingInfo`` responses (a parcel the store sent: ``invoiceNo``,
  ``senderName``, ``receiverName``, ``itemName``, ``level``, ``complete``, the store's
  pick-up as the first of ``trackingDetails`` with the number as ``telno``, repeated as
  ``firstDetail``), commercetools ``Channel`` resources (the store as a channel of roles
  ``InventorySupply`` and ``ProductDistribution``: ``id``, ``version``, ``key``, ``name`` and
  ``description`` as ``ko-KR`` localized strings, ``address`` with the number as ``phone``,
  ``geoLocation`` a GeoJSON point, ``createdAt``/``lastModifiedAt``), Medusa admin API stock
  location responses (``GET /admin/stock-locations/{id}``: ``stock_location`` with a
  ``sloc_`` ULID, ``name`` and its ``address`` with ``address_1``, ``city``,
  ``country_code`` ``kr``, ``postal_code`` and the number as ``phone``) and Spree platform API
  stock location responses (JSON:API ``data`` of ``type`` ``stock_location``: ``attributes``
  with ``name``, ``admin_name``, ``address1``, ``city``, ``zipcode``, the number as ``phone``,
  ``active``, ``backorderable_default``; ``relationships`` to the country and state).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_421.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_seoul_large_stores.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_421.jsonl.gz"
SPLIT = "held_out_421"

LAYOUTS = ("sweettracker_tracking_json", "commercetools_channel_json",
           "medusa_stock_location_json", "spree_stock_location_jsonapi")  # fmt: skip
PHONE = "전화번호"
EDGES = {"phone": r"\d"}
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KST = timezone(timedelta(hours=9))
ITEMS = ("생활용품", "의류", "식품 선물세트", "가전제품", "도서", "화장품", "주방용품", "반품 상품")
RECEIVERS = ("김*수", "이*영", "박*진", "최*희", "정*호", "강*민", "조*아", "윤*석")
BRANCHES = ("옥천HUB", "곤지암Hub", "대전HUB", "군포Sub", "청원HUB", "부천Sub")
TOWNS = ("부산광역시 해운대구", "대구광역시 수성구", "인천광역시 연수구", "광주광역시 북구",
         "대전광역시 유성구", "경기도 성남시 분당구", "강원특별자치도 춘천시")  # fmt: skip

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The store's telephone as published."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The store's name as published (``GS THE FRESH 둔촌포레온점``)."""
    return _f(row, "사업장명")


def kind(row: dict[str, Any]) -> str:
    """The store's kind as published (``대형마트``, ``백화점``, ``그 밖의 대규모점포``)."""
    return _f(row, "업태구분명")


def office(row: dict[str, Any]) -> str:
    """The code of the district office that registered the store (``3240000``)."""
    return _f(row, "개방자치단체코드")


def address(row: dict[str, Any]) -> str:
    """The road address as published, or the lot-number address where the row has none."""
    return _f(row, "도로명주소") or _f(row, "지번주소")


def postcode(row: dict[str, Any]) -> str:
    """The road-address postcode: five digits where the file dropped a leading ``0``
    (``5409``), an old six-digit code as published (``140-111``), "" where there is none."""
    value = _f(row, "도로명우편번호")
    return value.zfill(5) if value.isdigit() else value


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this register does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled under its column;
    each copy stands apart: no digit next to it."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def _parts(row: dict[str, Any]) -> dict[str, str]:
    """The address's parts: the street line (province, district, street and number), the rest
    after its comma or bracket, the district (``강동구``) and, of a road address, the street and
    the building number apart (a lot-number address keeps its neighbourhood and lot together)."""
    main = re.split(r"[,(]", address(row), maxsplit=1)[0].strip()
    rest = address(row)[len(main) :].strip(" ,")
    words = main.split()
    road = bool(_f(row, "도로명주소")) and len(words) > 3
    return {
        "line": main,
        "rest": rest,
        "district": words[1] if len(words) > 1 else "",
        "street": " ".join(words[2:-1]) if road else " ".join(words[2:]),
        "number": words[-1] if road else "",
    }


def _point(rng: random.Random) -> tuple[float, float]:
    """An invented point in Seoul: (longitude, latitude)."""
    return round(rng.uniform(126.82, 127.16), 7), round(rng.uniform(37.46, 37.68), 7)


def _moment(rng: random.Random) -> datetime:
    """An invented moment of 2025 in Korean time, to the millisecond."""
    start = datetime(2025, 1, 2, 8, 0, tzinfo=KST)
    return start + timedelta(seconds=rng.randint(0, 330 * 86400), milliseconds=rng.randint(0, 999))


def _iso(moment: datetime) -> str:
    """A UTC time stamp with milliseconds (``2025-03-11T00:32:07.412Z``)."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _ulid(rng: random.Random, moment: datetime) -> str:
    """An invented ULID of ``moment`` (ten characters of milliseconds, sixteen random)."""
    ms, head = int(moment.timestamp() * 1000), ""
    for _ in range(10):
        head, ms = CROCKFORD[ms % 32] + head, ms // 32
    return head + "".join(rng.choice(CROCKFORD) for _ in range(16))


def sweettracker_tracking_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Sweet Tracker (스마트택배) tracking API response (``/api/v1/trackingInfo``, JSON on one
    line): an invented invoice the store sent to a masked receiver, the store's pick-up as the
    first tracking detail (``where`` the store, ``telno`` its number) and as ``firstDetail``,
    hub and delivery steps after it with empty numbers, the last as ``lastDetail``."""
    moment = _moment(rng)
    steps = [("집화처리", 2, name(row), phone(row))]
    for hub in rng.sample(BRANCHES, 2):
        steps += [("간선상차", 3, hub, ""), ("간선하차", 3, hub, "")]
    town = rng.choice(TOWNS)
    steps += [("배송출발", 5, town.split()[-1], ""), ("배송완료", 6, town.split()[-1], "")]
    details = []
    for kind_name, level, where, telno in steps:
        moment += timedelta(minutes=rng.randint(35, 540))
        details.append({
            "code": None, "kind": kind_name, "level": level, "manName": "", "manPic": "",
            "remark": None, "telno": telno, "telno2": "", "time": int(moment.timestamp() * 1000),
            "timeString": moment.strftime("%Y-%m-%d %H:%M:%S"), "where": where,
        })  # fmt: skip
    body = {
        "adUrl": None,
        "complete": True,
        "completeYN": "Y",
        "estimate": None,
        "firstDetail": details[0],
        "invoiceNo": f"{rng.randint(10**11, 10**12 - 1)}",
        "itemImage": "",
        "itemName": rng.choice(ITEMS),
        "lastDetail": details[-1],
        "lastStateDetail": details[-1],
        "level": 6,
        "orderNumber": None,
        "productInfo": None,
        "receiverAddr": town,
        "receiverName": rng.choice(RECEIVERS),
        "recipient": "",
        "result": "Y",
        "senderName": name(row),
        "trackingDetails": details,
        "zipCode": None,
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n"


def commercetools_channel_json(row: dict[str, Any], rng: random.Random) -> str:
    """A commercetools ``Channel`` (``GET /{projectKey}/channels/{id}``, two-space indents):
    an invented id, version, key and time stamps, the store's name and kind as ``ko-KR``
    strings, its address with the number as ``phone`` and an invented point."""
    created = _moment(rng)
    modified = created + timedelta(seconds=rng.randint(60, 90 * 86400))
    lon, lat = _point(rng)
    p = _parts(row)
    addr = {
        "streetName": p["street"] or p["line"],
        "streetNumber": p["number"],
        "additionalStreetInfo": p["rest"],
        "postalCode": postcode(row),
        "city": "서울특별시",
        "region": p["district"],
        "country": "KR",
        "company": name(row),
        "phone": phone(row),
    }
    channel = {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "version": rng.randint(1, 14),
        "versionModifiedAt": _iso(modified),
        "lastMessageSequenceNumber": 1,
        "createdAt": _iso(created),
        "lastModifiedAt": _iso(modified),
        "lastModifiedBy": {"isPlatformClient": True},
        "createdBy": {"isPlatformClient": True},
        "key": f"seoul-store-{office(row)}-{rng.randint(1000, 9999)}",
        "roles": ["InventorySupply", "ProductDistribution"],
        "name": {"ko-KR": name(row)},
        "description": {"ko-KR": kind(row)},
        "address": {k: v for k, v in addr.items() if v},
        "geoLocation": {"type": "Point", "coordinates": [lon, lat]},
    }
    return json.dumps(channel, ensure_ascii=False, indent=2) + "\n"


def medusa_stock_location_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Medusa admin API stock location response (``GET /admin/stock-locations/{id}``,
    two-space indents): ``sloc_`` and ``laddr_`` ULIDs, the store's name, its address with the
    number as ``phone``, the district office code in ``metadata`` and the time stamps."""
    created = _moment(rng)
    updated = created + timedelta(seconds=rng.randint(60, 60 * 86400))
    p = _parts(row)
    location_id, address_id = f"sloc_{_ulid(rng, created)}", f"laddr_{_ulid(rng, created)}"
    location = {
        "id": location_id,
        "name": name(row),
        "address_id": address_id,
        "address": {
            "id": address_id,
            "address_1": p["line"],
            "address_2": p["rest"] or None,
            "company": name(row),
            "city": "서울특별시",
            "country_code": "kr",
            "phone": phone(row),
            "province": p["district"],
            "postal_code": postcode(row) or None,
            "metadata": None,
            "created_at": _iso(created),
            "updated_at": _iso(updated),
            "deleted_at": None,
        },
        "metadata": {"store_kind": kind(row), "district_office_code": office(row)},
        "created_at": _iso(created),
        "updated_at": _iso(updated),
        "deleted_at": None,
    }
    return json.dumps({"stock_location": location}, ensure_ascii=False, indent=2) + "\n"


def spree_stock_location_jsonapi(row: dict[str, Any], rng: random.Random) -> str:
    """A Spree platform API stock location response (``GET
    /api/v2/platform/stock_locations/{id}``, JSON:API on one line): an invented id, the store's
    name and kind, its address with the number as ``phone``, flags, time stamps and the
    relationships to the country and state."""
    created = _moment(rng)
    updated = created + timedelta(seconds=rng.randint(60, 60 * 86400))
    p = _parts(row)
    attributes = {
        "name": name(row),
        "created_at": created.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}+09:00",
        "updated_at": updated.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}+09:00",
        "default": False,
        "address1": p["line"],
        "address2": p["rest"] or None,
        "city": "서울특별시",
        "state_name": None,
        "zipcode": postcode(row) or None,
        "phone": phone(row),
        "active": True,
        "backorderable_default": rng.random() < 0.3,
        "propagate_all_variants": False,
        "admin_name": f"{kind(row)} · {p['district']}",
    }
    body = {
        "data": {
            "id": str(rng.randint(2, 480)),
            "type": "stock_location",
            "attributes": attributes,
            "relationships": {
                "country": {"data": {"id": "115", "type": "country"}},
                "state": {"data": None},
            },
        }
    }
    return json.dumps(body, ensure_ascii=False) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sweettracker_tracking_json": sweettracker_tracking_json,
    "commercetools_channel_json": commercetools_channel_json,
    "medusa_stock_location_json": medusa_stock_location_json,
    "spree_stock_location_jsonapi": spree_stock_location_jsonapi,
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
