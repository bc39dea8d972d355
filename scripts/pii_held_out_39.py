"""held_out_39 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Belgium) exactly as published, in log and observability formats no earlier
part has, beside the row's real ids, postcodes, bed counts and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_38`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID,
PT, CL, HU and KE; here:

* the values are the phone fields of Belgian hospital sites in Eurostat GISCO's
  healthcare-services data (``scripts/data/pii_be_hospitals.json``, written by
  ``scripts/be_hospitals_data.py``; source and licence in that file): numbers as each site
  gave them, the area code with its trunk ``0`` before a slash and the line in dotted pairs
  (``050/36.91.11``, ``02/221.91.11``), each copy labelled; the file gives no e-mail address;
* the text around them is the same row's real fields: its site id (``1000``), its four-digit
  postcode (``8310``), bed count, coordinates and the dataset's reference and publication
  dates, with invented times, host names, process ids, record numbers, cursors and GUIDs,
  unlabelled and scored;
* in layouts no earlier part has, labels in the language of the site's region by its postcode
  (Dutch in Flanders, French in Brussels and Wallonia, German in the German-speaking
  community's 47xx): three RFC 5424 syslog lines of an import job, the row in a
  structured-data element (``[ziekenhuis@32473 ... telefoon="050/36.91.11" ...]``, values
  escaped as the RFC says); an Elastic Common Schema event as ecs-logging writes it (one JSON
  line, ``@timestamp``, ``log.level`` and ``message`` first, the rest nested and sorted,
  non-ASCII escaped, the phone under ``labels``); an entry of ``journalctl -o export``
  (``__CURSOR``, ``__REALTIME_TIMESTAMP``, the trusted ``_PID``/``_SYSTEMD_UNIT`` fields, the
  row in user fields ``TELEFOON=...``); and a Windows event as Event Viewer's XML view shows
  it (``<System>`` with ``EventRecordID``, ``TimeCreated``, ``Execution``, the row in named
  ``<Data>`` elements of ``<EventData>``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_39.py   # rewrites the committed file
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
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_be_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_39.jsonl.gz"
SPLIT = "held_out_39"

LAYOUTS = ("rfc5424_syslog", "ecs_json", "journal_export", "windows_event_xml")
PHONE = "tel"
# the invented times: from the dataset's publication (16 April 2020), for 400 days
START = datetime.datetime(2020, 4, 17, tzinfo=datetime.UTC)
# the words of each language: field names (ASCII, as logs name fields) and messages
WORDS = {
    "nl": {
        "app": "ziekenhuis-sync", "sd": "ziekenhuis", "hospital": "ziekenhuis", "site": "vestiging",
        "name": "naam", "street": "straat", "phone": "telefoon", "postcode": "postcode",
        "city": "gemeente", "beds": "bedden", "kind": "type", "ref": "peildatum",
        "start": "Import ziekenhuisregister gestart (GISCO, gepubliceerd {pub})",
        "updated": "Contactgegevens bijgewerkt: {name}, {city}",
        "done": "Import klaar: 1 vestiging bijgewerkt, 0 fouten",
    },
    "fr": {
        "app": "hopitaux-sync", "sd": "hopital", "hospital": "hopital", "site": "site",
        "name": "nom", "street": "rue", "phone": "telephone", "postcode": "code_postal",
        "city": "commune", "beds": "lits", "kind": "type", "ref": "date_reference",
        "start": "Import du registre des hôpitaux démarré (GISCO, publié le {pub})",
        "updated": "Coordonnées mises à jour : {name}, {city}",
        "done": "Import terminé : 1 site mis à jour, 0 erreur",
    },
    "de": {
        "app": "krankenhaus-sync", "sd": "krankenhaus", "hospital": "krankenhaus",
        "site": "standort", "name": "name", "street": "strasse", "phone": "telefon",
        "postcode": "postleitzahl", "city": "gemeinde", "beds": "betten", "kind": "art",
        "ref": "stichtag",
        "start": "Import des Krankenhausregisters gestartet (GISCO, veröffentlicht am {pub})",
        "updated": "Kontaktdaten aktualisiert: {name}, {city}",
        "done": "Import beendet: 1 Standort aktualisiert, 0 Fehler",
    },
}  # fmt: skip
HOSTS = ("etl-01", "etl-02", "sync-a", "sync-b", "ingest-03")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def language(row: dict[str, Any]) -> str:
    """The language of the site's region by its postcode: German in the German-speaking
    community (47xx), French in Brussels (1000-1299) and Wallonia (1300-1499, 4000-7999),
    Dutch in Flanders."""
    code = int(_f(row, "postcode"))
    if 4700 <= code < 4800:
        return "de"
    if code < 1500 or 4000 <= code < 8000:
        return "fr"
    return "nl"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _when(rng: random.Random) -> datetime.datetime:
    """An invented moment (UTC, microseconds) of the months after the dataset's publication."""
    return START + datetime.timedelta(microseconds=rng.randint(0, 400 * 86400 * 10**6))


def _brussels(moment: datetime.datetime) -> datetime.datetime:
    """``moment`` in Brussels time: CEST (+02:00) from the last Sunday of March to the last
    Sunday of October at 01:00 UTC, CET (+01:00) otherwise."""

    def last_sunday(month: int) -> datetime.datetime:
        day = datetime.datetime(moment.year, month, 31, 1, tzinfo=datetime.UTC)
        return day - datetime.timedelta(days=(day.weekday() + 1) % 7)

    summer = last_sunday(3) <= moment < last_sunday(10)
    return moment.astimezone(datetime.timezone(datetime.timedelta(hours=2 if summer else 1)))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field labelled (each number in it by
    ``labelled_record``). Each copy stands apart (no digit next to it), so a copy is never part
    of another value."""
    value = phone(row)
    return phone_copies(text, value, PHONE, row["path"])


def _name(row: dict[str, Any]) -> str:
    """The hospital's name, with its site's after `` - `` where the row names one."""
    site = _f(row, "site_name")
    return f"{_f(row, 'hospital_name')} - {site}" if site else _f(row, "hospital_name")


def _sd(value: str) -> str:
    """An RFC 5424 SD-PARAM value: ``"``, ``\\`` and ``]`` escaped with a backslash."""
    return re.sub(r'(["\\\]])', r"\\\1", value)


def _syslog_time(moment: datetime.datetime) -> str:
    """An RFC 5424 TIMESTAMP: Brussels time, microseconds, the offset with a colon."""
    return _brussels(moment).isoformat(timespec="microseconds")


def rfc5424_syslog(row: dict[str, Any], rng: random.Random) -> str:
    """Three RFC 5424 lines of an import job (facility local0, an invented host and process
    id): the job's start, the row as a structured-data element of the enterprise number
    RFC 5612 reserves for documentation (``[ziekenhuis@32473 id="1000" ... telefoon="..."]``,
    the coordinates in a second element, ``meta`` with a sequence id and the language) and a
    message in the region's language, and the job's end."""
    w = WORDS[language(row)]
    t0 = _when(rng)
    t1 = t0 + datetime.timedelta(microseconds=rng.randint(200_000, 9_000_000))
    t2 = t1 + datetime.timedelta(microseconds=rng.randint(5_000, 900_000))
    head = f"{rng.choice(HOSTS)} {w['app']} {rng.randint(300, 65000)}"
    seq = rng.randint(1, 90000)
    params = [
        ("id", _f(row, "id")),
        (w["name"], _name(row)),
        (w["street"], _f(row, "street")),
        (w["postcode"], _f(row, "postcode")),
        (w["city"], _f(row, "city")),
        (w["phone"], phone(row)),
        (w["beds"], _f(row, "cap_beds")),
        (w["ref"], _f(row, "ref_date")),
    ]
    sd = " ".join(f'{k}="{_sd(v)}"' for k, v in params)
    geo = f'[geo@32473 lat="{_f(row, "lat")}" lon="{_f(row, "lon")}"]'
    meta = f'[meta sequenceId="{seq}" language="{language(row)}"]'
    updated = w["updated"].format(name=_name(row), city=_f(row, "city"))
    lines = [
        f"<134>1 {_syslog_time(t0)} {head} import-start - "
        + w["start"].format(pub=_f(row, "pub_date")),
        f"<133>1 {_syslog_time(t1)} {head} contact [{w['sd']}@32473 {sd}]{geo}{meta} {updated}",
        f"<134>1 {_syslog_time(t2)} {head} import-end - {w['done']}",
    ]
    return "\n".join(lines) + "\n"


def ecs_json(row: dict[str, Any], rng: random.Random) -> str:
    """The update as an Elastic Common Schema event, one JSON line as the ecs-logging libraries
    write it: ``@timestamp`` (UTC, milliseconds), ``log.level`` and ``message`` first, the rest
    nested with sorted keys, compact, non-ASCII escaped; the site under ``organization``, its
    phone, postcode, municipality, beds and coordinates under ``labels`` with the region's
    field names, an invented host, process and logger origin."""
    w = WORDS[language(row)]
    moment = _when(rng)
    rest = {
        "ecs": {"version": "1.6.0"},
        "event": {
            "action": "contact-updated",
            "dataset": f"{w['app']}.import",
            "kind": "event",
            "module": w["app"],
        },
        "host": {"hostname": rng.choice(HOSTS)},
        "labels": {
            w["phone"]: phone(row),
            w["postcode"]: _f(row, "postcode"),
            w["city"]: _f(row, "city"),
            w["beds"]: _f(row, "cap_beds"),
            "lat": _f(row, "lat"),
            "lon": _f(row, "lon"),
            w["ref"]: _f(row, "ref_date"),
        },
        "log": {
            "logger": f"{w['app'].replace('-', '_')}.contacts",
            "origin": {
                "file": {"line": rng.randint(40, 400), "name": "contacts.py"},
                "function": "update_contact",
            },
        },
        "organization": {"id": _f(row, "id"), "name": _name(row)},
        "process": {
            "name": "MainProcess",
            "pid": rng.randint(300, 65000),
            "thread": {
                "id": rng.randint(139_000_000_000_000, 140_000_000_000_000),
                "name": "MainThread",
            },
        },
        "service": {"name": w["app"]},
    }
    first = {
        "@timestamp": moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "log.level": "info",
        "message": w["updated"].format(name=_name(row), city=_f(row, "city")),
    }
    head = json.dumps(first, separators=(",", ":"))
    body = json.dumps(rest, sort_keys=True, separators=(",", ":"))
    return head[:-1] + "," + body[1:] + "\n"


def journal_export(row: dict[str, Any], rng: random.Random) -> str:
    """The update as one entry of ``journalctl -o export``: ``__CURSOR`` (seqnum id, seqnum,
    boot id, monotonic and realtime in hex, a hash), ``__REALTIME_TIMESTAMP`` and
    ``__MONOTONIC_TIMESTAMP`` in microseconds, ``_BOOT_ID``, the fields the service sent
    (``PRIORITY``, ``SYSLOG_IDENTIFIER``, ``CODE_*``, ``MESSAGE``, the row in upper-case
    fields named in the region's language, ``TELEFOON=...``), then journald's trusted fields
    (``_PID``, ``_UID``, ``_SYSTEMD_UNIT``, ...), the entry closed by an empty line."""
    w = WORDS[language(row)]
    moment = _when(rng)
    realtime = int((moment - datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)).total_seconds())
    realtime = realtime * 10**6 + moment.microsecond
    monotonic = rng.randint(3_600, 60 * 86400) * 10**6 + rng.randint(0, 999_999)
    boot, machine, seqid, invocation = (f"{rng.getrandbits(128):032x}" for _ in range(4))
    seqnum = rng.randint(10_000, 9_000_000)
    cursor = (
        f"s={seqid};i={seqnum:x};b={boot};m={monotonic:x};t={realtime:x};"
        f"x={rng.getrandbits(64):016x}"
    )
    pid, uid = rng.randint(300, 65000), rng.choice((998, 999, 1001))
    unit = f"{w['app']}.service"
    fields = [
        ("__CURSOR", cursor),
        ("__REALTIME_TIMESTAMP", str(realtime)),
        ("__MONOTONIC_TIMESTAMP", str(monotonic)),
        ("_BOOT_ID", boot),
        ("PRIORITY", "5"),
        ("SYSLOG_IDENTIFIER", w["app"]),
        ("CODE_FILE", "/opt/sync/contacts.py"),
        ("CODE_LINE", str(rng.randint(40, 400))),
        ("CODE_FUNC", "update_contact"),
        ("MESSAGE", w["updated"].format(name=_name(row), city=_f(row, "city"))),
        (f"{w['hospital'].upper()}_ID", _f(row, "id")),
        (w["name"].upper(), _name(row)),
        (w["street"].upper(), _f(row, "street")),
        (w["postcode"].upper(), _f(row, "postcode")),
        (w["city"].upper(), _f(row, "city")),
        (w["phone"].upper(), phone(row)),
        (w["beds"].upper(), _f(row, "cap_beds")),
        ("LAT", _f(row, "lat")),
        ("LON", _f(row, "lon")),
        ("_TRANSPORT", "journal"),
        ("_PID", str(pid)),
        ("_UID", str(uid)),
        ("_GID", str(uid)),
        ("_COMM", "python3"),
        ("_EXE", "/usr/bin/python3.8"),
        ("_CMDLINE", f"/usr/bin/python3 /opt/sync/{w['app']}.py --bron gisco"),
        ("_CAP_EFFECTIVE", "0"),
        ("_SYSTEMD_CGROUP", f"/system.slice/{unit}"),
        ("_SYSTEMD_UNIT", unit),
        ("_SYSTEMD_SLICE", "system.slice"),
        ("_SYSTEMD_INVOCATION_ID", invocation),
        ("_MACHINE_ID", machine),
        ("_HOSTNAME", rng.choice(HOSTS)),
        ("_SOURCE_REALTIME_TIMESTAMP", str(realtime - rng.randint(20, 900))),
    ]
    lines = [f"{k}={v}" for k, v in fields]
    return "\n".join(lines) + "\n\n"


def _guid(rng: random.Random) -> str:
    return "{" + str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper() + "}"


def windows_event_xml(row: dict[str, Any], rng: random.Random) -> str:
    """The update as a Windows event of the Application log, as Event Viewer's XML view shows
    it (two-space indents): ``<System>`` with an invented provider GUID, event id, time
    created (UTC, seven fractional digits), record id, process and thread ids and computer
    name; the row in named ``<Data>`` elements of ``<EventData>`` in the region's language."""
    w = WORDS[language(row)]
    moment = _when(rng)
    created = moment.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"{rng.randint(0, 9)}Z"
    provider = "".join(p.capitalize() for p in w["app"].split("-"))
    data = [
        (f"{w['hospital'].capitalize()}Id", _f(row, "id")),
        (w["name"].capitalize(), _name(row)),
        (w["street"].capitalize(), _f(row, "street")),
        (w["postcode"].capitalize(), _f(row, "postcode")),
        (w["city"].capitalize(), _f(row, "city")),
        (w["phone"].capitalize(), phone(row)),
        (w["beds"].capitalize(), _f(row, "cap_beds")),
        ("Lat", _f(row, "lat")),
        ("Lon", _f(row, "lon")),
        (w["ref"].capitalize(), _f(row, "ref_date")),
    ]
    lines = [
        '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
        "  <System>",
        f'    <Provider Name="{provider}" Guid="{_guid(rng)}" />',
        f"    <EventID>{rng.choice((1001, 1002, 2100, 4100))}</EventID>",
        "    <Version>0</Version>",
        "    <Level>4</Level>",
        "    <Task>1</Task>",
        "    <Opcode>0</Opcode>",
        "    <Keywords>0x4000000000000000</Keywords>",
        f'    <TimeCreated SystemTime="{created}" />',
        f"    <EventRecordID>{rng.randint(1000, 2_000_000)}</EventRecordID>",
        "    <Correlation />",
        f'    <Execution ProcessID="{rng.randint(300, 65000)}" '
        f'ThreadID="{rng.randint(300, 65000)}" />',
        "    <Channel>Application</Channel>",
        f"    <Computer>{rng.choice(HOSTS).upper()}.intra.local</Computer>",
        '    <Security UserID="S-1-5-18" />',
        "  </System>",
        "  <EventData>",
        *(f'    <Data Name="{k}">{escape(v)}</Data>' for k, v in data),
        "  </EventData>",
        "</Event>",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "rfc5424_syslog": rfc5424_syslog,
    "ecs_json": ecs_json,
    "journal_export": journal_export,
    "windows_event_xml": windows_event_xml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
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
