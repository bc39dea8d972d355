"""held_out_460 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the directory of NHS Greater Glasgow and Clyde's services: its pharmacies, GP
practices, dental practices, opticians, hospitals and sexual health clinics as NHS inform's
Scotland's Service Directory and the NHS Scotland open data portal gave them; the United
Kingdom's earlier parts took NHS England's pharmacies and GP practices, HMCTS's courts, the
CQC's care homes, Sport England's Active Places, the Charity Commission's register, the RQIA's
services, Scotland's schools, Democracy Club's electoral services offices, the NHS website's
hospitals, Greggs's shops, a list of food banks and NHS Choices' opticians and dentists)
exactly as published, in layouts no earlier part has, beside the directory's own names,
addresses, postcodes and opening hours.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Telephone`` of 400 services and the ``Email`` of the opticians that give
  one (``scripts/data/pii_gb_ggc_health_services.json``, written by
  ``scripts/gb_ggc_health_services_data.py``; source and licence in that file): British numbers
  as the directory writes them, spaced (``0141 552 5929``, ``01389 812070``) or, for opticians,
  hyphenated (``01475-724404``), and the opticians' mailboxes (``lenzie@brownopticians.co.uk``);
  every copy labelled;
* the text around them is the same row's real fields: the service's name, address lines,
  postcode (``G1  4LZ``, as published), web page and each day's opening hours, and its kind
  (from the file it came from), with invented ids, codes, dates and tags, unlabelled and scored;
  a pharmacy's ``DispenserName`` (a company, or a pharmacist's own name) and the free-text
  ``Services`` and ``ExtraOTInfo`` are not written;
* in layouts no earlier part has, the work tools a supplier to a Scottish health board keeps
  its sites in, text in English: Teamwork.com (Projects API v1) company answers (``GET
  /companies/{id}.json``: ``STATUS`` and one ``company`` with ``addressOne``, ``addressTwo``,
  ``zip``, ``countrycode``, ``phone``, ``emailOne``, ``website``), HaloITSM sites as ``POST
  /api/Site`` takes them (a JSON array of one site: ``client_name``, ``phonenumber``,
  ``emaildomain``, ``notes`` giving the address and repeating the number and mailbox), Dynamics
  365 Business Central API v2.0 location requests (``POST .../api/v2.0/companies({id})/
  locations``, the HTTP request line and headers, then the ``location`` JSON: ``code``,
  ``displayName``, ``addressLine1``, ``postalCode``, ``phoneNumber``, ``email``, ``website``)
  and Podio item requests (``POST /item/app/{app_id}/``: an ``external_id`` and ``fields`` by
  their external ids, text fields for the telephone, mailbox, address and hours, a note that
  repeats the telephone, and ``tags``). Teamwork's address, phone, fax, ``emailOne``,
  ``website`` and ``industryId`` names are as the PowerShell Gallery ``Teamwork`` module reads
  them, its other fields from memory; Halo's as the ``HaloAPI`` module's site template gives
  them; Business Central's as Microsoft's ``dynamics_location_create`` reference shows them;
  Podio's request shape from memory (fields keyed by external id as its items examples say).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten or eleven digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_460.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_ggc_health_services.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_460.jsonl.gz"
SPLIT = "held_out_460"

LAYOUTS = ("teamwork_company", "halo_site", "bc_location", "podio_item")
PHONE, EMAIL = "Telephone", "Email"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# the directory's kinds of service, by the file a row came from
KINDS = {
    "Pharmacies": "Pharmacy",
    "GPs": "GP practice",
    "Dentists": "Dental practice",
    "Opticians": "Optician",
    "Hospitals": "Hospital",
    "SHClinics": "Sexual health clinic",
}
BOARD = "NHS Greater Glasgow and Clyde"
# invented suppliers' work (what the site is kept for)
WORKS = (
    "replacement of the dispensary and reception PCs",
    "installation of the new appointment-booking kiosk",
    "annual PAT testing of portable appliances",
    "fire alarm panel service and battery replacement",
    "Wi-Fi survey and access point upgrade",
    "legionella risk assessment of the water system",
)

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is null)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The service's telephone as published."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The service's mailbox where the directory gives one (only opticians' rows have the
    column), else ""."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def kind(row: dict[str, Any]) -> str:
    """The kind of service, by the file the row came from (``..._Processed_GPs.js#12``)."""
    return KINDS[row["path"].rsplit("_Processed_", 1)[1].split(".", 1)[0]]


def name(row: dict[str, Any]) -> str:
    """The service's name: the first line of ``Name`` (two pharmacies' names carry a scraped
    ``Back To List Report Listing`` line), or for the five pharmacies with none, the company
    that holds the contract (``DispenserName``)."""
    return _f(row, "Name").split("\n", 1)[0].strip() or _f(row, "DispenserName")


def lines(row: dict[str, Any]) -> list[str]:
    """The address lines as published, without the blank ones (``" "``) and without one
    pharmacy's ``Address3`` that holds its services list instead."""
    found = [_f(row, f"Address{i}") for i in range(1, 5)]
    return [line for line in found if line and "\n" not in line]


def postcode(row: dict[str, Any]) -> str:
    """The postcode as published (``G1  4LZ``, two spaces where the outward code is short)."""
    return _f(row, "Postcode")


def town(row: dict[str, Any]) -> str:
    """The last address line after the first (``Glasgow``, ``Paisley``), or ""."""
    rest = lines(row)[1:]
    return rest[-1] if rest else ""


def street(row: dict[str, Any]) -> list[str]:
    """The address lines before the town."""
    found = lines(row)
    return found[:-1] if town(row) else found


def place(row: dict[str, Any]) -> str:
    """The address in one line with the postcode."""
    return ", ".join([*lines(row), postcode(row)])


def website(row: dict[str, Any]) -> str:
    return _f(row, "Website")


def hours(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(day, ``09:00 - 18:00``) for each day the directory gives hours for."""
    return [(day, _f(row, day)) for day in DAYS if _f(row, day)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone and mailbox (an empty one is skipped)."""
    return [(PHONE, phone(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and mailbox labelled (each
    copy stands apart: no digit next to the number, no address character next to the
    mailbox)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (UK time, written without an offset)."""
    day = dt.datetime(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _code(row: dict[str, Any], rng: random.Random) -> str:
    """An invented site code of the kind's initials and four digits (``GP-4417``)."""
    initials = "".join(w[0] for w in kind(row).split()).upper()
    return f"{initials}-{rng.randint(1000, 9999)}"


def teamwork_company(row: dict[str, Any], rng: random.Random) -> str:
    """A Teamwork.com (Projects API v1) company answer (``GET /companies/{id}.json``): the
    ``company`` an invented supplier keeps the service as (an invented id, the service's name,
    ``addressOne`` and ``addressTwo``, ``city``, ``state`` Scotland, ``zip``, ``countrycode``
    GB, ``phone``, an empty ``fax``, ``emailOne`` where the service has a mailbox, ``website``,
    an invented ``industryId``, ``tags`` with the kind and board, and dates) and ``STATUS``."""
    when = _when(rng)
    found = street(row)
    company = {
        "id": str(rng.randint(100000, 999999)),
        "name": name(row),
        "addressOne": found[0] if found else "",
        "addressTwo": ", ".join(found[1:]),
        "city": town(row),
        "state": "Scotland",
        "zip": postcode(row),
        "countrycode": "GB",
        "phone": phone(row),
        "fax": "",
        "emailOne": email(row),
        "emailTwo": "",
        "emailThree": "",
        "website": website(row),
        "industryId": str(rng.choice((12, 27, 31))),
        "tags": [
            {"id": str(rng.randint(1000, 9999)), "name": kind(row), "color": "#4461d7"},
            {"id": str(rng.randint(1000, 9999)), "name": "NHS GGC", "color": "#2fbf71"},
        ],
        "isOwner": "0",
        "can_see_private": True,
        "created_on": f"{when:%Y-%m-%dT%H:%M:%SZ}",
        "last_changed_on": f"{when + dt.timedelta(days=rng.randint(1, 40)):%Y-%m-%dT%H:%M:%SZ}",
    }
    return _json({"company": company, "STATUS": "OK"})


def halo_site(row: dict[str, Any], rng: random.Random) -> str:
    """A HaloITSM site as ``POST /api/Site`` takes it (a JSON array of one site): the service
    as a site of the board's client record (an invented ``client_id``, ``client_name`` the
    board, the site's ``name``, ``phonenumber``, ``timezone``, ``emaildomain`` the mailbox's
    domain where there is one, ``notes`` giving the kind, the address and the number and
    mailbox again, an invented ``refnumber``, ``inactive`` false)."""
    note = f"{kind(row)}. Address: {place(row)}. Main line {phone(row)}"
    if email(row):
        note += f"; practice mailbox {email(row)}"
    note += f". Access for engineers by arrangement with the site; see {_code(row, rng)}."
    site = {
        "name": name(row),
        "client_id": rng.randint(10, 400),
        "client_name": BOARD,
        "inactive": False,
        "phonenumber": phone(row),
        "timezone": "GMT Standard Time",
        "notes": note,
        "refnumber": rng.randint(10000, 99999),
        "isinvoicesite": False,
        "defaultdelivery": True,
    }
    if email(row):
        site["emaildomain"] = email(row).rsplit("@", 1)[1]
    return _json([site])


def bc_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Dynamics 365 Business Central API v2.0 location request (``POST
    https://api.businesscentral.dynamics.com/v2.0/{tenant}/Production/api/v2.0/companies({id})/
    locations``, its ``Authorization`` and ``Content-type`` headers, a blank line, then the
    location: an invented ``code`` and the service's ``displayName`` (100 characters at most),
    ``contact``, ``addressLine1`` and ``addressLine2``, ``city``, ``state``, ``country`` GB,
    ``postalCode``, ``phoneNumber``, ``email`` and ``website``), as an invented medical-supplies
    wholesaler registers a delivery point."""
    found = street(row)
    location = {
        "code": _code(row, rng),
        "displayName": name(row)[:100],
        "contact": "Reception",
        "addressLine1": found[0] if found else "",
        "addressLine2": ", ".join(found[1:]),
        "city": town(row),
        "state": "",
        "country": "GB",
        "postalCode": postcode(row),
        "phoneNumber": phone(row),
        "email": email(row),
        "website": website(row),
    }
    head = [
        f"POST https://api.businesscentral.dynamics.com/v2.0/{_uuid(rng)}/Production/api/v2.0/"
        f"companies({_uuid(rng)})/locations",
        "Authorization: Bearer {token}",
        "Content-type: application/json",
        "",
    ]
    return "\n".join(head) + "\n" + _json(location)


def podio_item(row: dict[str, Any], rng: random.Random) -> str:
    """A Podio item request (``POST /item/app/{app_id}/``, the app id in the invented
    ``external_id`` aside): the service as an item of an invented supplier's "Sites" app, its
    ``fields`` by their external ids (``title``, ``service-type``, ``address``, ``postcode``,
    ``telephone``, ``email`` where there is one, ``website``, ``opening-hours`` one line per
    day, ``visit-notes`` an invented work with the telephone again) and ``tags``."""
    when = _when(rng)
    fields: dict[str, Any] = {
        "title": name(row),
        "service-type": kind(row),
        "address": ", ".join(lines(row)),
        "postcode": postcode(row),
        "telephone": phone(row),
    }
    if email(row):
        fields["email"] = email(row)
    if website(row):
        fields["website"] = website(row)
    if hours(row):
        fields["opening-hours"] = "\n".join(f"{day}: {span}" for day, span in hours(row))
    fields["visit-notes"] = (
        f"{rng.choice(WORKS).capitalize()} booked for {when:%d/%m/%Y} at {when:%H:%M}. "
        f"Confirm the day before on {phone(row)} and sign in at reception."
    )
    doc = {
        "external_id": f"ggc-site-{rng.randint(100000, 999999)}",
        "fields": fields,
        "tags": ["nhs-ggc", kind(row).lower().replace(" ", "-")],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "teamwork_company": teamwork_company,
    "halo_site": halo_site,
    "bc_location": bc_location,
    "podio_item": podio_item,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone and mailbox
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
