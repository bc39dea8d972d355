"""FIX party sub-ids typed as phones.

The FIX protocol gives a party's details as sub-ids, each with its type: PartySubIDType 7 is a
phone number (FIX 4.4: ``523=02-24288468<SOH>803=7``; FIXML 5.0: ``<Sub ID="04-7295528"
Typ="7"/>``), 6 a postal address, 5 a name. The type, not a phone word, names the value; in
FIXML it stands in an ``ID`` attribute, a name that alone would make the value an identifier.
"""

from __future__ import annotations

import re

# a FIXML party's sub-id element, up to the value's start ("<Sub ID=" or "<Sub Typ=... ID=")
_FIXML_SUB_BEFORE_RE = re.compile(r'<(?:[\w.-]+:)?Sub\b[^<>]{0,40}\bID="\Z')
_FIXML_TYPE_RE = re.compile(r'\bTyp="7"')
# a tag=value message's sub-id field, then the field that types it
_FIX_SUB_TAG_BEFORE = "\x01523="
_FIX_PHONE_TYPE_AFTER_RE = re.compile(r"\x01803=7(?=\x01|\Z)")


def fix_phone_sub_id(text: str, start: int) -> bool:
    """Is the value at ``start`` a FIX party sub-id whose type says it is a phone number?"""
    if text.endswith(_FIX_SUB_TAG_BEFORE, 0, start):
        end = text.find("\x01", start)
        return end >= 0 and _FIX_PHONE_TYPE_AFTER_RE.match(text, end) is not None
    element = _FIXML_SUB_BEFORE_RE.search(text, max(0, start - 60), start)
    if element is None:
        return False
    tag_end = text.find(">", start)
    return tag_end >= 0 and _FIXML_TYPE_RE.search(text, element.start(), tag_end) is not None
