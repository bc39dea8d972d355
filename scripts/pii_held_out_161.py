"""held_out_161 of the PII evaluation set: real phone fields of a register no earlier part used
(the Netherlands' municipalities, gemeenten, as of 2018; the country's earlier part took DUO's
register of schools) exactly as published, in layouts no earlier part has, beside the list's
own names, postal addresses, postcodes and places.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, NL (schools) and many others; here:

* the values are the ``phoneNumber`` fields of 319 municipalities
  (``scripts/data/pii_nl_municipalities.json``, written by ``scripts/nl_municipalities_data.py``;
  source and licence in that file): Dutch numbers as the list writes them, the area code in
  brackets and the subscriber's number in pairs (``(0416) 69 87 00``, ``(010) 506 11 11``), a
  few run together (``(0598) 373737``, ``0900 1809``), each copy labelled; 64 fields are the
  municipalities' six-digit service number ``14`` and area code (``14 0592``, ``14-0318``), no
  subscriber's line: unlabelled, scored as distractors; one (``14+ 0511``) is no number;
* the text around them is the same row's real fields: the name (``Gemeente Aalburg``), the
  postal address (``Postbus 40``), postcode (``4260 AA``) and place (``WIJK EN AALBURG``), with
  invented ids, version numbers, counts, dates and times, unlabelled and scored;
* in layouts no earlier part has, text in Dutch: XML-RPC ``methodResponse`` documents of a
  reporting app's ``gemeente.contactgegevens`` call (a ``struct`` with the number as a member and
  in a note), RAML 1.0 API specifications of the municipality's reports API (the number in the
  description and in a response body's JSON example), BBDB (the Insidious Big Brother Database
  of Emacs, file format 9) files of one record (the number in the phone vector and in the
  ``notes`` field) and Pkl configuration modules (the number as a property and in a message
  template).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_161.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nl_municipalities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_161.jsonl.gz"
SPLIT = "held_out_161"

LAYOUTS = ("xmlrpc_response", "raml_spec", "bbdb_file", "pkl_module")
PHONE = "phoneNumber"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented kinds of reports in public space (meldingen openbare ruimte)
TOPICS = (
    "losliggende stoeptegels", "een kapotte lantaarnpaal", "zwerfafval", "een volle afvalbak",
    "een verstopte put", "overhangend groen", "een gat in het wegdek", "graffiti",
)  # fmt: skip
# invented opening hours of the town hall's telephone desk
HOURS = (
    "Maandag tot en met vrijdag van 8.30 tot 17.00 uur; buiten kantooruren alleen voor spoed.",
    "Op werkdagen van 9.00 tot 16.30 uur, op donderdag ook 's avonds tot 20.00 uur.",
    "Telefonisch bereikbaar op werkdagen van 8.00 tot 17.00 uur, het gemeentehuis alleen op "
    "afspraak.",
)
ROLES = ("Algemeen", "Receptie", "Klantcontact", "Publiekszaken")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number carries its calling code (none of the list's does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2018 (CEST)."""
    start = dt.datetime(2018, 4, 17, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    return start + dt.timedelta(seconds=rng.randint(0, 160 * 86400))


def _slug(name: str) -> str:
    """The municipality's name as an identifier (``Gemeente 's-Hertogenbosch`` ->
    ``sHertogenbosch``): its letters and digits after ``Gemeente``, accents dropped."""
    plain = unicodedata.normalize("NFKD", name.removeprefix("Gemeente "))
    words = re.findall(r"[A-Za-z0-9]+", plain.encode("ascii", "ignore").decode())
    return words[0][0].lower() + words[0][1:] + "".join(w[:1].upper() + w[1:] for w in words[1:])


def _topic(rng: random.Random) -> str:
    return rng.choice(TOPICS)


def xmlrpc_response(row: dict[str, Any], rng: random.Random) -> str:
    """An XML-RPC ``methodResponse`` of a reporting app's ``gemeente.contactgegevens`` call: one
    ``param`` whose ``struct`` holds an invented id, the name, postal address, postcode, place,
    the number as ``telefoon``, a ``toelichting`` repeating it, invented opening hours, an
    invented ``dateTime.iso8601`` and an ``actief`` boolean."""
    name, tel = _f(row, "hostName"), phone(row)
    when = _when(rng)
    note = (
        f"Voor vragen over een melding over {_topic(rng)} belt u {name} op {tel} "
        "(werkdagen tijdens kantooruren)."
    )
    members = [
        ("id", f"<int>{rng.randint(100, 9999)}</int>"),
        ("gemeente", f"<string>{escape(name)}</string>"),
        ("postadres", f"<string>{escape(_f(row, 'address'))}</string>"),
        ("postcode", f"<string>{escape(_f(row, 'postalCode'))}</string>"),
        ("plaats", f"<string>{escape(_f(row, 'cityName'))}</string>"),
        ("telefoon", f"<string>{escape(tel)}</string>"),
        ("toelichting", f"<string>{escape(note)}</string>"),
        ("bereikbaarheid", f"<string>{escape(rng.choice(HOURS))}</string>"),
        ("bijgewerkt", f"<dateTime.iso8601>{when:%Y%m%dT%H:%M:%S}</dateTime.iso8601>"),
        ("actief", "<boolean>1</boolean>"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<methodResponse>",
        "  <params>",
        "    <param>",
        "      <value>",
        "        <struct>",
    ]
    for key, value in members:
        lines += [
            "          <member>",
            f"            <name>{key}</name>",
            f"            <value>{value}</value>",
            "          </member>",
        ]
    lines += ["        </struct>", "      </value>", "    </param>", "  </params>",
              "</methodResponse>", ""]  # fmt: skip
    return "\n".join(lines)


def raml_spec(row: dict[str, Any], rng: random.Random) -> str:
    """A RAML 1.0 specification of the municipality's reports API (meldingen openbare ruimte):
    the title, an invented version and base URI, a description naming the number, a ``Gemeente``
    type, and a ``/gemeente`` resource whose ``get`` answers ``200`` with a JSON example holding
    the row's name, postal address, postcode, place and number, and a ``/meldingen`` resource
    with an invented page size."""
    name, tel = _f(row, "hostName"), phone(row)
    slug = _slug(name).lower()
    version = f"v{rng.randint(1, 3)}"
    example = {
        "naam": name,
        "postadres": _f(row, "address"),
        "postcode": _f(row, "postalCode"),
        "plaats": _f(row, "cityName"),
        "telefoon": tel,
    }
    body = json.dumps(example, ensure_ascii=False, indent=2).splitlines()
    lines = [
        "#%RAML 1.0",
        f"title: Meldingen openbare ruimte {name}",
        f"version: {version}",
        f"baseUri: https://api.{slug}.meldingen.example.nl/{{version}}",
        "mediaType: application/json",
        "description: |",
        f"  Meldingen over de openbare ruimte van {name}, zoals {_topic(rng)}.",
        f"  Spoed of vragen? Bel {tel}. Het postadres is {_f(row, 'address')},",
        f"  {_f(row, 'postalCode')} {_f(row, 'cityName')}.",
        "types:",
        "  Gemeente:",
        "    type: object",
        "    properties:",
        "      naam: string",
        "      postadres: string",
        "      postcode:",
        "        type: string",
        "        pattern: ^[1-9][0-9]{3} ?[A-Z]{2}$",
        "      plaats: string",
        "      telefoon:",
        "        type: string",
        "        description: Algemeen telefoonnummer van de gemeente",
        "/gemeente:",
        "  get:",
        "    description: Contactgegevens van de gemeente.",
        "    responses:",
        "      200:",
        "        body:",
        "          application/json:",
        "            type: Gemeente",
        "            example: |",
        *[f"              {line}" for line in body],
        "/meldingen:",
        "  get:",
        "    queryParameters:",
        "      pagina:",
        "        type: integer",
        "        default: 1",
        "      aantal:",
        "        type: integer",
        f"        default: {rng.choice((10, 20, 25, 50))}",
        f"        maximum: {rng.choice((100, 200))}",
        "",
    ]
    return "\n".join(lines)


def _elisp(value: str) -> str:
    """``value`` as an Emacs Lisp string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[rng.randint(0, 3)]}{h[17:20]}-{h[20:]}"


def bbdb_file(row: dict[str, Any], rng: random.Random) -> str:
    """A BBDB file (the Insidious Big Brother Database of Emacs, file format 9) of one record:
    the coding cookie and format lines, then the record vector, no first name, the name as
    last name and organization, the number in a phone vector under an invented label, the postal
    address vector (street, place, no region, postcode, country), no mail address, ``notes``
    repeating the number, an invented uuid and creation and change times."""
    name, tel = _f(row, "hostName"), phone(row)
    created = _when(rng)
    changed = created + dt.timedelta(seconds=rng.randint(3600, 40 * 86400))
    notes = f"Algemeen nummer {tel}; meldingen over {_topic(rng)} via de app."
    address = (
        f'(["Postadres" ({_elisp(_f(row, "address"))}) {_elisp(_f(row, "cityName"))} "" '
        f'{_elisp(_f(row, "postalCode"))} "Nederland"])'
    )
    record = (
        f"[nil {_elisp(name)} nil nil ({_elisp(name)}) "
        f"([{_elisp(rng.choice(ROLES))} {_elisp(tel)}]) {address} nil "
        f"((notes . {_elisp(notes)})) {_elisp(_uuid(rng))} "
        f'"{created:%Y-%m-%d %H:%M:%S %z}" "{changed:%Y-%m-%d %H:%M:%S %z}" nil]'
    )
    return ";; -*- mode: Emacs-Lisp; coding: utf-8; -*-\n;;; file-format: 9\n" + record + "\n"


def _pkl(value: str) -> str:
    """``value`` as a Pkl string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def pkl_module(row: dict[str, Any], rng: random.Random) -> str:
    """A Pkl configuration module of the reporting app for one municipality: a doc comment, the
    module name from the municipality's name, an import of the shared ``Gemeente`` class, a
    ``gemeente`` object with the name, postal address, postcode, place and number, and a
    ``meldingen`` object with invented priority, response time and a confirmation message that
    repeats the number."""
    name, tel = _f(row, "hostName"), phone(row)
    days = rng.randint(2, 10)
    message = (
        f"Bedankt voor uw melding bij {name}. We reageren binnen {days} werkdagen; "
        f"bij spoed belt u {tel}."
    )
    lines = [
        f"/// Instellingen van de meldingenapp voor {name}.",
        "/// Gegenereerd uit hosts_2018; niet met de hand bewerken.",
        f"module nl.meldingen.gemeenten.{_slug(name)}",
        "",
        'import "../Gemeente.pkl"',
        "",
        "gemeente: Gemeente = new {",
        f"  naam = {_pkl(name)}",
        f"  postadres = {_pkl(_f(row, 'address'))}",
        f"  postcode = {_pkl(_f(row, 'postalCode'))}",
        f"  plaats = {_pkl(_f(row, 'cityName'))}",
        f"  telefoon = {_pkl(tel)}",
        "  actief = true",
        "}",
        "",
        "meldingen {",
        f"  prioriteit = {rng.randint(1, 3)}",
        f"  reactietermijn = {days}.d",
        f"  maxFotos = {rng.choice((3, 4, 5))}",
        f"  bevestiging = {_pkl(message)}",
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "xmlrpc_response": xmlrpc_response,
    "raml_spec": raml_spec,
    "bbdb_file": bbdb_file,
    "pkl_module": pkl_module,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
