"""E-mail-shaped identifiers: the value of a property or header that names a message or an
object, not a mailbox.

RFC 5545 recommends an iCalendar event's ``UID`` take the form ``id@domain``
(``UID:location-1-84756@covid-19.ontario.ca``), RFC 5322 writes ``Message-ID`` and
``In-Reply-To`` as ``<id@host>``, and cXML a document's ``payloadID`` as ``id@host``: the shape
of an address, but nobody's.
"""

from __future__ import annotations

import re

# The key at the start of its line (vCard/iCalendar parameters after ";" allowed), then the
# value: the address must be the value itself, alone or in angle brackets.
_ID_KEY_RE = re.compile(
    r"(?i)(?:uid|message-id|content-id|in-reply-to|resent-message-id)"
    r"[ \t]*(?:;[^:\n]*)?:[ \t]*<?"
)


# ... or of a markup attribute named so (cXML's 'payloadID="7149498053.8634@opt.nc"', the
# "datetime.process.random@hostname" its specification asks for)
_ID_ATTRIBUTE_RE = re.compile(r"""(?i)\b(?:payload|message|content)-?id[ \t]*=[ \t]*["']<?\Z""")


def message_id(text: str, start: int) -> bool:
    """Is the e-mail-shaped span at ``start`` the value of an identifier key on its line, or
    of an identifier attribute?"""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _ID_KEY_RE.fullmatch(text, line_start, start) is not None
        or _ID_ATTRIBUTE_RE.search(text, max(line_start, start - 32), start) is not None
    )
