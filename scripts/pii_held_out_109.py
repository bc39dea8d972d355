"""held_out_109 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Comunidad de Madrid's directory of educational centres; Spain's earlier
part took Catalan schools) exactly as published, in layouts no earlier part has, beside the
register's own identifiers.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES (Catalonia), AT, PH, NO, PE, PL, IT, MX and many others; here:

* the values are the phone, fax and e-mail fields of schools, nurseries, institutes and other
  centres of the Comunidad de Madrid as its public search of centres exports them
  (``scripts/data/pii_es_madrid_schools.json``, written by
  ``scripts/es_madrid_schools_data.py``; source and licence in that file): nine-digit numbers
  run together (``916326518``, mobiles ``6xx``, one of eight digits), each copy labelled; the
  fax where the row gives a number (``-`` or words otherwise), its copies labelled under
  ``fax`` (where it repeats the phone number, its copies are the phone's); and each copy of the
  centre's ``@educa.madrid.org`` address labelled (other addresses were left out of the data);
* the text around them is the same row's real fields: the centre's code (``28060646``), its
  postcode (``28660``), address, municipality, district, type and ownership, with invented
  scene ids, positions, tile numbers, times and counters, unlabelled and scored;
* in layouts no earlier part has, game and interactive-fiction engine files, text in Spanish:
  a Godot 4 scene (``.tscn``: the centre as a node's exported properties, ``telefono = "..."``,
  and a ``Label`` sign repeating the number), a Ren'Py script (``.rpy``: a ``define`` dict, a
  caretaker's lines and a ``menu`` whose choices dial the number), an Ink story (``.ink``:
  ``VAR telefono``, a knot whose text and choices give the number) and a Tiled map (``.tmx``:
  the centre as an object of an object layer, its ``property`` elements and a sign's
  multi-line text).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_109.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_madrid_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_109.jsonl.gz"
SPLIT = "held_out_109"

LAYOUTS = ("godot_tscn", "renpy_script", "ink_story", "tiled_tmx")
PHONE, FAX = "phone", "fax"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "TELEFONO")


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it gives a number of six digits or
    more ("" where it is ``-`` or words)."""
    value = _f(row, "FAX")
    return value if sum(c.isdigit() for c in value) >= 6 else ""


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published, stripped ("" where the data has none)."""
    return _f(row, "EMAIL")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field, of its fax field where that
    is another number, and of its e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    if fax(row) != phone(row):
        values.append(("fax", fax(row)))
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"])


def _place(row: dict[str, Any]) -> str:
    """The centre's address line: street, postcode and municipality as the register gives
    them."""
    return f"{_f(row, 'DOMICILIO')}, {_f(row, 'COD. POSTAL')} {_f(row, 'MUNICIPIO')}"


def _slug(row: dict[str, Any]) -> str:
    """The centre's name as an identifier: lower-case ASCII words joined by ``_``."""
    words = re.findall(r"[a-z0-9]+", _f(row, "CENTRO").lower())
    return "_".join(words[:4]) or "centro"


def _str(value: str) -> str:
    """A double-quoted string as Godot, Ren'Py's Python and JSON write it (``\\"``,
    ``\\\\``, ``\\n`` escaped, other characters as they are)."""
    return json.dumps(value, ensure_ascii=False)


def _uid(rng: random.Random) -> str:
    """An invented Godot resource uid (``uid://`` and 13 base-36 characters)."""
    return "uid://" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(13))


def godot_tscn(row: dict[str, Any], rng: random.Random) -> str:
    """The centre as a Godot 4 scene file (``format=3``): the ``gd_scene`` header with an
    invented uid, the script and font resources, a root ``Node2D`` whose exported properties
    give the centre's code, name, address, postcode, phone, fax and e-mail as strings, and a
    ``Label`` child whose ``text`` is the sign at the gate (name, ``Tel.`` and ``Fax``)."""
    sign = [_f(row, "CENTRO"), _place(row), f"Tel. {phone(row)}"]
    if fax(row):
        sign.append(f"Fax {fax(row)}")
    props = [
        ("codigo_centro", _f(row, "CODIGO CENTRO")),
        ("nombre", _f(row, "CENTRO")),
        ("tipo", _f(row, "TIPO DE CENTRO")),
        ("titularidad", _f(row, "TITULARIDAD")),
        ("domicilio", _f(row, "DOMICILIO")),
        ("municipio", _f(row, "MUNICIPIO")),
        ("codigo_postal", _f(row, "COD. POSTAL")),
        ("telefono", phone(row)),
        ("fax", fax(row)),
        ("email", email(row)),
    ]
    script = f"1_{rng.randint(1000, 9999)}"
    font = f"2_{rng.randint(1000, 9999)}"
    lines = [
        f'[gd_scene load_steps=3 format=3 uid="{_uid(rng)}"]',
        "",
        f'[ext_resource type="Script" path="res://scripts/centro_educativo.gd" id="{script}"]',
        f'[ext_resource type="FontFile" path="res://fonts/rotulo.ttf" id="{font}"]',
        "",
        f'[node name="Centro{_f(row, "CODIGO CENTRO")}" type="Node2D"]',
        f"position = Vector2({rng.randint(2, 120) * 16}, {rng.randint(2, 80) * 16})",
        f'script = ExtResource("{script}")',
        *[f"{key} = {_str(value)}" for key, value in props if value],
        f"aforo = {rng.randint(3, 90) * 10}",
        "",
        '[node name="Rotulo" type="Label" parent="."]',
        f"offset_left = {-rng.randint(60, 140)}.0",
        f"offset_top = {-rng.randint(40, 90)}.0",
        f"offset_right = {rng.randint(140, 320)}.0",
        f"text = {_str(chr(10).join(sign))}",
        "horizontal_alignment = 1",
        "",
    ]
    return "\n".join(lines)


def _say(value: str) -> str:
    """A Ren'Py dialogue string: quoted, with ``[`` and ``{`` doubled (interpolation and text
    tags otherwise)."""
    return _str(value.replace("[", "[[").replace("{", "{{"))


def renpy_script(row: dict[str, Any], rng: random.Random) -> str:
    """The call to the centre's office as a Ren'Py script: a comment naming the file, a
    ``define`` of the centre's fields as a dict, a ``default`` counter, a ``label`` with a
    ``scene``, the caretaker's lines (the name, address and number), and a ``menu`` whose
    choices dial the phone, send a fax or write to the address, each with an invented time."""
    ident = _f(row, "CODIGO CENTRO")
    centre = {
        "codigo": ident,
        "nombre": _f(row, "CENTRO"),
        "municipio": _f(row, "MUNICIPIO"),
        "cp": _f(row, "COD. POSTAL"),
        "telefono": phone(row),
    }
    if fax(row):
        centre["fax"] = fax(row)
    body = ", ".join(f"{_str(k)}: {_str(v)}" for k, v in centre.items())
    hour = f"{rng.randint(8, 13):02d}:{rng.choice((0, 10, 20, 30, 40, 50)):02d}"
    name, place, tel = _f(row, "CENTRO"), _place(row), phone(row)
    lines = [
        f"# game/centros/c{ident}.rpy",
        f"define centro_{ident} = {{{body}}}",
        "default llamadas = 0",
        "",
        f"label secretaria_{ident}:",
        "    scene bg conserjeria",
        "    show conserje at right",
        f"    conserje {_say(f'Buenos días, {name}, en {place}.')}",
        f"    conserje {_say(f'Para matrículas llame a secretaría, al {tel}, desde las {hour}.')}",
        "    menu:",
        f"        {_say(f'Llamar al {tel}')}:",
        "            $ llamadas += 1",
        f'            "Comunica. Lo intentas otra vez a las {hour}."',
        "            jump secretaria_espera",
    ]
    if fax(row):
        lines += [
            f"        {_say('Mandar la solicitud por fax al ' + fax(row))}:",
            f'            "El fax devuelve un informe: {rng.randint(1, 9)} páginas enviadas."',
            "            jump secretaria_espera",
        ]
    if email(row):
        lines += [
            f"        {_say('Escribir a ' + email(row))}:",
            f'            "Mensaje enviado. Respuesta en {rng.randint(2, 10)} días hábiles."',
            "            jump secretaria_espera",
        ]
    lines += ['        "Volver más tarde":', "            return", ""]
    return "\n".join(lines)


def _ink(value: str) -> str:
    """Ink story text: the characters Ink reads as markup (``{ } [ ] | # ~ \\``) and the
    starts of comments and diverts escaped with ``\\``."""
    out = re.sub(r"([{}\[\]|#~\\])", r"\\\1", value)
    return out.replace("//", "/\\/").replace("/*", "/\\*").replace("->", "-\\>")


def ink_story(row: dict[str, Any], rng: random.Random) -> str:
    """The walk to the centre as an Ink story: a comment with the centre's code and district,
    ``VAR`` lines with its phone and an invented counter, a divert to a knot whose text gives
    the name, address and number (the fax and address where the row has them), and choices
    that dial the number, each with an invented waiting time, then ``-> END``."""
    ident = _f(row, "CODIGO CENTRO")
    district = _f(row, "DISTRITO MUNICIPAL")
    where = _f(row, "MUNICIPIO") + (f" ({district})" if district and district != "-" else "")
    contact = f"Tel. {phone(row)}" + (f" · Fax {fax(row)}" if fax(row) else "")
    lines = [
        f"// centro {ident} · {_f(row, 'AREA TERRITORIAL')} · {where}",
        f'VAR telefono = "{phone(row)}"',
        f'VAR codigo_centro = "{ident}"',
        "VAR intentos = 0",
        "",
        "-> puerta",
        "",
        "=== puerta ===",
        _ink(f"Llegas a {_f(row, 'CENTRO')} ({_f(row, 'TIPO DE CENTRO')}), {_place(row)}."),
        _ink(f"En la verja, un cartel: {contact}."),
    ]
    if email(row):
        lines.append(_ink(f"Debajo, a rotulador: {email(row)}"))
    lines += [
        f"* [Llamar] Marcas el {phone(row)}.",
        "    ~ intentos = intentos + 1",
        f"    Nadie contesta. Esperas {rng.randint(2, 15)} minutos.",
        "    -> puerta",
        f"* [Esperar] Abren a las {rng.randint(8, 9):02d}:{rng.choice((0, 15, 30, 45)):02d}.",
        "    -> END",
        "* [Irte] -> END",
        "",
    ]
    return "\n".join(lines)


def _property(name: str, value: str) -> str:
    """A Tiled custom property of type string."""
    return f"    <property name={quoteattr(name)} value={quoteattr(value)}/>"


def tiled_tmx(row: dict[str, Any], rng: random.Random) -> str:
    """The centre's plot as a Tiled map (TMX 1.10): the map's property naming the
    municipality, an external tileset, a small tile layer of invented tile numbers in CSV,
    and an object layer with the centre as an object whose ``property`` elements give its
    code, postcode, type, phone, fax and e-mail and whose ``cartel`` is the sign at the gate
    as a multi-line text."""
    width, height = rng.randint(8, 12), rng.randint(5, 8)
    tiles = [[rng.choice((1, 1, 2, 3, 17, 18, 33)) for _ in range(width)] for _ in range(height)]
    grid = ",\n".join(",".join(str(t) for t in line) for line in tiles)
    sign = [_f(row, "CENTRO"), _f(row, "DOMICILIO"), f"Teléfono: {phone(row)}"]
    if fax(row):
        sign.append(f"Fax: {fax(row)}")
    props = [
        ("codigo_centro", _f(row, "CODIGO CENTRO")),
        ("codigo_postal", _f(row, "COD. POSTAL")),
        ("tipo", _f(row, "TIPO DE CENTRO")),
        ("titularidad", _f(row, "TITULARIDAD")),
        ("telefono", phone(row)),
        ("fax", fax(row)),
        ("email", email(row)),
    ]
    oid = rng.randint(3, 60)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" '
        f'renderorder="right-down" width="{width}" height="{height}" tilewidth="16" '
        f'tileheight="16" infinite="0" nextlayerid="3" nextobjectid="{oid + 1}">',
        " <properties>",
        f'  <property name="municipio" value={quoteattr(_f(row, "MUNICIPIO"))}/>',
        " </properties>",
        ' <tileset firstgid="1" source="../tilesets/colegio.tsx"/>',
        f' <layer id="1" name="Suelo" width="{width}" height="{height}">',
        '  <data encoding="csv">',
        grid,
        "</data>",
        " </layer>",
        ' <objectgroup id="2" name="Centros">',
        f'  <object id="{oid}" name={quoteattr(_f(row, "CENTRO"))} type="centro_educativo" '
        f'x="{rng.randint(1, width - 3) * 16}" y="{rng.randint(1, height - 3) * 16}" '
        'width="32" height="32">',
        "   <properties>",
        *[_property(key, value) for key, value in props if value],
        f'    <property name="cartel">{escape(chr(10).join(sign))}</property>',
        "   </properties>",
        "  </object>",
        " </objectgroup>",
        "</map>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "godot_tscn": godot_tscn,
    "renpy_script": renpy_script,
    "ink_story": ink_story,
    "tiled_tmx": tiled_tmx,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    and of its e-mail address labelled."""
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
