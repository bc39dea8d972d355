"""held_out_505 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the HospitoFind project's directory of Nigerian hospitals; Nigeria's earlier parts
took a volunteer team's hospital directory, mostly of Zamfara, the Federal Ministry of Health's
Health Facility Registry for Kebbi, a food manufacturer's store locator and Kurudu's business
directory) exactly as published, in layouts no earlier part has, beside the directory's own
names, streets, towns, web sites, ownership and services.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phoneNumber`` field of 164 Nigerian hospitals and their mailboxes on
  the hospitals' own domains (``scripts/data/pii_ng_hospitofind.json``, written by
  ``scripts/ng_hospitofind_data.py``; source and licence in that file): Nigerian numbers as the
  directory's compiler typed them, one or several in a field joined by ``, `` (``0803 4954 556,
  0803 799 9992``, ``+234 706 397 4807``, ``082-234441``, ``234 82 230974``), each number
  labelled on its own (``labelled_record``; a six-digit piece, ``202202``, is a distractor),
  and addresses such as ``info@isth.org.ng``; the mailboxes the directory gives on a free mail
  service (``...@yahoo.com``, ``...@gmail.com``, several naming a doctor) are not written;
  every copy labelled;
* the text around them is the same row's real fields: the hospital's name, street, town, web
  site, ownership and services, with invented SORMAS uuids, Termii API keys and phonebook ids,
  Infobip bulk and message ids, dates and times, unlabelled and scored;
* in layouts no earlier part has, three of Nigeria's own health and messaging services and one
  messaging API much used there, text in English: SORMAS ``facilities/push`` requests (the
  Surveillance Outbreak Response Management and Analysis System that the Nigeria Centre for
  Disease Control runs, its REST API's ``FacilityDto``: ``uuid``, ``name``, ``region`` and
  ``district`` references, ``city``, ``street``, ``additionalInformation``, the hospital's
  numbers as ``contactPersonPhone`` and mailbox as ``contactPersonEmail``, ``type``
  ``HOSPITAL``, ``publicOwnership``, ``externalID``), Termii SMS campaign requests (``POST
  /api/sms/campaigns/send`` of the Lagos messaging platform: ``country_code``, ``sender_id``,
  ``message`` giving the hospital's street, numbers and mailbox, ``channel``,
  ``message_type``, ``phonebook_id``, ``campaign_type``, ``schedule_sms_status``), Termii
  phonebook contact requests (``POST /api/phonebooks/{phonebook_id}/contacts``:
  ``phone_number`` the field, ``country_code`` ``234``, ``email_address``, ``first_name``,
  ``last_name``, ``company``) and Infobip SMS API requests (``POST /sms/2/text/advanced``: a
  ``bulkId``, one message whose ``destinations`` are the hospital's numbers, one ``to`` each,
  ``from``, ``text``, ``notifyUrl``, ``notifyContentType``, ``callbackData``,
  ``validityPeriod``). SORMAS's ``facilities/push`` path, Termii's ``country_code``,
  ``company``, ``delimiter``, ``remove_duplicate`` and ``schedule_time`` and Infobip's
  ``validityPeriod`` are written from the services' documentation as remembered.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_505.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ng_hospitofind.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_505.jsonl.gz"
SPLIT = "held_out_505"

LAYOUTS = ("sormas_facility_push", "termii_campaign", "termii_contact", "infobip_sms")
PHONE = "phoneNumber"
EDGES = {"phone": r"\d", "number": r"\d", "email": r"[\w.@-]"}
COLUMNS = {"phone": PHONE, "number": PHONE}
WAT = dt.timezone(dt.timedelta(hours=1))
# mail services whose mailboxes the part does not write (several carry a person's name)
FREE_MAIL = ("gmail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "sbcglobal.net")
MAILBOX = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented occasions of the messages (no person is named in them)
DRIVES = (
    "free blood pressure and blood sugar screening",
    "measles and polio vaccination for children under five",
    "free eye screening",
    "antenatal care open day",
    "voluntary blood donation drive",
    "free malaria testing",
)
SENDERS = ("HealthAlert", "CareNotice", "MedUpdate", "StateHealth")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The hospital's ``phoneNumber`` field as published (one or several numbers)."""
    return _f(row, PHONE)


def phone_numbers(row: dict[str, Any]) -> list[str]:
    """Each number the field holds (``numbers``), as written, the first of repeated ones."""
    field = phone(row)
    return list(dict.fromkeys(field[s:e] for s, e in numbers(field)))


def emails(row: dict[str, Any]) -> list[str]:
    """The mailboxes of the ``email`` field on the hospital's own domain, as written, in order
    (one well-formed address each; those on a free mail service are not written)."""
    found = [m.strip() for m in _f(row, "email").split(",")]
    own = [m for m in found if re.fullmatch(MAILBOX, m)]
    return list(dict.fromkeys(m for m in own if m.split("@")[1].lower() not in FREE_MAIL))


def international(value: str) -> bool:
    """Whether a labelled number is written with Nigeria's country code (``+234 ...``,
    ``234 82 230974``)."""
    return value.startswith(("+", "234"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field, of each number in it
    written on its own and of each mailbox labelled (the numbers by ``labelled_record``; a
    number's copy inside a copy of the whole field is that field's)."""
    values = [("phone", phone(row))]
    values += [("number", v) for v in phone_numbers(row)]
    values += [("email", m) for m in emails(row)]
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (West Africa Time)."""
    day = dt.datetime(2025, 1, 13, tzinfo=WAT) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.choice((0, 15, 30, 45)))


def _token(rng: random.Random, n: int, alphabet: str = "0123456789abcdef") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _api_key(rng: random.Random) -> str:
    """An invented Termii API key (``TL`` and 58 letters and digits)."""
    return "TL" + _token(rng, 58, ALNUM)


def _uuid(rng: random.Random) -> str:
    """An invented UUID (version 4)."""
    h = _token(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _sormas_uuid(rng: random.Random) -> str:
    """An invented SORMAS uuid (four groups of base-32 letters and digits, ``RGEBVT-Q7PJW7-
    JSWUVR-6XXBSFOA``)."""
    abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return "-".join(_token(rng, n, abc) for n in (6, 6, 6, 8))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def name(row: dict[str, Any]) -> str:
    """The hospital's name as published (``Federal Medical Centre Umuahia``)."""
    return _f(row, "name")


def town(row: dict[str, Any]) -> str:
    """The ``city`` field (a town or a state: ``Aba``, ``Lagos``, ``Cross River``)."""
    return _f(row, "city")


def place(row: dict[str, Any]) -> str:
    """The street and town in one line."""
    return ", ".join(v for v in (_f(row, "street"), town(row)) if v)


def services(row: dict[str, Any]) -> list[str]:
    """The directory's services of the hospital (its list, stripped, empty ones left out)."""
    found = row["fields"].get("services") or []
    return [s.strip() for s in found if isinstance(s, str) and s.strip()]


def sormas_facility_push(row: dict[str, Any], rng: random.Random) -> str:
    """A SORMAS REST ``POST /sormas-rest/facilities/push`` request body: a list of one
    ``FacilityDto`` (invented creation and change times in epoch milliseconds and uuids; the
    hospital's name, its town as the ``region`` and ``district`` captions and the ``city``, the
    street, ``additionalInformation`` with the web site, ownership and first services, the
    phone field as ``contactPersonPhone``, the first mailbox as ``contactPersonEmail`` and any
    further one in the information, no coordinates, ``type`` ``HOSPITAL``, ``publicOwnership``
    by the directory's ownership, the directory's id as ``externalID``)."""
    when = _when(rng)
    made = when - dt.timedelta(days=rng.randint(30, 400))
    kind = _f(row, "type")
    info = [f"Ownership: {kind}" if kind else "Ownership: not stated"]
    if _f(row, "website"):
        info.append(f"Website: {_f(row, 'website')}")
    if services(row):
        info.append(f"Services: {'; '.join(services(row)[:4])}")
    mails = emails(row)
    if len(mails) > 1:
        info.append(f"Other mailboxes: {', '.join(mails[1:])} (listed)")
    dto = {
        "creationDate": int(made.timestamp() * 1000),
        "changeDate": int(when.timestamp() * 1000),
        "uuid": _sormas_uuid(rng),
        "name": name(row),
        "region": {"uuid": _sormas_uuid(rng), "caption": town(row)},
        "district": {"uuid": _sormas_uuid(rng), "caption": town(row)},
        "community": None,
        "city": town(row),
        "postalCode": None,
        "street": _f(row, "street"),
        "houseNumber": None,
        "additionalInformation": ". ".join(info),
        "areaType": "URBAN",
        "contactPersonFirstName": None,
        "contactPersonLastName": None,
        "contactPersonPhone": phone(row),
        "contactPersonEmail": mails[0] if mails else None,
        "latitude": None,
        "longitude": None,
        "type": "HOSPITAL",
        "publicOwnership": kind.lower() == "public",
        "archived": False,
        "externalID": f"HOSPITOFIND-{_f(row, 'id')}",
    }
    return _json([dto])


def termii_campaign(row: dict[str, Any], rng: random.Random) -> str:
    """A Termii ``POST /api/sms/campaigns/send`` request body: an invented API key and
    phonebook id, ``country_code`` ``NG``, a sender id, a ``message`` announcing an invented
    drive at the hospital (its name, street and town, then the phone field for enquiries and
    the mailboxes), ``channel`` ``dnd``, ``message_type`` ``plain``, ``delimiter``,
    ``remove_duplicate``, ``campaign_type`` ``regular``, a schedule time and
    ``schedule_sms_status`` ``scheduled``."""
    when = _when(rng)
    day = when + dt.timedelta(days=rng.randint(5, 20))
    drive = rng.choice(DRIVES)
    message = (
        f"{name(row)}: {drive} on {day:%a %d %b %Y}, 9am-3pm, at {place(row)}. "
        f"Enquiries: {phone(row)}"
    )
    if emails(row):
        message += f". Email: {' or '.join(emails(row))}"
    doc = {
        "api_key": _api_key(rng),
        "country_code": "NG",
        "sender_id": rng.choice(SENDERS),
        "message": message,
        "channel": "dnd",
        "message_type": "plain",
        "phonebook_id": _uuid(rng),
        "delimiter": ",",
        "remove_duplicate": "yes",
        "campaign_type": "regular",
        "schedule_time": f"{day - dt.timedelta(days=2):%d-%m-%Y} 08:00",
        "schedule_sms_status": "scheduled",
    }
    return _json(doc)


def termii_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Termii ``POST /api/phonebooks/{phonebook_id}/contacts`` request body: an invented API
    key, the phone field as ``phone_number``, ``country_code`` ``234``, the first mailbox as
    ``email_address`` (empty where none is written), the hospital's front desk as the contact's
    names (``first_name`` ``Front Desk``, ``last_name`` the town) and its name as
    ``company``; a second mailbox, where there is one, is left out."""
    mails = emails(row)
    doc = {
        "api_key": _api_key(rng),
        "phone_number": phone(row),
        "country_code": "234",
        "email_address": mails[0] if mails else "",
        "first_name": "Front Desk",
        "last_name": town(row),
        "company": name(row),
    }
    return _json(doc)


def infobip_sms(row: dict[str, Any], rng: random.Random) -> str:
    """An Infobip ``POST /sms/2/text/advanced`` request body: an invented ``bulkId`` and one
    message from an alphanumeric sender to each of the hospital's numbers (one ``to`` and an
    invented ``messageId`` each), a ``text`` reminding the hospital of an invented reporting
    deadline (its name and town, and its mailbox where it has one), ``notifyUrl``,
    ``notifyContentType``, ``callbackData`` with the directory's id and ``validityPeriod``."""
    when = _when(rng)
    due = when + dt.timedelta(days=rng.randint(3, 10))
    text = (
        f"{name(row)}, {town(row)}: your monthly facility report for {when:%B %Y} is due by "
        f"{due:%d/%m/%Y}. Submit online or reply to this SMS"
    )
    if emails(row):
        text += f"; a copy has been sent to {emails(row)[0]} as well"
    destinations = [
        {"to": number, "messageId": str(rng.randint(10**18, 10**19 - 1))}
        for number in phone_numbers(row)
    ]
    doc = {
        "bulkId": f"BULK-{when:%Y%m%d}-{_token(rng, 10)}",
        "messages": [
            {
                "from": rng.choice(SENDERS),
                "destinations": destinations,
                "text": text + ".",
                "notifyUrl": "https://reports.example.ng/callbacks/infobip",
                "notifyContentType": "application/json",
                "callbackData": f"hospital:{_f(row, 'id')}",
                "validityPeriod": 720,
            }
        ],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sormas_facility_push": sormas_facility_push,
    "termii_campaign": termii_campaign,
    "termii_contact": termii_contact,
    "infobip_sms": infobip_sms,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field, of each of
    its numbers and of its own-domain mailboxes labelled."""
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
