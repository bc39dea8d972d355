"""held_out_485 of the PII evaluation set: real phone fields of a register no earlier part used
(the Chicago Early Learning portal's register of the city's early-childhood programs, kept by
the Smart Chicago Collaborative's civic-tech project; the United States' earlier parts took,
among others, schools of California, New York City, Texas and Hawaii, Texas's child-care
operations, Chicago's health centers, libraries, museums, parks and stores) exactly as
published, in layouts no earlier part has, beside the register's own names, addresses, ZIP
codes, keys and agencies.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Phone_Number`` of 300 programs (``scripts/data/
  pii_us_chicago_early_learning.json``, written by ``scripts/us_chicago_early_learning_data.py``;
  source and licence in that file): United States numbers as the portal's export writes them,
  mostly hyphenated (``773-685-9033``), a few dotted, spaced or bracketed (``773.762.1542``,
  ``(773)-535-8040``); the register has no e-mail field and no record carries an e-mail address;
  every copy labelled;
* the text around them is the same row's real fields: the program's name, street, city, state,
  ZIP code, web page, the portal's key, ages served, hours, accreditation, quality rating and
  agency, with invented object ids, vendor ids, employer identification numbers (``36-`` and
  seven digits, phone-shaped, unlabelled on purpose), form and field ids, amounts and dates,
  unlabelled and scored;
* in layouts no earlier part has, formats of United States software services, text in
  English, their fields written from the helper's memory (no documentation could be read when
  the part was made): Bill.com v2 API answers (``Crud/Read/Vendor.json``: ``response_status``,
  ``response_message`` and a ``Vendor`` whose ``phone`` and ``paymentPhone`` are the program's
  line, a child-care provider paid under the city's subsidy), Parse Server REST query answers
  (``GET /parse/classes/Program``: ``results`` with one object, ``objectId``, ``createdAt``,
  ``updatedAt``, a ``Date`` and a ``Pointer``, an ``ACL`` and the program's fields, its
  ``phone`` once), Formstack API v2 submissions (``GET /api/v2/submission/{id}.json``: a
  listing-update form's answers as ``data`` of ``field`` and ``value``, the address as
  Formstack's sub-field lines, the phone in its field and again in a note) and Cognito Forms
  entries as its webhooks post them (``Form``, ``$version``, ``$etag``, the fields by name, an
  ``Address`` object, ``Phone`` and a ``Notes`` repeating it, ``Entry`` with number, status and
  dates, ``Id``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_485.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_chicago_early_learning.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_485.jsonl.gz"
SPLIT = "held_out_485"

LAYOUTS = ("billcom_vendor", "parse_query", "formstack_submission", "cognito_entry")
PHONE = "Phone_Number"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
CHICAGO = dt.timezone(dt.timedelta(hours=-6))
NONE = "_"  # the export's mark of an empty field

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented reasons for a listing update (no person named)
CHANGES = (
    "New enrollment period for the fall session.",
    "Updated hours of operation.",
    "Added a classroom for three-year-olds.",
    "Confirming our contact line and address for the portal.",
    "Now accepting CCAP families.",
)
BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped; "" where the export marks it empty (``_``)."""
    value = (row["fields"].get(key) or "").strip()
    return "" if value == NONE else value


def phone(row: dict[str, Any]) -> str:
    """The program's phone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the export's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's phone (the register has no other contact field)."""
    return [(PHONE, phone(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Chicago, standard time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=CHICAGO) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(
        hours=rng.randint(8, 17), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
    )


def _utc(moment: dt.datetime) -> str:
    """ISO 8601 in UTC with milliseconds (``2024-03-05T20:22:10.000Z``)."""
    return f"{moment.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ein(rng: random.Random) -> str:
    """An invented employer identification number of an Illinois prefix (``36-1234567``)."""
    return f"{rng.choice((36, 37))}-{rng.randint(1000000, 9999999)}"


def modified(row: dict[str, Any]) -> dt.datetime | None:
    """The export's ``Modified_on`` (``16 Sep 2016 13:41:00:000``) as a moment in Chicago."""
    value = _f(row, "Modified_on")
    try:
        return dt.datetime.strptime(value[:20], "%d %b %Y %H:%M:%S").replace(tzinfo=CHICAGO)
    except ValueError:
        return None


def name(row: dict[str, Any]) -> str:
    return _f(row, "Site_Name")


def street(row: dict[str, Any]) -> str:
    return _f(row, "LocAddress")


def zip_code(row: dict[str, Any]) -> str:
    return _f(row, "LocZip")


def languages(row: dict[str, Any]) -> list[str]:
    """The languages other than English the export lists (``Spanish;;``, ``Arabic;;Spanish``)."""
    return [x for x in _f(row, "Languages_other_than_English").split(";") if x]


def billcom_vendor(row: dict[str, Any], rng: random.Random) -> str:
    """A Bill.com v2 API answer (``Crud/Read/Vendor.json``): ``response_status`` 0,
    ``response_message`` and the ``Vendor`` (an invented id of prefix ``009``, the program as
    name, company and payee, its street, city, state and ZIP, an invented account number of
    the portal's key and an EIN, ``phone`` and ``paymentPhone`` the program's line, the agency
    and quality rating in ``description``, invented times)."""
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(40, 700))
    agency = _f(row, "Agency_Associated_With")
    desc = f"CCAP child care provider, ECM key {_f(row, 'ECMKey')}"
    if agency:
        desc += f"; agency: {agency}"
    if _f(row, "Quality_Rating"):
        desc += f"; quality rating: {_f(row, 'Quality_Rating')}"
    vendor = {
        "entity": "Vendor",
        "id": f"00901{_token(rng, 13, string.ascii_uppercase + string.digits)}",
        "isActive": "1",
        "name": name(row),
        "shortName": name(row)[:20],
        "nameOnCheck": name(row),
        "companyName": agency or name(row),
        "accNumber": f"ECM-{_f(row, 'ECMKey')}",
        "taxId": _ein(rng),
        "track1099": rng.random() < 0.5,
        "address1": street(row),
        "address2": "",
        "address3": "",
        "address4": "",
        "addressCity": _f(row, "LocCity"),
        "addressState": _f(row, "LocState"),
        "addressZip": zip_code(row),
        "addressCountry": "USA",
        "email": "",
        "fax": "",
        "phone": phone(row),
        "paymentEmail": "",
        "paymentPhone": phone(row),
        "payBy": rng.choice(("0", "2")),
        "description": desc,
        "createdTime": f"{created.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.000+0000",
        "updatedTime": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.000+0000",
        "contactFirstName": "",
        "contactLastName": "",
        "accountType": "1",
        "prefPmtMethod": "",
        "balance": round(rng.uniform(0, 18_000), 2),
    }
    return _json({"response_status": 0, "response_message": "Success", "response_data": vendor})


def parse_query(row: dict[str, Any], rng: random.Random) -> str:
    """A Parse Server REST query answer (``GET /parse/classes/Program``): ``results`` with one
    object (an invented ``objectId``, ``createdAt`` and ``updatedAt``, the portal's key, the
    program's name, street, city, state, ZIP, ``phone``, web page, ages, hours, languages,
    accreditation, rating and availability, the export's modification time as a ``Date``, the
    agency as a ``Pointer``, a public-read ``ACL``)."""
    when = _when(rng)
    obj: dict[str, Any] = {
        "objectId": _token(rng, 10),
        "createdAt": _utc(when - dt.timedelta(days=rng.randint(30, 400))),
        "updatedAt": _utc(when),
        "ecmKey": int(_f(row, "ECMKey")),
        "siteName": name(row),
        "address": street(row),
        "city": _f(row, "LocCity"),
        "state": _f(row, "LocState"),
        "zip": zip_code(row),
        "phone": phone(row),
        "url": _f(row, "URL") or None,
        "agesServed": _f(row, "Ages_Served") or None,
        "operatingHours": _f(row, "Operating_Hours") or None,
        "languages": languages(row),
        "accreditation": _f(row, "Accreditation") or None,
        "qualityRating": _f(row, "Quality_Rating") or None,
        "availability": _f(row, "Availability_Level") or None,
        "schoolBased": _f(row, "School_Based_Y_N") == "1",
        "headStart": _f(row, "Head_Start_Y_N") == "1",
        "acceptsCCAP": _f(row, "Accepts_CCAP_Y_N") == "1",
    }
    if modified(row):
        obj["modifiedOn"] = {"__type": "Date", "iso": _utc(modified(row))}
    if _f(row, "Agency_Associated_With"):
        obj["agency"] = {"__type": "Pointer", "className": "Agency", "objectId": _token(rng, 10)}
    obj["ACL"] = {"*": {"read": True}, "role:portalAdmin": {"read": True, "write": True}}
    return _json({"results": [obj]})


def formstack_submission(row: dict[str, Any], rng: random.Random) -> str:
    """A Formstack API v2 submission (``GET /api/v2/submission/{id}.json``) of a program
    listing-update form: an invented id, timestamp (Eastern time, Formstack's), user agent and
    form id, no address of the submitter, ``data`` of ``field`` and ``value`` with the portal's
    key, the program's name, its address as Formstack's sub-field lines (``address = ...``,
    ``city = ...``, ``state = ...``, ``zip = ...``), the phone, web page, hours and a note that
    gives the phone again."""
    when = _when(rng)
    eastern = when.astimezone(dt.timezone(dt.timedelta(hours=-5)))
    base = rng.randint(150000000, 159999000)
    address = (
        f"address = {street(row)}\ncity = {_f(row, 'LocCity')}\nstate = {_f(row, 'LocState')}\n"
        f"zip = {zip_code(row)}"
    )
    note = f"{rng.choice(CHANGES)} Families can reach the front office at {phone(row)}."
    answers = [
        _f(row, "ECMKey"),
        name(row),
        address,
        phone(row),
        _f(row, "URL"),
        _f(row, "Operating_Hours"),
        note,
    ]
    doc = {
        "id": str(rng.randint(1100000000, 1199999999)),
        "timestamp": f"{eastern:%Y-%m-%d %H:%M:%S}",
        "user_agent": rng.choice(BROWSERS),
        "payment_status": "",
        "form": str(rng.randint(5000000, 5999999)),
        "latitude": "",
        "longitude": "",
        "read": "0",
        "data": [{"field": str(base + i), "value": v} for i, v in enumerate(answers) if v],
    }
    return _json(doc)


def cognito_entry(row: dict[str, Any], rng: random.Random) -> str:
    """A Cognito Forms entry as its webhooks post it: ``Form`` (an invented id, internal name
    and name), ``$version``, ``$etag``, the fields by name (the portal's key, the program's name,
    an ``Address`` object with ``FullAddress``, ``Phone``, web page, ages, languages, whether it
    accepts CCAP, ``Notes`` repeating the phone), ``Entry`` (number, action, role, status,
    version, dates, admin link) and ``Id``."""
    when = _when(rng)
    form_id = rng.randint(10, 480)
    number = rng.randint(1, 3800)
    full = f"{street(row)} {_f(row, 'LocCity')}, {_f(row, 'LocState')} {zip_code(row)}"
    stamp = f"{when:%Y-%m-%dT%H:%M:%S.}{rng.randint(100, 999)}{when:%z}"
    stamp = stamp[:-2] + ":" + stamp[-2:]
    doc = {
        "Form": {
            "Id": str(form_id),
            "InternalName": "EarlyLearningProgramUpdate",
            "Name": "Early Learning Program Update",
        },
        "$version": 7,
        "$etag": f"W/\"datetime'{when.astimezone(dt.UTC):%Y-%m-%dT%H%%3A%M%%3A%S}."
        f"{rng.randint(1000000, 9999999)}Z'\"",
        "ECMKey": _f(row, "ECMKey"),
        "ProgramName": name(row),
        "Address": {
            "Line1": street(row),
            "Line2": None,
            "City": _f(row, "LocCity"),
            "State": _f(row, "LocState"),
            "PostalCode": zip_code(row),
            "Country": None,
            "FullAddress": full,
            "FullInternationalAddress": full,
            "Type": "US",
        },
        "Phone": phone(row),
        "Website": _f(row, "URL") or None,
        "AgesServed": _f(row, "Ages_Served") or None,
        "LanguagesOtherThanEnglish": languages(row),
        "AcceptsCCAP": _f(row, "Accepts_CCAP_Y_N") == "1",
        "Notes": f"{rng.choice(CHANGES)} Main line: {phone(row)}",
        "Entry": {
            "Number": number,
            "Action": "Submit",
            "Role": "Public",
            "Status": "Submitted",
            "Version": 1,
            "DateCreated": stamp,
            "DateSubmitted": stamp,
            "DateUpdated": stamp,
            "AdminLink": f"https://www.cognitoforms.com/forms/earlylearningprogramupdate/"
            f"entries/{number}",
        },
        "Id": f"{form_id}-{number}",
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "billcom_vendor": billcom_vendor,
    "parse_query": parse_query,
    "formstack_submission": formstack_submission,
    "cognito_entry": cognito_entry,
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
