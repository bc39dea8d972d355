"""held_out_398 of the PII evaluation set: real phone fields of a list no earlier part used (the
Netherlands' pharmacies as ZorgkaartNederland lists them under ``Farmacie``; the country's
earlier parts took DUO's secondary and primary schools, the municipalities, the LRK's day-care
centres, the Museumkaart's museums, the ZBO-register, ZorgkaartNederland's nursing homes and
providers of medical specialist care, and Gouda's social map) exactly as published, in layouts
no earlier part has, beside the directory's own names, addresses and web pages.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone_number`` of 391 pharmacies (``scripts/data/
  pii_nl_zorgkaart_pharmacies.json``, written by ``scripts/nl_zorgkaart_pharmacies_data.py``;
  source and licence in that file): Dutch national numbers with the trunk ``0``, the area code
  set off by a hyphen (``020-2106015``, ``0229-228040``), one ``0900`` number; every copy
  labelled; the directory gives no e-mail addresses;
* the text around them is the same row's real fields: the pharmacy's name, its street address
  and place (``Bijlmerdreef 93, Amsterdam``) and its web page, with invented ids, chamber of
  commerce (KvK) numbers, UUIDs, review counts, scores and timestamps, unlabelled and scored
  (a KvK number is eight digits, a run a phone recognizer may take for a number);
* in layouts no earlier part has, formats of Dutch and Danish companies' APIs a pharmacy meets,
  text in Dutch where a format carries prose: Adyen Management API store objects (``GET
  /v3/merchants/{merchantId}/stores/{storeId}``: the pharmacy's point-of-sale store, its
  ``phoneNumber``), bunq API ``UserCompany`` answers (``GET /v1/user-company/{id}``: the
  pharmacy's business account, its ``PHONE_NUMBER`` alias's ``value`` and ``name``), Umbraco
  Content Delivery API items (``GET /umbraco/delivery/api/v2/content/item/{path}``: an
  ``apotheek`` page of a pharmacy chain's site, the number as a property and in the page's
  rich text) and Trustpilot business-unit profiles (the ``BusinessUnitProfile`` of the
  Business Units API: scores, review counts and ``contact.phone``; rows with no web page,
  which a business unit is named after, are given the Adyen layout instead).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten or eleven digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_398.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nl_zorgkaart_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_398.jsonl.gz"
SPLIT = "held_out_398"

LAYOUTS = ("adyen_store", "bunq_user_company", "umbraco_content_item", "trustpilot_profile")
PHONE = "phone_number"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
CET = dt.timezone(dt.timedelta(hours=1))
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
ADYEN = "https://management-test.adyen.com/v3"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented services and hours a pharmacy's page names (no person)
SERVICES = (
    "herhaalservice",
    "medicijnen bezorgen aan huis",
    "medicatiebeoordeling",
    "baxterrollen",
    "reisadvies en vaccinaties",
    "afhaalkluis, 24 uur per dag",
)
WEEKDAYS = (("08:00", "17:30"), ("08:30", "18:00"), ("08:00", "18:00"))
SATURDAYS = (("10:00", "13:00"), ("09:00", "12:00"), None)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The pharmacy's number as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def name(row: dict[str, Any]) -> str:
    """The pharmacy's name as the directory writes it."""
    return _f(row, "company")


def street(row: dict[str, Any]) -> str:
    """The street and house number (``Bijlmerdreef 93``): the address before its last comma."""
    return _f(row, "address").rsplit(", ", 1)[0]


def town(row: dict[str, Any]) -> str:
    """The place (``Amsterdam``): the address after its last comma."""
    return _f(row, "address").rsplit(", ", 1)[-1]


def website(row: dict[str, Any]) -> str:
    """The pharmacy's web page ("" where the directory gives none)."""
    return _f(row, "website")


def domain(row: dict[str, Any]) -> str:
    """The host of the web page, ``www.`` left off (``apotheekdedreef.nl``)."""
    host = re.sub(r"^https?://", "", website(row)).split("/")[0].lower()
    return host.removeprefix("www.")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index; a row with no web page, which a Trustpilot
    business unit is named after, in the Adyen layout instead."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    return "adyen_store" if layout == "trustpilot_profile" and not website(row) else layout


def slug(value: str) -> str:
    """``value`` as a path segment or reference: ASCII letters and digits, hyphens between."""
    folded = value.lower().translate(str.maketrans("áäâàéëêèíïîóöôúüûç", "aaaaeeeeiiiooouuuc"))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2023 or 2024 (Dutch winter time)."""
    day = dt.datetime(2023, 1, 9, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 640))
    return day + dt.timedelta(hours=rng.randint(8, 18), minutes=rng.randint(0, 59))


def _code(rng: random.Random, n: int) -> str:
    """An invented id of ``n`` upper-case letters and digits."""
    return "".join(rng.choice(ALNUM) for _ in range(n))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def kvk(rng: random.Random) -> str:
    """An invented eight-digit KvK (chamber of commerce) number."""
    return f"{rng.randint(10_000_000, 99_999_999)}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def adyen_store(row: dict[str, Any], rng: random.Random) -> str:
    """An Adyen Management API store object (``GET /v3/merchants/{merchantId}/stores/
    {storeId}``): an invented store id (``ST`` and 23 letters and digits) and business line,
    the pharmacy's street and place as ``address`` (country ``NL``), its name as ``description``
    and, cut to 22 characters, as ``shopperStatement``, an invented merchant account and store
    code, the number as ``phoneNumber``, ``status`` active and the ``self`` link."""
    merchant = "ApotheekNL" + _code(rng, 4).title() + "POS"
    store = "ST" + _code(rng, 23)
    doc = {
        "id": store,
        "address": {"city": town(row), "country": "NL", "line1": street(row)},
        "businessLineIds": ["SE" + _code(rng, 23)],
        "description": name(row),
        "merchantId": merchant,
        "phoneNumber": phone(row),
        "reference": f"apo-{slug(town(row))[:20]}-{rng.randint(1, 999):03d}",
        "shopperStatement": name(row)[:22].rstrip(),
        "status": "active",
        "_links": {"self": {"href": f"{ADYEN}/merchants/{merchant}/stores/{store}"}},
    }
    return _json(doc)


def bunq_user_company(row: dict[str, Any], rng: random.Random) -> str:
    """A bunq API answer to ``GET /v1/user-company/{userCompanyID}``: ``Response`` with one
    ``UserCompany`` (an invented id, times and public UUID, the pharmacy's name as ``name``,
    ``display_name`` and ``public_nick_name``, its number as the ``PHONE_NUMBER`` alias's
    ``value`` and ``name``, an invented KvK number, ``address_main`` and ``address_postal``
    with its street, house number and place, no postcode, language and region ``nl_NL``,
    status ``ACTIVE``)."""
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 300), seconds=rng.randint(0, 86399))
    m = re.match(r"(.*?)\s+(\d.*)$", street(row))
    road, number = (m.group(1), m.group(2)) if m else (street(row), "")
    address = {
        "street": road,
        "house_number": number,
        "po_box": None,
        "postal_code": None,
        "city": town(row),
        "country": "NL",
        "province": None,
    }

    def stamp(when: dt.datetime) -> str:
        return f"{when:%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999_999):06d}"

    company = {
        "id": rng.randint(1_000_000, 9_999_999),
        "created": stamp(created),
        "updated": stamp(updated),
        "public_uuid": _uuid(rng),
        "name": name(row),
        "display_name": name(row),
        "public_nick_name": name(row),
        "alias": [{"type": "PHONE_NUMBER", "value": phone(row), "name": phone(row)}],
        "chamber_of_commerce_number": kvk(rng),
        "legal_form": rng.choice(("BV", "VOF", "EENMANSZAAK")),
        "address_main": address,
        "address_postal": dict(address),
        "language": "nl_NL",
        "region": "nl_NL",
        "country": "NL",
        "status": "ACTIVE",
        "sub_status": "NONE",
        "session_timeout": 604800,
        "daily_limit_without_confirmation_login": {"currency": "EUR", "value": "250.00"},
        "notification_filters": [],
    }
    return _json({"Response": [{"UserCompany": company}]})


def umbraco_content_item(row: dict[str, Any], rng: random.Random) -> str:
    """An Umbraco Content Delivery API item (``GET /umbraco/delivery/api/v2/content/item/
    apotheken/{slug}``): ``contentType`` ``apotheek``, the pharmacy's name, invented create and
    update dates and GUIDs, its ``route`` under the chain site's ``apotheken`` start item, and
    ``properties``: name, address, number (``telefoonnummer``), web page, invented opening hours
    and services, and an ``intro`` rich text (``markup`` and ``blocks``) in Dutch that gives
    the number again."""
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 400), minutes=rng.randint(0, 600))
    services = rng.sample(SERVICES, 3)
    week, saturday = rng.choice(WEEKDAYS), rng.choice(SATURDAYS)
    hours = [{"dagen": "maandag t/m vrijdag", "open": week[0], "gesloten": week[1]}]
    if saturday:
        hours.append({"dagen": "zaterdag", "open": saturday[0], "gesloten": saturday[1]})
    intro = (
        f"<p>Welkom bij {escape(name(row))} in {escape(town(row))}. U kunt bij ons terecht voor "
        f"uw recepten, {services[0]} en {services[1]}. Heeft u een vraag over uw medicijnen? "
        f"Bel ons op {phone(row)}.</p>"
    )
    doc = {
        "contentType": "apotheek",
        "name": name(row),
        "createDate": f"{created:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 9_999_999):07d}Z",
        "updateDate": f"{updated:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 9_999_999):07d}Z",
        "route": {
            "path": f"/{slug(name(row))}/",
            "startItem": {"id": _uuid(rng), "path": "apotheken"},
        },
        "id": _uuid(rng),
        "properties": {
            "apotheeknaam": name(row),
            "adres": _f(row, "address"),
            "telefoonnummer": phone(row),
            "website": website(row) or None,
            "openingstijden": hours,
            "diensten": services,
            "intro": {"markup": intro, "blocks": []},
        },
        "cultures": {},
    }
    return _json(doc)


def trustpilot_profile(row: dict[str, Any], rng: random.Random) -> str:
    """A Trustpilot business-unit profile (the Business Units API's ``BusinessUnitProfile``):
    an invented id of 24 hex digits, the pharmacy's name as ``displayName``, its web page's host
    as ``name`` and the page as ``websiteUrl``, ``countryCode`` NL, invented TrustScore, stars
    and review counts, and ``contact`` with its number."""
    counts = [rng.randint(0, 40) for _ in range(4)] + [rng.randint(5, 300)]
    total = sum(counts)
    score = round(sum((i + 1) * c for i, c in enumerate(counts)) / total, 1)
    doc = {
        "id": "".join(rng.choice("0123456789abcdef") for _ in range(24)),
        "displayName": name(row),
        "name": domain(row),
        "websiteUrl": website(row),
        "countryCode": "NL",
        "trustScore": score,
        "stars": round(score * 2) / 2,
        "numberOfReviews": {
            "total": total,
            "oneStar": counts[0],
            "twoStars": counts[1],
            "threeStars": counts[2],
            "fourStars": counts[3],
            "fiveStars": counts[4],
        },
        "contact": {"phone": phone(row)},
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "adyen_store": adyen_store,
    "bunq_user_company": bunq_user_company,
    "umbraco_content_item": umbraco_content_item,
    "trustpilot_profile": trustpilot_profile,
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
