"""held_out_500 of the PII evaluation set: real phone fields of a register no earlier part used
(the Ministry of Religious Services' register of ritual baths, מקוואות טהרה, Israel, whose
earlier parts took the Ministry of Health's Tipat Halav stations and the Bank of Israel's list of
bank branches) exactly as published, in layouts no earlier part has, beside the register's own
names, addresses, towns and opening hours.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``mikvePhone`` of 300 ritual baths (``scripts/data/pii_il_mikvaot.json``,
  written by ``scripts/il_mikvaot_data.py``; source and licence in that file): Israeli numbers
  as the register writes them, the prefix and the line joined by a hyphen, mobile lines mostly
  (``052-7147965``), landlines otherwise (``08-6438422``); the register has no e-mail column;
  every copy labelled;
* the text around them is the same row's real fields: the bath's name, street address and town,
  its opening hours in summer, in winter and on the eve of the Sabbath (free Hebrew text with
  times, ``משעה 21.00 עד השעה 00.00``, ``20:00-22:00``) and its accessibility, with invented
  council numbers (nine digits whose check digit is right, ``500xxxxxx``: shaped like a mobile
  number without its trunk ``0``), terminal numbers, order ids, tokens, amounts and dates,
  unlabelled and scored; the bath's attendant, whom the register names, is not written;
* in layouts no earlier part has, formats of Israel's own invoicing, payment, messaging and CRM
  services, text in Hebrew: Green Invoice (Morning) API document requests (``POST
  /api/v1/documents``: a tax invoice, type 305, to the bath for the servicing of its water
  systems, the ``client`` with the bath's address, town and ``phone``, the ``remarks`` giving
  the number again for the visit), Cardcom API v11 ``LowProfile/Create`` requests (a payment
  page for cleaning supplies, ``UIDefinition.CardOwnerPhoneValue`` the bath's number, a
  ``Document`` named for the bath), InforU SMS requests (the ``InforuXML`` document of
  ``SendMessageXml.ashx``: a religious council's message of the bath's hours to the bath's
  number in ``Recipients/PhoneNumber``) and Powerlink (Fireberry) REST API requests (``POST
  /api/record/1`` with its ``tokenid`` header: an account with ``accountname``,
  ``telephone1``, ``idnumber``, ``billingstreet`` and ``billingcity``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of nine or ten digits, labelled whole). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_500.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_il_mikvaot.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_500.jsonl.gz"
SPLIT = "held_out_500"

LAYOUTS = ("green_invoice_document", "cardcom_lowprofile", "inforu_sms", "powerlink_account")
PHONE = "mikvePhone"
HOUR_FIELDS = ("activityHoursSummer", "activityHoursWinter", "activityHoursShabat")
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented services and supplies of a bath (description, unit price range in shekels)
SERVICES = (
    ("בדיקת איכות מים ודיגום כלור", (180, 420)),
    ("החלפת מסנני חול במערכת הסינון", (650, 1900)),
    ("טיפול במשאבת הסחרור", (380, 1200)),
    ("ניקוי וחיטוי בור הטבילה", (450, 980)),
    ("כיול מערכת המינון האוטומטית", (260, 640)),
    ("בדיקת מערכת החימום ודוד המים", (300, 850)),
)
SUPPLIES = (
    "ערכת חומרי ניקוי וחיטוי",
    "מגבות ופריטי היגיינה חד-פעמיים",
    "טבליות כלור ומבחני pH",
    "חלוקים וכפכפים לחדרי ההכנה",
)
SENDERS = ("MoatzaDatit", "Mikvaot", "Dat-Info", "MikveNet")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The bath's number as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    """The bath's name as the register writes it (``מקווה ג``, ``רמת פנקס``)."""
    return _f(row, "mikveName")


def title(row: dict[str, Any]) -> str:
    """The bath as its letters name it: the register's name, after ``מקווה`` where the name
    does not begin with it."""
    return name(row) if name(row).startswith(("מקווה", "מקוה")) else f"מקווה {name(row)}"


def town(row: dict[str, Any]) -> str:
    return _f(row, "mikveCity")


def street(row: dict[str, Any]) -> str:
    return _f(row, "mikveAddress")


def hours(row: dict[str, Any]) -> str:
    """The bath's hours in one phrase: summer, winter and the Sabbath's eve, each where the
    register gives it."""
    parts = zip(("בקיץ", "בחורף", "בערב שבת"), (_f(row, k) for k in HOUR_FIELDS), strict=True)
    return "; ".join(f"{when}: {what}" for when, what in parts if what)


def council_number(rng: random.Random) -> str:
    """An invented number of a statutory body (nine digits, ``500`` then six, its check digit
    by the Israeli identity-number rule: weights 1 and 2 alternating, digits of each product
    summed, the total a multiple of ten)."""
    body = [5, 0, 0] + [rng.randint(0, 9) for _ in range(5)]
    total = 0
    for i, d in enumerate(body):
        p = d * (1 + i % 2)
        total += p // 10 + p % 10
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def _when(rng: random.Random) -> dt.date:
    """An invented working day of 2024 (Sunday to Thursday)."""
    day = dt.date(2024, 1, 7) + dt.timedelta(days=rng.randint(0, 330))
    while day.weekday() in (4, 5):
        day += dt.timedelta(days=1)
    return day


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def green_invoice_document(row: dict[str, Any], rng: random.Random) -> str:
    """A Green Invoice (Morning) API request creating a document (``POST /api/v1/documents``):
    a tax invoice (``type`` 305) in Hebrew and shekels to the bath for servicing its water
    systems, ``client`` with the bath's name, an invented council number as ``taxId``, its
    street, town, country and ``phone`` (``add`` false: not saved as a client), one to three
    ``income`` lines, and ``remarks`` giving the hours and the number again for the visit."""
    day = _when(rng)
    lines = []
    for desc, (low, high) in rng.sample(SERVICES, rng.randint(1, 3)):
        lines.append(
            {
                "description": desc,
                "quantity": rng.choice((1, 1, 2)),
                "price": float(rng.randint(low, high)),
                "currency": "ILS",
                "vatType": 0,
            }
        )
    doc = {
        "description": f"שירות תקופתי למערכות המים — {title(row)}, {town(row)}",
        "remarks": f"תיאום הגעה מול המקווה בטלפון {phone(row)}. שעות הפעילות — {hours(row)}.",
        "type": 305,
        "date": f"{day:%Y-%m-%d}",
        "dueDate": f"{day + dt.timedelta(days=30):%Y-%m-%d}",
        "lang": "he",
        "currency": "ILS",
        "vatType": 0,
        "rounding": False,
        "signed": True,
        "client": {
            "name": title(row),
            "taxId": council_number(rng),
            "address": street(row),
            "city": town(row),
            "country": "IL",
            "phone": phone(row),
            "add": False,
        },
        "income": lines,
    }
    return _json(doc)


def cardcom_lowprofile(row: dict[str, Any], rng: random.Random) -> str:
    """A Cardcom API v11 ``LowProfile/Create`` request: an invented terminal and API name,
    ``ChargeOnly``, an order id as ``ReturnValue``, the amount in shekels (``ISOCoinId`` 1),
    the redirect and webhook addresses, a ``ProductName`` of supplies for the bath, the card
    owner's name and the bath's number filled in on the page (``UIDefinition``), and a
    ``Document`` named for the bath with its product lines."""
    day = _when(rng)
    supply = rng.choice(SUPPLIES)
    qty, unit = rng.randint(1, 6), float(rng.randint(45, 380))
    order = f"MK{day:%y%m}{rng.randint(1000, 9999)}"
    doc = {
        "TerminalNumber": rng.randint(100000, 999999),
        "ApiName": "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(12)),
        "Operation": "ChargeOnly",
        "ReturnValue": order,
        "Amount": round(qty * unit, 2),
        "SuccessRedirectUrl": f"https://shop.mikvaot-supply.co.il/payment/success?order={order}",
        "FailedRedirectUrl": f"https://shop.mikvaot-supply.co.il/payment/failed?order={order}",
        "WebHookUrl": "https://shop.mikvaot-supply.co.il/api/cardcom/webhook",
        "ProductName": f"{supply} — {title(row)}",
        "Language": "he",
        "ISOCoinId": 1,
        "UIDefinition": {
            "CardOwnerNameValue": f"{title(row)} {town(row)}",
            "CardOwnerPhoneValue": phone(row),
            "IsCardOwnerPhoneRequired": True,
            "IsHideCardOwnerEmail": True,
        },
        "Document": {
            "Name": f"{title(row)}, {street(row)}, {town(row)}",
            "Products": [{"Description": supply, "UnitCost": unit, "Quantity": qty}],
        },
    }
    return _json(doc)


def inforu_sms(row: dict[str, Any], rng: random.Random) -> str:
    """An InforU SMS request (the ``InforuXML`` document posted to ``SendMessageXml.ashx``):
    ``User`` with an invented user name and password, ``Content`` of type ``sms`` whose
    ``Message`` is a religious council's notice to the bath (its name, street and town, its
    hours and accessibility), the bath's number in ``Recipients/PhoneNumber`` and a ``Sender``
    of eleven characters at most."""
    access = _f(row, "accessability")
    message = (
        f"המועצה הדתית {town(row)}: ל{title(row)}, {street(row)}. עדכון לוח השעות לפרסום "
        f"באתר — {hours(row)}."
    )
    if access:
        message += f" נגישות: {access}."
    message += " לתיקונים השיבו להודעה זו."
    secret = "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz") for _ in range(10)
    )
    lines = [
        "<Inforu>",
        "  <User>",
        f"    <Username>{escape(rng.choice(SENDERS).lower())}{rng.randint(10, 99)}</Username>",
        f"    <Password>{secret}</Password>",
        "  </User>",
        '  <Content Type="sms">',
        f"    <Message>{escape(message)}</Message>",
        "  </Content>",
        "  <Recipients>",
        f"    <PhoneNumber>{escape(phone(row))}</PhoneNumber>",
        "  </Recipients>",
        "  <Settings>",
        f"    <Sender>{escape(rng.choice(SENDERS))}</Sender>",
        "  </Settings>",
        "</Inforu>",
        "",
    ]
    return "\n".join(lines)


def powerlink_account(row: dict[str, Any], rng: random.Random) -> str:
    """A Powerlink (Fireberry) REST API request creating an account (``POST /api/record/1``
    on ``secure.powerlink.co.il``, the ``tokenid`` header an invented token): ``accountname``
    the bath, ``telephone1`` its number, ``idnumber`` an invented council number,
    ``billingstreet`` and ``billingcity`` its address."""
    token = uuid.UUID(int=rng.getrandbits(128), version=4)
    body = {
        "accountname": f"{title(row)} - {town(row)}",
        "telephone1": phone(row),
        "idnumber": council_number(rng),
        "billingstreet": street(row),
        "billingcity": town(row),
    }
    payload = json.dumps(body, ensure_ascii=False, indent=2)
    head = [
        "POST /api/record/1 HTTP/1.1",
        "Host: secure.powerlink.co.il",
        f"tokenid: {token}",
        "Content-Type: application/json; charset=utf-8",
        f"Content-Length: {len(payload.encode('utf-8'))}",
        "",
        payload,
        "",
    ]
    return "\n".join(head)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "green_invoice_document": green_invoice_document,
    "cardcom_lowprofile": cardcom_lowprofile,
    "inforu_sms": inforu_sms,
    "powerlink_account": powerlink_account,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number labelled."""
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
