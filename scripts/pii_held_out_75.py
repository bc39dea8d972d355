"""held_out_75 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Venezuela) exactly as published, in layouts no earlier part has, beside the
row's own locator ids, coordinates and opening hours.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, NG and others; here:

* the values are the phone fields of the offices and allied agents of the Venezuelan courier
  ZOOM in its office locator (``scripts/data/pii_ve_zoom_offices.json``, written by
  ``scripts/ve_zoom_offices_data.py``; source and licence in that file): numbers as each entry
  gave them, eleven digits with the trunk ``0`` and no separator (``02742216920``, mobiles
  ``04127939071``), often two joined by `` - ``, each number of each copy labelled; the locator
  gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: its locator id and ``sku``, its
  coordinates (``8.546923``), opening hours, days and categories (``62,63,64,65``), with
  invented event ids, timestamps, zone ids, revisions and tracking-number lengths, unlabelled
  and scored;
* in layouts no earlier part has, labels in Spanish: a Laravel database seeder (PHP) whose
  doc comment gives the ``Teléfono`` and whose ``updateOrInsert`` row has ``'telefono' =>``, a
  CloudEvents 1.0 event in JSON announcing the office's update with ``"telefono"`` in its
  ``data``, an Apple XML property list of the office for a mobile app (``Telefono`` and a
  ``MensajeLlamada`` string repeating it), and a VoiceXML 2.1 menu of the office's phone line
  that keeps the number in a ``<var>`` and reads it in a ``<say-as>``.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_75.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import plistlib
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ve_zoom_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_75.jsonl.gz"
SPLIT = "held_out_75"

LAYOUTS = ("laravel_seeder", "cloudevents_json", "apple_plist", "voicexml")
PHONE = "phone"
DAYS = {"mon": "lunes", "tue": "martes", "wed": "miércoles", "thu": "jueves", "fri": "viernes",
        "sat": "sábado", "sun": "domingo"}  # fmt: skip


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is null)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "phone")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def hours(row: dict[str, Any]) -> dict[str, Any]:
    """The row's opening hours: its ``open_hours`` JSON object as published ({} if none)."""
    return json.loads(_f(row, "open_hours") or "{}")


def _hours_line(row: dict[str, Any]) -> str:
    """The opening hours in words: each open day and its periods as published."""
    parts = []
    for day, periods in hours(row).items():
        if isinstance(periods, list) and periods:
            parts.append(f"{DAYS.get(day, day)} {' y '.join(periods)}")
    return "; ".join(parts) or "consulte por teléfono"


def _stamp(rng: random.Random) -> dt.datetime:
    """An invented moment of June 2024, Venezuelan time."""
    return dt.datetime(
        2024, 6, rng.randint(1, 28), rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59),
        tzinfo=dt.timezone(dt.timedelta(hours=-4)),
    )  # fmt: skip


def _class(row: dict[str, Any]) -> str:
    """The seeder's class name: the office's locator id after ``AgenciaZoom``."""
    return f"AgenciaZoom{_f(row, 'id')}Seeder"


def _php(value: str) -> str:
    """A PHP single-quoted string: ``\\`` and ``'`` escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def laravel_seeder(row: dict[str, Any], rng: random.Random) -> str:
    """The office as a Laravel seeder (``database/seeders/AgenciaZoom<id>Seeder.php``): a doc
    comment naming the office, its city and ``Teléfono``, and ``run()`` calling
    ``DB::table('agencias')->updateOrInsert`` keyed by the ``sku``, with the locator id, name,
    address, city, phone, coordinates as floats, opening hours (the published JSON string) and
    days, an invented zone id and timestamp."""
    stamp = _stamp(rng).strftime("%Y-%m-%d %H:%M:%S")
    lat, lng = _f(row, "lat"), _f(row, "lng")
    lines = [
        "<?php",
        "",
        "namespace Database\\Seeders;",
        "",
        "use Illuminate\\Database\\Seeder;",
        "use Illuminate\\Support\\Facades\\DB;",
        "",
        "/**",
        f" * Agencia: {_f(row, 'title')} ({_f(row, 'city')})",
        f" * Teléfono: {phone(row)}",
        " */",
        f"class {_class(row)} extends Seeder",
        "{",
        "    public function run(): void",
        "    {",
        "        DB::table('agencias')->updateOrInsert(",
        f"            ['sku' => {_php(_f(row, 'sku'))}],",
        "            [",
        f"                'localizador_id' => {int(_f(row, 'id'))},",
        f"                'nombre' => {_php(_f(row, 'title'))},",
        f"                'direccion' => {_php(_f(row, 'direccion'))},",
        f"                'ciudad' => {_php(_f(row, 'city'))},",
        f"                'telefono' => {_php(phone(row))},",
        f"                'latitud' => {lat},",
        f"                'longitud' => {lng},",
        f"                'horario' => {_php(_f(row, 'open_hours'))},",
        f"                'dias' => {_php(_f(row, 'days_str'))},",
        f"                'zona_id' => {rng.randint(1, 48)},",
        f"                'updated_at' => '{stamp}',",
        "            ]",
        "        );",
        "    }",
        "}",
        "",
    ]
    return "\n".join(lines)


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[rng.randint(0, 3)]}{h[17:20]}-{h[20:]}"


def cloudevents_json(row: dict[str, Any], rng: random.Random) -> str:
    """The office's update as a CloudEvents 1.0 event in JSON (structured mode): an invented
    ``id``, ``time`` and sequence, the locator as ``source``, the office's id as ``subject``,
    and ``data`` with its id, ``sku``, name, address, city, country, phone, coordinates (the
    published strings), opening hours (the published object), days and categories."""
    event = {
        "specversion": "1.0",
        "id": _uuid(rng),
        "source": "/zoom/localizador/agencias",
        "type": "ve.zoom.agencia.actualizada",
        "subject": f"agencias/{_f(row, 'id')}",
        "time": _stamp(rng).isoformat(),
        "datacontenttype": "application/json",
        "secuencia": str(rng.randint(10000, 99999)),
        "data": {
            "id": _f(row, "id"),
            "sku": _f(row, "sku"),
            "titulo": _f(row, "title"),
            "direccion": _f(row, "direccion"),
            "ciudad": _f(row, "city"),
            "pais": _f(row, "country"),
            "telefono": phone(row),
            "coordenadas": {"lat": _f(row, "lat"), "lng": _f(row, "lng")},
            "horario": hours(row),
            "dias": _f(row, "days_str"),
            "categorias": _f(row, "categories"),
        },
    }
    return json.dumps(event, ensure_ascii=False, indent=2) + "\n"


def apple_plist(row: dict[str, Any], rng: random.Random) -> str:
    """The office as an Apple XML property list bundled with a mobile app (``Agencia.plist``):
    its id, ``sku``, name, address, city, phone, coordinates (the published strings), days and
    hours in words, a ``MensajeLlamada`` string that repeats the phone, an invented revision
    and sync date."""
    plist = {
        "AgenciaID": _f(row, "id"),
        "SKU": _f(row, "sku"),
        "Nombre": _f(row, "title"),
        "Direccion": _f(row, "direccion"),
        "Ciudad": _f(row, "city"),
        "Telefono": phone(row),
        "Latitud": _f(row, "lat"),
        "Longitud": _f(row, "lng"),
        "Dias": _f(row, "days_str"),
        "Horario": _hours_line(row),
        "MensajeLlamada": f"¿Desea llamar a la agencia al {phone(row)}?",
        "Revision": rng.randint(2, 240),
        "UltimaSincronizacion": _stamp(rng).astimezone(dt.UTC).replace(tzinfo=None),
    }
    return plistlib.dumps(plist, sort_keys=False).decode("utf-8")


def voicexml(row: dict[str, Any], rng: random.Random) -> str:
    """The office's phone line as a VoiceXML 2.1 document (``es-VE``): a comment naming the
    office and its ``sku``, ``<meta>`` with its coordinates, a ``<var>`` holding the phone, a
    menu whose options read the hours, the address and ask for an invented length of tracking
    number, and a ``<block>`` reading the phone in a ``<say-as>``."""
    digits = rng.choice((10, 11, 12))
    wait = rng.choice((5, 7, 8, 10))
    lat, lng = _f(row, "lat"), _f(row, "lng")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml" xml:lang="es-VE">',
        f"  <!-- {escape(_f(row, 'title')).replace('--', '- -')}, sku {_f(row, 'sku')} -->",
        f'  <meta name="geo.position" content="{lat};{lng}"/>',
        f'  <var name="agencia" expr={quoteattr(repr(_f(row, "id")))}/>',
        f'  <var name="telefono" expr="\'{phone(row)}\'"/>',
        f'  <property name="timeout" value="{wait}s"/>',
        '  <form id="menu">',
        '    <field name="opcion" type="digits?length=1">',
        f"      <prompt>Bienvenido a {escape(_f(row, 'title'))}, {escape(_f(row, 'city'))}. "
        "Para el horario marque 1, para la dirección marque 2, para rastrear un envío "
        "marque 3.</prompt>",
        "      <filled>",
        "        <if cond=\"opcion == '1'\">",
        f"          <prompt>Atendemos {escape(_hours_line(row))}.</prompt>",
        "        <elseif cond=\"opcion == '2'\"/>",
        f"          <prompt>{escape(_f(row, 'direccion'))}.</prompt>",
        "        <else/>",
        '          <goto next="#rastreo"/>',
        "        </if>",
        '        <goto next="#contacto"/>',
        "      </filled>",
        "    </field>",
        "  </form>",
        '  <form id="rastreo">',
        f'    <field name="guia" type="digits?length={digits}">',
        f"      <prompt>Marque los {digits} dígitos de su número de guía.</prompt>",
        "    </field>",
        "  </form>",
        '  <form id="contacto">',
        "    <block>",
        "      <prompt>Nuestro teléfono es "
        f'<say-as interpret-as="telephone">{phone(row)}</say-as>.</prompt>',
        "      <disconnect/>",
        "    </block>",
        "  </form>",
        "</vxml>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "laravel_seeder": laravel_seeder,
    "cloudevents_json": cloudevents_json,
    "apple_plist": apple_plist,
    "voicexml": voicexml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
