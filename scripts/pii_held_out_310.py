"""held_out_310 of the PII evaluation set: real phone fields of a list no earlier part used
(Zomato's directory of Bengaluru's restaurants; India's earlier parts took other registers)
exactly as published, in layouts no earlier part has, beside the list's own names, addresses,
neighbourhoods, cuisines and prices.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, IN (the National Health Portal's hospitals and
blood banks, CBSE's schools, RBI's bank branches and others) and many others; here:

* the values are the ``phone`` fields of 300 restaurants, cafés, bars and bakeries
  (``scripts/data/pii_in_bangalore_restaurants.json``, written by
  ``scripts/in_bangalore_restaurants_data.py``; source and licence in that file): Indian
  numbers as Zomato printed them, one to a line, one or two to a restaurant, landlines with the
  STD code apart (``080 42297555``), mobiles with the country code apart (``+91 9743772233``), a
  few toll-free or shared numbers in one run (``18001036363``) and one ``091 8040414141``; each
  number stands on its own in every layout (the list's blank lines between them dropped), each
  copy labelled;
* the text around them is the same row's real fields: the name, the address
  (``942, 21st Main Road, 2nd Stage, Banashankari, Bangalore``), the neighbourhood, the kind of
  place, cuisines, liked dishes, the rating and votes, the cost for two and the online-order and
  table-booking flags, with invented restaurant, store and category ids, API keys, prices, tax
  rates and times, unlabelled and scored;
* in layouts no earlier part has, the Indian restaurant trade's own interfaces, in English:
  Zomato API v2.1 ``/restaurant`` responses (the numbers joined by ``, `` in
  ``phone_numbers``), UrbanPiper store add/update requests as curl commands (the first number
  as ``contact_phone``, every number in ``notification_phones``), Petpooja online-ordering
  menu-fetch responses (the numbers in the restaurant ``details``' ``contact``, the first again
  in an order-type note) and Ola Maps Places API place-details responses (the first number as
  ``formatted_phone_number``, or as ``international_phone_number`` where it carries ``+91``,
  every number in the editorial summary).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_310.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from in_bangalore_restaurants_data import phone_lines
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_bangalore_restaurants.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_310.jsonl.gz"
SPLIT = "held_out_310"

LAYOUTS = ("zomato_restaurant", "urbanpiper_store", "petpooja_menu", "olamaps_place")
PHONE = "phone"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
HOURS = (
    ("11:00", "23:00"), ("12:00", "23:30"), ("07:30", "22:30"), ("10:00", "22:00"),
    ("12:30", "01:00"), ("08:00", "23:00"),
)  # fmt: skip
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none or it is NULL)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published (its numbers one to a line, blank lines kept)."""
    return row["fields"]["phone"]


def phones(row: dict[str, Any]) -> list[str]:
    """The numbers of the row's phone field, as written, in its order."""
    return phone_lines(phone(row))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+91 9743772233``)."""
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the row's numbers labelled (each copy
    stands apart: no digit next to it; a number found inside a longer one is the longer
    one's)."""
    values = [("phone", v) for v in sorted(phones(row), key=len, reverse=True)]
    return field_copies(text, values, {"phone": r"\d"}, {"phone": PHONE}, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of early 2019 (IST), before the list was scraped."""
    start = dt.datetime(2019, 1, 2, 9, 0, tzinfo=IST)
    return start + dt.timedelta(seconds=rng.randint(0, 70 * 86400))


def _j(value: Any) -> str:
    """``value`` as JSON (non-ASCII kept)."""
    return json.dumps(value, ensure_ascii=False)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _slug(row: dict[str, Any]) -> str:
    """Zomato's URL slug of the place: its name and neighbourhood, lower case, hyphenated."""
    words = re.findall(r"[a-z0-9]+", f"{_f(row, 'name')} {_f(row, 'location')}".lower())
    return "-".join(words)


def _rating(row: dict[str, Any]) -> str:
    """The rating out of five as a bare number (``4.1``), "" where the row has none."""
    m = re.match(r"\d\.\d", _f(row, "rate"))
    return m.group() if m else ""


def _cost(row: dict[str, Any]) -> int:
    """The cost for two in rupees as the list gives it (0 where it has none)."""
    cost = _f(row, "approx_cost").replace(",", "")
    return int(cost) if cost.isdigit() else 0


def _yes(row: dict[str, Any], key: str) -> bool:
    return _f(row, key) == "Yes"


def _dishes(row: dict[str, Any]) -> list[str]:
    return [d.strip() for d in _f(row, "dish_liked").split(",") if d.strip()]


def _cuisines(row: dict[str, Any]) -> list[str]:
    return [c.strip() for c in _f(row, "cuisines").split(",") if c.strip()]


def zomato_restaurant(row: dict[str, Any], rng: random.Random) -> str:
    """A Zomato API v2.1 ``GET /api/v2.1/restaurant?res_id=`` response: an invented ``res_id``
    and API key, the name, URL and deep link, the ``location`` (address, locality, Bangalore's
    ``city_id`` 4), cuisines, invented timings, the cost for two and price range, the rating
    and votes in ``user_rating``, the delivery and table-booking flags, the kinds of place as
    ``establishment``, the liked dishes as highlights, and ``phone_numbers`` joined by ``, ``."""
    res_id = rng.randint(50000, 18999999)
    rating, votes = _rating(row), int(_f(row, "votes") or 0)
    cost = _cost(row)
    opens, closes = rng.choice(HOURS)
    text_of = {"4": "Very Good", "3": "Good", "2": "Average"}
    doc = {
        "R": {"has_menu_status": {"delivery": -1, "takeaway": -1}, "res_id": res_id},
        "apikey": _hex(rng, 32),
        "id": str(res_id),
        "name": _f(row, "name"),
        "url": f"https://www.zomato.com/bangalore/{_slug(row)}"
        "?utm_source=api_basic_user&utm_medium=api&utm_campaign=v2.1",
        "location": {
            "address": _f(row, "address"),
            "locality": _f(row, "location"),
            "city": "Bangalore",
            "city_id": 4,
            "zipcode": "",
            "country_id": 1,
            "locality_verbose": f"{_f(row, 'location')}, Bangalore",
        },
        "switch_to_order_menu": 0,
        "cuisines": _f(row, "cuisines"),
        "timings": f"{opens} to {closes} (Mon-Sun)",
        "average_cost_for_two": cost,
        "price_range": 1 if cost < 400 else 2 if cost < 800 else 3 if cost < 1500 else 4,
        "currency": "Rs.",
        "highlights": [
            *(["Delivery"] if _yes(row, "online_order") else []),
            *(["Table booking recommended"] if _yes(row, "book_table") else []),
            "Indoor Seating",
        ],
        "offers": [],
        "opentable_support": 0,
        "is_zomato_book_res": int(_yes(row, "book_table")),
        "mezzo_provider": "ZOMATO_BOOK" if _yes(row, "book_table") else "OTHER",
        "thumb": "",
        "user_rating": {
            "aggregate_rating": rating or "0",
            "rating_text": text_of.get(rating[:1], "Not rated") if rating else "Not rated",
            "rating_color": "5BA829" if rating >= "4" else "9ACD32" if rating else "CBCBC8",
            "votes": votes,
        },
        "all_reviews_count": rng.randint(votes // 4, votes // 2 + 1),
        "photos_url": f"https://www.zomato.com/bangalore/{_slug(row)}/photos",
        "menu_url": f"https://www.zomato.com/bangalore/{_slug(row)}/menu",
        "has_online_delivery": int(_yes(row, "online_order")),
        "is_delivering_now": 0,
        "deeplink": f"zomato://restaurant/{res_id}",
        "is_table_reservation_supported": int(_yes(row, "book_table")),
        "has_table_booking": int(_yes(row, "book_table")),
        "phone_numbers": ", ".join(phones(row)),
        "establishment": [k.strip() for k in _f(row, "rest_type").split(",") if k.strip()],
        "establishment_types": [],
        "known_for": ", ".join(_dishes(row)[:4]),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _timings(rng: random.Random) -> list[dict[str, Any]]:
    opens, closes = rng.choice(HOURS)
    return [
        {"day": day, "slots": [{"start_time": f"{opens}:00", "end_time": f"{closes}:00"}]}
        for day in DAYS
    ]


def urbanpiper_store(row: dict[str, Any], rng: random.Random) -> str:
    """An UrbanPiper (Atlas) store add/update request as a curl command: ``POST
    /external/api/v1/stores/`` with the business's invented API key, one store with an invented
    ``ref_id``, the name, Bengaluru, the address, the first number as ``contact_phone`` and
    every number in ``notification_phones``, pickup and delivery times, the ordering flag from
    the online-order column, the Zomato listing as ``platform_data`` and invented timings."""
    numbers = phones(row)
    ref = f"blr-{_slug(row)[:24].rstrip('-')}-{rng.randint(10, 999)}"
    store = {
        "city": "Bengaluru",
        "name": _f(row, "name"),
        "min_pickup_time": rng.choice((600, 900, 1200)),
        "min_delivery_time": rng.choice((1800, 2400, 2700)),
        "contact_phone": numbers[0],
        "notification_phones": numbers,
        "ref_id": ref,
        "min_order_value": rng.choice((0, 99, 149, 199)),
        "hide_from_ui": False,
        "address": _f(row, "address"),
        "notification_emails": [],
        "zip_codes": [],
        "active": True,
        "ordering_enabled": _yes(row, "online_order"),
        "excluded_platforms": [] if _yes(row, "online_order") else ["swiggy"],
        "platform_data": [
            {
                "name": "zomato",
                "url": f"https://www.zomato.com/bangalore/{_slug(row)}",
                "platform_store_id": str(rng.randint(50000, 18999999)),
            }
        ],
        "timings": _timings(rng),
    }
    body = json.dumps({"stores": [store]}, ensure_ascii=False, indent=2).replace("'", "'\\''")
    lines = [
        "curl -X POST \\",
        "  'https://pos-int.urbanpiper.com/external/api/v1/stores/' \\",
        f"  -H 'Authorization: apikey biz_adm_clients_{_hex(rng, 12)}:{_hex(rng, 40)}' \\",
        "  -H 'Content-Type: application/json' \\",
        f"  -d '{body}'",
        "",
    ]
    return "\n".join(lines)


def petpooja_menu(row: dict[str, Any], rng: random.Random) -> str:
    """A Petpooja online-ordering menu-fetch response: ``success``, one restaurant with an
    invented ``restaurantid`` and ``menusharingcode``, its ``details`` (name, address, the
    neighbourhood as landmark, Bengaluru, Karnataka, the numbers in ``contact``, invented
    minimum order, delivery time and charge), the order types (the first number again in the
    pick-up type's note), one category per cuisine, the liked dishes as items with invented
    prices, CGST and SGST at 2.5 per cent and an invented server time."""
    numbers = phones(row)
    when = _when(rng)
    cats = {c: str(rng.randint(100000, 999999)) for c in _cuisines(row)} or {"Menu": "100001"}
    first = next(iter(cats.values()))
    cost = _cost(row) or 400
    items = [
        {
            "itemid": str(rng.randint(10000000, 99999999)),
            "itemallowvariation": "0",
            "itemrank": str(i + 1),
            "item_categoryid": first,
            "itemname": dish,
            "price": f"{rng.randint(cost // 8, cost // 2 + 1) // 5 * 5 + 5}.00",
            "active": "1",
            "item_tax": "CGST,SGST",
            "itemdescription": "",
            "in_stock": "2",
        }
        for i, dish in enumerate(_dishes(row)[:5])
    ]
    details = {
        "menusharingcode": _hex(rng, 6),
        "currency_html": "₹",
        "country": "India",
        "images": [],
        "restaurantname": _f(row, "name"),
        "address": _f(row, "address"),
        "contact": ", ".join(numbers),
        "landmark": _f(row, "location"),
        "city": "Bengaluru",
        "state": "Karnataka",
        "minimumorderamount": str(rng.choice((0, 100, 150, 200))),
        "minimumdeliverytime": f"{rng.choice((30, 40, 45, 60))}Minutes",
        "deliverycharge": str(rng.choice((0, 20, 30, 40))),
        "packaging_applicable_on": "ORDER",
        "packaging_charge": str(rng.choice((0, 10, 20))),
        "calculatetaxonpacking": 1,
        "calculatetaxondelivery": 1,
    }
    pickup = f"Call the outlet on {numbers[0]} when you reach {_f(row, 'location')}"
    doc = {
        "success": "1",
        "restaurants": [
            {"restaurantid": _hex(rng, 5), "active": "1", "details": details},
        ],
        "ordertypes": [
            {"ordertypeid": 1, "ordertype": "Delivery"},
            {"ordertypeid": 2, "ordertype": "PickUp", "note": pickup},
            {"ordertypeid": 3, "ordertype": "DineIn"},
        ],
        "categories": [
            {
                "categoryid": cid,
                "active": "1",
                "categoryrank": str(i + 1),
                "parent_category_id": "0",
                "categoryname": name,
                "categorytimings": "",
                "category_image_url": "",
            }
            for i, (name, cid) in enumerate(cats.items())
        ],
        "parentcategories": [],
        "items": items,
        "variations": [],
        "addongroups": [],
        "discounts": [],
        "taxes": [
            {
                "taxid": str(1000 + k),
                "taxname": name,
                "tax": "2.5",
                "taxtype": "1",
                "tax_ordertype": "1,2,3",
                "active": "1",
                "tax_coreortotal": "2",
                "tax_taxtype": "1",
                "rank": str(k + 1),
                "description": "",
            }
            for k, name in enumerate(("CGST", "SGST"))
        ],  # fmt: skip
        "serverdatetime": f"{when:%Y-%m-%d %H:%M:%S}",
        "db_version": "1.0",
        "application_version": "4.0",
        "http_code": 200,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def olamaps_place(row: dict[str, Any], rng: random.Random) -> str:
    """An Ola Maps Places API place-details response (``/places/v1/details``): an invented
    ``place_id`` and reference, the name, the address as ``formatted_address`` and its
    neighbourhood, city, state and country as ``address_components``, the first number as
    ``international_phone_number`` where it carries ``+91`` and as ``formatted_phone_number``
    otherwise, the rating and votes, the kinds of place as ``types``, invented opening hours,
    and an editorial summary naming every number; ``status`` ``ok``."""
    numbers = phones(row)
    place_id = f"ola-platform:{_hex(rng, 32)}"
    opens, closes = rng.choice(HOURS)
    said = " or ".join(numbers)
    summary = (
        f"{_f(row, 'rest_type')} in {_f(row, 'location')} serving {_f(row, 'cuisines')}. "
        f"About Rs. {_cost(row)} for two. Call {said}."
    )
    result: dict[str, Any] = {
        "address_components": [
            {
                "long_name": _f(row, "location"),
                "short_name": _f(row, "location"),
                "types": ["sublocality"],
            },
            {"long_name": "Bengaluru", "short_name": "Bengaluru", "types": ["locality"]},
            {
                "long_name": "Karnataka",
                "short_name": "KA",
                "types": ["administrative_area_level_1"],
            },
            {"long_name": "India", "short_name": "IN", "types": ["country"]},
        ],  # fmt: skip
        "business_status": "OPERATIONAL",
        "formatted_address": _f(row, "address"),
        "name": _f(row, "name"),
        "place_id": place_id,
        "reference": place_id,
        "types": ["restaurant", "food", "point_of_interest", "establishment"],
        "opening_hours": {
            "open_now": rng.random() < 0.6,
            "weekday_text": [f"{d.title()}: {opens}–{closes}" for d in DAYS],
        },
        "editorial_summary": {"language": "en", "overview": summary},
    }
    key = "international_phone_number" if international(numbers[0]) else "formatted_phone_number"
    result[key] = numbers[0]
    if _rating(row):
        result["rating"] = float(_rating(row))
        result["user_ratings_total"] = int(_f(row, "votes") or 0)
    result["price_level"] = min(4, 1 + _cost(row) // 600)
    doc = {"html_attributions": [], "result": result, "info_messages": [], "status": "ok"}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "zomato_restaurant": zomato_restaurant,
    "urbanpiper_store": urbanpiper_store,
    "petpooja_menu": petpooja_menu,
    "olamaps_place": olamaps_place,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of each of its numbers labelled."""
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
