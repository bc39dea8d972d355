"""held_out_294 of the PII evaluation set: real phone fields of a register no earlier part used
(India's paid COVID-19 vaccination centres at private PM-JAY hospitals, as NRSC's Bhuvan
geoportal mapped them; India's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the list's own names, addresses and codes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, IN (the National Health Portal's
directories, CBSE's schools, RBI's bank branches, NHM Madhya Pradesh's COVID facilities, JoSAA's
institutes and others) and many others; here:

* the values are the ``mobile`` fields of 400 vaccination centres
  (``scripts/data/pii_in_bhuvan_vaccination_centres.json``, written by
  ``scripts/in_bhuvan_vaccination_centres_data.py``; source and licence in that file): Indian
  numbers as the hospitals gave them, a ten-digit mobile number unspaced (``9037861697``), one
  of nine digits and one field of two numbers joined by ``, `` (each number labelled on its
  own), each copy labelled;
* the text around them is the same row's real fields: the hospital's name, address, district,
  state, six-digit PIN code (``691532``), coordinates and PM-JAY hospital id
  (``HOSP32P92979``), with invented record ids, timestamps (Unix seconds and milliseconds,
  ISO 8601), amounts in paise and rupees, transaction ids and SHA-512 hashes, unlabelled and
  scored;
* in layouts no earlier part has, the APIs of Indian SaaS and payment companies, text in
  English: Freshdesk (Freshworks) API v2 contact objects (the hospital as a contact with its
  number as ``mobile`` and a ``description`` repeating it, ``custom_fields`` with the PM-JAY id
  and PIN code, ``time_zone`` ``Chennai``), Chargebee API v2 customer objects (the hospital as
  ``company`` with ``phone``, an ``en-IN`` locale, ``INR``, and a ``billing_address`` repeating
  the number), Instamojo API 1.1 payment-request calls (a ``curl`` command to
  ``payment-requests/`` with ``buyer_name``, ``phone``, ``purpose`` and ``amount``, a comment
  naming the number) and PayU India hosted-checkout forms (an HTML ``form`` posting to
  ``secure.payu.in/_payment`` with hidden ``key``, ``txnid``, ``amount``, ``productinfo``,
  ``firstname``, ``phone``, ``surl``, ``furl`` and ``hash`` inputs, and a paragraph repeating
  the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_294.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_bhuvan_vaccination_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_294.jsonl.gz"
SPLIT = "held_out_294"

LAYOUTS = ("freshdesk_contact", "chargebee_customer", "instamojo_request", "payu_form")
PHONE = "mobile"
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

# data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented products and purposes (no real order is meant)
ITEMS = (
    "Vaccine carrier (1.7 L)", "Ice packs, set of 4", "Cold box (20 L)",
    "Digital thermometer, data logger", "AEFI kit", "Hub cutter",
)  # fmt: skip
PURPOSES = ("Cold chain kit", "AEFI kit refill", "Vaccine carrier", "Data logger renewal")


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
    """An invented moment of March to June 2021 (IST), when the paid centres opened."""
    start = dt.datetime(2021, 3, 1, 9, 0, tzinfo=IST)
    return start + dt.timedelta(seconds=rng.randint(0, 110 * 86400))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))  # fmt: skip


def _place(row: dict[str, Any]) -> str:
    """Where the centre is: its district and state as the list writes them."""
    return ", ".join(v for v in (_f(row, "district"), _f(row, "state")) if v)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def freshdesk_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Freshdesk API v2 contact (``GET /api/v2/contacts/[id]``) of a district helpdesk's
    account: the hospital as a contact with no e-mail, its number as ``mobile``, its address,
    a ``description`` repeating the number, ``custom_fields`` with the PM-JAY hospital id,
    PIN code and district, tags, the ``Chennai`` time zone and invented ids and timestamps."""
    name, tel = _f(row, "name"), phone(row)
    created = _when(rng)
    updated = created + dt.timedelta(minutes=rng.randint(5, 20000))
    hid = _f(row, "nin_pmjay")
    doc = {
        "active": False,
        "address": _f(row, "address"),
        "company_id": None,
        "view_all_tickets": False,
        "deleted": False,
        "description": f"Paid COVID-19 vaccination centre (Private PMJAY), {_place(row)}. "
        f"Slot queries: call {tel}.",
        "email": None,
        "id": int(f"1030{rng.randint(10**7, 10**8 - 1)}"),
        "job_title": "Vaccination centre",
        "language": "en",
        "mobile": tel,
        "name": name,
        "phone": None,
        "time_zone": "Chennai",
        "twitter_id": None,
        "custom_fields": {
            "pmjay_hospital_id": hid or None,
            "pin_code": _f(row, "pincode") or None,
            "district": _f(row, "district") or None,
            "centre_type": _f(row, "type") or None,
        },
        "facebook_id": None,
        "created_at": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "updated_at": updated.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "csat_rating": None,
        "preferred_source": None,
        "company_name": None,
        "unique_external_id": hid or None,
        "twitter_profile_status": False,
        "twitter_followers_count": None,
        "other_emails": [],
        "tags": ["covid-vaccination", "pmjay", _f(row, "state").lower().replace(" ", "-")],
        "other_companies": [],
        "avatar": None,
    }
    return _json(doc)


def chargebee_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Chargebee API v2 customer (``GET /api/v2/customers/[id]``) of a cold-chain
    monitoring service: the hospital as ``company`` with ``phone``, ``en-IN`` locale, ``INR``,
    a ``billing_address`` (address, district as city, state, PIN code as ``zip``, ``IN``)
    repeating the number, ``meta_data`` with the PM-JAY id and coordinates, invented id and
    Unix timestamps."""
    name, tel = _f(row, "name"), phone(row)
    created = _when(rng)
    updated = created + dt.timedelta(minutes=rng.randint(5, 20000))
    meta = {"pmjay_hospital_id": _f(row, "nin_pmjay")} if _f(row, "nin_pmjay") else {}
    if _f(row, "latitude") and _f(row, "longitude"):
        meta["location"] = {"lat": _f(row, "latitude"), "lng": _f(row, "longitude")}
    doc = {
        "customer": {
            "id": _alnum(rng, 17),
            "company": name,
            "phone": tel,
            "auto_collection": "off",
            "net_term_days": rng.choice((0, 15, 30)),
            "allow_direct_debit": False,
            "created_at": int(created.timestamp()),
            "taxability": "taxable",
            "updated_at": int(updated.timestamp()),
            "locale": "en-IN",
            "pii_cleared": "active",
            "channel": "web",
            "resource_version": int(updated.timestamp()) * 1000 + rng.randint(0, 999),
            "deleted": False,
            "object": "customer",
            "billing_address": {
                "company": name,
                "phone": tel,
                "line1": _f(row, "address"),
                "city": _f(row, "district").title(),
                "state": _f(row, "state").title(),
                "country": "IN",
                "zip": _f(row, "pincode"),
                "validation_status": "not_validated",
                "object": "billing_address",
            },
            "card_status": "no_card",
            "promotional_credits": 0,
            "refundable_credits": 0,
            "excess_payments": 0,
            "unbilled_charges": 0,
            "preferred_currency_code": "INR",
            "meta_data": meta,
        }
    }
    return _json(doc)


def instamojo_request(row: dict[str, Any], rng: random.Random) -> str:
    """An Instamojo API 1.1 payment-request call as a supplier's script makes it: a comment
    naming the hospital and its number, then ``curl`` posting to ``payment-requests/`` with the
    invented API key and auth token headers and the ``purpose``, ``amount`` (rupees),
    ``buyer_name``, ``phone``, ``redirect_url``, ``send_sms``, ``send_email`` and
    ``allow_repeated_payments`` fields."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    amount = f"{rng.choice((450, 780, 1200, 1850, 2400, 3600))}.00"
    order = f"CC{when:%y%m%d}{rng.randint(1000, 9999)}"
    quoted = name.replace("'", "'\\''")
    lines = [
        f"# {when:%Y-%m-%d %H:%M} IST - order {order}: {name}, {_place(row)}",
        f"# PIN {_f(row, 'pincode')}; SMS link to {tel}",
        "curl https://www.instamojo.com/api/1.1/payment-requests/ \\",
        f'  --header "X-Api-Key: {_hex(rng, 32)}" \\',
        f'  --header "X-Auth-Token: {_hex(rng, 32)}" \\',
        f"  --data-urlencode 'purpose={rng.choice(PURPOSES)}' \\",
        f"  --data 'amount={amount}' \\",
        f"  --data-urlencode 'buyer_name={quoted}' \\",
        f"  --data 'phone={tel}' \\",
        f"  --data 'redirect_url=https://coldchain.example.in/orders/{order}/paid' \\",
        "  --data 'send_sms=True' \\",
        "  --data 'send_email=False' \\",
        "  --data 'allow_repeated_payments=False'",
        "",
    ]
    return "\n".join(lines)


def payu_form(row: dict[str, Any], rng: random.Random) -> str:
    """A PayU India hosted-checkout page: an HTML ``form`` posting to
    ``https://secure.payu.in/_payment`` with the hidden ``key`` (invented merchant key),
    ``txnid``, ``amount``, ``productinfo``, ``firstname`` (the hospital), ``email`` (empty),
    ``phone``, ``udf1`` (PM-JAY id) and ``udf2`` (PIN code), ``surl``, ``furl`` and the SHA-512
    ``hash`` of them, and a paragraph naming the hospital (and its address where the list
    gives one apart from the name) and repeating the number."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    key = _alnum(rng, 6)
    txnid = f"VC{when:%Y%m%d%H%M%S}{rng.randint(10, 99)}"
    amount = f"{rng.choice((780, 1560, 2340, 3900, 7800))}.00"
    product = rng.choice(ITEMS)
    udf1, udf2 = _f(row, "nin_pmjay"), _f(row, "pincode")
    address = _f(row, "address")
    where = name if address in ("", name) else f"{name}, {address}"
    salt = _alnum(rng, 32)
    digest = hashlib.sha512(
        f"{key}|{txnid}|{amount}|{product}|{name}||{udf1}|{udf2}|||||||||{salt}".encode()
    ).hexdigest()

    def hidden(field: str, value: str) -> str:
        return f'    <input type="hidden" name="{field}" value="{escape(value)}" />'

    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '  <meta charset="utf-8" />',
        f"  <title>Pay for {escape(product)} - {escape(name)}</title>",
        "</head>",
        '<body onload="document.forms.payu.submit()">',
        f"  <p>Order {txnid} for {escape(where)}. We will call {tel} before dispatch.</p>",
        '  <form name="payu" action="https://secure.payu.in/_payment" method="post">',
        hidden("key", key),
        hidden("txnid", txnid),
        hidden("amount", amount),
        hidden("productinfo", product),
        hidden("firstname", name),
        hidden("email", ""),
        hidden("phone", tel),
        hidden("udf1", udf1),
        hidden("udf2", udf2),
        hidden("surl", "https://coldchain.example.in/payu/success"),
        hidden("furl", "https://coldchain.example.in/payu/failure"),
        hidden("hash", digest),
        '    <noscript><input type="submit" value="Pay now" /></noscript>',
        "  </form>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "freshdesk_contact": freshdesk_contact,
    "chargebee_customer": chargebee_customer,
    "instamojo_request": instamojo_request,
    "payu_form": payu_form,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the list's does)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
