"""held_out_8 of the PII evaluation set: values of FakerPHP's locale data in plain-text
correspondence, chat, configuration, log and typeset-table forms, between real Common Crawl
text.

A procedure different from the seven parts before it (``make_pii_eval.py``,
``pii_held_out_6.py``, ``pii_held_out_7.py``):

* values from FakerPHP (``scripts/data/pii_fakerphp.json``: the locale data of the PHP library
  FakerPHP/Faker, MIT, https://github.com/FakerPHP/Faker, read from its class files at the
  commit named in the file by ``scripts/fakerphp_data.py``), whose phone masks were written for
  PHP's Faker and are, but for a sixth of them, no masks of faker-js's or Ruby Faker's: the
  plain phone masks of 57 locales (``#`` a digit, ``%`` a digit 1-9), its card masks with the
  Luhn digit appended and its own grouping (four groups joined by one separator, the last one
  the rest), its IBAN table (BBAN parts of digits, capitals or either), its free-mail domains,
  TLDs and user-name formats (``last.first``, ``first.last``, ``first##``, ``?last``), with
  sub-addresses (``+tag``) and internationalised domains (last names of the locale's script
  under its TLD or its IDN TLD) for some; IPv4 and IPv6 addresses; SSNs of the SSA's rules;
* every record holds two values, a phone of the locale and one other value, in one of ten
  forms no earlier part has: a plain-text e-mail signature (the label before the value,
  after it, on the line above, or none), a quoted reply (``> `` prefixes), an IRC log with
  timestamps, a fixed-width text table (columns padded with spaces), an INI or TOML section,
  logfmt lines (``key=value``), an RFC 5545 event (``CONTACT``, ``ORGANIZER``/``ATTENDEE``
  with ``mailto:``, ``DESCRIPTION``), a MediaWiki table (``{|``, ``!!``, ``||``), a LaTeX
  ``tabular`` (``&``, ``\\\\``), a reStructuredText grid table; numbers that are no personal
  data (dates, times, versions, prices, order numbers) stand around the values, unlabelled;
* between real web text no other part uses: lines of the Common Crawl documents of the shared
  cc_net sample (``../shared/data/cc/dolma_cc_en_head-*.jsonl.gz``, allenai/dolma's test
  data, Apache-2.0). Only the inserted block is scored (``region``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``; a number it excludes
stays in the text as an unlabelled distractor. Each record is seeded by its own (split,
locale, layout, index). Committed with its data (``scripts/data/pii_held_out_8.jsonl.gz``)
before it was first scored.

    python scripts/pii_held_out_8.py [--per-locale 4]   # rewrites the committed file
"""

from __future__ import annotations

import argparse
import functools
import gzip
import ipaddress
import json
import random
import re
import string
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pii_eval_values import iban_as_written, luhn_check_digit, ssn_area

ROOT = Path(__file__).resolve().parent.parent
FAKERPHP = ROOT / "scripts" / "data" / "pii_fakerphp.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_8.jsonl.gz"
SHARED = ROOT.parent / "shared" / "data"
CC_FILES = ("dolma_cc_en_head-0091.jsonl.gz", "dolma_cc_en_head-0174.jsonl.gz")

LAYOUTS = (
    "signature",
    "quoted_reply",
    "irc",
    "fixed_width",
    "ini_toml",
    "logfmt",
    "icalendar",
    "wiki_table",
    "latex",
    "rst_grid",
)
# the other value of a record, by weight (make_pii_eval.WEIGHTS without the phone)
OTHER_WEIGHTS = {"EMAIL_ADDRESS": 2, "CREDIT_CARD": 2, "IBAN_CODE": 2, "IP_ADDRESS": 1, "US_SSN": 1}
# IDN top-level domains of the locales whose last names give IDN labels
IDN_TLDS = {"ru_RU": "рф", "ko_KR": "한국", "zh_TW": "台灣", "th_TH": "ไทย", "uk_UA": "укр"}
SUB_ADDRESS_TAGS = ("news", "billing", "shop", "lists", "work")
LABELS = {
    "PHONE_NUMBER": ("Tel", "Phone", "Mobile", "Cell", "Direct", "Office"),
    "EMAIL_ADDRESS": ("Email", "E-mail", "Mail"),
    "CREDIT_CARD": ("Card", "Card no.", "Credit card"),
    "IBAN_CODE": ("IBAN", "Account (IBAN)"),
    "IP_ADDRESS": ("IP", "Client IP", "Address"),
    "US_SSN": ("SSN", "Social Security No."),
}
KEYS = {
    "PHONE_NUMBER": ("phone", "mobile", "tel"),
    "EMAIL_ADDRESS": ("email", "mail"),
    "CREDIT_CARD": ("card_number", "pan"),
    "IBAN_CODE": ("iban",),
    "IP_ADDRESS": ("client_ip", "remote_addr"),
    "US_SSN": ("ssn",),
}
# what a person writes around a value in a chat line
CHAT = {
    "PHONE_NUMBER": ("you can reach her at {}", "call me on {}", "{} is my cell", "{}"),
    "EMAIL_ADDRESS": ("mail it to {}", "{} is the address to use", "{}"),
    "CREDIT_CARD": ("card on file is {}", "charge {} then", "{}"),
    "IBAN_CODE": ("IBAN for the deposit: {}", "wire it to {}", "{}"),
    "IP_ADDRESS": ("the box is at {}", "ssh into {} and check", "{}"),
    "US_SSN": ("my SSN is {}", "{} is the SSN on the form", "{}"),
}
COMPANIES = ("Northwind Freight", "Halvorsen & Co", "Bluebird Dental", "Kestrel Analytics")
TITLES = ("Account Manager", "Office Coordinator", "Site Lead", "Customer Support")
Entry = tuple[str, str]  # (entity, value as written)


@functools.cache
def fakerphp() -> dict[str, Any]:
    return json.loads(FAKERPHP.read_text(encoding="utf-8"))


def locales() -> tuple[str, ...]:
    return tuple(f"php:{name}" for name in sorted(fakerphp()["phone"]))


def region_of(locale: str) -> str:
    """The country of a FakerPHP locale (``de_AT`` -> AT)."""
    return locale.split("_")[-1]


def numerify(mask: str, rng: random.Random) -> str:
    """FakerPHP's ``numerify``: ``#`` a digit, ``%`` a digit 1-9."""
    return "".join(
        rng.choice(string.digits) if c == "#" else str(rng.randint(1, 9)) if c == "%" else c
        for c in mask
    )


@functools.cache
def iban_countries() -> tuple[str, ...]:
    """FakerPHP's IBAN countries whose length agrees with the SWIFT registry as
    ``make_pii_eval.IBAN_BBAN`` writes it."""
    from make_pii_eval import IBAN_BBAN

    def registry_length(country: str) -> int:
        return sum(int(n) for n in re.findall(r"(\d+)[nac]", IBAN_BBAN[country]))

    table = fakerphp()["iban"]
    return tuple(
        c
        for c in sorted(table)
        if c in IBAN_BBAN and sum(n for _, n in table[c]) == registry_length(c)
    )


def iban(rng: random.Random) -> tuple[str, str]:
    """An IBAN of FakerPHP's table: ``n`` parts digits, ``a`` capitals, ``c`` either; the
    mod-97 check digits; compact or printed in fours."""
    country = rng.choice(iban_countries())
    pools = {"n": string.digits, "a": string.ascii_uppercase}
    pools["c"] = string.digits + string.ascii_uppercase
    bban = "".join(
        "".join(rng.choice(pools[kind]) for _ in range(n))
        for kind, n in fakerphp()["iban"][country]
    )
    return iban_as_written(country, bban, rng, spaced_share=0.5), country


def card(rng: random.Random) -> tuple[str, str]:
    """A card of FakerPHP's masks with the Luhn digit appended, written as FakerPHP's
    ``creditCardNumber(formatted: true)`` does (four groups: 4, 4, 4 and the rest, one
    separator) or as one run."""
    cards = fakerphp()["cards"]
    network = rng.choice(sorted(cards))
    body = numerify(rng.choice(cards[network]), rng)
    number = body + luhn_check_digit(body)
    sep = rng.choice(("", "-", " "))
    if sep:
        number = sep.join((number[:4], number[4:8], number[8:12], number[12:]))
    return number, network


def _ascii_name(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def email(locale: str, rng: random.Random) -> tuple[str, str]:
    """FakerPHP's user-name formats at a free-mail domain of the locale or at a domain of an
    English last name and the locale's TLD; some with a sub-address, some (locales with names
    in another script) at an internationalised domain."""
    data = fakerphp()
    first = _ascii_name(rng.choice(data["first_name"]))
    last = _ascii_name(rng.choice(data["last_name"]))
    user = rng.choice(
        (
            f"{last}.{first}",
            f"{first}.{last}",
            f"{first}{rng.randrange(100):02d}",
            f"{rng.choice(string.ascii_lowercase)}{last}",
        )
    )
    detail = "plain"
    if rng.random() < 0.2:
        user, detail = f"{user}+{rng.choice(SUB_ADDRESS_TAGS)}", "sub_address"
    tlds = data["tld"].get(locale, data["tld"]["default"])
    idn_names = data["idn_last_name"].get(locale)
    if idn_names and rng.random() < 0.4:
        tld = rng.choice((rng.choice(tlds), IDN_TLDS.get(locale, rng.choice(tlds))))
        return f"{user}@{rng.choice(idn_names)}.{tld}", "idn"
    if rng.random() < 0.5:
        free = data["free_email"].get(locale, data["free_email"]["default"])
        return f"{user}@{rng.choice(free)}", detail
    word = _ascii_name(rng.choice(data["last_name"]))
    return f"{user}@{word}.{rng.choice(tlds)}", detail


def ip(rng: random.Random) -> tuple[str, str]:
    """A public-looking IPv4 address (first octet 1-223) or a global unicast IPv6 address
    (2000::/3) as RFC 5952 writes it (compressed, lower case)."""
    if rng.random() < 0.6:
        return str(ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))), "ipv4"
    bits = (rng.randrange(0x2000, 0x4000) << 112) | (rng.getrandbits(32) << 80)
    bits |= rng.getrandbits(16) if rng.random() < 0.5 else rng.getrandbits(64)
    return str(ipaddress.IPv6Address(bits)), "ipv6"


def make_value(entity: str, locale: str, rng: random.Random) -> tuple[str, str]:
    """(value as written, detail) of ``entity`` for a FakerPHP locale."""
    if entity == "PHONE_NUMBER":
        masks = fakerphp()["phone"][locale]
        kind = rng.choice(sorted(masks))
        return numerify(rng.choice(masks[kind]), rng), kind
    if entity == "CREDIT_CARD":
        return card(rng)
    if entity == "IBAN_CODE":
        return iban(rng)
    if entity == "EMAIL_ADDRESS":
        return email(locale, rng)
    if entity == "IP_ADDRESS":
        return ip(rng)
    if entity == "US_SSN":  # SSA: area 001-899 but 666, group 01-99, serial 0001-9999
        sep = rng.choice(("-", "-", " ", ""))
        area, group, serial = ssn_area(rng), rng.randrange(1, 100), rng.randrange(1, 10000)
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}", sep
    raise ValueError(entity)


class Block:
    """Text written piece by piece, with where each value starts."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.size = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def value(self, value: str) -> None:
        self.starts.append(self.size)
        self.add(value)

    def done(self) -> tuple[str, list[int]]:
        return "".join(self.parts), self.starts


def _person(rng: random.Random) -> str:
    data = fakerphp()
    return f"{rng.choice(data['first_name'])} {rng.choice(data['last_name'])}"


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)


def _time(rng: random.Random) -> str:
    return f"{rng.randint(7, 22):02d}:{rng.randrange(60):02d}"


def signature(entries: list[Entry], rng: random.Random) -> tuple[str, list[int]]:
    """A plain-text e-mail signature after the sig dash line (``-- ``); each value's label
    before it, after it, on the line above, or none."""
    b = Block()
    y, m, d = _date(rng)
    b.add(f"Thanks, I will send the v{rng.randint(1, 4)}.{rng.randint(0, 9)} draft by {d}/{m}.\n\n")
    b.add(f"-- \n{_person(rng)}\n{rng.choice(TITLES)}, {rng.choice(COMPANIES)}\n")
    for entity, value in entries:
        label = rng.choice(LABELS[entity])
        place = rng.choice(("before", "after", "above", "none"))
        if place == "before":
            b.add(f"{label}: ")
            b.value(value)
        elif place == "after":
            b.value(value)
            b.add(f" ({label.lower()})")
        elif place == "above":
            b.add(f"{label}\n")
            b.value(value)
        else:
            b.value(value)
        b.add("\n")
    b.add(f"Office hours Mon-Fri {rng.randint(7, 9)}:00-{rng.randint(16, 18)}:00")
    return b.done()


def quoted_reply(entries: list[Entry], rng: random.Random) -> tuple[str, list[int]]:
    """A reply above the quoted message, its lines prefixed ``> `` (``> > `` one level up)."""
    b = Block()
    y, m, d = _date(rng)
    quote = rng.choice(("> ", "> > "))
    b.add(f"Done, updated as of ticket #{rng.randint(1000, 99999)}.\n\n")
    b.add(f"On {y}-{m:02d}-{d:02d} {_time(rng)}, {_person(rng)} wrote:\n")
    version = f"{rng.randint(2, 9)}.{rng.randint(0, 9)}"
    b.add(f"{quote}Hi,\n{quote}please update my details before the {version} upgrade:\n")
    for entity, value in entries:
        b.add(f"{quote}{rng.choice(LABELS[entity])}: " if rng.random() < 0.7 else quote)
        b.value(value)
        b.add("\n")
    b.add(f"{quote}Thanks")
    return b.done()


def irc(entries: list[Entry], rng: random.Random) -> tuple[str, list[int]]:
    """An IRC log: a rising timestamp, ``<nick>``, the message (a value in a phrase, or
    bare)."""
    b = Block()
    data = fakerphp()
    nicks = [_ascii_name(rng.choice(data["first_name"]))[:9] for _ in range(2)]
    y, m, d = _date(rng)
    style = rng.choice(("[{t}]", "{t}:{s:02d}", f"{y}-{m:02d}-{d:02d} {{t}}"))
    clock = [rng.randint(7 * 60, 20 * 60)]  # minutes since midnight, rising line by line

    def stamp() -> str:
        clock[0] += rng.randint(0, 3)
        return style.format(t=f"{clock[0] // 60:02d}:{clock[0] % 60:02d}", s=rng.randrange(60))

    first = f"{stamp()} <{nicks[0]}> anyone have the details for the venue?"
    b.add(f"{first} budget is {rng.randint(2, 40) * 50} EUR\n")
    for entity, value in entries:
        before, after = rng.choice(CHAT[entity]).split("{}")
        b.add(f"{stamp()} <{nicks[1]}> {before}")
        b.value(value)
        b.add(f"{after}\n")
    b.add(f"{stamp()} <{nicks[0]}> thx, see you at {_time(rng)}")
    return b.done()


def _cells(entries: list[Entry], rng: random.Random) -> tuple[list[str], list[str | None]]:
    """A table's header and value row: a name column, one per value, a year or an amount."""
    header = ["Name"] + [rng.choice(LABELS[e]) for e, _ in entries]
    row: list[str | None] = [_person(rng)] + [None] * len(entries)
    if rng.random() < 0.5:
        header.append("Since")
        row.append(str(rng.randint(1998, 2025)))
    else:
        header.append("Amount")
        row.append(f"{rng.randint(10, 4000)}.{rng.randrange(100):02d}")
    return header, row


def _table(
    entries: list[Entry],
    rng: random.Random,
    write: Callable[[Block, list[str], list[str | None], list[str]], None],
) -> tuple[str, list[int]]:
    header, row = _cells(entries, rng)
    values = [v for _, v in entries]
    b = Block()
    write(b, header, row, values)
    return b.done()


def _row_cells(
    b: Block, row: list[str | None], values: list[str], cell: Callable[[int, str, bool], None]
) -> None:
    """Each cell of a value row, ``None`` cells filled with the values in order."""
    pending = iter(values)
    for i, text in enumerate(row):
        cell(i, text if text is not None else next(pending), text is None)


def fixed_width(entries: list[Entry], rng: random.Random) -> tuple[str, list[int]]:
    """A fixed-width text table: columns padded with spaces, no delimiters, the header in
    capitals or as written, a rule of dashes under it or none."""

    def write(b: Block, header: list[str], row: list[str | None], values: list[str]) -> None:
        texts = _fill(row, values)
        widths = [
            max(len(h), len(t)) + rng.randint(2, 4) for h, t in zip(header, texts, strict=True)
        ]
        upper = rng.random() < 0.5
        b.add(
            "".join(
                (h.upper() if upper else h).ljust(w) for h, w in zip(header, widths, strict=True)
            ).rstrip()
            + "\n"
        )
        if rng.random() < 0.5:
            b.add("".join("-" * (w - 2) + "  " for w in widths).rstrip() + "\n")

        def cell(i: int, text: str, is_value: bool) -> None:
            (b.value if is_value else b.add)(text)
            if i < len(widths) - 1:
                b.add(" " * (widths[i] - len(text)))

        _row_cells(b, row, values, cell)

    return _table(entries, rng, write)


def _fill(row: list[str | None], values: list[str]) -> list[str]:
    pending = iter(values)
    return [t if t is not None else next(pending) for t in row]


def ini_toml(entries: list[Entry], rng: random.Random) -> tuple[str, list[int]]:
    """An INI section (``key = value``, ``;`` comments) or a TOML table (quoted strings)."""
    b = Block()
    y, m, d = _date(rng)
    toml = rng.random() < 0.5
    q = '"' if toml else ""
    b.add(
        f"# exported {y}-{m:02d}-{d:02d}\n"
        if toml
        else f"; exported {d}.{m}.{y}, schema v{rng.randint(1, 5)}.{rng.randint(0, 9)}\n"
    )
    b.add(f"[{rng.choice(('contact', 'customer', 'billing', 'owner'))}]\n")
    b.add(f"name = {q}{_person(rng)}{q}\n")
    for entity, value in entries:
        b.add(f"{rng.choice(KEYS[entity])} = {q}")
        b.value(value)
        b.add(f"{q}\n")
    b.add(f"retries = {rng.randint(1, 5)}\ntimeout = {rng.choice((30, 60, 90))}")
    return b.done()


def logfmt(entries: list[Entry], rng: random.Random) -> tuple[str, list[int]]:
    """logfmt lines: ``key=value`` pairs, a value with a space in double quotes."""
    b = Block()
    y, m, d = _date(rng)
    stamp = f"{y}-{m:02d}-{d:02d}T{_time(rng)}:{rng.randrange(60):02d}Z"
    order, duration = rng.randint(10000, 999999), rng.randint(3, 900)
    b.add(f'ts={stamp} level=info msg="request accepted" order_id={order} duration_ms={duration}\n')
    b.add(f'ts={stamp} level={rng.choice(("info", "warn"))} msg="contact updated"')
    for entity, value in entries:
        q = '"' if " " in value else ""
        b.add(f" {rng.choice(KEYS[entity])}={q}")
        b.value(value)
        b.add(q)
    b.add(f" version={rng.randint(1, 3)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}")
    return b.done()


def icalendar(entries: list[Entry], rng: random.Random) -> tuple[str, list[int]]:
    """An RFC 5545 event: a phone in ``CONTACT`` (commas escaped), an e-mail as the
    ``ORGANIZER``'s or an ``ATTENDEE``'s ``mailto:`` address, other values in
    ``DESCRIPTION``."""
    b = Block()
    y, m, d = _date(rng)
    uid = "-".join(f"{rng.getrandbits(4 * n):0{n}x}" for n in (8, 4, 4, 4, 12))
    b.add(f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:{y}{m:02d}{d:02d}T{_time(rng).replace(':', '')}00Z\n")
    b.add(f"DTSTART:{y}{m:02d}{d:02d}T{rng.randint(8, 17):02d}0000Z\nSUMMARY:Quarterly review\n")
    for entity, value in entries:
        name = _person(rng)
        if entity == "PHONE_NUMBER":
            b.add(f"CONTACT:{name}\\, ")
        elif entity == "EMAIL_ADDRESS":
            b.add(
                rng.choice(
                    (
                        f"ORGANIZER;CN={name}:mailto:",
                        f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={name}:mailto:",
                    )
                )
            )
        else:
            b.add(f"DESCRIPTION:{rng.choice(LABELS[entity])} ")
        b.value(value)
        b.add("\n")
    b.add("END:VEVENT")
    return b.done()


def wiki_table(entries: list[Entry], rng: random.Random) -> tuple[str, list[int]]:
    """A MediaWiki table: ``{|``, header cells joined by ``!!``, a ``|-`` row whose cells are
    joined by ``||`` or one per line, ``|}``."""

    def write(b: Block, header: list[str], row: list[str | None], values: list[str]) -> None:
        b.add('{| class="wikitable"\n! ' + " !! ".join(header) + "\n|-\n")
        inline = rng.random() < 0.5

        def cell(i: int, text: str, is_value: bool) -> None:
            b.add(("| " if i == 0 else " || ") if inline else "| ")
            (b.value if is_value else b.add)(text)
            b.add("" if inline else "\n")

        _row_cells(b, row, values, cell)
        b.add("\n|}" if inline else "|}")

    return _table(entries, rng, write)


def latex(entries: list[Entry], rng: random.Random) -> tuple[str, list[int]]:
    """A LaTeX ``tabular``: cells joined by ``&``, rows ended by ``\\\\``, ``\\hline`` rules."""

    def write(b: Block, header: list[str], row: list[str | None], values: list[str]) -> None:
        b.add(f"\\begin{{tabular}}{{{'l' * len(header)}}}\n\\hline\n")
        b.add(f"{' & '.join(header)} \\\\\n\\hline\n")

        def cell(i: int, text: str, is_value: bool) -> None:
            b.add("" if i == 0 else " & ")
            (b.value if is_value else b.add)(text)

        _row_cells(b, row, values, cell)
        b.add(" \\\\\n\\hline\n\\end{tabular}")

    return _table(entries, rng, write)


def rst_grid(entries: list[Entry], rng: random.Random) -> tuple[str, list[int]]:
    """A reStructuredText grid table: ``+---+`` borders, ``+===+`` under the header."""

    def write(b: Block, header: list[str], row: list[str | None], values: list[str]) -> None:
        texts = _fill(row, values)
        widths = [max(len(h), len(t)) + 2 for h, t in zip(header, texts, strict=True)]
        rule = "+" + "+".join("-" * w for w in widths) + "+\n"
        b.add(
            rule
            + "|"
            + "|".join(f" {h}".ljust(w) for h, w in zip(header, widths, strict=True))
            + "|\n"
        )
        b.add("+" + "+".join("=" * w for w in widths) + "+\n|")

        def cell(i: int, text: str, is_value: bool) -> None:
            b.add(" ")
            (b.value if is_value else b.add)(text)
            b.add(" " * (widths[i] - len(text) - 1) + "|")

        _row_cells(b, row, values, cell)
        b.add("\n" + rule.rstrip("\n"))

    return _table(entries, rng, write)


BLOCKS: dict[str, Callable[[list[Entry], random.Random], tuple[str, list[int]]]] = {
    "signature": signature,
    "quoted_reply": quoted_reply,
    "irc": irc,
    "fixed_width": fixed_width,
    "ini_toml": ini_toml,
    "logfmt": logfmt,
    "icalendar": icalendar,
    "wiki_table": wiki_table,
    "latex": latex,
    "rst_grid": rst_grid,
}


@functools.cache
def cc_lines() -> tuple[str, ...]:
    """Lines of 60 to 600 characters of the shared Common Crawl (cc_net) documents."""
    lines = []
    for name in CC_FILES:
        with gzip.open(SHARED / "cc" / name, "rt", encoding="utf-8") as handle:
            for row in handle:
                lines += [" ".join(t.split()) for t in json.loads(row)["text"].split("\n")]
    return tuple(t for t in lines if 60 <= len(t) <= 600)


def record(split: str, locale: str, layout: str, n: int) -> dict[str, Any]:
    """One record of a locale of ``locales()``, seeded by its own coordinates: a phone of the
    locale and one other value in a ``layout`` block between lines of real web text."""
    from make_pii_eval import coordinates_rng, page_languages, personal_phone, record_fields

    rng = coordinates_rng(split, locale, layout, n)
    name = locale.removeprefix("php:")
    other = rng.choice([e for e, w in OTHER_WEIGHTS.items() for _ in range(w)])
    values = [("PHONE_NUMBER", *make_value("PHONE_NUMBER", name, rng))]
    values.append((other, *make_value(other, name, rng)))
    rng.shuffle(values)
    block, starts = BLOCKS[layout]([(e, v) for e, v, _ in values], rng)
    pool = cc_lines()
    before = "\n".join(rng.choice(pool) for _ in range(rng.randint(1, 2)))
    after = "\n".join(rng.choice(pool) for _ in range(rng.randint(1, 2)))
    offset = len(before) + 1
    text = f"{before}\n{block}\n{after}"
    spans, distractors = [], []
    for (entity, value, detail), at in zip(values, starts, strict=True):
        span = [offset + at, offset + at + len(value), entity, detail]
        if entity == "PHONE_NUMBER" and not personal_phone(value, region_of(name)):
            distractors.append([*span[:3], "service"])
        else:
            spans.append(span)
    where = (split, locale, layout, n)
    fields = record_fields(where, text, sorted(spans), distractors, (offset, offset + len(block)))
    return {**fields, "language": page_languages([text])[0]}


def generate(split: str, per_locale: int) -> Iterator[dict[str, Any]]:
    from make_pii_eval import records_by_coordinates

    return records_by_coordinates(record, split, locales(), LAYOUTS, per_locale)


def committed(path: Path = DATA) -> list[dict[str, Any]]:
    """The records as committed before the part was first scored."""
    from make_pii_eval import read_part

    return read_part(path)


def write(path: Path, per_locale: int) -> None:
    """The part's records, one JSON line each, gzipped with no timestamp: the same bytes on
    every run."""
    from make_pii_eval import write_part

    write_part(path, generate("held_out_8", per_locale), named=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-locale", type=int, default=4)
    args = parser.parse_args()
    write(DATA, args.per_locale)
    print(DATA)


if __name__ == "__main__":
    main()
