"""held_out_239 of the PII evaluation set: real phone fields of HUD's public housing agencies
(the United States' PHA Contact Reports; the country's earlier parts took other registers)
exactly as published, in layouts no earlier part has, beside the register's own agency names,
PHA codes, addresses and ZIP codes.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of the US (CMS's hospitals, New York City's high schools, the
Texas Education Agency's schools, HIFLD's colleges, IMLS's museums and others) and many other
countries; here:

* the values are the ``phone``, ``fax`` and ``email`` fields of 400 public housing agencies
  (``scripts/data/pii_us_hud_pha_contacts.json``, written by
  ``scripts/us_hud_pha_contacts_data.py``; source and licence in that file): North American
  numbers with no ``+1`` (``(205) 521-0679``), 77 with an extension after `` x`` and no blank
  after the area code (``(256)236-1575 x134``: the number is labelled, the extension is not;
  where a layout has an extension field of its own the number and the extension stand in their
  two fields), faxes as ``(256) 236-3981`` (10 the same number as the phone: their copies are
  labelled as the phone's), and the 69 e-mail addresses that name the agency's office; each
  copy labelled;
* the text around them is the same agency's real fields: its name, PHA code (``AL004``),
  street, city, state and ZIP code, with invented export ids, list ids, API keys, realm and
  customer ids, docket ids, submission keys, dates and times, unlabelled and scored;
* in layouts no earlier part has, of the agencies' own field and the US federal government,
  text in English: the ``Export.csv`` of HUD's HMIS CSV Format Specifications (FY2024; the
  agency as the export's agency-level source, ``SourceContactPhone`` and
  ``SourceContactExtension`` apart, ``SourceContactEmail``; the specification asks for ten
  digits, the export keeps the register's number), Mailchimp Marketing API ``PATCH
  /3.0/lists/{list_id}`` requests updating the agency's landlord or resident audience (its
  ``contact`` block with ``phone``, a ``permission_reminder`` repeating the number, and
  ``campaign_defaults`` with the office address as ``from_email`` where the agency has one),
  QuickBooks Online Accounting API ``Customer`` responses of a landlord's books that receive
  housing assistance payments from the agency (``PrimaryPhone`` and ``Fax`` as
  ``FreeFormNumber``, ``PrimaryEmailAddr``, ``BillAddr``, ``Notes`` repeating the number) and
  Regulations.gov API v4 ``POST /v4/comments`` requests, the agency's comment on an invented
  HUD docket (``submitterType`` ``ORGANIZATION``, ``organization``, ``phone``, ``email``, and
  the comment's prose naming the phone and fax).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_239.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_hud_pha_contacts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_239.jsonl.gz"
SPLIT = "held_out_239"

LAYOUTS = ("hmis_export_csv", "mailchimp_list_patch", "qbo_customer", "regulations_comment")
PHONE, FAX = "phone", "fax"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[A-Za-z0-9._%+@-]"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented HUD rulemakings the agencies comment on (no real docket is meant)
RULES = (
    "income and asset provisions of the Housing Opportunity Through Modernization Act",
    "National Standards for the Physical Inspection of Real Estate (NSPIRE)",
    "Small Area Fair Market Rents in the Housing Choice Voucher program",
    "the Public Housing Capital Fund formula",
    "utility allowance schedules for tenant-based assistance",
    "Family Self-Sufficiency program operating requirements",
)
HMIS_SOFTWARE = (("Clarity Human Services", "2024.9"), ("WellSky Community Services", "7.4.2"),
                 ("OpenPath HMIS", "3.12"), ("CaseWorthy", "8.1.0"))  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def number(row: dict[str, Any]) -> str:
    """The phone field's number, without its extension (``(256)236-1575``)."""
    return phone(row).split(" x")[0]


def extension(row: dict[str, Any]) -> str:
    """The phone field's extension (``134``), "" where it has none."""
    return phone(row).split(" x")[1] if " x" in phone(row) else ""


def fax(row: dict[str, Any]) -> str:
    return _f(row, FAX)


def email(row: dict[str, Any]) -> str:
    return _f(row, "email")


def name(row: dict[str, Any]) -> str:
    return _f(row, "pha_name")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number (with or without its
    extension), fax and e-mail labelled; a fax that is the phone's number is the phone's."""
    values = [("phone", number(row)), ("fax", fax(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"],
                        nested=True)  # fmt: skip


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (US Central time, standard)."""
    start = dt.datetime(2024, 1, 8, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-6)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def hmis_export_csv(row: dict[str, Any], rng: random.Random) -> str:
    """The ``Export.csv`` of an HMIS CSV (FY2024) export the agency makes of its own database:
    its header and one row, the agency as agency-level source (``SourceType`` 2, its PHA code as
    ``SourceID``), no contact person, the number and its extension in their two fields, the
    office e-mail where it has one, the federal fiscal year as the reporting period, an
    invented export id, time, software and implementation id."""
    when = _when(rng)
    software, version = rng.choice(HMIS_SOFTWARE)
    header = [
        "ExportID", "SourceType", "SourceID", "SourceName", "SourceContactFirst",
        "SourceContactLast", "SourceContactPhone", "SourceContactExtension",
        "SourceContactEmail", "ExportDate", "ExportStartDate", "ExportEndDate", "SoftwareName",
        "SoftwareVersion", "CSVVersion", "ExportPeriodType", "ExportDirective", "HashStatus",
        "ImplementationID",
    ]  # fmt: skip
    values = [
        _hex(rng, 32), "2", _f(row, "pha_code"), name(row), "", "", number(row), extension(row),
        email(row), f"{when:%Y-%m-%d %H:%M:%S}", "2023-10-01", "2024-09-30", software, version,
        "2024 v1.0", "3", rng.choice(("1", "2")), "1",
        f"{_f(row, 'state').lower()}-pha-{rng.randint(1000, 9999)}",
    ]  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerow(values)
    return out.getvalue()


def mailchimp_list_patch(row: dict[str, Any], rng: random.Random) -> str:
    """A Mailchimp Marketing API request updating the agency's audience: ``PATCH
    /3.0/lists/{list_id}`` on an invented data centre with HTTP Basic auth of an invented API
    key, a JSON body with the audience's name, the ``contact`` block (company, street, city,
    state, ZIP, ``US``, the phone field), a ``permission_reminder`` naming the PHA code and the
    number, and ``campaign_defaults`` with the office address as ``from_email`` where the agency
    has one."""
    dc = f"us{rng.randint(1, 21)}"
    key = f"{_hex(rng, 32)}-{dc}"
    auth = base64.b64encode(f"anystring:{key}".encode()).decode()
    audience = rng.choice(("Landlord Updates", "Resident News", "Section 8 Owners"))
    body: dict[str, Any] = {
        "name": f"{name(row)} - {audience}",
        "contact": {
            "company": name(row),
            "address1": _f(row, "address"),
            "address2": "",
            "city": _f(row, "city"),
            "state": _f(row, "state"),
            "zip": _f(row, "zip_code"),
            "country": "US",
            "phone": phone(row),
        },
        "permission_reminder": f"You are receiving this email because you rent to or live in "
        f"housing of {name(row)} (PHA {_f(row, 'pha_code')}). Questions? Call {phone(row)}.",
    }
    if email(row):
        body["campaign_defaults"] = {
            "from_name": name(row),
            "from_email": email(row),
            "subject": f"{audience} from {name(row)}",
            "language": "en",
        }
    body["email_type_option"] = False
    payload = _j(body)
    head = [
        f"PATCH /3.0/lists/{_hex(rng, 10)} HTTP/1.1",
        f"Host: {dc}.api.mailchimp.com",
        f"Authorization: Basic {auth}",
        "Content-Type: application/json",
        f"Content-Length: {len(payload.encode('utf-8'))}",
        "",
        "",
    ]
    return "\r\n".join(head) + payload + "\n"


def qbo_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A QuickBooks Online Accounting API response of a landlord's company (``POST
    /v3/company/{realmId}/customer?minorversion=73``): the agency as ``Customer`` that pays
    housing assistance, with ``CompanyName``, ``DisplayName``, ``PrintOnCheckName``,
    ``BillAddr``, ``PrimaryPhone`` and ``Fax`` as ``FreeFormNumber``, ``PrimaryEmailAddr``
    where it has an office address, ``Notes`` naming its PHA code and the number, an invented
    id, balance and times."""
    when = _when(rng)
    stamp = f"{when:%Y-%m-%dT%H:%M:%S}-06:00"
    customer: dict[str, Any] = {
        "Taxable": False,
        "BillAddr": {
            "Id": str(rng.randint(2, 400)),
            "Line1": _f(row, "address"),
            "City": _f(row, "city"),
            "CountrySubDivisionCode": _f(row, "state"),
            "PostalCode": _f(row, "zip_code"),
        },
        "Notes": f"Housing assistance payments (HAP), PHA {_f(row, 'pha_code')}. "
        f"Payment questions: {phone(row)}",
        "Job": False,
        "BillWithParent": False,
        "Balance": round(rng.randint(0, 480000) / 100, 2),
        "BalanceWithJobs": 0,
        "CurrencyRef": {"value": "USD", "name": "United States Dollar"},
        "PreferredDeliveryMethod": "Email" if email(row) else "Print",
        "IsProject": False,
        "domain": "QBO",
        "sparse": False,
        "Id": str(rng.randint(20, 900)),
        "SyncToken": "0",
        "MetaData": {"CreateTime": stamp, "LastUpdatedTime": stamp},
        "FullyQualifiedName": name(row),
        "CompanyName": name(row),
        "DisplayName": name(row),
        "PrintOnCheckName": name(row),
        "Active": True,
        "PrimaryPhone": {"FreeFormNumber": phone(row)},
    }
    customer["BalanceWithJobs"] = customer["Balance"]
    if fax(row):
        customer["Fax"] = {"FreeFormNumber": fax(row)}
    if email(row):
        customer["PrimaryEmailAddr"] = {"Address": email(row)}
    later = when + dt.timedelta(seconds=rng.randint(1, 5))
    return (
        _j({"Customer": customer, "time": f"{later:%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "-06:00"}) + "\n"
    )


def _the(value: str) -> str:
    """The agency's name as a sentence begins with it (``The`` before it unless it has one)."""
    return value if value.lower().startswith("the ") else f"The {value}"


def regulations_comment(row: dict[str, Any], rng: random.Random) -> str:
    """A Regulations.gov API v4 request posting the agency's comment on an invented HUD docket:
    ``POST /v4/comments`` with an invented API key and a JSON:API body whose ``comments``
    attributes name the document, the comment (the agency, its PHA code, city and state, the
    rule, and where to reach it: the phone field, and the fax where it has one), an invented
    submission key, ``ORGANIZATION`` as submitter type, the agency, city, state, ZIP, country,
    the phone field and the office e-mail (an e-mail receipt asked for where it has one)."""
    docket = f"HUD-2024-{rng.randint(1, 120):04d}"
    rule = rng.choice(RULES)
    reach = f"at {phone(row)}" + (f" or by fax at {fax(row)}" if fax(row) else "")
    comment = (
        f"{_the(name(row))} (PHA code {_f(row, 'pha_code')}) serves families in "
        f"{_f(row, 'city').title()}, {_f(row, 'state')}. We appreciate the opportunity to comment "
        f"on the proposed changes to {rule}. Smaller agencies such as ours need more time and "
        f"funding for staff training and software updates before compliance dates take effect. "
        f"Please contact our office {reach} with any questions about this comment."
    )
    attributes: dict[str, Any] = {
        "commentOnDocumentId": f"{docket}-0001",
        "comment": comment,
        "submissionKey": _hex(rng, 8) + "-" + _hex(rng, 4) + "-" + _hex(rng, 4),
        "submissionType": "API",
        "submitterType": "ORGANIZATION",
        "organization": name(row),
        "city": _f(row, "city"),
        "stateProvinceRegion": _f(row, "state"),
        "zip": _f(row, "zip_code"),
        "country": "United States",
        "phone": phone(row),
    }
    if email(row):
        attributes["email"] = email(row)
    attributes["sendEmailReceipt"] = bool(email(row))
    payload = _j({"data": {"type": "comments", "attributes": attributes}})
    head = [
        "POST /v4/comments HTTP/1.1",
        "Host: api.regulations.gov",
        f"X-Api-Key: {''.join(rng.choice(KEY_CHARS) for _ in range(40))}",
        "Content-Type: application/vnd.api+json",
        f"Content-Length: {len(payload.encode('utf-8'))}",
        "",
        "",
    ]
    return "\r\n".join(head) + payload + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "hmis_export_csv": hmis_export_csv,
    "mailchimp_list_patch": mailchimp_list_patch,
    "qbo_customer": qbo_customer,
    "regulations_comment": regulations_comment,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number, fax and office
    e-mail labelled."""
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
