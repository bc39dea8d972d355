"""held_out_292 of the PII evaluation set: real phone fields of a directory no earlier part used
(Open Brewery DB's breweries of the United States; the country's earlier parts took government
registers of other institutions) exactly as published, in layouts no earlier part has, beside
the directory's own names, addresses, ZIP codes, web sites and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of US (CMS hospitals, New York City's high schools, Texas's
AskTED schools, HIFLD colleges, Cambridge's facilities, New York State's health facilities,
the federal FOIA offices, IMLS museums, HUD's housing agencies, the NPS's parks, Chicago's
health centers, SAMHSA's locator, the AFDC's fuel stations), CA, AU and many others; here:

* the values are the ``phone`` fields of 480 breweries, brewpubs, taprooms and brands in 45
  states (``scripts/data/pii_us_open_brewery_db.json``, written by
  ``scripts/us_open_brewery_db_data.py``; source and licence in that file): North American
  numbers as the directory keeps them, no ``+1`` and no separator (``9076832739``; one with
  hyphens, ``210-771-6532``, one with the trunk ``1``, ``13078716737``), each copy labelled;
* the text around them is the same row's real fields: the name, the kind (``micro``,
  ``brewpub``), the street, city and state, the ZIP code (``99501-2104``), the web site, the
  directory's UUID and the coordinates, with invented FedEx account numbers, Stripe customer
  ids, invoice prefixes and Unix times, Yext entity ids and category ids, recipe amounts,
  gravities and dates, unlabelled and scored;
* in layouts no earlier part has, the brewing trade's and US business services' formats, text
  in English: BeerXML 1.0 recipes (the brewery as ``BREWER``, the number in the recipe's and
  the brewhouse ``EQUIPMENT``'s ``NOTES``), FedEx Pickup API requests (JSON: the brewery as the
  pickup location's ``contact`` with its ``phoneNumber``, the ``remarks`` repeating it), Stripe
  ``Customer`` objects as the API returns them (JSON: ``phone`` and ``shipping.phone``, the
  brewery's wholesale account of an invented malt supplier) and Yext Management API entity
  requests (JSON: a ``location`` entity's ``mainPhone``, the ``description`` repeating it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_292.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_open_brewery_db.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_292.jsonl.gz"
SPLIT = "held_out_292"

LAYOUTS = ("beerxml_recipe", "fedex_pickup", "stripe_customer", "yext_entity")
PHONE = "phone"

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

STATES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC",
    "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL",
    "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY",
    "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR",
    "Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD",
    "Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA",
    "Washington": "WA", "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
}  # fmt: skip

# invented recipes of the BeerXML layout: (recipe name, style, BJCP category and letter,
# base malt, specialty malt, hop, yeast lab and product id, OG, FG)
RECIPES = (
    ("Taproom Pale", "American Pale Ale", "18", "B", "Pale Malt (2 Row) US", "Caramel/Crystal "
     "Malt - 40L", "Cascade", ("Wyeast Labs", "1056", "American Ale"), "1.052", "1.011"),
    ("Porch Light IPA", "American IPA", "21", "A", "Pale Malt (2 Row) US", "Munich Malt",
     "Centennial", ("White Labs", "WLP001", "California Ale"), "1.064", "1.012"),
    ("Mill Race Porter", "American Porter", "20", "A", "Pale Malt (2 Row) US", "Chocolate Malt",
     "Willamette", ("Wyeast Labs", "1272", "American Ale II"), "1.058", "1.015"),
    ("Front Step Kolsch", "Kölsch", "5", "B", "Pilsner (2 Row) Ger", "Vienna Malt",
     "Hallertauer Mittelfrueh", ("White Labs", "WLP029", "German Ale/Kolsch"), "1.046",
     "1.009"),
    ("Harvest Red", "Irish Red Ale", "15", "A", "Pale Malt (2 Row) UK", "Roasted Barley",
     "East Kent Goldings", ("Wyeast Labs", "1084", "Irish Ale"), "1.050", "1.012"),
)  # fmt: skip

# invented purposes of a pickup from the brewery (FedEx layout)
PICKUPS = (
    "Empty keg returns and two sample cases", "Competition entries, four bottles boxed",
    "Merchandise order for the web store", "Yeast samples for the lab, cold pack",
    "Growler and can shipment to a distributor",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def state_code(row: dict[str, Any]) -> str:
    """The USPS code of the row's state (``Alaska`` -> ``AK``)."""
    return STATES[_f(row, "state_province")]


def street_lines(row: dict[str, Any]) -> list[str]:
    """The address lines the row has (none for a few production sites)."""
    return [v for v in (_f(row, f"address_{i}") for i in (1, 2, 3)) if v]


def place(row: dict[str, Any]) -> str:
    """The address on one line: ``717 W 3rd Ave, Anchorage, AK 99501-2104``."""
    city = f"{_f(row, 'city')}, {state_code(row)} {_f(row, 'postal_code')}".strip()
    return ", ".join([*street_lines(row), city])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 14, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _token(rng: random.Random, size: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(size))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(doc: dict[str, Any]) -> str:
    """A JSON document as the services print it (two-space indent, UTF-8 kept)."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _coordinates(row: dict[str, Any]) -> tuple[str, str]:
    """The row's latitude and longitude as published ("" where it has none)."""
    return _f(row, "latitude"), _f(row, "longitude")


def beerxml_recipe(row: dict[str, Any], rng: random.Random) -> str:
    """A BeerXML 1.0 ``RECIPES`` file of one all-grain recipe the brewery shares: the recipe's
    name, the brewery as ``BREWER``, batch and boil sizes, a BJCP 2015 ``STYLE``, a hop, two
    fermentables, a yeast (lab and product id), the brewhouse as ``EQUIPMENT`` whose ``NOTES``
    give the address and the number, a single-infusion ``MASH``, the recipe's ``NOTES``
    repeating the number, the original and final gravity and an invented brew date."""
    name, tel = _f(row, "name"), phone(row)
    recipe, style, cat, letter, base, spec, hop, yeast, og, fg = rng.choice(RECIPES)
    lab, product, strain = yeast
    batch = rng.choice((18.93, 20.82, 22.71, 117.35, 234.7))
    boil = round(batch * 1.2, 2)
    when = _when(rng)
    alpha = rng.choice(("5.5", "7.0", "9.5", "4.5"))
    kind = _f(row, "brewery_type")
    site = f" Pilot system of {name} ({kind}), {place(row)}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<RECIPES>",
        "  <RECIPE>",
        f"    <NAME>{_x(recipe)}</NAME>",
        "    <VERSION>1</VERSION>",
        "    <TYPE>All Grain</TYPE>",
        f"    <BREWER>{_x(name)}</BREWER>",
        f"    <BATCH_SIZE>{batch}</BATCH_SIZE>",
        f"    <BOIL_SIZE>{boil}</BOIL_SIZE>",
        "    <BOIL_TIME>60</BOIL_TIME>",
        f"    <EFFICIENCY>{rng.choice(('68.0', '72.0', '75.0', '80.0'))}</EFFICIENCY>",
        "    <STYLE>",
        f"      <NAME>{_x(style)}</NAME>",
        f"      <CATEGORY>{_x(style)}</CATEGORY>",
        "      <VERSION>1</VERSION>",
        f"      <CATEGORY_NUMBER>{cat}</CATEGORY_NUMBER>",
        f"      <STYLE_LETTER>{letter}</STYLE_LETTER>",
        "      <STYLE_GUIDE>BJCP 2015</STYLE_GUIDE>",
        "      <TYPE>Ale</TYPE>",
        "    </STYLE>",
        "    <HOPS>",
        "      <HOP>",
        f"        <NAME>{_x(hop)}</NAME>",
        "        <VERSION>1</VERSION>",
        f"        <ALPHA>{alpha}</ALPHA>",
        f"        <AMOUNT>{rng.choice(('0.0284', '0.0425', '0.0567'))}</AMOUNT>",
        "        <USE>Boil</USE>",
        "        <TIME>60</TIME>",
        "      </HOP>",
        "    </HOPS>",
        "    <FERMENTABLES>",
        "      <FERMENTABLE>",
        f"        <NAME>{_x(base)}</NAME>",
        "        <VERSION>1</VERSION>",
        "        <TYPE>Grain</TYPE>",
        f"        <AMOUNT>{round(batch * 0.21, 3)}</AMOUNT>",
        "        <YIELD>79.0</YIELD>",
        "        <COLOR>2.0</COLOR>",
        "      </FERMENTABLE>",
        "      <FERMENTABLE>",
        f"        <NAME>{_x(spec)}</NAME>",
        "        <VERSION>1</VERSION>",
        "        <TYPE>Grain</TYPE>",
        f"        <AMOUNT>{round(batch * 0.018, 3)}</AMOUNT>",
        "        <YIELD>74.0</YIELD>",
        f"        <COLOR>{rng.choice(('10.0', '40.0', '350.0'))}</COLOR>",
        "      </FERMENTABLE>",
        "    </FERMENTABLES>",
        "    <MISCS/>",
        "    <YEASTS>",
        "      <YEAST>",
        f"        <NAME>{_x(strain)}</NAME>",
        "        <VERSION>1</VERSION>",
        "        <TYPE>Ale</TYPE>",
        "        <FORM>Liquid</FORM>",
        "        <AMOUNT>0.125</AMOUNT>",
        f"        <LABORATORY>{lab}</LABORATORY>",
        f"        <PRODUCT_ID>{product}</PRODUCT_ID>",
        "      </YEAST>",
        "    </YEASTS>",
        "    <WATERS/>",
        "    <EQUIPMENT>",
        f"      <NAME>{_x(name)} brewhouse</NAME>",
        "      <VERSION>1</VERSION>",
        f"      <BOIL_SIZE>{boil}</BOIL_SIZE>",
        f"      <BATCH_SIZE>{batch}</BATCH_SIZE>",
        f"      <NOTES>{_x(site.strip())} Brewhouse phone: {tel}</NOTES>",
        "    </EQUIPMENT>",
        "    <MASH>",
        "      <NAME>Single Infusion, Medium Body</NAME>",
        "      <VERSION>1</VERSION>",
        "      <GRAIN_TEMP>22.2</GRAIN_TEMP>",
        "      <MASH_STEPS>",
        "        <MASH_STEP>",
        "          <NAME>Mash In</NAME>",
        "          <VERSION>1</VERSION>",
        "          <TYPE>Infusion</TYPE>",
        f"          <INFUSE_AMOUNT>{round(batch * 0.66, 2)}</INFUSE_AMOUNT>",
        f"          <STEP_TEMP>{rng.choice(('65.6', '66.7', '67.8'))}</STEP_TEMP>",
        "          <STEP_TIME>60</STEP_TIME>",
        "        </MASH_STEP>",
        "      </MASH_STEPS>",
        "    </MASH>",
        f"    <NOTES>Brewed by {_x(name)} in {_x(_f(row, 'city'))}, {state_code(row)}. "
        f"Questions about this recipe: call the brewery at {tel}.</NOTES>",
        f"    <OG>{og}</OG>",
        f"    <FG>{fg}</FG>",
        f"    <DATE>{when.day} {when:%b %Y}</DATE>",
        "  </RECIPE>",
        "</RECIPES>",
        "",
    ]
    return "\n".join(lines)


def fedex_pickup(row: dict[str, Any], rng: random.Random) -> str:
    """A FedEx Pickup API request body (``POST /pickup/v1/pickups``): an invented account
    number, the brewery as the pickup location (``contact`` with ``companyName`` and
    ``phoneNumber``, the ``address`` with its street lines, city, state code, ZIP code and
    ``US``), an invented ready time and close time, the carrier, weight and package count, and
    ``remarks`` repeating the number."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    ready = when.replace(hour=rng.choice((9, 10, 11, 13)), minute=0, second=0)
    address: dict[str, Any] = {}
    if street_lines(row):
        address["streetLines"] = street_lines(row)
    address.update(
        {
            "city": _f(row, "city"),
            "stateOrProvinceCode": state_code(row),
            "postalCode": _f(row, "postal_code"),
            "countryCode": "US",
            "residential": False,
        }
    )
    carrier = rng.choice(("FDXE", "FDXG"))
    doc = {
        "associatedAccountNumber": {"value": str(rng.randint(600000000, 799999999))},
        "originDetail": {
            "pickupLocation": {
                "contact": {
                    "companyName": name,
                    "personName": "Shipping Dock",
                    "phoneNumber": tel,
                },
                "address": address,
            },
            "readyDateTimestamp": f"{ready:%Y-%m-%dT%H:%M:%S}Z",
            "customerCloseTime": rng.choice(("16:00:00", "17:00:00", "18:00:00")),
            "pickupDateType": rng.choice(("SAME_DAY", "FUTURE_DAY")),
            "packageLocation": rng.choice(("FRONT", "REAR", "SIDE")),
        },
        "associatedAccountNumberType": "FEDEX_EXPRESS" if carrier == "FDXE" else "FEDEX_GROUND",
        "totalWeight": {"units": "LB", "value": rng.randint(12, 160)},
        "packageCount": rng.randint(1, 6),
        "carrierCode": carrier,
        "remarks": f"{rng.choice(PICKUPS)}. Driver: call {tel} on arrival, dock at the side door.",
        "countryRelationships": "DOMESTIC",
    }
    return _json(doc)


def stripe_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Stripe ``Customer`` object as ``GET /v1/customers/{id}`` returns it, the brewery's
    wholesale account with an invented malt supplier: an invented id, the billing ``address``,
    an invented creation time and invoice prefix, a ``description`` naming the brewery's kind,
    ``metadata`` with the directory's UUID and web site, ``phone``, and ``shipping`` (name,
    address, the number again)."""
    name, tel = _f(row, "name"), phone(row)
    lines = street_lines(row)
    address = {
        "city": _f(row, "city"),
        "country": "US",
        "line1": lines[0] if lines else None,
        "line2": ", ".join(lines[1:]) or None,
        "postal_code": _f(row, "postal_code"),
        "state": state_code(row),
    }
    metadata = {"openbrewerydb_id": _f(row, "id"), "brewery_type": _f(row, "brewery_type")}
    if _f(row, "website_url"):
        metadata["website"] = _f(row, "website_url")
    doc = {
        "id": "cus_" + _token(rng, 14, string.ascii_letters + string.digits),
        "object": "customer",
        "address": address,
        "balance": 0,
        "created": int(_when(rng).timestamp()),
        "currency": "usd",
        "default_source": None,
        "delinquent": False,
        "description": f"Wholesale malt account: {name} ({_f(row, 'brewery_type')}), "
        f"{_f(row, 'city')}",
        "discount": None,
        "email": None,
        "invoice_prefix": _token(rng, 8, string.ascii_uppercase + string.digits),
        "invoice_settings": {
            "custom_fields": None,
            "default_payment_method": None,
            "footer": None,
            "rendering_options": None,
        },
        "livemode": True,
        "metadata": metadata,
        "name": name,
        "next_invoice_sequence": rng.randint(2, 40),
        "phone": tel,
        "preferred_locales": ["en-US"],
        "shipping": {"address": dict(address), "name": name, "phone": tel},
        "tax_exempt": "none",
        "test_clock": None,
    }
    return _json(doc)


def yext_entity(row: dict[str, Any], rng: random.Random) -> str:
    """A Yext Management API request body creating a ``location`` entity
    (``POST /v2/accounts/me/entities?entityType=location``): an invented entity id, the name,
    the ``address`` (lines, city, region, ZIP code, ``US``), ``mainPhone``, a ``description``
    repeating it, the web site as ``websiteUrl``, the coordinates as ``displayCoordinate``
    (where the row has them), invented category ids and keywords."""
    name, tel = _f(row, "name"), phone(row)
    lines = street_lines(row)
    address: dict[str, Any] = {}
    if lines:
        address["line1"] = lines[0]
    if lines[1:]:
        address["line2"] = ", ".join(lines[1:])
    address.update(
        {
            "city": _f(row, "city"),
            "region": state_code(row),
            "postalCode": _f(row, "postal_code"),
            "countryCode": "US",
        }
    )
    kind = {"brewpub": "brewpub", "taproom": "taproom"}.get(_f(row, "brewery_type"), "brewery")
    doc: dict[str, Any] = {
        "meta": {"id": f"brew-{rng.randint(10000, 99999)}", "countryCode": "US"},
        "name": name,
        "address": address,
        "mainPhone": tel,
        "description": f"{name} is a {kind} in {_f(row, 'city')}, "
        f"{_f(row, 'state_province')}. Call {tel} for tours, growler fills and private "
        "events.",
    }
    if _f(row, "website_url"):
        url = _f(row, "website_url")
        doc["websiteUrl"] = {"url": url, "displayUrl": url, "preferDisplayUrl": False}
    lat, lon = _coordinates(row)
    if lat and lon:
        doc["displayCoordinate"] = {"latitude": float(lat), "longitude": float(lon)}
    doc["categoryIds"] = [str(rng.choice((1332, 1340, 1514, 2204)))]
    doc["keywords"] = ["craft beer", kind, _f(row, "city")]
    doc["closed"] = False
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "beerxml_recipe": beerxml_recipe,
    "fedex_pickup": fedex_pickup,
    "stripe_customer": stripe_customer,
    "yext_entity": yext_entity,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the directory's does)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
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
