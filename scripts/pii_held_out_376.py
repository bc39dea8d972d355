"""held_out_376 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (India's Regional Transport Offices, the RTOs, ARTOs and DTOs that register vehicles
and issue driving licences, as the rto-codes project compiles them; India's earlier parts took
the National Health Portal's hospitals and blood banks, the CBSE's schools, covid19india.org's
Telangana list, RBI's bank branches by IFSC, NHM Madhya Pradesh's COVID facilities, JoSAA's
institutes, Bhuvan's vaccination centres, a blood centre directory and Bangalore's restaurants)
exactly as published, in layouts no earlier part has, beside the register's own codes, names,
addresses, PIN codes, districts and jurisdictions.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 179 offices and their ``email`` where it holds an address
  (``scripts/data/pii_in_rto_offices.json``, written by ``scripts/in_rto_offices_data.py``;
  source and licence in that file): Indian numbers as the project writes them, an STD code and
  line (``08172-240660``), several lines comma-separated (``08172-240660, 08172-240514``;
  ``08392-240048, 244116, 240038``, a line of six digits after the area code of the one before
  it), mobiles (``9431416779``) and a few with ``+91-``, and the offices' mailboxes
  (``rtohasn-ka@nic.in``); every copy labelled, each number of a field on its own;
* the text around them is the same row's real fields: the RTO code (``KA-13``), region,
  district, state, street address, PIN code (``573201``) and jurisdiction, with invented
  document ids, keys, insert ids, project tokens, counts and times, unlabelled and scored;
* in layouts no earlier part has, English: Sanity Content Lake mutation requests (``POST
  /v2021-06-07/data/mutate/production``: one ``createOrReplace`` of an ``rtoOffice`` document
  whose Portable Text ``body`` repeats the phone field), Directus item responses (``GET
  /items/rto_offices/{id}``: ``data`` with the collection's fields and an invented notice
  repeating the phone field), BigQuery ``tabledata.insertAll`` requests (one row of an
  ingestion table with the office's fields and an ``insertId``) and Mixpanel group-profile
  updates (``POST https://api-in.mixpanel.com/groups``: ``$token``, ``$group_key``
  ``rto_code``, ``$group_id`` and ``$set`` with the office's properties).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every number of the data
has seven digits or more, or six after an area code, joined to it). Each record is seeded by its
own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_376.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_rto_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_376.jsonl.gz"
SPLIT = "held_out_376"

LAYOUTS = ("sanity_mutation", "directus_item", "bigquery_insert_all", "mixpanel_group_set")
PHONE, EMAIL = "phone", "email"
EMAIL_EDGE = r"[\w.@-]"
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

SERVICES = (
    "learner's licence tests",
    "driving licence renewals",
    "registration of new vehicles",
    "transfer of ownership",
    "fitness certificates for transport vehicles",
    "permits for goods carriages",
)
HOURS = "10:00-17:30, Monday to Saturday (closed on the second and fourth Saturdays)"


def _f(row: dict[str, Any], key: str) -> Any:
    """A field as published (a string stripped; "" where the row has no such field)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ("" if value is None else value)


def phone(row: dict[str, Any]) -> str:
    """The office's phone field as published."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The office's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+91-172-2700341``)."""
    return value.startswith(("+", "00"))


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone field: its comma-separated pieces, a piece of
    fewer than seven digits joined to the number before it (a line after the area code of the
    one before, ``08392-240048, 244116``), else a number of its own."""
    groups: list[list[re.Match[str]]] = []
    for piece in re.finditer(r"[^,]+", field):
        if not piece.group().strip():
            continue
        digits = sum(c.isdigit() for c in piece.group())
        if not groups or digits >= 7:
            groups.append([piece])
        else:
            groups[-1].append(piece)
    out = []
    for group in groups:
        first, last = group[0], group[-1]
        start = first.start() + len(first.group()) - len(first.group().lstrip())
        end = last.start() + len(last.group().rstrip())
        out.append((start, end))
    return out


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and mailbox labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(
        text,
        [(PHONE, phone(row)), (EMAIL, email(row))],
        {PHONE: r"\d", EMAIL: EMAIL_EDGE},
        {PHONE: PHONE},
        row["path"],
    )


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one office's block (``where`` = split, locale, layout, index):
    each number of its phone field labelled on its own by ``numbers``, its kind by
    ``international``, each copy of its mailbox labelled."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    spans = []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            assert personal_phone(value, row["country"]), (row["path"], value)
            kind = "international" if international(value) else "national"
            spans.append([at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in block.emails]
    text = block.text
    fields = record_fields(where, text, sorted(spans), [], (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (India Standard Time)."""
    day = dt.datetime(2025, 1, 6, tzinfo=IST) + dt.timedelta(days=rng.randint(0, 330))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 18), minutes=rng.randint(0, 59))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _key(rng: random.Random) -> str:
    """An array item's ``_key`` as Sanity generates them (twelve hex digits)."""
    return _hex(rng, 12)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def office(row: dict[str, Any]) -> str:
    """The office's name: its code and region (``KA-13 Hassan``)."""
    return f"{_f(row, 'code')} {_f(row, 'region')}"


def areas(row: dict[str, Any]) -> list[str]:
    """The towns of the office's jurisdiction, as published (an empty list where none)."""
    value = row["fields"].get("jurisdictionAreas") or []
    return [a for a in value if isinstance(a, str)]


def contact_line(row: dict[str, Any]) -> str:
    """A sentence giving the phone field and, where the office has one, the mailbox (never
    ending on the address, so no full stop touches it)."""
    line = f"call {phone(row)}"
    if email(row):
        line += f" or write to {email(row)} with the application number"
    return line


def sanity_mutation(row: dict[str, Any], rng: random.Random) -> str:
    """A Sanity Content Lake mutation request (``POST /v2021-06-07/data/mutate/production``):
    one ``createOrReplace`` of an ``rtoOffice`` document (``_id`` from the code, a ``slug``,
    the office's code, region, district, state, address, PIN code, ``phone``, ``email`` and
    jurisdiction as keyed array items) whose Portable Text ``body`` repeats the phone field."""
    code = _f(row, "code")
    service = rng.choice(SERVICES)
    text = (
        f"Appointments for {service} at the {office(row)} office are booked online on the "
        f"Parivahan Sewa portal. For queries about pending applications, {contact_line(row)}."
    )
    doc = {
        "_id": f"rtoOffice-{code.lower()}",
        "_type": "rtoOffice",
        "code": code,
        "slug": {"_type": "slug", "current": code.lower()},
        "region": _f(row, "region"),
        "district": _f(row, "district"),
        "state": {"_type": "reference", "_ref": f"state-{_f(row, 'stateCode').lower()}"},
        "address": _f(row, "address"),
        "pinCode": _f(row, "pinCode"),
        "phone": phone(row),
        "jurisdiction": [{"_key": _key(rng), "_type": "area", "name": a} for a in areas(row)],
        "body": [
            {
                "_key": _key(rng),
                "_type": "block",
                "style": "normal",
                "markDefs": [],
                "children": [{"_key": _key(rng), "_type": "span", "marks": [], "text": text}],
            }
        ],
        "lastVerifiedAt": f"{_when(rng):%Y-%m-%d}",
    }
    if email(row):
        doc["email"] = email(row)
    return _json({"mutations": [{"createOrReplace": doc}]})


def directus_item(row: dict[str, Any], rng: random.Random) -> str:
    """A Directus item response (``GET /items/rto_offices/{id}``): ``data`` with an invented
    integer id, ``status``, ``user_created`` and dates, the office's code, name, district,
    state, address, PIN code, ``phone``, ``email`` and jurisdiction, working hours and an
    invented ``notice`` repeating the phone field."""
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 120), minutes=rng.randint(0, 600))
    notice = (
        f"Counter services for {rng.choice(SERVICES)} are suspended on "
        f"{updated + dt.timedelta(days=rng.randint(2, 20)):%d %B %Y} for server maintenance. "
        f"Helpdesk: {phone(row)}"
    )
    item = {
        "id": rng.randint(1, 2400),
        "status": "published",
        "sort": None,
        "user_created": _uuid(rng),
        "date_created": created.isoformat(timespec="milliseconds"),
        "user_updated": _uuid(rng),
        "date_updated": updated.isoformat(timespec="milliseconds"),
        "rto_code": _f(row, "code"),
        "office_name": f"Regional Transport Office, {_f(row, 'region')}",
        "district": _f(row, "district"),
        "state": _f(row, "state"),
        "address": _f(row, "address"),
        "pin_code": _f(row, "pinCode"),
        "phone": phone(row),
        "email": email(row) or None,
        "jurisdiction_areas": areas(row),
        "working_hours": HOURS,
        "notice": notice,
    }
    return _json({"data": item})


def bigquery_insert_all(row: dict[str, Any], rng: random.Random) -> str:
    """A BigQuery ``tabledata.insertAll`` request (``POST .../datasets/transport/tables/
    rto_offices/insertAll``): ``kind``, ``skipInvalidRows``, ``ignoreUnknownValues`` and one
    row (an invented ``insertId``) whose ``json`` holds the office's code, state code, region,
    district, address, PIN code, phone field, mailbox, jurisdiction count, status and an
    invented ingestion time and batch."""
    when = _when(rng)
    record = {
        "rto_code": _f(row, "code"),
        "state_code": _f(row, "stateCode"),
        "region": _f(row, "region"),
        "district": _f(row, "district"),
        "address": _f(row, "address"),
        "pin_code": _f(row, "pinCode"),
        "phone_raw": phone(row),
        "email": email(row) or None,
        "jurisdiction_count": len(areas(row)),
        "status": _f(row, "status") or "active",
        "ingested_at": when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "batch_id": f"rto_{when:%Y%m%d}_{rng.randint(1, 99):02d}",
    }
    body = {
        "kind": "bigquery#tableDataInsertAllRequest",
        "skipInvalidRows": False,
        "ignoreUnknownValues": False,
        "rows": [{"insertId": _uuid(rng), "json": record}],
    }
    return _json(body)


def mixpanel_group_set(row: dict[str, Any], rng: random.Random) -> str:
    """A Mixpanel group-profile update (``POST https://api-in.mixpanel.com/groups``, the
    ``data`` array): ``$token`` (an invented project token), ``$group_key`` ``rto_code``,
    ``$group_id`` the code and ``$set`` with the office's name, district, state, PIN code,
    phone field, mailbox, jurisdiction and invented counts of slots and applications."""
    props: dict[str, Any] = {
        "Office": f"Regional Transport Office, {_f(row, 'region')}",
        "District": _f(row, "district"),
        "State": _f(row, "state"),
        "PIN Code": _f(row, "pinCode"),
        "Phone": phone(row),
    }
    if email(row):
        props["Email"] = email(row)
    props["Jurisdiction"] = areas(row)
    props["Daily DL Test Slots"] = rng.choice((40, 60, 80, 100, 120, 150))
    props["Applications (30d)"] = rng.randint(300, 9000)
    props["Last Synced"] = f"{_when(rng):%Y-%m-%dT%H:%M:%S}"
    update = {
        "$token": _hex(rng, 32),
        "$group_key": "rto_code",
        "$group_id": _f(row, "code"),
        "$set": props,
    }
    return _json([update])


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sanity_mutation": sanity_mutation,
    "directus_item": directus_item,
    "bigquery_insert_all": bigquery_insert_all,
    "mixpanel_group_set": mixpanel_group_set,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and
    mailbox labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
