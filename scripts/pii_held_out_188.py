"""held_out_188 of the PII evaluation set: real phone fields of a register no earlier part used
(the Victorian Department of Education's school locations, 2025; Australia's earlier parts
took Western Australia's schools list, the NSW Department of Education's public schools and the
Australian Library Map) exactly as published, in layouts no earlier part has, beside the list's
own names, addresses, school numbers, postcodes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of AU (other publishers), NZ, GB, JP and many others; here:

* the values are the ``Full_Phone_No`` fields of 360 Victorian secondary and primary/secondary
  schools, Government, Catholic and Independent (``scripts/data/pii_au_vic_school_locations.json``,
  written by ``scripts/au_vic_school_locations_data.py``; source and licence in that file):
  Australian numbers as the department writes them, the trunk ``0`` and area code apart from
  the eight-digit line in two groups of four (``03 9468 3300``, 354; four with area code ``02``; one
  ``1300`` and one ``1800`` number in 4-3-3), each copy labelled;
* the text around them is the same row's real fields: the school's name, street and postal
  address, town, postcode (``3083``), school number, sector, type, region, LGA and coordinates,
  with invented ABNs (check digits right), SEEK ids, Australia Post shipment and item references,
  ServiceM8 job numbers and uuids, amounts, weights and dates, unlabelled and scored;
* in layouts no earlier part has, Australian business software and service formats, text in
  Australian English: SEEK API ``postPosition`` GraphQL requests of a teaching vacancy (the
  number in the hiring contact's ``phone`` and in the advertisement's HTML details), Australia
  Post Shipping and Tracking API ``shipments`` requests (the school as the ``to`` address with
  its ``phone``, its ``delivery_instructions`` repeating it), MYOB AccountRight customer card
  import files (tab-delimited, ``Addr 1 - Phone # 1`` and ``Notes``) and ServiceM8 job records
  of the REST API (``job_address``, ``geo_*`` fields, the number in ``job_description`` and
  ``work_done_description``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_188.py   # rewrites the committed file
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
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_au_vic_school_locations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_188.jsonl.gz"
SPLIT = "held_out_188"

LAYOUTS = ("seek_post_position", "auspost_shipment", "myob_card_import", "servicem8_job")
PHONE = "Full_Phone_No"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented vacancies, supplies and jobs (no real advertisement, order or job is meant)
ROLES = (
    ("Mathematics Teacher", "Teaching - Secondary"),
    ("English and Humanities Teacher", "Teaching - Secondary"),
    ("Science Teacher (Chemistry/Physics)", "Teaching - Secondary"),
    ("Learning Support Officer", "Teaching - Teaching Aides & Special Needs"),
    ("Business Manager", "Education & Training - Management - Schools"),
    ("Library Technician", "Education & Training - Library Services & Information Management"),
)
SUPPLIES = (
    "VCE exam stationery", "Science laboratory consumables", "Library book order",
    "Sports uniform order", "Art room supplies", "Replacement Chromebook chargers",
)  # fmt: skip
JOBS = (
    "Replace faulty hot water unit in staff room",
    "Service split system air conditioners, Building B",
    "Repair leaking downpipe at gymnasium entrance",
    "Test and tag portable electrical equipment, science wing",
    "Clear blocked drains in student toilets",
    "Replace emergency exit light fittings, library",
)
SUPPLIERS = (
    ("Southern Cross Education Supplies", "Unit 4, 17 Export Drive", "BROOKLYN", "3012"),
    ("Gippsland School Resources Pty Ltd", "22 Princes Highway", "TRARALGON", "3844"),
    ("Bayside Educational Wholesale", "8/120 Bay Road", "SANDRINGHAM", "3191"),
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
    """An invented moment of 2025 (Melbourne, AEST)."""
    start = dt.datetime(2025, 1, 20, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=10)))
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _abn(rng: random.Random) -> str:
    """An invented Australian Business Number with a valid check (``51 824 753 556``)."""
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(10)]
        check = digits.copy()
        check[0] -= 1
        if sum(d * w for d, w in zip(check, weights, strict=True)) % 89 == 0:
            s = "".join(map(str, digits))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _token(rng: random.Random, n: int) -> str:
    """An invented opaque id in SEEK's base58-like alphabet."""
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    return "".join(rng.choice(alphabet) for _ in range(n))


def esc(value: str) -> str:
    """``value`` as HTML element text."""
    return html.escape(value, quote=False)


def _street(row: dict[str, Any]) -> list[str]:
    """The street address lines as published (one or two)."""
    return [x for x in (_f(row, "Address_Line_1"), _f(row, "Address_Line_2")) if x]


def _town(row: dict[str, Any]) -> str:
    return _f(row, "Address_Town")


def _title_town(row: dict[str, Any]) -> str:
    return _town(row).title()


def _kind(row: dict[str, Any]) -> str:
    """The school's sector and type in words (``Government secondary school``)."""
    kind = {"Secondary": "secondary", "Pri/Sec": "P-12"}.get(_f(row, "School_Type"), "")
    return f"{_f(row, 'Education_Sector')} {kind} school".replace("  ", " ")


def seek_post_position(row: dict[str, Any], rng: random.Random) -> str:
    """A SEEK API request posting a job ad (``postPosition`` mutation with its ``variables``):
    the school as the hirer's organisation, a hiring-manager contact (the school office) with
    ``communication.phone[].formattedNumber``, the position title, the advertisement details as
    HTML naming the school, its town, street address, postcode and the number, an invented
    salary range in AUD, SEEK's work type, invented location and category ids, and a Classic
    posting instruction with an invented idempotency id."""
    name, tel = _f(row, "School_Name"), phone(row)
    title, category = rng.choice(ROLES)
    low = rng.randrange(78000, 105000, 1000)
    start = _when(rng)
    where = ", ".join(_street(row))
    details = (
        f"<p>{esc(name)} is a {esc(_kind(row))} in {esc(_title_town(row))}"
        f" ({esc(_f(row, 'LGA_Name'))}).</p>"
        f"<p>We are seeking a {esc(title)} to commence {start.day} {start:%B %Y}.</p>"
        f"<p>Location: {esc(where)}, {esc(_title_town(row))} VIC {_f(row, 'Address_Postcode')}"
        "</p>"
        "<ul><li>Working with Children Check required</li>"
        "<li>VIT registration (teaching roles)</li></ul>"
        f"<p>For a confidential discussion please call the school office on {tel}.</p>"
    )
    query = (
        "mutation ($input: PostPositionInput!) {\n"
        "  postPosition(input: $input) {\n"
        "    positionOpening { documentId { value } }\n"
        "    positionProfile { profileId { value } }\n"
        "  }\n"
        "}"
    )
    body = {
        "query": query,
        "variables": {
            "input": {
                "positionOpening": {
                    "postingRequester": {
                        "id": f"seekAnzPublicTest:organization:seek:{_token(rng, 8)}",
                        "roleCode": "Company",
                        "personContacts": [
                            {
                                "name": {"formattedName": f"{name} Office"},
                                "roleCode": "HiringManager",
                                "communication": {"phone": [{"formattedNumber": tel}]},
                            }
                        ],
                    }
                },
                "positionProfile": {
                    "positionTitle": title,
                    "positionOrganizations": [{"name": name}],
                    "positionFormattedDescriptions": [
                        {"descriptionId": "AdvertisementDetails", "content": details},
                        {
                            "descriptionId": "SearchSummary",
                            "content": f"{title} - {name}, {_title_town(row)} VIC",
                        },
                    ],
                    "offeredRemunerationPackage": {
                        "basisCode": "Salaried",
                        "ranges": [
                            {
                                "minimumAmount": {"value": low, "currency": "AUD"},
                                "maximumAmount": {"value": low + 12000, "currency": "AUD"},
                                "intervalCode": "Year",
                            }
                        ],
                        "descriptions": [f"${low:,} - ${low + 12000:,} + super"],
                    },
                    "seekAnzWorkTypeCode": rng.choice(("FullTime", "FullTime", "ContractTemp")),
                    "jobCategories": [f"seekAnzPublicTest:jobCategory:seek:{_token(rng, 9)}"],
                    "positionLocation": [f"seekAnzPublicTest:location:seek:{_token(rng, 9)}"],
                    "seekAnzAdvertisementDetails": {"categoryLabel": category},
                    "postingInstructions": [
                        {
                            "seekAnzAdvertisementType": "Classic",
                            "idempotencyId": _uuid(rng),
                        }
                    ],
                    "seekPartnerMetadata": {
                        "partnerPositionId": f"VIC-{_f(row, 'School_No')}-{rng.randint(100, 999)}"
                    },
                },
            }
        },
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def auspost_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """An Australia Post Shipping and Tracking API request creating a shipment
    (``POST /shipping/v1/shipments``): an invented supplier as ``from``, the school as ``to``
    (``name``, ``lines``, ``suburb``, ``state``, ``postcode``, ``phone``) with
    ``delivery_instructions`` repeating the number, invented references and one parcel item
    (``product_id``, dimensions in cm, weight in kg)."""
    name, tel = _f(row, "School_Name"), phone(row)
    supplier, line, suburb, postcode = rng.choice(SUPPLIERS)
    when = _when(rng)
    order = f"SO{when:%y%m}{rng.randint(1000, 9999)}"
    body = {
        "shipments": [
            {
                "shipment_reference": order,
                "customer_reference_1": rng.choice(SUPPLIES),
                "customer_reference_2": f"School no. {_f(row, 'School_No')}",
                "email_tracking_enabled": False,
                "from": {
                    "name": supplier,
                    "lines": [line],
                    "suburb": suburb,
                    "state": "VIC",
                    "postcode": postcode,
                },
                "to": {
                    "name": "School Office",
                    "business_name": name,
                    "lines": _street(row),
                    "suburb": _town(row),
                    "state": _f(row, "Address_State") or "VIC",
                    "postcode": _f(row, "Address_Postcode"),
                    "phone": tel,
                    "delivery_instructions": f"Deliver to front office. If closed call {tel}",
                },
                "items": [
                    {
                        "item_reference": f"{order}-1",
                        "product_id": rng.choice(("7E55", "3D55", "7B05")),
                        "length": str(rng.choice((22, 30, 40, 45))),
                        "height": str(rng.choice((10, 16, 20, 25))),
                        "width": str(rng.choice((15, 20, 30))),
                        "weight": f"{rng.randint(5, 120) / 10:.1f}",
                        "authority_to_leave": False,
                        "allow_partial_delivery": True,
                    }
                ],
            }
        ]
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


MYOB_COLUMNS = (
    "Co./Last Name", "First Name", "Card ID", "Card Status", "Currency Code",
    "Addr 1 - Line 1", "           - Line 2", "           - Line 3", "           - Line 4",
    "           - City", "           - State", "           - Postcode", "           - Country",
    "           - Phone # 1", "           - Phone # 2", "           - Phone # 3",
    "           - Fax #", "           - Email", "           - WWW",
    "           - Contact Name", "           - Salutation",
    "Addr 2 - Line 1", "           - Line 2", "           - City", "           - State",
    "           - Postcode", "           - Country",
    "Notes", "Identifiers", "Custom List 1", "Custom Field 1", "Terms - Payment is Due",
    "           - Discount Days", "           - Balance Due Days", "Credit Limit", "A.B.N.",
    "Tax Code", "Freight Tax Code", "Use Customer's Tax Code", "Sale Layout", "Printed Form",
    "Invoice Delivery", "Record ID",
)  # fmt: skip


def myob_card_import(row: dict[str, Any], rng: random.Random) -> str:
    """A MYOB AccountRight customer card import file (tab-delimited text, the export's ``{}``
    first line and a header of the card fields): the school as a company card with an invented
    card id, its street address as ``Addr 1`` with ``Phone # 1``, its postal address as
    ``Addr 2``, ``Notes`` repeating the number, its sector as ``Custom List 1``, the school
    number as ``Custom Field 1``, invented terms, credit limit and ABN, GST codes and a record
    id."""
    name, tel = _f(row, "School_Name"), phone(row)
    street = _street(row) + ["", ""]
    postal = [
        _f(row, "Postal_Address_Line_1"),
        _f(row, "Postal_Address_Line_2"),
        _f(row, "Postal_Town"),
        _f(row, "Postal_State"),
        _f(row, "Postal_Postcode"),
        "Australia",
    ]
    values = [
        name, "", f"CUS{rng.randint(100, 999)}", "N", "AUD",
        street[0], street[1], "", "", _town(row), _f(row, "Address_State"),
        _f(row, "Address_Postcode"), "Australia", tel, "", "", "", "", "", "Accounts Payable", "",
        *postal,
        f"Deliveries to the front office only. Ring {tel} before 3pm.",
        "S", _f(row, "Education_Sector"), _f(row, "School_No"), "2", "0", "30",
        f"{rng.choice((2000, 5000, 10000)):.2f}", _abn(rng), "GST", "GST", "N", "I", "Invoice",
        "P", str(rng.randint(40, 900)),
    ]  # fmt: skip
    assert len(values) == len(MYOB_COLUMNS)
    return "{}\n" + "\t".join(MYOB_COLUMNS) + "\n" + "\t".join(values) + "\n"


def servicem8_job(row: dict[str, Any], rng: random.Random) -> str:
    """A ServiceM8 job record as the REST API returns it (``GET /api_1.0/job/{uuid}.json``):
    invented uuids, the school's street address as ``job_address``, its postal address as
    ``billing_address``, the ``geo_*`` fields and coordinates from the row, the status and
    dates, an invented job number, purchase order and amount, and the number in
    ``job_description`` and ``work_done_description``."""
    name, tel = _f(row, "School_Name"), phone(row)
    when = _when(rng)
    done = when + dt.timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 6))
    street = ", ".join(_street(row))
    address = f"{street}, {_title_town(row)} VIC {_f(row, 'Address_Postcode')}"
    postal = ", ".join(
        x
        for x in (
            _f(row, "Postal_Address_Line_1"),
            _f(row, "Postal_Address_Line_2"),
            f"{_f(row, 'Postal_Town').title()} VIC {_f(row, 'Postal_Postcode')}",
        )
        if x
    )
    first = street.split(" ", 1)
    number = first[0] if first[0][:1].isdigit() and len(first) == 2 else ""
    job = rng.choice(JOBS)
    body = {
        "uuid": _uuid(rng),
        "active": 1,
        "date": f"{when:%Y-%m-%d} 00:00:00",
        "job_address": address,
        "billing_address": f"{name}\n{postal}",
        "status": "Completed",
        "quote_date": "0000-00-00 00:00:00",
        "work_order_date": f"{when:%Y-%m-%d %H:%M:%S}",
        "work_done_description": f"Attended site, signed in at office ({tel}). Work completed.",
        "generated_job_id": str(rng.randint(1200, 9800)),
        "completion_date": f"{done:%Y-%m-%d %H:%M:%S}",
        "category_uuid": _uuid(rng),
        "geo_is_valid": 1,
        "lat": float(_f(row, "Y")),
        "lng": float(_f(row, "X")),
        "geo_country": "Australia",
        "geo_postcode": _f(row, "Address_Postcode"),
        "geo_state": "VIC",
        "geo_city": _title_town(row),
        "geo_street": first[1] if number else street,
        "geo_number": number,
        "payment_processed": 0,
        "payment_received": 0,
        "total_invoice_amount": f"{rng.randint(180, 4200)}.{rng.choice(('00', '50', '95'))}",
        "job_description": f"{job}. {name}. Site contact: school office {tel}. "
        "Working with Children Check to be shown on arrival.",
        "created_by_staff_uuid": _uuid(rng),
        "company_uuid": _uuid(rng),
        "purchase_order_number": f"PO{rng.randint(10000, 99999)}",
        "invoice_sent": 0,
        "ready_to_invoice": 1,
        "edit_date": f"{done:%Y-%m-%d %H:%M:%S}",
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "seek_post_position": seek_post_position,
    "auspost_shipment": auspost_shipment,
    "myob_card_import": myob_card_import,
    "servicem8_job": servicem8_job,
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
