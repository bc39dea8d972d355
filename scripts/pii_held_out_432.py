"""held_out_432 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Région Île-de-France's open-data register of classified hotels, "Les hôtels
classés en Île-de-France", its Paris rows; France's earlier parts took the ministère des
Solidarités et de la Santé's testing sites, farm shops on OpenStreetMap, DILA's local offices,
the Annuaire de l'éducation's schools, the Ville de Montpellier's associations, the Musées de
France, the France services, the FINESS hospitals, the FranceArchives directory,
Issy-les-Moulineaux's points of interest, the Onisep's establishments, the Crous' restaurants,
Atout France's campsites, ViteMaDose's Maiia places, Audilab's centres, the Hauts-de-France
youth-card partners and the Ville de Paris's home-delivery shops) exactly as published, in
layouts no earlier part has, beside the register's own names, star ratings, addresses,
postcodes, room counts and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telephone`` of 400 Paris hotels (French fixed lines in blank-separated
  pairs, ``01 42 88 89 85``) and their ``courriel`` where the register gives one that names the
  hotel (``reservation@hotelmarignan.fr``, ``h1271-gm@accor.com``)
  (``scripts/data/pii_fr_idf_hotels_classes.json``, written by
  ``scripts/fr_idf_hotels_classes_data.py``; source and licence in that file); every copy
  labelled;
* the text around them is the same row's real fields: the hotel's name, star rating and its
  date, street address, postcode (``75016``), commune (``PARIS``), number of rooms, capacity,
  web site and coordinates, with invented ids, codes, keys, times and amounts, unlabelled and
  scored (the ETG ``hid`` is a run of seven digits, on purpose);
* in layouts no earlier part has, formats of the hotel trade as an invented Paris
  business-travel agency meets them, free text in French: Travelport Universal API
  ``HotelDetailsRsp`` SOAP answers (``hotel_v50_0``: ``HotelProperty`` with its
  ``PropertyAddress``, a ``common_v50_0:PhoneNumber`` of type ``Business``, its coordinates and
  rating, and ``HotelDetailItem``s, one of them the reservations desk: the phone again and the
  mailbox), ETG API v3 hotel static content answers (``POST /api/b2b/v3/hotel/info/`` of
  Emerging Travel Group / RateHawk: ``data`` with ``phone``, ``email``, ``postal_code``,
  ``star_rating``, ``region``, ``facts`` and a ``description_struct`` paragraph giving the phone
  again), Yandex Travel hotel feed entries (the feed's ``Hotel`` model: ``names``, ``urls``,
  ``phones``, ``emails``, ``address`` and ``geo``) and Apollo.io account creation requests (an
  HTTP message, ``POST /api/v1/accounts`` on ``api.apollo.io`` with an invented key: ``name``,
  ``domain``, ``phone`` and ``raw_address``; the format has no e-mail field).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_432.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_idf_hotels_classes.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_432.jsonl.gz"
SPLIT = "held_out_432"

LAYOUTS = ("travelport_hotel_details", "etg_hotel_info", "yandex_hotel_feed", "apollo_account")
PHONE, EMAIL = "telephone", "courriel"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
TRAVELPORT = "http://www.travelport.com/schema"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# ETG's amenity groups an invented content team gives a Paris hotel
AMENITIES = (
    ("General", ("Air conditioning", "Elevator/lift", "24-hour reception", "Non-smoking rooms")),
    ("Internet", ("Free Wi-Fi",)),
    ("Meals", ("Breakfast", "Bar")),
    ("Languages Spoken", ("English", "French")),
)
QUARTERS = {
    "75001": "Louvre", "75002": "Bourse", "75003": "Temple", "75004": "Hôtel-de-Ville",
    "75005": "Panthéon", "75006": "Luxembourg", "75007": "Palais-Bourbon",
    "75008": "Élysée", "75009": "Opéra", "75010": "Entrepôt", "75011": "Popincourt",
    "75012": "Reuilly", "75013": "Gobelins", "75014": "Observatoire", "75015": "Vaugirard",
    "75016": "Passy", "75017": "Batignolles-Monceau", "75018": "Butte-Montmartre",
    "75019": "Buttes-Chaumont", "75020": "Ménilmontant",
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The hotel's telephone as published."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The hotel's address where the extract kept one (one naming the hotel), else ""."""
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


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _attr(value: str) -> str:
    """``value`` as a double-quoted XML attribute's text."""
    return escape(value, {'"': "&quot;"})


def name(row: dict[str, Any]) -> str:
    return _f(row, "nom_commercial")


def street(row: dict[str, Any]) -> str:
    return _f(row, "adresse")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "code_postal")


def town(row: dict[str, Any]) -> str:
    return _f(row, "commune")


def site(row: dict[str, Any]) -> str:
    return _f(row, "site_internet")


def stars(row: dict[str, Any]) -> int:
    """The hotel's star rating, from its ``classement`` (``3 étoiles``)."""
    return int(_f(row, "classement").split()[0])


def latlon(row: dict[str, Any]) -> tuple[float, float]:
    lat, lon = _f(row, "wgs84").split(", ")
    return float(lat), float(lon)


def slug(row: dict[str, Any]) -> str:
    """The hotel's name as a slug (``hotel_de_reims``)."""
    plain = unicodedata.normalize("NFKD", name(row).lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return "_".join(re.findall(r"[a-z0-9]+", plain))[:60] or "hotel"


def domain(row: dict[str, Any]) -> str | None:
    """The web site's host without ``www.`` (``hoteldereims.com``), None where there is none."""
    host = re.sub(r"^https?://", "", site(row)).split("/")[0].lower()
    return host.removeprefix("www.") or None


def rooms(row: dict[str, Any]) -> str:
    return _f(row, "nombre_de_chambres")


def travelport_hotel_details(row: dict[str, Any], rng: random.Random) -> str:
    """A Travelport Universal API ``HotelDetailsRsp`` (``hotel_v50_0``) in its SOAP envelope:
    the ``HotelProperty`` (an invented chain code and property code, ``HotelLocation`` PAR, the
    hotel's name) with its ``PropertyAddress`` (street; postcode, commune and country),
    ``PhoneNumber`` of type ``Business``, coordinates and star rating, and ``HotelDetailItem``s:
    check-in and check-out times, rooms, the classification with its date, and the reservations
    desk (the phone again, and the mailbox where the hotel has one)."""
    lat, lon = latlon(row)
    desk = f"Réservations : {phone(row)}"
    if email(row):
        desk += f" / {email(row)}"
    items = [
        ("CheckInTime", f"{rng.choice((14, 15))}:00"),
        ("CheckOutTime", f"{rng.choice((11, 12))}:00"),
        ("Rooms", rooms(row)),
        ("Classification", f"{_f(row, 'classement')} (classement du "
                           f"{_f(row, 'date_de_classement')})"),
        ("Reservations", desk),
    ]  # fmt: skip
    details = "".join(
        f'        <hotel:HotelDetailItem Name="{n}">\n'
        f"          <hotel:Text>{escape(t)}</hotel:Text>\n"
        f"        </hotel:HotelDetailItem>\n"
        for n, t in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<SOAP:Envelope xmlns:SOAP="http://schemas.xmlsoap.org/soap/envelope/">\n'
        "  <SOAP:Body>\n"
        f'    <hotel:HotelDetailsRsp xmlns:hotel="{TRAVELPORT}/hotel_v50_0" '
        f'xmlns:common_v50_0="{TRAVELPORT}/common_v50_0" '
        f'TraceId="trace-{_hex(rng, 8)}" TransactionId="{_hex(rng, 32).upper()}" '
        f'ResponseTime="{rng.randint(180, 1900)}">\n'
        "      <hotel:RequestedHotelDetails>\n"
        f'        <hotel:HotelProperty HotelChain="{rng.choice(("YX", "WV", "XN"))}" '
        f'HotelCode="{rng.randint(10000, 99999)}" HotelLocation="PAR" '
        f'Name="{_attr(name(row))}" ParticipationLevel="Best Available Rate" '
        'Availability="Available">\n'
        "          <hotel:PropertyAddress>\n"
        f"            <hotel:Address>{escape(street(row))}</hotel:Address>\n"
        f"            <hotel:Address>{postcode(row)} {escape(town(row))} FR</hotel:Address>\n"
        "          </hotel:PropertyAddress>\n"
        f'          <common_v50_0:PhoneNumber Type="Business" Number="{phone(row)}"/>\n'
        f'          <common_v50_0:CoordinateLocation Latitude="{lat}" Longitude="{lon}"/>\n'
        '          <hotel:HotelRating RatingProvider="NTM">\n'
        f"            <hotel:Rating>{stars(row)}</hotel:Rating>\n"
        "          </hotel:HotelRating>\n"
        "        </hotel:HotelProperty>\n"
        f"{details}"
        "      </hotel:RequestedHotelDetails>\n"
        "    </hotel:HotelDetailsRsp>\n"
        "  </SOAP:Body>\n"
        "</SOAP:Envelope>\n"
    )


def etg_hotel_info(row: dict[str, Any], rng: random.Random) -> str:
    """An ETG API v3 hotel static content answer (``POST /api/b2b/v3/hotel/info/`` of Emerging
    Travel Group / RateHawk, ``language`` fr): ``data`` with the hotel's address, amenity groups,
    check-in and check-out times, a ``description_struct`` paragraph naming the quarter, rooms
    and stars and giving the reception's phone, ``email`` (null where the hotel has none), an
    invented ``hid`` and ``id`` (the name as a slug), ``kind`` Hotel, coordinates, ``phone``,
    ``postal_code``, the Paris ``region``, ``star_rating`` and ``facts``; ``status`` ok."""
    lat, lon = latlon(row)
    quarter = QUARTERS.get(postcode(row), "Paris")
    text = (
        f"L'établissement {name(row)}, classé {_f(row, 'classement')}, se trouve dans le "
        f"quartier {quarter} et compte {rooms(row)} chambres. La réception est joignable au "
        f"{phone(row)}."
    )
    doc = {
        "data": {
            "address": f"{street(row)}, {postcode(row)} {town(row)}",
            "amenity_groups": [{"amenities": list(a), "group_name": g} for g, a in AMENITIES],
            "check_in_time": f"{rng.choice((14, 15))}:00:00",
            "check_out_time": f"{rng.choice((11, 12))}:00:00",
            "description_struct": [{"paragraphs": [text], "title": "Emplacement"}],
            "email": email(row) or None,
            "facts": {
                "electricity": {"frequency": [50], "sockets": ["e"], "voltage": [230]},
                "floors_number": rng.randint(3, 8),
                "rooms_number": int(rooms(row)) if rooms(row).isdigit() else None,
                "year_built": None,
                "year_renovated": rng.choice((None, 2008, 2010, 2011, 2012, 2013)),
            },
            "front_desk_time_end": None,
            "front_desk_time_start": None,
            "hid": rng.randint(7_000_000, 8_999_999),
            "hotel_chain": "No chain",
            "id": slug(row),
            "images": [],
            "is_closed": False,
            "kind": "Hotel",
            "latitude": lat,
            "longitude": lon,
            "name": name(row),
            "phone": phone(row),
            "postal_code": postcode(row),
            "region": {
                "country_code": "FR",
                "iata": "PAR",
                "id": 2734,
                "name": "Paris",
                "type": "City",
            },
            "star_rating": stars(row),
        },
        "debug": None,
        "error": None,
        "status": "ok",
    }
    return _json(doc)


def yandex_hotel_feed(row: dict[str, Any], rng: random.Random) -> str:
    """A Yandex Travel hotel feed entry in the feed's ``Hotel`` model: an invented ``id``, the
    hotel's name in ``names``, its web site in ``urls`` (where it has one), its phone in
    ``phones`` and its mailbox in ``emails`` (where it has one), the ``address`` (country,
    region, district, settlement as the register writes the commune, postcode, street) and
    ``geo``."""
    lat, lon = latlon(row)
    url = site(row)
    doc: dict[str, Any] = {"id": f"paris-{rng.randint(100000, 999999)}", "names": [name(row)]}
    if url:
        doc["urls"] = [url if url.startswith("http") else f"http://{url}"]
    doc["phones"] = [phone(row)]
    if email(row):
        doc["emails"] = [email(row)]
    doc["address"] = {
        "country": "France",
        "region": "Île-de-France",
        "district": "Paris",
        "settlement": town(row),
        "postalCode": postcode(row),
        "streetAddress": street(row),
    }
    doc["geo"] = {"latitude": lat, "longitude": lon}
    return _json(doc)


def apollo_account(row: dict[str, Any], rng: random.Random) -> str:
    """An Apollo.io account creation request, as the HTTP message it is: ``POST
    /api/v1/accounts`` on ``api.apollo.io`` with an invented API key, a JSON body with the
    hotel's ``name``, its web site's ``domain`` (null where it has none), ``phone``,
    ``raw_address`` (street, postcode, commune, country) and an invented ``account_stage_id``;
    Apollo's account has no e-mail field."""
    body = json.dumps(
        {
            "name": name(row),
            "domain": domain(row),
            "phone": phone(row),
            "raw_address": f"{street(row)}, {postcode(row)} {town(row)}, France",
            "account_stage_id": _hex(rng, 24),
        },
        ensure_ascii=False,
    )
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    key = "".join(rng.choice(letters) for _ in range(22))
    return (
        "POST /api/v1/accounts HTTP/1.1\r\n"
        "Host: api.apollo.io\r\n"
        "Content-Type: application/json\r\n"
        "Cache-Control: no-cache\r\n"
        f"X-Api-Key: {key}\r\n"
        f"Content-Length: {len(body.encode('utf-8'))}\r\n"
        "\r\n"
        f"{body}"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "travelport_hotel_details": travelport_hotel_details,
    "etg_hotel_info": etg_hotel_info,
    "yandex_hotel_feed": yandex_hotel_feed,
    "apollo_account": apollo_account,
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
