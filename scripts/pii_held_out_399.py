"""held_out_399 of the PII evaluation set: real phone and e-mail fields of a list no earlier part
used (a 2015 list of the United Kingdom's food banks, the Trussell Trust's and others'; the
country's earlier parts took NHS England's pharmacies and GP practices, HM Courts & Tribunals
Service's courts, the CQC's care homes, Sport England's Active Places, the Charity Commission's
register, the RQIA's services, Scotland's schools, the Electoral Commission's electoral services
offices, the NHS's hospitals and Greggs's shops) exactly as published, in layouts no earlier
part has, beside the list's own names, networks, regions and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the telephone and e-mail address of 300 food banks as the list's contact
  column gives them after ``T:`` and ``E:`` (``scripts/data/pii_gb_fud_foodbanks.json``,
  written by ``scripts/gb_fud_foodbanks_data.py``; source and licence in that file): British
  numbers of eleven digits as the list writes them, run together or spaced (``07854690694``,
  ``0115 9751825``, ``07542 118 878``), and the food banks' mailboxes
  (``info@arnold.foodbank.org.uk``); every copy labelled;
* the text around them is the same row's real fields: the food bank's name, its network
  (``Trussell Trust``, ``Besom``, ``FareShare``), its region as the list writes it (``EoE,
  East of England``) and the postcode its contact column ends in, with invented ids, list
  ids, access tokens, tags, weights, times and a delivery's door access code, unlabelled and
  scored (the access code, nine digits, is phone-shaped on purpose: a number no one answers);
  the contact column itself, which may name a person, is never written;
* in layouts no earlier part has, formats of the supply and fundraising tools a food bank
  network's office uses, text in English: Campaign Monitor API (v3.3) add-subscriber request
  bodies (``POST /api/v3.3/subscribers/{listid}.json``: the food bank's mailbox as
  ``EmailAddress``, its telephone, network, region and postcode as ``CustomFields``), Copper
  CRM developer API (v1) create-company request bodies (``POST /developer_api/v1/companies``:
  ``phone_numbers`` with the telephone, ``email_domain``, ``details`` giving the mailbox),
  Keap REST API (v2) create-company request bodies (``POST /crm/rest/v2/companies``:
  ``phone_number`` and ``email_address`` objects, a British ``address`` and ``notes`` repeating
  the telephone) and Deliverect dispatch "create delivery job" webhook bodies (a surplus-food
  run from an invented depot, the food bank as the one ``deliveryLocations`` entry with its
  ``phone``, the mailbox in its ``deliveryRemarks``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of eleven digits, labelled whole). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_399.py   # rewrites the committed file
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

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_fud_foodbanks.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_399.jsonl.gz"
SPLIT = "held_out_399"

LAYOUTS = ("campaign_monitor_subscriber", "copper_company", "keap_company", "deliverect_job")
PHONE, EMAIL = "telephone", "email"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
UK = dt.UTC
# a British postcode as the contact column writes it (the last one it gives)
POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b", re.IGNORECASE)

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented depots of a surplus-food scheme (the pickup of the Deliverect jobs)
DEPOTS = (
    ("Northgate Surplus Food Depot", "Unit 4, Northgate Trading Estate", "Leeds", "LS9 0PQ"),
    ("Riverside Community Larder Hub", "12 Wharf Lane", "Bristol", "BS2 0TY"),
    ("Midlands Food Share Warehouse", "Bay 7, Canal Park", "Coventry", "CV1 4FD"),
    ("Eastfield Redistribution Centre", "Eastfield Road", "Norwich", "NR3 2BE"),
    ("Clyde Food Rescue Store", "88 Dock Street", "Glasgow", "G5 8QT"),
)
FOODS = ("tinned vegetables", "UHT milk", "pasta and rice", "breakfast cereal", "tinned fish")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The food bank's telephone as the contact column writes it."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The food bank's e-mail address as the contact column writes it."""
    return _f(row, EMAIL)


def name(row: dict[str, Any]) -> str:
    """The food bank's name as the list writes it (spaces around it stripped)."""
    return _f(row, "name")


def postcode(row: dict[str, Any]) -> str:
    """The last postcode of the contact column as written, "" where it ends in none."""
    found = POSTCODE.findall(_f(row, "contact"))
    return found[-1] if found else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone and mailbox."""
    return [(PHONE, phone(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and mailbox labelled (each
    copy stands apart: no digit next to the number, no address character next to the
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (UTC)."""
    day = dt.datetime(2025, 1, 6, tzinfo=UK) + dt.timedelta(days=rng.randint(0, 330))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.choice((0, 15, 30, 45)))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _tag(network: str) -> str:
    return re.sub(r"[^a-z]+", "-", network.lower()).strip("-")


def campaign_monitor_subscriber(row: dict[str, Any], rng: random.Random) -> str:
    """A Campaign Monitor API (v3.3) add-subscriber request body (``POST
    /api/v3.3/subscribers/{listid}.json``): the mailbox as ``EmailAddress``, the food bank's
    name, ``CustomFields`` with the telephone, network, region, postcode and an invented member
    reference, ``Resubscribe``, ``RestartSubscriptionBasedAutoresponders``, ``ConsentToTrack``."""
    fields = [
        {"Key": "Telephone", "Value": phone(row)},
        {"Key": "Network", "Value": _f(row, "network")},
        {"Key": "Region", "Value": _f(row, "region")},
    ]
    if postcode(row):
        fields.append({"Key": "Postcode", "Value": postcode(row)})
    fields += [
        {"Key": "MemberRef", "Value": f"FB-{rng.randint(100, 999)}-{rng.choice('ABCDEFGH')}"},
        {"Key": "Interests", "Value": rng.choice(("Winter appeal", "Harvest", "Summer holidays"))},
    ]
    doc = {
        "EmailAddress": email(row),
        "Name": name(row),
        "CustomFields": fields,
        "Resubscribe": True,
        "RestartSubscriptionBasedAutoresponders": False,
        "ConsentToTrack": "Yes",
    }
    return _json(doc)


def copper_company(row: dict[str, Any], rng: random.Random) -> str:
    """A Copper CRM developer API (v1) create-company request body (``POST
    /developer_api/v1/companies``): the name, an ``address`` with the postcode and ``GB``,
    ``phone_numbers`` with the telephone (``work``), the mailbox's domain as ``email_domain``,
    ``details`` giving the network, region and mailbox, ``tags`` and an invented assignee id."""
    doc = {
        "name": name(row),
        "address": {
            "street": None,
            "city": None,
            "state": None,
            "postal_code": postcode(row) or None,
            "country": "GB",
        },
        "assignee_id": rng.randint(100000, 999999),
        "contact_type_id": rng.choice((451490, 451491, 451492)),
        "details": f"{_f(row, 'network')} food bank, {_f(row, 'region')}. Referrals, volunteers "
        f"and donations: {email(row)}",
        "email_domain": email(row).split("@", 1)[1],
        "phone_numbers": [{"number": phone(row), "category": "work"}],
        "tags": ["food bank", _tag(_f(row, "network"))],
    }
    return _json(doc)


def keap_company(row: dict[str, Any], rng: random.Random) -> str:
    """A Keap REST API (v2) create-company request body (``POST /crm/rest/v2/companies``): the
    ``company_name``, an ``address`` (``GBR``, the region, the postcode), ``email_address`` and
    ``phone_number`` objects, an invented custom field and ``notes`` repeating the telephone."""
    when = _when(rng)
    address = {"country_code": "GBR", "field": "BILLING", "region": _f(row, "region")}
    if postcode(row):
        address["postal_code"] = postcode(row)
    doc = {
        "company_name": name(row),
        "address": address,
        "email_address": {"email": email(row), "field": "EMAIL1"},
        "phone_number": {"number": phone(row), "field": "PHONE1", "type": "Work"},
        "custom_fields": [{"id": str(rng.randint(10, 99)), "content": _f(row, "network")}],
        "notes": f"Added from the {when:%B %Y} partner list. Drop-off slots are booked by "
        f"telephone on {phone(row)}; {rng.randint(2, 9)} pallets a month.",
    }
    return _json(doc)


def deliverect_job(row: dict[str, Any], rng: random.Random) -> str:
    """A Deliverect dispatch "create delivery job" webhook body: invented job, account and
    location ids, a pickup at an invented depot, one ``deliveryLocations`` entry for the food
    bank (its name as ``company``, its network in ``orderDescription``, its postcode, its
    telephone as ``phone``, an invented nine-digit ``phoneAccessCode``, the mailbox in
    ``deliveryRemarks``) and no payment due."""
    depot, street, city, depot_pc = rng.choice(DEPOTS)
    pickup = _when(rng)
    drop = pickup + dt.timedelta(minutes=rng.choice((45, 60, 90, 120)))
    crates = rng.randint(4, 30)
    display = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    doc = {
        "jobId": _hex(rng, 24),
        "account": _hex(rng, 24),
        "pickupTime": f"{pickup:%Y-%m-%dT%H:%M:%S}.000000Z",
        "transportType": "van",
        "driverTip": 0,
        "pickupLocation": {
            "location": _hex(rng, 24),
            "name": depot,
            "remarks": "Loading bay at the rear; ask for the duty supervisor.",
            "street": street,
            "streetNumber": "",
            "postalCode": depot_pc,
            "city": city,
        },
        "deliveryLocations": [
            {
                "orderId": _hex(rng, 24),
                "channelOrderDisplayId": display,
                "deliveryTime": f"{drop:%Y-%m-%dT%H:%M:%S}.000000Z",
                "packageSize": "large",
                "orderDescription": f"Surplus food for a {_f(row, 'network')} partner: {crates} "
                f"crates of {rng.choice(FOODS)}",
                "company": name(row),
                "name": "Warehouse team",
                "postalCode": postcode(row),
                "phone": phone(row),
                "phoneAccessCode": str(rng.randint(100000000, 999999999)),
                "deliveryRemarks": f"Call ahead on arrival. Send the signed delivery note to "
                f"{email(row)}",
                "payment": {"orderIsAlreadyPaid": True, "amount": 0, "paymentType": 0},
            }
        ],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "campaign_monitor_subscriber": campaign_monitor_subscriber,
    "copper_company": copper_company,
    "keap_company": keap_company,
    "deliverect_job": deliverect_job,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its telephone and mailbox
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
