"""held_out_447 of the PII evaluation set: real phone fields of a list no earlier part used
(Lazio's health services for foreigners, the ASLs' offices that issue the STP and ENI codes and
their general-medicine clinics, as the 'Sanimapp' list gives them; Italy's earlier parts took
ICCU's libraries, Regione Lombardia's accredited care homes, the comuni's contacts, Puglia's and
Piemonte's accommodation, the Ministry of Justice's offices and prisons, the Ministry of
Health's consultori, the prefectures' contacts, Piemonte's museums and Lombardia's sports
centres) exactly as published, in layouts no earlier part has, beside the list's own
addresses, towns, provinces, services, opening hours and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Numero di Telefono`` of 119 services (``scripts/data/
  pii_it_lazio_sanimapp.json``, written by ``scripts/it_lazio_sanimapp_data.py``; source and
  licence in that file), written whole as the list writes them: Italian numbers with the area
  code and a hyphen (``06-68353565``, ``0761-236764``), some with a short alternative ending
  after a slash (``06-68353113 / 3127``), a few with two numbers or a label (``0774-779751 /
  0774-779122``, ``0761-1860420 fax 0761-1860439``, ``Pediatria: 06-68356263``); every copy of
  the field written, each number in it labelled (``pii_held_out_14.labelled_record``); the
  short alternative endings (``3127``) are no number of their own and stay unlabelled;
* the text around them is the same row's real fields: the service's address, town, province,
  kind of service, opening hours (times such as ``8.30-12.30``), name where it has one and
  coordinates, with invented ids, row numbers, timestamps, tokens and dates, unlabelled and
  scored;
* in layouts no earlier part has, text in Italian (the formats' fields written from the
  helper's memory, no documentation being at hand): CSV on the Web JSON (the W3C CSVW
  ``csv2json`` standard-mode output: ``tables`` with one table's ``url`` and one ``row`` whose
  ``describes`` holds the row's cells), Splunk HTTP Event Collector requests (``POST
  /services/collector/event`` with ``Authorization: Splunk``: ``time``, ``host``, ``source``,
  ``sourcetype``, ``index``, an ``event`` whose ``messaggio`` and ``telefono`` give the
  number, and indexed ``fields``), Gotify REST API answers (``GET /message?limit=1``:
  ``messages`` with one message, its Markdown ``message`` giving the service, address, hours
  and number, ``extras`` ``client::display``, and ``paging``) and hCalendar pages (an HTML
  page of an ASL's calendar, one ``vevent`` of an opening of the service: ``summary``,
  ``dtstart``, ``dtend``, ``location``, a ``description`` with the hours and the number, and
  a footer with the number again).

Each record is seeded by its own (split, locale, layout, index). Committed with its data before
it was ever scored.

    python scripts/pii_held_out_447.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_lazio_sanimapp.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_447.jsonl.gz"
SPLIT = "held_out_447"

LAYOUTS = ("csvw_json", "splunk_hec_event", "gotify_messages", "hcalendar_event")
PHONE, COLUMN = "Numero di Telefono", "telefono"
EDGES = {COLUMN: r"\d"}
COLUMNS = {COLUMN: COLUMN}
CET = dt.timezone(dt.timedelta(hours=1))
TABLE = "http://example.org/sanita/sanimapp-servizi-stranieri-lazio.csv"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The service's phone field as published (stripped of the blanks at its ends)."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field found (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(COLUMN, phone(row))], EDGES, COLUMNS, row["path"])


def address(row: dict[str, Any]) -> str:
    return _f(row, "Indirizzo")


def town(row: dict[str, Any]) -> str:
    return _f(row, "Città")


def province(row: dict[str, Any]) -> str:
    return _f(row, "Provincia")


def service(row: dict[str, Any]) -> str:
    return _f(row, "Servizio")


def hours(row: dict[str, Any]) -> str:
    """The opening hours as the list writes them (some over two lines)."""
    return _f(row, "Orari")


def name(row: dict[str, Any]) -> str:
    """The service's building or room where the list names one, else ""."""
    return _f(row, "Nome")


def title(row: dict[str, Any]) -> str:
    """The service and its building (or town): ``Rilascio STP/ENI - Casa della Salute``."""
    return f"{service(row)} - {name(row) or town(row)}"


def rownum(row: dict[str, Any]) -> int:
    """The row's number in the list (its index in the file, from 1)."""
    return int(row["path"].rsplit("#", 1)[1]) + 1


def _coordinate(row: dict[str, Any], key: str) -> float | None:
    """A coordinate of the list (``12,4656946650698``) as a number, None where empty."""
    value = _f(row, key).replace(",", ".")
    return float(value) if value else None


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Italian winter time)."""
    day = dt.datetime(2025, 1, 13, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.choice((0, 15, 30, 45)))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _guid(rng: random.Random) -> str:
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def csvw_json(row: dict[str, Any], rng: random.Random) -> str:
    """CSV on the Web JSON (the W3C CSVW ``csv2json`` standard-mode output of one row): one
    table with its ``url`` and ``dc:title``, one ``row`` with its ``url`` (``#row=``),
    ``rownum`` and ``describes``, the row's cells under the table's column names (an invented
    service id, the coordinates as numbers)."""
    cells = {
        "id_servizio": rng.randint(10000, 99999),
        "indirizzo": address(row),
        "citta": town(row),
        "provincia": province(row),
        "servizio": service(row),
        "orari": hours(row),
        "nome": name(row),
        "telefono": phone(row),
        "longitudine": _coordinate(row, "x"),
        "latitudine": _coordinate(row, "y"),
    }
    n = rownum(row)
    table = {
        "url": TABLE,
        "dc:title": "Servizi sanitari per stranieri (STP/ENI) - Lazio",
        "dc:modified": f"{_when(rng):%Y-%m-%d}",
        "row": [{"url": f"{TABLE}#row={n + 1}", "rownum": n, "describes": [cells]}],
    }
    return _json({"tables": [table]})


def splunk_hec_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Splunk HTTP Event Collector request (``POST /services/collector/event``, an invented
    ``Authorization: Splunk`` token and request channel): ``time`` (epoch seconds), ``host``,
    ``source``, ``sourcetype`` ``_json``, ``index``, an ``event`` of a directory sync (an
    invented card id, the service, address, town, hours and ``telefono``, and a ``messaggio``
    naming the number again) and indexed ``fields`` (province, environment)."""
    when = _when(rng)
    card = rng.randint(100000, 999999)
    event = {
        "azione": "aggiornamento_scheda",
        "esito": "OK",
        "id_scheda": card,
        "servizio": service(row),
        "indirizzo": address(row),
        "comune": town(row),
        "orari": hours(row),
        "telefono": phone(row),
        "messaggio": f"Scheda {card} aggiornata: {title(row)}, {address(row)} - recapito "
        f"telefonico {phone(row)}",
        "durata_ms": rng.randint(12, 900),
    }
    body = {
        "time": round(when.timestamp() + rng.randint(0, 999) / 1000, 3),
        "host": f"sync-anagrafe-{rng.randint(1, 4):02d}",
        "source": "sanimapp:sync",
        "sourcetype": "_json",
        "index": "servizi_sanitari",
        "event": event,
        "fields": {"provincia": province(row), "ambiente": "produzione"},
    }
    head = "\r\n".join(
        [
            "POST /services/collector/event HTTP/1.1",
            "Host: http-inputs-sanita.splunkcloud.com",
            f"Authorization: Splunk {_guid(rng)}",
            f"X-Splunk-Request-Channel: {_guid(rng)}",
            "Content-Type: application/json",
            "",
            "",
        ]
    )
    return head + _json(body)


def gotify_messages(row: dict[str, Any], rng: random.Random) -> str:
    """A Gotify REST API answer (``GET /message?limit=1``): ``messages`` with one message (an
    invented id and application id, a ``title``, a Markdown ``message`` giving the service,
    address, hours and the phone field, ``priority``, ``extras`` ``client::display``
    ``text/markdown``, ``date``) and ``paging`` (``size``, ``since``, ``limit``, ``next``)."""
    mid = rng.randint(1000, 60000)
    lines = [
        f"**{service(row)}**",
        "",
        f"- Sede: {name(row) + ', ' if name(row) else ''}{address(row)} ({province(row)})",
        f"- Orari: {hours(row)}",
        f"- Telefono: {phone(row)}",
    ]
    message = {
        "id": mid,
        "appid": rng.randint(2, 12),
        "message": "\n".join(lines),
        "title": f"Nuovo servizio in elenco: {town(row)}",
        "priority": rng.choice((2, 4, 5)),
        "extras": {"client::display": {"contentType": "text/markdown"}},
        "date": _when(rng).isoformat(timespec="seconds"),
    }
    paging = {
        "size": 1,
        "since": 0,
        "limit": 1,
        "next": f"https://notifiche.example.org/message?limit=1&since={mid}",
    }
    return _json({"messages": [message], "paging": paging})


def hcalendar_event(row: dict[str, Any], rng: random.Random) -> str:
    """An hCalendar page (an ASL's calendar of openings): one ``vevent`` with an invented id,
    ``summary`` (the service and building or town), ``dtstart`` and ``dtend`` as ``abbr``
    titles, ``location`` (the address, town and province), a ``description`` with the hours
    and the phone field, an ``url``, and a footer giving the phone field again."""
    e = html.escape
    start = _when(rng)
    end = start + dt.timedelta(hours=rng.choice((2, 3, 4)))
    event = rng.randint(1000, 99999)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="it">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(title(row))} - Calendario aperture</title>",
        "</head>",
        "<body>",
        f'<div class="vevent" id="evento-{event}">',
        f'  <h2 class="summary">{e(title(row))}</h2>',
        f'  <p><abbr class="dtstart" title="{start.isoformat()}">{start:%d/%m/%Y} ore '
        f'{start:%H:%M}</abbr> - <abbr class="dtend" title="{end.isoformat()}">{end:%H:%M}'
        "</abbr></p>",
        f'  <p class="location">{e(address(row))} ({e(town(row))}, {e(province(row))})</p>',
        '  <div class="description">',
        f"    <p>Orari abituali: {e(hours(row))}</p>",
        f"    <p>Informazioni: {e(phone(row))}</p>",
        "  </div>",
        f'  <a class="url" href="https://calendario.example.org/eventi/{event}">Dettagli</a>',
        "</div>",
        f"<footer>Per prenotare chiamare il {e(phone(row))} nei giorni feriali.</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "csvw_json": csvw_json,
    "splunk_hec_event": splunk_hec_event,
    "gotify_messages": gotify_messages,
    "hcalendar_event": hcalendar_event,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each number of each copy of its phone field
    labelled."""
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
