"""held_out_190 of the PII evaluation set: real phone fields of a list no earlier part used
(Telangana's COVID-19 essential-service and helpline contacts in covid19india.org's crowdsourced
resources list, India; India's earlier parts took the National Health Portal's hospitals and
blood banks and CBSE's schools) exactly as published, in layouts no earlier part has, beside the
list's own names, categories, cities, descriptions and web pages.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of IN (the National Health Portal, CBSE), PK, BD, LK, NP and
many others; here:

* the values are the ``phonenumber`` fields of 248 entries
  (``scripts/data/pii_in_telangana_covid_contacts.json``, written by
  ``scripts/in_telangana_covid_contacts_data.py``; source and licence in that file): Indian
  numbers as the list stores them, ten digits in one run with no trunk ``0`` and no ``+91``
  (Hyderabad's landlines ``4023232123``, district landlines ``8732224100``, mobiles
  ``9490617523``), toll-free numbers in eleven digits (``18004251939``), one to six to a field,
  set apart by ``,\\n``, ``,\\r`` or ``, ``, with the odd short service number beside them
  (``1077``, ``1468``; ``105711`` alone, a distractor); each number of each copy labelled on its
  own;
* the text around them is the same entry's real fields: the organisation's name (the police
  department, hospitals, GHMC's Annapurna meal centres, TSRTC's bus stations, the district
  control rooms, NGOs), the category, the city, the description (a locality, a control room, a
  service) and the web page, with invented uuids, record ids, hashes, Unix times, counts and
  dates, unlabelled and scored;
* in layouts no earlier part has, of India's software and of the field of crisis response,
  text in English: Open Government Data Platform India (data.gov.in) API responses of a
  resource (JSON: ``field`` definitions, one of ``records`` with the field as published),
  Frappe/ERPNext REST API ``Contact`` documents (JSON: ``phone`` and a ``Contact Phone`` row
  of ``phone_nos`` per number), Zoho CRM API v2 ``Accounts`` responses (JSON: ``Phone``, a
  ``Description`` repeating the field as published) and Sahana Eden S3XML exports of an
  ``org_office`` (XML: ``phone1``, ``phone2`` and ``comments`` listing every number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_190.py   # rewrites the committed file
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
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_telangana_covid_contacts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_190.jsonl.gz"
SPLIT = "held_out_190"

LAYOUTS = ("ogd_api_json", "frappe_contact", "zoho_crm_account", "sahana_s3xml")
PHONE = "phonenumber"
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the OGD resource's fields: (id, name as the catalogue titles it, the entry's key)
OGD_FIELDS = (
    ("sl_no", "Sl. No.", ""),
    ("category", "Category", "category"),
    ("city", "City", "city"),
    ("name_of_the_organisation", "Name of the Organisation", "nameoftheorganisation"),
    ("description_service_provided", "Description / Service Provided",
     "descriptionandorserviceprovided"),
    ("phone_number", "Phone Number", "phonenumber"),
    ("source_link", "Source Link", "contact"),
    ("state", "State", "state"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def pieces(row: dict[str, Any]) -> list[str]:
    """The numbers of the phone field one by one, as published (short service numbers too),
    the separators (``,\\n``, ``,\\r``, ``, ``) left out."""
    return [p for p in re.split(r",\s*", phone(row)) if p]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _j(value: str) -> str:
    """``value`` as a JSON string literal (UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it inside a string: JSON string content or XML text."""
    if layout == "sahana_s3xml":
        return escape(value)
    return _j(value)[1:-1]


def labelled(row: dict[str, Any], layout: str, text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field, and of each number of it,
    labelled (each copy stands apart: no digit next to it); a number inside a copy of the
    whole field is that copy's."""
    whole = _encoded(layout, phone(row))
    singles = [p for p in pieces(row) if sum(c.isdigit() for c in p) >= 6]
    values = sorted({whole, *singles}, key=lambda v: (-len(v), v))
    return field_copies(
        text,
        [("phone", v) for v in values],
        {"phone": r"\d"},
        {"phone": PHONE},
        row["path"],
        nested=True,
    )


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the lockdown's first weeks (IST), 25 March to 10 May 2020."""
    start = dt.datetime(2020, 3, 25, 8, 0, tzinfo=IST)
    return start + dt.timedelta(seconds=rng.randint(0, 46 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def ogd_api_json(row: dict[str, Any], rng: random.Random, n: int) -> str:
    """An Open Government Data Platform India API response (``api.data.gov.in/resource/<index>``,
    ``format=json``, ``limit=1``) of an invented resource of the state's COVID-19 helplines:
    the resource's metadata (index name, title, organisation, sector, catalogue uuid, Unix and
    ISO times, ``field`` definitions), ``status``, ``total``, ``count``, ``limit``, ``offset``
    and one of ``records``, the entry's seven fields as strings with the phone field as
    published."""
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 20), seconds=rng.randint(0, 86400))
    index = _uuid(rng)
    record = {"sl_no": str(n + 1)}
    record.update({fid: row["fields"].get(key, "") for fid, _, key in OGD_FIELDS if key})
    doc = {
        "index_name": index,
        "title": "COVID-19 Essential Services and Helpline Contacts of Telangana",
        "desc": "COVID-19 Essential Services and Helpline Contacts of Telangana",
        "org_type": "State",
        "org": ["Telangana", "Information Technology, Electronics and Communications Department"],
        "sector": ["Health and Family welfare", "Disaster Management"],
        "source": "data.gov.in",
        "catalog_uuid": _uuid(rng),
        "visualizable": "0",
        "active": "1",
        "created": int(created.timestamp()),
        "updated": int(updated.timestamp()),
        "created_date": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "updated_date": updated.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "external_ws": 0,
        "external_ws_url": "",
        "target_bucket": {"index": "telangana", "type": index[:8], "field": index},
        "field": [{"id": fid, "name": name, "type": "keyword"} for fid, name, _ in OGD_FIELDS],
        "message": "Resource detail",
        "version": "2.2.0",
        "status": "ok",
        "total": len(data()["rows"]),
        "count": 1,
        "limit": "1",
        "offset": str(n),
        "records": [record],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _frappe_time(moment: dt.datetime, rng: random.Random) -> str:
    """A Frappe ``Datetime`` as its REST API returns it (site time, microseconds)."""
    return f"{moment:%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999999):06d}"


def _frappe_hash(rng: random.Random) -> str:
    """An invented child row name as ``frappe.generate_hash(length=10)`` makes it (ten hex
    digits; drawn again until it holds a letter, so no invented id is a run of ten digits)."""
    while (value := f"{rng.getrandbits(40):010x}").isdigit():
        pass
    return value


def frappe_contact(row: dict[str, Any], rng: random.Random, n: int) -> str:
    """A Frappe/ERPNext REST API response (``GET /api/resource/Contact/<name>``) of the
    organisation as a ``Contact`` of an invented relief desk's ERPNext site: ``first_name`` and
    ``company_name`` the organisation, ``designation`` the entry's description, ``phone`` the
    first number and one ``Contact Phone`` row of ``phone_nos`` per number of the field (the
    first primary), the audit fields (``owner``, ``creation``, ``modified``), child rows' hash
    names."""
    name = _f(row, "nameoftheorganisation")
    created = _when(rng)
    modified = created + dt.timedelta(minutes=rng.randint(1, 600))
    doc_name = name if rng.random() < 0.5 else f"{name}-{rng.randint(1, 9)}"
    base = {"owner": "Administrator", "creation": _frappe_time(created, rng),
            "modified": _frappe_time(modified, rng), "modified_by": "Administrator"}  # fmt: skip
    phones = [
        {
            "name": _frappe_hash(rng),
            **base,
            "parent": doc_name,
            "parentfield": "phone_nos",
            "parenttype": "Contact",
            "idx": i,
            "docstatus": 0,
            "phone": number,
            "is_primary_phone": int(i == 1),
            "is_primary_mobile_no": 0,
            "doctype": "Contact Phone",
        }
        for i, number in enumerate(pieces(row), 1)
    ]
    doc = {
        "name": doc_name,
        **base,
        "docstatus": 0,
        "idx": 0,
        "first_name": name,
        "email_id": "",
        "status": "Passive",
        "designation": _f(row, "descriptionandorserviceprovided"),
        "phone": pieces(row)[0],
        "mobile_no": "",
        "company_name": name,
        "is_primary_contact": 0,
        "department": _f(row, "category"),
        "unsubscribed": 0,
        "pulled_from_google_contacts": 0,
        "sync_with_google_contacts": 0,
        "full_name": name,
        "doctype": "Contact",
        "phone_nos": phones,
        "links": [],
        "email_ids": [],
    }
    return json.dumps({"data": doc}, ensure_ascii=False, indent=1) + "\n"


ZOHO_ORG = "41508680000"  # an invented organisation's id prefix of its records' ids


def _zoho_id(rng: random.Random) -> str:
    """An invented Zoho CRM record id (19 digits: the org's prefix, zeros, a serial)."""
    return f"{ZOHO_ORG}00{rng.randint(100000, 999999)}"


def zoho_crm_account(row: dict[str, Any], rng: random.Random, n: int) -> str:
    """A Zoho CRM API v2 response (``GET /crm/v2/Accounts/<id>``) of the organisation as an
    account of an invented relief volunteers' CRM: ``Account_Name``, ``Phone`` the first number,
    ``Website`` the entry's page, ``Billing_City`` and ``Billing_State``, ``Account_Type``,
    ``Industry``, the category as a ``Tag``, a ``Description`` with the entry's description
    and the phone field as published, invented record, owner and layout ids, times in IST and
    the ``$``-prefixed system fields; ``info`` of one record."""
    name = _f(row, "nameoftheorganisation")
    created = _when(rng)
    modified = created + dt.timedelta(minutes=rng.randint(5, 9000))
    owner = {"name": "Relief Desk Admin", "id": _zoho_id(rng)}
    govt = any(w in name for w in ("Government", "Police", "GHMC", "Govt", "TSRTC", "Fire"))
    description = f"{_f(row, 'descriptionandorserviceprovided')}. Phone: {phone(row)}"
    account = {
        "Owner": owner,
        "$currency_symbol": "₹",
        "Account_Type": "Partner" if govt else "Other",
        "$state": "save",
        "$process_flow": False,
        "Billing_Country": "India",
        "id": _zoho_id(rng),
        "Billing_State": _f(row, "state"),
        "$approved": True,
        "$approval": {"delegate": False, "approve": False, "reject": False, "resubmit": False},
        "Created_Time": created.isoformat(),
        "$editable": True,
        "Billing_City": _f(row, "city"),
        "Created_By": owner,
        "Industry": "Government/Military" if govt else "Service Provider",
        "Description": description,
        "Account_Name": name,
        "Phone": pieces(row)[0],
        "Website": _f(row, "contact") or None,
        "Modified_By": owner,
        "Modified_Time": modified.isoformat(),
        "Tag": [{"name": _f(row, "category"), "id": _zoho_id(rng)}],
        "Layout": {"name": "Standard", "id": _zoho_id(rng)},
        "Fax": None,
        "Parent_Account": None,
        "Billing_Street": None,
        "Billing_Code": None,
        "Record_Image": None,
    }
    info = {"per_page": 200, "count": 1, "page": 1, "more_records": False}
    return json.dumps({"data": [account], "info": info}, ensure_ascii=False, indent=2) + "\n"


def sahana_s3xml(row: dict[str, Any], rng: random.Random, n: int) -> str:
    """A Sahana Eden S3XML export (``/org/office.xml``) of one ``org_office`` of an invented
    relief deployment: the office's ``uuid``, ``created_on`` and ``modified_on``, references to
    its ``org_organisation``, ``org_office_type`` (the category) and ``gis_location`` (the city,
    Telangana), ``name``, ``code``, ``phone1`` and ``phone2`` (the field's first two numbers),
    ``comments`` with the description and every number of the field, and ``obsolete``."""
    name = _f(row, "nameoftheorganisation")
    created = _when(rng)
    modified = created + dt.timedelta(minutes=rng.randint(5, 4000))
    z = "%Y-%m-%dT%H:%M:%SZ"
    numbers_ = pieces(row)
    comments = f"{_f(row, 'descriptionandorserviceprovided')}. Call {', '.join(numbers_)}."
    city = _f(row, "city")
    place = "Telangana" if city == "PAN State" else f"{city}, Telangana"
    data_lines = [
        f'    <data field="name">{escape(name)}</data>',
        f'    <data field="code">TG-{rng.randint(100, 999)}</data>',
        f'    <data field="phone1">{escape(numbers_[0])}</data>',
    ]
    if len(numbers_) > 1:
        data_lines.append(f'    <data field="phone2">{escape(numbers_[1])}</data>')
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<s3xml domain="relief.example.in" url="https://relief.example.in/eden" '
        'success="true" results="1" start="0" limit="1" '
        'latmin="15.8" latmax="19.9" lonmin="77.2" lonmax="81.3">',
        f'  <resource name="org_office" uuid="urn:uuid:{_uuid(rng)}" '
        f'created_on="{created.astimezone(dt.UTC):{z}}" '
        f'modified_on="{modified.astimezone(dt.UTC):{z}}" mci="1">',
        f'    <reference field="organisation_id" resource="org_organisation" '
        f'uuid="urn:uuid:{_uuid(rng)}">{escape(name)}</reference>',
        f'    <reference field="office_type_id" resource="org_office_type" '
        f'uuid="urn:uuid:{_uuid(rng)}">{escape(_f(row, "category"))}</reference>',
        f'    <reference field="location_id" resource="gis_location" '
        f'uuid="urn:uuid:{_uuid(rng)}">{escape(place)}</reference>',
        *data_lines,
        f'    <data field="comments">{escape(comments)}</data>',
        '    <data field="obsolete" value="false">False</data>',
        "  </resource>",
        "</s3xml>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random, int], str]] = {
    "ogd_api_json": ogd_api_json,
    "frappe_contact": frappe_contact,
    "zoho_crm_account": zoho_crm_account,
    "sahana_s3xml": sahana_s3xml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each number of each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, layout, BLOCKS[layout](row, rng, n))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
