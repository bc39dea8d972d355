"""Numbers in EDI interchanges: the communication numbers that a qualifier names, and the rest.

EDI messages name no value by a word; each element's meaning is its position in its segment.
A contact's numbers stand in communication segments, each with a qualifier that says what the
number is: X12's PER (administrative communications contact) and G61 (contact) segments write
a qualifier before each number (``G61*IC*DEDOUANEMENT*TE*27.55.48~``: TE telephone, FX fax,
CP cellular, HP home, WP work), UN/EDIFACT's COM segment after it (``COM+27.25.92:TE'``: TE
telephone, FX telefax, AL cellular, AJ alternate telephone). Such a number is a phone however
it is written (New Caledonia's six digits in dotted pairs look like a date). A number that is
a whole element of any other segment is a control number, a reference, a date, a weight or a
code of the positions the standard defines (``ISA*...*112011363*0*P*>~``, ``L11*0036590*TJ~``,
``RFF+GN:0588533'``), not a phone, although phonenumbers may take a nine-digit control number
for a mobile; a number inside a free-text element (``NTE*SPH*APPELER LE 27.55.48~``) is left to
the other rules. Only the standards' default delimiters are read: ``*`` and ``~`` for X12,
``+``, ``:`` and ``'`` for EDIFACT, in an interchange whose header is in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.span_resolution import within_any

# X12: a PER or G61 segment's body, then each number after a phone qualifier in it
_X12_CONTACT_RE = re.compile(r"(?m)(?:^|(?<=~))[ \t\r]*(?:PER|G61)(\*[^~\n]*)")
_X12_QUALIFIED_RE = re.compile(r"\*(?:TE|FX|CP|HP|WP)\*([^*~\n]+)")
# EDIFACT: a COM segment's number and its phone qualifier
_EDIFACT_COM_RE = re.compile(r"(?m)(?:^|(?<='))[ \t\r]*COM\+([^:'+\n]+):(?:TE|FX|AL|AJ)(?=')")
# the interchange headers, and where a segment starts: its tag and its element separator
_X12_HEADER, _EDIFACT_HEADER = "ISA*", "UNB+"
_SEGMENT_TAG_RE = re.compile(r"[ \t\r]*[A-Z][A-Z0-9]{1,2}[*+]")
_SEGMENT_ENDS = "~'\n"
# what stands on either side of a whole element (its separators, a component's ":")
_ELEMENT_BEFORE = "*+:"
_ELEMENT_AFTER = "*~+:'"
# how far back a number's segment start is looked for; the spaces the X12 envelope pads its
# fixed-length elements with ("*ZZ*0590778        *")
_REACH = 400
_PADDING_RE = re.compile(r" {0,15}")


@lru_cache(maxsize=2)
def _interchange(text: str) -> tuple[tuple[int, int], ...] | None:
    """None when ``text`` holds no X12 or EDIFACT interchange header, else the spans of the
    numbers that a communication qualifier names (kept for the bait checks that ask about one
    document's numbers one after another)."""
    x12, edifact = _X12_HEADER in text, _EDIFACT_HEADER in text
    if not (x12 or edifact):
        return None
    found: list[tuple[int, int]] = []
    if x12:
        for segment in _X12_CONTACT_RE.finditer(text):
            found += [m.span(1) for m in _X12_QUALIFIED_RE.finditer(text, *segment.span(1))]
    if edifact:
        found += [m.span(1) for m in _EDIFACT_COM_RE.finditer(text)]
    return tuple(found)


def edi_phone_values(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the numbers that an X12 or EDIFACT communication qualifier names."""
    return _interchange(text) or ()


def edi_named(text: str, start: int, end: int) -> bool:
    """Is text[start:end] (part of) a number that a communication qualifier names?"""
    return within_any(edi_phone_values(text), start, end)


def edi_element(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole element of an EDI segment that no phone qualifier names (a
    control number, a reference, a code)?"""
    after = _PADDING_RE.match(text, end).end()
    if not (
        start > 0
        and after < len(text)
        and text[start - 1] in _ELEMENT_BEFORE
        and text[after] in _ELEMENT_AFTER
    ):
        return False
    lo = max(0, start - _REACH)
    segment = max(text.rfind(c, lo, start) for c in _SEGMENT_ENDS) + 1
    return (
        _SEGMENT_TAG_RE.match(text, segment) is not None
        and _interchange(text) is not None
        and not edi_named(text, start, end)
    )
