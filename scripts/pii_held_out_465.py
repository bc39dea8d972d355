"""held_out_465 of the PII evaluation set: real contact and e-mail fields of a register no
earlier part used (the Department of Budget and Management's government directory's list of
the foreign diplomatic missions, consular offices and international organizations in the
Philippines: embassies, consulates, the UN agencies' and development banks' offices; the
Philippines' earlier parts took the Department of Health's National Health Facility Registry
and the same directory's executive departments' offices) exactly as published, in layouts no
earlier part has, beside the directory's own office names, countries and addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``contact`` and ``email`` fields of 189 entries
  (``scripts/data/pii_ph_diplomatic_missions.json``, written by
  ``scripts/ph_diplomatic_missions_data.py``; source and licence in that file): one or more
  Philippine numbers as the directory writes them, ``;`` between them, with markers
  (``8892-4081; 8892-4082; 8892-4195 F``, ``7757-8100 TL``, ``8845-1869 to 73``,
  ``231-0437 (F)``), written whole where a format takes free text and one number at a time
  where a format takes one (the first lines not marked as fax, the first fax), each number
  labelled on its own (``labelled_record``: the markers and ``to 73`` endings are no number);
  and one or more addresses (``manila@mofa.gov.kw; ku-emb@pldtdsl.net``), one at a time or the
  field whole; every copy of every number and address labelled;
* the text around them is the same row's real fields: the office's name, its country (or the
  organization's name), its list and address, with invented ids, tracking numbers, order and
  customer codes, weights, amounts and dates, unlabelled and scored; the other party of each
  record is an invented events company given no phone and no e-mail address;
* in layouts no earlier part has, formats of a courier of the region and of three business
  APIs, text in English (an invented events company sends each office the invitation kit of a
  diplomatic corps' trade and culture fair): Ninja Van Order API 4.2 requests (``POST
  /ph/4.2/orders``: the office as ``to`` with ``phone_number`` and ``email``, the
  ``parcel_job``'s ``delivery_instructions`` giving the contact field), AfterShip Tracking API
  v4 create-tracking bodies (``POST /v4/trackings``: ``tracking`` with ``smses`` and
  ``emails``, ``customer_name``, ``note`` giving the contact field), Dropbox Sign
  signature-request bodies (``POST /v3/signature_request/send`` as JSON: the office as signer,
  other addresses as ``cc_email_addresses``, a ``message`` and ``metadata`` giving the contact
  field; only offices with an address) and Acumatica contract-based REST API customer records
  (``PUT /entity/Default/23.200.001/Customer``: every field as ``{"value": ...}``,
  ``MainContact`` with ``Phone1``, ``Phone2``, ``Fax``, ``Email`` and ``Address``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_465.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ph_diplomatic_missions.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_465.jsonl.gz"
SPLIT = "held_out_465"

LAYOUTS = ("ninjavan_order", "aftership_tracking", "dropbox_sign_request", "acumatica_customer")
CONTACT, EMAIL, LINE = "contact", "email", "line"
EDGES = {CONTACT: r"\d", LINE: r"\d", EMAIL: r"[\w.@+-]"}
COLUMNS = {CONTACT: CONTACT, LINE: CONTACT}
FAX = ("F", "(F)")
PHT = dt.timezone(dt.timedelta(hours=8))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the invented events company that sends the kits, and its fair
COMPANY = "Lakbay Events and Exhibitions Corp."
COMPANY_ADDRESS = ("Unit 1204 Tycoon Centre, Pearl Drive, Ortigas Center", "Pasig City", "1605")
FAIR = "Manila Diplomatic Corps Trade and Culture Fair 2025"
KITS = (
    ("Invitation kit: printed invitations, booth manual and parking passes", 0.8),
    ("Exhibitor welcome pack: lanyards, floor plan and programme", 1.4),
    ("Cultural night invitation set with RSVP cards", 0.5),
    ("Booth allocation documents and exhibitor badges", 0.6),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def contact(row: dict[str, Any]) -> str:
    """The office's contact field as published (one or more numbers)."""
    return _f(row, CONTACT)


def emails(row: dict[str, Any]) -> list[str]:
    """The addresses of the office's e-mail field, in its order (none where it is empty)."""
    return [m for m in _f(row, EMAIL).split("; ") if m]


def lines(row: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The numbers of the contact field as written (``numbers``): those not marked as fax, and
    those marked ``F`` or ``(F)`` after them."""
    field, phones, faxes = contact(row), [], []
    for s, e in numbers(field):
        marker = field[e:].split(";", 1)[0].strip()
        (faxes if marker in FAX else phones).append(field[s:e])
    return phones or faxes, faxes


def international(value: str) -> bool:
    """Whether a number is written with the country code (``+63``, ``(632)``); a bare ``63``
    begins Manila lines of seven digits (``636-5802``), so it is no sign of one."""
    return value.startswith(("+", "00", "(63"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index (an office without an address is sent no
    signature request: its customer record instead)."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    if layout == "dropbox_sign_request" and not emails(row):
        return "acumatica_customer"
    return layout


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's contact field, each number in it, its e-mail field and each
    address in it, longest first (a copy inside a longer one is that one's)."""
    values = [(CONTACT, contact(row)), (EMAIL, _f(row, EMAIL))]
    values += [(LINE, v) for v in dict.fromkeys(sum(lines(row), []))]
    values += [(EMAIL, m) for m in emails(row)]
    return sorted(values, key=lambda kv: -len(kv[1]))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's contact field, its numbers and its
    addresses labelled (each copy stands apart: no digit next to a number, no address
    character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def office(row: dict[str, Any]) -> str:
    """The office's name (``Embassy of the Argentine Republic``) or the organization's."""
    return _f(row, "office_name") or _f(row, "organization_name")


def country(row: dict[str, Any]) -> str:
    """The country the office serves, or the organization's name (``THE WORLD BANK``)."""
    return _f(row, "country") or _f(row, "organization_name")


def city(row: dict[str, Any]) -> str:
    """The city that ends the office's address, where it names one (``Makati City``)."""
    last = _f(row, "address").rsplit(",", 1)[-1].strip()
    return last if "City" in last or last in ("Manila", "Taguig", "Makati") else "Metro Manila"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Philippine time)."""
    day = dt.datetime(2025, 2, 3, tzinfo=PHT) + dt.timedelta(days=rng.randint(0, 240))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _tracking(rng: random.Random) -> str:
    """An invented Ninja Van tracking number (``NVPHLAKBY0004821937``)."""
    return f"NVPHLAKBY{rng.randint(0, 10**10 - 1):010d}"


def _order(rng: random.Random) -> str:
    """An invented order reference of the events company (``LEC-MDC25-0532``)."""
    return f"LEC-MDC25-{rng.randint(1, 2000):04d}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def ninjavan_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Ninja Van Order API 4.2 request (``POST /ph/4.2/orders``, HTTP head and JSON body):
    ``service_type`` ``Parcel``, the requested tracking number, the order as ``reference``,
    the events company as ``from`` (no phone), the office as ``to`` (``name``, its first line
    as ``phone_number``, its first address as ``email``, its address), and ``parcel_job``
    with pickup and delivery dates and timeslots, ``delivery_instructions`` giving the contact
    field, the weight and the kit as an item."""
    kit, weight = rng.choice(KITS)
    when = _when(rng)
    phones, _ = lines(row)
    mails = emails(row)
    to: dict[str, Any] = {"name": office(row), "phone_number": phones[0]}
    if mails:
        to["email"] = mails[0]
    to["address"] = {
        "address1": _f(row, "address"),
        "address2": "",
        "area": "",
        "city": city(row),
        "state": "",
        "address_type": "office",
        "country": "PH",
        "postcode": "",
    }
    slot = {"start_time": "09:00", "end_time": "18:00", "timezone": "Asia/Manila"}
    doc = {
        "service_type": "Parcel",
        "service_level": "Standard",
        "requested_tracking_number": _tracking(rng)[6:],
        "reference": {"merchant_order_number": _order(rng)},
        "from": {
            "name": COMPANY,
            "address": {
                "address1": COMPANY_ADDRESS[0],
                "city": COMPANY_ADDRESS[1],
                "address_type": "office",
                "country": "PH",
                "postcode": COMPANY_ADDRESS[2],
            },
        },
        "to": to,
        "parcel_job": {
            "is_pickup_required": True,
            "pickup_service_type": "Scheduled",
            "pickup_service_level": "Standard",
            "pickup_date": f"{when:%Y-%m-%d}",
            "pickup_timeslot": slot,
            "pickup_instructions": "Collect at the 12th floor reception, boxes labelled MDCTCF",
            "delivery_start_date": f"{when + dt.timedelta(days=1):%Y-%m-%d}",
            "delivery_timeslot": slot,
            "delivery_instructions": f"For the {country(row).title()} desk. Hand to the "
            f"reception or the security post only; call {contact(row)} before delivery.",
            "dimensions": {"weight": weight},
            "items": [{"item_description": kit, "quantity": 1, "is_dangerous_good": False}],
        },
    }
    head = "POST /ph/4.2/orders HTTP/1.1\nHost: api.ninjavan.co\nContent-Type: application/json\n"
    return head + f"Authorization: Bearer {_hex(rng, 32)}\n\n" + _json(doc)


def aftership_tracking(row: dict[str, Any], rng: random.Random) -> str:
    """An AfterShip Tracking API v4 create-tracking body (``POST /v4/trackings``):
    ``tracking`` with the slug ``ninjavan``, an invented tracking number, a ``title`` naming
    the office, up to three of its lines as ``smses`` and up to three addresses as
    ``emails``, the order id, the office as ``customer_name``, the countries, a ``note``
    giving the contact field and ``custom_fields``."""
    phones, _ = lines(row)
    when = _when(rng)
    tracking: dict[str, Any] = {
        "slug": "ninjavan",
        "tracking_number": _tracking(rng),
        "title": f"{FAIR} - {office(row)}",
        "smses": phones[:3],
        "emails": emails(row)[:3],
        "order_id": _order(rng),
        "order_id_path": "https://events.example.ph/admin/orders",
        "customer_name": office(row),
        "origin_country_iso3": "PHL",
        "destination_country_iso3": "PHL",
        "language": "en",
        "order_date": f"{when:%Y-%m-%dT%H:%M:%S+08:00}",
        "note": f"{_f(row, 'list')} list, {country(row)}. Office lines: {contact(row)}",
        "custom_fields": {"fair_batch": f"{when:%Y-%m}", "kit_code": f"KIT-{rng.randint(1, 9)}"},
    }
    return _json({"tracking": tracking})


def dropbox_sign_request(row: dict[str, Any], rng: random.Random) -> str:
    """A Dropbox Sign signature-request body (``POST /v3/signature_request/send``, JSON):
    ``title``, ``subject``, a ``message`` naming the office and its contact field, the office
    as the one signer (its first address), its other addresses as ``cc_email_addresses``,
    the participation agreement's file URL, ``metadata`` with the office's list, country and
    contact field, ``signing_options`` and ``test_mode``."""
    mails = emails(row)
    when = _when(rng)
    booth = f"{rng.choice('ABCDE')}-{rng.randint(1, 60):02d}"
    doc = {
        "title": f"Participation Agreement - {FAIR}",
        "subject": f"Participation Agreement for booth {booth}",
        "message": f"Dear colleagues of the {office(row)}, please sign the participation "
        f"agreement for booth {booth} by {when + dt.timedelta(days=10):%d %B %Y}. We will "
        f"confirm the booth by telephone at {contact(row)}.",
        "signers": [{"email_address": mails[0], "name": office(row), "order": 0}],
        "cc_email_addresses": mails[1:],
        "file_urls": [f"https://events.example.ph/agreements/{_hex(rng, 12)}.pdf"],
        "metadata": {
            "list": _f(row, "list"),
            "country": country(row),
            "office_lines": contact(row),
            "booth": booth,
        },
        "signing_options": {"draw": True, "type": True, "upload": True, "phone": False,
                            "default_type": "draw"},
        "test_mode": True,
    }  # fmt: skip
    return _json(doc)


def acumatica_customer(row: dict[str, Any], rng: random.Random) -> str:
    """An Acumatica contract-based REST API customer record (``PUT
    /entity/Default/23.200.001/Customer``, HTTP head and JSON body): every field as
    ``{"value": ...}``: an invented ``CustomerID``, the office as ``CustomerName``, class,
    status, terms, currency, and ``MainContact`` with ``CompanyName``, ``Email`` (its first
    address), ``Phone1`` and ``Phone2`` (its first lines), ``Fax`` (its first fax) and
    ``Address`` (the address, city, country ``PH``), and a ``note`` naming its country."""
    phones, faxes = lines(row)
    mails = emails(row)
    main: dict[str, Any] = {"CompanyName": {"value": office(row)}}
    if mails:
        main["Email"] = {"value": mails[0]}
    main["Phone1"] = {"value": phones[0]}
    main["Phone1Type"] = {"value": "Business 1"}
    if len(phones) > 1:
        main["Phone2"] = {"value": phones[1]}
        main["Phone2Type"] = {"value": "Business 2"}
    if faxes:
        main["Fax"] = {"value": faxes[0]}
        main["FaxType"] = {"value": "Fax"}
    main["Address"] = {
        "AddressLine1": {"value": _f(row, "address")},
        "City": {"value": city(row)},
        "Country": {"value": "PH"},
    }
    doc = {
        "CustomerID": {"value": f"DIP{rng.randint(1, 99999):05d}"},
        "CustomerName": {"value": office(row)},
        "CustomerClass": {"value": "DIPLOMAT"},
        "Status": {"value": "Active"},
        "Terms": {"value": "30D"},
        "CurrencyID": {"value": "PHP"},
        "MainContact": main,
        "note": {"value": f"{_f(row, 'list')}: {country(row)}. {FAIR} exhibitor."},
    }
    head = "PUT /entity/Default/23.200.001/Customer HTTP/1.1\nHost: erp.example.ph\n"
    return head + "Content-Type: application/json\nAccept: application/json\n\n" + _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ninjavan_order": ninjavan_order,
    "aftership_tracking": aftership_tracking,
    "dropbox_sign_request": dropbox_sign_request,
    "acumatica_customer": acumatica_customer,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its contact field (each
    number in it) and of its addresses labelled."""
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
