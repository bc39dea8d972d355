"""held_out_82 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Azerbaijan) exactly as published, in layouts no earlier part has, beside the
row's own coordinates, address and count of subsidiary institutions.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of many countries (``eval_pii.py`` names them); here:

* the values are the phone fields of Azerbaijan's state medical institutions in the register of
  the State Agency on Mandatory Health Insurance (its.gov.az) as the scraper-bots team committed
  it (``scripts/data/pii_az_medical_institutions.json``, written by
  ``scripts/az_medical_institutions_data.py``; source and licence in that file): numbers as the
  agency wrote them, the country and area codes in one bracket (``(+9942422) 5-23-00``) or
  apart (``(+994 12) 341 46 17``, ``+994 55 450 85 05``), several joined by `` • ``, some short
  codes (``*0777``) beside them; each number of each copy labelled by the shared policy (a
  number starts at its ``+`` or first digit; short codes are no number); the register gives no
  e-mail addresses or fax numbers;
* the text around them is the same row's real fields: its coordinates (``41.6294932``), its
  address, its count and names of subsidiary institutions, with invented node and record ids,
  object ids, dates and times, unlabelled and scored;
* in layouts no earlier part has, labels in Azerbaijani where a person writes them: an
  OpenStreetMap XML file (JOSM) with the institution as a new node and its ``phone`` tag, an
  SSML 1.1 prompt of a telephone information line reading the number twice in ``say-as``, a
  ``mongoexport`` line (relaxed extended JSON) of the institution's document, and an Airtable
  "list records" API response with the number in its ``Telefon`` field.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_82.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_az_medical_institutions.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_82.jsonl.gz"
SPLIT = "held_out_82"

LAYOUTS = ("osm_xml", "ssml_prompt", "mongoexport", "airtable_records")
PHONE = "phone"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "phone")


def subsidiaries(row: dict[str, Any]) -> list[str]:
    """The names of the row's subsidiary institutions, as the register lists them (``; ``)."""
    return [s.strip() for s in _f(row, "subsidiary_institutions").split(";") if s.strip()]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _hospital(row: dict[str, Any]) -> bool:
    """Does the institution's name call it a hospital (``Xəstəxana``)?"""
    return "xəstəxana" in _f(row, "name").lower()


def _date(rng: random.Random) -> str:
    """An invented date of 2025."""
    return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _attr(value: str) -> str:
    """An XML attribute value in double quotes."""
    return '"' + escape(value, {'"': "&quot;"}) + '"'


def osm_xml(row: dict[str, Any], rng: random.Random) -> str:
    """The institution as JOSM saves a new OpenStreetMap node: the ``osm`` root, one ``node``
    with an invented negative id at the row's coordinates, and its tags: ``amenity`` and
    ``healthcare`` by the name, ``name`` and ``name:az``, ``addr:full``, ``phone``, the
    register as ``source``, an invented ``check_date`` and the count of subsidiaries."""
    kind = "hospital" if _hospital(row) else "clinic"
    tags = [
        ("amenity", kind),
        ("healthcare", kind),
        ("name", _f(row, "name")),
        ("name:az", _f(row, "name")),
        ("addr:full", _f(row, "address")),
        ("addr:country", "AZ"),
        ("phone", phone(row)),
        ("operator:type", "public"),
        ("source", "its.gov.az"),
        ("check_date", _date(rng)),
    ]
    if _f(row, "subsidiary_count") not in ("", "0"):
        tags.append(("note:az", f"{_f(row, 'subsidiary_count')} tabe tibb müəssisəsi"))
    lines = [
        "<?xml version='1.0' encoding='UTF-8'?>",
        "<osm version='0.6' generator='JOSM' upload='never'>",
        f"  <node id='-{rng.randint(100000, 999999)}' action='modify' visible='true' "
        f"lat='{_f(row, 'latitude')}' lon='{_f(row, 'longitude')}'>",
        *(f"    <tag k={_attr(k)} v={_attr(v)} />" for k, v in tags),
        "  </node>",
        "</osm>",
        "",
    ]
    return "\n".join(lines)


def ssml_prompt(row: dict[str, Any], rng: random.Random) -> str:
    """The institution's telephone information line as an SSML 1.1 document in Azerbaijani:
    ``meta`` lines giving an invented prompt id and the coordinates, a paragraph naming the
    institution and its address, the phone read twice in ``say-as interpret-as="telephone"``,
    an invented opening time read as a time, and an invented ``mark``."""
    tel = f'<say-as interpret-as="telephone">{escape(phone(row))}</say-as>'
    opens = f"{rng.randint(7, 9):02d}:{rng.choice((0, 30)):02d}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="az-AZ">',
        f'  <meta name="prompt-id" content="its-info-{rng.randint(1000, 9999)}"/>',
        f'  <meta name="geo.position" content="{_f(row, "latitude")};{_f(row, "longitude")}"/>',
        "  <p>",
        f"    <s>{escape(_f(row, 'name'))}.</s>",
        f"    <s>Ünvan: {escape(_f(row, 'address'))}.</s>",
        f'    <break time="{rng.choice((300, 400, 500))}ms"/>',
        f"    <s>Qeydiyyat və məlumat üçün {tel} nömrəsinə zəng edin.</s>",
        f"    <s>Təkrar edirik: {tel}.</s>",
        "    <s>Qəbul hər gün saat "
        f'<say-as interpret-as="time" format="hms24">{opens}</say-as>-dan başlayır.</s>',
        "  </p>",
        f'  <mark name="son-{rng.randint(10, 99)}"/>',
        "</speak>",
        "",
    ]
    return "\n".join(lines)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def mongoexport(row: dict[str, Any], rng: random.Random) -> str:
    """The institution's document as one ``mongoexport`` line (relaxed extended JSON): an
    invented ``$oid``, its name, address and phone, a GeoJSON point of its coordinates
    (longitude first), the count and names of its subsidiaries, an invented register id and an
    invented ``$date`` of the last update."""
    doc = (
        f'{{"_id":{{"$oid":"{_hex(rng, 24)}"}},"name":{_json(_f(row, "name"))},'
        f'"address":{_json(_f(row, "address"))},"phone":{_json(phone(row))},'
        f'"location":{{"type":"Point","coordinates":[{_f(row, "longitude")},'
        f"{_f(row, 'latitude')}]}},"
        f'"subsidiaryCount":{int(_f(row, "subsidiary_count") or 0)},'
        f'"subsidiaries":{_json(subsidiaries(row))},'
        f'"itsId":{rng.randint(10000, 99999)},'
        f'"updatedAt":{{"$date":"{_date(rng)}T{rng.randint(0, 23):02d}:'
        f'{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"}}}}'
    )
    return doc + "\n"


def _record_id(rng: random.Random) -> str:
    return "rec" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(14))


def airtable_records(row: dict[str, Any], rng: random.Random) -> str:
    """The institution as an Airtable "list records" API response: one record with an invented
    ``rec`` id and ``createdTime``, its fields named in Azerbaijani (``Ad``, ``Ünvan``,
    ``Telefon``, ``Enlik``, ``Uzunluq``, ``Tabe müəssisələr``, ``Növ``), and an invented
    ``offset``."""
    fields = {
        "Ad": _f(row, "name"),
        "Ünvan": _f(row, "address"),
        "Telefon": phone(row),
        "Enlik": float(_f(row, "latitude")),
        "Uzunluq": float(_f(row, "longitude")),
        "Tabe müəssisələr": int(_f(row, "subsidiary_count") or 0),
        "Növ": "Xəstəxana" if _hospital(row) else "Tibb mərkəzi",
    }
    created = f"{_date(rng)}T{rng.randint(6, 18):02d}:{rng.randint(0, 59):02d}:00.000Z"
    body = {
        "records": [{"id": _record_id(rng), "createdTime": created, "fields": fields}],
        "offset": f"itr{_record_id(rng)[3:]}/{_record_id(rng)}",
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "osm_xml": osm_xml,
    "ssml_prompt": ssml_prompt,
    "mongoexport": mongoexport,
    "airtable_records": airtable_records,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field
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
