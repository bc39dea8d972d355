"""held_out_81 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Côte d'Ivoire) exactly as the directory's file gives them, in layouts no
earlier part has, beside the row's own area, address and on-call week.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the phone fields of the on-call pharmacies (pharmacies de garde) of one week
  in annuaireci.com's list as the ETL-pharmacie-garde-ci pipeline committed it
  (``scripts/data/pii_ci_pharmacies.json``, written by ``scripts/ci_pharmacies_data.py``;
  source and licence in that file): each pharmacy's numbers as a list of the ten digits of
  Ivorian national numbering without separators (``2735913503``, mobiles ``0747983921``,
  ``0544292969``, ``0101608418``), one to four a pharmacy, two of eight digits (``23228502``,
  ``07781378``); each number labelled at each copy; the list gives no e-mail addresses;
* the text around them is the same row's real fields: its area (``ABOBO``, ``YOPOUGON Secteur
  5``), address and the week the list covers (``2026-02-21`` to ``2026-02-27``), with invented
  device names, GPIO pins, node ids, coordinates on a canvas, revision ids, timestamps and
  ports, unlabelled and scored;
* in layouts no earlier part has, labels in French (the country's official language): an
  ESPHome YAML configuration of the pharmacy's green-cross sign showing the on-call numbers, a
  Node-RED flow (``flows.json``) whose function node and SMS template carry them, a MediaWiki
  page of the pharmacy (wikitext with an ``{{Infobox pharmacie}}`` and a table of numbers), and
  a protocol buffers text-format message (``.txtpb``) of the on-call record.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_81.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_ci_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_81.jsonl.gz"
SPLIT = "held_out_81"

LAYOUTS = ("esphome_yaml", "node_red_flow", "mediawiki_page", "textproto")
PHONE = "phone"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[str]:
    """The row's phone numbers as the list gives them, stripped, in its order."""
    return [number.strip() for number in row["fields"]["phones_raw"] if number.strip()]


def week() -> tuple[str, str]:
    """The first and last day of the on-call week the list covers."""
    return data()["week"]["week_start"], data()["week"]["week_end"]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The pharmacy's name as lower-case ASCII words joined by ``-`` (``Pharmacie`` left out)."""
    plain = unicodedata.normalize("NFKD", _f(row, "name_raw")).encode("ascii", "ignore").decode()
    words = [w for w in re.findall(r"[a-z0-9]+", plain.lower()) if w != "pharmacie"]
    return "-".join(words[:4]) or "officine"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of each of the row's numbers labelled. Each copy stands
    apart (no digit next to it), so a copy is never part of another value."""
    values = [("phone", value) for value in phones(row)]
    return field_copies(text, values, {"phone": r"\d"}, {"phone": PHONE}, row["path"])


def _q(value: str) -> str:
    """A double-quoted string (JSON's escapes, which YAML and JavaScript read alike)."""
    return json.dumps(value, ensure_ascii=False)


def esphome_yaml(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's green-cross sign as an ESPHome device configuration: a comment naming the
    pharmacy, its numbers and the on-call week, ``substitutions`` giving the pharmacy, area,
    address, each number and the week, the board and network sections (secrets by
    ``!secret``), an SNTP clock, an invented LED matrix on invented pins whose lambda scrolls
    the on-call notice, and a switch for the cross."""
    start, end = week()
    device = f"croix-garde-{_slug(row)}"[:31].rstrip("-")
    lines = [
        f"# esphome/{device}.yaml",
        f"# Croix verte de la {_f(row, 'name_raw')} ({_f(row, 'area')})",
        f"# Numéros affichés pendant la garde : {' / '.join(phones(row))}",
        f"# Garde du {start} au {end}",
        "substitutions:",
        f"  device_name: {device}",
        f"  pharmacie: {_q(_f(row, 'name_raw'))}",
        f"  zone: {_q(_f(row, 'area'))}",
        f"  adresse: {_q(_f(row, 'address_raw'))}",
    ]
    lines += [f"  telephone_{i}: {_q(v)}" for i, v in enumerate(phones(row), 1)]
    lines += [
        f'  garde_debut: "{start}"',
        f'  garde_fin: "{end}"',
        "",
        "esphome:",
        "  name: ${device_name}",
        "  friendly_name: ${pharmacie}",
        "  comment: Croix de garde ${zone}",
        "",
        "esp32:",
        "  board: esp32dev",
        "  framework:",
        "    type: arduino",
        "",
        "logger:",
        "  level: INFO",
        "",
        "api:",
        "  encryption:",
        "    key: !secret api_key",
        "",
        "ota:",
        "  - platform: esphome",
        "    password: !secret ota_password",
        "",
        "wifi:",
        "  ssid: !secret wifi_ssid",
        "  password: !secret wifi_password",
        f"  power_save_mode: {rng.choice(('none', 'light'))}",
        "",
        "time:",
        "  - platform: sntp",
        "    id: horloge",
        "    timezone: Africa/Abidjan",
        "",
        "spi:",
        f"  clk_pin: GPIO{rng.choice((14, 18))}",
        f"  mosi_pin: GPIO{rng.choice((13, 23))}",
        "",
        "display:",
        "  - platform: max7219digit",
        f"    cs_pin: GPIO{rng.choice((5, 15, 27))}",
        f"    num_chips: {rng.choice((4, 8, 12))}",
        f"    intensity: {rng.randint(3, 12)}",
        f"    scroll_speed: {rng.choice((150, 250, 300))}ms",
        "    lambda: |-",
        '      it.printf(0, 0, id(police), "GARDE %s", "${zone}");',
    ]
    lines += [
        f'      it.printf(0, {8 * i}, id(police), "TEL {v}");' for i, v in enumerate(phones(row), 1)
    ]
    lines += [
        "",
        "font:",
        '  - file: "gfonts://Roboto Condensed"',
        "    id: police",
        f"    size: {rng.choice((8, 10))}",
        "",
        "switch:",
        "  - platform: gpio",
        f"    pin: GPIO{rng.choice((25, 26, 32, 33))}",
        "    name: Croix verte",
        "    restore_mode: ALWAYS_ON",
        "",
    ]
    return "\n".join(lines)


def _node_id(rng: random.Random) -> str:
    """An invented Node-RED node id (16 hex digits)."""
    return f"{rng.getrandbits(64):016x}"


def node_red_flow(row: dict[str, Any], rng: random.Random) -> str:
    """The on-call notice of the pharmacy as a Node-RED flow (``flows.json``): a tab whose info
    gives the week, an inject node firing at an invented Saturday hour, a function node whose
    JavaScript sets the pharmacy, area, address, numbers and week, a Handlebars template writing
    the SMS with the numbers, an MQTT out node on the area's topic and its invented broker."""
    start, end = week()
    tab, inject, func, tpl, mqtt, broker = (_node_id(rng) for _ in range(6))
    hour = rng.randint(6, 9)
    numbers = ", ".join(_q(v) for v in phones(row))
    code = "\n".join(
        [
            "msg.payload = {",
            f"    pharmacie: {_q(_f(row, 'name_raw'))},",
            f"    zone: {_q(_f(row, 'area'))},",
            f"    adresse: {_q(_f(row, 'address_raw'))},",
            f"    telephones: [{numbers}],",
            f'    debut: "{start}",',
            f'    fin: "{end}"',
            "};",
            "return msg;",
        ]
    )
    sms = (
        "Pharmacie de garde ({{payload.zone}}) du {{payload.debut}} au {{payload.fin}} : "
        "{{payload.pharmacie}}, " + " / ".join(phones(row))
    )
    topic = "ci/garde/" + re.sub(r"[^a-z0-9]+", "-", _f(row, "area").lower()).strip("-")
    x0, y0 = rng.choice((120, 140, 160)), rng.choice((60, 80, 100))
    flow = [
        {"id": tab, "type": "tab", "label": f"Garde {_f(row, 'area')}", "disabled": False,
         "info": f"Pharmacie de garde du {start} au {end}."},
        {"id": inject, "type": "inject", "z": tab, "name": f"Chaque samedi {hour:02d}:00",
         "props": [{"p": "payload"}], "repeat": "", "crontab": f"00 {hour:02d} * * 6",
         "once": False, "onceDelay": 0.1, "topic": "", "payload": "", "payloadType": "date",
         "x": x0, "y": y0, "wires": [[func]]},
        {"id": func, "type": "function", "z": tab, "name": _f(row, "name_raw"), "func": code,
         "outputs": 1, "timeout": 0, "noerr": 0, "initialize": "", "finalize": "", "libs": [],
         "x": x0 + 200, "y": y0, "wires": [[tpl, mqtt]]},
        {"id": tpl, "type": "template", "z": tab, "name": "SMS de garde", "field": "payload",
         "fieldType": "msg", "format": "handlebars", "syntax": "mustache", "template": sms,
         "output": "str", "x": x0 + 420, "y": y0 - 40, "wires": [[]]},
        {"id": mqtt, "type": "mqtt out", "z": tab, "name": "", "topic": topic,
         "qos": str(rng.choice((0, 1, 2))), "retain": "true", "broker": broker,
         "x": x0 + 420, "y": y0 + 40, "wires": []},
        {"id": broker, "type": "mqtt-broker", "name": "Mosquitto",
         "broker": f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
         "port": str(rng.choice((1883, 8883))), "clientid": "", "usetls": False,
         "protocolVersion": "4", "keepalive": "60", "cleansession": True},
    ]  # fmt: skip
    return json.dumps(flow, ensure_ascii=False, indent=4) + "\n"


def mediawiki_page(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's page of a local wiki as MediaWiki wikitext: an ``{{Infobox pharmacie}}``
    with its name, area, address, each number and the week, a lead sentence, a table of its
    numbers, a reference to the list with the day it was read, an invented revision in a
    comment and the categories."""
    start, end = week()
    name = _f(row, "name_raw")
    fields = [("nom", name), ("zone", _f(row, "area")), ("adresse", _f(row, "address_raw"))]
    fields += [(f"téléphone{i if i > 1 else ''}", v) for i, v in enumerate(phones(row), 1)]
    fields += [("garde", f"du {start} au {end}")]
    width = max(len(k) for k, _ in fields)
    lines = [f"<!-- révision {rng.randint(1000000, 9999999)}, modèle v{rng.randint(2, 5)} -->"]
    lines += ["{{Infobox pharmacie"] + [f"| {k:<{width}} = {v}" for k, v in fields] + ["}}"]
    lines += [
        f"La '''{name}''' est une officine de la zone [[{_f(row, 'area')}]], "
        f"{_f(row, 'address_raw')}. Elle est '''de garde''' du {start} au {end}.<ref>"
        f"{{{{Lien web |url={data()['week']['source_url']} |titre=Pharmacies de garde "
        f"|site=annuaireci.com |consulté le={data()['week']['scraped_at']}}}}}</ref>",
        "",
        "== Contacts ==",
        '{| class="wikitable"',
        "! Ligne !! Numéro !! Horaires",
    ]
    for i, v in enumerate(phones(row), 1):
        lines += ["|-", f"| {i} || {v} || {rng.choice(('24 h/24', '19 h – 8 h', 'nuit'))}"]
    lines += [
        "|}",
        "",
        "== Références ==",
        "<references />",
        "",
        "[[Catégorie:Pharmacie de garde]]",
        f"[[Catégorie:{_f(row, 'area')}]]",
        "",
    ]
    return "\n".join(lines)


def _proto(value: str) -> str:
    """A protocol buffers text-format string (backslashes and double quotes escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def textproto(row: dict[str, Any], rng: random.Random) -> str:
    """The on-call record as a protocol buffers text-format file (``.txtpb``): the header
    comments naming the schema and message, an invented record id, the area, the pharmacy's
    name and address, each number as a repeated ``telephone``, the week, the list's address and
    an invented update time in Unix seconds and night flag."""
    start, end = week()
    lines = [
        "# proto-file: annuaire/garde/v1/garde.proto",
        "# proto-message: annuaire.garde.v1.PharmacieDeGarde",
        f"# garde/{start}/{_slug(row)}.txtpb",
        "",
        f"releve_id: {rng.randint(10**11, 10**12 - 1)}",
        f"zone: {_proto(_f(row, 'area'))}",
        f"nom: {_proto(_f(row, 'name_raw'))}",
        f"adresse: {_proto(_f(row, 'address_raw'))}",
    ]
    lines += [f"telephone: {_proto(v)}" for v in phones(row)]
    lines += [
        f'semaine_debut: "{start}"',
        f'semaine_fin: "{end}"',
        f"source_url: {_proto(data()['week']['source_url'])}",
        f"maj_unix: {1772064000 + rng.randint(0, 86399)}",
        f"ouverte_nuit: {rng.choice(('true', 'false'))}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "esphome_yaml": esphome_yaml,
    "node_red_flow": node_red_flow,
    "mediawiki_page": mediawiki_page,
    "textproto": textproto,
}


def international(value: str) -> bool:
    """A number written with the country code (``+225``); the list writes none so."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of each of its numbers
    labelled."""
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
