"""ISO 20022 financial messages (camt.053 bank statements, pain.001 payment orders): a party's
contact details name its phones by element or by a channel code, abbreviations that no phone
word covers.

The ``Contact`` components write ``<PhneNb>``, ``<MobNb>`` and ``<FaxNb>``; their ``<Othr>``
entries give a channel code, then the value (``<ChanlTp>PHON</ChanlTp>`` and
``<Id>04 2633405</Id>``; ``FAXX``, ``MOBL``). A national number there has no other cue: the
statement's text is a bank's, in whatever language, and its numbers of the party's country
need not be any default region's.
"""

from __future__ import annotations

import re
from functools import lru_cache

# the elements, and the channel codes of an "other contact" entry, that hold a phone or fax
_PHONE_ELEMENTS = r"PhneNb|MobNb|FaxNb"
_PHONE_CHANNELS = r"PHON|FAXX|MOBL|MOBI|TELE|FAX|TEL|MOB"
_VALUE_RE = re.compile(
    rf"<(?:({_PHONE_ELEMENTS})>|ChanlTp>(?:{_PHONE_CHANNELS})</ChanlTp>\s*<Id>)"
    r"[ \t]*([^<\n]{1,40}?)[ \t]*</(?:\1|Id)>"
)


@lru_cache(maxsize=2)
def iso20022_phone_values(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the values of an ISO 20022 message's phone and fax elements and channels (kept
    for the bait checks that ask about one document's numbers one after another)."""
    if "<ChanlTp>" not in text and "Nb>" not in text:
        return ()
    return tuple(m.span(2) for m in _VALUE_RE.finditer(text))


def iso20022_named(text: str, start: int) -> bool:
    """Does the value of an ISO 20022 phone or fax element, or of a phone channel's ``<Id>``,
    start at ``start``?"""
    return any(lo == start for lo, _ in iso20022_phone_values(text))
