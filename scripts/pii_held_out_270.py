"""held_out_270 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the restaurants of the Junta de Castilla y León's Registro de Turismo; Spain's
earlier parts took school, hospital, library, court, town-council and elderly-centre registers)
exactly as published, in layouts no earlier part has, beside the register's own numbers,
postcodes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, ES (Catalan, Madrid and Galician schools,
hospitals, Castilla y León's libraries, courts, town councils, Madrid's elderly centres) and
many others; here:

* the values are the ``Teléfono 1``, ``Teléfono 2``, ``Teléfono 3`` and ``Email`` fields of 440
  restaurants of the register (``scripts/data/pii_es_cyl_restaurants.json``, written by
  ``scripts/es_cyl_restaurants_data.py``; source and licence in that file): Spanish nine-digit
  numbers as the register gives them, mostly in one run (``920255061``), some with a hyphen,
  slash, space or dots after the area code (``983-334344``, ``987/421869``, ``94725.03.57``), a
  few mistyped with a digit too many or too few, each field with a number written once or
  twice and labelled where the document writes it; the restaurants' role addresses on their
  own domains (``info@elhenar.com``), each labelled;
* the text around them is the same row's real fields: the name, street, postcode (``05001``),
  municipality, province, kind and category (``3ª - 2 Tenedores``), the register number
  (``05/000001``), seats and coordinates where given, with invented order, menu and merchant
  ids, UUIDs, tax ids (``B`` and eight digits), prices, dates and hours, and invented
  coordinates near the province's capital where the register gives none, unlabelled and scored;
* in layouts no earlier part has, formats of restaurants and their delivery and payment
  services, text in Spanish: OpenMenu Format 1.6 XML menus (``restaurant_info`` with
  ``phone``, the other numbers in ``full_description``, the address in ``contacts``), Glovo
  Business API order requests (the restaurant as the ``PICKUP`` address, its number as
  ``contactPhone`` kept as published though the API asks for a country code, the others in
  ``instructions``), Square Locations API location objects (``phone_number``,
  ``business_email``, an ``es_nif`` tax id, the other numbers in ``description``) and Google
  Actions Center merchant feeds (``telephone``, the other numbers and the address in the
  ``terms`` text).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_270.py   # rewrites the committed file
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
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_cyl_restaurants.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_270.jsonl.gz"
SPLIT = "held_out_270"

LAYOUTS = ("openmenu_omf", "glovo_order", "square_location", "actions_center_feed")
PHONES = ("Teléfono 1", "Teléfono 2", "Teléfono 3")
EMAIL = "Email"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# a value's place in a layout's text, before the record is labelled: kind, column, value
_MARK = re.compile("\ue000(phone|email)\ue002([^\ue002]*)\ue002([^\ue001]*)\ue001")

# the provinces' capitals (latitude, longitude), for invented coordinates where a row has none
CAPITALS = {
    "Ávila": (40.6565, -4.6818), "Burgos": (42.3439, -3.6969), "León": (42.5987, -5.5671),
    "Palencia": (42.0095, -4.5288), "Salamanca": (40.9701, -5.6635),
    "Segovia": (40.9429, -4.1088), "Soria": (41.7640, -2.4688),
    "Valladolid": (41.6523, -4.7245), "Zamora": (41.5035, -5.7446),
}  # fmt: skip
# invented dishes of a Castilian menu (name, price range in euros)
STARTERS = (
    ("Sopa castellana", (5, 9)), ("Morcilla de Burgos con pimientos", (7, 12)),
    ("Ensalada de la casa", (6, 10)), ("Croquetas caseras de jamón", (7, 11)),
    ("Revuelto de setas de temporada", (9, 15)), ("Judiones de La Granja", (9, 14)),
)  # fmt: skip
MAINS = (
    ("Lechazo asado al horno de leña (1/4)", (22, 32)), ("Cochinillo asado", (20, 28)),
    ("Chuletillas de cordero", (15, 22)), ("Bacalao al ajoarriero", (14, 20)),
    ("Solomillo a la plancha", (18, 26)), ("Trucha a la navarra", (12, 17)),
)  # fmt: skip
DESSERTS = (
    ("Flan de huevo casero", (4, 6)), ("Tarta de queso", (5, 7)),
    ("Arroz con leche", (4, 6)), ("Leche frita", (4, 6)),
)  # fmt: skip
WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
STREETS = (
    "Calle Mayor", "Avenida de Portugal", "Calle Santiago", "Paseo de Zorrilla",
    "Calle San Juan", "Plaza de España", "Calle Real", "Avenida de Madrid",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def _number(value: str) -> bool:
    """A number of six digits or more that is not all zeros."""
    digits = [c for c in value if c.isdigit()]
    return len(digits) >= 6 and set(digits) != {"0"}


def phones(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of each phone field that holds a number, ``Teléfono 1`` first."""
    return [(c, _f(row, c)) for c in PHONES if _number(_f(row, c))]


def email(row: dict[str, Any]) -> str:
    """The row's kept role address ("" where none was kept)."""
    return _f(row, EMAIL)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _phone(column: str, value: str) -> str:
    """A phone field's value where a layout writes it (labelled when the record is built)."""
    return f"\ue000phone\ue002{column}\ue002{value}\ue001"


def _email(value: str) -> str:
    return f"\ue000email\ue002{EMAIL}\ue002{value}\ue001"


def _first(row: dict[str, Any]) -> str:
    """The first phone field's value, marked."""
    column, value = phones(row)[0]
    return _phone(column, value)


def _others(row: dict[str, Any]) -> list[str]:
    """The other phone fields' values, marked."""
    return [_phone(c, v) for c, v in phones(row)[1:]]


def labelled(text: str) -> Record:
    """``text`` with its marked values as a record: each phone value under its column (each
    number in it labelled by ``labelled_record``), each e-mail address labelled."""
    b = Record()
    at = 0
    for m in _MARK.finditer(text):
        b.add(text[at : m.start()])
        kind, column, value = m.groups()
        if kind == "email":
            b.email(value)
        else:
            b.phone(column, value)
        at = m.end()
    b.add(text[at:])
    return b


def _x(value: str) -> str:
    """``value`` as XML text."""
    return escape(value)


def _j(value: Any) -> str:
    """``value`` as indented JSON (the marks kept as they are)."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Madrid, CET)."""
    start = dt.datetime(2024, 1, 8, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 340 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _coordinates(row: dict[str, Any], rng: random.Random) -> tuple[float, float]:
    """The row's latitude and longitude as the register gives them (a decimal comma read as a
    point), or invented ones near its province's capital."""
    lat, lon = _f(row, "GPS.Latitud"), _f(row, "GPS.Longitud")
    if lat and lon:
        return float(lat.replace(",", ".")), float(lon.replace(",", "."))
    clat, clon = CAPITALS.get(_f(row, "Provincia"), CAPITALS["Valladolid"])
    return round(clat + rng.uniform(-0.3, 0.3), 6), round(clon + rng.uniform(-0.3, 0.3), 6)


def _town(row: dict[str, Any]) -> str:
    return _f(row, "Municipio") or _f(row, "Localidad").title()


def _specialities(row: dict[str, Any]) -> list[str]:
    """The register's specialities (``8#Asador#|9#Mesón#|`` -> ``Asador``, ``Mesón``)."""
    return re.findall(r"\d+#([^#|]+)#", _f(row, "Especialidades"))


def _kind(row: dict[str, Any]) -> str:
    """Kind, category and specialities as one phrase (``Restaurante / Bar, 3ª - 2
    Tenedores``)."""
    parts = [_f(row, "Tipo"), _f(row, "Categoría"), *_specialities(row)]
    return ", ".join(p for p in parts if p)


def _web(row: dict[str, Any]) -> str:
    """The row's web page as a URL ("" where none)."""
    web = _f(row, "web")
    if not web or " " in web or "." not in web:
        return ""
    return web if web.startswith("http") else f"http://{web}"


def _price(rng: random.Random, span: tuple[int, int]) -> str:
    return f"{rng.randint(*span)}.{rng.choice(('00', '50', '90'))}"


def _nif(rng: random.Random) -> str:
    """An invented tax id of a company (``B`` and eight digits)."""
    return f"B{rng.randint(0, 99999999):08d}"


def _seats(row: dict[str, Any]) -> str:
    seats = _f(row, "Plazas")
    return seats if seats.isdigit() else ""


def openmenu_omf(row: dict[str, Any], rng: random.Random) -> str:
    """An OpenMenu Format 1.6 document of the restaurant's menu: ``restaurant_info`` (name,
    descriptions, the address, ``phone``, coordinates, web page), ``environment`` (seats,
    cuisine, invented opening days), ``contacts`` with the kept address, and a ``menus``
    element of one invented menu of three groups; the other numbers in ``full_description``
    beside the first again."""
    name = _f(row, "Nombre")
    lat, lon = _coordinates(row, rng)
    full = (
        f"{name} ({_f(row, 'Tipo')}) en {_town(row)}, {_f(row, 'Provincia')}. Inscrito en el "
        f"Registro de Turismo de Castilla y León con el número {_f(row, 'N.Registro')}."
    )
    if _seats(row):
        full += f" {_seats(row)} plazas."
    full += " Reservas en el " + " y en el ".join([_first(row), *_others(row)]) + "."
    opens, closes = rng.choice((12, 13)), rng.choice((23, 0))
    closed = rng.randint(1, 7)
    days = []
    for day in range(1, 8):
        if day == closed:
            continue
        days += [
            "      <operating_day>",
            f"        <day_of_week>{day}</day_of_week>",
            f"        <open_time>{opens:02d}:00</open_time>",
            f"        <close_time>{closes:02d}:00</close_time>",
            "      </operating_day>",
        ]
    groups = []
    for group, dishes in (("Entrantes", STARTERS), ("Segundos", MAINS), ("Postres", DESSERTS)):
        groups += [f'        <menu_group name="{group}" uid="{rng.randint(100000, 999999)}">']
        groups += ["          <menu_items>"]
        for dish, span in rng.sample(dishes, 3):
            groups += [
                f'            <menu_item uid="{rng.randint(1000000, 9999999)}">',
                f"              <menu_item_name>{_x(dish)}</menu_item_name>",
                f"              <menu_item_price>{_price(rng, span)}</menu_item_price>",
                "            </menu_item>",
            ]
        groups += ["          </menu_items>", "        </menu_group>"]
    contact = []
    if email(row):
        contact = [
            "  <contacts>",
            '    <contact type="primary">',
            f"      <email>{_email(email(row))}</email>",
            "    </contact>",
            "  </contacts>",
        ]
    web = [f"    <website_url>{_x(_web(row))}</website_url>"] if _web(row) else []
    seats = [f"    <seating_qty>{_seats(row)}</seating_qty>"] if _seats(row) else []
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<omf uuid="{_uuid(rng)}" accuracy="1" private="0">',
        "  <version>1.6</version>",
        "  <restaurant_info>",
        f"    <restaurant_name>{_x(name)}</restaurant_name>",
        f"    <brief_description>{_x(_kind(row))}</brief_description>",
        f"    <full_description>{_x(full)}</full_description>",
        "    <business_type>independent</business_type>",
        f"    <address_1>{_x(_f(row, 'Dirección'))}</address_1>",
        f"    <city_town>{_x(_town(row))}</city_town>",
        f"    <state_province>{_x(_f(row, 'Provincia'))}</state_province>",
        f"    <postal_code>{_x(_f(row, 'C.Postal'))}</postal_code>",
        "    <country>ES</country>",
        f"    <phone>{_first(row)}</phone>",
        f"    <longitude>{lon}</longitude>",
        f"    <latitude>{lat}</latitude>",
        "    <utc_offset>+01:00</utc_offset>",
        *web,
        "  </restaurant_info>",
        "  <environment>",
        *seats,
        "    <cuisine_type_primary>Spanish</cuisine_type_primary>",
        "    <operating_days>",
        *days,
        "    </operating_days>",
        "  </environment>",
        *contact,
        "  <menus>",
        f'    <menu name="Carta" currency_symbol="€" uid="{rng.randint(100000, 999999)}">',
        "      <menu_description>Carta de temporada (precios con IVA incluido)</menu_description>",
        "      <menu_groups>",
        *groups,
        "      </menu_groups>",
        "    </menu>",
        "  </menus>",
        "</omf>",
        "",
    ]
    return "\n".join(lines)


def glovo_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Glovo Business API order request (``POST /b2b/orders``): an invented schedule time
    and description, the restaurant as the ``PICKUP`` address (its coordinates, street, name,
    ``contactPhone`` and ``contactPerson``; the other numbers in ``instructions``) and an
    invented ``DELIVERY`` address in the same town, with an invented reference."""
    name = _f(row, "Nombre")
    lat, lon = _coordinates(row, rng)
    when = _when(rng)
    dishes = rng.sample([*STARTERS, *MAINS], 2)
    qty = rng.randint(1, 3)
    description = f"Pedido de {name}: {qty} x {dishes[0][0]}, 1 x {dishes[1][0]}"
    instructions = "Recoger en barra y preguntar por el pedido. Si hay incidencias, llamar al local"
    instructions += (
        " (" + " o ".join([_first(row), *_others(row)]) + ")."
        if _others(row)
        else f" ({_first(row)})."
    )
    pickup = {
        "type": "PICKUP",
        "lat": lat,
        "lon": lon,
        "label": f"{_f(row, 'Dirección')}, {_f(row, 'C.Postal')} {_town(row)}",
        "details": name,
        "contactPhone": _first(row),
        "contactPerson": name,
        "instructions": instructions,
    }
    delivery = {
        "type": "DELIVERY",
        "lat": round(lat + rng.uniform(-0.01, 0.01), 6),
        "lon": round(lon + rng.uniform(-0.01, 0.01), 6),
        "label": f"{rng.choice(STREETS)}, {rng.randint(1, 60)}, {_town(row)}",
        "details": f"{rng.randint(1, 5)}º {rng.choice('ABCD')}",
        "instructions": "Dejar en la puerta, por favor.",
    }
    order = {
        "scheduleTime": int((when + dt.timedelta(minutes=45)).timestamp() * 1000),
        "description": description,
        "addresses": [pickup, delivery],
        "reference": {
            "id": f"CYL-{_f(row, 'N.Registro').replace('/', '-')}-{rng.randint(1000, 9999)}"
        },
    }
    return _j(order)


def square_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Square Locations API location object (``RetrieveLocation`` response): invented ids
    and creation time, the name and address, ``phone_number``, ``business_email`` (where the
    row keeps one), web page, invented business hours, a ``description`` with the register
    number, seats and the other numbers, coordinates, ``mcc`` 5812 and an invented ``es_nif``
    tax id."""
    name = _f(row, "Nombre")
    lat, lon = _coordinates(row, rng)
    when = _when(rng)
    alnum = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    description = (
        f"{_kind(row)}. Registro de Turismo de Castilla y León n.º {_f(row, 'N.Registro')}."
    )
    if _seats(row):
        description += f" Aforo: {_seats(row)} plazas."
    if _others(row):
        description += " Otros teléfonos: " + ", ".join(_others(row)) + "."
    periods = [
        {"day_of_week": day, "start_local_time": "13:00:00", "end_local_time": "16:30:00"}
        for day in WEEKDAYS
        if rng.random() < 0.85
    ]
    location: dict[str, Any] = {
        "id": "L" + "".join(rng.choice(alnum) for _ in range(12)),
        "name": name,
        "address": {
            "address_line_1": _f(row, "Dirección"),
            "locality": _town(row),
            "administrative_district_level_1": _f(row, "Provincia"),
            "postal_code": _f(row, "C.Postal"),
            "country": "ES",
        },
        "timezone": "Europe/Madrid",
        "capabilities": ["CREDIT_CARD_PROCESSING"],
        "status": "ACTIVE",
        "created_at": when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "merchant_id": "ML" + "".join(rng.choice(alnum) for _ in range(12)),
        "country": "ES",
        "language_code": "es-ES",
        "currency": "EUR",
        "phone_number": _first(row),
        "business_name": name,
        "type": "PHYSICAL",
    }
    if _web(row):
        location["website_url"] = _web(row)
    location["business_hours"] = {"periods": periods}
    if email(row):
        location["business_email"] = _email(email(row))
    location["description"] = description
    location["coordinates"] = {"latitude": lat, "longitude": lon}
    location["mcc"] = "5812"
    location["tax_ids"] = {"es_nif": _nif(rng)}
    return _j({"location": location})


def actions_center_feed(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Actions Center merchant feed of one merchant (reservations): ``metadata``
    (processing instruction, shard, invented nonce and generation time) and the restaurant as
    ``merchant`` (an invented merchant id, the name, ``telephone``, web page, ``geo`` with the
    coordinates and address, ``category`` ``restaurant``, the VAT rate) with ``terms`` whose
    text names the first number again, the others and the kept address."""
    name = _f(row, "Nombre")
    lat, lon = _coordinates(row, rng)
    when = _when(rng)
    numbers = " o al ".join([_first(row), *_others(row)])
    terms = (
        f"Reservas sujetas a disponibilidad. Para grupos de más de {rng.choice((8, 10, 12))} "
        f"personas o menús de celebración, llame al {numbers}"
        + (f" o escriba a {_email(email(row))}." if email(row) else ".")
    )
    merchant: dict[str, Any] = {
        "merchant_id": f"cyl-{_f(row, 'N.Registro').replace('/', '-')}",
        "name": name,
        "telephone": _first(row),
    }
    if _web(row):
        merchant["url"] = _web(row)
    merchant["geo"] = {
        "latitude": lat,
        "longitude": lon,
        "address": {
            "country": "ES",
            "locality": _town(row),
            "region": _f(row, "Provincia"),
            "postal_code": _f(row, "C.Postal"),
            "street_address": _f(row, "Dirección"),
        },
    }
    merchant["category"] = "restaurant"
    merchant["tax_rate_basis_points"] = 1000
    merchant["terms"] = {"text": terms}
    feed = {
        "metadata": {
            "processing_instruction": "PROCESS_AS_COMPLETE",
            "shard_number": 0,
            "total_shards": 1,
            "nonce": str(rng.randint(10**11, 10**12 - 1)),
            "generation_timestamp": int(when.timestamp()),
        },
        "merchant": [merchant],
    }
    return _j(feed)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "openmenu_omf": openmenu_omf,
    "glovo_order": glovo_order,
    "square_location": square_location,
    "actions_center_feed": actions_center_feed,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each of its phone values and its kept
    e-mail address labelled where the layout writes it."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
