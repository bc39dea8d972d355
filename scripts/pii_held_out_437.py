"""held_out_437 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Queensland Department of Justice and Attorney-General's list of the
places of its "JP in the community" program, where volunteer Justices of the Peace and
Commissioners for Declarations witness documents at set hours in shopping centres, libraries,
community centres and courthouses; Australia's earlier parts took Western Australia's schools
list, the NSW Department of Education's public schools, the Australian Library Map's public
libraries, Victoria's school locations, a sign-up list of community pharmacies and the
Queensland Department of Transport and Main Roads' customer service centres) exactly as
published, in layouts no earlier part has, beside the register's own names, addresses,
postcodes, coordinates and session hours.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Phone`` of 201 sites, the ``Fax`` of the one that has one and the
  ``Email`` of the eleven that have one (``scripts/data/pii_au_qld_jp_sites.json``, written by
  ``scripts/au_qld_jp_sites_data.py``; source and licence in that file): Queensland numbers as
  the register writes them, mostly the area code in brackets and the line in two groups of four
  (``(07) 3824 0000``), some without brackets (``07 3264 5267``) or without the area code
  (``3232 7000``), ``1300`` and ``1800`` numbers, four mobiles (``0434 510 333``), one
  written inside brackets (``(073201 4255)``: the number labelled without its closing
  bracket) and one field of two numbers joined by ``or``, each field written whole wherever it
  stands; every copy labelled, each number of a field on its own; the e-mail addresses are
  courthouses' mailboxes on ``justice.qld.gov.au`` and a neighbourhood centre's;
* the text around them is the same row's real fields: the site's name, the spot in the venue
  (``Near the Newsagency``), street, suburb (upper case as published), postcode, coordinates,
  region and session hours (``Tuesday, 10am - 2pm``), with invented ids (Humanitix's 24-digit
  hexadecimal ids, Gravity Forms entry and form ids, Wagtail page ids), dates, capacities and
  user agents, unlabelled and scored;
* in layouts no earlier part has, text in Australian English: Humanitix Public API event
  answers (``GET /v1/events/{eventId}`` of the Australian not-for-profit ticketing platform: a
  free JP signing session listed by the site, its ``location`` with ``venueName``,
  ``address``, ``latLng`` and ``instructions`` giving the phone, the phone, fax and e-mail in
  the HTML ``description``, one free ``ticketTypes`` entry and one of ``dates``), Meetup API
  venue-creation requests (``POST /{urlname}/venues`` as a ``curl`` command with
  ``--data-urlencode`` parameters ``name``, ``address_1``, ``address_2``, ``city``,
  ``state``, ``country``, ``phone``, ``hours`` and ``visibility``; the region, suburb and
  postcode, the e-mail and the fax in a comment line), Gravity Forms REST API v2 entries
  (``GET /wp-json/gf/v2/entries/{id}``: a JP-site details form of an invented community
  directory, the answers under field ids, the address field's inputs ``2.1`` ... ``2.6``,
  ``ip`` empty as a site that stores no IP address keeps it) and Wagtail API v2 page listings
  (``GET /api/v2/pages/?type=...``: ``meta.total_count`` and one page item with its ``meta``
  and the site's fields).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_437.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_au_qld_jp_sites.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_437.jsonl.gz"
SPLIT = "held_out_437"

LAYOUTS = ("humanitix_event", "meetup_venue", "gravity_forms_entry", "wagtail_pages")
PHONE, FAX, EMAIL = "Phone", "Fax", "Email"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
AEST = dt.timezone(dt.timedelta(hours=10))
DAYS = (
    ("Mon", "Monday"), ("Tues", "Tuesday"), ("Wed", "Wednesday"), ("Thurs", "Thursday"),
    ("Fri", "Friday"), ("Sat", "Saturday"), ("Sun", "Sunday"),
)  # fmt: skip
MEETUP_GROUPS = (
    "brisbane-community-volunteers",
    "qld-seniors-social-club",
    "sunshine-coast-newcomers",
    "gold-coast-small-business-network",
    "townsville-community-connect",
)
DIRECTORY = "https://www.communitydirectory.qld.example"
AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
)

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The site's phone field as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The site's fax as published ("" where it has none)."""
    return _f(row, FAX)


def email(row: dict[str, Any]) -> str:
    """The site's e-mail address as published ("" where it has none)."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone, fax and e-mail labelled (each
    copy stands apart: no digit, or no address character, next to it)."""
    values = [(PHONE, phone(row)), (FAX, fax(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "Title")


def spot(row: dict[str, Any]) -> str:
    """Where in the venue the JP sits (``Address 1`` where a street follows it), or ""."""
    return _f(row, "Address 1") if _f(row, "Address 2") else ""


def street(row: dict[str, Any]) -> str:
    """The street: ``Address 2``, or ``Address 1`` where the register gives only that."""
    return _f(row, "Address 2") or _f(row, "Address 1")


def suburb(row: dict[str, Any]) -> str:
    return _f(row, "Suburb")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "Postcode")


def hours(row: dict[str, Any]) -> str:
    """The session hours in words as the register gives them (``Tuesday, 10am - 2pm``), or
    the first day's half-day hours."""
    if _f(row, "Operating hours"):
        return _f(row, "Operating hours")
    for short, day in DAYS:
        am, pm = _f(row, f"{short} am"), _f(row, f"{short} pm")
        if am or pm:
            return f"{day}, {' / '.join(v for v in (am, pm) if v)}"
    return ""


def session(row: dict[str, Any], rng: random.Random) -> tuple[int, str, str]:
    """The weekday (0 Monday) and the start and end times of the site's first session by the
    register's half-day hours (``10:00-12:00``, or ``10:00`` and ``14:00``); an invented
    morning where it gives none."""
    for i, (short, _) in enumerate(DAYS):
        times = re.findall(r"\d{1,2}:\d{2}", f"{_f(row, f'{short} am')} {_f(row, f'{short} pm')}")
        if len(times) >= 2:
            return i, times[0].zfill(5), times[-1].zfill(5)
    return rng.randint(0, 4), "10:00", "12:00"


def _when(rng: random.Random, weekday: int | None = None) -> dt.datetime:
    """An invented day of 2024 (Brisbane time), on ``weekday`` where given."""
    day = dt.datetime(2024, 2, 5, tzinfo=AEST) + dt.timedelta(days=rng.randint(0, 300))
    if weekday is not None:
        day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day


def _at(day: dt.datetime, clock: str) -> dt.datetime:
    h, m = (int(x) for x in clock.split(":"))
    return day.replace(hour=h % 24, minute=m)


def _z(moment: dt.datetime) -> str:
    """A moment in UTC as Humanitix writes it (``2024-03-05T00:00:00.000Z``)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _hex(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(24))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def _contacts(row: dict[str, Any]) -> str:
    """The site's contact line: the phone, and the fax and e-mail where it has them."""
    out = f"Phone {phone(row)}"
    if fax(row):
        out += f", fax {fax(row)}"
    if email(row):
        out += f", email {email(row)}"
    return out


def humanitix_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Humanitix Public API event (``GET /v1/events/{eventId}``): invented ``_id``,
    ``userId``, ``organiserId`` and dates, the session named after the site, the HTML
    ``description`` with the hours and the contacts, one free ticket type, ``pricing`` of
    zero, ``location`` (``venueName`` the site, ``address`` its street, suburb and postcode,
    ``latLng`` the register's coordinates, ``instructions`` the spot in the venue and the
    phone) and one of ``dates``."""
    weekday, start, end = session(row, rng)
    day = _when(rng, weekday)
    begin, finish = _at(day, start), _at(day, end)
    if finish <= begin:
        finish = begin + dt.timedelta(hours=2)
    created = begin - dt.timedelta(days=rng.randint(10, 60), minutes=rng.randint(0, 900))
    title = f"Free JP & Commissioner for Declarations signing - {name(row)}"
    slug = f"{_slug(name(row))}-jp-signing-{rng.randint(100, 999)}"
    description = (
        f"<p>Volunteer Justices of the Peace and Commissioners for Declarations witness "
        f"documents free of charge at {name(row)}. Sessions: {hours(row)}.</p>"
        "<p>Bring photo ID and leave documents unsigned.</p>"
        f"<p>{_contacts(row)}</p>"
    )
    instructions = f"{spot(row)}. " if spot(row) else ""
    instructions += f"Please check with the venue on {phone(row)} before you come."
    lat, lng = _f(row, "Latitude"), _f(row, "Longitude")
    doc = {
        "_id": _hex(rng),
        "userId": _hex(rng)[:20],
        "organiserId": _hex(rng),
        "currency": "AUD",
        "name": title,
        "description": description,
        "slug": slug,
        "url": f"https://events.humanitix.com/{slug}",
        "tagIds": [],
        "category": "community",
        "public": True,
        "published": True,
        "suspendSales": False,
        "markedAsSoldOut": False,
        "startDate": _z(begin),
        "endDate": _z(finish),
        "timezone": "Australia/Brisbane",
        "totalCapacity": rng.choice((10, 20, 30, 40)),
        "ticketTypes": [
            {
                "_id": _hex(rng),
                "name": "General admission (free)",
                "price": 0,
                "quantity": rng.choice((10, 20, 30, 40)),
                "disabled": False,
                "deleted": False,
                "isDonation": False,
            }
        ],
        "pricing": {"minimumPrice": 0, "maximumPrice": 0},
        "location": {
            "type": "address",
            "venueName": name(row),
            "address": f"{street(row)}, {suburb(row)} QLD {postcode(row)}, Australia",
            "latLng": [float(lat or 0), float(lng or 0)],
            "instructions": instructions,
        },
        "dates": [{"_id": _hex(rng), "startDate": _z(begin), "endDate": _z(finish),
                   "deleted": False}],
        "createdAt": _z(created),
        "updatedAt": _z(created + dt.timedelta(hours=rng.randint(1, 72))),
        "publishedAt": _z(created + dt.timedelta(hours=rng.randint(73, 120))),
    }  # fmt: skip
    return _json(doc)


def meetup_venue(row: dict[str, Any], rng: random.Random) -> str:
    """A Meetup API venue-creation request (``POST /{urlname}/venues``) as a ``curl``
    command: an invented group's urlname, the site's ``name``, ``address_1`` (the street),
    ``address_2`` (the spot in the venue), ``city``, ``state``, ``country``, ``phone``,
    ``hours`` and ``visibility``, each ``--data-urlencode``; a comment line before it with the
    site's region, suburb and postcode and, where it has them, its fax and e-mail."""
    group = rng.choice(MEETUP_GROUPS)
    comment = f"# JP signing venue, {_f(row, 'Location') or 'Queensland'}: {suburb(row)} QLD "
    comment += postcode(row)
    extra = [f"fax {fax(row)}" if fax(row) else "", email(row)]
    if any(extra):
        comment += " (" + ", ".join(v for v in extra if v) + ")"
    params = [
        ("name", name(row)),
        ("address_1", street(row)),
        ("address_2", spot(row)),
        ("city", suburb(row)),
        ("state", "QLD"),
        ("country", "au"),
        ("phone", phone(row)),
        ("hours", hours(row)),
        ("visibility", "public"),
    ]
    lines = [
        comment,
        f"curl -X POST 'https://api.meetup.com/{group}/venues' \\",
        '  -H "Authorization: Bearer $MEETUP_TOKEN" \\',
    ]
    kept = [(k, v) for k, v in params if v]
    for i, (key, value) in enumerate(kept):
        tail = " \\" if i < len(kept) - 1 else ""
        lines.append(f"  --data-urlencode {shlex.quote(f'{key}={value}')}{tail}")
    return "\n".join(lines) + "\n"


def gravity_forms_entry(row: dict[str, Any], rng: random.Random) -> str:
    """A Gravity Forms REST API v2 entry (``GET /wp-json/gf/v2/entries/{entry_id}``) of an
    invented community directory's JP-site form: invented ``id``, ``form_id``, dates (UTC, as
    Gravity Forms stores them), ``source_url`` and ``user_agent``, ``ip`` empty, and the
    answers under their field ids: ``1`` the site, ``2.1`` ... ``2.6`` the address, ``3`` the
    phone, ``4`` the e-mail, ``5`` the fax, ``6`` the hours, ``7`` the spot in the venue."""
    created = _when(rng).replace(hour=rng.randint(0, 23), minute=rng.randint(0, 59))
    updated = created + dt.timedelta(minutes=rng.randint(0, 2000))
    utc = dt.UTC
    form_id = rng.randint(2, 30)
    doc = {
        "id": str(rng.randint(1000, 60000)),
        "form_id": str(form_id),
        "post_id": None,
        "date_created": created.astimezone(utc).strftime("%Y-%m-%d %H:%M:%S"),
        "date_updated": updated.astimezone(utc).strftime("%Y-%m-%d %H:%M:%S"),
        "is_starred": 0,
        "is_read": rng.randint(0, 1),
        "ip": "",
        "source_url": f"{DIRECTORY}/list-a-jp-signing-site/",
        "user_agent": rng.choice(AGENTS),
        "currency": "AUD",
        "payment_status": None,
        "payment_date": None,
        "payment_amount": None,
        "payment_method": "",
        "transaction_id": None,
        "is_fulfilled": None,
        "created_by": str(rng.randint(1, 40)),
        "transaction_type": None,
        "status": "active",
        "1": name(row),
        "2.1": street(row),
        "2.2": "",
        "2.3": suburb(row),
        "2.4": "Queensland",
        "2.5": postcode(row),
        "2.6": "Australia",
        "3": phone(row),
        "4": email(row),
        "5": fax(row),
        "6": hours(row),
        "7": spot(row),
    }
    return _json(doc)


def wagtail_pages(row: dict[str, Any], rng: random.Random) -> str:
    """A Wagtail API v2 page listing (``GET /api/v2/pages/?type=directory.JPSitePage&fields=*``)
    of an invented community directory: ``meta.total_count`` 1 and one item with its ``id``,
    ``meta`` (type, detail and HTML URLs, slug, ``first_published_at``, parent) and the site's
    fields (title, spot, street, suburb, postcode, region, latitude and longitude, phone, fax,
    e-mail, hours)."""
    pid, parent = rng.randint(40, 4000), rng.randint(3, 39)
    slug = _slug(name(row))
    published = _when(rng).replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59))
    item = {
        "id": pid,
        "meta": {
            "type": "directory.JPSitePage",
            "detail_url": f"{DIRECTORY}/api/v2/pages/{pid}/",
            "html_url": f"{DIRECTORY}/jp-signing-sites/{slug}/",
            "slug": slug,
            "show_in_menus": False,
            "seo_title": "",
            "search_description": f"JP signing at {name(row)}, {suburb(row)}",
            "first_published_at": published.isoformat(timespec="microseconds"),
            "alias_of": None,
            "parent": {
                "id": parent,
                "meta": {
                    "type": "directory.JPSiteIndexPage",
                    "detail_url": f"{DIRECTORY}/api/v2/pages/{parent}/",
                    "html_url": f"{DIRECTORY}/jp-signing-sites/",
                },
                "title": "JP signing sites",
            },
            "locale": "en",
        },
        "title": name(row),
        "venue_location": spot(row),
        "street_address": street(row),
        "suburb": suburb(row),
        "postcode": postcode(row),
        "region": _f(row, "Location"),
        "latitude": _f(row, "Latitude"),
        "longitude": _f(row, "Longitude"),
        "phone": phone(row),
        "fax": fax(row),
        "email": email(row),
        "session_hours": hours(row),
    }
    return _json({"meta": {"total_count": 1}, "items": [item]})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "humanitix_event": humanitix_event,
    "meetup_venue": meetup_venue,
    "gravity_forms_entry": gravity_forms_entry,
    "wagtail_pages": wagtail_pages,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone, fax and e-mail
    labelled, each number in them on its own."""
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
