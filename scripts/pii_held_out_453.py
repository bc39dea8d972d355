"""held_out_453 of the PII evaluation set: real phone fields of a list no earlier part used (the
covid-19-au project's map data of COVID-19 clinics, testing sites and hospitals of 2020;
Australia's earlier parts took Western Australia's schools list, the NSW Department of
Education's public schools, the Australian Library Map's public libraries, the Victorian
Department of Education's school locations, a pharmacy finder, Queensland's TMR customer
service centres and Queensland's Justice of the Peace signing sites) exactly as published, in
layouts no earlier part has, beside the list's own names, addresses, states, site kinds and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``hospitalPhone`` of 132 places (``scripts/data/pii_au_covid_clinics.json``,
  written by ``scripts/au_covid_clinics_data.py``; source and licence in that file):
  Australian numbers as the project's map writes them, the area code in brackets
  (``(02) 5124 9977``), five 1300 and 1800 numbers (``1300 744 284``) and five in other
  spacings; every copy labelled; the list has no e-mail field;
* the text around them is the same row's real fields: the place's name, street address (with
  its postcode where the list gives one), state, site kind (``Fever Clinics``) and
  coordinates, with invented ids, hashes, etags, epoch seconds (``_ts``), opening hours and
  dates of 2020, unlabelled and scored;
* in layouts no earlier part has, in English, documents of the services a volunteer
  clinic-finder site could keep the list in (their fields written from the helper's memory of
  the products' public documentation, which could not be read when the part was made):
  Atlassian Statuspage Manage API incident answers (``GET /v1/pages/{page_id}/incidents/
  {incident_id}``: an incident on the place's component, one ``incident_updates`` body giving
  the number, the component's description repeating it), Azure Cosmos DB (NoSQL API) documents
  (``GET /dbs/{db}/colls/{coll}/docs/{id}``: the place with a GeoJSON ``Point``, ``phone`` and
  a ``notes`` repeating it, and the system properties ``_rid``, ``_self``, ``_etag``,
  ``_attachments``, ``_ts``), DatoCMS Content Management API item answers (JSON:API ``data``
  of ``type`` ``item``: ``attributes`` with a ``lat_lon`` field, ``relationships`` to its
  ``item_type`` and ``creator``, ``meta`` with the publication status) and Appwrite Databases
  documents (``GET /v1/databases/{databaseId}/collections/{collectionId}/documents/
  {documentId}``: ``$id``, ``$collectionId``, ``$databaseId``, ``$createdAt``, ``$updatedAt``,
  ``$permissions`` and the place's attributes).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_453.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_au_covid_clinics.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_453.jsonl.gz"
SPLIT = "held_out_453"

LAYOUTS = ("statuspage_incident", "cosmos_document", "datocms_item", "appwrite_document")
PHONE = "hospitalPhone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
AEST = dt.timezone(dt.timedelta(hours=10))
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

STATES = {
    "New South Wales": "NSW", "Victoria": "VIC", "Queensland": "QLD", "South Australia": "SA",
    "Western Australia": "WA", "Tasmania": "TAS", "ACT": "ACT", "Northern Territory": "NT",
}  # fmt: skip
HOURS = (
    "Mon-Fri 9am-5pm",
    "Daily 8am-8pm",
    "Mon-Fri 8:30am-4:30pm, Sat-Sun 9am-1pm",
    "Daily 9am-4pm",
    "Mon-Sun 10am-6pm",
)
CHANGES = (
    ("Changed opening hours", "is open with changed hours"),
    ("Temporarily closed for cleaning", "is temporarily closed for cleaning"),
    ("Long wait times", "has long wait times this afternoon"),
    ("Referral now needed", "now tests by GP referral only"),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The place's number as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's phone."""
    return [(PHONE, phone(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def kind(row: dict[str, Any]) -> str:
    """The place's kind as the list gives it (``COVID-19 clinic`` where it gives none)."""
    return _f(row, "hospitalType") or "COVID-19 clinic"


def state_code(row: dict[str, Any]) -> str:
    """The state's abbreviation (``NSW``)."""
    return STATES[_f(row, "state")]


def lat_lon(row: dict[str, Any]) -> tuple[float, float]:
    """The place's latitude and longitude (the list's strings as numbers)."""
    lat, lon = _f(row, "coor").split(",")
    return float(lat), float(lon)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of autumn 2020 (Australian Eastern Standard Time)."""
    day = dt.datetime(2020, 3, 23, tzinfo=AEST) + dt.timedelta(days=rng.randint(0, 70))
    return day + dt.timedelta(
        hours=rng.randint(7, 19), seconds=rng.randint(0, 3599), milliseconds=rng.randint(0, 999)
    )


def _id(rng: random.Random, n: int, chars: str = ALNUM) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def _iso(moment: dt.datetime, ms: bool = False) -> str:
    """``moment`` in UTC as ISO 8601 with a ``Z`` (``.000Z`` with ``ms``)."""
    utc = moment.astimezone(dt.UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}" + (f".{utc.microsecond // 1000:03d}Z" if ms else "Z")


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    h = _id(rng, 32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def statuspage_incident(row: dict[str, Any], rng: random.Random) -> str:
    """An Atlassian Statuspage Manage API answer (``GET /v1/pages/{page_id}/incidents/
    {incident_id}``): an invented incident on the place's component (``name``, ``status``
    ``monitoring``, ``impact`` ``minor``, times, ``shortlink``, ids of twelve characters), one
    ``incident_updates`` entry whose ``body`` names the place, its address and kind and gives
    its number, ``affected_components``, and the ``components`` entry of the place whose
    ``description`` gives the address and the number again."""
    when = _when(rng)
    page, incident, update, comp, group = (_id(rng, 12) for _ in range(5))
    title, phrase = rng.choice(CHANGES)
    name, number = _f(row, "name"), phone(row)
    body = (
        f"{name} ({kind(row)}), {_f(row, 'address')}, {phrase}. Please call the clinic on "
        f"{number} before you travel. We will post an update when normal hours resume."
    )
    created = _iso(when, ms=True)
    component = {
        "id": comp,
        "page_id": page,
        "group_id": group,
        "created_at": _iso(when - dt.timedelta(days=rng.randint(10, 40)), ms=True),
        "updated_at": created,
        "group": False,
        "name": name,
        "description": f"{_f(row, 'address')} ({state_code(row)}). Ph {number}",
        "position": rng.randint(1, 60),
        "status": "partial_outage",
        "showcase": True,
        "only_show_if_degraded": False,
        "start_date": None,
    }
    doc = {
        "id": incident,
        "components": [component],
        "created_at": created,
        "impact": "minor",
        "impact_override": None,
        "incident_updates": [
            {
                "id": update,
                "incident_id": incident,
                "affected_components": [
                    {
                        "code": comp,
                        "name": name,
                        "old_status": "operational",
                        "new_status": "partial_outage",
                    }
                ],
                "body": body,
                "created_at": created,
                "custom_tweet": None,
                "deliver_notifications": True,
                "display_at": created,
                "status": "monitoring",
                "tweet_id": None,
                "twitter_updated_at": None,
                "updated_at": created,
                "wants_twitter_update": False,
            }
        ],
        "metadata": {},
        "monitoring_at": created,
        "name": f"{name}: {title}",
        "page_id": page,
        "postmortem_body": None,
        "postmortem_body_last_updated_at": None,
        "postmortem_ignored": False,
        "postmortem_notified_subscribers": False,
        "postmortem_notified_twitter": False,
        "postmortem_published_at": None,
        "resolved_at": None,
        "scheduled_auto_completed": False,
        "scheduled_auto_in_progress": False,
        "scheduled_for": None,
        "auto_transition_deliver_notifications_at_end": None,
        "auto_transition_deliver_notifications_at_start": None,
        "auto_transition_to_maintenance_state": None,
        "auto_transition_to_operational_state": None,
        "scheduled_remind_prior": False,
        "scheduled_reminded_at": None,
        "scheduled_until": None,
        "shortlink": f"https://stspg.io/{_id(rng, 5)}",
        "status": "monitoring",
        "updated_at": created,
        "reminder_intervals": None,
    }
    return _json(doc)


def _rid(rng: random.Random) -> tuple[str, str, str]:
    """Invented Cosmos DB resource ids: the database's, the container's and the document's."""
    db = rng.randbytes(4)
    coll = db + rng.randbytes(4)
    doc = coll + rng.randbytes(4) + bytes(4)
    enc = base64.b64encode
    return enc(db).decode(), enc(coll).decode(), enc(doc).decode()


def cosmos_document(row: dict[str, Any], rng: random.Random) -> str:
    """An Azure Cosmos DB (NoSQL API) document as ``GET /dbs/{db}/colls/{coll}/docs/{id}``
    returns it: an invented ``id`` (a UUID), the partition key ``state`` (the abbreviation),
    the place's name, kind, address, state, ``phone``, a GeoJSON ``Point`` of its coordinates,
    invented opening hours and a ``notes`` repeating the number, then the system properties
    ``_rid``, ``_self``, ``_etag``, ``_attachments`` and ``_ts`` (epoch seconds)."""
    when = _when(rng)
    lat, lon = lat_lon(row)
    db, coll, doc_rid = _rid(rng)
    etag = f'"{_id(rng, 8, HEX)}-0000-1a00-0000-{_id(rng, 12, HEX)}"'
    doc = {
        "id": _uuid(rng),
        "state": state_code(row),
        "name": _f(row, "name"),
        "siteType": kind(row),
        "address": _f(row, "address"),
        "stateName": _f(row, "state"),
        "phone": phone(row),
        "location": {"type": "Point", "coordinates": [lon, lat]},
        "openingHours": rng.choice(HOURS),
        "walkIn": rng.random() < 0.5,
        "notes": f"Call {phone(row)} to check testing criteria before attending.",
        "lastVerified": f"{when:%Y-%m-%d}",
        "_rid": doc_rid,
        "_self": f"dbs/{db}/colls/{coll}/docs/{doc_rid}/",
        "_etag": etag,
        "_attachments": "attachments/",
        "_ts": int(when.timestamp()),
    }
    return _json(doc)


def datocms_item(row: dict[str, Any], rng: random.Random) -> str:
    """A DatoCMS Content Management API answer (``GET /items/{item_id}``, JSON:API): ``data``
    of ``type`` ``item`` with an invented id, ``attributes`` (the place's name, kind, address,
    state, ``phone``, a ``lat_lon`` ``location`` of ``latitude`` and ``longitude``, invented
    hours and a ``walk_in`` flag), ``relationships`` to its ``item_type`` and ``creator``
    (invented ids), and ``meta`` with the publication times and status."""
    when = _when(rng)
    lat, lon = lat_lon(row)
    published = _iso(when + dt.timedelta(minutes=rng.randint(1, 50)), ms=True)
    doc = {
        "data": {
            "id": _id(rng, 22, B64 + "-"),
            "type": "item",
            "attributes": {
                "name": _f(row, "name"),
                "site_type": kind(row),
                "address": _f(row, "address"),
                "state": state_code(row),
                "phone": phone(row),
                "location": {"latitude": lat, "longitude": lon},
                "opening_hours": rng.choice(HOURS),
                "walk_in": rng.random() < 0.5,
                "slug": "-".join(_f(row, "name").lower().replace(",", " ").split())[:60],
            },
            "relationships": {
                "item_type": {"data": {"type": "item_type", "id": str(rng.randint(10**5, 10**7))}},
                "creator": {"data": {"type": "access_token", "id": str(rng.randint(1000, 99999))}},
            },
            "meta": {
                "created_at": _iso(when, ms=True),
                "updated_at": published,
                "published_at": published,
                "first_published_at": published,
                "publication_scheduled_at": None,
                "unpublishing_scheduled_at": None,
                "status": "published",
                "is_valid": True,
                "is_current_version_valid": True,
                "is_published_version_valid": True,
                "current_version": _id(rng, 22, B64 + "_"),
                "stage": None,
            },
        }
    }
    return _json(doc)


def appwrite_document(row: dict[str, Any], rng: random.Random) -> str:
    """An Appwrite Databases answer (``GET /v1/databases/{databaseId}/collections/
    {collectionId}/documents/{documentId}``): ``$id`` (invented, twenty hex characters),
    ``$collectionId`` ``testing_sites``, ``$databaseId`` ``covid``, ``$createdAt`` and
    ``$updatedAt`` (ISO 8601 with the offset), ``$permissions`` and the place's name, kind,
    address, state, ``phone`` and coordinates."""
    when = _when(rng)
    lat, lon = lat_lon(row)
    updated = when + dt.timedelta(days=rng.randint(0, 9), minutes=rng.randint(1, 600))
    doc = {
        "$id": _id(rng, 20, HEX),
        "$collectionId": "testing_sites",
        "$databaseId": "covid",
        "$createdAt": when.astimezone(dt.UTC).isoformat(timespec="milliseconds"),
        "$updatedAt": updated.astimezone(dt.UTC).isoformat(timespec="milliseconds"),
        "$permissions": ['read("any")', 'update("team:editors")'],
        "name": _f(row, "name"),
        "type": kind(row),
        "address": _f(row, "address"),
        "state": state_code(row),
        "phone": phone(row),
        "lat": lat,
        "lng": lon,
        "hours": rng.choice(HOURS),
        "active": True,
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "statuspage_incident": statuspage_incident,
    "cosmos_document": cosmos_document,
    "datocms_item": datocms_item,
    "appwrite_document": appwrite_document,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone labelled."""
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
