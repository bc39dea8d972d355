"""held_out_6 of the PII evaluation set: values of another generator in documented data formats,
inserted between paragraphs of real text no other part uses.

A procedure different from the five parts before it (``make_pii_eval.py``):

* values from faker-js (``scripts/data/pii_fakerjs.json``: the locale definitions of faker-js,
  MIT, read from its repository at the commit named in the file), a JavaScript project whose
  locale data were written by other people than Python Faker's or Mimesis's: the phone masks
  of its 59 locales (its ``human``, ``national`` and ``international`` styles), its card
  patterns (issuer prefixes, lengths and groupings of its own), its IBAN table, its free-mail
  domains and English names for e-mail addresses;
* written in the layouts of documented data formats, not sentence templates: a vCard
  (RFC 6350 ``TEL``/``EMAIL`` properties) or an ISO 20022 XML element (``<IBAN>``, ``<PAN>``),
  a JSON object with schema.org's and payment APIs' key names, a CSV export (RFC 4180; Google
  Contacts' column names), and a document line of the kind each value lives in (an ITU-T E.123
  letterhead line, an RFC 5322 ``From:`` header, an RFC 5321 ``Received:`` trace or an Apache
  combined-log line, an invoice's bank line, a W-2's box label);
* between two paragraphs of real text that no other part uses: Wikipedia articles of the
  shared dumps (English, Greek, Ukrainian, Vietnamese, Japanese; plain text as the pipeline
  extracts it) for locales of those languages, news articles of the shared near-duplicate
  corpus otherwise. Only the inserted block is scored (``region``), as in the web layout.

Each record is seeded by its own (split, locale, layout, index), so a record can be rebuilt
alone. Written from those formats' documentation, committed with its data
(``scripts/data/pii_held_out_6.jsonl.gz``) before it was first scored.
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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pii_eval_values import iban_as_written, luhn_check_digit, ssn_area

ROOT = Path(__file__).resolve().parent.parent
FAKERJS = ROOT / "scripts" / "data" / "pii_fakerjs.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_6.jsonl.gz"

# faker-js locale -> the country whose plan its phone masks follow
REGIONS = {
    **{"af_ZA": "ZA", "az": "AZ", "cs_CZ": "CZ", "da": "DK", "de": "DE", "de_AT": "AT"},
    **{"de_CH": "CH", "dv": "MV", "el": "GR", "en": "US", "en_AU": "AU", "en_AU_ocker": "AU"},
    **{"en_CA": "CA", "en_GB": "GB", "en_GH": "GH", "en_HK": "HK", "en_IE": "IE", "en_IN": "IN"},
    **{"en_NG": "NG", "en_ZA": "ZA", "es": "ES", "es_MX": "MX", "fa": "IR", "fr": "FR"},
    **{"fr_BE": "BE", "fr_CA": "CA", "fr_CH": "CH", "fr_LU": "LU", "he": "IL", "hr": "HR"},
    **{"hu": "HU", "hy": "AM", "id_ID": "ID", "it": "IT", "ja": "JP", "ka_GE": "GE", "ko": "KR"},
    **{"lv": "LV", "mk": "MK", "nb_NO": "NO", "ne": "NP", "nl": "NL", "nl_BE": "BE", "pl": "PL"},
    **{"pt_BR": "BR", "pt_PT": "PT", "ro": "RO", "ro_MD": "MD", "ru": "RU", "sk": "SK"},
    **{"sr_RS_latin": "RS", "sv": "SE", "th": "TH", "tr": "TR", "uk": "UA", "vi": "VN"},
    **{"zh_CN": "CN", "zh_TW": "TW", "zu_ZA": "ZA"},
}
# the part's locale names: "js:" keeps them apart from the Faker and Mimesis names of the
# other parts ("de", "cs_CZ")
LOCALES = tuple(f"js:{name}" for name in REGIONS)
LAYOUTS = ("markup", "json", "csv", "doc")
# languages whose Wikipedia dump is shared: their locales get paragraphs of it
WIKI_LANGUAGES = ("en", "el", "uk", "vi", "ja")
NAMES = ("Dana Whitfield", "Marek Novak", "Aiko Tanaka", "Lena Brandt", "Omar Haddad")


@functools.cache
def fakerjs() -> dict[str, Any]:
    return json.loads(FAKERJS.read_text(encoding="utf-8"))


def fill_mask(mask: str, rng: random.Random) -> str:
    """faker-js's mask symbols: ``#`` a digit, ``!`` a digit 2-9, ``[a-b]`` a number in that
    range (its legacy range syntax, ``2[221-720]``), ``L`` the Luhn check digit of the digits
    before it; "/" around a card pattern is dropped."""
    mask = mask.strip("/")
    mask = re.sub(
        r"\[(\d+)-(\d+)\]",
        lambda m: str(rng.randint(int(m[1]), int(m[2]))).zfill(len(m[1])),
        mask,
    )
    out = "".join(
        rng.choice(string.digits) if c == "#" else rng.choice("23456789") if c == "!" else c
        for c in mask
    )
    if "L" in out:
        out = out.replace("L", luhn_check_digit(re.sub(r"\D", "", out.replace("L", ""))))
    return out


def iban(rng: random.Random) -> tuple[str, str]:
    """An IBAN of faker-js's table (a country, its BBAN of n digits, a letters, c either) with
    the ISO 7064 mod-97 check digits, compact or printed in fours: (value, country)."""
    spec = rng.choice(fakerjs()["iban"])
    pools = {"n": string.digits, "a": string.ascii_uppercase}
    bban = "".join(
        rng.choice(pools.get(kind, string.digits + string.ascii_uppercase))
        for kind, count in spec["bban"]
        for _ in range(count)
    )
    country = spec["country"]
    return iban_as_written(country, bban, rng, spaced_share=0.6), country


def make_value(entity: str, locale: str, rng: random.Random) -> tuple[str, str]:
    """(value as written, detail) of ``entity`` for a faker-js locale."""
    data = fakerjs()
    if entity == "PHONE_NUMBER":
        styles = data["phone"][locale]
        style = rng.choice(sorted(styles))
        return fill_mask(rng.choice(styles[style]), rng), f"fakerjs/{style}"
    if entity == "CREDIT_CARD":
        network = rng.choice(sorted(data["cards"]))
        return fill_mask(rng.choice(data["cards"][network]), rng), network.split(":")[1]
    if entity == "IBAN_CODE":
        return iban(rng)
    if entity == "EMAIL_ADDRESS":
        first = rng.choice(data["first_name"])
        last = rng.choice(data["last_name"])
        domains = data["free_email"].get(locale) or data["free_email"]["en"]
        style = rng.choice(("first.last", "flast", "first_last99", "First.Last", "first+tag"))
        user = {
            "first.last": f"{first}.{last}".lower(),
            "flast": f"{first[0]}{last}".lower(),
            "first_last99": f"{first}_{last}{rng.randrange(100)}".lower(),
            "First.Last": f"{first}.{last}",
            "first+tag": f"{first.lower()}+{rng.choice(('invoices', 'news', 'cv'))}",
        }[style]
        return f"{user}@{rng.choice(domains)}", style
    if entity == "IP_ADDRESS":
        v4 = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
        style = rng.choice(("ipv4", "ipv4", "ipv6", "ipv6_upper", "ipv4_mapped"))
        if style == "ipv4":
            return str(v4), style
        if style == "ipv4_mapped":  # RFC 4291 2.5.5.2
            return f"::ffff:{v4}", style
        v6 = ipaddress.IPv6Address((0x2001 << 112) | rng.getrandbits(112))
        return (str(v6) if style == "ipv6" else v6.exploded.upper()), style
    if entity == "US_SSN":  # SSA: area 001-899 but 666, group 01-99, serial 0001-9999
        area = ssn_area(rng)
        return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}", "dash"
    raise ValueError(entity)


def block(entity: str, layout: str, value: str, rng: random.Random) -> tuple[str, int]:
    """The value in a documented data format: (block text, where the value starts)."""
    name = rng.choice(NAMES)
    if layout == "markup":
        if entity in ("PHONE_NUMBER", "EMAIL_ADDRESS"):  # vCard 4.0 (RFC 6350)
            prop = {
                "PHONE_NUMBER": rng.choice(("TEL;TYPE=work,voice", "TEL;TYPE=cell", "TEL")),
                "EMAIL_ADDRESS": rng.choice(("EMAIL;TYPE=work", "EMAIL")),
            }[entity]
            head = f"BEGIN:VCARD\nVERSION:4.0\nFN:{name}\n{prop}:"
            return f"{head}{value}\nEND:VCARD", len(head)
        tag = {  # ISO 20022 elements; SSN and IP in the XML of a HR or access-log export
            "IBAN_CODE": "IBAN",
            "CREDIT_CARD": "PAN",
            "US_SSN": "SSN",
            "IP_ADDRESS": "IPAddress",
        }[entity]
        head = f"<Nm>{name}</Nm>\n<{tag}>"
        return f"{head}{value}</{tag}>", len(head)
    if layout == "json":
        key = {
            "PHONE_NUMBER": rng.choice(("telephone", "faxNumber")),  # schema.org
            "EMAIL_ADDRESS": "email",
            "CREDIT_CARD": "number",  # a card object's number, as payment APIs name it
            "IBAN_CODE": "iban",
            "IP_ADDRESS": rng.choice(("ip", "sourceIPAddress")),
            "US_SSN": "ssn",
        }[entity]
        head = f'{{"name": "{name}", "{key}": "'
        return f'{head}{value}", "active": true}}', len(head)
    if layout == "csv":  # RFC 4180; Google Contacts' export column names for phone and e-mail
        column = {
            "PHONE_NUMBER": "Phone 1 - Value",
            "EMAIL_ADDRESS": "E-mail 1 - Value",
            "CREDIT_CARD": "card_number",
            "IBAN_CODE": "iban",
            "IP_ADDRESS": "ip_address",
            "US_SSN": "ssn",
        }[entity]
        quote = '"' if rng.random() < 0.5 else ""
        head = f"Name,{column},Notes\n{name},{quote}"
        return f"{head}{value}{quote},", len(head)
    # doc: a line of the kind of document each value is found in
    if entity == "PHONE_NUMBER":  # ITU-T E.123: a letterhead line, "Tel." or no label
        label = rng.choice(("Tel. ", "Telephone: ", "Fax ", ""))
        head = f"{name}\nHauptstrasse 12, 8001 Zurich\n{label}"
        return f"{head}{value}", len(head)
    if entity == "EMAIL_ADDRESS":  # RFC 5322 originator field
        head = f"From: {name} <"
        return f"{head}{value}>\nSubject: Re: minutes", len(head)
    if entity == "IP_ADDRESS":
        if rng.random() < 0.5:  # Apache combined log format
            return (
                f'{value} - - [12/Mar/2024:10:41:07 +0100] "GET /index.html HTTP/1.1" 200 5120',
                0,
            )
        head = "Received: from mail.example.org (mail.example.org ["  # RFC 5321 trace field
        return f"{head}{value}])\n\tby mx.example.net with ESMTPS", len(head)
    if entity == "IBAN_CODE":  # an invoice's bank line
        head = "Please transfer the amount to IBAN "
        return f"{head}{value} within 30 days.", len(head)
    if entity == "CREDIT_CARD":
        head = "Payment method: card "
        return f"{head}{value}, authorised.", len(head)
    head = "a Employee's social security number\n"  # Form W-2, box a
    return f"{head}{value}", len(head)


@functools.cache
def contexts(language: str) -> tuple[str, ...]:
    """Paragraphs of real text: Wikipedia plain text of ``language`` where a dump is shared,
    news articles otherwise. Paragraphs of 80-600 characters."""
    from wiki_dump import wiki_pages

    from filters.wikitext import wikitext_to_text

    shared = ROOT.parent / "shared" / "data"
    if language in WIKI_LANGUAGES:
        name = "enwiki-sample.xml.bz2" if language == "en" else f"{language}wiki-truncated.xml.xz"
        texts = [wikitext_to_text(t) for t in wiki_pages(shared / "wiki" / name, 10**6)]
    else:
        lines = (shared / "neardup" / "mccormick_articles_1000.train").read_text(encoding="utf-8")
        texts = [line.split(" ", 1)[-1] for line in lines.splitlines()]
    paragraphs = [piece for t in texts for line in t.split("\n") for piece in _pieces(line)]
    return tuple(p for p in paragraphs if 80 <= len(p) <= 600)


def _pieces(line: str, limit: int = 600) -> list[str]:
    """A line cut after full stops into pieces of at most ``limit`` characters (a news article
    is one line of the corpus)."""
    pieces, current = [], ""
    for sentence in re.split(r"(?<=\.) ", line.strip()):
        if current and len(current) + len(sentence) >= limit:
            pieces.append(current)
            current = ""
        current = f"{current} {sentence}" if current else sentence
    return [*pieces, current] if current else pieces


def record(split: str, locale: str, layout: str, n: int) -> dict[str, Any]:
    """One record of a locale of ``LOCALES``, seeded by its own coordinates."""
    from make_pii_eval import draw_value, inserted_block_record

    where, locale = (split, locale, layout, n), locale.removeprefix("js:")
    drawn = draw_value(where, locale, make_value, block)
    language = locale.split("_")[0]
    pool = contexts(language if language in WIKI_LANGUAGES else "news")
    before, after = drawn.rng.choice(pool), drawn.rng.choice(pool)
    value = (drawn.value_at, drawn.value, drawn.entity, drawn.detail)
    return inserted_block_record(where, (before, after), drawn.block, value, REGIONS[locale])


def generate(split: str, per_locale: int) -> Iterator[dict[str, Any]]:
    from make_pii_eval import records_by_coordinates

    return records_by_coordinates(record, split, LOCALES, LAYOUTS, per_locale)


def committed(path: Path = DATA) -> list[dict[str, Any]]:
    """The records as committed before the part was first scored."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def main() -> None:
    """Write the part's records to ``DATA`` (done once, before it was first scored)."""
    from make_pii_eval import _writer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-locale", type=int, default=20)
    args = parser.parse_args()
    with _writer(DATA) as handle:
        for record_ in generate("held_out_6", args.per_locale):
            handle.write(json.dumps(record_, ensure_ascii=False) + "\n")
    print(DATA)


if __name__ == "__main__":
    main()
