"""held_out_93 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Barbados) exactly as published, in layouts no earlier part has, beside the
row's own id, address, parish and opening hours.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the phone fields of Barbadian pharmacies and polyclinics in GovTech Barbados'
  SBS pharmacy finder (``scripts/data/pii_bb_pharmacies.json``, written by
  ``scripts/bb_pharmacies_data.py``; source and licence in that file): numbers as each entry
  gave them (``(246) 536-3419``), each copy labelled; the directory gives no fax numbers or
  e-mail addresses;
* the text around them is the same row's real fields: its id (``gov-1``, ``unc-85``), name,
  address, parish and opening hours, with invented ports, serials, retry counts and times,
  unlabelled and scored;
* in layouts no earlier part has, labels in English (Barbados' official language): a Varnish
  VCL file of the pharmacy's booking site (a ``backend``, ``set resp.http.X-Pharmacy-Phone``
  and a synthetic contact page), a muttrc of the prescription desk's mailbox (``my_hdr`` with
  the phone and a signature line), a procmailrc filing refill requests (``PHARMACY_PHONE=``
  and a ``formail -I`` header), and a justfile of the pharmacy's kiosk (``pharmacy_phone :=``
  and an SMS recipe passing it as ``--from``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_93.py   # rewrites the committed file
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_bb_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_93.jsonl.gz"
SPLIT = "held_out_93"

LAYOUTS = ("varnish_vcl", "muttrc", "procmailrc", "justfile")
PHONE = "phone"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "phone")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The pharmacy's name as a host name: lower-case ASCII words joined by ``-``."""
    words = re.findall(r"[a-z]+", _f(row, "name").lower())
    return "-".join(words[:5]) or "pharmacy"


def _hours(row: dict[str, Any]) -> str:
    """The opening hours as the directory words them."""
    return _f(row, "hoursText") or "Call to confirm"


def _vcl(value: str) -> str:
    """A VCL string: ``"..."``, or the long form ``{"..."}`` where the value holds a quote."""
    return f'{{"{value}"}}' if '"' in value else f'"{value}"'


def varnish_vcl(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's booking site as a Varnish 4.1 VCL file: comments naming the pharmacy, its
    id and address, a ``backend`` on an invented host and port, ``vcl_deliver`` setting
    ``X-Pharmacy-Id`` and ``X-Pharmacy-Phone``, and a ``/contact`` page answered from
    ``vcl_synth`` with the phone, parish and hours, an invented cache TTL."""
    lines = [
        "vcl 4.1;",
        "",
        f"# {_f(row, 'name')} ({_f(row, 'id')})",
        f"# {_f(row, 'address')}",
        "",
        "backend booking {",
        f'    .host = "10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}";',
        f'    .port = "{rng.choice((8080, 8081, 3000, 5000))}";',
        f"    .connect_timeout = {rng.choice((2, 3, 5))}s;",
        "}",
        "",
        "sub vcl_recv {",
        '    if (req.url == "/contact") {',
        "        return (synth(750));",
        "    }",
        "}",
        "",
        "sub vcl_backend_response {",
        f"    set beresp.ttl = {rng.choice((60, 120, 300, 900))}s;",
        "}",
        "",
        "sub vcl_deliver {",
        f"    set resp.http.X-Pharmacy-Id = {_vcl(_f(row, 'id'))};",
        f"    set resp.http.X-Pharmacy-Phone = {_vcl(phone(row))};",
        "}",
        "",
        "sub vcl_synth {",
        "    if (resp.status == 750) {",
        "        set resp.status = 200;",
        '        set resp.http.Content-Type = "text/plain; charset=utf-8";',
        f"        synthetic({_vcl(_f(row, 'name'))} + {_vcl(' | Tel: ' + phone(row))} + "
        f"{_vcl(' | ' + _f(row, 'parish') + ' | ' + _hours(row))});",
        "        return (deliver);",
        "    }",
        "}",
        "",
    ]
    return "\n".join(lines)


def _mutt(value: str) -> str:
    """A muttrc double-quoted string: backslashes, quotes, ``$`` and backticks escaped."""
    return '"' + re.sub(r'([\\"$`])', r"\\\1", value) + '"'


def muttrc(row: dict[str, Any], rng: random.Random) -> str:
    """The prescription desk's mailbox as a muttrc: a comment naming the pharmacy and its id,
    ``realname``, an invented IMAP port and check interval, ``my_hdr`` lines giving the
    pharmacy id and phone, and a signature line with the address, parish, phone and hours."""
    signature = f"{_f(row, 'name')}, {_f(row, 'address')} · Tel {phone(row)} · {_hours(row)}"
    lines = [
        f"# ~/.muttrc - prescription desk, {_f(row, 'name')} [{_f(row, 'id')}]",
        f"set realname = {_mutt(_f(row, 'name') + ' Prescriptions')}",
        f'set folder = "imaps://mail.{_slug(row)}.bb:{rng.choice((993, 9933))}/"',
        'set spoolfile = "+INBOX"',
        'set record = "+Sent"',
        f"set mail_check = {rng.choice((60, 90, 120, 300))}",
        f"set timeout = {rng.choice((15, 30, 45))}",
        "",
        f"my_hdr {_mutt('X-Pharmacy-Id: ' + _f(row, 'id'))}",
        f"my_hdr {_mutt('X-Pharmacy-Phone: ' + phone(row))}",
        f"my_hdr {_mutt('X-Parish: ' + _f(row, 'parish'))}",
        "",
        f"set signature = {_mutt('echo ' + signature + '|')}",
        'macro index ,r "<save-message>+refills<enter>" "file as a refill request"',
        "",
    ]
    return "\n".join(lines)


def _sh(value: str) -> str:
    """A value in single quotes for sh: ``'`` closed and reopened."""
    return "'" + value.replace("'", "'\\''") + "'"


def procmailrc(row: dict[str, Any], rng: random.Random) -> str:
    """The prescription desk's procmailrc: comments naming the pharmacy, its id and address,
    the variables ``MAILDIR``, ``LOGFILE``, ``PHARMACY_ID`` and ``PHARMACY_PHONE``, a filter
    recipe adding ``X-Pharmacy-Phone`` with ``formail -I``, a recipe filing refill requests
    and one forwarding large mail, with an invented size limit and queue serial."""
    lines = [
        f"# ~/.procmailrc - {_f(row, 'name')} ({_f(row, 'id')})",
        f"# {_f(row, 'address')}; hours: {_hours(row)}",
        "SHELL=/bin/sh",
        "MAILDIR=$HOME/Mail",
        "LOGFILE=$MAILDIR/procmail.log",
        f"PHARMACY_ID={_sh(_f(row, 'id'))}",
        f"PHARMACY_PHONE={_sh(phone(row))}",
        f"QUEUE=bds-{rng.randint(100000, 999999)}",
        "",
        ":0 fhw",
        f'| formail -I {_sh("X-Pharmacy-Phone: " + phone(row))} -I "X-Queue: $QUEUE"',
        "",
        ":0:",
        "* ^Subject:.*(refill|repeat prescription)",
        "refills/",
        "",
        ":0",
        f"* > {rng.choice((2, 5, 10)) * 1000000}",
        "large/",
        "",
    ]
    return "\n".join(lines)


def _just(value: str) -> str:
    """A justfile string: single-quoted (no escapes) where it holds no ``'``, else
    double-quoted with ``\\`` and ``"`` escaped."""
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def justfile(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's self-service kiosk as a justfile: a comment naming the pharmacy and its
    address, variables for its id, name, phone, parish and an invented kiosk port and serial,
    a ``card`` recipe echoing the hours and an ``sms-test`` recipe passing the phone as
    ``--from``."""
    lines = [
        f"# justfile - refill kiosk of {_f(row, 'name')}, {_f(row, 'address')}",
        'set shell := ["bash", "-cu"]',
        "",
        f"pharmacy_id := {_just(_f(row, 'id'))}",
        f"pharmacy_name := {_just(_f(row, 'name'))}",
        f"pharmacy_phone := {_just(phone(row))}",
        f"parish := {_just(_f(row, 'parish'))}",
        f"kiosk_port := '{rng.randint(7000, 9999)}'",
        f"kiosk_serial := 'KSK-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}'",
        "",
        "default:",
        "    @just --list",
        "",
        "# print the kiosk's contact card",
        "card:",
        "    @echo '{{pharmacy_name}} ({{pharmacy_id}}), {{parish}}'",
        f"    @echo {_sh('Hours: ' + _hours(row))}",
        "",
        "# send a test reminder from the pharmacy's line",
        "sms-test:",
        f"    ./bin/sms-reminder --from {_sh(phone(row))} --retry {rng.randint(2, 5)} "
        "--port {{kiosk_port}}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "varnish_vcl": varnish_vcl,
    "muttrc": muttrc,
    "procmailrc": procmailrc,
    "justfile": justfile,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
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
