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
distractors: [[start, end, entity, detail]], region: [start, end]}``; ``region`` is the
inserted text in a web page (predictions outside it are the page's own and are counted apart),
the whole text otherwise. ``distractors`` are values in the text that the labelling policy says
are not personal data (``personal_phone``: service, emergency and short toll-free numbers);
they are not labelled, so a prediction on one is a false positive.

Two parts, fixed before any tuning and never mixed:
  dev       locales, templates, labels and pages looked at while the recognizers were tuned
  held_out  other locales (whose Faker formats were never printed while tuning), other
            templates and labels, other pages: written before tuning and scored once; its
            misses were read afterwards, so it is a held-out figure only for the code it
            first scored
  held_out_2  a second round, written after that first score and before its misses were
            read: other locales and templates again (the held-out pages); its misses were read
            afterwards and the phone labelling policy was set with them in view
  held_out_3  a third round: every Faker locale no earlier part used (those whose Faker phones
            are US-formatted get numbers drawn from libphonenumber's metadata of their
            country instead), templates, local-language cue phrasings and form labels of its
            own, and service numbers of each country as unlabelled distractors; written and
            committed before it was first scored
  held_out_4  a fourth round from another generator, Mimesis (``MimesisValueMaker``): its
            phone formats per locale, written by other people than Faker's and independent of
            libphonenumber, its e-mails and IP addresses; card networks and lengths, SSNs
            (also as one run) and templates, local-language cue phrasings, form labels and a
            table layout of its own; each record carries the language the pipeline's langid
            gives its text, as the stage sees it in a run; written and committed before it was
            first scored
  held_out_5  a fifth round by another procedure (``generate_real_text``): countries no
            earlier part has, numbers drawn from libphonenumber's example numbers of each and
            written in styles of their own, cards of a table of published issuer ranges, real
            sentences of the country's language (lingua's Leipzig sentences) around the value,
            a label or none; written and committed before it was first scored, its misses
            read after that one score (tuning data since); its real sentences' own e-mails
            and long numbers are left unscored (``unscored_spans``)
  held_out_6  a sixth round by another procedure again (``pii_held_out_6.py``, its own
            command): faker-js's values (phone masks of its 59 locales, its card patterns
            and IBAN table) in documented data formats (vCard, ISO 20022 XML, JSON, CSV, mail
            headers, logs) between paragraphs of real text no other part uses (Wikipedia,
            news); its data are committed (``scripts/data/pii_held_out_6.jsonl.gz``) and
            scored from the file; tuning data since its one score
  held_out_7  a seventh round (``pii_held_out_7.py``, its own command): Ruby Faker's values
            in Markdown and HTML tables, YAML mappings and SQL statements between real user
            comments (the shared toxicity sets' non-toxic rows); committed
            (``scripts/data/pii_held_out_7.jsonl.gz``) before it was first scored
  held_out_8  an eighth round (``pii_held_out_8.py``, its own command): FakerPHP's values,
            a phone and one other value per record, in e-mail signatures, quoted replies, IRC
            logs, fixed-width tables, INI/TOML, logfmt, iCalendar, MediaWiki, LaTeX and
            reStructuredText tables between lines of real Common Crawl text; committed
            (``scripts/data/pii_held_out_8.jsonl.gz``) before it was first scored

    python scripts/make_pii_eval.py [--split dev|held_out|...|held_out_5]
                                    [--out FILE]

Deterministic for a given Faker and Mimesis version (the seed is derived from split and locale).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import io
import ipaddress
import json
import random
import re
import string
import sys
import tarfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_eval_values import luhn_check_digit, ssn_area  # noqa: E402 - the same

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
# held out, third round: every Faker locale left, written after the phone labelling policy and
# before any recognizer change that followed held_out_2. Left out: aliases of locales used
# above (de, en, es, th, dk_DK, en_TH, fr_QC) and locales without a country of their own (ar_AA,
# la), or whose country an earlier part already covers (fr_BE, fr_CA, es_CA, lb_LU, sr_BA,
# en_BD, en_IE, en_NG, ig_NG, ng_NG).
# Faker has phone formats of their own for these ...
HELD_OUT_3_FAKER_PHONES = (
    *("ar_DZ", "bg_BG", "de_LI", "en_PH", "es_MX", "fil_PH", "fr_CH", "he_IL", "hr_HR", "id_ID"),
    *("sk_SK", "th_TH", "tl_PH", "vi_VN"),
)
# ... and only US formats for these, so their phones are drawn from libphonenumber's fixed-line
# and mobile metadata of their country and written in styles of our own (``drawn_phone``).
HELD_OUT_3_DRAWN_PHONES = (
    *("ar_SA", "ar_EG", "ar_BH", "zu_ZA", "yo_NG", "ha_NG", "en_KE", "sw", "en_PK", "si_LK"),
    *("gu_IN", "or_IN", "el_CY", "et_EE", "is_IS", "mt_MT", "sq_AL", "ga_IE", "es_VE", "en_MS"),
)
HELD_OUT_3_LOCALES = HELD_OUT_3_FAKER_PHONES + HELD_OUT_3_DRAWN_PHONES
# held out, fourth round: every locale of Mimesis (another generator; its locale names use a
# hyphen, so they never equal a Faker locale above), with the country whose plan its phones
# follow. The first eight are countries no earlier part has.
HELD_OUT_4_REGIONS = {
    **{"ar-om": "OM", "ar-kw": "KW", "ar-ma": "MA", "ar-qa": "QA", "ar-sy": "SY", "ar-tn": "TN"},
    **{"ar-ye": "YE", "kk": "KZ", "ar-ae": "AE", "ar-dz": "DZ", "ar-eg": "EG", "ar-jo": "JO"},
    **{"ar-sa": "SA", "az": "AZ", "cs": "CZ", "da": "DK", "de": "DE", "de-at": "AT"},
    **{"de-ch": "CH", "el": "GR", "en": "US", "en-au": "AU", "en-ca": "CA", "en-gb": "GB"},
    **{"es": "ES", "es-mx": "MX", "et": "EE", "fa": "IR", "fi": "FI", "fr": "FR", "hu": "HU"},
    **{"hr": "HR", "is": "IS", "it": "IT", "ja": "JP", "ko": "KR", "nl": "NL", "nl-be": "BE"},
    **{"no": "NO", "pl": "PL", "pt": "PT", "pt-br": "BR", "ru": "RU", "sk": "SK", "sv": "SE"},
    **{"tr": "TR", "uk": "UA", "zh": "CN"},
}
HELD_OUT_4_LOCALES = tuple(HELD_OUT_4_REGIONS)
# held out, fifth round (``held_out_5``): another procedure again. Countries of libphonenumber
# that no earlier part has, with an official language (CLDR via babel, a non-English one first)
# that has real sentences in ``langid/lingua-sentences`` (Leipzig corpora): at most two per
# language, the first by the SHA-1 of the country code. Numbers drawn from libphonenumber's
# example numbers of the country, written in styles no earlier part uses; the text around them
# is real sentences of the language, not templates. Written and committed before it was
# first scored; its misses were read after that one score.
HELD_OUT_5_LOCALES = (
    *("ar_IQ", "ar_MR", "ca_AD", "en_GU", "en_FK", "es_GT", "es_NI", "fa_AF", "fr_VU", "fr_RE"),
    *("it_VA", "it_SM", "ko_KP", "mn_MN", "ms_BN", "ms_MY", "nb_SJ", "nl_AW", "nl_BQ", "pt_AO"),
    *("pt_MZ", "ro_MD", "ru_BY", "ru_KG", "sn_ZW", "so_SO", "sq_XK", "sr_RS", "sr_ME", "st_LS"),
    *("sv_AX", "sw_UG", "tn_BW", "zh_HK", "zh_MO"),
)
# the country whose numbering plan a locale's phones follow, where the locale names none
LOCALE_REGIONS = {"sw": "TZ", **HELD_OUT_4_REGIONS}
SPLITS = {
    "dev": DEV_LOCALES,
    "held_out": HELD_OUT_LOCALES,
    "held_out_2": HELD_OUT_2_LOCALES,
    "held_out_3": HELD_OUT_3_LOCALES,
    "held_out_4": HELD_OUT_4_LOCALES,
    "held_out_5": HELD_OUT_5_LOCALES,
}

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
# held_out_4's own draw besides Mimesis's Visa/Mastercard/Amex: networks and lengths of
# ISO/IEC 7812 issuers, prefixes and lengths the table above does not use.
HELD_OUT_4_NETWORKS = (
    ("visa_19", ("4",), (19,)),
    ("mir", ("2200", "2201", "2202", "2203", "2204"), (16, 17, 18, 19)),
    ("jcb_long", ("3528", "3589"), (17, 18, 19)),
    ("discover_long", ("6011", "65"), (17, 18, 19)),
    ("maestro_short", ("5020", "5038", "6304"), (12, 14)),
    ("diners_14", ("36", "38"), (14,)),
    ("unionpay_16", ("62",), (16,)),
    ("dankort", ("5019",), (16,)),
)

# held_out_5's card networks: the issuer ranges and lengths of the payment-card-number table
# of ISO/IEC 7812 issuers as published by the networks (national schemes included), written
# from that table, not from the recognizer's rules: (name, IIN prefixes, lengths).
HELD_OUT_5_NETWORKS = (
    ("amex", ("34", "37"), (15,)),
    ("unionpay", ("62",), (16, 17, 18, 19)),
    ("diners_international", ("36",), (14, 15, 16, 17, 18, 19)),
    ("discover", ("6011", "644", "649", "65"), (16, 17, 18, 19)),
    ("instapayment", ("637", "638", "639"), (16,)),
    ("jcb", ("3528", "3550", "3589"), (16, 17, 18, 19)),
    ("laser", ("6304", "6706", "6771", "6709"), (16, 17, 18, 19)),
    ("maestro", ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"), (12, 13, 19)),
    ("maestro_uk", ("6759", "676770", "676774"), (12, 15, 19)),
    ("dankort", ("5019",), (16,)),
    ("visa_dankort", ("4571",), (16,)),
    ("mir", ("2200", "2204"), (16, 17, 18, 19)),
    ("borica", ("2205",), (16,)),
    ("troy", ("65", "9792"), (16,)),
    ("mastercard", ("2221", "2720", "51", "55"), (16,)),
    ("visa", ("4",), (13, 16, 19)),
    ("visa_electron", ("4026", "417500", "4508", "4844", "4913", "4917"), (16,)),
    ("uatp", ("1",), (15,)),
    ("verve", ("506099", "506198", "650002", "650027"), (16, 18, 19)),
    ("lankapay", ("357111",), (16,)),
    ("uzcard", ("8600",), (16,)),
    ("humo", ("9860",), (16,)),
    ("rupay", ("60", "65", "81", "82", "508", "353", "356"), (16,)),
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
    "held_out_4": {
        "PHONE_NUMBER": (
            "For deliveries, text the driver at {v}.",
            "Reservations: {v} (Mon-Fri)",
            "If nobody answers, try {v} instead.",
            "My cell is {v}, call after five.",
            "Reach the front desk on {v}.",
            "Hotline {v}",
            "{v} - ask for Dana",
            "Karim Haddad, {v}",
            "WhatsApp me: {v}",
            "The landlord's number: {v}.",
        ),
        "EMAIL_ADDRESS": (
            "Send the signed copy to {v} by Friday.",
            "Questions? Write to {v}",
            "cc: {v}",
            "Contact person: Lena Sorensen <{v}>",
        ),
        "CREDIT_CARD": (
            "Card on file: {v}, exp 09/28",
            "She paid with {v} at the desk.",
            "Payment card {v} was declined.",
            "Refund issued to card {v}.",
        ),
        "IBAN_CODE": (
            "Please transfer the deposit to {v}.",
            "Beneficiary account: {v}",
            "IBAN {v} (savings)",
        ),
        "IP_ADDRESS": (
            "Blocked host {v} after 30 failed logins.",
            "The gateway is {v}.",
            "GET /index.html from {v}",
        ),
        "US_SSN": (
            "Employee SSN: {v}",
            "Her social security number, {v}, was on the form.",
            "SSN {v} (verify)",
        ),
    },
    "held_out_3": {
        "PHONE_NUMBER": (
            "Questions about your order? Ring {v}.",
            "You can also contact the clinic at {v} during opening hours.",
            "Her mobile number is {v}.",
            "To book a table, phone us on {v}.",
            "Tel/fax {v}",
            "Ahmed: {v}",
            "{v} (after 6 pm)",
            "Emergency contact: {v}",
            "Please call me back on {v}.",
            "Office line {v}, extension on request.",
        ),
        "EMAIL_ADDRESS": (
            "Send the signed form back to {v}.",
            "Reply-To: {v}",
            "You can write to me privately at {v}.",
        ),
        "CREDIT_CARD": (
            "Your card {v} will be charged on delivery.",
            "Payment method: card {v}",
            "The last payment from {v} bounced.",
        ),
        "IBAN_CODE": (
            "Transfer the balance to account {v} please.",
            "IBAN No. {v}",
            "Refunds are sent to {v}.",
        ),
        "IP_ADDRESS": (
            "Admin panel reachable at {v} only.",
            "Our logs show {v} as the origin.",
            "Source: {v}",
        ),
        "US_SSN": (
            "SSN on record: {v}",
            "Provide the social security number {v} on line 4.",
            "Her SSN ({v}) was redacted.",
        ),
    },
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

# Phone sentences in the locale's language (held_out_3 only; half of its phone sentences).
LOCAL_PHONE_SENTENCES: dict[str, tuple[str, ...]] = {
    "ar": ("للاستفسار اتصل على {v}", "رقم الجوال: {v}", "واتساب {v}"),
    "bg": ("За информация: тел. {v}", "Обадете се на {v} в работно време."),
    "de": ("Erreichen Sie uns unter {v}.", "Handy {v}"),
    "es": ("Llámanos al {v} de lunes a viernes.", "Cel. {v}"),
    "fr": ("Renseignements au {v}.", "Natel {v}"),
    "he": ("לפרטים נוספים התקשרו {v}", "נייד: {v}"),
    "hr": ("Nazovite nas na {v}.", "Mob. {v}"),
    "id": ("Hubungi kami di {v}.", "No. HP {v}", "WA: {v}"),
    "sk": ("Volajte na číslo {v}.", "Tel. č. {v}"),
    "th": ("ติดต่อสอบถาม โทร {v}", "เบอร์มือถือ {v}"),
    "tl": ("Tumawag sa {v} para sa detalye.", "Cellphone: {v}"),
    "fil": ("Tumawag sa {v} para sa detalye.", "Cellphone: {v}"),
    "vi": ("Liên hệ: {v}", "SĐT {v}", "Gọi ngay {v} để được tư vấn."),
    "zu": ("Shayela ku-{v} ukuze uthole usizo.", "Ucingo: {v}"),
    "yo": ("Ẹ pè wá ní {v}.", "Nọ́mbà fóònù: {v}"),
    "ha": ("Ku kira mu a {v}.", "Lambar waya: {v}"),
    "sw": ("Piga simu {v} kwa maelezo zaidi.", "Simu: {v}"),
    "si": ("විමසීම් සඳහා අමතන්න {v}", "දුරකථන අංකය: {v}"),
    "gu": ("વધુ માહિતી માટે ફોન કરો {v}", "મોબાઇલ: {v}"),
    "or": ("ଯୋଗାଯୋଗ: {v}", "ଫୋନ୍ ନମ୍ବର {v}"),
    "el": ("Τηλ. επικοινωνίας {v}", "Καλέστε μας στο {v}."),
    "et": ("Helista {v} tööpäeviti.", "Mobiil: {v}"),
    "is": ("Hringdu í síma {v}.", "Sími: {v}"),
    "mt": ("Ċempel fuq {v}.", "Mowbajl: {v}"),
    "sq": ("Na telefononi në {v}.", "Cel: {v}"),
    "ga": ("Glaoigh ar {v}.", "Fón póca: {v}"),
}
# held_out_4's phone sentences in the locale's language (half of its phone sentences), other
# phrasings than held_out_3's.
LOCAL_PHONE_SENTENCES_4: dict[str, tuple[str, ...]] = {
    "ar": ("يمكنكم التواصل معنا عبر الرقم {v}", "للحجز: {v}"),
    "az": ("Bizimlə əlaqə: {v}", "Zəng edin: {v}"),
    "cs": ("Zavolejte nám na {v}.", "Kontakt: {v}"),
    "da": ("Ring til os på {v}.", "Mobil: {v}"),
    "de": ("Rückfragen gerne unter {v}.", "Mobil erreichbar: {v}"),
    "el": ("Για κρατήσεις: {v}", "Επικοινωνία στο {v}"),
    "en": ("Give us a ring on {v}.", "Contact: {v}"),
    "es": ("Para reservas, marque {v}.", "Contacto: {v}"),
    "et": ("Info ja broneerimine: {v}", "Kontakt {v}"),
    "fa": ("برای اطلاعات بیشتر با {v} تماس بگیرید.", "شماره همراه: {v}"),
    "fi": ("Soita meille numeroon {v}.", "Puh. {v}"),
    "fr": ("Pour toute question, appelez le {v}.", "Portable : {v}"),
    "hu": ("Hívjon minket a {v} számon.", "Mobil: {v}"),
    "hr": ("Informacije na broj {v}.", "Kontakt: {v}"),
    "is": ("Upplýsingar í síma {v}.", "Hafið samband: {v}"),
    "it": ("Per informazioni chiamare il {v}.", "Cell. {v}"),
    "ja": ("お問い合わせ：{v}", "携帯 {v}"),
    "kk": ("Байланыс телефоны: {v}", "Бізге қоңырау шалыңыз: {v}"),
    "ko": ("문의 전화 {v}", "휴대폰: {v}"),
    "nl": ("Bel ons gerust op {v}.", "Mobiel: {v}"),
    "no": ("Ring oss på {v}.", "Mobil: {v}"),
    "pl": ("Zadzwoń pod numer {v}.", "Kontakt: {v}"),
    "pt": ("Ligue para {v} para marcar.", "Telemóvel: {v}"),
    "ru": ("Звоните по номеру {v}.", "Контакты: {v}"),
    "sk": ("Kontaktujte nás na {v}.", "Mobil: {v}"),
    "sv": ("Ring oss på {v}.", "Mobil: {v}"),
    "tr": ("Bilgi için {v} numarasını arayın.", "Cep: {v}"),
    "uk": ("Телефонуйте за номером {v}.", "Контакти: {v}"),
    "zh": ("联系方式：{v}", "咨询热线 {v}"),
}
# Service and emergency numbers (held_out_3): unlabelled, in the text so that redacting them
# counts as a false positive. {s} is a short number of the locale's country.
SERVICE_SENTENCES = (
    "In an emergency, dial {s}.",
    "Police: {s}",
    "For directory enquiries call {s}.",
    "Lost your card? Call {s} from any phone.",
)

# Form labels per language: the label line, then the value line.
FORM_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "held_out_4": {
        "en": {
            "PHONE_NUMBER": "Mobile no",
            "EMAIL_ADDRESS": "Email ID",
            "CREDIT_CARD": "Card",
            "IBAN_CODE": "Bank account (IBAN)",
            "IP_ADDRESS": "Remote address",
            "US_SSN": "SSN/TIN",
        },
        "ar": {"PHONE_NUMBER": "رقم الهاتف المحمول", "EMAIL_ADDRESS": "الإيميل"},
        "az": {"PHONE_NUMBER": "Mobil nömrə", "EMAIL_ADDRESS": "Elektron poçt"},
        "cs": {"PHONE_NUMBER": "Mobil", "EMAIL_ADDRESS": "E-mailová adresa"},
        "da": {"PHONE_NUMBER": "Telefonnummer", "EMAIL_ADDRESS": "E-mailadresse"},
        "de": {"PHONE_NUMBER": "Rufnummer", "EMAIL_ADDRESS": "Mailadresse"},
        "el": {"PHONE_NUMBER": "Αριθμός τηλεφώνου", "EMAIL_ADDRESS": "e-mail"},
        "es": {"PHONE_NUMBER": "Móvil", "EMAIL_ADDRESS": "Email"},
        "et": {"PHONE_NUMBER": "Kontakttelefon", "EMAIL_ADDRESS": "E-posti aadress"},
        "fa": {"PHONE_NUMBER": "شماره تماس", "EMAIL_ADDRESS": "پست الکترونیک"},
        "fi": {"PHONE_NUMBER": "Matkapuhelin", "EMAIL_ADDRESS": "Sähköpostiosoite"},
        "fr": {"PHONE_NUMBER": "Portable", "EMAIL_ADDRESS": "Adresse électronique"},
        "hu": {"PHONE_NUMBER": "Telefonszám", "EMAIL_ADDRESS": "E-mail-cím"},
        "hr": {"PHONE_NUMBER": "Mobitel", "EMAIL_ADDRESS": "Adresa e-pošte"},
        "is": {"PHONE_NUMBER": "Símanúmer", "EMAIL_ADDRESS": "Tölvupóstur"},
        "it": {"PHONE_NUMBER": "Recapito telefonico", "EMAIL_ADDRESS": "Indirizzo email"},
        "ja": {"PHONE_NUMBER": "連絡先電話", "EMAIL_ADDRESS": "Eメール"},
        "kk": {"PHONE_NUMBER": "Телефон нөмірі", "EMAIL_ADDRESS": "Электрондық пошта"},
        "ko": {"PHONE_NUMBER": "연락처", "EMAIL_ADDRESS": "이메일 주소"},
        "nl": {"PHONE_NUMBER": "Telefoonnummer", "EMAIL_ADDRESS": "E-mailadres"},
        "no": {"PHONE_NUMBER": "Telefonnummer", "EMAIL_ADDRESS": "E-postadresse"},
        "pl": {"PHONE_NUMBER": "Nr telefonu", "EMAIL_ADDRESS": "Adres e-mail"},
        "pt": {"PHONE_NUMBER": "Contacto telefónico", "EMAIL_ADDRESS": "Correio eletrónico"},
        "ru": {"PHONE_NUMBER": "Мобильный", "EMAIL_ADDRESS": "Электронная почта"},
        "sk": {"PHONE_NUMBER": "Mobil", "EMAIL_ADDRESS": "E-mailová adresa"},
        "sv": {"PHONE_NUMBER": "Mobilnummer", "EMAIL_ADDRESS": "E-postadress"},
        "tr": {"PHONE_NUMBER": "Cep telefonu", "EMAIL_ADDRESS": "E-posta adresi"},
        "uk": {"PHONE_NUMBER": "Мобільний", "EMAIL_ADDRESS": "Електронна пошта"},
        "zh": {"PHONE_NUMBER": "手机号码", "EMAIL_ADDRESS": "邮箱"},
    },
    "held_out_3": {
        "en": {
            "PHONE_NUMBER": "Contact no.",
            "EMAIL_ADDRESS": "E-mail",
            "CREDIT_CARD": "Card No",
            "IBAN_CODE": "IBAN No.",
            "IP_ADDRESS": "Source IP",
            "US_SSN": "Social Security #",
        },
        "ar": {"PHONE_NUMBER": "رقم الجوال", "EMAIL_ADDRESS": "البريد الإلكتروني"},
        "bg": {"PHONE_NUMBER": "Тел.", "EMAIL_ADDRESS": "Имейл"},
        "de": {"PHONE_NUMBER": "Handynummer", "EMAIL_ADDRESS": "E-Mail"},
        "es": {"PHONE_NUMBER": "Tel. celular", "EMAIL_ADDRESS": "Correo"},
        "fr": {"PHONE_NUMBER": "Numéro de téléphone", "EMAIL_ADDRESS": "E-mail"},
        "he": {"PHONE_NUMBER": "טלפון נייד", "EMAIL_ADDRESS": 'דוא"ל'},
        "hr": {"PHONE_NUMBER": "Broj telefona", "EMAIL_ADDRESS": "E-pošta"},
        "id": {"PHONE_NUMBER": "Nomor HP", "EMAIL_ADDRESS": "Surel"},
        "sk": {"PHONE_NUMBER": "Telefónne číslo", "EMAIL_ADDRESS": "E-mail"},
        "th": {"PHONE_NUMBER": "เบอร์โทรศัพท์", "EMAIL_ADDRESS": "อีเมล"},
        "tl": {"PHONE_NUMBER": "Numero ng telepono", "EMAIL_ADDRESS": "Email"},
        "fil": {"PHONE_NUMBER": "Numero ng telepono", "EMAIL_ADDRESS": "Email"},
        "vi": {"PHONE_NUMBER": "Số điện thoại", "EMAIL_ADDRESS": "Email"},
        "zu": {"PHONE_NUMBER": "Inombolo yocingo", "EMAIL_ADDRESS": "I-imeyili"},
        "yo": {"PHONE_NUMBER": "Nọ́mbà fóònù", "EMAIL_ADDRESS": "Ímeèlì"},
        "ha": {"PHONE_NUMBER": "Lambar waya", "EMAIL_ADDRESS": "Imel"},
        "sw": {"PHONE_NUMBER": "Nambari ya simu", "EMAIL_ADDRESS": "Barua pepe"},
        "si": {"PHONE_NUMBER": "දුරකථන", "EMAIL_ADDRESS": "ඊමේල්"},
        "gu": {"PHONE_NUMBER": "ફોન નંબર", "EMAIL_ADDRESS": "ઈમેલ"},
        "or": {"PHONE_NUMBER": "ଫୋନ୍ ନମ୍ବର", "EMAIL_ADDRESS": "ଇମେଲ"},
        "el": {"PHONE_NUMBER": "Κινητό", "EMAIL_ADDRESS": "Ηλ. ταχυδρομείο"},
        "et": {"PHONE_NUMBER": "Telefoninumber", "EMAIL_ADDRESS": "E-post"},
        "is": {"PHONE_NUMBER": "Farsími", "EMAIL_ADDRESS": "Netfang"},
        "mt": {"PHONE_NUMBER": "Numru tat-telefon", "EMAIL_ADDRESS": "Email"},
        "sq": {"PHONE_NUMBER": "Numri i telefonit", "EMAIL_ADDRESS": "Email"},
        "ga": {"PHONE_NUMBER": "Uimhir ghutháin", "EMAIL_ADDRESS": "Ríomhphost"},
    },
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
FORM_LABEL_ENDS = {
    "dev": ("",),
    "held_out": (":", "", " :", " -"),
    "held_out_2": (":", ""),
    "held_out_3": (":", "", " :"),
    "held_out_4": (":", ""),
}
# Fields around the value in a form, so that the block looks like a real one.
FORM_FILLERS = {
    "dev": ("Name:\nMaria Keller", "Date:\n12 March 2024", "Order no.:\nA-5531"),
    "held_out": ("Customer\nJ. Novak", "Delivery\nNext Tuesday", "Ref.\nKX 44"),
    "held_out_2": ("Guest\nL. Haddad", "Room\n214", "Arrival\nSunday"),
    "held_out_3": ("Patient\nS. Okafor", "Visit\nThursday 10:30", "Company\nLumen Ltd"),
    "held_out_4": ("Contact\nR. Almeida", "Reference\nZ-204", "Updated\n3 May 2025"),
}
# Internationalised domain labels (written in the script of the language) and TLDs.
IDN_LABELS = {
    "dev": ("bücher", "müller-bau", "café-paris", "señales", "почта", "例え", "δοκιμή", "한국어"),
    "held_out": ("zürich-bäcker", "niño", "mākslа", "пример", "საიტი", "Հայ", "例子", "مثال"),
    "held_out_2": ("straße", "école", "уеб", "موقع", "पता", "adresă"),
    "held_out_3": ("пример-бг", "שלום", "ตัวอย่าง", "tiếngviệt", "مصر", "ગુજરાત"),
    "held_out_4": ("çiçek", "jökull", "москва-тур", "東京", "서울", "عمان"),
}
IDN_TLDS = {
    "dev": ("de", "fr", "es", "рф", "jp", "gr", "한국", "com"),
    "held_out": ("ch", "ar", "lv", "мкд", "გე", "հայ", "台灣", "امارات"),
    "held_out_2": ("lu", "dz", "бг", "ایران", "भारत", "com"),
    "held_out_3": ("ไทย", "ישראל", "مصر", "ලංකා", "ભારત", "vn"),
    "held_out_4": ("is", "kz", "қаз", "عمان", "中国", "ελ"),
}
SUB_ADDRESS_TAGS = {
    "dev": ("news", "shop", "2024"),
    "held_out": ("bills", "travel", "x7"),
    "held_out_2": ("work", "list-a"),
    "held_out_3": ("receipts", "dev-ops"),
    "held_out_4": ("orders", "q3"),
}


# -- labelling policy -----------------------------------------------------------------------------
# docs/pii.md, "What counts as a phone number". Decided after held_out_2's misses were read.
MIN_SUBSCRIBER_DIGITS = 7
SHORTEST_SUBSCRIBER_PLAN = 6


def personal_phone(value: str, region: str | None) -> bool:
    """Is a phone value personal data, so labelled? A number of at least
    ``MIN_SUBSCRIBER_DIGITS`` digits as written (an extension aside) is: it has the length of a
    subscriber's line, and at that length a private line cannot be told from a business one.
    A shorter one is a service, emergency or short toll-free number (``911``, ``1297``,
    ``800 123``) that no one person answers, unless it has 6 digits and ``region``'s numbering
    plan (libphonenumber's metadata) gives fixed or mobile lines 6-digit numbers."""
    digits = sum(c.isdigit() for c in re.split(r"(?i)\s*(?:x|ext\.?|#)\s*\d+$", value)[0])
    if digits >= MIN_SUBSCRIBER_DIGITS:
        return True
    if digits < SHORTEST_SUBSCRIBER_PLAN or region is None:
        return False
    from phonenumbers import PhoneMetadata

    plan = PhoneMetadata.metadata_for_region(region)
    return plan is not None and any(
        digits in desc.possible_length for desc in (plan.fixed_line, plan.mobile) if desc
    )


def locale_region(locale: str) -> str | None:
    """The country of a locale (``ar_JO`` -> ``JO``), None for a bare language."""
    return LOCALE_REGIONS.get(locale) or (locale.split("_")[1] if "_" in locale else None)


# -- values ---------------------------------------------------------------------------------------


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    """A number of ``length`` digits starting with ``prefix`` whose Luhn check digit is right."""
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_check_digit(body)


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


# How people write a national number (held_out_3's drawn phones): libphonenumber's national and
# international formats, E.164, and restyled national ones.
PHONE_STYLES = ("national", "international", "e164", "national_run", "national_dash", "intl_00")


def draw_number(region: str, rng: random.Random) -> Any:
    """A mobile (60%) or fixed-line number of ``region`` that libphonenumber's metadata holds
    valid: its example number with the digits after the first three redrawn."""
    import phonenumbers
    from phonenumbers import PhoneNumberType as T

    kind = T.MOBILE if rng.random() < 0.6 else T.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind)
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(50):
        digits = nsn[:3] + "".join(rng.choice(string.digits) for _ in nsn[3:])
        candidate = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(candidate):
            return candidate
    return example


def drawn_phone(region: str, rng: random.Random) -> tuple[str, str]:
    """A fixed-line or mobile number of ``region`` that libphonenumber's metadata holds valid
    (its example number with the digits after the first three redrawn), in one of
    ``PHONE_STYLES``: (number as written, style)."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat as F

    number = draw_number(region, rng)
    style = rng.choice(PHONE_STYLES)
    national = phonenumbers.format_number(number, F.NATIONAL)
    international = phonenumbers.format_number(number, F.INTERNATIONAL)
    written = {
        "national": national,
        "international": international,
        "e164": phonenumbers.format_number(number, F.E164),
        "national_run": re.sub(r"[^\d]", "", national),
        "national_dash": re.sub(r"(?<=\d) (?=\d)", "-", national),
        "intl_00": "00" + international[1:],
    }[style]
    return written, style


def service_number(region: str | None, rng: random.Random) -> str | None:
    """A short number of ``region`` (libphonenumber's short-number examples: emergency, service,
    short toll-free) that the labelling policy leaves unlabelled, or None."""
    from phonenumbers import PhoneMetadata

    short = PhoneMetadata.short_metadata_for_region(region) if region else None
    if short is None:
        return None
    kinds = ("emergency", "short_code", "toll_free", "standard_rate", "carrier_specific")
    examples = [getattr(short, k).example_number for k in kinds if getattr(short, k)]
    examples = sorted({e for e in examples if e and not personal_phone(e, region)})
    return rng.choice(examples) if examples else None


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
            if self.locale in HELD_OUT_3_DRAWN_PHONES:
                written, style = drawn_phone(locale_region(self.locale), rng)
                return written, f"libphonenumber/{style}"
            return self._faker_phone(), "faker"
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

    def _faker_phone(self) -> str:
        """The locale's phone_number; the Philippine providers have none, only a mobile and a
        landline number (drawn 60/40)."""
        if hasattr(self.fake, "phone_number"):
            return self.fake.phone_number()
        if self.rng.random() < 0.6:
            return self.fake.mobile_number()
        return self.fake.landline_number()

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


class MimesisValueMaker:
    """held_out_4's values: phones, e-mail users and IP addresses from one seeded Mimesis of
    the locale (another generator than Faker, with phone masks of its own), Visa/Mastercard/Amex
    numbers from Mimesis or other networks from ``HELD_OUT_4_NETWORKS``, IBANs of the registry,
    SSNs of our own draw."""

    def __init__(self, split: str, locale: str, seed: int):
        from mimesis import Internet, Payment, Person
        from mimesis.enums import Locale

        self.split = split
        self.rng = random.Random(seed)
        self.person = Person(Locale(locale), seed=seed)
        self.internet = Internet(seed=seed + 1)
        self.payment = Payment(seed=seed + 2)

    def make(self, entity: str) -> tuple[str, str]:
        """(value as written, detail: network, country, format...)."""
        rng = self.rng
        if entity == "PHONE_NUMBER":
            return self.person.phone_number(), "mimesis"
        if entity == "EMAIL_ADDRESS":
            user, domain = self.person.email().split("@")
            kind = rng.choice(("plain", "sub", "idn", "plain", "sub"))
            if kind == "sub":
                user = f"{user}+{rng.choice(SUB_ADDRESS_TAGS[self.split])}"
            if kind == "idn":
                label = rng.choice(IDN_LABELS[self.split])
                domain = f"{label}.{rng.choice(IDN_TLDS[self.split])}"
            return f"{user}@{domain}", kind
        if entity == "CREDIT_CARD":
            if rng.random() < 0.5:
                from mimesis.enums import CardType

                card_type = rng.choice(sorted(CardType, key=lambda c: c.value))
                return self.payment.credit_card_number(card_type), f"mimesis/{card_type.value}"
            name, prefixes, lengths = rng.choice(HELD_OUT_4_NETWORKS)
            length = rng.choice(lengths)
            number = luhn_complete(rng.choice(prefixes), length, rng)
            return format_card(number, rng), f"{name}/{length}"
        if entity == "IBAN_CODE":
            country = rng.choice(sorted(IBAN_BBAN))
            return format_iban(iban(country, rng), rng), country
        if entity == "IP_ADDRESS":
            if rng.random() < 0.5:
                return self.internet.ip_v4(), "ipv4"
            return self.internet.ip_v6(), "ipv6"
        if entity == "US_SSN":
            area = ssn_area(rng)
            ssn = f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
            style = rng.choice(("dash", "dash", "dash", "space", "run"))
            written = {"dash": ssn, "space": ssn.replace("-", " "), "run": ssn.replace("-", "")}
            return written[style], style
        raise ValueError(entity)


# -- held_out_5: real sentences around the value ------------------------------------------------

SENTENCES_DIR = SHARED / "langid" / "lingua-sentences"
# How held_out_5 writes a drawn number: libphonenumber's national and international formats, a
# tel: URI (RFC 3966, the number after "tel:" is the value), the national format with dots
# between its groups, the international one with the trunk 0 in brackets ("+44 (0)20 ..."),
# and E.164.
HELD_OUT_5_PHONE_STYLES = ("national", "international", "rfc3966", "dots", "trunk_paren", "e164")
# Labels before a value at the end of a real sentence or on the line above it (held_out_5's
# own; "" leaves the value with no label at all).
HELD_OUT_5_LABELS = {
    "PHONE_NUMBER": ("Tel.", "☎", "T:", "Tel/Fax", "M:", "Ph:", "📞", "Telephone", ""),
    "EMAIL_ADDRESS": ("E-mail", "✉", "E:", "Mail", ""),
    "CREDIT_CARD": ("Card no.", "CC", "Carte/Card", ""),
    "IBAN_CODE": ("IBAN", "Account", ""),
    "IP_ADDRESS": ("IP", "Host", ""),
    "US_SSN": ("SSN", "Social Security", ""),
}


@functools.cache
def real_sentences(language: str) -> tuple[str, ...]:
    """The real sentences of ``language`` (Leipzig corpora, via lingua's test data)."""
    path = SENTENCES_DIR / f"{language}.txt"
    return tuple(line.strip() for line in path.open(encoding="utf-8") if line.strip())


def styled_phone_5(region: str, rng: random.Random) -> tuple[str, str]:
    """A drawn number of ``region`` in one of ``HELD_OUT_5_PHONE_STYLES``: (value, style)."""
    import phonenumbers
    from phonenumbers import PhoneMetadata
    from phonenumbers import PhoneNumberFormat as F

    number = draw_number(region, rng)
    style = rng.choice(HELD_OUT_5_PHONE_STYLES)
    national = phonenumbers.format_number(number, F.NATIONAL)
    international = phonenumbers.format_number(number, F.INTERNATIONAL)
    plan = PhoneMetadata.metadata_for_region(region)
    if style == "rfc3966":
        return phonenumbers.format_number(number, F.RFC3966).removeprefix("tel:"), style
    if style == "dots":
        return re.sub(r"(?<=\d)[ \-](?=\d)", ".", national), style
    if style == "trunk_paren" and plan is not None and plan.national_prefix == "0":
        code = f"+{number.country_code}"
        return international.replace(code, f"{code} (0)", 1), style
    if style == "e164":
        return phonenumbers.format_number(number, F.E164), style
    return (national, "national") if style == "national" else (international, "international")


class RealTextValueMaker:
    """held_out_5's values: drawn phones (``styled_phone_5``), cards of
    ``HELD_OUT_5_NETWORKS``, e-mail addresses made of words of the language's real sentences
    under the country's top-level domain, IBANs (the country's own where it has one), random
    IPv4/IPv6 addresses, SSNs."""

    def __init__(self, split: str, locale: str, seed: int):
        self.split = split
        self.language, self.region = locale.split("_")
        self.rng = random.Random(seed)

    def make(self, entity: str) -> tuple[str, str]:
        rng = self.rng
        if entity == "PHONE_NUMBER":
            value, style = styled_phone_5(self.region, rng)
            return value, f"libphonenumber/{style}"
        if entity == "EMAIL_ADDRESS":
            words = [
                w.lower()
                for w in re.findall(r"[A-Za-z]{3,}", rng.choice(real_sentences(self.language)))
            ] or ["info", "kontakt", "office"]
            user = rng.choice(("", ".", "_")).join(rng.sample(words, min(2, len(words))))
            if rng.random() < 0.3:
                user += str(rng.randrange(1, 100))
            return f"{user}@{rng.choice(words)}.{self.region.lower()}", "words"
        if entity == "CREDIT_CARD":
            name, prefixes, lengths = rng.choice(HELD_OUT_5_NETWORKS)
            length = rng.choice(lengths)
            number = luhn_complete(rng.choice(prefixes), length, rng)
            style = rng.choice(("run", "space", "dash", "space"))
            if style == "run":
                return number, f"{name}/{length}"
            if length == 15 and name in ("amex", "uatp"):
                return f"{number[:4]} {number[4:10]} {number[10:]}", f"{name}/{length}"
            sep = " " if style == "space" else "-"
            return sep.join(number[i : i + 4] for i in range(0, length, 4)), f"{name}/{length}"
        if entity == "IBAN_CODE":
            country = self.region if self.region in IBAN_BBAN else rng.choice(sorted(IBAN_BBAN))
            return format_iban(iban(country, rng), rng), country
        if entity == "IP_ADDRESS":
            if rng.random() < 0.5:
                octets = [rng.randrange(1, 224), *(rng.randrange(256) for _ in range(3))]
                return ".".join(map(str, octets)), "ipv4"
            groups = [f"{rng.randrange(0x2000, 0x3FFF):x}"]
            groups += [f"{rng.randrange(0x10000):x}" for _ in range(7)]
            for i in range(rng.randrange(2, 5), rng.randrange(5, 7)):
                groups[i] = "0"
            return str(ipaddress.IPv6Address(":".join(groups))), "ipv6"
        if entity == "US_SSN":
            area = ssn_area(rng)
            return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}", "dash"
        raise ValueError(entity)


def real_text_record(
    maker: RealTextValueMaker, layout: str, entity: str, value: str
) -> tuple[str, int]:
    """Real sentences of the locale's language around the value: ``tail`` (a label and the
    value after a sentence), ``block`` (a label line, the value on the next line) or ``bare``
    (the value alone on a line between sentences, no label): (text, where the value starts)."""
    rng = maker.rng
    before = rng.choice(real_sentences(maker.language))
    after = rng.choice(real_sentences(maker.language))
    label = rng.choice(HELD_OUT_5_LABELS[entity])
    if layout == "tail":
        head = f"{before} {label} ".replace("  ", " ")
        return f"{head}{value}\n{after}", len(head)
    if layout == "block" and label:
        head = f"{before}\n{label}\n"
        return f"{head}{value}\n{after}", len(head)
    head = f"{before}\n"
    return f"{head}{value}\n{after}", len(head)


def labelled_record(
    where: tuple[str, str, str, int],
    text: str,
    span: list[Any],
    labelled: bool,
    distractors: list[list[Any]],
    region: tuple[int, int],
) -> dict[str, Any]:
    """One evaluation record; ``where`` = (split, locale, layout, index). A value that is not
    personal (a service number) is not a span to find, only a distractor."""
    return record_fields(where, text, [span] if labelled else [], distractors, region)


def record_fields(
    where: tuple[str, str, str, int],
    text: str,
    spans: list[list[Any]],
    distractors: list[list[Any]],
    region: tuple[int, int],
) -> dict[str, Any]:
    """An evaluation record's fields, in the order every part writes them; ``where`` =
    (split, locale, layout, index), ``region`` the scored part of ``text``."""
    split, locale, layout, n = where
    return {
        "id": f"{split}/{locale}/{layout}/{n}",
        "split": split,
        "layout": layout,
        "locale": locale,
        "text": text,
        "spans": spans,
        "distractors": distractors,
        "region": list(region),
    }


def coordinates_rng(split: str, locale: str, layout: str, n: int) -> random.Random:
    """The random source of one record of a part seeded record by record (held_out_6 to
    held_out_8), so that each record can be rebuilt alone from its coordinates."""
    seed = int(hashlib.sha256(f"{split}:{locale}:{layout}:{n}".encode()).hexdigest()[:12], 16)
    return random.Random(seed)


class DrawnValue(NamedTuple):
    """A record's value in its block, and the random source to draw the rest from."""

    rng: random.Random
    entity: str
    value: str
    detail: str
    block: str
    value_at: int  # where the value starts in the block


def draw_value(
    where: tuple[str, str, str, int],
    locale: str,
    make_value: Callable[[str, str, random.Random], tuple[str, str]],
    make_block: Callable[[str, str, str, random.Random], tuple[str, int]],
) -> DrawnValue:
    """The first draws of a record seeded by its coordinates ``where`` = (split, part's locale
    name, layout, index): an entity by ``WEIGHTS``, its value for the generator's ``locale``
    (``make_value(entity, locale, rng)``) and the block that holds it
    (``make_block(entity, layout, value, rng)``)."""
    split, name, layout, n = where
    rng = coordinates_rng(split, name, layout, n)
    entity = rng.choice([e for e in ENTITIES for _ in range(WEIGHTS[e])])
    value, detail = make_value(entity, locale, rng)
    block, value_at = make_block(entity, layout, value, rng)
    return DrawnValue(rng, entity, value, detail, block, value_at)


def records_by_coordinates(
    make_record: Callable[[str, str, str, int], dict[str, Any]],
    split: str,
    locales: Iterable[str],
    layouts: Iterable[str],
    per_locale: int,
) -> Iterator[dict[str, Any]]:
    """``per_locale`` records of each layout for each locale, each made alone by
    ``make_record(split, locale, layout, n)``."""
    for locale in locales:
        for layout in layouts:
            for n in range(per_locale):
                yield make_record(split, locale, layout, n)


def inserted_block_record(
    where: tuple[str, str, str, int],
    context: tuple[str, str],
    block: str,
    value: tuple[int, str, str, str],
    region_code: str | None,
) -> dict[str, Any]:
    """A record of a ``block`` inserted between two pieces of real text ``context`` = (before,
    after), only the block scored; ``value`` = (where it starts in the block, the value,
    its entity, detail). A phone too short for ``region_code``'s subscriber lines is a
    distractor; the record carries the language langid gives its text."""
    before, after = context
    value_at, written, entity, detail = value
    start = len(before) + 1 + value_at
    text = f"{before}\n{block}\n{after}"
    labelled = entity != "PHONE_NUMBER" or personal_phone(written, region_code)
    span = [start, start + len(written), entity, detail]
    distractors = [] if labelled else [[*span[:3], "service"]]
    region = (len(before) + 1, len(before) + 1 + len(block))
    out = labelled_record(where, text, span, labelled, distractors, region)
    return {**out, "language": page_languages([text])[0]}


# The real sentences may hold real personal data of their own ("call ... at 1-800-948-4267",
# "write to info@..."), which the part does not label: every e-mail-shaped token and every
# number of seven digits or more in them is left unscored (``unscored`` spans), whatever the
# stage makes of it.
_REAL_EMAIL_RE = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]*\w")
_REAL_NUMBER_RE = re.compile(r"\+?\(?\d(?:[\d \-./()]*\d)?")


def unscored_spans(text: str, value: tuple[int, int]) -> list[list[int]]:
    """(start, end) of the e-mail-shaped tokens and of the numbers of seven or more digits in
    ``text`` outside the inserted value ``value``: possible real personal data of the real
    sentences, left unscored."""
    spans = [m.span() for m in _REAL_EMAIL_RE.finditer(text)]
    spans += [
        m.span()
        for m in _REAL_NUMBER_RE.finditer(text)
        if sum(c.isdigit() for c in m.group()) >= MIN_SUBSCRIBER_DIGITS
    ]
    return [[s, e] for s, e in sorted(spans) if e <= value[0] or s >= value[1]]


def generate_real_text(split: str, per_locale: int) -> Iterator[dict[str, Any]]:
    """held_out_5: ``per_locale`` records of each of its layouts for each locale."""
    for locale in SPLITS[split]:
        seed = int(hashlib.sha256(f"{split}:{locale}".encode()).hexdigest()[:12], 16)
        maker = RealTextValueMaker(split, locale, seed)
        entities = [e for e in ENTITIES for _ in range(WEIGHTS[e])]
        for layout in ("tail", "block", "bare"):
            for n in range(per_locale):
                entity = maker.rng.choice(entities)
                value, detail = maker.make(entity)
                text, start = real_text_record(maker, layout, entity, value)
                labelled = entity != "PHONE_NUMBER" or personal_phone(value, maker.region)
                span = [start, start + len(value), entity, detail]
                distractors = [] if labelled else [[*span[:3], "service"]]
                record = labelled_record(
                    (split, locale, layout, n), text, span, labelled, distractors, (0, len(text))
                )
                record["unscored"] = unscored_spans(text, (span[0], span[1]))
                yield {**record, "language": page_languages([text])[0]}


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


def sentence(split: str, lang: str, entity: str, value: str, rng: random.Random) -> tuple[str, int]:
    """A template of the split around the value; held_out_3 and held_out_4 write half of their
    phone sentences in the locale's language."""
    templates = SENTENCES[split][entity]
    local = {"held_out_3": LOCAL_PHONE_SENTENCES, "held_out_4": LOCAL_PHONE_SENTENCES_4}
    if entity == "PHONE_NUMBER" and lang in local.get(split, {}) and rng.random() < 0.5:
        templates = local[split][lang]
    return _fill(rng.choice(templates), value)


def form(
    split: str, lang: str, entity: str, value: str, rng: random.Random
) -> tuple[str, int] | None:
    labels = FORM_LABELS[split].get(lang, {})
    if entity not in labels:
        labels = FORM_LABELS[split]["en"]
        if entity not in labels:
            return None
    if split == "held_out_4" and rng.random() < 0.3:
        return table(labels[entity], value, rng)
    label = labels[entity] + rng.choice(FORM_LABEL_ENDS[split])
    before = rng.choice(FORM_FILLERS[split]) + "\n" if rng.random() < 0.6 else ""
    after = "\n" + rng.choice(FORM_FILLERS[split]) if rng.random() < 0.6 else ""
    text = f"{before}{label}\n{value}{after}"
    return text, len(before) + len(label) + 1


def table(label: str, value: str, rng: random.Random) -> tuple[str, int]:
    """held_out_4's table layout: a header row naming the column, then a row holding the value
    between other cells (cells joined by " | " or a tab, as extracted tables come out)."""
    sep = rng.choice((" | ", "\t"))
    name = rng.choice(("R. Almeida", "Aigerim Nurlan", "Hamad Al-Said"))
    header = sep.join(("Name", label, "Since"))
    row = sep.join((name, value, "2019"))
    return f"{header}\n{row}", len(header) + 1 + len(name) + len(sep)


def add_service_line(
    snippet: str, offset: int, locale: str, rng: random.Random
) -> tuple[str, int, tuple[int, int] | None]:
    """The snippet with a line holding a service number of the locale's country before or after
    it: (snippet, the value's new offset, the service number's span in the snippet or None)."""
    service = service_number(locale_region(locale), rng)
    if service is None:
        return snippet, offset, None
    line, at = _fill(rng.choice(SERVICE_SENTENCES).replace("{s}", "{v}"), service)
    if rng.random() < 0.5:
        at += len(snippet) + 1
        return f"{snippet}\n{line}", offset, (at, at + len(service))
    return f"{line}\n{snippet}", offset + len(line) + 1, (at, at + len(service))


def pages(split: str, cache: Path = CACHE) -> list[dict[str, Any]]:
    """Real pages of ``../shared/data/html`` as the pipeline's extractor gives them, split by
    a hash of the file name (dev and held-out never share a page); cached."""
    path = cache / "pages.jsonl.gz"
    if not path.exists():
        extract_pages(path)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    want = 0 if split == "dev" else 1  # held_out_2 and held_out_3 reuse the held-out pages
    return [r for r in rows if int(hashlib.sha1(r["name"].encode()).hexdigest(), 16) % 2 == want]


def page_languages(texts: list[str]) -> list[str]:
    """Each page's language as the pipeline's langid stage (its default config) gives it: the
    PII stage reads it to choose national phone formats."""
    return [doc["language"] for doc in _language_id().annotate_batch([{"text": t} for t in texts])]


@functools.lru_cache(maxsize=1)
def _language_id() -> Any:
    """The langid stage with its default config, loaded once."""
    from filters.langid import LanguageId

    return LanguageId()


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
    if split == "held_out_5":
        yield from generate_real_text(split, per_locale)
        return
    web_pages = pages(split, cache)
    maker_class = MimesisValueMaker if split == "held_out_4" else ValueMaker
    for locale in SPLITS[split]:
        seed = int(hashlib.sha256(f"{split}:{locale}".encode()).hexdigest()[:12], 16)
        maker = maker_class(split, locale, seed)
        rng = maker.rng
        lang = re.split("[_-]", locale)[0]
        entities = [e for e in ENTITIES for _ in range(WEIGHTS[e])]
        for layout in ("sentence", "form", "web"):
            for n in range(per_locale):
                entity = rng.choice(entities)
                value, detail = maker.make(entity)
                piece = None
                if layout != "sentence" and rng.random() < 0.8:
                    piece = form(split, lang, entity, value, rng)
                if piece is None:
                    piece = sentence(split, lang, entity, value, rng)
                snippet, offset = piece
                service = None
                if split in ("held_out_3", "held_out_4") and rng.random() < 0.2:
                    snippet, offset, service = add_service_line(snippet, offset, locale, rng)
                text, region = snippet, (0, len(snippet))
                if layout == "web":
                    page = rng.choice(web_pages)["text"]
                    breaks = [i for i, c in enumerate(page) if c == "\n"] or [len(page)]
                    cut = rng.choice(breaks)
                    text = page[:cut] + "\n" + snippet + "\n" + page[cut:]
                    region = (cut + 1, cut + 1 + len(snippet))
                start = region[0] + offset
                span = [start, start + len(value), entity, detail]
                labelled = entity != "PHONE_NUMBER" or personal_phone(value, locale_region(locale))
                distractors = [] if labelled else [[*span[:3], "service"]]
                if service:
                    lo, hi = service
                    distractors.append([region[0] + lo, region[0] + hi, "PHONE_NUMBER", "service"])
                record = labelled_record(
                    (split, locale, layout, n), text, span, labelled, distractors, region
                )
                if split == "held_out_4":
                    record["language"] = page_languages([text])[0]
                yield record


def _writer(out: Path) -> Any:
    """A text file to write; gzip without a time stamp or file name, so the same records give
    the same bytes."""
    if out.suffix == ".gz":
        raw = gzip.GzipFile(filename="", mode="wb", fileobj=out.open("wb"), mtime=0)
        return io.TextIOWrapper(raw, encoding="utf-8")
    return out.open("w", encoding="utf-8")


def write_part(path: Path, records: Iterable[dict[str, Any]], *, named: bool = False) -> None:
    """A part's records, one JSON line each, gzipped with no timestamp: the same bytes on every
    run. ``named`` keeps the file's name in the gzip header, as ``held_out_8`` and
    ``held_out_9`` were committed (so their rebuilds match only under that name); later parts
    leave it out, so a rebuild matches wherever it is written."""
    with (
        path.open("wb") as handle,
        gzip.GzipFile(str(path) if named else "", "wb", fileobj=handle, mtime=0) as raw,
    ):
        for rec in records:
            raw.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))


def read_part(path: Path) -> list[dict[str, Any]]:
    """A committed part's records (a gzipped JSON line each)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def register_rows(
    path: Path,
) -> tuple[Callable[[], dict[str, Any]], Callable[[], dict[str, list[dict[str, Any]]]]]:
    """The ``data`` and ``by_locale`` of a held-out part made of a register's rows
    (``held_out_12`` on): the data file at ``path`` (its ``rows``, each with its ``country``,
    and its ``sources``), read once, and its rows by ``reg:<country>``, in the file's order."""

    @functools.cache
    def data() -> dict[str, Any]:
        return json.loads(path.read_text(encoding="utf-8"))

    def by_locale() -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for row in data()["rows"]:
            out.setdefault(f"reg:{row['country']}", []).append(row)
        return out

    return data, by_locale


def register_part(
    data: Path,
    rows: Callable[[], dict[str, list[Any]]],
    record: Callable[[str, int], dict[str, Any]],
    doc: str,
) -> tuple[Callable[..., Any], ...]:
    """The ``generate``, ``committed``, ``write`` and ``main`` of a held-out part made of a
    register's rows (``held_out_18`` on): every row of ``rows()`` once, by locale then index,
    as ``record`` lays it out; the committed file at ``data`` read back, a rebuild written to
    any path (``write_part``: the same bytes wherever written), and the part's command line
    (``doc`` its description), which rewrites ``data``."""

    def generate() -> Iterator[dict[str, Any]]:
        for locale, found in sorted(rows().items()):
            for n in range(len(found)):
                yield record(locale, n)

    def committed(path: Path = data) -> list[dict[str, Any]]:
        return read_part(path)

    def write(path: Path) -> None:
        write_part(path, generate())

    def main() -> None:
        argparse.ArgumentParser(description=doc.splitlines()[0]).parse_args()
        write(data)
        print(data)

    return generate, committed, write, main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="dev")
    parser.add_argument("--per-locale", type=int, default=40)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or CACHE / f"{args.split}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with _writer(out) as handle:
        for record in generate(args.split, args.per_locale):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(out)


if __name__ == "__main__":
    main()
