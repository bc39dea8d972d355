"""held_out_55 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Serbia) exactly as published, in layouts no earlier part has,
beside the row's own ministry id, company and tax numbers, postcode and foundation date.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG and LV; here:

* the values are the phone and e-mail fields of Serbian primary schools in the open data of the
  Ministry of Education, Science and Technological Development
  (``scripts/data/pii_rs_schools.json``, written by ``scripts/rs_schools_data.py``; source and
  licence in that file): numbers as each school gave them, most with the area code in brackets
  and no space (``(011)8332022``, ``(0230)422130``), some without it (``8300124``,
  ``542058``), one with a hyphen (``017-877090``), two with an unclosed bracket
  (``(023077054``), each number of each copy labelled, and the office e-mail address where
  the row keeps one;
* the text around them is the same row's real fields: the ministry's id of the school, its
  company number (``7001185``), tax number (``100141791``), postcode (``11427``), foundation
  date, web address and counts of pupils and classes, with invented host addresses, ports,
  versions, time stamps and bell times, unlabelled and scored;
* in layouts no earlier part has, keys in Serbian (Latin script, as code writes them) and
  values in Cyrillic as published: a Home Assistant ``configuration.yaml`` of the school's
  building (a template sensor whose state is the phone field, an automation whose message
  repeats it), a Clojure EDN map of the school (``:kontakt/telefon "..."``), a Lua module
  returning the school's table (``telefon = "..."``) and an Erlang term file read by
  ``file:consult/1`` (``{telefon, <<"..."/utf8>>}.``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_55.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_rs_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_55.jsonl.gz"
SPLIT = "held_out_55"

LAYOUTS = ("home_assistant_yaml", "clojure_edn", "lua_module", "erlang_terms")
PHONE = "phone"
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "Телефон")


def email(row: dict[str, Any]) -> str:
    """The row's office e-mail address as published, stripped ("" where the row keeps none)."""
    return _f(row, "Адреса електронске поште")


def school_id(row: dict[str, Any]) -> str:
    """The ministry's id of the school (``ИД установе``)."""
    return _f(row, "ИД установе")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field (each number in it by
    ``labelled_record``) and of its e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _count(row: dict[str, Any], key: str) -> str:
    """A count of the row as a number literal (``nil`` where the register has none)."""
    value = _f(row, key)
    return value if value.isdigit() else "nil"


def _ip(rng: random.Random) -> str:
    """An invented private address on the school's network."""
    return f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"


def _stamp(rng: random.Random) -> str:
    """An invented time of the import in November 2020 (UTC, milliseconds)."""
    return (
        f"2020-11-{rng.randint(14, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
        f"{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}"
    )


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def _title(row: dict[str, Any]) -> str:
    """The school as its signs name it: ``ОШ „<name>“, <place>``."""
    return f"ОШ „{_f(row, 'Назив установе')}“, {_f(row, 'Насеље')}"


def home_assistant_yaml(row: dict[str, Any], rng: random.Random) -> str:
    """The school building's Home Assistant ``configuration.yaml``: the ``homeassistant`` core
    block (its name, Belgrade's time zone, RS and RSD, an invented internal address and port),
    a template sensor whose state is the phone field and whose attributes are the school's
    e-mail address, company and tax numbers, address, postcode and ministry id, and an
    automation ringing the bell at invented times whose message repeats the phone."""
    sid = school_id(row)
    bell = [
        f"{h:02d}:{m:02d}:00"
        for h, m in sorted({(rng.randint(7, 13), rng.choice((0, 5, 45, 50))) for _ in range(3)})
    ]
    notice = f"Звоно је укључено. За кварове позовите школу: {phone(row)}"
    lines = [
        f"# configuration.yaml — {_title(row)}",
        "homeassistant:",
        f"  name: {_yaml(_title(row))}",
        "  unit_system: metric",
        "  time_zone: Europe/Belgrade",
        "  country: RS",
        "  currency: RSD",
        "  language: sr-Latn",
        f'  internal_url: "http://{_ip(rng)}:{rng.choice((8123, 8124, 8443))}"',
        "",
        "default_config:",
        "",
        "template:",
        "  - sensor:",
        '      - name: "Телефон школе"',
        f"        unique_id: skola_{sid}_telefon",
        "        icon: mdi:phone",
        f"        state: {_yaml(phone(row))}",
        "        attributes:",
        f"          email: {_yaml(email(row))}",
        f"          maticni_broj: {_yaml(_f(row, 'Матични број'))}",
        f"          pib: {_yaml(_f(row, 'ПИБ'))}",
        f"          adresa: {_yaml(_f(row, 'Адреса'))}",
        f"          postanski_broj: {_yaml(_f(row, 'Поштански број'))}",
        f"          id_ustanove: {_yaml(sid)}",
        "",
        "automation:",
        f'  - id: "zvono_{sid}_{rng.randint(1000000000000, 9999999999999)}"',
        '    alias: "Школско звоно"',
        "    trigger:",
        *[f'      - platform: time\n        at: "{t}"' for t in bell],
        "    condition:",
        "      - condition: time",
        "        weekday: [mon, tue, wed, thu, fri]",
        "    action:",
        "      - service: switch.turn_on",
        "        target:",
        f"          entity_id: switch.zvono_{sid}",
        "      - service: persistent_notification.create",
        "        data:",
        f"          message: {_yaml(notice)}",
        "",
    ]
    return "\n".join(lines)


def _str(value: str) -> str:
    """A double-quoted string of EDN, Lua or Erlang: backslash and double quote escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def clojure_edn(row: dict[str, Any], rng: random.Random) -> str:
    """The school as a Clojure EDN map in ``resources/skole/<id>.edn``: a comment naming the
    school and the source, its ministry id, name, company and tax numbers, an address map
    with postcode, a contact map with the phone field, e-mail and web address, the foundation
    date as ``#inst``, its counts of pupils and classes, and an invented import version and
    time."""
    sid = school_id(row)
    contact = [f":kontakt/telefon {_str(phone(row))}"]
    if email(row):
        contact.append(f":kontakt/email {_str(email(row))}")
    contact.append(f":kontakt/sajt {_str(_f(row, 'Сајт'))}")
    lines = [
        f";; resources/skole/{sid}.edn",
        f";; {_title(row)} — извор: opendata.mpn.gov.rs",
        f"{{:skola/id {sid}",
        f" :skola/naziv {_str(_f(row, 'Назив установе'))}",
        f" :skola/maticni-broj {_str(_f(row, 'Матични број'))}",
        f" :skola/pib {_str(_f(row, 'ПИБ'))}",
        f" :skola/adresa {{:adresa/ulica {_str(_f(row, 'Адреса'))}",
        f"                :adresa/postanski-broj {_str(_f(row, 'Поштански број'))}",
        f"                :adresa/naselje {_str(_f(row, 'Насеље'))}",
        f"                :adresa/opstina {_str(_f(row, 'Општина'))}}}",
        " :skola/kontakt {" + "\n                ".join(contact) + "}",
        f' :skola/osnovana #inst "{_f(row, "Датум оснивања")}"',
        f" :skola/ucenika {_count(row, 'Број ученика')}",
        f" :skola/odeljenja {_count(row, 'Број одељења')}",
        f" :uvoz/verzija {rng.randint(2, 9)}",
        f' :uvoz/vreme #inst "{_stamp(rng)}-00:00"}}',
        "",
    ]
    return "\n".join(lines)


def lua_module(row: dict[str, Any], rng: random.Random) -> str:
    """A Lua module of a school-map plugin returning the school's table: its ministry id,
    name, place and municipality, company and tax numbers, address and postcode, phone field,
    e-mail and web address, foundation date and pupil count, an invented zoom level and map
    tile id, and a function that formats the contact line with the phone again."""
    sid = school_id(row)
    lines = [
        f"-- skole/os_{sid}.lua",
        f"-- {_title(row)}",
        "local M = {",
        f"  id = {sid},",
        f"  naziv = {_str(_f(row, 'Назив установе'))},",
        f"  naselje = {_str(_f(row, 'Насеље'))},",
        f"  opstina = {_str(_f(row, 'Општина'))},",
        f"  maticni_broj = {_str(_f(row, 'Матични број'))},",
        f"  pib = {_str(_f(row, 'ПИБ'))},",
        f"  adresa = {_str(_f(row, 'Адреса'))},",
        f"  postanski_broj = {_str(_f(row, 'Поштански број'))},",
        f"  telefon = {_str(phone(row))},",
        f"  email = {_str(email(row)) if email(row) else 'nil'},",
        f"  sajt = {_str(_f(row, 'Сајт'))},",
        f"  osnovana = {_str(_f(row, 'Датум оснивања'))},",
        f"  ucenika = {_count(row, 'Број ученика')},",
        f"  zoom = {rng.randint(12, 17)},",
        f"  plocica = {rng.randint(100000, 999999)},",
        "}",
        "",
        "function M.kontakt()",
        f'  return M.naziv .. ", тел. " .. {_str(phone(row))}',
        "end",
        "",
        "return M",
        "",
    ]
    return "\n".join(lines)


def _bin(value: str) -> str:
    """An Erlang UTF-8 binary literal."""
    return f"<<{_str(value)}/utf8>>"


def erlang_terms(row: dict[str, Any], rng: random.Random) -> str:
    """The school's settings as an Erlang term file read by ``file:consult/1`` in an SMS
    notice service: a coding line and a comment naming the school, then one term a line (its
    ministry id, name, company and tax numbers, address, postcode, phone field, e-mail, web
    address and foundation date as a date tuple), and an invented SMS gateway's host, port and
    timeout."""
    sid = school_id(row)
    year, month, day = (int(x) for x in _f(row, "Датум оснивања").split("-"))
    lines = [
        "%% -*- coding: utf-8 -*-",
        f"%% priv/skole/{sid}.config — {_title(row)}",
        f"{{id_ustanove, {sid}}}.",
        f"{{naziv, {_bin(_f(row, 'Назив установе'))}}}.",
        f"{{maticni_broj, {_bin(_f(row, 'Матични број'))}}}.",
        f"{{pib, {_bin(_f(row, 'ПИБ'))}}}.",
        f"{{adresa, {_bin(_f(row, 'Адреса'))}}}.",
        f"{{postanski_broj, {_bin(_f(row, 'Поштански број'))}}}.",
        f"{{telefon, {_bin(phone(row))}}}.",
        f"{{email, {_bin(email(row)) if email(row) else 'undefined'}}}.",
        f"{{sajt, {_bin(_f(row, 'Сајт'))}}}.",
        f"{{osnovana, {{{year}, {month}, {day}}}}}.",
        f'{{sms_gateway, [{{host, "{_ip(rng)}"}}, {{port, {rng.choice((2775, 2776, 3339))}}}, '
        f"{{timeout, {rng.choice((5000, 10000, 15000))}}}]}}.",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "home_assistant_yaml": home_assistant_yaml,
    "clojure_edn": clojure_edn,
    "lua_module": lua_module,
    "erlang_terms": erlang_terms,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of its
    e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
