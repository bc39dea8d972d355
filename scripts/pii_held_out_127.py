"""held_out_127 of the PII evaluation set: real phone fields of a list no earlier part used
(Hungary's driving schools on eduKRESZ's partner list; Hungary's earlier part took its hospitals
in Eurostat GISCO's healthcare-services list) exactly as published, in layouts no earlier part
has, beside the list's own names, addresses, school numbers and coordinates.

The procedure of ``held_out_30``, on another list and other layouts; earlier parts took national
numbers from registers of GB, JP, FR, KR, DE, HU (its hospitals) and many others; here:

* the values are the ``phone`` fields of 600 driving schools (a seeded sample of the 836 with a
  number; ``scripts/data/pii_hu_driving_schools.json``, written by
  ``scripts/hu_driving_schools_data.py``; source and licence in that file): Hungarian numbers as
  the list writes them, the calling code ``+36``, the area or mobile prefix, and the line in
  hyphenated groups (``+36-62-422-240``, ``+36-30-246-2732``, ``+36-1-453-4453``), a few with no
  ``+`` (``36-20-478-2799``, labelled national) or cut short (``+36-70-943-10``, labelled as
  published), each copy labelled;
* the text around them is the same row's real fields: the school's name, county, address
  (``7621 Pécs, Rákóczi út 60.``), the transport authority's school number (``nkhazon``,
  ``9943``), licence categories, web page and coordinates, with invented trace and span ids,
  session ids, IP addresses, time stamps, byte counts, durations, status codes, thread ids and
  versions, unlabelled and scored;
* in layouts no earlier part has, logging and observability formats, text in Hungarian:
  OpenTelemetry OTLP/JSON log exports (an ``ExportLogsServiceRequest`` whose log record has the
  number in its ``body`` and again as an attribute), W3C Extended Log File Format logs of the
  schools' booking site (``#Fields:`` directives, a page view and a call-back request each with
  the number in a quoted ``x-telefon`` field), Grafana Loki push-API bodies (a stream labelled by
  county and school number, two log lines repeating the number) and Log4j 2 ``XmlLayout``
  event files (an ``Event`` whose ``Message`` gives the number and whose ``ContextMap`` repeats
  it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_127.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_hu_driving_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_127.jsonl.gz"
SPLIT = "held_out_127"

LAYOUTS = ("otlp_logs_json", "w3c_extended_log", "loki_push_json", "log4j2_xml")
PHONE = "phone"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented things the booking site logs (no real service is meant)
EVENTS = (
    "időpontfoglalás", "visszahívás kérése", "tanfolyami jelentkezés", "árajánlat kérése",
    "KRESZ-tanfolyam érdeklődés",
)  # fmt: skip
AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 6, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(
        seconds=rng.randint(0, 330 * 86400), microseconds=rng.randint(0, 999) * 1000
    )


def _nanos(moment: dt.datetime) -> int:
    """``moment`` in nanoseconds since the epoch."""
    return int(moment.timestamp()) * 1_000_000_000 + moment.microsecond * 1000


def _hex(rng: random.Random, digits: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(digits))


def _ip(rng: random.Random) -> str:
    """An invented client address of a documentation or private range."""
    return rng.choice(
        (
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        )
    )


def _slug(row: dict[str, Any]) -> str:
    """The school's page on the invented booking site (by its school number)."""
    return f"/autosiskola/{_f(row, 'nkhazon')}"


def otlp_logs_json(row: dict[str, Any], rng: random.Random) -> str:
    """An OpenTelemetry OTLP/JSON ``ExportLogsServiceRequest`` of the booking site's import job:
    the resource's ``service.*`` and ``host.name`` attributes, one scope, one log record with
    invented time stamps, trace and span ids, ``severityNumber`` 9 (``INFO``), the school's
    update as the ``body`` (name, address and number) and the school's fields as attributes
    (``autosiskola.telefon`` repeating the number, the coordinates as ``doubleValue``s)."""
    tel, name = phone(row), _f(row, "name")
    when = _when(rng)
    seen = when + dt.timedelta(milliseconds=rng.randint(2, 900))

    def attr(key: str, value: Any) -> dict[str, Any]:
        if isinstance(value, float):
            return {"key": key, "value": {"doubleValue": value}}
        if isinstance(value, int):
            return {"key": key, "value": {"intValue": str(value)}}
        return {"key": key, "value": {"stringValue": value}}

    record = {
        "timeUnixNano": str(_nanos(when)),
        "observedTimeUnixNano": str(_nanos(seen)),
        "severityNumber": 9,
        "severityText": "INFO",
        "body": {
            "stringValue": f"Autósiskola adatlapja frissítve: {name} ({_f(row, 'address')}), "
            f"telefon: {tel}"
        },
        "attributes": [
            attr("autosiskola.nev", name),
            attr("autosiskola.telefon", tel),
            attr("autosiskola.cim", _f(row, "address")),
            attr("autosiskola.megye", _f(row, "category")),
            attr("autosiskola.nkh_azonosito", _f(row, "nkhazon")),
            attr("autosiskola.kategoriak", _f(row, "tags")),
            attr("geo.lat", float(_f(row, "lat"))),
            attr("geo.lon", float(_f(row, "lon"))),
            attr("import.sor", rng.randint(1, 942)),
        ],
        "traceId": _hex(rng, 32),
        "spanId": _hex(rng, 16),
    }
    message = {
        "resourceLogs": [
            {
                "resource": {
                    "attributes": [
                        attr("service.name", "jogsiterkep-import"),
                        attr("service.version", f"{rng.randint(1, 3)}.{rng.randint(0, 12)}."
                                                f"{rng.randint(0, 9)}"),
                        attr("host.name", f"import-{rng.randint(1, 4)}"),
                    ]
                },
                "scopeLogs": [
                    {
                        "scope": {"name": "jogsiterkep.import.partnerek", "version": "1.0.0"},
                        "logRecords": [record],
                    }
                ],
            }
        ]
    }  # fmt: skip
    return json.dumps(message, ensure_ascii=False, indent=2) + "\n"


def _w3c(value: str) -> str:
    """A W3C extended log string field: in double quotes, a quote doubled."""
    return '"' + value.replace('"', '""') + '"'


W3C_FIELDS = (
    "date time c-ip cs-method cs-uri-stem cs-uri-query sc-status sc-bytes time-taken "
    "cs(User-Agent) x-iskola x-cim x-telefon"
)


def w3c_extended_log(row: dict[str, Any], rng: random.Random) -> str:
    """A W3C Extended Log File Format log (``#Version: 1.0``) of the booking site: the
    ``#Software``, ``#Version``, ``#Date``, ``#Remark`` and ``#Fields`` directives, a page view
    of the school's page and a call-back request, each line with the school's name, address and
    number as quoted ``x-`` fields; invented client address, byte counts, durations and a user
    agent (spaces as ``+``, as such logs write it)."""
    tel, name = phone(row), _f(row, "name")
    when = _when(rng)
    back = when + dt.timedelta(seconds=rng.randint(20, 600))
    ip = _ip(rng)
    agent = rng.choice(AGENTS).replace(" ", "+")
    event = rng.choice(EVENTS)

    def line(moment: dt.datetime, method: str, stem: str, query: str, status: int) -> str:
        return " ".join(
            (
                f"{moment:%Y-%m-%d %H:%M:%S}", ip, method, stem, query, str(status),
                str(rng.randint(800, 48000)), str(rng.randint(3, 900)), agent, _w3c(name),
                _w3c(_f(row, "address")), _w3c(tel),
            )
        )  # fmt: skip

    lines = [
        "#Software: jogsiterkep-web 2.4",
        "#Version: 1.0",
        f"#Date: {when:%Y-%m-%d %H:%M:%S}",
        f"#Remark: {event} - {_f(row, 'category')} megye, nyilvántartási szám {_f(row, 'nkhazon')}",
        f"#Fields: {W3C_FIELDS}",
        line(when, "GET", _slug(row), f"kategoria={_f(row, 'tags').split(',')[0] or 'B'}", 200),
        line(back, "POST", f"{_slug(row)}/visszahivas", "-", 303),
        "",
    ]
    return "\n".join(lines)


def loki_push_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Grafana Loki push-API body (``POST /loki/api/v1/push``): one stream labelled by job,
    county and school number, two ``values`` (nanosecond time stamps as strings, then the
    line): a booking event naming the school, its address and number, and the confirmation
    repeating the number, with an invented session id."""
    tel, name = phone(row), _f(row, "name")
    when = _when(rng)
    later = when + dt.timedelta(milliseconds=rng.randint(40, 5000))
    session = _hex(rng, 12)
    event = rng.choice(EVENTS)
    body = {
        "streams": [
            {
                "stream": {
                    "job": "jogsiterkep-foglalas",
                    "megye": _f(row, "category"),
                    "nkh_azonosito": _f(row, "nkhazon"),
                    "szint": "info",
                },
                "values": [
                    [
                        str(_nanos(when)),
                        f"[{session}] {event}: {name}, {_f(row, 'address')} - "
                        f"tel.: {tel}",
                    ],
                    [
                        str(_nanos(later)),
                        f"[{session}] visszaigazolás elküldve, az iskola hívható: {tel} "
                        f"({rng.randint(1, 40)}. kérés ma)",
                    ],
                ],
            }
        ]
    }  # fmt: skip
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _attr(value: str) -> str:
    """``value`` as an XML attribute value (in double quotes)."""
    return escape(value, {'"': "&quot;"})


def log4j2_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Log4j 2 ``XmlLayout`` file (``complete="true"``) of the import job: ``Events`` with two
    ``Event``s (invented ``timeMillis``, thread, ``Instant``), the first an ``INFO`` whose
    ``Message`` gives the school's name, address and number and whose ``ContextMap`` repeats
    the number beside the school number, county and coordinates, the second a ``DEBUG`` with
    the school number and categories."""
    tel, name = phone(row), _f(row, "name")
    when = _when(rng)
    later = when + dt.timedelta(milliseconds=rng.randint(1, 300))
    thread = rng.randint(10, 64)
    ns = 'xmlns="http://logging.apache.org/log4j/2.0/events"'
    fqcn = "org.apache.logging.log4j.spi.AbstractLogger"

    def event(moment: dt.datetime, level: str, logger: str) -> str:
        millis = int(moment.timestamp()) * 1000 + moment.microsecond // 1000
        return (
            f'<Event {ns} timeMillis="{millis}" thread="pool-1-thread-{thread}" '
            f'level="{level}" loggerName="{logger}" endOfBatch="false" loggerFqcn="{fqcn}" '
            f'threadId="{thread + 20}" threadPriority="5">'
        )

    def instant(moment: dt.datetime) -> str:
        return (
            f'  <Instant epochSecond="{int(moment.timestamp())}" '
            f'nanoOfSecond="{moment.microsecond * 1000}"/>'
        )

    items = [
        ("iskola", name), ("telefon", tel), ("nkhAzonosito", _f(row, "nkhazon")),
        ("megye", _f(row, "category")), ("lat", _f(row, "lat")), ("lon", _f(row, "lon")),
    ]  # fmt: skip
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<Events {ns}>",
        event(when, "INFO", "hu.jogsiterkep.importalas.PartnerImport"),
        instant(when),
        f"  <Message>Partner autósiskola betöltve: {escape(name)} "
        f"({escape(_f(row, 'address'))}), telefon: {tel}</Message>",
        "  <ContextMap>",
        *[f'    <item key="{key}" value="{_attr(value)}"/>' for key, value in items],
        "  </ContextMap>",
        "</Event>",
        event(later, "DEBUG", "hu.jogsiterkep.importalas.Kategoriak"),
        instant(later),
        f"  <Message>{escape(_f(row, 'nkhazon'))}. számú iskola kategóriái: "
        f"{escape(_f(row, 'tags'))}</Message>",
        "</Event>",
        "</Events>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "otlp_logs_json": otlp_logs_json,
    "w3c_extended_log": w3c_extended_log,
    "loki_push_json": loki_push_json,
    "log4j2_xml": log4j2_xml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
