"""held_out_469 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Secretary of the Commonwealth of Massachusetts's list of local election
officials: the offices of the cities' and towns' clerks; the United States' earlier parts took
CMS's hospitals, New York City's high schools, restaurants and aging providers, Puerto Rico's
voter centres, the TEA's AskTED directory, HIFLD's colleges, Cambridge's facilities, the NYS
health facilities, the FOIA contacts, IMLS's museums, HUD's housing agencies, the NPS's parks,
Chicago's health centers, SAMHSA's locator, the AFDC's stations, the Open Brewery DB,
Starbucks's and Target's stores, Congress's district offices, Texas DFPS's child care, the CDE's
schools, the public libraries, Maine's HRSA health centers, Hawaii's school facilities,
Nebraska's assisted living, New York's farmers' markets, CountyOffice's health departments and
Food Oasis Los Angeles) exactly as published, in layouts no earlier part has, beside the list's
own names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the phone of 300 clerks' offices, their fax where the list gives one that is a
  line of its own (not the phone again) and their mailbox where it gives one
  (``scripts/data/pii_us_ma_town_clerks.json``, written by ``scripts/us_ma_town_clerks_data.py``;
  source and licence in that file): numbers as the Commonwealth's page writes them, hyphenated
  (``781-982-2112``), 95 with an extension after `` x`` (``413-743-8300 x 176``: the number is
  labelled, the extension is not), and the offices' mailboxes (``clerk@acton-ma.gov``); every
  copy labelled;
* the text around them is the same row's real fields: the town, the office's name, street and
  ZIP code (``02351``, some ZIP+4, ``01515-0568``), with invented ids, UUIDs, Unix times,
  dates, election ids and voter counts, unlabelled and scored;
* in layouts no earlier part has, formats of the United States' election administration and
  civic organising, text in English: NIST SP 1500-100 Election Results Reporting common data
  format (version 1) ``ElectionReport``s (a pre-election report whose town ``ReportingUnit``
  has the office's ``ContactInformation`` and an ``ElectionAdministration`` with the number
  and mailbox again), Google Civic Information API ``voterInfoQuery`` answers (the town as
  ``local_jurisdiction``, its ``electionAdministrationBody`` with the office's address and an
  ``electionOfficials`` entry with ``officePhoneNumber``, ``faxNumber`` and ``emailAddress``, an
  early vote site at the office whose ``notes`` give the number), Mobilize API event lists
  (``GET /api/v1/organizations/:id/events``: a ballot drop-off help day at the office, its
  ``description`` giving the office's lines and mailbox and its ``contact`` the number and
  mailbox) and Constant Contact V3 contacts (``GET /v3/contacts/{contact_id}`` with its
  ``phone_numbers``, ``street_addresses``, ``list_memberships`` and ``notes``: the office on a
  state association's mailing list, a note giving the number again).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every labelled copy is
one number of ten digits, labelled whole; an extension beside it is not labelled). Each record
is seeded by its own (split, locale, layout, index). Committed with its data before it was
ever scored.

    python scripts/pii_held_out_469.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_ma_town_clerks.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_469.jsonl.gz"
SPLIT = "held_out_469"

LAYOUTS = ("nist_err_xml", "civicinfo_voterinfo", "mobilize_events", "constant_contact")
PHONE, FAX, EMAIL = "phone", "fax", "email"
EDGES = {PHONE: r"\d", FAX: r"\d", EMAIL: r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
EASTERN = dt.timezone(dt.timedelta(hours=-4))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented elections of the Commonwealth (name, election day)
ELECTIONS = (
    ("Massachusetts State Primary", dt.date(2024, 9, 3)),
    ("Massachusetts State Election", dt.date(2024, 11, 5)),
    ("Massachusetts Presidential Primary", dt.date(2024, 3, 5)),
)
# invented non-partisan organisations (no real group is meant)
SPONSORS = (
    "Bay State Ballot Helpers",
    "Neighbors Vote Massachusetts",
    "Commonwealth Civic Volunteers",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The office's phone as published (with its extension, if any)."""
    return _f(row, PHONE)


def number(row: dict[str, Any]) -> str:
    """The phone's number without its extension (``413-743-8300``)."""
    return re.split(r" [xX]", phone(row))[0].strip()


def extension(row: dict[str, Any]) -> str:
    """The phone's extension (``176``), "" where it has none."""
    parts = re.split(r" [xX]", phone(row), maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def fax(row: dict[str, Any]) -> str:
    """The office's fax where it is a line of its own (not empty, not the phone again)."""
    value = _f(row, FAX)
    return "" if not value or value == number(row) else value


def email(row: dict[str, Any]) -> str:
    """The office's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "1-"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's number, fax and mailbox (empty ones are skipped)."""
    return [(PHONE, number(row)), (FAX, fax(row)), (EMAIL, email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number (with or without its
    extension), fax and mailbox labelled (each copy stands apart: no digit next to a number,
    no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def town(row: dict[str, Any]) -> str:
    """The city or town."""
    return _f(row, "city") or _f(row, "locale")


def _parts(row: dict[str, Any]) -> list[str]:
    return [p.strip() for p in _f(row, "address").split(", ")]


def office(row: dict[str, Any]) -> str:
    """The office's name, the first part of the address (``Office Of The Town Clerk``)."""
    return _parts(row)[0]


def street_lines(row: dict[str, Any]) -> list[str]:
    """The address's lines between the office and the town (``500 Gliniewicz Way``)."""
    return _parts(row)[1:-2]


def zip_code(row: dict[str, Any]) -> str:
    """The ZIP code that ends the address (``02351``, ``01515-0568``), "" where none does."""
    m = re.search(r"(\d{5}(?:-\d{4})?)$", _f(row, "address"))
    return m.group(1) if m else ""


def title(row: dict[str, Any]) -> str:
    """The office holder's title as the office's name gives it (``Town Clerk``, ``City
    Clerk``), else ``Election Official`` (``Board Of Election Cmmssnr``, ``Town Hall``)."""
    name = office(row).lower()
    for kind in ("City Clerk", "Town Clerk"):
        if kind.lower() in name:
            return kind
    return "Election Official"


def municipality(row: dict[str, Any]) -> str:
    """The town and state (``Abington, Massachusetts``): the list does not say which
    municipalities are cities."""
    return f"{town(row)}, Massachusetts"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Eastern time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=EASTERN) + dt.timedelta(days=rng.randint(0, 240))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _uuid(rng: random.Random) -> str:
    """An invented version 4 UUID."""
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    return escape(value)


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def nist_err_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A NIST SP 1500-100 Election Results Reporting (version 1) ``ElectionReport``, a
    pre-election report of an invented election: the ``Election`` (its scope the state), the
    ``GpUnitCollection`` with the state and the town as ``ReportingUnit``s, the town's with the
    office's ``ContactInformation`` (address lines, ``Email``, ``Fax``, ``Name``, ``Phone`` as
    published; ``Type`` ``municipality``, the list not saying which are cities) and an
    ``ElectionAdministration`` (the office and town, the number and mailbox again), an invented
    count of registered voters, ``Issuer``, sequence and status."""
    when = _when(rng)
    name, day = rng.choice(ELECTIONS)
    ru = f"ru-{_slug(town(row))}"
    place = f"{town(row)}, MA {zip_code(row)}".strip()
    pad = " " * 8
    contact = [f"{pad}<AddressLine>{_x(office(row))}</AddressLine>"]
    contact += [f"{pad}<AddressLine>{_x(line)}</AddressLine>" for line in street_lines(row)]
    contact.append(f"{pad}<AddressLine>{_x(place)}</AddressLine>")
    if email(row):
        contact.append(f"{pad}<Email>{_x(email(row))}</Email>")
    if fax(row):
        contact.append(f"{pad}<Fax>{_x(fax(row))}</Fax>")
    contact.append(f"{pad}<Name>{_x(office(row))}</Name>")
    contact.append(f"{pad}<Phone>{_x(phone(row))}</Phone>")
    admin = [f"{pad}  <Phone>{_x(number(row))}</Phone>"]
    if email(row):
        admin.insert(0, f"{pad}  <Email>{_x(email(row))}</Email>")
    vendor = f"EMS export {rng.randint(2, 6)}.{rng.randint(0, 9)}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ElectionReport xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        "  <Election>",
        "    <ElectionScopeId>ru-ma</ElectionScopeId>",
        f'    <Name><Text language="en">{_x(name)}</Text></Name>',
        f"    <StartDate>{day:%Y-%m-%d}</StartDate>",
        f"    <EndDate>{day:%Y-%m-%d}</EndDate>",
        f"    <Type>{'primary' if 'Primary' in name else 'general'}</Type>",
        "  </Election>",
        "  <Format>summary-contest</Format>",
        f"  <GeneratedDate>{when.isoformat()}</GeneratedDate>",
        "  <GpUnitCollection>",
        '    <GpUnit xsi:type="ReportingUnit" objectId="ru-ma">',
        "      <ComposingGpUnitIds>" + ru + "</ComposingGpUnitIds>",
        "      <Name>Massachusetts</Name>",
        "      <Type>state</Type>",
        "    </GpUnit>",
        f'    <GpUnit xsi:type="ReportingUnit" objectId="{ru}">',
        f"      <Name>{_x(town(row))}</Name>",
        "      <ContactInformation>",
        *contact,
        "      </ContactInformation>",
        "      <ElectionAdministration>",
        "        <ContactInformation>",
        *admin,
        "        </ContactInformation>",
        f"        <Name>{_x(f'{office(row)}, {town(row)}')}</Name>",
        "      </ElectionAdministration>",
        "      <Type>municipality</Type>",
        f"      <VotersRegistered>{rng.randint(300, 30000)}</VotersRegistered>",
        "    </GpUnit>",
        "  </GpUnitCollection>",
        f"  <Issuer>{_x(f'{office(row)}, {municipality(row)}')}</Issuer>",
        "  <IssuerAbbreviation>MA</IssuerAbbreviation>",
        "  <SequenceStart>1</SequenceStart>",
        "  <SequenceEnd>1</SequenceEnd>",
        "  <Status>pre-election</Status>",
        f"  <VendorApplicationId>{vendor}</VendorApplicationId>",
        "</ElectionReport>",
        "",
    ]
    return "\n".join(lines)


def _address(row: dict[str, Any]) -> dict[str, str]:
    """The office's address as the Civic Information API's ``SimpleAddressType``."""
    lines = street_lines(row)
    out = {"locationName": office(row)}
    for i, line in enumerate(lines[:3], start=1):
        out[f"line{i}"] = line
    out.update({"city": town(row), "state": "MA", "zip": zip_code(row)})
    return out


def civicinfo_voterinfo(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Civic Information API answer (``GET /civicinfo/v2/voterinfo``,
    ``civicinfo#voterInfoResponse``): an invented election, the ``normalizedInput`` (the
    office's street, town and ZIP code), an early vote site at the office whose ``notes`` give
    the number, and the ``state`` with its ``local_jurisdiction``: the town's
    ``electionAdministrationBody`` with the office's ``physicalAddress`` and an
    ``electionOfficials`` entry (the title the office's name gives, ``officePhoneNumber`` as
    published, ``faxNumber``, ``emailAddress``)."""
    name, day = rng.choice(ELECTIONS)
    start = day - dt.timedelta(days=rng.choice((11, 14)))
    official: dict[str, str] = {"title": title(row)}
    official["officePhoneNumber"] = phone(row)
    if fax(row):
        official["faxNumber"] = fax(row)
    if email(row):
        official["emailAddress"] = email(row)
    lines = street_lines(row)
    source = [{"name": "Voting Information Project", "official": True}]
    doc = {
        "kind": "civicinfo#voterInfoResponse",
        "election": {
            "id": str(rng.randint(8000, 9499)),
            "name": name,
            "electionDay": f"{day:%Y-%m-%d}",
            "ocdDivisionId": "ocd-division/country:us/state:ma",
        },
        "normalizedInput": {
            "line1": lines[0] if lines else "",
            "city": town(row),
            "state": "MA",
            "zip": zip_code(row),
        },
        "earlyVoteSites": [
            {
                "address": _address(row),
                "notes": f"In-person early voting at the {office(row)}. Accessible entrance; "
                f"for curbside voting call {number(row)} when you arrive",
                "pollingHours": "Mon-Fri 9 am - 4 pm",
                "startDate": f"{start:%Y-%m-%d}",
                "endDate": f"{day - dt.timedelta(days=3):%Y-%m-%d}",
                "sources": source,
            }
        ],
        "state": [
            {
                "name": "Massachusetts",
                "electionAdministrationBody": {
                    "name": "Secretary of the Commonwealth, Elections Division",
                    "electionInfoUrl": "https://www.sec.state.ma.us/ele/",
                },
                "local_jurisdiction": {
                    "name": town(row),
                    "electionAdministrationBody": {
                        "name": office(row),
                        "physicalAddress": _address(row),
                        "electionOfficials": [official],
                    },
                    "sources": source,
                },
                "sources": source,
            }
        ],
    }
    return _json(doc)


def mobilize_events(row: dict[str, Any], rng: random.Random) -> str:
    """A Mobilize API answer (``GET /api/v1/organizations/:organization_id/events``, an
    authenticated call, so ``contact`` is given): ``count``, ``next``, ``previous`` and one
    event of an invented non-partisan sponsor, a ballot drop-off help day at the office (its
    ``location`` the office's street and ZIP code, not geocoded), its ``description`` giving
    the office's phone as published, fax and mailbox, its ``contact`` the office's number and
    mailbox, invented ids and Unix times."""
    when = _when(rng)
    org_id = rng.randint(1000, 29999)
    sponsor = rng.choice(SPONSORS)
    eid = rng.randint(400000, 799999)
    start = int(when.timestamp()) + 86400 * rng.randint(7, 30)
    created = int(when.timestamp())
    lines = street_lines(row)
    desc = (
        f"Volunteers will be outside the {office(row)} ({municipality(row)}) to help voters "
        "return their mail ballots before the deadline. Questions about your ballot "
        f"application or status go to the clerk's office: phone {phone(row)}"
    )
    if fax(row):
        desc += f", fax {fax(row)}"
    if email(row):
        desc += f", email {email(row)}"
    desc += " (we are a non-partisan group and cannot accept ballots ourselves)."
    event = {
        "id": eid,
        "title": f"Ballot drop-off help day - {town(row)}",
        "summary": f"Help neighbors return mail ballots at the {office(row)}",
        "description": desc,
        "featured_image_url": "",
        "high_priority": None,
        "sponsor": {
            "id": org_id,
            "name": sponsor,
            "slug": _slug(sponsor),
            "is_coordinated": False,
            "is_independent": True,
            "race_type": None,
            "is_primary_campaign": False,
            "state": "MA",
            "district": "",
            "candidate_name": "",
            "event_feed_url": f"https://www.mobilize.us/{_slug(sponsor)}/",
            "created_date": created - 86400 * rng.randint(200, 900),
            "modified_date": created - 86400 * rng.randint(1, 100),
            "org_type": "C3",
        },
        "timeslots": [
            {"id": rng.randint(2000000, 4999999), "start_date": start, "end_date": start + 10800}
        ],
        "location": {
            "venue": office(row),
            "address_lines": [(lines[0] if lines else ""), ", ".join(lines[1:])],
            "locality": town(row),
            "region": "MA",
            "postal_code": zip_code(row),
            "location": None,
            "congressional_district": None,
            "state_leg_district": None,
            "state_senate_district": None,
        },
        "timezone": "America/New_York",
        "event_type": "OTHER",
        "browser_url": f"https://www.mobilize.us/{_slug(sponsor)}/event/{eid}/",
        "created_date": created,
        "modified_date": created + rng.randint(60, 86400),
        "visibility": "PUBLIC",
        "contact": {
            "name": office(row),
            "email_address": email(row) or None,
            "phone_number": number(row),
        },
    }
    return _json({"count": 1, "next": None, "previous": None, "data": [event]})


def constant_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Constant Contact V3 contact (``GET /v3/contacts/{contact_id}?include=phone_numbers,
    street_addresses,list_memberships,notes``): the office on an invented state association's
    mailing list (``first_name`` the town and ``last_name`` ``Clerk``, ``job_title`` the
    office's name, ``company_name`` the town and state, ``email_address`` the mailbox where it
    has one), its ``phone_numbers`` (the phone as published, ``work``; the fax, ``other``),
    ``street_addresses`` (the street, town and ZIP code), invented UUIDs, list ids and times,
    and a note giving the number again."""
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(60, 900))
    stamp = f"{created.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}Z"
    later = f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}Z"
    numbers = [
        {
            "phone_number_id": _uuid(rng),
            "phone_number": phone(row),
            "kind": "work",
            "created_at": stamp,
            "update_source": "Account",
            "create_source": "Account",
        }
    ]
    if fax(row):
        numbers.append(
            {
                "phone_number_id": _uuid(rng),
                "phone_number": fax(row),
                "kind": "other",
                "created_at": stamp,
                "update_source": "Account",
                "create_source": "Account",
            }
        )
    doc: dict[str, Any] = {"contact_id": _uuid(rng)}
    if email(row):
        doc["email_address"] = {
            "address": email(row),
            "permission_to_send": "implicit",
            "created_at": stamp,
            "updated_at": later,
            "opt_in_source": "Account",
            "opt_in_date": stamp,
            "confirm_status": "off",
        }
    doc.update(
        {
            "first_name": town(row)[:50],
            "last_name": "Clerk",
            "job_title": office(row)[:50],
            "company_name": municipality(row)[:50],
            "create_source": "Account",
            "created_at": stamp,
            "updated_at": later,
            "update_source": "Account",
            "phone_numbers": numbers,
            "street_addresses": [
                {
                    "street_address_id": _uuid(rng),
                    "kind": "work",
                    "street": ", ".join(street_lines(row)),
                    "city": town(row),
                    "state": "MA",
                    "postal_code": zip_code(row),
                    "country": "United States",
                    "created_at": stamp,
                    "updated_at": later,
                }
            ],
            "list_memberships": [_uuid(rng) for _ in range(rng.randint(1, 2))],
            "notes": [
                {
                    "note_id": _uuid(rng),
                    "created_at": later,
                    "content": f"Clerk's office confirmed the mailing address for the "
                    f"election calendar; main line {number(row)}",
                }
            ],
        }
    )
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nist_err_xml": nist_err_xml,
    "civicinfo_voterinfo": civicinfo_voterinfo,
    "mobilize_events": mobilize_events,
    "constant_contact": constant_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number, fax and
    mailbox labelled."""
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
