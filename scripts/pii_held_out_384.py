"""held_out_384 of the PII evaluation set: real phone fields of a register no earlier part used
(Malaysia's public health facilities in the Ministry of Health's master list, hospitals and
klinik kesihatan; Malaysia's earlier parts took the Department of Veterinary Services' clinics
and the Ministry of Education's schools) exactly as published, in layouts no earlier part has,
beside the list's own names, addresses, districts, states and coordinates.

The procedure of ``held_out_167``, on another register and other layouts; here:

* the values are the ``phone`` fields of 300 facilities, a seeded sample of those whose field
  holds a number no earlier Malaysian part holds (``scripts/data/pii_my_kkm_facilities.json``,
  written by ``scripts/my_kkm_facilities_data.py``; source and licence in that file):
  Malaysian numbers as the ministry's list writes them, the area code and a hyphen
  (``03-31871333``, ``084-863213``), a few with a space (``03-8315 6111``), two or three
  numbers in one field (``06-3161076 / 06-3161497``), a unit's initials after the number
  (``084-796404 (PKD)``); each number of a field labelled on its own (``labelled_record``),
  every copy of the field labelled; the list has no e-mail field, so no record has an address;
* the text around them is the same row's real fields: the facility's name, address, district,
  state and coordinates, with invented e-invoice numbers, UUIDs, TINs and business
  registration numbers, Billplz bill and collection ids, Site Kit and Yelp ids, amounts,
  ratings and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Malaysia's tax, payment and place services, text
  in Malay: MyInvois e-invoices (LHDN's UBL 2.1 JSON, a consolidated e-invoice of the month's
  fees whose ``AccountingSupplierParty`` is the facility, its ``Contact`` ``Telephone`` the
  number, the buyer the general public, ``EI00000000010``), Billplz API v3 bills (``POST
  /api/v3/bills``' answer: a bill to the facility for supplies, ``mobile`` the number and the
  ``description`` repeating it), HUAWEI Site Kit text-search answers (``sites`` with
  ``siteId``, ``formatAddress``, ``address``, ``location``, ``viewport`` and a ``poi`` whose
  ``phone`` is the number) and Yelp Fusion business-search answers (``businesses`` with
  ``phone`` and ``display_phone`` the number, ``location``, ``coordinates`` and
  ``categories``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_384.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_my_kkm_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_384.jsonl.gz"
SPLIT = "held_out_384"

LAYOUTS = ("myinvois_invoice", "billplz_bill", "hms_site_search", "yelp_business_search")
PHONE = "phone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
MYT = dt.timezone(dt.timedelta(hours=8))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# MyInvois state codes (LHDN's code table of states)
STATE_CODES = {
    "Johor": "01", "Kedah": "02", "Kelantan": "03", "Melaka": "04", "Negeri Sembilan": "05",
    "Pahang": "06", "Pulau Pinang": "07", "Perak": "08", "Perlis": "09", "Selangor": "10",
    "Terengganu": "11", "Sabah": "12", "Sarawak": "13", "W.P. Kuala Lumpur": "14",
    "W.P. Labuan": "15", "W.P. Putrajaya": "16",
}  # fmt: skip
# fees a facility collects (consolidated into one e-invoice a month)
FEES = (
    ("Caj rawatan pesakit luar", 1.0),
    ("Caj laporan perubatan", 40.0),
    ("Caj pemeriksaan kesihatan", 5.0),
    ("Caj rawatan pergigian", 1.0),
)
# supplies a facility is billed for
SUPPLIES = (
    "Sarung tangan nitril (10 kotak)",
    "Pelitup muka 3 lapis (20 kotak)",
    "Kertas cetak A4 (5 rim)",
    "Kapas dan kain kasa steril",
    "Penyelenggaraan pendingin hawa",
)
SELLERS = (
    "Syarikat Bekalan Perubatan Maju Sdn Bhd",
    "Medilink Supplies (M) Sdn Bhd",
    "Perniagaan Alat Tulis Cahaya Enterprise",
    "Klinikal Prima Trading Sdn Bhd",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The facility's phone field as published (one or more numbers)."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00")) or value.startswith("60")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def postcode(row: dict[str, Any]) -> str:
    """The five-digit postcode the address gives, else ""."""
    m = re.search(r"(?<!\d)\d{5}(?!\d)", _f(row, "address"))
    return m.group() if m else ""


def place(row: dict[str, Any]) -> str:
    """The address in one line: address, district, state."""
    parts = [_f(row, "address"), _f(row, "district"), _f(row, "state")]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Malaysia time)."""
    day = dt.datetime(2025, 1, 6, tzinfo=MYT) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _v(value: Any, **attrs: str) -> list[dict[str, Any]]:
    """A UBL JSON value as MyInvois writes it: ``[{"_": value, attr: ...}]``."""
    return [{"_": value, **attrs}]


def myinvois_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A MyInvois e-invoice (LHDN's UBL 2.1 JSON, ``_D``/``_A``/``_B`` namespaces): a
    consolidated e-invoice (type ``01``) of the month's fees, invented number, UUID-free
    document id, date and time; the supplier the facility (invented TIN and a government
    registration ``NA``, MSIC ``86101``, its address lines, district as city, postcode where
    the address gives one, state code, ``MYS``; ``Contact`` with ``Telephone`` the number); the
    buyer the general public (``EI00000000010``, ``NA`` for its contact); one line of fees
    with tax exemption, invented amounts."""
    when = _when(rng)
    fee, unit = rng.choice(FEES)
    qty = rng.randint(40, 900)
    total = round(qty * unit, 2)
    address: dict[str, Any] = {
        "CityName": _v(_f(row, "district")),
        "PostalZone": _v(postcode(row)),
        "CountrySubentityCode": _v(STATE_CODES[_f(row, "state")]),
        "AddressLine": [{"Line": _v(line.strip())} for line in _f(row, "address").split(",")],
        "Country": [{"IdentificationCode": _v("MYS", listID="ISO3166-1", listAgencyID="6")}],
    }
    supplier = {
        "IndustryClassificationCode": _v("86101", name="Aktiviti hospital"),
        "PartyIdentification": [
            {"ID": _v(f"G{rng.randint(10**9, 10**10 - 1)}", schemeID="TIN")},
            {"ID": _v("NA", schemeID="BRN")},
        ],
        "PostalAddress": [address],
        "PartyLegalEntity": [{"RegistrationName": _v(_f(row, "name"))}],
        "Contact": [{"Telephone": _v(phone(row))}],
    }
    buyer = {
        "PartyIdentification": [
            {"ID": _v("EI00000000010", schemeID="TIN")},
            {"ID": _v("NA", schemeID="BRN")},
        ],
        "PostalAddress": [
            {
                "CityName": _v(""),
                "PostalZone": _v(""),
                "CountrySubentityCode": _v(""),
                "AddressLine": [{"Line": _v("NA")}],
                "Country": [{"IdentificationCode": _v("", listID="ISO3166-1", listAgencyID="6")}],
            }
        ],
        "PartyLegalEntity": [{"RegistrationName": _v("General Public")}],
        "Contact": [{"Telephone": _v("NA")}],
    }
    amount = {"_": total, "currencyID": "MYR"}
    invoice = {
        "ID": _v(f"KKM-{when:%Y%m}-{rng.randint(1, 99999):05d}"),
        "IssueDate": _v(f"{when:%Y-%m-%d}"),
        "IssueTime": _v(f"{when.astimezone(dt.UTC):%H:%M:%S}Z"),
        "InvoiceTypeCode": _v("01", listVersionID="1.0"),
        "DocumentCurrencyCode": _v("MYR"),
        "TaxCurrencyCode": _v("MYR"),
        "InvoicePeriod": [
            {
                "StartDate": _v(f"{when:%Y-%m}-01"),
                "EndDate": _v(f"{when:%Y-%m}-28"),
                "Description": _v("Monthly"),
            }
        ],
        "AccountingSupplierParty": [{"Party": [supplier]}],
        "AccountingCustomerParty": [{"Party": [buyer]}],
        "TaxTotal": [
            {
                "TaxAmount": [{"_": 0, "currencyID": "MYR"}],
                "TaxSubtotal": [
                    {
                        "TaxableAmount": [amount],
                        "TaxAmount": [{"_": 0, "currencyID": "MYR"}],
                        "TaxCategory": [
                            {
                                "ID": _v("E"),
                                "TaxExemptionReason": _v("Perkhidmatan kesihatan kerajaan"),
                                "TaxScheme": [
                                    {"ID": _v("OTH", schemeID="UN/ECE 5153", schemeAgencyID="6")}
                                ],
                            }
                        ],
                    }
                ],
            }
        ],
        "LegalMonetaryTotal": [
            {
                "LineExtensionAmount": [amount],
                "TaxExclusiveAmount": [amount],
                "TaxInclusiveAmount": [amount],
                "PayableAmount": [amount],
            }
        ],
        "InvoiceLine": [
            {
                "ID": _v("1"),
                "InvoicedQuantity": [{"_": qty, "unitCode": "C62"}],
                "LineExtensionAmount": [amount],
                "Item": [
                    {
                        "CommodityClassification": [
                            {"ItemClassificationCode": _v("004", listID="CLASS")}
                        ],
                        "Description": _v(f"{fee} bagi {when:%m/%Y}"),
                    }
                ],
                "Price": [{"PriceAmount": [{"_": unit, "currencyID": "MYR"}]}],
                "ItemPriceExtension": [{"Amount": [amount]}],
            }
        ],
    }
    return _json(
        {
            "_D": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
            "_A": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
            "_B": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
            "Invoice": [invoice],
        }
    )


def _token(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def billplz_bill(row: dict[str, Any], rng: random.Random) -> str:
    """A Billplz API v3 bill (the answer of ``POST /api/v3/bills``): invented bill and
    collection ids, ``paid`` false, ``state`` due, an amount in sen, ``due_at``, no e-mail,
    ``mobile`` the facility's number and ``name`` the facility, the bill's ``url``, two
    references (an invented invoice number and the district), the seller's callback and
    redirect addresses and a Malay ``description`` of the supplies that gives the number
    again."""
    when = _when(rng)
    bill = _token(rng, 8)
    supply = rng.choice(SUPPLIES)
    seller = rng.choice(SELLERS)
    host = "".join(c for c in seller.lower().split()[0] if c.isalpha())
    doc = {
        "id": bill,
        "collection_id": _token(rng, 8),
        "paid": False,
        "state": "due",
        "amount": rng.randint(80, 4800) * 100 + rng.choice((0, 50)),
        "paid_amount": 0,
        "due_at": f"{when + dt.timedelta(days=30):%Y-%m-%d}",
        "email": None,
        "mobile": phone(row),
        "name": _f(row, "name"),
        "url": f"https://www.billplz.com/bills/{bill}",
        "reference_1_label": "No. Invois",
        "reference_1": f"INV{when:%y%m}-{rng.randint(100, 9999)}",
        "reference_2_label": "Daerah",
        "reference_2": _f(row, "district"),
        "redirect_url": f"https://{host}.com.my/bayaran/terima-kasih",
        "callback_url": f"https://{host}.com.my/billplz/webhook",
        "description": f"{seller}: {supply} untuk {_f(row, 'name')}, {place(row)}. "
        f"Penghantaran disahkan melalui telefon {phone(row)}.",
    }
    return _json(doc)


def _site_id(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(32))


def hms_site_search(row: dict[str, Any], rng: random.Random) -> str:
    """A HUAWEI Site Kit text-search answer (``POST /mapApi/v1/siteService/searchByText``):
    ``totalCount``, ``returnCode`` 0, ``returnDesc`` OK and one site (an invented
    ``siteId``, the facility's name, ``formatAddress``, ``address`` with country, state,
    district and postcode, ``location`` at its coordinates, a ``viewport`` around them, a
    ``poi`` whose types are a hospital's or a clinic's and whose ``phone`` is the number, and
    ``utcOffset`` 480)."""
    lat, lng = float(_f(row, "lat")), float(_f(row, "lon"))
    hospital = _f(row, "type") == "hospital"
    address = {
        "country": "Malaysia",
        "countryCode": "MY",
        "adminArea": _f(row, "state"),
        "subAdminArea": _f(row, "district"),
        "locality": _f(row, "district"),
    }
    if postcode(row):
        address["postalCode"] = postcode(row)
    site = {
        "siteId": _site_id(rng),
        "name": _f(row, "name"),
        "formatAddress": place(row),
        "address": address,
        "location": {"lat": lat, "lng": lng},
        "viewport": {
            "northeast": {"lat": round(lat + 0.0018, 6), "lng": round(lng + 0.0018, 6)},
            "southwest": {"lat": round(lat - 0.0018, 6), "lng": round(lng - 0.0018, 6)},
        },
        "poi": {
            "poiTypes": ["HOSPITAL"] if hospital else ["DOCTOR"],
            "hwPoiTypes": ["GENERAL_HOSPITAL"] if hospital else ["CLINIC"],
            "phone": phone(row),
            "rating": round(rng.uniform(2.8, 4.7), 1),
            "businessStatus": "OPEN",
        },
        "utcOffset": 480,
    }
    return _json({"totalCount": 1, "returnCode": "0", "returnDesc": "OK", "sites": [site]})


def _alias(name: str, district: str) -> str:
    words = re.findall(r"[a-z0-9]+", f"{name} {district}".lower())
    return "-".join(dict.fromkeys(words))


def yelp_business_search(row: dict[str, Any], rng: random.Random) -> str:
    """A Yelp Fusion business-search answer (``GET /v3/businesses/search``): one business (an
    invented id, its alias from the name and district, the facility's name, ``is_closed``
    false, invented review count and rating, ``categories`` a hospital's or a clinic's,
    ``coordinates``, ``location`` with the address, district, postcode where the address gives
    one and state, ``phone`` and ``display_phone`` the number, an invented distance),
    ``total`` and the ``region``'s centre."""
    lat, lng = float(_f(row, "lat")), float(_f(row, "lon"))
    hospital = _f(row, "type") == "hospital"
    alias = _alias(_f(row, "name"), _f(row, "district"))
    category = (
        {"alias": "hospitals", "title": "Hospitals"}
        if hospital
        else {"alias": "medcenters", "title": "Medical Centers"}
    )
    lines = [p.strip() for p in _f(row, "address").split(",") if p.strip()]
    business = {
        "id": "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
            for _ in range(22)
        ),
        "alias": alias,
        "name": _f(row, "name"),
        "image_url": "",
        "is_closed": False,
        "url": f"https://www.yelp.com/biz/{alias}",
        "review_count": rng.randint(1, 60),
        "categories": [category],
        "rating": rng.choice((2.5, 3.0, 3.5, 4.0, 4.5)),
        "coordinates": {"latitude": lat, "longitude": lng},
        "transactions": [],
        "location": {
            "address1": lines[0] if lines else "",
            "address2": ", ".join(lines[1:2]),
            "address3": "",
            "city": _f(row, "district"),
            "zip_code": postcode(row),
            "country": "MY",
            "state": _f(row, "state"),
            "display_address": [place(row), "Malaysia"],
        },
        "phone": phone(row),
        "display_phone": phone(row),
        "distance": round(rng.uniform(150, 9000), 4),
    }
    return _json(
        {
            "businesses": [business],
            "total": 1,
            "region": {"center": {"longitude": round(lng, 6), "latitude": round(lat, 6)}},
        }
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "myinvois_invoice": myinvois_invoice,
    "billplz_bill": billplz_bill,
    "hms_site_search": hms_site_search,
    "yelp_business_search": yelp_business_search,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled,
    each number in it on its own."""
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
