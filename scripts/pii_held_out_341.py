"""held_out_341 of the PII evaluation set: real phone fields of a directory no earlier part used
(Greggs plc's bakery shops across the United Kingdom, as its shop finder listed them; the
United Kingdom's earlier parts took NHS, court, school, care, sport, charity and electoral
registers) exactly as published, in layouts no earlier part has, beside the list's own shop
codes, names, streets, towns, postcodes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB (NHS England's pharmacies and GP practices, HMCTS's
courts, the CQC's care homes, Sport England's Active Places, Trafford's charities, the RQIA's
services, Scotland's schools, Democracy Club's electoral services offices, the NHS website's
hospitals) and many others; here:

* the values are the ``phone`` fields of 600 shops (``scripts/data/pii_gb_greggs_shops.json``,
  written by ``scripts/gb_greggs_shops_data.py``; source and licence in that file): British
  numbers as the list writes them, the trunk ``0`` and area code with or without a blank before
  the number (``0191 2655986``, ``01236748384``, ``013552 32967``, ``0208 8520265``), the
  field's fixed-width padding (blanks to twelve characters) left out; each copy labelled;
* the text around them is the same row's real fields: the shop code (``90466``), the shop's
  name (``Byker 209 Shields Rd``), street, town or county, postcode (``NE6 1DQ``) and
  coordinates, with invented order ids and references, items and prices, times, room and job
  ids, unlabelled and scored;
* in layouts no earlier part has, food-ordering, courier, store-locator and workplace-chat
  formats, text in English: Just Eat Takeaway.com Partner API "order ready for preparation"
  webhooks (JSON: a collection order, the shop as ``Restaurant`` with ``PhoneNumber``), Stuart
  API v2 job requests (``POST /v2/jobs`` JSON: the shop as the pickup, its ``contact.phone``
  and a ``comment`` repeating the number), Bing Spatial Data Services data-source files
  (version 2.0, pipe-delimited: the schema line and the shop as one entity with its ``Phone``)
  and Webex Messages API requests (``POST /v1/messages`` JSON: the number in both the ``text``
  and the ``markdown`` of a shop-operations message).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_341.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_greggs_shops.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_341.jsonl.gz"
SPLIT = "held_out_341"

LAYOUTS = ("just_eat_order", "stuart_job", "bing_sds_source", "webex_message")
PHONE = "phone"
GMT = dt.UTC  # January to March 2019, the list's months: London keeps GMT

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the chain's own products and invented prices (GBP) of a collection order
MENU = (
    ("Sausage Roll", 1.00), ("Vegan Sausage Roll", 1.00), ("Steak Bake", 1.45),
    ("Chicken Bake", 1.45), ("Sausage, Bean & Cheese Melt", 1.45), ("Yum Yum", 0.75),
    ("Glazed Ring Doughnut", 0.80), ("Chocolate Muffin", 1.10), ("Regular Latte", 1.85),
    ("Regular Americano", 1.50), ("Tuna Crunch Baguette", 2.60), ("Ham & Cheese Sandwich", 2.10),
)  # fmt: skip
FAULTS = (
    "deck oven fault, engineer booked",
    "chiller over temperature, stock moved to the back-up unit",
    "card terminal offline, cash only until it is replaced",
    "delivery van late, shelves short until mid-morning",
    "till drawer jammed, one till in use",
    "water off in the street, opening late",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field); the byte-order
    mark the file's first tuple carries before its name is left out."""
    return (row["fields"].get(key) or "").strip().lstrip("\ufeff")


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, its fixed-width padding stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of January to March 2019 (UTC, GMT in London), in shop hours."""
    day = dt.datetime(2019, 1, 7, tzinfo=GMT) + dt.timedelta(days=rng.randint(0, 80))
    return day + dt.timedelta(minutes=rng.randint(7 * 60, 17 * 60))


def _iso(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _coordinate(row: dict[str, Any], key: str) -> float:
    """A coordinate of the row, to six places."""
    return round(float(_f(row, key)), 6)


def _address(row: dict[str, Any]) -> str:
    """The shop's street, town and postcode on one line."""
    return ", ".join(v for v in (_f(row, "street"), _f(row, "town"), _f(row, "postcode")) if v)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def just_eat_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Just Eat Takeaway.com Partner API "order ready for preparation" webhook body (JSON):
    an invented collection order (order id, friendly reference, customer id and order counts,
    items from the chain's menu with invented prices, payment, price breakdown, placed and due
    times) from the shop as ``Restaurant``: its address (``Lines``, ``City``, ``PostalCode``,
    ``Geolocation``), shop code as ``Id`` and ``Refererence`` (the API's own spelling), name
    and ``PhoneNumber``."""
    when = _when(rng)
    items, total = [], 0.0
    for name, price in rng.sample(MENU, rng.randint(1, 4)):
        quantity = rng.randint(1, 3)
        items.append({
            "Items": [], "Name": name, "Quantity": quantity,
            "Reference": f"grg-{rng.randint(1000, 9999)}", "TotalPrice": round(price * quantity, 2),
            "UnitPrice": price,
        })  # fmt: skip
        total += price * quantity
    total = round(total, 2)
    service = 0.5
    doc = {
        "Currency": "GBP",
        "Customer": {
            "Id": rng.randint(10_000_000, 99_999_999),
            "PreviousRestaurantOrderCount": rng.randint(0, 12),
            "PreviousTotalOrderCount": rng.randint(1, 80),
        },
        "CustomerNotes": {
            "NoteForRestaurant": rng.choice(
                ("", "Please bag separately.", "No napkins needed, thanks.")
            )
        },
        "FriendlyOrderReference": f"{rng.randint(100000, 999999)}",
        "Fulfilment": {
            "CustomerDueAsap": True,
            "CustomerDueDate": _iso(when + dt.timedelta(minutes=rng.randint(10, 25))),
            "Method": "Collection",
            "PreparationTime": f"0:{rng.randint(5, 15):02d}:00",
        },
        "IsTest": False,
        "Items": items,
        "OrderId": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
        "Payment": {"Lines": [{"Paid": True, "Type": "card", "Value": round(total + service, 2)}]},
        "PlacedDate": _iso(when),
        "PriceBreakdown": {
            "Discount": 0.0,
            "Fees": {"Delivery": 0.0, "Other": 0.0, "ServiceCharge": service},
            "Items": total,
            "Taxes": 0.0,
            "Tips": 0.0,
        },
        "Restaurant": {
            "Address": {
                "City": _f(row, "town"),
                "Geolocation": {
                    "Latitude": _coordinate(row, "latitude"),
                    "Longitude": _coordinate(row, "longitude"),
                },
                "Lines": [_f(row, "street")],
                "PostalCode": _f(row, "postcode"),
            },
            "Id": _f(row, "id"),
            "Name": f"Greggs - {_f(row, 'name')}",
            "PhoneNumber": phone(row),
            "Refererence": f"GRG{_f(row, 'id')}",
            "TimeZone": "Europe/London",
        },
        "Restrictions": [],
        "TotalPrice": round(total + service, 2),
    }
    return _json(doc)


def stuart_job(row: dict[str, Any], rng: random.Random) -> str:
    """A Stuart API v2 job request (``POST /v2/jobs`` body, JSON): an invented catering
    delivery picked up at the shop (its address, a ``comment`` naming the shop and repeating
    the number, ``contact`` with the chain and shop as ``company`` and the number as
    ``phone``) and dropped at an invented office of the same town (package type and
    description, an invented client reference and time window), with an invented pickup time
    and assignment code."""
    when = _when(rng)
    tel, name = phone(row), _f(row, "name")
    town = _f(row, "town") or "the town"
    reference = f"GRG-{_f(row, 'id')}-{rng.randint(1000, 9999)}"
    office = rng.choice(("Business Centre", "House", "Court", "Chambers", "Works"))
    street = rng.choice(("Market", "Church", "Station", "Victoria", "Albert", "Mill"))
    doc = {
        "job": {
            "assignment_code": f"CAT{rng.randint(100000, 999999)}",
            "pickup_at": _iso(when + dt.timedelta(minutes=30)),
            "transport_type": rng.choice(("bike", "motorbike", "car")),
            "pickups": [
                {
                    "address": _address(row),
                    "comment": f"Collect the catering order from the counter at Greggs "
                    f"{name}. If it is not ready, call the shop on {tel}.",
                    "contact": {"company": f"Greggs {name}", "phone": tel},
                }
            ],
            "dropoffs": [
                {
                    "address": f"{rng.randint(2, 120)} {street} Street, {town}",
                    "client_reference": reference,
                    "comment": f"Reception of {town} {office}; ask for the meeting room order.",
                    "contact": {"company": f"{town} {office}"},
                    "end_customer_time_window_end": _iso(when + dt.timedelta(minutes=75)),
                    "end_customer_time_window_start": _iso(when + dt.timedelta(minutes=45)),
                    "package_description": f"Catering platters x{rng.randint(2, 6)}",
                    "package_type": rng.choice(("small", "medium", "large")),
                }
            ],
        }
    }
    return _json(doc)


SDS_SCHEMA = (
    "EntityID(Edm.String,primaryKey)", "Name(Edm.String)", "AddressLine(Edm.String)",
    "Locality(Edm.String)", "PostalCode(Edm.String)", "CountryRegion(Edm.String)",
    "Phone(Edm.String)", "Brand(Edm.String)", "VeganSausageRoll(Edm.Boolean)",
    "Latitude(Edm.Double)", "Longitude(Edm.Double)",
)  # fmt: skip


def bing_sds_source(row: dict[str, Any], rng: random.Random) -> str:
    """A Bing Spatial Data Services data-source file (data schema version 2.0, values
    separated by pipes) of an incremental update: the first line naming the format and the
    entity type, the schema line (typed property names, ``EntityID`` the primary key), then
    the shop as one entity: its code, name, street, town, postcode, ``GB``, phone, brand,
    vegan flag and coordinates."""
    entity = rng.choice(("GreggsShops", "ShopLocations", "BakeryShops"))
    values = (
        _f(row, "id"), _f(row, "name"), _f(row, "street"), _f(row, "town"), _f(row, "postcode"),
        "GB", phone(row), _f(row, "type"), _f(row, "vegan"),
        f"{_coordinate(row, 'latitude')}", f"{_coordinate(row, 'longitude')}",
    )  # fmt: skip
    lines = [
        f"Bing Spatial Data Services, 2.0, {entity}",
        "|".join(SDS_SCHEMA),
        "|".join(v.replace("|", "/") for v in values),
        "",
    ]
    return "\n".join(lines)


def _room_id(rng: random.Random) -> str:
    """An invented Webex room id (base64 of a ``ciscospark://`` URI with a UUID)."""
    hexes = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    uuid = f"{hexes[:8]}-{hexes[8:12]}-{hexes[12:16]}-{hexes[16:20]}-{hexes[20:]}"
    return base64.b64encode(f"ciscospark://us/ROOM/{uuid}".encode()).decode().rstrip("=")


def webex_message(row: dict[str, Any], rng: random.Random) -> str:
    """A Webex Messages API request body (``POST /v1/messages``, JSON) to an invented area
    managers' space: the shop's code, name and address and an invented operations note with
    its time, in ``text`` and again in ``markdown`` (bold heading, quote), each ending with the
    shop's number."""
    when = _when(rng)
    tel, name = phone(row), _f(row, "name")
    fault = rng.choice(FAULTS)
    shop = f"Shop {_f(row, 'id')} {name}"
    text = f"{shop} ({_address(row)}): {fault} at {when:%H:%M} on {when:%d %b}. Shop phone: {tel}"
    markdown = (
        f"**{shop}**  \n{_address(row)}\n\n> {fault[0].upper()}{fault[1:]} "
        f"at {when:%H:%M} on {when:%d %b}.\n\nShop phone: {tel}"
    )
    return _json({"roomId": _room_id(rng), "text": text, "markdown": markdown})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "just_eat_order": just_eat_order,
    "stuart_job": stuart_job,
    "bing_sds_source": bing_sds_source,
    "webex_message": webex_message,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
