"""held_out_166 of the PII evaluation set: real phone fields of a register no earlier part used
(Moscow's bars, data set 1796 of the open data portal data.mos.ru; Russia's earlier part took
the same portal's city polyclinics) exactly as published, in layouts no earlier part has,
beside the list's own names, addresses, districts, ids, seat counts and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``PublicPhone`` fields of the 488 bars with a number
  (``scripts/data/pii_ru_mos_bars.json``, written by ``scripts/ru_mos_bars_data.py``; source and
  licence in that file): Moscow numbers as the portal writes them, the code in brackets and the
  seven digits in groups (``(495) 621-19-63``, mobile ``(926) 046-43-05``, toll-free
  ``(800) 333-09-77``), each copy labelled;
* the text around them is the same row's real fields: the name, chain, administrative area,
  district, address, ``global_id`` (eight or nine digits), row id, seat count and coordinates, with
  invented ids, UUIDs, changeset numbers, dates, times and urgencies, unlabelled and scored;
* in layouts no earlier part has, text in Russian: OpenStreetMap osmChange 0.6 files of an
  import of the list (a ``create`` node with ``amenity=bar``, the number in ``phone`` and in a
  ``note``), Taskwarrior ``task export`` JSON (a task to ring the bar, the number in its
  ``description`` and in an annotation), Plotly figure JSON of a ``scattermapbox`` map of the
  district's bar (the number in the hover ``text`` and in ``customdata``) and Joplin raw export
  notes (a Markdown body naming the number twice, then Joplin's metadata lines).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_166.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ru_mos_bars.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_166.jsonl.gz"
SPLIT = "held_out_166"

LAYOUTS = ("osm_change", "taskwarrior_export", "plotly_figure", "joplin_note")
PHONE = "PublicPhone"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented occasions for ringing a bar (no real event is meant)
OCCASIONS = (
    "забронировать стол на пятницу", "уточнить, есть ли трансляция матча",
    "спросить про банкет на 20 человек", "узнать часы работы в праздники",
    "договориться о дегустации", "уточнить, можно ли прийти с собакой",
)  # fmt: skip
PROJECTS = ("корпоратив", "день_рождения", "встреча_выпускников", "мальчишник")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the list's does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 9, 6, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _seats(row: dict[str, Any]) -> str:
    return _f(row, "SeatsCount")


def _chain(row: dict[str, Any]) -> str:
    """The chain's name where the bar belongs to one, else ""."""
    return _f(row, "OperatingCompany") if _f(row, "IsNetObject") == "да" else ""


def osm_change(row: dict[str, Any], rng: random.Random) -> str:
    """An OpenStreetMap osmChange 0.6 file of an import of the list (as JOSM saves one): one
    ``create`` node with a negative id at the row's coordinates, tagged ``amenity=bar``,
    ``name``, ``addr:full``, ``phone``, ``capacity``, ``operator`` (a chain's), ``ref:mos_ru``
    (the ``global_id``), ``source`` and a ``note`` repeating the number."""
    name, tel = _f(row, "Name"), phone(row)
    tags = [
        ("amenity", "bar"),
        ("name", name),
        ("addr:full", f"Москва, {_f(row, 'Address')}"),
        ("phone", tel),
        ("capacity", _seats(row)),
    ]
    if _chain(row):
        tags.append(("operator", _chain(row)))
    tags += [
        ("ref:mos_ru", _f(row, "global_id")),
        ("source", "data.mos.ru"),
        ("note", f"Импорт набора «Бары» ({_f(row, 'District')}); "
                 f"телефон {tel} сверить по вывеске"),
    ]  # fmt: skip
    node_id = -rng.randint(1000, 99999)
    lines = [
        "<?xml version='1.0' encoding='UTF-8'?>",
        '<osmChange version="0.6" generator="JOSM">',
        "<create>",
        f"  <node id='{node_id}' changeset='-1' lat='{_f(row, 'Latitude')}' "
        f"lon='{_f(row, 'Longitude')}'>",
        *(f"    <tag k={quoteattr(k)} v={quoteattr(v)} />" for k, v in tags if v),
        "  </node>",
        "</create>",
        "<modify/>",
        '<delete if-unused="true"/>',
        "</osmChange>",
        "",
    ]
    return "\n".join(lines)


def _tw(moment: dt.datetime) -> str:
    """A Taskwarrior date (``20240305T101500Z``)."""
    return moment.strftime("%Y%m%dT%H%M%SZ")


def taskwarrior_export(row: dict[str, Any], rng: random.Random) -> str:
    """The output of ``task export`` (Taskwarrior 2.6: a JSON array, one task object a line):
    a pending task to ring the bar (the number in its ``description``), with ``entry``,
    ``modified``, ``due``, ``project``, ``tags``, an invented ``uuid`` and ``urgency``, and an
    annotation naming the address, the number again and the seat count; an invented earlier
    task of the same project before it."""
    name, tel = _f(row, "Name"), phone(row)
    entry = _when(rng)
    project = rng.choice(PROJECTS)
    earlier = {
        "id": rng.randint(1, 9),
        "description": "Составить список гостей",
        "entry": _tw(entry - dt.timedelta(days=rng.randint(2, 9))),
        "modified": _tw(entry - dt.timedelta(days=1)),
        "project": project,
        "status": "pending",
        "uuid": _uuid(rng),
        "urgency": round(rng.uniform(1, 4), 4),
    }
    task = {
        "id": earlier["id"] + 1,
        "description": f"Позвонить в «{name}» по {tel}: {rng.choice(OCCASIONS)}",
        "due": _tw(entry + dt.timedelta(days=rng.randint(1, 10), hours=rng.randint(0, 8))),
        "entry": _tw(entry),
        "modified": _tw(entry + dt.timedelta(minutes=rng.randint(1, 90))),
        "project": project,
        "status": "pending",
        "tags": ["бар", "звонок"],
        "uuid": _uuid(rng),
        "annotations": [
            {
                "entry": _tw(entry + dt.timedelta(minutes=rng.randint(1, 90))),
                "description": f"{_f(row, 'Address')} ({_f(row, 'District')}), "
                f"тел. {tel}, мест: {_seats(row)}",
            }
        ],
        "urgency": round(rng.uniform(5, 12), 4),
    }
    items = [json.dumps(t, ensure_ascii=False, separators=(",", ":")) for t in (earlier, task)]
    return "[\n" + ",\n".join(items) + "\n]\n"


def plotly_figure(row: dict[str, Any], rng: random.Random) -> str:
    """A Plotly figure as ``fig.to_json()`` writes it (indented): one ``scattermapbox`` trace of
    the bar at its coordinates, the hover ``text`` naming the name, address and number, the
    ``customdata`` row of its ``global_id``, seat count and number, a ``hovertemplate``; a
    ``layout`` with the district in the title, an OpenStreetMap ``mapbox`` centred on the bar
    and an invented zoom."""
    name, tel = _f(row, "Name"), phone(row)
    lat, lon = _f(row, "Latitude"), _f(row, "Longitude")
    fig = {
        "data": [
            {
                "customdata": [[int(_f(row, "global_id")), int(_seats(row) or 0), tel]],
                "hovertemplate": "%{text}<br>Мест: %{customdata[1]}<extra></extra>",
                "lat": [float(lat)],
                "lon": [float(lon)],
                "marker": {"size": 12, "color": "#d62728"},
                "mode": "markers",
                "name": _f(row, "AdmArea"),
                "text": [f"<b>{name}</b><br>{_f(row, 'Address')}<br>{tel}"],
                "type": "scattermapbox",
            }
        ],
        "layout": {
            "title": {"text": f"Бары: {_f(row, 'District')}"},
            "mapbox": {
                "style": "open-street-map",
                "center": {"lat": float(lat), "lon": float(lon)},
                "zoom": rng.choice((13, 14, 15, 16)),
            },
            "margin": {"l": 0, "r": 0, "t": 40, "b": 0},
            "showlegend": False,
        },
    }
    return json.dumps(fig, ensure_ascii=False, indent=2) + "\n"


def _joplin_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def joplin_note(row: dict[str, Any], rng: random.Random) -> str:
    """A note as Joplin's raw export (``RAW - Joplin Export Directory``) writes it: the title
    line, the Markdown body (the bar's card as a list with the number, a line of what to ask
    naming the number again), then Joplin's metadata lines (invented ids and times, the row's
    coordinates to eight decimals, ``type_: 1``)."""
    name, tel = _f(row, "Name"), phone(row)
    made = _when(rng)
    stamp = made.strftime("%Y-%m-%dT%H:%M:%S.") + f"{made.microsecond // 1000:03d}Z"
    card = [
        f"- **Адрес:** {_f(row, 'Address')}",
        f"- **Район:** {_f(row, 'District')}, {_f(row, 'AdmArea')}",
        f"- **Телефон:** {tel}",
        f"- **Мест:** {_seats(row)}",
    ]
    if _chain(row):
        card.append(f"- **Сеть:** {_chain(row)}")
    card.append(f"- **data.mos.ru:** global_id {_f(row, 'global_id')}")
    meta = [
        f"id: {_joplin_id(rng)}",
        f"parent_id: {_joplin_id(rng)}",
        f"created_time: {stamp}",
        f"updated_time: {stamp}",
        "is_conflict: 0",
        f"latitude: {float(_f(row, 'Latitude')):.8f}",
        f"longitude: {float(_f(row, 'Longitude')):.8f}",
        "altitude: 0.0000",
        "author: ",
        "source_url: ",
        "is_todo: 0",
        "todo_due: 0",
        "todo_completed: 0",
        "source: joplin-desktop",
        "source_application: net.cozic.joplin-desktop",
        "application_data: ",
        f"order: {int(made.timestamp() * 1000)}",
        f"user_created_time: {stamp}",
        f"user_updated_time: {stamp}",
        "encryption_cipher_text: ",
        "encryption_applied: 0",
        "markup_language: 1",
        "is_shared: 0",
        "share_id: ",
        "conflict_original_id: ",
        "master_key_id: ",
        "user_data: ",
        "deleted_time: 0",
        "type_: 1",
    ]
    lines = [
        name,
        "",
        *card,
        "",
        f"Позвонить по {tel} и {rng.choice(OCCASIONS)}.",
        "",
        *meta,
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "osm_change": osm_change,
    "taskwarrior_export": taskwarrior_export,
    "plotly_figure": plotly_figure,
    "joplin_note": joplin_note,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
