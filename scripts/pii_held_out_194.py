"""held_out_194 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the South African Police Service's contact list of its police stations; South
Africa's earlier parts took other registers) exactly as published, in layouts no earlier part
has, beside the list's own names, addresses, station ids and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of ZA (the Department of Basic Education's schools, National
Treasury's municipalities, the Department of Health's facilities), KE, NG, GH, UG and many
others; here:

* the values are the ``Phone``, ``Fax`` and ``Email`` fields of 300 police stations of the nine
  provinces (``scripts/data/pii_za_saps_stations.json``, written by
  ``scripts/za_saps_stations_data.py``; source and licence in that file): South African numbers
  as SAPS writes them, the area code and the line joined by a hyphen (``040-6551925``), a second
  number after ``, `` in about half the phone fields (``047-4996234, 047-4996200``), a few in one
  run (``0864903063``) or with a shared ending after ``/`` (``021-9183012/14``); each number of
  each copy labelled on its own, the fax under its own column (where a station gives one number
  as both, the copies are the phone's); the station's address (``zwelitshasaps@saps.gov.za``,
  ``ec.zele.sc@saps.gov.za``) labelled where the row keeps one;
* the text around them is the same row's real fields: the station's name and province, its
  postal address (box numbers and four-digit postcodes, ``PO Box 54 Zwelitsha 5608``), its
  SAPS station id (``sid=847``) and its coordinates, with invented post and field ids,
  UUIDs, request ids, case numbers (``CAS 123/06/2024``), dates and byte counts, unlabelled
  and scored;
* in layouts no earlier part has, from the region's messaging and crisis-mapping tools and the
  police's own open data, text in English (the register's language): Africa's Talking USSD
  callback responses of a station-finder service (``CON``/``END`` plain text after the HTTP
  status and headers), Ushahidi Platform posts as its v3 API returns them (``values`` keyed by
  the form fields' UUID keys, a ``location`` value), neighbourhood resources in the shape of
  the UK Police API (data.police.uk, ``contact_details`` with ``telephone``, ``fax`` and
  ``email``, an HTML ``description`` repeating the phone field) and WhatsApp Business message
  templates as the Business Management API creates them (a ``UTILITY`` template whose ``BODY``
  gives the numbers, a ``URL`` button to the station's page).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_194.py   # rewrites the committed file
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

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_za_saps_stations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_194.jsonl.gz"
SPLIT = "held_out_194"

LAYOUTS = ("ussd_response", "ushahidi_post", "police_api_neighbourhood", "whatsapp_template")
PHONE, FAX = "Phone", "Fax"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@'+-]"}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the provinces' codes, as SAPS's addresses and the invented ids use them
PROVINCES = {
    "Eastern Cape": "EC", "Free State": "FS", "Gauteng": "GP", "Kwazulu-Natal": "KZN",
    "Limpopo": "LP", "Mpumalanga": "MP", "North West": "NW", "Northern Cape": "NC",
    "Western Cape": "WC",
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped ("" where the station gives none)."""
    return _f(row, FAX)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as kept ("" where the row keeps none)."""
    return _f(row, "Email")


def station(row: dict[str, Any]) -> str:
    """The station's name without its province (``Zwelitsha``)."""
    return re.sub(r"\s*\([^()]*\)$", "", _f(row, "name"))


def sid(row: dict[str, Any]) -> str:
    """SAPS's id of the station, from its page's address (``847``)."""
    return re.search(r"[?&]sid=(\d+)", _f(row, "page_url")).group(1)


def postcode(row: dict[str, Any]) -> str:
    """The last four-digit postcode of the station's postal address ("" if it has none)."""
    found = re.findall(r"(?<!\d)\d{4}(?!\d)", _f(row, "Postal"))
    return found[-1] if found else ""


def coordinates(row: dict[str, Any]) -> tuple[str, str] | None:
    """The station's latitude and longitude as published, stripped (None where one is
    missing)."""
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    return (lat, lon) if lat and lon else None


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (none of SAPS's are)."""
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone and fax fields and of its e-mail
    address labelled. Each copy stands apart (no digit next to a number, no address character
    next to an address); the address is taken first, then the phone field, so a copy of the fax
    lying in a phone field's copy (or written where both are one number) is the phone's."""
    values = [("email", email(row)), ("phone", phone(row)), ("fax", fax(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (SAST)."""
    start = dt.datetime(2024, 1, 8, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    """An invented UUID (version 4)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _case(rng: random.Random, when: dt.datetime) -> str:
    """An invented SAPS case number (``CAS 123/06/2024``)."""
    return f"CAS {rng.randint(1, 899)}/{when:%m/%Y}"


def _json(doc: Any) -> str:
    """``doc`` as the layouts' JSON files write it (two-space indent, UTF-8 text)."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def ussd_response(row: dict[str, Any], rng: random.Random) -> str:
    """The HTTP response of a USSD station finder to an Africa's Talking callback: the status
    line and headers (an invented date and request id, the body's byte count) and the plain-text
    body, ``CON`` and a screen with the station's numbers and a menu to go on, or ``END`` and
    the numbers with the postal code as the session's last screen."""
    when = _when(rng)
    lines = [f"{station(row)} SAPS ({_f(row, 'province')})", f"Tel: {phone(row)}"]
    if fax(row):
        lines.append(f"Fax: {fax(row)}")
    if rng.random() < 0.5:
        body = "CON " + "\n".join([*lines, "1. SMS me these details", "2. Another station",
                                   "0. Back"])  # fmt: skip
    else:
        code = f"Postal code: {postcode(row)}" if postcode(row) else "Visit saps.gov.za"
        body = "END " + "\n".join([*lines, code])
    head = [
        "HTTP/1.1 200 OK",
        f"Date: {when.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} GMT",
        "Content-Type: text/plain; charset=utf-8",
        f"Content-Length: {len(body.encode('utf-8'))}",
        f"X-Request-Id: {rng.getrandbits(96):024x}",
        "Connection: close",
    ]
    return "\r\n".join(head) + "\r\n\r\n" + body


def ushahidi_post(row: dict[str, Any], rng: random.Random) -> str:
    """A post of an invented Ushahidi deployment mapping police stations, as the Platform's v3
    API returns it (``GET /api/v3/posts/{id}``): its id and URL, the survey (``form``), title,
    slug, ``content`` (prose naming the phone field and postal address), status, dates and
    locale, and ``values`` keyed by the survey fields' UUID keys (the station's SAPS id, phone,
    fax, e-mail, postal address and a ``location`` of its coordinates)."""
    when = _when(rng)
    post, form = rng.randint(120, 4800), rng.randint(2, 9)
    base = "https://saps-stations.api.ushahidi.io/api/v3"
    name = _f(row, "name")
    content = f"{name} police station. Phone {phone(row)}."
    if _f(row, "Postal"):
        content += f" Postal address: {_f(row, 'Postal')}."
    values: dict[str, list[Any]] = {_uuid(rng): [sid(row)], _uuid(rng): [phone(row)]}
    if fax(row):
        values[_uuid(rng)] = [fax(row)]
    if email(row):
        values[_uuid(rng)] = [email(row)]
    if _f(row, "Postal"):
        values[_uuid(rng)] = [_f(row, "Postal")]
    if coordinates(row):
        lat, lon = coordinates(row)
        values[_uuid(rng)] = [{"lat": float(lat), "lon": float(lon)}]
    slug = re.sub(r"[^a-z0-9]+", "-", f"{station(row)} police station".lower()).strip("-")
    doc = {
        "id": post,
        "url": f"{base}/posts/{post}",
        "user": None,
        "parent": None,
        "form": {"id": form, "url": f"{base}/forms/{form}"},
        "message": None,
        "color": None,
        "type": "report",
        "title": f"{name} SAPS",
        "slug": f"{slug}-{rng.getrandbits(40):x}",
        "content": content,
        "author_email": None,
        "author_realname": None,
        "status": "published",
        "created": f"{when:%Y-%m-%dT%H:%M:%S%z}",
        "updated": f"{when + dt.timedelta(minutes=rng.randint(5, 900)):%Y-%m-%dT%H:%M:%S%z}",
        "locale": "en_us",
        "values": values,
        "post_date": f"{when:%Y-%m-%dT%H:%M:%S%z}",
        "tags": [],
        "published_to": [],
        "completed_stages": [],
        "sets": [],
        "source": "web",
        "contact": None,
        "allowed_privileges": ["read", "search"],
    }
    return _json(doc)


def police_api_neighbourhood(row: dict[str, Any], rng: random.Random) -> str:
    """A station's area in the shape of a neighbourhood of the UK Police API
    (``/api/{force}/{neighbourhood}``): ``url_force`` (the station's SAPS page),
    ``contact_details`` (``telephone``, ``fax``, ``email``), ``name``, ``links``, ``centre``,
    ``locations`` (the station, its postal address and postcode), an HTML ``description``
    repeating the phone field, ``id`` (the province's code and SAPS's station id) and
    ``population``."""
    contact = {"telephone": phone(row)}
    if fax(row):
        contact["fax"] = fax(row)
    if email(row):
        contact["email"] = email(row)
    where = coordinates(row) or ("", "")
    name = _f(row, "name")
    description = (
        f"<p>The {html.escape(station(row), quote=False)} police station serves its precinct in "
        f"the {html.escape(_f(row, 'province'), quote=False)}. Call the community service "
        f"centre on {phone(row)}.</p>"
    )
    doc = {
        "url_force": _f(row, "page_url"),
        "contact_details": contact,
        "name": name,
        "links": [],
        "centre": {"latitude": where[0], "longitude": where[1]},
        "locations": [
            {
                "name": f"{station(row)} Police Station",
                "longitude": where[1],
                "postcode": postcode(row) or None,
                "address": _f(row, "Postal"),
                "latitude": where[0],
                "type": "station",
                "description": None,
            }
        ],
        "description": description,
        "id": f"{PROVINCES[_f(row, 'province')]}{sid(row)}",
        "population": str(rng.choice((0, rng.randint(4000, 180000)))),
    }
    return _json(doc)


def whatsapp_template(row: dict[str, Any], rng: random.Random) -> str:
    """The request body that creates a WhatsApp Business message template (Business Management
    API, ``POST /{WABA-ID}/message_templates``): a ``UTILITY`` template in English with a text
    ``HEADER``, a ``BODY`` giving the station's numbers, e-mail and postal address around two
    variables (the addressee and an invented case number, with their ``example``), a
    ``FOOTER`` and a ``URL`` button to the station's SAPS page."""
    when = _when(rng)
    body = [
        f"Dear {{{{1}}}}, the contact details of the {station(row)} police station are:",
        f"Tel: {phone(row)}",
    ]
    if fax(row):
        body.append(f"Fax: {fax(row)}")
    if email(row):
        body.append(f"Email: {email(row)}")
    if _f(row, "Postal"):
        body.append(f"Address: {_f(row, 'Postal')}")
    body.append("Please quote your case number {{2}} when you contact the station.")
    doc = {
        "name": f"saps_station_{sid(row)}_contacts",
        "language": "en",
        "category": "UTILITY",
        "components": [
            {"type": "HEADER", "format": "TEXT", "text": f"{_f(row, 'name')} SAPS"},
            {
                "type": "BODY",
                "text": "\n".join(body),
                "example": {"body_text": [["Sir/Madam", _case(rng, when)]]},
            },
            {"type": "FOOTER", "text": "South African Police Service"},
            {
                "type": "BUTTONS",
                "buttons": [{"type": "URL", "text": "Station page", "url": _f(row, "page_url")}],
            },
        ],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ussd_response": ussd_response,
    "ushahidi_post": ushahidi_post,
    "police_api_neighbourhood": police_api_neighbourhood,
    "whatsapp_template": whatsapp_template,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and fax fields and
    of its e-mail address labelled."""
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
