"""held_out_152 of the PII evaluation set: real phone fields of a register no earlier part used
(the City of Toronto's Licensed Child Care Centres; Canada's earlier parts took Ontario's
COVID-19 testing locations and British Columbia's WorkBC Centres) exactly as published, in
layouts no earlier part has, beside the register's own centre names, addresses, postcodes,
wards, space counts and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of CA (Ontario's testing locations, BC's WorkBC Centres), NZ,
AU, US and many others; here:

* the values are the ``PHONE`` fields of 480 licensed child care centres
  (``scripts/data/pii_ca_toronto_child_care.json``, written by
  ``scripts/ca_toronto_child_care_data.py``; source and licence in that file): North American
  numbers as the city writes them, the area code in brackets, a space, the exchange and the
  line joined by a hyphen (``(416) 394-7601``; ``416``, ``647``, ``437``, ``905`` and toll-free
  ``888``), 45 with an extension after ``x`` (``(416) 281-0262x212``: the number is labelled,
  the extension is not); each copy of a field labelled;
* the text around them is the same row's real fields: the centre's name, its ``LOC_ID``, its
  auspice, street address, postcode (``M8V 3B5``), ward, building type, spaces by age group and
  in total, its subsidy and CWELCC flags and its point, with invented vendor reference numbers,
  bill numbers, amounts, dates, WARC record ids, digests, IP addresses, service request ids and
  QML ids, unlabelled and scored;
* in layouts no earlier part has, accounting, web-archive, civic-API and UI-toolkit formats,
  text in Canadian English: QuickBooks Desktop IIF files (Intuit Interchange Format: a ``!HDR``,
  a ``!VEND`` vendor list entry of the centre with ``PHONE1`` and a ``NOTE``, and a ``BILL``
  transaction of an employer's child care benefit whose ``MEMO`` repeats the number), WARC/1.1
  files of a crawl of an invented child care finder (a ``warcinfo`` record and a ``response``
  record with its HTTP headers and HTML page, the number in a ``dd`` and a sentence; record
  lengths and SHA-1 digests right), Open311 GeoReport v2 ``requests.xml`` responses (a
  ``service_request`` to Toronto Children's Services whose ``description`` and ``status_notes``
  give the number, the centre's address, postcode and point) and Qt Quick QML ``ListModel``
  files (a ``ListElement`` with the row's roles, the number as ``phone`` and in a
  ``QT_TR_NOOP`` call label).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_152.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
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
ROWS = ROOT / "scripts" / "data" / "pii_ca_toronto_child_care.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_152.jsonl.gz"
SPLIT = "held_out_152"

LAYOUTS = ("quickbooks_iif", "warc_response", "open311_request", "qml_listmodel")
PHONE = "PHONE"
EDT = dt.timezone(dt.timedelta(hours=-4))
CRLF = "\r\n"
HOST = "childcare-finder.example.ca"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the age groups of the register's space columns, as a parent's request names them
AGE_GROUPS = (
    ("IGSPACE", "infant"), ("TGSPACE", "toddler"), ("PGSPACE", "preschool"),
    ("KGSPACE", "kindergarten"), ("SGSPACE", "school-age"),
)  # fmt: skip
EMPLOYERS = (
    "Harbourfront Logistics Inc.", "Don Valley Print Works Ltd.", "Queen West Dental Group",
    "Etobicoke Tool & Die Co.", "Scarborough Bakery Supply Ltd.",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The centre's name as licensed."""
    return _f(row, "LOC_NAME")


def point(row: dict[str, Any]) -> tuple[str, str]:
    """The centre's longitude and latitude as the register's ``geometry`` writes them (two
    empty strings for the one row whose ``coordinates`` are empty)."""
    found = re.search(r"\[\[(-?[\d.]+), (-?[\d.]+)\]\]", row["fields"]["geometry"])
    return found.groups() if found else ("", "")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of May to September 2024 (Toronto, EDT)."""
    start = dt.datetime(2024, 5, 1, 8, 0, tzinfo=EDT)
    return start + dt.timedelta(seconds=rng.randint(0, 140 * 86400))


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _q(value: str) -> str:
    """``value`` as a QML (JavaScript) double-quoted string literal's content."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def _spaces(row: dict[str, Any]) -> list[tuple[str, int]]:
    """The age groups the centre is licensed for, with their spaces."""
    return [(label, int(_f(row, col))) for col, label in AGE_GROUPS if int(_f(row, col) or 0)]


def _flag(row: dict[str, Any], key: str) -> bool:
    return _f(row, key) == "Y"


def quickbooks_iif(row: dict[str, Any], rng: random.Random) -> str:
    """A QuickBooks Desktop IIF file (tab-separated Intuit Interchange Format) an employer's
    bookkeeper imports: the ``!HDR`` line, the centre as a vendor (``!VEND``: ``NAME``,
    ``PRINTAS``, three address lines, ``VTYPE``, ``PHONE1``, a ``NOTE`` with its licence
    location id, auspice and ward, an invented ``REFNUM``) and a ``BILL`` transaction of a
    month's child care benefit (``!TRNS``/``!SPL``/``!ENDTRNS``: an invented bill number and
    amount, the ``MEMO`` repeating the number)."""
    tel, when = phone(row), _when(rng)
    vendor = name(row)[:41]  # QuickBooks' name field holds 41 characters
    amount = f"{rng.randint(90, 240) * 10}.00"
    docnum = f"CC-{when:%y%m}-{rng.randint(100, 999)}"
    month = when.strftime("%B %Y")
    date = when.strftime("%m/%d/%Y")
    memo = f"{month} child care fees, centre {_f(row, 'LOC_ID')} - billing {tel}"
    note = f"Licensed centre {_f(row, 'LOC_ID')}, {_f(row, 'AUSPICE')}, ward {_f(row, 'ward')}"
    lines = [
        ["!HDR", "PROD", "VER", "REL", "IIFVER", "DATE", "TIME", "ACCNTNT", "ACCNTNTSPLITTIME"],
        ["HDR", "QuickBooks Pro", "Version 33.0D", "Release R5P", "1", when.strftime("%Y-%m-%d"),
         str(int(when.timestamp())), "N", "0"],
        ["!VEND", "NAME", "REFNUM", "PRINTAS", "ADDR1", "ADDR2", "ADDR3", "VTYPE", "PHONE1",
         "NOTE", "TERMS", "HIDDEN"],
        ["VEND", vendor, str(rng.randint(20, 400)), name(row), name(row), _f(row, "ADDRESS"),
         f"Toronto ON  {_f(row, 'PCODE')}", "Child Care", tel, note, "Net 15", "N"],
        ["!TRNS", "TRNSID", "TRNSTYPE", "DATE", "ACCNT", "NAME", "AMOUNT", "DOCNUM", "MEMO"],
        ["!SPL", "SPLID", "TRNSTYPE", "DATE", "ACCNT", "NAME", "AMOUNT", "DOCNUM", "MEMO"],
        ["!ENDTRNS"],
        ["TRNS", "", "BILL", date, "Accounts Payable", vendor, f"-{amount}", docnum, memo],
        ["SPL", "", "BILL", date, "Employee Benefits:Child Care", vendor, amount, docnum,
         f"Dependent care benefit - {rng.choice(EMPLOYERS)}"],
        ["ENDTRNS"],
    ]  # fmt: skip
    return "".join("\t".join(line) + CRLF for line in lines)


def _page(row: dict[str, Any], rng: random.Random) -> str:
    """The finder's HTML page of one centre: its name, a ``dl`` of address, ward, phone,
    auspice, building and spaces, and a sentence repeating the number."""
    tel, lon, lat = phone(row), *point(row)
    spaces = ", ".join(f"{label} {count}" for label, count in _spaces(row)) or "none listed"
    building = _f(row, "bldg_type") + (f" ({_f(row, 'BLDGNAME')})" if _f(row, "BLDGNAME") else "")
    items = [
        ("Address", f"{_f(row, 'ADDRESS')}, Toronto, ON {_f(row, 'PCODE')}"),
        ("Ward", _f(row, "ward")),
        ("Phone", tel),
        ("Operated by", _f(row, "AUSPICE")),
        ("Building", building),
        ("Licensed spaces", f"{_f(row, 'TOTSPACE')} ({spaces})"),
        ("Fee subsidy", "Yes" if _flag(row, "subsidy") else "No"),
        ("CWELCC", "Enrolled" if _flag(row, "cwelcc_flag") else "Not enrolled"),
    ]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-CA">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_x(name(row))} | Toronto Child Care Finder</title>",
        f'<link rel="canonical" href="https://{HOST}/centres/{_f(row, "LOC_ID")}">',
        "</head>",
        "<body>",
        f'<main data-loc-id="{_f(row, "LOC_ID")}"'
        + (f' data-lat="{lat}" data-lon="{lon}">' if lat else ">"),
        f"<h1>{_x(name(row))}</h1>",
        "<dl>",
        *(f"<dt>{k}</dt><dd>{_x(v)}</dd>" for k, v in items),
        "</dl>",
        f"<p>To ask about openings, call the centre at {tel}. Listing from the City of Toronto's "
        f"licensed child care data, updated {rng.randint(2, 28)} days ago.</p>",
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


def _sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def _warc_record(headers: list[tuple[str, str]], block: bytes) -> str:
    head = "WARC/1.1" + CRLF + "".join(f"{k}: {v}{CRLF}" for k, v in headers)
    head += f"Content-Length: {len(block)}{CRLF}{CRLF}"
    return head + block.decode("utf-8") + CRLF + CRLF


def warc_response(row: dict[str, Any], rng: random.Random) -> str:
    """A WARC/1.1 file of an invented crawl of a child care finder: a ``warcinfo`` record
    (Heritrix's fields) and the ``response`` record of the centre's page (its target URI by the
    ``LOC_ID``, an invented IP address, the HTTP/1.1 status line and headers, the HTML page),
    with each record's ``Content-Length`` and the block's and payload's SHA-1 digests right."""
    when = _when(rng).astimezone(dt.UTC)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    info_id, resp_id = f"<urn:uuid:{_uuid(rng)}>", f"<urn:uuid:{_uuid(rng)}>"
    serial = rng.randint(1, 400)
    fields = [
        "software: Heritrix/3.4.0-20220727 http://crawler.archive.org",
        f"hostname: crawl{rng.randint(1, 9)}.archive.example.ca",
        "format: WARC File Format 1.1",
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/"
        "warc-1.1/",
        "isPartOf: toronto-child-care-2024",
        "description: Toronto child care finder pages",
        "robots: obey",
    ]
    info = "".join(f + CRLF for f in fields).encode("utf-8")
    payload = _page(row, rng).encode("utf-8")
    http = CRLF.join(
        [
            "HTTP/1.1 200 OK",
            f"Date: {when:%a, %d %b %Y %H:%M:%S} GMT",
            "Server: nginx",
            "Content-Type: text/html; charset=utf-8",
            f"Content-Length: {len(payload)}",
            f'ETag: "{hashlib.md5(payload).hexdigest()[:16]}"',
            "Cache-Control: max-age=3600",
        ]
    )
    block = (http + CRLF + CRLF).encode("utf-8") + payload
    filename = f"TORCC-{when:%Y%m%d%H%M%S}-{serial:05d}.warc.gz"
    return _warc_record(
        [
            ("WARC-Type", "warcinfo"),
            ("WARC-Date", stamp),
            ("WARC-Filename", filename),
            ("WARC-Record-ID", info_id),
            ("Content-Type", "application/warc-fields"),
        ],
        info,
    ) + _warc_record(
        [
            ("WARC-Type", "response"),
            ("WARC-Record-ID", resp_id),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-Date", stamp),
            ("WARC-Target-URI", f"https://{HOST}/centres/{_f(row, 'LOC_ID')}"),
            ("WARC-IP-Address", f"192.0.2.{rng.randint(1, 254)}"),
            ("WARC-Block-Digest", _sha1(block)),
            ("WARC-Payload-Digest", _sha1(payload)),
            ("Content-Type", "application/http;msgtype=response"),
        ],
        block,
    )


def open311_request(row: dict[str, Any], rng: random.Random) -> str:
    """An Open311 GeoReport v2 ``requests.xml`` response of one ``request``: an invented
    service request id, status and times, a child care inquiry to Toronto Children's Services
    whose ``description`` names the centre, its licence location id, the age group asked about
    and the number, ``status_notes`` repeating the number, the ``service_notice``, the centre's
    address, postcode and point."""
    tel, lon, lat = phone(row), *point(row)
    opened = _when(rng)
    updated = opened + dt.timedelta(hours=rng.randint(3, 90))
    expected = opened + dt.timedelta(days=5)
    groups = _spaces(row)
    group = rng.choice(groups)[0] if groups else "any"
    closed = rng.random() < 0.6
    description = (
        f"Caller asks whether {name(row)} (licensed location {_f(row, 'LOC_ID')}, ward "
        f"{_f(row, 'ward')}) has {group} spaces for September and if it takes fee subsidy. "
        f"Centre's listed number: {tel}."
    )
    notes = (
        f"Staff called the centre at {tel}; waitlist information given to the caller."
        if closed
        else f"Referred to the centre at {tel}; awaiting callback."
    )
    fmt = "%Y-%m-%dT%H:%M:%S-04:00"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<service_requests>",
        "  <request>",
        f"    <service_request_id>{rng.randint(101000000, 101999999)}</service_request_id>",
        f"    <status>{'closed' if closed else 'open'}</status>",
        f"    <status_notes>{_x(notes)}</status_notes>",
        "    <service_name>Child Care - Licensed Centre Inquiry</service_name>",
        "    <service_code>CCS-LCI</service_code>",
        f"    <description>{_x(description)}</description>",
        "    <agency_responsible>Toronto Children's Services</agency_responsible>",
        "    <service_notice>Inquiries about licensed child care are answered within five "
        "business days.</service_notice>",
        f"    <requested_datetime>{opened.strftime(fmt)}</requested_datetime>",
        f"    <updated_datetime>{updated.strftime(fmt)}</updated_datetime>",
        f"    <expected_datetime>{expected.strftime(fmt)}</expected_datetime>",
        f"    <address>{_x(_f(row, 'ADDRESS'))}, Toronto, ON</address>",
        f"    <address_id>{rng.randint(1000000, 30000000)}</address_id>",
        f"    <zipcode>{_f(row, 'PCODE')}</zipcode>",
        *([f"    <lat>{lat}</lat>", f"    <long>{lon}</long>"] if lat else []),
        "    <media_url></media_url>",
        "  </request>",
        "</service_requests>",
        "",
    ]
    return "\n".join(lines)


def qml_listmodel(row: dict[str, Any], rng: random.Random) -> str:
    """A Qt Quick QML file of a ``ListModel`` (a child care map app's bundled model): a
    comment naming the data set and its run, one ``ListElement`` with the row's roles (its
    ``LOC_ID``, name, auspice, address, postcode, ward, the number as ``phone``, building type,
    spaces, flags as booleans, the point) and a ``callLabel`` in ``QT_TR_NOOP`` repeating the
    number."""
    tel, lon, lat = phone(row), *point(row)
    roles = [
        ("locId", _f(row, "LOC_ID")),
        ("name", f'"{_q(name(row))}"'),
        ("auspice", f'"{_q(_f(row, "AUSPICE"))}"'),
        ("address", f'"{_q(_f(row, "ADDRESS"))}"'),
        ("postalCode", f'"{_f(row, "PCODE")}"'),
        ("ward", _f(row, "ward")),
        ("phone", f'"{tel}"'),
        ("buildingType", f'"{_q(_f(row, "bldg_type"))}"'),
        *((f"{col[:2].lower()}Spaces", _f(row, col)) for col, _ in AGE_GROUPS),
        ("totalSpaces", _f(row, "TOTSPACE")),
        ("subsidy", "true" if _flag(row, "subsidy") else "false"),
        ("cwelcc", "true" if _flag(row, "cwelcc_flag") else "false"),
        *([("latitude", lat), ("longitude", lon)] if lat else []),
        ("callLabel", f'QT_TR_NOOP("Call {tel}")'),
    ]
    lines = [
        "// Generated from the City of Toronto's Licensed Child Care Centres (run_date "
        f"{_f(row, 'run_date')}); do not edit",
        "import QtQuick",
        "",
        "ListModel {",
        f"    id: centreModel{rng.randint(100, 999)}",
        "",
        "    ListElement {",
        *(f"        {key}: {value}" for key, value in roles),
        "    }",
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "quickbooks_iif": quickbooks_iif,
    "warc_response": warc_response,
    "open311_request": open311_request,
    "qml_listmodel": qml_listmodel,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
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
