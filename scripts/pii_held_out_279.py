"""held_out_279 of the PII evaluation set: real phone fields of SAMHSA's treatment facilities
(the United States' Behavioral Health Treatment Services Locator; the country's earlier parts
took other registers) exactly as published, in layouts no earlier part has, beside the
locator's own facility names, addresses, ZIP codes and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of the US (CMS's hospitals, New York City's and Texas's
schools, HIFLD's colleges, IMLS's museums, HUD's housing agencies, the NPS's parks, Chicago's
health centers and others) and many other countries; here:

* the values are the ``Phone`` fields of 240 substance use and 240 mental health treatment
  facilities of California, Nevada and Oregon (``scripts/data/pii_us_samhsa_locator.json``,
  written by ``scripts/us_samhsa_locator_data.py``; source and licence in that file): North
  American numbers with no ``+1``, the area code, exchange and line joined by hyphens
  (``408-885-5400``), 51 with an extension after `` x`` (``323-769-7100 x1234``: the number
  is labelled, the extension is not; where a layout has an extension field of its own the
  number and the extension stand in their two fields); each copy labelled;
* the text around them is the same row's real fields: the facility's name (the locator's
  ``name1: name2``; a ``\\/`` kept as published), street, city, state, ZIP code, latitude and
  longitude, with invented record ids, data access groups, NPIs (ten digits, Luhn-valid with
  the ``80840`` prefix), RingCentral chat, post and person ids, Reddit post ids, scores and
  dates, unlabelled and scored;
* in layouts no earlier part has, of the facilities' field and of the United States, text in
  English: REDCap API record imports (``content=record``, ``format=json``, ``type=flat``) of a
  county's treatment capacity inventory project (``fac_phone`` and ``fac_phone_ext`` apart, a
  ``contact_notes`` text repeating the number as published), VA Lighthouse Facilities API
  community care provider answers (``GET /services/va_facilities/v1/ccp/provider``, the
  facility as a ``provider`` with ``caresitePhone`` and ``phone``), Reddit API listings of a
  city subreddit's AutoModerator resource post (``selftext`` in Markdown and its
  ``selftext_html`` escaped) and RingCentral Team Messaging API posts of a care navigation
  team's chat (the ``text`` naming the number and a ``Card`` attachment's ``Phone`` field).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_279.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_samhsa_locator.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_279.jsonl.gz"
SPLIT = "held_out_279"

LAYOUTS = ("redcap_import", "va_ccp_provider", "reddit_listing", "ringcentral_post")
PHONE = "Phone"

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented navigation team names (no real team is meant)
TEAMS = ("Intake & Referral", "Care Navigation", "Crisis Follow-up", "Warm Handoff Desk")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published (with its extension, if any)."""
    return _f(row, PHONE)


def number(row: dict[str, Any]) -> str:
    """The phone field's number, without its extension (``323-769-7100``)."""
    return phone(row).split(" x")[0]


def extension(row: dict[str, Any]) -> str:
    """The phone field's extension (``1234``), "" where it has none."""
    return phone(row).split(" x")[1] if " x" in phone(row) else ""


def name(row: dict[str, Any]) -> str:
    return _f(row, "Name")


def zip_code(row: dict[str, Any]) -> str:
    """The ZIP code (``ZIP`` in the substance use list, ``ZipCode`` in the mental health one)."""
    return _f(row, "ZIP") or _f(row, "ZipCode")


def substance(row: dict[str, Any]) -> bool:
    """Whether the row is of the substance use list (else the mental health one)."""
    return row["path"].startswith("js/Substance_abuse_facilities.js")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number (with or without its
    extension) labelled (each copy stands apart: no digit next to it)."""
    return field_copies(text, [("phone", number(row))], {"phone": r"\d"}, {"phone": PHONE},
                        row["path"])  # fmt: skip


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 16, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _kind(row: dict[str, Any]) -> str:
    return "substance use treatment" if substance(row) else "mental health treatment"


def _address(row: dict[str, Any]) -> str:
    return f"{_f(row, 'Street')}, {_f(row, 'City')}, {_f(row, 'State')} {zip_code(row)}"


def _npi(rng: random.Random) -> str:
    """An invented organization NPI: ten digits, the check digit by Luhn over ``80840`` and
    the first nine."""
    body = str(rng.choice((1, 2))) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    digits = [int(c) for c in "80840" + body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += sum(divmod(d * 2, 10)) if i % 2 == 0 else d
    return body + str((10 - total % 10) % 10)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _number(text: str) -> Any:
    """A coordinate as the file writes it, as a JSON number."""
    return float(text) if text else None


def redcap_import(row: dict[str, Any], rng: random.Random) -> str:
    """A REDCap API "Import Records" request (``content=record``, ``format=json``,
    ``type=flat``) as the API Playground shows it: the request's parameters as comment lines
    and its ``data``, one flat record of an invented county behavioral health capacity
    inventory project: an invented record id and data access group, the facility's name,
    kind (a radio's coded value), street, city, state, ZIP code, the number in ``fac_phone``
    and the extension in ``fac_phone_ext``, coordinates, an invented visit date and a
    ``contact_notes`` text repeating the field as published, the form's status ``2``."""
    when = _when(rng)
    dag = {"CA": "ca_region", "NV": "nv_region", "OR": "or_region"}.get(_f(row, "State"), "other")
    record_id = f"{rng.randint(10, 99)}-{rng.randint(1, 999)}"
    beds = rng.choice(("", str(rng.randint(6, 64))))
    notes = (
        f"Called the intake line {phone(row)} on {when:%m/%d/%Y}; "
        + rng.choice(
            (
                "accepting referrals",
                "waitlist about two weeks",
                "walk-ins on weekdays",
                "call ahead for an assessment",
            )
        )  # fmt: skip
        + "."
    )
    record = {
        "record_id": record_id,
        "redcap_data_access_group": dag,
        "fac_name": name(row),
        "fac_type": "1" if substance(row) else "2",
        "fac_street": _f(row, "Street"),
        "fac_city": _f(row, "City"),
        "fac_state": _f(row, "State"),
        "fac_zip": zip_code(row),
        "fac_phone": number(row),
        "fac_phone_ext": extension(row),
        "fac_lat": _f(row, "Latitude"),
        "fac_lon": _f(row, "Longitude"),
        "res_beds": beds,
        "visit_date": f"{when:%Y-%m-%d}",
        "contact_notes": notes,
        "facility_inventory_complete": "2",
    }
    token = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    lines = [
        "# POST https://redcap.example.org/api/",
        f"# token={token[:4]}…{token[-4:]}",
        "# content=record",
        "# action=import",
        "# format=json",
        "# type=flat",
        "# overwriteBehavior=normal",
        "# forceAutoNumber=false",
        "# returnContent=count",
        "# data=",
    ]
    return "\n".join(lines) + "\n" + _json([record])


def va_ccp_provider(row: dict[str, Any], rng: random.Random) -> str:
    """A VA Lighthouse Facilities API answer to ``GET /services/va_facilities/v1/ccp/provider``
    (community care providers near a point, by specialty): one ``provider`` whose attributes
    are the facility's address, coordinates, name, ``caresitePhone`` and ``phone`` (the field
    as published), an invented NPI as ``uniqueId``, and the answer's ``links`` and
    ``meta.pagination``."""
    uid = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    lat, lon = _f(row, "Latitude"), _f(row, "Longitude")
    specialty = "261QR0405X" if substance(row) else "261QM0801X"
    query = (
        f"latitude={lat}&longitude={lon}&radius={rng.choice((10, 25, 50))}"
        f"&specialties[]={specialty}&page=1&per_page=10"
    )
    base = "https://sandbox-api.va.gov/services/va_facilities/v1/ccp/provider"
    total = rng.randint(1, 9)
    doc = {
        "data": [
            {
                "id": uid,
                "type": "provider",
                "attributes": {
                    "acceptingNewPatients": rng.choice(("true", "false")),
                    "address": {
                        "street": _f(row, "Street"),
                        "city": _f(row, "City"),
                        "state": _f(row, "State"),
                        "zip": zip_code(row),
                    },
                    "caresitePhone": phone(row),
                    "email": None,
                    "fax": None,
                    "gender": "NotSpecified",
                    "lat": _number(lat),
                    "long": _number(lon),
                    "name": name(row),
                    "phone": phone(row),
                    "posCodes": None,
                    "prefContact": None,
                    "uniqueId": _npi(rng),
                },
            }
        ],
        "links": {
            "self": f"{base}?{query}",
            "first": f"{base}?{query}",
            "prev": None,
            "next": None,
            "last": f"{base}?{query}",
        },
        "meta": {
            "pagination": {
                "currentPage": 1,
                "perPage": 10,
                "totalPages": 1,
                "totalEntries": total,
            },  # fmt: skip
        },
    }
    return _json(doc)


def _subreddit(row: dict[str, Any]) -> str:
    """A city or state subreddit for the row's place (by state and latitude)."""
    state, lat = _f(row, "State"), float(_f(row, "Latitude") or 0)
    if state == "NV":
        return "vegas"
    if state == "OR":
        return "oregon"
    if lat >= 36.5:
        return "bayarea"
    return "sandiego" if lat < 33.4 else "LosAngeles"


def _id36(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def reddit_listing(row: dict[str, Any], rng: random.Random) -> str:
    """A Reddit API ``Listing`` (``/r/{subreddit}/new.json``) of one ``t3`` link, a
    moderators' AutoModerator resource post naming the facility: its ``selftext`` in
    Markdown (name, address, the number as published, what it treats) and the same as
    ``selftext_html`` (HTML escaped, as the API writes it), an invented post id, time,
    score and comment count."""
    when = _when(rng)
    sub = _subreddit(row)
    pid = _id36(rng, 7)
    what = "substance use" if substance(row) else "mental health"
    title = f"Resource spotlight: {what} treatment in {_f(row, 'City')}"
    slug = "_".join(title.lower().replace(":", "").split())[:50]
    selftext = (
        f"This week's spotlight from the sidebar's treatment list:\n\n"
        f"**{name(row)}**\n\n"
        f"* Address: {_address(row)}\n"
        f"* Phone: {phone(row)}\n"
        f"* Type: {_kind(row)}\n\n"
        f"Listed in SAMHSA's locator (findtreatment.gov). Call ahead to check intake hours. "
        f"In a crisis, call or text 988.\n\n"
        f"*I am a bot, and this action was performed automatically. Please contact the "
        f"moderators of this subreddit if you have any questions or concerns.*"
    )
    body = (
        f"<p>This week&#39;s spotlight from the sidebar&#39;s treatment list:</p>\n\n"
        f"<p><strong>{html.escape(name(row), quote=False)}</strong></p>\n\n"
        f"<ul>\n<li>Address: {html.escape(_address(row), quote=False)}</li>\n"
        f"<li>Phone: {phone(row)}</li>\n<li>Type: {_kind(row)}</li>\n</ul>\n\n"
        f"<p>Listed in SAMHSA&#39;s locator (findtreatment.gov). Call ahead to check intake "
        f"hours. In a crisis, call or text 988.</p>\n\n"
        f"<p><em>I am a bot, and this action was performed automatically. Please contact the "
        f"moderators of this subreddit if you have any questions or concerns.</em></p>\n"
    )
    selftext_html = (
        '&lt;!-- SC_OFF --&gt;&lt;div class="md"&gt;'
        + html.escape(body, quote=False)
        + "&lt;/div&gt;&lt;!-- SC_ON --&gt;"
    )
    post = {
        "subreddit": sub,
        "selftext": selftext,
        "author_fullname": "t2_6l4z3",
        "title": title,
        "link_flair_text": "Resources",
        "name": f"t3_{pid}",
        "score": rng.randint(3, 240),
        "is_self": True,
        "created_utc": float(int(when.timestamp())),
        "selftext_html": selftext_html,
        "id": pid,
        "author": "AutoModerator",
        "num_comments": rng.randint(0, 38),
        "permalink": f"/r/{sub}/comments/{pid}/{slug}/",
        "url": f"https://www.reddit.com/r/{sub}/comments/{pid}/{slug}/",
        "stickied": True,
        "distinguished": "moderator",
    }
    doc = {
        "kind": "Listing",
        "data": {
            "after": None,
            "dist": 1,
            "modhash": "",
            "geo_filter": "",
            "children": [{"kind": "t3", "data": post}],
            "before": None,
        },
    }
    return _json(doc)


def ringcentral_post(row: dict[str, Any], rng: random.Random) -> str:
    """A RingCentral Team Messaging API post (the answer to ``POST
    /team-messaging/v1/chats/{chatId}/posts``) in a care navigation team's chat: invented
    post, chat and person ids and times, a ``text`` naming the facility and the number as
    published, and a ``Card`` attachment with the facility's name, address and ``Phone``
    field (the number and, where it has one, the extension in a field of its own)."""
    when = _when(rng)
    team = rng.choice(TEAMS)
    text = (
        f"Referral line for {name(row)} ({_kind(row)}): {phone(row)}. "
        + rng.choice(
            (
                "Confirmed they take Medi-Cal.",
                "They asked us to call before sending anyone over.",
                "Intake is by phone screening first.",
                "Spanish-speaking staff on site.",
            )
        )  # fmt: skip
    )
    fields = [
        {"title": "Address", "value": _address(row), "style": "Long"},
        {"title": "Phone", "value": number(row), "style": "Short"},
    ]
    if extension(row):
        fields.append({"title": "Ext.", "value": extension(row), "style": "Short"})
    fields.append({"title": "Type", "value": _kind(row), "style": "Short"})
    stamp = f"{when:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z"
    doc = {
        "id": str(rng.randint(10**9, 10**10 - 1)),
        "groupId": str(rng.randint(10**8, 10**9 - 1)),
        "type": "TextMessage",
        "text": text,
        "creatorId": str(rng.randint(10**8, 10**9 - 1)),
        "addedPersonIds": [],
        "creationTime": stamp,
        "lastModifiedTime": stamp,
        "attachments": [
            {
                "id": str(rng.randint(10**9, 10**10 - 1)),
                "type": "Card",
                "fallback": f"{name(row)}: {_kind(row)}",
                "color": "#0684BD",
                "intro": f"Shared to {team}",
                "title": name(row),
                "fields": fields,
                "footnote": {"text": "Source: SAMHSA treatment locator"},
            }
        ],
        "mentions": [],
        "activity": None,
        "title": None,
        "iconUri": None,
        "iconEmoji": None,
        "eventType": "PostAdded",
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "redcap_import": redcap_import,
    "va_ccp_provider": va_ccp_provider,
    "reddit_listing": reddit_listing,
    "ringcentral_post": ringcentral_post,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its number labelled."""
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
