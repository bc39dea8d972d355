"""held_out_508 of the PII evaluation set: real phone fields of a register no earlier part used
(the Ministry of Environment's certified green restaurants, 環保餐廳, as its 環境即時通 app maps
them; Taiwan's earlier parts took the National Health Insurance Administration's mask-stock
list and home-care institutions, the Ministry of Education's schools, preschools and
universities, Hsinchu City's medical institutions, the National Police Agency's stations,
Taipei's elder-care providers, hotels and parking lots, Chunghwa Post's post offices, the
Financial Supervisory Commission's financial institutions, the Tourism Bureau's restaurants,
the Taiwan Stock Exchange's securities branches, cram schools, infant child-care centres,
national civil associations, MOS Burger's stores, veterinary practices, the DGPA's agencies,
Kaohsiung's temples, the household registration offices and Yilan's homestays) exactly as
published, in layouts no earlier part has, beside the list's own ids, names, addresses and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 400 restaurants
  (``scripts/data/pii_tw_moenv_green_restaurants.json``, written by
  ``scripts/tw_moenv_green_restaurants_data.py``; source and licence in that file): fixed lines
  as the ministry writes them, the area code hyphenated before the line: 250 of eight digits
  after a two-digit code (181 of Taipei's ``02-28250909``), 145 of seven (``04-``, ``03-``,
  ``07-``...), four after ``049-`` and one after ``037-``; every copy labelled whole, once in
  each record;
* the text around them is the same row's real fields: the list's ``restid``, the restaurant's
  name, address, county or city and coordinates, with invented keys, ids, timestamps and
  counts, unlabelled and scored;
* in layouts no earlier part has, text in Chinese (Traditional): Ministry of Environment
  open-data platform API v2 answers (``GET https://data.moenv.gov.tw/api/v2/<dataset>``,
  ``format=JSON``: ``fields`` with each key's ``id``, ``type`` and ``info.label``, an invented
  ``resource_id``, ``__extras.api_key``, ``include_total``, ``total``, ``resource_format``
  ``object``, ``limit``, ``offset``, ``_links`` and the restaurant's published object as the
  one ``records`` item), Google Places API (New) Text Search answers (``POST
  /v1/places:searchText``: one ``places`` item with an invented ``id`` and ``googleMapsUri``,
  ``displayName`` in ``zh-TW``, ``formattedAddress``, ``location``, ``primaryType``
  ``restaurant`` and the telephone as ``nationalPhoneNumber``), Bing Maps REST Local Search
  answers (``GET /REST/v1/LocalSearch/``: ``authenticationResultCode``, ``brandLogoUri``,
  ``copyright``, one resource set with one ``LocalBusiness`` resource, its ``Address``,
  ``PhoneNumber`` the telephone, ``entityType`` ``Restaurants``, ``geocodePoints``, an
  invented ``traceId``) and Apple Business Connect API location bodies (``POST
  /api/v1/companies/{companyId}/locations``: ``partnersLocationId``, ``locationDetails`` with
  ``displayName``, ``mainAddress``, ``displayPoint``, ``categories``, ``phoneNumbers`` with the
  telephone as the primary ``LANDLINE``, ``locationStatus``). The four formats' fields are
  written from memory of their public documentation: the search tools' budget was spent
  before they could be looked up.

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_508.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_moenv_green_restaurants.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_508.jsonl.gz"
SPLIT = "held_out_508"

LAYOUTS = ("moenv_api_v2", "places_text_search", "bing_local_search", "business_connect")
PHONE = "phone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: "phone"}
HEX = "0123456789abcdef"
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-"
# the list's keys in its order, with the Chinese label the API answer gives each (the part's
# own wording)
KEYS = (
    ("restid", "餐廳編號"), ("name", "餐廳名稱"), ("address", "地址"), ("phone", "電話"),
    ("mobile", "手機"), ("latitude", "緯度"), ("longitude", "經度"), ("city", "縣市"),
)  # fmt: skip
# the list's size as the app's file holds it (the API answer's ``total``)
TOTAL = "4380"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped."""
    return str(row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The restaurant's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the restaurant's telephone labelled (each copy
    stands apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def district(row: dict[str, Any]) -> str:
    """The district, township or town of the address after its county or city (``北投區``)."""
    found = re.match(r"(?:..[縣市])(.{1,3}?[區鄉鎮市])", _f(row, "address"))
    return found.group(1) if found else ""


def point(row: dict[str, Any]) -> tuple[float, float]:
    """The published coordinates (latitude, longitude)."""
    return float(_f(row, "latitude")), float(_f(row, "longitude"))


def _uuid(rng: random.Random) -> str:
    h = "".join(rng.choice(HEX) for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def moenv_api_v2(row: dict[str, Any], rng: random.Random) -> str:
    """A Ministry of Environment open-data platform API v2 answer (``format=JSON``,
    ``limit=1``): ``fields`` (each key's ``id``, ``type`` ``text`` and Chinese ``label``), an
    invented ``resource_id`` and ``api_key``, ``include_total``, ``total``, ``resource_format``
    ``object``, ``limit``, ``offset``, ``_links`` and the restaurant's published object, all
    eight keys, as the one ``records`` item."""
    key, offset = _uuid(rng), rng.randint(0, int(TOTAL) - 1)
    base = f"/api/v2/gnr_p_01?api_key={key}&limit=1"
    doc = {
        "fields": [{"id": k, "type": "text", "info": {"label": label}} for k, label in KEYS],
        "resource_id": _uuid(rng),
        "__extras": {"api_key": key},
        "include_total": True,
        "total": TOTAL,
        "resource_format": "object",
        "limit": "1",
        "offset": str(offset),
        "_links": {"start": base, "next": f"{base}&offset={offset + 1}"},
        "records": [{k: row["fields"][k] for k, _ in KEYS}],
    }
    return _json(doc)


def places_text_search(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Places API (New) Text Search answer (``POST /v1/places:searchText`` with a
    field mask): one place with an invented ``id`` and ``cid``, the telephone as
    ``nationalPhoneNumber``, the published address, the coordinates, the name in ``zh-TW``
    and the restaurant type."""
    lat, lon = point(row)
    cid = str(rng.randint(10**18, 18 * 10**18))
    place = {
        "id": "ChIJ" + "".join(rng.choice(ALNUM) for _ in range(23)),
        "types": ["restaurant", "food", "point_of_interest", "establishment"],
        "nationalPhoneNumber": phone(row),
        "formattedAddress": _f(row, "address"),
        "location": {"latitude": lat, "longitude": lon},
        "googleMapsUri": f"https://maps.google.com/?cid={cid}",
        "businessStatus": "OPERATIONAL",
        "displayName": {"text": _f(row, "name"), "languageCode": "zh-TW"},
        "primaryType": "restaurant",
        "primaryTypeDisplayName": {"text": "餐廳", "languageCode": "zh-TW"},
    }
    return _json({"places": [place]})


def bing_local_search(row: dict[str, Any], rng: random.Random) -> str:
    """A Bing Maps REST Services Local Search answer (``GET /REST/v1/LocalSearch/``): the
    envelope (``authenticationResultCode``, ``brandLogoUri``, ``copyright``, ``statusCode``,
    ``statusDescription``, an invented ``traceId``) and one ``LocalBusiness`` resource: the
    name, point, ``Address`` (the published address, county or city and district),
    ``PhoneNumber`` the telephone, ``entityType`` ``Restaurants`` and a geocode point."""
    lat, lon = point(row)
    trace = "".join(rng.choice(HEX) for _ in range(32))
    resource = {
        "__type": "LocalBusiness:http://schemas.microsoft.com/search/local/ws/rest/v1",
        "name": _f(row, "name"),
        "point": {"type": "Point", "coordinates": [lat, lon]},
        "Address": {
            "addressLine": _f(row, "address").removeprefix(_f(row, "city") + district(row)),
            "adminDistrict": _f(row, "city"),
            "countryRegion": "台灣",
            "formattedAddress": _f(row, "address"),
            "locality": district(row),
            "postalCode": "",
        },
        "PhoneNumber": phone(row),
        "Website": "",
        "entityType": "Restaurants",
        "geocodePoints": [
            {
                "type": "Point",
                "coordinates": [lat, lon],
                "calculationMethod": "Rooftop",
                "usageTypes": ["Display"],
            }
        ],
    }
    doc = {
        "authenticationResultCode": "ValidCredentials",
        "brandLogoUri": "https://dev.virtualearth.net/Branding/logo_powered_by.png",
        "copyright": "Copyright © 2025 Microsoft and its suppliers. All rights reserved. This "
        "API cannot be accessed and the content and any results may not be used, reproduced "
        "or transmitted in any manner without express written permission from Microsoft "
        "Corporation.",
        "resourceSets": [{"estimatedTotal": 1, "resources": [resource]}],
        "statusCode": 200,
        "statusDescription": "OK",
        "traceId": f"{trace}|HK00000B1A|0.0.0.0|Ref A: {trace[:16].upper()}",
    }
    return _json(doc)


def business_connect(row: dict[str, Any], rng: random.Random) -> str:
    """An Apple Business Connect API location body (``POST
    /api/v1/companies/{companyId}/locations``): the list's id as ``partnersLocationId``, the
    name, the published address in ``mainAddress``, the coordinates as ``displayPoint``, the
    restaurant category, the telephone as the primary ``LANDLINE`` and the open status (an
    invented version)."""
    details = {
        "partnersLocationVersion": str(rng.randint(1, 9)),
        "displayName": _f(row, "name"),
        "mainAddress": {
            "structuredAddress": {
                "locality": _f(row, "city"),
                "subLocality": district(row),
                "fullThoroughfare": _f(row, "address"),
                "countryCode": "TW",
            },
            "locale": "zh-TW",
        },
        "displayPoint": {
            "coordinates": {"latitude": _f(row, "latitude"), "longitude": _f(row, "longitude")},
            "source": "CALCULATED",
        },
        "categories": ["food_and_drink.restaurants"],
        "phoneNumbers": [{"phoneNumber": phone(row), "type": "LANDLINE", "primary": True}],
        "locationStatus": {"status": "OPEN"},
        "urls": [],
    }
    doc = {"partnersLocationId": f"moenv-green-{_f(row, 'restid')}", "locationDetails": details}
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "moenv_api_v2": moenv_api_v2,
    "places_text_search": places_text_search,
    "bing_local_search": bing_local_search,
    "business_connect": business_connect,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
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
