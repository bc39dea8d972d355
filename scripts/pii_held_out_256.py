"""held_out_256 of the PII evaluation set: real phone fields of a register no earlier part used
(Indonesia's regional police headquarters, Polda, and provincial fire and rescue services,
Damkar, as an emergency-contact directory lists them; Indonesia's earlier parts took COVID-19
referral hospitals, the tax offices, Universitas Terbuka's regional offices and Bandung's
puskesmas) exactly as published, in layouts no earlier part has, beside the list's own names,
addresses, provinces and web sites.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, ID and many others; here:

* the values are the ``Nomor Telepon`` fields of 32 Polda and 34 Damkar
  (``scripts/data/pii_id_emergency_services.json``, written by
  ``scripts/id_emergency_services_data.py``; source and licence in that file): Indonesian
  numbers as the directory writes them, the area code and the line joined by a hyphen
  (``0361-227174``), some mobiles (``0812-7461-9599``), one with a blank after the hyphen
  (``0542- 878207``), one without its trunk ``0`` (``651-44123``), one with a stray question mark
  (``0967?-531014/533396``); five fields of two numbers joined by a slash, the second without its
  area code (``0274-885009/884444``: each a number of its own, a six-digit one no person's line
  by the labelling policy and so an unlabelled distractor), each copy labelled;
* the text around them is the same row's real fields: the office's name (``Polda Bali``), its
  address, its province and, for the police, its web site, with invented group, room, app and
  channel ids, report numbers, version numbers, dates and times, unlabelled and scored;
* every row in each of four layouts no earlier part has, an Indonesian messaging gateway's and
  an emergency app's back-end payloads, text in Indonesian (OneSignal's ``contents`` in English
  and Indonesian): Fonnte WhatsApp gateway ``POST /send`` requests (multipart form data: an
  invented group ``target``, a ``message`` giving the number twice), Firebase Remote Config
  templates (a parameter group per office: a ``STRING`` parameter holding the number and a
  ``JSON`` parameter whose card repeats it), Rocket.Chat REST API ``chat.postMessage`` bodies of
  a command post's channel (``text`` and an attachment field ``Telepon``) and OneSignal
  ``POST /api/v1/notifications`` bodies (``contents`` in ``en`` and ``id`` and ``data``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_256.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_id_emergency_services.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_256.jsonl.gz"
SPLIT = "held_out_256"

LAYOUTS = ("fonnte_send", "remote_config", "rocketchat_message", "onesignal_push")
PHONE = "Nomor Telepon"
# how many copies of the phone field each layout writes
COPIES = {"fonnte_send": 2, "remote_config": 2, "rocketchat_message": 2, "onesignal_push": 3}

# the list's data file (read once) and its rows by country (``register_rows``)
data, _rows_by_locale = register_rows(ROWS)


def by_locale() -> dict[str, list[dict[str, Any]]]:
    """Every row of the list four times in a row, once for each layout, by ``reg:<country>``."""
    return {
        locale: [row for row in rows for _ in LAYOUTS] for locale, rows in _rows_by_locale().items()
    }


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def police(row: dict[str, Any]) -> bool:
    """Whether the row is a regional police headquarters (else a fire and rescue service)."""
    return row["path"].startswith("src/data/dataPolisi.js#")


def kind(row: dict[str, Any]) -> str:
    return "polisi" if police(row) else "pemadam kebakaran"


def slug(row: dict[str, Any]) -> str:
    """The office's name as a parameter key (``Polda Bali`` -> ``polda_bali``)."""
    return re.sub(r"[^a-z0-9]+", "_", _f(row, "Nama").lower()).strip("_")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th record: each row's four records take the four layouts."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    return value.startswith("+")


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a ``Nomor Telepon`` field: the whole field, or each side
    of a slash (``0274-885009/884444`` holds two numbers)."""
    out, at = [], 0
    for piece in field.split("/"):
        if piece:
            out.append((at, at + len(piece)))
        at += len(piece) + 1
    return out


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each number of each copy of its phone field labelled on its own (one no person holds is a
    distractor), national (none begins with ``+``)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind_ = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind_}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between August 2021 and June 2022 (WIB, UTC+7)."""
    start = dt.datetime(2021, 8, 16, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _id(rng: random.Random, size: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(size))


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def fonnte_send(row: dict[str, Any], rng: random.Random) -> str:
    """A Fonnte WhatsApp gateway request (``POST https://api.fonnte.com/send``, the device
    token in ``Authorization``) as multipart form data, CRLF line ends: an invented group
    ``target`` (``120363…@g.us``), a ``message`` (WhatsApp ``*bold*``) naming the office, its
    address and province and giving the number twice, ``countryCode`` ``62`` and a ``delay``."""
    tel = phone(row)
    boundary = f"----FonnteFormBoundary{_id(rng, 16, ALNUM)}"
    message = "\n".join(
        [
            f"*Kontak darurat {_f(row, 'Provinsi')}*",
            f"{_f(row, 'Nama')} ({kind(row)})",
            f"Alamat: {_f(row, 'Alamat')}",
            f"Telepon: {tel}",
            "",
            f"Simpan nomor {tel} dan teruskan pesan ini ke grup warga. "
            "Untuk ambulans, hubungi 119.",
        ]
    )
    fields = [
        ("target", f"120363{rng.randint(10**11, 10**12 - 1)}@g.us"),
        ("message", message),
        ("countryCode", "62"),
        ("delay", rng.choice(("2", "3", "5-10"))),
    ]
    body = "".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'
        for key, value in fields
    )
    body += f"--{boundary}--\r\n"
    head = [
        "POST /send HTTP/1.1",
        "Host: api.fonnte.com",
        f"Authorization: {_id(rng, 20, ALNUM)}",
        f"Content-Type: multipart/form-data; boundary={boundary}",
        f"Content-Length: {len(body.encode('utf-8'))}",
    ]
    return "\r\n".join(head) + "\r\n\r\n" + body


def remote_config(row: dict[str, Any], rng: random.Random) -> str:
    """A Firebase Remote Config template as the REST API returns it (``GET
    /v1/projects/{project}/remoteConfig``): a condition on the device language, a
    ``parameterGroups`` entry for the office (its name, a ``STRING`` parameter holding the number,
    a ``JSON`` parameter whose contact card repeats it beside the address and province), an
    Indonesian-language conditional value, and the template's ``version``."""
    tel = phone(row)
    key = slug(row)
    card = {
        "nama": _f(row, "Nama"),
        "kategori": kind(row),
        "alamat": _f(row, "Alamat"),
        "provinsi": _f(row, "Provinsi"),
        "telepon": tel,
    }
    if _f(row, "Website"):
        card["situs"] = f"https://{_f(row, 'Website')}"
    when = _when(rng)
    template = {
        "conditions": [
            {
                "name": "bahasa_indonesia",
                "expression": "device.language in ['id']",
                "tagColor": "GREEN",
            }
        ],
        "parameters": {
            "tampilkan_tombol_darurat": {
                "defaultValue": {"value": "true"},
                "valueType": "BOOLEAN",
            }
        },
        "parameterGroups": {
            f"kontak_{key}": {
                "description": f"Kontak darurat {_f(row, 'Provinsi')}: {_f(row, 'Nama')}",
                "parameters": {
                    f"{key}_nama": {
                        "defaultValue": {"value": _f(row, "Nama")},
                        "valueType": "STRING",
                    },
                    f"{key}_telepon": {
                        "defaultValue": {"value": tel},
                        "description": "Nomor yang dipanggil tombol darurat",
                        "valueType": "STRING",
                    },
                    f"{key}_kartu": {
                        "defaultValue": {"value": json.dumps(card, ensure_ascii=False)},
                        "conditionalValues": {"bahasa_indonesia": {"useInAppDefault": True}},
                        "valueType": "JSON",
                    },
                },
            }
        },
        "version": {
            "versionNumber": str(rng.randint(12, 240)),
            "updateTime": when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
            "updateOrigin": "REST_API",
            "updateType": "INCREMENTAL_UPDATE",
        },
    }
    return _json(template)


def rocketchat_message(row: dict[str, Any], rng: random.Random) -> str:
    """A Rocket.Chat REST API ``POST /api/v1/chat.postMessage`` body of a command post's
    bot: an invented ``roomId``, an ``alias`` and ``emoji``, a ``text`` naming the office and
    its number, and an attachment (colour, the office as ``title``, its web site as
    ``title_link`` where it has one, the address as ``text``, ``fields`` ``Telepon``,
    ``Provinsi`` and an invented report number, an invented ``ts``)."""
    tel = phone(row)
    when = _when(rng)
    attachment: dict[str, Any] = {"color": "#d32f2f" if police(row) else "#f57c00"}
    attachment["title"] = _f(row, "Nama")
    if _f(row, "Website"):
        attachment["title_link"] = f"https://{_f(row, 'Website')}"
    attachment["text"] = _f(row, "Alamat")
    report = f"ES-{when:%Y%m%d}-{rng.randint(1, 999):03d}"
    attachment["fields"] = [
        {"short": True, "title": "Telepon", "value": tel},
        {"short": True, "title": "Provinsi", "value": _f(row, "Provinsi")},
        {"short": False, "title": "No. laporan", "value": report},
    ]
    attachment["ts"] = when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    body = {
        "roomId": _id(rng, 17, "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz"),
        "alias": "EmergenShift",
        "emoji": ":rotating_light:" if police(row) else ":fire_engine:",
        "text": f"Laporan baru di wilayah {_f(row, 'Provinsi')}. Petugas piket: hubungi "
        f"{_f(row, 'Nama')} di {tel}.",
        "attachments": [attachment],
    }
    return _json(body)


def onesignal_push(row: dict[str, Any], rng: random.Random) -> str:
    """A OneSignal ``POST /api/v1/notifications`` body of the app: an invented ``app_id``,
    a tag ``filters`` on the user's province, ``headings`` and ``contents`` in English and
    Indonesian (each naming the office and its number), ``data`` holding the office, its kind
    and number, an invented ``android_channel_id``, a ``ttl`` and ``priority``."""
    tel = phone(row)
    name = _f(row, "Nama")
    body = {
        "app_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "filters": [
            {"field": "tag", "key": "provinsi", "relation": "=", "value": _f(row, "Provinsi")}
        ],
        "headings": {"en": "Emergency contact", "id": "Kontak darurat"},
        "contents": {
            "en": f"{name} can be reached at {tel}.",
            "id": f"{name} dapat dihubungi di {tel}. Ketuk untuk menelepon.",
        },
        "data": {"nama": name, "kategori": kind(row), "telepon": tel},
        "android_channel_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "ttl": rng.choice((3600, 21600, 86400)),
        "priority": 10,
    }
    return _json(body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "fonnte_send": fonnte_send,
    "remote_config": remote_config,
    "rocketchat_message": rocketchat_message,
    "onesignal_push": onesignal_push,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th record of the list: its row in its layout, each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every record once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
