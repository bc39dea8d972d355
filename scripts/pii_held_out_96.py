"""held_out_96 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Madagascar) exactly as published, in layouts no earlier part has, beside the
row's own name, address, city and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the one to three numbers of the pharmacies of seven Malagasy cities in the
  PharmAnio API's dataset (``scripts/data/pii_mg_pharmacies.json``, written by
  ``scripts/mg_pharmacies_data.py``; source and licence in that file): Malagasy ten-digit
  numbers with the trunk ``0`` in groups of 3, 2, 3 and 2 digits as each entry gives them,
  mobiles (``034 74 687 24``, ``032``, ``033``, ``038``, ``037``) and landlines
  (``020 22 245 12``), each number of each copy labelled under its place in the entry's
  ``phone`` array; the directory gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: the pharmacy's name, its address and
  city and its coordinates (``-18.9081569``), with invented IMEIs, SIM PINs, ports, device
  ids, timestamps, temperatures and thresholds, unlabelled and scored;
* in layouts no earlier part has, from telecom and device configuration, labels in French
  and a few in Malagasy (Madagascar's official languages): an OpenWrt UCI file
  (``/etc/config/garde``) of the pharmacy's 4G router (``list telephone '...'``, the first
  number again as the fridge alarm's ``destinataire``), a Kannel SMS gateway configuration
  (``my-number``, ``default-sender`` and an ``sms-service`` reply text giving every number), a
  SenML (RFC 8428) JSON pack of the pharmacy's fridge sensor as published over MQTT (each
  number as a string value ``"vs"``), and a Gammu SMS daemon ``smsdrc`` whose
  ``[include_numbers]`` section lists the numbers (the first again in its header comment);
  the Kannel and Gammu files give the coordinates in a ``# GPS :`` comment.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_96.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_mg_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_96.jsonl.gz"
SPLIT = "held_out_96"

LAYOUTS = ("openwrt_uci", "kannel_conf", "senml_json", "gammu_smsdrc")
# the items of the entry's ``phone`` array, each labelled under its column
COLUMNS = {"phone[0]": "phone", "phone[1]": "phone_2", "phone[2]": "phone_3"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[str]:
    """The row's numbers as published, stripped, in the array's order (the empty ones left
    out: they are only ever at the end)."""
    return [_f(row, key) for key in COLUMNS if _f(row, key)]


def name(row: dict[str, Any]) -> str:
    return _f(row, "name")


def address(row: dict[str, Any]) -> str:
    return _f(row, "address")


def city(row: dict[str, Any]) -> str:
    return _f(row, "city")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The pharmacy's name as an identifier: lower-case ASCII words joined by ``-``."""
    plain = unicodedata.normalize("NFKD", name(row)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())
    return "-".join(words)[:32].strip("-") or "officine"


def _imei(rng: random.Random) -> str:
    """An invented 15-digit IMEI of the modem, its last digit the Luhn check digit."""
    body = [rng.randint(0, 9) for _ in range(14)]
    body[:2] = [3, 5]
    total = sum(
        d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(body)
    )
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def _pin(rng: random.Random) -> str:
    """An invented four-digit SIM PIN."""
    return f"{rng.randint(0, 9999):04d}"


def _gps(row: dict[str, Any]) -> list[str]:
    """A comment line giving the coordinates, where the entry gives them."""
    return [f"# GPS : {_f(row, 'lat')}, {_f(row, 'lon')}"] if _f(row, "lat") else []


def _where(row: dict[str, Any]) -> str:
    """The address and city as one line (the city alone where the entry gives no address)."""
    return ", ".join(v for v in (address(row), city(row)) if v)


def _uci(value: str) -> str:
    """A UCI value in single quotes (a ``'`` closed, escaped and reopened, as in sh)."""
    return "'" + value.replace("'", "'\\''") + "'"


def openwrt_uci(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's 4G router as an OpenWrt UCI file ``/etc/config/garde``: a ``modem``
    section with an invented device, IMEI and SIM PIN, the ``officine`` section with the
    name, address, city, coordinates (where given) and one ``list telephone`` per number, and
    a ``frigo`` alarm section sending to the first number above an invented threshold."""
    nums = phones(row)
    lines = [
        "# /etc/config/garde",
        f"# Pharmacie {name(row)} ({city(row)}) - routeur 4G de l'officine",
        "",
        "config modem 'lte'",
        f"\toption device '/dev/ttyUSB{rng.choice((2, 3))}'",
        f"\toption imei '{_imei(rng)}'",
        f"\toption pincode '{_pin(rng)}'",
        f"\toption apn '{rng.choice(('internet', 'telma.mg', 'orange.mg'))}'",
        "",
        "config officine 'pharmacie'",
        f"\toption nom {_uci(name(row))}",
    ]
    if address(row):
        lines.append(f"\toption adresse {_uci(address(row))}")
    lines.append(f"\toption ville {_uci(city(row))}")
    if _f(row, "lat"):
        lines += [f"\toption latitude '{_f(row, 'lat')}'", f"\toption longitude '{_f(row, 'lon')}'"]
    lines += [f"\tlist telephone {_uci(v)}" for v in nums]
    lines += [
        "",
        "config alarme 'frigo'",
        "\toption enabled '1'",
        f"\toption seuil_max '{rng.choice((8, 8, 10))}'",
        f"\toption intervalle '{rng.choice((300, 600, 900))}'",
        f"\toption destinataire {_uci(nums[0])}",
        "",
    ]
    return "\n".join(lines)


def _kannel(value: str) -> str:
    """A Kannel string value in double quotes (the fields hold no ``"`` or backslash)."""
    assert '"' not in value and "\\" not in value, value
    return f'"{value}"'


def kannel_conf(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's SMS gateway as a Kannel ``kannel.conf``: ``core`` with invented ports
    and password, an AT modem ``smsc`` whose ``my-number`` is the first number, ``smsbox``,
    a ``sendsms-user`` whose ``default-sender`` repeats it, and an ``sms-service`` for the
    keyword ``garde`` replying with the name, address and every number; a header comment
    gives the coordinates (where given)."""
    nums = phones(row)
    slug = _slug(row)
    admin = rng.choice((13000, 13100, 14000))
    reply = f"Pharmacie {name(row)}, {_where(row)}. Tel: {' / '.join(nums)}"
    lines = [
        f"# kannel.conf - passerelle SMS de la pharmacie {name(row)} ({city(row)})",
        *_gps(row),
        "",
        "group = core",
        f"admin-port = {admin}",
        f"admin-password = {_kannel(f'adm{rng.randint(1000, 9999)}')}",
        f"smsbox-port = {admin + 1}",
        'log-file = "/var/log/kannel/bearerbox.log"',
        "log-level = 1",
        "",
        "group = smsc",
        "smsc = at",
        f"smsc-id = {_kannel(rng.choice(('telma', 'orange', 'airtel')))}",
        "modemtype = auto",
        f"device = /dev/ttyUSB{rng.randint(0, 3)}",
        f"pin = {_pin(rng)}",
        f"my-number = {_kannel(nums[0])}",
        "",
        "group = smsbox",
        "bearerbox-host = 127.0.0.1",
        f"sendsms-port = {admin + 13}",
        "",
        "group = sendsms-user",
        f"username = {_kannel(slug)}",
        f"password = {_kannel(f'sms{rng.randint(100000, 999999)}')}",
        f"default-sender = {_kannel(nums[0])}",
        f"max-messages = {rng.choice((3, 5, 10))}",
        "",
        "group = sms-service",
        "keyword = garde",
        f"text = {_kannel(reply)}",
        "",
    ]
    return "\n".join(lines)


def senml_json(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's fridge sensor message as a SenML (RFC 8428) JSON pack, as published on
    an MQTT topic: a base name of the device (an invented serial), an invented base time,
    temperature and humidity readings, the name, city and address and each number as string
    values, and the coordinates in SenML's ``lat`` and ``lon`` units (where given)."""
    base = {
        "bn": f"urn:dev:mac:{rng.getrandbits(48):012x}:",
        "bt": rng.randint(1_735_689_600, 1_767_225_599),
        "n": "temperature",
        "u": "Cel",
        "v": round(rng.uniform(2.5, 9.5), 1),
    }
    pack = [base, {"n": "humidity", "u": "%RH", "v": rng.randint(35, 80), "t": 0}]
    pack += [{"n": "officine/nom", "vs": name(row)}, {"n": "officine/ville", "vs": city(row)}]
    if address(row):
        pack.append({"n": "officine/adresse", "vs": address(row)})
    pack += [{"n": f"officine/telephone/{i}", "vs": v} for i, v in enumerate(phones(row))]
    if _f(row, "lat"):
        pack += [{"n": "lat", "u": "lat", "v": "LAT"}, {"n": "lon", "u": "lon", "v": "LON"}]
    text = json.dumps(pack, ensure_ascii=False, indent=2)
    # the coordinates as the register wrote their digits, not as a float prints them
    text = text.replace('"v": "LAT"', f'"v": {_f(row, "lat")}')
    return text.replace('"v": "LON"', f'"v": {_f(row, "lon")}') + "\n"


def gammu_smsdrc(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's Gammu SMS daemon configuration ``/etc/gammu-smsdrc``: a header comment
    naming the pharmacy, its first number and its coordinates (where given), ``[gammu]``
    with an invented device, ``[smsd]`` with an invented PIN, phone id and paths, and
    ``[include_numbers]`` listing every number (the daemon answers only these), with a comment
    in Malagasy."""
    nums = phones(row)
    lines = [
        "# /etc/gammu-smsdrc",
        f"# Pharmacie {name(row)} - {_where(row)}",
        f"# Tél. officine : {nums[0]}",
        *_gps(row),
        "",
        "[gammu]",
        f"device = /dev/ttyUSB{rng.randint(0, 3)}",
        "connection = at",
        "",
        "[smsd]",
        "service = files",
        f"pin = {_pin(rng)}",
        f"phoneid = {_slug(row)}",
        "logfile = /var/log/gammu-smsd.log",
        "debuglevel = 0",
        f"commtimeout = {rng.choice((10, 30, 60))}",
        f"checkbattery = {rng.choice((0, 1))}",
        "inboxpath = /var/spool/gammu/inbox/",
        "outboxpath = /var/spool/gammu/outbox/",
        "runonreceive = /usr/local/bin/garde-valiny.sh",
        "",
        "# Ireo laharana ihany no valiana (only these numbers are answered)",
        "[include_numbers]",
    ]
    lines += [f"number{i} = {v}" for i, v in enumerate(nums, 1)]
    lines.append("")
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "openwrt_uci": openwrt_uci,
    "kannel_conf": kannel_conf,
    "senml_json": senml_json,
    "gammu_smsdrc": gammu_smsdrc,
}


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of each number of the entry's ``phone`` array (each by
    ``labelled_record``), no digit next to a copy; the numbers of a row are never equal."""
    values = [(key, _f(row, key)) for key in COLUMNS]
    return field_copies(text, values, dict.fromkeys(COLUMNS, r"\d"), COLUMNS, row["path"])


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its numbers labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith(("+", "00"))
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
