"""held_out_300 of the PII evaluation set: real phone fields of a directory no earlier part used
(Starbucks' store locator, its coffee houses and Teavana tea shops in the United States; the
country's earlier parts took government lists and Open Brewery DB) exactly as published, in
layouts no earlier part has, beside the directory's own store names, numbers and addresses.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of the US (CMS's hospitals, NYC's and Texas's schools, SAMHSA's
locator, the AFDC's stations, Open Brewery DB and others) and many other countries; here:

* the values are the ``Phone Number`` fields of 500 stores (489 Starbucks, 11 Teavana; 311
  company-owned, 189 licensed: ``scripts/data/pii_us_starbucks_stores.json``, written by
  ``scripts/us_starbucks_stores_data.py``; source and licence in that file): North American
  numbers with no ``+1`` as the locator gives them, most with area code, exchange and line joined
  by hyphens (``907-267-6700``), 76 in ten bare digits (``6508570133``), 62 with the area code in
  brackets (``(702) 669-6989``), a few split by ``/``, blanks or a dot; each copy labelled;
* the text around them is the same row's real fields: the store name (a licensed store's names
  its host, ``Fred Meyer - Anchorage (Dimond) #71``), store number (``72784-33081``), street,
  city, state, postcode (mostly nine digits in one run, ``995151453``), time zone and
  coordinates, with invented GUIDs, merchant ids, record ids, distances and times, unlabelled
  and scored;
* in layouts no earlier part has, of the US restaurant and retail trade's software, text in
  English: Toast Restaurants API restaurant configurations (``location.phone`` and the online
  ordering's special-requests message repeating it), Clover REST API v3 merchants (the merchant's
  ``phoneNumber`` and its expanded ``address.phoneNumber``), NetSuite REST record service
  ``location`` records of a store (``mainAddress.addrPhone`` and the formatted ``addrText``) and
  Alexa Skills Kit responses of a store-finder skill (SSML with ``<say-as
  interpret-as="telephone">`` and a ``Standard`` card's text).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_300.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_starbucks_stores.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_300.jsonl.gz"
SPLIT = "held_out_300"

LAYOUTS = ("toast_restaurant", "clover_merchant", "netsuite_location", "alexa_response")
PHONE = "Phone Number"

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

STATES = {
    "AK": "Alaska", "AL": "Alabama", "AR": "Arkansas", "AZ": "Arizona", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DC": "District of Columbia", "DE": "Delaware",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "IA": "Iowa", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "MA": "Massachusetts", "MD": "Maryland", "ME": "Maine", "MI": "Michigan", "MN": "Minnesota",
    "MO": "Missouri", "MS": "Mississippi", "MT": "Montana", "NC": "North Carolina",
    "ND": "North Dakota", "NE": "Nebraska", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NV": "Nevada", "NY": "New York", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VA": "Virginia",
    "VT": "Vermont", "WA": "Washington", "WI": "Wisconsin", "WV": "West Virginia",
    "WY": "Wyoming",
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def licensed(row: dict[str, Any]) -> bool:
    """Whether the store is a licensed one (in a host's premises), else company-owned."""
    return _f(row, "Ownership Type") == "Licensed"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+1``): none of the locator's is."""
    return value.startswith("+")


def zone(row: dict[str, Any]) -> str:
    """The IANA time zone of the row's ``Timezone`` (``GMT-08:00 America/Los_Angeles``)."""
    return _f(row, "Timezone").split(" ")[-1]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 14, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _dump(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _number(value: str) -> float | None:
    """A coordinate as a JSON number (``None`` where the row has none)."""
    try:
        return float(value)
    except ValueError:
        return None


def toast_restaurant(row: dict[str, Any], rng: random.Random) -> str:
    """A Toast Restaurants API ``GET /restaurants/v1/restaurants/{restaurantGUID}`` response:
    ``general`` with the brand as ``name``, the store name as ``locationName`` and its store
    number as ``locationCode``, the time zone and an invented management group; ``location``
    with the address, the number as ``phone`` (``phoneCountryCode`` ``1``) and coordinates;
    ``onlineOrdering`` whose special-requests message names the number again."""
    tel = phone(row)
    first = _when(rng) - dt.timedelta(days=rng.randint(400, 2400))
    doc = {
        "guid": _uuid(rng),
        "general": {
            "name": _f(row, "Brand"),
            "locationName": _f(row, "Store Name"),
            "locationCode": _f(row, "Store Number"),
            "description": f"{_f(row, 'Brand')} {_f(row, 'Ownership Type').lower()} store, "
            f"{_f(row, 'City')}, {_f(row, 'State/Province')}",
            "timeZone": zone(row),
            "closeoutHour": rng.choice((3, 4, 5)),
            "managementGroupGuid": _uuid(rng),
            "currencyCode": "USD",
            "firstBusinessDate": int(first.strftime("%Y%m%d")),
            "archived": False,
        },
        "urls": {"website": None, "facebook": None, "twitter": None, "orderOnline": None},
        "location": {
            "address1": _f(row, "Street Address"),
            "address2": None,
            "city": _f(row, "City"),
            "stateCode": _f(row, "State/Province"),
            "administrativeArea": None,
            "zipCode": _f(row, "Postcode"),
            "country": _f(row, "Country"),
            "phone": tel,
            "phoneCountryCode": "1",
            "latitude": _number(_f(row, "Latitude")),
            "longitude": _number(_f(row, "Longitude")),
        },
        "delivery": {"enabled": False, "minimum": None, "area": None},
        "onlineOrdering": {
            "enabled": True,
            "scheduling": rng.choice((True, False)),
            "specialRequests": True,
            "specialRequestsMessage": "For allergen questions please call the store at "
            f"{tel} before ordering.",
            "paymentOptions": {
                "delivery": {"cash": False, "ccSameDay": True, "ccFuture": False},
                "takeout": {"cash": False, "ccSameDay": True, "ccFuture": True, "ccInStore": True},
                "ccTip": True,
            },
        },
        "prepTimes": {
            "deliveryPrepTime": 0,
            "deliveryTimeAfterOpen": 0,
            "deliveryTimeBeforeClose": 0,
            "takeoutPrepTime": rng.choice((5, 10, 15)),
            "takeoutTimeAfterOpen": 0,
            "takeoutTimeBeforeClose": rng.choice((10, 15, 30)),
        },
    }
    return _dump(doc)


def _clover_id(rng: random.Random) -> str:
    """An invented Clover id (13 characters of upper-case letters and digits)."""
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(13))


def clover_merchant(row: dict[str, Any], rng: random.Random) -> str:
    """A Clover REST API ``GET /v3/merchants/{mId}?expand=address,merchantPlan`` response: an
    invented merchant id, the store name, its expanded ``address`` with the number as
    ``phoneNumber``, the merchant's ``phoneNumber`` again, its time zone in ``properties`` and
    an invented creation time in milliseconds."""
    mid, tel = _clover_id(rng), phone(row)
    base = f"https://api.clover.com/v3/merchants/{mid}"
    created = _when(rng) - dt.timedelta(days=rng.randint(200, 1500))
    doc = {
        "href": base,
        "id": mid,
        "name": _f(row, "Store Name"),
        "address": {
            "href": f"{base}/address",
            "address1": _f(row, "Street Address"),
            "city": _f(row, "City"),
            "country": _f(row, "Country"),
            "phoneNumber": tel,
            "state": _f(row, "State/Province"),
            "zip": _f(row, "Postcode"),
        },
        "merchantPlan": {"id": _clover_id(rng)},
        "defaultCurrency": "USD",
        "phoneNumber": tel,
        "createdTime": int(created.timestamp() * 1000),
        "properties": {"href": f"{base}/properties", "timezone": zone(row)},
        "externalMerchants": {"href": f"{base}/external_merchants"},
        "tags": {"href": f"{base}/tags"},
    }
    return _dump(doc)


def netsuite_location(row: dict[str, Any], rng: random.Random) -> str:
    """A NetSuite REST record service ``GET /services/rest/record/v1/location/{id}`` response
    (``expandSubResources=true``): an invented internal id, the store name, its store number as
    ``externalId``, a ``Store`` location type, the subsidiary, ``mainAddress`` with the street,
    city, state, postcode, the number as ``addrPhone`` and the formatted ``addrText`` ending in
    it, the time zone and coordinates."""
    rid, account = rng.randint(101, 4999), rng.randint(1000000, 9999999)
    base = f"https://{account}.suitetalk.api.netsuite.com/services/rest/record/v1"
    name, tel = _f(row, "Store Name"), phone(row)
    state = _f(row, "State/Province")
    lines = [name, _f(row, "Street Address"), f"{_f(row, 'City')} {state} {_f(row, 'Postcode')}"]
    lines += ["United States", tel]
    doc = {
        "links": [{"rel": "self", "href": f"{base}/location/{rid}"}],
        "id": str(rid),
        "name": name,
        "externalId": _f(row, "Store Number"),
        "isInactive": False,
        "locationType": {"id": "2", "refName": "Store"},
        "subsidiary": {
            "links": [{"rel": "self", "href": f"{base}/subsidiary/3"}],
            "id": "3",
            "refName": "US Retail",
        },
        "mainAddress": {
            "links": [{"rel": "self", "href": f"{base}/location/{rid}/mainAddress"}],
            "addr1": _f(row, "Street Address"),
            "addressee": name,
            "addrPhone": tel,
            "addrText": "\n".join(lines),
            "city": _f(row, "City"),
            "country": {"id": "US", "refName": "United States"},
            "override": False,
            "state": state,
            "zip": _f(row, "Postcode"),
        },
        "makeInventoryAvailable": True,
        "makeInventoryAvailableStore": not licensed(row),
        "timeZone": {"id": zone(row), "refName": _f(row, "Timezone")},
        "latitude": _number(_f(row, "Latitude")),
        "longitude": _number(_f(row, "Longitude")),
        "tranPrefix": f"S{rid}",
    }
    return _dump(doc)


def alexa_response(row: dict[str, Any], rng: random.Random) -> str:
    """An Alexa Skills Kit response of an invented store-finder skill: ``sessionAttributes``
    with the store number, SSML ``outputSpeech`` naming the store, its street and city, an
    invented distance and the number in ``<say-as interpret-as="telephone">``, a ``Standard``
    card whose text gives the address and the number, and a reprompt."""
    name, tel = _f(row, "Store Name"), phone(row)
    state = _f(row, "State/Province")
    miles = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}"
    host = "inside its host store" if licensed(row) else "a company-operated store"
    ssml = (
        f"<speak>The closest {escape(_f(row, 'Brand'))} I found is {escape(name)}, "
        f"{escape(host)}, at {escape(_f(row, 'Street Address'))} in {escape(_f(row, 'City'))}, "
        f'about <say-as interpret-as="unit">{miles}mi</say-as> away. '
        f'You can call the store at <say-as interpret-as="telephone">{escape(tel)}</say-as>. '
        "Would you like directions?</speak>"
    )
    card = "\n".join(
        [
            _f(row, "Street Address"),
            f"{_f(row, 'City')}, {STATES.get(state, state)} {_f(row, 'Postcode')}",
            f"Phone: {tel}",
            f"Store #{_f(row, 'Store Number')}",
        ]
    )
    doc = {
        "version": "1.0",
        "sessionAttributes": {
            "storeNumber": _f(row, "Store Number"),
            "lastIntent": "FindNearestStoreIntent",
        },
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": ssml},
            "card": {"type": "Standard", "title": name, "text": card},
            "reprompt": {
                "outputSpeech": {
                    "type": "SSML",
                    "ssml": "<speak>Should I send directions to your phone?</speak>",
                }
            },
            "shouldEndSession": False,
        },
    }
    return _dump(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "toast_restaurant": toast_restaurant,
    "clover_merchant": clover_merchant,
    "netsuite_location": netsuite_location,
    "alexa_response": alexa_response,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field labelled."""
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
