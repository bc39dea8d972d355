"""held_out_40 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Colombia) exactly as published, in layouts no earlier part has, beside the
row's own address and coordinates.

The procedure of ``held_out_31``, on another register and other layouts; ``held_out_11`` to
``held_out_38`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID,
PT, CL, HU and KE; here:

* the values are the phone fields of Bogotá's schools and kindergartens in the district's
  school directory (``scripts/data/pii_co_schools.json``, written by
  ``scripts/co_schools_data.py``; source and licence in that file): seven-digit numbers of
  before the 2021 dialling change as each school gave them, most in one run (``4177828``), two
  to five in one field joined by ``--``, ``/`` or ``-`` (``6763865--6763864--6763866``,
  ``3380538/2878457``, ``2273796-5351264``), a ten-digit mobile among some
  (``2372792--3513207--3144031417``), an extension after a few (``7449188EXT109``), a
  shortened alternative after others (``7829545/7829529/7``); each number of each copy
  labelled (a field is cut into its numbers at a joiner after a run of seven digits or more
  and before one of six or more, ``phone_numbers``; one of six, ``676006``, cut short in the
  file, is judged by the policy below); the directory gives no e-mail address;
* the text around them is the same row's real fields: its street address with its numbers
  (``CARRERA 53 222 76  BOGOTA CO``), the levels and school days it offers and its
  coordinates (``4.630315899999999``), with invented row ids, object ids, UUIDs, load times
  and Unix time stamps, unlabelled and scored;
* in layouts no earlier part has, database dumps with Spanish column and field names: a
  terminal's ``mongoexport`` of one document (relaxed Extended JSON, ``{"$oid": ...}``,
  ``{"$date": ...}``, a GeoJSON point, between the tool's log lines), a SQLite shell ``.dump``
  of a ``colegios`` table (``INSERT INTO colegios VALUES(...)``), a Redis append-only file
  (RESP arrays with ``#TS:`` annotations: ``SELECT``, ``HSET colegio:N ... telefono ...``,
  ``GEOADD``) and a Cassandra CQL script (``INSERT INTO bogota.colegios (...) VALUES
  (...)`` with a UUID, a ``set<text>`` of levels and a timestamp).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_40.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_co_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_40.jsonl.gz"
SPLIT = "held_out_40"

LAYOUTS = ("mongoexport_json", "sqlite_dump", "redis_aof", "cql_insert")
PHONE = "phone"
# the day the repository committed the directory (d895fe9, 7 March 2019), Bogotá's offset
BOGOTA = datetime.timezone(datetime.timedelta(hours=-5))
COMMITTED = datetime.datetime(2019, 3, 7, 18, 0, tzinfo=BOGOTA)
# a joiner between two numbers of one field; the digits of a number before it and after it
JOINER = re.compile(r"--|//|/|-")
OWN_DIGITS = 7
NEXT_DIGITS = 6  # the shortest subscriber line of any plan (``personal_phone``)


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has none)."""
    return row["fields"].get(key, "")


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE).strip()


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def row_number(row: dict[str, Any]) -> int:
    """The row's place in the published array, from 1 (its invented table id)."""
    return int(row["path"].rsplit("#", 1)[1]) + 1


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def phone_numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone field: each run ``numbers`` finds, cut at a
    joiner (``--``, ``/``, ``-``) between a piece of ``OWN_DIGITS`` digits or more and a next
    piece of ``NEXT_DIGITS`` or more (``3380538/2878457`` is two numbers, and so is
    ``6763836--676006``, the second cut short); a shorter piece stays with the number before
    it, as an alternative ending (``7829545/7``). A run with no joiner inside stays whole
    (``79203887920390/93``)."""
    out = []
    for s, e in numbers(field):
        cuts = [s]
        for m in JOINER.finditer(field, s, e):
            before, after = field[cuts[-1] : m.start()], field[m.end() : e]
            piece = JOINER.split(after, maxsplit=1)[0]
            if _digits(before) >= OWN_DIGITS and _digits(piece) >= NEXT_DIGITS:
                out.append((cuts[-1], m.start()))
                cuts.append(m.end())
        out.append((cuts[-1], e))
    return out


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: each number of every copy of the row's phone field labelled
    (``phone_numbers`` cuts the field, ``labelled_record`` labels each piece). Each copy stands
    apart (no digit next to it), so a copy is never part of another value."""
    value = phone(row)
    b = Record()
    at = 0
    for m in re.finditer(re.escape(value), text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        assert not before.isdigit() and not after.isdigit(), (row["path"], value)
        for s, e in phone_numbers(value):
            b.add(text[at : m.start() + s])
            b.phone(PHONE, value[s:e])
            at = m.start() + e
    b.add(text[at:])
    return b


def _loaded(rng: random.Random) -> datetime.datetime:
    """An invented moment of the months after the directory was committed, in Bogotá."""
    return COMMITTED + datetime.timedelta(seconds=rng.randint(3600, 400 * 86400))


def _json(value: str) -> str:
    """A string as Go's encoding/json writes it (mongoexport): UTF-8 kept, ``<``, ``>`` and
    ``&`` escaped."""
    out = json.dumps(value, ensure_ascii=False)
    return out.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def mongoexport_json(row: dict[str, Any], rng: random.Random) -> str:
    """A terminal's ``mongoexport --db=bogota --collection=colegios`` of the school's document
    to standard output: the tool's log lines (a local time with its offset, a tab) around one
    line of relaxed Extended JSON: an invented ``ObjectId`` (its first four bytes the load
    time), ``nombre``, ``direccion``, ``telefono``, ``niveles``, ``jornada``, a GeoJSON point
    under ``ubicacion`` and the load time as ``{"$date": ...}``."""
    loaded = _loaded(rng)
    oid = f"{int(loaded.timestamp()):08x}{rng.getrandbits(64):016x}"
    parts = [f'"_id":{{"$oid":"{oid}"}}', f'"nombre":{_json(_f(row, "name"))}']
    for key, column in (("direccion", "address"), ("telefono", PHONE), ("niveles", "levels"),
                        ("jornada", "journal")):  # fmt: skip
        if _f(row, column):
            parts.append(f'"{key}":{_json(_f(row, column))}')
    if _f(row, "lat") and _f(row, "lng"):
        point = f'{{"type":"Point","coordinates":[{_f(row, "lng")},{_f(row, "lat")}]}}'
        parts.append(f'"ubicacion":{point}')
    stamp = loaded.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    parts.append(f'"cargado":{{"$date":"{stamp}.{rng.randint(0, 999):03d}Z"}}')
    run = loaded + datetime.timedelta(days=rng.randint(1, 90), seconds=rng.randint(0, 86399))
    ms = rng.randint(0, 980)
    log = run.strftime("%Y-%m-%dT%H:%M:%S")
    return (
        f"{log}.{ms:03d}-0500\tconnected to: mongodb://localhost/\n"
        "{" + ",".join(parts) + "}\n"
        f"{log}.{ms + rng.randint(5, 19):03d}-0500\texported 1 record\n"
    )


def _sql(value: str) -> str:
    """A text value as the SQLite shell's ``.dump`` quotes it (``''`` for a quote); ``NULL``
    for an empty field."""
    return "'" + value.replace("'", "''") + "'" if value else "NULL"


def sqlite_dump(row: dict[str, Any], rng: random.Random) -> str:
    """The SQLite shell's ``.dump`` of a one-row ``colegios`` table (a city-map project's
    database): the pragma and transaction lines, the ``CREATE TABLE`` as it was written
    (Spanish column names), ``INSERT INTO colegios VALUES(...)`` with the row's place in the
    file as its id, its fields quoted and its coordinates as REAL, and an index."""
    values = [
        str(row_number(row)),
        _sql(_f(row, "name")),
        _sql(_f(row, "address")),
        _sql(_f(row, PHONE)),
        _sql(_f(row, "levels")),
        _sql(_f(row, "journal")),
        _f(row, "lat") or "NULL",
        _f(row, "lng") or "NULL",
    ]
    return (
        "PRAGMA foreign_keys=OFF;\n"
        "BEGIN TRANSACTION;\n"
        "CREATE TABLE colegios (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  nombre TEXT NOT NULL,\n"
        "  direccion TEXT,\n"
        "  telefono TEXT,\n"
        "  niveles TEXT,\n"
        "  jornada TEXT,\n"
        "  latitud REAL,\n"
        "  longitud REAL\n"
        ");\n"
        f"INSERT INTO colegios VALUES({','.join(values)});\n"
        "CREATE INDEX idx_colegios_nombre ON colegios(nombre);\n"
        "COMMIT;\n"
    )


def _resp(*args: str) -> str:
    """One command as the append-only file logs it: a RESP array of bulk strings, each length
    in UTF-8 bytes, every line ended by CR LF."""
    out = f"*{len(args)}\r\n"
    for arg in args:
        out += f"${len(arg.encode('utf-8'))}\r\n{arg}\r\n"
    return out


def redis_aof(row: dict[str, Any], rng: random.Random) -> str:
    """The commands of a Redis 7 append-only file that loaded the school (``aof-timestamp-
    enabled``: a ``#TS:`` annotation with the Unix time before each batch): ``SELECT 0``,
    ``HSET colegio:<row id>`` with Spanish field names (``nombre``, ``direccion``,
    ``telefono``, ``niveles``, ``jornada``; empty ones left out) and a ``GEOADD`` of its
    coordinates to ``colegios:geo``."""
    key = f"colegio:{row_number(row)}"
    fields = [("nombre", "name"), ("direccion", "address"), ("telefono", PHONE),
              ("niveles", "levels"), ("jornada", "journal")]  # fmt: skip
    pairs = [x for k, c in fields if _f(row, c) for x in (k, _f(row, c))]
    at = int(_loaded(rng).timestamp())
    out = f"#TS:{at}\r\n" + _resp("SELECT", "0") + _resp("HSET", key, *pairs)
    if _f(row, "lat") and _f(row, "lng"):
        out += f"#TS:{at + rng.randint(0, 2)}\r\n"
        out += _resp("GEOADD", "colegios:geo", _f(row, "lng"), _f(row, "lat"), key)
    return out


def _cql(value: str) -> str:
    """A CQL text literal (``''`` for a quote)."""
    return "'" + value.replace("'", "''") + "'"


def cql_insert(row: dict[str, Any], rng: random.Random) -> str:
    """The school in a Cassandra CQL script run with ``cqlsh -f``: a comment naming the row,
    ``USE bogota;`` and one ``INSERT INTO colegios (...) VALUES (...)`` with an invented UUID,
    the fields as text literals, the levels as a ``set<text>``, the coordinates as doubles and
    the load time as a timestamp literal; empty fields left out of the column list."""
    columns = ["id", "nombre"]
    values = [str(uuid.UUID(int=rng.getrandbits(128), version=4)), _cql(_f(row, "name"))]
    for key, column in (("direccion", "address"), ("telefono", PHONE)):
        if _f(row, column):
            columns.append(key)
            values.append(_cql(_f(row, column)))
    if _f(row, "levels"):
        columns.append("niveles")
        values.append("{" + ", ".join(_cql(v) for v in _f(row, "levels").split(",")) + "}")
    if _f(row, "journal"):
        columns.append("jornada")
        values.append(_cql(_f(row, "journal")))
    if _f(row, "lat") and _f(row, "lng"):
        columns += ["latitud", "longitud"]
        values += [_f(row, "lat"), _f(row, "lng")]
    columns.append("cargado")
    values.append(_cql(_loaded(rng).strftime("%Y-%m-%d %H:%M:%S-0500")))
    return (
        f"-- colegio {row_number(row)} del directorio de colegios de Bogotá\n"
        "USE bogota;\n\n"
        f"INSERT INTO colegios ({', '.join(columns)})\n"
        f"  VALUES ({', '.join(values)});\n"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mongoexport_json": mongoexport_json,
    "sqlite_dump": sqlite_dump,
    "redis_aof": redis_aof,
    "cql_insert": cql_insert,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each number of each copy of its phone
    field labelled."""
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
