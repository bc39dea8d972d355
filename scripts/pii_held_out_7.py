"""held_out_7 of the PII evaluation set: values of Ruby Faker's locale data in markup and code
forms (Markdown and HTML tables, YAML, SQL), between real user comments.

A procedure different from the six parts before it (``make_pii_eval.py``, ``pii_held_out_6.py``):

* values from Ruby Faker (``scripts/data/pii_fakerruby.json``: the locale data of the Ruby
  gem faker-ruby/faker, MIT, read from its repository at the commit named in the file), whose
  locale files were written by other people than Python Faker's, Mimesis's or faker-js's: the
  ``phone_number`` and ``cell_phone`` formats of its 50 locales that have them (with their
  ``#{area_code}``-style parts), its credit-card patterns (``#`` a digit, ``[a-b]`` a digit in
  a range, ``#{m,n}`` a run of m to n digits, ``L`` the Luhn digit), its IBAN table (length and
  BBAN pattern per country), its locales' domain suffixes and English names for e-mail
  addresses; IPv4 and IPv6 addresses written as RFC 5952 prescribes (compressed, lower case)
  and as RFC 3986 puts them in a URL (``http://[2001:db8::1]:8080/``); SSNs of the SSA's rules;
* written in markup and code forms, from their specifications, not sentence templates: a
  GitHub-flavoured Markdown pipe table (header row, delimiter row ``| --- |``, value row), an
  HTML table (``<th>`` header, ``<td>`` value) or HTML description list (``<dt>``/``<dd>``), a
  YAML 1.2 mapping (``phone: "..."``), or an SQL ``INSERT ... VALUES`` statement;
* between real user comments that no other part uses: the non-toxic rows of the shared
  toxicity sets (German GermEval tweets, Brazilian ToLD-Br tweets, Korean news comments,
  Chinese COLD comments, Arabic and French MLMA tweets, English Wikipedia talk comments) in the
  locale's language where one is shared, English Wikipedia talk comments otherwise. Only the
  inserted block is scored (``region``).

Each record is seeded by its own (split, locale, layout, index). Written from those formats'
documentation, committed with its data (``scripts/data/pii_held_out_7.jsonl.gz``) before it
was first scored.

    python scripts/pii_held_out_7.py [--per-locale 16]   # rewrites the committed file
"""

from __future__ import annotations

import argparse
import csv
import functools
import gzip
import ipaddress
import json
import random
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pii_eval_values import iban_as_written, luhn_check_digit, ssn_area

ROOT = Path(__file__).resolve().parent.parent
FAKERRUBY = ROOT / "scripts" / "data" / "pii_fakerruby.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_7.jsonl.gz"
SHARED = ROOT.parent / "shared" / "data"

# Ruby Faker locales without a country in their name -> the country whose plan their formats
# follow ("ee" is Ruby Faker's Estonian; "ca-CAT" writes Spanish numbers)
_BARE_REGIONS = {
    **{"bg": "BG", "ca-CAT": "ES", "ca": "ES", "de": "DE", "ee": "EE", "en": "US", "es": "ES"},
    **{"fr": "FR", "he": "IL", "hy": "AM", "id": "ID", "it": "IT", "ja": "JP", "ko": "KR"},
    **{"lv": "LV", "nl": "NL", "pl": "PL", "pt": "PT", "ru": "RU", "sk": "SK", "sv": "SE"},
    **{"tr": "TR", "uk": "UA", "vi": "VN", "en-IND": "IN", "en-NEP": "NP", "en-PAK": "PK"},
    **{"en-MS": "MY", "en-au-ocker": "AU", "en-UG": "UG", "en-KE": "KE", "en-NG": "NG"},
}
LAYOUTS = ("markdown", "html", "yaml", "sql")
NAMES = ("Ines Moreau", "Tomasz Wrona", "Keiko Sato", "Rafael Lima", "Nadia Petrova")
# the column, key or element name of each entity (English, as code and exports name them)
HEADERS = {
    "PHONE_NUMBER": ("Phone", "Mobile", "Telephone", "Tel."),
    "EMAIL_ADDRESS": ("Email", "E-mail"),
    "CREDIT_CARD": ("Card number", "PAN"),
    "IBAN_CODE": ("IBAN",),
    "IP_ADDRESS": ("IP address", "Client IP"),
    "US_SSN": ("SSN", "Social Security Number"),
}
KEYS = {
    "PHONE_NUMBER": ("phone", "mobile", "telephone"),
    "EMAIL_ADDRESS": ("email",),
    "CREDIT_CARD": ("card_number", "pan"),
    "IBAN_CODE": ("iban",),
    "IP_ADDRESS": ("ip", "remote_addr"),
    "US_SSN": ("ssn",),
}


@functools.cache
def fakerruby() -> dict[str, Any]:
    return json.loads(FAKERRUBY.read_text(encoding="utf-8"))


def locales() -> tuple[str, ...]:
    return tuple(f"rb:{name}" for name in sorted(fakerruby()["phone"]))


def region_of(locale: str) -> str | None:
    """The country of a Ruby Faker locale ("de-AT" -> AT)."""
    if locale in _BARE_REGIONS:
        return _BARE_REGIONS[locale]
    part = locale.split("-")[-1]
    return part.upper() if len(part) == 2 else None


def numerify(pattern: str, rng: random.Random) -> str:
    """Ruby Faker's pattern symbols: ``#`` a digit, ``[a-b]`` a digit in the range, ``#{m,n}``
    m to n digits, ``L`` the Luhn check digit of the digits before it; "/" around a card
    pattern is dropped."""
    pattern = pattern.strip("/")
    pattern = re.sub(
        r"#\{(\d+),(\d+)\}", lambda m: "#" * rng.randint(int(m[1]), int(m[2])), pattern
    )
    pattern = re.sub(r"\[(\d)-(\d)\]", lambda m: str(rng.randint(int(m[1]), int(m[2]))), pattern)
    out = "".join(rng.choice(string.digits) if c == "#" else c for c in pattern)
    if "L" in out:
        out = out.replace("L", luhn_check_digit(re.sub(r"\D", "", out.replace("L", ""))))
    return out


def phone(locale: str, rng: random.Random) -> tuple[str, str]:
    """A number of the locale's ``phone_number`` or ``cell_phone`` formats, its ``#{...}``
    parts filled from the locale's (or English) phone-number lists."""
    data = fakerruby()
    kinds = data["phone"][locale]
    kind = rng.choice(sorted(kinds))
    fmt = rng.choice(kinds[kind])
    parts = {**data["phone_parts"].get("en", {}), **data["phone_parts"].get(locale, {})}

    def part(match: re.Match) -> str:
        name = match[1].split(".")[-1]
        if name in parts:
            return numerify(rng.choice(parts[name]), rng)
        return numerify("####", rng)  # subscriber_number and the like: four digits

    return numerify(re.sub(r"#\{([^}]+)\}", part, fmt), rng), kind


# a BBAN pattern's parts: \d, a character class or a literal, each with an optional count
_BBAN_TOKEN_RE = re.compile(r"(\\d|\[[^\]]+\]|[0-9A-Z])(?:\{(\d+)\})?")


def iban(rng: random.Random) -> tuple[str, str]:
    """An IBAN of Ruby Faker's table: its BBAN pattern filled in, the ISO 7064 mod-97 check
    digits, compact or printed in fours."""
    table = fakerruby()["iban"]
    country = rng.choice(sorted(table))
    pools = {"\\d": string.digits, "[0-9]": string.digits, "[A-Z]": string.ascii_uppercase}
    any_char = string.digits + string.ascii_uppercase
    bban = ""
    for token, count in _BBAN_TOKEN_RE.findall(table[country]["bban_pattern"]):
        pool = pools.get(token, any_char if token.startswith("[") else token)
        bban += "".join(rng.choice(pool) for _ in range(int(count or 1)))
    return iban_as_written(country, bban, rng, spaced_share=0.5), country


def make_value(entity: str, locale: str, rng: random.Random) -> tuple[str, str]:
    """(value as written, detail) of ``entity`` for a Ruby Faker locale."""
    data = fakerruby()
    if entity == "PHONE_NUMBER":
        return phone(locale, rng)
    if entity == "CREDIT_CARD":
        network = rng.choice(sorted(data["cards"]))
        return numerify(rng.choice(data["cards"][network]), rng), network
    if entity == "IBAN_CODE":
        return iban(rng)
    if entity == "EMAIL_ADDRESS":
        first, last = rng.choice(data["first_name"]), rng.choice(data["last_name"])
        suffix = rng.choice(data["domain_suffix"].get(locale) or data["domain_suffix"]["en"])
        host = rng.choice((last.lower(), "mail", "post", f"{first.lower()}{last.lower()}"))
        user = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randrange(100)}"))
        return f"{user.lower()}@{host}.{suffix}", suffix
    if entity == "IP_ADDRESS":
        v4 = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
        style = rng.choice(("ipv4", "ipv4", "ipv6", "ipv6_url", "ipv4_url"))
        bits = (0x2001 << 112) | (rng.getrandbits(48) << 64) | rng.getrandbits(16)
        v6 = ipaddress.IPv6Address(bits)
        if style == "ipv4":
            return str(v4), style
        if style == "ipv4_url":
            return f"http://{v4}:{rng.choice((80, 8080, 3000))}/", style
        if style == "ipv6_url":  # RFC 3986: an IPv6 literal in brackets
            return f"http://[{v6}]:{rng.choice((80, 8443))}/", style
        return str(v6), style  # RFC 5952: compressed, lower case
    if entity == "US_SSN":  # SSA: area 001-899 but 666, group 01-99, serial 0001-9999
        area = ssn_area(rng)
        sep = rng.choice(("-", "-", " ", ""))
        return f"{area:03d}{sep}{rng.randrange(1, 100):02d}{sep}{rng.randrange(1, 10000):04d}", sep
    raise ValueError(entity)


def value_span(entity: str, value: str) -> tuple[int, int]:
    """Where the personal datum lies in the written value: an address in a URL is the host."""
    if entity == "IP_ADDRESS" and value.startswith("http"):
        host = value.split("//", 1)[1].rsplit(":", 1)[0].strip("[]")
        start = value.index(host)
        return start, start + len(host)
    return 0, len(value)


def block(entity: str, layout: str, value: str, rng: random.Random) -> tuple[str, int]:
    """The value in a markup or code form: (block text, where the value starts)."""
    name = rng.choice(NAMES)
    header = rng.choice(HEADERS[entity])
    key = rng.choice(KEYS[entity])
    if layout == "markdown":  # GitHub-flavoured Markdown table
        head = f"| Name | {header} |\n| --- | --- |\n| {name} | "
        return f"{head}{value} |", len(head)
    if layout == "html":
        if rng.random() < 0.5:
            head = f"<table>\n<tr><th>Name</th><th>{header}</th></tr>\n<tr><td>{name}</td><td>"
            return f"{head}{value}</td></tr>\n</table>", len(head)
        head = f"<dl>\n<dt>Name</dt><dd>{name}</dd>\n<dt>{header}</dt><dd>"
        return f"{head}{value}</dd>\n</dl>", len(head)
    if layout == "yaml":
        quote = rng.choice(('"', "'", ""))
        head = f"contact:\n  name: {name}\n  {key}: {quote}"
        return f"{head}{value}{quote}\n  active: true", len(head)
    head = f"INSERT INTO customers (name, {key}) VALUES ('{name}', '"
    return f"{head}{value}');", len(head)


# shared toxicity sets by language: (file, language column or None, language)
_COMMENT_SOURCES = {
    "de": ("germeval2018-de.csv", None),
    "pt": ("told-br-pt.csv", None),
    "ko": ("korean-hate-speech-ko.csv", None),
    "zh": ("cold-zh.csv", None),
    "ar": ("mlma-ar-fr-en.csv", "ar"),
    "fr": ("mlma-ar-fr-en.csv", "fr"),
    "en": ("wikipedia-talk-toxicity-en.csv", None),
}


@functools.cache
def comments(language: str) -> tuple[str, ...]:
    """Non-toxic real comments of ``language`` (English Wikipedia talk comments when no set of
    that language is shared), one line each, 40 to 500 characters."""
    name, lang = _COMMENT_SOURCES.get(language, _COMMENT_SOURCES["en"])
    csv.field_size_limit(1 << 24)
    with (SHARED / "toxicity" / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [
        " ".join(r["text"].split())
        for r in rows
        if r["toxic"] == "0" and (lang is None or r.get("lang") == lang)
    ]
    return tuple(t for t in texts if 40 <= len(t) <= 500)


def record(split: str, locale: str, layout: str, n: int) -> dict[str, Any]:
    """One record of a locale of ``locales()``, seeded by its own coordinates."""
    from make_pii_eval import draw_value, inserted_block_record

    where, locale = (split, locale, layout, n), locale.removeprefix("rb:")
    drawn = draw_value(where, locale, make_value, block)
    language = {"ee": "et"}.get(locale.split("-")[0], locale.split("-")[0])
    pool = comments(language)
    before = " ".join(drawn.rng.choice(pool) for _ in range(2))
    after = " ".join(drawn.rng.choice(pool) for _ in range(2))
    lo, hi = value_span(drawn.entity, drawn.value)  # a phone's span is its whole value
    value = (drawn.value_at + lo, drawn.value[lo:hi], drawn.entity, drawn.detail)
    return inserted_block_record(where, (before, after), drawn.block, value, region_of(locale))


def generate(split: str, per_locale: int) -> Iterator[dict[str, Any]]:
    from make_pii_eval import records_by_coordinates

    return records_by_coordinates(record, split, locales(), LAYOUTS, per_locale)


def committed(path: Path = DATA) -> list[dict[str, Any]]:
    """The records as committed before the part was first scored."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-locale", type=int, default=8)
    args = parser.parse_args()
    with gzip.GzipFile(DATA, "wb", mtime=0) as raw:
        for rec in generate("held_out_7", args.per_locale):
            raw.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
    print(DATA)


if __name__ == "__main__":
    main()
