"""held_out_9 of the PII evaluation set: values drawn as datafaker draws them, in chat, ad,
list, extracted-PDF, directory, form, SMS, subtitle and forum layouts, between real sentences
in the country's language where a shared set has one.

A procedure different from the eight parts before it (``make_pii_eval.py``,
``pii_held_out_6.py`` to ``pii_held_out_8.py``):

* values of datafaker (the Java library datafaker-net/datafaker, Apache-2.0;
  ``scripts/data/pii_datafaker.json``, read from its repository at the commit named in the file
  by ``scripts/datafaker_data.py``): phones as its ``PhoneNumberGenerator`` makes them, a random
  string of the country's fixed-line or mobile ``nationalNumberPattern`` (libphonenumber's
  metadata, here the Python port's), redrawn until valid, formatted NATIONAL or INTERNATIONAL,
  for the 59 countries of its locales (earlier parts redrew an example number's tail or filled
  masks; this walks the whole pattern, so every area code and mobile prefix the plan has can
  come up); IBANs of its own BBAN regex table (``Finance.java``) with the mod-97 check digits;
  the card patterns of its ``en/finance.yml`` that Ruby Faker's table does not hold (16-digit
  JCB 3088-3589, UnionPay 62/81 ranges, Discover 6011/65, Mastercard 51-55, Diners), the Luhn
  digit appended, hyphenated as datafaker writes them or one run; e-mails at its per-country
  free-mail domains and domain suffixes (``_XX.yml``); IPv4/IPv6; SSNs of the SSA's rules;
* every record holds two values, a phone of the country and one other value, in one of nine
  layouts no earlier part has: a WhatsApp or Telegram chat export, a classified ad, a Markdown
  bullet list of contacts, text extracted from a PDF (a running header, a page footer, words
  hyphenated across lines), a business-directory listing, an HTML form's ``value=``
  attributes, an SMS inbox export, SRT subtitles, a BBCode forum post; dates, times, prices,
  order numbers, versions and codes stand around the values, unlabelled;
* between real sentences no other part uses: the non-hateful rows of the shared Multilingual
  HateCheck (``../shared/data/toxicity/multilingual-hatecheck.csv``, CC BY 4.0: Arabic, Dutch,
  French, German, Hindi, Italian, Mandarin, Polish, Portuguese, Spanish) for countries of
  those languages, the non-toxic Fox News comments (``fox-news-comments-en.csv``, MIT)
  otherwise. Only the inserted block is scored (``region``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``; a number it excludes
stays in the text as an unlabelled distractor. Each record is seeded by its own (split,
locale, layout, index). Committed with its data (``scripts/data/pii_held_out_9.jsonl.gz``)
before it was first scored.

    python scripts/pii_held_out_9.py [--per-locale 4]   # rewrites the committed file
"""

from __future__ import annotations

import argparse
import csv
import functools
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
DATAFAKER = ROOT / "scripts" / "data" / "pii_datafaker.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_9.jsonl.gz"
SHARED = ROOT.parent / "shared" / "data"
RUBY = ROOT / "scripts" / "data" / "pii_fakerruby.json"

LAYOUTS = (
    "chat_export",
    "classified_ad",
    "bullet_list",
    "pdf_text",
    "directory",
    "html_form",
    "sms",
    "subtitles",
    "bbcode",
)
# the other value of a record, by weight (as held_out_8)
OTHER_WEIGHTS = {"EMAIL_ADDRESS": 2, "CREDIT_CARD": 2, "IBAN_CODE": 2, "IP_ADDRESS": 1, "US_SSN": 1}
# the context's language by country (Multilingual HateCheck's languages); English otherwise
CONTEXT_LANGUAGE = {
    "AR": "es", "AT": "de", "BE": "nl", "BR": "pt", "CH": "de", "CN": "zh", "DE": "de",
    "ES": "es", "FR": "fr", "IN": "hi", "IT": "it", "MX": "es", "NL": "nl", "PL": "pl",
    "PT": "pt", "PY": "es", "SA": "ar", "TW": "zh",
}  # fmt: skip
# Multilingual HateCheck's non-hateful functionalities that name no hateful statement
NEUTRAL_FUNCTIONS = ("ident_neutral_nh", "ident_pos_nh", "negate_neg_nh", "target_obj_nh")
# a phone label in the context's language, or English
PHONE_LABELS = {
    "de": ("Tel.", "Handy", "Telefon"),
    "fr": ("Tél.", "Portable", "Téléphone"),
    "es": ("Tel.", "Móvil", "Teléfono"),
    "pt": ("Tel.", "Celular", "Telefone"),
    "it": ("Tel.", "Cell.", "Telefono"),
    "nl": ("Tel.", "Mobiel", "Telefoon"),
    "pl": ("Tel.", "Kom.", "Telefon"),
    "ar": ("هاتف", "جوال"),
    "hi": ("फ़ोन", "मोबाइल"),
    "zh": ("电话", "手机"),
    "en": ("Phone", "Tel", "Mobile", "Cell"),
}
LABELS = {
    "EMAIL_ADDRESS": ("Email", "E-mail", "Mail"),
    "CREDIT_CARD": ("Card", "Card number", "Credit card"),
    "IBAN_CODE": ("IBAN", "Bank account (IBAN)"),
    "IP_ADDRESS": ("IP", "IP address", "Server"),
    "US_SSN": ("SSN", "Social Security number"),
}
# a value in a sentence someone writes (chat, SMS, subtitles, forum)
PHRASES = {
    "PHONE_NUMBER": ("my new number is {}", "call me on {}", "text {} when you arrive", "{}"),
    "EMAIL_ADDRESS": ("send it to {}", "my email is {}", "{}"),
    "CREDIT_CARD": ("use the card {}", "card ending... no, whole thing: {}", "{}"),
    "IBAN_CODE": ("transfer it to {}", "my IBAN: {}", "{}"),
    "IP_ADDRESS": ("the server is {}", "try connecting to {}", "{}"),
    "US_SSN": ("my SSN is {}", "SSN for the form: {}", "{}"),
}
FORM_FIELDS = {
    "PHONE_NUMBER": ('type="tel" name="phone"', 'type="tel" name="mobile"', 'name="contact_tel"'),
    "EMAIL_ADDRESS": ('type="email" name="email"', 'name="user_email"'),
    "CREDIT_CARD": ('name="cardnumber" autocomplete="cc-number"', 'name="card_number"'),
    "IBAN_CODE": ('name="iban"', 'name="account_iban"'),
    "IP_ADDRESS": ('name="ip_address"', 'name="server_ip"'),
    "US_SSN": ('name="ssn"', 'name="social_security_number"'),
}
ITEMS = ("road bike", "sofa", "washing machine", "baby stroller", "iPhone 12", "desk lamp")
SHOPS = ("Bakery", "Dental Clinic", "Bike Repair", "Flower Shop", "Law Office", "Pharmacy")
PDF_PARAGRAPH = (
    "The committee reviewed the accessibility requirements of the renovated premises "
    "and recommended additional consultation appointments in the transitional period"
)
Entry = tuple[str, str]  # (entity, value as written)


@functools.cache
def datafaker() -> dict[str, Any]:
    return json.loads(DATAFAKER.read_text(encoding="utf-8"))


def locales() -> tuple[str, ...]:
    return tuple(f"df:{country}" for country in datafaker()["phone_countries"])


def regexify(pattern: str, rng: random.Random) -> str:
    """A random string of the regular expression ``pattern`` (as datafaker's ``regexify``):
    each alternative, class member and repeat count drawn uniformly."""
    from re import _parser as parser  # type: ignore[attr-defined]

    def walk(items: Any) -> str:
        out = []
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(arg))
            elif name == "IN":
                chars = []
                for kind, value in arg:
                    if str(kind) == "LITERAL":
                        chars.append(chr(value))
                    elif str(kind) == "RANGE":
                        chars += [chr(c) for c in range(value[0], value[1] + 1)]
                    elif str(kind) == "CATEGORY" and str(value) == "CATEGORY_DIGIT":
                        chars += list(string.digits)
                    else:
                        raise ValueError(f"class member {kind} {value} in {pattern}")
                out.append(rng.choice(chars))
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, high, sub = arg
                out += [walk(sub) for _ in range(rng.randint(low, high))]
            elif name == "SUBPATTERN":
                out.append(walk(arg[-1]))
            elif name == "BRANCH":
                out.append(walk(rng.choice(arg[1])))
            elif name == "CATEGORY" or name == "AT":
                continue
            else:
                raise ValueError(f"{name} in {pattern}")
        return "".join(out)

    return walk(parser.parse(pattern))


def phone(country: str, rng: random.Random) -> tuple[str, str]:
    """datafaker's ``PhoneNumberGenerator``: a mobile or fixed-line number of ``country``, a
    random string of its ``nationalNumberPattern`` redrawn until valid (up to 100 times, as
    datafaker does; here an error rather than an invalid number, never seen to happen),
    formatted NATIONAL or INTERNATIONAL: (number as written, ``type_format``)."""
    import phonenumbers
    from phonenumbers import PhoneMetadata, PhoneNumberFormat

    kind = rng.choice(("mobile", "fixed_line"))
    desc = getattr(PhoneMetadata.metadata_for_region(country), kind)
    number = phonenumbers.parse(regexify(desc.national_number_pattern, rng), country)
    for _ in range(100):
        if phonenumbers.is_valid_number(number):
            break
        number = phonenumbers.parse(regexify(desc.national_number_pattern, rng), country)
    else:
        raise ValueError(f"no valid {kind} number of {country} in 100 draws")
    style = rng.choice(("national", "international"))
    fmt = PhoneNumberFormat.NATIONAL if style == "national" else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, fmt), f"{kind}_{style}"


@functools.cache
def card_patterns() -> tuple[tuple[str, str], ...]:
    """datafaker's card patterns that Ruby Faker's table (held_out_7's) does not hold."""
    ruby = json.loads(RUBY.read_text(encoding="utf-8"))["cards"]
    return tuple(
        (network, pattern)
        for network, patterns in sorted(datafaker()["cards"].items())
        for pattern in patterns
        if pattern not in ruby.get(network, ())
    )


def card(rng: random.Random) -> tuple[str, str]:
    """datafaker's ``Finance.creditCard()``: a network, then one of its patterns, ``#``
    filled, ``L`` the Luhn digit, hyphens kept (two in three) or one run."""
    patterns = card_patterns()
    network = rng.choice(sorted({n for n, _ in patterns}))
    pattern = rng.choice([p for n, p in patterns if n == network])
    filled = "".join(rng.choice(string.digits) if c == "#" else c for c in pattern.strip("/"))
    value = filled.replace("L", luhn_check_digit(re.sub(r"\D", "", filled.replace("L", ""))))
    return (value if rng.random() < 2 / 3 else value.replace("-", "")), network


@functools.cache
def iban_countries() -> tuple[str, ...]:
    """datafaker's IBAN countries whose BBAN length is the SWIFT registry's as
    ``make_pii_eval.IBAN_BBAN`` writes it."""
    from make_pii_eval import IBAN_BBAN

    def registry_length(country: str) -> int:
        return sum(int(n) for n in re.findall(r"(\d+)[nac]", IBAN_BBAN[country]))

    def pattern_length(pattern: str) -> int:
        return sum(int(n) for n in re.findall(r"\{(\d+)\}", pattern)) + len(
            re.sub(r"\[[^]]*\]\{\d+\}", "", pattern).replace("[0-9A-Z]", "x").replace("[A-Z]", "x")
        )

    table = datafaker()["iban"]
    return tuple(
        c
        for c in sorted(table)
        if c in IBAN_BBAN and pattern_length(table[c]) == registry_length(c)
    )


def iban(rng: random.Random) -> tuple[str, str]:
    """datafaker's ``Finance.iban``: its country's BBAN regex filled, the mod-97 check digits;
    compact (as datafaker writes it) or printed in fours."""
    country = rng.choice(iban_countries())
    bban = regexify(datafaker()["iban"][country], rng)
    return iban_as_written(country, bban, rng, spaced_share=0.4), country


def _ascii_name(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def email(country: str, rng: random.Random) -> tuple[str, str]:
    """A user name of English names (``first.last``, ``first_last``, ``firstNN``, ``flast``) at
    a free-mail domain of the country's datafaker file or at a last name under one of its
    domain suffixes; a fifth with a ``+tag`` sub-address."""
    data = datafaker()
    first = _ascii_name(rng.choice(data["first_name"]))
    last = _ascii_name(rng.choice(data["last_name"]))
    user = rng.choice(
        (f"{first}.{last}", f"{first}_{last}", f"{first}{rng.randrange(100)}", f"{first[0]}{last}")
    )
    detail = "plain"
    if rng.random() < 0.2:
        user, detail = f"{user}+{rng.choice(('orders', 'promo', 'travel'))}", "sub_address"
    free = data["free_email"].get(country)
    if free and rng.random() < 0.5:
        return f"{user}@{rng.choice(free)}", detail
    suffixes = data["domain_suffix"].get(country, ["com", "net", "org"])
    word = _ascii_name(rng.choice(data["last_name"]))
    suffix = rng.choice(suffixes)
    return f"{user}@{word}.{suffix}", "idn" if not suffix.isascii() else detail


def ip(rng: random.Random) -> tuple[str, str]:
    """A public-looking IPv4 address (first octet 1-223) or a global unicast IPv6 address
    (2000::/3) as RFC 5952 writes it."""
    if rng.random() < 0.6:
        return str(ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))), "ipv4"
    bits = (rng.randrange(0x2000, 0x4000) << 112) | rng.getrandbits(64)
    return str(ipaddress.IPv6Address(bits)), "ipv6"


def make_value(entity: str, country: str, rng: random.Random) -> tuple[str, str]:
    """(value as written, detail) of ``entity`` for a datafaker country."""
    if entity == "PHONE_NUMBER":
        return phone(country, rng)
    if entity == "CREDIT_CARD":
        return card(rng)
    if entity == "IBAN_CODE":
        return iban(rng)
    if entity == "EMAIL_ADDRESS":
        return email(country, rng)
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

    def phrase(self, template: str, value: str) -> None:
        before, after = template.split("{}")
        self.add(before)
        self.value(value)
        self.add(after)

    def done(self) -> tuple[str, list[int]]:
        return "".join(self.parts), self.starts


def _person(rng: random.Random) -> str:
    data = datafaker()
    return f"{rng.choice(data['first_name'])} {rng.choice(data['last_name'])}"


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)


def _time(rng: random.Random) -> str:
    return f"{rng.randint(7, 22):02d}:{rng.randrange(60):02d}"


def _label(entity: str, lang: str, rng: random.Random) -> str:
    return rng.choice(PHONE_LABELS[lang] if entity == "PHONE_NUMBER" else LABELS[entity])


def chat_export(entries: list[Entry], lang: str, rng: random.Random) -> tuple[str, list[int]]:
    """A WhatsApp export (``[d/m/yy, hh:mm:ss] Name: text``) or a Telegram one (``Name, [dd.mm.yy
    hh:mm]`` then the text on its own line)."""
    b = Block()
    y, m, d = _date(rng)
    names = [_person(rng) for _ in range(2)]
    whatsapp = rng.random() < 0.5

    def head(who: str) -> str:
        t = f"{_time(rng)}:{rng.randrange(60):02d}"
        if whatsapp:
            return f"[{d}/{m}/{y % 100:02d}, {t}] {who}: "
        return f"{who}, [{d:02d}.{m:02d}.{y % 100:02d} {t[:5]}]\n"

    b.add(
        f"{head(names[0])}are we still on for {rng.randint(5, 9)} pm? "
        f"table for {rng.randint(2, 8)}\n"
    )
    b.add(f"{head(names[1])}<Media omitted>\n" if whatsapp else f"{head(names[1])}[Photo]\n")
    for entity, value in entries:
        b.add(head(names[1]))
        b.phrase(rng.choice(PHRASES[entity]), value)
        b.add("\n")
    b.add(f"{head(names[0])}ok thanks, it was {rng.randint(12, 90)}.{rng.randrange(100):02d} total")
    return b.done()


def classified_ad(entries: list[Entry], lang: str, rng: random.Random) -> tuple[str, list[int]]:
    """A classified ad: title with a price, a description with a year and a size, contact
    values after a label or in a call-to-action, the ad's number."""
    b = Block()
    item, year = rng.choice(ITEMS), rng.randint(2012, 2024)
    b.add(f"FOR SALE: {item} ({year}) - {rng.randint(2, 90) * 10} EUR o.n.o.\n")
    b.add(f"Good condition, bought {year}, size {rng.randint(36, 62)}, pickup only.\n")
    for entity, value in entries:
        if entity == "PHONE_NUMBER" and rng.random() < 0.5:
            b.add(rng.choice(("Call or text ", "WhatsApp: ", "Serious buyers only, ")))
        else:
            b.add(f"{_label(entity, lang, rng)}: ")
        b.value(value)
        b.add("\n")
    b.add(f"Ad no. {rng.randint(100000, 9999999)} | posted {_date(rng)[2]}.{_date(rng)[1]}.")
    return b.done()


def bullet_list(entries: list[Entry], lang: str, rng: random.Random) -> tuple[str, list[int]]:
    """A Markdown bullet list of contacts: a bold name, then nested bullets or one line with
    the values after an em dash."""
    b = Block()
    b.add(f"## Contacts (updated {'-'.join(map(str, _date(rng)))})\n\n")
    b.add(f"- **Room booking**: ext. {rng.randint(100, 999)}, floor {rng.randint(1, 9)}\n")
    bullet = rng.choice(("-", "*", "+"))
    b.add(f"{bullet} **{_person(rng)}**")
    nested = rng.random() < 0.5
    for i, (entity, value) in enumerate(entries):
        if nested:
            b.add(f"\n  {bullet} {_label(entity, lang, rng)}: ")
        else:
            b.add(" — " if i == 0 else ", ")
        b.value(value)
    b.add(f"\n{bullet} Next review: v{rng.randint(1, 4)}.{rng.randint(0, 9)}, Q{rng.randint(1, 4)}")
    return b.done()


def _hyphenate(words: list[str], width: int, rng: random.Random) -> str:
    """Words set in lines of about ``width`` characters, a long word split with a hyphen
    where it crosses the margin, as text extracted from a typeset PDF reads."""
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) + 1 > width and len(word) > 7 and rng.random() < 0.7:
            cut = rng.randint(3, len(word) - 3)
            lines.append(f"{line} {word[:cut]}-".strip())
            line = word[cut:]
        elif len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def pdf_text(entries: list[Entry], lang: str, rng: random.Random) -> tuple[str, list[int]]:
    """Text extracted from a PDF: a running header with a page number, a paragraph hyphenated
    across lines, the values on lines of a contact paragraph, a footer."""
    b = Block()
    page, total = rng.randint(2, 40), rng.randint(41, 90)
    y = _date(rng)[0]
    b.add(f"Annual Report {y}                                   Page {page} of {total}\n")
    b.add(_hyphenate(PDF_PARAGRAPH.split(), rng.randint(38, 60), rng) + "\n")
    for entity, value in entries:
        if rng.random() < 0.6:
            b.add(f"{_label(entity, lang, rng)} ")
        else:
            b.add(rng.choice(("For enquiries: ", "Contact: ", "")))
        b.value(value)
        b.add("\n")
    b.add(
        f"Table {rng.randint(1, 9)}.{rng.randint(1, 9)}: budget "
        f"{rng.randint(10, 99)},{rng.randrange(1000):03d} EUR\n"
    )
    b.add(f"- {page} -")
    return b.done()


def directory(entries: list[Entry], lang: str, rng: random.Random) -> tuple[str, list[int]]:
    """A business-directory listing: name, rating and reviews, address, opening hours, the
    values each on a line of their own with or without a label, links."""
    b = Block()
    rating = rng.randint(30, 50) / 10
    b.add(f"{rng.choice(SHOPS)} {_person(rng).split()[1]}\n")
    b.add(f"{rating} ★ ({rng.randint(3, 900)} reviews) · €€\n")
    b.add(f"{rng.randint(1, 200)} Market Street · {rng.randint(10000, 99999)}\n")
    b.add(f"Open today {rng.randint(7, 9):02d}:00–{rng.randint(17, 20)}:00\n")
    for entity, value in entries:
        if rng.random() < 0.5:
            b.add(f"{_label(entity, lang, rng)}: ")
        b.value(value)
        b.add("\n")
    b.add("Website · Directions · Save")
    return b.done()


def html_form(entries: list[Entry], lang: str, rng: random.Random) -> tuple[str, list[int]]:
    """A filled HTML form: each value in an ``<input ... value="...">`` after its ``<label>``
    (or with none), a hidden order id and a version."""
    b = Block()
    b.add(f'<form method="post" action="/checkout/step{rng.randint(2, 4)}">\n')
    b.add(f'  <input type="hidden" name="order_id" value="{rng.randint(100000, 9999999)}">\n')
    for entity, value in entries:
        field = rng.choice(FORM_FIELDS[entity])
        if rng.random() < 0.5:
            b.add(f"  <label>{_label(entity, lang, rng)}</label>\n")
        b.add(f'  <input {field} value="')
        b.value(value)
        b.add('">\n')
    b.add(f'  <input type="hidden" name="v" value="{rng.randint(1, 5)}.{rng.randint(0, 20)}">\n')
    b.add("</form>")
    return b.done()


def sms(entries: list[Entry], lang: str, rng: random.Random) -> tuple[str, list[int]]:
    """An SMS inbox export: ``date time | direction | contact | text``, a verification code
    and a delivery notice among the messages."""
    b = Block()
    y, m, d = _date(rng)
    who = _person(rng)

    def head(direction: str) -> str:
        return f"{y}-{m:02d}-{d:02d} {_time(rng)} | {direction} | "

    b.add(f"{head('in')}BANK | Your code is {rng.randint(100000, 999999)}. Valid 10 min.\n")
    for entity, value in entries:
        b.add(f"{head(rng.choice(('in', 'out')))}{who} | ")
        b.phrase(rng.choice(PHRASES[entity]), value)
        b.add("\n")
    b.add(f"{head('in')}DHL | Parcel {rng.randint(10**9, 10**10 - 1)} arrives {d + 1}/{m}")
    return b.done()


def subtitles(entries: list[Entry], lang: str, rng: random.Random) -> tuple[str, list[int]]:
    """SRT subtitles: a cue number, ``hh:mm:ss,mmm --> hh:mm:ss,mmm``, the spoken line."""
    b = Block()
    cue, at = rng.randint(1, 400), rng.randint(60, 5000)

    def timing() -> str:
        nonlocal at
        start, at = at, at + rng.randint(2, 6)

        def clock(s: int) -> str:
            return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d},{rng.randrange(1000):03d}"

        return f"{clock(start)} --> {clock(at)}"

    b.add(f"{cue}\n{timing()}\nWe close at {rng.randint(5, 9)}, don't be late.\n\n")
    for i, (entity, value) in enumerate(entries, 1):
        b.add(f"{cue + i}\n{timing()}\n")
        b.phrase(rng.choice(PHRASES[entity]), value)
        b.add("\n\n")
    b.add(f"{cue + len(entries) + 1}\n{timing()}\nSee you on day {rng.randint(1, 28)}.")
    return b.done()


def bbcode(entries: list[Entry], lang: str, rng: random.Random) -> tuple[str, list[int]]:
    """A BBCode forum post: a ``[quote]``, bold labels, an ``[email]`` tag, values in the
    text or after a label, a signature with a version."""
    b = Block()
    b.add(
        f'[quote="{_person(rng).split()[0]}"]Anyone selling the {rng.choice(ITEMS)}? '
        f"Budget {rng.randint(50, 500)} EUR[/quote]\n"
    )
    for entity, value in entries:
        style = rng.random()
        if entity == "EMAIL_ADDRESS" and style < 0.5:
            b.add("PM me or mail [email]")
            b.value(value)
            b.add("[/email]")
        elif style < 0.6:
            b.add(f"[b]{_label(entity, lang, rng)}:[/b] ")
            b.value(value)
        else:
            b.phrase(rng.choice(PHRASES[entity]).capitalize(), value)
        b.add("\n")
    b.add(f"[size=85][i]Posted from app v{rng.randint(3, 9)}.{rng.randint(0, 30)}[/i][/size]")
    return b.done()


BLOCKS: dict[str, Callable[[list[Entry], str, random.Random], tuple[str, list[int]]]] = {
    "chat_export": chat_export,
    "classified_ad": classified_ad,
    "bullet_list": bullet_list,
    "pdf_text": pdf_text,
    "directory": directory,
    "html_form": html_form,
    "sms": sms,
    "subtitles": subtitles,
    "bbcode": bbcode,
}


@functools.cache
def sentences(language: str) -> tuple[str, ...]:
    """Real sentences: Multilingual HateCheck's non-hateful cases of ``language`` that quote
    no hateful statement, or the non-toxic Fox News comments for English, one line each."""
    csv.field_size_limit(1 << 24)
    if language == "en":
        path, keep = SHARED / "toxicity" / "fox-news-comments-en.csv", lambda r: True
    else:
        path = SHARED / "toxicity" / "multilingual-hatecheck.csv"

        def keep(r: dict[str, str]) -> bool:
            return r["lang"] == language and r["functionality"] in NEUTRAL_FUNCTIONS

    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["toxic"] == "0" and keep(r)]
    texts = [" ".join(r["text"].split()) for r in rows]
    return tuple(t for t in texts if 10 <= len(t) <= 500)


def record(split: str, locale: str, layout: str, n: int) -> dict[str, Any]:
    """One record of a locale of ``locales()``, seeded by its own coordinates: a phone of the
    country and one other value in a ``layout`` block between real sentences."""
    from make_pii_eval import coordinates_rng, page_languages, personal_phone, record_fields

    rng = coordinates_rng(split, locale, layout, n)
    country = locale.removeprefix("df:")
    lang = CONTEXT_LANGUAGE.get(country, "en")
    other = rng.choice([e for e, w in OTHER_WEIGHTS.items() for _ in range(w)])
    values = [("PHONE_NUMBER", *make_value("PHONE_NUMBER", country, rng))]
    values.append((other, *make_value(other, country, rng)))
    rng.shuffle(values)
    block, starts = BLOCKS[layout]([(e, v) for e, v, _ in values], lang, rng)
    pool = sentences(lang)
    before = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 3)))
    after = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 3)))
    offset = len(before) + 1
    text = f"{before}\n{block}\n{after}"
    spans, distractors = [], []
    for (entity, value, detail), at in zip(values, starts, strict=True):
        span = [offset + at, offset + at + len(value), entity, detail]
        if entity == "PHONE_NUMBER" and not personal_phone(value, country):
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

    write_part(path, generate("held_out_9", per_locale), named=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-locale", type=int, default=4)
    args = parser.parse_args()
    write(DATA, args.per_locale)
    print(DATA)


if __name__ == "__main__":
    main()
