"""held_out_382 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the facility table of the Hawaii State Department of Health's school
immunization reporting application: Hawaii's public and public charter schools; Hawaii stands
for the Pacific island states, as no Fijian, Papua New Guinean or Samoan register with enough
numbers was found; the United States' earlier parts took other registers, none of Hawaii's
own) exactly as its database holds them, in layouts no earlier part has, beside the table's
own names, streets, ZIP codes and ids.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 290 schools (and of the department itself), their ``fax``
  where the table gives one (not ``0``, not ``NULL``) and their ``email`` where it holds an
  address (one row: ``webmail@doh.hawaii.gov``) (``scripts/data/pii_us_hi_school_facilities.
  json``, written by ``scripts/us_hi_school_facilities_data.py``; source and licence in that
  file): Hawaiian numbers as the table's ``bigint`` columns hold them, the ten digits with the
  area code and no punctuation (``8087334900``); every copy labelled;
* the text around them is the same row's real fields: the school's name, street, ZIP code
  (``96816``), city, its district and island (the dump's ``district`` table), enrolment
  counts and grade ids, with invented binary-log positions, transaction ids, time stamps
  (ten-digit Unix seconds among them), event ids, line numbers and hosts, unlabelled and
  scored;
* in layouts no earlier part has, the traces such an application's MySQL database and Django
  code leave, text in English: ``mysqlbinlog --base64-output=DECODE-ROWS --verbose`` output of
  one row-based ``Update_rows`` event on ``depthealth.facility`` (a ``Table_map`` event, then
  ``### UPDATE`` with the ``### WHERE`` before image and the ``### SET`` after image, columns as
  ``@1``..``@22``, the ``Xid`` and ``COMMIT``), Maxwell's Daemon change events (one JSON
  object of ``database``, ``table``, ``type`` ``update``, ``ts``, ``xid``, ``commit``,
  ``position``, ``server_id``, ``thread_id``, ``primary_key``, the row as ``data`` and the
  changed columns' old values as ``old``), ``mysql --xml`` result sets (``<resultset
  statement="...">`` of a look-up of the school by its number joined to its district, one
  ``<row>`` of ``<field name="...">``, ``xsi:nil="true"`` for NULL) and Sentry error events
  of the Python SDK's Django integration (an exception raised while a school's report is
  saved: ``event_id``, ``timestamp``, ``platform`` ``python``, ``level``, ``logger``,
  ``transaction``, ``exception.values`` with a stack trace whose frame ``vars`` hold the
  facility's fields, ``request``, ``tags``, ``extra`` repeating the facility, ``contexts`` and
  ``sdk``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_382.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_hi_school_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_382.jsonl.gz"
SPLIT = "held_out_382"

LAYOUTS = ("mysqlbinlog_rows", "maxwell_change", "mysql_xml_resultset", "sentry_event")
PHONE, FAX, EMAIL = "phone", "fax", "email"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
HST = dt.timezone(dt.timedelta(hours=-10))
# the facility table's columns, in the dump's order, and which of them are strings
FACILITY = (
    "id", "name", "street", "zip", "city", "has_pre_k", "is_only_pre_k", "phone", "fax",
    "email", "under_19_months", "over_19_months", "total_prek", "kinder_enroll",
    "other_enroll", "total_enrolled", "allimmune", "district_id", "highest_grade_id",
    "lowest_grade_id", "count", "compliant",
)  # fmt: skip
STRINGS = frozenset({"name", "street", "city", "email"})
# the dump's district table: id -> (name, island)
DISTRICTS = {
    "1": ("Central", "Oahu"), "2": ("Leeward", "Oahu"), "3": ("Honolulu", "Oahu"),
    "4": ("Hawaii", "Hawaii"), "5": ("Hilo Waiakea", "Hawaii"), "6": ("Kauai", "Kauai"),
    "7": ("Kauai Niihau", "Niihau"), "8": ("Maui", "Maui"), "9": ("Maui Molokai", "Molokai"),
    "10": ("Windward", "Oahu"),
}  # fmt: skip

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str | None:
    """A column's value as dumped (None for NULL)."""
    return row["fields"][key]


def phone(row: dict[str, Any]) -> str:
    """The facility's telephone as the table holds it."""
    return row["fields"][PHONE]


def fax(row: dict[str, Any]) -> str:
    """The facility's fax where it is a number (not ``0``, not NULL, not the telephone)."""
    value = row["fields"][FAX] or ""
    return value if len(value) >= 7 and value != phone(row) else ""


def email(row: dict[str, Any]) -> str:
    """The facility's mailbox where the field holds one well-formed address, else ""."""
    value = row["fields"][EMAIL] or ""
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the table's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone, fax and mailbox (empty ones are skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone, fax and mailbox labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def district(row: dict[str, Any]) -> tuple[str, str]:
    """The facility's district and island."""
    return DISTRICTS[row["fields"]["district_id"]]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a school day of the 2015-16 school year (Hawaii time)."""
    day = dt.datetime(2015, 8, 10, tzinfo=HST) + dt.timedelta(days=rng.randint(0, 280))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(7, 16), minutes=rng.randint(0, 59),
                              seconds=rng.randint(0, 59))  # fmt: skip


def _changed(row: dict[str, Any], rng: random.Random) -> dict[str, str]:
    """The columns a report changes (counts and flags), with their new values."""
    kinder, other = rng.randint(40, 180), rng.randint(150, 1400)
    return {
        "kinder_enroll": str(kinder),
        "other_enroll": str(other),
        "total_enrolled": str(kinder + other),
        "count": str(int(_f(row, "count") or 0) + 1),
        "compliant": rng.choice(("0", "1")),
    }


def _json_value(key: str, value: str | None) -> Any:
    """A column's value as a JSON row carries it: strings as strings, numbers as numbers."""
    if value is None or key in STRINGS:
        return value
    return int(value)


def _binlog_value(key: str, value: str | None) -> str:
    """A column's value as ``mysqlbinlog --verbose`` shows it."""
    if value is None:
        return "NULL"
    if key in STRINGS:
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return value


def mysqlbinlog_rows(row: dict[str, Any], rng: random.Random) -> str:
    """``mysqlbinlog --base64-output=DECODE-ROWS --verbose`` output of one transaction: the
    ``Query`` event opening it, the ``Table_map`` of ``depthealth.facility``, one
    ``Update_rows`` event shown as ``### UPDATE`` with the row's before image (``### WHERE``)
    and after image (``### SET``), its columns as ``@1``..``@22``, then the ``Xid`` event."""
    when = _when(rng)
    stamp = f"{when:%y%m%d} {when.hour:2d}:{when:%M:%S}"  # the hour padded with a blank
    unix = int(when.timestamp())
    pos = rng.randint(4, 900) * 97 + 120
    table_id = rng.randint(70, 240)
    thread = rng.randint(20, 9000)
    after = {**row["fields"], **_changed(row, rng)}

    def crc() -> str:
        return f"0x{rng.getrandbits(32):08x}"

    def image(values: dict[str, str | None]) -> list[str]:
        return [f"###   @{i}={_binlog_value(k, values[k])}" for i, k in enumerate(FACILITY, 1)]

    begin_end = pos + 79
    map_end = begin_end + 76
    rows_end = map_end + 180 + len(_f(row, "name") or "") * 2
    xid_end = rows_end + 31
    lines = [
        f"# at {pos}",
        f"#{stamp} server id 1  end_log_pos {begin_end} CRC32 {crc()} \tQuery\tthread_id="
        f"{thread}\texec_time=0\terror_code=0",
        f"SET TIMESTAMP={unix}/*!*/;",
        "BEGIN",
        "/*!*/;",
        f"# at {begin_end}",
        f"#{stamp} server id 1  end_log_pos {map_end} CRC32 {crc()} \tTable_map: "
        f"`depthealth`.`facility` mapped to number {table_id}",
        f"# at {map_end}",
        f"#{stamp} server id 1  end_log_pos {rows_end} CRC32 {crc()} \tUpdate_rows: table id "
        f"{table_id} flags: STMT_END_F",
        "### UPDATE `depthealth`.`facility`",
        "### WHERE",
        *image(row["fields"]),
        "### SET",
        *image(after),
        f"# at {rows_end}",
        f"#{stamp} server id 1  end_log_pos {xid_end} CRC32 {crc()} \tXid = "
        f"{rng.randint(10000, 999999)}",
        "COMMIT/*!*/;",
    ]
    return "\n".join(lines) + "\n"


def maxwell_change(row: dict[str, Any], rng: random.Random) -> str:
    """One change event of Maxwell's Daemon for an update of the row: ``database``, ``table``,
    ``type``, ``ts``, ``xid``, ``commit``, ``position``, ``server_id``, ``thread_id``, the
    primary key, the row after the update as ``data`` and the changed columns' old values as
    ``old``."""
    changed = _changed(row, rng)
    after = {**row["fields"], **changed}
    doc = {
        "database": "depthealth",
        "table": "facility",
        "type": "update",
        "ts": int(_when(rng).timestamp()),
        "xid": rng.randint(100000, 9999999),
        "commit": True,
        "position": f"mysql-bin.{rng.randint(1, 40):06d}:{rng.randint(400, 90000)}",
        "server_id": 1,
        "thread_id": rng.randint(20, 9000),
        "primary_key": [int(row["fields"]["id"])],
        "primary_key_columns": ["id"],
        "data": {k: _json_value(k, after[k]) for k in FACILITY},
        "old": {k: _json_value(k, row["fields"][k]) for k in changed
                if row["fields"][k] != after[k]},
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def mysql_xml_resultset(row: dict[str, Any], rng: random.Random) -> str:
    """``mysql --xml -e`` output of a look-up of the facility by its telephone joined to its
    district: ``<resultset statement="...">``, one ``<row>`` of ``<field name="...">``, an
    empty element with ``xsi:nil="true"`` for NULL."""
    statement = (
        "SELECT f.id, f.name, f.street, f.city, f.zip, f.phone, f.fax, f.email, "
        "f.total_enrolled, f.compliant, d.name AS district, d.island_id AS island "
        f"FROM facility f JOIN district d ON d.id = f.district_id WHERE f.phone = {phone(row)}"
    )
    name, island = district(row)
    values: list[tuple[str, str | None]] = [
        (k, _f(row, k))
        for k in ("id", "name", "street", "city", "zip", "phone", "fax", "email",
                  "total_enrolled", "compliant")
    ] + [("district", name), ("island", island)]  # fmt: skip
    fields = []
    for key, value in values:
        if value is None:
            fields.append(f'\t<field name="{key}" xsi:nil="true" />')
        else:
            fields.append(f'\t<field name="{key}">{escape(value)}</field>')
    out = [
        '<?xml version="1.0"?>',
        "",
        f"<resultset statement={quoteattr(statement)} "
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        "  <row>",
        *fields,
        "  </row>",
        "</resultset>",
    ]
    return "\n".join(out) + "\n"


def sentry_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Sentry error event of the Python SDK's Django integration: a report of the facility
    failing to save (``ValueError`` on an empty enrolment count), with ``exception.values``
    whose innermost frame's ``vars`` hold the facility's fields, the ``request``, ``tags`` of
    the district and island, ``extra`` repeating the facility, ``contexts`` and ``sdk``."""
    when = _when(rng)
    fid = row["fields"]["id"]
    name, island = district(row)
    facility = {k: _json_value(k, row["fields"][k]) for k in FACILITY}
    path = f"/reportinput/{fid}/submit/"
    doc = {
        "event_id": f"{rng.getrandbits(128):032x}",
        "timestamp": when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.")
        + f"{rng.randint(0, 999999):06d}Z",
        "platform": "python",
        "level": "error",
        "logger": "django.request",
        "transaction": "reportinput.views.submit_report",
        "server_name": f"ip-172-31-{rng.randint(0, 63)}-{rng.randint(1, 254)}",
        "environment": "production",
        "release": f"depthealth@{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
        "exception": {
            "values": [
                {
                    "type": "ValueError",
                    "value": "invalid literal for int() with base 10: ''",
                    "module": None,
                    "mechanism": {"type": "django", "handled": False},
                    "stacktrace": {
                        "frames": [
                            {
                                "filename": "django/core/handlers/base.py",
                                "abs_path": "/opt/python/run/venv/lib/python3.4/site-packages/"
                                "django/core/handlers/base.py",
                                "function": "get_response",
                                "module": "django.core.handlers.base",
                                "lineno": 132,
                                "in_app": False,
                            },
                            {
                                "filename": "reportinput/views.py",
                                "abs_path": "/opt/python/current/app/reportinput/views.py",
                                "function": "submit_report",
                                "module": "reportinput.views",
                                "lineno": rng.randint(40, 180),
                                "context_line": "    facility.kinder_enroll = "
                                "int(request.POST['kinder_enroll'])",
                                "in_app": True,
                                "vars": {
                                    "request": f"<WSGIRequest: POST '{path}'>",
                                    "facility_id": f"'{fid}'",
                                    "facility": facility,
                                },
                            },
                        ]
                    },
                }
            ]
        },
        "request": {
            "url": f"http://depthealth-env.elasticbeanstalk.com{path}",
            "method": "POST",
            "query_string": "",
            "headers": {
                "Host": "depthealth-env.elasticbeanstalk.com",
                "Referer": f"http://depthealth-env.elasticbeanstalk.com/reportinput/{fid}/",
                "Content-Type": "application/x-www-form-urlencoded",
            },
            "data": {"kinder_enroll": "", "other_enroll": str(rng.randint(100, 1500))},
        },
        "tags": {
            "district": name,
            "island": island,
            "facility_id": fid,
            "url": f"http://depthealth-env.elasticbeanstalk.com{path}",
        },
        "extra": {"facility": facility, "sys.argv": ["/opt/python/run/venv/bin/mod_wsgi"]},
        "contexts": {
            "runtime": {"name": "CPython", "version": "3.4.3", "build": "3.4.3"},
            "trace": {
                "trace_id": f"{rng.getrandbits(128):032x}",
                "span_id": f"{rng.getrandbits(64):016x}",
                "op": "http.server",
            },
        },
        "sdk": {
            "name": "sentry.python.django",
            "version": "0.7.10",
            "packages": [{"name": "pypi:sentry-sdk", "version": "0.7.10"}],
            "integrations": ["django", "logging", "stdlib", "threading"],
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mysqlbinlog_rows": mysqlbinlog_rows,
    "maxwell_change": maxwell_change,
    "mysql_xml_resultset": mysql_xml_resultset,
    "sentry_event": sentry_event,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone, fax and
    mailbox labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
