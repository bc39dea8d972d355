"""held_out_36 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Chile) exactly as published, in contact and calendar interchange formats no
earlier part has, beside the row's real ids, codes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_34`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ and ID;
here:

* the values are the phone fields of Chile's pharmacies on duty as the Ministry of Health's
  regional offices map them (``scripts/data/pii_cl_pharmacies.json``, written by
  ``scripts/cl_pharmacies_data.py``; source and licence in that file): numbers as each entry
  gave them, in many shapes (``+56572518649``, ``+562425641``, ``+560226313145`` with the old
  trunk 0 after the calling code, ``956564829``, ``23673506``, ``2230180``, ``+5656992426819``
  with the code twice, ``+56+56965200798``), each number of each copy labelled; the map gives
  no e-mail address;
* the text around them is the same row's real fields: the pharmacy's local id (``3401``), its
  region and commune codes, its coordinates and its duty hours as the map words them
  (``Domingo 13 de Julio De 09:00 a 21:00 hrs.``), with invented UUIDs and revision and
  stamp times, unlabelled and scored;
* in layouts no earlier part has, free text in Spanish: a jCard (RFC 7095, the JSON form of
  vCard 4.0: the number as a ``tel`` property of value type ``text``, the address as ``adr``,
  the coordinates as a ``geo:`` URI, a Spanish ``note``), an xCard (RFC 6351, the XML form:
  ``<tel><parameters>...</parameters><text>``, ``<adr>`` with its seven components), Outlook's
  contacts CSV export (its 92 quoted columns, the number under ``Business Phone``, a Spanish
  ``Notes`` cell, CRLF line ends), and a jCal (RFC 7265, the JSON form of iCalendar) ``vevent``
  of the duty day (the number after ``Teléfono:`` in the ``description``, the address in
  ``location``, the coordinates in ``geo``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_36.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_cl_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_36.jsonl.gz"
SPLIT = "held_out_36"

LAYOUTS = ("jcard", "xcard", "outlook_csv", "jcal_event")
PHONE = "tl"
# the snapshot's time (its fechaActualizacion) and the duty day it lists
SNAPSHOT = datetime.datetime(2025, 7, 13, 18, 0, 44, tzinfo=datetime.UTC)
DUTY_DAY = datetime.date(2025, 7, 13)
# Chile's regions by their official (CUT) codes, as the map's ``rg`` gives them
REGIONS = {
    "1": "Región de Tarapacá",
    "2": "Región de Antofagasta",
    "3": "Región de Atacama",
    "4": "Región de Coquimbo",
    "5": "Región de Valparaíso",
    "6": "Región del Libertador General Bernardo O'Higgins",
    "7": "Región del Maule",
    "8": "Región del Biobío",
    "9": "Región de La Araucanía",
    "10": "Región de Los Lagos",
    "11": "Región de Aysén del General Carlos Ibáñez del Campo",
    "12": "Región de Magallanes y de la Antártica Chilena",
    "13": "Región Metropolitana de Santiago",
    "14": "Región de Los Ríos",
    "15": "Región de Arica y Parinacota",
    "16": "Región de Ñuble",
}
# Outlook's contacts export, its columns in its order
OUTLOOK_COLUMNS = (
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
    "Job Title", "Business Street", "Business Street 2", "Business Street 3", "Business City",
    "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
    "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code",
    "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3", "Other City",
    "Other State", "Other Postal Code", "Other Country/Region", "Assistant's Phone",
    "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone",
    "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone",
    "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address",
    "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type",
    "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
    "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage",
    "Notes", "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority",
    "Private", "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2",
    "User 3", "User 4", "Web Page",
)  # fmt: skip


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


def region(row: dict[str, Any]) -> str:
    return REGIONS[_f(row, "rg")]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _after_snapshot(rng: random.Random) -> datetime.datetime:
    """An invented moment of the month after the snapshot."""
    return SNAPSHOT + datetime.timedelta(seconds=rng.randint(60, 30 * 86400))


def _note(row: dict[str, Any]) -> str:
    """The entry's codes and duty hours, in Spanish."""
    return (
        f"Farmacia de turno. Id. local {_f(row, 'im')}, región {_f(row, 'rg')}, comuna "
        f"{_f(row, 'cm')}. Turno: {_f(row, 'horario_turno')}"
    )


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field labelled (each number in it by
    ``labelled_record``). Each copy stands apart (no digit next to it), so a copy is never part
    of another value."""
    value = phone(row)
    return phone_copies(text, value, PHONE, row["path"])


def jcard(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy as a jCard (RFC 7095) as ``JSON.stringify(card, null, 2)`` prints it:
    ``kind`` org, ``fn`` and ``org`` the name, a work ``adr`` (street, region, Chile), the
    phone as a work voice ``tel`` of value type ``text``, a ``geo:`` URI, Spanish
    ``categories`` and a ``note`` with the local id, codes and duty hours, an invented ``uid``
    and ``rev``."""
    name = _f(row, "nm")
    adr = ["", "", _f(row, "dr"), "", region(row), "", "Chile"]
    card = [
        "vcard",
        [
            ["version", {}, "text", "4.0"],
            ["kind", {}, "text", "org"],
            ["fn", {}, "text", name],
            ["org", {}, "text", name],
            ["adr", {"type": "work"}, "text", adr],
            ["tel", {"type": ["work", "voice"]}, "text", phone(row)],
            ["geo", {}, "uri", f"geo:{_f(row, 'lat')},{_f(row, 'lng')}"],
            ["categories", {}, "text", "farmacia", "farmacia de turno"],
            ["note", {}, "text", _note(row)],
            ["uid", {}, "uri", f"urn:uuid:{_uuid(rng)}"],
            ["rev", {}, "timestamp", _after_snapshot(rng).strftime("%Y-%m-%dT%H:%M:%SZ")],
        ],
    ]  # fmt: skip
    return json.dumps(card, ensure_ascii=False, indent=2)


def xcard(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy as an xCard (RFC 6351): ``<vcards>`` in the vCard 4.0 namespace, each
    property an element holding its value type's element (``<text>``, ``<uri>``,
    ``<timestamp>``), ``<adr>`` with its seven components (empty ones as empty elements), the
    phone in ``<tel>`` with ``work`` and ``voice`` types as ``<text>``, a Spanish ``<note>``,
    an invented ``<uid>`` and ``<rev>``."""
    e = escape
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<vcards xmlns="urn:ietf:params:xml:ns:vcard-4.0">',
        "  <vcard>",
        "    <kind><text>org</text></kind>",
        f"    <fn><text>{e(_f(row, 'nm'))}</text></fn>",
        f"    <org><text>{e(_f(row, 'nm'))}</text></org>",
        "    <adr>",
        "      <parameters><type><text>work</text></type></parameters>",
        "      <pobox/>",
        "      <ext/>",
        f"      <street>{e(_f(row, 'dr'))}</street>",
        "      <locality/>",
        f"      <region>{e(region(row))}</region>",
        "      <code/>",
        "      <country>Chile</country>",
        "    </adr>",
        "    <tel>",
        "      <parameters>",
        "        <type>",
        "          <text>work</text>",
        "          <text>voice</text>",
        "        </type>",
        "      </parameters>",
        f"      <text>{e(phone(row))}</text>",
        "    </tel>",
        f"    <geo><uri>geo:{_f(row, 'lat')},{_f(row, 'lng')}</uri></geo>",
        "    <categories><text>farmacia</text><text>farmacia de turno</text></categories>",
        f"    <note><text>{e(_note(row))}</text></note>",
        f"    <uid><uri>urn:uuid:{_uuid(rng)}</uri></uid>",
        f"    <rev><timestamp>{_after_snapshot(rng).strftime('%Y%m%dT%H%M%SZ')}</timestamp></rev>",
        "  </vcard>",
        "</vcards>",
        "",
    ]
    return "\n".join(lines)


def outlook_csv(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy as Outlook's contacts export writes it (File > Open & Export > Export to a
    file > Comma Separated Values): the header of its 92 columns and one row, every field
    quoted, CRLF line ends; the name under ``Company``, the address under ``Business Street``
    and ``Business State``, the phone under ``Business Phone``, Outlook's defaults for an empty
    contact (``0/0/00`` dates, ``Unspecified``, ``Normal``, ``False``), a Spanish category and
    ``Notes`` with the local id, codes, duty hours and coordinates."""
    values = dict.fromkeys(OUTLOOK_COLUMNS, "")
    values.update({
        "Company": _f(row, "nm"),
        "Business Street": _f(row, "dr"),
        "Business State": region(row),
        "Business Country/Region": "Chile",
        "Business Phone": phone(row),
        "Anniversary": "0/0/00",
        "Birthday": "0/0/00",
        "Categories": rng.choice(("Farmacias", "Farmacias de turno", "Salud")),
        "Gender": "Unspecified",
        "Notes": f"{_note(row)}\r\nUbicación: {_f(row, 'lat')}, {_f(row, 'lng')}",
        "Priority": "Normal",
        "Private": "False",
        "Sensitivity": "Normal",
    })  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(OUTLOOK_COLUMNS)
    writer.writerow(values[c] for c in OUTLOOK_COLUMNS)
    return out.getvalue()


def jcal_event(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's duty day as a jCal (RFC 7265) calendar as ``JSON.stringify(cal, null,
    2)`` prints it: one all-day ``vevent`` on the snapshot's day, its ``summary`` the name, its
    ``location`` the address and region, ``geo`` the coordinates as two floats (written as the
    map gives them), its ``description`` in Spanish (``Dirección:``, ``Teléfono:``,
    ``Horario:``, ``Id. local:``), an invented ``uid`` and ``dtstamp``."""
    cal = [
        "vcalendar",
        [
            ["version", {}, "text", "2.0"],
            ["prodid", {}, "text", "-//Farmacias de Turno Chile//ES"],
            ["calscale", {}, "text", "GREGORIAN"],
            ["x-wr-calname", {}, "unknown", f"Farmacias de turno – {region(row)}"],
        ],
        [
            [
                "vevent",
                [
                    ["uid", {}, "text", f"{_uuid(rng)}@farmacias-de-turno"],
                    ["dtstamp", {}, "date-time",
                     _after_snapshot(rng).strftime("%Y-%m-%dT%H:%M:%SZ")],
                    ["dtstart", {}, "date", DUTY_DAY.isoformat()],
                    ["dtend", {}, "date", (DUTY_DAY + datetime.timedelta(days=1)).isoformat()],
                    ["summary", {}, "text", f"Turno: {_f(row, 'nm')}"],
                    ["location", {}, "text", f"{_f(row, 'dr')}, {region(row)}, Chile"],
                    ["geo", {}, "float", ["@LAT@", "@LNG@"]],
                    ["description", {}, "text",
                     f"Farmacia de turno\nDirección: {_f(row, 'dr')}\nTeléfono: {phone(row)}\n"
                     f"Horario: {_f(row, 'horario_turno')}\nId. local: {_f(row, 'im')}"],
                    ["categories", {}, "text", "FARMACIA DE TURNO"],
                    ["class", {}, "text", "PUBLIC"],
                    ["transp", {}, "text", "TRANSPARENT"],
                ],
                [],
            ]
        ],
    ]  # fmt: skip
    text = json.dumps(cal, ensure_ascii=False, indent=2)
    return text.replace('"@LAT@"', _f(row, "lat")).replace('"@LNG@"', _f(row, "lng"))


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "jcard": jcard,
    "xcard": xcard,
    "outlook_csv": outlook_csv,
    "jcal_event": jcal_event,
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
