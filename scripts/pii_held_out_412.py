"""held_out_412 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Ville de Paris's open-data list of the Parisian shops and restaurants that offered
home delivery during the first COVID-19 lockdown, "Coronavirus : commerçants parisiens proposant
la livraison à domicile"; France's earlier parts took the ministère des Solidarités et de la
Santé's testing sites, farm shops on OpenStreetMap, DILA's local offices, the Annuaire de
l'éducation's schools, the Ville de Montpellier's associations, the Musées de France, the France
services, the FINESS hospitals, the FranceArchives directory, Issy-les-Moulineaux's points of
interest, the Onisep's establishments, the Crous' restaurants, Atout France's campsites,
ViteMaDose's Maiia places, Audilab's centres and the Hauts-de-France youth-card partners) exactly
as published, in layouts no earlier part has, beside the list's own names, kinds, addresses,
postcodes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telephone`` of 248 shops (French fixed and non-geographic lines in
  blank-separated pairs, ``01 43 26 85 77``) and their ``mail`` where the list gives one that
  names the shop (``commande@chambelland.com``) (``scripts/data/pii_fr_paris_livraison.json``,
  written by ``scripts/fr_paris_livraison_data.py``; source and licence in that file); every
  copy labelled;
* the text around them is the same row's real fields: the shop's name, kind, street address,
  postcode (``75018``), web site and coordinates, with the Opendatasoft record id, and invented
  ids, codes, amounts and dates, unlabelled and scored;
* in layouts no earlier part has, formats of the French local-commerce trade an invented
  delivery collective of Parisian shopkeepers uses, text in French: Partoo API business search
  answers (``GET /api/v2/business/search``: one business, its ``contacts`` with
  ``phone_numbers`` and ``email``), Sylius Admin API channel resources (``GET
  /api/v2/admin/channels/{code}``, JSON-LD: ``contactPhoneNumber``, ``contactEmail``,
  ``shopBillingData``), Ecwid store profiles (``GET /api/v3/{storeId}/profile``: ``company``
  with ``phone`` and ``email``, the ``settings``' invoice note repeating the phone) and Mollie
  Profiles API answers (``GET /v2/profiles/{id}``: ``phone``, ``email``, the profile's website
  and business category).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_412.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_paris_livraison.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_412.jsonl.gz"
SPLIT = "held_out_412"

LAYOUTS = ("partoo_business", "sylius_channel", "ecwid_profile", "mollie_profile")
PHONE, EMAIL = "telephone", "mail"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
PARIS = dt.timezone(dt.timedelta(hours=2))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the Mollie business categories a shop of each kind of the list takes
CATEGORIES = {
    "Restaurant ou traiteur": "RESTAURANTS_NIGHTLIFE",
    "Pharmacie": "HEALTH_AND_BEAUTY",
}
DAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")
JOURS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The shop's telephone as published."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The shop's address where the extract kept one (one naming the shop), else ""."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the kept ones is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and address labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    values = [(PHONE, phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"])


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of spring 2020 (Paris summer time)."""
    start = dt.datetime(2020, 3, 17, 9, tzinfo=PARIS)
    return start + dt.timedelta(days=rng.randint(0, 70), minutes=rng.randint(0, 600))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(n)
    )


def name(row: dict[str, Any]) -> str:
    return _f(row, "nom_du_commerce")


def kind(row: dict[str, Any]) -> str:
    return _f(row, "type_de_commerce")


def street(row: dict[str, Any]) -> str:
    return _f(row, "adresse")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "code_postal")


def site(row: dict[str, Any]) -> str:
    return _f(row, "site_internet")


def latlon(row: dict[str, Any]) -> tuple[float, float]:
    lat, lon = _f(row, "geo_point_2d").split(", ")
    return float(lat), float(lon)


def code(row: dict[str, Any]) -> str:
    """A channel or store code from the shop's name (``la_ferme_saint_aubin``)."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name(row).lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return "_".join(re.findall(r"[a-z0-9]+", plain))[:40] or "boutique"


def partoo_business(row: dict[str, Any], rng: random.Random) -> str:
    """A Partoo API business search answer (``GET /api/v2/business/search``, the listing
    platform a shop's presence is managed in): ``businesses`` with one business (an invented
    id and org id, the shop's name, street, postcode, city and country, ``address_details``,
    coordinates, ``contacts`` with its ``phone_numbers`` and ``email``, the web site, invented
    opening hours and a status), ``page``, ``max_page`` and ``count``."""
    lat, lon = latlon(row)
    when = _when(rng)
    hours = {day: [f"{rng.choice(('08', '09', '10'))}:00-{rng.choice(('13', '19', '20'))}:00"]
             for day in JOURS[:6]}  # fmt: skip
    hours["sunday"] = []
    contact = {"name": "", "email": email(row), "phone_numbers": [phone(row)], "fax": ""}
    m = re.match(r"(\d+\s*(?:bis|ter)?),?\s*(.*)", street(row), re.I)
    number, rest = (m.group(1).strip(), m.group(2)) if m else ("", street(row))
    business = {
        "id": _hex(rng, 24),
        "org_id": rng.randint(1000, 9999),
        "name": name(row),
        "code": f"PL-{rng.randint(10000, 99999)}",
        "status": "open",
        "address": street(row),
        "address2": "",
        "address_details": {"street_number": number, "full_street": rest},
        "zipcode": postcode(row),
        "city": "Paris",
        "region": "Île-de-France",
        "country": "FR",
        "lat": lat,
        "long": lon,
        "categories": [f"gcid:{code(row)[:20]}"],
        "description_short": f"{kind(row)} — livraison à domicile dans Paris",
        "website_url": site(row),
        "contacts": [contact],
        "open_hours": hours,
        "created": int(when.timestamp()),
        "modified": int((when + dt.timedelta(days=rng.randint(1, 30))).timestamp()),
    }
    return _json({"businesses": [business], "page": 1, "max_page": 1, "count": 1})


def sylius_channel(row: dict[str, Any], rng: random.Random) -> str:
    """A Sylius Admin API channel resource (``GET /api/v2/admin/channels/{code}``, JSON-LD):
    ``@context``, ``@id``, ``@type``, the channel's code and name (the shop's), an invented
    hostname and colour, ``enabled``, the base currency and default locale, ``contactEmail``
    and ``contactPhoneNumber`` (the shop's), ``shopBillingData`` (the shop as company, street,
    postcode, city, country) and invented counts."""
    ch = code(row)
    doc: dict[str, Any] = {
        "@context": "/api/v2/contexts/Channel",
        "@id": f"/api/v2/admin/channels/{ch}",
        "@type": "Channel",
        "id": rng.randint(2, 400),
        "code": ch,
        "name": name(row),
        "description": f"{kind(row)} — commandes en ligne et livraison à domicile",
        "hostname": f"{ch.replace('_', '-')}.livraison-commercants.paris",
        "color": "#" + _hex(rng, 6),
        "enabled": True,
        "baseCurrency": "/api/v2/admin/currencies/EUR",
        "defaultLocale": "/api/v2/admin/locales/fr_FR",
        "locales": ["/api/v2/admin/locales/fr_FR"],
        "taxCalculationStrategy": "order_items_based",
        "contactEmail": email(row) or None,
        "contactPhoneNumber": phone(row),
        "skippingShippingStepAllowed": False,
        "accountVerificationRequired": True,
        "shopBillingData": {
            "@id": f"/api/v2/admin/shop-billing-datas/{rng.randint(2, 400)}",
            "@type": "ShopBillingData",
            "company": name(row),
            "taxId": None,
            "countryCode": "FR",
            "street": street(row),
            "city": "Paris",
            "postcode": postcode(row),
        },
        "menuTaxon": f"/api/v2/admin/taxons/{kind(row).split()[0].lower()}",
    }
    if not email(row):
        del doc["contactEmail"]
    return _json(doc)


def ecwid_profile(row: dict[str, Any], rng: random.Random) -> str:
    """An Ecwid store profile (``GET /api/v3/{storeId}/profile``): ``generalInfo`` (an invented
    store id and URL), ``account`` (the collective's account name), ``settings`` (the store's name,
    the shop's kind as description, an invoice note repeating the telephone), ``company`` (the
    shop's name, e-mail, street, city, country, postcode and phone) and ``formatsAndUnits``."""
    sid = rng.randint(10_000_000, 99_999_999)
    company = {
        "companyName": name(row),
        "email": email(row),
        "street": street(row),
        "city": "Paris",
        "countryCode": "FR",
        "postal": postcode(row),
        "stateOrProvinceCode": "IDF",
        "phone": phone(row),
    }
    if not email(row):
        del company["email"]
    doc = {
        "generalInfo": {
            "storeId": sid,
            "storeUrl": f"https://{code(row).replace('_', '-')}.company.site",
            "websitePlatform": "instantsite",
            "profileId": f"p{rng.randint(1_000_000, 9_999_999)}",
        },
        "account": {
            "accountName": "Collectif Livraison Commerçants Paris",
            "accountNickName": name(row),
        },
        "settings": {
            "closed": False,
            "storeName": name(row),
            "storeDescription": f"{kind(row)} — livraison à domicile",
            "invoiceLogoUrl": "",
            "orderCommentsEnabled": True,
            "orderCommentsCaption": "Instructions de livraison (digicode, étage)",
            "invoiceNote": f"Une question sur votre commande ? Appelez-nous au {phone(row)}.",
        },
        "company": company,
        "formatsAndUnits": {
            "currency": "EUR",
            "currencyPrefix": "",
            "currencySuffix": "€",
            "weightUnit": "KILOGRAM",
            "dateFormat": "dd/MM/yyyy",
            "timezone": "Europe/Paris",
        },
    }
    return _json(doc)


def mollie_profile(row: dict[str, Any], rng: random.Random) -> str:
    """A Mollie Profiles API answer (``GET /v2/profiles/{id}``): ``resource``, an invented
    ``pfl_`` id, ``mode``, the shop's name, web site (or an invented shop page), ``email`` (the
    shop's, ``null`` where it has none), ``phone``, an invented business category
    code and status, the creation time and ``_links``."""
    pid = f"pfl_{_alnum(rng, 10)}"
    when = _when(rng)
    website = site(row) or f"https://{code(row).replace('_', '-')}.livraison-commercants.paris"
    doc = {
        "resource": "profile",
        "id": pid,
        "mode": "live",
        "name": name(row),
        "website": website,
        "email": email(row) or None,
        "phone": phone(row),
        "description": f"{kind(row)}, {street(row)}, {postcode(row)} Paris",
        "countriesOfActivity": ["FR"],
        "businessCategory": CATEGORIES.get(kind(row), "RETAIL"),
        "status": "verified",
        "review": {"status": "approved"},
        "createdAt": when.isoformat(),
        "_links": {
            "self": {
                "href": f"https://api.mollie.com/v2/profiles/{pid}",
                "type": "application/hal+json",
            },
            "dashboard": {
                "href": f"https://my.mollie.com/dashboard/org_{rng.randint(1_000_000, 9_999_999)}"
                f"/settings/profiles/{pid}",
                "type": "text/html",
            },
        },
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "partoo_business": partoo_business,
    "sylius_channel": sylius_channel,
    "ecwid_profile": ecwid_profile,
    "mollie_profile": mollie_profile,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone and address
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
