"""held_out_400 of the PII evaluation set: real phone and e-mail fields of three tables no earlier
part used (Vietnam's sports facilities, tourist transport businesses and entertainment venues in
the tourism database; Vietnam's earlier parts took the same database's accommodation
establishments, licensed travel businesses, restaurants and shopping establishments, Vietnam
Post's post offices, VNPT's transaction points and the Trang Vàng directory's businesses)
exactly as published, in layouts no earlier part has, beside the register's own names,
addresses and web sites.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Điện thoại`` and ``Email`` fields of 226 businesses
  (``scripts/data/pii_vn_leisure_transport.json``, written by
  ``scripts/vn_leisure_transport_data.py``; source and licence in that file): Vietnamese
  numbers as each business gave them, many with the province's area code written before them,
  even before a mobile number or a number that already carries it (``0274 097 822 46 78``,
  ``024 024 3368 6555``), some fields of two or three numbers (``0905 566 037 - 0905 646
  363``); each number of a field labelled on its own, as published, each copy labelled; the
  e-mail addresses that name an office, the trade or the business (the others were left out
  of the data), each copy labelled;
* the text around them is the same row's real fields: the business's name, address (its ward,
  district and province read from it) and web site, with invented ids, coordinates, dates,
  opening hours and request ids, unlabelled and scored;
* in layouts no earlier part has, text in Vietnamese where the format carries it: Geoapify
  Place Details API responses (a GeoJSON ``FeatureCollection`` of one ``details`` feature:
  ``name``, ``categories``, ``contact`` with ``phone`` and ``email``, ``website``, the address
  parts, ``formatted``, and ``datasource`` with the OpenStreetMap ``raw`` tags repeating the
  number and the mailbox), SAP Commerce Cloud OCC ``GET /{baseSiteId}/stores/{storeId}``
  responses (a ``PointOfService``: ``name``, ``displayName``, ``description``, ``address``
  with ``line1``, ``town``, ``region``, ``country``, ``phone``, ``email`` and
  ``formattedAddress``, ``geoPoint`` and ``openingHours``), HCL Commerce ``ShowPhysicalStore``
  BOD XML (OAGIS ``ApplicationArea`` and ``DataArea`` with one ``_sto:PhysicalStore``: its
  identifiers, ``_sto:LocationInfo`` with the ``_wcf:Address``, ``_wcf:Telephone1`` and
  ``_wcf:EmailAddress1``, ``_sto:GeoCode``, and ``_sto:Description`` with the name) and TikTok
  Shop Partner API ``GET /logistics/202309/warehouses`` responses (the business as the seller's
  one warehouse: ``id``, ``name``, ``effect_status``, ``type``, ``sub_type``, ``is_default`` and
  an ``address`` with ``region``, ``state``, ``city``, ``district``, ``contact_person``,
  ``full_address``, ``region_code`` and ``phone_number``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_400.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_vn_leisure_transport.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_400.jsonl.gz"
SPLIT = "held_out_400"

LAYOUTS = ("geoapify_details", "sapcc_store", "hcl_physical_store", "tiktok_warehouse")
PHONE, EMAIL = "Điện thoại", "Email"
EDGES = {"email": r"[A-Za-z0-9._%+@-]", "phone": r"\d"}
COLUMNS = {"phone": PHONE}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the three tables: (file, Vietnamese kind, Geoapify category, OSM tag)
TABLES = {
    "data/Thể thao.csv": ("Cơ sở thể thao", "sport", ("leisure", "sports_centre")),
    "data/Vận tải.csv": ("Cơ sở vận tải khách du lịch", "service", ("office", "company")),
    "data/Vui chơi giải trí.csv": ("Cơ sở vui chơi giải trí", "entertainment",
                                   ("tourism", "attraction")),
}  # fmt: skip
# finer Geoapify categories and OSM tags by words of the name
FINER = (
    ("golf", "sport", ("leisure", "golf_course")),
    ("gym", "sport.fitness", ("leisure", "fitness_centre")),
    ("fitness", "sport.fitness", ("leisure", "fitness_centre")),
    ("bơi", "sport.swimming_pool", ("leisure", "swimming_pool")),
    ("sân vận động", "sport.stadium", ("leisure", "stadium")),
    ("bảo tàng", "entertainment.museum", ("tourism", "museum")),
    ("nhà hát", "entertainment.culture.theatre", ("amenity", "theatre")),
    ("thuê xe", "rental.car", ("amenity", "car_rental")),
    ("taxi", "service", ("amenity", "taxi")),
)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


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


def table(row: dict[str, Any]) -> str:
    """The register's file the row comes from (``data/Thể thao.csv``)."""
    return row["path"].rsplit("#", 1)[0]


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
    """The province the register appends to the address (``Hải Dương``)."""
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


def kind(row: dict[str, Any]) -> tuple[str, str, tuple[str, str]]:
    """(Vietnamese kind, Geoapify category, OSM tag) by the row's table and words of its
    name."""
    label, category, tag = TABLES[table(row)]
    low = name(row).lower()
    for word, finer, finer_tag in FINER:
        if word in low:
            return label, finer, finer_tag
    return label, category, tag


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


def geoapify_details(row: dict[str, Any], rng: random.Random) -> str:
    """A Geoapify Place Details API response: a ``FeatureCollection`` of one ``details``
    feature with the business's ``name``, ``categories`` by its table and name, ``contact``
    (the ``phone`` and ``email`` as published), ``website``, the address read into ``state``,
    ``city`` and ``suburb``, ``formatted`` and the two ``address_line``s, an invented point and
    ``place_id``, and a ``datasource`` whose OpenStreetMap ``raw`` tags repeat the number and
    the mailbox."""
    lat, lng = _position(rng)
    _, category, (key, value) = kind(row)
    osm_id = rng.randint(10**9, 12 * 10**9)
    raw: dict[str, Any] = {"name": name(row), key: value, "phone": phone(row)}
    if email(row):
        raw["email"] = email(row)
    if website(row):
        raw["website"] = website(row)
    raw |= {"osm_id": osm_id, "osm_type": rng.choice(("n", "w"))}
    contact: dict[str, str] = {"phone": phone(row)}
    if email(row):
        contact["email"] = email(row)
    props: dict[str, Any] = {
        "feature_type": "details",
        "name": name(row),
        "categories": sorted({category.split(".")[0], category}),
        "datasource": {
            "sourcename": "openstreetmap",
            "attribution": "© OpenStreetMap contributors",
            "license": "Open Database License",
            "url": "https://www.openstreetmap.org/copyright",
            "raw": raw,
        },
        "contact": contact,
    }
    if website(row):
        props["website"] = website(row)
    props |= {
        "country": "Việt Nam",
        "country_code": "vn",
        "state": province(row),
        "city": district(row) or province(row),
        "suburb": ward(row) or None,
        "street": street(row) or None,
        "lon": lng,
        "lat": lat,
        "formatted": f"{name(row)}, {address(row)}, Việt Nam",
        "address_line1": name(row),
        "address_line2": f"{address(row)}, Việt Nam",
        "place_id": f"51{_hex(rng, 38)}f00{rng.choice('13')}{_hex(rng, 12)}",
    }
    feature = {
        "type": "Feature",
        "properties": props,
        "geometry": {"type": "Point", "coordinates": [lng, lat]},
    }
    return _json({"type": "FeatureCollection", "features": [feature]})


def _time(hour: int, minute: int) -> dict[str, Any]:
    return {"formattedHour": f"{hour:02d}:{minute:02d}", "hour": hour, "minute": minute}


def sapcc_store(row: dict[str, Any], rng: random.Random) -> str:
    """A SAP Commerce Cloud OCC ``GET /{baseSiteId}/stores/{storeId}`` response: a
    ``PointOfService`` with an invented store ``name`` (code), the business's name as
    ``displayName``, a Vietnamese ``description`` naming its kind and province, an ``address``
    (an invented ``id``, the street and ward as ``line1``, the district as ``town``, the
    province as ``region``, ``country`` VN, the ``phone`` and ``email`` as published, the whole
    address as ``formattedAddress``), an invented ``geoPoint`` and weekly ``openingHours``."""
    lat, lng = _position(rng)
    label, _, _ = kind(row)
    code = f"VN-{rng.randint(1000, 9999)}"
    opens, closes = rng.choice(((6, 0), (7, 0), (7, 30), (8, 0))), rng.choice(((17, 0), (21, 30)))
    addr: dict[str, Any] = {
        "id": str(rng.randint(8_796_000_000_000, 8_799_999_999_999)),
        "line1": ", ".join(p for p in (street(row), ward(row)) if p) or district(row),
        "town": district(row) or province(row),
        "region": {"countryIso": "VN", "name": province(row)},
        "country": {"isocode": "VN", "name": "Việt Nam"},
        "phone": phone(row),
    }
    if email(row):
        addr["email"] = email(row)
    addr |= {
        "formattedAddress": address(row),
        "shippingAddress": False,
        "visibleInAddressBook": True,
    }
    days = [
        {
            "weekDay": day,
            "closed": False,
            "openingTime": _time(*opens),
            "closingTime": _time(*closes),
        }
        for day in WEEKDAYS
    ]
    doc = {
        "name": code,
        "displayName": name(row),
        "description": f"{label} phục vụ khách du lịch tại {province(row)}.",
        "url": f"/store/{code}",
        "address": addr,
        "geoPoint": {"latitude": lat, "longitude": lng},
        "openingHours": {
            "code": f"vn-hours-{rng.randint(100, 999)}",
            "name": f"Giờ mở cửa {code}",
            "weekDayOpeningList": days,
            "specialDayOpeningList": [],
        },
        "storeImages": [],
    }
    return _json(doc)


def hcl_physical_store(row: dict[str, Any], rng: random.Random) -> str:
    """An HCL Commerce ``ShowPhysicalStore`` BOD (OAGIS 9 XML): an ``ApplicationArea`` with an
    invented creation time and ``BODID``, a ``Show`` verb of one record, and one
    ``_sto:PhysicalStore`` with an invented ``UniqueID`` and the business's name as its
    external identifier, ``_sto:LocationInfo`` (the ``_wcf:Address`` lines, city, province and
    country, ``_wcf:Telephone1`` and ``_wcf:EmailAddress1`` as published, an invented
    ``_sto:GeoCode`` and geo node) and a ``_sto:Description`` with the name and kind."""
    lat, lng = _position(rng)
    label, _, _ = kind(row)
    when = _when(rng)
    bodid = f"{_hex(rng, 8)}-{_hex(rng, 4)}-11ef-{_hex(rng, 4)}-{_hex(rng, 12)}"
    lines = [p for p in (street(row), ward(row)) if p] or [district(row)]
    addr = "".join(f"\n          <_wcf:AddressLine>{escape(p)}</_wcf:AddressLine>" for p in lines)
    contact = f"""
        <_wcf:Telephone1>
          <_wcf:Value>{escape(phone(row))}</_wcf:Value>
        </_wcf:Telephone1>"""
    if email(row):
        contact += f"""
        <_wcf:EmailAddress1>
          <_wcf:Value>{escape(email(row))}</_wcf:Value>
        </_wcf:EmailAddress1>"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<_sto:ShowPhysicalStore xmlns:_wcf="http://www.ibm.com/xmlns/prod/commerce/9/foundation" \
xmlns:oa="http://www.openapplications.org/oagis/9" \
xmlns:_sto="http://www.ibm.com/xmlns/prod/commerce/9/store" versionID="6.0.0.6">
  <oa:ApplicationArea>
    <oa:CreationDateTime>{when:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z</oa:CreationDateTime>
    <oa:BODID>{bodid}</oa:BODID>
  </oa:ApplicationArea>
  <_sto:DataArea>
    <oa:Show recordSetCompleteIndicator="true" recordSetCount="1" recordSetStartNumber="0" \
recordSetTotal="1"/>
    <_sto:PhysicalStore>
      <_sto:PhysicalStoreIdentifier>
        <_wcf:UniqueID>{rng.randint(10_001, 99_999)}</_wcf:UniqueID>
        <_wcf:ExternalIdentifier ownerID="7000000000000000{rng.randint(101, 999)}">
          <_wcf:Identifier>{escape(name(row))}</_wcf:Identifier>
        </_wcf:ExternalIdentifier>
      </_sto:PhysicalStoreIdentifier>
      <_sto:LocationInfo>
        <_wcf:Address>{addr}
          <_wcf:City>{escape(district(row) or province(row))}</_wcf:City>
          <_wcf:StateOrProvinceName>{escape(province(row))}</_wcf:StateOrProvinceName>
          <_wcf:Country>VN</_wcf:Country>
        </_wcf:Address>{contact}
        <_sto:GeoCode>
          <_sto:Latitude>{lat}</_sto:Latitude>
          <_sto:Longitude>{lng}</_sto:Longitude>
        </_sto:GeoCode>
        <_sto:GeoNodeIdentifier>
          <_wcf:UniqueID>{rng.randint(10_100, 10_999)}</_wcf:UniqueID>
        </_sto:GeoNodeIdentifier>
      </_sto:LocationInfo>
      <_sto:Description language="-9">
        <_sto:DisplayName>{escape(name(row))}</_sto:DisplayName>
        <_sto:Description>{escape(label)} - {escape(province(row))}</_sto:Description>
      </_sto:Description>
    </_sto:PhysicalStore>
  </_sto:DataArea>
</_sto:ShowPhysicalStore>
"""


def tiktok_warehouse(row: dict[str, Any], rng: random.Random) -> str:
    """A TikTok Shop Partner API ``GET /logistics/202309/warehouses`` response: ``code`` 0 and
    the business as the seller's one warehouse (an invented 19-digit ``id``, its name,
    ``ENABLED``, ``SALES_WAREHOUSE``, ``DOMESTIC_WAREHOUSE``, default) whose ``address`` reads
    the register's address into ``state``, ``city`` and ``district``, names the business as
    ``contact_person`` and gives its ``phone_number`` as published; an invented
    ``request_id``."""
    when = _when(rng)
    warehouse = {
        "id": str(rng.randint(7 * 10**18, 74 * 10**17)),
        "name": name(row),
        "effect_status": "ENABLED",
        "type": "SALES_WAREHOUSE",
        "sub_type": "DOMESTIC_WAREHOUSE",
        "is_default": True,
        "address": {
            "region": "Vietnam",
            "state": province(row),
            "city": district(row),
            "district": ward(row),
            "town": "",
            "contact_person": name(row),
            "postal_code": "",
            "full_address": address(row),
            "region_code": "VN",
            "phone_number": phone(row),
        },
    }
    request_id = f"{when:%Y%m%d%H%M%S}{_hex(rng, 18).upper()}"
    return _json(
        {
            "code": 0,
            "data": {"warehouses": [warehouse]},
            "message": "Success",
            "request_id": request_id,
        }
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "geoapify_details": geoapify_details,
    "sapcc_store": sapcc_store,
    "hcl_physical_store": hcl_physical_store,
    "tiktok_warehouse": tiktok_warehouse,
}


def encoded(value: str) -> str:
    """``value`` as a JSON string's content."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and e-mail fields labelled (the
    e-mail address first, so a number inside one is the address's; each copy stands apart).
    The values are written unchanged in JSON strings and XML text alike (none holds a
    character either escapes)."""
    tel, mail = phone(row), email(row)
    assert encoded(tel) == escape(tel) == tel and encoded(mail) == escape(mail) == mail
    values = [("email", mail), ("phone", tel)]
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
