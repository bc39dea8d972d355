"""held_out_359 of the PII evaluation set: real phone fields of a list no earlier part used (the
stockist list of Baxter's Original's store locator, New Zealand supermarkets, most of them
Countdown stores with the details of Countdown's store finder, and New World, Four Square,
Gilmours and Moore Wilsons stores and a few delis and butchers; New Zealand's earlier parts
took the Ministry of Education's schools and early childhood services) exactly as published,
in layouts no earlier part has, beside the list's own names, addresses, postcodes, regions and
store pages.

The procedure of ``held_out_30``, on another list and other layouts; here:

* the values are the ``phone`` of 129 stockists (``scripts/data/pii_nz_baxters_stockists.json``,
  written by ``scripts/nz_baxters_stockists_data.py``; source and licence in that file): New
  Zealand numbers as the list writes them, the trunk ``0`` and area code in brackets and the
  line in two groups (``(09) 407 0030``; four with the seven digits in one run, ``(09)
  4898364``; one free-phone number, ``0800 270 414``); the list has no e-mail and no fax;
  every copy labelled;
* the text around them is the same row's real fields: the store's name, brand, street address,
  locality, postcode (``0230``), region, coordinates and store page, with invented order
  numbers, SKUs, GTINs, GST (IRD) numbers, GUIDs, ids, weights, amounts and dates, unlabelled
  and scored;
* in layouts no earlier part has, formats of a food supplier's trade with the stores and of
  place data, text in English: Starshipit API order requests (``POST /api/orders``: a carton
  of sauce to the store, ``destination`` with the store's ``phone`` and delivery instructions
  repeating it), Unleashed Software API customer lists (``GET /Customers?customerCode=``: the
  store as a customer, ``PhoneNumber`` and a delivery note repeating it), Overture Maps places
  as GeoJSON features (the store's ``names``, ``categories``, ``phones``, ``websites``,
  ``brand`` and ``addresses``) and TomTom Search API POI search answers (``GET
  /search/2/poiSearch/{query}.json``: one ``POI`` result with ``poi.phone``, ``address`` and
  ``position``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of nine or ten digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_359.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nz_baxters_stockists.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_359.jsonl.gz"
SPLIT = "held_out_359"

LAYOUTS = ("starshipit_order", "unleashed_customer", "overture_place", "tomtom_poi_search")
PHONE = "phone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
NZT = dt.timezone(dt.timedelta(hours=13))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented lines of the supplier's range (name, SKU, unit weight in kg, unit price in NZD)
PRODUCTS = (
    ("Baxter's Original Sauce 500 ml", "BXO-500", 0.62, 7.40),
    ("Baxter's Original Sauce 250 ml", "BXO-250", 0.33, 4.60),
    ("Baxter's Hot Sauce 250 ml", "BXH-250", 0.33, 4.90),
    ("Baxter's Original Sauce 2 L catering", "BXO-2000", 2.30, 21.50),
)
# Overture's category of each kind of stockist (primary, alternates)
CATEGORIES = {
    "Supermarkets": ("supermarket", ["grocery_store"]),
    "Wholesalers": ("wholesale_store", ["grocery_store"]),
    "Other Stockists": ("grocery_store", ["specialty_grocery_store"]),
}
DELIVERY = (
    "Deliver to goods inwards at the rear dock, Mon-Fri 6am-11am. Call the store on {phone} "
    "on arrival.",
    "Goods inwards via the loading bay. If no answer at the dock, ring {phone}.",
    "Leave with the grocery manager. Store phone {phone}.",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The stockist's phone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def lng_lat(row: dict[str, Any]) -> tuple[float, float]:
    """The store's coordinates as the list gives them (``[173.946844, -35.22932]``)."""
    lng, lat = json.loads(_f(row, "lngLat"))
    return float(lng), float(lat)


def brand(row: dict[str, Any]) -> str:
    """The store's brand (its name where the list gives none)."""
    return _f(row, "storeBrand") or _f(row, "name")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (New Zealand daylight time)."""
    day = dt.datetime(2024, 2, 5, tzinfo=NZT) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _guid(rng: random.Random) -> str:
    """An invented GUID (version 4 shape)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def ird_number(rng: random.Random) -> str:
    """An invented New Zealand IRD (GST) number of nine digits, ``NNN-NNN-NNN``, its check
    digit by Inland Revenue's weights (the second set where the first gives 10)."""
    while True:
        base = [int(c) for c in str(rng.randint(10_000_000, 14_999_999))]
        for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
            rest = sum(d * w for d, w in zip(base, weights, strict=True)) % 11
            check = 0 if rest == 0 else 11 - rest
            if check != 10:
                digits = "".join(map(str, [*base, check]))
                return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"


def ird_valid(number: str) -> bool:
    """Whether an IRD number's check digit is right (the test's reading of ``ird_number``)."""
    digits = [int(c) for c in number if c.isdigit()]
    base, check = digits[:-1], digits[-1]
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        rest = sum(d * w for d, w in zip(base, weights, strict=True)) % 11
        expected = 0 if rest == 0 else 11 - rest
        if expected != 10:
            return expected == check
    return False


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def starshipit_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Starshipit API order request (``POST /api/orders``): an invented order date, number
    and purchase-order reference, shipping method, ``signature_required``, ``currency`` NZD,
    the store as ``destination`` (its name, brand as ``company``, street, locality as
    ``suburb``, postcode, country and ``phone``; ``delivery_instructions`` repeating the
    phone), one to three invented ``items`` of the supplier's range and the cartons as
    ``packages``."""
    when = _when(rng)
    lines = rng.sample(PRODUCTS, rng.randint(1, 3))
    items, weight = [], 0.0
    for name, sku, unit, price in lines:
        qty = rng.choice((6, 12, 12, 24, 36))
        weight += unit * qty
        items.append(
            {"description": name, "sku": sku, "quantity": qty, "weight": unit, "value": price}
        )
    cartons = max(1, round(weight / 9))
    doc = {
        "order": {
            "order_date": when.isoformat(timespec="seconds"),
            "order_number": f"BX{rng.randint(10000, 99999)}",
            "reference": f"PO-{rng.randint(100000, 999999)}",
            "shipping_method": rng.choice(("Standard", "Overnight", "Freight")),
            "signature_required": True,
            "currency": "NZD",
            "destination": {
                "name": _f(row, "name"),
                "phone": phone(row),
                "email": "",
                "building": "",
                "company": brand(row),
                "street": _f(row, "address"),
                "suburb": _f(row, "locality"),
                "state": _f(row, "region"),
                "post_code": _f(row, "postcode"),
                "country": "New Zealand",
                "delivery_instructions": rng.choice(DELIVERY).format(phone=phone(row)),
            },
            "items": items,
            "packages": [
                {"weight": round(weight / cartons, 2), "height": 0.25, "width": 0.3, "length": 0.4}
                for _ in range(cartons)
            ],
        }
    }
    return _json(doc)


def _ms(moment: dt.datetime) -> str:
    """A moment in the Microsoft JSON date form Unleashed writes (``/Date(1582675200000)/``)."""
    return f"/Date({int(moment.timestamp() * 1000)})/"


def unleashed_customer(row: dict[str, Any], rng: random.Random) -> str:
    """An Unleashed Software API customer list (``GET /Customers?customerCode=...``):
    ``Pagination`` and one item, the store as a customer (an invented ``Guid``, code and GST
    number, its name, brand as ``CustomerGroup``, one physical ``Addresses`` entry with the
    street, locality as ``Suburb``, region, postcode and a delivery instruction repeating the
    phone, ``PhoneNumber``, the store page as ``Website``, NZD, payment term, sell price tier,
    invented creation and change times in Unleashed's ``/Date(ms)/`` form)."""
    created = _when(rng) - dt.timedelta(days=rng.randint(200, 900))
    changed = created + dt.timedelta(days=rng.randint(10, 190), minutes=rng.randint(0, 600))
    code = f"{''.join(w[0] for w in brand(row).split())[:3].upper()}{rng.randint(1000, 9999)}"
    item = {
        "Addresses": [
            {
                "AddressType": "Physical",
                "AddressName": "Store",
                "StreetAddress": _f(row, "address"),
                "StreetAddress2": None,
                "Suburb": _f(row, "locality"),
                "City": None,
                "Region": _f(row, "region"),
                "Country": "New Zealand",
                "PostalCode": _f(row, "postcode"),
                "IsDefault": True,
                "DeliveryInstruction": rng.choice(DELIVERY).format(phone=phone(row)),
            }
        ],
        "CustomerCode": code,
        "CustomerName": _f(row, "name"),
        "GSTVATNumber": ird_number(rng),
        "BankName": None,
        "BankBranch": None,
        "BankAccount": None,
        "Website": _f(row, "href"),
        "PhoneNumber": phone(row),
        "FaxNumber": None,
        "MobileNumber": None,
        "DDINumber": None,
        "TollFreeNumber": None,
        "Email": None,
        "EmailCC": None,
        "Currency": {
            "CurrencyCode": "NZD",
            "Description": "New Zealand, Dollars",
            "Guid": _guid(rng),
        },
        "Notes": f"{_f(row, 'storeType')} stockist, {_f(row, 'region')}.",
        "Taxable": True,
        "XeroContactId": None,
        "SalesPerson": None,
        "DiscountRate": round(rng.choice((0.0, 0.025, 0.05)), 3),
        "PrintPackingSlipInsteadOfInvoice": False,
        "PrintInvoice": False,
        "StopCredit": False,
        "Obsolete": False,
        "XeroSalesAccount": None,
        "XeroCostOfGoodsAccount": None,
        "SellPriceTier": rng.choice(("Sell Price Tier 1", "Sell Price Tier 2")),
        "SellPriceTierReference": None,
        "CustomerType": _f(row, "storeType"),
        "PaymentTerm": rng.choice(("20th Month following", "7 Days", "30 Days")),
        "ContactFirstName": None,
        "ContactLastName": None,
        "SourceId": None,
        "CreatedBy": "api@baxters.co.nz",
        "CreatedOn": _ms(created),
        "Guid": _guid(rng),
        "LastModifiedBy": "api@baxters.co.nz",
        "LastModifiedOn": _ms(changed),
        "CustomerGroup": brand(row),
        "DeliveryMethod": "Courier",
        "DeliveryName": _f(row, "name"),
    }
    pagination = {"NumberOfItems": 1, "PageSize": 200, "PageNumber": 1, "NumberOfPages": 1}
    return _json({"Pagination": pagination, "Items": [item]})


def overture_place(row: dict[str, Any], rng: random.Random) -> str:
    """An Overture Maps place as a GeoJSON feature (as ``overturemaps download --type=place -f
    geojson`` writes one): the store's point, an invented GERS ``id`` and source record, its
    ``names``, ``categories`` by its kind, ``confidence``, the store page in ``websites``, the
    phone in ``phones``, its ``brand`` and one ``addresses`` entry (street as ``freeform``,
    locality, postcode, country ``NZ``), ``operating_status`` open."""
    lng, lat = lng_lat(row)
    primary, alternate = CATEGORIES[_f(row, "storeType")]
    when = _when(rng)
    props = {
        "id": _guid(rng).replace("-", ""),
        "version": rng.randint(0, 3),
        "sources": [
            {
                "property": "",
                "dataset": "meta",
                "record_id": str(rng.randint(10**14, 10**15 - 1)),
                "update_time": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S.000Z}",
                "confidence": round(rng.uniform(0.77, 0.99), 6),
                "between": None,
            }
        ],
        "names": {"primary": _f(row, "name"), "common": None, "rules": None},
        "categories": {"primary": primary, "alternate": alternate},
        "confidence": round(rng.uniform(0.77, 0.99), 6),
        "websites": [_f(row, "href")],
        "socials": None,
        "emails": None,
        "phones": [phone(row)],
        "brand": {
            "wikidata": None,
            "names": {"primary": brand(row), "common": None, "rules": None},
        },
        "addresses": [
            {
                "freeform": _f(row, "address"),
                "locality": _f(row, "locality"),
                "postcode": _f(row, "postcode"),
                "region": None,
                "country": "NZ",
            }
        ],
        "operating_status": "open",
    }
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lng, lat]},
        "properties": props,
        "bbox": [lng, lat, lng, lat],
    }
    return _json(feature)


def tomtom_poi_search(row: dict[str, Any], rng: random.Random) -> str:
    """A TomTom Search API POI search answer (``GET /search/2/poiSearch/{query}.json``): a
    ``summary`` of the query (the store's brand and locality), one ``POI`` result with an
    invented id, score and ``info``, its ``poi`` (name, phone, brand, category 7332005
    supermarkets & hypermarkets or 9361 shop, the store page without its scheme as ``url``),
    its ``address`` (street, locality as ``municipality``, region as ``countrySubdivision``,
    postcode, country, ``freeformAddress``), ``position``, ``viewport`` and main entry
    point."""
    lng, lat = lng_lat(row)
    query = f"{brand(row)} {_f(row, 'locality')}".lower()
    market = _f(row, "storeType") != "Other Stockists"
    names = ["market", "supermarkets & hypermarkets"] if market else ["shop"]
    poi = {
        "name": _f(row, "name"),
        "phone": phone(row),
        "brands": [{"name": brand(row)}],
        "categorySet": [{"id": 7332005 if market else 9361}],
        "url": re.sub(r"^https?://", "", _f(row, "href")),
        "categories": names,
        "classifications": [
            {
                "code": "MARKET" if market else "SHOP",
                "names": [{"nameLocale": "en-US", "name": name} for name in names],
            }
        ],
    }
    freeform = f"{_f(row, 'address')}, {_f(row, 'locality')} {_f(row, 'postcode')}"
    address = {
        "streetName": _f(row, "address"),
        "municipality": _f(row, "locality"),
        "countrySubdivision": _f(row, "region"),
        "postalCode": _f(row, "postcode"),
        "countryCode": "NZ",
        "country": "New Zealand",
        "countryCodeISO3": "NZL",
        "freeformAddress": freeform,
        "localName": _f(row, "locality"),
    }
    d = 0.0009
    result = {
        "type": "POI",
        "id": f"{rng.getrandbits(64):016X}",
        "score": round(rng.uniform(2.5, 9.9), 5),
        "info": f"search:ta:554009{rng.randint(10**8, 10**9 - 1)}-NZ",
        "poi": poi,
        "address": address,
        "position": {"lat": lat, "lon": lng},
        "viewport": {
            "topLeftPoint": {"lat": round(lat + d, 5), "lon": round(lng - d, 5)},
            "btmRightPoint": {"lat": round(lat - d, 5), "lon": round(lng + d, 5)},
        },
        "entryPoints": [
            {"type": "main", "position": {"lat": round(lat + 0.0002, 5), "lon": round(lng, 5)}}
        ],
    }
    summary = {
        "query": query,
        "queryType": "NON_NEAR",
        "queryTime": rng.randint(12, 140),
        "numResults": 1,
        "offset": 0,
        "totalResults": 1,
        "fuzzyLevel": 1,
    }
    return _json({"summary": summary, "results": [result]})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "starshipit_order": starshipit_order,
    "unleashed_customer": unleashed_customer,
    "overture_place": overture_place,
    "tomtom_poi_search": tomtom_poi_search,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
