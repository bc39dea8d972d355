"""held_out_410 of the PII evaluation set: real phone fields of a register no earlier part used
(the Health Information and Quality Authority's register of designated centres for older
people, Ireland's nursing homes and community nursing units; Ireland's earlier parts took the
Department of Education and Skills' Dublin primary schools and the hospitals of Eurostat
GISCO's healthcare-services dataset) exactly as published, in layouts no earlier part has,
beside the register's own names, addresses with Eircodes, counties and registration numbers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Centre_Phone`` of 400 centres (``scripts/data/pii_ie_hiqa_nursing_homes
  .json``, written by ``scripts/ie_hiqa_nursing_homes_data.py``; source and licence in that
  file): Irish numbers as the register writes them, the trunk 0, the area code and the line in
  groups of digits (``071 967 0111``, ``01 280 1345``, ``022 250 90``); every copy labelled;
  the register gives the centres no e-mail address and none is written;
* the text around them is the same row's real fields: the centre's name, address with its
  Eircode (``Carrick Road, Boyle, F52 AX24``), county, maximum occupancy, HIQA centre id and
  registration number (``REG-0038082``), registered provider and its CRO number, registration
  dates and page on hiqa.ie, with invented ids, invoice numbers, Irish VAT numbers, amounts,
  hashes and dates, unlabelled and scored;
* in layouts no earlier part has, the work tools of an invented Irish supplier of the homes'
  nurse-call and care equipment, text in English: PayPal Invoicing API v2 invoices (``GET
  /v2/invoicing/invoices/{invoice_id}``: an unpaid EUR invoice to the centre, its
  ``billing_info.additional_info`` and ``detail.note`` giving the centre's phone), Linear
  GraphQL ``issueCreate`` requests (the mutation and its ``IssueCreateInput`` variables: a
  site-survey issue whose markdown ``description`` tabulates the centre and its phone), Wrike
  API v4 task answers (``GET /tasks/{taskId}``: an installation task whose HTML ``description``
  names the site contact line and a custom field holding it) and Google Drive API v3 file
  resources (``GET /drive/v3/files/{fileId}``: the signed survey report's PDF, its
  ``description`` and ``properties`` giving the phone).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_410.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import string
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ie_hiqa_nursing_homes.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_410.jsonl.gz"
SPLIT = "held_out_410"

LAYOUTS = ("paypal_invoice", "linear_issue", "wrike_task", "drive_file")
PHONE = "Centre_Phone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
DUBLIN = dt.UTC

# the invented supplier whose tools the records come from
SUPPLIER = {
    "name": "Ardán Nurse Call Systems Ltd",
    "street": "Unit 7, Ballycoolin Business Park",
    "town": "Dublin 15",
    "eircode": "D15 X2K7",
    "website": "https://www.ardan-nursecall.ie",
}
# invented goods and works for the homes (name, unit price in euro, VAT rate in per cent)
GOODS = (
    ("Wireless nurse-call pendant", 64.0, "23"),
    ("Bedside call point with pear lead", 118.5, "23"),
    ("Pressure-relieving mattress, alternating air", 389.0, "13.5"),
    ("Door-exit sensor mat", 72.25, "23"),
    ("Annual service of the nurse-call system", 450.0, "23"),
    ("Call-point battery pack (10)", 39.9, "23"),
)
WORKS = (
    "nurse-call system upgrade",
    "door-access and wander-alert installation",
    "annual nurse-call service",
    "falls-sensor mat rollout",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The centre's phone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's kept ones is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "Centre_Title")


def address(row: dict[str, Any]) -> str:
    """The centre's address as the register writes it, its Eircode last."""
    return _f(row, "Centre_Address")


def eircode(row: dict[str, Any]) -> str:
    """The Eircode that ends the address (its last comma-separated part)."""
    return address(row).rsplit(",", 1)[-1].strip()


def street(row: dict[str, Any]) -> str:
    """The address without its Eircode."""
    return address(row).rsplit(",", 1)[0].strip()


def county(row: dict[str, Any]) -> str:
    return _f(row, "County")


def reg(row: dict[str, Any]) -> str:
    return _f(row, "Registration_Number")


def beds(row: dict[str, Any]) -> str:
    return _f(row, "Maximum_Occupancy")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025."""
    day = dt.datetime(2025, 1, 13, tzinfo=DUBLIN) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _iso(moment: dt.datetime, millis: bool = False) -> str:
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{moment.microsecond // 1000:03d}Z" if millis else f"{text}Z"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _token(
    rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits
) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _vat(rng: random.Random) -> str:
    """An invented Irish VAT number, seven digits and a letter (``IE6388047V``)."""
    return f"IE{rng.randint(1000000, 9999999)}{rng.choice('ABCDEFGHJKLMNPRSTVWX')}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _money(value: float) -> str:
    return f"{value:.2f}"


def paypal_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A PayPal Invoicing API v2 invoice (``GET /v2/invoicing/invoices/{invoice_id}``): an
    invented ``INV2-`` id, ``status`` UNPAID, ``detail`` (invoice number, the centre's HIQA
    registration number as ``reference``, dates, EUR, a ``note`` asking for delivery queries to
    the centre's phone, ``payment_term`` NET_30, ``metadata``), the supplier as ``invoicer``
    (address, invented VAT number as ``tax_id``, website), the centre as the primary recipient
    (``billing_info`` with its name, address, Eircode and county, ``additional_info`` with its
    centre id, beds and phone), invented ``items`` with Irish VAT, the ``amount`` breakdown and
    ``due_amount``, ``configuration`` and the ``self`` link."""
    when = _when(rng)
    due = when + dt.timedelta(days=30)
    inv = f"INV2-{'-'.join(_token(rng, 4) for _ in range(4))}"
    items, net, tax = [], 0.0, 0.0
    for good, price, rate in rng.sample(GOODS, rng.randint(1, 3)):
        qty = rng.randint(1, 12) if price < 200 else rng.randint(1, 3)
        line_tax = round(qty * price * float(rate) / 100, 2)
        net, tax = net + qty * price, tax + line_tax
        items.append(
            {
                "id": f"ITEM-{_token(rng, 17)}",
                "name": good,
                "quantity": str(qty),
                "unit_amount": {"currency_code": "EUR", "value": _money(price)},
                "tax": {
                    "name": "VAT",
                    "percent": rate,
                    "amount": {"currency_code": "EUR", "value": _money(line_tax)},
                },
                "unit_of_measure": "QUANTITY",
            }
        )
    total = _money(net + tax)
    number = f"ANC-{when.year}-{rng.randint(1000, 9999)}"
    doc = {
        "id": inv,
        "status": "UNPAID",
        "detail": {
            "invoice_number": number,
            "reference": reg(row),
            "invoice_date": f"{when:%Y-%m-%d}",
            "currency_code": "EUR",
            "note": f"Goods delivered to {name(row)}, {address(row)}. For any query about this "
            f"delivery please ring the centre on {phone(row)} or reply to this invoice.",
            "term": "Payment due within 30 days. Prices include delivery within the Republic "
            "of Ireland.",
            "memo": f"Delivery docket {rng.randint(100000, 999999)}",
            "payment_term": {"term_type": "NET_30", "due_date": f"{due:%Y-%m-%d}"},
            "metadata": {
                "create_time": _iso(when),
                "last_update_time": _iso(when + dt.timedelta(minutes=rng.randint(2, 50))),
                "first_sent_time": _iso(when + dt.timedelta(hours=1)),
                "last_sent_time": _iso(when + dt.timedelta(hours=1)),
                "created_by_flow": "REGULAR_SINGLE",
                "recipient_view_url": "https://www.paypal.com/invoice/p/#"
                + inv[5:].replace("-", ""),
                "invoicer_view_url": f"https://www.paypal.com/invoice/details/{inv}",
            },
        },
        "invoicer": {
            "business_name": SUPPLIER["name"],
            "address": {
                "address_line_1": SUPPLIER["street"],
                "admin_area_2": SUPPLIER["town"],
                "postal_code": SUPPLIER["eircode"],
                "country_code": "IE",
            },
            "website": SUPPLIER["website"],
            "tax_id": _vat(rng),
        },
        "primary_recipients": [
            {
                "billing_info": {
                    "business_name": name(row),
                    "address": {
                        "address_line_1": street(row),
                        "admin_area_1": f"Co. {county(row)}",
                        "postal_code": eircode(row),
                        "country_code": "IE",
                    },
                    "additional_info": f"HIQA centre {_f(row, 'Centre_ID')}, {beds(row)} beds. "
                    f"Centre phone: {phone(row)}",
                    "language": "en-IE",
                }
            }
        ],
        "items": items,
        "configuration": {
            "partial_payment": {"allow_partial_payment": False},
            "allow_tip": False,
            "tax_calculated_after_discount": True,
            "tax_inclusive": False,
            "template_id": f"TEMP-{_token(rng, 17)}",
        },
        "amount": {
            "breakdown": {
                "item_total": {"currency_code": "EUR", "value": _money(net)},
                "tax_total": {"currency_code": "EUR", "value": _money(tax)},
            },
            "currency_code": "EUR",
            "value": total,
        },
        "due_amount": {"currency_code": "EUR", "value": total},
        "links": [
            {
                "href": f"https://api-m.paypal.com/v2/invoicing/invoices/{inv}",
                "rel": "self",
                "method": "GET",
            }
        ],
    }
    return _json(doc)


LINEAR_MUTATION = (
    "mutation IssueCreate($input: IssueCreateInput!) {\n"
    "  issueCreate(input: $input) {\n"
    "    success\n"
    "    issue {\n"
    "      id\n"
    "      identifier\n"
    "      url\n"
    "    }\n"
    "  }\n"
    "}"
)


def linear_issue(row: dict[str, Any], rng: random.Random) -> str:
    """A Linear GraphQL ``issueCreate`` request (``POST https://api.linear.app/graphql``): the
    mutation, its ``operationName`` and ``variables.input`` (invented team, state, label and
    project ids, a ``title`` naming the work and the centre, ``priority``, ``dueDate``) whose
    markdown ``description`` tabulates the centre (HIQA registration number, address, county,
    beds, provider, phone) and asks the surveyor to ring the phone to book the visit."""
    when = _when(rng)
    work = rng.choice(WORKS)
    provider = _f(row, "Registration_Provider")
    description = "\n".join(
        [
            f"Site survey for the {work} at **{name(row)}**.",
            "",
            "| Field | Value |",
            "| --- | --- |",
            f"| HIQA registration | {reg(row)} |",
            f"| Address | {address(row)} |",
            f"| County | {county(row)} |",
            f"| Beds | {beds(row)} |",
            f"| Registered provider | {provider} |",
            f"| Centre phone | {phone(row)} |",
            "",
            f"Ring the centre on {phone(row)} to book the visit with the person in charge; "
            "surveys are done between 10:00 and 15:00 to avoid medication rounds.",
            "",
            "- [ ] Survey booked",
            "- [ ] Floor plan received",
            f"- [ ] Quote sent (ref. Q-{rng.randint(10000, 99999)})",
        ]
    )
    doc = {
        "operationName": "IssueCreate",
        "query": LINEAR_MUTATION,
        "variables": {
            "input": {
                "teamId": _uuid(rng),
                "title": f"Site survey: {name(row)} ({county(row)})",
                "description": description,
                "priority": rng.choice((2, 3)),
                "stateId": _uuid(rng),
                "labelIds": [_uuid(rng)],
                "projectId": _uuid(rng),
                "dueDate": f"{when + dt.timedelta(days=rng.randint(7, 28)):%Y-%m-%d}",
                "estimate": rng.choice((1, 2, 3)),
            }
        },
    }
    return _json(doc)


def _wrike_id(rng: random.Random, prefix: str) -> str:
    return prefix + _token(rng, 16 - len(prefix), string.ascii_uppercase + "234567")


def wrike_task(row: dict[str, Any], rng: random.Random) -> str:
    """A Wrike API v4 task answer (``GET /tasks/{taskId}``): ``kind`` tasks and one task
    (invented ids of the account, folders, responsibles, custom status and field, a
    ``permalink``), the installation at the centre as ``title``, an HTML ``description`` giving
    the address, registration number and the site contact line, a ``briefDescription`` of its
    opening, ``status`` Active, ``importance``, planned ``dates`` and a custom field holding
    the centre's phone."""
    when = _when(rng)
    start = when + dt.timedelta(days=rng.randint(3, 20))
    days = rng.randint(1, 3)
    work = rng.choice(WORKS)
    opening = f"Installation visit for the {work} at {name(row)}."
    html = (
        f"<p>{escape(opening)}</p>"
        f"<p>Address: {escape(address(row))}, Co. {escape(county(row))}<br>"
        f"HIQA registration: {escape(reg(row))} ({escape(beds(row))} beds)</p>"
        f"<p>Site contact: centre reception, {escape(phone(row))}. Sign in at reception and "
        "agree isolation of the call points with the nurse in charge before work starts.</p>"
    )
    account = _wrike_id(rng, "IEAA")
    field_id = _wrike_id(rng, "IEAA")
    task = {
        "id": _wrike_id(rng, "IEAA"),
        "accountId": account,
        "title": f"Install: {name(row)}",
        "description": html,
        "briefDescription": opening,
        "parentIds": [_wrike_id(rng, "IEAA")],
        "superParentIds": [],
        "sharedIds": [_wrike_id(rng, "KUA"), _wrike_id(rng, "KUA")],
        "responsibleIds": [_wrike_id(rng, "KUA")],
        "status": "Active",
        "importance": rng.choice(("High", "Normal")),
        "createdDate": _iso(when),
        "updatedDate": _iso(when + dt.timedelta(hours=rng.randint(1, 30))),
        "dates": {
            "type": "Planned",
            "duration": days * 480,
            "start": f"{start:%Y-%m-%d}T09:00:00",
            "due": f"{start + dt.timedelta(days=days - 1):%Y-%m-%d}T17:00:00",
        },
        "scope": "WsTask",
        "authorIds": [_wrike_id(rng, "KUA")],
        "customStatusId": _wrike_id(rng, "IEAA"),
        "hasAttachments": False,
        "permalink": "https://www.wrike.com/open.htm?id="
        + str(rng.randint(1_000_000_000, 1_999_999_999)),
        "priority": f"{rng.getrandbits(64):016x}",
        "followedByMe": False,
        "followerIds": [],
        "superTaskIds": [],
        "subTaskIds": [],
        "dependencyIds": [],
        "metadata": [],
        "customFields": [
            {"id": _wrike_id(rng, "IEAA"), "value": county(row)},
            {"id": field_id, "value": phone(row)},
        ],
    }
    return _json({"kind": "tasks", "data": [task]})


def _drive_id(rng: random.Random) -> str:
    return "1" + _token(rng, 32, string.ascii_letters + string.digits + "-_")


def drive_file(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Drive API v3 file resource (``GET /drive/v3/files/{fileId}?fields=*``, owners
    and permissions left out): ``kind`` drive#file, an invented id and parent folder, the
    signed survey report of the centre as a PDF (``name``, ``originalFilename``, size, md5,
    version, links, times), its ``description`` naming the centre, address, registration
    number and phone, and ``properties`` with the centre id, county and phone."""
    when = _when(rng)
    fid = _drive_id(rng)
    fname = f"Site survey - {name(row)} - {when:%Y-%m-%d}.pdf"
    content = f"{fid}:{rng.getrandbits(64)}".encode()
    doc = {
        "kind": "drive#file",
        "id": fid,
        "name": fname,
        "mimeType": "application/pdf",
        "description": f"Signed site survey for {name(row)}, {address(row)}, Co. {county(row)} "
        f"(HIQA {reg(row)}). Centre phone {phone(row)}.",
        "starred": False,
        "trashed": False,
        "explicitlyTrashed": False,
        "parents": [_drive_id(rng)],
        "properties": {
            "hiqaCentreId": _f(row, "Centre_ID"),
            "county": county(row),
            "centrePhone": phone(row),
        },
        "spaces": ["drive"],
        "version": str(rng.randint(2, 14)),
        "webContentLink": f"https://drive.google.com/uc?id={fid}&export=download",
        "webViewLink": f"https://drive.google.com/file/d/{fid}/view?usp=drivesdk",
        "iconLink": "https://drive-thirdparty.googleusercontent.com/16/type/application/pdf",
        "hasThumbnail": True,
        "thumbnailVersion": "1",
        "viewedByMe": True,
        "viewedByMeTime": _iso(when + dt.timedelta(days=1), millis=True),
        "createdTime": _iso(when, millis=True),
        "modifiedTime": _iso(when + dt.timedelta(minutes=rng.randint(1, 90)), millis=True),
        "modifiedByMe": True,
        "shared": True,
        "ownedByMe": True,
        "originalFilename": fname,
        "fullFileExtension": "pdf",
        "fileExtension": "pdf",
        "md5Checksum": hashlib.md5(content).hexdigest(),
        "size": str(rng.randint(180_000, 2_400_000)),
        "quotaBytesUsed": "0",
        "headRevisionId": _drive_id(rng)[:52],
        "isAppAuthorized": False,
    }
    doc["quotaBytesUsed"] = doc["size"]
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "paypal_invoice": paypal_invoice,
    "linear_issue": linear_issue,
    "wrike_task": wrike_task,
    "drive_file": drive_file,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
