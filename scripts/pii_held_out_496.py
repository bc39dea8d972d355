"""held_out_496 of the PII evaluation set: real phone and fax fields of a list no earlier part
used (Yokohama City's childcare facilities of its Kohoku and Tsurumi wards as Code for Kohoku's
nursery map holds them: nurseries, kindergartens, after-school clubs and day services for
children with disabilities; Japan's earlier parts took other cities' and governments' lists)
exactly as published, in layouts no earlier part has, beside the list's own names, kinds,
addresses, hours and points.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``TEL`` of 400 facilities and their ``FAX`` where the list gives one that
  is not the ``TEL`` again (``scripts/data/pii_jp_kohoku_childcare.json``, written by
  ``scripts/jp_kohoku_childcare_data.py``; source and licence in that file): Japanese numbers
  as the list writes them, the area code, exchange and line joined by hyphens
  (``045-531-0034``: 390 in Yokohama's ``045``, six in Tokyo's ``03``, one each of ``044``,
  ``046``, an IP phone's ``050`` and a mobile's ``080``; one written ``045-5476151``); every
  copy labelled; the list holds no e-mail address;
* the text around them is the same row's real fields: the facility's id (``HID``), kind, name
  and label, address, capacity, hours, ages taken and point, with invented event, owner and
  stream ids, device tokens, journal cursors, boot and machine ids, process ids, timestamps and
  dates, unlabelled and scored;
* in layouts no earlier part has, the facility as a Japanese web service, a parents' app, a
  sync job's log and a map's API would hold it, text in Japanese: ATND API event-search answers
  (``api.atnd.org/events/?format=json``, the Japanese event service: ``results_returned``,
  ``results_available``, ``results_start``, written from memory, and one ``event``, its fields
  as the atndapi client reads them, of an invented open house,
  information session or trial class at the facility, whose HTML ``description`` gives the
  address, ``TEL`` and ``FAX`` and ends with the number again, its ``place`` the facility and
  ``lat``/``lon`` as strings), APNs notification payloads (the JSON body of ``POST
  /3/device/{token}`` to Apple's push service: an ``aps`` dictionary with an ``alert`` of
  ``title``, ``subtitle`` and a ``body`` naming the number, ``badge``, ``sound``,
  ``thread-id``, ``category`` and ``interruption-level``, and custom keys with the facility's
  id, name, number and fax), systemd journal entries as ``journalctl -o json`` writes them (one
  JSON object a line: ``__CURSOR``, ``__REALTIME_TIMESTAMP``, ``__MONOTONIC_TIMESTAMP``,
  ``_BOOT_ID``, the unit, process and transport fields, and three ``MESSAGE``s of an invented
  sync job that writes the facility's number and fax, its point and address, and the number
  again) and Collection+JSON documents (``application/vnd.collection+json`` 1.0: a
  ``collection`` with its ``href``, ``links``, one ``item`` whose ``data`` are name, value and
  Japanese prompt, among them ``tel``, ``fax`` and a ``note`` repeating the number, its
  ``links``, a search ``query`` and a ``template``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten or eleven digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_496.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_kohoku_childcare.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_496.jsonl.gz"
SPLIT = "held_out_496"

LAYOUTS = ("atnd_event", "apns_payload", "journal_json", "collection_json")
PHONE, FAX = "TEL", "FAX"
EDGES = {PHONE: r"\d", FAX: r"\d"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
JST = dt.timezone(dt.timedelta(hours=9))
WEEKDAYS = "月火水木金土日"
SITE = "https://codeforkohoku.github.io/papamama"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The facility's number as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The facility's fax where the list gives one that is not the number again, else ""."""
    value = _f(row, FAX)
    return "" if value == phone(row) else value


def name(row: dict[str, Any]) -> str:
    """The facility's name as published (inner ideographic spaces kept)."""
    return _f(row, "Name")


def kind(row: dict[str, Any]) -> str:
    """The facility's kind (``私立認可保育所``, ``障害児通所支援事業``, ...)."""
    return _f(row, "Type")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's number and fax (an empty fax is skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and fax labelled (each copy
    stands apart: no digit next to a number)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def event_kind(row: dict[str, Any]) -> str:
    """The invented event a facility of the row's kind holds for families."""
    if kind(row) == "障害児通所支援事業":
        return "利用説明会・見学会"
    if kind(row) == "学童保育":
        return "入所説明会"
    if kind(row) == "幼稚園":
        return "未就園児親子教室・入園説明会"
    return "園見学会"


def ward(row: dict[str, Any]) -> str:
    """The ward of the facility's address (港北区 or 鶴見区), "" where the list gives none."""
    for w in ("港北区", "鶴見区"):
        if w in _f(row, "Add1"):
            return w
    return ""


def hours(row: dict[str, Any]) -> str:
    """The hours as published (``7：00～19：00``), "" where the list gives none."""
    start, end = _f(row, "Open"), _f(row, "Close")
    return f"{start}～{end}" if start and end else ""


def ages(row: dict[str, Any]) -> str:
    """The ages taken as published (``産休明け～就学前``), "" where the list gives none."""
    first, last = _f(row, "AgeS"), _f(row, "AgeE")
    return f"{first.rstrip('～')}～{last}" if first and last else first


def _when(rng: random.Random) -> dt.datetime:
    """An invented weekday or Saturday morning of 2018 or 2019 (Japan time)."""
    day = dt.datetime(2018, 4, 9, tzinfo=JST) + dt.timedelta(days=rng.randint(0, 600))
    while day.weekday() == 6:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.choice((9, 10, 13, 14)), minutes=rng.choice((0, 30)))


def _date_ja(when: dt.datetime) -> str:
    """``6月15日（土）10:00``."""
    return f"{when.month}月{when.day}日（{WEEKDAYS[when.weekday()]}）{when:%H:%M}"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def atnd_event(row: dict[str, Any], rng: random.Random) -> str:
    """An ATND API event-search answer (``GET api.atnd.org/events/?event_id=...&format=json``):
    one event, an invented open house or session at the facility, its HTML ``description``
    giving the address, ``TEL`` and ``FAX`` and ending with the number again."""
    start = _when(rng)
    end = start + dt.timedelta(minutes=rng.choice((60, 90, 120)))
    created = start - dt.timedelta(days=rng.randint(14, 40), hours=rng.randint(0, 9))
    event_id, what = rng.randint(95000, 108000), event_kind(row)
    address = _f(row, "Add1")
    lines = [f"<p>{html.escape(name(row))}（{html.escape(kind(row))}）の{what}を行います。</p>"]
    contact = [f"所在地：{html.escape(address)}"] if address else []
    contact.append(f"TEL：{phone(row)}")
    if fax(row):
        contact.append(f"FAX：{fax(row)}")
    lines.append("<p>" + "<br />".join(contact) + "</p>")
    facts = [f"定員 {_f(row, 'Full')}名"] if _f(row, "Full") else []
    facts += [f"開所時間 {hours(row)}"] if hours(row) else []
    facts += [f"対象 {ages(row)}"] if ages(row) else []
    if facts:
        lines.append("<p>" + "／".join(html.escape(x) for x in facts) + "</p>")
    lines.append(
        "<p>参加をご希望の方はこのページからお申し込みください。当日のご連絡は"
        f"{html.escape(_f(row, 'Label') or name(row))}（{phone(row)}）まで。</p>"
    )
    lon, lat = row["point"]
    limit = rng.choice((5, 6, 8, 10, 12))
    accepted = rng.randint(0, limit)
    event = {
        "event_id": event_id,
        "title": f"{name(row)} {what}（{start.month}月）",
        "catch": f"{ward(row) or '横浜市'}の{kind(row)}、{what}のご案内です",
        "description": "\n".join(lines),
        "event_url": f"https://atnd.org/events/{event_id}",
        "started_at": start.isoformat(),
        "ended_at": end.isoformat(),
        "url": _f(row, "url") or None,
        "limit": limit,
        "address": address,
        "place": name(row),
        "lat": str(lat),
        "lon": str(lon),
        "owner_id": rng.randint(180000, 260000),
        "owner_nickname": rng.choice(("kohoku_kosodate", "okp_kohoku", "hoiku_navi")),
        "owner_twitter_id": "",
        "accepted": accepted,
        "waiting": 0 if accepted < limit else rng.randint(0, 3),
        "updated_at": created.isoformat(),
    }
    return _json(
        {"results_returned": 1, "results_available": 1, "results_start": 1,
         "events": [{"event": event}]}
    )  # fmt: skip


def apns_payload(row: dict[str, Any], rng: random.Random) -> str:
    """An APNs notification payload (the JSON body of ``POST /3/device/{token}``): an ``aps``
    dictionary whose ``alert`` body names the number, and custom keys with the facility's id,
    name, number and fax."""
    when = _when(rng)
    body = (
        f"{_date_ja(when)}の{event_kind(row)}は予定どおり行います。"
        f"遅れる場合・欠席の場合は {phone(row)} までお電話ください。"
    )
    facility = {"id": _f(row, "HID"), "name": name(row), "kind": kind(row), "tel": phone(row)}
    if fax(row):
        facility["fax"] = fax(row)
    doc = {
        "aps": {
            "alert": {"title": name(row), "subtitle": f"{kind(row)}からのお知らせ", "body": body},
            "badge": rng.randint(1, 4),
            "sound": "default",
            "thread-id": f"facility-{_f(row, 'HID')}",
            "category": "FACILITY_NOTICE",
            "interruption-level": "time-sensitive" if rng.random() < 0.3 else "active",
            "mutable-content": 1,
        },
        "facility": facility,
        "sent_at": (when - dt.timedelta(days=1, hours=rng.randint(1, 6))).isoformat(),
        "deeplink": f"kohokumap://facility/{_f(row, 'HID')}",
    }
    return _json(doc)


def journal_json(row: dict[str, Any], rng: random.Random) -> str:
    """Three systemd journal entries as ``journalctl -o json`` writes them, one object a line,
    of an invented sync job of the map: the facility's number and fax, its point and address,
    and the number again."""
    hid = _f(row, "HID")
    lon, lat = row["point"]
    messages = [
        ("6", f"[{hid}] {name(row)}（{kind(row)}）: TEL {phone(row)} / FAX {fax(row) or 'なし'}"),
        ("6", f"[{hid}] 座標 {lat},{lon} 住所 {_f(row, 'Add1') or '未登録'}"),
        ("5", f"[{hid}] 更新完了: data/nurseryFacilities.geojson に書き出しました"
              f"（電話 {phone(row)}）"),
    ]  # fmt: skip
    seqnum_id, boot, machine, stream = _hex(rng, 32), _hex(rng, 32), _hex(rng, 32), _hex(rng, 32)
    invocation = _hex(rng, 32)
    seqnum, pid = rng.randint(0x20000, 0x90000), rng.randint(900, 32000)
    start = dt.datetime(2020, 2, 16, 3, 0, tzinfo=dt.UTC) + dt.timedelta(
        days=rng.randint(0, 180), seconds=rng.randint(0, 3600)
    )
    realtime = int(start.timestamp()) * 1_000_000 + rng.randint(0, 999_999)
    monotonic = rng.randint(40_000_000, 9_000_000_000)
    lines = []
    for i, (priority, message) in enumerate(messages):
        step = i * rng.randint(800, 90_000)
        entry = {
            "__CURSOR": f"s={seqnum_id};i={seqnum + i:x};b={boot};m={monotonic + step:x};"
            f"t={realtime + step:x};x={_hex(rng, 16)}",
            "__REALTIME_TIMESTAMP": str(realtime + step),
            "__MONOTONIC_TIMESTAMP": str(monotonic + step),
            "_BOOT_ID": boot,
            "_MACHINE_ID": machine,
            "_HOSTNAME": "kohoku-map",
            "PRIORITY": priority,
            "SYSLOG_FACILITY": "3",
            "SYSLOG_IDENTIFIER": "papamama-sync",
            "_TRANSPORT": "stdout",
            "_STREAM_ID": stream,
            "_PID": str(pid),
            "_UID": "1001",
            "_GID": "1001",
            "_COMM": "python3",
            "_EXE": "/usr/bin/python3.8",
            "_CMDLINE": "/usr/bin/python3 /opt/papamama/sync.py --source city --ward all",
            "_CAP_EFFECTIVE": "0",
            "_SYSTEMD_CGROUP": "/system.slice/papamama-sync.service",
            "_SYSTEMD_UNIT": "papamama-sync.service",
            "_SYSTEMD_SLICE": "system.slice",
            "_SYSTEMD_INVOCATION_ID": invocation,
            "MESSAGE": message,
        }
        lines.append(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(lines) + "\n"


def collection_json(row: dict[str, Any], _rng: random.Random) -> str:
    """A Collection+JSON document (``application/vnd.collection+json``, version 1.0) of the
    map's facility API: one item whose ``data`` carry the facility's fields with Japanese
    prompts, ``tel``, ``fax`` and a ``note`` repeating the number."""
    hid = _f(row, "HID")
    base = f"{SITE}/api/facilities"
    fields = [
        ("id", hid, "施設ID"),
        ("type", kind(row), "施設種別"),
        ("name", name(row), "施設名"),
        ("address", _f(row, "Add1"), "所在地"),
        ("tel", phone(row), "電話番号"),
        ("fax", fax(row), "FAX番号"),
        ("capacity", _f(row, "Full"), "定員"),
        ("hours", hours(row), "開所時間"),
        ("ages", ages(row), "対象年齢"),
        ("note", f"見学・利用のご相談は{phone(row)}へお電話ください", "備考"),
    ]
    data_ = [{"name": k, "value": v, "prompt": p} for k, v, p in fields if v]
    lon, lat = row["point"]
    data_.append({"name": "point", "value": f"{lat},{lon}", "prompt": "緯度経度"})
    links = [{"rel": "map", "href": f"{SITE}/?id={hid}", "prompt": "地図で見る"}]
    if _f(row, "url"):
        links.append({"rel": "alternate", "href": _f(row, "url"), "prompt": "施設のページ"})
    doc = {
        "collection": {
            "version": "1.0",
            "href": f"{base}/",
            "links": [
                {"rel": "up", "href": f"{SITE}/api/", "prompt": "API"},
                {"rel": "profile", "href": f"{SITE}/api/profile/facility", "prompt": "施設"},
            ],
            "items": [{"href": f"{base}/{hid}", "data": data_, "links": links}],
            "queries": [
                {"rel": "search", "href": f"{base}/search", "prompt": "施設を探す",
                 "data": [{"name": "type", "value": ""}, {"name": "ward", "value": ward(row)}]},
            ],
            "template": {
                "data": [{"name": k, "value": "", "prompt": p} for k, _, p in fields[1:9]],
            },
        }
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "atnd_event": atnd_event,
    "apns_payload": apns_payload,
    "journal_json": journal_json,
    "collection_json": collection_json,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its number and fax labelled."""
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
