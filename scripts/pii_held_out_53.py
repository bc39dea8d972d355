"""held_out_53 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Uruguay) exactly as published, in layouts no earlier part has, beside the
entry's own address, zone and notes.

The procedure of ``held_out_30``, on another list and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH and NG; here:

* the values are the phone fields of the pharmacies adhered to Medicina Personalizada (MP), a
  Uruguayan health-care provider, as its web site's "Farmacias adheridas" page lists them
  (``scripts/data/pii_uy_pharmacies.json``, written by ``scripts/uy_pharmacies_data.py``;
  source and licence in that file): numbers as each entry gave them after ``Tel.:``
  (``2604 4161``, ``4642 6699``), two or three in one field after `` / ``
  (``2712 0340 / 2710 6135 / 2710 6065``), one with an extension (``4222 5474 int. 239``), one
  that lost its leading ``2`` (``710 1728``), each number of each copy labelled; the list
  gives no fax numbers or e-mail addresses;
* the text around them is the same entry's real fields: its street address with its door
  number (``Av. Italia 6958 esq. Santa Mónica``), zone and notes, with invented host
  addresses, extensions, ids, ports, timeouts and opening hours, unlabelled and scored;
* in layouts no earlier part has, labels in Spanish (Uruguay's language): a Nagios Core
  object file whose comment gives the pharmacy's ``Tel.:`` and whose ``define contact`` has it
  as ``pager``, a Twilio TwiML voice response whose comment and ``<Say>`` read it out, an
  Asterisk ``extensions.conf`` context whose comment gives it and whose dialplan sets
  ``FARMACIA_TEL`` to it, and a Postman collection (v2.1) whose request description gives it
  and whose raw JSON body sends it as ``telefono``.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_53.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_uy_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_53.jsonl.gz"
SPLIT = "held_out_53"

LAYOUTS = ("nagios_object", "twiml_voice", "asterisk_dialplan", "postman_collection")
PHONE = "phone"


# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the entry has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The entry's phone field as published, stripped."""
    return _f(row, "telefono")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _name(row: dict[str, Any]) -> str:
    """The pharmacy's name, or its zone where the list gives the number no name."""
    return _f(row, "nombre") or _f(row, "zona")


def _address(row: dict[str, Any]) -> str:
    """The address lines as the list gives them, joined by ``, ``."""
    return ", ".join(x for x in (_f(row, "direccion"), _f(row, "direccion_2")) if x)


def _slug(row: dict[str, Any]) -> str:
    """The name and zone as an identifier: lower-case ASCII words joined by ``-``."""
    plain = unicodedata.normalize("NFKD", f"{_name(row)} {_f(row, 'zona')}")
    words = re.findall(r"[a-z0-9]+", plain.encode("ascii", "ignore").decode().lower())
    return "-".join(words[:6]) or "farmacia"


def _ip(rng: random.Random) -> str:
    """An invented private address of the pharmacy's point-of-sale router."""
    return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _hours(row: dict[str, Any], rng: random.Random) -> tuple[str, str]:
    """Invented opening hours (all day where the list says the pharmacy is open at night)."""
    if "nocturno" in _f(row, "nota").lower():
        return "00:00", "23:59"
    return (
        f"{rng.choice((8, 8, 9)):02d}:{rng.choice((0, 30)):02d}",
        f"{rng.choice((20, 21, 22))}:00",
    )


def nagios_object(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's router as a Nagios Core object file: comments naming the file, the
    pharmacy, its zone, address and ``Tel.:``; a ``define host`` (an invented address, the
    address and notes as ``notes``), a ``define timeperiod`` of invented opening hours and a
    ``define contact`` whose ``pager`` is the phone field."""
    slug = _slug(row)
    opens, closes = _hours(row, rng)
    notes = " | ".join(x for x in (_address(row), _f(row, "nota")) if x)
    lines = [
        f"# /usr/local/nagios/etc/objects/farmacias/{slug}.cfg",
        f"# Farmacia adherida: {_name(row)} ({_f(row, 'zona')})",
        f"# {_address(row)}",
        f"# {_f(row, 'rotulo')} {phone(row)}",
        "",
        "define host {",
        "    use                     farmacia-router",
        f"    host_name               {slug}",
        f"    alias                   {_name(row)} - {_f(row, 'zona')}",
        f"    address                 {_ip(rng)}",
        f"    notes                   {notes}",
        f"    max_check_attempts      {rng.choice((3, 4, 5))}",
        f"    check_interval          {rng.choice((5, 10))}",
        "    contact_groups          soporte-farmacias",
        "}",
        "",
        "define timeperiod {",
        f"    timeperiod_name         horario-{slug}",
        f"    alias                   Horario de {_name(row)}",
        f"    monday                  {opens}-{closes}",
        f"    saturday                {opens}-{rng.choice(('13:00', '14:00', closes))}",
        "}",
        "",
        "define contact {",
        f"    contact_name            {slug}-mostrador",
        f"    alias                   Mostrador {_name(row)}",
        f"    pager                   {phone(row)}",
        f"    host_notification_period horario-{slug}",
        "    host_notification_options d,u,r",
        "    host_notification_commands notify-host-by-sms",
        "}",
        "",
    ]
    return "\n".join(lines)


def twiml_voice(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's entry in MP's phone menu as a Twilio TwiML voice response: a comment
    with its menu option, name, zone and ``Tel.:``; a ``<Gather>`` whose ``<Say>`` reads its
    name, address and number in Spanish, then the menu keys; an invented pause and a
    ``<Redirect>`` to its invented id."""
    ident = rng.randint(1000, 9999)
    say = f"{_name(row)}, {_address(row)}, {_f(row, 'zona')}. Teléfono: {phone(row)}."
    if _f(row, "nota"):
        say += f" {_f(row, 'nota')}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- IVR MP, farmacias adheridas: opción {rng.randint(1, 8)} -->",
        f"<!-- {escape(_name(row))} ({escape(_f(row, 'zona'))}), {_f(row, 'rotulo')} "
        f"{escape(phone(row))} -->",
        "<Response>",
        f'  <Gather numDigits="1" action="/ivr/farmacias/{ident}/menu" method="POST" '
        f'timeout="{rng.choice((5, 8, 10))}">',
        f'    <Say language="es-MX" voice="Polly.Mia">{escape(say)}</Say>',
        '    <Say language="es-MX" voice="Polly.Mia">Para repetir, marque 1. Para volver al '
        "menú principal, marque 9.</Say>",
        "  </Gather>",
        f'  <Pause length="{rng.choice((1, 2, 3))}"/>',
        f'  <Redirect method="POST">/ivr/farmacias/{ident}</Redirect>',
        "</Response>",
        "",
    ]
    return "\n".join(lines)


def asterisk_dialplan(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's context of an Asterisk ``extensions.conf``: comments with its name, zone,
    address and ``Tel.:``; ``NoOp`` with its name, ``Set(FARMACIA_TEL=...)`` with the phone
    field, an invented call-record id, ``GotoIfTime`` with invented hours and an invented
    internal extension it dials and leaves voice mail at."""
    ext = rng.randint(300, 899)
    opens, closes = _hours(row, rng)
    lines = [
        "; extensions_farmacias.conf (red de farmacias adheridas)",
        f"; {_name(row)} · {_f(row, 'zona')}",
        f"; {_address(row)}",
        f"; {_f(row, 'rotulo')} {phone(row)}",
        f"[farmacia-{_slug(row)}]",
        f"exten => s,1,NoOp(Farmacia {_name(row)})",
        f" same => n,Set(FARMACIA_TEL={phone(row)})",
        f" same => n,Set(CDR(userfield)=farmacia-{rng.randint(10000, 99999)})",
        f" same => n,GotoIfTime({opens}-{closes},mon-sat,*,*?abierto,1)",
        " same => n,Playback(farmacias/fuera-de-horario)",
        " same => n,Hangup()",
        f"exten => abierto,1,Dial(PJSIP/{ext},{rng.choice((20, 25, 30))},tT)",
        f" same => n,VoiceMail({ext}@farmacias,u)",
        " same => n,Hangup()",
        "",
    ]
    return "\n".join(lines)


def postman_collection(row: dict[str, Any], rng: random.Random) -> str:
    """A Postman collection (v2.1) with one request updating the pharmacy in MP's directory
    API: an invented collection id and pharmacy id, a description in Markdown with its name,
    zone, address and ``Tel.:``, and a raw JSON body with its name, zone, address, the phone
    field as ``telefono``, whether it is open at night and invented hours."""
    ident = rng.randint(100, 9999)
    opens, closes = _hours(row, rng)
    body = {
        "id": ident,
        "nombre": _name(row),
        "zona": _f(row, "zona"),
        "direccion": _address(row),
        "telefono": phone(row),
        "nocturno": "nocturno" in _f(row, "nota").lower(),
        "horario": {"apertura": opens, "cierre": closes},
    }
    collection = {
        "info": {
            "_postman_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "name": "MP · Farmacias adheridas",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        },
        "item": [
            {
                "name": f"Actualizar {_name(row)}",
                "request": {
                    "method": "PUT",
                    "header": [{"key": "Content-Type", "value": "application/json"}],
                    "body": {
                        "mode": "raw",
                        "raw": json.dumps(body, ensure_ascii=False, indent=2),
                        "options": {"raw": {"language": "json"}},
                    },
                    "url": {
                        "raw": f"{{{{baseUrl}}}}/farmacias/{ident}",
                        "host": ["{{baseUrl}}"],
                        "path": ["farmacias", str(ident)],
                    },
                    "description": f"**{_name(row)}** ({_f(row, 'zona')})\n\n"
                    f"{_address(row)}\n\n{_f(row, 'rotulo')} {phone(row)}",
                },
                "response": [],
            }
        ],
        "variable": [{"key": "baseUrl", "value": "https://api.mp.com.uy/v1"}],
    }
    return json.dumps(collection, ensure_ascii=False, indent="\t") + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nagios_object": nagios_object,
    "twiml_voice": twiml_voice,
    "asterisk_dialplan": asterisk_dialplan,
    "postman_collection": postman_collection,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
