"""held_out_291 of the PII evaluation set: real phone fields of a register no earlier part used
(the Tourism Bureau's list of restaurants and food shops in its tourism information database,
Taiwan; Taiwan's earlier parts took other registers) exactly as published, in layouts no
earlier part has, beside the list's own names, addresses, towns, coordinates and opening hours.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of Taiwan (the National Health Insurance Administration's
lists, the Ministry of Education's elementary schools, Hsinchu City's medical institutions, the
National Police Agency's stations, Taipei's elder-care providers and hotels, Chunghwa Post's
offices, the Financial Supervisory Commission's financial institutions) and many others; here:

* the values are the ``Tel`` fields of 480 restaurants, snack stalls, cafés and food shops
  (``scripts/data/pii_tw_tourism_restaurants.json``, written by
  ``scripts/tw_tourism_restaurants_data.py``; source and licence in that file): Taiwanese
  numbers as the bureau writes them, the country code ``886`` without ``+``, the area code
  without its trunk ``0`` and the subscriber's digits, joined by hyphens (``886-6-9272992``,
  ``886-2-24921291``, ``886-49-2754905``, ``886-836-26999``, mobiles ``886-9-30710512``),
  each copy labelled, as an international number;
* the text around them is the same row's real fields: the name, the address (most with its
  three-digit postcode after the county, ``臺東縣951綠島鄉南寮村250號之1號``), county, town,
  coordinates and opening hours, with invented page, user, entry and document ids, counts and
  dates, unlabelled and scored (the postcode stands apart too where a layout has it);
* in layouts no earlier part has, of the web and chat services Taiwan's restaurants use,
  text in Chinese (Traditional): Facebook Graph API Page objects (``phone``, ``about``
  repeating the number, ``single_line_address``, ``location``), Messenger Platform Send API
  generic-template messages of a food-guide bot (the number in the card's ``subtitle`` and a
  postback ``payload``), Strapi v4 REST API responses of a ``restaurants`` collection type
  (``phone`` and a ``note``), and restaurant pages with schema.org ``Restaurant`` JSON-LD
  (``telephone``) and the number again in the page's ``dl``.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_291.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_tourism_restaurants.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_291.jsonl.gz"
SPLIT = "held_out_291"

LAYOUTS = ("facebook_page", "messenger_generic", "strapi_restaurant", "schema_restaurant")
PHONE = "Tel"
TZ = dt.timezone(dt.timedelta(hours=8))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented categories of a page (Facebook's own category names, in Chinese)
CATEGORIES = (
    ("273819889375819", "餐廳"), ("1758418281071392", "小吃店"), ("128673187201735", "咖啡廳"),
    ("192831537402299", "台菜餐廳"), ("188296324525457", "海鮮餐廳"),
)  # fmt: skip
# invented teasers of the bot's cards and notes of the guide's editors
TEASERS = ("在地人推薦", "觀光署美食名單", "週末好去處", "順路吃一下", "老饕口袋名單")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number carries its country code (every number of the list does:
    ``886-`` without ``+``)."""
    return value.startswith(("886", "+"))


def postcode(row: dict[str, Any]) -> str:
    """The three- or five-digit postcode the address carries after its county or city
    (``臺東縣951綠島鄉``), "" where it has none."""
    m = re.match(r"\D{2,3}[縣市](\d{3}(?:\d{2})?)(?!\d)", _f(row, "Add"))
    return m.group(1) if m else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taipei time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _hours(row: dict[str, Any]) -> str:
    """The opening hours as published, "" where the list gives none."""
    value = _f(row, "Opentime")
    return "" if value in ("", "無", "N/A") else value


def _about(row: dict[str, Any]) -> str:
    """A line about the shop: its town and county, its hours where given."""
    about = f"{_f(row, 'Region')}{_f(row, 'Town')}的在地美食。"
    if _hours(row):
        about += f"營業時間：{_hours(row)}。"
    return about


def _coordinate(value: str) -> float | str:
    """A coordinate as a JSON number where it reads as one (else the string as published)."""
    try:
        return float(value)
    except ValueError:
        return value


def facebook_page(row: dict[str, Any], rng: random.Random) -> str:
    """A Facebook Graph API ``GET /v19.0/{page-id}`` response of the shop's page (``fields``
    as a guide's crawler asks them): an invented page id, the name, a category and its list,
    ``phone``, ``single_line_address``, ``location`` (county, country, coordinates, the
    address as ``street``, the postcode as ``zip`` where it has one), ``about`` repeating the
    number, invented fan and check-in counts and the page's link."""
    tel = phone(row)
    page_id = _digits(rng, 15)
    category_id, category = rng.choice(CATEGORIES)
    location: dict[str, Any] = {
        "city": _f(row, "Region"),
        "country": "Taiwan",
        "latitude": _coordinate(_f(row, "Lat")),
        "longitude": _coordinate(_f(row, "Lng")),
        "street": _f(row, "Add"),
    }
    if postcode(row):
        location["zip"] = postcode(row)
    page = {
        "id": page_id,
        "name": _f(row, "Name"),
        "category": category,
        "category_list": [{"id": category_id, "name": category}],
        "phone": tel,
        "single_line_address": _f(row, "Add"),
        "location": location,
        "about": f"{_about(row)}訂位及外帶請來電 {tel}",
        "fan_count": rng.randint(40, 38000),
        "were_here_count": rng.randint(0, 52000),
        "link": f"https://www.facebook.com/{page_id}",
    }
    return _json(page)


def messenger_generic(row: dict[str, Any], rng: random.Random) -> str:
    """A Messenger Platform Send API request body (``POST /v19.0/me/messages``) of a food
    guide's bot answering a user: an invented page-scoped recipient id, ``messaging_type``
    ``RESPONSE``, a generic template of one card (the name as ``title``, the address and
    number as ``subtitle``, a map link as ``default_action`` and button, and a postback button
    whose ``payload`` carries the number)."""
    tel = phone(row)
    lat, lng = _f(row, "Lat"), _f(row, "Lng")
    maps = f"https://www.google.com/maps/search/?api=1&query={lat},{lng}"
    subtitle = f"{_f(row, 'Add')}\n電話：{tel}"
    body = {
        "recipient": {"id": _digits(rng, 16)},
        "messaging_type": "RESPONSE",
        "message": {
            "attachment": {
                "type": "template",
                "payload": {
                    "template_type": "generic",
                    "elements": [
                        {
                            "title": f"{_f(row, 'Name')}｜{rng.choice(TEASERS)}",
                            "subtitle": subtitle,
                            "default_action": {"type": "web_url", "url": maps},
                            "buttons": [
                                {"type": "web_url", "url": maps, "title": "地圖導航"},
                                {
                                    "type": "postback",
                                    "title": "我要訂位",
                                    "payload": f"BOOK|{_digits(rng, 6)}|{tel}",
                                },
                            ],
                        }
                    ],
                },
            }
        },
    }
    return _json(body)


def strapi_restaurant(row: dict[str, Any], rng: random.Random) -> str:
    """A Strapi v4 REST API response of ``GET /api/restaurants/{id}`` of a food guide's
    content type ``restaurant``: ``data`` with an invented ``id`` and the ``attributes``
    (name, ``phone``, address, county, town, postcode where the address has one, hours,
    coordinates, a ``note`` repeating the number, invented ``createdAt``, ``updatedAt`` and
    ``publishedAt``, ``locale`` ``zh-Hant-TW``), and an empty ``meta``."""
    tel = phone(row)
    created = _when(rng)
    updated = created + dt.timedelta(seconds=rng.randint(3600, 60 * 86400))

    def stamp(when: dt.datetime) -> str:
        return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.") + (
            f"{rng.randint(0, 999):03d}Z"
        )

    attributes: dict[str, Any] = {
        "name": _f(row, "Name"),
        "phone": tel,
        "address": _f(row, "Add"),
        "county": _f(row, "Region"),
        "town": _f(row, "Town"),
    }
    if postcode(row):
        attributes["postcode"] = postcode(row)
    attributes |= {
        "openingHours": _hours(row) or None,
        "latitude": _coordinate(_f(row, "Lat")),
        "longitude": _coordinate(_f(row, "Lng")),
        "note": f"{rng.choice(TEASERS)}。店家電話 {tel}，出發前請先確認營業。",
        "createdAt": stamp(created),
        "updatedAt": (published := stamp(updated)),
        "publishedAt": published,
        "locale": "zh-Hant-TW",
    }
    return _json({"data": {"id": rng.randint(1, 9000), "attributes": attributes}, "meta": {}})


def schema_restaurant(row: dict[str, Any], rng: random.Random) -> str:
    """A food guide's page of the shop: an HTML5 document (``zh-Hant-TW``) with a schema.org
    ``Restaurant`` in JSON-LD (``name``, ``telephone``, a ``PostalAddress`` with the address,
    town, county, postcode where it has one and ``TW``, ``GeoCoordinates``, an invented page
    ``url``) and the shop's card in a ``dl`` with the number again, an invented update date."""
    tel, name = phone(row), _f(row, "Name")
    slug = _digits(rng, 5)
    address: dict[str, Any] = {
        "@type": "PostalAddress",
        "streetAddress": _f(row, "Add"),
        "addressLocality": _f(row, "Town"),
        "addressRegion": _f(row, "Region"),
    }
    if postcode(row):
        address["postalCode"] = postcode(row)
    address["addressCountry"] = "TW"
    ld = {
        "@context": "https://schema.org",
        "@type": "Restaurant",
        "@id": f"https://food.example.tw/shop/{slug}#restaurant",
        "name": name,
        "telephone": tel,
        "address": address,
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": _coordinate(_f(row, "Lat")),
            "longitude": _coordinate(_f(row, "Lng")),
        },
        "url": f"https://food.example.tw/shop/{slug}",
    }
    script = json.dumps(ld, ensure_ascii=False, indent=2).replace("</", "<\\/")
    items = [
        "        <dt>地址</dt>",
        f"        <dd>{html.escape(_f(row, 'Add'))}</dd>",
        "        <dt>電話</dt>",
        f"        <dd>{tel}</dd>",
    ]
    if _hours(row):
        items += ["        <dt>營業時間</dt>", f"        <dd>{html.escape(_hours(row))}</dd>"]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="zh-Hant-TW">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{html.escape(name)}｜{_f(row, 'Region')}美食地圖</title>",
        '  <script type="application/ld+json">',
        script,
        "  </script>",
        "</head>",
        "<body>",
        '  <article class="shop">',
        f"    <h1>{html.escape(name)}</h1>",
        f'    <p class="area">{_f(row, "Region")}・{_f(row, "Town")}</p>',
        "    <dl>",
        *items,
        "    </dl>",
        f'    <p class="updated">資料更新：{_when(rng):%Y/%m/%d}</p>',
        "  </article>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "facebook_page": facebook_page,
    "messenger_generic": messenger_generic,
    "strapi_restaurant": strapi_restaurant,
    "schema_restaurant": schema_restaurant,
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
