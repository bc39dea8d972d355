"""Phone numbers by their written format, and the phone words that vouch for looser ones.

phonenumbers only reports numbers whose area code exists; for scrubbing, a number written the
way phones are written is personal data whatever its prefix. This module holds the shapes
(``format_phones``), the separators phonenumbers allows between digit groups (which the pre-scan
must cover) and the phone words looked for on a number's line (``phone_context``).
"""

from __future__ import annotations

import re

from filters.pii.entities import CONTEXT_WORDS

# phonenumbers' matcher separates digit groups with up to four of these characters (its
# _VALID_PUNCTUATION plus brackets); tests/test_pii.py checks this still covers the library's set.
PHONE_PUNCTUATION = (
    "\\-x\u2010-\u2015\u2212\u30fc\uff0d-\uff0f \u00a0\u00ad\u200b\u2060\u3000"
    "()\uff08\uff09\uff3b\uff3d.\\[\\]\\\\/~\u2053\u223c\uff5e"
)
DIGIT_RUN_RE = re.compile(rf"\d(?:[{PHONE_PUNCTUATION}]{{0,4}}\d)*")
MIN_PHONE_DIGITS = 7
# Six-digit numbers exist (Greenland, Faroe, small islands): reported only when grouped
# ("32 45 67") and next to a phone word, see ``phone_context``.
MIN_GROUPED_PHONE_DIGITS = 6

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
PHONE_WORD_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, _PHONE_WORDS)) + r")(?!\w)")


def phone_context(text: str, start: int, end: int) -> bool:
    """Is there a phone word on the same line, up to 40 characters before or 20 after?"""
    lo = max(text.rfind("\n", 0, start) + 1, start - 40)
    hi = text.find("\n", end)
    hi = min(len(text) if hi < 0 else hi, end + 20)
    return bool(PHONE_WORD_RE.search(text, lo, start) or PHONE_WORD_RE.search(text, end, hi))


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
