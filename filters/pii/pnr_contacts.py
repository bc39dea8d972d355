"""Phone numbers in airline reservation messages, named by the contact element's code.

IATA Type B messages and the booking records (PNRs) they carry write a passenger's or an
agency's contact numbers in coded elements, not after a word: a special service request
``SSR CTCM NH HK1/07012345678`` (CTCM mobile, CTCB business, CTCH home; the airline, the
status code and the passengers it applies to, then a slash and the number), or other service
information ``OSI NH CTCT TOY 420-1115 AGENT NAME`` (CTCT travel agency, CTCB business, CTCH
home, CTCP phone, CTCM mobile, CTCF fax; an optional three-letter city code, then the number
and free text). The code names the number a phone however short it is (a seven-digit local
number, "420-1115"). Every other number of such a message (a flight and its date, a time
stamp, a booking reference) stays to the other rules. E-mail elements (CTCE) hold no phone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.span_resolution import within_any

# a number: digits joined by single hyphens, spaces, dots or brackets, up to what no number holds
_NUMBER = r"(\+?\d(?:[ \-.()]?\d)*)"
# an SSR contact element: code, airline, status and count, a slash, the number
_SSR_RE = re.compile(
    r"(?m)^[ \t]*SSR[ \t]+CTC[BHMPT][ \t]+[A-Z0-9]{2}[ \t]+[A-Z]{2}\d{1,3}/" + _NUMBER
)
# an OSI contact element: airline, code, an optional city code, the number
_OSI_RE = re.compile(
    r"(?m)^[ \t]*OSI[ \t]+[A-Z0-9]{2}[ \t]+CTC[BHMPTF][ \t]+(?:[A-Z]{3}[ \t]+)?" + _NUMBER
)
_HINT = "CTC"


@lru_cache(maxsize=2)
def pnr_phone_values(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the numbers that an SSR or OSI contact element names (module doc); cached for
    the bait checks that ask about one document's numbers one after another."""
    if _HINT not in text:
        return ()
    found = [m.span(1) for m in _SSR_RE.finditer(text)]
    found += [m.span(1) for m in _OSI_RE.finditer(text)]
    return tuple(sorted(found))


def pnr_named(text: str, start: int, end: int) -> bool:
    """Is text[start:end] (part of) a number that a contact element names?"""
    return within_any(pnr_phone_values(text), start, end)
