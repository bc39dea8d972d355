"""held_out_481 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the urban local bodies of Punjab, its municipal corporations, municipal councils and
nagar panchayats, as the Department of Local Government's mSeva platform configures them;
India's earlier parts took the National Health Portal's Hospital and Blood Bank Directories,
CBSE's schools, covid19india.org's Telangana list, RBI's bank branches by IFSC, NHM Madhya
Pradesh's COVID-19 facilities, JoSAA's institutes, Bhuvan's vaccination centres, Bangalore's
restaurants, the blood centres' list, the RTO offices, Bangalore's police stations and Tamil
Nadu's Uzhavar Sandhais) exactly as published, in layouts no earlier part has, beside the
register's own names, tenant codes, districts, regions and ULB grades.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``contactNumber`` of 142 urban local bodies and their ``emailId`` where it
  holds one well-formed address (``scripts/data/pii_in_punjab_ulbs.json``, written by
  ``scripts/in_punjab_ulbs_data.py``; source and licence in that file): Indian numbers as the
  register writes them, mostly ten digits with no trunk ``0`` (``1871243426``), some with it and
  hyphenated (``01824-260426``), mobiles (``9780100140``), and the offices' mailboxes
  (``mcbatalanew2019@gmail.com``); every copy labelled;
* the text around them is the same row's real fields: the body's name, tenant code
  (``pb.batala``), address, web domain, office timings, district, region, ULB grade, city code
  and coordinates, with invented order ids, merchant ids, amounts, signatures, API keys, PIN
  codes only where the address gives one, and times, unlabelled and scored;
* in layouts no earlier part has, formats of India's e-governance and payments, in English
  (their fields written from the helper's memory of the formats, not checked against their
  documentation when the part was made): eGov DIGIT MDMS ``_search`` answers (the
  ``egov-mdms-service``'s ``MdmsRes`` with the body as one ``tenant.tenants`` entry), CCAvenue
  checkout forms as the integration kit's ``dataFrom.htm`` writes them (the body as
  ``billing_*`` and ``delivery_*`` of an order posted to ``ccavRequestHandler``), Paytm
  Payment Gateway ``initiateTransaction`` requests (``curl`` with the body's ``userInfo``) and
  Juspay ``POST /orders`` requests (``curl`` with ``--data-urlencode`` parameters,
  ``customer_phone`` and ``billing_address_phone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_481.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_punjab_ulbs.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_481.jsonl.gz"
SPLIT = "held_out_481"

LAYOUTS = ("digit_mdms_search", "ccavenue_form", "paytm_initiate", "juspay_order")
PHONE, EMAIL = "contactNumber", "emailId"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
NONE = "Not available"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented purchases of the bodies (no person is named in these records)
ITEMS = (
    ("LED street light fittings 45W", 18450),
    ("Fogging machine spares", 6720),
    ("Sanitation worker safety kits", 12900),
    ("Tree guards, MS, 1.2 m", 8400),
    ("Twin-bin litter bins", 15300),
    ("Water testing reagent kits", 4350),
)
ALNUM = string.ascii_uppercase + string.digits


def _f(row: dict[str, Any], key: str) -> str:
    """A string field as published, stripped ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The body's contact number as published."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The body's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's number and mailbox (an empty one is skipped)."""
    return [(PHONE, phone(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and mailbox labelled (each copy
    stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (India Standard Time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=IST) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 17), minutes=rng.randint(0, 59))


def _code(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _json(doc: Any, indent: int | None = 2) -> str:
    if indent is None:
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(doc, ensure_ascii=False, indent=indent) + "\n"


def name(row: dict[str, Any]) -> str:
    """The body's name as the register gives it (``Batala``)."""
    return _f(row, "name")


def grade(row: dict[str, Any]) -> str:
    """The body's ULB grade (``Municipal Corporation``, ``MC Class II``, ``NP``)."""
    return _f(row, "city.ulbGrade")


def office(row: dict[str, Any]) -> str:
    """The body's office as a payer's name (``Municipal Council Balachaur``)."""
    kind = grade(row)
    if kind.startswith("MC Class"):
        kind = "Municipal Council"
    elif kind == "NP":
        kind = "Nagar Panchayat"
    elif kind != "Municipal Corporation":
        kind = "Office of the ULB"
    return f"{kind} {name(row)}"


def address(row: dict[str, Any]) -> str:
    """The register's address, or the office's name where it gives none (``Not available``)."""
    value = _f(row, "address")
    return office(row) if value in ("", NONE) else value


def pin(row: dict[str, Any]) -> str:
    """The PIN code the address itself gives (``143112``), else ""."""
    found = re.search(r"(?<!\d)1[4-6]\d{4}(?!\d)", _f(row, "address"))
    return found.group(0) if found else ""


def district(row: dict[str, Any]) -> str:
    return _f(row, "city.districtName")


def digit_mdms_search(row: dict[str, Any], rng: random.Random) -> str:
    """An eGov DIGIT ``egov-mdms-service`` ``/v1/_search`` answer for module ``tenant``, master
    ``tenants``, filtered to the body's code: its entry in the register's own schema."""
    f = row["fields"]
    code = _f(row, "code")
    days, _, hours = _f(row, "OfficeTimings").partition(": ")
    tag = re.sub(r"\W", "_", code.split(".", 1)[1].upper())
    entry = {
        "code": code,
        "name": name(row),
        "description": _f(row, "description"),
        "logoId": f"https://mseva.lgpunjab.gov.in/pb-egov-assets/{code}/logo.png",
        "imageId": None,
        "domainUrl": _f(row, "domainUrl"),
        "type": _f(row, "type"),
        "twitterUrl": None,
        "facebookUrl": None,
        "emailId": email(row),
        "OfficeTimings": {days: hours},
        "city": {
            "name": name(row),
            "localName": _f(row, "city.localName"),
            "districtName": district(row),
            "districtTenantCode": _f(row, "city.districtTenantCode"),
            "regionName": _f(row, "city.regionName"),
            "ulbGrade": grade(row),
            "longitude": f.get("city.longitude"),
            "latitude": f.get("city.latitude"),
            "shapeFileLocation": None,
            "captcha": None,
            "code": _f(row, "city.code"),
        },
        "address": _f(row, "address"),
        "contactNumber": phone(row),
        "pdfHeader": f"PB_{tag}_PDF_HEADER",
        "pdfContactDetails": f"PB_{tag}_CONTACT_DETAILS",
    }
    if not email(row):
        del entry["emailId"]
    doc = {
        "ResponseInfo": {
            "apiId": "Rainmaker",
            "ver": ".01",
            "ts": None,
            "resMsgId": "uief87324",
            "msgId": f"{int(_when(rng).timestamp() * 1000)}|en_IN",
            "status": "successful",
        },
        "MdmsRes": {"tenant": {"tenants": [entry]}},
    }
    return _json(doc)


def _input(label: str, key: str, value: str, extra: str = "") -> str:
    return (
        f'\t\t\t\t<tr>\n\t\t\t\t\t<td>{label}</td>\n\t\t\t\t\t<td><input type="text" '
        f'name="{key}"{extra} value="{escape(value)}"/></td>\n\t\t\t\t</tr>\n'
    )


def ccavenue_form(row: dict[str, Any], rng: random.Random) -> str:
    """A CCAvenue checkout form as the integration kit's ``dataFrom.htm`` writes it, filled for
    an order the body places with an invented supplier: the body as billing and delivery
    party."""
    when = _when(rng)
    item, price = rng.choice(ITEMS)
    qty = rng.randint(1, 12)
    site = rng.choice(("punjabmunicipalsupplies.in", "civicstore.co.in", "ulbmart.in"))
    fields = [
        ("TID\t:", "tid", str(int(when.timestamp() * 1000)), ' id="tid" readonly'),
        ("Merchant Id\t:", "merchant_id", str(rng.randint(100000, 999999)), ""),
        ("Order Id\t:", "order_id", f"ORD{when:%y%m%d}{_code(rng, 5)}", ""),
        ("Amount\t:", "amount", f"{price * qty * 1.18:.2f}", ""),
        ("Currency\t:", "currency", "INR", ""),
        ("Redirect URL\t:", "redirect_url", f"https://{site}/ccavResponseHandler.php", ""),
        ("Cancel URL\t:", "cancel_url", f"https://{site}/ccavResponseHandler.php", ""),
        ("Language\t:", "language", "EN", ""),
    ]
    billing = [
        ("Billing Name\t:", "billing_name", office(row), ""),
        ("Billing Address\t:", "billing_address", address(row), ""),
        ("Billing City\t:", "billing_city", name(row), ""),
        ("Billing State\t:", "billing_state", "Punjab", ""),
        ("Billing Zip\t:", "billing_zip", pin(row), ""),
        ("Billing Country\t:", "billing_country", "India", ""),
        ("Billing Tel\t:", "billing_tel", phone(row), ""),
        ("Billing Email\t:", "billing_email", email(row), ""),
    ]
    delivery = [
        ("Shipping Name\t:", "delivery_name", office(row), ""),
        ("Shipping Address\t:", "delivery_address", address(row), ""),
        ("Shipping City\t:", "delivery_city", name(row), ""),
        ("Shipping State\t:", "delivery_state", "Punjab", ""),
        ("Shipping Zip\t:", "delivery_zip", pin(row), ""),
        ("Shipping Country\t:", "delivery_country", "India", ""),
        ("Shipping Tel\t:", "delivery_tel", phone(row), ""),
    ]
    params = [
        ("Merchant Param1\t:", "merchant_param1", f"{item} x {qty}", ""),
        ("Merchant Param2\t:", "merchant_param2", _f(row, "code"), ""),
        ("Merchant Param3\t:", "merchant_param3", district(row), ""),
        ("Promo Code\t:", "promo_code", "", ""),
        ("Customer Id\t:", "customer_identifier", f"ULB{_f(row, 'city.code')}", ""),
    ]

    def rows(group: list[tuple[str, str, str, str]]) -> str:
        return "".join(_input(*item) for item in group)

    def head(text: str) -> str:
        return f'\t\t\t\t<tr>\n\t\t\t\t\t<td colspan="2">{text}</td>\n\t\t\t\t</tr>\n'

    return (
        "<html>\n<head>\n<script>\n\twindow.onload = function() {\n"
        "\t\tvar d = new Date().getTime();\n"
        '\t\tdocument.getElementById("tid").value = d;\n\t};\n</script>\n</head>\n<body>\n'
        '\t<form method="post" name="customerData" action="ccavRequestHandler.php">\n'
        '\t\t<table width="40%" height="100" border=\'1\' align="center">\n'
        + head("<b>Parameter Name:</b></td><td><b>Parameter Value:</b>").replace(' colspan="2"', "")
        + head("<b>Compulsory information</b>")
        + rows(fields)
        + head("<b>Billing information(optional):</b>")
        + rows(billing)
        + head("<b>Shipping information(optional):</b>")
        + rows(delivery)
        + head("<b>Other information(optional):</b>")
        + rows(params)
        + '\t\t\t\t<tr>\n\t\t\t\t\t<td></td>\n\t\t\t\t\t<td><INPUT TYPE="submit" '
        'value="Checkout"></td>\n\t\t\t\t</tr>\n\t\t</table>\n\t</form>\n</body>\n</html>\n'
    )


def paytm_initiate(row: dict[str, Any], rng: random.Random) -> str:
    """A Paytm Payment Gateway ``initiateTransaction`` request (``curl``) for a payment the
    body makes to an invented supplier: its ``userInfo`` the body's number and mailbox."""
    when = _when(rng)
    item, price = rng.choice(ITEMS)
    mid = _code(rng, 6, string.ascii_letters) + _code(rng, 14, string.digits)
    order = f"ORDERID_{when:%Y%m%d}{_code(rng, 6, string.digits)}"
    user = {"custId": f"CUST_{_f(row, 'code').replace('.', '_').upper()}", "mobile": phone(row)}
    if email(row):
        user["email"] = email(row)
    user["firstName"] = office(row)
    body = {
        "requestType": "Payment",
        "mid": mid,
        "websiteName": "DEFAULT",
        "orderId": order,
        "txnAmount": {"value": f"{price * 1.18:.2f}", "currency": "INR"},
        "userInfo": user,
        "callbackUrl": f"https://securegw.paytm.in/theia/paytmCallback?ORDER_ID={order}",
        "extendInfo": {"udf1": item, "mercUnqRef": _f(row, "code")},
    }
    signature = _code(rng, 86, string.ascii_letters + string.digits + "+/") + "=="
    doc = {"body": body, "head": {"signature": signature}}
    return (
        "curl -X POST 'https://securegw.paytm.in/theia/api/v1/initiateTransaction?"
        f"mid={mid}&orderId={order}' \\\n"
        "--header 'Content-Type: application/json' \\\n"
        f"--data '{_json(doc, None)}'\n"
    )


def juspay_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Juspay ``POST /orders`` request (``curl``, form parameters URL-encoded by curl) for a
    payment the body makes to an invented supplier: the body as customer and billing address."""
    when = _when(rng)
    item, price = rng.choice(ITEMS)
    key = _code(rng, 32, "0123456789ABCDEF")
    merchant = rng.choice(("civicstore", "ulbmart", "pbsupplies"))
    params = [
        ("order_id", f"{merchant}_{when:%Y%m%d%H%M}_{_code(rng, 4, string.digits)}"),
        ("amount", f"{price * 1.18:.2f}"),
        ("currency", "INR"),
        ("customer_id", _f(row, "code")),
        ("customer_email", email(row)),
        ("customer_phone", phone(row)),
        ("description", f"{item} for {office(row)}"),
        ("product_id", f"SKU-{_code(rng, 6)}"),
        ("return_url", f"https://{merchant}.in/payment/return"),
        ("billing_address_first_name", office(row)),
        ("billing_address_line1", address(row)),
        ("billing_address_city", name(row)),
        ("billing_address_state", "Punjab"),
        ("billing_address_country", "India"),
        ("billing_address_postal_code", pin(row)),
        ("billing_address_phone", phone(row)),
        ("udf1", district(row)),
        ("udf2", grade(row)),
    ]
    lines = [
        "curl -X POST https://api.juspay.in/orders",
        f"-u {key}:",
        f"-H 'x-merchantid: {merchant}'",
        "-H 'version: 2023-06-30'",
        "-H 'Content-Type: application/x-www-form-urlencoded'",
        *(f"--data-urlencode '{k}={v}'" for k, v in params if v),
    ]
    return " \\\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "digit_mdms_search": digit_mdms_search,
    "ccavenue_form": ccavenue_form,
    "paytm_initiate": paytm_initiate,
    "juspay_order": juspay_order,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number and mailbox
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
