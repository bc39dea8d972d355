"""E-mail-shaped identifiers: the value of a property or header that names a message or an
object, not a mailbox.

RFC 5545 recommends an iCalendar event's ``UID`` take the form ``id@domain``
(``UID:location-1-84756@covid-19.ontario.ca``), RFC 5322 writes ``Message-ID`` and
``In-Reply-To`` as ``<id@host>``, cXML a document's ``payloadID`` as ``id@host``, and Skype and
Microsoft Teams a conversation's id as ``19:<hex>@thread.skype`` (``@thread.v2``,
``@thread.tacv2``, ``@unq.gbl.spaces``): the shape of an address, but nobody's. WhatsApp's
gateways write a group chat's id as digits at ``g.us`` (``120363514760613643@g.us``), a group,
no mailbox.
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


# ... or of a JSON member or an XML element named so ('"iCalUID": "51811f60u3@google.com"', a
# Google Calendar API event's; '"messageId": "<...@mail.example>"')
_ID_MEMBER_RE = re.compile(
    r"(?i)(?:\"(?:ical_?uid|uid|message_?id|content_?id|in_?reply_?to)\"[ \t]*:[ \t]*\"<?"
    r"|<(?:[\w.-]+:)?(?:ical_?uid|uid|message_?id)>)\Z"
)


# ... or a Skype or Teams conversation id: its "19:" type prefix, then the thread's domain
_THREAD_ID_RE = re.compile(r"[\w.\-]+@(?:thread\.(?:skype|v2|tacv2)|unq\.gbl\.spaces)\b")

# ... or a WhatsApp group's id (its creator's number and a time stamp in old ids, "-")
_WHATSAPP_GROUP_RE = re.compile(r"\d{10,20}(?:-\d{9,11})?@g\.us\b")


def message_id(text: str, start: int) -> bool:
    """Is the e-mail-shaped span at ``start`` the value of an identifier key on its line, of
    an identifier attribute, member or element, a conversation id or a WhatsApp group's id?"""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _ID_KEY_RE.fullmatch(text, line_start, start) is not None
        or _ID_ATTRIBUTE_RE.search(text, max(line_start, start - 32), start) is not None
        or _ID_MEMBER_RE.search(text, max(line_start, start - 32), start) is not None
        or (
            text[max(0, start - 3) : start] == "19:"
            and _THREAD_ID_RE.match(text, start) is not None
        )
        or _WHATSAPP_GROUP_RE.match(text, start) is not None
    )
