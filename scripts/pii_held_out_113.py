"""held_out_113 of the PII evaluation set: real phone fields of a hospital list no earlier part
used (hospitals and clinics of every Argentine province, as a vaccination web app lists them;
Argentina's earlier part took the Buenos Aires city government's register) exactly as
published, in layouts no earlier part has, beside the list's own coordinates.

The procedure of ``held_out_30``, on another list and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR (Buenos Aires city), US, AU, IN, TW,
SG, IE, CA, NZ, BR and many others; here:

* the values are the ``TELEFONO`` fields of 107 hospitals, sanatoriums and clinics of Greater
  Buenos Aires and the provinces (``scripts/data/pii_ar_hospitals.json``, written by
  ``scripts/ar_hospitals_data.py``; source and licence in that file): Greater Buenos Aires'
  eight digits (``4576-5659``, ``5777 3200``, ``4959 - 0300``), the provinces' numbers with
  trunk ``0`` and area code (``0379 443-4113``, ``(0362)- 4488627``, ``02941 452530/453650``),
  a mobile and some ``0800``/``0810`` lines, each copy labelled;
* the text around them is the same row's real fields: the hospital's name, web address and
  coordinates (``-58.435802``, ``-34.570198``), with invented message ids, Unix times in
  seconds and milliseconds, user and conversation ids, unlabelled and scored;
* in layouts no earlier part has, chat exports, text in Argentine Spanish: a Telegram Desktop
  chat export (``result.json``: a message whose ``text`` array and ``text_entities`` give the
  number as a ``phone`` entity, a location message and a reply repeating it), signal-cli JSON
  receive output (one envelope a line: a group ``dataMessage`` with the number, a receipt, a
  reply), a Google Chat Takeout ``messages.json`` (a space's messages, ``created_date`` in
  Takeout's words, a URL annotation for the web address) and a Skype export
  ``messages.json`` (a conversation's ``MessageList`` of ``RichText`` messages, HTML-escaped).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_113.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ar_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_113.jsonl.gz"
SPLIT = "held_out_113"

LAYOUTS = ("telegram_desktop_export", "signal_cli_json", "google_chat_takeout", "skype_export")
PHONE = "phone"


# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "TELEFONO")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the 2021 vaccination campaign (UTC)."""
    start = dt.datetime(2021, 3, 1, 11, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 120 * 86400))


def _point(row: dict[str, Any]) -> str:
    """The row's coordinates as ``lat, lon``, as the list gives them."""
    return f"{_f(row, 'LAT')}, {_f(row, 'LON')}"


def telegram_desktop_export(row: dict[str, Any], rng: random.Random) -> str:
    """A Telegram Desktop chat export (``result.json``, machine-readable JSON): a group's name,
    type and id and three messages: the hospital's number in the ``text`` array as a ``phone``
    entity (again in ``text_entities``), a location message with the list's coordinates, and a
    reply that repeats the number; invented message ids, ``from_id``s and Unix times."""
    name, tel = _f(row, "NOMBRE"), phone(row)
    when = _when(rng)
    first = rng.randint(20000, 90000)
    users = [f"user{rng.randint(10**9, 7 * 10**9)}" for _ in range(2)]
    who = ["Vacunatorio Barrio Norte", "Lu"]

    def message(i: int, user: int, parts: list[Any], **extra: Any) -> dict[str, Any]:
        at = when + dt.timedelta(minutes=7 * i + rng.randint(0, 5))
        entities = [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in parts]
        text: Any = parts if parts else ""
        return {
            "id": first + i,
            "type": "message",
            "date": at.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int(at.timestamp())),
            "from": who[user],
            "from_id": users[user],
            **extra,
            "text": text,
            "text_entities": entities,
        }

    messages = [
        message(0, 0, [
            "Turnos para la segunda dosis en ", {"type": "bold", "text": name},
            ". Llamen al ", {"type": "phone", "text": tel}, " de 8 a 14 h.",
        ]),
        message(1, 0, [], location_information={
            "latitude": float(_f(row, "LAT")), "longitude": float(_f(row, "LON")),
        }),
        message(2, 1, [
            "Llamé al ", {"type": "phone", "text": tel},
            f" y me dieron turno para el {rng.randint(2, 28)} a las {rng.randint(8, 13)}:30 🙌",
        ], reply_to_message_id=first),
    ]  # fmt: skip
    if _f(row, "WEB"):
        messages.append(message(3, 0, [{"type": "link", "text": _f(row, "WEB")}]))
    chat = {
        "name": "Vacunación COVID - vecinos",
        "type": "private_supergroup",
        "id": rng.randint(10**9, 2 * 10**9),
        "messages": messages,
    }
    return json.dumps(chat, ensure_ascii=False, indent=1) + "\n"


def signal_cli_json(row: dict[str, Any], rng: random.Random) -> str:
    """The output of ``signal-cli -o json receive``: one JSON envelope a line, from invented
    senders known by their UUID only (``sourceNumber`` null): a group ``dataMessage`` naming the
    hospital and its number, a delivery ``receiptMessage``, and a reply quoting the first
    message (``quote.id`` its millisecond timestamp) that repeats the number and the list's
    coordinates as a map link; invented timestamps and group id."""
    name, tel = _f(row, "NOMBRE"), phone(row)
    when = int(_when(rng).timestamp() * 1000) + rng.randint(0, 999)
    group = base64.b64encode(rng.randbytes(32)).decode()
    senders = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(2)]
    names = ["Caro (enfermería)", "Martín"]

    def envelope(i: int, at: int, **message: Any) -> str:
        env = {
            "source": senders[i],
            "sourceNumber": None,
            "sourceUuid": senders[i],
            "sourceName": names[i],
            "sourceDevice": rng.randint(1, 3),
            "timestamp": at,
            **message,
        }
        return json.dumps({"envelope": env}, ensure_ascii=False)

    info = {"groupId": group, "type": "DELIVER"}
    later = when + rng.randint(60_000, 900_000)
    lines = [
        envelope(0, when, dataMessage={
            "timestamp": when,
            "message": f"Hola! El {name} ya da turnos para vacunarse: {tel}",
            "expiresInSeconds": 0, "viewOnce": False, "groupInfo": info,
        }),
        envelope(1, when + rng.randint(800, 5000), receiptMessage={
            "when": when + rng.randint(800, 5000), "isDelivery": True, "isRead": False,
            "isViewed": False, "timestamps": [when],
        }),
        envelope(1, later, dataMessage={
            "timestamp": later,
            "message": f"Gracias! Para los que no lo encuentran: "
            f"https://maps.google.com/?q={_f(row, 'LAT')},{_f(row, 'LON')} (tel. {tel})",
            "expiresInSeconds": 0, "viewOnce": False,
            "quote": {"id": when, "author": senders[0], "authorUuid": senders[0],
                      "text": f"Hola! El {name} ya da turnos…", "attachments": []},
            "groupInfo": info,
        }),
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


def _takeout_date(at: dt.datetime) -> str:
    """A time as Google Takeout's Chat export writes ``created_date``."""
    hour = at.hour % 12 or 12
    day = at.strftime("%A, %B ") + str(at.day)
    return f"{day}, {at.year} at {hour}:{at:%M:%S} {'AM' if at.hour < 12 else 'PM'} UTC"


def google_chat_takeout(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Takeout export of a Google Chat space (``Groups/Space .../messages.json``): the
    ``messages`` array, each with its ``creator`` (name and user type), ``created_date`` in
    Takeout's words, ``text``, ``topic_id`` and ``message_id``: the hospital's name and number,
    its web address (with a ``URL_METADATA`` annotation) where the list gives one, the list's
    coordinates, and a colleague's answer that repeats the number; invented ids."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    space = "AAAA" + "".join(rng.choice(alphabet) for _ in range(7))
    topic = "".join(rng.choice(alphabet) for _ in range(11))
    when = _when(rng)
    name, tel, web = _f(row, "NOMBRE"), phone(row), _f(row, "WEB")
    people = [("Mesa de ayuda - Campaña", "Human"), ("Dra. Agenda (bot)", "Bot")]
    texts = [
        (0, f"Derivaciones de esta semana: {name}. Teléfono de admisión: {tel}"),
        (0, f"Ubicación: {_point(row)}"),
        (1, f"Recordatorio: confirmar por teléfono al {tel} antes de las 14 h."),
    ]
    if web:
        texts.insert(1, (0, f"Web: {web}"))
    messages = []
    for i, (who, text) in enumerate(texts):
        message: dict[str, Any] = {
            "creator": {"name": people[who][0], "user_type": people[who][1]},
            "created_date": _takeout_date(when + dt.timedelta(seconds=41 * i + rng.randint(0, 40))),
            "text": text,
            "topic_id": topic,
            "message_id": f"{space}/{topic}/{topic if i == 0 else rng.randbytes(6).hex()}",
        }
        if text.startswith("Web: "):
            message["annotations"] = [{
                "start_index": 5, "length": len(web),
                "url_metadata": {"url": {"private_do_not_access_or_else_safe_url_do_not_use":
                                         web if web.startswith("http") else "http://" + web},
                                 "title": name},
            }]  # fmt: skip
        messages.append(message)
    return json.dumps({"messages": messages}, ensure_ascii=False, indent=2) + "\n"


def skype_export(row: dict[str, Any], rng: random.Random) -> str:
    """A Skype data export (``messages.json``): the exporting user's id and export date, and one
    group conversation (``19:...@thread.skype``) with its ``threadProperties`` and a
    ``MessageList`` of ``RichText`` messages whose HTML-escaped ``content`` gives the hospital's
    name (in ``<b>``) and number, the list's coordinates, and a reply repeating the number;
    invented ids, ``version`` milliseconds and arrival times."""
    name, tel = _f(row, "NOMBRE"), phone(row)
    when = _when(rng)
    me = f"8:live:.cid.{rng.randbytes(8).hex()}"
    other = f"8:live:.cid.{rng.randbytes(8).hex()}"
    thread = f"19:{rng.randbytes(16).hex()}@thread.skype"
    contents = [
        (me, f"Para el turno de mamá: <b>{escape(name)}</b>, teléfono {tel}"),
        (me, escape(f"Está en {_point(row)} (según el mapa)")),
        (other, escape(f"Dale, llamo al {tel} mañana temprano 👍")),
    ]
    messages = []
    for i, (sender, content) in enumerate(contents):
        at = when + dt.timedelta(seconds=95 * i + rng.randint(0, 90))
        ms = int(at.timestamp() * 1000) + rng.randint(0, 999)
        messages.append({
            "id": str(ms),
            "displayName": None,
            "originalarrivaltime": at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z",
            "messagetype": "RichText",
            "version": ms,
            "content": content,
            "conversationid": thread,
            "from": sender,
            "properties": None,
            "amsreferences": None,
        })  # fmt: skip
    last = messages[-1]["version"]
    horizon = f"{last};{last + rng.randint(100, 9000)};{rng.getrandbits(60)}"
    export = {
        "userId": me,
        "exportDate": (when + dt.timedelta(days=rng.randint(3, 40))).strftime(
            "%Y-%m-%dT%H:%M:%S.000Z"
        ),
        "conversations": [{
            "id": thread,
            "displayName": "Familia 💉",
            "version": last,
            "properties": {
                "conversationblocked": False,
                "lastimreceivedtime": messages[-1]["originalarrivaltime"],
                "consumptionhorizon": horizon,
                "conversationstatus": None,
            },
            "threadProperties": {"membercount": rng.randint(3, 9), "topic": "Familia 💉",
                                 "members": json.dumps([me, other])},
            "MessageList": messages[::-1],
        }],
    }  # fmt: skip
    return json.dumps(export, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "telegram_desktop_export": telegram_desktop_export,
    "signal_cli_json": signal_cli_json,
    "google_chat_takeout": google_chat_takeout,
    "skype_export": skype_export,
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
