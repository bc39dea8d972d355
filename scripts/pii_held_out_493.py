"""held_out_493 of the PII evaluation set: real phone and e-mail fields of a file no earlier
part used (the cafés of the Junta de Castilla y León's Registro de Turismo; ``held_out_270``
took the same register's restaurants; Spain's earlier parts took school, hospital, library,
court, town-council, elderly-centre, museum, hotel, embassy, university and sports registers)
exactly as published, in layouts no earlier part has, beside the register's own names,
addresses, postcodes and register numbers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Teléfono 1``, ``Teléfono 2``, ``Teléfono 3`` and ``Email`` fields of 400
  cafés of the register (``scripts/data/pii_es_cyl_cafeterias.json``, written by
  ``scripts/es_cyl_cafeterias_data.py``; source and licence in that file): Spanish nine-digit
  numbers as the register gives them, mostly in one run (``979727998``), some with a space,
  slash or dots after the area code (``947 484943``, ``923/22.93.45``), two with a digit too
  many, each phone field written once per copy and labelled whole wherever it stands (a field
  that repeats the one before it, as one row's ``Teléfono 2`` does, is written once); the
  cafés' role addresses on their own domains (``info@elcafedelacastellana.com``), each
  labelled;
* the text around them is the same row's real fields: the name, street, postcode (``05000``),
  locality, municipality, province, category (``2ª - 1 Taza``), register number
  (``34/000018``), seats and coordinates where given, with invented GLNs and EAN-13 codes
  (check digits right), order numbers, tax ids (``B`` and eight digits), UUIDs, prices, dates
  and hours, and invented coordinates near the province's capital where the register gives
  none, unlabelled and scored;
* in layouts no earlier part has, formats of a café's suppliers, delivery, web shop and
  messaging services, text in Spanish: GS1 EANCOM 2002 ORDERS messages (UN/EDIFACT D.01B,
  ``EAN010``: the café as buyer, ``NAD+BY`` with its name and address, ``CTA+PD`` and a
  ``COM`` segment for each of its numbers (``:TE``) and its mailbox (``:EM``), an ``FTX+DEL``
  note repeating the first number, an invented supplier by GLN alone, order lines of coffee,
  milk and pastries), Uber Direct delivery-quote requests (``POST
  /v1/customers/{customer_id}/delivery_quotes``: the café's structured address as the
  ``pickup_address`` string, its first number as ``pickup_phone_number`` kept as published
  though the API shows numbers with a country code, an invented drop-off address in the same
  town with no phone, the windows, ``manifest_total_value`` and the register number as
  ``external_store_id``), OpenCart store settings as a MySQL dump of ``oc_setting`` (``INSERT``
  rows of ``config_name``, ``config_owner``, ``config_address``, ``config_geocode``,
  ``config_email``, ``config_telephone``, ``config_open`` and ``config_comment``, which names
  the other numbers) and Podium location objects as ``Get a Location`` answers them (``data``
  with ``name``, ``displayName``, ``address``, ``addressDetails``, the first number as
  ``phoneNumber``, no ``podiumPhoneNumber``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every kept field is one
number a person could hold, labelled whole). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_493.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_cyl_cafeterias.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_493.jsonl.gz"
SPLIT = "held_out_493"

LAYOUTS = ("eancom_orders", "uber_direct_quote", "opencart_settings", "podium_location")
PHONES = ("Teléfono 1", "Teléfono 2", "Teléfono 3")
EMAIL = "Email"
EDGES = {**dict.fromkeys(PHONES, r"\d"), "email": r"[\w.@-]"}
COLUMNS = {c: c for c in PHONES}
CET = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the provinces' capitals (latitude, longitude), for invented coordinates where a row has none
CAPITALS = {
    "Ávila": (40.6565, -4.6818), "Burgos": (42.3439, -3.6969), "León": (42.5987, -5.5671),
    "Palencia": (42.0095, -4.5288), "Salamanca": (40.9701, -5.6635),
    "Segovia": (40.9429, -4.1088), "Soria": (41.7640, -2.4688),
    "Valladolid": (41.6523, -4.7245), "Zamora": (41.5035, -5.7446),
}  # fmt: skip
# invented articles of a café's order (description, unit price range in euros, quantity range)
ARTICLES = (
    ("CAFE EN GRANO MEZCLA 70/30 1 KG", (11, 16), (6, 20)),
    ("CAFE DESCAFEINADO MOLIDO 500 G", (6, 9), (2, 8)),
    ("LECHE ENTERA UHT BRICK 1 L", (1, 2), (24, 96)),
    ("BEBIDA DE AVENA BARISTA 1 L", (2, 3), (6, 24)),
    ("CROISSANT MANTEQUILLA CONGELADO 60 G CAJA 50", (18, 26), (1, 4)),
    ("AZUCAR SOBRES 8 G CAJA 1000", (9, 13), (1, 3)),
    ("INFUSION MANZANILLA CAJA 100", (5, 8), (1, 4)),
    ("CHOCOLATE A LA TAZA 1 KG", (7, 11), (1, 6)),
)
# invented streets for the drop-off of a delivery (a street of any Castilian town)
STREETS = (
    "Calle Mayor",
    "Plaza Mayor",
    "Calle Real",
    "Avenida de la Constitución",
    "Calle San Juan",
    "Paseo del Espolón",
    "Calle Santiago",
    "Avenida de Madrid",
)
HOURS = (
    "Lunes a domingo de 8:00 a 22:00",
    "Lunes a sábado de 7:30 a 21:30; domingos de 9:00 a 14:00",
    "De martes a domingo de 8:00 a 23:00; lunes cerrado",
    "Todos los días de 7:00 a 15:00",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def _number(value: str) -> bool:
    """A number of seven digits or more that is not all zeros."""
    digits = [c for c in value if c.isdigit()]
    return len(digits) >= 7 and set(digits) != {"0"}


def phones(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of each phone field that holds a number, ``Teléfono 1`` first; a field
    that repeats an earlier one is left out (written once)."""
    out: list[tuple[str, str]] = []
    for column in PHONES:
        value = _f(row, column)
        if _number(value) and value not in (v for _, v in out):
            out.append((column, value))
    return out


def email(row: dict[str, Any]) -> str:
    """The row's kept role address ("" where none was kept)."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's phone fields and ("email", its mailbox)."""
    return [*phones(row), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and mailbox labelled (each
    copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working morning of 2024 (Spain, CET)."""
    day = dt.datetime(2024, 1, 8, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 320))
    return day + dt.timedelta(hours=rng.randint(7, 12), minutes=rng.choice((0, 10, 20, 30, 45)))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def gs1_check(body: str) -> str:
    """``body`` with its GS1 check digit (GLN, EAN-13: weights 3 and 1 from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def gln(rng: random.Random) -> str:
    """An invented thirteen-digit GLN under GS1 Spain's prefix 84, check digit right."""
    return gs1_check("84" + "".join(str(rng.randint(0, 9)) for _ in range(10)))


def nif(rng: random.Random) -> str:
    """An invented company tax id: ``B`` and eight digits."""
    return "B" + "".join(str(rng.randint(0, 9)) for _ in range(8))


def town(row: dict[str, Any]) -> str:
    """The café's municipality (its locality, title-cased, where none is given)."""
    return _f(row, "Municipio") or _f(row, "Localidad").title()


def coordinates(row: dict[str, Any], rng: random.Random) -> tuple[float, float]:
    """The row's latitude and longitude as the register gives them (a decimal comma read as a
    point), or invented ones near its province's capital."""
    lat, lon = _f(row, "GPS.Latitud"), _f(row, "GPS.Longitud")
    if lat and lon:
        return float(lat.replace(",", ".")), float(lon.replace(",", "."))
    clat, clon = CAPITALS.get(_f(row, "Provincia"), CAPITALS["Valladolid"])
    return round(clat + rng.uniform(-0.2, 0.2), 6), round(clon + rng.uniform(-0.2, 0.2), 6)


def street_parts(row: dict[str, Any]) -> tuple[str, str]:
    """The street and house number of the register's ``Dirección`` where it ends in ``, 17`` or
    `` 17`` (``MODESTO LAFUENTE, 17``), else the whole street and ""."""
    street = _f(row, "Dirección")
    m = re.fullmatch(r"(.*?)[, ]+(?:Nº\s*)?(\d+[A-Za-z]?)", street)
    return (m.group(1).strip(), m.group(2)) if m else (street, "")


def _edi(value: str) -> str:
    """``value`` as EDIFACT data: the release character ``?`` before ``+ : ' ?``."""
    return re.sub(r"([+:'?])", r"?\1", value)


def _halves(value: str, width: int = 35) -> list[str]:
    """``value`` in components of at most ``width`` characters (EDIFACT ``an..35``), at most
    two, cut at a blank where one falls in the first."""
    if len(value) <= width:
        return [value]
    cut = value.rfind(" ", 0, width + 1)
    cut = cut if cut > 0 else width
    return [value[:cut].rstrip(), value[cut:].strip()[:width]]


def eancom_orders(row: dict[str, Any], rng: random.Random) -> str:
    """A GS1 EANCOM 2002 ORDERS message (UN/EDIFACT D.01B, association code ``EAN010``) in its
    interchange: ``UNA`` and ``UNB`` (syntax ``UNOC:3``, the café's and an invented supplier's
    GLNs), ``BGM+220`` with an invented order number, the order and delivery dates, an
    ``FTX+DEL`` note repeating the first number, ``NAD+BY`` (the café's GLN, name, street,
    municipality, postcode and ``ES``), its register number as ``RFF+ADE`` (account number),
    an invented tax id as ``RFF+VA``, ``CTA+PD`` with a ``COM`` segment for each number
    (``:TE``) and the mailbox (``:EM``), ``NAD+SU`` (the supplier's GLN alone), ``CUX``, order
    lines (``LIN`` with an invented EAN-13, ``IMD``, ``QTY+21``, ``PRI+AAA``), ``UNS``,
    ``CNT+2``, ``UNT`` with its segment count and ``UNZ``; one segment a line."""
    when = _when(rng)
    delivery = when + dt.timedelta(days=rng.randint(1, 4))
    buyer, supplier = gln(rng), gln(rng)
    ref = rng.randint(10000, 99999)
    order = f"PED{when:%y}{rng.randint(100000, 999999)}"
    numbers = phones(row)
    street = _f(row, "Dirección")
    name = [_edi(part) for part in _halves(_f(row, "Nombre"))]
    note = f"ENTREGAR DE 8 A 11 H POR LA PUERTA PRINCIPAL. AVISAR AL {numbers[0][1]}"
    segs = [
        "UNH+1+ORDERS:D:01B:UN:EAN010",
        f"BGM+220+{order}+9",
        f"DTM+137:{when:%Y%m%d}:102",
        f"DTM+2:{delivery:%Y%m%d}:102",
        f"FTX+DEL+++{_edi(note)}",
        f"NAD+BY+{buyer}::9++{':'.join(name)}+{_edi(street[:35])}+{_edi(town(row)[:35])}"
        f"++{_f(row, 'C.Postal')}+ES",
        f"RFF+ADE:{_edi(_f(row, 'N.Registro'))}",
        f"RFF+VA:ES{nif(rng)}",
        "CTA+PD+:ENCARGADO DE COMPRAS",
        *(f"COM+{value}:TE" for _, value in numbers),
    ]
    if email(row):
        segs.append(f"COM+{email(row)}:EM")
    segs += [f"NAD+SU+{supplier}::9", "CUX+2:EUR:9"]
    lines = rng.sample(ARTICLES, rng.randint(2, 4))
    for i, (article, prices, qty) in enumerate(lines, 1):
        ean = gs1_check("84" + "".join(str(rng.randint(0, 9)) for _ in range(10)))
        price = rng.uniform(*prices)
        segs += [
            f"LIN+{i}++{ean}:SRV",
            f"IMD+F++:::{article}",
            f"QTY+21:{rng.randint(*qty)}",
            f"PRI+AAA:{price:.2f}".replace(".", ","),
        ]
    segs += ["UNS+S", f"CNT+2:{len(lines)}", f"UNT+{len(segs) + 3}+1"]
    head = [
        "UNA:+,? '",
        f"UNB+UNOC:3+{buyer}:14+{supplier}:14+{when:%y%m%d}:{when:%H%M}+{ref}++ORDERS",
    ]
    return "\n".join(f"{s}'" if s != "UNA:+,? '" else s for s in [*head, *segs, f"UNZ+1+{ref}"])


def uber_direct_quote(row: dict[str, Any], rng: random.Random) -> str:
    """An Uber Direct delivery-quote request (``POST /v1/customers/{customer_id}/
    delivery_quotes``, HTTP with its JSON body): the café's structured address
    (``street_address``, ``city``, ``state`` the province, ``zip_code``, ``country`` ES) as the
    ``pickup_address`` string, an invented drop-off address in the same municipality, the
    pickup coordinates (the register's, or invented near the capital) and invented drop-off
    ones, the first number as ``pickup_phone_number``, no ``dropoff_phone_number``, the
    pickup and drop-off windows (RFC 3339), ``manifest_total_value`` in cents and the register
    number as ``external_store_id``."""
    when = _when(rng)
    lat, lon = coordinates(row, rng)
    street = _f(row, "Dirección")
    pickup = {
        "street_address": [street],
        "city": town(row),
        "state": _f(row, "Provincia"),
        "zip_code": _f(row, "C.Postal"),
        "country": "ES",
    }
    dropoff = {
        "street_address": [f"{rng.choice(STREETS)}, {rng.randint(1, 60)}"],
        "city": town(row),
        "state": _f(row, "Provincia"),
        "zip_code": _f(row, "C.Postal"),
        "country": "ES",
    }
    ready = when + dt.timedelta(minutes=20)
    body = {
        "pickup_address": json.dumps(pickup, ensure_ascii=False),
        "dropoff_address": json.dumps(dropoff, ensure_ascii=False),
        "pickup_latitude": lat,
        "pickup_longitude": lon,
        "dropoff_latitude": round(lat + rng.uniform(-0.01, 0.01), 6),
        "dropoff_longitude": round(lon + rng.uniform(-0.01, 0.01), 6),
        "pickup_phone_number": phones(row)[0][1],
        "pickup_ready_dt": ready.isoformat(),
        "pickup_deadline_dt": (ready + dt.timedelta(minutes=30)).isoformat(),
        "dropoff_ready_dt": ready.isoformat(),
        "dropoff_deadline_dt": (ready + dt.timedelta(minutes=75)).isoformat(),
        "manifest_total_value": rng.randint(8, 60) * 100 + rng.choice((0, 50, 90)),
        "external_store_id": _f(row, "N.Registro"),
    }
    customer = _uuid(rng)
    token = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(40))  # fmt: skip
    return (
        f"POST /v1/customers/{customer}/delivery_quotes HTTP/1.1\n"
        "Host: api.uber.com\n"
        f"Authorization: Bearer IA.{token}\n"
        "Content-Type: application/json\n"
        "Accept-Language: es-ES\n\n" + json.dumps(body, ensure_ascii=False, indent=2) + "\n"
    )


def _sql(value: str) -> str:
    """``value`` as a MySQL string literal (``\\`` and ``'`` escaped, a line break as
    ``\\r\\n``)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\r\\n") + "'"


def opencart_settings(row: dict[str, Any], rng: random.Random) -> str:
    """OpenCart store settings as a MySQL dump of ``oc_setting`` (``mysqldump`` comments, one
    ``INSERT`` of (``setting_id``, ``store_id``, ``code``, ``key``, ``value``,
    ``serialized``) rows of code ``config``): the café as the shop's ``config_name`` and
    ``config_meta_title``, ``config_owner`` its name, ``config_address`` its street and
    postcode with the municipality and province, ``config_geocode`` the coordinates,
    ``config_email`` the mailbox (empty where none was kept), ``config_telephone`` the first
    number, ``config_open`` invented hours and ``config_comment`` the category, the register
    number and the other numbers, Spain's ``config_country_id`` 195 and the Spanish language."""
    when = _when(rng)
    lat, lon = coordinates(row, rng)
    numbers = phones(row)
    name = _f(row, "Nombre")
    comment = (
        f"Cafetería de categoría {_f(row, 'Categoría')}, inscrita en el Registro de "
        f"Turismo de Castilla y León con el n.º {_f(row, 'N.Registro')}."
    )
    if len(numbers) > 1:
        comment += " Pedidos y reservas también en el " + " y en el ".join(
            v for _, v in numbers[1:]
        )
        comment += "."
    address = f"{_f(row, 'Dirección')}\n{_f(row, 'C.Postal')} {town(row)} ({_f(row, 'Provincia')})"
    settings = [
        ("config_meta_title", name),
        ("config_meta_description", f"Cafetería en {town(row)}: desayunos, meriendas y café "
                                    "para llevar"),
        ("config_name", name),
        ("config_owner", name),
        ("config_address", address),
        ("config_geocode", f"{lat},{lon}"),
        ("config_email", email(row)),
        ("config_telephone", numbers[0][1]),
        ("config_image", ""),
        ("config_open", rng.choice(HOURS)),
        ("config_comment", comment),
        ("config_country_id", "195"),
        ("config_language", "es-es"),
        ("config_currency", "EUR"),
    ]  # fmt: skip
    first = rng.randint(200, 9000)
    values = ",\n".join(
        f"({first + i}, 0, 'config', '{key}', {_sql(value)}, 0)"
        for i, (key, value) in enumerate(settings)
    )
    return (
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n"
        f"-- Host: localhost    Database: tienda_{rng.randint(100, 999)}\n"
        "-- ------------------------------------------------------\n"
        f"-- Dump completed on {when:%Y-%m-%d %H:%M:%S}\n\n"
        "LOCK TABLES `oc_setting` WRITE;\n"
        "/*!40000 ALTER TABLE `oc_setting` DISABLE KEYS */;\n"
        "INSERT INTO `oc_setting` (`setting_id`, `store_id`, `code`, `key`, `value`, "
        f"`serialized`) VALUES\n{values};\n"
        "/*!40000 ALTER TABLE `oc_setting` ENABLE KEYS */;\n"
        "UNLOCK TABLES;\n"
    )


def podium_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Podium location object as ``Get a Location`` answers it (``data``): ``uid`` and
    ``organizationUid`` invented, ``name`` and ``displayName`` the café's, ``address`` in one
    line, ``addressDetails`` (``road`` and ``houseNumber`` of the register's street,
    ``postalCode``, ``city``, ``state`` the province, ``country`` ES), ``archived`` false, the
    first number as ``phoneNumber``, no ``podiumPhoneNumber``, invented creation and update
    times."""
    when = _when(rng)
    road, house = street_parts(row)
    line = f"{_f(row, 'Dirección')}, {_f(row, 'C.Postal')} {town(row)}, {_f(row, 'Provincia')}"
    created = when - dt.timedelta(days=rng.randint(30, 900))
    location = {
        "uid": _uuid(rng),
        "name": _f(row, "Nombre"),
        "displayName": _f(row, "Nombre").title(),
        "address": f"{line}, España",
        "addressDetails": {
            "unit": None,
            "houseNumber": house or None,
            "road": road,
            "city": town(row),
            "postalCode": _f(row, "C.Postal"),
            "state": _f(row, "Provincia"),
            "stateLongName": _f(row, "Provincia"),
            "country": "ES",
            "countryLongName": "España",
        },
        "archived": False,
        "archivedAt": None,
        "organizationUid": _uuid(rng),
        "phoneNumber": phones(row)[0][1],
        "podiumPhoneNumber": None,
        "createdAt": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updatedAt": when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
    }
    return json.dumps({"data": location}, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "eancom_orders": eancom_orders,
    "uber_direct_quote": uber_direct_quote,
    "opencart_settings": opencart_settings,
    "podium_location": podium_location,
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
