"""Caller ids in SIP addresses: a number written as the display name of a SIP or tel URI.

A SIP message's ``From``, ``To``, ``P-Asserted-Identity`` and ``Contact`` headers, and the logs
that copy them (Zeek's ``sip.log``, Homer and Kamailio traces, PBX call records), write an
address as ``"display name" <sip:user@host>`` (RFC 3261, section 20.10). A PBX puts the
caller's or the line's number in the display name (``"9660 5688" <sip:s8539-main@voice>``),
the caller id that phones show. Such a quoted name that is a number is a phone, however short
its plan writes it. Only the quoted name right before ``<sip:``, ``<sips:`` or ``<tel:`` is
read; the URI's own user part is left to the other rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.span_resolution import within_any

# the quoted display name, then the URI's angle bracket and scheme
_DISPLAY_NAME_RE = re.compile(r'"([+(]?\d[\d ()+.\-]*\d)"[ \t]*<(?:sips?|tel):')
_HINT_RE = re.compile(r"<(?:sips?|tel):")


@lru_cache(maxsize=2)
def sip_display_numbers(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the numbers that stand as a SIP or tel URI's quoted display name; cached for
    the bait checks that ask about one document's numbers one after another."""
    if not _HINT_RE.search(text):
        return ()
    return tuple(m.span(1) for m in _DISPLAY_NAME_RE.finditer(text))


def sip_display_named(text: str, start: int, end: int) -> bool:
    """Is text[start:end] (part of) a number that a SIP URI's display name holds?"""
    return within_any(sip_display_numbers(text), start, end)
