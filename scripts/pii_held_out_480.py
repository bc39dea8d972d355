"""held_out_480 of the PII evaluation set: real phone fields of a directory's Canadian rows no
earlier part used (Open Brewery DB's breweries, brewpubs and cideries of Ontario and British
Columbia; Canada's earlier parts took public bodies' registers of testing centres, employment
centres, child care, retirement and long-term care homes, pharmacies, schools, walk-in clinics
and municipalities, and Loblaw's stores) exactly as published, in layouts no earlier part has,
beside the directory's own names, addresses, postal codes, web sites and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` fields of 188 breweries (``scripts/data/pii_ca_open_brewery_db.
  json``, written by ``scripts/ca_open_brewery_db_data.py``; source and licence in that file):
  North American numbers as the directory writes them, British Columbia's with the trunk
  ``1`` and no separator (``12504938686``), Ontario's in brackets and hyphens (``(647)
  347-6286``), with hyphens or dots, or ten digits run together; for the 57 Ontario fields the
  directory keeps with a spreadsheet's float tail (``9054445050.0``) the documents write the
  number without the tail (``9054445050``), which is what a brewer's own file would hold;
  every copy labelled;
* the text around them is the same row's real fields: the name, the kind (``micro``,
  ``brewpub``), the street, city and province, the postal code (``V2A 1A5``), the web site and
  the coordinates, with invented recipe amounts, gravities, bitterness and colour figures,
  batch numbers, Brewfather ids and millisecond times (thirteen digits), Untappd ids and
  counts, and dates, unlabelled and scored;
* in layouts no earlier part has, the brewing trade's file and API formats (their fields
  written from the helper's memory; no documentation could be read when the part was made),
  text in English: BeerJSON 1.0 documents (a ``recipe`` whose ``author`` is the brewery and
  whose ``notes`` give its address and number, and the brewhouse in ``equipments`` with the
  number in its kettle's ``notes``), BeerSmith 3 recipe files (``.bsmx`` XML: ``F_R_BREWER``,
  the number in ``F_R_NOTES`` and in the equipment's ``F_E_NOTES``), Brewfather API v2 batch
  answers (JSON, ``GET /v2/batches/{id}``: the ``batchNotes`` and a custom entry of ``notes``
  giving the number for the keg pickup) and Untappd API v4 ``brewery/info`` answers (JSON:
  ``brewery_description`` closing with the taproom's number, ``location`` and ``contact``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten or eleven digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_480.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_open_brewery_db.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_480.jsonl.gz"
SPLIT = "held_out_480"

LAYOUTS = ("beerjson_recipe", "beersmith_bsmx", "brewfather_batch", "untappd_brewery")
PHONE = "phone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
PROVINCES = {"British Columbia": "BC", "Ontario": "ON"}

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented recipes: (name, style, BJCP 2021 category, number, letter, base malt, specialty
# malt, hop, alpha acid, yeast (lab, product id, name), OG, FG, IBU, colour in SRM)
RECIPES = (
    ("Harbour Pale", "American Pale Ale", "Pale American Ale", 18, "B", "Canadian 2-Row",
     "Crystal 40", "Cascade", 5.5, ("Escarpment Labs", "Cali Ale", "Cali Ale"), 1.052, 1.011,
     38, 6),
    ("Lakeshore Lager", "German Pils", "Pale Bitter European Beer", 5, "D", "Pilsner Malt",
     "Carafoam", "Hallertau Mittelfrüh", 4.0, ("Lallemand", "Diamond", "Diamond Lager"), 1.048,
     1.009, 32, 3),
    ("Switchback IPA", "American IPA", "IPA", 21, "A", "Canadian 2-Row", "Munich Malt",
     "Centennial", 10.0, ("Escarpment Labs", "Vermont Ale", "Vermont Ale"), 1.064, 1.012, 62,
     7),
    ("Cedar Porter", "American Porter", "American Porter and Stout", 20, "A", "Pale Ale Malt",
     "Chocolate Malt", "Willamette", 5.0, ("Fermentis", "US-05", "SafAle US-05"), 1.058, 1.015,
     35, 30),
    ("Orchard Saison", "Saison", "Belgian Ale", 25, "B", "Pilsner Malt", "Wheat Malt",
     "Saaz", 3.5, ("Lallemand", "Belle Saison", "Belle Saison"), 1.050, 1.004, 27, 4),
)  # fmt: skip
MALTSTERS = ("Canada Malting Co.", "Gambrinus Malting", "Rahr Malting", "Muntons")
STATUSES = ("Fermenting", "Conditioning", "Completed")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as the documents write it: as published, stripped, less the
    spreadsheet's float tail some Ontario fields carry (``9054445050.0`` as ``9054445050``)."""
    value = _f(row, PHONE)
    return value[:-2] if re.fullmatch(r"\d+\.0", value) else value


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def province(row: dict[str, Any]) -> str:
    """The two-letter code of the row's province (``Ontario`` -> ``ON``)."""
    return PROVINCES[_f(row, "state_province")]


def street_lines(row: dict[str, Any]) -> list[str]:
    """The address lines the row has."""
    return [v for v in (_f(row, f"address_{i}") for i in (1, 2, 3)) if v]


def place(row: dict[str, Any]) -> str:
    """The address on one line: ``169 Estabrook Ave, Penticton, BC V2A 1A5``."""
    city = f"{_f(row, 'city')}, {province(row)} {_f(row, 'postal_code')}".strip()
    return ", ".join([*street_lines(row), city])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024-2025 (UTC)."""
    start = dt.datetime(2024, 3, 4, 15, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 420 * 86400))


def _ms(moment: dt.datetime) -> int:
    """A moment as Unix milliseconds (Brewfather's dates)."""
    return int(moment.timestamp()) * 1000


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _token(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(size))


def _volume(rng: random.Random) -> int:
    """An invented brew length in litres (5 to 30 hL)."""
    return rng.choice((500, 1000, 1500, 2000, 3000))


def beerjson_recipe(row: dict[str, Any], rng: random.Random) -> str:
    """A BeerJSON 1.0 document: one ``recipe`` (an invented beer of the brewery, ``author`` the
    brewery, batch size, efficiency, BJCP style, fermentable, hop and culture additions,
    gravities) whose ``notes`` give where it is brewed and the brewery's number, and the
    brewhouse in ``equipments``, its kettle's ``notes`` giving the number again."""
    name, style, cat, num, letter, base, spec, hop, alpha, yeast, og, fg, ibu, srm = rng.choice(
        RECIPES
    )
    size = _volume(rng)
    when = _when(rng)
    recipe = {
        "name": f"{name} #{rng.randint(2, 40)}",
        "type": "all grain",
        "author": _f(row, "name"),
        "created": f"{when:%Y-%m-%d}",
        "batch_size": {"unit": "l", "value": size},
        "efficiency": {"brewhouse": {"unit": "%", "value": rng.choice((72, 75, 78, 80))}},
        "style": {
            "name": style,
            "category": cat,
            "category_number": num,
            "style_letter": letter,
            "style_guide": "BJCP2021",
            "type": "beer",
        },
        "ingredients": {
            "fermentable_additions": [
                {
                    "name": base,
                    "type": "grain",
                    "producer": rng.choice(MALTSTERS),
                    "color": {"unit": "Lovi", "value": 2},
                    "amount": {"unit": "kg", "value": round(size * rng.uniform(0.17, 0.21), 1)},
                },
                {
                    "name": spec,
                    "type": "grain",
                    "color": {"unit": "Lovi", "value": rng.choice((10, 40, 350))},
                    "amount": {"unit": "kg", "value": round(size * rng.uniform(0.01, 0.03), 1)},
                },
            ],
            "hop_additions": [
                {
                    "name": hop,
                    "form": "pellet",
                    "alpha_acid": {"unit": "%", "value": alpha},
                    "timing": {"use": "add_to_boil", "time": {"unit": "min", "value": 60}},
                    "amount": {"unit": "g", "value": round(size * rng.uniform(1.5, 3.0))},
                }
            ],
            "culture_additions": [
                {
                    "name": yeast[2],
                    "type": "ale" if "Lager" not in yeast[2] else "lager",
                    "form": "liquid" if yeast[0] == "Escarpment Labs" else "dry",
                    "producer": yeast[0],
                    "product_id": yeast[1],
                    "amount": {"unit": "kg", "value": round(size / 1000 * 0.5, 2)},
                }
            ],
        },
        "original_gravity": {"unit": "sg", "value": og},
        "final_gravity": {"unit": "sg", "value": fg},
        "alcohol_by_volume": {"unit": "%", "value": round((og - fg) * 131.25, 1)},
        "ibu_estimate": {"method": "Tinseth"},
        "color_estimate": {"unit": "SRM", "value": srm},
        "notes": f"Brewed at {_f(row, 'name')}, {place(row)}. Questions about this recipe or "
        f"collaboration brews: call the brewery at {phone(row)}.",
    }
    equipment = {
        "name": f"{_f(row, 'name')} {size // 100} hL brewhouse",
        "equipment_items": [
            {
                "name": "Brew kettle",
                "form": "Brew Kettle",
                "maximum_volume": {"unit": "l", "value": round(size * 1.2)},
                "loss": {"unit": "l", "value": round(size * 0.04)},
                "boil_rate_per_hour": {"unit": "l", "value": round(size * 0.06)},
                "notes": f"Steam-jacketed kettle; service calls go through the brewery, "
                f"{phone(row)}.",
            },
            {
                "name": "Fermenter",
                "form": "Fermenter",
                "maximum_volume": {"unit": "l", "value": size * 2},
                "loss": {"unit": "l", "value": round(size * 0.02)},
            },
        ],
    }
    return _json({"beerjson": {"version": 1.0, "recipes": [recipe], "equipments": [equipment]}})


def _tag(name: str, value: Any) -> str:
    return f"<{name}>{escape(str(value))}</{name}>"


def beersmith_bsmx(row: dict[str, Any], rng: random.Random) -> str:
    """A BeerSmith 3 recipe file (``.bsmx``, XML): ``Recipes`` holding one ``Recipe`` with
    ``F_R_NAME``, ``F_R_BREWER`` (the brewery), ``F_R_DATE``, ``F_R_NOTES`` (the address and
    number), the style (``F_S_*``), the equipment (``F_E_*``, its ``F_E_NOTES`` giving the
    number again; volumes in fluid ounces, as BeerSmith keeps them), and two grains, a hop and
    a yeast in ``Ingredients``."""
    name, style, cat, num, letter, base, spec, hop, alpha, yeast, og, fg, ibu, srm = rng.choice(
        RECIPES
    )
    size = _volume(rng)
    when = _when(rng)
    floz = round(size * 33.814, 4)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<Recipes>",
        "<Name>Recipes</Name>",
        "<Type>7000</Type>",
        "<Data>",
        "<Recipe>",
        _tag("_MOD_", f"{when:%Y-%m-%d}"),
        _tag("F_R_NAME", name),
        _tag("F_R_BREWER", _f(row, "name")),
        _tag("F_R_ASST_BREWER", ""),
        _tag("F_R_DATE", f"{when:%Y-%m-%d}"),
        _tag("F_R_TYPE", 2),
        _tag("F_R_OLD_TYPE", 2),
        _tag("F_R_IBU_METHOD", 0),
        _tag(
            "F_R_NOTES",
            f"{_f(row, 'name')} ({_f(row, 'brewery_type')}), {place(row)}. "
            f"Brewery line: {phone(row)}",
        ),
        "<F_R_STYLE>",
        _tag("F_S_NAME", style),
        _tag("F_S_CATEGORY", cat),
        _tag("F_S_GUIDE", "BJCP 2021"),
        _tag("F_S_NUMBER", num),
        _tag("F_S_LETTER", letter),
        "</F_R_STYLE>",
        "<F_R_EQUIPMENT>",
        _tag("F_E_NAME", f"{size // 100} hL Brewhouse"),
        _tag("F_E_BATCH_VOL", f"{floz:.7f}"),
        _tag("F_E_BOIL_VOL", f"{floz * 1.15:.7f}"),
        _tag("F_E_EFFICIENCY", f"{rng.choice((72, 75, 78)):.7f}"),
        _tag(
            "F_E_NOTES",
            f"Kettle and fermenters at {_f(row, 'city')}; call {phone(row)} for the brew schedule.",
        ),
        "</F_R_EQUIPMENT>",
        "<Ingredients>",
        "<Data>",
        "<Grain>",
        _tag("F_G_NAME", base),
        _tag("F_G_AMOUNT", f"{size * 0.19 * 35.274:.7f}"),
        _tag("F_G_COLOR", "2.0000000"),
        _tag("F_G_ORIGIN", "Canada"),
        "</Grain>",
        "<Grain>",
        _tag("F_G_NAME", spec),
        _tag("F_G_AMOUNT", f"{size * 0.02 * 35.274:.7f}"),
        "</Grain>",
        "<Hops>",
        _tag("F_H_NAME", hop),
        _tag("F_H_ALPHA", f"{alpha:.7f}"),
        _tag("F_H_AMOUNT", f"{size * 2.2 / 28.3495:.7f}"),
        _tag("F_H_BOIL_TIME", "60.0000000"),
        "</Hops>",
        "<Yeast>",
        _tag("F_Y_NAME", yeast[2]),
        _tag("F_Y_LAB", yeast[0]),
        _tag("F_Y_PRODUCT_ID", yeast[1]),
        "</Yeast>",
        "</Data>",
        "</Ingredients>",
        _tag("F_R_OG_MEASURED", f"{og:.7f}"),
        _tag("F_R_FG_MEASURED", f"{fg:.7f}"),
        _tag("F_R_IBU", f"{ibu:.7f}"),
        _tag("F_R_COLOR", f"{srm:.7f}"),
        "</Recipe>",
        "</Data>",
        "</Recipes>",
        "",
    ]
    return "\n".join(lines)


def brewfather_batch(row: dict[str, Any], rng: random.Random) -> str:
    """A Brewfather API v2 batch answer (``GET /v2/batches/{id}``): an invented ``_id``,
    ``batchNo``, ``status``, ``brewer`` (the brewery), brew, fermentation and bottling dates in
    Unix milliseconds, measured gravities and ABV, ``batchNotes`` giving the number for the keg
    pickup, ``notes`` (a status change and a custom entry repeating the number) and the
    ``recipe`` (``author`` the brewery, style, equipment)."""
    name, style, cat, num, letter, *_, og, fg, ibu, srm = rng.choice(RECIPES)
    size = _volume(rng)
    brew = _when(rng)
    ferm = brew + dt.timedelta(hours=rng.randint(3, 8))
    bottling = brew + dt.timedelta(days=rng.randint(14, 30))
    status = rng.choice(STATUSES)
    doc = {
        "_id": _token(rng, 20),
        "_type": "batch",
        "name": "Batch",
        "batchNo": rng.randint(40, 900),
        "status": status,
        "brewer": _f(row, "name"),
        "brewDate": _ms(brew),
        "fermentationStartDate": _ms(ferm),
        "bottlingDate": _ms(bottling),
        "measuredOg": og,
        "measuredFg": fg,
        "measuredAbv": round((og - fg) * 131.25, 1),
        "measuredBatchSize": size - rng.randint(10, 60),
        "estimatedIbu": ibu,
        "estimatedColor": srm,
        "batchNotes": f"Kegs for the {_f(row, 'city')} taproom. Pickup at {place(row)}; call "
        f"{phone(row)} before arriving.",
        "notes": [
            {"type": "statusChanged", "status": "Fermenting", "timestamp": _ms(ferm),
             "note": ""},
            {"type": "custom", "status": status, "timestamp": _ms(bottling),
             "note": f"Distributor confirmed pickup, contact at brewery {phone(row)}"},
        ],
        "recipe": {
            "_id": _token(rng, 20),
            "name": name,
            "author": _f(row, "name"),
            "type": "All Grain",
            "style": {"name": style, "category": cat, "categoryNumber": str(num),
                      "styleLetter": letter, "styleGuide": "BJCP 2021", "type": "Beer"},
            "equipment": {"name": f"{size // 100} hL Brewhouse", "batchSize": size},
            "og": og,
            "fg": fg,
        },
    }  # fmt: skip
    return _json(doc)


def untappd_brewery(row: dict[str, Any], rng: random.Random) -> str:
    """An Untappd API v4 ``brewery/info`` answer: ``meta`` (code 200, times), ``response.
    brewery`` with an invented ``brewery_id`` and counts, the name, a slug, the kind, the
    country, ``contact`` (the web site), ``location`` (street, city, province, coordinates)
    and a ``brewery_description`` closing with the taproom's number."""
    bid = rng.randint(10000, 530000)
    slug = re.sub(r"[^a-z0-9]+", "-", _f(row, "name").lower()).strip("-")
    kinds = {"micro": "Micro Brewery", "brewpub": "Brew Pub", "regional": "Regional Brewery",
             "cidery": "Cidery"}  # fmt: skip
    lat, lng = _f(row, "latitude"), _f(row, "longitude")
    kind = kinds.get(_f(row, "brewery_type"), "Micro Brewery")
    description = (
        f"{_f(row, 'name')} is an independent {kind.lower()} in {_f(row, 'city')}, "
        f"{_f(row, 'state_province')}. Taproom and bottle shop at {place(row)}. Taproom: "
        f"{phone(row)}"
    )
    brewery = {
        "brewery_id": bid,
        "brewery_name": _f(row, "name"),
        "brewery_slug": slug,
        "brewery_page_url": f"/{slug}",
        "brewery_type": kind,
        "brewery_label": f"https://assets.untappd.com/site/brewery_logos/brewery-{bid}_"
        f"{_token(rng, 5).lower()}.jpeg",
        "country_name": "Canada",
        "brewery_in_production": 1,
        "is_independent": 1,
        "claimed_status": {
            "is_claimed": rng.random() < 0.7,
            "claimed_slug": slug,
            "follow_status": False,
            "follower_count": rng.randint(40, 9000),
            "uid": rng.randint(100000, 9999999),
            "mute_status": "disabled",
        },
        "beer_count": rng.randint(6, 180),
        "contact": {
            "twitter": "",
            "facebook": "",
            "instagram": "",
            "url": _f(row, "website_url"),
        },
        "brewery_description": description,
        "stats": {
            "total_count": rng.randint(2000, 400000),
            "unique_count": rng.randint(800, 90000),
            "monthly_count": rng.randint(10, 3000),
            "weekly_count": rng.randint(1, 700),
            "user_count": 0,
            "age_on_service": round(rng.uniform(300, 5000), 3),
        },
        "location": {
            "brewery_address": ", ".join(street_lines(row)),
            "brewery_city": _f(row, "city"),
            "brewery_state": province(row),
            "brewery_lat": float(lat) if lat else 0,
            "brewery_lng": float(lng) if lng else 0,
        },
    }
    when = _when(rng)
    doc = {
        "meta": {
            "code": 200,
            "response_time": {"time": round(rng.uniform(0.02, 0.4), 3), "measure": "seconds"},
            "init_time": {"time": 0, "measure": "seconds"},
        },
        "notifications": [],
        "response": {"brewery": brewery, "fetched": f"{when:%a, %d %b %Y %H:%M:%S +0000}"},
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "beerjson_recipe": beerjson_recipe,
    "beersmith_bsmx": beersmith_bsmx,
    "brewfather_batch": brewfather_batch,
    "untappd_brewery": untappd_brewery,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone labelled."""
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
