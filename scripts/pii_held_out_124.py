"""held_out_124 of the PII evaluation set: real phone, fax and e-mail fields of a list no
earlier part used (British Columbia's WorkBC Centres; Canada's earlier part took Ontario's
COVID-19 testing centres) exactly as published, in layouts no earlier part has, beside the
list's own names, addresses, ids and coordinates.

The procedure of ``held_out_109``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA
(Ontario), NZ, MX, CL and many others; here:

* the values are the ``phone``, ``fax`` and ``email`` fields of the 102 WorkBC Centres, the
  province's employment-service offices (``scripts/data/pii_ca_workbc_centres.json``, written
  by ``scripts/ca_workbc_centres_data.py``; source and licence in that file): North American
  numbers as the list types them (``250-286-3441``, ``250 674-2928``, toll-free
  ``1-877-564-3545``, ``250-545-2215 ext 230``), each copy labelled under ``phone``; the fax
  where the field gives a number (``TBA``, ``TBD`` or nothing for 13, written as they are and
  unlabelled), its copies labelled under ``fax``; and each copy of the centre's mailbox
  (``centre-campbellriver@workbc.ca``, the ``mailto:`` link's address) labelled;
* the text around them is the same row's real fields: the centre's name, address and postal
  code (``V9W 2P8``), storefront and catchment ids and names, web page, opening hours, whether
  it serves in French, and its coordinates, with invented object ids, GUIDs, positions, data
  versions, story ids and counters, unlabelled and scored;
* in layouts no earlier part has, game, 3D-scene and interactive-fiction files, text in
  English: a Unity scene (``.unity``, YAML 1.1 with ``!u!`` tags: a ``GameObject`` named after
  the centre, its ``Transform``, a ``MonoBehaviour`` whose serialized fields give the
  centre's fields, and a TextMeshPro sign whose ``m_text`` repeats the numbers and address),
  a glTF 2.0 scene (``.gltf`` JSON: a node per centre whose ``extras`` hold its fields, a
  child sign node whose ``extras.label`` repeats them), a Minecraft structure in SNBT (a wall
  sign's four ``messages``, a lectern's written book whose page repeats the contact, a
  villager named after the centre) and a Twine story in Twee 3 (``StoryData`` JSON, a
  ``StoryInit`` passage of Harlowe ``(set:)`` macros with the numbers, and passages whose
  text and links give them again).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_124.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_workbc_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_124.jsonl.gz"
SPLIT = "held_out_124"

LAYOUTS = ("unity_scene", "gltf_scene", "minecraft_snbt", "twee_story")
PHONE, FAX = "phone", "fax"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "phone")


def fax_field(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped (a number, ``TBA``, ``TBD`` or "")."""
    return _f(row, "fax")


def fax(row: dict[str, Any]) -> str:
    """The row's fax field where it gives a number of six digits or more ("" otherwise)."""
    value = fax_field(row)
    return value if sum(c.isdigit() for c in value) >= 6 else ""


def email(row: dict[str, Any]) -> str:
    """The address of the row's ``mailto:`` link."""
    return _f(row, "email").removeprefix("mailto:")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field, of its fax field where that
    is a number, and of its e-mail address labelled. Each copy stands apart (no digit next to
    a number, no address character next to an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    if fax(row) and fax(row) != phone(row):
        values.append(("fax", fax(row)))
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"])


def hours(row: dict[str, Any]) -> list[str]:
    """The centre's opening-hours lines that are not empty, as published (stripped)."""
    return [_f(row, f"hours{i}") for i in range(1, 5) if _f(row, f"hours{i}")]


def french(row: dict[str, Any]) -> bool:
    """Whether the centre serves in French (``hasFrench`` ``Y``)."""
    return _f(row, "hasFrench") == "Y"


def town(row: dict[str, Any]) -> str:
    """The centre's town: its name after ``WorkBC Centre - ``."""
    return _f(row, "name").removeprefix("WorkBC Centre - ")


def _slug(row: dict[str, Any]) -> str:
    """The centre's town as an identifier: lower-case ASCII words joined by ``_``."""
    return "_".join(re.findall(r"[a-z0-9]+", town(row).lower())) or "centre"


def _fax_line(row: dict[str, Any]) -> str:
    """The fax as a sign prints it: ``Fax`` and the field as published ("" where it is
    empty)."""
    return f"Fax {fax_field(row)}" if fax_field(row) else ""


# -- Unity scene -----------------------------------------------------------------------------

_RESOLVED = re.compile(r"[-+]?[\d._:]+(?:[eE][-+]?\d+)?|(?i:y|n|yes|no|on|off|true|false|null|~)")


def _yaml(value: str) -> str:
    """A one-line string as Unity's YAML writer leaves it: plain where that reads back as the
    same string (it starts with a letter or digit, has no ``: `` or `` #``, no quote, no
    blank at either end, and is no number, boolean or null), single-quoted otherwise (``''``
    for a quote)."""
    plain = (
        re.fullmatch(r"[A-Za-z0-9][^'\"]*", value)
        and value == value.strip()
        and ": " not in value
        and " #" not in value
        and not value.endswith(":")
        and not _RESOLVED.fullmatch(value)
    )
    return value if plain else "'" + value.replace("'", "''") + "'"


def _file_id(rng: random.Random) -> int:
    """An invented local file id of a Unity object."""
    return rng.randint(10**8, 2 * 10**9)


def unity_scene(row: dict[str, Any], rng: random.Random) -> str:
    """The centre as a Unity scene file (YAML 1.1, ``%TAG !u! tag:unity3d.com,2011:``): the
    scene's ``OcclusionCullingSettings``, a ``GameObject`` named after the centre with three
    components, its ``Transform`` at an invented position, a ``MonoBehaviour`` of an invented
    script whose serialized fields give the storefront id, name, address, catchment, phone, fax,
    e-mail, web page, hours, French service and coordinates, and a TextMeshPro sign whose
    ``m_text`` repeats the name, numbers, address and mailbox (double-quoted, ``\\n``)."""
    go, tr, info, sign = (_file_id(rng) for _ in range(4))
    guid_info = f"{rng.getrandbits(128):032x}"
    x, z = round(rng.uniform(-240, 240), 2), round(rng.uniform(-240, 240), 2)
    sign_lines = [_f(row, "name"), f"Phone {phone(row)}"]
    if _fax_line(row):
        sign_lines.append(_fax_line(row))
    sign_lines += [_f(row, "address"), f"Email {email(row)}"]
    common = [
        "  m_ObjectHideFlags: 0",
        "  m_CorrespondingSourceObject: {fileID: 0}",
        "  m_PrefabInstance: {fileID: 0}",
        "  m_PrefabAsset: {fileID: 0}",
    ]
    lines = [
        "%YAML 1.1",
        "%TAG !u! tag:unity3d.com,2011:",
        "--- !u!29 &1",
        "OcclusionCullingSettings:",
        "  m_ObjectHideFlags: 0",
        "  serializedVersion: 2",
        "  m_OcclusionBakeSettings:",
        "    smallestOccluder: 5",
        "    smallestHole: 0.25",
        "    backfaceThreshold: 100",
        "  m_SceneGUID: " + f"{rng.getrandbits(128):032x}",
        "  m_OcclusionCullingData: {fileID: 0}",
        f"--- !u!1 &{go}",
        "GameObject:",
        *common,
        "  serializedVersion: 6",
        "  m_Component:",
        f"  - component: {{fileID: {tr}}}",
        f"  - component: {{fileID: {info}}}",
        f"  - component: {{fileID: {sign}}}",
        "  m_Layer: 0",
        f"  m_Name: {_yaml(_f(row, 'name'))}",
        "  m_TagString: WorkBCCentre",
        "  m_Icon: {fileID: 0}",
        "  m_NavMeshLayer: 0",
        "  m_StaticEditorFlags: 0",
        "  m_IsActive: 1",
        f"--- !u!4 &{tr}",
        "Transform:",
        *common,
        f"  m_GameObject: {{fileID: {go}}}",
        "  serializedVersion: 2",
        "  m_LocalRotation: {x: 0, y: 0, z: 0, w: 1}",
        f"  m_LocalPosition: {{x: {x}, y: 0, z: {z}}}",
        "  m_LocalScale: {x: 1, y: 1, z: 1}",
        "  m_ConstrainProportions: 0",
        "  m_Children: []",
        "  m_Father: {fileID: 0}",
        "  m_LocalEulerAnglesHint: {x: 0, y: 0, z: 0}",
        f"--- !u!114 &{info}",
        "MonoBehaviour:",
        *common,
        f"  m_GameObject: {{fileID: {go}}}",
        "  m_Enabled: 1",
        "  m_EditorHideFlags: 0",
        f"  m_Script: {{fileID: 11500000, guid: {guid_info}, type: 3}}",
        "  m_Name: ",
        "  m_EditorClassIdentifier: ",
        f"  storefrontId: {_f(row, 'storefrontId')}",
        f"  centreName: {_yaml(_f(row, 'name'))}",
        f"  address: {_yaml(_f(row, 'address'))}",
        f"  catchmentId: {_yaml(_f(row, 'catchmentId'))}",
        f"  catchmentName: {_yaml(_f(row, 'catchmentName'))}",
        f"  phone: {_yaml(phone(row))}",
        f"  fax: {_yaml(fax_field(row))}",
        f"  email: {_yaml(email(row))}",
        f"  website: {_yaml(_f(row, 'website'))}",
        f"  servesInFrench: {int(french(row))}",
        "  openingHours:",
        *(f"  - {_yaml(line)}" for line in hours(row)),
        f"  latitude: {_f(row, 'latitude')}",
        f"  longitude: {_f(row, 'longitude')}",
        f"--- !u!114 &{sign}",
        "MonoBehaviour:",
        *common,
        f"  m_GameObject: {{fileID: {go}}}",
        "  m_Enabled: 1",
        "  m_EditorHideFlags: 0",
        "  m_Script: {fileID: 11500000, guid: f4688fdb7df04437aeb418b961361dc5, type: 3}",
        "  m_Name: ",
        "  m_EditorClassIdentifier: ",
        "  m_text: " + json.dumps("\n".join(sign_lines), ensure_ascii=False),
        f"  m_fontSize: {rng.choice((18, 24, 28, 36))}",
        "  m_enableWordWrapping: 1",
        "",
    ]
    return "\n".join(lines)


# -- glTF 2.0 scene --------------------------------------------------------------------------


def _number(value: str) -> float:
    """A coordinate as published, as a JSON number."""
    return float(value)


def gltf_scene(row: dict[str, Any], rng: random.Random) -> str:
    """The centre as a glTF 2.0 asset (``.gltf`` JSON): ``asset`` (version 2.0, an invented
    exporter and version), one scene of the centre's catchment, a node named after the
    centre at an invented position whose ``extras`` hold its storefront id, address, phone,
    fax, e-mail, web page, hours, French service and coordinates, and a child sign node whose
    ``extras.label`` repeats the name, numbers and mailbox."""
    label = f"{_f(row, 'name')} | Phone {phone(row)}"
    if _fax_line(row):
        label += f" | {_fax_line(row)}"
    label += f" | {email(row)}"
    extras: dict[str, Any] = {
        "storefrontId": _f(row, "storefrontId"),
        "address": _f(row, "address"),
        "phone": phone(row),
        "fax": fax_field(row),
        "email": email(row),
        "website": _f(row, "website"),
        "hours": hours(row),
        "servesInFrench": french(row),
        "latitude": _number(_f(row, "latitude")),
        "longitude": _number(_f(row, "longitude")),
    }
    doc = {
        "asset": {
            "version": "2.0",
            "generator": f"workbc-kiosk-export {rng.randint(1, 3)}.{rng.randint(0, 12)}",
            "extras": {"source": "WorkBC Centres", "units": "metres"},
        },
        "scene": 0,
        "scenes": [
            {
                "name": f"Catchment {_f(row, 'catchmentId')} - {_f(row, 'catchmentName')}",
                "nodes": [0],
            }
        ],
        "nodes": [
            {
                "name": _f(row, "name"),
                "translation": [
                    round(rng.uniform(-500, 500), 3),
                    0.0,
                    round(rng.uniform(-500, 500), 3),
                ],
                "children": [1],
                "extras": extras,
            },
            {
                "name": f"{_slug(row)}_sign",
                "translation": [0.0, round(rng.uniform(2, 4), 2), 0.0],
                "scale": [1.5, 1.5, 1.5],
                "extras": {"label": label, "fontSize": rng.choice((12, 14, 16))},
            },
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# -- Minecraft structure (SNBT) --------------------------------------------------------------


def _snbt(value: str) -> str:
    """A string as SNBT writes it in single quotes (``\\`` and ``'`` escaped)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _component(value: str) -> str:
    """A plain-text JSON text component as an SNBT string."""
    return _snbt(json.dumps(value, ensure_ascii=False))


def minecraft_snbt(row: dict[str, Any], rng: random.Random) -> str:
    """The centre as a Minecraft structure in SNBT (a ``.snbt`` structure file): the data
    version, the size, the block ``data`` (a wall sign whose four front ``messages`` give the
    town, ``Phone`` and the number, the fax or the postal code, and whose back gives the
    mailbox; a lectern holding a written book whose page repeats the name, address, numbers,
    hours and mailbox), a villager named after the centre, tagged with its storefront id, and
    the block ``palette``."""
    sign_state = "minecraft:oak_wall_sign{facing:south,waterlogged:false}"
    lectern_state = "minecraft:lectern{facing:south,has_book:true,powered:false}"
    fourth = _fax_line(row) or _f(row, "address").rsplit(",", 1)[-1].strip()
    messages = ["WorkBC Centre", town(row), f"Phone {phone(row)}", fourth]
    page = [_f(row, "name"), _f(row, "address"), "", f"Phone: {phone(row)}"]
    if _fax_line(row):
        page.append(f"Fax: {fax_field(row)}")
    page += [f"Email: {email(row)}", "", *hours(row)]
    if french(row):
        page.append("Services en français offerts.")
    x, z = rng.randint(1, 3), rng.randint(1, 3)
    lines = [
        "{",
        f"    DataVersion: {rng.choice((3465, 3578, 3700, 3953))},",
        "    size: [5, 4, 5],",
        "    data: [",
        f"        {{pos: [2, 1, 0], state: {json.dumps(sign_state)}, nbt: {{"
        'front_text: {color: "black", has_glowing_text: 0b, messages: ['
        + ", ".join(_component(m) for m in messages)
        + ']}, back_text: {color: "black", has_glowing_text: 0b, messages: ['
        + ", ".join(_component(m) for m in ("Email", email(row), "", ""))
        + ']}, id: "minecraft:sign", is_waxed: 1b}},',
        f"        {{pos: [{x}, 1, {z}], state: {json.dumps(lectern_state)}, nbt: {{Book: {{"
        'Count: 1b, id: "minecraft:written_book", tag: {author: "WorkBC", '
        f"title: {_snbt(town(row)[:32])}, pages: [{_component(chr(10).join(page))}], "
        'resolved: 1b}}, Page: 0, id: "minecraft:lectern"}},',
        '        {pos: [2, 0, 2], state: "minecraft:stone_bricks"}',
        "    ],",
        "    entities: [",
        f"        {{blockPos: [{x}, 1, {z + 1}], pos: [{x}.5d, 1.0d, {z + 1}.5d], nbt: {{"
        f'id: "minecraft:villager", CustomName: {_component(_f(row, "name"))}, '
        "CustomNameVisible: 1b, NoAI: 1b, PersistenceRequired: 1b, "
        f'Tags: ["workbc", "storefront_{_f(row, "storefrontId")}"], '
        'VillagerData: {level: 2, profession: "minecraft:librarian", '
        'type: "minecraft:plains"}}}',
        "    ],",
        "    palette: [",
        f"        {json.dumps(sign_state)},",
        f"        {json.dumps(lectern_state)},",
        '        "minecraft:stone_bricks"',
        "    ]",
        "}",
        "",
    ]
    return "\n".join(lines)


# -- Twine story (Twee 3) --------------------------------------------------------------------


def _position(rng: random.Random, column: int) -> str:
    """A passage's metadata block: an invented position on the story map."""
    return json.dumps({"position": f"{100 + 125 * column},{rng.randint(1, 6) * 100}",
                       "size": "100,100"}, separators=(",", ":"))  # fmt: skip


def twee_story(row: dict[str, Any], rng: random.Random) -> str:
    """The centre as a Twine story in Twee 3: ``StoryTitle``, ``StoryData`` (an invented IFID,
    Harlowe 3), a ``StoryInit`` passage whose ``(set:)`` macros give the centre's name, phone,
    fax and mailbox, a start passage at the centre's address with links, a front-desk passage
    of its hours, and a phone passage whose text gives the numbers and mailbox again."""
    ifid = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    story = {
        "ifid": ifid,
        "format": "Harlowe",
        "format-version": rng.choice(("3.3.7", "3.3.8", "3.3.9")),
        "start": "Start",
        "tag-colors": {"contact": "green"},
        "zoom": 1,
    }
    init = [
        f'(set: $centre to "{_f(row, "name")}")',
        f'(set: $phone to "{phone(row)}")',
    ]
    if fax(row):
        init.append(f'(set: $fax to "{fax(row)}")')
    init.append(f'(set: $email to "{email(row)}")')
    call = f"You dial {phone(row)} and a staff member at {_f(row, 'name')} picks up."
    if fax(row):
        call += f" Forms can be faxed to {fax(row)} or sent to {email(row)} by e-mail."
    elif fax_field(row):
        call += f" The fax line is listed as {fax_field(row)}; send forms to {email(row)} "
        call += "by e-mail instead."
    else:
        call += f" Forms can be sent to {email(row)} by e-mail."
    desk = ["The front desk lists the centre's hours:", *(f"* {line}" for line in hours(row))]
    if french(row):
        desk.append("A card on the counter reads: Services en français offerts.")
    lines = [
        ":: StoryTitle",
        f"Finding work in {town(row)}",
        "",
        ":: StoryData",
        json.dumps(story, indent=2),
        "",
        f":: StoryInit {_position(rng, 0)}",
        *init,
        "",
        f":: Start {_position(rng, 1)}",
        f"You step off the bus at {_f(row, 'address')}. The sign on the door reads "
        f"{_f(row, 'name')}.",
        "",
        "[[Go inside->Front desk]]",
        "[[Call ahead first->Phone]]",
        "",
        f":: Front desk [hours] {_position(rng, 2)}",
        *desk,
        "",
        "[[Back outside->Start]]",
        "",
        f":: Phone [contact] {_position(rng, 3)}",
        call,
        "",
        f"Storefront {_f(row, 'storefrontId')}, catchment {_f(row, 'catchmentId')} "
        f"({_f(row, 'catchmentName')}).",
        "",
        "[[Hang up->Start]]",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "unity_scene": unity_scene,
    "gltf_scene": gltf_scene,
    "minecraft_snbt": minecraft_snbt,
    "twee_story": twee_story,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and fax fields and
    of its e-mail address labelled."""
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
