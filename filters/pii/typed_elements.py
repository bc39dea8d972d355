"""XML records that name a value's kind in a sibling element: ``<XType>`` then ``<XData>``.

NISO's NCIP writes an agency's contact points so (``<ElectronicAddressType>tel
</ElectronicAddressType>`` then ``<ElectronicAddressData>5682 1735</ElectronicAddressData>``),
as do other library, directory and e-government schemas (``<ContactType>``/``<ContactValue>``):
the value's own element says "address" or "data", and only its type sibling says "tel". A
national number there has no other cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.cell_labels import is_label
from filters.pii.phone_words import PHONE_WORD_RE

# a type element, then right after it the value element of the same stem ("ElectronicAddress",
# "Contact", or none: "<type>" and "<value>")
_TYPED_VALUE_RE = re.compile(
    r"<((?:[\w.-]+:)?([A-Za-z]*))(?i:type)>\s*([^<>\n]{1,40}?)\s*</\1(?i:type)\s*>\s*"
    r"<(\1(?i:data|value|text|number))\b[^<>]*>[ \t]*([^<>\n]{1,60}?)[ \t]*</\4\s*>"
)


@lru_cache(maxsize=2)
def typed_phone_values(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the values whose type sibling names a phone, a fax or a mobile (kept for the
    bait checks that ask about one document's numbers one after another)."""
    if "ype>" not in text and "YPE>" not in text:
        return ()
    return tuple(m.span(5) for m in _TYPED_VALUE_RE.finditer(text) if is_label(m[3], PHONE_WORD_RE))


def typed_named(text: str, start: int) -> bool:
    """Does a value whose type sibling names a phone start at ``start``?"""
    return any(lo == start for lo, _ in typed_phone_values(text))
