"""A seeded PII evaluation set, in two parts: one to tune on, one held out.

The shared presidio-research set shaped the recognizers, so it measures what was tuned. This
generator makes text the recognizers were not written against: Faker values of many locales
(every card network Faker knows plus ISO/IEC 7812 networks it does not, the phone formats of
each locale, IBANs of every country of the SWIFT registry, IPv4/IPv6, e-mails with
sub-addresses and internationalised domains, US SSNs) in three layouts:

  sentence  a sentence of a template of our own around the value
  form      a label on one line, the value on the next (contact blocks, order forms)
  web       a sentence or form block inserted between paragraphs of a real extracted web page
            (``../shared/data/html``), so the text around it is real

Each record is ``{id, split, layout, locale, text, spans: [[start, end, entity, detail]],
region: [start, end]}``; ``region`` is the inserted text in a web page (predictions outside it
are the page's own and are counted apart), the whole text otherwise.

Two parts, fixed before any tuning and never mixed:
  dev       locales, templates, labels and pages looked at while the recognizers were tuned
  held_out  other locales (whose Faker formats were never printed while tuning), other
            templates and labels, other pages: written before tuning and scored once; its
            misses were read afterwards, so it is a held-out figure only for the code it
            first scored
  held_out_2  a second round, written after that first score and before its misses were
            read: other locales and templates again (the held-out pages); the held-out
            figure for the code that followed

    python scripts/make_pii_eval.py [--split dev|held_out|held_out_2] [--out FILE.jsonl]

Deterministic for a given Faker version (the seed is derived from split and locale).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import ipaddress
import json
import random
import string
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
CACHE = ROOT / ".cache" / "pii_eval"

# -- locales ------------------------------------------------------------------------------------
# dev: the locales whose Faker phone formats were printed and read while tuning.
DEV_LOCALES = (
    *("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "ja_JP"),
    *("en_IN", "en_AU", "sv_SE", "da_DK", "no_NO", "fi_FI", "cs_CZ", "hu_HU", "ro_RO", "pt_PT"),
    *("tr_TR", "el_GR", "ru_RU", "uk_UA", "ko_KR", "zh_CN", "en_CA", "de_AT", "nl_BE", "en_NZ"),
)
# held out: never printed or read while tuning.
HELD_OUT_LOCALES = (
    *("de_CH", "it_CH", "es_AR", "es_CL", "es_CO", "lt_LT", "lv_LV", "sl_SI", "az_AZ", "ka_GE"),
    *("hy_AM", "mk_MK", "zh_TW", "ar_AE", "bn_BD", "hi_IN"),
)
# held out, second round: written after the first held-out figure was taken and before its
# misses were read; the first round's misses were then read and fixed, so only this one is
# still held out after that.
HELD_OUT_2_LOCALES = (
    *("am_ET", "ar_JO", "bs_BA", "de_LU", "fa_IR", "fr_DZ", "ne_NP", "ta_IN", "tw_GH", "uz_UZ"),
    *("mr_IN", "ar_PS"),
)
SPLITS = {"dev": DEV_LOCALES, "held_out": HELD_OUT_LOCALES, "held_out_2": HELD_OUT_2_LOCALES}

# -- card networks ------------------------------------------------------------------------------
# Faker's (every locale's credit_card provider is visited) plus ISO/IEC 7812 networks and lengths
# Faker does not make: (name, IIN prefixes, lengths).
EXTRA_NETWORKS = (
    ("rupay", ("60", "65", "81", "82", "508"), (16,)),
    ("unionpay_long", ("62",), (17, 18, 19)),
    ("maestro_long", ("6759", "6761", "6763", "5018"), (13, 15, 19)),
    ("discover_644", ("644", "645", "646", "647", "648", "649"), (16,)),
    ("mastercard_2series", ("2221", "2500", "2720"), (16,)),
    ("troy", ("9792",), (16,)),
    ("elo", ("636368", "504175"), (16,)),
    ("verve", ("506099", "650002"), (16, 19)),
)

# -- IBAN registry ------------------------------------------------------------------------------
# The SWIFT IBAN registry's BBAN structure per country: n digits, a upper-case letters,
# c letters or digits. Written here independently of the recognizer's own length table, so each
# checks the other.
IBAN_BBAN = {
    **{"AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c"},
    **{"BA": "3n3n8n2n", "BE": "3n7n2n", "BG": "4a4n2n8c", "BH": "4a14c", "BI": "5n5n11n2n"},
    **{"BR": "8n5n10n1a1c", "BY": "4c4n16c", "CH": "5n12c", "CR": "4n14n", "CY": "3n5n16c"},
    **{"CZ": "4n6n10n", "DE": "8n10n", "DJ": "5n5n11n2n", "DK": "4n9n1n", "DO": "4c20n"},
    **{"EE": "2n14n", "EG": "4n4n17n", "ES": "4n4n1n1n10n", "FI": "3n11n", "FK": "2a12n"},
    **{"FO": "4n9n1n", "FR": "5n5n11c2n", "GB": "4a6n8n", "GE": "2a16n", "GI": "4a15c"},
    **{"GL": "4n9n1n", "GR": "3n4n16c", "GT": "4c20c", "HN": "4a20n", "HR": "7n10n"},
    **{"HU": "3n4n1n15n1n", "IE": "4a6n8n", "IL": "3n3n13n", "IQ": "4a3n12n", "IS": "4n2n6n10n"},
    **{"IT": "1a5n5n12c", "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c"},
    **{"LC": "4a24c", "LI": "5n12c", "LT": "5n11n", "LU": "3n13c", "LV": "4a13c"},
    **{"LY": "3n3n15n", "MC": "5n5n11c2n", "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n"},
    **{"MN": "4n12n", "MR": "5n5n11n2n", "MT": "4a5n18c", "MU": "4a2n2n12n3n3a", "NI": "4a20n"},
    **{"NL": "4a10n", "NO": "4n6n1n", "OM": "3n16c", "PK": "4a16c", "PL": "8n16n"},
    **{"PS": "4a21c", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c", "RS": "3n13n2n"},
    **{"RU": "9n5n15c", "SA": "2n18c", "SC": "4a2n2n16n3a", "SD": "2n12n", "SE": "3n16n1n"},
    **{"SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c", "SO": "4n3n12n", "ST": "4n4n11n2n"},
    **{"SV": "4a20n", "TL": "3n14n2n", "TN": "2n3n13n2n", "TR": "5n1n16c", "UA": "6n19c"},
    **{"VA": "3n15n", "VG": "4a16n", "XK": "4n10n2n", "YE": "4a4n18c"},
}

# -- templates ----------------------------------------------------------------------------------
# {v} is the value. Each split has its own sentences, form labels and cue words.
SENTENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "held_out_2": {
        "PHONE_NUMBER": (
            "Appointments: please phone {v} on weekdays.",
            "For urgent matters my cell is {v}.",
            "Call the front desk ({v}) to extend your stay.",
            "He left his number, {v}, with the receptionist.",
            "SMS only: {v}",
            "Dial {v} and press 2 for sales.",
            "Our helpline {v} answers within a minute.",
            "Whatsapp/Viber: {v}",
        ),
        "EMAIL_ADDRESS": (
            "Questions go to {v} and are answered within a day.",
            "mailto:{v}",
            "I am at {v} until the end of June.",
            "CC: {v}",
        ),
        "CREDIT_CARD": (
            "Card on file: {v}",
            "The charge on {v} was reversed.",
            "Use card {v} for the taxi fares.",
            "Please update the expired card {v} in your profile.",
        ),
        "IBAN_CODE": (
            "Wire the deposit to {v} before the 5th.",
            "Beneficiary IBAN {v}",
            "The salary is paid to {v}.",
        ),
        "IP_ADDRESS": (
            "Connection refused by {v} on port 22.",
            "The VPN assigned me {v} today.",
            "Whitelisted address: {v}",
        ),
        "US_SSN": (
            "Employee SSN {v} on the W-2.",
            "Please confirm the social security number {v}.",
            "SSN# {v}",
        ),
    },
    "dev": {
        "PHONE_NUMBER": (
            "For bookings call {v} between 9 and 5.",
            "Phone: {v}",
            "You can reach our office on {v}.",
            "Send text messages to {v} if the line is busy.",
            "My number is {v}, ring any time after six.",
            "The phone registered to the account is {v}.",
            "Tel. {v} (weekdays only)",
            "Questions? Give us a call at {v} or drop by.",
            "Mobile {v}",
            "Contact: Anna, {v}",
        ),
        "EMAIL_ADDRESS": (
            "Write to {v} for a copy of the minutes.",
            "Email: {v}",
            "Send your CV to {v} before Friday.",
            "My address is {v} (personal).",
            "Reply to {v}; the old inbox is closed.",
        ),
        "CREDIT_CARD": (
            "Paid with card {v}, expiry 08/27.",
            "Card number: {v}",
            "Please charge {v} for the deposit.",
            "The refund went to the credit card {v}.",
            "Visa/Mastercard: {v}",
        ),
        "IBAN_CODE": (
            "Please transfer the fee to IBAN {v}.",
            "IBAN: {v}",
            "Bank account {v}, reference 2024-17.",
            "Payments go to {v} (our club account).",
        ),
        "IP_ADDRESS": (
            "The login came from {v} at 03:12.",
            "Server IP: {v}",
            "Blocked host {v} after five failed attempts.",
            "ping {v} answers in 12 ms",
        ),
        "US_SSN": (
            "SSN: {v}",
            "Her social security number is {v}.",
            "Applicant SSN {v} was verified.",
        ),
    },
    "held_out": {
        "PHONE_NUMBER": (
            "If nobody answers, leave a voicemail on {v} and we call back.",
            "Reservations by telephone only: {v}.",
            "WhatsApp me on {v} when you arrive.",
            "The hotline ({v}) is free of charge.",
            "Fax {v}",
            "Ring me on my mobile, {v}, not the landline.",
            "Customer care number {v} is open round the clock.",
            "I can be reached at {v} most evenings.",
            "Text me: {v}",
            "Our new switchboard number: {v}",
        ),
        "EMAIL_ADDRESS": (
            "Complaints can be emailed to {v} within 14 days.",
            "Contact e-mail {v}",
            "Forward the receipt to {v}, thanks!",
            "She signs her letters with {v}.",
            "Subscribe by writing to {v} with 'join' as subject.",
        ),
        "CREDIT_CARD": (
            "The booking was guaranteed by the card ending in a full number {v}.",
            "Debit card no. {v} has been blocked.",
            "Cardholder number {v} (exp. 11/29, CVV on file)",
            "I paid the invoice with {v} yesterday.",
            "Credit card {v} declined.",
        ),
        "IBAN_CODE": (
            "Donations are welcome on account {v}.",
            "Our bank details: {v} (BIC on request).",
            "Rent is paid into {v} each month.",
            "Bankverbindung {v}",
        ),
        "IP_ADDRESS": (
            "Requests from {v} were rate limited.",
            "The printer answers on {v} in the office network.",
            "Last seen at address {v}.",
            "curl http://{v}/status",
        ),
        "US_SSN": (
            "Social Security No. {v}",
            "The form asks for the SSN ({v}) and a date of birth.",
            "Tax ID (SSN): {v}",
        ),
    },
}

# Form labels per language: the label line, then the value line.
FORM_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "held_out_2": {
        "en": {
            "PHONE_NUMBER": "Telephone",
            "EMAIL_ADDRESS": "Email address",
            "CREDIT_CARD": "Credit card no.",
            "IBAN_CODE": "IBAN",
            "IP_ADDRESS": "IP",
            "US_SSN": "SSN",
        },
        "de": {"PHONE_NUMBER": "Telefonnummer", "EMAIL_ADDRESS": "E-Mail-Adresse"},
        "fr": {"PHONE_NUMBER": "Tél.", "EMAIL_ADDRESS": "Adresse e-mail"},
        "ar": {"PHONE_NUMBER": "هاتف", "EMAIL_ADDRESS": "البريد"},
        "fa": {"PHONE_NUMBER": "تلفن", "EMAIL_ADDRESS": "ایمیل"},
        "bs": {"PHONE_NUMBER": "Telefon", "EMAIL_ADDRESS": "E-mail"},
    },
    "dev": {
        "en": {
            "PHONE_NUMBER": "Phone:",
            "EMAIL_ADDRESS": "Email:",
            "CREDIT_CARD": "Card number:",
            "IBAN_CODE": "IBAN:",
            "IP_ADDRESS": "IP address:",
            "US_SSN": "SSN:",
        },
        "de": {
            "PHONE_NUMBER": "Telefon:",
            "EMAIL_ADDRESS": "E-Mail:",
            "CREDIT_CARD": "Kreditkarte:",
            "IBAN_CODE": "IBAN:",
            "IP_ADDRESS": "IP-Adresse:",
        },
        "fr": {
            "PHONE_NUMBER": "Téléphone :",
            "EMAIL_ADDRESS": "Courriel :",
            "CREDIT_CARD": "Carte bancaire :",
            "IBAN_CODE": "IBAN :",
        },
        "es": {"PHONE_NUMBER": "Teléfono:", "EMAIL_ADDRESS": "Correo:", "IBAN_CODE": "IBAN:"},
        "it": {"PHONE_NUMBER": "Telefono:", "EMAIL_ADDRESS": "Email:", "IBAN_CODE": "IBAN:"},
        "nl": {"PHONE_NUMBER": "Telefoon:", "EMAIL_ADDRESS": "E-mail:", "IBAN_CODE": "IBAN:"},
        "pl": {"PHONE_NUMBER": "Telefon:", "EMAIL_ADDRESS": "E-mail:"},
        "pt": {"PHONE_NUMBER": "Telefone:", "EMAIL_ADDRESS": "E-mail:"},
        "ja": {"PHONE_NUMBER": "電話番号:", "EMAIL_ADDRESS": "メール:"},
        "sv": {"PHONE_NUMBER": "Telefon:", "EMAIL_ADDRESS": "E-post:"},
        "da": {"PHONE_NUMBER": "Telefon:", "EMAIL_ADDRESS": "E-mail:"},
        "no": {"PHONE_NUMBER": "Telefon:", "EMAIL_ADDRESS": "E-post:"},
        "fi": {"PHONE_NUMBER": "Puhelin:", "EMAIL_ADDRESS": "Sähköposti:"},
        "cs": {"PHONE_NUMBER": "Telefon:", "EMAIL_ADDRESS": "E-mail:"},
        "hu": {"PHONE_NUMBER": "Telefon:", "EMAIL_ADDRESS": "E-mail:"},
        "ro": {"PHONE_NUMBER": "Telefon:", "EMAIL_ADDRESS": "E-mail:"},
        "tr": {"PHONE_NUMBER": "Telefon:", "EMAIL_ADDRESS": "E-posta:"},
        "el": {"PHONE_NUMBER": "Τηλέφωνο:", "EMAIL_ADDRESS": "Email:"},
        "ru": {"PHONE_NUMBER": "Телефон:", "EMAIL_ADDRESS": "Эл. почта:"},
        "uk": {"PHONE_NUMBER": "Телефон:", "EMAIL_ADDRESS": "Ел. пошта:"},
        "ko": {"PHONE_NUMBER": "전화:", "EMAIL_ADDRESS": "이메일:"},
        "zh": {"PHONE_NUMBER": "电话:", "EMAIL_ADDRESS": "电子邮件:"},
    },
    "held_out": {
        "en": {
            "PHONE_NUMBER": "Cell",
            "EMAIL_ADDRESS": "E-mail address",
            "CREDIT_CARD": "Payment card",
            "IBAN_CODE": "Account (IBAN)",
            "IP_ADDRESS": "Client IP",
            "US_SSN": "Social Security Number",
        },
        "de": {"PHONE_NUMBER": "Natel", "EMAIL_ADDRESS": "Mail", "IBAN_CODE": "Konto"},
        "it": {"PHONE_NUMBER": "Cellulare", "EMAIL_ADDRESS": "Posta elettronica"},
        "es": {
            "PHONE_NUMBER": "Celular",
            "EMAIL_ADDRESS": "Correo electrónico",
            "IBAN_CODE": "Cuenta",
        },
        "lt": {"PHONE_NUMBER": "Telefonas", "EMAIL_ADDRESS": "El. paštas"},
        "lv": {"PHONE_NUMBER": "Tālrunis", "EMAIL_ADDRESS": "E-pasts"},
        "sl": {"PHONE_NUMBER": "Telefon", "EMAIL_ADDRESS": "E-pošta"},
        "az": {"PHONE_NUMBER": "Telefon", "EMAIL_ADDRESS": "E-poçt"},
        "ka": {"PHONE_NUMBER": "ტელეფონი", "EMAIL_ADDRESS": "ელ-ფოსტა"},
        "hy": {"PHONE_NUMBER": "Հեռախոս", "EMAIL_ADDRESS": "Էլ. փոստ"},
        "mk": {"PHONE_NUMBER": "Телефон", "EMAIL_ADDRESS": "Е-пошта"},
        "zh": {"PHONE_NUMBER": "電話", "EMAIL_ADDRESS": "電郵"},
        "ar": {"PHONE_NUMBER": "الهاتف", "EMAIL_ADDRESS": "البريد الإلكتروني"},
        "hi": {"PHONE_NUMBER": "फ़ोन", "EMAIL_ADDRESS": "ईमेल"},
        "bn": {"PHONE_NUMBER": "ফোন", "EMAIL_ADDRESS": "ইমেইল"},
    },
}
# The punctuation after a form label, per split: dev labels carry their own colon.
FORM_LABEL_ENDS = {"dev": ("",), "held_out": (":", "", " :", " -"), "held_out_2": (":", "")}
# Fields around the value in a form, so that the block looks like a real one.
FORM_FILLERS = {
    "dev": ("Name:\nMaria Keller", "Date:\n12 March 2024", "Order no.:\nA-5531"),
    "held_out": ("Customer\nJ. Novak", "Delivery\nNext Tuesday", "Ref.\nKX 44"),
    "held_out_2": ("Guest\nL. Haddad", "Room\n214", "Arrival\nSunday"),
}
# Internationalised domain labels (written in the script of the language) and TLDs.
IDN_LABELS = {
    "dev": ("bücher", "müller-bau", "café-paris", "señales", "почта", "例え", "δοκιμή", "한국어"),
    "held_out": ("zürich-bäcker", "niño", "mākslа", "пример", "საიტი", "Հայ", "例子", "مثال"),
    "held_out_2": ("straße", "école", "уеб", "موقع", "पता", "adresă"),
}
IDN_TLDS = {
    "dev": ("de", "fr", "es", "рф", "jp", "gr", "한국", "com"),
    "held_out": ("ch", "ar", "lv", "мкд", "გე", "հայ", "台灣", "امارات"),
    "held_out_2": ("lu", "dz", "бг", "ایران", "भारत", "com"),
}
SUB_ADDRESS_TAGS = {
    "dev": ("news", "shop", "2024"),
    "held_out": ("bills", "travel", "x7"),
    "held_out_2": ("work", "list-a"),
}


# -- values ---------------------------------------------------------------------------------------


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    """A number of ``length`` digits starting with ``prefix`` whose Luhn check digit is right."""
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def faker_networks() -> dict[str, tuple[tuple[str, ...], int, str]]:
    """Every card type of each locale's credit_card provider: name -> (prefixes, length, locale)."""
    import pkgutil

    import faker.providers.credit_card as credit_card
    from faker import Faker

    networks: dict[str, tuple[tuple[str, ...], int, str]] = {}
    for loc in ["en_US"] + sorted(m.name for m in pkgutil.iter_modules(credit_card.__path__)):
        fake = Faker(loc)
        provider = next(p for p in fake.providers if "credit_card" in type(p).__module__)
        for key, card in provider.credit_card_types.items():
            networks.setdefault(f"{loc}:{key}", (tuple(card.prefixes), card.length, loc))
    return networks


def format_card(number: str, rng: random.Random) -> str:
    """Digits as people write them: one run, or groups of four (amex/diners: 4-6-5, 4-6-4)."""
    style = rng.choice(("plain", "space", "dash", "space", "groups"))
    if style == "plain":
        return number
    if style == "groups" and len(number) in (14, 15):
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    sep = "-" if style == "dash" else " "
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def iban(country: str, rng: random.Random) -> str:
    """A registry-shaped IBAN of ``country`` with a correct ISO 7064 mod-97 check."""
    bban = []
    spec = IBAN_BBAN[country]
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        count, num = int(num), ""
        pool = {"n": string.digits, "a": string.ascii_uppercase}.get(ch)
        for _ in range(count):
            if pool is None:  # c: mostly digits, as real account numbers are
                pool_c = string.ascii_uppercase if rng.random() < 0.25 else string.digits
                bban.append(rng.choice(pool_c))
            else:
                bban.append(rng.choice(pool))
    body = "".join(bban)
    rearranged = body + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in rearranged)) % 97
    return f"{country}{check:02d}{body}"


def format_iban(value: str, rng: random.Random) -> str:
    style = rng.choice(("compact", "print", "print", "lower_print"))
    if style == "compact":
        return value
    grouped = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return grouped.lower() if style == "lower_print" else grouped


class ValueMaker:
    """Values of each entity for one split and locale, from one seeded Faker and RNG."""

    def __init__(self, split: str, locale: str, seed: int):
        from faker import Faker

        self.split = split
        self.locale = locale
        self.rng = random.Random(seed)
        self.fake = Faker(locale)
        self.fake.seed_instance(seed)
        self.us = Faker("en_US")
        self.us.seed_instance(seed + 1)
        self.networks = sorted(faker_networks().items())

    def make(self, entity: str) -> tuple[str, str]:
        """(value as written, detail: network, country, format...)."""
        rng = self.rng
        if entity == "PHONE_NUMBER":
            return self.fake.phone_number(), self.locale
        if entity == "EMAIL_ADDRESS":
            return self._email()
        if entity == "CREDIT_CARD":
            if rng.random() < 0.7:
                name, (prefixes, length, _) = rng.choice(self.networks)
            else:
                name, prefixes, lengths = rng.choice(EXTRA_NETWORKS)
                length = rng.choice(lengths)
            prefix = rng.choice(prefixes).replace("#", str(rng.randrange(10)))
            prefix = prefix.replace("%", str(rng.randrange(10)))
            return format_card(luhn_complete(prefix, length, rng), rng), f"{name}/{length}"
        if entity == "IBAN_CODE":
            country = rng.choice(sorted(IBAN_BBAN))
            return format_iban(iban(country, rng), rng), country
        if entity == "IP_ADDRESS":
            kind = rng.choice(("v4", "v4", "v6", "v6c"))
            if kind == "v4":
                return self.fake.ipv4_public(), "ipv4"
            address = ipaddress.IPv6Address(self.fake.ipv6())
            if kind == "v6c":  # with a run of zero groups, compressed ("2001:db8::1")
                groups = address.exploded.split(":")
                start = rng.randrange(1, 5)
                for i in range(start, start + rng.randrange(2, 4)):
                    groups[i] = "0000"
                return str(ipaddress.IPv6Address(":".join(groups))), "ipv6_compressed"
            return str(address), "ipv6"
        if entity == "US_SSN":
            ssn = self.us.ssn()
            style = rng.choice(("dash", "dash", "dash", "space"))
            return (ssn.replace("-", " ") if style == "space" else ssn), style
        raise ValueError(entity)

    def _email(self) -> tuple[str, str]:
        rng = self.rng
        user = self.fake.user_name()
        kind = rng.choice(("plain", "sub", "idn", "plain", "sub"))
        if kind == "sub":
            user = f"{user}+{rng.choice(SUB_ADDRESS_TAGS[self.split])}"
        if kind == "idn":
            label = rng.choice(IDN_LABELS[self.split])
            domain = f"{label}.{rng.choice(IDN_TLDS[self.split])}"
        else:
            domain = rng.choice((self.fake.free_email_domain(), self.fake.domain_name()))
        return f"{user}@{domain}", kind


# -- layouts --------------------------------------------------------------------------------------

ENTITIES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN")
# entities per record of a locale: phones are locale-bound and get the most
WEIGHTS = {
    "PHONE_NUMBER": 5,
    "EMAIL_ADDRESS": 2,
    "CREDIT_CARD": 2,
    "IBAN_CODE": 2,
    "IP_ADDRESS": 1,
    "US_SSN": 1,
}


def _fill(template: str, value: str) -> tuple[str, int]:
    """The template with the value, and where the value starts."""
    start = template.index("{v}")
    return template.replace("{v}", value), start


def sentence(split: str, entity: str, value: str, rng: random.Random) -> tuple[str, int]:
    return _fill(rng.choice(SENTENCES[split][entity]), value)


def form(
    split: str, lang: str, entity: str, value: str, rng: random.Random
) -> tuple[str, int] | None:
    labels = FORM_LABELS[split].get(lang, {})
    if entity not in labels:
        labels = FORM_LABELS[split]["en"]
        if entity not in labels:
            return None
    label = labels[entity] + rng.choice(FORM_LABEL_ENDS[split])
    before = rng.choice(FORM_FILLERS[split]) + "\n" if rng.random() < 0.6 else ""
    after = "\n" + rng.choice(FORM_FILLERS[split]) if rng.random() < 0.6 else ""
    text = f"{before}{label}\n{value}{after}"
    return text, len(before) + len(label) + 1


def pages(split: str, cache: Path = CACHE) -> list[dict[str, Any]]:
    """Real pages of ``../shared/data/html`` as the pipeline's extractor gives them, split by
    a hash of the file name (dev and held-out never share a page); cached."""
    path = cache / "pages.jsonl.gz"
    if not path.exists():
        extract_pages(path)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    want = 0 if split == "dev" else 1  # held_out_2 reuses the held-out pages
    return [r for r in rows if int(hashlib.sha1(r["name"].encode()).hexdigest(), 16) % 2 == want]


def extract_pages(path: Path, shared: Path = SHARED) -> None:
    """Extract the HTML pages with the extractor of configs/local.yaml (learned)."""
    from filters.extract import HtmlExtractor

    extractor = HtmlExtractor("learned")
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = []
    with tarfile.open(shared / "html" / "trafilatura-pages.tar.gz") as tar:
        members = sorted(
            (m for m in tar.getmembers() if m.isfile() and m.name.endswith(".html")),
            key=lambda m: m.name,
        )
        for member in members:
            html = tar.extractfile(member).read()
            try:
                text = extractor.extract(html)
            except Exception:  # noqa: BLE001 - a page the extractor gives up on is not used
                continue
            if len(text) > 500:
                rows.append({"name": member.name, "text": text})
    extractor.close()
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def generate(split: str, per_locale: int = 40, cache: Path = CACHE) -> Iterator[dict[str, Any]]:
    """``per_locale`` records of each layout for each locale of ``split``."""
    web_pages = pages(split, cache)
    for locale in SPLITS[split]:
        seed = int(hashlib.sha256(f"{split}:{locale}".encode()).hexdigest()[:12], 16)
        maker = ValueMaker(split, locale, seed)
        rng = maker.rng
        lang = locale.split("_")[0]
        entities = [e for e in ENTITIES for _ in range(WEIGHTS[e])]
        for layout in ("sentence", "form", "web"):
            for n in range(per_locale):
                entity = rng.choice(entities)
                value, detail = maker.make(entity)
                piece = None
                if layout != "sentence" and rng.random() < 0.8:
                    piece = form(split, lang, entity, value, rng)
                if piece is None:
                    piece = sentence(split, entity, value, rng)
                snippet, offset = piece
                text, region = snippet, (0, len(snippet))
                if layout == "web":
                    page = rng.choice(web_pages)["text"]
                    breaks = [i for i, c in enumerate(page) if c == "\n"] or [len(page)]
                    cut = rng.choice(breaks)
                    text = page[:cut] + "\n" + snippet + "\n" + page[cut:]
                    region = (cut + 1, cut + 1 + len(snippet))
                start = region[0] + offset
                yield {
                    "id": f"{split}/{locale}/{layout}/{n}",
                    "split": split,
                    "layout": layout,
                    "locale": locale,
                    "text": text,
                    "spans": [[start, start + len(value), entity, detail]],
                    "region": list(region),
                }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="dev")
    parser.add_argument("--per-locale", type=int, default=40)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or CACHE / f"{args.split}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for record in generate(args.split, args.per_locale):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(out)


if __name__ == "__main__":
    main()
