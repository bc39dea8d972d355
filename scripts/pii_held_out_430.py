"""held_out_430 of the PII evaluation set: real phone fields of a register no earlier part used
(the New York State Department of Agriculture and Markets' list of the state's farmers'
markets, 2013 season; the United States' earlier parts took CMS's hospitals, New York City's
high schools, restaurants and aging providers, Puerto Rico's voter centres, Texas's and
California's schools, HIFLD's colleges, Cambridge's facilities, New York State's health
facilities, the FOIA offices, IMLS's museums, HUD's housing agencies, the NPS's parks,
Chicago's and Maine's health centers, SAMHSA's locator, the AFDC's stations, breweries,
Starbucks's and Target's stores, Congress's district offices, Texas's child care, the public
libraries, Hawaii's school facilities and Nebraska's assisted living facilities) exactly as
published, in layouts no earlier part has, beside the list's own names, addresses, ZIP codes,
hours, seasons and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Phone`` of 288 markets (``scripts/data/pii_us_ny_farmers_markets.json``,
  written by ``scripts/us_ny_farmers_markets_data.py``; source and licence in that file): US
  numbers as the list writes them, ten digits with no separator and no ``+1``
  (``5184386651``); the list has no e-mail field; every copy labelled;
* the text around them is the same row's real fields: the market's name, county, location
  note, street, city, ZIP code (``12208``), hours (``Thursday  3pm-6pm``), season (``May 23 -
  October 3``), FMNP flag, web site and coordinates, with invented post ids, UUIDs, document
  ids, Unix timestamps (Statamic's ``updated_at``: ten digits, unlabelled on purpose) and
  dates, unlabelled and scored; the manager's name (``Contact``) is not in the extract;
* in layouts no earlier part has, formats of the web publishing a market's season goes
  through, text in English: The Events Calendar REST API venue answers (the WordPress plugin's
  ``GET /wp-json/tribe/events/v1/venues/{id}``: the market as a ``venue`` with ``address``,
  ``city``, ``stateprovince``, ``zip``, ``phone``, ``website``, ``geo_lat``/``geo_lng`` and an
  HTML ``description`` repeating the number), Kirby CMS content files (``market.txt``: fields
  ``Key: value`` between lines of four dashes, a ``Text`` field in Markdown repeating the
  number, a ``Uuid``), Statamic entries (``content/collections/markets/<slug>.md``: YAML front
  matter with ``id``, ``blueprint``, ``title``, the fields, ``updated_by`` and ``updated_at``,
  then a Markdown body repeating the number) and Prismic REST API v2 query answers (``GET
  /api/v2/documents/search``: the page counters and one ``farmers_market`` document whose
  ``data`` holds the name as a ``heading1`` rich text, a ``paragraph`` repeating the number,
  the address fields, ``phone``, a ``GeoPoint`` and a web link).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_430.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_ny_farmers_markets.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_430.jsonl.gz"
SPLIT = "held_out_430"

LAYOUTS = ("tec_venue", "kirby_page", "statamic_entry", "prismic_document")
PHONE = "Phone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
EASTERN = dt.timezone(dt.timedelta(hours=-4))
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The market's phone as published."""
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


def slug(value: str) -> str:
    """A URL slug of ``value`` (``Albany Jewish Community Ctr Farmers' Market`` as
    ``albany-jewish-community-ctr-farmers-market``)."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower().replace("'", "")).strip("-")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the spring before the season (Eastern time)."""
    day = dt.datetime(2013, 3, 4, tzinfo=EASTERN) + dt.timedelta(days=rng.randint(0, 60))
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def fmnp(row: dict[str, Any]) -> bool:
    """Whether the market takes Farmers' Market Nutrition Program coupons."""
    return _f(row, "FMNP") == "Y"


def street(row: dict[str, Any]) -> str:
    return _f(row, "Address Line 1").rstrip(",").strip()


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, city, NY ZIP."""
    return f"{street(row)}, {_f(row, 'City')}, {_f(row, 'State')} {_f(row, 'Zip')}"


def blurb(row: dict[str, Any]) -> str:
    """A sentence of the market's hours and season (the register's strings)."""
    text = f"Open {_f(row, 'Operation Hours')}, {_f(row, 'Operation Season')}"
    return text + (". FMNP checks accepted" if fmnp(row) else "")


def tec_venue(row: dict[str, Any], rng: random.Random) -> str:
    """The Events Calendar REST API venue answer (``GET /wp-json/tribe/events/v1/venues/{id}``
    of an invented county market network's WordPress site): an invented post id and
    ``global_id``, the author, ``status``, invented local and UTC dates, ``url``, ``venue``
    (the market's name), an HTML ``description`` (location note, hours, season and a sentence
    with the number), ``slug``, ``image`` false, ``show_map``, the address fields, ``phone``,
    ``website`` (the register's link, or "") and the coordinates."""
    host = f"www.{slug(_f(row, 'County'))}countymarkets.org"
    pid = rng.randint(120, 9800)
    made = _when(rng)
    changed = made + dt.timedelta(days=rng.randint(1, 40), minutes=rng.randint(0, 600))
    name = _f(row, "Market Name")
    desc = (
        f"<p>{html.escape(_f(row, 'Location'))}</p>\n<p>{html.escape(blurb(row))}.</p>\n"
        f"<p>Questions about vendor space? Call the market at {phone(row)}.</p>"
    )
    s = slug(name)
    doc = {
        "id": pid,
        "global_id": f"{host}?id={pid}",
        "global_id_lineage": [f"{host}?id={pid}"],
        "author": str(rng.randint(1, 6)),
        "status": "publish",
        "date": f"{made:%Y-%m-%d %H:%M:%S}",
        "date_utc": f"{made.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S}",
        "modified": f"{changed:%Y-%m-%d %H:%M:%S}",
        "modified_utc": f"{changed.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S}",
        "url": f"https://{host}/venue/{s}/",
        "venue": name,
        "description": desc,
        "slug": s,
        "image": False,
        "show_map": True,
        "show_map_link": True,
        "address": street(row),
        "city": _f(row, "City"),
        "country": "United States",
        "state": _f(row, "State"),
        "zip": _f(row, "Zip"),
        "phone": phone(row),
        "website": _f(row, "Market Link"),
        "stateprovince": _f(row, "State"),
        "geo_lat": float(_f(row, "Latitude")),
        "geo_lng": float(_f(row, "Longitude")),
    }
    return _json(doc)


def _kirby_field(key: str, value: str) -> str:
    """A Kirby field: its name, a colon and its value (after a space where the value opens on
    the same line; the register's strings hold no line break and no field separator)."""
    return f"{key}:" + (f" {value}" if value and not value.startswith("\n") else value)


def kirby_page(row: dict[str, Any], rng: random.Random) -> str:
    """A Kirby CMS content file (``content/markets/<county>/<slug>/market.txt``): ``Title``,
    ``County``, ``Location``, ``Street``, ``City``, ``State``, ``Zip``, ``Phone``, ``Website``,
    ``Hours``, ``Season``, ``Fmnp``, ``Coordinates``, a Markdown ``Text`` repeating the number,
    ``Published`` (an invented date) and an invented ``Uuid``, separated by lines of four
    dashes."""
    when = _when(rng)
    fields = [
        ("Title", _f(row, "Market Name")),
        ("County", _f(row, "County")),
        ("Location", _f(row, "Location")),
        ("Street", street(row)),
        ("City", _f(row, "City")),
        ("State", _f(row, "State")),
        ("Zip", _f(row, "Zip")),
        ("Phone", phone(row)),
        ("Website", _f(row, "Market Link")),
        ("Hours", _f(row, "Operation Hours")),
        ("Season", _f(row, "Operation Season")),
        ("Fmnp", "true" if fmnp(row) else "false"),
        ("Coordinates", f"{_f(row, 'Latitude')}, {_f(row, 'Longitude')}"),
        (
            "Text",
            f"\n\n## Visiting\n\n{blurb(row)}. The market sets up at "
            f"{place(row)}.\n\nVendors and visitors can reach the market at {phone(row)}.",
        ),
        ("Published", f"{when:%Y-%m-%d}"),
        ("Uuid", "".join(rng.choice(ALNUM) for _ in range(16))),
    ]
    return "\n\n----\n\n".join(_kirby_field(k, v) for k, v in fields) + "\n"


def statamic_entry(row: dict[str, Any], rng: random.Random) -> str:
    """A Statamic entry (``content/collections/markets/<slug>.md``): YAML front matter with an
    invented ``id``, ``blueprint`` market, ``title``, the fields (``phone`` a quoted string),
    ``fmnp``, the coordinates, an invented ``updated_by`` and ``updated_at`` (a Unix
    timestamp), then a Markdown body repeating the number."""
    when = _when(rng)
    matter = {
        "id": _uuid(rng),
        "blueprint": "market",
        "title": _f(row, "Market Name"),
        "county": _f(row, "County"),
        "location_note": _f(row, "Location"),
        "street": street(row),
        "city": _f(row, "City"),
        "state": _f(row, "State"),
        "zip": _f(row, "Zip"),
        "phone": phone(row),
        "website": _f(row, "Market Link") or None,
        "hours": _f(row, "Operation Hours"),
        "season": _f(row, "Operation Season"),
        "fmnp": fmnp(row),
        "latitude": float(_f(row, "Latitude")),
        "longitude": float(_f(row, "Longitude")),
        "updated_by": _uuid(rng),
        "updated_at": int(when.timestamp()),
    }
    head = yaml.safe_dump(matter, sort_keys=False, allow_unicode=True, width=10_000)
    body = f"{blurb(row)}.\n\n**Where:** {place(row)}\n\n**Market manager's line:** {phone(row)}\n"
    return f"---\n{head}---\n{body}"


def _rich(kind: str, text: str) -> list[dict[str, Any]]:
    return [{"type": kind, "text": text, "spans": []}]


def prismic_document(row: dict[str, Any], rng: random.Random) -> str:
    """A Prismic REST API v2 query answer (``GET /api/v2/documents/search`` of an invented
    repository, ``q=[[at(my.farmers_market.uid,"<slug>")]]``): ``page``, ``results_per_page``,
    ``results_size``, ``total_results_size``, ``total_pages``, ``next_page``, ``prev_page`` and
    one ``farmers_market`` document (an invented id, ``uid``, ``tags`` the county, invented
    publication dates, ``lang`` ``en-us``) whose ``data`` holds the name as ``heading1``, a
    ``paragraph`` with the location note, hours, season and the number, the address fields,
    ``phone``, the coordinates as a GeoPoint and the web site as a link."""
    repo = f"{slug(_f(row, 'County'))}-markets"
    first = _when(rng)
    last = first + dt.timedelta(days=rng.randint(1, 50), seconds=rng.randint(0, 86_399))
    s = slug(_f(row, "Market Name"))
    did = "".join(rng.choice(ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") for _ in range(16))
    ref = "".join(rng.choice(ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(16))
    link = _f(row, "Market Link")
    about = f"{_f(row, 'Location')}. {blurb(row)}. Market line: {phone(row)}."
    doc = {
        "id": did,
        "uid": s,
        "url": f"/markets/{s}",
        "type": "farmers_market",
        "href": f"https://{repo}.cdn.prismic.io/api/v2/documents/search?ref={ref}&q=%5B%5B%3Ad"
        f"+%3D+at%28document.id%2C+%22{did}%22%29+%5D%5D",
        "tags": [_f(row, "County")],
        "first_publication_date": f"{first.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S+0000}",
        "last_publication_date": f"{last.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S+0000}",
        "slugs": [s],
        "linked_documents": [],
        "lang": "en-us",
        "alternate_languages": [],
        "data": {
            "name": _rich("heading1", _f(row, "Market Name")),
            "description": _rich("paragraph", about),
            "street": street(row),
            "city": _f(row, "City"),
            "state": _f(row, "State"),
            "zip": _f(row, "Zip"),
            "county": _f(row, "County"),
            "phone": phone(row),
            "hours": _f(row, "Operation Hours"),
            "season": _f(row, "Operation Season"),
            "fmnp": fmnp(row),
            "location": {
                "latitude": float(_f(row, "Latitude")),
                "longitude": float(_f(row, "Longitude")),
            },
            "website": {"link_type": "Web", "url": link} if link else {"link_type": "Any"},
        },
    }
    answer = {
        "page": 1,
        "results_per_page": 20,
        "results_size": 1,
        "total_results_size": 1,
        "total_pages": 1,
        "next_page": None,
        "prev_page": None,
        "results": [doc],
        "version": "".join(rng.choice("0123456789abcdef") for _ in range(7)),
        "license": "All Rights Reserved",
    }
    return _json(answer)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "tec_venue": tec_venue,
    "kirby_page": kirby_page,
    "statamic_entry": statamic_entry,
    "prismic_document": prismic_document,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone labelled."""
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
