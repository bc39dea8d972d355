"""From raw recognizer results to the spans that are rewritten: phones absorb their own
pieces, overlaps are resolved deterministically, and no span may cut a word in half."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from filters.pii.aeat_records import aeat_named
from filters.pii.marc_fields import marc_named
from filters.pii.word_chars import is_spaced_word_char


def resolve_overlaps(
    spans: list[tuple[int, int, str, float]], text: str
) -> list[tuple[int, int, str, float]]:
    """Keep a non-overlapping subset: higher score first, then longer, then earlier, then an
    SSN before other types, then name.

    Phone numbers first absorb the pieces of themselves (``absorb_into_phones``). An SSN that
    ties a phone on the same digits reached the threshold only through an SSN word on its line
    (a bare nine-digit run scores 0.05 plus the context's 0.35), while the phone's 0.4 is
    phonenumbers' plain match: "SSN 157622047" is an SSN.
    """
    ordered = sorted(
        absorb_into_phones(spans, text),
        key=lambda s: (-s[3], -(s[1] - s[0]), s[0], s[2] != "US_SSN", s[2]),
    )
    kept: list[tuple[int, int, str, float]] = []
    for span in ordered:
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)


# Shapes a phone number's tail can take on its own: "+81 158-23-2012" holds the SSN shape
# "158-23-2012", and phonenumbers may report the national part without the "+49".
_PHONE_PIECES = ("PHONE_NUMBER", "US_SSN")


def absorb_into_phones(
    spans: list[tuple[int, int, str, float]], text: str
) -> list[tuple[int, int, str, float]]:
    """Drop phone and SSN spans strictly inside a phone span; the phone keeps their best score.

    A number written with its country prefix, trunk or area code is one number: the digits
    after "+81 " are no social security number however well they fit its pattern, and a score
    contest would let the SSN (0.5) or phonenumbers' national match (0.75) beat the whole
    number's format match (0.45) and leave the prefix behind. Spans of the same extent, or of
    the same digits ("(727-21-6667)" around "727-21-6667"), are left to the score contest.
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
            and _digits(text, start, end) != _digits(text, cover[0], cover[1])
        ):
            cover[3] = max(cover[3], score)
            continue
        span = [start, end, entity, score]
        kept.append(span)
        if entity == "PHONE_NUMBER" and (cover is None or end > cover[1]):
            cover = span
    return [(s[0], s[1], s[2], s[3]) for s in kept]


def _digits(text: str, start: int, end: int) -> str:
    return "".join(c for c in text[start:end] if c.isdigit())


def within_any(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Does one of ``spans`` hold text[start:end] whole?"""
    return any(lo <= start and end <= hi for lo, hi in spans)


def cuts_a_word(text: str, start: int, end: int) -> bool:
    """Would replacing text[start:end] leave half a word of a space-separated script behind?
    An escaped tab or line break before it is a break, not a letter ("\\t718-333-7400" in a
    JSON string), and so is a MARC record's subfield code before its phone subfield's value
    ("$k67011300": ``marc_fields``), and a fixed-width record's fields glue its phone to the
    letters on either side (``aeat_records``: "T945396353SECRETARIA")."""
    if aeat_named(text, start, end):
        return False
    before = text[start - 1] if start > 0 else ""
    if (before in "ntr" and text[start - 2 : start - 1] == "\\") or marc_named(text, start):
        before = ""
    after = text[end] if end < len(text) else ""
    return (
        bool(before)
        and is_spaced_word_char(before)
        and is_spaced_word_char(text[start])
        or bool(after)
        and is_spaced_word_char(after)
        and is_spaced_word_char(text[end - 1])
    )
