"""held_out_324 of the PII evaluation set: real phone and e-mail fields of a list no earlier part
used (India's licensed blood centres in e-RaktKosh's directory columns; India's earlier parts
took other registers) exactly as published, in layouts no earlier part has, beside the list's
own names, addresses, districts and categories.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, IN (the National Health Portal's hospitals and
blood banks, CBSE's schools, RBI's bank branches, Zomato's restaurants and others) and many
others; here:

* the values are the ``Phone`` and ``Email`` fields of 320 blood centres, mostly of Maharashtra
  (``scripts/data/pii_in_blood_centres.json``, written by ``scripts/in_blood_centres_data.py``;
  source and licence in that file): Indian numbers as the centres gave them, ten-digit mobiles
  in one run (``9422185125``), landlines with the STD code joined by a hyphen or a space
  (``02385-258325``, ``022 33503583``) or in one run (``2224107016``), one to three to a field
  after commas or slashes (``9422185125, 02385-258325``), each number labelled on its own
  wherever it stands, and one e-mail address per centre, each copy labelled;
* the text around them is the same row's real fields: the name, the address with its district
  (``..., Dist. Kolhapur``) and PIN code where it has one, the category (``Govt.``,
  ``Charitable/Vol``, ``Private``, ``Red Cross``), with invented facility, order, customer and
  message ids, amounts, dates and times, unlabelled and scored;
* in layouts no earlier part has, interfaces of India's health and business systems, in
  English with Hindi: ABDM Health Facility Registry (HFR) facility registration requests (the
  ``facilityContactInformation`` with the first mobile as ``facilityContactNumber``, the other
  numbers in ``facilityLandlineNumber``, the e-mail address as ``facilityEmailId``), YouTube
  Data API v3 ``videos.insert`` request bodies of a blood-donation-camp video (the numbers and
  the e-mail address in a Hindi and English ``description``), Cashfree Payments
  ``POST /pg/orders`` requests as curl commands of a blood-bag order (the centre as
  ``customer_details``, the first mobile as ``customer_phone``, the other numbers in
  ``order_note``) and Zoho Cliq channel messages as curl commands (a ``label`` slide with the
  phone field as published and the e-mail address, the first mobile again in the Hindi
  ``text``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_324.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from in_blood_centres_data import phone_numbers
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_blood_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_324.jsonl.gz"
SPLIT = "held_out_324"

LAYOUTS = ("abdm_hfr_facility", "youtube_video", "cashfree_order", "zoho_cliq_message")
PHONE = "Phone"
EDGES = {"phone": r"\d", "email": r"[\w.@+-]"}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
OWNERSHIP = {"Govt.": "G", "Private": "P", "Charitable/Vol": "P", "Red Cross": "P"}
CATEGORY_HI = {
    "Govt.": "सरकारी",
    "Private": "निजी",
    "Charitable/Vol": "धर्मार्थ/स्वैच्छिक",
    "Red Cross": "रेड क्रॉस",
}
PRODUCTS = (
    ("Blood bag 350 ml triple CPDA-1", 62.0),
    ("Blood bag 450 ml quadruple SAGM", 148.0),
    ("Blood bag 350 ml double CPDA-1", 48.5),
    ("Apheresis kit single donor platelets", 6250.0),
    ("Haemoglobin test strips (100)", 1180.0),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def phones(row: dict[str, Any]) -> list[str]:
    """The numbers of the row's phone field, as written, in its order."""
    return phone_numbers(phone(row))


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published."""
    return _f(row, "Email")


def mobile(number: str) -> bool:
    """A ten-digit mobile in one run (``9422185125``)."""
    return re.fullmatch(r"[6-9]\d{9}", number) is not None


def first_mobile(row: dict[str, Any]) -> str:
    """The first mobile of the field, else its first number."""
    return next((n for n in phones(row) if mobile(n)), phones(row)[0])


def others(row: dict[str, Any]) -> list[str]:
    """The field's numbers but ``first_mobile``, in order."""
    first = first_mobile(row)
    return [n for n in phones(row) if n != first]


def district(row: dict[str, Any]) -> str:
    """The district the address ends with (``..., Dist. Kolhapur``)."""
    m = re.search(r"Dist\. ([^,]+)$", _f(row, "Address"))
    return m.group(1).strip() if m else ""


def pin(row: dict[str, Any]) -> str:
    """The six-digit PIN code written in the address, "" where it has none."""
    m = re.search(r"(?<!\d)([1-8]\d{2}) ?(\d{3})(?!\d)", _f(row, "Address"))
    return m.group(1) + m.group(2) if m else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of this list's is)."""
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the row's numbers and of its e-mail
    address labelled (each copy stands apart; a number found inside a longer one is the longer
    one's)."""
    values = [("phone", v) for v in sorted(phones(row), key=len, reverse=True)]
    values.append(("email", email(row)))
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (IST)."""
    start = dt.datetime(2024, 1, 8, 9, 0, tzinfo=IST)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _j(value: Any) -> str:
    """``value`` as indented JSON, non-ASCII kept."""
    return json.dumps(value, ensure_ascii=False, indent=2)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _sq(value: str) -> str:
    """``value`` inside a single-quoted shell word (``'`` written ``'\\''``)."""
    return value.replace("'", "'\\''")


def abdm_hfr_facility(row: dict[str, Any], rng: random.Random) -> str:
    """An ABDM Health Facility Registry (HFR) facility registration request, the basic
    information step: the centre's name, ``facilityAddressDetails`` (the address, its district,
    its PIN code where it has one), ``facilityContactInformation`` (the first mobile as
    ``facilityContactNumber``, the other numbers joined by ``, `` as
    ``facilityLandlineNumber``, the e-mail address as ``facilityEmailId``), round-the-clock
    ``timingsOfFacility``, the ownership code by category, modern medicine, and an invented
    tracking id and software name."""
    rest = others(row)
    contact = {
        "facilityContactNumber": first_mobile(row),
        "facilityEmailId": email(row),
        "facilityLandlineNumber": ", ".join(rest),
        "facilityStdCode": "",
        "websiteLink": "",
    }
    doc = {
        "trackingId": f"{rng.randint(10**9, 10**10 - 1)}",
        "facilityName": _f(row, "Name"),
        "facilityAddressDetails": {
            "country": "India",
            "addressLine1": _f(row, "Address"),
            "addressLine2": f"Dist. {district(row)}",
            "pincode": pin(row),
            "facilityRegion": rng.choice(("U", "R")),
        },
        "facilityContactInformation": contact,
        "timingsOfFacility": [
            {"workingDays": d, "openingHours": "12:00 AM - 11:59 PM"}
            for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
        ],
        "abdmCompliantSoftware": [
            {
                "existingSoftwares": [rng.choice(("e-RaktKosh", "NextGen e-Hospital"))],
                "anyOther": "",
            }
        ],
        "facilityOperationalStatus": "F",
        "ownershipCode": OWNERSHIP[_f(row, "Category")],
        "systemOfMedicineCode": "M",
        "specialityTypeCode": "SINGLE",
    }
    return _j(doc) + "\n"


def youtube_video(row: dict[str, Any], rng: random.Random) -> str:
    """A YouTube Data API v3 ``videos.insert`` request body (``part=snippet,status,
    recordingDetails``) of a blood-donation-camp video the centre posts: a title, a Hindi and
    English ``description`` with the address, every number (joined by ``, ``) and the e-mail
    address, tags, category ``29`` (Nonprofits & Activism), Hindi as default language, a public
    status and the recording date."""
    name, when = _f(row, "Name"), _when(rng)
    nums = ", ".join(phones(row))
    camp = when + dt.timedelta(days=rng.randint(5, 30))
    desc = (
        f"रक्तदान महादान! {name} ({CATEGORY_HI[_f(row, 'Category')]} रक्त केंद्र) द्वारा "
        f"{camp:%d-%m-%Y} को स्वैच्छिक रक्तदान शिविर का आयोजन। "
        f"संपर्क: {nums} | ईमेल: {email(row)}\n\n"
        f"Voluntary blood donation camp by {name} ({_f(row, 'Category')} blood centre) on "
        f"{camp:%d %B %Y}, {rng.choice(('9 AM', '10 AM', '8:30 AM'))} onwards.\n"
        f"Address: {_f(row, 'Address')}\nFor appointments call {nums} or write "
        f"to {email(row)} \n\n#BloodDonation #रक्तदान #{district(row).replace(' ', '')}"
    )
    doc = {
        "snippet": {
            "title": f"रक्तदान शिविर | Blood Donation Camp – {name}"[:100],
            "description": desc,
            "tags": ["blood donation", "रक्तदान", "blood centre", district(row)],
            "categoryId": "29",
            "defaultLanguage": "hi",
            "defaultAudioLanguage": "hi",
        },
        "status": {
            "privacyStatus": "public",
            "license": "youtube",
            "embeddable": True,
            "selfDeclaredMadeForKids": False,
        },
        "recordingDetails": {"recordingDate": when.isoformat(timespec="seconds")},
    }
    return _j(doc) + "\n"


def cashfree_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Cashfree Payments Create Order request (``POST /pg/orders``, API version
    ``2023-08-01``) as a curl command: an invented blood-bag order of the centre (order id,
    amount in INR), the centre as ``customer_details`` (an invented customer id, its name, the
    e-mail address, the first mobile as ``customer_phone``), return and notify URLs, an
    ``order_note`` naming any other numbers and the district, ``order_tags`` with the
    category."""
    when = _when(rng)
    product, price = rng.choice(PRODUCTS)
    qty = rng.choice((50, 100, 200, 250, 500)) if price < 200 else rng.randint(2, 12)
    order_id = f"BB{when:%y%m%d}{rng.randint(1000, 9999)}"
    note = f"{qty} x {product}; deliver to {_f(row, 'Name')}, Dist. {district(row)}"
    if others(row):
        note += f"; alternate contact {', '.join(others(row))}"
    doc = {
        "order_id": order_id,
        "order_amount": round(qty * price * 1.12, 2),
        "order_currency": "INR",
        "customer_details": {
            "customer_id": f"bc_{_hex(rng, 10)}",
            "customer_name": _f(row, "Name"),
            "customer_email": email(row),
            "customer_phone": first_mobile(row),
        },
        "order_meta": {
            "return_url": f"https://shop.raktsuraksha.in/orders/{order_id}/return",
            "notify_url": "https://shop.raktsuraksha.in/webhooks/cashfree",
        },
        "order_expiry_time": (when + dt.timedelta(days=2)).isoformat(timespec="seconds"),
        "order_note": note,
        "order_tags": {"category": _f(row, "Category"), "gst_rate": "12"},
    }
    body = json.dumps(doc, ensure_ascii=False, indent=2)
    lines = [
        "curl --request POST \\",
        "  --url https://api.cashfree.com/pg/orders \\",
        "  --header 'accept: application/json' \\",
        "  --header 'content-type: application/json' \\",
        "  --header 'x-api-version: 2023-08-01' \\",
        '  --header "x-client-id: $CASHFREE_APP_ID" \\',
        '  --header "x-client-secret: $CASHFREE_SECRET_KEY" \\',
        f"  --header 'x-request-id: {_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}' \\",
        f"  --data '{_sq(body)}'",
        "",
    ]
    return "\n".join(lines)


def zoho_cliq_message(row: dict[str, Any], rng: random.Random) -> str:
    """A Zoho Cliq REST API v2 channel message (``POST /api/v2/channelsbyname/{name}/message``
    on ``cliq.zoho.in``) as a curl command: a Hindi ``text`` naming the centre and its first
    number, a ``card`` (title, theme), a ``label`` slide of the name, the phone field as
    published, the e-mail address, the district and category, and a ``text`` slide with the
    address; an invented channel and sync id."""
    name, when = _f(row, "Name"), _when(rng)
    units = rng.randint(2, 40)
    group = rng.choice(("O-", "B-", "A-", "AB-", "O+", "B+"))
    doc = {
        "text": f"{name} में {group} रक्त की {units} यूनिट उपलब्ध। संपर्क: {first_mobile(row)}",
        "card": {"title": "रक्त उपलब्धता / Blood stock update", "theme": "modern-inline"},
        "slides": [
            {
                "type": "label",
                "title": "Blood centre",
                "data": [
                    {"Name": name},
                    {"Phone": phone(row)},
                    {"Email": email(row)},
                    {"District": district(row)},
                    {"Category": _f(row, "Category")},
                ],
            },
            {"type": "text", "title": "Address", "data": _f(row, "Address")},
        ],
        "sync_message": True,
    }
    body = json.dumps(doc, ensure_ascii=False, indent=2)
    channel = rng.choice(("sbtcbloodstock", "raktsetu", "bloodbankcoord"))
    lines = [
        "curl -X POST \\",
        f"  'https://cliq.zoho.in/api/v2/channelsbyname/{channel}/message"
        f"?bot_unique_name=raktsetubot' \\",
        '  -H "Authorization: Zoho-oauthtoken $ZOHO_CLIQ_TOKEN" \\',
        "  -H 'Content-Type: application/json' \\",
        f"  -H 'X-Request-Id: {when:%Y%m%d%H%M%S}{rng.randint(100, 999)}' \\",
        f"  -d '{_sq(body)}'",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "abdm_hfr_facility": abdm_hfr_facility,
    "youtube_video": youtube_video,
    "cashfree_order": cashfree_order,
    "zoho_cliq_message": zoho_cliq_message,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of each of its numbers and of its
    e-mail address labelled."""
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
