"""held_out_473 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Open Schools Kenya's survey of the schools of Kibera and Mathare, Nairobi, as Map
Kibera mapped them in OpenStreetMap; Kenya's earlier part took the Ministry of Health's Master
Facility List) exactly as published, in layouts no earlier part has, beside the schools' own
names, postal addresses, villages and settlements.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``osm:contact:phone`` of 280 schools and their ``osm:contact:email`` where
  it holds one well-formed address (``scripts/data/pii_ke_kibera_schools.json``, written by
  ``scripts/ke_kibera_schools_data.py``; source and licence in that file): Kenyan numbers as
  the mappers typed them, mostly ten digits with the trunk ``0`` (``0722699646``), some
  spaced or hyphenated (``0711 909137``, ``0725-003164``), a few of nine or eleven digits as
  typed (``072329833``), and 24 fields of two or three numbers (``0723268266/ 0721596086``),
  each number labelled on its own where it stands; the mailboxes (``olympicprimary@yahoo.com``);
  a mailbox typed wrongly (``angelsofhopek@yahoo,com``) is no address and is not written; the
  one mailbox a school's postal address field holds is labelled wherever the address stands;
* the text around them is the same row's real fields: the school's name, postal address
  (``P O Box 56979 - 00200, Nairobi``), village, settlement, level and operator type, with
  invented KRA PINs, invoice and order numbers, M-Pesa paybill numbers, amounts in KES, hashes,
  ids and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Kenya's tax authority and payment services, text
  in English: KRA eTIMS OSCU ``saveBhfCustomer`` requests (a supplier registering the school as
  a customer of its branch: ``custNm``, ``adrs``, ``telNo``, ``email``), Safaricom Daraja Bill
  Manager opt-in requests (``POST /v1/billmanager-invoice/optin`` of the school's paybill:
  ``shortcode``, ``email``, ``officialContact``, ``sendReminders``, ``logo``,
  ``callbackurl``), iPay Africa C2B checkout forms (the hidden inputs ``live``, ``oid``,
  ``inv``, ``ttl``, ``tel``, ``eml``, ``vid``, ``curr``, ``p1`` to ``p4``, ``cbk``, ``cst``,
  ``crl``, ``hsh``) and eCitizen Pesaflow checkout forms (``apiClientID``, ``serviceID``,
  ``billDesc``, ``currency``, ``billRefNumber``, ``clientMSISDN``, ``clientName``,
  ``clientIDNumber``, ``clientEmail``, ``callBackURLOnSuccess``, ``notificationURL``,
  ``amountExpected``, ``secureHash``, ``format``, ``sendSTK``). The fields of the four were
  written from the services' public developer documentation as remembered, not checked
  against it here (the search tools' budget was spent when the part was made).

Bill Manager and iPay require a mailbox: a school without one takes eTIMS or Pesaflow, where
the mailbox may be left empty (``layout_of``). Phones are labelled by the policy of
``make_pii_eval.personal_phone`` (every number of a field is labelled whole, on its own). Each
record is seeded by its own (split, locale, layout, index). Committed with its data before it
was ever scored.

    python scripts/pii_held_out_473.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ke_kibera_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_473.jsonl.gz"
SPLIT = "held_out_473"

LAYOUTS = ("etims_customer", "billmanager_optin", "ipay_checkout", "pesaflow_checkout")
# the layouts a school without a mailbox takes (the other two require one)
NO_MAIL = ("etims_customer", "pesaflow_checkout")
PHONE, EMAIL = "osm:contact:phone", "osm:contact:email"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
EAT = dt.timezone(dt.timedelta(hours=3))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods a school pays for online (iPay) or fees it pays the county (Pesaflow)
GOODS = (
    ("Exercise books and pens, term 1", 4200, 18500),
    ("Grade 4 CBC course books", 6500, 32000),
    ("School uniforms, 20 sets", 9000, 24000),
    ("Desks and benches", 15000, 60000),
    ("Porridge flour for the feeding programme", 3000, 12000),
)
PERMITS = (
    ("Single Business Permit - Education Institution", 2000, 15000),
    ("Fire Safety Inspection Certificate", 1500, 5000),
    ("Public Health Licence - School", 1000, 4500),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The school's phone field as published (one, two or three numbers)."""
    return _f(row, PHONE)


def phones(row: dict[str, Any]) -> list[str]:
    """Each number of the phone field as written there (the field split at ``/`` and ``,``)."""
    return [p for p in (p.strip() for p in re.split(r"[/,]", phone(row))) if p]


def email(row: dict[str, Any]) -> str:
    """The school's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00", "254"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row: by its index among the four, or, for a school without a
    mailbox, among the two that may leave it empty."""
    return LAYOUTS[n % len(LAYOUTS)] if email(row) else NO_MAIL[n % len(NO_MAIL)]


def address_emails(row: dict[str, Any]) -> list[str]:
    """The mailboxes the postal address field itself holds, other than the school's (one
    school's address is ``greencardmtaani@yahoo.com``): labelled too wherever it stands."""
    found = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", _f(row, "osm:contact:address"))
    return [m for m in dict.fromkeys(found) if m != email(row)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of each number of the phone field, of the mailbox and of the mailboxes
    the address holds (empty ones are skipped)."""
    found = [*((PHONE, p) for p in phones(row)), ("email", email(row))]
    return [*found, *(("email", m) for m in address_emails(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the row's numbers and of its mailbox
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    """The school's name as mapped."""
    return _f(row, "osm:name")


def settlement(row: dict[str, Any]) -> str:
    """The settlement, capitalised as a place name (``kibera`` as ``Kibera``)."""
    return _f(row, "osm:location").title()


def place(row: dict[str, Any]) -> str:
    """The school's place in one line: village (where mapped), settlement, Nairobi."""
    village = _f(row, "osm:place:village")
    parts = [village] if village and village.lower() != settlement(row).lower() else []
    return ", ".join([*parts, settlement(row), "Nairobi"])


def address(row: dict[str, Any]) -> str:
    """The postal address where the school gives one, else its place."""
    return _f(row, "osm:contact:address") or place(row)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a school day of 2024 (East Africa Time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=EAT) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _pin(rng: random.Random) -> str:
    """An invented KRA PIN of a company (``P``, nine digits, a letter)."""
    return f"P05{rng.randint(1000000, 9999999)}{rng.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}"


def _code(rng: random.Random, size: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(size))


def _hash(rng: random.Random, size: int) -> str:
    """An invented hex digest of ``size`` characters, with no run of five digits."""
    while True:
        value = _code(rng, size, "0123456789abcdef")
        if not re.search(r"\d{5}", value):
            return value


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _a(value: str) -> str:
    """``value`` as an HTML attribute's text."""
    return escape(value, quote=True)


def etims_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A KRA eTIMS OSCU ``saveBhfCustomer`` request: an invented supplier's PIN and branch
    (``tin``, ``bhfId``), an invented customer number, the school's invented PIN, its name,
    postal address (its place where it gives none), its phone field whole as ``telNo``, its
    mailbox (``null`` where it has none), ``faxNo`` ``null``, ``useYn`` ``Y``, a remark naming
    its place and the registrant's system ids."""
    doc = {
        "tin": _pin(rng),
        "bhfId": f"{rng.randint(0, 3):02d}",
        "custNo": f"C{rng.randint(1000, 9999)}",
        "custTin": _pin(rng),
        "custNm": name(row),
        "adrs": address(row),
        "telNo": phone(row),
        "email": email(row) or None,
        "faxNo": None,
        "useYn": "Y",
        "remark": f"School customer, {place(row)}",
        "regrNm": "Admin",
        "regrId": "Admin",
        "modrNm": "Admin",
        "modrId": "Admin",
    }
    return _json(doc)


def billmanager_optin(row: dict[str, Any], rng: random.Random) -> str:
    """A Safaricom Daraja Bill Manager opt-in request as sent (``POST
    /v1/billmanager-invoice/optin`` with its bearer token and JSON body): the school's invented
    paybill ``shortcode``, its mailbox, its phone field whole as ``officialContact``,
    ``sendReminders`` ``1``, a logo address and a callback address on an invented host."""
    token = _code(rng, 28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    slug = re.sub(r"[^a-z]+", "-", name(row).lower()).strip("-")[:40]
    body = {
        "shortcode": str(rng.randint(400200, 999999)),
        "email": email(row),
        "officialContact": phone(row),
        "sendReminders": "1",
        "logo": f"https://schools.example.co.ke/{slug}/logo.png",
        "callbackurl": f"https://schools.example.co.ke/{slug}/mpesa/billmanager/callback",
    }
    head = (
        "POST /v1/billmanager-invoice/optin HTTP/1.1\r\n"
        "Host: api.safaricom.co.ke\r\n"
        f"Authorization: Bearer {token}\r\n"
        "Content-Type: application/json\r\n"
        "\r\n"
    )
    return head + _json(body)


def ipay_checkout(row: dict[str, Any], rng: random.Random) -> str:
    """An iPay Africa C2B checkout page: a form posting to ``payments.ipayafrica.com/v3/ke``
    whose hidden inputs are ``live``, an invented order id and invoice number, ``ttl`` (the
    amount in KES), ``tel`` (the phone field whole), ``eml`` (the mailbox), an invented vendor
    id, ``curr`` ``KES``, ``p1`` to ``p4`` (the goods, the school's name, its place, the
    order), the callback address, ``cst``, ``crl`` and an invented HMAC-SHA1 hex ``hsh``; a
    line above the form names the school and the goods."""
    goods, low, high = rng.choice(GOODS)
    amount = rng.randrange(low, high, 50)
    oid = rng.randint(10000, 99999)
    inv = f"INV/2024/{oid}"
    vendor = rng.choice(("textbookctr", "jomostation", "kiberaunif", "nbofurnish"))
    fields = [
        ("live", "1"),
        ("oid", str(oid)),
        ("inv", inv),
        ("ttl", str(amount)),
        ("tel", phone(row)),
        ("eml", email(row)),
        ("vid", vendor),
        ("curr", "KES"),
        ("p1", goods),
        ("p2", name(row)),
        ("p3", place(row)),
        ("p4", inv),
        ("cbk", f"https://shop.example.co.ke/{vendor}/ipay/return"),
        ("cst", "1"),
        ("crl", "0"),
        ("hsh", _hash(rng, 40)),
    ]
    inputs = "\n".join(f'    <input type="hidden" name="{k}" value="{_a(v)}">' for k, v in fields)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
        "<title>Checkout - iPay</title></head>\n<body>\n"
        f"  <p>Order {oid} for {_a(name(row))}: {_a(goods)}, KES {amount:,}</p>\n"
        '  <form id="ipay" method="post" action="https://payments.ipayafrica.com/v3/ke">\n'
        f"{inputs}\n"
        '    <button type="submit">Pay with M-PESA / Airtel Money / Card</button>\n'
        "  </form>\n</body>\n</html>\n"
    )


def pesaflow_checkout(row: dict[str, Any], rng: random.Random) -> str:
    """An eCitizen Pesaflow checkout page: a form posting into the Pesaflow iframe
    (``iframev2.1.php``) whose hidden inputs are an invented ``apiClientID`` and ``serviceID``,
    ``billDesc`` (a Nairobi City County permit of the school), ``currency`` ``KES``, an invented
    ``billRefNumber``, ``clientMSISDN`` (the phone field whole), ``clientName`` (the school),
    an invented ``clientIDNumber`` (its registration number), ``clientEmail`` (the mailbox, or
    empty), the return and notification addresses, ``amountExpected``, an invented base64
    ``secureHash``, ``format`` ``html`` and ``sendSTK`` ``true``."""
    permit, low, high = rng.choice(PERMITS)
    when = _when(rng)
    ref = f"NCC{when:%y%m}{_code(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    digest = base64.b64encode(_hash(rng, 64).encode()).decode()
    fields = [
        ("apiClientID", str(rng.randint(10, 99))),
        ("serviceID", str(rng.randint(100, 999))),
        ("billDesc", f"{permit}: {name(row)}, {place(row)}"),
        ("currency", "KES"),
        ("billRefNumber", ref),
        ("clientMSISDN", phone(row)),
        ("clientName", name(row)),
        ("clientIDNumber", f"MOE/NBI/{rng.randint(100, 999)}/{when.year}"),
        ("clientEmail", email(row)),
        ("callBackURLOnSuccess", f"https://nairobiservices.example.go.ke/permits/{ref}/done"),
        ("notificationURL", "https://nairobiservices.example.go.ke/api/pesaflow/ipn"),
        ("pictureURL", ""),
        ("amountExpected", f"{rng.randrange(low, high, 100)}.00"),
        ("secureHash", digest),
        ("format", "html"),
        ("sendSTK", "true"),
    ]
    inputs = "\n".join(f'    <input type="hidden" name="{k}" value="{_a(v)}">' for k, v in fields)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
        "<title>Nairobi City County - Pay via eCitizen</title></head>\n<body>\n"
        f"  <h1>{_a(permit)}</h1>\n"
        f"  <p>Bill {ref}, issued {when:%d/%m/%Y %H:%M}</p>\n"
        '  <form method="post" action="https://test.pesaflow.com/PaymentAPI/iframev2.1.php"'
        ' target="pesaflow">\n'
        f"{inputs}\n"
        '    <button type="submit">Proceed to payment</button>\n'
        "  </form>\n"
        '  <iframe name="pesaflow" width="100%" height="600" frameborder="0"></iframe>\n'
        "</body>\n</html>\n"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "etims_customer": etims_customer,
    "billmanager_optin": billmanager_optin,
    "ipay_checkout": ipay_checkout,
    "pesaflow_checkout": pesaflow_checkout,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of each of its numbers and of
    its mailbox labelled."""
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
