"""held_out_236 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Germany's tax offices, Finanzämter, as the Bundeszentralamt für Steuern's
Gemeinsames Finanzamtsverzeichnis lists them; Germany's earlier parts took Berlin's, North
Rhine-Westphalia's and Hamburg's schools, Chemnitz's day-care centres, farm shops on
OpenStreetMap, the HRK's Hochschulkompass and the RKI's list of health offices) exactly as
published, in layouts no earlier part has, beside the list's own names, office numbers and
addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
numbers from registers of DE (schools, day-care centres, universities, health offices), AT, CH
and many others; here:

* the values are the ``tel``, ``fax`` and ``mail`` fields of 400 tax offices
  (``scripts/data/pii_de_finanzaemter.json``, written by ``scripts/de_finanzaemter_data.py``;
  source and licence in that file): German numbers as each office gave them, the trunk ``0``,
  the area code, a blank or a slash and the number, often with the switchboard's ``-0``
  (``04551 54-0``, ``02641/3820``, ``(07361) 9578-0``, ``030 9024-13 0``, ``0951 84-0``);
  each field is one number and is labelled whole, but for two Munich faxes whose internal
  extension follows in brackets (``089 1252-9119 (2222)``), which stays unlabelled; the
  office's mailbox (``poststelle@fa-kiel.landsh.de``); each copy labelled;
* the text around them is the same row's real fields: the office's name, its
  Bundesfinanzamtsnummer (``2111``), street, house number, five-digit postcode, place and web
  address, and its state (from the number's first digits), with invented supplier numbers,
  UUIDs, session ids, container ids, JSON-RPC ids, dates and deadlines, unlabelled and scored;
* in layouts no earlier part has, formats of German business and groupware software, text in
  German: Collmex import records ``CMXLIF`` (a tax adviser's accounting, the office as
  supplier: the 35 fields, ``Telefon``, ``Telefax``, ``E-Mail`` and a ``Bemerkung`` repeating
  the number), Kolab XML contacts (Kolab Format 2.0 ``contact``: ``organization``, ``phone``
  of type ``business1`` and ``businessfax``, ``email``/``smtp-address``, a business
  ``address``), Tine 2.0 JSON-RPC ``Addressbook.saveContact`` requests (``org_name``,
  ``adr_one_*``, ``tel_work``, ``tel_fax``, ``email``, a ``note`` repeating the number) and
  Znuny (OTRS) GenericInterface ``TicketCreate`` REST requests of a tax adviser's office (a
  phone ``Article`` whose body names the office's number, fax and mailbox, a ``BuFaNr``
  dynamic field).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_236.py   # rewrites the committed file
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
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_finanzaemter.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_236.jsonl.gz"
SPLIT = "held_out_236"

LAYOUTS = ("collmex_cmxlif", "kolab_contact", "tine_contact", "znuny_ticket")
PHONE, FAX, EMAIL = "tel", "fax", "mail"
BERLIN = dt.timezone(dt.timedelta(hours=1))
# where an internal extension in brackets follows a number in one field (``089 1252-9119 (2222)``)
NOTE = " ("

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the states by the first digits of the Bundesfinanzamtsnummer (the BZSt's numbering)
STATES = {
    "10": "Saarland", "11": "Berlin", "21": "Schleswig-Holstein", "22": "Hamburg",
    "23": "Niedersachsen", "24": "Bremen", "26": "Hessen", "27": "Rheinland-Pfalz",
    "28": "Baden-Württemberg", "30": "Brandenburg", "31": "Sachsen-Anhalt", "32": "Sachsen",
    "40": "Mecklenburg-Vorpommern", "41": "Thüringen", "5": "Nordrhein-Westfalen",
    "9": "Bayern",
}  # fmt: skip
# invented matters of a tax adviser's office with the tax office (no real case is meant)
MATTERS = (
    "Fristverlängerung Einkommensteuererklärung", "Rückfrage zur Umsatzsteuer-Voranmeldung",
    "Einspruch gegen den Gewerbesteuermessbescheid", "Antrag auf Herabsetzung der Vorauszahlungen",
    "Rückfrage zur Lohnsteuer-Anmeldung", "Stundungsantrag Körperschaftsteuer",
    "Nachreichung von Belegen zur Feststellungserklärung",
)  # fmt: skip
QUEUES = ("Steuerbüro::Finanzamt", "Fristen::Finanzamt", "Mandanten::Rückfragen")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The office's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The office's fax field as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def email(row: dict[str, Any]) -> str:
    """The office's mailbox as published, stripped ("" where it has none)."""
    return _f(row, EMAIL)


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of the number a phone or fax field holds: the whole field, one number (the
    list gives one per field), up to an internal extension in brackets after it, which is no
    number of its own (a field that begins with its area code in brackets keeps it)."""
    end = field.find(NOTE)
    return [(0, len(field) if end < 0 else end)]


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+49``)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def office(row: dict[str, Any]) -> str:
    """The office as its letters name it: ``Finanzamt`` and the list's name, unless the name
    names its kind itself (``Technisches Finanzamt Berlin``, ``Landeshauptkasse Bremen``)."""
    name = _f(row, "name")
    if re.search(r"Finanzamt|kasse|^Zentral", name):
        return name
    return f"Finanzamt {name}"


def state(row: dict[str, Any]) -> str:
    """The office's state, by the first digits of its Bundesfinanzamtsnummer."""
    bufa = _f(row, "buFaNr")
    return STATES.get(bufa[:2]) or STATES[bufa[:1]]


def street(row: dict[str, Any]) -> str:
    """The street and house number as the list splits them (``Am Stadtgraben 2-4``)."""
    number = _f(row, "hausanschrift.hausNr") + _f(row, "hausanschrift.hausNrZusatz")
    return f"{_f(row, 'hausanschrift.strasse')} {number}".strip()


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (German winter time)."""
    start = dt.datetime(2024, 1, 8, 7, 30, tzinfo=BERLIN)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: str) -> str:
    """``value`` as the inside of a JSON string."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


# a piece of a layout: text, or (kind, value) with kind "phone", "fax" or "email"
Piece = str | tuple[str, str]


def _record(pieces: list[Piece]) -> Record:
    """The pieces joined, each value labelled where it stands (numbers under their column)."""
    b = Record()
    for piece in pieces:
        if isinstance(piece, str):
            b.add(piece)
        elif piece[0] == "email":
            b.email(piece[1])
        else:
            b.phone(PHONE if piece[0] == "phone" else FAX, piece[1])
    return b


def _csv_field(pieces: list[Piece]) -> list[Piece]:
    """A field of a ``;``-separated record, quoted (``""`` for a quote) where it holds ``;``,
    a quote or a line break; the values never do."""
    text = "".join(p if isinstance(p, str) else p[1] for p in pieces)
    if not re.search(r'[;"\n]', text):
        return pieces
    out: list[Piece] = ['"']
    out += [p.replace('"', '""') if isinstance(p, str) else p for p in pieces]
    return [*out, '"']


def collmex_cmxlif(row: dict[str, Any], rng: random.Random) -> list[Piece]:
    """A Collmex import record ``CMXLIF`` (Lieferant) of a tax adviser's accounting, the office
    as supplier, its 35 ``;``-separated fields: an invented supplier number, firm ``1``, the
    office as ``Firma``, street, postcode and place, a ``Bemerkung`` naming its
    Bundesfinanzamtsnummer and repeating the number, ``DE``, ``Telefon``, ``Telefax`` and
    ``E-Mail`` (empty where the list has none), ``EUR`` and output language ``0``."""
    tel, fx, mail = phone(row), fax(row), email(row)
    remark: list[Piece] = [
        f"Zuständiges Finanzamt, BuFaNr {_f(row, 'buFaNr')} ({state(row)}); Zentrale ",
        ("phone", tel),
        f"; Zahlungen Steuerkonto lt. Bescheid, angelegt {_when(rng):%d.%m.%Y}",
    ]
    fields: list[list[Piece]] = [
        ["CMXLIF"], [str(rng.randint(70001, 79999))], ["1"], [""], [""], [""], [""],
        [office(row)], [""], [street(row)], [_f(row, "hausanschrift.plz")],
        [_f(row, "hausanschrift.ort")], remark, ["0"], ["DE"], [("phone", tel)],
        [("fax", fx)] if fx else [""], [("email", mail)] if mail else [""],
        [""], [""], [""], [""], [""], [""], [""], ["0"], [""], [""], ["0"], [""], [""], [""],
        ["EUR"], [""], ["0"],
    ]  # fmt: skip
    assert len(fields) == 35
    out: list[Piece] = []
    for i, field in enumerate(fields):
        if i:
            out.append(";")
        out += _csv_field(field)
    return [*out, "\n"]


def kolab_contact(row: dict[str, Any], rng: random.Random) -> list[Piece]:
    """A Kolab XML contact (Kolab Format 2.0, ``<contact version="1.0">``) of a tax adviser's
    shared address book: an invented ``uid`` and times, the ``Behörden`` category, a ``body``
    with the Bundesfinanzamtsnummer and state, the office as ``organization`` and
    ``full-name``, its ``web-page``, ``phone`` of type ``business1`` and ``businessfax``, an
    ``email`` with ``smtp-address`` (where the list has them) and the business ``address``."""
    tel, fx, mail = phone(row), fax(row), email(row)
    name = _x(office(row))
    created = _when(rng)
    changed = created + dt.timedelta(days=rng.randint(0, 40), seconds=rng.randint(0, 86400))
    utc = dt.UTC
    out: list[Piece] = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        '<contact version="1.0">\n',
        "  <product-id>Kontact 4.14, Kolab resource</product-id>\n",
        f"  <uid>{_uuid(rng)}</uid>\n",
        f"  <body>Bundesfinanzamtsnummer {_f(row, 'buFaNr')}, {_x(state(row))}</body>\n",
        "  <categories>Behörden</categories>\n",
        f"  <creation-date>{created.astimezone(utc):%Y-%m-%dT%H:%M:%SZ}</creation-date>\n",
        "  <last-modification-date>"
        f"{changed.astimezone(utc):%Y-%m-%dT%H:%M:%SZ}</last-modification-date>\n",
        "  <sensitivity>public</sensitivity>\n",
        "  <name>\n",
        f"    <full-name>{name}</full-name>\n",
        "  </name>\n",
        f"  <organization>{name}</organization>\n",
    ]
    if _f(row, "url"):
        out.append(f"  <web-page>{_x(_f(row, 'url'))}</web-page>\n")
    out += ["  <phone>\n", "    <type>business1</type>\n", "    <number>", ("phone", tel)]
    out += ["</number>\n", "  </phone>\n"]
    if fx:
        out += ["  <phone>\n", "    <type>businessfax</type>\n", "    <number>", ("fax", fx)]
        out += ["</number>\n", "  </phone>\n"]
    if mail:
        out += ["  <email>\n", f"    <display-name>{name}</display-name>\n"]
        out += ["    <smtp-address>", ("email", mail), "</smtp-address>\n", "  </email>\n"]
    if _f(row, "hausanschrift.ort"):
        out += [
            "  <address>\n",
            "    <type>business</type>\n",
            f"    <street>{_x(street(row))}</street>\n",
            f"    <locality>{_x(_f(row, 'hausanschrift.ort'))}</locality>\n",
            f"    <region>{_x(state(row))}</region>\n",
            f"    <postal-code>{_f(row, 'hausanschrift.plz')}</postal-code>\n",
            "    <country>DE</country>\n",
            "  </address>\n",
            "  <preferred-address>business</preferred-address>\n",
        ]
    return [*out, "</contact>\n"]


def tine_contact(row: dict[str, Any], rng: random.Random) -> list[Piece]:
    """A Tine 2.0 JSON-RPC request ``Addressbook.saveContact`` (pretty-printed): an invented
    request id and container id, the office as ``n_fn``, ``n_fileas`` and ``org_name``, the
    ``adr_one_*`` address with its state, ``tel_work``, ``tel_fax``, ``email`` and ``url``
    (where the list has them) and a ``note`` naming the Bundesfinanzamtsnummer and repeating
    the number."""
    tel, fx, mail = phone(row), fax(row), email(row)
    name = _j(office(row))

    def line(key: str, value: str, last: bool = False) -> str:
        return f'      "{key}": "{_j(value)}"{"" if last else ","}\n'

    out: list[Piece] = [
        "{\n",
        '  "jsonrpc": "2.0",\n',
        '  "method": "Addressbook.saveContact",\n',
        '  "params": {\n',
        '    "recordData": {\n',
        f'      "container_id": "{rng.randint(1000, 9999)}",\n',
        '      "type": "contact",\n',
        f'      "n_fn": "{name}",\n',
        f'      "n_fileas": "{name}",\n',
        f'      "org_name": "{name}",\n',
        line("org_unit", "Poststelle"),
        line("adr_one_street", street(row)),
        line("adr_one_postalcode", _f(row, "hausanschrift.plz")),
        line("adr_one_locality", _f(row, "hausanschrift.ort")),
        line("adr_one_region", state(row)),
        '      "adr_one_countryname": "DE",\n',
        '      "tel_work": "',
        ("phone", tel),
        '",\n',
    ]
    if fx:
        out += ['      "tel_fax": "', ("fax", fx), '",\n']
    if mail:
        out += ['      "email": "', ("email", mail), '",\n']
    if _f(row, "url"):
        out.append(line("url", _f(row, "url")))
    out += [
        f'      "note": "BuFaNr {_f(row, "buFaNr")}; Zentrale ',
        ("phone", tel),
        f'; zuletzt geprüft am {_when(rng):%d.%m.%Y}"\n',
        "    }\n",
        "  },\n",
        f'  "id": {rng.randint(2, 400)}\n',
        "}\n",
    ]
    return out


def znuny_ticket(row: dict[str, Any], rng: random.Random) -> list[Piece]:
    """A Znuny (OTRS) GenericInterface ``TicketCreate`` REST request of a tax adviser's office
    (pretty-printed JSON): an invented ``SessionID``, a ``Ticket`` in an invented queue with
    the matter as ``Title``, a phone ``Article`` (``CommunicationChannel`` ``Phone``, not
    visible to the customer) whose ``Body`` names the office, its address and its number, fax
    and mailbox (where the list has them), and ``DynamicField``s with the
    Bundesfinanzamtsnummer and an invented deadline."""
    tel, fx, mail = phone(row), fax(row), email(row)
    name = office(row)
    matter = rng.choice(MATTERS)
    when = _when(rng)
    deadline = when + dt.timedelta(days=rng.randint(10, 45))
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    session = "".join(rng.choice(letters) for _ in range(32))
    body: list[Piece] = [
        f"Rückruf: {_j(name)}, {_j(street(row))}, {_f(row, 'hausanschrift.plz')} "
        f"{_j(_f(row, 'hausanschrift.ort'))}\\nAnliegen: {_j(matter)}\\n",
        "Zentrale: ",
        ("phone", tel),
        "\\n",
    ]
    if fx:
        body += ["Unterlagen vorab per Fax an ", ("fax", fx), "\\n"]
    if mail:
        body += ["Poststelle: ", ("email", mail), "\\n"]
    body.append(f"Frist laut Schreiben vom {when:%d.%m.%Y}: {deadline:%d.%m.%Y}.")
    return [
        "{\n",
        f'  "SessionID": "{session}",\n',
        '  "Ticket": {\n',
        f'    "Title": "{_j(matter)} – {_j(name)}",\n',
        f'    "Queue": "{rng.choice(QUEUES)}",\n',
        '    "State": "open",\n',
        '    "Priority": "3 normal",\n',
        f'    "CustomerUser": "kanzlei-{rng.randint(100, 999)}"\n',
        "  },\n",
        '  "Article": {\n',
        '    "CommunicationChannel": "Phone",\n',
        '    "SenderType": "agent",\n',
        '    "IsVisibleForCustomer": 0,\n',
        f'    "Subject": "{_j(matter)}",\n',
        '    "Body": "',
        *body,
        '",\n',
        '    "ContentType": "text/plain; charset=utf8"\n',
        "  },\n",
        '  "DynamicField": [\n',
        f'    {{"Name": "BuFaNr", "Value": "{_f(row, "buFaNr")}"}},\n',
        f'    {{"Name": "Fristende", "Value": "{deadline:%Y-%m-%d} 23:59:59"}}\n',
        "  ]\n",
        "}\n",
    ]


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], list[Piece]]] = {
    "collmex_cmxlif": collmex_cmxlif,
    "kolab_contact": kolab_contact,
    "tine_contact": tine_contact,
    "znuny_ticket": znuny_ticket,
}


def labelled_record(where: tuple[str, str, str, int], row: dict[str, Any], block: Record) -> dict:
    """The evaluation record of one office's block: the number of each phone and fax copy
    labelled (``numbers``; one no person holds only a distractor), its kind by
    ``international``, each e-mail address labelled (``pii_held_out_14.labelled_record``, with
    this list's reading of its number fields)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in block.emails]
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th office of the list in its layout: each copy of its fields labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = _record(BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
