"""held_out_351 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Ayuntamiento de Madrid's esmadrid.com directory of tourist accommodation; Spain's
earlier parts took other registers, among them the same city's elderly centres and registered
entities) exactly as published, in layouts no earlier part has, beside the directory's own
names, addresses, postcodes, categories, dates and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` and ``email`` fields of 500 hotels, hostales, pensiones,
  aparthotels, hostels, student residences and a camp site of Madrid
  (``scripts/data/pii_es_madrid_hotels.json``, written by ``scripts/es_madrid_hotels_data.py``;
  source and licence in that file): Spanish numbers as the directory writes them, mostly after
  the country code in brackets (``(+34) 91 490 26 50``; ``(+34) 636 17 01 06``, ``(34) 91
  2922940``, ``(+ 34) 91 260 84 40``, ``(+34 ) 91 310 75 00``, one mistyped ``(+345) 91 531
  66 00``), some without it (``912008585``, ``914 20 40 01``, ``902 14 44 40``); each written as
  the number the field holds, without the blanks, stray `` /`` or byte-order mark the export
  leaves around it; the businesses' own addresses (``reservas@execentral.com``) in the 422 rows
  that keep one, without the blanks around them; each copy labelled, the whole number from its
  bracket or first digit to its last digit;
* the text around them is the same row's real fields: the name and address (the export's HTML
  entities decoded: ``Pensi&oacute;n Habana`` is written ``Pensión Habana``), postcode,
  category and class (``Hostales``, ``2 estrellas``: ``hostal de 2 estrellas``), the
  directory's id, last update and web page and the coordinates, with invented hotel codes,
  UUIDs, zone codes, rankings, times, prices, room counts and licence numbers, unlabelled and
  scored;
* in layouts no earlier part has, hotel-distribution formats, text in Spanish where the format
  carries prose: Hotelbeds APItude Content API ``hotels`` answers (Hotelbeds is a Spanish bed
  bank; ``language=CAS``, the number as ``PHONEHOTEL`` in ``phones`` and again in the Spanish
  ``description``, the address as ``email``), Mews Connector API ``configuration/get`` answers
  (the property as ``Enterprise`` with ``Phone``, ``Email``, ``WebsiteUrl`` and its
  ``Address``), Channex.io ``POST /api/v1/properties`` requests (``phone``, ``email`` and a
  Spanish ``content.description`` repeating the number) and Beds24 API V2 ``POST /properties``
  requests (``phone``, ``email``, a Madrid tourist licence as ``permit``, check-in times,
  Spanish ``templates`` and invented room types with prices in euros).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``; a number that carries
the country code (``+34``, ``(34)``) is international, the others national: 750 labelled
numbers (745 international, 5 national: 2 copies in each Hotelbeds and Channex document, 1 in
each Mews and Beds24 one) and 422 labelled addresses (1 copy in each document of a row that
keeps one); no distractor labelled as such. The langid stage reads most documents as English
(the formats' keys outweigh their Spanish text). Each record is seeded by its own (split,
locale, layout, index). Committed unscored, before it was ever scored.

    python scripts/pii_held_out_351.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_madrid_hotels.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_351.jsonl.gz"
SPLIT = "held_out_351"

LAYOUTS = ("hotelbeds_hotel", "mews_configuration", "channex_property", "beds24_property")
PHONE = "phone"
EMAIL = "email"
EDGES = {"phone": r"\d", "email": r"[\w.+@-]"}
# the number a phone field holds: from its bracket, plus or first digit to its last digit
_NUMBER = re.compile(r"[(+\d][\d()+ ]*\d")
_INTERNATIONAL = re.compile(r"\(?\s*\+?\s*34")
_STARS = re.compile(r"(\d) (?:estrellas?|llaves?)")

# data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the directory's categories as a bed bank's accommodation types and a channel manager's
# property types
ACCOMMODATION = {
    "Hoteles": ("HOTEL", "hotel"),
    "Hostales": ("HOSTAL", "hostel"),
    "Pensiones": ("PENSION", "guest_house"),
    "Apartahoteles": ("APTHOTEL", "apart_hotel"),
    "Albergues": ("HOSTEL", "hostel"),
    "Residencias universitarias": ("RESIDENCE", "apartment"),
    "Camping": ("CAMPING", "campsite"),
}
# the Comunidad de Madrid's register prefixes of tourist accommodation (invented numbers)
LICENCE = {
    "Hoteles": "HM",
    "Hostales": "HSM",
    "Pensiones": "PM",
    "Apartahoteles": "AHM",
    "Albergues": "AJM",
    "Residencias universitarias": "RUM",
    "Camping": "CM",
}
SINGULAR = {
    "Hoteles": "hotel",
    "Hostales": "hostal",
    "Pensiones": "pensión",
    "Apartahoteles": "apartahotel",
    "Albergues": "albergue",
    "Residencias universitarias": "residencia universitaria",
    "Camping": "camping",
}
ROOMS = (
    ("Habitación individual", "single", 1),
    ("Habitación doble", "double", 2),
    ("Habitación doble superior", "double", 2),
    ("Habitación triple", "triple", 3),
    ("Estudio", "apartment", 2),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _text(row: dict[str, Any], key: str) -> str:
    """A prose field (name, address) with the export's HTML entities decoded."""
    return html.unescape(_f(row, key))


def phone(row: dict[str, Any]) -> str:
    """The number the row's phone field holds, as published (the blanks, stray `` /`` or
    byte-order mark around it left out)."""
    return _NUMBER.search(row["fields"][PHONE]).group()


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published, without the blanks around it ("" where the row
    keeps none)."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a labelled number carries the country code."""
    return bool(_INTERNATIONAL.match(value))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and address labelled (each copy
    stands apart: no digit next to a number, no address character next to an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 7, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _category(row: dict[str, Any]) -> str:
    return _f(row, "Categoria")


def _stars(row: dict[str, Any]) -> int:
    """The class's number of stars or keys (0 where the row has none)."""
    m = _STARS.match(_f(row, "SubCategoria"))
    return int(m.group(1)) if m else 0


def _kind(row: dict[str, Any]) -> str:
    """What the place is, in words (``hostal de 2 estrellas``, ``residencia universitaria``)."""
    kind = SINGULAR.get(_category(row), "alojamiento")
    grade = _f(row, "SubCategoria")
    return f"{kind} de {grade.lower()}" if grade else kind


def _coordinates(row: dict[str, Any]) -> tuple[float, float]:
    return float(_f(row, "latitude")), float(_f(row, "longitude"))


def _city(row: dict[str, Any]) -> str:
    return _f(row, "locality") or _f(row, "subAdministrativeArea")


def hotelbeds_hotel(row: dict[str, Any], rng: random.Random) -> str:
    """A Hotelbeds APItude Content API answer to ``GET /hotel-content-api/1.0/hotels`` with
    ``language=CAS``: ``from``, ``to``, ``total``, invented ``auditData``, and one hotel with an
    invented code, zone and ranking, the name, a Spanish description naming the number, the
    country, province (``28``) and destination (``MAD``) codes, the row's coordinates, a
    category code from its class, the accommodation type, the address, postcode and city, the
    address as ``email``, the number as ``PHONEHOTEL`` in ``phones``, the directory's page as
    ``web`` and its last update as ``lastUpdate``."""
    name, tel, mail = _text(row, "name"), phone(row), email(row)
    when = _when(rng)
    lat, lon = _coordinates(row)
    stars = _stars(row)
    category = _category(row)
    code_type = ACCOMMODATION.get(category, ("HOTEL", "hotel"))[0]
    if category == "Hoteles" and stars:
        cat, group, s2c = f"{stars}EST", f"GRUPO{stars}", f"{stars}*"
    elif category == "Hostales" and stars:
        cat, group, s2c = f"HS{stars}" if stars > 1 else "HS", "GRUPO2", f"{stars}*"
    elif category == "Apartahoteles" and stars:
        cat, group, s2c = f"{stars}LL", f"GRUPO{stars}", f"{stars}*"
    else:
        cat = {"Pensiones": "PENSION", "Albergues": "ALBER"}.get(category, "SUP")
        group, s2c = "OTROS", "1*"
    description = (
        f"{name}, {_kind(row)}, se encuentra en {_text(row, 'address')}, "
        f"{_f(row, 'zipcode')} {_city(row)}. Teléfono del establecimiento: {tel}. "
        "Consulte en recepción los horarios de entrada y salida."
    )
    hotel: dict[str, Any] = {
        "code": rng.randint(1000, 999999),
        "name": {"content": name},
        "description": {"content": description},
        "countryCode": "ES",
        "stateCode": "28",
        "destinationCode": "MAD",
        "zoneCode": rng.randint(1, 60),
        "coordinates": {"longitude": lon, "latitude": lat},
        "categoryCode": cat,
        "categoryGroupCode": group,
        "accommodationTypeCode": code_type,
        "boardCodes": rng.sample(["RO", "BB", "HB"], rng.randint(1, 2)),
        "segmentCodes": rng.sample([31, 37, 40, 42, 60], rng.randint(1, 2)),
        "address": {"content": _text(row, "address")},
        "postalCode": _f(row, "zipcode"),
        "city": {"content": _city(row).upper()},
    }
    if mail:
        hotel["email"] = mail
    hotel["phones"] = [{"phoneNumber": tel, "phoneType": "PHONEHOTEL"}]
    hotel["web"] = _f(row, "web")
    hotel["lastUpdate"] = _f(row, "@fechaActualizacion")
    hotel["S2C"] = s2c
    hotel["ranking"] = rng.randint(1, 200)
    doc = {
        "from": 1,
        "to": 1,
        "total": 1,
        "auditData": {
            "processTime": str(rng.randint(12, 480)),
            "timestamp": f"{when:%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999):03d}",
            "requestHost": f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "serverId": f"ip-10-185-{rng.randint(0, 255)}-{rng.randint(1, 254)}.eu-west-1"
            ".compute.internal",
            "environment": "[awseuwest1, awseuwest1b]",
            "release": f"{rng.randint(10, 99)}{rng.randint(0, 9)}f{rng.randint(100, 999)}",
            "token": rng.randbytes(16).hex().upper(),
            "internal": "0|",
        },
        "hotels": [hotel],
    }
    return _json(doc)


def mews_configuration(row: dict[str, Any], rng: random.Random) -> str:
    """A Mews Connector API answer to ``POST /api/connector/v1/configuration/get``: the time,
    the property as ``Enterprise`` (invented ids and times, the name, Madrid's time zone and
    Spain's environment codes, ``WebsiteUrl``, ``Email``, ``Phone``, its ``Address`` with the
    row's coordinates, euros), a bookable ``Service`` named in Spanish and an invented payment
    card storage key."""
    name, tel, mail = _text(row, "name"), phone(row), email(row)
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(200, 2000))
    lat, lon = _coordinates(row)
    enterprise, address = _uuid(rng), _uuid(rng)
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    doc = {
        "NowUtc": f"{when:{stamp}}",
        "Enterprise": {
            "Id": enterprise,
            "ExternalIdentifier": f"ESMAD-{_f(row, '@id')}",
            "ChainId": _uuid(rng),
            "CreatedUtc": f"{created:{stamp}}",
            "UpdatedUtc": f"{when - dt.timedelta(hours=rng.randint(1, 900)):{stamp}}",
            "Name": name,
            "TimeZoneIdentifier": "Europe/Madrid",
            "LegalEnvironmentCode": "ES",
            "AccommodationEnvironmentCode": "ES",
            "AccountingEnvironmentCode": "ES",
            "TaxEnvironmentCode": "ES",
            "DefaultLanguageCode": "es-ES",
            "EditableHistoryInterval": "P0M2DT0H0M0S",
            "WebsiteUrl": _f(row, "web"),
            "Email": mail or None,
            "Phone": tel,
            "LogoImageId": None,
            "CoverImageId": None,
            "Pricing": "Gross",
            "TaxPrecision": None,
            "AddressId": address,
            "Address": {
                "Id": address,
                "Line1": _text(row, "address"),
                "Line2": None,
                "City": _city(row),
                "PostalCode": _f(row, "zipcode"),
                "CountryCode": "ES",
                "CountrySubdivisionCode": "ES-MD",
                "Latitude": lat,
                "Longitude": lon,
            },
            "Currencies": [{"Currency": "EUR", "IsDefault": True, "IsEnabled": True}],
            "IsPortfolio": False,
        },
        "Service": {
            "Id": _uuid(rng),
            "EnterpriseId": enterprise,
            "IsActive": True,
            "Name": "Alojamiento",
            "Options": {"BillAsPackage": False},
            "Data": {
                "Discriminator": "Bookable",
                "Value": {
                    "StartOffset": f"P0M0DT{rng.choice((12, 14, 15))}H0M0S",
                    "EndOffset": f"P0M0DT{rng.choice((11, 12))}H0M0S",
                    "TimeUnitPeriod": "Day",
                },
            },
            "ExternalIdentifier": None,
            "CreatedUtc": f"{created:{stamp}}",
            "UpdatedUtc": f"{when:{stamp}}",
        },
        "PaymentCardStorage": {"PublicKey": rng.randbytes(24).hex()},
        "IsIdentityDocumentNumberRequired": True,
    }
    return _json(doc)


def channex_property(row: dict[str, Any], rng: random.Random) -> str:
    """A Channex.io ``POST /api/v1/properties`` request body: the property's title, currency,
    ``email``, ``phone``, postcode, country, province, city, address, the row's coordinates as
    strings, Madrid's time zone, its property type, an invented group id, availability
    settings, and ``content`` with a Spanish ``description`` naming the number and
    ``important_information``; the directory's page as ``website``."""
    name, tel, mail = _text(row, "name"), phone(row), email(row)
    description = (
        f"{name}, {_kind(row)} en {_text(row, 'address')} ({_f(row, 'zipcode')} "
        f"{_city(row)}). Reservas y consultas en el teléfono {tel}."
    )
    notes = rng.choice(
        (
            "Entrada a partir de las 14:00 y salida antes de las 12:00.",
            "Es necesario presentar un documento de identidad a la llegada.",
            "No se admiten mascotas. Entrada a partir de las 15:00.",
            "La recepción cierra a las 23:00; avise si llega más tarde.",
        )
    )
    doc = {
        "property": {
            "title": name,
            "currency": "EUR",
            "email": mail or None,
            "phone": tel,
            "zip_code": _f(row, "zipcode"),
            "country": "ES",
            "state": "Madrid",
            "city": _city(row),
            "address": _text(row, "address"),
            "longitude": _f(row, "longitude"),
            "latitude": _f(row, "latitude"),
            "timezone": "Europe/Madrid",
            "facilities": [],
            "property_type": ACCOMMODATION.get(_category(row), ("HOTEL", "hotel"))[1],
            "group_id": _uuid(rng),
            "settings": {
                "allow_availability_autoupdate_on_confirmation": True,
                "allow_availability_autoupdate_on_modification": True,
                "allow_availability_autoupdate_on_cancellation": True,
                "min_stay_type": "both",
                "min_price": None,
                "max_price": None,
                "state_length": 500,
                "cut_off_time": "00:00:00",
                "cut_off_days": 0,
            },
            "content": {"description": description, "important_information": notes},
            "logo_url": None,
            "website": _f(row, "web"),
        }
    }
    return _json(doc)


def beds24_property(row: dict[str, Any], rng: random.Random) -> str:
    """A Beds24 API V2 ``POST /properties`` request body (a list of one property): the name,
    property type, euros, address, city, province, country, postcode, the row's coordinates,
    ``phone``, ``email``, the directory's page as ``web``, an invented Madrid tourist licence
    as ``permit``, check-in and check-out times, Spanish ``templates`` for the guests' messages
    and invented room types with counts, occupancy and prices in euros."""
    name, tel, mail = _text(row, "name"), phone(row), email(row)
    lat, lon = _coordinates(row)
    category = _category(row)
    checkin = rng.choice(("12:00", "14:00", "15:00"))
    rooms = []
    for label, kind, people in rng.sample(ROOMS, rng.randint(1, 3)):
        price = rng.randint(28, 160) + people * 10
        rooms.append(
            {
                "name": label,
                "roomType": kind,
                "qty": rng.randint(1, 40),
                "maxPeople": people,
                "minPrice": round(price * 0.8, 2),
                "rackRate": float(price),
            }
        )
    prop = {
        "name": name,
        "propertyType": ACCOMMODATION.get(category, ("HOTEL", "hotel"))[1],
        "currency": "EUR",
        "address": _text(row, "address"),
        "city": _city(row),
        "state": "Madrid",
        "country": "ES",
        "postcode": _f(row, "zipcode"),
        "latitude": lat,
        "longitude": lon,
        "phone": tel,
    }
    if mail:
        prop["email"] = mail
    prop.update(
        {
            "web": _f(row, "web"),
            "permit": f"{LICENCE.get(category, 'HM')}-{rng.randint(100, 9999)}",
            "checkInStart": checkin,
            "checkInEnd": "23:00",
            "checkOutEnd": rng.choice(("11:00", "12:00")),
            "templates": {
                "template1": f"Bienvenido a {name}. La entrada es a partir de las {checkin}.",
                "template2": "Si llega después de las 23:00, avise a recepción por teléfono.",
            },
            "roomTypes": rooms,
        }
    )
    return _json([prop])


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "hotelbeds_hotel": hotelbeds_hotel,
    "mews_configuration": mews_configuration,
    "channex_property": channex_property,
    "beds24_property": beds24_property,
}


def labelled_spans(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block: each copy of its number labelled whole (from
    its bracket or first digit to its last digit, a person could hold every one: seven digits
    or more), its kind by ``international``; each copy of its address labelled."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans = []
    for at, column, value in block.phones:
        assert personal_phone(value, row["country"]), (row["path"], value)
        kind = "international" if international(value) else "national"
        spans.append([at, at + len(value), "PHONE_NUMBER", f"{kind}:{column}"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in block.emails]
    fields = record_fields(where, text, sorted(spans), [], (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its number and address
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_spans((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
