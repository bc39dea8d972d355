"""PII and secret scrubbing on Microsoft Presidio, made fast enough for web-scale text.

Why it is built this way:

* Presidio runs with its pattern recognizers and a tiny regex tokenizer standing in for spaCy
  (``_TokenNlpEngine``), so it works offline with no model download and context words still
  raise scores. A spaCy NER model (``nlp_model``) adds PERSON/LOCATION at ~10x the cost.
* Long documents are cut into windows (whole lines packed up to ``window_chars``), and Presidio
  analyses windows, never a whole 50 MB page, so memory and regex time stay bounded.
* The pre-scan is a few compiled regexes that find a deliberately permissive superset of what
  Presidio can report (an ``@``, a digit run long enough to be a phone number, a hex group with
  colons, a token prefix...). Presidio then sees only each candidate's line, plus the words
  before it that its context enhancer reads (``candidate_spans``), and what it finds outside
  those lines is discarded; without the pre-scan it sees every window. Entities never cross a
  line, so both paths report the same spans; a test on real pages checks that, and that a
  thinner margin would break it. ``_PHONE_PUNCTUATION`` is checked against phonenumbers.
  Rows of page numbers ("Kurbeltrieb 220-232 233", ``page_list``) are kept from phonenumbers,
  which takes them for numbers of some region, and so from the pre-scan too: on extracted web
  pages such tables cost more than everything else together. Nor is a run of which every
  number would be dropped as bait without a phone word on its line (``_doubtful_run``:
  coordinates, quantities, short references, PMIDs).
* Phone numbers come from phonenumbers (numbers that exist) and from their written format
  (``format_phones``: NANP, +CC, trunk-0 and grouped European shapes, and looser digit groups
  only next to a phone word), since a made-up or foreign number is personal data too.
* A phone span swallows the phone and SSN spans strictly inside it ("+81 158-23-2012" is one
  number, not an SSN after a prefix); the rest is resolved deterministically (higher score,
  then longer, then earlier), spans that would cut a word of a space-separated script in half
  are dropped, and the text is rewritten by presidio-anonymizer with one operator per entity.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from filters.base import KEEP, DocFilter, Record, Verdict
from filters.doc_sizes import refresh_sizes

Action = Literal["replace", "mask", "hash", "drop_document"]
ACTIONS: tuple[str, ...] = ("replace", "mask", "hash", "drop_document")

PATTERN_ENTITIES = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "URL_CREDENTIALS",
    "API_KEY",
    "PRIVATE_KEY",
)
NER_ENTITIES = ("PERSON", "LOCATION")
SUPPORTED_ENTITIES = PATTERN_ENTITIES + NER_ENTITIES

DEFAULT_ENTITIES = [
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "URL_CREDENTIALS",
    "API_KEY",
    "PRIVATE_KEY",
]

# Regions whose national formats PhoneRecognizer accepts; "+"-prefixed numbers of every country
# are found whatever this list says. Each region is one more pass of phonenumbers' matcher.
DEFAULT_PHONE_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "IN", "BR", "AU", "JP"]

DEFAULT_HASH_SALT = "corpus-prep-pii-default-salt"

# Context words that raise a match's score, per language Presidio is given recognizers for.
# Documents in other languages are analysed with the English recognizers (the patterns do not
# depend on the language; only these words do).
CONTEXT_WORDS: dict[str, dict[str, list[str]]] = {
    "en": {
        "PHONE_NUMBER": ["phone", "telephone", "tel", "cell", "mobile", "call", "fax"],
        "US_SSN": ["social", "security", "ssn", "ssns"],
        "CREDIT_CARD": ["credit", "card", "visa", "mastercard", "amex"],
        "IBAN_CODE": ["iban", "bank", "account"],
        "IP_ADDRESS": ["ip", "ipv4", "ipv6", "address"],
        "EMAIL_ADDRESS": ["email", "mail", "contact"],
    },
    "de": {
        "PHONE_NUMBER": ["telefon", "tel", "handy", "mobil", "fax", "anrufen", "rufnummer"],
        "CREDIT_CARD": ["kreditkarte", "karte", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "bank", "konto", "bankverbindung"],
        "IP_ADDRESS": ["ip", "adresse"],
        "EMAIL_ADDRESS": ["mail", "kontakt"],
    },
    "fr": {
        "PHONE_NUMBER": ["téléphone", "tél", "tel", "portable", "mobile", "fax", "appeler"],
        "CREDIT_CARD": ["carte", "crédit", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "banque", "compte", "rib"],
        "IP_ADDRESS": ["ip", "adresse"],
        "EMAIL_ADDRESS": ["courriel", "mail", "contact"],
    },
    "es": {
        "PHONE_NUMBER": ["teléfono", "tel", "móvil", "celular", "fax", "llamar"],
        "CREDIT_CARD": ["tarjeta", "crédito", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "banco", "cuenta"],
        "IP_ADDRESS": ["ip", "dirección"],
        "EMAIL_ADDRESS": ["correo", "mail", "contacto"],
    },
    "it": {
        "PHONE_NUMBER": ["telefono", "tel", "cellulare", "fax", "chiamare"],
        "CREDIT_CARD": ["carta", "credito", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "banca", "conto"],
        "IP_ADDRESS": ["ip", "indirizzo"],
        "EMAIL_ADDRESS": ["posta", "mail", "contatto"],
    },
    "pt": {
        "PHONE_NUMBER": ["telefone", "tel", "celular", "telemóvel", "fax", "ligar"],
        "CREDIT_CARD": ["cartão", "crédito", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "banco", "conta"],
        "IP_ADDRESS": ["ip", "endereço"],
        "EMAIL_ADDRESS": ["correio", "mail", "contato"],
    },
    "nl": {
        "PHONE_NUMBER": ["telefoon", "tel", "mobiel", "fax", "bellen"],
        "CREDIT_CARD": ["creditcard", "kaart", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "bank", "rekening"],
        "IP_ADDRESS": ["ip", "adres"],
        "EMAIL_ADDRESS": ["mail", "contact"],
    },
}

# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, CJK, kana, Hangul,
# full-width forms): a letter of these next to an e-mail is not part of it, and a span that
# touches one does not cut a word in half.
_NO_SPACE_SCRIPTS = (
    "\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff"
    "\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
)
_SPACED_WORD_CHAR = rf"[^\W{_NO_SPACE_SCRIPTS}]"
_SPACED_WORD_RE = re.compile(_SPACED_WORD_CHAR)

# phonenumbers' matcher separates digit groups with up to four of these characters (its
# _VALID_PUNCTUATION plus brackets); tests/test_pii.py checks this still covers the library's set.
_PHONE_PUNCTUATION = (
    "\\-x\u2010-\u2015\u2212\u30fc\uff0d-\uff0f \u00a0\u00ad\u200b\u2060\u3000"
    "()\uff08\uff09\uff3b\uff3d.\\[\\]\\\\/~\u2053\u223c\uff5e"
)
_DIGIT_RUN_RE = re.compile(rf"\d(?:[{_PHONE_PUNCTUATION}]{{0,4}}\d)*")
MIN_PHONE_DIGITS = 7
# Six-digit numbers exist (Greenland, Faroe, small islands): reported only when grouped
# ("32 45 67") and next to a phone word, see ``phone_context``.
MIN_GROUPED_PHONE_DIGITS = 6
_DIGIT_CANDIDATE_RE = re.compile(
    r"\d(?:(?P<iban>\d(?<=(?i:[a-z]{2})\d\d)[ -]?[A-Za-z0-9]{4})"
    r"|(?P<ipv4>\.\d{1,3}\.\d{1,3}\.\d)"
    rf"|(?P<run>(?:[{_PHONE_PUNCTUATION}]{{0,4}}\d){{{MIN_GROUPED_PHONE_DIGITS - 1},}}))"
)

# Pre-scan. Python's re only skips ahead fast when a pattern starts with a literal, so each
# candidate kind is anchored on its rarest part: "@" (e-mail, URL credentials); ":" then "::" or
# two more hex groups (an IPv6 address reported needs three groups or "::"); a digit, then an
# IBAN's check digits after two letters, an IPv4 dotted quad, or a long digit run; vendor token
# prefixes, looked for with str.find first.
_AT_RE = re.compile("@")
_IPV6_RE = re.compile(r":(?::|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:)")
_TOKEN_PREFIXES = (
    *("AKIA", "ASIA", "ABIA", "ACCA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
    *("xox", "AIza", "k_live_", "k_test_", "eyJ", "-----BEGIN"),
)
_TOKEN_CANDIDATE_RE = re.compile(
    r"AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|xox[abposr]-|AIza|[rs]k_(?:live|test)_|eyJ"
    r"|-----BEGIN"
)

# Own secret patterns, written from each vendor's documented token format:
# AWS IAM unique-id prefixes (docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers),
# GitHub token prefixes (github.blog 2021-04-05 "Behind GitHub's new authentication token
# formats"), Slack token types (api.slack.com/authentication/token-types), Google API keys
# (cloud.google.com/docs/authentication/api-keys: "AIza" + 35), Stripe keys
# (stripe.com/docs/keys), JWTs (RFC 7519: base64url of a JSON header, so "eyJ"), and PEM private
# key armour (RFC 7468).
_API_KEY_PATTERNS = [
    ("aws_access_key_id", r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b", 0.9),
    ("github_token", r"\bgh[pousr]_[A-Za-z0-9]{36,255}\b", 0.9),
    ("github_fine_grained", r"\bgithub_pat_[A-Za-z0-9_]{50,255}\b", 0.9),
    ("slack_token", r"\bxox[abposr]-[A-Za-z0-9-]{10,250}", 0.9),
    ("google_api_key", r"\bAIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])", 0.9),
    ("stripe_key", r"\b[rs]k_(?:live|test)_[0-9A-Za-z]{16,247}\b", 0.9),
    ("jwt", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", 0.9),
]
_PRIVATE_KEY_HEADER = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"
_PRIVATE_KEY_BLOCK_RE = re.compile(
    _PRIVATE_KEY_HEADER + r"[\s\S]{0,16384}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----"
)
_BASE64_LINES_RE = re.compile(r"(?:\s*[A-Za-z0-9+/=:\-, ]{16,}\n?)*")

# scheme://user:password@host — only "user:password" is the secret.
_URL_CREDENTIALS = r"(?<=[A-Za-z][A-Za-z0-9+.\-]{0,30}://)[^\s:/@<>\"']+:[^\s/@<>\"']+(?=@)"

# RFC 5322 atext for the local part (ASCII specials plus letters of space-separated scripts for
# RFC 6531 addresses), labels of any script, an ASCII or punycode TLD.
_EMAIL_LOCAL_CHAR = rf"(?:{_SPACED_WORD_CHAR}|[!#$%&'*+/=?^`{{|}}~\-])"
_EMAIL = (
    rf"(?<!{_EMAIL_LOCAL_CHAR}|\.|://[^\s/@]{{0,256}}:)"
    rf"{_EMAIL_LOCAL_CHAR}+(?:\.{_EMAIL_LOCAL_CHAR}+)*"
    r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+"
    r"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{2,59})(?![A-Za-z0-9-])"
)


def check_entities(entities: Iterable[str]) -> list[str]:
    """Validate entity names (config validators call this); unknown names are errors."""
    entities = list(entities)
    unknown = [e for e in entities if e not in SUPPORTED_ENTITIES]
    if unknown:
        raise ValueError(
            f"unknown PII entities {unknown}; supported: {', '.join(SUPPORTED_ENTITIES)}"
        )
    return entities


def _is_spaced_word_char(char: str) -> bool:
    return bool(_SPACED_WORD_RE.match(char))


class PreScan:
    """Cheap candidate finder: where in a window may an entity the stage reports be?

    Every reportable entity lies on one line and holds a candidate: an ``@``, an IP/IBAN/token
    shape, or a digit run (the separators phonenumbers and the format patterns allow) with at
    least ``MIN_PHONE_DIGITS`` digits, or ``MIN_GROUPED_PHONE_DIGITS`` digits in groups, not
    counting a date it starts with. Shorter phones, and phones that are or start with a date,
    are dropped as bait after analysis (a number starting inside a date follows a date
    separator, which is bait too). A run of page numbers (``page_list``) is no candidate
    either unless its line holds a phone format: phonenumbers never sees it, and no other
    recognizer can match it.
    """

    def candidates(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of candidates in text[start:end], as the slice alone would give them."""
        found = [m.span() for m in _AT_RE.finditer(text, start, end)]
        found += [m.span() for m in _IPV6_RE.finditer(text, start, end)]
        if any(text.find(prefix, start, end) >= 0 for prefix in _TOKEN_PREFIXES):
            found += [m.span() for m in _TOKEN_CANDIDATE_RE.finditer(text, start, end)]
        phone_lines: dict[int, bool] = {}
        for match in _DIGIT_CANDIDATE_RE.finditer(text, start, end):
            if match.lastgroup != "run" or self._reportable_run(
                text, *match.span(), (start, end), phone_lines
            ):
                found.append(match.span())
        return sorted(found)

    @staticmethod
    def _reportable_run(
        text: str, run_start: int, run_end: int, window: tuple[int, int], lines: dict[int, bool]
    ) -> bool:
        """Could a recognizer report something in this digit run? Not if it is too short, nor
        if it is a page list (``page_list``) or holds only bait (``_doubtful_run``) on a line
        with no phone word and no phone format (``lines`` caches that per line: a table row
        holds hundreds of runs)."""
        if not _long_enough(text[run_start:run_end]):
            return False
        before = max(window[0], run_start - 5)
        if _RUN_BEFORE_RE.search(text, before, run_start) or not (
            _page_shape(text, run_start, run_end, window[0])
            or _doubtful_run(text, run_start, run_end, window[0])
        ):
            return True
        line_start, line_end = _line_of(text, run_start, run_end, *window)
        if line_start not in lines:
            lines[line_start] = bool(
                _PHONE_WORD_RE.search(text, line_start, line_end)
                or format_phones(text[line_start:line_end])
            )
        return lines[line_start]

    def __call__(self, text: str) -> bool:
        return bool(self.candidates(text, 0, len(text)))


def _long_enough(run: str) -> bool:
    """Could this digit run hold a phone number that is not bait?"""
    if _DASH_PAIR_RE.fullmatch(run):  # "1914–1918": every phone inside is a range or too short
        return False
    if _starts_with_date(run):
        run = run[_DATE_RE.match(run).end() :]
    digits = sum(c.isdigit() for c in run)
    return digits >= MIN_PHONE_DIGITS or (digits >= MIN_GROUPED_PHONE_DIGITS and not run.isdigit())


# Page references in tables and lists ("Kurbeltrieb 220-232 233", "Akkumulator 575 / 617 122"):
# numbers of one to three digits, one pair an ascending range of less than a hundred pages
# (hyphen, en dash or slash, not part of a longer chain such as "25-62-29-72").
_RANGE_PAIR_RE = re.compile(
    r"(?<!\d)(?<![/\u2013-])(?<![/\u2013-] )(\d{1,3}) ?[/\u2013-] ?(\d{1,3})(?!\d| ?[/\u2013-] ?\d)"
)
_NUMBER_GROUP_RE = re.compile(r"\d+")
# a digit just before a candidate run: the run is the tail of a longer one (after an IBAN shape)
_RUN_BEFORE_RE = re.compile(rf"\d[{_PHONE_PUNCTUATION}]{{0,4}}\Z")


def page_list(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> bool:
    """Is the digit run text[start:end] a list of page numbers with no phone word on its line?

    phonenumbers takes "12-15 199 111" or "496-500 332" for a number of one of the regions
    it is given, and tables of contents and curricula are full of them: such a run is not
    handed to phonenumbers (``phone_slices``). A phone is kept when it starts with a trunk 0,
    a "+" or a bracket, has a group of four digits or more, or has a phone word on its line
    (``lo``/``hi`` bound the line, as the window does). Card and SSN shapes need four digits
    in a row and an IPv4 address needs dots, so none of them is in such a run either, and the
    pre-scan skips the run unless a phone format is on the line.
    """
    if not _page_shape(text, start, end, lo):
        return False
    return not _PHONE_WORD_RE.search(text, *_line_of(text, start, end, lo, hi))


# What may follow a digit run and belong to a number found in it: an extension (phonenumbers'
# markers: ";ext=", "ext", "extn", "extensión", "доб", "anexo", "x", "#", "~", "int", in ASCII
# or full width; the format patterns' "x", "ext", "extension", "#") or a label ("-Office").
_RUN_TAIL_RE = re.compile(
    r"(?i)[\s,]*(?:[;#~\uff03\uff5e]|e?xt|\uff45?\uff58\uff54|\u0434\u043e\u0431|anexo"
    r"|[x\uff58]|int|\uff49\uff4e\uff54)"
)
# a leading "+" or bracket is part of the number phonenumbers reports: "+53.3683998" is no decimal
_PHONE_LEAD = "+(\uff0b\uff08[\uff3b"


def _doubtful_run(text: str, start: int, end: int, lo: int) -> bool:
    """Is every number that any recognizer can find in the digit run text[start:end] bait
    (``is_bait``) unless a phone word is on its line?

    So when its digits, and those of every part of it, are too few for a phone on its own
    (fewer than ``MIN_PHONE_DIGITS``; an SSN or card needs more still), or it is one decimal
    or thousands-grouped quantity ("53.3683998", "12 345 678": every part is a decimal, a
    grouping, too short, or glued to a dot), or each place a number can start in it follows an
    identifier prefix ("PMID: 29615204"). Not if a "+" or bracket leads it, or an extension
    or label may follow: those belong to the number and change its shape; nor if it has three
    dots, as an IPv4 address does. ``lo`` bounds the look-back, as the window does.
    """
    if (start > lo and text[start - 1] in _PHONE_LEAD) or (
        _RUN_TAIL_RE.match(text, end) or _PHONE_LABEL_AFTER_RE.match(text, end)
    ):
        return False
    run = text[start:end]
    if run.count(".") >= 3:  # an IPv4 address may be in it
        return False
    if sum(c.isdigit() for c in run) < MIN_PHONE_DIGITS:
        return True
    if _DECIMAL_RE.fullmatch(run) or _THOUSANDS_RE.fullmatch(run):
        return True
    # numbers start at the run or after a separator in it (phonenumbers' inner matches, \b)
    starts = [start] + [i for i in range(start + 1, end) if not text[i - 1].isdigit()]
    return all(_after_identifier(text, i, lo) for i in starts)


def _page_shape(text: str, start: int, end: int, lo: int) -> bool:
    """``page_list`` without the phone-word check (a dot is left to the IP and decimal rules)."""
    run = text[start:end]
    if run[0] == "0" or "." in run or (start > lo and text[start - 1] in "+(\uff08[\uff3b"):
        return False
    if any(len(group) > 3 for group in _NUMBER_GROUP_RE.findall(run)):
        return False
    return any(int(a) < int(b) <= int(a) + 99 for a, b in _RANGE_PAIR_RE.findall(run))


def _line_of(text: str, start: int, end: int, lo: int, hi: int | None) -> tuple[int, int]:
    """(start, end) of the line holding text[start:end], within text[lo:hi]."""
    hi = len(text) if hi is None else hi
    line_end = text.find("\n", end, hi)
    return max(lo, text.rfind("\n", lo, start) + 1), hi if line_end < 0 else line_end


def iter_windows(text: str, window_chars: int) -> Iterator[tuple[int, int]]:
    """(start, end) of windows: whole lines packed up to ``window_chars``; longer lines are cut
    at the last whitespace (else the last non-word character) before the limit."""
    start = 0
    n = len(text)
    while start < n:
        limit = min(start + window_chars, n)
        if limit == n:
            yield start, n
            return
        cut = text.rfind("\n", start, limit)
        if cut < start:
            cut = _last_break(text, start, limit)
        yield start, cut + 1
        start = cut + 1


# (document index, start, end, cores): Presidio analyses text[start:end] and keeps what lies
# inside one of the cores, whole lines of the window that hold a candidate.
Job = tuple[int, int, int, tuple[tuple[int, int], ...]]

# Presidio's context enhancer reads the matched token and the five before it; phonenumbers'
# slices reach 8 characters past a digit run.
_CONTEXT_TOKENS = 6
_CONTEXT_CHARS = 16


def candidate_spans(
    text: str, start: int, end: int, prescan: PreScan
) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
    """What of the window text[start:end] Presidio must see to report what the whole window gives.

    Each candidate's line is a core; a span is a run of cores plus, before them, the six words
    of context Presidio reads and, on both sides, the characters phonenumbers looks at. All
    entities lie on one line and every pattern is decided within the line and that margin, so
    matches inside a core are those of the whole window (tests check it on real pages).
    """
    cores: list[list[int]] = []
    for cand_start, cand_end in prescan.candidates(text, start, end):
        line_start = text.rfind("\n", start, cand_start) + 1 or start
        line_end = text.find("\n", cand_end, end)
        line_end = end if line_end < 0 else line_end + 1
        if cores and line_start <= cores[-1][1]:
            cores[-1][1] = max(cores[-1][1], line_end)
        else:
            cores.append([max(start, line_start), line_end])
    spans: list[tuple[int, int, tuple[tuple[int, int], ...]]] = []
    for lo, hi in cores:
        left = _context_start(text, start, lo)
        right = min(end, hi + _CONTEXT_CHARS)
        if spans and left <= spans[-1][1]:
            spans[-1] = (spans[-1][0], right, (*spans[-1][2], (lo, hi)))
        else:
            spans.append((left, right, ((lo, hi),)))
    return spans


def _context_start(text: str, floor: int, pos: int) -> int:
    """Where to start so that ``_CONTEXT_TOKENS`` whole words and ``_CONTEXT_CHARS`` precede pos."""
    reach = 64
    while True:
        begin = max(floor, pos - reach)
        starts = [m.start() for m in _TOKEN_RE.finditer(text, begin, pos)]
        if begin == floor:
            return floor
        if len(starts) > _CONTEXT_TOKENS:  # the first may be cut; the last six are whole
            return min(starts[-_CONTEXT_TOKENS], max(floor, pos - _CONTEXT_CHARS))
        reach *= 4


def _last_break(text: str, start: int, limit: int) -> int:
    """Index of the last whitespace (else non-word char) in text[start:limit], else limit - 1."""
    for i in range(limit - 1, start, -1):
        if text[i].isspace():
            return i
    for i in range(limit - 1, start, -1):
        if not text[i].isalnum():
            return i
    return limit - 1


def resolve_overlaps(spans: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str, float]]:
    """Keep a non-overlapping subset: higher score first, then longer, then earlier, then name.

    Phone numbers first absorb the pieces of themselves (``absorb_into_phones``).
    """
    ordered = sorted(absorb_into_phones(spans), key=lambda s: (-s[3], -(s[1] - s[0]), s[0], s[2]))
    kept: list[tuple[int, int, str, float]] = []
    for span in ordered:
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)


# Shapes a phone number's tail can take on its own: "+81 158-23-2012" holds the SSN shape
# "158-23-2012", and phonenumbers may report the national part without the "+49".
_PHONE_PIECES = ("PHONE_NUMBER", "US_SSN")


def absorb_into_phones(
    spans: list[tuple[int, int, str, float]],
) -> list[tuple[int, int, str, float]]:
    """Drop phone and SSN spans strictly inside a phone span; the phone keeps their best score.

    A number written with its country prefix, trunk or area code is one number: the digits
    after "+81 " are no social security number however well they fit its pattern, and a score
    contest would let the SSN (0.5) or phonenumbers' national match (0.75) beat the whole
    number's format match (0.45) and leave the prefix behind. Spans of the same extent are left
    to the score contest.
    """
    ordered = sorted(spans, key=lambda s: (s[0], -s[1], s[2] != "PHONE_NUMBER", -s[3], s[2]))
    kept: list[list[Any]] = []
    cover: list[Any] | None = None  # the kept phone reaching furthest right so far
    for start, end, entity, score in ordered:
        if (
            cover is not None
            and entity in _PHONE_PIECES
            and end <= cover[1]
            and (start, end) != (cover[0], cover[1])
        ):
            cover[3] = max(cover[3], score)
            continue
        span = [start, end, entity, score]
        kept.append(span)
        if entity == "PHONE_NUMBER" and (cover is None or end > cover[1]):
            cover = span
    return [(s[0], s[1], s[2], s[3]) for s in kept]


def cuts_a_word(text: str, start: int, end: int) -> bool:
    """Would replacing text[start:end] leave half a word of a space-separated script behind?"""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return (
        bool(before)
        and _is_spaced_word_char(before)
        and _is_spaced_word_char(text[start])
        or bool(after)
        and _is_spaced_word_char(after)
        and _is_spaced_word_char(text[end - 1])
    )


# Identifiers and quantities that phonenumbers, the SSN and card patterns happily take for
# personal data in real Wikipedia text (tests/data/pii holds the sentences).
_ID_CONTEXT_RE = re.compile(
    r"(?i)(?:\b(?:isbn(?:-?1[03])?|e?issn|doi|oclc|pmid|pmcid|pmc|arxiv|lccn|bibcode|jstor|s2cid"
    r"|zbl|asin|ean|gtin|upc|sku|hdl|pages?|pp?|vol|volume|issue)\b[\s.:=#|]*[^\s|}\]]*"
    r"|\b(?:v|ver|version|versi[oó]n[e]?|release|build|firmware|kernel)\.?\s*)$"
)
_RANGE_RE = re.compile(r"\d{1,4}\s?[\u2013\u2014-]\s?\d{1,4}")
_DASH_PAIR_RE = re.compile(r"\d{1,6}\s?[\u2013\u2014]\s?\d{1,6}")
_DASH_RANGE_RE = re.compile(r"\d{1,6}\s?[\u2013\u2014]\s?\d{1,6}(?!\d)")
_ROUND_NUMBER_RE = re.compile(r"\d+0{5,}")
_DECIMAL_RE = re.compile(r"\d+[.,]\d+")
_DATE_RE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:1[6-9]|20)\d\d"
    r"|(?:0?[1-9]|1[0-2])([./-])(?:0?[1-9]|[12]\d|3[01])\2(?:1[6-9]|20)\d\d"
    r"|(?:1[6-9]|20)\d\d([./-])(?:0?[1-9]|1[0-2])\3(?:0?[1-9]|[12]\d|3[01])"
)
_GLUE = "/\\_-.@"
_GLUED_BEFORE = _GLUE + "=?&#"
_GLUED_AFTER_RE = re.compile(r"[)\]]?[/\\_.@-][^\W_]")
_NUMERIC_ENTITIES = ("PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IP_ADDRESS")


def _glued(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a piece of a longer token (a path, DOI, ISBN, dotted version)?"""
    before = text[start - 1] if start > 0 else " "
    return (before in _GLUED_BEFORE and text[start] not in "+(") or bool(
        _GLUED_AFTER_RE.match(text, end)
    )


_YEAR_GROUPS_RE = re.compile(r"(?:1[5-9]\d\d|20\d\d)(?:[\s./-]+(?:1[5-9]\d\d|20\d\d))+")
# Thousands written with spaces or dots ("12 345 678", "12.345.678"): a quantity, not a phone.
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:([ .,\u00a0\u202f])\d{3})(?:\1\d{3})+")
# the number is part of a web address (a document id in a query string, a path)
_URL_BEFORE_RE = re.compile(r"(?:://|www\.)\S*$")
# "-Office", "/fax": a label glued to a number does not make it part of a longer token.
_PHONE_LABEL_AFTER_RE = re.compile(
    r"[/-](?i:office|fax|mobile|cell|home|work|tel|phone|direct|main)\b"
)


def is_bait(text: str, start: int, end: int, entity: str) -> bool:
    """Numbers that look like PII but are identifiers, ranges, dates, decimals or versions.

    A phone word on the same line (``phone_context``) outweighs the shape-only doubts (a
    hyphenated pair, a decimal, a thousands grouping, fewer than seven digits), never an
    identifier prefix, a date, an en-dash range or a run of years.
    """
    if entity not in _NUMERIC_ENTITIES:
        return False
    value = text[start:end]
    label = entity == "PHONE_NUMBER" and _PHONE_LABEL_AFTER_RE.match(text, end)
    if (_glued(text, start, end) and not label) or _after_identifier(text, start):
        return True
    if entity == "IP_ADDRESS":
        return value.startswith("0.") or (
            ":" in value and sum(g != "" for g in value.split(":")) < 3
        )
    if entity == "PHONE_NUMBER":
        return _phone_bait(text, start, end)
    return False


def _after_identifier(text: str, start: int, lo: int = 0) -> bool:
    """Does a number starting at ``start`` follow an identifier prefix or a version word
    within 40 characters on its line (and not before ``lo``)?"""
    floor = max(lo, text.rfind("\n", max(0, start - 40), start) + 1, start - 40)
    return bool(_ID_CONTEXT_RE.search(text, floor, start))


def _starts_with_date(value: str) -> bool:
    date = _DATE_RE.match(value)
    return bool(date) and (date.end() == len(value) or not value[date.end()].isdigit())


def _phone_bait(text: str, start: int, end: int) -> bool:
    core = text[start:end].strip("()[] ")
    if (
        _URL_BEFORE_RE.search(text, max(0, start - 256), start)
        or any(r.fullmatch(core) for r in (_DATE_RE, _ROUND_NUMBER_RE, _YEAR_GROUPS_RE))
        or _starts_with_date(core)
        or _DASH_RANGE_RE.search(core)
        or core.isdigit()
        and len(core) < MIN_PHONE_DIGITS
    ):
        return True
    digits = sum(c.isdigit() for c in core)
    doubtful = digits < MIN_PHONE_DIGITS or any(
        r.fullmatch(core) for r in (_RANGE_RE, _DECIMAL_RE, _THOUSANDS_RE)
    )
    return doubtful and (digits < MIN_GROUPED_PHONE_DIGITS or not phone_context(text, start, end))


# -- phone numbers by their written format --------------------------------------------------
#
# phonenumbers only reports numbers whose area code exists; for scrubbing, a number written the
# way phones are written is personal data whatever its prefix ("166-684-7899"). Shapes that
# are phones and little else are reported on their own; looser digit groups ("481 7531",
# "88 165 40 96") only next to a phone word on the same line.

_D = "[0-9]"
_PHONE_EXT = r"(?P<ext>\s?(?:x|ext\.?|extension|#)\s?[0-9]{1,6})?"
_PHONE_BEFORE = r"(?<![\w+.\-/])(?<![0-9][ .\-])"
_PHONE_AFTER = r"(?![\w]|[ .\-/][0-9])"
_PHONE_FORMAT_RE = re.compile(
    _PHONE_BEFORE
    + "(?:"
    # NANP with an optional +1 / 001 / 1 prefix: (ddd) ddd-dddd, ddd-ddd-dddd, ddd.ddd.dddd
    + rf"(?P<nanp>(?:(?:\+1|001|1)[ .\-]?)?(?:\({_D}{{3}}\) ?{_D}{{3}}[ .\-]{_D}{{4}}"
    + rf"|{_D}{{3}}-{_D}{{3}}-{_D}{{4}}|{_D}{{3}}\.{_D}{{3}}\.{_D}{{4}}"
    + rf"|{_D}{{3}} {_D}{{3}} {_D}{{4}}))"
    # international: +CC or 00CC, then groups
    + rf"|(?P<intl>(?:\+|00)[1-9]{_D}{{0,2}}(?:[ .\-]?\(?{_D}{{1,5}}\)?){{2,6}})"
    # national trunk prefix 0, at least one separator: 06-10446904, 0479 50 54 03, (027) 7972-805
    + rf"|(?P<trunk>\(?0{_D}{{1,4}}\)?(?:[ .\-/]{_D}{{2,8}}){{1,4}})"
    # bracketed area code: (11) 4706-6184, (88) 684-334
    + rf"|(?P<area>\({_D}{{2,4}}\) ?{_D}{{2,5}}(?:[ .\-]{_D}{{2,5}}){{0,2}})"
    # three or more hyphenated groups (25-62-29-72), four or more dotted ones (02.27.96.63.08)
    + rf"|(?P<groups>{_D}{{2,4}}-{_D}{{2,4}}(?:-{_D}{{2,4}}){{1,3}}"
    + rf"|{_D}{{2,4}}\.{_D}{{2,4}}(?:\.{_D}{{2,4}}){{2,3}})"
    # anything else grouped: needs a phone word nearby
    + rf"|(?P<loose>{_D}{{2,4}}(?:[ .\-]{_D}{{2,8}}){{1,4}})"
    + ")"
    + _PHONE_EXT
    + _PHONE_AFTER
)
# digits (extension excluded) each shape needs to stand on its own
_PHONE_FORMAT_DIGITS = {
    "nanp": (10, 13),
    "intl": (8, 15),
    "trunk": (9, 12),
    "area": (8, 12),
    "groups": (8, 12),
}
_DIGIT_GROUP_RE = re.compile(r"[0-9]+")
PHONE_FORMAT_SCORE = 0.45  # above phonenumbers' 0.4, below a checked SSN's 0.5

_PHONE_WORDS = sorted(
    {w for lang in CONTEXT_WORDS.values() for w in lang.get("PHONE_NUMBER", [])}
    | {"phone", "phones", "telephone", "cellphone", "calls", "calling", "dial", "office"}
    | {"contact", "reach", "answering", "whatsapp", "sms", "tlf", "tfn", "ph"}
)
_PHONE_WORD_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, _PHONE_WORDS)) + r")(?!\w)")


def phone_context(text: str, start: int, end: int) -> bool:
    """Is there a phone word on the same line, up to 40 characters before or 20 after?"""
    lo = max(text.rfind("\n", 0, start) + 1, start - 40)
    hi = text.find("\n", end)
    hi = min(len(text) if hi < 0 else hi, end + 20)
    return bool(_PHONE_WORD_RE.search(text, lo, start) or _PHONE_WORD_RE.search(text, end, hi))


def format_phones(text: str) -> list[tuple[int, int]]:
    """Spans of phone-formatted numbers: standalone shapes, or looser groups by a phone word."""
    found = []
    for match in _PHONE_FORMAT_RE.finditer(text):
        shape = _shape(match)
        number_end = match.start("ext") if match.group("ext") else match.end()
        digits = sum(c.isdigit() for c in text[match.start() : number_end])
        low, high = _PHONE_FORMAT_DIGITS.get(shape, (MIN_GROUPED_PHONE_DIGITS, 12))
        if not low <= digits <= high:
            continue
        if shape == "loose" and (
            not phone_context(text, match.start(), match.end())
            or digits == MIN_GROUPED_PHONE_DIGITS
            and len(_DIGIT_GROUP_RE.findall(text, match.start(), number_end)) < 3
        ):
            continue
        found.append(match.span())
    return found


def _shape(match: re.Match) -> str:
    return next(k for k in ("nanp", "intl", "trunk", "area", "groups", "loose") if match.group(k))


class PiiFilter(DocFilter):
    """Detect PII and secrets with Presidio, count them per type, rewrite them, drop floods.

    Keyword arguments are the fields of the ``stages.pii`` config section (None = the defaults
    listed at the top of this module). ``actions`` maps an entity to ``replace`` (typed
    placeholder ``<EMAIL_ADDRESS>``), ``mask`` (``*`` per character), ``hash`` (``<TYPE:16 hex>``
    of sha256(salt, value): the same value gives the same token across the corpus) or
    ``drop_document`` (replaced like ``replace``; the document is dropped when it has more than
    ``max_hits`` such hits, Dolma's rule). ``phone_leniency`` is phonenumbers' (0 possible,
    1 valid, 2-3 stricter grouping). ``nlp_model`` names an installed spaCy model for
    PERSON/LOCATION; it disables the pre-scan and costs ~10x.
    """

    name = "pii"

    def __init__(
        self,
        entities: list[str] | None = None,
        actions: dict[str, Action] | None = None,
        default_action: Action = "replace",
        max_hits: int = 5,
        hash_salt: str = DEFAULT_HASH_SALT,
        phone_regions: list[str] | None = None,
        phone_leniency: int = 1,
        min_score: float = 0.4,
        nlp_model: str | None = None,
        prescan: bool = True,
        window_chars: int = 1000,
        batch_windows: int = 512,
    ):
        self.entities = check_entities(DEFAULT_ENTITIES if entities is None else entities)
        self.actions = dict(actions or {})
        check_entities(self.actions)
        bad = {a for a in [default_action, *self.actions.values()] if a not in ACTIONS}
        if bad:
            raise ValueError(f"unknown PII actions {sorted(bad)}; valid: {', '.join(ACTIONS)}")
        self.default_action = default_action
        self.max_hits = max_hits
        self.hash_salt = hash_salt
        self.phone_regions = list(DEFAULT_PHONE_REGIONS if phone_regions is None else phone_regions)
        self.phone_leniency = phone_leniency
        self.min_score = min_score
        self.nlp_model = nlp_model
        ner = [e for e in self.entities if e in NER_ENTITIES]
        if ner and not nlp_model:
            raise ValueError(f"entities {ner} need an NER model: set nlp_model")
        # Names can be anywhere: windows cannot be skipped when NER entities are asked for.
        self.prescan = prescan and not ner
        self.window_chars = window_chars
        self.batch_windows = batch_windows
        self._analyzer: Any = None

    # -- setup ------------------------------------------------------------------------------

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        for key in ("_analyzer", "_batch", "_anonymizer", "_operators", "_prescan_fn"):
            state.pop(key, None)
        state["_analyzer"] = None
        return state

    def setup(self) -> None:
        """Build Presidio's engines (once per worker); no network, no model download."""
        if self._analyzer is not None:
            return
        # Presidio logs one INFO line per recognizer and language on every worker (and one on
        # import): dozens of lines that bury the run's own progress. Warnings and errors show.
        logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
        from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
        from presidio_anonymizer import AnonymizerEngine

        nlp_engine, languages = self._nlp_engine()
        registry = _build_registry(
            self.entities, languages, (self.phone_regions, self.phone_leniency), nlp_engine
        )
        self._analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=languages,
            default_score_threshold=self.min_score,
        )
        self._languages = languages
        self._batch = BatchAnalyzerEngine(self._analyzer)
        self._anonymizer = AnonymizerEngine()
        self._operators = {e: self._operator(e) for e in self.entities}
        self._prescan_fn = PreScan() if self.prescan else None

    def _nlp_engine(self) -> tuple[Any, list[str]]:
        if not self.nlp_model:
            languages = list(CONTEXT_WORDS)
            return _TokenNlpEngine(languages), languages
        import spacy
        from presidio_analyzer.nlp_engine import SpacyNlpEngine

        try:
            lang = spacy.load(self.nlp_model, exclude=["parser"]).lang
        except OSError as exc:
            raise RuntimeError(
                f"spaCy model {self.nlp_model!r} is not installed (models are never downloaded "
                "at run time: pip-install the model package or remove nlp_model)"
            ) from exc
        engine = SpacyNlpEngine(models=[{"lang_code": lang, "model_name": self.nlp_model}])
        engine.load()
        return engine, [lang]

    def action_for(self, entity: str) -> str:
        return self.actions.get(entity, self.default_action)

    def _operator(self, entity: str) -> Any:
        from presidio_anonymizer.entities import OperatorConfig

        action = self.action_for(entity)
        if action == "mask":
            return OperatorConfig(
                "mask", {"masking_char": "*", "chars_to_mask": 1 << 30, "from_end": False}
            )
        if action == "hash":
            salt = self.hash_salt
            return OperatorConfig(
                "custom", {"lambda": lambda value: _hash_token(entity, salt, value)}
            )
        return OperatorConfig("replace", {"new_value": f"<{entity}>"})

    # -- analysis ---------------------------------------------------------------------------

    def _language(self, doc: Record) -> str:
        lang = (doc.get("language") or "").split("_")[0].split("-")[0]
        return lang if lang in self._languages else self._languages[0]

    def find_spans(self, docs: list[Record]) -> list[list[tuple[int, int, str, float]]]:
        """Resolved entity spans per document, in document coordinates."""
        if self._analyzer is None:
            self.setup()
        jobs: list[Job] = []
        for i, doc in enumerate(docs):
            text = doc["text"]
            for start, end in iter_windows(text, self.window_chars):
                if self._prescan_fn is None:
                    jobs.append((i, start, end, ((start, end),)))
                else:
                    jobs += [
                        (i, *span) for span in candidate_spans(text, start, end, self._prescan_fn)
                    ]
        raw: list[list[tuple[int, int, str, float]]] = [[] for _ in docs]
        languages = [self._language(doc) for doc in docs]
        for chunk_start in range(0, len(jobs), self.batch_windows):
            self._analyze_chunk(
                docs, languages, jobs[chunk_start : chunk_start + self.batch_windows], raw
            )
        return [self._finalise(doc["text"], spans) for doc, spans in zip(docs, raw, strict=True)]

    def _analyze_chunk(
        self,
        docs: list[Record],
        languages: list[str],
        jobs: list[Job],
        raw: list[list[tuple[int, int, str, float]]],
    ) -> None:
        by_lang: dict[str, list[Job]] = {}
        for job in jobs:
            by_lang.setdefault(languages[job[0]], []).append(job)
        for lang in sorted(by_lang):
            group = by_lang[lang]
            texts = [docs[i]["text"][s:e] for i, s, e, _ in group]
            results = self._batch.analyze_iterator(
                texts, language=lang, entities=self.entities, score_threshold=self.min_score
            )
            for (i, start, _, cores), found in zip(group, results, strict=True):
                raw[i].extend(
                    (start + r.start, start + r.end, r.entity_type, round(r.score, 6))
                    for r in found
                    if any(lo <= start + r.start and start + r.end <= hi for lo, hi in cores)
                )

    def _finalise(
        self, text: str, spans: list[tuple[int, int, str, float]]
    ) -> list[tuple[int, int, str, float]]:
        spans = [_extend_private_key(text, s) if s[2] == "PRIVATE_KEY" else s for s in spans]
        spans = [
            s for s in spans if not cuts_a_word(text, s[0], s[1]) and not is_bait(text, *s[:3])
        ]
        return resolve_overlaps(spans)

    # -- DocFilter --------------------------------------------------------------------------

    def annotate(self, doc: Record) -> Record:
        return self.annotate_batch([doc])[0]

    def annotate_batch(self, docs: list[Record]) -> list[Record]:
        for doc, spans in zip(docs, self.find_spans(docs), strict=True):
            doc["pii"] = dict(sorted(Counter(s[2] for s in spans).items()))
            if spans:
                doc["text"] = self.rewrite(doc["text"], spans)
                refresh_sizes(doc)
        return docs

    def rewrite(self, text: str, spans: list[tuple[int, int, str, float]]) -> str:
        """Apply each entity's operator through presidio-anonymizer."""
        from presidio_anonymizer.entities import RecognizerResult

        results = [RecognizerResult(e, s, t, score) for s, t, e, score in spans]
        operators = {e: self._operators[e] for e in {s[2] for s in spans}}
        return self._anonymizer.anonymize(
            text=text, analyzer_results=results, operators=operators
        ).text

    def keep(self, doc: Record) -> Verdict:
        counts = doc.get("pii") or {}
        hits = sum(n for e, n in counts.items() if self.action_for(e) == "drop_document")
        if hits > self.max_hits:
            return Verdict(False, "too_many_pii", score=float(hits))
        return KEEP


def _hash_token(entity: str, salt: str, value: str) -> str:
    """Salted, stable: the same value gives the same token in every document and worker."""
    digest = hashlib.sha256(f"{salt}\x00{value}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"<{entity}:{digest[:16]}>"


def _extend_private_key(
    text: str, span: tuple[int, int, str, float]
) -> tuple[int, int, str, float]:
    """Presidio finds the PEM header (windows are lines); the secret is the block after it."""
    start, _, entity, score = span
    block = _PRIVATE_KEY_BLOCK_RE.match(text, start)
    if block:
        return (start, block.end(), entity, score)
    body = _BASE64_LINES_RE.match(text, span[1])
    return (start, body.end() if body else span[1], entity, score)


def _build_registry(
    entities: list[str], languages: list[str], phone: tuple[list[str], int], nlp_engine: Any
) -> Any:
    """Presidio recognizers for the requested entities, one set per context language."""
    import regex
    from presidio_analyzer import RecognizerRegistry

    flags = regex.DOTALL | regex.MULTILINE
    registry = RecognizerRegistry(supported_languages=languages, global_regex_flags=flags)
    wanted = set(entities)
    for lang in languages:
        for entity in sorted(wanted & set(PATTERN_ENTITIES)):
            registry.add_recognizer(_recognizer(entity, lang, phone, flags))
        if "PHONE_NUMBER" in wanted:
            registry.add_recognizer(_phone_format_recognizer_class()(lang))
    if wanted & set(NER_ENTITIES):
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        for lang in languages:
            registry.add_recognizer(
                SpacyRecognizer(
                    supported_language=lang, supported_entities=sorted(wanted & set(NER_ENTITIES))
                )
            )
    return registry


def _recognizer(entity: str, lang: str, phone: tuple[list[str], int], flags: int) -> Any:
    """One Presidio recognizer for ``entity`` with ``lang``'s context words."""
    import regex
    from presidio_analyzer import Pattern, PatternRecognizer
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        IbanRecognizer,
        IpRecognizer,
        UsSsnRecognizer,
    )

    context = CONTEXT_WORDS.get(lang, CONTEXT_WORDS["en"]).get(entity) or None
    common = {"supported_language": lang, "context": context}
    if entity == "EMAIL_ADDRESS":
        return _email_recognizer_class()(lang, context)
    if entity == "PHONE_NUMBER":
        regions, leniency = phone
        return _sliced_phone_recognizer_class()(
            supported_regions=tuple(regions), leniency=leniency, **common
        )
    if entity == "IBAN_CODE":
        # lower-case IBANs are still IBANs; the checksum keeps this precise
        return IbanRecognizer(regex_flags=flags | regex.IGNORECASE, **common)
    stock = {
        "IP_ADDRESS": IpRecognizer,
        "CREDIT_CARD": CreditCardRecognizer,
        "US_SSN": UsSsnRecognizer,
    }
    if entity in stock:
        return stock[entity](**common)
    patterns = {
        "URL_CREDENTIALS": [("url_userinfo", _URL_CREDENTIALS, 0.9)],
        "API_KEY": _API_KEY_PATTERNS,
        "PRIVATE_KEY": [("pem_private_key", _PRIVATE_KEY_HEADER, 1.0)],
    }[entity]
    return PatternRecognizer(
        supported_entity=entity,
        name=f"{entity.title().replace('_', '')}Recognizer",
        patterns=[Pattern(n, p, score) for n, p, score in patterns],
        global_regex_flags=flags,
        **common,
    )


# Characters around a digit run that phonenumbers' matcher looks at: a leading "+" or "(" and
# the neighbours it checks for letters (an extension such as " ext. 1234" is left out).
_PHONE_SLICE_MARGIN = 8


def phone_slices(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) slices around digit runs long enough to be a reported phone."""
    slices: list[tuple[int, int]] = []
    for run in _DIGIT_RUN_RE.finditer(text):
        if sum(c.isdigit() for c in run.group()) < MIN_PHONE_DIGITS or page_list(text, *run.span()):
            continue
        lo = max(0, run.start() - _PHONE_SLICE_MARGIN)
        hi = min(len(text), run.end() + _PHONE_SLICE_MARGIN)
        if slices and lo <= slices[-1][1]:
            slices[-1] = (slices[-1][0], hi)
        else:
            slices.append((lo, hi))
    return slices


def _sliced_phone_recognizer_class() -> type:
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    class SlicedPhoneRecognizer(PhoneRecognizer):
        """Presidio's PhoneRecognizer run only around digit runs of a reportable length.

        phonenumbers' matcher parses every digit group of the text once per region (years,
        page numbers, ISBNs...), which is 90% of the stage's time on Wikipedia; shorter numbers
        are dropped as bait anyway.
        """

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:
            results = []
            for lo, hi in phone_slices(text):
                for result in super().analyze(text[lo:hi], entities, nlp_artifacts=None):
                    result.start += lo
                    result.end += lo
                    results.append(result)
            return EntityRecognizer.remove_duplicates(results)

    return SlicedPhoneRecognizer


def _phone_format_recognizer_class() -> type:
    from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

    class PhoneFormatRecognizer(EntityRecognizer):
        """Phone numbers by their written format (``format_phones``), beside phonenumbers.

        Its phone words are checked on the number's own line by ``format_phones``, so Presidio's
        context enhancer is told to leave its scores alone.
        """

        def __init__(self, language: str):
            super().__init__(
                supported_entities=["PHONE_NUMBER"],
                name="PhoneFormatRecognizer",
                supported_language=language,
            )

        def load(self) -> None:
            """Nothing to load: the patterns are compiled at import."""

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:
            metadata = {
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            }
            return [
                RecognizerResult(
                    "PHONE_NUMBER",
                    start,
                    end,
                    PHONE_FORMAT_SCORE,
                    analysis_explanation=AnalysisExplanation(self.name, PHONE_FORMAT_SCORE),
                    recognition_metadata=dict(metadata),
                )
                for start, end in format_phones(text)
            ]

    return PhoneFormatRecognizer


def _email_recognizer_class() -> type:
    from presidio_analyzer import Pattern, PatternRecognizer

    class EmailRecognizer(PatternRecognizer):
        """Presidio's e-mail recognizer with script-aware boundaries and an offline TLD check.

        Presidio's own pattern uses ``\\b`` and ``\\w``, so in Japanese or Chinese text the
        local part swallows the neighbouring ideographs; its validation calls tldextract,
        which tries to download the public-suffix list.
        """

        def __init__(self, language: str, context: list[str] | None):
            super().__init__(
                supported_entity="EMAIL_ADDRESS",
                name="EmailRecognizer",
                supported_language=language,
                patterns=[Pattern("email_script_aware", _EMAIL, 0.5)],
                context=context,
            )

        def validate_result(self, pattern_text: str) -> bool:
            return _offline_tld_extract()(pattern_text.rpartition("@")[2]).suffix != ""

    return EmailRecognizer


_TLD_EXTRACT: Any = None


def _offline_tld_extract() -> Any:
    """A tldextract that only ever reads its bundled public-suffix snapshot (no URLs, no cache)."""
    global _TLD_EXTRACT
    if _TLD_EXTRACT is None:
        import tldextract

        _TLD_EXTRACT = tldextract.TLDExtract(
            cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
        )
    return _TLD_EXTRACT


_TOKEN_RE = re.compile(r"\w+")


def _token_engine_class() -> type:
    from presidio_analyzer.nlp_engine import NlpArtifacts, NoOpNlpEngine

    class TokenNlpEngine(NoOpNlpEngine):
        """Words and lower-cased 'lemmas' from one regex: enough for Presidio's context words,
        in any language, at a fraction of spaCy's cost and with no model."""

        engine_name = "corpus_prep_tokens"

        def __init__(self, languages: list[str]):
            super().__init__(
                models=[{"lang_code": lang, "model_name": "regex"} for lang in languages]
            )
            self.load()

        def process_text(self, text: str, language: str) -> Any:
            words = [(m.group(), m.start()) for m in _TOKEN_RE.finditer(text)]
            return NlpArtifacts(
                entities=[],
                tokens=[w for w, _ in words],
                tokens_indices=[i for _, i in words],
                lemmas=[w.lower() for w, _ in words],
                nlp_engine=self,
                language=language,
            )

        def is_stopword(self, word: str, language: str) -> bool:
            return False

        def is_punct(self, word: str, language: str) -> bool:
            return False

        def process_batch(self, texts: Iterable[str], language: str, **_: Any) -> Iterator[Any]:
            for text in texts:
                yield text, self.process_text(str(text), language)

    return TokenNlpEngine


def _TokenNlpEngine(languages: list[str]) -> Any:
    return _token_engine_class()(languages)
