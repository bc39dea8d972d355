"""held_out_23 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (South Africa) exactly as its public body published them, in
layouts no earlier part has, beside the country's own identifiers.

The procedure of ``held_out_21``, on another register and other layouts; ``held_out_11`` to
``held_out_21`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL and DK; here:

* the values are the ``Telephone`` and ``E_Mail`` fields of the Department of Basic
  Education's Schools Masterlist (``scripts/data/pii_za_schools.json``, written by
  ``scripts/za_dbe_schools_data.py``; source and licence in that file): ten digits in one run
  with the trunk ``0`` and no ``+27`` (``0227522728``), each copy labelled; the row's e-mail
  address where the field holds one well-formed address (not two, not one with a trailing
  dot), each copy labelled; the country is the register's;
* the text around them is the same row's real fields: the nine-digit EMIS number
  (``130312220``), the paypoint, component and exam numbers (four to ten digits), the
  eight-digit ward id, the registration date as the register writes it, coordinates,
  quintiles and learner and educator counts, with invented notice and gazette numbers, post
  ids, message ids, chat ids and dates, unlabelled and scored;
* in layouts no earlier part has: a bilingual notice of a Provincial Gazette (the English
  notice, then the Afrikaans one: ``Telephone:``/``Telefoon:``, ``E-mail:``/``E-pos:``, the
  phone and address twice), an Excel workbook's ``xl/sharedStrings.xml`` (the strings of a
  one-row export, header names first, each distinct string once, as the register's own files
  hold them), a WordPress store-locator plugin's AJAX response (PHP ``json_encode``: compact,
  ``\\/`` for ``/``, the row's ``phone`` and ``email`` keys, an HTML ``description``), a
  Telegram Bot API ``sendMessage`` result (a channel post whose text holds the contact lines,
  ``\\n`` escapes, UTF-16 ``entities`` offsets for the bold name and the e-mail address).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_23.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_za_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_23.jsonl.gz"
SPLIT = "held_out_23"

LAYOUTS = ("gazette_notice", "xlsx_shared_strings", "store_locator_json", "telegram_message")
EMPTY = {"", ".", "NOT APPLICABLE", "N/A", "-"}
ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# the province's name, its gazette's seat, and its names in Afrikaans (the Province column)
PROVINCES = {
    "EC": ("Eastern Cape", "Bhisho", "Oos-Kaap"),
    "FS": ("Free State", "Bloemfontein", "Vrystaat"),
    "GT": ("Gauteng", "Johannesburg", "Gauteng"),
    "KZ": ("KwaZulu-Natal", "Pietermaritzburg", "KwaZulu-Natal"),
    "LP": ("Limpopo", "Polokwane", "Limpopo"),
    "MP": ("Mpumalanga", "Mbombela", "Mpumalanga"),
    "NC": ("Northern Cape", "Kimberley", "Noord-Kaap"),
    "NW": ("North West", "Mahikeng", "Noordwes"),
    "WC": ("Western Cape", "Cape Town", "Wes-Kaap"),
}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped; "" for the register's placeholders (``.``)."""
    value = row["fields"][key].strip()
    return "" if value in EMPTY else value


def phone(row: dict[str, Any]) -> str:
    """The row's phone field (every kept row has one)."""
    return _f(row, "Telephone")


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address where the field is one well-formed address, else ""."""
    value = _f(row, "E_Mail")
    return value if ADDRESS.fullmatch(value) else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented time of the months after the masterlist's state (March 2017)."""
    day = datetime.date(2017, 4, 3) + datetime.timedelta(days=rng.randint(0, 240))
    return datetime.datetime(day.year, day.month, day.day, rng.randint(6, 18), rng.randint(0, 59))


def _province(row: dict[str, Any]) -> tuple[str, str, str]:
    return PROVINCES[row["fields"]["Province"]]


def _town(row: dict[str, Any]) -> str:
    return _f(row, "Town_City") or _f(row, "Suburb")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone and e-mail address labelled. Each
    copy stands apart (no digit next to the phone, no address character next to the address),
    so a copy is never part of another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(
        text, values, {"phone": r"\d", "email": r"[\w.@-]"}, {"phone": "Telephone"}, row["path"]
    )


def gazette_notice(row: dict[str, Any], rng: random.Random) -> str:
    """A notice of a Provincial Gazette as its text is printed: the masthead, the English
    notice of the school's particulars under the South African Schools Act, then the same
    notice in Afrikaans, as the gazettes print both."""
    name, seat, afr = _province(row)
    at = _moment(rng)
    volume, number, notice = rng.randint(18, 24), rng.randint(2700, 2900), rng.randint(100, 999)
    date = at.strftime("%d %B %Y").lstrip("0").upper()
    head = f"PROVINCIAL GAZETTE EXTRAORDINARY OF {name.upper()}"
    lines = [
        head,
        f"BUITENGEWONE PROVINSIALE KOERANT VAN {afr.upper()}",
        f"Vol. {volume}  {seat.upper()}, {date}  No. {number}",
        "",
        f"PROVINCIAL NOTICE {notice} OF {at.year}",
        "",
        "SOUTH AFRICAN SCHOOLS ACT, 1996 (ACT No. 84 OF 1996)",
        "PARTICULARS OF A SCHOOL ON THE SCHOOLS MASTERLIST",
        "",
        f"The Member of the Executive Council responsible for Education in the {name} "
        "Province hereby publishes, in terms of section 59 of the South African Schools Act, "
        "1996, the particulars of the school below as recorded by the Department:",
        "",
    ]
    en = [
        ("Name of school", _f(row, "Institution_Name")),
        ("EMIS number", _f(row, "NatEmis")),
        ("Sector / phase", f"{_f(row, 'Sector')} / {_f(row, 'Phase')}".strip(" /")),
        ("Physical address", _f(row, "StreetAddress")),
        ("Postal address", _f(row, "PostalAddress")),
        ("Telephone", phone(row)),
        ("E-mail", email(row)),
        ("Examination centre number", _f(row, "ExamNo")),
        ("Ward", _f(row, "Ward_ID")),
        ("Date of registration", _f(row, "RegistrationDate")),
        ("District", _f(row, "EIDistrict")),
    ]
    af = [
        ("Naam van skool", _f(row, "Institution_Name")),
        ("EMIS-nommer", _f(row, "NatEmis")),
        ("Posadres", _f(row, "PostalAddress")),
        ("Telefoon", phone(row)),
        ("E-pos", email(row)),
        ("Datum van registrasie", _f(row, "RegistrationDate")),
    ]
    width = max(len(k) for k, v in en if v) + 2
    lines += [f"  {k + ':':<{width}}{v}" for k, v in en if v]
    lines += ["", f"PROVINSIALE KENNISGEWING {notice} VAN {at.year}", "",
              "SUID-AFRIKAANSE SKOLEWET, 1996 (WET No. 84 VAN 1996)",
              "BESONDERHEDE VAN 'N SKOOL OP DIE MEESTERLYS VAN SKOLE", ""]  # fmt: skip
    width = max(len(k) for k, v in af if v) + 2
    lines += [f"  {k + ':':<{width}}{v}" for k, v in af if v]
    lines += ["", f"PROVINCIAL GAZETTE EXTRAORDINARY, {date}  No. {number}  {rng.randint(3, 40)}"]
    return "\n".join(lines) + "\n"


SHEET_COLUMNS = ("NatEmis", "DataYear", "Province", "Institution_Name", "Sector", "Phase",
                 "PaypointNo", "ComponentNo", "ExamNo", "GIS_Longitude", "GIS_Latitude",
                 "Ward_ID", "EIDistrict", "EICircuit", "StreetAddress", "PostalAddress",
                 "Telephone", "E_Mail", "Quintile", "RegistrationDate", "Urban_Rural",
                 "Educator_Number 2017", "Learner_Number 2017")  # fmt: skip


def xlsx_shared_strings(row: dict[str, Any], rng: random.Random) -> str:
    """An Excel workbook's ``xl/sharedStrings.xml`` as a one-row export of the masterlist
    holds it: the header's column names, then the row's strings in column order, each distinct
    string once (a repeated one, ``.`` for an empty field, is not written again); ``count``
    is the number of string cells, ``uniqueCount`` the number of entries."""
    cells = list(SHEET_COLUMNS)
    for key in SHEET_COLUMNS:
        value = row["fields"][key].strip()
        cells.append((email(row) or ".") if key == "E_Mail" else value or ".")
    unique = list(dict.fromkeys(cells))
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n']
    out.append('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ')
    out.append(f'count="{len(cells)}" uniqueCount="{len(unique)}">')
    out += [f"<si><t>{escape(value)}</t></si>" for value in unique]
    out.append("</sst>")
    return "".join(out)


def _php_json(value: Any) -> str:
    """What PHP's ``json_encode`` writes with no flags: compact, non-ASCII as ``\\uXXXX``,
    ``/`` escaped."""
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def store_locator_json(row: dict[str, Any], rng: random.Random) -> str:
    """The response of a WordPress store-locator plugin's ``admin-ajax.php?action=
    store_search`` for a search near the school, as the browser receives it: a JSON array of
    one store with the plugin's keys (``store``, ``address``, ``city``, ``state``, ``phone``,
    ``fax``, ``email``, ``url``, ``lat``, ``lng``, ``id``, ``distance``) and an HTML
    ``description`` that names the EMIS and paypoint numbers."""
    name = _f(row, "Institution_Name")
    parts = [f"EMIS no. {_f(row, 'NatEmis')}"]
    if _f(row, "PaypointNo"):
        parts.append(f"Paypoint no. {_f(row, 'PaypointNo')}")
    if _f(row, "Quintile"):
        parts.append(f"Quintile {_f(row, 'Quintile')}")
    parts.append(f"{_f(row, 'Phase').title()}, {_f(row, 'Sector').lower()}")
    store = {
        "store": name,
        "address": _f(row, "StreetAddress"),
        "address2": _f(row, "PostalAddress"),
        "city": _town(row),
        "state": _province(row)[0],
        "zip": "",
        "country": "South Africa",
        "lat": _f(row, "GIS_Latitude"),
        "lng": _f(row, "GIS_Longitude"),
        "description": "<p>" + "<br />\n".join(parts) + "</p>",
        "phone": phone(row),
        "fax": "",
        "email": email(row),
        "hours": "",
        "url": "",
        "thumb": "",
        "permalink": f"https://schools.example.co.za/school/{_slug(name)}/",
        "id": str(rng.randint(1200, 30000)),
        "distance": f"{rng.uniform(0.3, 25):.1f}",
    }
    return _php_json([store])


def _utf16(text: str) -> int:
    """The length of ``text`` in UTF-16 code units, as Telegram counts entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def telegram_message(row: dict[str, Any], rng: random.Random) -> str:
    """The result of a Telegram Bot API ``sendMessage`` to a district's schools channel, as the
    bot's log keeps it: the channel post with the school's name (bold), EMIS number, address,
    contact lines and counts, and the ``entities`` Telegram returns with their UTF-16 offsets
    (the bold name, the e-mail address)."""
    name = _f(row, "Institution_Name")
    district = _f(row, "EIDistrict") or _f(row, "DMunName")
    head = "\U0001f3eb "
    lines = [f"{head}{name}", f"EMIS: {_f(row, 'NatEmis')}"]
    if _f(row, "ExamNo"):
        lines.append(f"Exam no.: {_f(row, 'ExamNo')}")
    lines.append(f"Address: {_f(row, 'StreetAddress') or _f(row, 'PostalAddress')}")
    lines.append(f"{rng.choice(('Tel', 'Tel.', 'Phone', 'Contact'))}: {phone(row)}")
    address = email(row)
    if address:
        lines.append(f"Email: {address}")
    counts = [f"{k} {_f(row, c)}" for k, c in (("Quintile", "Quintile"),
              ("Learners", "Learner_Number 2017"), ("Educators", "Educator_Number 2017"))
              if _f(row, c)]  # fmt: skip
    if counts:
        lines.append(" · ".join(counts))
    text = "\n".join(lines)
    entities = [{"offset": _utf16(head), "length": _utf16(name), "type": "bold"}]
    if address:
        start = text.index(f"Email: {address}") + len("Email: ")
        entities.append({"offset": _utf16(text[:start]), "length": _utf16(address),
                         "type": "email"})  # fmt: skip
    chat = {"id": -1001000000000 - rng.randint(10**8, 10**9),
            "title": f"{district.title()} Schools", "type": "channel"}  # fmt: skip
    result = {
        "ok": True,
        "result": {
            "message_id": rng.randint(40, 4000),
            "sender_chat": chat,
            "chat": chat,
            "date": int(_moment(rng).replace(tzinfo=datetime.UTC).timestamp()),
            "text": text,
            "entities": entities,
        },
    }
    return _php_json(result)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "gazette_notice": gazette_notice,
    "xlsx_shared_strings": xlsx_shared_strings,
    "store_locator_json": store_locator_json,
    "telegram_message": telegram_message,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone number
    labelled, each copy of its e-mail address labelled."""
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
