"""held_out_34 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Indonesia) exactly as published, in messaging and geodata interchange
layouts no earlier part has, beside the row's real coordinates and place names.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_30`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE and PL; here:

* the values are the phone fields of Indonesia's COVID-19 referral hospitals as a public
  repository's seeder lists them (``scripts/data/pii_id_hospitals.json``, written by
  ``scripts/id_covid_hospitals_data.py``; source and licence in that file): numbers as each
  hospital's entry gave them, the area code in brackets (``(0651) 34565``, ``(0751)32371``),
  with dashes (``0251-8253630``), mobile numbers (``0853-8163-7684``), two or three in one
  field after ``/`` and an extension after some (``EXT. 533781``), each number of each copy
  labelled; the list gives no e-mail address;
* the text around them is the same row's real fields: its coordinates (``-6.1697843``), its
  region and province, with invented event ids, time stamps in milliseconds, backup ids and
  times, unlabelled and scored;
* in layouts no earlier part has, labels in Indonesian: a Matrix ``m.room.message`` event as
  the client-server API returns it (the phone in ``body`` after ``Telp:`` and again in the
  HTML ``formatted_body``), an XMPP ``vcard-temp`` card in an ``<iq>`` result (XEP-0054: the
  phone in ``<TEL><WORK/><VOICE/><NUMBER>``, the coordinates in ``<GEO>``), a GPX 1.1
  ``<wpt>`` of a Garmin export (the phone in ``<gpxx:PhoneNumber>`` of the waypoint
  extension, the coordinates as its attributes), and an Android "SMS Backup & Restore" XML
  file of one received SMS (the phone in the message's ``body`` attribute, beside ``date`` and
  ``date_sent`` in milliseconds).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_34.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_id_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_34.jsonl.gz"
SPLIT = "held_out_34"

LAYOUTS = ("matrix_event", "xmpp_vcard_temp", "gpx_waypoint", "sms_backup_xml")
PHONE = "phone"
# the invented times: from April 2020, when the referral list was published, for 450 days
START = datetime.datetime(2020, 4, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
SPAN_S = 450 * 86400


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _when(rng: random.Random) -> datetime.datetime:
    """An invented moment (Western Indonesian Time) of the months the list was in use."""
    return START + datetime.timedelta(seconds=rng.randint(0, SPAN_S))


def _ms(moment: datetime.datetime) -> int:
    return int(moment.timestamp()) * 1000


def _token(rng: random.Random, n: int) -> str:
    """``n`` characters of unpadded URL-safe base64, as Matrix ids and nonces are written."""
    raw = bytes(rng.getrandbits(8) for _ in range(n))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")[:n]


def _city(row: dict[str, Any]) -> str:
    """The region's first part (``KOTA BANDA ACEH`` of ``KOTA BANDA ACEH, ACEH``)."""
    return _f(row, "region").split(",")[0].strip()


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field labelled (each number in it by
    ``labelled_record``). Each copy stands apart (no digit next to it), so a copy is never part
    of another value."""
    value = phone(row)
    return phone_copies(text, value, PHONE, row["path"])


def matrix_event(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital posted to a volunteers' Matrix room, as the client-server API returns the
    event (``GET /_matrix/client/v3/rooms/{roomId}/event/{eventId}``, printed by ``jq``): an
    ``m.room.message`` whose plain ``body`` gives the name, ``Alamat:``, ``Telp:`` and a
    ``geo:`` URI, and whose HTML ``formatted_body`` repeats them; an invented event id, room,
    sender, ``origin_server_ts`` and ``unsigned.age`` in milliseconds."""
    when = _when(rng)
    geo = f"geo:{_f(row, 'lat')},{_f(row, 'long')}"
    lines = [
        f"RS Rujukan COVID-19 – {_city(row).title()}",
        _f(row, "name"),
        f"Alamat: {_f(row, 'address')}",
        f"Telp: {phone(row)}",
        f"Lokasi: {geo}",
    ]
    html = (
        f"<p><strong>RS Rujukan COVID-19 – {escape(_city(row).title())}</strong><br>"
        f"{escape(_f(row, 'name'))}<br>Alamat: {escape(_f(row, 'address'))}<br>"
        f'Telp: {escape(phone(row))}<br>Lokasi: <a href="{geo}">{geo}</a></p>'
    )
    event = {
        "content": {
            "body": "\n".join(lines),
            "format": "org.matrix.custom.html",
            "formatted_body": html,
            "msgtype": "m.text",
        },
        "origin_server_ts": _ms(when) + rng.randint(0, 999),
        "room_id": f"!{_token(rng, 18)}:matrix.org",
        "sender": f"@relawan_{rng.choice(('info', 'data', 'covid', 'kesehatan'))}"
        f"{rng.randint(1, 99)}:matrix.org",
        "type": "m.room.message",
        "unsigned": {"age": rng.randint(1000, 90_000_000)},
        "event_id": f"${_token(rng, 43)}",
    }
    return json.dumps(event, ensure_ascii=False, indent=2) + "\n"


def xmpp_vcard_temp(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital's card as an XMPP server answers a ``vcard-temp`` request (XEP-0054), one
    ``<iq type="result">`` stanza on the wire: ``<FN>``, ``<ORG>``, the phone under
    ``<TEL><WORK/><VOICE/><NUMBER>``, the address under ``<ADR><WORK/>`` (``<STREET>``,
    ``<LOCALITY>``, ``<REGION>``, ``<CTRY>``), ``<GEO>`` with the coordinates and a ``<DESC>``
    in Indonesian; invented JIDs and stanza id."""
    slug = re.sub(r"[^a-z]+", "", _city(row).lower().removeprefix("kota ")) or "rs"
    jid = f"rs.{slug}{rng.randint(1, 9)}@jabber.id"
    parts = [
        f"<iq xmlns='jabber:client' type='result' from='{jid}' "
        f"to='posko{rng.randint(10, 99)}@jabber.id/Conversations.{_token(rng, 4)}' "
        f"id='{_token(rng, 8)}'>",
        "<vCard xmlns='vcard-temp'>",
        f"<FN>{escape(_f(row, 'name'))}</FN>",
        f"<ORG><ORGNAME>{escape(_f(row, 'name'))}</ORGNAME>"
        "<ORGUNIT>Rumah Sakit Rujukan COVID-19</ORGUNIT></ORG>",
        f"<TEL><WORK/><VOICE/><NUMBER>{escape(phone(row))}</NUMBER></TEL>",
        f"<ADR><WORK/><STREET>{escape(_f(row, 'address'))}</STREET>"
        f"<LOCALITY>{escape(_city(row))}</LOCALITY>"
        f"<REGION>{escape(_f(row, 'province'))}</REGION><CTRY>Indonesia</CTRY></ADR>",
        f"<GEO><LAT>{_f(row, 'lat')}</LAT><LON>{_f(row, 'long')}</LON></GEO>",
        f"<DESC>Rumah sakit rujukan penanganan COVID-19 di {escape(_f(row, 'region'))}.</DESC>",
        "</vCard>",
        "</iq>",
    ]
    return "".join(parts)


def gpx_waypoint(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a waypoint of a GPX 1.1 file that Garmin BaseCamp exports: ``<wpt>``
    with the coordinates as attributes, ``<time>``, ``<name>``, a ``<cmt>`` and ``<desc>`` in
    Indonesian, ``<sym>``, and the Garmin waypoint extension (``gpxx:``) with the address and
    the phone in ``<gpxx:PhoneNumber Category="Phone">``; an invented export time."""
    when = _when(rng).astimezone(datetime.UTC)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
        '<gpx xmlns="http://www.topografix.com/GPX/1/1" '
        'xmlns:gpxx="http://www.garmin.com/xmlschemas/GpxExtensions/v3" '
        'creator="Garmin BaseCamp" version="1.1" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.topografix.com/GPX/1/1 '
        "http://www.topografix.com/GPX/1/1/gpx.xsd "
        "http://www.garmin.com/xmlschemas/GpxExtensions/v3 "
        'http://www8.garmin.com/xmlschemas/GpxExtensionsv3.xsd">',
        "",
        f"  <metadata><time>{stamp}</time></metadata>",
        f'  <wpt lat="{_f(row, "lat")}" lon="{_f(row, "long")}">',
        f"    <time>{stamp}</time>",
        f"    <name>{escape(_f(row, 'name'))}</name>",
        f"    <cmt>RS rujukan COVID-19, {escape(_f(row, 'region'))}</cmt>",
        f"    <desc>{escape(_f(row, 'address'))}</desc>",
        "    <sym>Medical Facility</sym>",
        "    <type>user</type>",
        "    <extensions>",
        "      <gpxx:WaypointExtension>",
        "        <gpxx:DisplayMode>SymbolAndName</gpxx:DisplayMode>",
        "        <gpxx:Categories>",
        "          <gpxx:Category>Rumah Sakit</gpxx:Category>",
        "        </gpxx:Categories>",
        "        <gpxx:Address>",
        f"          <gpxx:StreetAddress>{escape(_f(row, 'address'))}</gpxx:StreetAddress>",
        f"          <gpxx:City>{escape(_city(row))}</gpxx:City>",
        f"          <gpxx:State>{escape(_f(row, 'province'))}</gpxx:State>",
        "          <gpxx:Country>Indonesia</gpxx:Country>",
        "        </gpxx:Address>",
        f'        <gpxx:PhoneNumber Category="Phone">{escape(phone(row))}</gpxx:PhoneNumber>',
        "      </gpxx:WaypointExtension>",
        "    </extensions>",
        "  </wpt>",
        "",
        "</gpx>",
        "",
    ]
    return "\n".join(lines)


MONTHS_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def sms_backup_xml(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as an information SMS in the XML file of Android's "SMS Backup & Restore"
    (a comment naming the app and the backup time, ``<smses count="1">``, one ``<sms .../>``
    with its attributes in the app's order): a message from the alphanumeric sender
    ``KEMENKES`` whose ``body`` gives the name, address, ``Telp`` and a maps link with the
    coordinates; invented ``date``, ``date_sent`` in milliseconds, ``readable_date`` in
    Indonesian and a backup set id."""
    sent = _when(rng)
    received = sent + datetime.timedelta(seconds=rng.randint(1, 40))
    backup = received + datetime.timedelta(days=rng.randint(1, 60), seconds=rng.randint(0, 86399))
    body = (
        f"Info RS rujukan COVID-19: {_f(row, 'name')}, {_f(row, 'address')}. "
        f"Telp {phone(row)}. Lokasi: https://maps.google.com/?q={_f(row, 'lat')},"
        f"{_f(row, 'long')}"
    )
    readable = f"{received.day} {MONTHS_ID[received.month - 1]} {received.year} {received:%H.%M.%S}"
    uuid = "-".join(f"{rng.getrandbits(b):0{b // 4}x}" for b in (32, 16, 16, 16, 48))
    attrs = [
        ("protocol", "0"),
        ("address", "KEMENKES"),
        ("date", str(_ms(received) + rng.randint(0, 999))),
        ("type", "1"),
        ("subject", "null"),
        ("body", body),
        ("toa", "null"),
        ("sc_toa", "null"),
        ("service_center", "null"),
        ("read", "1"),
        ("status", "-1"),
        ("locked", "0"),
        ("date_sent", str(_ms(sent))),
        ("sub_id", "1"),
        ("readable_date", readable),
        ("contact_name", "(Unknown)"),
    ]
    sms = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs)
    lines = [
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
        f"<!--File Created By SMS Backup & Restore v10.06.110 on {backup:%d/%m/%Y %H:%M:%S}-->",
        f'<smses count="1" backup_set="{uuid}" backup_date="{_ms(backup)}" type="full">',
        f"  <sms {sms} />",
        "</smses>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "matrix_event": matrix_event,
    "xmpp_vcard_temp": xmpp_vcard_temp,
    "gpx_waypoint": gpx_waypoint,
    "sms_backup_xml": sms_backup_xml,
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
