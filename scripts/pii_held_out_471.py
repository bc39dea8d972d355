"""held_out_471 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (Queensland Health's list of the state's public hospitals, outpatients clinics and
primary health care centres by Hospital and Health Service, as at April 2013; Australia's
earlier parts took Western Australia's schools, the NSW Department of Education's public
schools, the Australian Library Map's libraries, Victoria's school locations, a list of
community pharmacies, the Queensland TMR's customer service centres, the Queensland DJAG's JP
signing sites and the covid-19-au project's clinics) exactly as published, in layouts no earlier
part has, beside the register's own names, facility numbers, addresses and services.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Phone Number`` of 173 facilities and their ``Fax Number`` where the
  register gives one that is not the phone again
  (``scripts/data/pii_au_qld_public_hospitals.json``, written by
  ``scripts/au_qld_public_hospitals_data.py``; source and licence in that file): Australian
  numbers as the register writes them, the area code in brackets and the line in one run
  (``(07)40911211``), a few with a space (``(07)4913 3000``); the register has no e-mail
  column, and no mailbox is written; every copy labelled;
* the text around them is the same row's real fields: the facility's name, Queensland
  Health's facility number (``211``), address (``Cnr Louise and Jack Sts, ATHERTON, 4883``:
  its town and postcode taken from its end) and Hospital and Health Service, with invented
  ids, HPI-O numbers (16 digits, ``800362``, Luhn check digit right), epoch times, dates,
  ticket numbers and tokens, unlabelled and scored;
* in layouts no earlier part has, formats of Australia's health sector and of the IT
  operations around a hospital, text in Australian English, each written from the
  maintainers' knowledge of the format (its public documentation was not at hand when the
  part was made, so field names may differ in detail): National Health Services Directory
  (NHSD, Healthdirect Australia) API v5 ``healthcareServices`` answers (one service of the
  facility, its ``organisation``, ``location`` and ``contacts`` of type ``Phone`` and
  ``Fax``), HI Service ``searchHealthcareProviderDirectoryForOrganisation`` SOAP answers (the
  Healthcare Identifiers Service's provider directory: one entry of the facility's HPI-O with
  its name, address and ``electronicCommunication`` of the phone and fax), Datadog Events API
  v1 requests (``POST /api/v1/events``: a telephony event at the facility, its ``text``
  giving the line and fax, tags with the facility number and service) and Pushover Message
  API requests (``POST /1/messages.json`` as JSON: an on-call alert naming the facility's
  switchboard).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten or eleven digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_471.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_au_qld_public_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_471.jsonl.gz"
SPLIT = "held_out_471"
LAYOUTS = ("nhsd_service", "hi_hpd_organisation", "datadog_event", "pushover_message")
PHONE, FAX, NAME, FACNO, HHS = (
    "Phone Number", "Fax Number", "Facility Name", "Fac No", "HHS 2012",
)  # fmt: skip
EDGES = {PHONE: r"\d", FAX: r"\d"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
AEST = dt.timezone(dt.timedelta(hours=10))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented services of a facility (NHSD service types)
SERVICES = (
    "Emergency department", "Outpatient clinic", "Maternity service", "Community health",
    "Renal dialysis", "Medical imaging", "Pathology collection", "Oral health",
)  # fmt: skip
# invented telephony events
EVENTS = (
    ("PABX trunk failover", "main line diverted to the backup trunk"),
    ("SIP registration lost", "inbound calls to the switchboard queued"),
    ("Fax gateway restarted", "fax-to-email gateway restarted after a stuck job"),
    ("Call recording disk at 90%", "call recording volume nearly full"),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The facility's phone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The facility's fax where the register gives one that is not the phone again, else ""."""
    value = _f(row, FAX)
    digits = re.sub(r"\D", "", value)
    return value if len(digits) >= 7 and digits != re.sub(r"\D", "", phone(row)) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's phone and fax (an empty fax is skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax labelled (each copy
    stands apart: no digit next to a number)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def place(row: dict[str, Any]) -> tuple[str, str, str]:
    """(street, town, postcode) of the address (``Cnr Louise and Jack Sts, ATHERTON, 4883``);
    the street "" where the address names only a town, the postcode "" where it ends in none."""
    parts = [p.strip() for p in _f(row, "Address").split(",")]
    postcode = parts.pop() if parts and re.fullmatch(r"\d{4}", parts[-1]) else ""
    town = parts.pop() if parts else ""
    return ", ".join(parts), town, postcode


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Brisbane time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=AEST) + dt.timedelta(days=rng.randint(0, 330))
    return day + dt.timedelta(hours=rng.randint(0, 23), minutes=rng.randint(0, 59))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng: random.Random) -> str:
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def hpio(rng: random.Random) -> str:
    """An invented HPI-O: 16 digits, ``800362`` then nine digits and a Luhn check digit."""
    body = "800362" + "".join(rng.choice(string.digits) for _ in range(9))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def nhsd_service(row: dict[str, Any], rng: random.Random) -> str:
    """An NHSD API v5 answer (``GET /v5/healthcareServices/{id}``, HAL JSON): one service of
    the facility (an invented id and service type), its ``organisation`` (the facility, its
    Queensland Health facility number as a local identifier), ``location`` (the address: street,
    town, state, postcode), ``contacts`` (the phone, and the fax where the facility has one),
    an ``_links`` self link and the record's invented last-updated time."""
    street, town, postcode = place(row)
    sid, oid = _uuid(rng), _uuid(rng)
    contacts = [
        {"valueType": {"id": "phone", "label": "Phone"}, "value": phone(row),
         "purpose": {"id": "business", "label": "Business"}, "preferred": True},
    ]  # fmt: skip
    if fax(row):
        contacts.append(
            {"valueType": {"id": "fax", "label": "Fax"}, "value": fax(row),
             "purpose": {"id": "business", "label": "Business"}, "preferred": False}
        )  # fmt: skip
    doc = {
        "id": sid,
        "name": f"{rng.choice(SERVICES)} - {_f(row, NAME)}",
        "serviceType": {"id": f"nhsd:/reference/taxonomy/sct/{rng.randint(10**8, 10**9 - 1)}"},
        "organisation": {
            "id": oid,
            "name": _f(row, NAME),
            "identifiers": [{"type": "QH-FACILITY", "value": _f(row, FACNO)}],
            "type": {"label": "Public hospital"},
            "network": _f(row, HHS) + " Hospital and Health Service",
        },
        "location": {
            "physicalLocation": {
                "addressLine1": street,
                "suburb": {"label": town},
                "state": {"label": "QLD"},
                "postcode": postcode,
                "country": {"label": "Australia"},
            }
        },
        "contacts": contacts,
        "billingOptions": [{"label": "Public (Medicare)"}],
        "lastUpdated": _when(rng).isoformat(timespec="seconds"),
        "_links": {
            "self": {"href": f"https://api.nhsd.healthdirect.org.au/v5/healthcareServices/{sid}"}
        },
    }
    return _json(doc)


def hi_hpd_organisation(row: dict[str, Any], rng: random.Random) -> str:
    """A HI Service ``searchHealthcareProviderDirectoryForOrganisation`` SOAP answer: an
    invented message id and time in the header, one ``organisationProviderDirectoryEntry`` of
    an invented HPI-O with the facility's name, its facility number as a local link, its
    address (street, town, QLD, postcode) and ``electronicCommunication`` of the phone and,
    where the facility has one, the fax."""
    street, town, postcode = place(row)
    comms = [("P", phone(row))] + ([("F", fax(row))] if fax(row) else [])
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:hpd="http://ns.electronichealth.net.au/hi/svc/'
        'SearchHealthcareProviderDirectoryForOrganisation/3.0" '
        'xmlns:c="http://ns.electronichealth.net.au/hi/xsd/common/CommonCoreElements/3.0">',
        "  <soap:Header>",
        f"    <c:messageId>urn:uuid:{_uuid(rng)}</c:messageId>",
        f"    <c:timestamp>{_when(rng).isoformat(timespec='seconds')}</c:timestamp>",
        "  </soap:Header>",
        "  <soap:Body>",
        "    <hpd:searchHealthcareProviderDirectoryForOrganisationResponse>",
        "      <hpd:searchHealthcareProviderDirectoryForOrganisationResult>",
        "        <hpd:organisationProviderDirectoryEntries>",
        f"          <hpd:entityId>{hpio(rng)}</hpd:entityId>",
        "          <hpd:organisationDetails>",
        f"            <hpd:organisationName>{escape(_f(row, NAME))}</hpd:organisationName>",
        f"            <hpd:localIdentifier>{escape(_f(row, FACNO))}</hpd:localIdentifier>",
        "            <hpd:organisationType>Public hospital</hpd:organisationType>",
        f"            <hpd:network>{escape(_f(row, HHS))}</hpd:network>",
        "          </hpd:organisationDetails>",
        "          <hpd:address>",
        f"            <c:streetName>{escape(street)}</c:streetName>",
        f"            <c:suburb>{escape(town)}</c:suburb>",
        "            <c:state>QLD</c:state>",
        f"            <c:postcode>{postcode}</c:postcode>",
        "          </hpd:address>",
    ]
    for medium, value in comms:
        lines += [
            "          <hpd:electronicCommunication>",
            f"            <c:medium>{medium}</c:medium>",
            "            <c:usage>B</c:usage>",
            f"            <c:details>{escape(value)}</c:details>",
            f"            <c:preferred>{'true' if medium == 'P' else 'false'}</c:preferred>",
            "          </hpd:electronicCommunication>",
        ]
    lines += [
        "        </hpd:organisationProviderDirectoryEntries>",
        "      </hpd:searchHealthcareProviderDirectoryForOrganisationResult>",
        "    </hpd:searchHealthcareProviderDirectoryForOrganisationResponse>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines)


def datadog_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Datadog Events API v1 request (``POST /api/v1/events``): a telephony event at the
    facility (title, Markdown ``text`` naming the site's address, the line and fax and an
    invented ticket,
    ``alert_type``, ``priority``, an epoch ``date_happened``, ``host``, tags with the Hospital
    and Health Service and facility number, an ``aggregation_key``)."""
    title, what = rng.choice(EVENTS)
    when = _when(rng)
    ticket = f"INC{rng.randint(100000, 999999)}"
    text = (
        f"%%%\n**{_f(row, NAME)}** (facility {_f(row, FACNO)}): {what}.\n\n"
        f"* Site: {_f(row, 'Address')}\n"
        f"* Switchboard: {phone(row)}\n"
        + (f"* Fax: {fax(row)}\n" if fax(row) else "")
        + f"* Ticket: {ticket}\n%%%"
    )
    doc = {
        "title": f"{title} at {_f(row, NAME)}",
        "text": text,
        "alert_type": rng.choice(("warning", "error", "info")),
        "priority": "normal",
        "date_happened": int(when.timestamp()),
        "host": f"pabx-{_f(row, FACNO)}.{_slug(_f(row, HHS))}.health.qld.internal",
        "source_type_name": "my apps",
        "aggregation_key": f"telephony-{_f(row, FACNO)}",
        "tags": [
            f"hhs:{_slug(_f(row, HHS))}",
            f"facility:{_f(row, FACNO)}",
            "service:telephony",
            "env:prod",
        ],
    }
    return _json(doc)


def pushover_message(row: dict[str, Any], rng: random.Random) -> str:
    """A Pushover Message API request (``POST /1/messages.json`` as JSON): invented
    application token and group key, a title, a ``message`` to the on-call engineer naming the
    facility, its address and switchboard (and fax), ``priority`` 1, a sound, an epoch
    ``timestamp``, a monitoring URL and its title."""
    street, town, postcode = place(row)
    alnum = string.ascii_lowercase + string.digits
    when = _when(rng)
    title, what = rng.choice(EVENTS)
    message = (
        f"{title}: {_f(row, NAME)}, {_f(row, 'Address')} ({_f(row, HHS)}). {what.capitalize()}"
        f". Test call the switchboard on {phone(row)}"
        + (f" and send a test page to fax {fax(row)}" if fax(row) else "")
        + f" after {when:%H:%M}."
    )
    doc = {
        "token": "a" + "".join(rng.choice(alnum) for _ in range(29)),
        "user": "g" + "".join(rng.choice(alnum) for _ in range(29)),
        "title": f"[{_f(row, FACNO)}] {title}",
        "message": message,
        "priority": 1,
        "sound": rng.choice(("siren", "persistent", "echo")),
        "timestamp": int(when.timestamp()),
        "url": f"https://status.health.qld.internal/facility/{_f(row, FACNO)}",
        "url_title": f"{town.title() or _f(row, NAME)} status",
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nhsd_service": nhsd_service,
    "hi_hpd_organisation": hi_hpd_organisation,
    "datadog_event": datadog_event,
    "pushover_message": pushover_message,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax
    labelled."""
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
