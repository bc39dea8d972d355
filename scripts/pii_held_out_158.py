"""held_out_158 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (the Education Bureau's School Location and Information of Hong Kong; Hong Kong's
earlier part took HK01's map of veterinary clinics) exactly as published, in layouts no earlier
part has, beside the register's own school numbers, names, addresses, coordinates, districts
and kinds, in English and Chinese.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of HK (veterinary clinics), MO, TW, CN, SG and many others;
here:

* the values are the ``TELEPHONE`` and ``FAX NUMBER`` fields of 400 kindergartens, primary,
  secondary, special and international schools, a seeded sample of the 3,446 with a number
  (``scripts/data/pii_hk_edb_schools.json``, written by ``scripts/hk_edb_schools_data.py``;
  source and licence in that file): Hong Kong's eight digits as the bureau writes them, in one
  run (``23821035``), some in two groups of four (``2602 5353``), two numbers joined by a comma
  (``27788235,27788290``: two numbers), no ``+852``; the fax where the row has one with digits
  (``N.A.`` and an empty fax left out; a fax that repeats the phone is labelled under the
  phone), each copy of each number labelled;
* the text around them is the same row's real fields: the twelve-digit school number
  (``512060000223``), category, English and Chinese names and addresses, longitude and
  latitude, HK1980 Grid easting and northing (``837359.0``), students' gender, session,
  district, finance type, level, web site and religion, with invented UUIDs, timestamps,
  log sequence numbers, transaction ids, query ids, row counts and cache expiry times,
  unlabelled and scored;
* in layouts no earlier part has, with the register's English and Chinese (Traditional) text:
  Debezium change events of a school-directory database (a PostgreSQL connector's envelope as
  Kafka Connect's JSON converter writes it without schemas: ``before``, ``after`` with the
  ``telephone`` and ``fax`` columns, ``source`` with its LSN and transaction id, ``op``),
  JSContact (RFC 9553) cards of kind ``org`` (``phones`` with ``features`` ``voice`` and
  ``fax``, the number as free text, a Chinese ``notes`` entry repeating the phone, a
  ``zh-Hant`` ``localizations`` patch), clickhouse-client sessions printing a query's row
  in ``FORMAT Vertical`` (``Row 1:`` and its rule, aligned ``name: value`` lines, the
  elapsed-time footer) and Laravel file-cache entries of a school-finder app (a ten-digit
  expiry time then the cached value in PHP's ``serialize`` format, byte-counted strings,
  ``a:N:{...}`` arrays, ``d:`` coordinates).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_158.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_hk_edb_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_158.jsonl.gz"
SPLIT = "held_out_158"

LAYOUTS = ("debezium_event", "jscontact_card", "clickhouse_vertical", "php_serialized")
PHONE, FAX = "TELEPHONE", "FAX NUMBER"
HKT = dt.timezone(dt.timedelta(hours=8))  # Hong Kong Time

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the register's columns as the layouts' databases name them (English, then Chinese twins)
COLUMNS = (
    ("school_no", "SCHOOL NO."), ("category_en", "ENGLISH CATEGORY"),
    ("category_zh", "中文類別"), ("name_en", "ENGLISH NAME"), ("name_zh", "中文名稱"),
    ("address_en", "ENGLISH ADDRESS"), ("address_zh", "中文地址"),
    ("district_en", "DISTRICT"), ("district_zh", "分區"), ("level_en", "SCHOOL LEVEL"),
    ("finance_type", "FINANCE TYPE"), ("gender", "STUDENTS GENDER"), ("session", "SESSION"),
    ("telephone", PHONE), ("fax", FAX), ("website", "WEBSITE"), ("religion", "RELIGION"),
    ("longitude", "LONGITUDE"), ("latitude", "LATITUDE"), ("easting", "EASTING"),
    ("northing", "NORTHING"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has none)."""
    return row["fields"].get(key) or ""


def phone(row: dict[str, Any]) -> str:
    """The row's ``TELEPHONE`` field as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's ``FAX NUMBER`` field as published, "" where it holds no digit (``N.A.``,
    ``NIL``, nothing)."""
    value = _f(row, FAX)
    return value if any(c.isdigit() for c in value) else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields labelled (each
    number in them by ``labelled_record``; a fax that repeats the phone is the phone's). Each
    copy stands apart: no digit next to it."""
    values = [("phone", phone(row)), ("fax", fax(row))]
    edges = {"phone": r"\d", "fax": r"\d"}
    return field_copies(text, values, edges, {"phone": PHONE, "fax": FAX}, row["path"],
                        nested=True)  # fmt: skip


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Hong Kong Time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=HKT)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _ms(moment: dt.datetime) -> int:
    """``moment`` in milliseconds since the epoch."""
    return int(moment.timestamp() * 1000)


def _record(row: dict[str, Any]) -> dict[str, str]:
    """The row's fields under the databases' column names, the empty fax as published."""
    return {column: _f(row, key) for column, key in COLUMNS}


def debezium_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Debezium change event of a school-directory database, the message value as Kafka
    Connect's JSON converter writes it with ``schemas.enable=false``: ``before`` (null),
    ``after`` with the row's columns (``telephone``, ``fax`` as published), the PostgreSQL
    connector's ``source`` block (an invented server name, database, table, snapshot flag,
    ``txId`` and ``lsn``), ``op`` (``r`` for a snapshot read, ``c`` for an insert) and
    ``ts_ms``; pretty-printed as a console consumer would show it."""
    when = _when(rng)
    snapshot = rng.random() < 0.5
    lsn = rng.randint(20_000_000, 900_000_000)
    after = {"id": rng.randint(1, 4200), **_record(row)}
    after["updated_at"] = (when - dt.timedelta(days=rng.randint(1, 90))).isoformat()
    event = {
        "before": None,
        "after": after,
        "source": {
            "version": "2.5.4.Final",
            "connector": "postgresql",
            "name": "edbdir",
            "ts_ms": _ms(when),
            "snapshot": rng.choice(("true", "last")) if snapshot else "false",
            "db": "schooldir",
            "sequence": json.dumps([str(lsn - rng.randint(100, 9000)), str(lsn)]),
            "schema": "public",
            "table": "sch_loc",
            "txId": rng.randint(500, 90_000),
            "lsn": lsn,
            "xmin": None,
        },
        "op": "r" if snapshot else "c",
        "ts_ms": _ms(when) + rng.randint(3, 900),
        "transaction": None,
    }
    return json.dumps(event, ensure_ascii=False, indent=2) + "\n"


def jscontact_card(row: dict[str, Any], rng: random.Random) -> str:
    """A JSContact (RFC 9553) Card of kind ``org`` for the school: an invented ``uid`` and
    ``updated`` time, ``name`` ``full``, the category in ``organizations`` ``units``,
    ``phones`` (``tel`` with feature ``voice``, ``fax`` with feature ``fax`` where the row has
    one, context ``work``, the number as published), the English address with its
    ``coordinates`` (``geo:`` URI) and ``countryCode``, the web site as a ``links`` entry, a
    Chinese ``notes`` entry repeating the phone, and a ``zh-Hant`` ``localizations`` patch of
    the name and address."""
    when = _when(rng)
    tel, fx = phone(row), fax(row)
    phones: dict[str, Any] = {
        "tel": {"@type": "Phone", "number": tel, "features": {"voice": True},
                "contexts": {"work": True}},
    }  # fmt: skip
    if fx:
        phones["fax"] = {"@type": "Phone", "number": fx, "features": {"fax": True},
                         "contexts": {"work": True}}  # fmt: skip
    lat, lon = _f(row, "LATITUDE"), _f(row, "LONGITUDE")
    address: dict[str, Any] = {"@type": "Address", "full": _f(row, "ENGLISH ADDRESS")}
    if lat and lon:
        address["coordinates"] = f"geo:{lat},{lon}"
    address["countryCode"] = "HK"
    note = f"{_f(row, '中文名稱')}（{_f(row, '中文類別')}，{_f(row, '分區')}）查詢電話：{tel}。"
    note += f"學校編號 {_f(row, 'SCHOOL NO.')}，資料取自教育局學校位置及資料。"
    card: dict[str, Any] = {
        "@type": "Card",
        "version": "1.0",
        "uid": f"urn:uuid:{_uuid(rng)}",
        "kind": "org",
        "language": "en",
        "updated": when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "name": {"@type": "Name", "full": _f(row, "ENGLISH NAME")},
        "organizations": {
            "org": {
                "@type": "Organization",
                "name": _f(row, "ENGLISH NAME"),
                "units": [{"@type": "OrgUnit", "name": _f(row, "ENGLISH CATEGORY")}],
            },
        },
        "phones": phones,
        "addresses": {"main": address},
        "notes": {"n1": {"@type": "Note", "note": note, "created": when.isoformat()}},
        "localizations": {
            "zh-Hant": {
                "name/full": _f(row, "中文名稱"),
                "addresses/main/full": _f(row, "中文地址"),
            },
        },
    }
    website = _f(row, "WEBSITE")
    if website.startswith("http"):
        card["links"] = {"web": {"@type": "Link", "kind": "contact", "uri": website}}
    return json.dumps(card, ensure_ascii=False, indent=2) + "\n"


def clickhouse_vertical(row: dict[str, Any], rng: random.Random) -> str:
    """A clickhouse-client session: the prompt and query (one school by its number, ``FORMAT
    Vertical``), the echoed query, an invented query id, the row as ``Row 1:`` with its rule
    and ``name: value`` lines whose values align, and the footer with an invented elapsed time
    and the rows and bytes read."""
    record = _record(row)
    columns = [c for c, _ in COLUMNS]
    query = (
        f"SELECT {', '.join(columns)} FROM edb.sch_loc "
        f"WHERE school_no = '{record['school_no']}' FORMAT Vertical"
    )
    width = max(len(c) for c in columns) + 2
    echoed = [
        "SELECT",
        *(f"    {c}," for c in columns[:-1]),
        f"    {columns[-1]}",
        "FROM edb.sch_loc",
        f"WHERE school_no = '{record['school_no']}'",
        "FORMAT Vertical",
    ]
    lines = [
        f"edb-analytics :) {query}",
        "",
        *echoed,
        "",
        f"Query id: {_uuid(rng)}",
        "",
        "Row 1:",
        "──────",
    ]
    lines += [f"{(c + ':').ljust(width)}{record[c]}" for c in columns]
    elapsed = rng.randint(2, 60) / 1000
    rows = rng.randint(3600, 3700)
    size = rng.randint(380, 460) + rng.randint(0, 99) / 100
    lines += [
        "",
        f"1 row in set. Elapsed: {elapsed:.3f} sec. Processed {rows / 1000:.2f} thousand rows, "
        f"{size:.2f} KB ({rows / elapsed / 1e6:.2f} million rows/s., "
        f"{size / 1000 / elapsed:.2f} MB/s.)",
        f"Peak memory usage: {rng.randint(120, 990)}.{rng.randint(10, 99)} KiB.",
        "",
        "edb-analytics :) ",
    ]
    return "\n".join(lines) + "\n"


def _php(value: Any) -> str:
    """``value`` in PHP's ``serialize`` format (strings counted in UTF-8 bytes, floats as
    ``d:``, ints as ``i:``, null as ``N;``, dicts as ``a:N:{...}``)."""
    if value is None:
        return "N;"
    if isinstance(value, bool):
        return f"b:{int(value)};"
    if isinstance(value, int):
        return f"i:{value};"
    if isinstance(value, float):
        return f"d:{value!r};"
    if isinstance(value, str):
        return f's:{len(value.encode("utf-8"))}:"{value}";'
    items = "".join(_php(k) + _php(v) for k, v in value.items())
    return f"a:{len(value)}:{{{items}}}"


def php_serialized(row: dict[str, Any], rng: random.Random) -> str:
    """A Laravel file-cache entry of a school-finder app (``storage/framework/cache/data``):
    a ten-digit expiry time (Unix seconds) then the cached school in PHP's ``serialize``
    format: the school number, names and address in English and Chinese (``name`` and
    ``address`` arrays), category, district, level, session, a ``contact`` array with the
    ``telephone`` and ``fax`` fields (an empty string where the row has none) and the web site,
    the coordinates as floats, and an invented ``cached_at`` time."""
    when = _when(rng)
    expiry = int(when.timestamp()) + rng.choice((3600, 21600, 86400, 604800))

    def coordinate(key: str) -> float | None:
        value = _f(row, key)
        return float(value) if value else None

    school = {
        "school_no": _f(row, "SCHOOL NO."),
        "name": {"en": _f(row, "ENGLISH NAME"), "zh_HK": _f(row, "中文名稱")},
        "category": {"en": _f(row, "ENGLISH CATEGORY"), "zh_HK": _f(row, "中文類別")},
        "address": {"en": _f(row, "ENGLISH ADDRESS"), "zh_HK": _f(row, "中文地址")},
        "district": {"en": _f(row, "DISTRICT"), "zh_HK": _f(row, "分區")},
        "level": _f(row, "SCHOOL LEVEL"),
        "session": _f(row, "SESSION"),
        "gender": _f(row, "STUDENTS GENDER"),
        "contact": {"telephone": phone(row), "fax": fax(row), "website": _f(row, "WEBSITE")},
        "lat": coordinate("LATITUDE"),
        "lng": coordinate("LONGITUDE"),
        "cached_at": when.strftime("%Y-%m-%d %H:%M:%S"),
    }
    return f"{expiry}{_php(school)}"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "debezium_event": debezium_event,
    "jscontact_card": jscontact_card,
    "clickhouse_vertical": clickhouse_vertical,
    "php_serialized": php_serialized,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    labelled."""
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
