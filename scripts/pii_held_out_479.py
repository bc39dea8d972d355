"""held_out_479 of the PII evaluation set: real phone fields of a register no earlier part used
(Code for Pittsburgh's Food Access Map data of Allegheny County, Pennsylvania: food bank sites,
community gardens and farmers' markets; the United States' earlier parts took CMS's hospitals,
New York City's high schools, restaurants and aging providers, Puerto Rico's voter centres, the
TEA's AskTED directory, HIFLD's colleges, Cambridge's facilities, the NYS health facilities, the
FOIA contacts, IMLS's museums, HUD's housing agencies, the NPS's parks, Chicago's health
centers, SAMHSA's locator, the AFDC's stations, the Open Brewery DB, Starbucks's and Target's
stores, Congress's district offices, Texas DFPS's child care, the CDE's schools, the public
libraries, Maine's HRSA health centers, Hawaii's school facilities, Nebraska's assisted living,
New York's farmers' markets, CountyOffice's health departments, Food Oasis Los Angeles and
Massachusetts's town clerks) exactly as published, in layouts no earlier part has, beside the
table's own names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` field of 163 food sites (``scripts/data/pii_us_pgh_food_access.
  json``, written by ``scripts/us_pgh_food_access_data.py``; source and licence in that file):
  numbers as the sources wrote them (``412-394-5962``, ``(412) 422-7442``, ``4122718414``,
  ``412.862.9925``), some with an extension (``412-766-3860 x320``: the number is labelled,
  the extension is not), two or three joined by ``or``, or a sentence around them; every copy
  of the field written whole, each number in it labelled (``labelled_record``); the table has
  no e-mail field;
* the text around them is the same row's real fields: the site's name, type, street, city,
  state, ZIP code, location description and coordinates, with invented ids, UUIDs, Unix times
  in milliseconds, dates and counts, unlabelled and scored;
* in layouts no earlier part has, formats of the United States' civic organising and app
  trade, text in English (the formats' fields written from the helper's memory, no
  documentation read for this part): Action Network API event resources (OSDI, ``GET
  /api/v2/events/{id}``: a volunteer shift at the site, its ``description`` and
  ``instructions`` giving the phone), NationBuilder API v1 events (``GET
  /api/v1/sites/{slug}/pages/events/{id}``: ``contact`` with the phone, ``venue`` with the
  site's address, ``intro`` giving the phone again), Amplitude HTTP V2 API uploads (``POST
  /2/httpapi``: a food-finder app's ``site_call_tapped`` event whose ``event_properties``
  carry the site and its phone) and Supabase Realtime ``postgres_changes`` payloads (an
  ``UPDATE`` of a ``food_sites`` row, ``new`` and ``old`` both with the phone).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every labelled number
has ten digits). Each record is seeded by its own (split, locale, layout, index). Committed
with its data before it was ever scored.

    python scripts/pii_held_out_479.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_pgh_food_access.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_479.jsonl.gz"
SPLIT = "held_out_479"

LAYOUTS = ("action_network_event", "nationbuilder_event", "amplitude_upload", "supabase_realtime")
PHONE = "phone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
EASTERN = dt.timezone(dt.timedelta(hours=-4))
UTC = dt.UTC

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

SHIFTS = ("Saturday distribution", "Produce sorting", "Weekday pantry shift", "Garden workday")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The site's phone field as published (stripped of outer spaces only)."""
    return _f(row, PHONE)


def _tel(row: dict[str, Any]) -> str:
    """The phone field in HTML text (``&``, ``<`` and ``>`` escaped; quotes kept, so a
    field's apostrophe stays as published)."""
    return escape(phone(row), quote=False)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the table's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` with every copy of the row's phone field labelled (no digit next to a copy)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def zip5(row: dict[str, Any]) -> str:
    """The ZIP code as the table writes it, without the ``.0`` a float left (``15131.0``)."""
    return _f(row, "zip_code").removesuffix(".0")


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, city, state ZIP."""
    return f"{_f(row, 'address')}, {_f(row, 'city')}, {_f(row, 'state')} {zip5(row)}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Eastern time)."""
    day = dt.datetime(2024, 3, 4, tzinfo=EASTERN) + dt.timedelta(days=rng.randint(0, 240))
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.choice((0, 15, 30, 45)))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _coord(row: dict[str, Any], key: str) -> float | None:
    value = _f(row, key)
    return round(float(value), 6) if value else None


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def action_network_event(row: dict[str, Any], rng: random.Random) -> str:
    """An Action Network API event resource (OSDI, ``GET /api/v2/events/{id}``): identifiers,
    dates, title, HTML ``description`` and ``instructions`` giving the site's phone, ``location``
    with the site's address and coordinates, status, visibility, counts and ``_links``."""
    when = _when(rng)
    ident = _uuid(rng)
    shift = rng.choice(SHIFTS)
    name = _f(row, "name")
    doc = {
        "identifiers": [f"action_network:{ident}"],
        "origin_system": "Action Network",
        "created_date": f"{(when - dt.timedelta(days=12)).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}",
        "modified_date": f"{(when - dt.timedelta(days=2)).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}",
        "title": f"{shift} at {name}",
        "description": f"<p>Join neighbors for a {shift.lower()} at {escape(name)} "
        f"({escape(_f(row, 'type'))}). Questions? Call the site at {_tel(row)}.</p>",
        "instructions": f"<p>Check in at the front entrance. If you are running late, call "
        f"{_tel(row)}.</p>",
        "browser_url": f"https://actionnetwork.org/events/{name.lower().replace(' ', '-')[:40]}",
        "start_date": f"{when:%Y-%m-%dT%H:%M:%S}",
        "status": "confirmed",
        "visibility": "public",
        "transparence": "opaque",
        "guests_can_invite_others": True,
        "capacity": rng.choice((10, 15, 20, 25)),
        "total_accepted": rng.randint(0, 9),
        "location": {
            "venue": name,
            "address_lines": [_f(row, "address")],
            "locality": _f(row, "city"),
            "region": _f(row, "state"),
            "postal_code": zip5(row),
            "country": "US",
            "language": "en",
            "location": {
                "latitude": _coord(row, "latitude"),
                "longitude": _coord(row, "longitude"),
                "accuracy": "Rooftop",
            },
        },
        "_links": {
            "self": {"href": f"https://actionnetwork.org/api/v2/events/{ident}"},
            "osdi:attendances": {
                "href": f"https://actionnetwork.org/api/v2/events/{ident}/attendances"
            },
        },
    }
    return _json(doc)


def nationbuilder_event(row: dict[str, Any], rng: random.Random) -> str:
    """A NationBuilder API v1 event (``GET /api/v1/sites/{slug}/pages/events/{id}``): id, slug,
    status, name, ``intro`` giving the phone, times, ``contact`` with the phone shown,
    ``venue`` with the site's name and address, rsvp settings and tags."""
    when = _when(rng)
    eid = rng.randint(100, 9999)
    shift = rng.choice(SHIFTS)
    name = _f(row, "name")
    slug = f"{shift.lower().replace(' ', '_')}_{eid}"
    doc = {
        "event": {
            "id": eid,
            "slug": slug,
            "path": f"/{slug}",
            "status": "published",
            "site_slug": "pghfoodaccess",
            "name": f"{shift} - {name}",
            "headline": f"{shift} at {name}",
            "title": f"{shift} - {name} - Pittsburgh Food Access",
            "excerpt": f"Volunteer at {name} in {_f(row, 'city')}.",
            "author_id": rng.randint(2, 400),
            "published_at": f"{when - dt.timedelta(days=9):%Y-%m-%dT%H:%M:%S-04:00}",
            "external_id": None,
            "tags": ["food access", _f(row, "type").lower()],
            "intro": f"<p>{escape(name)} needs volunteers. For directions or to ask about "
            f"accessibility, call {_tel(row)}.</p>",
            "calendar_id": rng.randint(1, 40),
            "contact": {
                "name": name,
                "phone": phone(row),
                "show_phone": True,
                "email": None,
                "show_email": False,
            },
            "start_time": f"{when:%Y-%m-%dT%H:%M:%S-04:00}",
            "end_time": f"{when + dt.timedelta(hours=3):%Y-%m-%dT%H:%M:%S-04:00}",
            "time_zone": "Eastern Time (US & Canada)",
            "venue": {
                "name": name,
                "address": {
                    "address1": _f(row, "address"),
                    "address2": None,
                    "city": _f(row, "city"),
                    "state": _f(row, "state"),
                    "zip": zip5(row),
                    "country_code": "US",
                    "lat": _f(row, "latitude"),
                    "lng": _f(row, "longitude"),
                },
            },
            "autoresponse": {"broadcaster_id": rng.randint(1, 20), "subject": None, "body": None},
            "rsvp_form": {
                "phone": "optional",
                "address": "hidden",
                "accept_guests": True,
                "gather_volunteers": True,
                "allow_if_full": False,
                "capacity": rng.choice((10, 20, 30)),
            },
            "show_guests": False,
        }
    }
    return _json(doc)


def amplitude_upload(row: dict[str, Any], rng: random.Random) -> str:
    """An Amplitude HTTP V2 API upload (``POST /2/httpapi``): ``api_key``, one
    ``site_call_tapped`` event of a food-finder app (invented user and device ids, time in
    milliseconds, insert id, platform) whose ``event_properties`` carry the site's name, type, city,
    ZIP code and phone, and ``options``."""
    when = _when(rng)
    event = {
        "user_id": f"u_{rng.randint(10**7, 10**8 - 1)}",
        "device_id": _uuid(rng).upper(),
        "event_type": "site_call_tapped",
        "time": int(when.timestamp() * 1000) + rng.randint(0, 999),
        "event_properties": {
            "site_name": _f(row, "name"),
            "site_type": _f(row, "type"),
            "site_city": _f(row, "city"),
            "site_zip": zip5(row),
            "site_phone": phone(row),
            "source_org": _f(row, "source_org"),
            "distance_mi": round(rng.uniform(0.2, 9.5), 1),
        },
        "user_properties": {"home_zip": zip5(row), "app_sessions": rng.randint(1, 60)},
        "app_version": f"2.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
        "platform": rng.choice(("iOS", "Android")),
        "language": "en-US",
        "insert_id": _uuid(rng),
    }
    return _json(
        {
            "api_key": "".join(rng.choice("0123456789abcdef") for _ in range(32)),
            "events": [event],
            "options": {"min_id_length": 5},
        }
    )


def supabase_realtime(row: dict[str, Any], rng: random.Random) -> str:
    """A Supabase Realtime ``postgres_changes`` payload: schema, table, commit timestamp,
    ``eventType`` ``UPDATE``, the ``new`` row of ``food_sites`` (an invented id, the site's
    name, type, address, coordinates and phone, flags) and the ``old`` one with its previous
    hours, ``errors`` null."""
    when = _when(rng)
    sid = rng.randint(1, 5000)
    new = {
        "id": sid,
        "name": _f(row, "name"),
        "type": _f(row, "type"),
        "address": _f(row, "address"),
        "city": _f(row, "city"),
        "state": _f(row, "state"),
        "zip_code": zip5(row),
        "phone": phone(row),
        "latitude": _coord(row, "latitude"),
        "longitude": _coord(row, "longitude"),
        "fresh_produce": _f(row, "fresh_produce") in ("1", "1.0"),
        "hours_note": rng.choice(("Tue 10-2", "Sat 9-12", "Thu 4-7", "By appointment")),
        "updated_at": f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S.%f}+00:00",
    }
    stamp = f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}"
    old = {**new, "hours_note": "", "updated_at": "2024-01-15T14:02:11.000000+00:00"}
    return _json(
        {
            "schema": "public",
            "table": "food_sites",
            "commit_timestamp": f"{stamp}.{rng.randint(0, 999):03d}Z",
            "eventType": "UPDATE",
            "new": new,
            "old": old,
            "errors": None,
        }
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "action_network_event": action_network_event,
    "nationbuilder_event": nationbuilder_event,
    "amplitude_upload": amplitude_upload,
    "supabase_realtime": supabase_realtime,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled,
    each number in it."""
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
