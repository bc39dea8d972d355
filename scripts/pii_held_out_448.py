"""held_out_448 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Datenanfragen.de's database of companies and public bodies and their
contacts for data protection requests, Germany; Germany's earlier parts took Berlin's Kitas,
Heimaufsicht, Hilf-mir and LEZ guides, Chemnitz's Kitas, the Finanzämter, Hamburg's and NRW's
schools, the Hochschulkompass, the LUP care portal, the RKI's health offices and the Weisse
Liste's hospitals) exactly as published, in layouts no earlier part has, beside the database's
own names, addresses, postcodes, towns and web addresses.

The procedure of ``held_out_352``, on another register and other layouts; here:

* the values are the ``phone`` of 300 companies, their ``fax`` where the database gives one
  that is not the phone again and their ``email`` where it is a role mailbox
  (``scripts/data/pii_de_datenanfragen.json``, written by ``scripts/de_datenanfragen_data.py``;
  source and licence in that file): German numbers as the database writes them, with the
  calling code and the area code apart (``+49 30 351823260``), and the companies' mailboxes
  for data protection requests (``datenschutz@albagroup.de``); every copy labelled;
* the text around them is the same row's real fields: the company's name, street address,
  postcode (``10719``), town and web address, with invented customer numbers, ids, UUIDs,
  VAT identification numbers (``DE`` and nine digits), commercial register numbers
  (``HRB 12345``), file references, amounts and dates, unlabelled and scored;
* in layouts no earlier part has, formats of German business software, text in German (their
  fields written from the helper's memory of the products' APIs, no documentation being at
  hand): Shopware 6 Admin API customer answers (``GET /api/customer/{id}`` with its
  ``defaultBillingAddress``: a business customer, ``company``, ``email``, the address's
  ``phoneNumber``), Paperless-ngx document answers (``GET /api/documents/{id}/``: the company's
  reply to a request under Art. 15 DSGVO, its OCR ``content`` with the letterhead's
  ``Telefon``, ``Telefax`` and ``E-Mail`` and a closing line repeating the telephone), Kimai
  API customer answers (``GET /api/customers/{id}``: ``phone``, ``fax``, ``email``,
  ``homepage``, ``address``) and Xentral API v1 address lists (``GET /api/v1/adressen``: one
  ``firma`` with ``telefon``, ``telefax``, ``email``, ``internetseite``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_448.py   # rewrites the committed file
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

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_datenanfragen.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_448.jsonl.gz"
SPLIT = "held_out_448"

LAYOUTS = ("shopware_customer", "paperless_document", "kimai_customer", "xentral_adressen")
PHONE, FAX, EMAIL = "phone", "fax", "email"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
CET = dt.timezone(dt.timedelta(hours=1))

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented courts of registration (Amtsgerichte that keep a commercial register)
COURTS = ("Berlin (Charlottenburg)", "München", "Hamburg", "Köln", "Frankfurt am Main",
          "Düsseldorf", "Stuttgart", "Hannover")  # fmt: skip
TAGS = ("DSGVO", "Auskunft", "Art. 15", "Datenschutz", "Posteingang")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The company's telephone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The company's fax where the database gives one that is not the telephone again."""
    value = _f(row, FAX)
    return "" if value == phone(row) or not re.search(r"\d", value) else value


def email(row: dict[str, Any]) -> str:
    """The company's role mailbox where the row keeps one that is one well-formed address."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (every one of the database's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone, fax and mailbox (empty ones are skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone, fax and mailbox labelled,
    the longest value first (one fax is the telephone with a digit more, ``+49 521
    448152461``: the telephone inside it is the fax's, not a copy of its own)."""
    values = sorted(values_of(row), key=lambda kv: -len(kv[1]))
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def address_lines(row: dict[str, Any]) -> list[str]:
    """The address's lines as published, the country's last line left off."""
    lines = [line.strip() for line in _f(row, "address").split("\n") if line.strip()]
    return lines[:-1]


def postcode_town(row: dict[str, Any]) -> tuple[str, str]:
    """The postcode and town of the address's line ``NNNNN Town``."""
    for line in address_lines(row):
        m = re.fullmatch(r"(\d{5}) (.+)", line)
        if m:
            return m.group(1), m.group(2)
    raise ValueError(row["path"])


def street(row: dict[str, Any]) -> str:
    """The address's lines before the postcode's, joined by ", "."""
    lines = address_lines(row)
    at = next(i for i, line in enumerate(lines) if re.fullmatch(r"\d{5} .+", line))
    return ", ".join(lines[:at])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (German winter time)."""
    day = dt.datetime(2025, 1, 13, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _hex(rng: random.Random) -> str:
    """An invented Shopware id (32 hexadecimal digits)."""
    return f"{rng.getrandbits(128):032x}"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def vat_id(rng: random.Random) -> str:
    """An invented German VAT identification number, ``DE`` and nine digits, the last its
    check digit (ISO 7064 MOD 11,10)."""
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
    product = 10
    for d in digits:
        total = (d + product) % 10 or 10
        product = (2 * total) % 11
    check = (11 - product) % 10
    return "DE" + "".join(map(str, digits)) + str(check)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def shopware_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Shopware 6 Admin API answer (``GET /api/customer/{id}``, ``Accept:
    application/json``, the ``defaultBillingAddress`` association loaded): a business customer
    whose ``company`` is the row's name, its ``email`` the mailbox (``null`` where the row has
    none), the billing address with the street, postcode, town and telephone."""
    zipcode, city = postcode_town(row)
    when = _when(rng)
    cid, aid, country = _hex(rng), _hex(rng), _hex(rng)
    address = {
        "id": aid,
        "customerId": cid,
        "countryId": country,
        "countryStateId": None,
        "salutationId": _hex(rng),
        "firstName": "Team",
        "lastName": "Datenschutz",
        "street": street(row),
        "zipcode": zipcode,
        "city": city,
        "company": _f(row, "name"),
        "department": "Datenschutz",
        "title": None,
        "phoneNumber": phone(row),
        "additionalAddressLine1": None,
        "additionalAddressLine2": None,
        "customFields": None,
        "createdAt": f"{when:%Y-%m-%dT%H:%M:%S.000+00:00}",
        "updatedAt": None,
    }
    doc = {
        "id": cid,
        "groupId": _hex(rng),
        "defaultPaymentMethodId": _hex(rng),
        "salesChannelId": _hex(rng),
        "languageId": "2fbb5fe2e29a4d70aa5854ce7ce3e20b",
        "defaultBillingAddressId": aid,
        "defaultShippingAddressId": aid,
        "customerNumber": str(rng.randint(10000, 99999)),
        "salutationId": address["salutationId"],
        "firstName": "Team",
        "lastName": "Datenschutz",
        "company": _f(row, "name"),
        "email": email(row) or None,
        "title": None,
        "vatIds": [vat_id(rng)],
        "affiliateCode": None,
        "campaignCode": None,
        "active": True,
        "doubleOptInRegistration": False,
        "guest": False,
        "accountType": "business",
        "firstLogin": f"{when:%Y-%m-%dT%H:%M:%S.000+00:00}",
        "lastLogin": None,
        "newsletter": False,
        "orderCount": rng.randint(0, 40),
        "orderTotalAmount": round(rng.uniform(0, 25000), 2),
        "defaultBillingAddress": address,
        "customFields": None,
        "tagIds": None,
        "createdAt": f"{when:%Y-%m-%dT%H:%M:%S.000+00:00}",
        "updatedAt": None,
    }
    return _json({"data": doc})


def letterhead(row: dict[str, Any]) -> list[str]:
    """The reply's letterhead: name, street, postcode and town, then the contact lines."""
    zipcode, city = postcode_town(row)
    lines = [_f(row, "name"), street(row), f"{zipcode} {city}", f"Telefon: {phone(row)}"]
    if fax(row):
        lines.append(f"Telefax: {fax(row)}")
    if email(row):
        lines.append(f"E-Mail: {email(row)}")
    if _f(row, "web"):
        lines.append(f"Web: {_f(row, 'web')}")
    return lines


def paperless_document(row: dict[str, Any], rng: random.Random) -> str:
    """A Paperless-ngx answer (``GET /api/documents/{id}/``): the company's reply to a request
    for access under Art. 15 DSGVO, its OCR ``content`` opening with the letterhead and closing
    with the telephone again; invented file reference, register number, VAT id, ASN."""
    _, city = postcode_town(row)
    when = _when(rng)
    ref = f"DS-{when:%Y}-{rng.randint(1000, 99999)}"
    body = [
        *letterhead(row),
        "",
        f"{city}, den {when:%d.%m.%Y}",
        f"Unser Zeichen: {ref}",
        "",
        "Ihre Anfrage nach Art. 15 DSGVO",
        "",
        "Sehr geehrte Damen und Herren,",
        f"wir bestätigen den Eingang Ihrer Anfrage vom {when - dt.timedelta(days=9):%d.%m.%Y}. "
        "Die Auskunft über die zu Ihrer Person gespeicherten Daten erhalten Sie innerhalb "
        "eines Monats. Bitte geben Sie bei Rückfragen unser Zeichen an.",
        f"Für Rückfragen erreichen Sie uns unter {phone(row)}.",
        "",
        "Mit freundlichen Grüßen",
        "Ihr Datenschutzteam",
        "",
        f"Amtsgericht {rng.choice(COURTS)} HRB {rng.randint(1000, 250000)} · "
        f"USt-IdNr. {vat_id(rng)}",
    ]
    doc_id, added = rng.randint(100, 9999), when + dt.timedelta(days=rng.randint(2, 6))
    doc = {
        "id": doc_id,
        "correspondent": rng.randint(1, 400),
        "document_type": rng.randint(1, 30),
        "storage_path": None,
        "title": f"{_f(row, 'name')} - Auskunft Art. 15 DSGVO",
        "content": "\n".join(body),
        "tags": sorted(rng.sample(range(1, 60), 3)),
        "created": f"{when:%Y-%m-%d}",
        "created_date": f"{when:%Y-%m-%d}",
        "modified": f"{added:%Y-%m-%dT%H:%M:%S.%f}+01:00",
        "added": f"{added:%Y-%m-%dT%H:%M:%S.%f}+01:00",
        "deleted_at": None,
        "archive_serial_number": rng.randint(1, 5000),
        "original_file_name": f"scan_{added:%Y%m%d}_{rng.randint(100000, 999999)}.pdf",
        "archived_file_name": f"{added:%Y-%m-%d} {_f(row, 'slug')}.pdf",
        "owner": 3,
        "user_can_change": True,
        "is_shared_by_requester": False,
        "notes": [],
        "custom_fields": [],
        "page_count": rng.randint(1, 3),
        "mime_type": "application/pdf",
    }
    return _json(doc)


def kimai_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Kimai API answer (``GET /api/customers/{id}``): the company with its number, address,
    country, telephone, fax, mailbox and web address, budgets and teams."""
    zipcode, city = postcode_town(row)
    doc = {
        "id": rng.randint(1, 900),
        "name": _f(row, "name"),
        "number": f"K-{rng.randint(1, 9999):04d}",
        "comment": "Auskunftsersuchen und Löschanfragen nach DSGVO",
        "visible": True,
        "billable": True,
        "currency": "EUR",
        "color": rng.choice(("#3b5998", "#e67e22", "#2ecc71", "#9b59b6")),
        "metaFields": [],
        "teams": [],
        "company": _f(row, "name"),
        "vatId": vat_id(rng),
        "contact": "Datenschutzbeauftragte/r",
        "address": f"{street(row)}\n{zipcode} {city}",
        "country": "DE",
        "phone": phone(row),
        "fax": fax(row) or None,
        "mobile": None,
        "email": email(row) or None,
        "homepage": _f(row, "web") or None,
        "timezone": "Europe/Berlin",
        "budget": float(rng.choice((0, 500, 1500, 4000))),
        "timeBudget": rng.choice((0, 36000, 72000)),
        "budgetType": None,
    }
    return _json(doc)


def xentral_adressen(row: dict[str, Any], rng: random.Random) -> str:
    """A Xentral API v1 answer (``GET /api/v1/adressen?kundennummer=...``): one address of
    ``typ`` ``firma`` with its street, postcode, town, ``telefon``, ``telefax``, ``email`` and
    ``internetseite``, an invented customer number and VAT id, and the pagination."""
    zipcode, city = postcode_town(row)
    item = {
        "id": rng.randint(1000, 99999),
        "typ": "firma",
        "sprache": "deutsch",
        "name": _f(row, "name"),
        "abteilung": "Datenschutz",
        "unterabteilung": "",
        "ansprechpartner": "",
        "land": "DE",
        "strasse": street(row),
        "ort": city,
        "plz": zipcode,
        "telefon": phone(row),
        "telefax": fax(row),
        "mobil": "",
        "email": email(row),
        "ustid": vat_id(rng),
        "kundennummer": str(rng.randint(10000, 99999)),
        "lieferantennummer": "",
        "projekt": 1,
        "internetseite": _f(row, "web"),
        "geloescht": 0,
    }
    doc = {
        "data": [item],
        "pagination": {"items_per_page": 20, "items_current": 1, "items_total": 1,
                       "page_current": 1, "page_last": 1},
    }  # fmt: skip
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "shopware_customer": shopware_customer,
    "paperless_document": paperless_document,
    "kimai_customer": kimai_customer,
    "xentral_adressen": xentral_adressen,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone, fax and
    mailbox labelled."""
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
