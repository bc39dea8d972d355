"""held_out_223 of the PII evaluation set: real phone fields of a register no earlier part used
(British Columbia's Child Care Map Data, licensed group child care facilities; Canada's earlier
parts took other registers) exactly as published, in layouts no earlier part has, beside the
list's own names, addresses, postal codes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
North American numbers from Canadian registers of Ontario's COVID-19 testing locations,
WorkBC Centres, Toronto's child care centres, Ontario's retirement homes and pharmacies; here:

* the values are the ``PHONE`` fields of 400 licensed group child care facilities
  (``scripts/data/pii_ca_bc_child_care.json``, written by ``scripts/ca_bc_child_care_data.py``;
  source and licence in that file): North American numbers with no ``+1`` as the province
  writes them, area code, exchange and line joined by hyphens (``604-983-2600``; 365 distinct,
  one society's or operator's line given by several facilities), each copy labelled;
* the text around them is the same row's real fields: the facility's name, street address,
  city, postal code (``V7P 2W8``), coordinates, ``FAC_PARTY_ID`` and the vacancy list's last
  update (``2026/07/01``), with invented Jobber, HubSpot and Org ids, UUIDs, dates, visit
  counts and amounts, unlabelled and scored;
* in layouts no earlier part has, text in English, the tools of a Canadian facilities-services
  contractor and of a child care directory: Jobber GraphQL ``clientCreate`` requests (Jobber,
  Edmonton: the facility as a company client, its number in ``phones``, its address as
  ``billingAddress``), Coveo Push API batch files (Coveo, Québec City: one ``addOrUpdate`` item
  per facility of a directory's search index, the number as a metadata field and in the
  item's HTML ``data``), HubSpot CRM v3 company batch-create requests (``properties`` with
  ``phone`` and a ``description`` repeating it) and Org mode entries of ``org-contacts``
  (``:PHONE:``, ``:ADDRESS:``, a ``tel:`` link in a TODO item).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_223.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_bc_child_care.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_223.jsonl.gz"
SPLIT = "held_out_223"

LAYOUTS = ("jobber_graphql", "coveo_push", "hubspot_companies", "org_contacts")
PHONE = "PHONE"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented services of the contractor (no real contract is meant)
SERVICES = (
    "Quarterly playground inspection", "Annual fire extinguisher service",
    "Furnace and HVAC maintenance", "Window and gutter cleaning",
    "Sanitizing and deep clean (summer closure)", "Fence and gate repair",
)  # fmt: skip

CLIENT_CREATE = (
    "mutation CreateClient($input: ClientCreateInput!) {\n"
    "  clientCreate(input: $input) {\n"
    "    client { id companyName }\n"
    "    userErrors { message path }\n"
    "  }\n"
    "}"
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment from August 2026 on (Pacific time), after the list's download."""
    start = dt.datetime(2026, 8, 3, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-7)))
    return start + dt.timedelta(seconds=rng.randint(0, 150 * 86400))


def street(row: dict[str, Any]) -> str:
    """The street address, its second line after a comma where it has one."""
    return ", ".join(v for v in (_f(row, "ADDRESS_1"), _f(row, "ADDRESS_2")) if v)


def one_line(row: dict[str, Any]) -> str:
    """The address on one line (``2260 Philip Ave, North Vancouver, BC V7P 2W8``)."""
    return f"{street(row)}, {_f(row, 'CITY')}, BC {_f(row, 'POSTAL_CODE')}"


def _gid(kind: str, rng: random.Random) -> str:
    """An invented Jobber id, the base64 of its global id (``gid://Jobber/Client/…``)."""
    return base64.b64encode(
        f"gid://Jobber/{kind}/{rng.randint(10**7, 10**8 - 1)}".encode()
    ).decode()


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def jobber_graphql(row: dict[str, Any], rng: random.Random) -> str:
    """A Jobber GraphQL API request body (``POST https://api.getjobber.com/api/graphql``): the
    ``clientCreate`` mutation with the facility as a company client, its number as the primary
    of ``phones`` (``description`` ``MAIN``), its address as ``billingAddress`` (the province
    as ``British Columbia``), and ``customFields`` with the facility id and an invented next
    service."""
    name, tel = _f(row, "NAME"), phone(row)
    when = _when(rng)
    variables = {
        "input": {
            "isCompany": True,
            "companyName": name,
            "phones": [{"number": tel, "primary": True, "description": "MAIN"}],
            "billingAddress": {
                "street1": _f(row, "ADDRESS_1"),
                "street2": _f(row, "ADDRESS_2"),
                "city": _f(row, "CITY"),
                "province": "British Columbia",
                "postalCode": _f(row, "POSTAL_CODE"),
                "country": "Canada",
            },
            "customFields": [
                {"customFieldConfigurationId": _gid("CustomFieldConfigurationText", rng),
                 "valueText": f"BC child care facility {_f(row, 'FAC_PARTY_ID')}"},
                {"customFieldConfigurationId": _gid("CustomFieldConfigurationText", rng),
                 "valueText": f"{rng.choice(SERVICES)} - {when:%Y-%m-%d}"},
            ],
        }
    }  # fmt: skip
    return _dumps({"operationName": "CreateClient", "query": CLIENT_CREATE, "variables": variables})


def coveo_push(row: dict[str, Any], rng: random.Random) -> str:
    """A Coveo Push API batch file (the JSON uploaded to a file container and pushed with
    ``PUT /push/v1/organizations/{org}/sources/{source}/documents/batch``): one ``addOrUpdate``
    item of a child care directory's index, its ``documentId`` a page URL, ``title``,
    ``fileExtension`` ``.html``, the item's HTML as ``data`` (the number in a ``tel:`` link and
    its text), and metadata: ``phone``, ``city``, ``postalcode``, ``latitude``, ``longitude``,
    ``servicetype``, ``facilityid``, ``vacancyupdated`` and an invented ``date``."""
    name, tel = _f(row, "NAME"), phone(row)
    when = _when(rng)
    slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
    slug = "-".join(part for part in slug.split("-") if part)
    page = f"https://childcare-directory.example.ca/bc/{_f(row, 'FAC_PARTY_ID')}-{slug}"
    html = (
        f"<html><body><h1>{escape(name)}</h1><p>{escape(one_line(row))}</p>"
        f'<p>Call <a href="tel:{tel}">{tel}</a> to ask about spaces.</p></body></html>'
    )
    item = {
        "documentId": page,
        "title": name,
        "fileExtension": ".html",
        "data": html,
        "date": f"{when:%Y-%m-%dT%H:%M:%S%z}",
        "phone": tel,
        "city": _f(row, "CITY"),
        "postalcode": _f(row, "POSTAL_CODE"),
        "latitude": _f(row, "LATITUDE"),
        "longitude": _f(row, "LONGITUDE"),
        "servicetype": _f(row, "SERVICE_TYPE_CD"),
        "facilityid": _f(row, "FAC_PARTY_ID"),
        "vacancyupdated": _f(row, "VACANCY_LAST_UPDATE"),
    }
    return _dumps({"addOrUpdate": [item], "delete": []})


def hubspot_companies(row: dict[str, Any], rng: random.Random) -> str:
    """A HubSpot CRM v3 request body (``POST /crm/v3/objects/companies/batch/create``): one
    input whose ``properties`` give ``name``, ``phone``, ``address``, ``address2``, ``city``,
    ``state``, ``zip``, ``country``, ``industry`` (``EDUCATION_MANAGEMENT``), ``type``,
    ``lifecyclestage`` and a ``description`` repeating the number, and an association to an
    invented deal."""
    name, tel = _f(row, "NAME"), phone(row)
    when = _when(rng)
    visits = rng.randint(2, 12)
    amount = rng.randint(8, 96) * 25
    note = (
        f"Licensed group child care (facility {_f(row, 'FAC_PARTY_ID')}). Main line {tel}. "
        f"{visits} service visits a year, est. ${amount:,} CAD; "
        f"next visit {when:%B} {when.day}, {when.year}."
    )
    props = {
        "name": name,
        "phone": tel,
        "address": _f(row, "ADDRESS_1"),
        "address2": _f(row, "ADDRESS_2"),
        "city": _f(row, "CITY"),
        "state": "BC",
        "zip": _f(row, "POSTAL_CODE"),
        "country": "Canada",
        "industry": "EDUCATION_MANAGEMENT",
        "type": "PROSPECT",
        "lifecyclestage": rng.choice(("lead", "opportunity", "customer")),
        "description": note,
    }
    association = {
        "to": {"id": str(rng.randint(10**10, 10**11 - 1))},
        "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 342}],
    }
    return _dumps({"inputs": [{"properties": props, "associations": [association]}]})


def org_contacts(row: dict[str, Any], rng: random.Random) -> str:
    """An Org mode entry of an ``org-contacts`` file: a headline with the facility's name and
    tags, a ``PROPERTIES`` drawer with ``:PHONE:``, ``:ADDRESS:``, ``:LOCATION:`` (its
    coordinates), ``:FACILITY_ID:``, an invented ``:ID:`` and ``:CREATED:`` timestamp, a line
    of the vacancy list's date and a TODO item with a scheduled date and a ``tel:`` link whose
    description repeats the number."""
    name, tel = _f(row, "NAME"), phone(row)
    when = _when(rng)
    due = when + dt.timedelta(days=rng.randint(3, 40))
    city = "".join(c for c in _f(row, "CITY").title() if c.isalnum())
    lines = [
        f"** {name}    :childcare:{city}:",
        "   :PROPERTIES:",
        f"   :PHONE:    {tel}",
        f"   :ADDRESS:  {one_line(row)}",
        f"   :LOCATION: {_f(row, 'LATITUDE')},{_f(row, 'LONGITUDE')}",
        f"   :FACILITY_ID: {_f(row, 'FAC_PARTY_ID')}",
        f"   :ID:       {_uuid(rng).upper()}",
        f"   :CREATED:  [{when:%Y-%m-%d %a %H:%M}]",
        "   :END:",
    ]
    if _f(row, "VACANCY_LAST_UPDATE"):
        lines.append(
            f"   Vacancies last updated {_f(row, 'VACANCY_LAST_UPDATE')} (BC child care map)."
        )
    lines += [
        f"*** TODO Call [[tel:{tel}][{tel}]] about {rng.choice(SERVICES).lower()}",
        f"    SCHEDULED: <{due:%Y-%m-%d %a}>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "jobber_graphql": jobber_graphql,
    "coveo_push": coveo_push,
    "hubspot_companies": hubspot_companies,
    "org_contacts": org_contacts,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
