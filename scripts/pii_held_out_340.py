"""held_out_340 of the PII evaluation set: real phone fields of a register no earlier part used
(the California Department of Education's public schools directory; the United States' earlier
parts took other registers) exactly as published, in layouts no earlier part has, beside the
directory's own school, district and county names, addresses, CDS codes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of the US (CMS's hospitals, New York City's DOE high schools,
the Texas Education Agency's AskTED schools, HIFLD's colleges, the Texas DFPS child-care
centres and others) and many other countries; here:

* the values are the ``phone`` fields of 300 California public schools
  (``scripts/data/pii_us_ca_cde_schools.json``, written by ``scripts/us_ca_cde_schools_data.py``;
  source and licence in that file): US numbers as the directory writes them, the area code in
  brackets, a blank, the exchange and the line joined by a hyphen (``(562) 229-7745``), each
  copy labelled;
* the text around them is the same row's real fields: the school, district and county names,
  the street, city, ZIP code or ZIP+4 (``90703-1244``), the web site, the school type and
  instruction level, the 14-digit CDS code (``19642121931880``) and the coordinates, with
  invented GreatSchools ids, ratings, enrolment counts, Calendly and ClickUp ids, UUIDs,
  Unix-millisecond timestamps, times and dates, unlabelled and scored;
* in layouts no earlier part has, US school-search, scheduling, task and journal apps, text in
  English: GreatSchools API school profile responses (XML ``school`` with ``phone``, one
  copy), Calendly API v2 scheduled-event resources of a campus tour (JSON: an
  ``inbound_call`` ``location`` holding the number, ``meeting_notes_plain`` and
  ``meeting_notes_html`` repeating it: three copies), ClickUp API v2 create-task request bodies
  of a district's school-visit list (JSON: a ``markdown_description`` with the number and a
  text custom field holding it: two copies) and Day One JSON exports of a parent's school-tour
  journal (one ``entries`` item whose Markdown ``text`` names the number twice, its
  ``location`` the school's place).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_340.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_ca_cde_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_340.jsonl.gz"
SPLIT = "held_out_340"

LAYOUTS = ("greatschools_xml", "calendly_event", "clickup_task", "dayone_export")
PHONE = "phone"
# each layout's copies of the phone field
COPIES = {"greatschools_xml": 1, "calendly_event": 3, "clickup_task": 2, "dayone_export": 2}

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# GreatSchools' level codes by the directory's instruction level (EILCode)
LEVELS = {"ELEM": "e", "INTMIDJR": "m", "HS": "h", "ELEMHIGH": "e,m,h"}
# invented notes of a parent's school tours (no real visit is meant)
IMPRESSIONS = (
    "The library was bright and the kids were reading on the rug.",
    "Saw the garden beds and the new science lab.",
    "Classrooms felt calm; lots of student art on the walls.",
    "Pickup line looked long, worth asking about the drop-off zone.",
    "The after-school program runs until 6 pm, per the office.",
    "Playground was being resurfaced, should be done by spring.",
)  # fmt: skip
TASKS = (
    "Site visit", "Safety walkthrough", "Facilities check", "Enrollment fair follow-up",
    "Emergency drill review",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def website(row: dict[str, Any]) -> str:
    """The web site, "" where the directory says ``No Data``."""
    value = _f(row, "web_site")
    return "" if value == "No Data" else value


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with its country code (none of the directory's is)."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 16, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _iso(moment: dt.datetime) -> str:
    """A moment as Calendly writes it (``2024-03-05T17:30:00.000000Z``)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _calendly_id(rng: random.Random) -> str:
    """An invented Calendly resource id (16 upper-case letters)."""
    return "".join(rng.choice("ABCDEFGH") for _ in range(16))


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _x(value: str) -> str:
    return escape(value)


def _address(row: dict[str, Any]) -> str:
    """``16800 Shoemaker Avenue, Cerritos, CA 90703-1244``."""
    return f"{_f(row, 'street')}, {_f(row, 'city')}, {_f(row, 'state')} {_f(row, 'zip')}"


def _charter(row: dict[str, Any]) -> bool:
    return _f(row, "charter_flag") == "Y"


def greatschools_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A GreatSchools API school profile response (``GET /schools/CA/{gsId}``): the ``school``
    element with an invented ``gsId``, the name, ``type`` (public or charter), ``levelCode``,
    invented ``gsRating`` and ``enrollment``, the city, state, an invented ``districtId``, the
    district, the address, ``phone``, the web site where the directory has one, the
    coordinates and the profile links."""
    gs_id = rng.randint(1000, 19999)
    name = _f(row, "school_name")
    slug = "-".join(name.replace("(", "").replace(")", "").replace(".", "").split())
    link = f"https://www.greatschools.org/california/{_f(row, 'city').lower().replace(' ', '-')}"
    link += f"/{gs_id}-{slug}/"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<school>",
        f"  <gsId>{gs_id}</gsId>",
        f"  <name>{_x(name)}</name>",
        f"  <type>{'charter' if _charter(row) else 'public'}</type>",
        f"  <levelCode>{LEVELS.get(_f(row, 'eil_code'), 'e,m,h')}</levelCode>",
        f"  <gsRating>{rng.randint(7, 10)}</gsRating>",
        f"  <enrollment>{rng.randint(280, 2400)}</enrollment>",
        f"  <city>{_x(_f(row, 'city'))}</city>",
        f"  <state>{_f(row, 'state')}</state>",
        f"  <districtId>{rng.randint(10, 1200)}</districtId>",
        f"  <district>{_x(_f(row, 'district_name'))}</district>",
        f"  <address>{_x(_address(row))}</address>",
        f"  <phone>{_x(phone(row))}</phone>",
    ]
    if website(row):
        lines.append(f"  <website>{_x(website(row))}</website>")
    lines += [
        f"  <lat>{_f(row, 'latitude')}</lat>",
        f"  <lon>{_f(row, 'longitude')}</lon>",
        f"  <overviewLink>{_x(link)}</overviewLink>",
        f"  <ratingsLink>{_x(link)}#Test_scores</ratingsLink>",
        f"  <reviewsLink>{_x(link)}#Reviews</reviewsLink>",
        "</school>",
        "",
    ]
    return "\n".join(lines)


def calendly_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Calendly API v2 scheduled-event resource (``GET /scheduled_events/{uuid}``) of a
    campus tour: its URI, name, invented meeting notes (plain and HTML) naming the number,
    status, invented start and end times, event type, an ``inbound_call`` ``location`` whose
    ``location`` is the number, the invitee counter, the creation and update times and the
    school office's membership."""
    name, tel = _f(row, "school_name"), phone(row)
    start = _when(rng).replace(minute=rng.choice((0, 30)), second=0)
    created = start - dt.timedelta(days=rng.randint(2, 20), minutes=rng.randint(0, 600))
    minutes = rng.choice((30, 45, 60))
    note = (
        f"Campus tour of {name}, {_address(row)}. Please check in at the front office; "
        f"if you are running late, call {tel}."
    )
    html = (
        f"<p>Campus tour of {_x(name)}, {_x(_address(row))}.</p><p>Please check in at the "
        f"front office; if you are running late, call {_x(tel)}.</p>"
    )
    resource = {
        "uri": f"https://api.calendly.com/scheduled_events/{_calendly_id(rng)}",
        "name": f"{name} Campus Tour",
        "meeting_notes_plain": note,
        "meeting_notes_html": html,
        "status": "active",
        "start_time": _iso(start),
        "end_time": _iso(start + dt.timedelta(minutes=minutes)),
        "event_type": f"https://api.calendly.com/event_types/{_calendly_id(rng)}",
        "location": {"type": "inbound_call", "location": tel},
        "invitees_counter": {"total": 1, "active": 1, "limit": rng.choice((4, 6, 8))},
        "created_at": _iso(created),
        "updated_at": _iso(created + dt.timedelta(minutes=rng.randint(0, 90))),
        "event_memberships": [
            {
                "user": f"https://api.calendly.com/users/{_calendly_id(rng)}",
                "user_name": f"{name} Front Office",
            }
        ],
        "event_guests": [],
    }
    return _j({"resource": resource}) + "\n"


def clickup_task(row: dict[str, Any], rng: random.Random) -> str:
    """A ClickUp API v2 create-task request body (``POST /api/v2/list/{list_id}/task``) of a
    district's school-visit list: the task's name, a ``markdown_description`` with the school's
    address and number, invented assignee ids, tags, status, priority, due date (Unix
    milliseconds), time estimate, and custom fields holding the CDS code and the number."""
    name, tel = _f(row, "school_name"), phone(row)
    due = _when(rng).replace(hour=23, minute=0, second=0)
    task = rng.choice(TASKS)
    description = "\n".join(
        [
            f"## {task}: {name}",
            "",
            f"- **District:** {_f(row, 'district_name')} ({_f(row, 'county_name')} County)",
            f"- **Address:** {_address(row)}",
            f"- **Office phone:** {tel}",
            f"- **Type:** {_f(row, 'soc_type')}, {_f(row, 'eil_name')}",
            "",
            "Confirm the visit time with the front office before driving out.",
        ]
    )
    body = {
        "name": f"{task} – {name}",
        "markdown_description": description,
        "assignees": [rng.randint(1000000, 99999999) for _ in range(rng.randint(1, 2))],
        "tags": ["school-visits", _f(row, "county_name").lower().replace(" ", "-")],
        "status": rng.choice(("to do", "scheduled")),
        "priority": rng.randint(2, 4),
        "due_date": int(due.timestamp() * 1000),
        "due_date_time": False,
        "time_estimate": rng.choice((3600000, 5400000, 7200000)),
        "notify_all": True,
        "custom_fields": [
            {"id": _uuid(rng), "value": _f(row, "cds")},
            {"id": _uuid(rng), "value": tel},
        ],
    }
    return _j(body) + "\n"


def dayone_export(row: dict[str, Any], rng: random.Random) -> str:
    """A Day One JSON export (``Journal.json``) of a parent's school-tour journal: metadata and
    one ``entries`` item with an invented UUID, creation and modification dates, time zone,
    device, the Markdown ``text`` (the school as heading, its district, address and office
    number, an invented impression and a reminder repeating the number), the ``location`` (the
    school as place, the city, state and coordinates) and tags."""
    name, tel = _f(row, "school_name"), phone(row)
    created = _when(rng)
    lat, lon = float(_f(row, "latitude")), float(_f(row, "longitude"))
    text = "\n".join(
        [
            f"# {name}",
            "",
            f"{_f(row, 'district_name')} · {_address(row)}",
            f"Office: {tel}",
            "",
            rng.choice(IMPRESSIONS),
            "",
            f"To do: call {tel} to ask about open enrollment and the waitlist.",
        ]
    )
    entry = {
        "uuid": uuid.UUID(int=rng.getrandbits(128), version=4).hex.upper(),
        "creationDate": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "modifiedDate": (created + dt.timedelta(minutes=rng.randint(1, 300))).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        ),
        "timeZone": "America/Los_Angeles",
        "starred": rng.random() < 0.2,
        "duration": 0,
        "creationDevice": "iPhone",
        "creationDeviceType": "iPhone",
        "creationDeviceModel": rng.choice(("iPhone14,5", "iPhone15,2", "iPhone16,1")),
        "creationOSName": "iOS",
        "creationOSVersion": rng.choice(("17.3.1", "17.4", "17.5.1")),
        "editingTime": round(rng.uniform(40, 600), 3),
        "location": {
            "region": {"center": {"latitude": lat, "longitude": lon}, "radius": 75},
            "localityName": _f(row, "city"),
            "country": "United States",
            "placeName": name,
            "administrativeArea": _f(row, "state"),
            "latitude": lat,
            "longitude": lon,
        },
        "text": text,
        "tags": ["school tours", _f(row, "district_name")],
    }
    return _j({"metadata": {"version": "1.0"}, "entries": [entry]}) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "greatschools_xml": greatschools_xml,
    "calendly_event": calendly_event,
    "clickup_task": clickup_task,
    "dayone_export": dayone_export,
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
