"""held_out_293 of the PII evaluation set: real phone fields of a list no earlier part used
(British Columbia's K-12 schools, public and independent, as the Ministry of Education's school
locations give them; Canada's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the list's own names, codes, districts, addresses, postal
codes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
North American numbers from Canadian registers of Ontario's COVID-19 testing locations, WorkBC
Centres, Toronto's and British Columbia's child care facilities, Ontario's retirement homes,
provincial pharmacy rosters, Alberta's schools (the Ventilate Schools pages) and Ontario's
schools (the Ministry of Education's table); here:

* the values are the ``Phone`` fields of 400 British Columbia schools
  (``scripts/data/pii_ca_bc_schools.json``, written by ``scripts/ca_bc_schools_data.py``; source
  and licence in that file): North American numbers with no ``+1`` as the layer writes them, the
  area code, a space, the exchange and the line joined by a hyphen (``250 429-3211``; 200 in
  ``250``, 199 in ``604``, one in ``778``), seven numbers shared by two schools, each copy
  labelled;
* the text around them is the same row's real fields: the school's name, its six- or
  seven-digit school code (``501007``), its district number (``SD 5``; the 64 independent
  schools' ``null`` written ``Independent``, kept as published in Freshdesk's custom field),
  its street address (``7355 Village Loop Rd``, some beginning with
  a house number like an area code, ``604 7th Avenue``, or ``911``), city, postal code with no
  space (``V0B1T0``) and coordinates (``-115.301``, ``49.3726``), with invented event, form,
  submission and group ids, ``192.0.2.x`` addresses, kilometre posts and dates, unlabelled and
  scored;
* in layouts no earlier part has, formats of Canada's public bodies and of the services school
  districts run on, text in English: Canada.ca pages in the Government of Canada's Web
  Experience Toolkit theme (GCWeb: ``dcterms`` metadata, schema.org RDFa with
  ``property="telephone"``, an ``alert`` repeating the number, the ``wb-dtmd`` date modified),
  Open511 road-event responses as DriveBC's API gives them (an event in the school's zone, the
  number in ``description`` and in DriveBC's ``+ivr_message`` extension), Jotform API
  ``GET /submission/{id}`` responses of a district's contact-update form (the number as a
  ``control_textbox`` answer and in a ``control_textarea`` note) and Freshdesk API v2 ticket
  bodies of a district help desk (the number as the requester's ``phone`` and in the HTML
  ``description``, ``source`` 3, a call).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_293.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_bc_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_293.jsonl.gz"
SPLIT = "held_out_293"

LAYOUTS = ("gcweb_page", "open511_event", "jotform_submission", "freshdesk_ticket")
PHONE = "Phone"
PDT = dt.timezone(dt.timedelta(hours=-7))
HOUSE = re.compile(r"^\d+[A-Za-z]?(?:\s*-\s*\d+[A-Za-z]?)?\s+")
UNIT = re.compile(r"\s+(?:Suite|Unit|Box|Rr|RR|#)\b.*$")

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented reasons a school's office is named (no real event is meant)
WORKS = (
    ("CONSTRUCTION", ["ROAD_CONSTRUCTION"], "Road construction", "Single lane alternating traffic"),
    ("CONSTRUCTION", ["ROAD_MAINTENANCE"], "Paving", "Expect delays up to 15 minutes"),
    ("CONSTRUCTION", ["ROAD_MAINTENANCE"], "Crosswalk upgrade", "Shoulder closed"),
    ("SPECIAL_EVENT", [], "School run event", "Road closed to through traffic"),
)  # fmt: skip
SUBJECTS = (
    ("Incident", "Office phone line down", "reports the main office line drops calls"),
    ("Incident", "Bell system fault", "reports the bell schedule stopped after the power cut"),
    ("Question", "Voicemail greeting update", "asks to record a new after-hours greeting"),
    ("Problem", "Fax-to-email not delivering", "reports faxes to the office are not arriving"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the list's does)."""
    return value.startswith("+")


def independent(row: dict[str, Any]) -> bool:
    """Whether the school is an independent one (the layer's district ``null``)."""
    return _f(row, "District Number") == "null"


def district(row: dict[str, Any]) -> str:
    """The school's district as a district office names it (``SD 5``; ``Independent``)."""
    return "Independent" if independent(row) else f"SD {_f(row, 'District Number')}"


def road(row: dict[str, Any]) -> str:
    """The street of the school's address, its house number and unit left out
    (``7355 Village Loop Rd`` -> ``Village Loop Rd``); the whole address where no street is
    left."""
    address = _f(row, "Address")
    street = UNIT.sub("", HOUSE.sub("", address)).strip()
    return street or address


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024's school term after the spring break (Pacific daylight
    time)."""
    start = dt.datetime(2024, 4, 2, 7, 0, tzinfo=PDT)
    return start + dt.timedelta(seconds=rng.randint(0, 80 * 86400))


def _h(value: str) -> str:
    """``value`` as HTML text or a double-quoted attribute."""
    return escape(value, {'"': "&quot;"})


def gcweb_page(row: dict[str, Any], rng: random.Random) -> str:
    """A Canada.ca page in the GCWeb theme of the Web Experience Toolkit, one school of an
    invented directory of British Columbia schools in a federal program: ``dcterms`` metadata,
    the ``wb-lng`` language link, ``main`` with the school as schema.org ``School`` in RDFa
    (``name``, a ``PostalAddress``, ``telephone``, ``GeoCoordinates``), a ``dl-horizontal`` of
    its code and district, an ``alert-info`` section repeating the number, and the ``wb-dtmd``
    date modified."""
    name, tel = _f(row, "Name"), phone(row)
    when = _when(rng)
    issued = when - dt.timedelta(days=rng.randint(200, 700))
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    page = f"/en/official-languages-education/schools/bc/{_f(row, 'School Code')}-{slug}.html"
    lines = [
        "<!DOCTYPE html>",
        '<html class="no-js" lang="en" dir="ltr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_h(name)} - Canada.ca</title>",
        '<meta content="width=device-width,initial-scale=1" name="viewport">',
        f'<meta name="description" content="Contact information for {_h(name)}, '
        f'{_h(_f(row, "City"))}, British Columbia.">',
        f'<meta name="dcterms.title" content="{_h(name)}">',
        '<meta name="dcterms.language" title="ISO639-2/T" content="eng">',
        '<meta name="dcterms.creator" content="Canadian Heritage">',
        f'<meta name="dcterms.issued" title="W3CDTF" content="{issued:%Y-%m-%d}">',
        f'<meta name="dcterms.modified" title="W3CDTF" content="{when:%Y-%m-%d}">',
        '<meta name="dcterms.spatial" content="British Columbia">',
        '<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/'
        'theme.min.css">',
        "</head>",
        '<body vocab="http://schema.org/" typeof="WebPage">',
        '<section id="wb-lng"><h2 class="wb-inv">Language selection</h2>',
        f'<ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr" '
        f'href="/fr/langues-officielles-education/ecoles/cb/{_f(row, "School Code")}.html">'
        '<span class="hidden-xs">Français</span></a></li></ul>',
        "</section>",
        '<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" '
        'class="container">',
        f'<h1 property="name" id="wb-cont">{_h(name)}</h1>',
        '<div resource="#school" typeof="School">',
        f'<meta property="name" content="{_h(name)}">',
        '<dl class="dl-horizontal">',
        "<dt>School code</dt>",
        f'<dd><span property="identifier">{_f(row, "School Code")}</span></dd>',
        "<dt>School district</dt>",
        f"<dd>{_h(district(row))}</dd>",
        "<dt>Address</dt>",
        '<dd><span property="address" typeof="PostalAddress">'
        f'<span property="streetAddress">{_h(_f(row, "Address"))}</span><br>'
        f'<span property="addressLocality">{_h(_f(row, "City"))}</span>, '
        '<abbr property="addressRegion" title="British Columbia">BC</abbr>&nbsp;&nbsp;'
        f'<span property="postalCode">{_h(_f(row, "Postal"))}</span></span></dd>',
        "<dt>Telephone</dt>",
        f'<dd><span property="telephone">{tel}</span></dd>',
        "</dl>",
        '<span property="geo" typeof="GeoCoordinates">'
        f'<meta property="latitude" content="{_f(row, "latitude")}">'
        f'<meta property="longitude" content="{_f(row, "longitude")}"></span>',
        "</div>",
        '<section class="alert alert-info">',
        "<h2>Before you visit</h2>",
        f"<p>Visitors sign in at the main office. Call the school at {tel} to book a "
        "classroom visit or a language assessment.</p>",
        "</section>",
        '<div class="pagedetails">',
        f'<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">'
        f"{when:%Y-%m-%d}</time></dd></dl>",
        "</div>",
        "</main>",
        f"<!-- {page} -->",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


def open511_event(row: dict[str, Any], rng: random.Random) -> str:
    """An Open511 ``/events`` response as DriveBC's API gives it, one event in the school's
    zone: an invented ``DBC-`` id, headline, type and subtypes, severity, created and updated
    times, a description naming the school and its office's number, DriveBC's ``+ivr_message``
    repeating it and its ``+linear_reference_km``, a schedule interval, the school's point as
    ``geography`` (the layer's longitude and latitude) and its street as the road."""
    name, tel = _f(row, "Name"), phone(row)
    event_type, subtypes, what, effect = rng.choice(WORKS)
    created = _when(rng)
    begins = (created + dt.timedelta(days=rng.randint(2, 14))).replace(hour=7, minute=0)
    ends = (begins + dt.timedelta(days=rng.randint(1, 25))).replace(hour=17)
    ident = f"drivebc.ca/DBC-{rng.randint(30000, 69999)}"
    street, city = road(row), _f(row, "City")
    description = (
        f"{what} on {street} in the school zone of {name} ({city}). {effect}. "
        f"Until {ends:%a %b %d} at 5:00 PM PDT. Last updated {created:%a %b %d} at "
        f"{created:%I:%M %p} PDT. ({ident.split('/')[1]}) School office: {tel}."
    )
    event = {
        "jurisdiction_url": "https://api.open511.gov.bc.ca/jurisdiction",
        "url": f"https://api.open511.gov.bc.ca/events/{ident}",
        "id": ident,
        "headline": event_type,
        "status": "ACTIVE",
        "created": created.isoformat(),
        "updated": (created + dt.timedelta(minutes=rng.randint(5, 900))).isoformat(),
        "description": description,
        "+ivr_message": f"{street} near {name}, {what.lower()}. For school access call {tel}.",
        "+linear_reference_km": round(rng.uniform(0.2, 60.0), 3),
        "schedule": {"intervals": [f"{begins:%Y-%m-%dT%H:%M}/{ends:%Y-%m-%dT%H:%M}"]},
        "event_type": event_type,
        "event_subtypes": subtypes,
        "severity": rng.choice(("MINOR", "MINOR", "MODERATE")),
        "geography": {
            "type": "Point",
            "coordinates": [float(_f(row, "longitude")), float(_f(row, "latitude"))],
        },
        "roads": [{"name": street, "from": city, "direction": "BOTH"}],
    }
    doc = {
        "events": [event],
        "pagination": {"offset": 0, "next_url": None},
        "meta": {
            "url": f"https://api.open511.gov.bc.ca/events?id={ident}",
            "up_url": "https://api.open511.gov.bc.ca/",
            "version": "v1",
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def jotform_submission(row: dict[str, Any], rng: random.Random) -> str:
    """A Jotform API ``GET /submission/{id}`` response of an invented district form, the
    school's contact update: invented 19-digit submission and 15-digit form ids, a
    ``192.0.2.x`` address, the creation time, and ``answers`` keyed by question id (the name,
    code and district as ``control_textbox`` and ``control_dropdown`` answers, the address as a
    ``control_address`` answer with its ``prettyFormat``, the number as a ``control_textbox``
    answer, an effective date, and a ``control_textarea`` note repeating it)."""
    name, tel = _f(row, "Name"), phone(row)
    when = _when(rng)
    effective = (when + dt.timedelta(days=rng.randint(3, 40))).date()
    address = {
        "addr_line1": _f(row, "Address"),
        "addr_line2": "",
        "city": _f(row, "City"),
        "state": "BC",
        "postal": _f(row, "Postal"),
        "country": "Canada",
    }
    pretty = (
        f"Street Address: {address['addr_line1']}<br>City: {address['city']}<br>"
        f"State / Province: BC<br>Postal / Zip Code: {address['postal']}<br>Country: Canada<br>"
    )
    note = rng.choice(
        (
            f"Main office line stays {tel}; after-hours messages go to the same number.",
            f"Please list {tel} as the school's number in the district directory.",
            f"Office hours 8:00-3:30. Parents call {tel} to report absences.",
        )
    )
    answers = {
        "1": {"name": "heading", "order": "1", "text": "School Contact Update",
              "type": "control_head"},
        "3": {"name": "schoolName", "order": "2", "text": "School name",
              "type": "control_textbox", "answer": name},
        "4": {"name": "schoolCode", "order": "3", "text": "School code",
              "type": "control_textbox", "answer": _f(row, "School Code")},
        "5": {"name": "district", "order": "4", "text": "School district",
              "type": "control_dropdown", "answer": district(row)},
        "6": {"name": "streetAddress", "order": "5", "text": "School address",
              "type": "control_address", "answer": address, "prettyFormat": pretty},
        "7": {"name": "mainOffice", "order": "6", "text": "Main office telephone",
              "type": "control_textbox", "answer": tel},
        "8": {"name": "effectiveDate", "order": "7", "text": "Effective date",
              "type": "control_datetime",
              "answer": {"month": f"{effective.month:02d}", "day": f"{effective.day:02d}",
                         "year": str(effective.year)},
              "prettyFormat": f"{effective:%m-%d-%Y}"},
        "9": {"name": "notes", "order": "8", "text": "Notes", "type": "control_textarea",
              "answer": note},
        "10": {"name": "submit", "order": "9", "text": "Submit", "type": "control_button"},
    }  # fmt: skip
    content = {
        "id": str(rng.randint(5_800_000_000_000_000_000, 5_999_999_999_999_999_999)),
        "form_id": str(rng.randint(240_000_000_000_000, 241_999_999_999_999)),
        "ip": f"192.0.2.{rng.randint(1, 254)}",
        "created_at": f"{when:%Y-%m-%d %H:%M:%S}",
        "status": "ACTIVE",
        "new": "1",
        "flag": "0",
        "notes": "",
        "updated_at": None,
        "answers": answers,
    }
    doc = {
        "responseCode": 200,
        "message": "success",
        "content": content,
        "duration": f"{rng.uniform(12, 90):.2f}ms",
        "info": None,
        "limit-left": rng.randint(800, 999),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def freshdesk_ticket(row: dict[str, Any], rng: random.Random) -> str:
    """A Freshdesk API v2 ``POST /api/v2/tickets`` body of an invented district help desk, a
    call from the school's office: the office as requester ``name`` with the number as its
    ``phone``, the subject, an HTML ``description`` repeating the number, ``status`` 2 (open),
    a priority, ``source`` 3 (phone), the type, an invented 11-digit ``group_id``, tags, and
    ``custom_fields`` with the school code, district and postal code."""
    name, tel = _f(row, "Name"), phone(row)
    kind, subject, said = rng.choice(SUBJECTS)
    when = _when(rng)
    description = (
        f"<div>Main office of {_h(name)}, {_h(_f(row, 'Address'))}, {_h(_f(row, 'City'))}, "
        f"{said} since {when:%B %d} around {when:%I:%M %p}.</div>"
        f"<div>Call back the office at {tel}.</div>"
    )
    tags = ["school-office", district(row).lower().replace(" ", "")]
    doc = {
        "name": f"{name} (main office)",
        "phone": tel,
        "subject": f"{subject} - {name}",
        "description": description,
        "status": 2,
        "priority": rng.choice((1, 2, 2, 3)),
        "source": 3,
        "type": kind,
        "group_id": rng.randint(43_000_000_000, 43_999_999_999),
        "tags": tags,
        "custom_fields": {
            "cf_school_code": _f(row, "School Code"),
            "cf_school_district": _f(row, "District Number"),
            "cf_postal_code": _f(row, "Postal"),
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "gcweb_page": gcweb_page,
    "open511_event": open511_event,
    "jotform_submission": jotform_submission,
    "freshdesk_ticket": freshdesk_ticket,
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
