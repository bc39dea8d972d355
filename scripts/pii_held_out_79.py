"""held_out_79 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Cambodia) exactly as published, in layouts no earlier part has, beside the
row's own coordinates and address.

The procedure of ``held_out_46``, on another register and other layouts; here:

* the values are the phone fields of Cambodian bank and microfinance branches in the Soramitsu
  map library's list of places (``scripts/data/pii_kh_bakong_places.json``, written by
  ``scripts/kh_bakong_places_data.py``; source and licence in that file): numbers as each entry
  gave them (``(+855) 96 265 1111``, some with a no-break space after the bracket,
  ``081 811 911``, ``081 421 572 / 016 444 141``, the toll-free ``1800-20-8888 ( Free of
  Charge )``, a cut ``015 697``), each number of each copy labelled; the list gives no e-mail
  addresses or fax numbers;
* the text around them is the same row's real fields: its coordinates (``11.563457``), name
  and address, with invented node ids, ports, priorities, pause lengths and versions,
  unlabelled and scored;
* in layouts no earlier part has: a Node-RED flow export (JSON) of a branch's SMS alert, a
  Traefik dynamic configuration file (TOML) of the branch locator's route, a Rasa chatbot
  ``domain.yml`` whose responses answer in Khmer, and an SSML prompt (Khmer) that reads the
  branch's number out on a phone line.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_79.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kh_bakong_places.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_79.jsonl.gz"
SPLIT = "held_out_79"

LAYOUTS = ("node_red_flow", "traefik_dynamic", "rasa_domain", "ssml_prompt")
PHONE = "phone"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "phone")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """A number written with its country code (``(+855) 96 265 1111``)."""
    return value.lstrip("(").startswith("+")


def _name(row: dict[str, Any]) -> str:
    """The branch's name as listed, its bank's name put back where the list left it out
    (``. Preah Norodom``)."""
    name = _f(row, "name")
    return f"Branch{name}" if name.startswith(".") else name


def _slug(row: dict[str, Any]) -> str:
    """The branch's name as a key: lower-case ASCII words joined by ``-``."""
    words = re.findall(r"[a-z]+", _name(row).lower())
    return "-".join(words[:6]) or "branch"


def _node_id(rng: random.Random) -> str:
    """An invented Node-RED node id: 16 hexadecimal digits."""
    return "".join(rng.choice("0123456789abcdef") for _ in range(16))


def node_red_flow(row: dict[str, Any], rng: random.Random) -> str:
    """A Node-RED flow export (``flows.json``): a tab named after the branch, a comment node
    whose ``info`` gives its address, coordinates and phone, an inject node repeating at an
    invented interval, a function node that sets the SMS gateway's ``to`` to the phone, and an
    HTTP request node to an invented local gateway port."""
    tab, ids = _node_id(rng), [_node_id(rng) for _ in range(4)]
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    func = (
        f'msg.payload = {{\n    to: "{phone(row)}",\n    branch: "{_slug(row)}",\n'
        f"    text: `Cash level low at ${{msg.topic}}`,\n}};\nreturn msg;"
    )
    nodes = [
        {"id": tab, "type": "tab", "label": _name(row), "disabled": False, "info": ""},
        {
            "id": ids[0],
            "type": "comment",
            "z": tab,
            "name": f"{_name(row)} ({lat}, {lon})",
            "info": f"{_f(row, 'address')}\n\nTel: {phone(row)}",
            "x": 180,
            "y": 60,
            "wires": [],
        },
        {
            "id": ids[1],
            "type": "inject",
            "z": tab,
            "name": "cash check",
            "repeat": str(rng.choice((300, 600, 900, 1800))),
            "once": True,
            "topic": _slug(row),
            "x": 150,
            "y": 120,
            "wires": [[ids[2]]],
        },
        {
            "id": ids[2],
            "type": "function",
            "z": tab,
            "name": "sms to branch",
            "func": func,
            "outputs": 1,
            "x": 350,
            "y": 120,
            "wires": [[ids[3]]],
        },
        {
            "id": ids[3],
            "type": "http request",
            "z": tab,
            "name": "sms gateway",
            "method": "POST",
            "url": f"http://127.0.0.1:{rng.randint(1880, 9999)}/sms/send",
            "x": 560,
            "y": 120,
            "wires": [[]],
        },
    ]
    return json.dumps(nodes, ensure_ascii=False, indent=4) + "\n"


def _toml(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def traefik_dynamic(row: dict[str, Any], rng: random.Random) -> str:
    """The branch locator's route as a Traefik dynamic configuration file (file provider,
    TOML): comments naming the branch and its ``Tel:``, a router with an invented priority, a
    headers middleware whose ``customResponseHeaders`` repeat the phone and the coordinates,
    and a service on an invented local port."""
    key = _slug(row)
    lines = [
        f"# /etc/traefik/dynamic/{key}.toml",
        f"# {_name(row)}",
        f"# Tel: {phone(row)}",
        "",
        f"[http.routers.{key}]",
        f'  rule = "Host(`branches.example.com.kh`) && Path(`/{key}`)"',
        f'  service = "{key}"',
        f'  middlewares = ["{key}-headers"]',
        f"  priority = {rng.randint(10, 200)}",
        '  entryPoints = ["websecure"]',
        "",
        f"[http.middlewares.{key}-headers.headers.customResponseHeaders]",
        f"  X-Branch-Name = {_toml(_name(row))}",
        f"  X-Branch-Phone = {_toml(phone(row))}",
        f'  X-Branch-Geo = "{_f(row, "latitude")},{_f(row, "longitude")}"',
        "",
        f"[[http.services.{key}.loadBalancer.servers]]",
        f'  url = "http://127.0.0.1:{rng.randint(3000, 9000)}"',
        "",
    ]
    return "\n".join(lines)


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def rasa_domain(row: dict[str, Any], rng: random.Random) -> str:
    """A Rasa chatbot's ``domain.yml`` for the branch: the version, intents, a slot for the
    branch's name, and responses in Khmer giving its address, its phone (twice: a text and a
    button's ``tel:`` payload) and its coordinates, with an invented session expiry."""
    lines = [
        'version: "3.1"',
        f"# {_name(row)}",
        "intents:",
        "  - greet",
        "  - ask_branch_phone",
        "  - ask_branch_location",
        "slots:",
        "  branch_name:",
        "    type: text",
        f"    initial_value: {_yaml(_name(row))}",
        "    mappings:",
        "      - type: custom",
        "responses:",
        "  utter_greet:",
        '    - text: "ជម្រាបសួរ! តើខ្ញុំអាចជួយអ្វីបាន?"',
        "  utter_branch_phone:",
        f"    - text: {_yaml(f'លេខទូរស័ព្ទសាខា៖ {phone(row)}')}",
        "      buttons:",
        '        - title: "ហៅទូរស័ព្ទ"',
        f"          payload: {_yaml(f'tel:{phone(row)}')}",
        "  utter_branch_location:",
        f"    - text: {_yaml('អាសយដ្ឋាន៖ ' + _f(row, 'address'))}",
        "      custom:",
        f"        latitude: {_f(row, 'latitude')}",
        f"        longitude: {_f(row, 'longitude')}",
        "session_config:",
        f"  session_expiration_time: {rng.choice((30, 60, 90, 120))}",
        "  carry_over_slots_to_new_session: true",
        "",
    ]
    return "\n".join(lines)


def ssml_prompt(row: dict[str, Any], rng: random.Random) -> str:
    """An SSML 1.1 prompt in Khmer that a phone line reads out: the branch's name and
    address, invented pauses, its phone in ``say-as interpret-as="telephone"``, and a
    ``mark`` naming its coordinates."""
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="km-KH">',
        f"  <!-- {escape(_name(row)).replace('--', '- -')} -->",
        f"  <p><s>សូមស្វាគមន៍មកកាន់ {escape(_name(row))}។</s>",
        f"  <s>អាសយដ្ឋាន៖ {escape(_f(row, 'address'))}</s></p>",
        f'  <break time="{rng.choice((300, 500, 700, 1000))}ms"/>',
        "  <p><s>សម្រាប់ព័ត៌មានបន្ថែម សូមទូរស័ព្ទមកលេខ",
        f'  <say-as interpret-as="telephone">{escape(phone(row))}</say-as>។</s></p>',
        f"  <mark name={quoteattr(f'geo:{lat},{lon}')}/>",
        f'  <break strength="{rng.choice(("medium", "strong", "x-strong"))}"/>',
        "</speak>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "node_red_flow": node_red_flow,
    "traefik_dynamic": traefik_dynamic,
    "rasa_domain": rasa_domain,
    "ssml_prompt": ssml_prompt,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
