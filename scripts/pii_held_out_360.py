"""held_out_360 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Vietnam's shopping establishments serving tourists, cơ sở mua sắm, in the tourism
database; Vietnam's earlier parts took the same database's accommodation establishments,
licensed travel businesses and restaurants, Vietnam Post's post offices, VNPT's transaction
points and the Trang Vàng directory's businesses) exactly as published, in layouts no earlier
part has, beside the register's own names, addresses and web sites.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Điện thoại`` and ``Email`` fields of 300 shops
  (``scripts/data/pii_vn_shopping.json``, written by ``scripts/vn_shopping_data.py``; source
  and licence in that file): Vietnamese numbers as each shop gave them, most with the
  province's area code written before them, even before a mobile number or a number that
  already carries it (``0203 6281 818``, ``0274 0866 720 767``, ``0251 0251 8820 419``), a few
  fields of two numbers (``0257 0987 779 900 /033 929 777``); each number of a field labelled
  on its own, as published, each copy labelled; the e-mail addresses that name an office, the
  trade or the shop (the others were left out of the data), each copy labelled;
* the text around them is the same row's real fields: the shop's name, address (its ward,
  district and province read from it) and web site, with invented ids, coordinates, distances,
  confidences, dates and category codes, unlabelled and scored;
* in layouts no earlier part has, text in Vietnamese where the format carries it: Giao Hàng
  Tiết Kiệm (GHTK) API ``GET /services/shipment/list_pick_add`` responses (the shop as a
  pick-up address: ``pick_address_id``, ``address``, ``pick_tel``, ``pick_name``), Overture
  Maps places features as GeoJSON (``names``, ``categories``, ``confidence``, ``websites``,
  ``emails``, ``phones``, ``addresses`` with ``freeform``, ``locality``, ``region`` and
  ``country``, ``sources``, ``operating_status``), HERE Geocoding & Search API v7
  ``/discover`` responses (one ``place`` item: ``title``, ``address`` with its ``label``,
  ``position``, ``categories``, ``contacts`` with ``phone``, ``www`` and ``email``) and Google
  People API ``people:createContact`` request bodies (the shop as a contact: ``names``,
  ``organizations``, ``phoneNumbers``, ``emailAddresses``, ``addresses``, ``urls`` and a
  ``biographies`` note repeating the number and the address).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_360.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_vn_shopping.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_360.jsonl.gz"
SPLIT = "held_out_360"

LAYOUTS = ("ghtk_pick_addresses", "overture_place", "here_discover", "people_contact")
PHONE, EMAIL = "Điện thoại", "Email"
EDGES = {"email": r"[A-Za-z0-9._%+@-]", "phone": r"\d"}
COLUMNS = {"phone": PHONE}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# kinds of shop by words of their names: (word, Overture category, HERE category, its name)
KINDS = (
    ("thương mại", "shopping_center", "600-6100-0062", "Trung tâm mua sắm"),
    ("vincom", "shopping_center", "600-6100-0062", "Trung tâm mua sắm"),
    ("siêu thị", "supermarket", "600-6300-0066", "Siêu thị"),
    ("mart", "supermarket", "600-6300-0066", "Siêu thị"),
    ("chợ", "public_market", "600-6900-0247", "Chợ"),
    ("ngọc trai", "jewelry_store", "600-6800-0092", "Cửa hàng trang sức"),
    ("pearl", "jewelry_store", "600-6800-0092", "Cửa hàng trang sức"),
    ("đặc sản", "specialty_foods", "600-6300-0244", "Cửa hàng đặc sản"),
    ("lưu niệm", "souvenir_shop", "600-6900-0358", "Cửa hàng quà lưu niệm"),
)
OTHER = ("shopping", "600-6900-0000", "Cửa hàng")


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


def website(row: dict[str, Any]) -> str:
    return _f(row, "Website")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """A number written with Vietnam's calling code (``+84 ...``, ``84 28 ...``)."""
    return bool(re.match(r"\(?\+|\(?84[ .]?\d", value)) and sum(c.isdigit() for c in value) >= 10


def parts(row: dict[str, Any]) -> list[str]:
    """The address's comma-separated parts, stripped, empty ones left out."""
    return [p.strip() for p in address(row).split(",") if p.strip()]


def province(row: dict[str, Any]) -> str:
    """The province the register appends to the address (``Quảng Ninh``)."""
    return parts(row)[-1]


def district(row: dict[str, Any]) -> str:
    found = parts(row)
    return found[-2] if len(found) >= 2 else ""


def ward(row: dict[str, Any]) -> str:
    found = parts(row)
    return found[-3] if len(found) >= 3 else ""


def street(row: dict[str, Any]) -> str:
    """The address before its ward, district and province ("" where it has no such part)."""
    found = parts(row)
    return ", ".join(found[:-3]) if len(found) > 3 else ""


def kind(row: dict[str, Any]) -> tuple[str, str, str]:
    """(Overture category, HERE category id, its Vietnamese name) by words of the name."""
    low = name(row).lower()
    for word, overture, here, label in KINDS:
        if word in low:
            return overture, here, label
    return OTHER


def _position(rng: random.Random) -> tuple[float, float]:
    """An invented (lat, lng) inside Vietnam's extent."""
    return round(rng.uniform(8.6, 22.8), 6), round(rng.uniform(102.2, 109.4), 6)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    day = dt.datetime(2024, 1, 3, tzinfo=dt.UTC) + dt.timedelta(days=rng.randint(0, 350))
    return day + dt.timedelta(seconds=rng.randint(0, 86_399))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def ghtk_pick_addresses(row: dict[str, Any], rng: random.Random) -> str:
    """A Giao Hàng Tiết Kiệm (GHTK) API ``GET /services/shipment/list_pick_add`` response:
    ``success``, ``message`` and the shop's one pick-up address (an invented
    ``pick_address_id``, the register's ``address``, ``pick_tel`` and ``pick_name``)."""
    item = {
        "pick_address_id": str(rng.randint(10_000_000, 29_999_999)),
        "address": address(row),
        "pick_tel": phone(row),
        "pick_name": name(row),
    }
    return _json({"success": True, "message": "", "data": [item]})


def overture_place(row: dict[str, Any], rng: random.Random) -> str:
    """An Overture Maps places feature as GeoJSON: an invented GERS ``id`` and point, the
    shop's ``names``, ``categories`` by its name, a ``confidence``, ``websites``, ``emails``
    and ``phones`` as published (null where the register has none), one address (the street
    and ward as ``freeform``, the district as ``locality``, the province as ``region``,
    ``country`` VN), an invented ``sources`` entry, ``operating_status`` open."""
    lat, lng = _position(rng)
    overture, _, _ = kind(row)
    when = _when(rng)
    freeform = ", ".join(p for p in (street(row), ward(row)) if p) or None
    props = {
        "theme": "places",
        "type": "place",
        "version": rng.randint(0, 3),
        "sources": [
            {
                "property": "",
                "dataset": "meta",
                "record_id": str(rng.randint(10**14, 10**15 - 1)),
                "update_time": f"{when:%Y-%m-%dT%H:%M:%S.000Z}",
                "confidence": None,
            }
        ],
        "names": {"primary": name(row), "common": None, "rules": None},
        "categories": {"primary": overture, "alternate": ["shopping"]},
        "confidence": round(rng.uniform(0.62, 0.98), 6),
        "websites": [website(row)] if website(row) else None,
        "socials": None,
        "emails": [email(row)] if email(row) else None,
        "phones": [phone(row)],
        "brand": None,
        "addresses": [
            {
                "freeform": freeform,
                "locality": district(row) or None,
                "postcode": None,
                "region": province(row),
                "country": "VN",
            }
        ],
        "operating_status": "open",
    }
    feature = {
        "type": "Feature",
        "id": f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}",
        "geometry": {"type": "Point", "coordinates": [lng, lat]},
        "properties": props,
    }
    return _json(feature)


def here_discover(row: dict[str, Any], rng: random.Random) -> str:
    """A HERE Geocoding & Search API v7 ``/discover`` response with one ``place`` item: the
    shop's name as ``title``, an invented ``here:pds:place`` id, ``address`` with the
    register's address in its ``label`` and read into ``county``, ``city`` and ``district``,
    an invented ``position`` and ``distance``, a category by the shop's name, and ``contacts``
    with the ``phone``, the web site (``www``) and the ``email`` as published."""
    lat, lng = _position(rng)
    _, here, label = kind(row)
    contact: dict[str, Any] = {"phone": [{"value": phone(row)}]}
    if website(row):
        contact["www"] = [{"value": website(row)}]
    if email(row):
        contact["email"] = [{"value": email(row)}]
    item = {
        "title": name(row),
        "id": f"here:pds:place:704{_hex(rng, 5)}-{_hex(rng, 32)}",
        "language": "vi",
        "resultType": "place",
        "address": {
            "label": f"{name(row)}, {address(row)}, Việt Nam",
            "countryCode": "VNM",
            "countryName": "Việt Nam",
            "county": province(row),
            "city": district(row),
            "district": ward(row),
            "street": street(row),
        },
        "position": {"lat": lat, "lng": lng},
        "access": [{"lat": round(lat + 0.00021, 6), "lng": round(lng - 0.00017, 6)}],
        "distance": rng.randint(80, 9_500),
        "categories": [{"id": here, "name": label, "primary": True}],
        "contacts": [contact],
    }
    return _json({"items": [item]})


def people_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Google People API ``people:createContact`` request body: the shop as a contact
    (``names`` with its name unstructured, ``organizations``, ``phoneNumbers`` and
    ``emailAddresses`` of type ``work``, the address split into ``streetAddress``, ``city``
    and ``region``, the web site in ``urls``) and a ``biographies`` note in Vietnamese naming
    the shop's kind, the number, the mailbox and the address again, with an invented date."""
    _, _, label = kind(row)
    when = _when(rng)
    note = (
        f"{label} phục vụ khách du lịch, {province(row)}. Liên hệ đặt hàng: ĐT {phone(row)}"
        + (f", email {email(row)}" if email(row) else "")
        + f" - Địa chỉ: {address(row)} - Cập nhật ngày {when:%d/%m/%Y}."
    )
    body: dict[str, Any] = {
        "names": [{"unstructuredName": name(row)}],
        "organizations": [{"name": name(row), "type": "work", "department": label}],
        "phoneNumbers": [{"value": phone(row), "type": "work"}],
    }
    if email(row):
        body["emailAddresses"] = [{"value": email(row), "type": "work"}]
    body["addresses"] = [
        {
            "streetAddress": ", ".join(p for p in (street(row), ward(row)) if p),
            "city": district(row),
            "region": province(row),
            "country": "Việt Nam",
            "countryCode": "VN",
            "type": "work",
        }
    ]
    if website(row):
        body["urls"] = [{"value": website(row), "type": "work"}]
    body["biographies"] = [{"value": note, "contentType": "TEXT_PLAIN"}]
    body["userDefined"] = [{"key": "Mã cơ sở", "value": f"MS-{rng.randint(1000, 9999)}"}]
    return _json(body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ghtk_pick_addresses": ghtk_pick_addresses,
    "overture_place": overture_place,
    "here_discover": here_discover,
    "people_contact": people_contact,
}


def encoded(value: str) -> str:
    """``value`` as a JSON string's content."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and e-mail fields labelled (the
    e-mail address first, so a number inside one is the address's; each copy stands apart)."""
    values = [("email", encoded(email(row))), ("phone", encoded(phone(row)))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and e-mail fields
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
