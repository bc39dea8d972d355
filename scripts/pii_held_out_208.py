"""held_out_208 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Regione Piemonte's list of accommodation businesses, elenco delle strutture
ricettive; Italy's earlier parts took ICCU's libraries, Lombardia's care homes, the comuni's
contacts and Pugliapromozione's accommodation list) exactly as published, in layouts no earlier
part has, beside the list's own names, addresses, postcodes and altitudes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of IT (ICCU's libraries, Lombardia's RSA, the comuni, Puglia's
accommodation), ES, PT, FR and many others; here:

* the values are the ``telefono``, ``fax`` and ``indirizzo posta elettronica`` fields of 360
  hotels and tourist residences, holiday homes and hostels, mountain huts and campsites, a
  seeded sample (``scripts/data/pii_it_piemonte_accommodation.json``, written by
  ``scripts/it_piemonte_accommodation_data.py``; source and licence in that file): Italian
  numbers as each business gave them (``0173/638139``, ``0324 619190``, ``+39 0143 648986``,
  many without their trunk ``0``: ``122980799``; mobiles ``339 6989660``; two or three in a
  field after `` - ``, ``/``, ``,`` or ``;``), each number of each copy labelled (a fax equal
  to the phone is the phone's); the business's address where the data keeps it (addresses that
  name neither a desk nor the business were left out of the data), each copy labelled;
* the text around them is the same row's real fields: the business's name, street and door
  number, postcode (``10011``), municipality and province, local tourist board, stars, kind and
  altitude, with invented record ids (hexadecimal, Tripadvisor-style location and geo ids,
  Foursquare ids), review counts, ratings and time stamps, unlabelled and scored;
* in layouts no earlier part has, formats of the tourism field and of Italy's public data, text
  in Italian: NOI Open Data Hub tourism API ``Accommodation`` objects (South Tyrol's tourism
  data hub: ``AccoTypeId``, ``AccoCategoryId``, ``AccoDetail.it`` with ``Phone``, ``Fax``,
  ``Email`` and a ``Shortdesc`` repeating the number), ACCO-AP_IT facilities in Turtle (the
  Italian public administration's accommodation ontology, OntoPiA: ``acco:AccommodationFacility``
  with ``clv:hasAddress`` and ``sm:hasOnlineContactPoint``, ``sm:telephoneNumber`` for the
  phone and for the fax by its channel type, ``sm:emailAddress`` as a ``mailto:`` literal, an
  ``l0:description`` repeating the number), Tripadvisor Content API location details
  (``address_obj``, ``phone``, ``email``, ``category``, ``subcategory``, ``ancestors``) and
  Foursquare Places API place objects (``fsq_id``, ``categories``, ``location``, ``tel``,
  ``fax``, ``email``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_208.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_piemonte_accommodation.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_208.jsonl.gz"
SPLIT = "held_out_208"

LAYOUTS = ("odh_accommodation", "acco_ap_turtle", "tripadvisor_location", "foursquare_place")
PHONE, FAX, EMAIL = "telefono", "fax", "indirizzo posta elettronica"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
ROME = dt.timezone(dt.timedelta(hours=2))

# the list's kinds: (Open Data Hub AccoTypeId, Tripadvisor category and subcategory, its
# Italian name, Foursquare category id and name)
KINDS = {
    "Alberghi e residenze turistico-alberghiere": (
        "HotelPension", "hotel", "hotel", "Hotel", 19014, "Hotel"),
    "Case per Ferie e Ostelli per la Gioventu'": (
        "Youth", "hotel", "hostel", "Ostello", 19016, "Hostel"),
    "Rifugi Alpini, Escurs., non gestiti e Bivacchi": (
        "Mountain", "hotel", "other", "Rifugio", 19009, "Lodging"),
    "Campeggi e Villaggi Turistici": (
        "Camping", "hotel", "campground", "Campeggio", 19008, "Campground"),
}  # fmt: skip

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The business's ``telefono`` as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The business's ``fax`` as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def email(row: dict[str, Any]) -> str:
    """The business's e-mail address, "" where the data keeps none."""
    return _f(row, EMAIL)


def name(row: dict[str, Any]) -> str:
    """The business's name as the list writes it (``RAGGIO DI SOLE``)."""
    return _f(row, "denominazione struttura")


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+39``)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's e-mail address and of its phone and fax
    fields labelled (each copy stands apart: no digit next to a number, no address character
    next to an address; a copy inside one taken before it is that one's, so a fax equal to the
    phone is labelled as the phone)."""
    values = [("email", email(row)), ("phone", phone(row)), ("fax", fax(row))]
    columns = {"phone": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2021 (Italian summer time)."""
    start = dt.datetime(2021, 3, 29, 8, 0, tzinfo=ROME)
    return start + dt.timedelta(seconds=rng.randint(0, 180 * 86400))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _street(row: dict[str, Any]) -> str:
    """The street and door number (``Via Ceres 7``; the street alone where it has none)."""
    return " ".join(v for v in (_f(row, "indirizzo"), _f(row, "numero civico")) if v)


def _kind(row: dict[str, Any]) -> tuple[Any, ...]:
    return KINDS[_f(row, "tipologia")]


def _stars(row: dict[str, Any]) -> str:
    """The stars as the list gives them, "" where it has none (``nessuna``)."""
    value = _f(row, "stelle")
    return "" if value == "nessuna" else value


def _altitude(row: dict[str, Any]) -> int | None:
    value = _f(row, "altitudine struttura")
    return int(value) if value.isdigit() else None


def _blurb(row: dict[str, Any]) -> str:
    """A sentence of the business's kind, place and tourist board, in Italian."""
    kind = _f(row, "qualifica") or _kind(row)[3]
    stars = f" {_stars(row)} stelle" if _stars(row) else ""
    where = f"{_f(row, 'comune')} ({_f(row, 'provincia')})"
    text = f"{kind}{stars} a {where}"
    if _altitude(row):
        text += f", a {_altitude(row)} m di altitudine"
    return f"{text}. Ambito turistico: {_f(row, 'denominazione atl')}."


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def odh_accommodation(row: dict[str, Any], rng: random.Random) -> str:
    """An accommodation as the NOI Open Data Hub tourism API's ``/v1/Accommodation/{id}`` gives
    it: an invented ``Id`` (32 upper-case hexadecimal digits) and ``_Meta``, ``Shortname``, the
    kind as ``AccoTypeId``, the stars as ``AccoCategoryId``, the altitude, ``AccoDetail.it`` with
    the name, street, postcode, municipality, ``Phone``, ``Fax``, ``Email`` and a ``Shortdesc``
    repeating the number, ``LocationInfo`` naming the municipality and region, ``LastChange``."""
    ident = _hex(rng, 32).upper()
    when = _when(rng)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S")
    stars = _stars(row)
    detail = {
        "Language": "it",
        "Name": name(row),
        "Street": _street(row),
        "Zip": _f(row, "cap"),
        "City": _f(row, "comune"),
        "CountryCode": "IT",
        "Phone": phone(row),
        "Fax": fax(row) or None,
        "Email": email(row) or None,
        "Website": None,
        "Shortdesc": f"{_blurb(row)} Informazioni e prenotazioni al numero {phone(row)}.",
    }
    doc = {
        "Id": ident,
        "Active": True,
        "Shortname": name(row),
        "AccoTypeId": _kind(row)[0],
        "AccoCategoryId": f"{stars}stars" if stars.isdigit() else "Not categorized",
        "Altitude": _altitude(row),
        "AltitudeUnitofMeasure": "m",
        "HasLanguage": ["it"],
        "AccoDetail": {"it": detail},
        "LocationInfo": {
            "MunicipalityInfo": {"Id": _hex(rng, 32).upper(), "Name": {"it": _f(row, "comune")}},
            "RegionInfo": {"Id": _hex(rng, 32).upper(), "Name": {"it": "Piemonte"}},
        },
        "LastChange": stamp,
        "_Meta": {"Id": ident.lower(), "Type": "accommodation", "Source": "piemonte",
                  "LastUpdate": stamp},
    }  # fmt: skip
    return _json(doc)


def _ttl(value: str) -> str:
    """``value`` as a Turtle string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def acco_ap_turtle(row: dict[str, Any], rng: random.Random) -> str:
    """An ACCO-AP_IT facility in Turtle (OntoPiA's accommodation ontology with its Core
    Location and Service Modelling vocabularies): an invented facility IRI, ``l0:name``, the
    kind and stars, ``clv:hasAddress`` (full address, postcode, city), an ``l0:description``
    repeating the number, and ``sm:hasOnlineContactPoint`` with the phone and the fax (by the
    channel type of the controlled vocabulary) as ``sm:telephoneNumber`` and the address as an
    ``sm:emailAddress`` ``mailto:`` literal."""
    code = rng.randint(100000, 999999)
    base = "https://dati.regione.piemonte.it/strutture-ricettive"
    contact = [
        "        sm:hasTelephone [",
        "            a sm:Telephone ;",
        f"            sm:telephoneNumber {_ttl(phone(row))}",
        "        ]",
    ]
    if fax(row):
        contact[-1] += " ;"
        contact += [
            "        sm:hasTelephone [",
            "            a sm:Telephone ;",
            f"            sm:telephoneNumber {_ttl(fax(row))} ;",
            "            sm:hasTelephoneType <https://w3id.org/italia/controlled-vocabulary/"
            "classifications-for-public-services/channel/033>",
            "        ]",
        ]
    if email(row):
        contact[-1] += " ;"
        contact += [
            "        sm:hasEmail [",
            "            a sm:Email ;",
            f'            sm:emailAddress "mailto:{email(row)}"',
            "        ]",
        ]
    address = f"{_street(row)}, {_f(row, 'cap')} {_f(row, 'comune')}"
    description = f"{_blurb(row)} Tel. {phone(row)}"
    if fax(row):
        description += f", fax {fax(row)}"
    lines = [
        "@prefix acco: <https://w3id.org/italia/onto/ACCO/> .",
        "@prefix clv: <https://w3id.org/italia/onto/CLV/> .",
        "@prefix l0: <https://w3id.org/italia/onto/l0/> .",
        "@prefix sm: <https://w3id.org/italia/onto/SM/> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "",
        f"<{base}/{code}> a acco:AccommodationFacility ;",
        f"    l0:identifier {_ttl(str(code))} ;",
        f"    l0:name {_ttl(name(row))}@it ;",
        f"    l0:description {_ttl(description + '.')}@it ;",
        "    acco:hasAccommodationTypology [",
        "        a acco:AccommodationTypology ;",
        f"        l0:name {_ttl(_f(row, 'qualifica') or _kind(row)[3])}@it",
        "    ] ;",
    ]
    if _stars(row).isdigit():
        lines += [
            "    acco:hasAccommodationStarRating [",
            "        a acco:AccommodationStarRating ;",
            f'        acco:starRatingValue "{_stars(row)}"^^xsd:integer',
            "    ] ;",
        ]
    lines += [
        "    clv:hasAddress [",
        "        a clv:Address ;",
        f"        clv:fullAddress {_ttl(address)} ;",
        f"        clv:postCode {_ttl(_f(row, 'cap'))} ;",
        "        clv:hasCity [",
        "            a clv:City ;",
        f"            l0:name {_ttl(_f(row, 'comune'))}@it",
        "        ]",
        "    ] ;",
        "    sm:hasOnlineContactPoint [",
        "        a sm:OnlineContactPoint ;",
        *contact,
        "    ] .",
        "",
    ]
    return "\n".join(lines)


def _slug(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", value).strip("_")


def tripadvisor_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Tripadvisor Content API location-details response (``language=it``): an invented
    ``location_id`` and geo id, the name, an Italian ``description``, the review page's
    ``web_url``, ``address_obj``, ``ancestors`` (the municipality, the region), the ``phone``
    field, the ``email`` where the data keeps one, ``category`` and ``subcategory``, invented
    rating and review count."""
    location, geo = rng.randint(1_000_000, 24_999_999), rng.randint(187_000, 1_190_000)
    kind = _kind(row)
    municipality = _f(row, "comune").title()
    street, postcode = _street(row), _f(row, "cap")
    doc: dict[str, Any] = {
        "location_id": str(location),
        "name": name(row),
        "description": _blurb(row),
        "web_url": f"https://www.tripadvisor.it/Hotel_Review-g{geo}-d{location}-Reviews-"
        f"{_slug(name(row))}-{_slug(municipality)}_Province_of_{_slug(_f(row, 'provincia'))}"
        "_Piedmont.html",
        "address_obj": {
            "street1": street,
            "city": municipality,
            "state": "Piemonte",
            "country": "Italia",
            "postalcode": postcode,
            "address_string": f"{street}, {postcode} {municipality} Italia",
        },
        "ancestors": [
            {"level": "Municipality", "name": municipality, "location_id": str(geo)},
            {"level": "Region", "name": "Piemonte", "location_id": "187854"},
            {"level": "Country", "name": "Italia", "location_id": "187768"},
        ],
        "phone": phone(row),
    }
    if email(row):
        doc["email"] = email(row)
    doc |= {
        "rating": f"{rng.choice((3.5, 4.0, 4.5, 5.0)):.1f}",
        "num_reviews": str(rng.randint(3, 640)),
        "category": {"name": kind[1], "localized_name": "Hotel"},
        "subcategory": [{"name": kind[2], "localized_name": kind[3]}],
    }
    return _json(doc)


def foursquare_place(row: dict[str, Any], rng: random.Random) -> str:
    """A Foursquare Places API (v3) place as ``/places/{fsq_id}`` gives it with the ``fields``
    asked for: an invented ``fsq_id`` (24 hexadecimal digits), ``categories``, ``location``
    (address, locality, postcode, region, country, formatted address), the name, ``tel``,
    ``fax`` and ``email`` where the data keeps them, an Italian ``description``, invented
    ``rating`` and ``stats``."""
    kind = _kind(row)
    street, postcode, municipality = _street(row), _f(row, "cap"), _f(row, "comune").title()
    doc: dict[str, Any] = {
        "fsq_id": _hex(rng, 24),
        "categories": [{
            "id": kind[4],
            "name": kind[5],
            "icon": {"prefix": "https://ss3.4sqi.net/img/categories_v2/travel/hotel_",
                     "suffix": ".png"},
        }],
        "location": {
            "address": street,
            "country": "IT",
            "formatted_address": f"{street}, {postcode} {municipality}",
            "locality": municipality,
            "postcode": postcode,
            "region": "Piemonte",
        },
        "name": name(row),
        "description": _blurb(row),
        "tel": phone(row),
    }  # fmt: skip
    if fax(row):
        doc["fax"] = fax(row)
    if email(row):
        doc["email"] = email(row)
    doc |= {
        "rating": round(rng.uniform(6.0, 9.4), 1),
        "stats": {"total_photos": rng.randint(0, 90), "total_ratings": rng.randint(2, 300)},
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "odh_accommodation": odh_accommodation,
    "acco_ap_turtle": acco_ap_turtle,
    "tripadvisor_location": tripadvisor_location,
    "foursquare_place": foursquare_place,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and fax fields and of
    its e-mail address labelled."""
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
