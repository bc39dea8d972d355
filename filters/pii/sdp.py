"""Session descriptions (SDP, RFC 8866): the phone field and the fields of numbers that no
phone is.

An SDP body (SIP INVITEs, WebRTC offers, conference announcements in logs and mail) is a
list of ``<type>=<value>`` lines that opens with ``v=0``. Its ``p=`` line is the session's
contact phone, by the standard and with no phone word ("p=33 961 34 27"), and its ``o=`` and
``t=`` lines (``r=`` and ``z=`` too) hold a session id and version and NTP times, ten-digit
runs that numbering plans accept ("o=- 2612200107 2612200113 IN IP4 ...", "t=3925052252
3925059452").
"""

from __future__ import annotations

import re

# an SDP body: a "v=0" line, then an "o=" line among the next ones
_SDP_RE = re.compile(r"(?m)^v=0\r?\n(?:[a-z]=.*\r?\n){0,3}o=")
# the phone field's value: a number, maybe a name or a note after it in brackets
_PHONE_FIELD_RE = re.compile(r"(?m)^p=[ \t]*(\+?[\d(][\d ()+.\-]*\d)")
_NUMBER_FIELDS = ("o=", "t=", "r=", "z=")


def is_sdp(text: str) -> bool:
    """Does ``text`` hold an SDP body?"""
    return "v=0" in text and _SDP_RE.search(text) is not None


def sdp_phones(text: str) -> list[tuple[int, int]]:
    """Spans of the numbers of the ``p=`` lines of the SDP bodies in ``text``."""
    if not is_sdp(text):
        return []
    return [m.span(1) for m in _PHONE_FIELD_RE.finditer(text)]


def in_sdp_number_field(text: str, start: int) -> bool:
    """Is the value at ``start`` on an ``o=``, ``t=``, ``r=`` or ``z=`` line of an SDP body?"""
    line_start = text.rfind("\n", 0, start) + 1
    return text.startswith(_NUMBER_FIELDS, line_start) and is_sdp(text)


def sdp_phone_field(text: str, start: int) -> bool:
    """Is the value at ``start`` right after the ``p=`` of an SDP body's phone line?"""
    return (
        text.startswith("p=", start - 2)
        and (start == 2 or text[start - 3] == "\n")
        and is_sdp(text)
    )
