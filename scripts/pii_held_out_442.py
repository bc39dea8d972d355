"""held_out_442 of the PII evaluation set: real phone fields of a register no earlier part used
(CountyOffice.org's directory of the United States' local public health departments, as the
cov19testmap project scraped it; the country's earlier parts took CMS's hospitals, New York
City's high schools and restaurants, public libraries, museums, parks, colleges, child-care,
health centres and others) exactly as published, in layouts no earlier part has, beside the
directory's own names, streets, localities, states, counties and web sites.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone-direct`` of 300 health departments
  (``scripts/data/pii_us_countyoffice_health_departments.json``, written by
  ``scripts/us_countyoffice_health_departments_data.py``; source and licence in that file):
  United States numbers as the directory writes them, hyphenated (``760-549-2094``); the
  directory gives no e-mail addresses; every copy labelled;
* the text around them is the same row's real fields: the department's name, street, locality,
  state, county and web site, with invented ids, AWS account numbers, ARNs, UUIDs, ticket
  numbers, clinic dates and times, unlabelled and scored;
* in layouts no earlier part has, formats of cloud and service-desk tools that United States
  public-health agencies use, text in English (their fields written from the helper's memory,
  no documentation being readable when the part was built): Amazon Lex V2 Lambda fulfillment
  responses (``sessionState`` with a ``Close`` dialog action and the fulfilled intent's slots,
  ``messages`` giving the department's address and phone), Wufoo API v3 form entries (``GET
  /api/v3/forms/{identifier}/entries.json``: ``Entries`` of ``Field`` columns, the department's
  name, address, phone and a note repeating it), Amazon EventBridge events (``version``,
  ``id``, ``detail-type``, ``source``, ``account``, ``time``, ``region``, ``resources``, a
  ``detail`` of a directory update) and Freshservice API v2 tickets (``GET
  /api/v2/tickets/{id}``: a service request whose ``description`` and ``description_text``
  give the department's line).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_442.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_countyoffice_health_departments.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_442.jsonl.gz"
SPLIT = "held_out_442"

LAYOUTS = ("lex_v2_fulfillment", "wufoo_entries", "eventbridge_event", "freshservice_ticket")
PHONE = "phone-direct"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
REGIONS = ("us-east-1", "us-east-2", "us-west-2", "us-gov-west-1")
SERVICES = (
    "flu vaccination clinic",
    "WIC nutrition appointment",
    "birth certificate request",
    "food establishment inspection",
    "well water testing",
    "TB skin test",
)

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none or the directory wrote
    ``null``)."""
    value = (row["fields"].get(key) or "").strip()
    return "" if value == "null" else value


def phone(row: dict[str, Any]) -> str:
    """The department's phone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, locality, state."""
    return f"{_f(row, 'address-street')}, {_f(row, 'address-locality')}, {_f(row, 'address-state')}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (UTC)."""
    day = dt.datetime(2024, 1, 8, tzinfo=dt.UTC) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(13, 22), minutes=rng.randint(0, 59),
                              seconds=rng.randint(0, 59))  # fmt: skip


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _account(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(12))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def lex_v2_fulfillment(row: dict[str, Any], rng: random.Random) -> str:
    """An Amazon Lex V2 Lambda fulfillment response: ``sessionState`` (a ``Close`` dialog
    action, the ``FindHealthDepartment`` intent ``Fulfilled`` with its ``County`` and ``State``
    slots, session attributes with the department's name and phone) and ``messages`` (one
    ``PlainText`` answer giving the department, its address and phone)."""
    county, state = _f(row, "pagination-county"), _f(row, "address-state")

    def slot(value: str) -> dict[str, Any]:
        return {
            "shape": "Scalar",
            "value": {"originalValue": value.lower(), "interpretedValue": value,
                      "resolvedValues": [value]},
        }  # fmt: skip

    answer = (
        f"The {_f(row, 'name')} serves {county}, {state}. It is at {place(row)}. "
        f"You can call them at {phone(row)}."
    )
    if _f(row, "website"):
        answer += f" More information is on {_f(row, 'website')}."
    doc = {
        "sessionState": {
            "dialogAction": {"type": "Close"},
            "intent": {
                "name": "FindHealthDepartment",
                "slots": {"County": slot(county), "State": slot(state)},
                "state": "Fulfilled",
                "confirmationState": "None",
            },
            "sessionAttributes": {
                "departmentName": _f(row, "name"),
                "departmentPhone": phone(row),
                "lookupId": _uuid(rng),
            },
            "originatingRequestId": _uuid(rng),
        },
        "messages": [{"contentType": "PlainText", "content": answer}],
        "requestAttributes": {},
    }
    return _json(doc)


def wufoo_entries(row: dict[str, Any], rng: random.Random) -> str:
    """A Wufoo API v3 entries answer (``GET /api/v3/forms/{identifier}/entries.json``): one
    entry of a partner-site registration form (``EntryId``, ``Field1`` the department,
    ``Field2`` to ``Field6`` the address (street, city, state, county, ZIP left empty), ``Field7``
    the phone, ``Field8`` the web site, ``Field9`` the service offered, ``Field10`` a note
    repeating the phone, ``DateCreated``, ``CreatedBy`` ``public``)."""
    when = _when(rng)
    service = rng.choice(SERVICES)
    entry = {
        "EntryId": str(rng.randint(10, 4800)),
        "Field1": _f(row, "name"),
        "Field2": _f(row, "address-street"),
        "Field3": _f(row, "address-locality"),
        "Field4": _f(row, "address-state"),
        "Field5": _f(row, "pagination-county"),
        "Field6": "",
        "Field7": phone(row),
        "Field8": _f(row, "website"),
        "Field9": service.capitalize(),
        "Field10": f"Walk-ins accepted on weekdays; call {phone(row)} to check the "
        f"{service} schedule.",
        "DateCreated": f"{when:%Y-%m-%d %H:%M:%S}",
        "CreatedBy": "public",
        "DateUpdated": "",
        "UpdatedBy": None,
    }
    return _json({"Entries": [entry]})


def eventbridge_event(row: dict[str, Any], rng: random.Random) -> str:
    """An Amazon EventBridge event of a directory's update: ``version`` 0, an invented ``id``,
    ``detail-type`` ``Health Department Updated``, a custom ``source``, an invented 12-digit
    ``account``, ``time``, ``region``, ``resources`` (a DynamoDB table's ARN in that account)
    and a ``detail`` with the department's record (name, address, county, phone, web site) and
    the changed fields."""
    when = _when(rng)
    account, region = _account(rng), rng.choice(REGIONS)
    record = {
        "departmentId": f"hd-{rng.randint(10000, 99999)}",
        "name": _f(row, "name"),
        "street": _f(row, "address-street"),
        "city": _f(row, "address-locality"),
        "state": _f(row, "address-state"),
        "county": _f(row, "pagination-county"),
        "phone": phone(row),
        "website": _f(row, "website") or None,
    }
    doc = {
        "version": "0",
        "id": _uuid(rng),
        "detail-type": "Health Department Updated",
        "source": "gov.directory.health-departments",
        "account": account,
        "time": f"{when:%Y-%m-%dT%H:%M:%SZ}",
        "region": region,
        "resources": [f"arn:aws:dynamodb:{region}:{account}:table/HealthDepartments"],
        "detail": {
            "eventName": "MODIFY",
            "record": record,
            "changedFields": rng.sample(["street", "website", "hours", "services"], 2),
            "sequenceNumber": str(rng.randint(10**20, 10**21 - 1)),
        },
    }
    return _json(doc)


def freshservice_ticket(row: dict[str, Any], rng: random.Random) -> str:
    """A Freshservice API v2 ticket (``GET /api/v2/tickets/{id}``): an invented id, a service
    request to update a county's health-department listing, its ``description`` (HTML) and
    ``description_text`` giving the department, its address and phone, invented requester,
    group and department ids, ``status``, ``priority``, ``source``, dates and ``custom_fields``
    with the phone again."""
    when = _when(rng)
    tid = rng.randint(1000, 99999)
    text = (
        f"Please update the public listing of the {_f(row, 'name')} "
        f"({_f(row, 'pagination-county')}, {_f(row, 'address-state')}). Address: {place(row)}. "
        f"Main phone: {phone(row)}."
    )
    desc = f"<div>{html.escape(text, quote=False)}</div>"
    ticket = {
        "id": tid,
        "workspace_id": 2,
        "subject": f"Listing update: {_f(row, 'name')}",
        "group_id": rng.randint(10**10, 10**11 - 1),
        "department_id": rng.randint(10**10, 10**11 - 1),
        "category": "Directory",
        "sub_category": "Health departments",
        "item_category": None,
        "requester_id": rng.randint(10**10, 10**11 - 1),
        "responder_id": None,
        "due_by": f"{when + dt.timedelta(days=3):%Y-%m-%dT%H:%M:%SZ}",
        "fr_escalated": False,
        "deleted": False,
        "spam": False,
        "email_config_id": None,
        "fwd_emails": [],
        "reply_cc_emails": [],
        "cc_emails": [],
        "is_escalated": False,
        "fr_due_by": f"{when + dt.timedelta(days=1):%Y-%m-%dT%H:%M:%SZ}",
        "priority": rng.choice((1, 2)),
        "status": 2,
        "source": 2,
        "created_at": f"{when:%Y-%m-%dT%H:%M:%SZ}",
        "updated_at": f"{when:%Y-%m-%dT%H:%M:%SZ}",
        "requested_for_id": None,
        "to_emails": None,
        "type": "Service Request",
        "description": desc,
        "description_text": text,
        "custom_fields": {"county": _f(row, "pagination-county"), "listing_phone": phone(row)},
        "tasks_dependency_type": 0,
        "resolution_notes": None,
        "resolution_notes_html": None,
        "attachments": [],
    }
    return _json({"ticket": ticket})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "lex_v2_fulfillment": lex_v2_fulfillment,
    "wufoo_entries": wufoo_entries,
    "eventbridge_event": eventbridge_event,
    "freshservice_ticket": freshservice_ticket,
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
