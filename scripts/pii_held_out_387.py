"""held_out_387 of the PII evaluation set: real mobile, phone, fax and e-mail fields of a
register no earlier part used (the contact directory of Bangladesh Police's Rajshahi Range: the
posts of the DIG's office, the district police offices and units and the thanas; Bangladesh's
earlier part took a mobile phone brand's list of retail outlets) exactly as published, in
layouts no earlier part has, beside the directory's own posts, thanas and districts.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``mobile`` of 300 posts (each number of it: two fields hold two lines after
  a comma), their ``phone`` and ``fax`` where the directory gives a line of its own (seven
  digits or more, not a placeholder whose line is all zeros such as ``০৭২১-০০০০০০``, not a line
  written before) and their ``email`` where the post has a mailbox on ``police.gov.bd``
  (``scripts/data/pii_bd_rajshahi_police_contacts.json``, written by
  ``scripts/bd_rajshahi_police_contacts_data.py``; source and licence in that file):
  Bangladeshi numbers as the range's website writes them, mostly in Bengali digits with a
  hyphen after the operator or area code (``০১৭১৩-৩৭৩৮০১``, ``০৭২২৫-৫৬০০৩``), some in ASCII
  digits (``01713-373813``, ``01769- 691564``, ``051-78266``), and the posts' mailboxes
  (``ocraj.god@police.gov.bd``); every copy labelled;
* the text around them is the same row's real fields: the post (``অফিসার ইনচার্জ, গোদাগাড়ী
  মডেল থানা``), its thana and district (the district towns' real postcodes, ``6000``), with an
  invented office-supplies shop's order numbers, invoice and transaction ids, API tokens,
  amounts in taka, weights, counts and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Bangladesh's e-commerce and messaging services,
  text in Bengali: Steadfast Courier API v1 order requests (``POST /api/v1/create_order`` of
  portal.packzy.com: ``invoice``, ``recipient_phone``, ``alternative_phone``,
  ``recipient_email``, a ``note`` repeating the mobile), Pathao Merchant API order requests as
  HTTP messages (``POST /aladdin/api/v1/orders``: ``recipient_phone`` and a
  ``special_instruction`` giving the post's landline, fax and mailbox), SSL Wireless SMS API
  v3 requests (``POST /api/v3/send-sms``: ``msisdn`` the post's mobile, an ``sms`` in Bengali
  repeating it) and SSLCOMMERZ session API requests as ``curl`` commands (``POST
  /gwprocess/v4/api.php``, one ``--data-urlencode`` a parameter: ``cus_phone``, ``cus_fax``,
  ``cus_email``, ``ship_phone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (each written value is one
number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_387.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_bd_rajshahi_police_contacts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_387.jsonl.gz"
SPLIT = "held_out_387"

LAYOUTS = ("steadfast_order", "pathao_order_http", "sslwireless_sms", "sslcommerz_curl")
MOBILE, PHONE, FAX, EMAIL = "mobile", "phone", "fax", "email"
EDGES = {MOBILE: r"\d", PHONE: r"\d", FAX: r"\d", EMAIL: r"[\w.@-]"}
COLUMNS = {MOBILE: MOBILE, PHONE: PHONE, FAX: FAX}
BDT = dt.timezone(dt.timedelta(hours=6))
RANGE = "বাংলাদেশ পুলিশ, রাজশাহী রেঞ্জ"
# the district towns' postcodes (Bangladesh Post Office), by the directory's English names
POSTCODES = {
    "Rajshahi": "6000", "Chapai Nawabganj": "6300", "Natore": "6400", "Bogura": "5800",
    "Naogaon": "6500", "Pabna": "6600", "Sirajganj": "6700", "Joypurhat": "5900",
}  # fmt: skip

# data file (read once) and rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the invented shop the offices order from, and what they order (no person is named)
SHOP = "বরেন্দ্র অফিস সাপ্লাইজ"
SHOP_EN = "Barendra Office Supplies"
ITEMS = (
    ("A4 অফসেট কাগজ, ৮০ জিএসএম", "রিম", 480),
    ("প্রিন্টার টোনার কার্টিজ (৮৫এ)", "পিস", 1350),
    ("জিডি রেজিস্টার খাতা (৪০০ পাতা)", "পিস", 620),
    ("ফাইল কভার, বোতাম লাগানো", "ডজন", 360),
    ("স্ট্যাম্প প্যাড ও কালি", "সেট", 240),
    ("বল পয়েন্ট কলম (নীল)", "বাক্স", 300),
    ("এক্সটেনশন কর্ড (৫ সকেট)", "পিস", 950),
)
BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _digits(value: str) -> str:
    """The digits of ``value`` as ASCII digits (Bengali digits read as their values)."""
    import unicodedata

    return "".join(str(unicodedata.digit(c)) for c in value if c.isdigit())


def _lines(value: str) -> list[str]:
    """The numbers a field writes, in order (two after a comma: ``০১৭৬৫-৯৩০৯৩৮, ০১৭৪১-...``)."""
    return [part.strip() for part in value.split(",") if part.strip()]


def placeholder(value: str) -> bool:
    """Whether a line is a placeholder: its last group of digits all zeros (``০৭২১-০০০০০০``)."""
    last = re.split(r"[^\d]+", value.strip())[-1]
    return bool(last) and set(_digits(last)) == {"0"}


def mobiles(row: dict[str, Any]) -> list[str]:
    """The post's mobile lines as published (each number of the field)."""
    return _lines(_f(row, MOBILE))


def _own(row: dict[str, Any], column: str, before: list[str]) -> list[str]:
    """The numbers of a landline field that are lines of their own: seven digits or more, not a
    placeholder, not a line of ``before``."""
    taken = {_digits(v) for v in before}
    return [
        v
        for v in _lines(_f(row, column))
        if len(_digits(v)) >= 7 and not placeholder(v) and _digits(v) not in taken
    ]


def landlines(row: dict[str, Any]) -> list[str]:
    """The post's phone lines that are lines of their own."""
    return _own(row, PHONE, mobiles(row))


def faxes(row: dict[str, Any]) -> list[str]:
    """The post's fax lines that are lines of their own (not its phone or mobile again)."""
    return _own(row, FAX, mobiles(row) + landlines(row))


def email(row: dict[str, Any]) -> str:
    """The post's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of each of the row's written numbers and its mailbox."""
    found = [(MOBILE, v) for v in mobiles(row)] + [(PHONE, v) for v in landlines(row)]
    return [*found, *((FAX, v) for v in faxes(row)), (EMAIL, email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and mailbox labelled (each copy
    stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def field_text(row: dict[str, Any], column: str) -> str:
    """A phone field's lines of their own, as the directory joins them (``, ``)."""
    lines = {MOBILE: mobiles, PHONE: landlines, FAX: faxes}[column](row)
    return ", ".join(lines)


def post(row: dict[str, Any]) -> str:
    """The post as the directory names it (``অফিসার ইনচার্জ, গোদাগাড়ী মডেল থানা``)."""
    return _f(row, "designation")


def district_en(row: dict[str, Any]) -> str:
    return _f(row, "district_english")


def postcode(row: dict[str, Any]) -> str:
    """The district town's postcode where the row's district is one of the range's districts."""
    return POSTCODES.get(district_en(row), "")


def place(row: dict[str, Any]) -> str:
    """The post's address in one line: the post, its thana and district where the post's name
    does not give them, the range; the district town's postcode."""
    parts = [post(row)]
    thana, district = _f(row, "thana"), _f(row, "district")
    if thana and thana not in post(row):
        parts.append(f"{thana} থানা")
    if district and district not in post(row):
        parts.append(district)
    parts.append(RANGE)
    text = ", ".join(parts)
    return f"{text} - {postcode(row)}" if postcode(row) else text


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Bangladesh time; Friday and Saturday off)."""
    day = dt.datetime(2024, 1, 7, tzinfo=BDT) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() in (4, 5):
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 16), minutes=rng.randint(0, 59))


def _order(rng: random.Random) -> tuple[str, list[tuple[str, str, int, int]], int]:
    """An invented order: its number, items (name, unit, count, price) and total in taka."""
    number = f"BOS-{rng.randint(24001, 24999)}-{rng.randint(100, 999)}"
    picked = rng.sample(ITEMS, rng.randint(1, 3))
    items = [(name, unit, rng.randint(1, 6), price) for name, unit, price in picked]
    return number, items, sum(count * price for _, _, count, price in items)


def _bn(value: int | str) -> str:
    """A number in Bengali digits (``4350`` as ``৪৩৫০``)."""
    return str(value).translate(BN_DIGITS)


def _token(rng: random.Random, n: int, alphabet: str = "0123456789abcdef") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _description(items: list[tuple[str, str, int, int]]) -> str:
    """The items of an order in Bengali (``A4 অফসেট কাগজ, ৮০ জিএসএম × ২ রিম``)."""
    return "; ".join(f"{name} × {_bn(count)} {unit}" for name, unit, count, _ in items)


def steadfast_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Steadfast Courier API v1 order request (the JSON body of ``POST
    https://portal.packzy.com/api/v1/create_order``): an invented ``invoice``, the post as
    ``recipient_name``, its mobile as ``recipient_phone``, its landline as
    ``alternative_phone`` and its mailbox as ``recipient_email`` where it has them, its address,
    ``cod_amount`` 0 (paid online), a ``note`` in Bengali repeating the mobile, the items,
    ``total_lot`` and ``delivery_type`` 0 (home delivery)."""
    number, items, _ = _order(rng)
    doc: dict[str, Any] = {
        "invoice": number,
        "recipient_name": post(row),
        "recipient_phone": field_text(row, MOBILE),
    }
    if landlines(row):
        doc["alternative_phone"] = field_text(row, PHONE)
    if email(row):
        doc["recipient_email"] = email(row)
    doc |= {
        "recipient_address": place(row),
        "cod_amount": 0,
        "note": "অফিস চলাকালীন (সকাল ৯টা থেকে বিকাল ৫টা) ডিউটি অফিসারের কাছে হস্তান্তর করবেন; "
        f"পৌঁছে {field_text(row, MOBILE)} নম্বরে ফোন দিন। মূল্য অনলাইনে পরিশোধিত।",
        "item_description": _description(items),
        "total_lot": sum(count for _, _, count, _ in items),
        "delivery_type": 0,
    }
    return _json(doc)


def pathao_order_http(row: dict[str, Any], rng: random.Random) -> str:
    """A Pathao Merchant API order request as an HTTP message (``POST /aladdin/api/v1/orders``
    to api-hermes.pathao.com, a bearer token, a JSON body): an invented ``store_id`` and
    ``merchant_order_id``, the post, its mobile as ``recipient_phone``, its address, invented
    city and zone ids, ``delivery_type`` 48 (normal), ``item_type`` 2 (parcel), a
    ``special_instruction`` in Bengali giving the post's landline, fax and mailbox where it has
    them, the items, quantity, weight and ``amount_to_collect`` 0."""
    number, items, _ = _order(rng)
    notes = ["ডেলিভারি কেবল অফিস সময়ে"]
    if landlines(row):
        notes.append(f"টিএন্ডটি: {field_text(row, PHONE)}")
    if faxes(row):
        notes.append(f"ফ্যাক্স: {field_text(row, FAX)}")
    if email(row):
        notes.append(f"চালানের কপি ই-মেইলে: {email(row)}")
    body = {
        "store_id": rng.randint(10000, 99999),
        "merchant_order_id": number,
        "recipient_name": post(row),
        "recipient_phone": field_text(row, MOBILE),
        "recipient_address": place(row),
        "recipient_city": rng.randint(1, 64),
        "recipient_zone": rng.randint(100, 1200),
        "delivery_type": 48,
        "item_type": 2,
        "special_instruction": "; ".join(notes),
        "item_quantity": sum(count for _, _, count, _ in items),
        "item_weight": f"{rng.choice((0.5, 1, 1.5, 2, 3, 4.5))}",
        "item_description": _description(items),
        "amount_to_collect": 0,
    }
    content = json.dumps(body, ensure_ascii=False, indent=2)
    head = [
        "POST /aladdin/api/v1/orders HTTP/1.1",
        "Host: api-hermes.pathao.com",
        f"Authorization: Bearer {_token(rng, 40, ALNUM)}",
        "Content-Type: application/json; charset=UTF-8",
        "Accept: application/json",
        f"Content-Length: {len(content.encode('utf-8'))}",
    ]
    return "\r\n".join(head) + "\r\n\r\n" + content + "\n"


def sslwireless_sms(row: dict[str, Any], rng: random.Random) -> str:
    """An SSL Wireless SMS API v3 request (the JSON body of ``POST
    https://smsplus.sslwireless.com/api/v3/send-sms``): an invented ``api_token``, the shop's
    masking as ``sid``, the post's first mobile line as ``msisdn``, an ``sms`` in Bengali
    confirming the order (number, total in taka, delivery day) that repeats the line and, where
    the post has one, names the mailbox the invoice went to, and an invented ``csms_id``."""
    number, _, total = _order(rng)
    when = _when(rng)
    line = mobiles(row)[0]
    sms = (
        f"{SHOP}: {post(row)}-এর অর্ডার {number} গৃহীত হয়েছে। মোট ৳{_bn(total)} পরিশোধিত। "
        f"ডেলিভারি {_bn(f'{when:%d/%m/%Y}')} তারিখে; কুরিয়ার {line} নম্বরে যোগাযোগ করবে।"
    )
    if email(row):
        sms += f" চালান পাঠানো হয়েছে {email(row)} ঠিকানায়।"
    doc = {
        "api_token": f"{rng.randint(1000, 9999)}-{_token(rng, 8)}-{_token(rng, 4)}-"
        f"{_token(rng, 4)}-{_token(rng, 4)}-{_token(rng, 12)}",
        "sid": "BARENDRAOS",
        "msisdn": line,
        "sms": sms,
        "csms_id": f"{number}-{when:%y%m%d%H%M}",
    }
    return _json(doc)


def sslcommerz_curl(row: dict[str, Any], rng: random.Random) -> str:
    """An SSLCOMMERZ session API request as a ``curl`` command (``POST
    https://securepay.sslcommerz.com/gwprocess/v4/api.php``, one ``--data-urlencode`` a
    parameter): an invented store id and password, the total in taka, ``BDT``, an invented
    ``tran_id``, the shop's callback URLs, the post as the customer (``cus_name``,
    ``cus_email`` where it has a mailbox, ``cus_add1``, ``cus_city``, ``cus_postcode``,
    ``cus_country``, ``cus_phone`` its mobile, ``cus_fax`` its fax where it has one), shipping
    by courier to the post (``ship_phone`` its landline, or its mobile where it has none), the
    product's name, category and profile, and the order number as ``value_a``."""
    number, items, total = _order(rng)
    when = _when(rng)
    city = district_en(row) or "Rajshahi"
    params = [
        ("store_id", f"barendraos{_token(rng, 6)}live"),
        ("store_passwd", f"{_token(rng, 10).upper()}@ssl"),
        ("total_amount", f"{total}.00"),
        ("currency", "BDT"),
        ("tran_id", f"BOS{when:%y%m%d}{rng.randint(10000, 99999)}"),
        ("success_url", "https://barendraoffice.com.bd/checkout/success"),
        ("fail_url", "https://barendraoffice.com.bd/checkout/fail"),
        ("cancel_url", "https://barendraoffice.com.bd/checkout/cancel"),
        ("ipn_url", "https://barendraoffice.com.bd/checkout/ipn"),
        ("cus_name", post(row)),
    ]
    if email(row):
        params.append(("cus_email", email(row)))
    params += [("cus_add1", place(row)), ("cus_city", city)]
    if postcode(row):
        params.append(("cus_postcode", postcode(row)))
    params += [("cus_country", "Bangladesh"), ("cus_phone", field_text(row, MOBILE))]
    if faxes(row):
        params.append(("cus_fax", field_text(row, FAX)))
    params += [
        ("shipping_method", "Courier"),
        ("ship_name", post(row)),
        ("ship_add1", place(row)),
        ("ship_city", city),
    ]
    if postcode(row):
        params.append(("ship_postcode", postcode(row)))
    params += [
        ("ship_country", "Bangladesh"),
        ("ship_phone", field_text(row, PHONE) if landlines(row) else field_text(row, MOBILE)),
        ("num_of_item", str(sum(count for _, _, count, _ in items))),
        ("product_name", ", ".join(name for name, *_ in items)),
        ("product_category", "Office Supplies"),
        ("product_profile", "general"),
        ("value_a", number),
    ]
    lines = ["curl -X POST 'https://securepay.sslcommerz.com/gwprocess/v4/api.php'"]
    lines += [f"  --data-urlencode {shlex.quote(f'{k}={v}')}" for k, v in params]
    return " \\\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "steadfast_order": steadfast_order,
    "pathao_order_http": pathao_order_http,
    "sslwireless_sms": sslwireless_sms,
    "sslcommerz_curl": sslcommerz_curl,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers and mailbox
    labelled."""
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
