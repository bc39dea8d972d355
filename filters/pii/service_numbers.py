"""Six-digit numbers that the numbering plan of the list they continue gives to a service.

The stage reports a number of six digits only where a plan of the document's countries has
six-digit lines (docs/pii.md, "What counts as a phone number"), and a list's later number on
the strength of the first. English is official where six-digit lines exist (the Philippines,
South Africa), so an Australian centre's "(07) 5463 2165 or 13 23 90" passes both tests,
though ``13 23 90`` is a local-rate number of Australia's plan: a service, reached by anyone,
that the policy leaves out as it does "800 123". The phone before it says which plan the list
is written in; libphonenumber's metadata says what that plan makes of the six digits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phonenumbers import (
    NumberParseException,
    PhoneNumberType,
    is_valid_number_for_region,
    number_type,
    parse,
)

from filters.pii.phone_lists import LIST_WORDS

# the kinds of number that reach a service rather than a subscriber's line
_SERVICE_TYPES = frozenset(
    (
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.UAN,
        PhoneNumberType.VOICEMAIL,
    )
)
# what joins a list's numbers: a comma, a semicolon, a slash or a word for "or"/"and"
_LIST_JOIN_RE = re.compile(rf"(?i:[ \t]*[,;/][ \t]*|[ \t]+(?:{LIST_WORDS})[ \t]+)\Z")
_MAX_JOIN = 12


def service_in_list(
    text: str,
    span: tuple[int, int, str, float],
    spans: list[tuple[int, int, str, float]],
    regions: tuple[str, ...],
) -> bool:
    """Is ``span``, a phone of six digits, the next number of a list after another of
    ``spans``, and a valid number of a service's kind (shared-cost, toll-free, premium-rate,
    UAN, voicemail) in every plan of ``regions`` that takes both as valid numbers, and at
    least one? ("(07) 5463 2165" is valid in Australia's plan and Japan's; only Australia's
    takes "132390", as a local-rate number.)"""
    start, end, entity, _ = span
    if entity != "PHONE_NUMBER" or sum(c.isdigit() for c in text[start:end]) != 6:
        return False
    previous = max(
        (
            s
            for s in spans
            if s[2] == "PHONE_NUMBER"
            and start - _MAX_JOIN <= s[1] < start
            and _LIST_JOIN_RE.search(text, s[1], start)
        ),
        default=None,
    )
    if previous is None:
        return False
    digits = "".join(c for c in text[start:end] if c.isdigit())
    kinds = [_kind_in(digits, r) for r in regions if _valid_in(text[previous[0] : previous[1]], r)]
    known = [kind for kind in kinds if kind is not None]
    return bool(known) and all(kind in _SERVICE_TYPES for kind in known)


@lru_cache(maxsize=1024)
def _valid_in(number: str, region: str) -> bool:
    """Is ``number`` a valid number of ``region``'s plan, written nationally or with its
    country code?"""
    try:
        return is_valid_number_for_region(parse(number, region), region)
    except NumberParseException:
        return False


@lru_cache(maxsize=1024)
def _kind_in(digits: str, region: str) -> int | None:
    """The kind (``PhoneNumberType``) of ``digits`` as a number of ``region``'s plan, or None
    where the plan has no such valid number."""
    try:
        number = parse(digits, region)
    except NumberParseException:
        return None
    return number_type(number) if is_valid_number_for_region(number, region) else None
