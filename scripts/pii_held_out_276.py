"""held_out_276 of the PII evaluation set: real phone and fax fields of a register no earlier part
used (Ontario's publicly funded schools in the Ministry of Education's School information and
student demographics table; Canada's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the table's own names, boards, addresses, postal codes, school
numbers, grades, enrolments and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
North American numbers from Canadian registers of Ontario's COVID-19 testing locations, WorkBC
Centres, Toronto's and British Columbia's child care facilities, Ontario's retirement homes,
provincial pharmacy rosters and Alberta's schools; here:

* the values are the ``Phone Number`` and ``Fax Number`` fields of 400 Ontario schools
  (``scripts/data/pii_ca_on_schools.json``, written by ``scripts/ca_on_schools_data.py``; source
  and licence in that file): North American numbers with no ``+1`` as the Ministry writes them,
  area code, exchange and line joined by hyphens (``705-945-7194``; 16 schools have no fax, two
  give one number for both, whose copies are labelled once, under the phone column), each copy
  labelled;
* the text around them is the same row's real fields: the school's name, number (six digits,
  ``019186``), level, language and grade range, its board's number (``B28010``), name and web
  site, its street, city and postal code (``P6A3M7``, in prose ``P6A 3M7``), its enrolment and
  coordinates, with invented Brightspace org unit ids, Hootsuite social profile ids and
  ten-digit message ids, Geotab zone ids and session ids, dates and times, unlabelled and scored;
* in layouts no earlier part has, the formats of four Canadian software firms that Ontario's
  schools and boards meet, text in English: D2L Brightspace Valence API news item requests
  (``POST /d2l/api/le/1.74/{orgUnitId}/news/``, an HTML announcement with a ``tel:`` link),
  Hootsuite REST API scheduled message requests and their responses (``POST /v1/messages``),
  Cohere Chat API v1 requests with grounding ``documents`` and ``chat_history`` (a school
  board's parent help bot), and MyGeotab JSON-RPC ``Add`` requests of a ``Zone`` (a student
  transportation fleet's school zone, its ``comment`` naming the office and fax numbers).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_276.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_on_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_276.jsonl.gz"
SPLIT = "held_out_276"

LAYOUTS = ("brightspace_news", "hootsuite_message", "cohere_chat", "geotab_zone")
PHONE = "Phone Number"
FAX = "Fax Number"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented announcements of a school's news feed: (title, first paragraph); ``{name}`` is the
# school's name (no real notice is meant)
NEWS_ELEMENTARY = (
    ("Kindergarten registration is now open",
     "Families with children born in 2021 can register for Junior Kindergarten at {name}."),
    ("Picture day", "Individual photos will be taken at {name} on {day}."),
    ("Parent-teacher interviews",
     "Interviews with your child's teacher at {name} take place on the evening of {day}."),
    ("Reporting an absence",
     "If your child will be absent or late, please let {name} know before 9:00 a.m."),
    ("Inclement weather: buses cancelled",
     "All buses to {name} are cancelled today; the school remains open for students."),
    ("Progress reports go home", "Elementary progress reports from {name} go home on {day}."),
)  # fmt: skip
NEWS_SECONDARY = (
    ("Course selection for next year",
     "Students at {name} choose their courses for next year by {day}."),
    ("Commencement ceremony", "The graduating class of {name} will celebrate on {day}."),
    ("Community involvement hours",
     "Students need 40 hours of community involvement for the OSSD; {name} collects the "
     "forms until {day}."),
    ("Reporting an absence",
     "If you will be absent or late, a parent or guardian should let {name} know before the "
     "first bell."),
    ("Inclement weather: buses cancelled",
     "All buses to {name} are cancelled today; the school remains open for students."),
    ("Exam schedule posted", "The exam schedule for {name} is posted; exams begin on {day}."),
)  # fmt: skip

# invented social posts: the sentence that stands before the number
POSTS = (
    "Kindergarten registration is open at {name}!",
    "Reminder: picture day at {name} is {day}.",
    "Our office at {name} reopens {day} after the break.",
    "Lost and found at {name} is overflowing; it goes to charity on {day}.",
    "Parent council meets at {name} on {day}. All families welcome!",
    "Bus cancellations today: {name} remains open.",
)

# invented questions of a parent to the board's help bot: (first question, follow-up)
QUESTIONS = (
    ("Where is {name}?", "What number do I call to report my child absent?"),
    ("Which school is {name} and what grades does it have?", "How can I reach the office?"),
    ("I'm new to the area. Is {name} an English or French school?",
     "Can I fax the registration forms? What is the fax number?"),
    ("What is the address of {name}?", "Who do I phone about the bus?"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the kept rows' does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields labelled, each
    under its column (each copy stands apart: no digit next to it); where the two fields hold
    one number, its copies are the phone field's."""
    return field_copies(
        text,
        [("phone", phone(row)), ("fax", fax(row))],
        {"phone": r"\d", "fax": r"\d"},
        {"phone": PHONE, "fax": FAX},
        row["path"],
        nested=True,
    )


def postal(row: dict[str, Any]) -> str:
    """The postal code as people write it, a space after the third character (``P6A 3M7``)."""
    code = _f(row, "Postal Code")
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code


def address(row: dict[str, Any]) -> str:
    """The street, city, province and postal code in one line
    (``250 Mark St, Sault Ste Marie, ON P6A 3M7``)."""
    street = ", ".join(v for v in (_f(row, "Building Suite"), _f(row, "Street")) if v)
    return f"{street}, {_f(row, 'City')}, ON {postal(row)}"


def board_slug(row: dict[str, Any]) -> str:
    """The board's short name from its web site's host (``www.adsb.on.ca`` -> ``adsb``)."""
    site = re.sub(r"^https?://", "", _f(row, "Board Website")).split("/")[0]
    parts = [p for p in site.lower().split(".") if p and p != "www"]
    return re.sub(r"[^a-z0-9]", "", parts[0]) if parts else "board"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the 2024-2025 school year (UTC)."""
    start = dt.datetime(2024, 9, 3, tzinfo=dt.UTC)
    return start + dt.timedelta(
        days=rng.randint(0, 290), hours=rng.randint(11, 21), minutes=rng.choice((0, 15, 30, 45))
    )


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _day(moment: dt.datetime, rng: random.Random) -> str:
    """A day a week or two after ``moment``, as a notice writes it (``Thursday, October 17``)."""
    later = moment + dt.timedelta(days=rng.randint(5, 20))
    return f"{later:%A}, {later:%B} {later.day}"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _request(method: str, path: str, host: str, body: Any) -> str:
    """An HTTP/1.1 request with a JSON body, as a client's debug log writes it."""
    return "\n".join(
        [
            f"{method} {path} HTTP/1.1",
            f"Host: {host}",
            "Content-Type: application/json",
            "Accept: application/json",
            "",
            _json(body),
            "",
        ]
    )


def brightspace_news(row: dict[str, Any], rng: random.Random) -> str:
    """A D2L Brightspace Valence Learning Environment API request that posts a news item to the
    school's org unit (``POST /d2l/api/le/1.74/{orgUnitId}/news/`` on the board's Virtual
    Learning Environment host): a ``NewsItemData`` body with the ``Title``, an HTML ``Body``
    (the announcement, the office number as a ``tel:`` link whose text repeats it, the fax
    where the row has one, the address), ``StartDate``, a null ``EndDate`` and the flags."""
    name, tel, fx = _f(row, "School Name"), phone(row), fax(row)
    when = _when(rng)
    pool = NEWS_SECONDARY if _f(row, "School Level") == "Secondary" else NEWS_ELEMENTARY
    title, lead = rng.choice(pool)
    lead = lead.format(name=escape(name), day=_day(when, rng))
    contact = f'Questions? Call the school office at <a href="tel:{tel}">{tel}</a>'
    contact += f" or fax {fx}." if fx and fx != tel else "."
    html = f"<p>{lead}</p><p>{contact}</p><p>{escape(name)}<br />{escape(address(row))}</p>"
    body = {
        "Title": title,
        "Body": {"Content": html, "Type": "Html"},
        "StartDate": _iso(when),
        "EndDate": None,
        "IsGlobal": False,
        "IsPublished": True,
        "ShowOnlyInCourseOfferings": False,
        "IsAuthorInfoShown": False,
    }
    org_unit = rng.randint(6650, 489999)
    host = f"{board_slug(row)}.elearningontario.ca"
    return _request("POST", f"/d2l/api/le/1.74/{org_unit}/news/", host, body)


def _hashtag(row: dict[str, Any]) -> str:
    """The board's name as a hashtag (``Algoma DSB`` -> ``#AlgomaDSB``)."""
    return "#" + re.sub(r"[^A-Za-z0-9]", "", _f(row, "Board Name"))


def hootsuite_message(row: dict[str, Any], rng: random.Random) -> str:
    """A Hootsuite REST API request that schedules a social post of the board
    (``POST /v1/messages`` on ``platform.hootsuite.com``: ``text``, ``socialProfileIds``,
    ``scheduledSendTime``, ``emailNotification``, the school's coordinates as ``location``) and
    the API's response (``data`` with the message's ten-digit ``id``, ``state`` ``SCHEDULED``
    and its social profile)."""
    name, tel, fx = _f(row, "School Name"), phone(row), fax(row)
    when = _when(rng)
    lead = rng.choice(POSTS).format(name=name, day=_day(when, rng))
    text = f"{lead} Questions? Call {tel}."
    if fx and fx != tel and rng.random() < 0.3:
        text += f" Forms can be faxed to {fx}."
    text += f" {_hashtag(row)}"
    profiles = [str(rng.randint(110000000, 139999999)) for _ in range(rng.choice((1, 1, 2)))]
    request = {
        "text": text,
        "socialProfileIds": profiles,
        "scheduledSendTime": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "emailNotification": False,
        "location": {
            "latitude": float(_f(row, "Latitude")),
            "longitude": float(_f(row, "Longitude")),
        },
    }
    response = {
        "data": [
            {
                "id": str(rng.randint(8000000000, 9999999999)),
                "state": "SCHEDULED",
                "socialProfile": {"id": profile},
            }
            for profile in profiles
        ]
    }
    return "\n".join(
        [
            _request("POST", "/v1/messages", "platform.hootsuite.com", request),
            "HTTP/1.1 200 OK",
            "Content-Type: application/json",
            "",
            _json(response),
            "",
        ]
    )


def _grades(row: dict[str, Any]) -> str:
    value = _f(row, "Grade Range")
    return f"grades {value}" if value else "grades not listed"


def cohere_chat(row: dict[str, Any], rng: random.Random) -> str:
    """A Cohere Chat API v1 request of a board's parent help bot (``POST /v1/chat`` on
    ``api.cohere.com``): the ``model``, the parent's ``message``, a ``preamble``, a
    ``chat_history`` whose ``CHATBOT`` turn gives the office number, and one grounding
    document of the school (``id`` by its school number, ``title``, a ``snippet`` with the
    phone and fax, ``url``)."""
    name, tel, fx = _f(row, "School Name"), phone(row), fax(row)
    first, follow = rng.choice(QUESTIONS)
    level = _f(row, "School Level").lower()
    language = _f(row, "School Language")
    article = "an" if language == "English" else "a"
    reply = (
        f"{name} is {article} {language} {level} school ({_grades(row)}) of the "
        f"{_f(row, 'Board Name')} at {_f(row, 'Street')} in {_f(row, 'City')}. You can reach "
        f"the office at {tel}."
    )
    snippet = (
        f"{name}. {language} {level} school, {_grades(row)}, {_f(row, 'School Type')}. "
        f"Board: {_f(row, 'Board Name')} ({_f(row, 'Board Number')}). "
        f"Address: {address(row)}. Phone: {tel}."
    )
    if fx and fx != tel:
        snippet += f" Fax: {fx}."
    if _f(row, "Enrolment").isdigit():
        snippet += f" Enrolment: {_f(row, 'Enrolment')}."
    document = {"id": f"school-{_f(row, 'School Number')}", "title": name, "snippet": snippet}
    if _f(row, "School Website"):
        document["url"] = _f(row, "School Website")
    body = {
        "model": rng.choice(("command-r-08-2024", "command-r-plus-08-2024")),
        "message": follow,
        "preamble": f"You answer parents' questions about the schools of the "
        f"{_f(row, 'Board Name')} using only the documents provided.",
        "chat_history": [
            {"role": "USER", "message": first.format(name=name)},
            {"role": "CHATBOT", "message": reply},
        ],
        "documents": [document],
        "temperature": rng.choice((0.2, 0.3)),
    }
    return _request("POST", "/v1/chat", "api.cohere.com", body)


def _session(rng: random.Random) -> str:
    """An invented MyGeotab session id (22 characters)."""
    return "".join(rng.choice(string.ascii_letters + "-_") for _ in range(22))


def geotab_zone(row: dict[str, Any], rng: random.Random) -> str:
    """A MyGeotab JSON-RPC request (``POST /apiv1`` on ``my.geotab.com``) that adds the school
    as a customer ``Zone`` of a student transportation fleet: ``name``, a ``comment`` with the
    address, office number, fax where the row has one, and grades, the school number as
    ``externalReference``, the zone type, a small square of ``points`` around the school's
    coordinates (``x`` longitude, ``y`` latitude), the active span, flags, fill colour and
    group, and the ``credentials`` (an invented database, user name and session id)."""
    name, tel, fx = _f(row, "School Name"), phone(row), fax(row)
    lat, lon = float(_f(row, "Latitude")), float(_f(row, "Longitude"))
    d = rng.choice((0.0006, 0.0008, 0.001))
    corners = ((-d, -d), (-d, d), (d, d), (d, -d), (-d, -d))
    points = [{"x": round(lon + dx, 6), "y": round(lat + dy, 6)} for dx, dy in corners]
    comment = f"{address(row)} | Office {tel}"
    if fx and fx != tel:
        comment += f" | Fax {fx}"
    comment += f" | Grades {_f(row, 'Grade Range')}" if _f(row, "Grade Range") else ""
    entity = {
        "name": name,
        "comment": comment,
        "externalReference": _f(row, "School Number"),
        "zoneTypes": [{"id": "ZoneTypeCustomerId"}],
        "points": points,
        "activeFrom": "1986-01-01T00:00:00.000Z",
        "activeTo": "2050-01-01T00:00:00.000Z",
        "mustIdentifyStops": True,
        "displayed": True,
        "fillColor": {"r": 255, "g": 165, "b": 0, "a": 191},
        "groups": [{"id": "GroupCompanyId"}],
    }
    body = {
        "method": "Add",
        "params": {
            "typeName": "Zone",
            "entity": entity,
            "credentials": {
                "database": f"{board_slug(row)}_transport",
                "userName": "zone-sync",
                "sessionId": _session(rng),
            },
        },
    }
    return _request("POST", "/apiv1", "my.geotab.com", body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "brightspace_news": brightspace_news,
    "hootsuite_message": hootsuite_message,
    "cohere_chat": cohere_chat,
    "geotab_zone": geotab_zone,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
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
